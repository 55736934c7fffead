from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Place")



@_attrs_define
class Place:
    """ 
        Attributes:
            country (str): ISO 3166-1 alpha-2 country code (any case; answered in upper case)
            province (str):
            commune (None | str | Unset):
            district (None | str | Unset):
            village (None | str | Unset):
     """

    country: str
    province: str
    commune: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    village: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        country = self.country

        province = self.province

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

        village: None | str | Unset
        if isinstance(self.village, Unset):
            village = UNSET
        else:
            village = self.village


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "country": country,
            "province": province,
        })
        if commune is not UNSET:
            field_dict["commune"] = commune
        if district is not UNSET:
            field_dict["district"] = district
        if village is not UNSET:
            field_dict["village"] = village

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        province = d.pop("province")

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


        def _parse_village(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        village = _parse_village(d.pop("village", UNSET))


        place = cls(
            country=country,
            province=province,
            commune=commune,
            district=district,
            village=village,
        )

        return place

