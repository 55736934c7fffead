from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.problem_details_type import check_problem_details_type
from ..models.problem_details_type import ProblemDetailsType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.problem_details_errors_item import ProblemDetailsErrorsItem





T = TypeVar("T", bound="ProblemDetails")



@_attrs_define
class ProblemDetails:
    """ RFC 9457 problem details: every error of every operation. `type` resolves to a page describing the problem (`GET
    /v1/problems/{name}`); a 422 names each broken field in `errors`.

        Attributes:
            detail (str): what went wrong, for a person
            status (int):
            title (str):
            type_ (ProblemDetailsType): resolves to the problem's page
            errors (list[ProblemDetailsErrorsItem] | Unset): each field refused and why (always on a 422)
            instance (str | Unset): the public path of the request (`/v1/...`)
     """

    detail: str
    status: int
    title: str
    type_: ProblemDetailsType
    errors: list[ProblemDetailsErrorsItem] | Unset = UNSET
    instance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_details_errors_item import ProblemDetailsErrorsItem # noqa: PLC0415
        detail = self.detail

        status = self.status

        title = self.title

        type_: str = self.type_

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        instance = self.instance


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "detail": detail,
            "status": status,
            "title": title,
            "type": type_,
        })
        if errors is not UNSET:
            field_dict["errors"] = errors
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_details_errors_item import ProblemDetailsErrorsItem # noqa: PLC0415
        d = dict(src_dict)
        detail = d.pop("detail")

        status = d.pop("status")

        title = d.pop("title")

        type_ = check_problem_details_type(d.pop("type"))




        _errors = d.pop("errors", UNSET)
        errors: list[ProblemDetailsErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ProblemDetailsErrorsItem.from_dict(errors_item_data)



                errors.append(errors_item)


        instance = d.pop("instance", UNSET)

        problem_details = cls(
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            errors=errors,
            instance=instance,
        )


        problem_details.additional_properties = d
        return problem_details

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
