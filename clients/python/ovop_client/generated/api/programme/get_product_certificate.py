from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.certificate_public import CertificatePublic
from ...models.problem_details import ProblemDetails
from typing import cast



def _get_kwargs(
    country: str,
    owner_id: str,
    certificate_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/registry/{country}/products/{owner_id}/certificates/{certificate_id}".format(country=quote(str(country), safe=""),owner_id=quote(str(owner_id), safe=""),certificate_id=quote(str(certificate_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CertificatePublic | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = CertificatePublic.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CertificatePublic | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country: str,
    owner_id: str,
    certificate_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[CertificatePublic | ProblemDetails]:
    """ One certificate of a product

     One certificate of a product

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        owner_id (str): a record's id
        certificate_id (str): a record's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificatePublic | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
owner_id=owner_id,
certificate_id=certificate_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    country: str,
    owner_id: str,
    certificate_id: str,
    *,
    client: AuthenticatedClient,

) -> CertificatePublic | ProblemDetails | None:
    """ One certificate of a product

     One certificate of a product

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        owner_id (str): a record's id
        certificate_id (str): a record's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificatePublic | ProblemDetails
     """


    return sync_detailed(
        country=country,
owner_id=owner_id,
certificate_id=certificate_id,
client=client,

    ).parsed

async def asyncio_detailed(
    country: str,
    owner_id: str,
    certificate_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[CertificatePublic | ProblemDetails]:
    """ One certificate of a product

     One certificate of a product

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        owner_id (str): a record's id
        certificate_id (str): a record's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificatePublic | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
owner_id=owner_id,
certificate_id=certificate_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    country: str,
    owner_id: str,
    certificate_id: str,
    *,
    client: AuthenticatedClient,

) -> CertificatePublic | ProblemDetails | None:
    """ One certificate of a product

     One certificate of a product

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        owner_id (str): a record's id
        certificate_id (str): a record's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificatePublic | ProblemDetails
     """


    return (await asyncio_detailed(
        country=country,
owner_id=owner_id,
certificate_id=certificate_id,
client=client,

    )).parsed
