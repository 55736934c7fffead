"""Describes the gateway's Idempotency-Key in the merged OpenAPI: the header on every POST it honours, and
`Idempotent-Replayed` on their answers."""
from __future__ import annotations

from services.gateway.adapters.openapi_merge import PROBLEM_REF
from services.gateway.domain.idempotency import HEADER, MAX_KEY_LENGTH, REPLAYED

PARAMETER = {
    "name": HEADER, "in": "header", "required": False,
    "description": "A key of the client's choosing (a UUID is usual) that makes a retried create safe: the first "
                   "answer is kept for 24 hours and sent again, with `Idempotent-Replayed: true`, to a retry with the "
                   "same key and the same request. The same key with a different request is refused (422); a "
                   "retry while the first is still being answered gets 409. Keys are scoped to the client.",
    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH, "pattern": "^[\\x21-\\x7E]+$",
               "example": "5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10"},
}
REPLAYED_HEADER = {"description": "`true` when this is the stored answer to an earlier request with the same "
                                  "Idempotency-Key", "schema": {"type": "string", "enum": ["true"]}}


def _problem(description: str) -> dict:
    return {"description": description, "content": {"application/problem+json": {"schema": PROBLEM_REF}}}


def document_idempotency(doc: dict) -> dict:
    for path, item in doc.get("paths", {}).items():
        op = item.get("post")
        if op is None or path == "/v1/oauth/token":
            continue
        params = op.setdefault("parameters", [])
        if not any(p.get("name") == HEADER and p.get("in") == "header" for p in params):
            params.append(PARAMETER)
        responses = op.setdefault("responses", {})
        for code, response in responses.items():
            if code.startswith("2"):
                response.setdefault("headers", {})[REPLAYED] = REPLAYED_HEADER
        responses.setdefault("400", _problem("The request is malformed (a header, such as Idempotency-Key, or the "
                                             "body cannot be read)"))
        responses.setdefault("409", _problem("A request with this Idempotency-Key is still being answered, or the "
                                             "resource's state forbids the change"))
        responses.setdefault("422", _problem("Invalid input, or an Idempotency-Key already used for another request"))
    return doc
