from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_details import ProblemDetails
from ...models.quote_page import QuotePage
from ...models.quote_status import check_quote_status
from ...models.quote_status import QuoteStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: None | QuoteStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

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
        "url": "/v1/trade/quotes",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | QuotePage | None:
    if response.status_code == 200:
        response_200 = QuotePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | QuotePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | QuoteStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> Response[ProblemDetails | QuotePage]:
    """ The caller's quotes (a producer's own; those on a buyer's requests), newest first

     The caller's quotes (a producer's own; those on a buyer's requests), newest first

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        status (None | QuoteStatus | Unset):
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | QuotePage]
     """


    kwargs = _get_kwargs(
        status=status,
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
    status: None | QuoteStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> ProblemDetails | QuotePage | None:
    """ The caller's quotes (a producer's own; those on a buyer's requests), newest first

     The caller's quotes (a producer's own; those on a buyer's requests), newest first

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        status (None | QuoteStatus | Unset):
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | QuotePage
     """


    return sync_detailed(
        client=client,
status=status,
limit=limit,
offset=offset,
producer_id=producer_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | QuoteStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> Response[ProblemDetails | QuotePage]:
    """ The caller's quotes (a producer's own; those on a buyer's requests), newest first

     The caller's quotes (a producer's own; those on a buyer's requests), newest first

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        status (None | QuoteStatus | Unset):
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | QuotePage]
     """


    kwargs = _get_kwargs(
        status=status,
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
    status: None | QuoteStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    producer_id: None | str | Unset = UNSET,

) -> ProblemDetails | QuotePage | None:
    """ The caller's quotes (a producer's own; those on a buyer's requests), newest first

     The caller's quotes (a producer's own; those on a buyer's requests), newest first

    Needs a bearer token of role `buyer` or `producer` or `provincial_officer`.

    Args:
        status (None | QuoteStatus | Unset):
        limit (int | Unset): how many items, 1-200 Default: 50.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | QuotePage
     """


    return (await asyncio_detailed(
        client=client,
status=status,
limit=limit,
offset=offset,
producer_id=producer_id,

    )).parsed
