from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.reason import Reason





T = TypeVar("T", bound="MatchPublic")



@_attrs_define
class MatchPublic:
    """ 
        Attributes:
            country (str):
            id (str):
            producer_id (str):
            product_id (str):
            reasons (list[Reason]):
            rfq_id (str):
            score (float):
            status (str):
            version (int):
     """

    country: str
    id: str
    producer_id: str
    product_id: str
    reasons: list[Reason]
    rfq_id: str
    score: float
    status: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.reason import Reason # noqa: PLC0415
        country = self.country

        id = self.id

        producer_id = self.producer_id

        product_id = self.product_id

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)



        rfq_id = self.rfq_id

        score = self.score

        status = self.status

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "id": id,
            "producer_id": producer_id,
            "product_id": product_id,
            "reasons": reasons,
            "rfq_id": rfq_id,
            "score": score,
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reason import Reason # noqa: PLC0415
        d = dict(src_dict)
        country = d.pop("country")

        id = d.pop("id")

        producer_id = d.pop("producer_id")

        product_id = d.pop("product_id")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = Reason.from_dict(reasons_item_data)



            reasons.append(reasons_item)


        rfq_id = d.pop("rfq_id")

        score = d.pop("score")

        status = d.pop("status")

        version = d.pop("version")

        match_public = cls(
            country=country,
            id=id,
            producer_id=producer_id,
            product_id=product_id,
            reasons=reasons,
            rfq_id=rfq_id,
            score=score,
            status=status,
            version=version,
        )


        match_public.additional_properties = d
        return match_public

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
