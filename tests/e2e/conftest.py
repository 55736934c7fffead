from __future__ import annotations

import pytest

from tests.support.network import Network


@pytest.fixture(scope="module")
async def network(kafka_bootstrap, new_database, tmp_path_factory):
    """Registry nodes VN and KH, matching, events and the gateway, as real processes on PostgreSQL."""
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", await new_database("reg_kh"), NODE_COUNTRY="KH")
    net.add("matching", "matching", await new_database("matching"), SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("index")))
    net.add("events", "events", await new_database("events"))
    net.add_gateway()
    try:
        await net.start()
        yield net
    finally:
        net.stop()
