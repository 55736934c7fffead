from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.match_answer_status import check_match_answer_status
from ..models.match_answer_status import MatchAnswerStatus
from typing import cast






T = TypeVar("T", bound="MatchAnswer")



@_attrs_define
class MatchAnswer:
    """ 
        Attributes:
            status (MatchAnswerStatus):
     """

    status: MatchAnswerStatus





    def to_dict(self) -> dict[str, Any]:
        status: str = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_match_answer_status(d.pop("status"))




        match_answer = cls(
            status=status,
        )

        return match_answer

