"""HTTP entrypoint of the events service."""
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.events.service_layer.catalogue_view import CatalogueView
from shared.problems import Problem

PROBLEM = {"content": {"application/problem+json": {}}}


def get_view(request: Request) -> CatalogueView:
    return request.app.state.container.view


ViewDep = Annotated[CatalogueView, Depends(get_view)]


def build_router() -> APIRouter:
    router = APIRouter(tags=["fairs"])

    @router.get("/fair-catalogue/products/{product_id}", operation_id="get_fair_catalogue_product",
                summary="What the fairs know of a product (from the registry events)",
                responses={404: {"description": "Not known", **PROBLEM}})
    async def known_product(product_id: str, view: ViewDep) -> dict:
        rec = await view.product(product_id)
        if rec is None:
            raise Problem(404, f"no product {product_id} is known to the fairs")
        return rec

    return router
