from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deal_indicators import DealIndicators
from ...models.problem_details import ProblemDetails
from ...models.trade_indicators_deals_channel_type_0 import check_trade_indicators_deals_channel_type_0
from ...models.trade_indicators_deals_channel_type_0 import TradeIndicatorsDealsChannelType0
from ...models.trade_indicators_deals_format import check_trade_indicators_deals_format
from ...models.trade_indicators_deals_format import TradeIndicatorsDealsFormat
from ...models.trade_indicators_deals_group_type_0 import check_trade_indicators_deals_group_type_0
from ...models.trade_indicators_deals_group_type_0 import TradeIndicatorsDealsGroupType0
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    format_: TradeIndicatorsDealsFormat | Unset = 'json',
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    channel: None | TradeIndicatorsDealsChannelType0 | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    destination: None | str | Unset = UNSET,
    group: None | TradeIndicatorsDealsGroupType0 | Unset = UNSET,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["limit"] = limit

    params["offset"] = offset

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, str):
        json_channel = channel
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_exporter: None | str | Unset
    if isinstance(exporter, Unset):
        json_exporter = UNSET
    else:
        json_exporter = exporter
    params["exporter"] = json_exporter

    json_destination: None | str | Unset
    if isinstance(destination, Unset):
        json_destination = UNSET
    else:
        json_destination = destination
    params["destination"] = json_destination

    json_group: None | str | Unset
    if isinstance(group, Unset):
        json_group = UNSET
    elif isinstance(group, str):
        json_group = group
    else:
        json_group = group
    params["group"] = json_group

    json_month_from: None | str | Unset
    if isinstance(month_from, Unset):
        json_month_from = UNSET
    else:
        json_month_from = month_from
    params["month_from"] = json_month_from

    json_month_to: None | str | Unset
    if isinstance(month_to, Unset):
        json_month_to = UNSET
    else:
        json_month_to = month_to
    params["month_to"] = json_month_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/trade/indicators/deals",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DealIndicators | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = DealIndicators.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DealIndicators | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    format_: TradeIndicatorsDealsFormat | Unset = 'json',
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    channel: None | TradeIndicatorsDealsChannelType0 | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    destination: None | str | Unset = UNSET,
    group: None | TradeIndicatorsDealsGroupType0 | Unset = UNSET,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,

) -> Response[DealIndicators | ProblemDetails]:
    """ Deals and their value in USD by channel × exporting country × destination × group × month

     Deals and their value in USD by channel × exporting country × destination × group × month

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        format_ (TradeIndicatorsDealsFormat | Unset): json, or csv to download Default: 'json'.
        limit (int | Unset): how many items, 1-5000 Default: 1000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        channel (None | TradeIndicatorsDealsChannelType0 | Unset):
        exporter (None | str | Unset): exporting member state
        destination (None | str | Unset):
        group (None | TradeIndicatorsDealsGroupType0 | Unset):
        month_from (None | str | Unset):
        month_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealIndicators | ProblemDetails]
     """


    kwargs = _get_kwargs(
        format_=format_,
limit=limit,
offset=offset,
channel=channel,
exporter=exporter,
destination=destination,
group=group,
month_from=month_from,
month_to=month_to,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    format_: TradeIndicatorsDealsFormat | Unset = 'json',
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    channel: None | TradeIndicatorsDealsChannelType0 | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    destination: None | str | Unset = UNSET,
    group: None | TradeIndicatorsDealsGroupType0 | Unset = UNSET,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,

) -> DealIndicators | ProblemDetails | None:
    """ Deals and their value in USD by channel × exporting country × destination × group × month

     Deals and their value in USD by channel × exporting country × destination × group × month

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        format_ (TradeIndicatorsDealsFormat | Unset): json, or csv to download Default: 'json'.
        limit (int | Unset): how many items, 1-5000 Default: 1000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        channel (None | TradeIndicatorsDealsChannelType0 | Unset):
        exporter (None | str | Unset): exporting member state
        destination (None | str | Unset):
        group (None | TradeIndicatorsDealsGroupType0 | Unset):
        month_from (None | str | Unset):
        month_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealIndicators | ProblemDetails
     """


    return sync_detailed(
        client=client,
format_=format_,
limit=limit,
offset=offset,
channel=channel,
exporter=exporter,
destination=destination,
group=group,
month_from=month_from,
month_to=month_to,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: TradeIndicatorsDealsFormat | Unset = 'json',
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    channel: None | TradeIndicatorsDealsChannelType0 | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    destination: None | str | Unset = UNSET,
    group: None | TradeIndicatorsDealsGroupType0 | Unset = UNSET,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,

) -> Response[DealIndicators | ProblemDetails]:
    """ Deals and their value in USD by channel × exporting country × destination × group × month

     Deals and their value in USD by channel × exporting country × destination × group × month

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        format_ (TradeIndicatorsDealsFormat | Unset): json, or csv to download Default: 'json'.
        limit (int | Unset): how many items, 1-5000 Default: 1000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        channel (None | TradeIndicatorsDealsChannelType0 | Unset):
        exporter (None | str | Unset): exporting member state
        destination (None | str | Unset):
        group (None | TradeIndicatorsDealsGroupType0 | Unset):
        month_from (None | str | Unset):
        month_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealIndicators | ProblemDetails]
     """


    kwargs = _get_kwargs(
        format_=format_,
limit=limit,
offset=offset,
channel=channel,
exporter=exporter,
destination=destination,
group=group,
month_from=month_from,
month_to=month_to,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: TradeIndicatorsDealsFormat | Unset = 'json',
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    channel: None | TradeIndicatorsDealsChannelType0 | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    destination: None | str | Unset = UNSET,
    group: None | TradeIndicatorsDealsGroupType0 | Unset = UNSET,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,

) -> DealIndicators | ProblemDetails | None:
    """ Deals and their value in USD by channel × exporting country × destination × group × month

     Deals and their value in USD by channel × exporting country × destination × group × month

    Needs a bearer token of role `buyer` or `committee` or `fair_organiser` or `integrator` or
    `producer` or `provincial_officer` or `registry_admin`.

    Args:
        format_ (TradeIndicatorsDealsFormat | Unset): json, or csv to download Default: 'json'.
        limit (int | Unset): how many items, 1-5000 Default: 1000.
        offset (int | Unset): how many items to skip, 0-1000000 Default: 0.
        channel (None | TradeIndicatorsDealsChannelType0 | Unset):
        exporter (None | str | Unset): exporting member state
        destination (None | str | Unset):
        group (None | TradeIndicatorsDealsGroupType0 | Unset):
        month_from (None | str | Unset):
        month_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealIndicators | ProblemDetails
     """


    return (await asyncio_detailed(
        client=client,
format_=format_,
limit=limit,
offset=offset,
channel=channel,
exporter=exporter,
destination=destination,
group=group,
month_from=month_from,
month_to=month_to,

    )).parsed
