"""The merged OpenAPI document, as the running gateway serves it over every backend, passes Redocly CLI's
`recommended` rules and Spectral's `spectral:oas` ruleset with no error, no warning and no hint
(deploy/openapi/lint.sh runs the same on any document) — every example checked against its schema by them —
and every operation has a description and an example."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.support.network import Network

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(os.environ.get("OPENAPI_LINT_DIR", ROOT / ".cache" / "openapi"))
HERE = ROOT / "deploy" / "openapi"


@pytest.fixture(scope="module")
async def whole_network(kafka_bootstrap, new_database, tmp_path_factory):
    """Every backend the gateway merges the document of: registry nodes, matching, events, trade, webhooks."""
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", await new_database("reg_kh"), NODE_COUNTRY="KH")
    net.add("matching", "matching", await new_database("matching"), SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("ix")))
    net.add("events", "events", await new_database("events"))
    net.add("trade", "trade", await new_database("trade"))
    net.add("webhooks", "webhooks", await new_database("webhooks"))
    net.add_gateway()
    try:
        await net.start()
        yield net
    finally:
        net.stop()


@pytest.fixture(scope="module")
async def merged_spec(whole_network, tmp_path_factory) -> Path:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"{whole_network['gateway'].url}/openapi.json")
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


def _has_example(media: dict, doc: dict) -> bool:
    schema = media.get("schema", {})
    if "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return any(k in media or k in schema for k in ("example", "examples"))


def test_every_operation_has_a_description_and_an_example_of_its_body_and_of_its_answer(merged_spec):
    doc = json.loads(merged_spec.read_text())
    lacking = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            name = op["operationId"]
            if not op.get("description", "").strip():
                lacking.append(f"{name}: no description")
            body = op.get("requestBody", {}).get("content", {})
            if body and not any(_has_example(m, doc) for m in body.values()):
                lacking.append(f"{name}: no example of its request body")
            answers = [m for code, r in op["responses"].items() if code.startswith("2")
                       for m in r.get("content", {}).values()]
            if answers and not any(_has_example(m, doc) for m in answers):
                lacking.append(f"{name}: no example of its answer")
            if not body and not answers and not any("example" in p or "examples" in p.get("schema", {})
                                                    for p in op.get("parameters", [])):
                lacking.append(f"{name}: neither a body nor an answer, and no parameter with an example")
    assert lacking == [], "\n".join(lacking)
