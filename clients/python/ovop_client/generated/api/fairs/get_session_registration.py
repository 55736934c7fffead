from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.forum_registration import ForumRegistration
from ...models.problem_details import ProblemDetails
from typing import cast



def _get_kwargs(
    forum_id: str,
    session_id: str,
    registration_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/forums/{forum_id}/sessions/{session_id}/registrations/{registration_id}".format(forum_id=quote(str(forum_id), safe=""),session_id=quote(str(session_id), safe=""),registration_id=quote(str(registration_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ForumRegistration | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = ForumRegistration.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ForumRegistration | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    forum_id: str,
    session_id: str,
    registration_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ForumRegistration | ProblemDetails]:
    """ A seat or a place in line: to its holder, or to the forum's organisers

     A seat or a place in line: to its holder, or to the forum's organisers

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        forum_id (str): a record's id
        session_id (str): a record's id
        registration_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForumRegistration | ProblemDetails]
     """


    kwargs = _get_kwargs(
        forum_id=forum_id,
session_id=session_id,
registration_id=registration_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    forum_id: str,
    session_id: str,
    registration_id: int,
    *,
    client: AuthenticatedClient,

) -> ForumRegistration | ProblemDetails | None:
    """ A seat or a place in line: to its holder, or to the forum's organisers

     A seat or a place in line: to its holder, or to the forum's organisers

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        forum_id (str): a record's id
        session_id (str): a record's id
        registration_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForumRegistration | ProblemDetails
     """


    return sync_detailed(
        forum_id=forum_id,
session_id=session_id,
registration_id=registration_id,
client=client,

    ).parsed

async def asyncio_detailed(
    forum_id: str,
    session_id: str,
    registration_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ForumRegistration | ProblemDetails]:
    """ A seat or a place in line: to its holder, or to the forum's organisers

     A seat or a place in line: to its holder, or to the forum's organisers

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        forum_id (str): a record's id
        session_id (str): a record's id
        registration_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForumRegistration | ProblemDetails]
     """


    kwargs = _get_kwargs(
        forum_id=forum_id,
session_id=session_id,
registration_id=registration_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    forum_id: str,
    session_id: str,
    registration_id: int,
    *,
    client: AuthenticatedClient,

) -> ForumRegistration | ProblemDetails | None:
    """ A seat or a place in line: to its holder, or to the forum's organisers

     A seat or a place in line: to its holder, or to the forum's organisers

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        forum_id (str): a record's id
        session_id (str): a record's id
        registration_id (int): a positive 32-bit row number

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForumRegistration | ProblemDetails
     """


    return (await asyncio_detailed(
        forum_id=forum_id,
session_id=session_id,
registration_id=registration_id,
client=client,

    )).parsed
