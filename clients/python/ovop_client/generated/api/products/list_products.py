from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_details import ProblemDetails
from ...models.product_page import ProductPage
from ...models.product_status import check_product_status
from ...models.product_status import ProductStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    country: str,
    *,
    status: None | ProductStatus | Unset = UNSET,
    producer_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_producer_id: None | str | Unset
    if isinstance(producer_id, Unset):
        json_producer_id = UNSET
    else:
        json_producer_id = producer_id
    params["producer_id"] = json_producer_id

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/registry/{country}/products".format(country=quote(str(country), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | ProductPage | None:
    if response.status_code == 200:
        response_200 = ProductPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | ProductPage]:
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
    status: None | ProductStatus | Unset = UNSET,
    producer_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[ProblemDetails | ProductPage]:
    """ List products held by this node (own and replicated)

     List products held by this node (own and replicated)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        status (None | ProductStatus | Unset):
        producer_id (None | str | Unset):
        limit (int | Unset): how many items, 1-500 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProductPage]
     """


    kwargs = _get_kwargs(
        country=country,
status=status,
producer_id=producer_id,
limit=limit,
offset=offset,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    country: str,
    *,
    client: AuthenticatedClient,
    status: None | ProductStatus | Unset = UNSET,
    producer_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> ProblemDetails | ProductPage | None:
    """ List products held by this node (own and replicated)

     List products held by this node (own and replicated)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        status (None | ProductStatus | Unset):
        producer_id (None | str | Unset):
        limit (int | Unset): how many items, 1-500 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProductPage
     """


    return sync_detailed(
        country=country,
client=client,
status=status,
producer_id=producer_id,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    status: None | ProductStatus | Unset = UNSET,
    producer_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> Response[ProblemDetails | ProductPage]:
    """ List products held by this node (own and replicated)

     List products held by this node (own and replicated)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        status (None | ProductStatus | Unset):
        producer_id (None | str | Unset):
        limit (int | Unset): how many items, 1-500 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ProductPage]
     """


    kwargs = _get_kwargs(
        country=country,
status=status,
producer_id=producer_id,
limit=limit,
offset=offset,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient,
    status: None | ProductStatus | Unset = UNSET,
    producer_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,

) -> ProblemDetails | ProductPage | None:
    """ List products held by this node (own and replicated)

     List products held by this node (own and replicated)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        status (None | ProductStatus | Unset):
        producer_id (None | str | Unset):
        limit (int | Unset): how many items, 1-500 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ProductPage
     """


    return (await asyncio_detailed(
        country=country,
client=client,
status=status,
producer_id=producer_id,
limit=limit,
offset=offset,

    )).parsed
