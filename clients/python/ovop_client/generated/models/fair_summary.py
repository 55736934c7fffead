from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.venue import Venue





T = TypeVar("T", bound="FairSummary")



@_attrs_define
class FairSummary:
    """ 
        Attributes:
            ends_on (datetime.date):
            id (str):
            kind (str):
            name (str):
            organiser (str):
            starts_on (datetime.date):
            timezone (str):
            venue (Venue):
     """

    ends_on: datetime.date
    id: str
    kind: str
    name: str
    organiser: str
    starts_on: datetime.date
    timezone: str
    venue: Venue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.venue import Venue # noqa: PLC0415
        ends_on = self.ends_on.isoformat()

        id = self.id

        kind = self.kind

        name = self.name

        organiser = self.organiser

        starts_on = self.starts_on.isoformat()

        timezone = self.timezone

        venue = self.venue.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ends_on": ends_on,
            "id": id,
            "kind": kind,
            "name": name,
            "organiser": organiser,
            "starts_on": starts_on,
            "timezone": timezone,
            "venue": venue,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.venue import Venue # noqa: PLC0415
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        id = d.pop("id")

        kind = d.pop("kind")

        name = d.pop("name")

        organiser = d.pop("organiser")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        timezone = d.pop("timezone")

        venue = Venue.from_dict(d.pop("venue"))




        fair_summary = cls(
            ends_on=ends_on,
            id=id,
            kind=kind,
            name=name,
            organiser=organiser,
            starts_on=starts_on,
            timezone=timezone,
            venue=venue,
        )


        fair_summary.additional_properties = d
        return fair_summary

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
