from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rfq_patch_group_type_0 import check_rfq_patch_group_type_0
from ..models.rfq_patch_group_type_0 import RfqPatchGroupType0
from ..models.rfq_patch_status_type_0 import check_rfq_patch_status_type_0
from ..models.rfq_patch_status_type_0 import RfqPatchStatusType0
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delivery_window import DeliveryWindow





T = TypeVar("T", bound="RfqPatch")



@_attrs_define
class RfqPatch:
    """ Either amend what is asked for, or end the request (`status`: closed or cancelled) — not both.
    `group` and `hs_code` correct what was inferred from the text.

        Attributes:
            certifications (list[str] | None | Unset):
            currency (None | str | Unset):
            deadline (datetime.datetime | Unset): RFC 3339 date-time with its UTC offset (e.g. 2026-05-01T09:00:00+07:00),
                years 1900-2100; one without an offset is refused
            delivery_window (DeliveryWindow | None | Unset):
            group (None | RfqPatchGroupType0 | Unset):
            hs_code (None | str | Unset):
            quantity (float | Unset):
            status (None | RfqPatchStatusType0 | Unset):
            target_price (float | None | Unset):
            text (str | Unset):
     """

    certifications: list[str] | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    deadline: datetime.datetime | Unset = UNSET
    delivery_window: DeliveryWindow | None | Unset = UNSET
    group: None | RfqPatchGroupType0 | Unset = UNSET
    hs_code: None | str | Unset = UNSET
    quantity: float | Unset = UNSET
    status: None | RfqPatchStatusType0 | Unset = UNSET
    target_price: float | None | Unset = UNSET
    text: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_window import DeliveryWindow # noqa: PLC0415
        certifications: list[str] | None | Unset
        if isinstance(self.certifications, Unset):
            certifications = UNSET
        elif isinstance(self.certifications, list):
            certifications = self.certifications


        else:
            certifications = self.certifications

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        deadline: str | Unset = UNSET
        if not isinstance(self.deadline, Unset):
            deadline = self.deadline.isoformat()

        delivery_window: dict[str, Any] | None | Unset
        if isinstance(self.delivery_window, Unset):
            delivery_window = UNSET
        elif isinstance(self.delivery_window, DeliveryWindow):
            delivery_window = self.delivery_window.to_dict()
        else:
            delivery_window = self.delivery_window

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, str):
            group = self.group
        else:
            group = self.group

        hs_code: None | str | Unset
        if isinstance(self.hs_code, Unset):
            hs_code = UNSET
        else:
            hs_code = self.hs_code

        quantity = self.quantity

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        target_price: float | None | Unset
        if isinstance(self.target_price, Unset):
            target_price = UNSET
        else:
            target_price = self.target_price

        text = self.text


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if currency is not UNSET:
            field_dict["currency"] = currency
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if delivery_window is not UNSET:
            field_dict["delivery_window"] = delivery_window
        if group is not UNSET:
            field_dict["group"] = group
        if hs_code is not UNSET:
            field_dict["hs_code"] = hs_code
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if status is not UNSET:
            field_dict["status"] = status
        if target_price is not UNSET:
            field_dict["target_price"] = target_price
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_window import DeliveryWindow # noqa: PLC0415
        d = dict(src_dict)
        def _parse_certifications(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                certifications_type_0 = cast(list[str], data)

                return certifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        certifications = _parse_certifications(d.pop("certifications", UNSET))


        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        _deadline = d.pop("deadline", UNSET)
        deadline: datetime.datetime | Unset
        if isinstance(_deadline,  Unset):
            deadline = UNSET
        else:
            deadline = datetime.datetime.fromisoformat(_deadline)




        def _parse_delivery_window(data: object) -> DeliveryWindow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_window_type_0 = DeliveryWindow.from_dict(data)



                return delivery_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryWindow | None | Unset, data)

        delivery_window = _parse_delivery_window(d.pop("delivery_window", UNSET))


        def _parse_group(data: object) -> None | RfqPatchGroupType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_type_0 = check_rfq_patch_group_type_0(data)



                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RfqPatchGroupType0 | Unset, data)

        group = _parse_group(d.pop("group", UNSET))


        def _parse_hs_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hs_code = _parse_hs_code(d.pop("hs_code", UNSET))


        quantity = d.pop("quantity", UNSET)

        def _parse_status(data: object) -> None | RfqPatchStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_rfq_patch_status_type_0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RfqPatchStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_target_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_price = _parse_target_price(d.pop("target_price", UNSET))


        text = d.pop("text", UNSET)

        rfq_patch = cls(
            certifications=certifications,
            currency=currency,
            deadline=deadline,
            delivery_window=delivery_window,
            group=group,
            hs_code=hs_code,
            quantity=quantity,
            status=status,
            target_price=target_price,
            text=text,
        )

        return rfq_patch

