from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_details import ProblemDetails
from ...models.search_catalogue_group_type_0 import check_search_catalogue_group_type_0
from ...models.search_catalogue_group_type_0 import SearchCatalogueGroupType0
from ...models.search_catalogue_sort import check_search_catalogue_sort
from ...models.search_catalogue_sort import SearchCatalogueSort
from ...models.search_results import SearchResults
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str | Unset = '',
    country: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    group: None | SearchCatalogueGroupType0 | Unset = UNSET,
    hs_code: None | str | Unset = UNSET,
    min_stars: int | None | Unset = UNSET,
    certification: None | str | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    min_capacity: float | None | Unset = UNSET,
    capacity_unit: None | str | Unset = UNSET,
    order_quantity: float | None | Unset = UNSET,
    order_unit: str | Unset = 'piece',
    price_min: float | None | Unset = UNSET,
    price_max: float | None | Unset = UNSET,
    currency: str | Unset = 'USD',
    export_market: None | str | Unset = UNSET,
    facets: bool | Unset = True,
    sort: SearchCatalogueSort | Unset = 'relevance',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_province: None | str | Unset
    if isinstance(province, Unset):
        json_province = UNSET
    else:
        json_province = province
    params["province"] = json_province

    json_group: None | str | Unset
    if isinstance(group, Unset):
        json_group = UNSET
    elif isinstance(group, str):
        json_group = group
    else:
        json_group = group
    params["group"] = json_group

    json_hs_code: None | str | Unset
    if isinstance(hs_code, Unset):
        json_hs_code = UNSET
    else:
        json_hs_code = hs_code
    params["hs_code"] = json_hs_code

    json_min_stars: int | None | Unset
    if isinstance(min_stars, Unset):
        json_min_stars = UNSET
    else:
        json_min_stars = min_stars
    params["min_stars"] = json_min_stars

    json_certification: None | str | Unset
    if isinstance(certification, Unset):
        json_certification = UNSET
    else:
        json_certification = certification
    params["certification"] = json_certification

    json_programme: None | str | Unset
    if isinstance(programme, Unset):
        json_programme = UNSET
    else:
        json_programme = programme
    params["programme"] = json_programme

    json_min_capacity: float | None | Unset
    if isinstance(min_capacity, Unset):
        json_min_capacity = UNSET
    else:
        json_min_capacity = min_capacity
    params["min_capacity"] = json_min_capacity

    json_capacity_unit: None | str | Unset
    if isinstance(capacity_unit, Unset):
        json_capacity_unit = UNSET
    else:
        json_capacity_unit = capacity_unit
    params["capacity_unit"] = json_capacity_unit

    json_order_quantity: float | None | Unset
    if isinstance(order_quantity, Unset):
        json_order_quantity = UNSET
    else:
        json_order_quantity = order_quantity
    params["order_quantity"] = json_order_quantity

    params["order_unit"] = order_unit

    json_price_min: float | None | Unset
    if isinstance(price_min, Unset):
        json_price_min = UNSET
    else:
        json_price_min = price_min
    params["price_min"] = json_price_min

    json_price_max: float | None | Unset
    if isinstance(price_max, Unset):
        json_price_max = UNSET
    else:
        json_price_max = price_max
    params["price_max"] = json_price_max

    params["currency"] = currency

    json_export_market: None | str | Unset
    if isinstance(export_market, Unset):
        json_export_market = UNSET
    else:
        json_export_market = export_market
    params["export_market"] = json_export_market

    params["facets"] = facets

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/catalogue/search",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | SearchResults | None:
    if response.status_code == 200:
        response_200 = SearchResults.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | SearchResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    country: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    group: None | SearchCatalogueGroupType0 | Unset = UNSET,
    hs_code: None | str | Unset = UNSET,
    min_stars: int | None | Unset = UNSET,
    certification: None | str | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    min_capacity: float | None | Unset = UNSET,
    capacity_unit: None | str | Unset = UNSET,
    order_quantity: float | None | Unset = UNSET,
    order_unit: str | Unset = 'piece',
    price_min: float | None | Unset = UNSET,
    price_max: float | None | Unset = UNSET,
    currency: str | Unset = 'USD',
    export_market: None | str | Unset = UNSET,
    facets: bool | Unset = True,
    sort: SearchCatalogueSort | Unset = 'relevance',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> Response[ProblemDetails | SearchResults]:
    """ Search the region's listed products

     Search the region's listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        q (str | Unset): words in English or a local language; accents optional Default: ''.
        country (None | str | Unset):
        province (None | str | Unset): accents and case optional
        group (None | SearchCatalogueGroupType0 | Unset):
        hs_code (None | str | Unset):
        min_stars (int | None | Unset):
        certification (None | str | Unset):
        programme (None | str | Unset):
        min_capacity (float | None | Unset): monthly
        capacity_unit (None | str | Unset): t, kg, g, l, ml, piece, dozen… are converted
        order_quantity (float | None | Unset): products whose minimum order is at most this
        order_unit (str | Unset): the unit of order_quantity Default: 'piece'.
        price_min (float | None | Unset):
        price_max (float | None | Unset):
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        export_market (None | str | Unset):
        facets (bool | Unset):  Default: True.
        sort (SearchCatalogueSort | Unset):  Default: 'relevance'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): how many hits to skip, 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SearchResults]
     """


    kwargs = _get_kwargs(
        q=q,
country=country,
province=province,
group=group,
hs_code=hs_code,
min_stars=min_stars,
certification=certification,
programme=programme,
min_capacity=min_capacity,
capacity_unit=capacity_unit,
order_quantity=order_quantity,
order_unit=order_unit,
price_min=price_min,
price_max=price_max,
currency=currency,
export_market=export_market,
facets=facets,
sort=sort,
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
    q: str | Unset = '',
    country: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    group: None | SearchCatalogueGroupType0 | Unset = UNSET,
    hs_code: None | str | Unset = UNSET,
    min_stars: int | None | Unset = UNSET,
    certification: None | str | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    min_capacity: float | None | Unset = UNSET,
    capacity_unit: None | str | Unset = UNSET,
    order_quantity: float | None | Unset = UNSET,
    order_unit: str | Unset = 'piece',
    price_min: float | None | Unset = UNSET,
    price_max: float | None | Unset = UNSET,
    currency: str | Unset = 'USD',
    export_market: None | str | Unset = UNSET,
    facets: bool | Unset = True,
    sort: SearchCatalogueSort | Unset = 'relevance',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> ProblemDetails | SearchResults | None:
    """ Search the region's listed products

     Search the region's listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        q (str | Unset): words in English or a local language; accents optional Default: ''.
        country (None | str | Unset):
        province (None | str | Unset): accents and case optional
        group (None | SearchCatalogueGroupType0 | Unset):
        hs_code (None | str | Unset):
        min_stars (int | None | Unset):
        certification (None | str | Unset):
        programme (None | str | Unset):
        min_capacity (float | None | Unset): monthly
        capacity_unit (None | str | Unset): t, kg, g, l, ml, piece, dozen… are converted
        order_quantity (float | None | Unset): products whose minimum order is at most this
        order_unit (str | Unset): the unit of order_quantity Default: 'piece'.
        price_min (float | None | Unset):
        price_max (float | None | Unset):
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        export_market (None | str | Unset):
        facets (bool | Unset):  Default: True.
        sort (SearchCatalogueSort | Unset):  Default: 'relevance'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): how many hits to skip, 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SearchResults
     """


    return sync_detailed(
        client=client,
q=q,
country=country,
province=province,
group=group,
hs_code=hs_code,
min_stars=min_stars,
certification=certification,
programme=programme,
min_capacity=min_capacity,
capacity_unit=capacity_unit,
order_quantity=order_quantity,
order_unit=order_unit,
price_min=price_min,
price_max=price_max,
currency=currency,
export_market=export_market,
facets=facets,
sort=sort,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    country: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    group: None | SearchCatalogueGroupType0 | Unset = UNSET,
    hs_code: None | str | Unset = UNSET,
    min_stars: int | None | Unset = UNSET,
    certification: None | str | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    min_capacity: float | None | Unset = UNSET,
    capacity_unit: None | str | Unset = UNSET,
    order_quantity: float | None | Unset = UNSET,
    order_unit: str | Unset = 'piece',
    price_min: float | None | Unset = UNSET,
    price_max: float | None | Unset = UNSET,
    currency: str | Unset = 'USD',
    export_market: None | str | Unset = UNSET,
    facets: bool | Unset = True,
    sort: SearchCatalogueSort | Unset = 'relevance',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> Response[ProblemDetails | SearchResults]:
    """ Search the region's listed products

     Search the region's listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        q (str | Unset): words in English or a local language; accents optional Default: ''.
        country (None | str | Unset):
        province (None | str | Unset): accents and case optional
        group (None | SearchCatalogueGroupType0 | Unset):
        hs_code (None | str | Unset):
        min_stars (int | None | Unset):
        certification (None | str | Unset):
        programme (None | str | Unset):
        min_capacity (float | None | Unset): monthly
        capacity_unit (None | str | Unset): t, kg, g, l, ml, piece, dozen… are converted
        order_quantity (float | None | Unset): products whose minimum order is at most this
        order_unit (str | Unset): the unit of order_quantity Default: 'piece'.
        price_min (float | None | Unset):
        price_max (float | None | Unset):
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        export_market (None | str | Unset):
        facets (bool | Unset):  Default: True.
        sort (SearchCatalogueSort | Unset):  Default: 'relevance'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): how many hits to skip, 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SearchResults]
     """


    kwargs = _get_kwargs(
        q=q,
country=country,
province=province,
group=group,
hs_code=hs_code,
min_stars=min_stars,
certification=certification,
programme=programme,
min_capacity=min_capacity,
capacity_unit=capacity_unit,
order_quantity=order_quantity,
order_unit=order_unit,
price_min=price_min,
price_max=price_max,
currency=currency,
export_market=export_market,
facets=facets,
sort=sort,
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
    q: str | Unset = '',
    country: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    group: None | SearchCatalogueGroupType0 | Unset = UNSET,
    hs_code: None | str | Unset = UNSET,
    min_stars: int | None | Unset = UNSET,
    certification: None | str | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    min_capacity: float | None | Unset = UNSET,
    capacity_unit: None | str | Unset = UNSET,
    order_quantity: float | None | Unset = UNSET,
    order_unit: str | Unset = 'piece',
    price_min: float | None | Unset = UNSET,
    price_max: float | None | Unset = UNSET,
    currency: str | Unset = 'USD',
    export_market: None | str | Unset = UNSET,
    facets: bool | Unset = True,
    sort: SearchCatalogueSort | Unset = 'relevance',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> ProblemDetails | SearchResults | None:
    """ Search the region's listed products

     Search the region's listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        q (str | Unset): words in English or a local language; accents optional Default: ''.
        country (None | str | Unset):
        province (None | str | Unset): accents and case optional
        group (None | SearchCatalogueGroupType0 | Unset):
        hs_code (None | str | Unset):
        min_stars (int | None | Unset):
        certification (None | str | Unset):
        programme (None | str | Unset):
        min_capacity (float | None | Unset): monthly
        capacity_unit (None | str | Unset): t, kg, g, l, ml, piece, dozen… are converted
        order_quantity (float | None | Unset): products whose minimum order is at most this
        order_unit (str | Unset): the unit of order_quantity Default: 'piece'.
        price_min (float | None | Unset):
        price_max (float | None | Unset):
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        export_market (None | str | Unset):
        facets (bool | Unset):  Default: True.
        sort (SearchCatalogueSort | Unset):  Default: 'relevance'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): how many hits to skip, 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SearchResults
     """


    return (await asyncio_detailed(
        client=client,
q=q,
country=country,
province=province,
group=group,
hs_code=hs_code,
min_stars=min_stars,
certification=certification,
programme=programme,
min_capacity=min_capacity,
capacity_unit=capacity_unit,
order_quantity=order_quantity,
order_unit=order_unit,
price_min=price_min,
price_max=price_max,
currency=currency,
export_market=export_market,
facets=facets,
sort=sort,
limit=limit,
offset=offset,

    )).parsed
