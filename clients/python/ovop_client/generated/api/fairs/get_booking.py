from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.booking import Booking
from ...models.problem_details import ProblemDetails
from typing import cast



def _get_kwargs(
    fair_id: str,
    booking_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fairs/{fair_id}/bookings/{booking_id}".format(fair_id=quote(str(fair_id), safe=""),booking_id=quote(str(booking_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Booking | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = Booking.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Booking | ProblemDetails]:
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

) -> Response[Booking | ProblemDetails]:
    """ Get Booking

     Get Booking

    Needs a bearer token of role `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Booking | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
booking_id=booking_id,

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

) -> Booking | ProblemDetails | None:
    """ Get Booking

     Get Booking

    Needs a bearer token of role `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Booking | ProblemDetails
     """


    return sync_detailed(
        fair_id=fair_id,
booking_id=booking_id,
client=client,

    ).parsed

async def asyncio_detailed(
    fair_id: str,
    booking_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[Booking | ProblemDetails]:
    """ Get Booking

     Get Booking

    Needs a bearer token of role `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Booking | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
booking_id=booking_id,

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

) -> Booking | ProblemDetails | None:
    """ Get Booking

     Get Booking

    Needs a bearer token of role `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        booking_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Booking | ProblemDetails
     """


    return (await asyncio_detailed(
        fair_id=fair_id,
booking_id=booking_id,
client=client,

    )).parsed
