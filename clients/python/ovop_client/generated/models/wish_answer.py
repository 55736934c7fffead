from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.wish_answer_answer import check_wish_answer_answer
from ..models.wish_answer_answer import WishAnswerAnswer
from typing import cast






T = TypeVar("T", bound="WishAnswer")



@_attrs_define
class WishAnswer:
    """ 
        Attributes:
            answer (WishAnswerAnswer):
     """

    answer: WishAnswerAnswer





    def to_dict(self) -> dict[str, Any]:
        answer: str = self.answer


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "answer": answer,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answer = check_wish_answer_answer(d.pop("answer"))




        wish_answer = cls(
            answer=answer,
        )

        return wish_answer

