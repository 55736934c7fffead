"""Sends one signed delivery over HTTP, the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
`webhook-signature: v1,<base64 HMAC-SHA256>`), after checking where the URL leads."""
from __future__ import annotations

import asyncio
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import httpx
from standardwebhooks import Webhook

from services.webhooks.domain.urls import UnsafeUrl, check_addresses, check_url_shape

USER_AGENT = "OVOP-Network-Webhooks/1"


@dataclass(frozen=True)
class Outcome:
    status: int | None
    error: str | None
    duration_ms: int


async def resolve(host: str) -> list[str]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return []
    return sorted({info[4][0] for info in infos})


async def check_url(url: str, allow_loopback: bool) -> None:
    """Raises UnsafeUrl for a URL a delivery may not go to, now."""
    host = check_url_shape(url, allow_loopback)
    check_addresses(await resolve(host), allow_loopback)


def signed_headers(secrets: list[str], msg_id: str, at: datetime, body: str) -> dict[str, str]:
    """One `v1,` signature per secret (the current one first), space-separated: any one of them verifies."""
    return {"webhook-id": msg_id, "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": " ".join(Webhook(secret).sign(msg_id, at, body) for secret in secrets)}


class Sender:
    def __init__(self, timeout_s: float, allow_loopback: bool) -> None:
        self.allow_loopback = allow_loopback
        self._client = httpx.AsyncClient(timeout=timeout_s, follow_redirects=False,
                                         headers={"user-agent": USER_AGENT}, trust_env=False)

    async def close(self) -> None:
        await self._client.aclose()

    async def send(self, url: str, secrets: list[str], msg_id: str, at: datetime, body: str) -> Outcome:
        started = time.monotonic()

        def took() -> int:
            return int((time.monotonic() - started) * 1000)

        try:
            await check_url(url, self.allow_loopback)
        except UnsafeUrl as exc:
            return Outcome(None, f"refused: the URL {exc}", took())
        headers = {"content-type": "application/json", **signed_headers(secrets, msg_id, at, body)}
        try:
            response = await self._client.post(url, content=body.encode(), headers=headers)
        except httpx.TimeoutException:
            return Outcome(None, "timed out", took())
        except httpx.HTTPError as exc:
            return Outcome(None, f"{type(exc).__name__}: {str(exc)[:200] or 'connection failed'}", took())
        host = urlsplit(url).hostname
        error = None if 200 <= response.status_code < 300 else f"{host} answered {response.status_code}"
        return Outcome(response.status_code, error, took())
