from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.row_error import RowError





T = TypeVar("T", bound="ImportRejection")



@_attrs_define
class ImportRejection:
    """ 
        Attributes:
            errors (list[RowError]):
            external_ref (None | str):
            line (int | None): the line of the file where the row starts
            row (int): the row's number among the file's data rows, from 1
     """

    errors: list[RowError]
    external_ref: None | str
    line: int | None
    row: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.row_error import RowError # noqa: PLC0415
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)



        external_ref: None | str
        external_ref = self.external_ref

        line: int | None
        line = self.line

        row = self.row


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "errors": errors,
            "external_ref": external_ref,
            "line": line,
            "row": row,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_error import RowError # noqa: PLC0415
        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in (_errors):
            errors_item = RowError.from_dict(errors_item_data)



            errors.append(errors_item)


        def _parse_external_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_ref = _parse_external_ref(d.pop("external_ref"))


        def _parse_line(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        line = _parse_line(d.pop("line"))


        row = d.pop("row")

        import_rejection = cls(
            errors=errors,
            external_ref=external_ref,
            line=line,
            row=row,
        )


        import_rejection.additional_properties = d
        return import_rejection

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
