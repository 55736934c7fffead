from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.fair_edited import FairEdited
from ...models.fair_patch import FairPatch
from ...models.problem_details import ProblemDetails
from typing import cast



def _get_kwargs(
    fair_id: str,
    *,
    body: FairPatch,
    if_match: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/fairs/{fair_id}".format(fair_id=quote(str(fair_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FairEdited | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = FairEdited.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FairEdited | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fair_id: str,
    *,
    client: AuthenticatedClient,
    body: FairPatch,
    if_match: str,

) -> Response[FairEdited | ProblemDetails]:
    """ Change a fair's name, dates, venue, time zone, window, quotas or caps (If-Match)

     Refused with the reason (409) when a change would break a booking or a meeting; otherwise carried
    through: moving `starts_on` moves the whole fair, its meeting programme, participants' hours and
    scheduled meetings by as many days; a new `timezone` keeps wall-clock times; a new `venue` relocates
    every meeting. Moved meetings are published (`meeting.moved`) and keep their calendar UID with a
    higher
    SEQUENCE.

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        if_match (str):
        body (FairPatch): The fields to change; the others stay. Moving `starts_on` moves the
            whole fair by as many days (its last
            day, meeting programme, participants' hours and scheduled meetings with it); `ends_on`
            alone may not drop a
            meeting session; `timezone` keeps the wall-clock times (meetings move in absolute time); a
            new quota or
            meeting cap may not be below what is already booked or scheduled; eligibility applies to
            later
            applications only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FairEdited | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    fair_id: str,
    *,
    client: AuthenticatedClient,
    body: FairPatch,
    if_match: str,

) -> FairEdited | ProblemDetails | None:
    """ Change a fair's name, dates, venue, time zone, window, quotas or caps (If-Match)

     Refused with the reason (409) when a change would break a booking or a meeting; otherwise carried
    through: moving `starts_on` moves the whole fair, its meeting programme, participants' hours and
    scheduled meetings by as many days; a new `timezone` keeps wall-clock times; a new `venue` relocates
    every meeting. Moved meetings are published (`meeting.moved`) and keep their calendar UID with a
    higher
    SEQUENCE.

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        if_match (str):
        body (FairPatch): The fields to change; the others stay. Moving `starts_on` moves the
            whole fair by as many days (its last
            day, meeting programme, participants' hours and scheduled meetings with it); `ends_on`
            alone may not drop a
            meeting session; `timezone` keeps the wall-clock times (meetings move in absolute time); a
            new quota or
            meeting cap may not be below what is already booked or scheduled; eligibility applies to
            later
            applications only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FairEdited | ProblemDetails
     """


    return sync_detailed(
        fair_id=fair_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    fair_id: str,
    *,
    client: AuthenticatedClient,
    body: FairPatch,
    if_match: str,

) -> Response[FairEdited | ProblemDetails]:
    """ Change a fair's name, dates, venue, time zone, window, quotas or caps (If-Match)

     Refused with the reason (409) when a change would break a booking or a meeting; otherwise carried
    through: moving `starts_on` moves the whole fair, its meeting programme, participants' hours and
    scheduled meetings by as many days; a new `timezone` keeps wall-clock times; a new `venue` relocates
    every meeting. Moved meetings are published (`meeting.moved`) and keep their calendar UID with a
    higher
    SEQUENCE.

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        if_match (str):
        body (FairPatch): The fields to change; the others stay. Moving `starts_on` moves the
            whole fair by as many days (its last
            day, meeting programme, participants' hours and scheduled meetings with it); `ends_on`
            alone may not drop a
            meeting session; `timezone` keeps the wall-clock times (meetings move in absolute time); a
            new quota or
            meeting cap may not be below what is already booked or scheduled; eligibility applies to
            later
            applications only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FairEdited | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    fair_id: str,
    *,
    client: AuthenticatedClient,
    body: FairPatch,
    if_match: str,

) -> FairEdited | ProblemDetails | None:
    """ Change a fair's name, dates, venue, time zone, window, quotas or caps (If-Match)

     Refused with the reason (409) when a change would break a booking or a meeting; otherwise carried
    through: moving `starts_on` moves the whole fair, its meeting programme, participants' hours and
    scheduled meetings by as many days; a new `timezone` keeps wall-clock times; a new `venue` relocates
    every meeting. Moved meetings are published (`meeting.moved`) and keep their calendar UID with a
    higher
    SEQUENCE.

    Needs a bearer token of role `fair_organiser`.

    Args:
        fair_id (str): a record's id
        if_match (str):
        body (FairPatch): The fields to change; the others stay. Moving `starts_on` moves the
            whole fair by as many days (its last
            day, meeting programme, participants' hours and scheduled meetings with it); `ends_on`
            alone may not drop a
            meeting session; `timezone` keeps the wall-clock times (meetings move in absolute time); a
            new quota or
            meeting cap may not be below what is already booked or scheduled; eligibility applies to
            later
            applications only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FairEdited | ProblemDetails
     """


    return (await asyncio_detailed(
        fair_id=fair_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
