"""One OpenAPI document for the whole network: each backend's document, its paths moved under the
gateway's public prefixes, its schemas merged, and what the gateway adds described once — the OAuth2
security scheme with one scope per role, who may call each operation (from the policy table), the gateway's
own errors, and one `ProblemDetails` schema that every 4xx and 5xx answer refers to."""
from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from shared.preconditions import IF_MATCH_PATTERN
from shared.problems import PROBLEM_JSON, PROBLEM_TYPES, PROBLEMS_PATH

IF_MATCH_DOC = ('the ETag of the version the change is based on, as the last answer gave it (W/"3"); without it '
                'the answer is 428, with a version no longer current 412')

PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}
PROBLEM_SCHEMA = {
    "type": "object", "title": "ProblemDetails",
    "description": "RFC 9457 problem details: every error of every operation. `type` resolves to a page "
                   f"describing the problem (`GET {PROBLEMS_PATH}/{{name}}`); a 422 names each broken field in "
                   "`errors`.",
    "properties": {
        "type": {"type": "string", "format": "uri-reference", "description": "resolves to the problem's page",
                 "enum": [f"{PROBLEMS_PATH}/{name}" for name in PROBLEM_TYPES]},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string", "description": "what went wrong, for a person"},
        "instance": {"type": "string", "description": "the public path of the request (`/v1/...`)"},
        "errors": {"type": "array", "description": "each field refused and why (always on a 422)",
                   "items": {"type": "object", "required": ["field", "reason"], "properties": {
                       "field": {"type": "string", "description": "dotted path into the body, or the parameter's "
                                                                  "or header's name"},
                       "reason": {"type": "string"},
                       "type": {"type": "string", "description": "the kind of rule broken (422 only)"}}}},
    },
    "required": ["type", "title", "status", "detail"],
    "examples": [{"type": f"{PROBLEMS_PATH}/validation", "title": "Unprocessable Content", "status": 422,
                  "detail": "destination: is not an ISO 3166-1 country code",
                  "instance": "/v1/sourcing-requests",
                  "errors": [{"field": "destination", "reason": "is not an ISO 3166-1 country code",
                              "type": "value_error"}]}],
}

ROLE_SCOPES = {
    "buyer": "A buyer: searches, posts sourcing requests, sees its matches, registers for fairs' meetings",
    "producer": "A producer (bound to its producer id): answers its matches, applies to exhibit at fairs",
    "registry_admin": "A member state's registry admin (bound to its country): writes that country's records, "
                      "imports, reads its import reports and dead letters",
    "fair_organiser": "A fair organiser: creates and runs its own fairs",
    "integrator": "An integrator's system: reads what is public, and the operations named for it",
    "committee": "A member state's programme committee (bound to its country): decides registrations, records "
                 "evaluations, certificates and Green OCOP assessments, enters the action plan's figures",
    "provincial_officer": "A provincial officer (bound to a country and a province): registers and submits that "
                          "province's producers and products",
}

TAGS = {
    "identity": "OAuth2 client credentials: get the bearer token every write needs.",
    "problems": "The problem types every error's `type` URI resolves to.",
    "registry nodes": "Which member states' registry nodes this gateway reaches.",
    "producers": "A member state's producers (cooperatives, SMEs, household businesses), written only by its own "
                 "node, readable at every node.",
    "products": "A member state's products (names, group, stars, HS code, certificates, origin, capacity, "
                "price), written only by its own node, readable at every node.",
    "imports": "Bulk import of a node's products or producers from CSV or JSON Lines, with rejected rows reported.",
    "indicators": "Counts of products and producers by star, group, province, month, type; as GeoJSON for a map.",
    "operations": "Operators' view of a service's dead-letter topic: what could not be applied, and replay.",
    "catalogue": "The region's listed products: search in any of the region's languages, producer pages.",
    "sourcing requests": "A buyer's requests in plain words, matched to producers with reasons.",
    "fairs": "Trade fairs: booths, exhibitor applications, bookings, waitlist, B2B meetings and agendas.",
    "trade": "After a match: a producer's inbox, quotes compared in one currency, threads, deals and their steps, "
             "and the trade indicators (aggregates).",
    "programme": "A member state's programme: registration and the committee's review, star-rating evaluations, "
                 "certificates and standards, Green OCOP, the expiry sweep.",
    "directory": "The network's directory of national focal points, one per member state, held by every node.",
    "webhooks": "Subscriptions of an integrator's URL to the network's events: signed deliveries (Standard "
                "Webhooks), retries, the delivery log and redelivery. The `webhooks` section describes each event.",
}


def _problem(description: str) -> dict:
    return {"description": description, "content": {PROBLEM_JSON: {"schema": PROBLEM_REF}}}


GATEWAY_ERRORS = {
    "400": _problem("The request is malformed (a header or the body cannot be read)"),
    "429": _problem("Too many requests from this client; see Retry-After"),
    "503": _problem("The backend service is not reachable"),
    "504": _problem("The backend service did not answer in time"),
}
AUTH_ERRORS = {"401": _problem("No bearer token, or one that is forged or expired"),
               "403": _problem("The token's role (or country, or producer) may not do this")}
UNKNOWN_NODE = _problem("No such record, or no registry node for that country")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


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


