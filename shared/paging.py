"""Bounded paging of every list in every service, and path parameters that reach a database: `limit`,
`offset`, ids outside their bounds (or with control characters, which PostgreSQL refuses in text) are a 422
naming the parameter, never a database error."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import BeforeValidator

from shared.validation import MAX_OFFSET, clean_code


def Limit(maximum: int) -> Any:  # noqa: N802 - used as a type: `limit: Limit(500) = 50`
    return Annotated[int, Query(ge=1, le=maximum, description=f"how many items, 1-{maximum}")]


Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"how many items to skip, 0-{MAX_OFFSET}")]


def page(items: list, limit: int, offset: int) -> list:
    """The slice of a list held in memory."""
    return items[offset:offset + limit]


RowId = Annotated[int, Path(ge=1, le=2**63 - 1, description="a positive 64-bit row number")]
Id = Annotated[str, BeforeValidator(lambda v: clean_code(v) if isinstance(v, str) else v),
               Path(min_length=1, max_length=100, description="a record's id")]
