from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.dead_letter_page import DeadLetterPage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    country: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/registry/{country}/dead-letters".format(country=quote(str(country), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeadLetterPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = DeadLetterPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeadLetterPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,

) -> Response[DeadLetterPage | ProblemDetails]:
    """ Messages this service could not apply, with the reason and where they came from

     Paged in the topic's order (partition, then offset). The topic is read whole for each page: it holds
    what failed, which operators keep short by fixing the causes and replaying.

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        limit (int | Unset): how many items, 1-1000 Default: 100.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadLetterPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
limit=limit,
offset=offset,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    country: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,

) -> DeadLetterPage | ProblemDetails | None:
    """ Messages this service could not apply, with the reason and where they came from

     Paged in the topic's order (partition, then offset). The topic is read whole for each page: it holds
    what failed, which operators keep short by fixing the causes and replaying.

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        limit (int | Unset): how many items, 1-1000 Default: 100.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadLetterPage | ProblemDetails
     """


    return sync_detailed(
        country=country,
client=client,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,

) -> Response[DeadLetterPage | ProblemDetails]:
    """ Messages this service could not apply, with the reason and where they came from

     Paged in the topic's order (partition, then offset). The topic is read whole for each page: it holds
    what failed, which operators keep short by fixing the causes and replaying.

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        limit (int | Unset): how many items, 1-1000 Default: 100.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadLetterPage | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
limit=limit,
offset=offset,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,

) -> DeadLetterPage | ProblemDetails | None:
    """ Messages this service could not apply, with the reason and where they came from

     Paged in the topic's order (partition, then offset). The topic is read whole for each page: it holds
    what failed, which operators keep short by fixing the causes and replaying.

    Needs a bearer token of role `registry_admin`.

    Args:
        country (str):  Example: VN.
        limit (int | Unset): how many items, 1-1000 Default: 100.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadLetterPage | ProblemDetails
     """


    return (await asyncio_detailed(
        country=country,
client=client,
limit=limit,
offset=offset,

    )).parsed
