"""Forwards a request to a backend service with bounded time: a backend that is down answers 503,
one that is too slow 504, never a hang."""
from __future__ import annotations

from urllib.parse import quote

import httpx
from starlette.requests import Request
from starlette.responses import Response

from shared.logging import request_id_var, traceparent_var
from shared.problems import problem_response

# Hop-by-hop headers (RFC 9110 §7.6.1) and those the gateway sets itself are not forwarded.
_DROP_REQUEST = {"host", "connection", "keep-alive", "transfer-encoding", "te", "upgrade", "proxy-authorization",
                 "content-length", "x-request-id", "traceparent"}
_DROP_RESPONSE = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-request-id"}


_PATH_SAFE = "/:@!$&'()*+,;=-._~"


class Proxy:
    def __init__(self, connect_timeout_s: float, timeout_s: float) -> None:
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
        )

    async def close(self) -> None:
        await self.client.aclose()

    async def forward(self, request: Request, base_url: str, path: str, extra_headers: dict[str, str] | None = None) -> Response:
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _DROP_REQUEST]
        headers.append(("x-request-id", request_id_var.get() or ""))
        if traceparent_var.get():
            headers.append(("traceparent", traceparent_var.get()))
        for k, v in (extra_headers or {}).items():
            headers = [(hk, hv) for hk, hv in headers if hk.lower() != k.lower()] + [(k, v)]
        body = await request.body()
        # The path arrives decoded; quote it again so that any character (even a control one) travels
        # to the backend as data, not as URL syntax.
        url = f"{base_url}/{quote(path.lstrip('/'), safe=_PATH_SAFE)}"
        try:
            upstream = await self.client.request(request.method, url, params=request.query_params.multi_items(),
                                                 headers=headers, content=body)
        except httpx.TimeoutException:
            return problem_response(504, "Gateway Timeout", "the backend service did not answer in time",
                                    str(request.url.path))
        except httpx.TransportError:
            return problem_response(503, "Service Unavailable", "the backend service is not reachable",
                                    str(request.url.path), headers={"Retry-After": "5"})
        out_headers = {k: v for k, v in upstream.headers.items() if k.lower() not in _DROP_RESPONSE}
        return Response(content=upstream.content, status_code=upstream.status_code, headers=out_headers)
