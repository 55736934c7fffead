"""One OpenAPI document for the whole network: each backend's document, its paths moved under the
gateway's public prefixes, its schemas merged, and the gateway's security and errors described."""
from __future__ import annotations

import copy
from typing import Any

PROBLEM_SCHEMA = {
    "type": "object", "title": "Problem", "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "detail": {"type": "string"}, "instance": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object", "properties": {
            "field": {"type": "string"}, "reason": {"type": "string"}}}},
    },
    "required": ["type", "title", "status", "detail"],
}


def _problem(description: str) -> dict:
    return {"description": description,
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


GATEWAY_ERRORS = {
    "400": _problem("The request is malformed (a header or the body cannot be read)"),
    "429": _problem("Too many requests from this client; see Retry-After"),
    "503": _problem("The backend service is not reachable"),
    "504": _problem("The backend service did not answer in time"),
}
AUTH_ERRORS = {"401": _problem("No bearer token, or one that is forged or expired"),
               "403": _problem("The token's role (or country) may not do this")}


def _rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#/components/schemas/"):
                name = v.rsplit("/", 1)[1]
                out[k] = f"#/components/schemas/{renames.get(name, name)}"
            else:
                out[k] = _rewrite_refs(v, renames)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, renames) for v in node]
    return node


UNKNOWN_NODE = _problem("No such record, or no registry node for that country")


def merge(gateway_doc: dict, backends: list[tuple[str, dict, list[tuple[str, str]], dict | None]],
          is_write_secured) -> dict:
    """`backends`: (tag prefix, document, [(backend path prefix, public prefix)], extra path parameter).
    `is_write_secured(method, public_path)` tells whether the operation needs a token."""
    doc = copy.deepcopy(gateway_doc)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_SCHEMA
    for _label, backend, prefixes, extra_param in backends:
        renames: dict[str, str] = {}
        for name, schema in backend.get("components", {}).get("schemas", {}).items():
            if name in schemas and schemas[name] != schema:
                renames[name] = f"{_label}_{name}"
        for name, schema in backend.get("components", {}).get("schemas", {}).items():
            merged = _rewrite_refs(schema, renames)
            if name in renames and merged.get("title") == name:
                merged["title"] = renames[name]  # generators name classes by title: two of one name clash
            schemas[renames.get(name, name)] = merged
        for path, item in backend.get("paths", {}).items():
            public = next((pub + path[len(src):] for src, pub in prefixes if path.startswith(src)), None)
            if public is None:
                continue  # health, metrics: not public through the gateway
            item = _rewrite_refs(copy.deepcopy(item), renames)
            for method, op in item.items():
                if method not in ("get", "post", "put", "patch", "delete"):
                    continue
                responses = op.setdefault("responses", {})
                if extra_param:
                    op["parameters"] = [extra_param] + [p for p in op.get("parameters", [])
                                                        if p.get("name") != extra_param["name"]]
                    responses.setdefault("404", UNKNOWN_NODE)
                for code, resp in GATEWAY_ERRORS.items():
                    responses.setdefault(code, resp)
                if is_write_secured(method.upper(), public):
                    op["security"] = [{"oauth2": []}]
                    for code, resp in AUTH_ERRORS.items():
                        responses.setdefault(code, resp)
                else:
                    op["security"] = []
                for code, resp in responses.items():
                    if code.startswith(("4", "5")) and "content" in resp and "application/problem+json" in resp["content"]:
                        resp["content"]["application/problem+json"].setdefault(
                            "schema", {"$ref": "#/components/schemas/Problem"})
                if code_422 := responses.get("422"):
                    code_422["content"] = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
            doc.setdefault("paths", {})[public] = item
    for path, item in list(doc.get("paths", {}).items()):
        if path.startswith("/v1/") and not any(path.startswith(pub) for _l, _b, pre, _e in backends for _s, pub in pre):
            for method, op in item.items():  # the gateway's own operations
                op.setdefault("responses", {}).setdefault("429", GATEWAY_ERRORS["429"])
    doc["components"]["securitySchemes"] = {
        "oauth2": {"type": "oauth2", "description": "OAuth2 client credentials; the token is an EdDSA-signed JWT",
                   "flows": {"clientCredentials": {"tokenUrl": "/v1/oauth/token", "scopes": {}}}},
        "clientBasic": {"type": "http", "scheme": "basic",
                        "description": "The token endpoint's client_secret_basic: client id and secret (RFC 6749 §2.3.1)"},
    }
    for name in ("HTTPValidationError", "ValidationError"):
        if name in schemas and not _referenced(doc, name):
            del schemas[name]
    return doc


def _referenced(doc: dict, name: str) -> bool:
    import json

    return f'"#/components/schemas/{name}"' in json.dumps(doc)
