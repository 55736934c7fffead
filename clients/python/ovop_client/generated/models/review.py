from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision import check_decision
from ..models.decision import Decision
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.review_checklist import ReviewChecklist





T = TypeVar("T", bound="Review")



@_attrs_define
class Review:
    """ 
        Attributes:
            decision (Decision):
            checklist (ReviewChecklist | Unset): the programme's checklist items, by key: met or not
            comments (str | Unset):  Default: ''.
            reasons (list[str] | Unset): required when rejecting or asking for changes
     """

    decision: Decision
    checklist: ReviewChecklist | Unset = UNSET
    comments: str | Unset = ''
    reasons: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.review_checklist import ReviewChecklist # noqa: PLC0415
        decision: str = self.decision

        checklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checklist, Unset):
            checklist = self.checklist.to_dict()

        comments = self.comments

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision": decision,
        })
        if checklist is not UNSET:
            field_dict["checklist"] = checklist
        if comments is not UNSET:
            field_dict["comments"] = comments
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_checklist import ReviewChecklist # noqa: PLC0415
        d = dict(src_dict)
        decision = check_decision(d.pop("decision"))




        _checklist = d.pop("checklist", UNSET)
        checklist: ReviewChecklist | Unset
        if isinstance(_checklist,  Unset):
            checklist = UNSET
        else:
            checklist = ReviewChecklist.from_dict(_checklist)




        comments = d.pop("comments", UNSET)

        reasons = cast(list[str], d.pop("reasons", UNSET))


        review = cls(
            decision=decision,
            checklist=checklist,
            comments=comments,
            reasons=reasons,
        )

        return review

