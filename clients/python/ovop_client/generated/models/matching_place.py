from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MatchingPlace")



@_attrs_define
class MatchingPlace:
    """ 
        Attributes:
            country (str):
            commune (None | str | Unset):
            district (None | str | Unset):
            province (None | str | Unset):
            village (None | str | Unset):
     """

    country: str
    commune: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    province: None | str | Unset = UNSET
    village: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        country = self.country

        commune: None | str | Unset
        if isinstance(self.commune, Unset):
            commune = UNSET
        else:
            commune = self.commune

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        village: None | str | Unset
        if isinstance(self.village, Unset):
            village = UNSET
        else:
            village = self.village


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
        })
        if commune is not UNSET:
            field_dict["commune"] = commune
        if district is not UNSET:
            field_dict["district"] = district
        if province is not UNSET:
            field_dict["province"] = province
        if village is not UNSET:
            field_dict["village"] = village

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        def _parse_commune(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commune = _parse_commune(d.pop("commune", UNSET))


        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))


        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))


        def _parse_village(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        village = _parse_village(d.pop("village", UNSET))


        matching_place = cls(
            country=country,
            commune=commune,
            district=district,
            province=province,
            village=village,
        )


        matching_place.additional_properties = d
        return matching_place

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
