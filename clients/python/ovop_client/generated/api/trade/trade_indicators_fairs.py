from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.fairs_report import FairsReport
from ...models.problem_details import ProblemDetails
from ...models.trade_indicators_fairs_format import check_trade_indicators_fairs_format
from ...models.trade_indicators_fairs_format import TradeIndicatorsFairsFormat
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    fair_id: None | str | Unset = UNSET,
    format_: TradeIndicatorsFairsFormat | Unset = 'json',

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_fair_id: None | str | Unset
    if isinstance(fair_id, Unset):
        json_fair_id = UNSET
    else:
        json_fair_id = fair_id
    params["fair_id"] = json_fair_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/trade/indicators/fairs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FairsReport | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = FairsReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FairsReport | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fair_id: None | str | Unset = UNSET,
    format_: TradeIndicatorsFairsFormat | Unset = 'json',

) -> Response[FairsReport | ProblemDetails]:
    """ The outcomes of the fairs the caller organises: meetings with an outcome, follow-ups, deals and
    their value

     An organiser's own fairs only (owner or co-organiser); another's fair is 403, as is every other
    role. Regional figures from fairs are in the deals indicator (channel=fair).

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        fair_id (None | str | Unset):
        format_ (TradeIndicatorsFairsFormat | Unset): json, or csv to download Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FairsReport | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    fair_id: None | str | Unset = UNSET,
    format_: TradeIndicatorsFairsFormat | Unset = 'json',

) -> FairsReport | ProblemDetails | None:
    """ The outcomes of the fairs the caller organises: meetings with an outcome, follow-ups, deals and
    their value

     An organiser's own fairs only (owner or co-organiser); another's fair is 403, as is every other
    role. Regional figures from fairs are in the deals indicator (channel=fair).

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        fair_id (None | str | Unset):
        format_ (TradeIndicatorsFairsFormat | Unset): json, or csv to download Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FairsReport | ProblemDetails
     """


    return sync_detailed(
        client=client,
fair_id=fair_id,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fair_id: None | str | Unset = UNSET,
    format_: TradeIndicatorsFairsFormat | Unset = 'json',

) -> Response[FairsReport | ProblemDetails]:
    """ The outcomes of the fairs the caller organises: meetings with an outcome, follow-ups, deals and
    their value

     An organiser's own fairs only (owner or co-organiser); another's fair is 403, as is every other
    role. Regional figures from fairs are in the deals indicator (channel=fair).

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        fair_id (None | str | Unset):
        format_ (TradeIndicatorsFairsFormat | Unset): json, or csv to download Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FairsReport | ProblemDetails]
     """


    kwargs = _get_kwargs(
        fair_id=fair_id,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    fair_id: None | str | Unset = UNSET,
    format_: TradeIndicatorsFairsFormat | Unset = 'json',

) -> FairsReport | ProblemDetails | None:
    """ The outcomes of the fairs the caller organises: meetings with an outcome, follow-ups, deals and
    their value

     An organiser's own fairs only (owner or co-organiser); another's fair is 403, as is every other
    role. Regional figures from fairs are in the deals indicator (channel=fair).

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        fair_id (None | str | Unset):
        format_ (TradeIndicatorsFairsFormat | Unset): json, or csv to download Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FairsReport | ProblemDetails
     """


    return (await asyncio_detailed(
        client=client,
fair_id=fair_id,
format_=format_,

    )).parsed
