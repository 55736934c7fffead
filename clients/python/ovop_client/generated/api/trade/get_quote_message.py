from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.message_public import MessagePublic
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    quote_id: str,
    message_id: int,
    *,
    producer_id: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_producer_id: None | str | Unset
    if isinstance(producer_id, Unset):
        json_producer_id = UNSET
    else:
        json_producer_id = producer_id
    params["producer_id"] = json_producer_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/trade/quotes/{quote_id}/messages/{message_id}".format(quote_id=quote(str(quote_id), safe=""),message_id=quote(str(message_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MessagePublic | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = MessagePublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MessagePublic | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quote_id: str,
    message_id: int,
    *,
    client: AuthenticatedClient,
    producer_id: None | str | Unset = UNSET,

) -> Response[MessagePublic | ProblemDetails]:
    """ One message of the quote's thread (its buyer and its producer only)

     One message of the quote's thread (its buyer and its producer only)

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        quote_id (str): a record's id
        message_id (int): a positive 64-bit row number
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagePublic | ProblemDetails]
     """


    kwargs = _get_kwargs(
        quote_id=quote_id,
message_id=message_id,
producer_id=producer_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    quote_id: str,
    message_id: int,
    *,
    client: AuthenticatedClient,
    producer_id: None | str | Unset = UNSET,

) -> MessagePublic | ProblemDetails | None:
    """ One message of the quote's thread (its buyer and its producer only)

     One message of the quote's thread (its buyer and its producer only)

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        quote_id (str): a record's id
        message_id (int): a positive 64-bit row number
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagePublic | ProblemDetails
     """


    return sync_detailed(
        quote_id=quote_id,
message_id=message_id,
client=client,
producer_id=producer_id,

    ).parsed

async def asyncio_detailed(
    quote_id: str,
    message_id: int,
    *,
    client: AuthenticatedClient,
    producer_id: None | str | Unset = UNSET,

) -> Response[MessagePublic | ProblemDetails]:
    """ One message of the quote's thread (its buyer and its producer only)

     One message of the quote's thread (its buyer and its producer only)

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        quote_id (str): a record's id
        message_id (int): a positive 64-bit row number
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagePublic | ProblemDetails]
     """


    kwargs = _get_kwargs(
        quote_id=quote_id,
message_id=message_id,
producer_id=producer_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    quote_id: str,
    message_id: int,
    *,
    client: AuthenticatedClient,
    producer_id: None | str | Unset = UNSET,

) -> MessagePublic | ProblemDetails | None:
    """ One message of the quote's thread (its buyer and its producer only)

     One message of the quote's thread (its buyer and its producer only)

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        quote_id (str): a record's id
        message_id (int): a positive 64-bit row number
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagePublic | ProblemDetails
     """


    return (await asyncio_detailed(
        quote_id=quote_id,
message_id=message_id,
client=client,
producer_id=producer_id,

    )).parsed
