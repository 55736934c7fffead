"""Property-based API testing generated from the gateway's merged OpenAPI document (schemathesis):
no 5xx anywhere, every response matches its documented status, content type and schema, and input the
document says is invalid (schemathesis' negative cases: wrong types, out-of-range numbers, patterns broken,
unknown fields) is refused with a 4xx rather than accepted. One run per role that writes somewhere."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
async def fuzz_gateway(network):
    gw = network.add_gateway("gateway-fuzz", RATE_LIMIT_PER_S="100000", RATE_LIMIT_BURST="100000")
    await network.start("gateway-fuzz")
    return gw


@pytest.mark.parametrize("role,country", [("registry_admin", "VN"), ("buyer", None), ("fair_organiser", None)])
async def test_generated_requests_get_no_5xx_and_responses_match_the_document(network, fuzz_gateway, role, country):
    st = Path(sys.executable).with_name("schemathesis")
    token = network.token(role, country, client_id=f"fuzz-{role}")
    result = subprocess.run(
        [str(st), "run", f"{fuzz_gateway.url}/openapi.json", "--url", fuzz_gateway.url,
         "-H", f"Authorization: Bearer {token}", "--max-examples", "15", "--generation-deterministic",
         "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,"
         "negative_data_rejection",
         "--phases", "examples,coverage,fuzzing", "--no-color"],
        capture_output=True, text=True, timeout=900)
    summary = result.stdout[-6000:]
    generated = re.search(r"(\d+) generated", result.stdout)
    print(f"schemathesis as {role}: {generated.group(1) if generated else '?'} requests generated")
    assert generated and int(generated.group(1)) > 100, summary
    assert result.returncode == 0, summary
