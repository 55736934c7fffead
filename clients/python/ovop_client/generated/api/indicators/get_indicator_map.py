from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_indicator_map_scope import check_get_indicator_map_scope
from ...models.get_indicator_map_scope import GetIndicatorMapScope
from ...models.problem_details import ProblemDetails
from ...models.province_map import ProvinceMap
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    country: str,
    *,
    scope: GetIndicatorMapScope | Unset = 'national',

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/registry/{country}/indicators/map".format(country=quote(str(country), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | ProvinceMap | None:
    if response.status_code == 200:
        response_200 = ProvinceMap.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | ProvinceMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    scope: GetIndicatorMapScope | Unset = 'national',

) -> Response[ProblemDetails | ProvinceMap]:
    """ Product counts by province as GeoJSON points, for a map

     Product counts by province as GeoJSON points, for a map

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        scope (GetIndicatorMapScope | Unset): this node's country, or the whole region it
            replicates Default: 'national'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProvinceMap]
     """


    kwargs = _get_kwargs(
        country=country,
scope=scope,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    country: str,
    *,
    client: AuthenticatedClient,
    scope: GetIndicatorMapScope | Unset = 'national',

) -> ProblemDetails | ProvinceMap | None:
    """ Product counts by province as GeoJSON points, for a map

     Product counts by province as GeoJSON points, for a map

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        scope (GetIndicatorMapScope | Unset): this node's country, or the whole region it
            replicates Default: 'national'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProvinceMap
     """


    return sync_detailed(
        country=country,
client=client,
scope=scope,

    ).parsed

async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    scope: GetIndicatorMapScope | Unset = 'national',

) -> Response[ProblemDetails | ProvinceMap]:
    """ Product counts by province as GeoJSON points, for a map

     Product counts by province as GeoJSON points, for a map

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        scope (GetIndicatorMapScope | Unset): this node's country, or the whole region it
            replicates Default: 'national'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProvinceMap]
     """


    kwargs = _get_kwargs(
        country=country,
scope=scope,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient,
    scope: GetIndicatorMapScope | Unset = 'national',

) -> ProblemDetails | ProvinceMap | None:
    """ Product counts by province as GeoJSON points, for a map

     Product counts by province as GeoJSON points, for a map

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        scope (GetIndicatorMapScope | Unset): this node's country, or the whole region it
            replicates Default: 'national'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProvinceMap
     """


    return (await asyncio_detailed(
        country=country,
client=client,
scope=scope,

    )).parsed
