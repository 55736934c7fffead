"""Property-based API testing generated from the gateway's merged OpenAPI document (schemathesis) with every
check switched on (its default): no 5xx, every status, content type, header and body as documented, input
the document refuses is refused and input it admits is accepted, Allow on every 405 and 405 for every
undeclared method, a required header's absence refused. deploy/openapi/schemathesis.toml holds the few
documented exceptions; tests/support/schemathesis_hooks.py sends the imports' files, and maps generated
positive bodies onto ones that keep the rules JSON Schema cannot state (between two values, relative to now,
about what the server holds). One run per role that writes somewhere, bounded by --max-examples."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
async def fuzz_gateway(network):
    gw = network.add_gateway("gateway-fuzz", RATE_LIMIT_PER_S="100000", RATE_LIMIT_BURST="100000")
    await network.start("gateway-fuzz")
    return gw


@pytest.mark.parametrize("role,country", [("registry_admin", "VN"), ("buyer", None), ("fair_organiser", None)])
async def test_generated_requests_find_no_failure_of_any_check(network, fuzz_gateway, role, country):
    st = Path(sys.executable).with_name("schemathesis")
    token = network.token(role, country, client_id=f"fuzz-{role}")
    result = subprocess.run(
        [str(st), "--config-file", str(ROOT / "deploy" / "openapi" / "schemathesis.toml"), "run",
         f"{fuzz_gateway.url}/openapi.json", "--url", fuzz_gateway.url, "-H", f"Authorization: Bearer {token}",
         "--max-examples", "5", "--generation-deterministic", "--phases", "examples,coverage,fuzzing", "--no-color"],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
        # The hooks read what the server holds (a fair's slots, its buyers) as the same caller.
        env={**os.environ, "SCHEMATHESIS_HOOKS": "tests.support.schemathesis_hooks", "PYTHONPATH": str(ROOT),
             "FUZZ_AUTHORIZATION": f"Bearer {token}"})
    # From the first section that names what went wrong (errors, then failures) to the summary.
    starts = [i for i in (result.stdout.find(" ERRORS "), result.stdout.find(" FAILURES ")) if i >= 0]
    summary = result.stdout[min(starts):][:40000] if starts else result.stdout[-8000:]
    generated = re.search(r"(\d+) generated", result.stdout)
    print(f"schemathesis as {role}: {generated.group(1) if generated else '?'} requests generated")
    assert generated and int(generated.group(1)) > 100, summary
    assert result.returncode == 0, summary
