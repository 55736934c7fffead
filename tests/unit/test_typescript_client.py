"""The TypeScript client (clients/typescript): its types are what openapi-typescript makes of the committed spec,
and the client with its usage example type-checks under `tsc --noEmit` (strict)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "clients" / "typescript"


def tools() -> Path:
    found = os.environ.get("TS_CLIENT_TOOLS")
    if not found:
        pytest.fail("TS_CLIENT_TOOLS is not set: run the tests with `make test`, which installs the TypeScript tools")
    return Path(found)


def _copy(tmp_path: Path) -> Path:
    tools_dir = tools()
    work = tmp_path / "client"
    shutil.copytree(CLIENT / "src", work / "src")
    shutil.copy(CLIENT / "tsconfig.json", work)
    (work / "node_modules").symlink_to(tools_dir / "node_modules")
    return work


def test_the_generated_types_are_those_of_the_committed_spec(tmp_path):
    tools_dir = tools()
    out = tmp_path / "schema.d.ts"
    done = subprocess.run([str(tools_dir / "node_modules/.bin/openapi-typescript"), str(ROOT / "clients/openapi.json"),
                           "--output", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_text() == (CLIENT / "src/schema.d.ts").read_text(), "run python clients/generate.py again"


def test_the_client_and_its_example_type_check_with_tsc(tmp_path):
    work = _copy(tmp_path)
    done = subprocess.run([str(tools() / "node_modules/.bin/tsc"), "--noEmit", "-p", str(work)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_tsc_refuses_a_call_the_spec_does_not_allow(tmp_path):
    work = _copy(tmp_path)
    (work / "src" / "wrong.ts").write_text(
        'import { createOvopClient } from "./index";\n'
        'export const wrong = () => createOvopClient({ baseUrl: "http://x" })'
        '.GET("/v1/registry/{country}/products", { params: { path: { nation: "VN" } } });\n')
    done = subprocess.run([str(tools() / "node_modules/.bin/tsc"), "--noEmit", "-p", str(work)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 2 and "src/wrong.ts" in done.stdout and "nation" in done.stdout, done.stdout


def test_the_pinned_tools_are_exact_versions():
    import json

    package = json.loads((CLIENT / "package.json").read_text())
    for deps in (package["dependencies"], package["devDependencies"]):
        assert all(v[0].isdigit() for v in deps.values()), deps
    assert (CLIENT / "package-lock.json").exists()
