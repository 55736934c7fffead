from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.deal_public import DealPublic
  from ..models.quote_public import QuotePublic





T = TypeVar("T", bound="Accepted")



@_attrs_define
class Accepted:
    """ 
        Attributes:
            deal (DealPublic):
            quote (QuotePublic):
     """

    deal: DealPublic
    quote: QuotePublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.deal_public import DealPublic # noqa: PLC0415
        from ..models.quote_public import QuotePublic # noqa: PLC0415
        deal = self.deal.to_dict()

        quote = self.quote.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deal": deal,
            "quote": quote,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deal_public import DealPublic # noqa: PLC0415
        from ..models.quote_public import QuotePublic # noqa: PLC0415
        d = dict(src_dict)
        deal = DealPublic.from_dict(d.pop("deal"))




        quote = QuotePublic.from_dict(d.pop("quote"))




        accepted = cls(
            deal=deal,
            quote=quote,
        )


        accepted.additional_properties = d
        return accepted

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
