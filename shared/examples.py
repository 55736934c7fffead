"""Each operation's example request and answer in a service's OpenAPI document, from the service's
`entrypoints/openapi_examples.json`: `{operation_id: {"status", "request", "response", "media_type"}}`.

The examples were recorded from a run of the whole network through the gateway (the authorisation matrix's
worlds and the end-to-end flows), cut to two items per list, then read over; the OpenAPI lint checks each
against its schema, so an example that no longer fits the contract fails the test command. They go onto the
media types after FastAPI has built the document, so that a null in an example stays a null."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI

METHODS = ("get", "post", "put", "patch", "delete")


def add_examples(doc: dict[str, Any], examples: dict[str, dict[str, Any]]) -> None:
    for item in doc.get("paths", {}).values():
        for method, op in item.items():
            example = examples.get(op.get("operationId", "")) if method in METHODS else None
            if example is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None and "request" in example:
                body["example"] = example["request"]
            answer = op.get("responses", {}).get(example["status"], {}).get("content", {})
            media = answer.get(example.get("media_type", "application/json"))
            if media is not None and "response" in example:
                media["example"] = example["response"]


def install_examples(app: FastAPI, path: Path) -> None:
    """`app.openapi()` answers its document with the examples of the file at `path`."""
    examples = json.loads(path.read_text(encoding="utf-8"))
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            add_examples(build(), examples)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
