"""The merged OpenAPI document, as the running gateway serves it, passes Redocly CLI's `recommended` rules
and Spectral's `spectral:oas` ruleset with no error, no warning and no hint (deploy/openapi/lint.sh runs the
same on any document)."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(os.environ.get("OPENAPI_LINT_DIR", ROOT / ".cache" / "openapi"))
HERE = ROOT / "deploy" / "openapi"


@pytest.fixture(scope="module")
async def merged_spec(network, tmp_path_factory) -> Path:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"{network['gateway'].url}/openapi.json")
    assert r.status_code == 200, r.text
    path = tmp_path_factory.mktemp("openapi") / "openapi.json"
    path.write_text(json.dumps(r.json(), indent=1, ensure_ascii=False))
    print(f"merged OpenAPI document: {path}")
    return path


def _tool(name: str) -> str:
    exe = TOOLS / "node_modules" / ".bin" / name
    if not exe.exists():
        pytest.fail(f"{exe} is missing: deploy/test.sh installs the linters of deploy/openapi/package.json")
    return str(exe)


def redocly_problems(spec: Path) -> list[str]:
    out = spec.with_suffix(".redocly.json")
    subprocess.run([_tool("redocly"), "lint", str(spec), "--config", str(HERE / "redocly.yaml"), "--format", "json",
                    "--max-problems", "10000"], stdout=out.open("w"), stderr=subprocess.PIPE, timeout=300, cwd=HERE)
    report = json.loads(out.read_text())
    return [f"{p['severity']} {p['ruleId']}: {p['message']} at {(p.get('location') or [{}])[0].get('pointer')}"
            for p in report.get("problems", [])]


def spectral_problems(spec: Path) -> list[str]:
    result = subprocess.run([_tool("spectral"), "lint", str(spec), "--ruleset", str(HERE / "spectral.yaml"),
                             "--format", "json", "--quiet"], capture_output=True, text=True, timeout=300, cwd=HERE)
    report = json.loads(result.stdout or "[]")
    severity = {0: "error", 1: "warning", 2: "info", 3: "hint"}
    return [f"{severity[p['severity']]} {p['code']}: {p['message']} at {'/'.join(map(str, p.get('path', [])))}"
            for p in report]


def test_the_merged_document_passes_redoclys_recommended_rules_without_a_problem(merged_spec):
    problems = redocly_problems(merged_spec)
    print(f"Redocly recommended: {len(problems)} problems")
    assert problems == [], "\n".join(problems)


def test_the_merged_document_passes_spectrals_oas_ruleset_without_a_problem(merged_spec):
    problems = spectral_problems(merged_spec)
    print(f"Spectral spectral:oas: {len(problems)} problems")
    assert problems == [], "\n".join(problems)
