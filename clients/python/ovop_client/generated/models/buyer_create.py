from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.interval import Interval





T = TypeVar("T", bound="BuyerCreate")



@_attrs_define
class BuyerCreate:
    """ 
        Attributes:
            availability (list[Interval]): within the fair's days
            buyer_ref (str):
            name (str):
            country (None | str | Unset):
            email (None | str | Unset):
     """

    availability: list[Interval]
    buyer_ref: str
    name: str
    country: None | str | Unset = UNSET
    email: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.interval import Interval # noqa: PLC0415
        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)



        buyer_ref = self.buyer_ref

        name = self.name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "availability": availability,
            "buyer_ref": buyer_ref,
            "name": name,
        })
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval import Interval # noqa: PLC0415
        d = dict(src_dict)
        availability = []
        _availability = d.pop("availability")
        for availability_item_data in (_availability):
            availability_item = Interval.from_dict(availability_item_data)



            availability.append(availability_item)


        buyer_ref = d.pop("buyer_ref")

        name = d.pop("name")

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        buyer_create = cls(
            availability=availability,
            buyer_ref=buyer_ref,
            name=name,
            country=country,
            email=email,
        )

        return buyer_create

