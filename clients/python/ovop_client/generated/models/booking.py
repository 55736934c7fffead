from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.booking_status import BookingStatus
from ..models.booking_status import check_booking_status
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Booking")



@_attrs_define
class Booking:
    """ 
        Attributes:
            application_id (str):
            booth_code (str):
            booth_id (int):
            country (str):
            created_at (datetime.datetime):
            fair_id (str):
            id (int):
            status (BookingStatus):
            version (int):
            cancelled_at (datetime.datetime | None | Unset):
            cancelled_by (None | str | Unset): the client that cancelled it
            hall (None | str | Unset):
            zone (None | str | Unset):
     """

    application_id: str
    booth_code: str
    booth_id: int
    country: str
    created_at: datetime.datetime
    fair_id: str
    id: int
    status: BookingStatus
    version: int
    cancelled_at: datetime.datetime | None | Unset = UNSET
    cancelled_by: None | str | Unset = UNSET
    hall: None | str | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        booth_code = self.booth_code

        booth_id = self.booth_id

        country = self.country

        created_at = self.created_at.isoformat()

        fair_id = self.fair_id

        id = self.id

        status: str = self.status

        version = self.version

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancelled_by: None | str | Unset
        if isinstance(self.cancelled_by, Unset):
            cancelled_by = UNSET
        else:
            cancelled_by = self.cancelled_by

        hall: None | str | Unset
        if isinstance(self.hall, Unset):
            hall = UNSET
        else:
            hall = self.hall

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "booth_code": booth_code,
            "booth_id": booth_id,
            "country": country,
            "created_at": created_at,
            "fair_id": fair_id,
            "id": id,
            "status": status,
            "version": version,
        })
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if cancelled_by is not UNSET:
            field_dict["cancelled_by"] = cancelled_by
        if hall is not UNSET:
            field_dict["hall"] = hall
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        booth_code = d.pop("booth_code")

        booth_id = d.pop("booth_id")

        country = d.pop("country")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        fair_id = d.pop("fair_id")

        id = d.pop("id")

        status = check_booking_status(d.pop("status"))




        version = d.pop("version")

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))


        def _parse_cancelled_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancelled_by = _parse_cancelled_by(d.pop("cancelled_by", UNSET))


        def _parse_hall(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hall = _parse_hall(d.pop("hall", UNSET))


        def _parse_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))


        booking = cls(
            application_id=application_id,
            booth_code=booth_code,
            booth_id=booth_id,
            country=country,
            created_at=created_at,
            fair_id=fair_id,
            id=id,
            status=status,
            version=version,
            cancelled_at=cancelled_at,
            cancelled_by=cancelled_by,
            hall=hall,
            zone=zone,
        )


        booking.additional_properties = d
        return booking

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
