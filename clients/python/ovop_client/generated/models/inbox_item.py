from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.request_for_producer import RequestForProducer





T = TypeVar("T", bound="InboxItem")



@_attrs_define
class InboxItem:
    """ 
        Attributes:
            arrived_at (datetime.datetime):
            closed_reason (None | str):
            match_id (str):
            match_status (str):
            open_ (bool): whether the request still takes quotes
            product_id (str):
            request (RequestForProducer): A sourcing request as a matched producer sees it: what is asked, never who asks.
            score (float):
     """

    arrived_at: datetime.datetime
    closed_reason: None | str
    match_id: str
    match_status: str
    open_: bool
    product_id: str
    request: RequestForProducer
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.request_for_producer import RequestForProducer # noqa: PLC0415
        arrived_at = self.arrived_at.isoformat()

        closed_reason: None | str
        closed_reason = self.closed_reason

        match_id = self.match_id

        match_status = self.match_status

        open_ = self.open_

        product_id = self.product_id

        request = self.request.to_dict()

        score = self.score


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "arrived_at": arrived_at,
            "closed_reason": closed_reason,
            "match_id": match_id,
            "match_status": match_status,
            "open": open_,
            "product_id": product_id,
            "request": request,
            "score": score,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_for_producer import RequestForProducer # noqa: PLC0415
        d = dict(src_dict)
        arrived_at = datetime.datetime.fromisoformat(d.pop("arrived_at"))




        def _parse_closed_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason"))


        match_id = d.pop("match_id")

        match_status = d.pop("match_status")

        open_ = d.pop("open")

        product_id = d.pop("product_id")

        request = RequestForProducer.from_dict(d.pop("request"))




        score = d.pop("score")

        inbox_item = cls(
            arrived_at=arrived_at,
            closed_reason=closed_reason,
            match_id=match_id,
            match_status=match_status,
            open_=open_,
            product_id=product_id,
            request=request,
            score=score,
        )


        inbox_item.additional_properties = d
        return inbox_item

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
