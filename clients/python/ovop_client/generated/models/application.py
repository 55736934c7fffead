from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_status import ApplicationStatus
from ..models.application_status import check_application_status
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.application_availability_type_0_item import ApplicationAvailabilityType0Item





T = TypeVar("T", bound="Application")



@_attrs_define
class Application:
    """ 
        Attributes:
            booth_preferences (list[str]):
            country (str):
            created_at (datetime.datetime):
            fair_id (str):
            groups (list[str]):
            id (str):
            producer_id (str):
            product_ids (list[str]):
            status (ApplicationStatus):
            version (int):
            availability (list[ApplicationAvailabilityType0Item] | None | Unset):
            decided_at (datetime.datetime | None | Unset):
            reason (None | str | Unset):
     """

    booth_preferences: list[str]
    country: str
    created_at: datetime.datetime
    fair_id: str
    groups: list[str]
    id: str
    producer_id: str
    product_ids: list[str]
    status: ApplicationStatus
    version: int
    availability: list[ApplicationAvailabilityType0Item] | None | Unset = UNSET
    decided_at: datetime.datetime | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.application_availability_type_0_item import ApplicationAvailabilityType0Item # noqa: PLC0415
        booth_preferences = self.booth_preferences



        country = self.country

        created_at = self.created_at.isoformat()

        fair_id = self.fair_id

        groups = self.groups



        id = self.id

        producer_id = self.producer_id

        product_ids = self.product_ids



        status: str = self.status

        version = self.version

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

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "booth_preferences": booth_preferences,
            "country": country,
            "created_at": created_at,
            "fair_id": fair_id,
            "groups": groups,
            "id": id,
            "producer_id": producer_id,
            "product_ids": product_ids,
            "status": status,
            "version": version,
        })
        if availability is not UNSET:
            field_dict["availability"] = availability
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_availability_type_0_item import ApplicationAvailabilityType0Item # noqa: PLC0415
        d = dict(src_dict)
        booth_preferences = cast(list[str], d.pop("booth_preferences"))


        country = d.pop("country")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        fair_id = d.pop("fair_id")

        groups = cast(list[str], d.pop("groups"))


        id = d.pop("id")

        producer_id = d.pop("producer_id")

        product_ids = cast(list[str], d.pop("product_ids"))


        status = check_application_status(d.pop("status"))




        version = d.pop("version")

        def _parse_availability(data: object) -> list[ApplicationAvailabilityType0Item] | None | Unset:
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
                    availability_type_0_item = ApplicationAvailabilityType0Item.from_dict(availability_type_0_item_data)



                    availability_type_0.append(availability_type_0_item)

                return availability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApplicationAvailabilityType0Item] | None | Unset, data)

        availability = _parse_availability(d.pop("availability", UNSET))


        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        application = cls(
            booth_preferences=booth_preferences,
            country=country,
            created_at=created_at,
            fair_id=fair_id,
            groups=groups,
            id=id,
            producer_id=producer_id,
            product_ids=product_ids,
            status=status,
            version=version,
            availability=availability,
            decided_at=decided_at,
            reason=reason,
        )


        application.additional_properties = d
        return application

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
