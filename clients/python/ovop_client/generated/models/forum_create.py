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
  from ..models.venue_in import VenueIn





T = TypeVar("T", bound="ForumCreate")



@_attrs_define
class ForumCreate:
    """ 
        Attributes:
            ends_on (datetime.date): a date between 1900-01-01 and 2100-12-31
            name (str):
            starts_on (datetime.date): a date between 1900-01-01 and 2100-12-31
            timezone (str):
            venue (VenueIn):
            fair_id (None | str | Unset): the fair this forum runs beside (one the caller organises)
     """

    ends_on: datetime.date
    name: str
    starts_on: datetime.date
    timezone: str
    venue: VenueIn
    fair_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.venue_in import VenueIn # noqa: PLC0415
        ends_on = self.ends_on.isoformat()

        name = self.name

        starts_on = self.starts_on.isoformat()

        timezone = self.timezone

        venue = self.venue.to_dict()

        fair_id: None | str | Unset
        if isinstance(self.fair_id, Unset):
            fair_id = UNSET
        else:
            fair_id = self.fair_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ends_on": ends_on,
            "name": name,
            "starts_on": starts_on,
            "timezone": timezone,
            "venue": venue,
        })
        if fair_id is not UNSET:
            field_dict["fair_id"] = fair_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.venue_in import VenueIn # noqa: PLC0415
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        name = d.pop("name")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        timezone = d.pop("timezone")

        venue = VenueIn.from_dict(d.pop("venue"))




        def _parse_fair_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fair_id = _parse_fair_id(d.pop("fair_id", UNSET))


        forum_create = cls(
            ends_on=ends_on,
            name=name,
            starts_on=starts_on,
            timezone=timezone,
            venue=venue,
            fair_id=fair_id,
        )

        return forum_create

