"""The gateway's public API, as the web app calls it: with the signed-in person's token (or none, for the
public catalogue). Nothing here knows a backend service; every call is one an integrator could make."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class Answer:
    status: int
    body: Any
    headers: httpx.Headers

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def problem(self) -> str:
        """The problem document's detail, for showing a person what went wrong."""
        if isinstance(self.body, dict):
            errors = self.body.get("errors") or []
            if errors:
                return "; ".join(f"{e.get('field')}: {e.get('reason')}" for e in errors)
            return str(self.body.get("detail") or self.body.get("title") or self.status)
        return str(self.status)


class Gateway:
    def __init__(self, base_url: str, timeout_s: float) -> None:
        self.client = httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=timeout_s)

    async def close(self) -> None:
        await self.client.aclose()

    async def call(self, method: str, path: str, token: str | None = None, *, headers: dict | None = None,
                   **kwargs) -> Answer:
        h = dict(headers or {})
        if token:
            h["Authorization"] = f"Bearer {token}"
        r = await self.client.request(method, path, headers=h, **kwargs)
        ctype = r.headers.get("content-type", "")
        body: Any = r.json() if "json" in ctype and r.content else r.content
        return Answer(r.status_code, body, r.headers)

    async def get(self, path: str, token: str | None = None, **kwargs) -> Answer:
        return await self.call("GET", path, token, **kwargs)

    async def post(self, path: str, token: str | None = None, **kwargs) -> Answer:
        return await self.call("POST", path, token, **kwargs)
