from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.indicator_plan import IndicatorPlan
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    country: str,
    *,
    from_year: int | None | Unset = UNSET,
    to_year: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_year: int | None | Unset
    if isinstance(from_year, Unset):
        json_from_year = UNSET
    else:
        json_from_year = from_year
    params["from_year"] = json_from_year

    json_to_year: int | None | Unset
    if isinstance(to_year, Unset):
        json_to_year = UNSET
    else:
        json_to_year = to_year
    params["to_year"] = json_to_year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/registry/{country}/indicators/plan".format(country=quote(str(country), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IndicatorPlan | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = IndicatorPlan.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IndicatorPlan | ProblemDetails]:
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
    from_year: int | None | Unset = UNSET,
    to_year: int | None | Unset = UNSET,

) -> Response[IndicatorPlan | ProblemDetails]:
    """ The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

     The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        from_year (int | None | Unset):
        to_year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorPlan | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
from_year=from_year,
to_year=to_year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    country: str,
    *,
    client: AuthenticatedClient,
    from_year: int | None | Unset = UNSET,
    to_year: int | None | Unset = UNSET,

) -> IndicatorPlan | ProblemDetails | None:
    """ The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

     The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        from_year (int | None | Unset):
        to_year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorPlan | ProblemDetails
     """


    return sync_detailed(
        country=country,
client=client,
from_year=from_year,
to_year=to_year,

    ).parsed

async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    from_year: int | None | Unset = UNSET,
    to_year: int | None | Unset = UNSET,

) -> Response[IndicatorPlan | ProblemDetails]:
    """ The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

     The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        from_year (int | None | Unset):
        to_year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorPlan | ProblemDetails]
     """


    kwargs = _get_kwargs(
        country=country,
from_year=from_year,
to_year=to_year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient,
    from_year: int | None | Unset = UNSET,
    to_year: int | None | Unset = UNSET,

) -> IndicatorPlan | ProblemDetails | None:
    """ The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

     The action plan's indicators as a time series: targets and actuals per year (computed from the
    records, or entered by the committee)

    Open to anyone without a token; a bearer token may show the caller more.

    Args:
        country (str):  Example: VN.
        from_year (int | None | Unset):
        to_year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorPlan | ProblemDetails
     """


    return (await asyncio_detailed(
        country=country,
client=client,
from_year=from_year,
to_year=to_year,

    )).parsed
