from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deal_move_status import check_deal_move_status
from ..models.deal_move_status import DealMoveStatus
from typing import cast






T = TypeVar("T", bound="DealMove")



@_attrs_define
class DealMove:
    """ 
        Attributes:
            status (DealMoveStatus): shipped: by the producer, from agreed; delivered: by the buyer, from shipped;
                cancelled: by either, before delivery
     """

    status: DealMoveStatus





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
        status = check_deal_move_status(d.pop("status"))




        deal_move = cls(
            status=status,
        )

        return deal_move

