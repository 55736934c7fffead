from __future__ import annotations

import httpx
import pytest

from tests.support.network import Network


@pytest.fixture(scope="module")
async def network(kafka_bootstrap, new_database, tmp_path_factory):
    """Registry nodes VN and KH, matching, events, trade and the gateway, as real processes on PostgreSQL."""
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", await new_database("reg_kh"), NODE_COUNTRY="KH")
    net.add("matching", "matching", await new_database("matching"), SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("index")))
    net.add("events", "events", await new_database("events"))
    net.add("trade", "trade", await new_database("trade"))
    net.add_gateway()
    try:
        await net.start()
        yield net
    finally:
        net.stop()


@pytest.fixture(scope="module")
async def events_service(kafka_bootstrap, new_database, tmp_path_factory):
    """The events service, as a real process on its own PostgreSQL database (its sweeper runs every 0.3 s), and
    a gateway in front of it (`events_service.gateway`)."""
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    events = net.add("events", "events", await new_database("fairs"), SWEEP_INTERVAL_S="0.3")
    events.gateway = net.add_gateway()
    events.network = net
    try:
        await net.start("events")
        # Without registry nodes and matching the gateway is alive but never "ready": wait for /healthz.
        events.gateway.start(net.log_dir)
        await eventually_up(events.gateway.url + "/healthz")
        yield events
    finally:
        net.stop()


@pytest.fixture
async def vn_admin(network):
    """The e2e network's gateway, as Viet Nam's registry admin."""
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=60,
                                 headers=network.auth("registry_admin", "VN")) as client:
        yield client


@pytest.fixture
async def client(events_service):
    """Straight to the events service, as the fair's organiser."""
    async with httpx.AsyncClient(base_url=events_service.url, timeout=60, headers=events_service.network.auth("fair_organiser"),
                                 limits=httpx.Limits(max_connections=250)) as c:
        yield c


async def eventually_up(url: str, timeout_s: float = 60) -> None:
    import asyncio
    import time

    deadline = time.monotonic() + timeout_s
    async with httpx.AsyncClient(timeout=2) as client:
        while time.monotonic() < deadline:
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise TimeoutError(f"{url} did not answer in {timeout_s}s")
