from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_details import ProblemDetails
from ...models.registration_public import RegistrationPublic
from ...models.submission import Submission
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    country: str,
    product_id: str,
    *,
    body: Submission,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/registry/{country}/products/{product_id}/submission".format(country=quote(str(country), safe=""),product_id=quote(str(product_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | RegistrationPublic | None:
    if response.status_code == 200:
        response_200 = RegistrationPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | RegistrationPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: Submission,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[ProblemDetails | RegistrationPublic]:
    """ Submit a product for registration with its dossier (its producer, its province's officer or the
    registry)

     If-Match with the registration's ETag (its product's version, as GET …/registration or the product
    answers it): the dossier is submitted only for the state it was prepared against.

    Needs a bearer token of role `producer` or `provincial_officer` or `registry_admin`.

    Args:
        country (str):  Example: VN.
        product_id (str): a record's id
        if_match (str):
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (Submission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RegistrationPublic]
     """


    kwargs = _get_kwargs(
        country=country,
product_id=product_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    country: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: Submission,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> ProblemDetails | RegistrationPublic | None:
    """ Submit a product for registration with its dossier (its producer, its province's officer or the
    registry)

     If-Match with the registration's ETag (its product's version, as GET …/registration or the product
    answers it): the dossier is submitted only for the state it was prepared against.

    Needs a bearer token of role `producer` or `provincial_officer` or `registry_admin`.

    Args:
        country (str):  Example: VN.
        product_id (str): a record's id
        if_match (str):
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (Submission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RegistrationPublic
     """


    return sync_detailed(
        country=country,
product_id=product_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    country: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: Submission,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[ProblemDetails | RegistrationPublic]:
    """ Submit a product for registration with its dossier (its producer, its province's officer or the
    registry)

     If-Match with the registration's ETag (its product's version, as GET …/registration or the product
    answers it): the dossier is submitted only for the state it was prepared against.

    Needs a bearer token of role `producer` or `provincial_officer` or `registry_admin`.

    Args:
        country (str):  Example: VN.
        product_id (str): a record's id
        if_match (str):
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (Submission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RegistrationPublic]
     """


    kwargs = _get_kwargs(
        country=country,
product_id=product_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    country: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: Submission,
    if_match: str,
    idempotency_key: str | Unset = UNSET,

) -> ProblemDetails | RegistrationPublic | None:
    """ Submit a product for registration with its dossier (its producer, its province's officer or the
    registry)

     If-Match with the registration's ETag (its product's version, as GET …/registration or the product
    answers it): the dossier is submitted only for the state it was prepared against.

    Needs a bearer token of role `producer` or `provincial_officer` or `registry_admin`.

    Args:
        country (str):  Example: VN.
        product_id (str): a record's id
        if_match (str):
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (Submission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RegistrationPublic
     """


    return (await asyncio_detailed(
        country=country,
product_id=product_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed
