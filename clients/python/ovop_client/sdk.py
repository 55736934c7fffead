"""The hand-written layer over the generated client: tokens, retries, Idempotency-Key, paging, imports."""
from __future__ import annotations

import asyncio
import base64
import email.utils
import random
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

import httpx

from ovop_client.generated.client import AuthenticatedClient

TOKEN_PATH = "/v1/oauth/token"
RETRY_STATUSES = {429, 503}


class ApiError(Exception):
    """An answer the caller asked to be raised: the status and the RFC 9457 problem document."""

    def __init__(self, status: int, problem: dict | None) -> None:
        self.status, self.problem = status, problem or {}
        super().__init__(f"{status}: {self.problem.get('detail') or self.problem.get('title') or 'error'}")


class ClientCredentials(httpx.Auth):
    """OAuth2 client credentials (client_secret_basic): a token fetched on first use and again `margin_s`
    before it expires, or at once after a 401. The token request is one more request of the same flow, so
    this works for the sync and the async client alike."""

    requires_response_body = True

    def __init__(self, client_id: str, client_secret: str, margin_s: float = 60) -> None:
        self.client_id, self.client_secret, self.margin_s = client_id, client_secret, margin_s
        self.token: str | None = None
        self.expires_at = 0.0

    def _stale(self) -> bool:
        return self.token is None or time.time() >= self.expires_at - self.margin_s

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        url = request.url.copy_with(path=TOKEN_PATH, query=None)
        basic = base64.b64encode(f"{quote(self.client_id, safe='')}:{quote(self.client_secret, safe='')}".encode())
        return httpx.Request("POST", url, content=b"grant_type=client_credentials",
                             headers={"content-type": "application/x-www-form-urlencoded", "accept": "application/json",
                                      "authorization": f"Basic {basic.decode()}"})

    def _take(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            raise ApiError(response.status_code, _problem(response))
        body = response.json()
        self.token = body["access_token"]
        self.expires_at = time.time() + float(body.get("expires_in", 3600))

    def auth_flow(self, request: httpx.Request):
        if self._stale():
            self._take((yield self._token_request(request)))
        request.headers["authorization"] = f"Bearer {self.token}"
        response = yield request
        if response.status_code == 401:  # revoked or expired early: one fresh token, one more try
            self._take((yield self._token_request(request)))
            request.headers["authorization"] = f"Bearer {self.token}"
            yield request


class StaticToken(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request):
        request.headers["authorization"] = f"Bearer {self.token}"
        yield request


def _problem(response: httpx.Response) -> dict | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def retry_after(response: httpx.Response, attempt: int, base_s: float, cap_s: float) -> float:
    """Seconds to wait before the next try: the server's Retry-After (seconds or an HTTP date) when it gives
    one, otherwise exponential back-off with jitter."""
    value = response.headers.get("retry-after")
    if value:
        if value.strip().isdigit():
            return min(cap_s, float(value))
        try:
            when = email.utils.parsedate_to_datetime(value)
            return min(cap_s, max(0.0, (when - datetime.now(timezone.utc)).total_seconds()))
        except (TypeError, ValueError):
            pass
    return min(cap_s, base_s * 2 ** attempt) * random.uniform(0.5, 1.0)


def _prepare(request: httpx.Request) -> None:
    # Every create carries a key, so the retries below (and the caller's own) can never make two.
    if request.method == "POST" and request.url.path != TOKEN_PATH and "idempotency-key" not in request.headers:
        request.headers["idempotency-key"] = str(uuid.uuid4())


def _retryable(request: httpx.Request, response: httpx.Response) -> bool:
    if response.status_code not in RETRY_STATUSES:
        return False
    return request.method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS") or "idempotency-key" in request.headers


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, max_retries: int, base_s: float, cap_s: float) -> None:
        self.inner, self.max_retries, self.base_s, self.cap_s = inner, max_retries, base_s, cap_s

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        for attempt in range(self.max_retries + 1):
            response = self.inner.handle_request(request)
            if attempt == self.max_retries or not _retryable(request, response):
                return response
            response.read()
            response.close()
            time.sleep(retry_after(response, attempt, self.base_s, self.cap_s))
        return response  # pragma: no cover

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, max_retries: int, base_s: float, cap_s: float) -> None:
        self.inner, self.max_retries, self.base_s, self.cap_s = inner, max_retries, base_s, cap_s

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        for attempt in range(self.max_retries + 1):
            response = await self.inner.handle_async_request(request)
            if attempt == self.max_retries or not _retryable(request, response):
                return response
            await response.aread()
            await response.aclose()
            await asyncio.sleep(retry_after(response, attempt, self.base_s, self.cap_s))
        return response  # pragma: no cover

    async def aclose(self) -> None:
        await self.inner.aclose()


def _items(page: Any) -> tuple[list, int | None, str | None]:
    """A page's items, its total and the cursor of the next page, whichever the list uses."""
    if isinstance(page, list):
        return page, None, None
    as_dict = page if isinstance(page, dict) else None
    get = (lambda k: as_dict.get(k)) if as_dict is not None else (lambda k: getattr(page, k, None))
    items = get("items")
    if items is None:
        raise TypeError(f"{type(page).__name__} is not a page of items")
    total = get("total")
    cursor = get("next_cursor") or get("cursor")
    return list(items), total if isinstance(total, int) else None, cursor if isinstance(cursor, str) else None


class _Base:
    def __init__(self, base_url: str, *, client_id: str | None, client_secret: str | None, access_token: str | None,
                 timeout_s: float, max_retries: int, backoff_base_s: float, backoff_cap_s: float) -> None:
        if access_token:
            self.auth: httpx.Auth | None = StaticToken(access_token)
        elif client_id and client_secret:
            self.auth = ClientCredentials(client_id, client_secret)
        else:
            self.auth = None  # public reads only
        self.base_url = base_url.rstrip("/")
        self.timeout = httpx.Timeout(timeout_s)
        self.retry = dict(max_retries=max_retries, base_s=backoff_base_s, cap_s=backoff_cap_s)
        self.client = AuthenticatedClient(base_url=self.base_url, token="")


class OvopClient(_Base):
    """Synchronous. `client` is what every generated operation takes: `op.sync(client=ovop.client, …)`."""

    def __init__(self, base_url: str, *, client_id: str | None = None, client_secret: str | None = None,
                 access_token: str | None = None, timeout_s: float = 30, max_retries: int = 4,
                 backoff_base_s: float = 0.5, backoff_cap_s: float = 30) -> None:
        super().__init__(base_url, client_id=client_id, client_secret=client_secret, access_token=access_token,
                         timeout_s=timeout_s, max_retries=max_retries, backoff_base_s=backoff_base_s,
                         backoff_cap_s=backoff_cap_s)
        self.http = httpx.Client(base_url=self.base_url, timeout=self.timeout, auth=self.auth,
                                 transport=RetryTransport(httpx.HTTPTransport(), **self.retry))
        self.client.set_httpx_client(self.http)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "OvopClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def paginate(self, operation: Callable[..., Any], *, page_size: int = 100, **kwargs) -> Iterator[Any]:
        """Every item of a paged list, page after page: `ovop.paginate(list_products.sync, country="VN")`."""
        offset, cursor = 0, None
        while True:
            args = dict(kwargs, limit=page_size) | ({"cursor": cursor} if cursor else {"offset": offset})
            page = operation(client=self.client, **args)
            if page is None:
                return
            items, total, cursor = _items(page)
            yield from items
            offset += len(items)
            if not items or (cursor is None and (total is None or offset >= total)):
                return

    def start_import(self, country: str, kind: str, body: bytes | str, *, content_type: str = "text/csv",
                     wait: bool = False, idempotency_key: str | None = None) -> dict:
        """A bulk import of `products` or `producers` from CSV (`text/csv`) or JSON Lines
        (`application/x-ndjson`): the import's report (202 while it runs, 200 with wait=True)."""
        headers = {"content-type": content_type} | ({"idempotency-key": idempotency_key} if idempotency_key else {})
        r = self.http.post(f"/v1/registry/{country}/imports/{kind}", params={"wait": str(wait).lower()},
                           content=body.encode() if isinstance(body, str) else body, headers=headers)
        if r.status_code not in (200, 202):
            raise ApiError(r.status_code, _problem(r))
        return r.json()


class AsyncOvopClient(_Base):
    """The same for asyncio: `await op.asyncio(client=ovop.client, …)`."""

    def __init__(self, base_url: str, *, client_id: str | None = None, client_secret: str | None = None,
                 access_token: str | None = None, timeout_s: float = 30, max_retries: int = 4,
                 backoff_base_s: float = 0.5, backoff_cap_s: float = 30) -> None:
        super().__init__(base_url, client_id=client_id, client_secret=client_secret, access_token=access_token,
                         timeout_s=timeout_s, max_retries=max_retries, backoff_base_s=backoff_base_s,
                         backoff_cap_s=backoff_cap_s)
        self.http = httpx.AsyncClient(base_url=self.base_url, timeout=self.timeout, auth=self.auth,
                                      transport=AsyncRetryTransport(httpx.AsyncHTTPTransport(), **self.retry))
        self.client.set_async_httpx_client(self.http)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> "AsyncOvopClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def paginate(self, operation: Callable[..., Any], *, page_size: int = 100, **kwargs) -> AsyncIterator[Any]:
        offset, cursor = 0, None
        while True:
            args = dict(kwargs, limit=page_size) | ({"cursor": cursor} if cursor else {"offset": offset})
            page = await operation(client=self.client, **args)
            if page is None:
                return
            items, total, cursor = _items(page)
            for item in items:
                yield item
            offset += len(items)
            if not items or (cursor is None and (total is None or offset >= total)):
                return

    async def start_import(self, country: str, kind: str, body: bytes | str, *, content_type: str = "text/csv",
                           wait: bool = False, idempotency_key: str | None = None) -> dict:
        headers = {"content-type": content_type} | ({"idempotency-key": idempotency_key} if idempotency_key else {})
        r = await self.http.post(f"/v1/registry/{country}/imports/{kind}", params={"wait": str(wait).lower()},
                                 content=body.encode() if isinstance(body, str) else body, headers=headers)
        if r.status_code not in (200, 202):
            raise ApiError(r.status_code, _problem(r))
        return r.json()
