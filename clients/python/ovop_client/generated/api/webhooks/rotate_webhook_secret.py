from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem_details import ProblemDetails
from ...models.secret_rotation import SecretRotation
from ...models.subscription_created import SubscriptionCreated
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    subscription_id: str,
    *,
    body: None | SecretRotation | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/subscriptions/{subscription_id}/secret".format(subscription_id=quote(str(subscription_id), safe=""),),
    }

    
    if isinstance(body, SecretRotation):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | SubscriptionCreated | None:
    if response.status_code == 200:
        response_200 = SubscriptionCreated.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProblemDetails | SubscriptionCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotation | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ProblemDetails | SubscriptionCreated]:
    """ Rotate the subscription's signing secret; the new one is in this answer only

     Deliveries are signed with the new secret from now on, and with the one before it too (a second
    `v1,` signature in `webhook-signature`) for `keep_previous_s`, so a subscriber that verifies with
    either old or new secret switches over without a failed delivery. Only the latest previous secret is
    kept: a second rotation ends the first's overlap. Without a body, the overlap is a day.

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        subscription_id (str): a record's id
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (None | SecretRotation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SubscriptionCreated]
     """


    kwargs = _get_kwargs(
        subscription_id=subscription_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotation | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ProblemDetails | SubscriptionCreated | None:
    """ Rotate the subscription's signing secret; the new one is in this answer only

     Deliveries are signed with the new secret from now on, and with the one before it too (a second
    `v1,` signature in `webhook-signature`) for `keep_previous_s`, so a subscriber that verifies with
    either old or new secret switches over without a failed delivery. Only the latest previous secret is
    kept: a second rotation ends the first's overlap. Without a body, the overlap is a day.

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        subscription_id (str): a record's id
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (None | SecretRotation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SubscriptionCreated
     """


    return sync_detailed(
        subscription_id=subscription_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotation | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ProblemDetails | SubscriptionCreated]:
    """ Rotate the subscription's signing secret; the new one is in this answer only

     Deliveries are signed with the new secret from now on, and with the one before it too (a second
    `v1,` signature in `webhook-signature`) for `keep_previous_s`, so a subscriber that verifies with
    either old or new secret switches over without a failed delivery. Only the latest previous secret is
    kept: a second rotation ends the first's overlap. Without a body, the overlap is a day.

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        subscription_id (str): a record's id
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (None | SecretRotation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | SubscriptionCreated]
     """


    kwargs = _get_kwargs(
        subscription_id=subscription_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SecretRotation | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ProblemDetails | SubscriptionCreated | None:
    """ Rotate the subscription's signing secret; the new one is in this answer only

     Deliveries are signed with the new secret from now on, and with the one before it too (a second
    `v1,` signature in `webhook-signature`) for `keep_previous_s`, so a subscriber that verifies with
    either old or new secret switches over without a failed delivery. Only the latest previous secret is
    kept: a second rotation ends the first's overlap. Without a body, the overlap is a day.

    Needs a bearer token of role `buyer` or `fair_organiser` or `integrator` or `producer` or
    `registry_admin`.

    Args:
        subscription_id (str): a record's id
        idempotency_key (str | Unset):  Example: 5f1c1f0e-9f5a-4c57-9b77-2a4c1d3e8a10.
        body (None | SecretRotation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | SubscriptionCreated
     """


    return (await asyncio_detailed(
        subscription_id=subscription_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
