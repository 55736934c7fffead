from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.producer_type import check_producer_type
from ..models.producer_type import ProducerType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.place import Place





T = TypeVar("T", bound="ProducerCreate")



@_attrs_define
class ProducerCreate:
    """ 
        Attributes:
            name_en (str):
            name_local (str):
            place (Place):
            type_ (ProducerType):
            contact_email (None | str | Unset):
            contact_name (None | str | Unset):
            contact_phone (None | str | Unset):
            ethnic_minority_area (bool | Unset): in an ethnic-minority commune Default: False.
            external_ref (None | str | Unset):
            founded_year (int | None | Unset):
            remote_area (bool | Unset): in a remote or disadvantaged commune Default: False.
            women_led (bool | Unset):  Default: False.
            youth_led (bool | Unset):  Default: False.
     """

    name_en: str
    name_local: str
    place: Place
    type_: ProducerType
    contact_email: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    ethnic_minority_area: bool | Unset = False
    external_ref: None | str | Unset = UNSET
    founded_year: int | None | Unset = UNSET
    remote_area: bool | Unset = False
    women_led: bool | Unset = False
    youth_led: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        from ..models.place import Place # noqa: PLC0415
        name_en = self.name_en

        name_local = self.name_local

        place = self.place.to_dict()

        type_: str = self.type_

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        ethnic_minority_area = self.ethnic_minority_area

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        founded_year: int | None | Unset
        if isinstance(self.founded_year, Unset):
            founded_year = UNSET
        else:
            founded_year = self.founded_year

        remote_area = self.remote_area

        women_led = self.women_led

        youth_led = self.youth_led


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name_en": name_en,
            "name_local": name_local,
            "place": place,
            "type": type_,
        })
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if ethnic_minority_area is not UNSET:
            field_dict["ethnic_minority_area"] = ethnic_minority_area
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if founded_year is not UNSET:
            field_dict["founded_year"] = founded_year
        if remote_area is not UNSET:
            field_dict["remote_area"] = remote_area
        if women_led is not UNSET:
            field_dict["women_led"] = women_led
        if youth_led is not UNSET:
            field_dict["youth_led"] = youth_led

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.place import Place # noqa: PLC0415
        d = dict(src_dict)
        name_en = d.pop("name_en")

        name_local = d.pop("name_local")

        place = Place.from_dict(d.pop("place"))




        type_ = check_producer_type(d.pop("type"))




        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))


        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))


        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone", UNSET))


        ethnic_minority_area = d.pop("ethnic_minority_area", UNSET)

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))


        def _parse_founded_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        founded_year = _parse_founded_year(d.pop("founded_year", UNSET))


        remote_area = d.pop("remote_area", UNSET)

        women_led = d.pop("women_led", UNSET)

        youth_led = d.pop("youth_led", UNSET)

        producer_create = cls(
            name_en=name_en,
            name_local=name_local,
            place=place,
            type_=type_,
            contact_email=contact_email,
            contact_name=contact_name,
            contact_phone=contact_phone,
            ethnic_minority_area=ethnic_minority_area,
            external_ref=external_ref,
            founded_year=founded_year,
            remote_area=remote_area,
            women_led=women_led,
            youth_led=youth_led,
        )

        return producer_create

