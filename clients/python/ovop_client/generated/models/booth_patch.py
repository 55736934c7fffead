from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.booth_patch_zone import BoothPatchZone
from ..models.booth_patch_zone import check_booth_patch_zone
from ..models.booth_type import BoothType
from ..models.booth_type import check_booth_type
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BoothPatch")



@_attrs_define
class BoothPatch:
    """ 
        Attributes:
            currency (str | Unset): ISO 4217 currency code (any case; answered in upper case)
            price (float | Unset): a number with at most 4 decimal places
            size_m2 (float | Unset): a number with at most 4 decimal places
            type_ (BoothType | Unset):
            zone (BoothPatchZone | Unset):
     """

    currency: str | Unset = UNSET
    price: float | Unset = UNSET
    size_m2: float | Unset = UNSET
    type_: BoothType | Unset = UNSET
    zone: BoothPatchZone | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        price = self.price

        size_m2 = self.size_m2

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_


        zone: str | Unset = UNSET
        if not isinstance(self.zone, Unset):
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
        currency = d.pop("currency", UNSET)

        price = d.pop("price", UNSET)

        size_m2 = d.pop("size_m2", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: BoothType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = check_booth_type(_type_)




        _zone = d.pop("zone", UNSET)
        zone: BoothPatchZone | Unset
        if isinstance(_zone,  Unset):
            zone = UNSET
        else:
            zone = check_booth_patch_zone(_zone)




        booth_patch = cls(
            currency=currency,
            price=price,
            size_m2=size_m2,
            type_=type_,
            zone=zone,
        )

        return booth_patch

