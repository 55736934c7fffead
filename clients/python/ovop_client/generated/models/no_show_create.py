from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.no_show_create_absent_type_0 import check_no_show_create_absent_type_0
from ..models.no_show_create_absent_type_0 import NoShowCreateAbsentType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="NoShowCreate")



@_attrs_define
class NoShowCreate:
    """ 
        Attributes:
            absent (None | NoShowCreateAbsentType0 | Unset): who did not come; omit to take whoever is not checked in
     """

    absent: None | NoShowCreateAbsentType0 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        absent: None | str | Unset
        if isinstance(self.absent, Unset):
            absent = UNSET
        elif isinstance(self.absent, str):
            absent = self.absent
        else:
            absent = self.absent


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if absent is not UNSET:
            field_dict["absent"] = absent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_absent(data: object) -> None | NoShowCreateAbsentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                absent_type_0 = check_no_show_create_absent_type_0(data)



                return absent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoShowCreateAbsentType0 | Unset, data)

        absent = _parse_absent(d.pop("absent", UNSET))


        no_show_create = cls(
            absent=absent,
        )

        return no_show_create

