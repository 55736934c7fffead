"""The gateway's public routes: the token endpoint, the merged OpenAPI, and the proxies to the services."""
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.gateway.adapters.proxy import Proxy
from services.gateway.entrypoints.token import token_route
from services.gateway.settings import GatewaySettings
from shared.problems import Problem

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def get_proxy(request: Request) -> Proxy:
    return request.app.state.container.proxy


def get_settings(request: Request) -> GatewaySettings:
    return request.app.state.container.settings


ProxyDep = Annotated[Proxy, Depends(get_proxy)]
SettingsDep = Annotated[GatewaySettings, Depends(get_settings)]


def build_router() -> APIRouter:
    router = APIRouter(prefix="/v1")
    token_route(router)

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

    @router.api_route("/webhooks/{path:path}", methods=METHODS, include_in_schema=False)
    async def webhooks(path: str, request: Request, proxy: ProxyDep, settings: SettingsDep):
        return await proxy.forward(request, settings.webhooks_url, f"webhooks/{path}")

    return router
