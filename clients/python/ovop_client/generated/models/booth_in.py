from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.booth_in_zone_type_0 import BoothInZoneType0
from ..models.booth_in_zone_type_0 import check_booth_in_zone_type_0
from ..models.booth_type import BoothType
from ..models.booth_type import check_booth_type
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BoothIn")



@_attrs_define
class BoothIn:
    """ 
        Attributes:
            code (str):
            currency (str): ISO 4217 currency code (any case; answered in upper case)
            price (float): a number with at most 4 decimal places
            size_m2 (float): a number with at most 4 decimal places
            type_ (BoothType):
            zone (BoothInZoneType0 | None | Unset): the product group this booth's zone is for
     """

    code: str
    currency: str
    price: float
    size_m2: float
    type_: BoothType
    zone: BoothInZoneType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        currency = self.currency

        price = self.price

        size_m2 = self.size_m2

        type_: str = self.type_

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        elif isinstance(self.zone, str):
            zone = self.zone
        else:
            zone = self.zone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "currency": currency,
            "price": price,
            "size_m2": size_m2,
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

        price = d.pop("price")

        size_m2 = d.pop("size_m2")

        type_ = check_booth_type(d.pop("type"))




        def _parse_zone(data: object) -> BoothInZoneType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                zone_type_0 = check_booth_in_zone_type_0(data)



                return zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoothInZoneType0 | None | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))


        booth_in = cls(
            code=code,
            currency=currency,
            price=price,
            size_m2=size_m2,
            type_=type_,
            zone=zone,
        )

        return booth_in

