from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="FocalPointPublic")



@_attrs_define
class FocalPointPublic:
    """ 
        Attributes:
            country (str):
            email (None | str): null unless the focal point chose to show it (its own registry sees it)
            id (str): <CC>-FP
            name (str):
            organisation (str):
            phone (None | str):
            show_email (bool):
            title (None | str):
            updated_at (str):
            version (int):
            website (None | str):
     """

    country: str
    email: None | str
    id: str
    name: str
    organisation: str
    phone: None | str
    show_email: bool
    title: None | str
    updated_at: str
    version: int
    website: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        country = self.country

        email: None | str
        email = self.email

        id = self.id

        name = self.name

        organisation = self.organisation

        phone: None | str
        phone = self.phone

        show_email = self.show_email

        title: None | str
        title = self.title

        updated_at = self.updated_at

        version = self.version

        website: None | str
        website = self.website


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "email": email,
            "id": id,
            "name": name,
            "organisation": organisation,
            "phone": phone,
            "show_email": show_email,
            "title": title,
            "updated_at": updated_at,
            "version": version,
            "website": website,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        id = d.pop("id")

        name = d.pop("name")

        organisation = d.pop("organisation")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        show_email = d.pop("show_email")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        updated_at = d.pop("updated_at")

        version = d.pop("version")

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))


        focal_point_public = cls(
            country=country,
            email=email,
            id=id,
            name=name,
            organisation=organisation,
            phone=phone,
            show_email=show_email,
            title=title,
            updated_at=updated_at,
            version=version,
            website=website,
        )


        focal_point_public.additional_properties = d
        return focal_point_public

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
