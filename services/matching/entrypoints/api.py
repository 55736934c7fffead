"""HTTP entrypoint of matching: the regional catalogue for buyers."""
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.matching.service_layer.catalogue import Catalogue
from shared.problems import Problem

PROBLEM = {"content": {"application/problem+json": {}}}


def get_catalogue(request: Request) -> Catalogue:
    return request.app.state.container.catalogue


CatalogueDep = Annotated[Catalogue, Depends(get_catalogue)]


def build_router() -> APIRouter:
    router = APIRouter(prefix="/catalogue", tags=["catalogue"])

    @router.get("/products/{product_id}", operation_id="get_catalogue_product",
                summary="A product of the regional catalogue",
                responses={404: {"description": "Not in the catalogue", **PROBLEM}})
    async def get_product(product_id: str, catalogue: CatalogueDep) -> dict:
        rec = await catalogue.get_product(product_id)
        if rec is None:
            raise Problem(404, f"no product {product_id} in the regional catalogue")
        return rec

    @router.get("/products", operation_id="list_catalogue_products", summary="Listed products of the whole region")
    async def list_products(catalogue: CatalogueDep,
                            country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
                            group: str | None = None,
                            limit: Annotated[int, Query(ge=1, le=200)] = 20,
                            offset: Annotated[int, Query(ge=0)] = 0) -> dict:
        items, total = await catalogue.list_products(country=country, group=group, limit=limit, offset=offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    return router
