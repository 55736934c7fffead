from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.matching_place import MatchingPlace





T = TypeVar("T", bound="ProducerSummary")



@_attrs_define
class ProducerSummary:
    """ Who makes a product, as the public may see it (no contact details).

        Attributes:
            id (str):
            name_en (None | str | Unset):
            name_local (None | str | Unset):
            place (MatchingPlace | None | Unset):
            type_ (None | str | Unset):
     """

    id: str
    name_en: None | str | Unset = UNSET
    name_local: None | str | Unset = UNSET
    place: MatchingPlace | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.matching_place import MatchingPlace # noqa: PLC0415
        id = self.id

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        name_local: None | str | Unset
        if isinstance(self.name_local, Unset):
            name_local = UNSET
        else:
            name_local = self.name_local

        place: dict[str, Any] | None | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        elif isinstance(self.place, MatchingPlace):
            place = self.place.to_dict()
        else:
            place = self.place

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if name_local is not UNSET:
            field_dict["name_local"] = name_local
        if place is not UNSET:
            field_dict["place"] = place
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matching_place import MatchingPlace # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))


        def _parse_name_local(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_local = _parse_name_local(d.pop("name_local", UNSET))


        def _parse_place(data: object) -> MatchingPlace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                place_type_0 = MatchingPlace.from_dict(data)



                return place_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchingPlace | None | Unset, data)

        place = _parse_place(d.pop("place", UNSET))


        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))


        producer_summary = cls(
            id=id,
            name_en=name_en,
            name_local=name_local,
            place=place,
            type_=type_,
        )


        producer_summary.additional_properties = d
        return producer_summary

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
