from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.inbox_page import InboxPage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_producer_id: None | str | Unset
    if isinstance(producer_id, Unset):
        json_producer_id = UNSET
    else:
        json_producer_id = producer_id
    params["producer_id"] = json_producer_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/trade/inbox",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InboxPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = InboxPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InboxPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> Response[InboxPage | ProblemDetails]:
    """ A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

     A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboxPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        limit=limit,
offset=offset,
producer_id=producer_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> InboxPage | ProblemDetails | None:
    """ A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

     A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboxPage | ProblemDetails
     """


    return sync_detailed(
        client=client,
limit=limit,
offset=offset,
producer_id=producer_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> Response[InboxPage | ProblemDetails]:
    """ A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

     A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboxPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        limit=limit,
offset=offset,
producer_id=producer_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> InboxPage | ProblemDetails | None:
    """ A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

     A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboxPage | ProblemDetails
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
offset=offset,
producer_id=producer_id,

    )).parsed
