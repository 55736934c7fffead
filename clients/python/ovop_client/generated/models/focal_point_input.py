from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FocalPointInput")



@_attrs_define
class FocalPointInput:
    """ 
        Attributes:
            email (str): an e-mail address, name@domain
            name (str):
            organisation (str):
            phone (None | str | Unset):
            show_email (bool | Unset): the directory shows the email only when the focal point chooses so Default: False.
            title (None | str | Unset):
            website (None | str | Unset):
     """

    email: str
    name: str
    organisation: str
    phone: None | str | Unset = UNSET
    show_email: bool | Unset = False
    title: None | str | Unset = UNSET
    website: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        organisation = self.organisation

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        show_email = self.show_email

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "email": email,
            "name": name,
            "organisation": organisation,
        })
        if phone is not UNSET:
            field_dict["phone"] = phone
        if show_email is not UNSET:
            field_dict["show_email"] = show_email
        if title is not UNSET:
            field_dict["title"] = title
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        organisation = d.pop("organisation")

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        show_email = d.pop("show_email", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))


        focal_point_input = cls(
            email=email,
            name=name,
            organisation=organisation,
            phone=phone,
            show_email=show_email,
            title=title,
            website=website,
        )

        return focal_point_input

