"""The Python SDK (clients/python, package `ovop_client`) against the running network, through the gateway:
every operation of the merged OpenAPI called through it, on the authorisation matrix's worlds; its tokens,
retries, Idempotency-Key and paging."""
from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
import threading
import time
import typing
import uuid

import httpx
import pytest
from aiohttp import web

import ovop_client.generated.api as generated_api
from ovop_client import ApiError, AsyncOvopClient, OvopClient
from ovop_client.generated.api.products import list_products
from ovop_client.generated.api.producers import create_producer
from ovop_client.generated.models import ProducerCreate
from tests.e2e.test_authorisation import EXPECTED, ROLES, request, worlds  # noqa: F401  (the worlds fixture)
from tests.support.factories import producer_body

# operationIds the SDK was seen calling in this module, filled by the tests above the coverage test.
CALLED: set[str] = set()
UNTYPED: list[str] = []
# Operations the generator cannot make (a text/csv or JSON Lines body), done by the SDK's own layer.
HAND_WRITTEN = {"start_product_import": "products", "start_producer_import": "producers"}


def operation_modules() -> dict[str, object]:
    found = {}
    for tag in pkgutil.iter_modules(generated_api.__path__):
        package = importlib.import_module(f"{generated_api.__name__}.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            found[op.name] = f"{package.__name__}.{op.name}"
    return found


def snake(operation_id: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).replace("-", "_").lower()


def role_for(op: str) -> str:
    """The matrix's first role that gets past every check on its own resource (else the first not refused)."""
    own = {role: EXPECTED[op][role][0] for role in ROLES}
    return next((r for r in ROLES if own[r] < 300), None) or next(
        (r for r in ROLES if own[r] not in (401, 403)), "none")


def path_values(template: str, path: str) -> dict[str, str]:
    pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
    return re.match(pattern, path.split("?")[0]).groupdict()


def body_model(fn) -> type | None:
    hints = typing.get_type_hints(fn)
    for candidate in typing.get_args(hints.get("body")) or (hints.get("body"),):
        if hasattr(candidate, "from_dict"):
            return candidate
    return None


@pytest.fixture(scope="module")
def spec(worlds):  # noqa: F811
    return httpx.get(worlds.gateway + "/openapi.json", timeout=30).json()


def sdk_as(worlds, role: str) -> OvopClient:  # noqa: F811
    if role == "none":
        return OvopClient(worlds.gateway, max_retries=0)
    token = worlds.headers(role)["Authorization"].removeprefix("Bearer ")
    return OvopClient(worlds.gateway, access_token=token, max_retries=0)


def test_every_operation_of_the_spec_answers_through_the_sdk_as_the_matrix_says(worlds, spec):  # noqa: F811
    modules = operation_modules()
    wrong = []
    for op in EXPECTED:
        method, template = op.split(" ", 1)
        operation = spec["paths"][template][method.lower()]
        op_id = operation["operationId"]
        role = role_for(op)
        want = EXPECTED[op][role][0]
        target, args = request(op, role, worlds.a, worlds)
        params = path_values(template, target.split(" ", 1)[1])
        with sdk_as(worlds, role) as sdk:
            if snake(op_id) in HAND_WRITTEN:
                try:
                    report = sdk.start_import(params["country"], HAND_WRITTEN[snake(op_id)], args["content"],
                                              content_type=args["headers"]["Content-Type"])
                    status = 202 if report["status"] in ("queued", "running") else 200
                    status = want if status in (200, 202) and want in (200, 202) else status
                except ApiError as exc:
                    status = exc.status
                CALLED.add(snake(op_id))
                if status != want:
                    wrong.append(f"{op} as {role}: {status}, expected {want}")
                continue
            if snake(op_id) not in modules:
                wrong.append(f"{op} ({op_id}): the generated client has no module for it")
                continue
            module = importlib.import_module(modules[snake(op_id)])
            kwargs = {re.sub(r"\W", "_", k): v for k, v in params.items()}
            kwargs |= {re.sub(r"\W", "_", k): v for k, v in args.get("params", {}).items()}
            kwargs |= {k.lower().replace("-", "_"): v for k, v in args.get("headers", {}).items()
                       if k.lower() != "content-type"}  # If-Match and the like are the operation's parameters
            required = [n for n, prm in inspect.signature(module.sync_detailed).parameters.items()
                        if prm.default is inspect.Parameter.empty and n not in kwargs and n not in ("client", "body")]
            if "if_match" in required:
                # The SDK cannot leave out a header the spec requires: a stale version instead of none, which the
                # owner is refused as 412 (past every ownership check) where the matrix's bare call gets 428.
                kwargs["if_match"] = 'W/"999"'
                want = 412 if want == 428 else want
            payload = args.get("json", args.get("data"))
            if payload is not None:
                model = body_model(module.sync_detailed)
                kwargs["body"] = model.from_dict(payload) if model else payload
            response = module.sync_detailed(client=sdk.client, **kwargs)
            CALLED.add(snake(op_id))
            if response.status_code != want:
                wrong.append(f"{op} as {role}: {response.status_code}, expected {want}: {response.content[:200]!r}")
            elif 200 <= want < 300 and want != 204 and response.headers.get("content-type", "").startswith(
                    "application/json") and response.parsed is None:
                UNTYPED.append(f"{op} ({op_id})")
    assert not wrong, "\n".join(wrong)


def test_every_json_answer_the_sdk_gets_is_parsed_into_a_model():
    assert UNTYPED == [], "operations whose 2xx answer the generated client cannot parse (untyped in the spec)"


def test_the_sdk_tests_call_every_operation_of_the_spec(spec):
    documented = {snake(op["operationId"]) for item in spec["paths"].values() for m, op in item.items()
                  if m in ("get", "post", "put", "patch", "delete")}
    assert sorted(documented - CALLED) == [], "operations of the spec the SDK tests never call"


def test_the_sdk_gets_a_token_with_its_client_credentials_and_renews_it_before_it_expires(worlds):  # noqa: F811
    creds = worlds.net.create_client("registry_admin", name="sdk admin", country="VN")
    with OvopClient(worlds.gateway, client_id=creds["client_id"], client_secret=creds["client_secret"]) as sdk:
        made = create_producer.sync(client=sdk.client, country="VN", body=ProducerCreate.from_dict(
            producer_body(name_en=f"SDK Cooperative {uuid.uuid4().hex[:6]}")))
        assert made.id.startswith("VN-M-")
        first_expiry = sdk.auth.expires_at
        sdk.auth.expires_at = time.time() + 30  # within the renewal margin (60 s): the next call renews it first
        again = list_products.sync(client=sdk.client, country="VN", limit=1)
        assert again.total >= 1 and sdk.auth.expires_at > time.time() + 3000 and sdk.auth.expires_at >= first_expiry
        sdk.auth.token = "forged.token.value"  # a token the gateway refuses: one fresh token, one more try
        assert create_producer.sync_detailed(client=sdk.client, country="VN", body=ProducerCreate.from_dict(
            producer_body())).status_code == 201


def test_paging_iterates_every_item_once(worlds):  # noqa: F811
    with OvopClient(worlds.gateway) as sdk:
        total = list_products.sync(client=sdk.client, country="VN", limit=1).total
        ids = [p.id for p in sdk.paginate(list_products.sync, page_size=2, country="VN")]
    assert len(ids) == total == len(set(ids)) and total >= 2


class Flaky:
    """A real HTTP server that answers 429 (Retry-After: 1) then 503 (no Retry-After) before 201, and records
    what it was sent."""

    def __init__(self) -> None:
        self.seen: list[tuple[float, dict]] = []
        self.answers = [429, 503, 201]
        self.ready = threading.Event()

    def run(self) -> None:
        async def handle(request: web.Request):
            self.seen.append((time.monotonic(), {k.lower(): v for k, v in request.headers.items()}))
            status = self.answers.pop(0) if self.answers else 201
            headers = {"Retry-After": "1"} if status == 429 else {}
            body = {"id": "VN-M-1"} if status == 201 else {"type": "about:blank", "title": "busy", "status": status,
                                                            "detail": "busy"}
            return web.json_response(body, status=status, headers=headers)

        async def main():
            app = web.Application()
            app.router.add_route("*", "/{tail:.*}", handle)
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
            self.stop = asyncio.Event()
            self.ready.set()
            await self.stop.wait()
            await runner.cleanup()

        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(main())


@pytest.fixture
def flaky():
    server = Flaky()
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    server.ready.wait(10)
    yield server
    server.loop.call_soon_threadsafe(server.stop.set)
    thread.join(10)


def test_a_create_is_retried_on_429_and_503_honouring_retry_after_with_one_idempotency_key(flaky):
    with OvopClient(flaky.url, access_token="t", backoff_base_s=0.2) as sdk:
        started = time.monotonic()
        # The transport under the generated operations is what retries: called here straight.
        response = sdk.http.post("/v1/registry/VN/producers", json=producer_body())
    assert response.status_code == 201 and response.json() == {"id": "VN-M-1"}
    times = [t for t, _ in flaky.seen]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.95  # Retry-After: 1
    assert 0.09 <= times[2] - times[1] < 1  # back-off from 0.2 s with jitter
    keys = {h["idempotency-key"] for _, h in flaky.seen}
    assert len(keys) == 1 and uuid.UUID(keys.pop())
    assert time.monotonic() - started < 5


def test_a_read_is_retried_but_the_retries_end(flaky):
    flaky.answers = [503] * 10
    with OvopClient(flaky.url, max_retries=2, backoff_base_s=0.05) as sdk:
        response = sdk.http.get("/v1/registry/VN/products")
    assert response.status_code == 503 and len(flaky.seen) == 3
    assert all("idempotency-key" not in h for _, h in flaky.seen)


async def test_the_async_client_pages_and_imports(worlds):  # noqa: F811
    headers = worlds.headers("registry_admin")
    async with AsyncOvopClient(worlds.gateway, access_token=headers["Authorization"].removeprefix("Bearer ")) as sdk:
        report = await sdk.start_import("VN", "producers", "external_ref,name_local,name_en,type,province\n"
                                        "sdk-1,Hợp tác xã SDK,SDK Cooperative,cooperative,Kiên Giang\n", wait=True)
        assert report["status"] == "done" and report["accepted"] == 1, report
        with pytest.raises(ApiError) as refused:
            await sdk.start_import("KH", "producers", "external_ref\n", wait=True)
        assert refused.value.status == 403
        ids = [p.id async for p in sdk.paginate(list_products.asyncio, page_size=3, country="VN")]
        assert len(ids) == len(set(ids)) >= 2


def test_the_committed_clients_were_generated_from_the_running_spec(spec):
    import json
    from pathlib import Path

    committed = json.loads((Path(__file__).resolve().parents[2] / "clients/openapi.json").read_text())
    assert committed == spec, ("the spec changed since the clients were generated: run "
                               "`python clients/generate.py --url <gateway>/openapi.json` and commit the result")
