"""Bounded paging of every list in every service: `limit` and `offset` outside their bounds are a 422
naming the parameter, never a database error."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query

from shared.validation import MAX_OFFSET


def Limit(maximum: int) -> Any:  # noqa: N802 - used as a type: `limit: Limit(500) = 50`
    return Annotated[int, Query(ge=1, le=maximum, description=f"how many items, 1-{maximum}")]


Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"how many items to skip, 0-{MAX_OFFSET}")]


def page(items: list, limit: int, offset: int) -> list:
    """The slice of a list held in memory."""
    return items[offset:offset + limit]


RowId = Annotated[int, Path(ge=1, le=2**63 - 1, description="a positive 64-bit row number")]
