"""The AsyncAPI document of the Kafka topics: generated from the event schemas, accepted by the standard parser."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_asyncapi_document_is_generated_from_the_current_event_schemas():
    result = subprocess.run([sys.executable, str(ROOT / "deploy/asyncapi/generate.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_standard_asyncapi_parser_accepts_the_document():
    validator = os.environ.get("ASYNCAPI_VALIDATOR")
    if not validator:
        pytest.fail("ASYNCAPI_VALIDATOR is not set: run the tests with `make test`, which installs @asyncapi/parser")
    result = subprocess.run(["node", validator, str(ROOT / "docs/asyncapi.json")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("ok: ")
