"""Optimistic concurrency for every resource that changes: its answer carries `ETag: W/"<version>"`, and a
change needs `If-Match` with that ETag — 428 without it, 412 (with the current ETag) when the resource has
moved on since, so that two clients never overwrite each other's change unseen (RFC 9110 §13.1.1, RFC 6585)."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import Header

from shared.problems import Problem, problem_type

IF_MATCH_PATTERN = r'^(W/)?"[0-9]{1,18}"$'
_IF_MATCH = re.compile(IF_MATCH_PATTERN)

IfMatch = Annotated[str | None, Header(
    alias="If-Match", pattern=IF_MATCH_PATTERN, examples=['W/"3"'],
    description='the ETag of the version the change is based on, as the last answer gave it (W/"3"); required')]


def etag(version: int) -> str:
    return f'W/"{version}"'


class StaleVersion(Exception):
    """The resource is no longer at the version the change was based on (answered 412 with its current ETag)."""

    def __init__(self, what: str, current: int) -> None:
        super().__init__(f"{what} is at version {current}, not the one If-Match names; read it again")
        self.current = current


def version_named(if_match: str | None) -> int | None:
    """The version `If-Match` names, None without one (for a service that answers 404 or 403 before 428)."""
    if if_match is None:
        return None
    if not _IF_MATCH.match(if_match.strip()):
        raise Problem.invalid("If-Match", 'must be an ETag this API answered, e.g. W/"3"')
    return int(if_match.strip().removeprefix("W/").strip('"'))


def expected_version(if_match: str | None) -> int:
    """The version `If-Match` names: a 428 problem without one (a malformed one is refused by its pattern)."""
    version = version_named(if_match)
    if version is None:
        raise Problem(428, "send If-Match with the ETag of the version your change is based on",
                      type_=problem_type("precondition-required"))
    return version


def check_version(what: str, current: int, expected: int) -> None:
    if current != expected:
        raise StaleVersion(what, current)


PRECONDITION_ERRORS = {
    412: {"description": "If-Match names a version that is no longer current; the answer's ETag is the current one",
          "content": {"application/problem+json": {}}},
    428: {"description": "If-Match is required", "content": {"application/problem+json": {}}},
}
ETAG_HEADER = {"ETag": {"description": 'the version of the resource, W/"<version>"; send it back in If-Match',
                        "schema": {"type": "string"}}}
