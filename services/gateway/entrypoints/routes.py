"""The gateway's public routes: the token endpoint, the merged OpenAPI, and the proxies to the services."""
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from services.gateway.adapters.clients import ClientStore
from services.gateway.adapters.proxy import Proxy
from services.gateway.settings import GatewaySettings
from shared.auth import issue_token
from shared.problems import Problem, problem_response

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def get_proxy(request: Request) -> Proxy:
    return request.app.state.container.proxy


def get_settings(request: Request) -> GatewaySettings:
    return request.app.state.container.settings


ProxyDep = Annotated[Proxy, Depends(get_proxy)]
SettingsDep = Annotated[GatewaySettings, Depends(get_settings)]

TOKEN_BODY = {"requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": {
    "type": "object", "required": ["grant_type", "client_id", "client_secret"],
    "properties": {"grant_type": {"type": "string", "enum": ["client_credentials"]},
                   "client_id": {"type": "string"}, "client_secret": {"type": "string"}}}}}}}


def build_router() -> APIRouter:
    router = APIRouter(prefix="/v1")

    @router.post("/oauth/token", tags=["identity"], operation_id="issue_token", openapi_extra=TOKEN_BODY,
                 summary="OAuth2 client credentials: a signed JWT carrying the client's role",
                 responses={200: {"description": "The access token", "content": {"application/json": {"schema": {
                     "type": "object", "properties": {"access_token": {"type": "string"},
                                                      "token_type": {"type": "string"},
                                                      "expires_in": {"type": "integer"}}}}}},
                            400: {"description": "Not a client-credentials request",
                                  "content": {"application/problem+json": {}}},
                            401: {"description": "Unknown client or wrong secret",
                                  "content": {"application/problem+json": {}}}})
    async def token(request: Request):
        container = request.app.state.container
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode(errors="replace")).items()}
        if form.get("grant_type") != "client_credentials":
            return problem_response(400, "Bad Request", "grant_type must be client_credentials", "/v1/oauth/token",
                                    error="unsupported_grant_type",
                                    errors=[{"field": "grant_type", "reason": "must be client_credentials"}])
        missing = [f for f in ("client_id", "client_secret") if not form.get(f)]
        if missing:
            return problem_response(400, "Bad Request", f"missing {', '.join(missing)}", "/v1/oauth/token",
                                    error="invalid_request", errors=[{"field": f, "reason": "required"} for f in missing])
        store: ClientStore = container.clients
        principal = await store.authenticate(form["client_id"], form["client_secret"])
        if principal is None:
            return problem_response(401, "Unauthorized", "unknown client or wrong secret", "/v1/oauth/token",
                                    error="invalid_client", headers={"WWW-Authenticate": 'Basic realm="ovop"'})
        ttl = container.settings.token_ttl_s
        return JSONResponse({"access_token": issue_token(container.private_key, principal, ttl),
                             "token_type": "Bearer", "expires_in": ttl},
                            headers={"Cache-Control": "no-store"})

    @router.get("/registry", tags=["registry"], operation_id="list_registry_nodes",
                summary="The member states whose registry nodes this gateway reaches")
    async def nodes(settings: SettingsDep) -> dict:
        return {"countries": sorted(settings.registry_nodes)}

    @router.api_route("/registry/{country}/{path:path}", methods=METHODS, include_in_schema=False)
    async def registry(country: str, path: str, request: Request, proxy: ProxyDep, settings: SettingsDep):
        base = settings.registry_nodes.get(country.upper())
        if base is None:
            raise Problem(404, f"no registry node for country {country!r}; known: {', '.join(sorted(settings.registry_nodes))}")
        return await proxy.forward(request, base, path)

    @router.api_route("/catalogue/{path:path}", methods=METHODS, include_in_schema=False)
    async def catalogue(path: str, request: Request, proxy: ProxyDep, settings: SettingsDep):
        return await proxy.forward(request, settings.matching_url, f"catalogue/{path}")

    @router.api_route("/sourcing-requests", methods=METHODS, include_in_schema=False)
    @router.api_route("/sourcing-requests/{path:path}", methods=METHODS, include_in_schema=False)
    async def sourcing(request: Request, proxy: ProxyDep, settings: SettingsDep, path: str = ""):
        return await proxy.forward(request, settings.matching_url, f"sourcing-requests/{path}".rstrip("/"))

    @router.api_route("/fairs", methods=METHODS, include_in_schema=False)
    @router.api_route("/fairs/{path:path}", methods=METHODS, include_in_schema=False)
    async def fairs(request: Request, proxy: ProxyDep, settings: SettingsDep, path: str = ""):
        return await proxy.forward(request, settings.events_url, f"fairs/{path}".rstrip("/"))

    return router
