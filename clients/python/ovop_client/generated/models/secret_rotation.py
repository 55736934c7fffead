from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="SecretRotation")



@_attrs_define
class SecretRotation:
    """ 
        Attributes:
            keep_previous_s (int | Unset): how long the current secret keeps signing beside the new one, in seconds (a day
                by default, a week at most), so the subscriber can switch over without a failed verification; 0 stops it at once
                (a leaked secret) Default: 86400.
     """

    keep_previous_s: int | Unset = 86400





    def to_dict(self) -> dict[str, Any]:
        keep_previous_s = self.keep_previous_s


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if keep_previous_s is not UNSET:
            field_dict["keep_previous_s"] = keep_previous_s

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_previous_s = d.pop("keep_previous_s", UNSET)

        secret_rotation = cls(
            keep_previous_s=keep_previous_s,
        )

        return secret_rotation

