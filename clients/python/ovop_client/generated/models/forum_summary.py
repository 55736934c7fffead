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
  from ..models.venue import Venue





T = TypeVar("T", bound="ForumSummary")



@_attrs_define
class ForumSummary:
    """ 
        Attributes:
            created_at (datetime.datetime):
            ends_on (datetime.date):
            id (str):
            name (str):
            starts_on (datetime.date):
            timezone (str):
            venue (Venue):
            version (int):
            fair_id (None | str | Unset):
     """

    created_at: datetime.datetime
    ends_on: datetime.date
    id: str
    name: str
    starts_on: datetime.date
    timezone: str
    venue: Venue
    version: int
    fair_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.venue import Venue # noqa: PLC0415
        created_at = self.created_at.isoformat()

        ends_on = self.ends_on.isoformat()

        id = self.id

        name = self.name

        starts_on = self.starts_on.isoformat()

        timezone = self.timezone

        venue = self.venue.to_dict()

        version = self.version

        fair_id: None | str | Unset
        if isinstance(self.fair_id, Unset):
            fair_id = UNSET
        else:
            fair_id = self.fair_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "ends_on": ends_on,
            "id": id,
            "name": name,
            "starts_on": starts_on,
            "timezone": timezone,
            "venue": venue,
            "version": version,
        })
        if fair_id is not UNSET:
            field_dict["fair_id"] = fair_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.venue import Venue # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        id = d.pop("id")

        name = d.pop("name")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        timezone = d.pop("timezone")

        venue = Venue.from_dict(d.pop("venue"))




        version = d.pop("version")

        def _parse_fair_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fair_id = _parse_fair_id(d.pop("fair_id", UNSET))


        forum_summary = cls(
            created_at=created_at,
            ends_on=ends_on,
            id=id,
            name=name,
            starts_on=starts_on,
            timezone=timezone,
            venue=venue,
            version=version,
            fair_id=fair_id,
        )


        forum_summary.additional_properties = d
        return forum_summary

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
