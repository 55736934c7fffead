from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WindowIn")



@_attrs_define
class WindowIn:
    """ 
        Attributes:
            closes_at (datetime.datetime): RFC 3339 date-time with its UTC offset (e.g. 2026-05-01T09:00:00+07:00), years
                1900-2100; one without an offset is refused
            opens_at (datetime.datetime): RFC 3339 date-time with its UTC offset (e.g. 2026-05-01T09:00:00+07:00), years
                1900-2100; one without an offset is refused
     """

    closes_at: datetime.datetime
    opens_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        closes_at = self.closes_at.isoformat()

        opens_at = self.opens_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "closes_at": closes_at,
            "opens_at": opens_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))




        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))




        window_in = cls(
            closes_at=closes_at,
            opens_at=opens_at,
        )

        return window_in

