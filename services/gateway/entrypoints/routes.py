"""The gateway's public routes: the token endpoint, the merged OpenAPI, and the proxies to the services."""
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.convertors import PathConvertor, register_url_convertor

from services.gateway.adapters.proxy import Proxy
from services.gateway.entrypoints.schemas import ProblemType, ProblemTypeList, RegistryNodes
from services.gateway.entrypoints.token import token_route
from services.gateway.settings import GatewaySettings
from shared.problems import PROBLEM_TYPES, Problem, problem_type


class _AnyPath(PathConvertor):
    """Starlette's `path` is `.*`, which stops at a newline (and `$` then matches before it): a path ending in
    an encoded %0A reached the service without its last segment. The rest of the path, whatever it holds."""
    regex = "(?s:.*)"


register_url_convertor("anypath", _AnyPath())

# Every method goes to the service, which answers one it does not serve on that path with 405 and an Allow
# header naming those it does (HEAD with GET).
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


def get_proxy(request: Request) -> Proxy:
    return request.app.state.container.proxy


def get_settings(request: Request) -> GatewaySettings:
    return request.app.state.container.settings


ProxyDep = Annotated[Proxy, Depends(get_proxy)]
SettingsDep = Annotated[GatewaySettings, Depends(get_settings)]


def build_router() -> APIRouter:
    router = APIRouter(prefix="/v1")
    token_route(router)

    @router.get("/registry", tags=["registry nodes"], operation_id="list_registry_nodes",
                summary="The member states whose registry nodes this gateway reaches",
                description="Each code names a registry node reachable under `/v1/registry/{country}/`.")
    async def nodes(settings: SettingsDep) -> RegistryNodes:
        return RegistryNodes(countries=sorted(settings.registry_nodes))

    def _problem_type(name: str) -> ProblemType:
        status, title, description = PROBLEM_TYPES[name]
        return ProblemType(type=problem_type(name), name=name, status=status, title=title, description=description)

    @router.get("/problems", tags=["problems"], operation_id="list_problem_types",
                summary="Every kind of problem the API answers with",
                description="The `type` of every RFC 9457 problem document this API answers resolves to one of "
                            "these pages.")
    async def problem_types() -> ProblemTypeList:
        return ProblemTypeList(items=[_problem_type(name) for name in PROBLEM_TYPES])

    @router.get("/problems/{name}", tags=["problems"], operation_id="get_problem_type",
                summary="What a problem type means and what to do about it",
                description="The page a problem's `type` URI resolves to.",
                responses={404: {"description": "No problem type of that name"}})
    async def problem_type_page(name: str) -> ProblemType:
        if name not in PROBLEM_TYPES:
            raise Problem(404, f"no problem type {name!r}; GET /v1/problems lists them")
        return _problem_type(name)

    @router.api_route("/registry/{country}/{path:anypath}", methods=METHODS, include_in_schema=False)
    async def registry(country: str, path: str, request: Request, proxy: ProxyDep, settings: SettingsDep):
        base = settings.registry_nodes.get(country.upper())
        if base is None:
            raise Problem(404, f"no registry node for country {country!r}; known: {', '.join(sorted(settings.registry_nodes))}")
        return await proxy.forward(request, base, path)

    @router.api_route("/catalogue/{path:anypath}", methods=METHODS, include_in_schema=False)
    async def catalogue(path: str, request: Request, proxy: ProxyDep, settings: SettingsDep):
        return await proxy.forward(request, settings.matching_url, f"catalogue/{path}")

    @router.api_route("/sourcing-requests", methods=METHODS, include_in_schema=False)
    @router.api_route("/sourcing-requests/{path:anypath}", methods=METHODS, include_in_schema=False)
    async def sourcing(request: Request, proxy: ProxyDep, settings: SettingsDep, path: str = ""):
        return await proxy.forward(request, settings.matching_url, f"sourcing-requests/{path}".rstrip("/"))

    @router.api_route("/fairs", methods=METHODS, include_in_schema=False)
    @router.api_route("/fairs/{path:anypath}", methods=METHODS, include_in_schema=False)
    async def fairs(request: Request, proxy: ProxyDep, settings: SettingsDep, path: str = ""):
        return await proxy.forward(request, settings.events_url, f"fairs/{path}".rstrip("/"))

    @router.api_route("/trade/{path:anypath}", methods=METHODS, include_in_schema=False)
    async def trade(path: str, request: Request, proxy: ProxyDep, settings: SettingsDep):
        return await proxy.forward(request, settings.trade_url, f"trade/{path}".rstrip("/"))

    @router.api_route("/forums", methods=METHODS, include_in_schema=False)
    @router.api_route("/forums/{path:anypath}", methods=METHODS, include_in_schema=False)
    async def forums(request: Request, proxy: ProxyDep, settings: SettingsDep, path: str = ""):
        return await proxy.forward(request, settings.events_url, f"forums/{path}".rstrip("/"))

    @router.api_route("/webhooks/{path:anypath}", methods=METHODS, include_in_schema=False)
    async def webhooks(path: str, request: Request, proxy: ProxyDep, settings: SettingsDep):
        return await proxy.forward(request, settings.webhooks_url, f"webhooks/{path}")

    return router
