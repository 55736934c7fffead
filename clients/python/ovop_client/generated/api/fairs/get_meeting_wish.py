from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_details import ProblemDetails
from ...models.wish_listed import WishListed
from typing import cast



def _get_kwargs(
    fair_id: str,
    wish_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fairs/{fair_id}/wishes/{wish_id}".format(fair_id=quote(str(fair_id), safe=""),wish_id=quote(str(wish_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | WishListed | None:
    if response.status_code == 200:
        response_200 = WishListed.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | WishListed]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fair_id: str,
    wish_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ProblemDetails | WishListed]:
    """ A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

     A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        wish_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WishListed]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
wish_id=wish_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    fair_id: str,
    wish_id: int,
    *,
    client: AuthenticatedClient,

) -> ProblemDetails | WishListed | None:
    """ A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

     A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        wish_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WishListed
     """


    return sync_detailed(
        fair_id=fair_id,
wish_id=wish_id,
client=client,

    ).parsed

async def asyncio_detailed(
    fair_id: str,
    wish_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ProblemDetails | WishListed]:
    """ A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

     A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        wish_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WishListed]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
wish_id=wish_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    fair_id: str,
    wish_id: int,
    *,
    client: AuthenticatedClient,

) -> ProblemDetails | WishListed | None:
    """ A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

     A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        wish_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WishListed
     """


    return (await asyncio_detailed(
        fair_id=fair_id,
wish_id=wish_id,
client=client,

    )).parsed
