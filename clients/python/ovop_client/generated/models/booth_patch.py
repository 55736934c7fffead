from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.booth_patch_zone_type_0 import BoothPatchZoneType0
from ..models.booth_patch_zone_type_0 import check_booth_patch_zone_type_0
from ..models.booth_type import BoothType
from ..models.booth_type import check_booth_type
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BoothPatch")



@_attrs_define
class BoothPatch:
    """ 
        Attributes:
            currency (None | str | Unset):
            price (float | None | Unset):
            size_m2 (float | None | Unset):
            type_ (BoothType | None | Unset):
            zone (BoothPatchZoneType0 | None | Unset):
     """

    currency: None | str | Unset = UNSET
    price: float | None | Unset = UNSET
    size_m2: float | None | Unset = UNSET
    type_: BoothType | None | Unset = UNSET
    zone: BoothPatchZoneType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        size_m2: float | None | Unset
        if isinstance(self.size_m2, Unset):
            size_m2 = UNSET
        else:
            size_m2 = self.size_m2

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        elif isinstance(self.zone, str):
            zone = self.zone
        else:
            zone = self.zone


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if currency is not UNSET:
            field_dict["currency"] = currency
        if price is not UNSET:
            field_dict["price"] = price
        if size_m2 is not UNSET:
            field_dict["size_m2"] = size_m2
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))


        def _parse_size_m2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        size_m2 = _parse_size_m2(d.pop("size_m2", UNSET))


        def _parse_type_(data: object) -> BoothType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_booth_type(data)



                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoothType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))


        def _parse_zone(data: object) -> BoothPatchZoneType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                zone_type_0 = check_booth_patch_zone_type_0(data)



                return zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoothPatchZoneType0 | None | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))


        booth_patch = cls(
            currency=currency,
            price=price,
            size_m2=size_m2,
            type_=type_,
            zone=zone,
        )

        return booth_patch

