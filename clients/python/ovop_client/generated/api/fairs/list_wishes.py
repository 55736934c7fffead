from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_wishes_source_type_0 import check_list_wishes_source_type_0
from ...models.list_wishes_source_type_0 import ListWishesSourceType0
from ...models.problem_details import ProblemDetails
from ...models.wish_page import WishPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    fair_id: str,
    *,
    buyer_id: None | str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    source: ListWishesSourceType0 | None | Unset = UNSET,
    limit: int | Unset = 2000,
    offset: int | Unset = 0,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_buyer_id: None | str | Unset
    if isinstance(buyer_id, Unset):
        json_buyer_id = UNSET
    else:
        json_buyer_id = buyer_id
    params["buyer_id"] = json_buyer_id

    json_application_id: None | str | Unset
    if isinstance(application_id, Unset):
        json_application_id = UNSET
    else:
        json_application_id = application_id
    params["application_id"] = json_application_id

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, str):
        json_source = source
    else:
        json_source = source
    params["source"] = json_source

    params["limit"] = limit

    params["offset"] = offset


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fairs/{fair_id}/wishes".format(fair_id=quote(str(fair_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | WishPage | None:
    if response.status_code == 200:
        response_200 = WishPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | WishPage]:
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
    buyer_id: None | str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    source: ListWishesSourceType0 | None | Unset = UNSET,
    limit: int | Unset = 2000,
    offset: int | Unset = 0,

) -> Response[ProblemDetails | WishPage]:
    """ Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

     Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        buyer_id (None | str | Unset):
        application_id (None | str | Unset):
        source (ListWishesSourceType0 | None | Unset):
        limit (int | Unset): how many items, 1-5000 Default: 2000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WishPage]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
buyer_id=buyer_id,
application_id=application_id,
source=source,
limit=limit,
offset=offset,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    fair_id: str,
    *,
    client: AuthenticatedClient,
    buyer_id: None | str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    source: ListWishesSourceType0 | None | Unset = UNSET,
    limit: int | Unset = 2000,
    offset: int | Unset = 0,

) -> ProblemDetails | WishPage | None:
    """ Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

     Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        buyer_id (None | str | Unset):
        application_id (None | str | Unset):
        source (ListWishesSourceType0 | None | Unset):
        limit (int | Unset): how many items, 1-5000 Default: 2000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WishPage
     """


    return sync_detailed(
        fair_id=fair_id,
client=client,
buyer_id=buyer_id,
application_id=application_id,
source=source,
limit=limit,
offset=offset,

    ).parsed

async def asyncio_detailed(
    fair_id: str,
    *,
    client: AuthenticatedClient,
    buyer_id: None | str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    source: ListWishesSourceType0 | None | Unset = UNSET,
    limit: int | Unset = 2000,
    offset: int | Unset = 0,

) -> Response[ProblemDetails | WishPage]:
    """ Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

     Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        buyer_id (None | str | Unset):
        application_id (None | str | Unset):
        source (ListWishesSourceType0 | None | Unset):
        limit (int | Unset): how many items, 1-5000 Default: 2000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WishPage]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
buyer_id=buyer_id,
application_id=application_id,
source=source,
limit=limit,
offset=offset,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    fair_id: str,
    *,
    client: AuthenticatedClient,
    buyer_id: None | str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    source: ListWishesSourceType0 | None | Unset = UNSET,
    limit: int | Unset = 2000,
    offset: int | Unset = 0,

) -> ProblemDetails | WishPage | None:
    """ Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

     Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself

    Needs a bearer token of role `buyer` or `fair_organiser` or `producer`.

    Args:
        fair_id (str): a record's id
        buyer_id (None | str | Unset):
        application_id (None | str | Unset):
        source (ListWishesSourceType0 | None | Unset):
        limit (int | Unset): how many items, 1-5000 Default: 2000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WishPage
     """


    return (await asyncio_detailed(
        fair_id=fair_id,
client=client,
buyer_id=buyer_id,
application_id=application_id,
source=source,
limit=limit,
offset=offset,

    )).parsed
