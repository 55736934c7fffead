from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.events_decision_decision import check_events_decision_decision
from ..models.events_decision_decision import EventsDecisionDecision
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EventsDecision")



@_attrs_define
class EventsDecision:
    """ 
        Attributes:
            decision (EventsDecisionDecision):
            reason (None | str | Unset):
     """

    decision: EventsDecisionDecision
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision: str = self.decision

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision": decision,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = check_events_decision_decision(d.pop("decision"))




        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        events_decision = cls(
            decision=decision,
            reason=reason,
        )

        return events_decision

