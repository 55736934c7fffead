from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.eligibility_patch_groups_type_0_item import check_eligibility_patch_groups_type_0_item
from ..models.eligibility_patch_groups_type_0_item import EligibilityPatchGroupsType0Item
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EligibilityPatch")



@_attrs_define
class EligibilityPatch:
    """ 
        Attributes:
            countries (list[str] | None | Unset):
            groups (list[EligibilityPatchGroupsType0Item] | None | Unset):
            min_stars (int | None | Unset):
            quota_per_country (int | None | Unset):
     """

    countries: list[str] | None | Unset = UNSET
    groups: list[EligibilityPatchGroupsType0Item] | None | Unset = UNSET
    min_stars: int | None | Unset = UNSET
    quota_per_country: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries


        else:
            countries = self.countries

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item: str = groups_type_0_item_data
                groups.append(groups_type_0_item)


        else:
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
        def _parse_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                countries_type_0 = cast(list[str], data)

                return countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        countries = _parse_countries(d.pop("countries", UNSET))


        def _parse_groups(data: object) -> list[EligibilityPatchGroupsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in (_groups_type_0):
                    groups_type_0_item = check_eligibility_patch_groups_type_0_item(groups_type_0_item_data)



                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EligibilityPatchGroupsType0Item] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))


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


        eligibility_patch = cls(
            countries=countries,
            groups=groups,
            min_stars=min_stars,
            quota_per_country=quota_per_country,
        )

        return eligibility_patch

