from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DeliveryWindow")



@_attrs_define
class DeliveryWindow:
    """ 
        Attributes:
            end (datetime.date): a date between 1900-01-01 and 2100-12-31
            start (datetime.date): a date between 1900-01-01 and 2100-12-31
     """

    end: datetime.date
    start: datetime.date





    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        start = self.start.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "end": end,
            "start": start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = datetime.date.fromisoformat(d.pop("end"))




        start = datetime.date.fromisoformat(d.pop("start"))




        delivery_window = cls(
            end=end,
            start=start,
        )

        return delivery_window

