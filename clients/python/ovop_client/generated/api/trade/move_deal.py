from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deal_move import DealMove
from ...models.deal_public import DealPublic
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    deal_id: str,
    *,
    body: DealMove,
    producer_id: None | str | Unset = UNSET,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    params: dict[str, Any] = {}

    json_producer_id: None | str | Unset
    if isinstance(producer_id, Unset):
        json_producer_id = UNSET
    else:
        json_producer_id = producer_id
    params["producer_id"] = json_producer_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/trade/deals/{deal_id}".format(deal_id=quote(str(deal_id), safe=""),),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DealPublic | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = DealPublic.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = ProblemDetails.from_dict(response.json())



        return response_412

    if response.status_code == 422:
        response_422 = ProblemDetails.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = ProblemDetails.from_dict(response.json())



        return response_428

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DealPublic | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealMove,
    producer_id: None | str | Unset = UNSET,
    if_match: str,

) -> Response[DealPublic | ProblemDetails]:
    """ A party moves the deal: the producer ships, the buyer confirms delivery, either cancels

     Needs If-Match with the deal's current ETag (from its last answer).

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        deal_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        if_match (str):
        body (DealMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealPublic | ProblemDetails]
     """


    kwargs = _get_kwargs(
        deal_id=deal_id,
body=body,
producer_id=producer_id,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealMove,
    producer_id: None | str | Unset = UNSET,
    if_match: str,

) -> DealPublic | ProblemDetails | None:
    """ A party moves the deal: the producer ships, the buyer confirms delivery, either cancels

     Needs If-Match with the deal's current ETag (from its last answer).

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        deal_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        if_match (str):
        body (DealMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealPublic | ProblemDetails
     """


    return sync_detailed(
        deal_id=deal_id,
client=client,
body=body,
producer_id=producer_id,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealMove,
    producer_id: None | str | Unset = UNSET,
    if_match: str,

) -> Response[DealPublic | ProblemDetails]:
    """ A party moves the deal: the producer ships, the buyer confirms delivery, either cancels

     Needs If-Match with the deal's current ETag (from its last answer).

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        deal_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        if_match (str):
        body (DealMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealPublic | ProblemDetails]
     """


    kwargs = _get_kwargs(
        deal_id=deal_id,
body=body,
producer_id=producer_id,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    deal_id: str,
    *,
    client: AuthenticatedClient,
    body: DealMove,
    producer_id: None | str | Unset = UNSET,
    if_match: str,

) -> DealPublic | ProblemDetails | None:
    """ A party moves the deal: the producer ships, the buyer confirms delivery, either cancels

     Needs If-Match with the deal's current ETag (from its last answer).

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        deal_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        if_match (str):
        body (DealMove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealPublic | ProblemDetails
     """


    return (await asyncio_detailed(
        deal_id=deal_id,
client=client,
body=body,
producer_id=producer_id,
if_match=if_match,

    )).parsed
