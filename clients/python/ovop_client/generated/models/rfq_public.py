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
  from ..models.delivery_window import DeliveryWindow
  from ..models.match_public import MatchPublic





T = TypeVar("T", bound="RfqPublic")



@_attrs_define
class RfqPublic:
    """ 
        Attributes:
            buyer (None | str):
            certifications (list[str]):
            created_at (datetime.datetime):
            currency (None | str):
            deadline (datetime.datetime):
            delivery_window (DeliveryWindow | None):
            destination (str):
            group (None | str):
            hs_code (None | str):
            id (str):
            quantity (float):
            status (str):
            target_price (float | None):
            text (str):
            unit (str):
            updated_at (datetime.datetime):
            version (int):
            inferred (list[str] | Unset): fields inferred from the text (group, hs_code); PATCH them to correct
            matches (list[MatchPublic] | None | Unset):
     """

    buyer: None | str
    certifications: list[str]
    created_at: datetime.datetime
    currency: None | str
    deadline: datetime.datetime
    delivery_window: DeliveryWindow | None
    destination: str
    group: None | str
    hs_code: None | str
    id: str
    quantity: float
    status: str
    target_price: float | None
    text: str
    unit: str
    updated_at: datetime.datetime
    version: int
    inferred: list[str] | Unset = UNSET
    matches: list[MatchPublic] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_window import DeliveryWindow # noqa: PLC0415
        from ..models.match_public import MatchPublic # noqa: PLC0415
        buyer: None | str
        buyer = self.buyer

        certifications = self.certifications



        created_at = self.created_at.isoformat()

        currency: None | str
        currency = self.currency

        deadline = self.deadline.isoformat()

        delivery_window: dict[str, Any] | None
        if isinstance(self.delivery_window, DeliveryWindow):
            delivery_window = self.delivery_window.to_dict()
        else:
            delivery_window = self.delivery_window

        destination = self.destination

        group: None | str
        group = self.group

        hs_code: None | str
        hs_code = self.hs_code

        id = self.id

        quantity = self.quantity

        status = self.status

        target_price: float | None
        target_price = self.target_price

        text = self.text

        unit = self.unit

        updated_at = self.updated_at.isoformat()

        version = self.version

        inferred: list[str] | Unset = UNSET
        if not isinstance(self.inferred, Unset):
            inferred = self.inferred



        matches: list[dict[str, Any]] | None | Unset
        if isinstance(self.matches, Unset):
            matches = UNSET
        elif isinstance(self.matches, list):
            matches = []
            for matches_type_0_item_data in self.matches:
                matches_type_0_item = matches_type_0_item_data.to_dict()
                matches.append(matches_type_0_item)


        else:
            matches = self.matches


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "buyer": buyer,
            "certifications": certifications,
            "created_at": created_at,
            "currency": currency,
            "deadline": deadline,
            "delivery_window": delivery_window,
            "destination": destination,
            "group": group,
            "hs_code": hs_code,
            "id": id,
            "quantity": quantity,
            "status": status,
            "target_price": target_price,
            "text": text,
            "unit": unit,
            "updated_at": updated_at,
            "version": version,
        })
        if inferred is not UNSET:
            field_dict["inferred"] = inferred
        if matches is not UNSET:
            field_dict["matches"] = matches

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_window import DeliveryWindow # noqa: PLC0415
        from ..models.match_public import MatchPublic # noqa: PLC0415
        d = dict(src_dict)
        def _parse_buyer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer = _parse_buyer(d.pop("buyer"))


        certifications = cast(list[str], d.pop("certifications"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))


        deadline = datetime.datetime.fromisoformat(d.pop("deadline"))




        def _parse_delivery_window(data: object) -> DeliveryWindow | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_window_type_0 = DeliveryWindow.from_dict(data)



                return delivery_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryWindow | None, data)

        delivery_window = _parse_delivery_window(d.pop("delivery_window"))


        destination = d.pop("destination")

        def _parse_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group = _parse_group(d.pop("group"))


        def _parse_hs_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hs_code = _parse_hs_code(d.pop("hs_code"))


        id = d.pop("id")

        quantity = d.pop("quantity")

        status = d.pop("status")

        def _parse_target_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target_price = _parse_target_price(d.pop("target_price"))


        text = d.pop("text")

        unit = d.pop("unit")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        inferred = cast(list[str], d.pop("inferred", UNSET))


        def _parse_matches(data: object) -> list[MatchPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matches_type_0 = []
                _matches_type_0 = data
                for matches_type_0_item_data in (_matches_type_0):
                    matches_type_0_item = MatchPublic.from_dict(matches_type_0_item_data)



                    matches_type_0.append(matches_type_0_item)

                return matches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MatchPublic] | None | Unset, data)

        matches = _parse_matches(d.pop("matches", UNSET))


        rfq_public = cls(
            buyer=buyer,
            certifications=certifications,
            created_at=created_at,
            currency=currency,
            deadline=deadline,
            delivery_window=delivery_window,
            destination=destination,
            group=group,
            hs_code=hs_code,
            id=id,
            quantity=quantity,
            status=status,
            target_price=target_price,
            text=text,
            unit=unit,
            updated_at=updated_at,
            version=version,
            inferred=inferred,
            matches=matches,
        )


        rfq_public.additional_properties = d
        return rfq_public

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
