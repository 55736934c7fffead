from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_job_format import check_import_job_format
from ..models.import_job_format import ImportJobFormat
from ..models.import_job_kind import check_import_job_kind
from ..models.import_job_kind import ImportJobKind
from ..models.import_job_status import check_import_job_status
from ..models.import_job_status import ImportJobStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ImportJob")



@_attrs_define
class ImportJob:
    """ 
        Attributes:
            accepted (int): created + updated + unchanged
            actor (str):
            created (int):
            format_ (ImportJobFormat):
            id (str):
            kind (ImportJobKind):
            processed (int):
            rejected (int):
            rows_estimated (int):
            started_at (str): RFC 3339 with its UTC offset
            status (ImportJobStatus):
            unchanged (int):
            updated (int):
            error (None | str | Unset): why a failed or interrupted import stopped
            finished_at (None | str | Unset): RFC 3339 with its UTC offset; null while running
     """

    accepted: int
    actor: str
    created: int
    format_: ImportJobFormat
    id: str
    kind: ImportJobKind
    processed: int
    rejected: int
    rows_estimated: int
    started_at: str
    status: ImportJobStatus
    unchanged: int
    updated: int
    error: None | str | Unset = UNSET
    finished_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        actor = self.actor

        created = self.created

        format_: str = self.format_

        id = self.id

        kind: str = self.kind

        processed = self.processed

        rejected = self.rejected

        rows_estimated = self.rows_estimated

        started_at = self.started_at

        status: str = self.status

        unchanged = self.unchanged

        updated = self.updated

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepted": accepted,
            "actor": actor,
            "created": created,
            "format": format_,
            "id": id,
            "kind": kind,
            "processed": processed,
            "rejected": rejected,
            "rows_estimated": rows_estimated,
            "started_at": started_at,
            "status": status,
            "unchanged": unchanged,
            "updated": updated,
        })
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        actor = d.pop("actor")

        created = d.pop("created")

        format_ = check_import_job_format(d.pop("format"))




        id = d.pop("id")

        kind = check_import_job_kind(d.pop("kind"))




        processed = d.pop("processed")

        rejected = d.pop("rejected")

        rows_estimated = d.pop("rows_estimated")

        started_at = d.pop("started_at")

        status = check_import_job_status(d.pop("status"))




        unchanged = d.pop("unchanged")

        updated = d.pop("updated")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))


        def _parse_finished_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))


        import_job = cls(
            accepted=accepted,
            actor=actor,
            created=created,
            format_=format_,
            id=id,
            kind=kind,
            processed=processed,
            rejected=rejected,
            rows_estimated=rows_estimated,
            started_at=started_at,
            status=status,
            unchanged=unchanged,
            updated=updated,
            error=error,
            finished_at=finished_at,
        )


        import_job.additional_properties = d
        return import_job

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
