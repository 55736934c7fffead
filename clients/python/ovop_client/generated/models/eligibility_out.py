from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EligibilityOut")



@_attrs_define
class EligibilityOut:
    """ 
        Attributes:
            countries (list[str] | Unset):
            groups (list[str] | Unset):
            min_stars (int | None | Unset):
            quota_per_country (int | None | Unset):
     """

    countries: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    min_stars: int | None | Unset = UNSET
    quota_per_country: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries



        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups



        min_stars: int | None | Unset
        if isinstance(self.min_stars, Unset):
            min_stars = UNSET
        else:
            min_stars = self.min_stars

        quota_per_country: int | None | Unset
        if isinstance(self.quota_per_country, Unset):
            quota_per_country = UNSET
        else:
            quota_per_country = self.quota_per_country


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if countries is not UNSET:
            field_dict["countries"] = countries
        if groups is not UNSET:
            field_dict["groups"] = groups
        if min_stars is not UNSET:
            field_dict["min_stars"] = min_stars
        if quota_per_country is not UNSET:
            field_dict["quota_per_country"] = quota_per_country

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        countries = cast(list[str], d.pop("countries", UNSET))


        groups = cast(list[str], d.pop("groups", UNSET))


        def _parse_min_stars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_stars = _parse_min_stars(d.pop("min_stars", UNSET))


        def _parse_quota_per_country(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_per_country = _parse_quota_per_country(d.pop("quota_per_country", UNSET))


        eligibility_out = cls(
            countries=countries,
            groups=groups,
            min_stars=min_stars,
            quota_per_country=quota_per_country,
        )


        eligibility_out.additional_properties = d
        return eligibility_out

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
