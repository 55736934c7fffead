"""Public schemas of the trade API."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from services.trade.domain.trade import INCOTERMS_2020
from shared.paging import Page
from shared.validation import Instant, PositivePrice, Quantity, RatedCurrency, code, text

Incoterm = Annotated[Literal[INCOTERMS_2020], BeforeValidator(lambda v: v.strip().upper() if isinstance(v, str) else v),
                     Field(description="an Incoterms 2020 rule: EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF")]


class QuoteCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    price: PositivePrice = Field(description="price per unit, in `currency`")
    currency: RatedCurrency
    quantity: Quantity
    unit: code(20)
    incoterm: Incoterm
    lead_time_days: int = Field(ge=0, le=730, description="days from the order to delivery under the incoterm")
    valid_until: Instant = Field(description="the quote can be accepted until then")
    message: text(2000) = ""


class Decline(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: text(1000, min_length=1)


class MessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: text(4000, min_length=1)


class QuotePublic(BaseModel):
    id: str
    rfq_id: str
    producer_id: str
    product_id: str | None
    country: str = Field(description="the exporting producer's member state")
    price: float
    currency: str
    quantity: float
    unit: str
    incoterm: str
    lead_time_days: int
    valid_until: datetime
    message: str
    status: Literal["submitted", "shortlisted", "declined", "accepted", "closed"]
    status_reason: str | None = Field(description="why it was declined or closed")
    buyer: str | None = Field(None, description="the buyer's identity: only once the buyer shared it (by writing in "
                                                  "the quote's thread or accepting it)")
    version: int
    created_at: datetime
    updated_at: datetime


class Converted(BaseModel):
    currency: str
    price: float = Field(description="the unit price in the comparison's currency")
    value: float = Field(description="price × quantity in the comparison's currency")


class QuoteCompared(QuotePublic):
    converted: Converted


class Comparison(Page[QuoteCompared]):
    """The request's quotes (`items`), cheapest first in the comparison's currency."""

    rfq_id: str
    currency: str
    rates: str = Field(description="which reference rates converted the prices (not for settlement)")
    open: bool = Field(description="whether the request still takes quotes")
    closed_reason: str | None = Field(description="accepted, deadline, quote_limit or ended, once closed")


class QuotePage(Page[QuotePublic]):
    pass


class DealPublic(BaseModel):
    id: str
    rfq_id: str
    quote_id: str
    buyer: str = Field(description="the buyer, revealed to the producer by its acceptance")
    producer_id: str
    product_id: str | None
    exporter_country: str
    destination: str
    product_group: str | None
    quantity: float
    unit: str
    price: float
    currency: str
    incoterm: str
    value_usd: float = Field(description="price × quantity in US dollars at the reference rate of `rate_date`")
    rate_date: date
    status: Literal["agreed", "shipped", "delivered", "cancelled"]
    version: int
    agreed_at: datetime
    updated_at: datetime


class DealPage(Page[DealPublic]):
    pass


class Accepted(BaseModel):
    quote: QuotePublic
    deal: DealPublic


class DealMove(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["shipped", "delivered", "cancelled"] = Field(
        description="shipped: by the producer, from agreed; delivered: by the buyer, from shipped; cancelled: by "
                    "either, before delivery")


class MessagePublic(BaseModel):
    id: int
    quote_id: str
    author: Literal["buyer", "producer"]
    text: str
    created_at: datetime


class MessagePage(Page[MessagePublic]):
    pass


class RequestForProducer(BaseModel):
    """A sourcing request as a matched producer sees it: what is asked, never who asks."""

    id: str
    text: str
    group: str | None = None
    hs_code: str | None = None
    quantity: float
    unit: str
    target_price: float | None = None
    currency: str | None = None
    certifications: list[str] = []
    destination: str
    delivery_from: date | None = None
    delivery_to: date | None = None
    deadline: datetime
    status: str


class InboxItem(BaseModel):
    match_id: str
    product_id: str
    score: float
    match_status: str
    arrived_at: datetime
    request: RequestForProducer
    open: bool = Field(description="whether the request still takes quotes")
    closed_reason: str | None


class InboxPage(Page[InboxItem]):
    pass


class DealCell(BaseModel):
    channel: Literal["request", "fair"]
    exporter: str | None
    destination: str | None
    product_group: str | None
    month: str
    deals: int
    delivered: int
    value_usd: float


class DealIndicators(Page[DealCell]):
    """A page of the cells (by month, then channel, exporting country, destination, group); the totals are the
    whole filtered cube's. `format=csv` downloads every cell at once."""

    total_deals: int = Field(description="deals in every cell the filters select, not only this page's")
    total_value_usd: float = Field(description="their value in USD, every cell the filters select")


class FunnelRow(BaseModel):
    exporter: str | None
    product_group: str | None
    requests: int = Field(description="requests that reached producers of this country (matched to one or more)")
    matches: int
    quotes: int
    deals: int


class Funnel(BaseModel):
    rows: list[FunnelRow]


class FairOutcomes(BaseModel):
    fair_id: str
    meetings: int = Field(description="meetings with a recorded outcome")
    no_interest: int
    follow_ups: int
    deals: int
    value_usd: float


class FairsReport(BaseModel):
    fairs: list[FairOutcomes]
