from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.booth_status import BoothStatus
from ..models.booth_status import check_booth_status
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Booth")



@_attrs_define
class Booth:
    """ 
        Attributes:
            code (str):
            currency (str):
            fair_id (str):
            hall (str):
            id (int):
            price (float):
            size_m2 (float):
            status (BoothStatus):
            type_ (str):
            zone (None | str | Unset):
     """

    code: str
    currency: str
    fair_id: str
    hall: str
    id: int
    price: float
    size_m2: float
    status: BoothStatus
    type_: str
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        currency = self.currency

        fair_id = self.fair_id

        hall = self.hall

        id = self.id

        price = self.price

        size_m2 = self.size_m2

        status: str = self.status

        type_ = self.type_

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "currency": currency,
            "fair_id": fair_id,
            "hall": hall,
            "id": id,
            "price": price,
            "size_m2": size_m2,
            "status": status,
            "type": type_,
        })
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        currency = d.pop("currency")

        fair_id = d.pop("fair_id")

        hall = d.pop("hall")

        id = d.pop("id")

        price = d.pop("price")

        size_m2 = d.pop("size_m2")

        status = check_booth_status(d.pop("status"))




        type_ = d.pop("type")

        def _parse_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))


        booth = cls(
            code=code,
            currency=currency,
            fair_id=fair_id,
            hall=hall,
            id=id,
            price=price,
            size_m2=size_m2,
            status=status,
            type_=type_,
            zone=zone,
        )


        booth.additional_properties = d
        return booth

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
