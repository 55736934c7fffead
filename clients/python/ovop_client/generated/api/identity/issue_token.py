from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.access_token import AccessToken
from ...models.issue_token_body import IssueTokenBody
from ...models.problem_details import ProblemDetails
from typing import cast



def _get_kwargs(
    *,
    body: IssueTokenBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())



        return response_401

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = ProblemDetails.from_dict(response.json())



        return response_415

    if response.status_code == 423:
        response_423 = ProblemDetails.from_dict(response.json())



        return response_423

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessToken | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueTokenBody,

) -> Response[AccessToken | ProblemDetails]:
    """ OAuth2 client credentials: a signed JWT carrying the client's role

     RFC 6749 §4.4. Authenticate the client either with HTTP Basic (`client_secret_basic`:
    `Authorization: Basic base64(id:secret)`, each part form-urlencoded first) or with `client_id` and
    `client_secret` form fields (`client_secret_post`), not both. The token's `scope` is the client's
    role. Failed logins are throttled per client and per address (429 with Retry-After). RFC 6749 §4.3,
    the password grant (`username`, `password`), signs a person in and is open to the network's first-
    party web client only, which names the person's address in a `Forwarded` header (RFC 7239); five
    wrong passwords in a row from one address lock the account for that address, fifty from anywhere for
    every address (423 with Retry-After). The same client renews a signed-in person's token before it
    expires with a token exchange (RFC 8693: `subject_token`, `subject_token_type`
    urn:ietf:params:oauth:token-type:access_token).

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | ProblemDetails]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: IssueTokenBody,

) -> AccessToken | ProblemDetails | None:
    """ OAuth2 client credentials: a signed JWT carrying the client's role

     RFC 6749 §4.4. Authenticate the client either with HTTP Basic (`client_secret_basic`:
    `Authorization: Basic base64(id:secret)`, each part form-urlencoded first) or with `client_id` and
    `client_secret` form fields (`client_secret_post`), not both. The token's `scope` is the client's
    role. Failed logins are throttled per client and per address (429 with Retry-After). RFC 6749 §4.3,
    the password grant (`username`, `password`), signs a person in and is open to the network's first-
    party web client only, which names the person's address in a `Forwarded` header (RFC 7239); five
    wrong passwords in a row from one address lock the account for that address, fifty from anywhere for
    every address (423 with Retry-After). The same client renews a signed-in person's token before it
    expires with a token exchange (RFC 8693: `subject_token`, `subject_token_type`
    urn:ietf:params:oauth:token-type:access_token).

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | ProblemDetails
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueTokenBody,

) -> Response[AccessToken | ProblemDetails]:
    """ OAuth2 client credentials: a signed JWT carrying the client's role

     RFC 6749 §4.4. Authenticate the client either with HTTP Basic (`client_secret_basic`:
    `Authorization: Basic base64(id:secret)`, each part form-urlencoded first) or with `client_id` and
    `client_secret` form fields (`client_secret_post`), not both. The token's `scope` is the client's
    role. Failed logins are throttled per client and per address (429 with Retry-After). RFC 6749 §4.3,
    the password grant (`username`, `password`), signs a person in and is open to the network's first-
    party web client only, which names the person's address in a `Forwarded` header (RFC 7239); five
    wrong passwords in a row from one address lock the account for that address, fifty from anywhere for
    every address (423 with Retry-After). The same client renews a signed-in person's token before it
    expires with a token exchange (RFC 8693: `subject_token`, `subject_token_type`
    urn:ietf:params:oauth:token-type:access_token).

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | ProblemDetails]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IssueTokenBody,

) -> AccessToken | ProblemDetails | None:
    """ OAuth2 client credentials: a signed JWT carrying the client's role

     RFC 6749 §4.4. Authenticate the client either with HTTP Basic (`client_secret_basic`:
    `Authorization: Basic base64(id:secret)`, each part form-urlencoded first) or with `client_id` and
    `client_secret` form fields (`client_secret_post`), not both. The token's `scope` is the client's
    role. Failed logins are throttled per client and per address (429 with Retry-After). RFC 6749 §4.3,
    the password grant (`username`, `password`), signs a person in and is open to the network's first-
    party web client only, which names the person's address in a `Forwarded` header (RFC 7239); five
    wrong passwords in a row from one address lock the account for that address, fifty from anywhere for
    every address (423 with Retry-After). The same client renews a signed-in person's token before it
    expires with a token exchange (RFC 8693: `subject_token`, `subject_token_type`
    urn:ietf:params:oauth:token-type:access_token).

    Args:
        body (IssueTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | ProblemDetails
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
