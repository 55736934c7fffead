from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.booking_cancelled import BookingCancelled
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    fair_id: str,
    booking_id: int,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/fairs/{fair_id}/bookings/{booking_id}/cancel".format(fair_id=quote(str(fair_id), safe=""),booking_id=quote(str(booking_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BookingCancelled | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = BookingCancelled.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BookingCancelled | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fair_id: str,
    booking_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[BookingCancelled | ProblemDetails]:
    """ Cancel a booking; the booth is offered to the waitlist

     Cancel a booking; the booth is offered to the waitlist

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingCancelled | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
booking_id=booking_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    fair_id: str,
    booking_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> BookingCancelled | ProblemDetails | None:
    """ Cancel a booking; the booth is offered to the waitlist

     Cancel a booking; the booth is offered to the waitlist

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingCancelled | ProblemDetails
     """


    return sync_detailed(
        fair_id=fair_id,
booking_id=booking_id,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    fair_id: str,
    booking_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[BookingCancelled | ProblemDetails]:
    """ Cancel a booking; the booth is offered to the waitlist

     Cancel a booking; the booth is offered to the waitlist

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingCancelled | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
booking_id=booking_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    fair_id: str,
    booking_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> BookingCancelled | ProblemDetails | None:
    """ Cancel a booking; the booth is offered to the waitlist

     Cancel a booking; the booth is offered to the waitlist

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingCancelled | ProblemDetails
     """


    return (await asyncio_detailed(
        fair_id=fair_id,
booking_id=booking_id,
client=client,
idempotency_key=idempotency_key,

    )).parsed
