"""One way to page every list in every service: `limit` and `offset` in the query (bounded: outside the
bounds a 422 naming the parameter, never a database error), and the answer a `Page` envelope —
`items`, `total` (where it is cheap to count, else null), `limit`, `offset` and `next`, the public URL of the
next page or null on the last — with the same next page in an RFC 8288 `Link: <…>; rel="next"` header.

The gateway tells a service the public prefix of the path it forwards in `X-Forwarded-Prefix`, so `next`
and `Link` name the URL the client called (`/v1/registry/VN/products?…`), not the service's own."""
from __future__ import annotations

import re
from typing import Annotated, Any, Generic, TypeVar
from urllib.parse import urlencode

from fastapi import Path, Query, Request, Response
from pydantic import BaseModel, BeforeValidator, Field

from shared.validation import MAX_OFFSET, clean_code

T = TypeVar("T")
PREFIX_HEADER = "x-forwarded-prefix"
_SAFE_PREFIX = re.compile(r"^(/[A-Za-z0-9._~-]+)*$")


def Limit(maximum: int) -> Any:  # noqa: N802 - used as a type: `limit: Limit(500) = 50`
    return Annotated[int, Query(ge=1, le=maximum, description=f"how many items, 1-{maximum}")]


Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"how many items to skip, 0-{MAX_OFFSET}")]


class Page(BaseModel, Generic[T]):
    """A page of a list. Subclass it with the item type to name it: `class ProductPage(Page[ProductPublic])`."""
    items: list[T]
    total: int | None = Field(description="how many items the whole list has; null where counting is not cheap")
    limit: int = Field(description="the page size asked for")
    offset: int = Field(description="how many items came before this page")
    next: str | None = Field(description="the URL of the next page (also in the Link header); null on the last page")


def public_path(request: Request) -> str:
    """The path the client called at the gateway: the prefix it forwarded under, then the service's own path."""
    prefix = request.headers.get(PREFIX_HEADER, "")
    return (prefix if _SAFE_PREFIX.match(prefix) else "") + request.url.path


def next_url(request: Request, count: int, total: int | None, limit: int, offset: int) -> str | None:
    more = offset + count < total if total is not None else count >= limit
    if not more or count == 0:
        return None
    query = [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "limit")]
    query += [("limit", str(limit)), ("offset", str(offset + count))]
    return f"{public_path(request)}?{urlencode(query)}"


def paged(request: Request, response: Response, items: list, total: int | None, limit: int, offset: int,
          **extra: Any) -> dict[str, Any]:
    """The envelope of one page, with its `Link` header set on `response`."""
    nxt = next_url(request, len(items), total, limit, offset)
    if nxt:
        response.headers["Link"] = f'<{nxt}>; rel="next"'
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next": nxt, **extra}


LINK_HEADER = {"Link": {"description": 'RFC 8288: the next page, `<url>; rel="next"`, when there is one',
                        "schema": {"type": "string"}}}


def page(items: list, limit: int, offset: int) -> list:
    """The slice of a list held in memory."""
    return items[offset:offset + limit]


RowId = Annotated[int, Path(ge=1, le=2**63 - 1, description="a positive 64-bit row number")]
# A row of a table whose ids are 32-bit integers (the fairs'): a larger number is refused as a 422, never sent to
# the database to overflow there.
RowId32 = Annotated[int, Path(ge=1, le=2**31 - 1, description="a positive 32-bit row number")]
# Ids are printable ASCII (`VN-P-…`, `RFQ-…`); anything else is refused as a 422 naming the parameter.
Id = Annotated[str, BeforeValidator(lambda v: clean_code(v) if isinstance(v, str) else v),
               Path(min_length=1, max_length=100, pattern=r"^[!-~]+$", json_schema_extra={"pattern": r"^[!-~]+$"},
                    description="a record's id",
                    examples=["VN-P-0A1B2C3D4E5F60718293A4B5"])]
