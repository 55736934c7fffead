from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.catalogue_product_page import CatalogueProductPage
from ...models.list_catalogue_products_group_type_0 import check_list_catalogue_products_group_type_0
from ...models.list_catalogue_products_group_type_0 import ListCatalogueProductsGroupType0
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    country: None | str | Unset = UNSET,
    group: ListCatalogueProductsGroupType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_group: None | str | Unset
    if isinstance(group, Unset):
        json_group = UNSET
    elif isinstance(group, str):
        json_group = group
    else:
        json_group = group
    params["group"] = json_group

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/catalogue/products",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CatalogueProductPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CatalogueProductPage.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())



        return response_400

    if response.status_code == 422:
        response_422 = ProblemDetails.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = ProblemDetails.from_dict(response.json())



        return response_503

    if response.status_code == 504:
        response_504 = ProblemDetails.from_dict(response.json())



        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CatalogueProductPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    group: ListCatalogueProductsGroupType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> Response[CatalogueProductPage | ProblemDetails]:
    """ Listed products of the whole region

     Listed products of the whole region

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (None | str | Unset):
        group (ListCatalogueProductsGroupType0 | None | Unset):
        limit (int | Unset): how many items, 1-200 Default: 20.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueProductPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
group=group,
limit=limit,
offset=offset,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    group: ListCatalogueProductsGroupType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> CatalogueProductPage | ProblemDetails | None:
    """ Listed products of the whole region

     Listed products of the whole region

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (None | str | Unset):
        group (ListCatalogueProductsGroupType0 | None | Unset):
        limit (int | Unset): how many items, 1-200 Default: 20.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueProductPage | ProblemDetails
     """


    return sync_detailed(
        client=client,
country=country,
group=group,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    group: ListCatalogueProductsGroupType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> Response[CatalogueProductPage | ProblemDetails]:
    """ Listed products of the whole region

     Listed products of the whole region

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (None | str | Unset):
        group (ListCatalogueProductsGroupType0 | None | Unset):
        limit (int | Unset): how many items, 1-200 Default: 20.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueProductPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
group=group,
limit=limit,
offset=offset,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    country: None | str | Unset = UNSET,
    group: ListCatalogueProductsGroupType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> CatalogueProductPage | ProblemDetails | None:
    """ Listed products of the whole region

     Listed products of the whole region

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (None | str | Unset):
        group (ListCatalogueProductsGroupType0 | None | Unset):
        limit (int | Unset): how many items, 1-200 Default: 20.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueProductPage | ProblemDetails
     """


    return (await asyncio_detailed(
        client=client,
country=country,
group=group,
limit=limit,
offset=offset,

    )).parsed