def _access(roles: list[str] | None) -> str:
    if roles is None:
        return "Open to anyone without a token; a bearer token may show the caller more."
    return "Needs a bearer token of role " + " or ".join(f"`{r}`" for r in roles) + "."


def _describe(op: dict, method: str, public: str, roles_for: Callable[[str, str], list[str] | None] | None) -> None:
    """Security, errors and a description for one operation, the same way for every service's."""
    responses = op.setdefault("responses", {})
    for code, resp in GATEWAY_ERRORS.items():
        responses.setdefault(code, resp)
    if roles_for is not None:
        roles = roles_for(method.upper(), public)
        if roles is None:
            op["security"] = [{}, {"oauth2": []}]
        else:
            op["security"] = [{"oauth2": roles}]
            for code, resp in AUTH_ERRORS.items():
                responses.setdefault(code, resp)
        access = _access(roles)
        description = op.get("description") or op.get("summary", "")
        if access not in description:
            op["description"] = f"{description.rstrip()}\n\n{access}".strip()
    for param in op.get("parameters", []):
        if param.get("in") == "header" and param.get("name", "").lower() == "if-match":
            # Required: without it the answer is 428 (RFC 6585), which is why the code declares it optional.
            param.update(name="If-Match", required=True, description=IF_MATCH_DOC)
            param["schema"] = {"type": "string", "pattern": IF_MATCH_PATTERN, "examples": ['W/"3"']}
    for code, resp in responses.items():
        if code.startswith(("4", "5")):
            resp["content"] = {PROBLEM_JSON: {"schema": PROBLEM_REF}}
            resp.setdefault("description", "A problem")


def prune_schemas(doc: dict) -> None:
    """Drop the schemas nothing refers to any more (the backends' own validation errors, a dropped route's)."""
    schemas = doc["components"]["schemas"]
    while True:
        text = json.dumps({k: v for k, v in doc.items() if k != "components"}) + json.dumps(
            {k: v for k, v in doc["components"].items() if k != "schemas"})
        used = {name for name in schemas if f'"#/components/schemas/{name}"' in text}
        frontier = set(used)
        while frontier:
            found = json.dumps([schemas[n] for n in frontier])
            frontier = {n for n in schemas if n not in used and f'"#/components/schemas/{n}"' in found}
            used |= frontier
        unused = set(schemas) - used
        if not unused:
            return
        for name in unused:
            del schemas[name]


def merge(gateway_doc: dict, backends: list[tuple[str, dict, list[tuple[str, str]], dict | None]],
          roles_for: Callable[[str, str], list[str] | None]) -> dict:
    """`backends`: (tag prefix, document, [(backend path prefix, public prefix)], extra path parameter).
    `roles_for(method, public_path)`: the roles the gateway admits, or None when the operation is public."""
    doc = copy.deepcopy(gateway_doc)
    doc["paths"] = {p: item for p, item in doc.get("paths", {}).items() if p.startswith("/v1/")}
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas["ProblemDetails"] = PROBLEM_SCHEMA
    for path, item in doc["paths"].items():  # the gateway's own operations
        for method, op in item.items():
            if method in METHODS and path != "/v1/oauth/token":
                _describe(op, method, path, roles_for)
            elif method in METHODS:
                _describe(op, method, path, None)
    for label, backend, prefixes, extra_param in backends:
        renames: dict[str, str] = {}
        for name, schema in backend.get("components", {}).get("schemas", {}).items():
            if name in schemas and schemas[name] != schema:
                renames[name] = f"{label}_{name}"
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
                if method not in METHODS:
                    continue
                if extra_param:
                    op["parameters"] = [extra_param] + [p for p in op.get("parameters", [])
                                                        if p.get("name") != extra_param["name"]]
                    op.setdefault("responses", {}).setdefault("404", UNKNOWN_NODE)
                _describe(op, method, public, roles_for)
            doc["paths"][public] = item
    used_tags = {t for item in doc["paths"].values() for m, op in item.items() if m in METHODS
                 for t in op.get("tags", [])}
    doc["tags"] = [{"name": t, "description": TAGS.get(t, f"Operations on {t}.")} for t in sorted(used_tags)]
    doc["components"]["securitySchemes"] = {
        "oauth2": {"type": "oauth2",
                   "description": "OAuth2 client credentials (RFC 6749 §4.4) at `POST /v1/oauth/token`; the client "
                                  "authenticates with HTTP Basic (client_secret_basic) or form fields "
                                  "(client_secret_post). The token is an EdDSA-signed JWT carrying the client's one "
                                  "role, which is its scope.",
                   "flows": {"clientCredentials": {"tokenUrl": "/v1/oauth/token", "scopes": ROLE_SCOPES}}},
        "clientBasic": {"type": "http", "scheme": "basic",
                        "description": "The token endpoint's client_secret_basic: client id and secret (RFC 6749 "
                                       "§2.3.1)"},
    }
    doc["info"].setdefault("license", {"name": "Apache 2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"})
    doc["info"].setdefault("contact", {"name": "OVOP Network integration support",
                                       "url": "https://ovop.asean.example/integrators"})
    doc["servers"] = [{"url": "/", "description": "this gateway"}]
    prune_schemas(doc)
    return doc
