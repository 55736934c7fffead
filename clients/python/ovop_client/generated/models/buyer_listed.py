from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.interval_out import IntervalOut





T = TypeVar("T", bound="BuyerListed")



@_attrs_define
class BuyerListed:
    """ 
        Attributes:
            availability (list[IntervalOut]):
            buyer_ref (str):
            checked_in (bool):
            created_at (datetime.datetime):
            fair_id (str):
            id (str):
            name (str):
            slots (list[int]):
            wishes (int): wishes recorded for this buyer, from every source
            country (None | str | Unset):
            email (None | str | Unset):
     """

    availability: list[IntervalOut]
    buyer_ref: str
    checked_in: bool
    created_at: datetime.datetime
    fair_id: str
    id: str
    name: str
    slots: list[int]
    wishes: int
    country: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interval_out import IntervalOut # noqa: PLC0415
        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)



        buyer_ref = self.buyer_ref

        checked_in = self.checked_in

        created_at = self.created_at.isoformat()

        fair_id = self.fair_id

        id = self.id

        name = self.name

        slots = self.slots



        wishes = self.wishes

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
        field_dict.update(self.additional_properties)
        field_dict.update({
            "availability": availability,
            "buyer_ref": buyer_ref,
            "checked_in": checked_in,
            "created_at": created_at,
            "fair_id": fair_id,
            "id": id,
            "name": name,
            "slots": slots,
            "wishes": wishes,
        })
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_out import IntervalOut # noqa: PLC0415
        d = dict(src_dict)
        availability = []
        _availability = d.pop("availability")
        for availability_item_data in (_availability):
            availability_item = IntervalOut.from_dict(availability_item_data)



            availability.append(availability_item)


        buyer_ref = d.pop("buyer_ref")

        checked_in = d.pop("checked_in")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        fair_id = d.pop("fair_id")

        id = d.pop("id")

        name = d.pop("name")

        slots = cast(list[int], d.pop("slots"))


        wishes = d.pop("wishes")

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


        buyer_listed = cls(
            availability=availability,
            buyer_ref=buyer_ref,
            checked_in=checked_in,
            created_at=created_at,
            fair_id=fair_id,
            id=id,
            name=name,
            slots=slots,
            wishes=wishes,
            country=country,
            email=email,
        )


        buyer_listed.additional_properties = d
        return buyer_listed

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
