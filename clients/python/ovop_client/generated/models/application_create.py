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





T = TypeVar("T", bound="ApplicationCreate")



@_attrs_define
class ApplicationCreate:
    """ 
        Attributes:
            producer_id (str):
            product_ids (list[str]):
            availability (list[Interval] | None | Unset): when the exhibitor takes meetings, within the fair's days;
                default: always
            booth_preferences (list[str] | Unset): booth codes, best first
     """

    producer_id: str
    product_ids: list[str]
    availability: list[Interval] | None | Unset = UNSET
    booth_preferences: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.interval import Interval # noqa: PLC0415
        producer_id = self.producer_id

        product_ids = self.product_ids



        availability: list[dict[str, Any]] | None | Unset
        if isinstance(self.availability, Unset):
            availability = UNSET
        elif isinstance(self.availability, list):
            availability = []
            for availability_type_0_item_data in self.availability:
                availability_type_0_item = availability_type_0_item_data.to_dict()
                availability.append(availability_type_0_item)


        else:
            availability = self.availability

        booth_preferences: list[str] | Unset = UNSET
        if not isinstance(self.booth_preferences, Unset):
            booth_preferences = self.booth_preferences




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "producer_id": producer_id,
            "product_ids": product_ids,
        })
        if availability is not UNSET:
            field_dict["availability"] = availability
        if booth_preferences is not UNSET:
            field_dict["booth_preferences"] = booth_preferences

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval import Interval # noqa: PLC0415
        d = dict(src_dict)
        producer_id = d.pop("producer_id")

        product_ids = cast(list[str], d.pop("product_ids"))


        def _parse_availability(data: object) -> list[Interval] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                availability_type_0 = []
                _availability_type_0 = data
                for availability_type_0_item_data in (_availability_type_0):
                    availability_type_0_item = Interval.from_dict(availability_type_0_item_data)



                    availability_type_0.append(availability_type_0_item)

                return availability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Interval] | None | Unset, data)

        availability = _parse_availability(d.pop("availability", UNSET))


        booth_preferences = cast(list[str], d.pop("booth_preferences", UNSET))


        application_create = cls(
            producer_id=producer_id,
            product_ids=product_ids,
            availability=availability,
            booth_preferences=booth_preferences,
        )

        return application_create

