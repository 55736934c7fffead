from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.wish_listed_answer_type_0 import check_wish_listed_answer_type_0
from ..models.wish_listed_answer_type_0 import WishListedAnswerType0
from ..models.wish_listed_source import check_wish_listed_source
from ..models.wish_listed_source import WishListedSource
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="WishListed")



@_attrs_define
class WishListed:
    """ 
        Attributes:
            application_id (str):
            buyer_id (str):
            buyer_name (str):
            created_at (datetime.datetime):
            fair_id (str):
            id (int):
            source (WishListedSource):
            value (float):
            answer (None | Unset | WishListedAnswerType0): the exhibitor's answer to a buyer's request
            answered_at (datetime.datetime | None | Unset):
            exhibitor_name (None | str | Unset):
     """

    application_id: str
    buyer_id: str
    buyer_name: str
    created_at: datetime.datetime
    fair_id: str
    id: int
    source: WishListedSource
    value: float
    answer: None | Unset | WishListedAnswerType0 = UNSET
    answered_at: datetime.datetime | None | Unset = UNSET
    exhibitor_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        buyer_id = self.buyer_id

        buyer_name = self.buyer_name

        created_at = self.created_at.isoformat()

        fair_id = self.fair_id

        id = self.id

        source: str = self.source

        value = self.value

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, str):
            answer = self.answer
        else:
            answer = self.answer

        answered_at: None | str | Unset
        if isinstance(self.answered_at, Unset):
            answered_at = UNSET
        elif isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        exhibitor_name: None | str | Unset
        if isinstance(self.exhibitor_name, Unset):
            exhibitor_name = UNSET
        else:
            exhibitor_name = self.exhibitor_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "buyer_id": buyer_id,
            "buyer_name": buyer_name,
            "created_at": created_at,
            "fair_id": fair_id,
            "id": id,
            "source": source,
            "value": value,
        })
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answered_at is not UNSET:
            field_dict["answered_at"] = answered_at
        if exhibitor_name is not UNSET:
            field_dict["exhibitor_name"] = exhibitor_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        buyer_id = d.pop("buyer_id")

        buyer_name = d.pop("buyer_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        fair_id = d.pop("fair_id")

        id = d.pop("id")

        source = check_wish_listed_source(d.pop("source"))




        value = d.pop("value")

        def _parse_answer(data: object) -> None | Unset | WishListedAnswerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answer_type_0 = check_wish_listed_answer_type_0(data)



                return answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WishListedAnswerType0, data)

        answer = _parse_answer(d.pop("answer", UNSET))


        def _parse_answered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)



                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        answered_at = _parse_answered_at(d.pop("answered_at", UNSET))


        def _parse_exhibitor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exhibitor_name = _parse_exhibitor_name(d.pop("exhibitor_name", UNSET))


        wish_listed = cls(
            application_id=application_id,
            buyer_id=buyer_id,
            buyer_name=buyer_name,
            created_at=created_at,
            fair_id=fair_id,
            id=id,
            source=source,
            value=value,
            answer=answer,
            answered_at=answered_at,
            exhibitor_name=exhibitor_name,
        )


        wish_listed.additional_properties = d
        return wish_listed

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
