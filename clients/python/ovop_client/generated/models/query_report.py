from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="QueryReport")



@_attrs_define
class QueryReport:
    """ 
        Attributes:
            dropped (list[str]): words left out because no product (with the others) has them
            matched (list[str]): the query's words every hit answers
            corrected (list[str] | Unset): words matched forgiving a typo
            ignored (list[str] | Unset): filler words never required
     """

    dropped: list[str]
    matched: list[str]
    corrected: list[str] | Unset = UNSET
    ignored: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        dropped = self.dropped



        matched = self.matched



        corrected: list[str] | Unset = UNSET
        if not isinstance(self.corrected, Unset):
            corrected = self.corrected



        ignored: list[str] | Unset = UNSET
        if not isinstance(self.ignored, Unset):
            ignored = self.ignored




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dropped": dropped,
            "matched": matched,
        })
        if corrected is not UNSET:
            field_dict["corrected"] = corrected
        if ignored is not UNSET:
            field_dict["ignored"] = ignored

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dropped = cast(list[str], d.pop("dropped"))


        matched = cast(list[str], d.pop("matched"))


        corrected = cast(list[str], d.pop("corrected", UNSET))


        ignored = cast(list[str], d.pop("ignored", UNSET))


        query_report = cls(
            dropped=dropped,
            matched=matched,
            corrected=corrected,
            ignored=ignored,
        )


        query_report.additional_properties = d
        return query_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
