from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_details import ProblemDetails
from ...models.quote_create import QuoteCreate
from ...models.quote_public import QuotePublic
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    rfq_id: str,
    *,
    body: QuoteCreate,
    producer_id: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    params: dict[str, Any] = {}

    json_producer_id: None | str | Unset
    if isinstance(producer_id, Unset):
        json_producer_id = UNSET
    else:
        json_producer_id = producer_id
    params["producer_id"] = json_producer_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/trade/requests/{rfq_id}/quotes".format(rfq_id=quote(str(rfq_id), safe=""),),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | QuotePublic | None:
    if response.status_code == 201:
        response_201 = QuotePublic.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | QuotePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
    body: QuoteCreate,
    producer_id: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ProblemDetails | QuotePublic]:
    """ A matched producer quotes on a sourcing request

     A matched producer quotes on a sourcing request

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        rfq_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (QuoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | QuotePublic]
     """


    kwargs = _get_kwargs(
        rfq_id=rfq_id,
body=body,
producer_id=producer_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
    body: QuoteCreate,
    producer_id: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ProblemDetails | QuotePublic | None:
    """ A matched producer quotes on a sourcing request

     A matched producer quotes on a sourcing request

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        rfq_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (QuoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | QuotePublic
     """


    return sync_detailed(
        rfq_id=rfq_id,
client=client,
body=body,
producer_id=producer_id,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
    body: QuoteCreate,
    producer_id: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ProblemDetails | QuotePublic]:
    """ A matched producer quotes on a sourcing request

     A matched producer quotes on a sourcing request

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        rfq_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (QuoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | QuotePublic]
     """


    kwargs = _get_kwargs(
        rfq_id=rfq_id,
body=body,
producer_id=producer_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
    body: QuoteCreate,
    producer_id: None | str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ProblemDetails | QuotePublic | None:
    """ A matched producer quotes on a sourcing request

     A matched producer quotes on a sourcing request

    Needs a bearer token of role `producer` or `provincial_officer`.

    Args:
        rfq_id (str): a record's id
        producer_id (None | str | Unset): a provincial officer: the producer of its province it
            acts for (required of an officer; a producer may name only itself)
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (QuoteCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | QuotePublic
     """


    return (await asyncio_detailed(
        rfq_id=rfq_id,
client=client,
body=body,
producer_id=producer_id,
idempotency_key=idempotency_key,

    )).parsed
