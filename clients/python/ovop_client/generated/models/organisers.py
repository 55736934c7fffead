from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="Organisers")



@_attrs_define
class Organisers:
    """ 
        Attributes:
            co_organisers (list[str]):
            fair_id (str):
            owner (None | str): the organiser client that created the fair
     """

    co_organisers: list[str]
    fair_id: str
    owner: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        co_organisers = self.co_organisers



        fair_id = self.fair_id

        owner: None | str
        owner = self.owner


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "co_organisers": co_organisers,
            "fair_id": fair_id,
            "owner": owner,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        co_organisers = cast(list[str], d.pop("co_organisers"))


        fair_id = d.pop("fair_id")

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))


        organisers = cls(
            co_organisers=co_organisers,
            fair_id=fair_id,
            owner=owner,
        )


        organisers.additional_properties = d
        return organisers

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
