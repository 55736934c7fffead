from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.dead_letter_replayed import DeadLetterReplayed
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    country: str,
    partition: int,
    offset: int,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/registry/{country}/dead-letters/{partition}/{offset}/replay".format(country=quote(str(country), safe=""),partition=quote(str(partition), safe=""),offset=quote(str(offset), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeadLetterReplayed | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = DeadLetterReplayed.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeadLetterReplayed | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    partition: int,
    offset: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[DeadLetterReplayed | ProblemDetails]:
    """ Apply a dead-lettered message again, through the same checks and handler

     Apply a dead-lettered message again, through the same checks and handler

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        partition (int): the dead-letter topic's partition
        offset (int): the message's offset in it
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadLetterReplayed | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
partition=partition,
offset=offset,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    country: str,
    partition: int,
    offset: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> DeadLetterReplayed | ProblemDetails | None:
    """ Apply a dead-lettered message again, through the same checks and handler

     Apply a dead-lettered message again, through the same checks and handler

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        partition (int): the dead-letter topic's partition
        offset (int): the message's offset in it
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadLetterReplayed | ProblemDetails
     """


    return sync_detailed(
        country=country,
partition=partition,
offset=offset,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    country: str,
    partition: int,
    offset: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[DeadLetterReplayed | ProblemDetails]:
    """ Apply a dead-lettered message again, through the same checks and handler

     Apply a dead-lettered message again, through the same checks and handler

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        partition (int): the dead-letter topic's partition
        offset (int): the message's offset in it
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadLetterReplayed | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
partition=partition,
offset=offset,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    country: str,
    partition: int,
    offset: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> DeadLetterReplayed | ProblemDetails | None:
    """ Apply a dead-lettered message again, through the same checks and handler

     Apply a dead-lettered message again, through the same checks and handler

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        partition (int): the dead-letter topic's partition
        offset (int): the message's offset in it
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadLetterReplayed | ProblemDetails
     """


    return (await asyncio_detailed(
        country=country,
partition=partition,
offset=offset,
client=client,
idempotency_key=idempotency_key,

    )).parsed
