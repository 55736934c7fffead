from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.matching_producer_page import MatchingProducerPage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    producer_id: str,
    *,
    currency: str | Unset = 'USD',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["currency"] = currency

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/catalogue/producers/{producer_id}".format(producer_id=quote(str(producer_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MatchingProducerPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = MatchingProducerPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MatchingProducerPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    producer_id: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = 'USD',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> Response[MatchingProducerPage | ProblemDetails]:
    """ A producer's public page: who and where, and its listed products

     A producer's public page: who and where, and its listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        producer_id (str): a record's id
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingProducerPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        producer_id=producer_id,
currency=currency,
limit=limit,
offset=offset,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    producer_id: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = 'USD',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> MatchingProducerPage | ProblemDetails | None:
    """ A producer's public page: who and where, and its listed products

     A producer's public page: who and where, and its listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        producer_id (str): a record's id
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingProducerPage | ProblemDetails
     """


    return sync_detailed(
        producer_id=producer_id,
client=client,
currency=currency,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    producer_id: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = 'USD',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> Response[MatchingProducerPage | ProblemDetails]:
    """ A producer's public page: who and where, and its listed products

     A producer's public page: who and where, and its listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        producer_id (str): a record's id
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchingProducerPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        producer_id=producer_id,
currency=currency,
limit=limit,
offset=offset,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    producer_id: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = 'USD',
    limit: int | Unset = 20,
    offset: int | Unset = 0,

) -> MatchingProducerPage | ProblemDetails | None:
    """ A producer's public page: who and where, and its listed products

     A producer's public page: who and where, and its listed products

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        producer_id (str): a record's id
        currency (str | Unset): ISO 4217 (any case; answered in upper case), one of the reference
            rate table: AED, AUD, BND, CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD,
            THB, USD, VND Default: 'USD'.
        limit (int | Unset): how many items, 1-100 Default: 20.
        offset (int | Unset): 0-10000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchingProducerPage | ProblemDetails
     """


    return (await asyncio_detailed(
        producer_id=producer_id,
client=client,
currency=currency,
limit=limit,
offset=offset,

    )).parsed
