"""Who may do what, and to whose records: every operation of the merged OpenAPI, through the gateway, for
every role, on the caller's own resource and on someone else's; each party's business stays its own; and no
service port answers anything without an identity.

Two worlds of resources are built through the API. World A belongs to the callers of the matrix: buyer
`buyer-a`, producer P (a VN producer), Viet Nam's registry admin, organiser `org-a`, integrator `int-a`.
World B is someone else's: buyer `buyer-b`, producer Q (a KH producer), Cambodia's registry, organiser `org-b`.
"own" runs an operation on world A, "other" on world B. Where an own write would change what other rows rely
on, its target is in a state the operation refuses (an application already decided, a booking already
cancelled...): the answer (409, 422, 428) shows the caller got past every ownership check."""
from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from tests.support.factories import producer_body, product_body
from tests.support.fairs import fair_body
from tests.support.network import Network
from tests.support.waiting import eventually

ROLES = ["buyer", "producer", "registry_admin", "fair_organiser", "integrator", "none"]

# Expected status per role, "own/other". One row per operation of the gateway's /openapi.json: an operation
# without a row, or a row without an operation, fails test_the_matrix_has_a_row_for_every_operation_and_no_other.
MATRIX = """
operation                                                        buyer   producer registry_admin fair_organiser integrator none
POST   /v1/oauth/token                                           401/401 401/401  401/401        401/401        401/401    401/401
GET    /v1/registry                                              200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/problems                                              200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/problems/{name}                                       200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/dead-letters                       403/403 403/403  200/403        403/403        403/403    401/401
POST   /v1/registry/{country}/dead-letters/{partition}/{offset}/replay 403/403 403/403 404/403    403/403        403/403    401/401
POST   /v1/registry/{country}/producers                          403/403 403/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/producers                          200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/producers/{record_id}              200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/producers/{record_id}              403/403 428/403  428/403        403/403        403/403    401/401
GET    /v1/registry/{country}/producers/{record_id}/history      200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/products                           403/403 422/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products                           200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/products/{record_id}               200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/products/{record_id}               403/403 428/403  428/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{record_id}/history       200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/imports/products                   403/403 403/403  202/403        403/403        403/403    401/401
POST   /v1/registry/{country}/imports/producers                  403/403 403/403  202/403        403/403        403/403    401/401
GET    /v1/registry/{country}/imports/{import_id}                403/403 403/403  200/403        403/403        403/403    401/401
GET    /v1/registry/{country}/imports/{import_id}/rejections     403/403 403/403  200/403        403/403        403/403    401/401
GET    /v1/registry/{country}/indicators                         200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/indicators/map                     200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/programmes                         200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/standards                          200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/products/{product_id}/submission   403/403 428/403  428/403        403/403        403/403    401/401
POST   /v1/registry/{country}/products/{product_id}/review       403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{product_id}/registration 403/403 200/403  200/403        403/403        403/403    401/401
GET    /v1/registry/{country}/registrations                      403/403 200/403  200/403        403/403        403/403    401/401
POST   /v1/registry/{country}/products/{product_id}/evaluations  403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{product_id}/evaluations  200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/products/{product_id}/evaluations/{evaluation_id} 200/404 200/404 200/404 200/404 200/404 200/404
POST   /v1/registry/{country}/products/{owner_id}/certificates   403/403 403/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{owner_id}/certificates   200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/products/{owner_id}/certificates/{certificate_id} 200/200 200/200 200/200 200/200 200/200 200/200
POST   /v1/registry/{country}/producers/{owner_id}/certificates  403/403 403/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/producers/{owner_id}/certificates  200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/producers/{owner_id}/certificates/{certificate_id} 200/200 200/200 200/200 200/200 200/200 200/200
GET    /v1/registry/{country}/green-ocop                         200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/products/{product_id}/green        403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/indicators/plan                    200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/indicators/figures                 403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/focal-points                       200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/focal-point                        403/403 403/403  200/403        403/403        403/403    401/401
POST   /v1/registry/{country}/sweeps                             403/403 403/403  200/403        403/403        403/403    401/401
GET    /v1/catalogue/search                                      200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/catalogue/products/{product_id}                       200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/catalogue/products                                    200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/catalogue/producers/{producer_id}                     200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/sourcing-requests                                     201/201 403/403  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests                                     200/200 200/200  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests/matches                             403/403 200/403  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests/{rfq_id}                            200/404 200/404  403/403        403/403        403/403    401/401
PATCH  /v1/sourcing-requests/{rfq_id}                            428/404 403/403  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests/{rfq_id}/matches                    200/404 200/404  403/403        403/403        403/403    401/401
PATCH  /v1/sourcing-requests/{rfq_id}/matches/{match_id}         403/403 428/404  403/403        403/403        403/403    401/401
GET    /v1/fairs                                                 200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/fairs                                                 403/403 403/403  403/403        201/201        403/403    401/401
GET    /v1/fairs/{fair_id}                                       200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/fairs/{fair_id}/organisers                            403/403 403/403  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/organisers                            403/403 403/403  403/403        200/403        403/403    401/401
DELETE /v1/fairs/{fair_id}/organisers/{client_id}                403/403 403/403  403/403        404/403        403/403    401/401
POST   /v1/fairs/{fair_id}/applications                          403/403 422/403  403/403        422/403        403/403    401/401
GET    /v1/fairs/{fair_id}/applications                          403/403 200/200  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/applications/{application_id}         403/403 200/404  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/applications/{application_id}/decision 403/403 403/403 403/403        409/403        403/403    401/401
POST   /v1/fairs/{fair_id}/bookings                              403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/bookings                              403/403 200/200  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/bookings/{booking_id}/cancel          403/403 403/403  403/403        409/403        403/403    401/401
POST   /v1/fairs/{fair_id}/waitlist                              403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/waitlist                              403/403 200/200  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/waitlist/{entry_id}/accept            403/403 403/403  403/403        404/403        403/403    401/401
GET    /v1/fairs/{fair_id}/waitlist/{entry_id}                   403/403 404/404  403/403        404/403        403/403    401/401
POST   /v1/fairs/{fair_id}/buyers                                409/409 403/403  403/403        409/403        403/403    401/401
POST   /v1/fairs/{fair_id}/wishes                                409/403 409/403  403/403        409/403        409/409    401/401
POST   /v1/fairs/{fair_id}/meetings/schedule                     403/403 403/403  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/meetings                              200/200 200/200  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/meetings/{meeting_id}/cancel          403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/buyers/{buyer_id}/agenda.ics          200/404 403/403  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/exhibitors/{application_id}/agenda.ics 403/403 200/404 403/403        200/403        403/403    401/401
GET    /v1/trade/inbox                                           403/403 200/200  403/403        403/403        403/403    401/401
POST   /v1/trade/requests/{rfq_id}/quotes                        403/403 409/404  403/403        403/403        403/403    401/401
GET    /v1/trade/requests/{rfq_id}/quotes                        200/404 200/404  403/403        403/403        403/403    401/401
GET    /v1/trade/quotes                                          200/200 200/200  403/403        403/403        403/403    401/401
GET    /v1/trade/quotes/{quote_id}                               200/404 200/404  403/403        403/403        403/403    401/401
POST   /v1/trade/quotes/{quote_id}/shortlist                     428/404 403/403  403/403        403/403        403/403    401/401
POST   /v1/trade/quotes/{quote_id}/decline                       428/404 403/403  403/403        403/403        403/403    401/401
POST   /v1/trade/quotes/{quote_id}/accept                        428/404 403/403  403/403        403/403        403/403    401/401
GET    /v1/trade/quotes/{quote_id}/messages                      200/404 200/404  403/403        403/403        403/403    401/401
POST   /v1/trade/quotes/{quote_id}/messages                      201/404 201/404  403/403        403/403        403/403    401/401
GET    /v1/trade/quotes/{quote_id}/messages/{message_id}         200/404 200/404  403/403        403/403        403/403    401/401
GET    /v1/trade/deals                                           200/200 200/200  403/403        403/403        403/403    401/401
GET    /v1/trade/deals/{deal_id}                                 200/404 200/404  403/403        403/403        403/403    401/401
PATCH  /v1/trade/deals/{deal_id}                                 428/404 428/404  403/403        403/403        403/403    401/401
GET    /v1/trade/indicators/deals                                200/200 200/200  200/200        200/200        200/200    401/401
GET    /v1/trade/indicators/funnel                               200/200 200/200  200/200        200/200        200/200    401/401
GET    /v1/trade/indicators/fairs                                403/403 403/403  403/403        200/200        403/403    401/401
PATCH  /v1/fairs/{fair_id}                                       403/403 403/403  403/403        428/403        403/403    401/401
POST   /v1/fairs/{fair_id}/booths                                403/403 403/403  403/403        201/403        403/403    401/401
GET    /v1/fairs/{fair_id}/booths/{booth_code}                   200/200 200/200  200/200        200/200        200/200    200/200
PATCH  /v1/fairs/{fair_id}/booths/{booth_code}                   403/403 403/403  403/403        428/403        403/403    401/401
DELETE /v1/fairs/{fair_id}/booths/{booth_code}                   403/403 403/403  403/403        204/403        403/403    401/401
GET    /v1/fairs/{fair_id}/bookings/{booking_id}                 403/403 200/404  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/bookings/{booking_id}/move            403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/buyers                                200/200 403/403  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/buyers/{buyer_id}                    200/404 403/403  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/wishes                                200/200 200/200  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/wishes/{wish_id}                      200/404 200/404  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/wishes/{wish_id}/answer               403/403 200/404  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/badge-key                             200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/fairs/{fair_id}/buyers/{buyer_id}/badge               200/404 403/403  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/exhibitors/{application_id}/badge     403/403 200/404  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/check-ins                             403/403 403/403  403/403        422/403        403/403    401/401
GET    /v1/fairs/{fair_id}/check-ins                             403/403 403/403  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/meetings/{meeting_id}/no-show         403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/meetings/{meeting_id}/invitation.ics  200/404 200/404  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/meetings/{meeting_id}/outcome         409/404 409/404  403/403        403/403        403/403    401/401
GET    /v1/fairs/{fair_id}/report                                403/403 403/403  403/403        200/403        403/403    401/401
POST   /v1/forums                                                403/403 403/403  403/403        201/403        403/403    401/401
GET    /v1/forums                                                200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/forums/{forum_id}                                     200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/forums/{forum_id}/programme.ics                       200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/forums/{forum_id}/sessions                            403/403 403/403  403/403        201/403        403/403    401/401
GET    /v1/forums/{forum_id}/sessions/{session_id}               200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/forums/{forum_id}/sessions/{session_id}/registrations 409/201 201/201  201/201        201/201        201/201    401/401
GET    /v1/forums/{forum_id}/sessions/{session_id}/registrations 200/200 200/200  200/200        200/200        200/200    401/401
GET    /v1/forums/{forum_id}/sessions/{session_id}/registrations/{registration_id} 200/404 404/404 404/404 200/404 404/404 401/401
POST   /v1/forums/{forum_id}/sessions/{session_id}/registrations/{registration_id}/cancel 200/404 404/404 404/404 409/404 404/404 401/401
GET    /v1/webhooks/event-types                                  200/200 200/200  200/200        200/200        200/200    401/401
POST   /v1/webhooks/subscriptions                                201/201 201/201  201/201        201/201        201/201    401/401
GET    /v1/webhooks/subscriptions                                200/200 200/200  200/200        200/200        200/200    401/401
GET    /v1/webhooks/subscriptions/{subscription_id}              200/404 200/404  200/404        200/404        200/404    401/401
DELETE /v1/webhooks/subscriptions/{subscription_id}              204/404 204/404  204/404        204/404        204/404    401/401
POST   /v1/webhooks/subscriptions/{subscription_id}/secret       200/404 200/404  200/404        200/404        200/404    401/401
GET    /v1/webhooks/subscriptions/{subscription_id}/deliveries   200/404 200/404  200/404        200/404        200/404    401/401
GET    /v1/webhooks/subscriptions/{subscription_id}/deliveries/{delivery_id} 200/404 200/404 200/404 200/404   200/404    401/401
POST   /v1/webhooks/subscriptions/{subscription_id}/deliveries/{delivery_id}/redeliver 202/404 202/404 202/404 202/404 202/404 401/401
"""
# Notes on the less obvious cells:
# - sourcing requests are their buyer's and their matched producers' business only: integrators, registry
#   admins and fair organisers read none of it (403); a request the caller may not see is 404, as a missing one.
# - a producer listing another fair's applications, bookings or waitlist gets 200 with none of them (its own
#   only); a buyer or producer listing another fair's meetings likewise.
# - POST …/buyers binds the registration to the calling buyer: "other" names `buyer-z` (never registered at
#   fair B) and still gets 409, because buyer-a itself is already registered there.
# - an integrator records wishes from "matching" at any fair (matching is not a party of one fair); its wish is
#   already there in both worlds, hence 409/409.
# - the token endpoint answers for the client whose secret is sent, whatever token comes along (401 here).
# - trade: quotes, threads and deals are their buyer's and producer's only (404 to anyone else of those roles,
#   403 to other roles). World A's quote is accepted and its deal cancelled, so P quoting again is refused in
#   that state (409); the buyer's steps on a quote and either party's move of a deal need If-Match (428), past
#   every ownership check. The indicators are aggregates any client may read.
# - a waitlist entry, a wish, a seat and a message each have their own URL (a 201's Location): a waitlist entry to
#   the fair's organisers and its producer (none is waiting in either world: 404 to them), a wish to the
#   organisers and the buyer and exhibitor it names, a seat to its holder and the forum's organisers, a message to
#   the quote's buyer and producer.
# - a webhook subscription and its deliveries are the client's that made it: "own" is the calling client's,
#   "other" is int-b's (404 to everyone else); DELETE "own" removes a spare subscription made for it.
# - changing a sourcing request or answering a match needs If-Match: without it the owner gets 428 (past every
#   ownership check), anyone else 404 or 403 first.
# - the programme (issue 14): a producer writes its own products and record (a typed rating is 422, a write
#   without If-Match 428) and submits its own products (world A's are approved already: 409); reviews and
#   evaluations are the committee's alone (403 to every role here; its own cells are in test_programme.py, with
#   the provincial officer's); a registration is seen by its producer, the country's registry and committee.
#   World A's product has an evaluation; world B's (OVOP) has none, hence 404 for A's evaluation id there.
# - fairs: PATCH of the fair or of a booth without If-Match is 428 once the organiser is known to run the fair; a
#   booth is read by anyone, as the fair is; the cancelled booking
#   cannot move and the cancelled meeting can be neither a no-show nor given an outcome (409); a buyer or
#   producer lists its own buyers/wishes at any fair (none at another's); outcomes are the participants' only.
# - forums: any signed-in client takes a seat (buyer-a holds one in forum A already: 409) and lists its own
#   registrations; the forum's organisers list them all; a registration is cancelled by its holder (buyer-a at
#   A, first) or the forum's organisers (409 by then); to anyone else it does not exist (404).


def parse(table: str) -> dict[str, dict[str, tuple[int, int]]]:
    rows = {}
    for line in table.strip().splitlines()[1:]:
        method, path, *cells = line.split()
        assert len(cells) == len(ROLES), line
        rows[f"{method} {path}"] = {role: tuple(int(x) for x in cell.split("/")) for role, cell in zip(ROLES, cells)}
    return rows


EXPECTED = parse(MATRIX)
IDENTITY = {  # the matrix's callers: role -> (client id, country, producer id); the producer id is set up later
    "buyer": ("buyer-a", None, None), "producer": ("producer-p", None, "P"), "registry_admin": ("admin-vn", "VN", None),
    "fair_organiser": ("org-a", None, None), "integrator": ("int-a", None, None),
}


@dataclass
class World:
    """The ids of one world's resources."""
    country: str
    producer: str = ""
    product: str = ""
    import_id: str = ""
    evaluation: str = ""
    product_certificate: str = ""
    producer_certificate: str = ""
    rfq: str = ""
    match: str = ""
    rfq_quantity: float = 0
    match_version: int = 0
    fair: str = ""
    application: str = ""
    cancelled_booking: int = 0
    cancelled_meeting: str = ""
    buyer_registration: str = ""
    trade_rfq: str = ""
    quote: str = ""
    message: int = 0
    deal: str = ""
    wish: int = 0
    forum: str = ""
    session: str = ""
    registration: int = 0
    subscriptions: dict[str, str] = field(default_factory=dict)  # role -> its client's webhook subscription
    spare_subscriptions: dict[str, str] = field(default_factory=dict)  # role -> one to delete
    deliveries: dict[str, str] = field(default_factory=dict)  # role -> a delivery of its subscription
    private: set[str] = field(default_factory=set)  # ids only this world's parties may ever see


@dataclass
class Worlds:
    net: Network
    gateway: str
    a: World
    b: World

    def headers(self, role: str) -> dict[str, str]:
        if role == "none":
            return {}
        client_id, country, producer_id = IDENTITY[role]
        return self.as_(role, client_id, country, self.a.producer if producer_id else None)

    def as_(self, role: str, client_id: str, country: str | None = None, producer_id: str | None = None) -> dict:
        return {"Authorization": f"Bearer {self.net.token(role, country, producer_id, client_id=client_id)}"}


def in_days(n: int) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=n)).isoformat()


def rfq_a() -> dict:
    return {"text": "fish sauce", "group": "food", "hs_code": "210390", "quantity": 10000, "unit": "l", "target_price": 5,
            "currency": "USD", "certifications": ["HACCP"], "destination": "JP", "deadline": in_days(7),
            "delivery_window": {"start": "2027-01-01", "end": "2027-03-31"}}


def rfq_b() -> dict:
    return {"text": "Kampot pepper", "group": "food", "hs_code": "090411", "quantity": 500, "unit": "kg",
            "target_price": 10, "currency": "USD", "certifications": ["organic"], "destination": "FR",
            "deadline": in_days(7), "delivery_window": {"start": "2027-01-01", "end": "2027-03-31"}}


PEPPER = dict(name_local="ម្រេចកំពត", name_en="Kampot pepper", description="Black and red pepper, protected GI.",
              programme="OVOP", group="food", stars=5, hs_code="090411",
              certifications=[{"scheme": "GI"}, {"scheme": "organic"}], origin={"country": "KH", "province": "Kampot"},
              monthly_capacity={"amount": 3000, "unit": "kg"},
              price={"min": 60000, "max": 200000, "currency": "KHR", "unit": "kg"}, export_markets=["FR", "JP"])


def certificate() -> dict:
    return {"standard": "HACCP", "certificate_no": "H-1", "issuer": "Vinacert", "valid_from": "2025-01-01",
            "valid_until": "2099-12-31"}


def fair_with_meetings() -> dict:
    body = fair_body(n_booths=4)
    return body | {"meeting_programme": {"slot_minutes": 30, "sessions": [{"start": f"{body['ends_on']}T09:00:00",
                                                                           "slots": 4}]}}


def forum_beside(fair: dict) -> dict:
    return {"name": "Forum", "fair_id": fair["id"], "venue": fair["venue"], "timezone": fair["timezone"],
            "starts_on": fair["ends_on"], "ends_on": fair["ends_on"]}


def forum_session(fair: dict, room: str) -> dict:
    day = fair["ends_on"]
    return {"room": room, "starts_at": f"{day}T13:00:00", "ends_at": f"{day}T14:00:00", "topic": "Export markets",
            "speakers": [f"Speaker {room}"], "capacity": 5}


def buyer_registration(ref: str, fair: dict) -> dict:
    day = fair["ends_on"]
    return {"buyer_ref": ref, "name": f"Buyer {ref}",
            "availability": [{"start": f"{day}T08:00:00", "end": f"{day}T12:00:00"}]}


async def ok(r: httpx.Response, status: int = 200) -> dict:
    assert r.status_code == status, f"{r.request.method} {r.request.url}: {r.status_code} {r.text}"
    return r.json()


@pytest.fixture(scope="module")
async def worlds(kafka_bootstrap, new_database, tmp_path_factory):
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", await new_database("reg_kh"), NODE_COUNTRY="KH")
    net.add("matching", "matching", await new_database("matching"), SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("ix")))
    net.add("events", "events", await new_database("events"))
    net.add("trade", "trade", await new_database("trade"))
    net.add("webhooks", "webhooks", await new_database("webhooks"), ALLOW_LOOPBACK_URLS="true")
    net.add_gateway(RATE_LIMIT_PER_S="100000", RATE_LIMIT_BURST="100000")
    try:
        await net.start()
        w = Worlds(net, net["gateway"].url, World("VN"), World("KH"))
        async with httpx.AsyncClient(base_url=w.gateway + "/v1", timeout=30) as c:
            await build(c, w)
        yield w
    finally:
        net.stop()


async def build(c: httpx.AsyncClient, w: Worlds) -> None:
    a, b = w.a, w.b
    vn, kh = w.as_("registry_admin", "admin-vn", "VN"), w.as_("registry_admin", "admin-kh", "KH")
    a.producer = (await ok(await c.post("/registry/VN/producers", json=producer_body("VN"), headers=vn), 201))["id"]
    b.producer = (await ok(await c.post("/registry/KH/producers", json=producer_body("KH"), headers=kh), 201))["id"]
    # Webhooks: each role's client subscribes in world A, int-b in world B; the products below make deliveries
    # (to a closed port on loopback: they wait for their next attempt).
    hook = {"url": "http://127.0.0.1:9/hook", "event_types": ["org.asean.ovop.registry.product.upserted.v1"]}
    for role in IDENTITY:
        for kept in (a.subscriptions, a.spare_subscriptions):
            kept[role] = (await ok(await c.post("/webhooks/subscriptions", json=hook, headers=w.headers(role)), 201))["id"]
    int_b = w.as_("integrator", "int-b")
    b_sub = (await ok(await c.post("/webhooks/subscriptions", json=hook, headers=int_b), 201))["id"]
    b.subscriptions = b.spare_subscriptions = {role: b_sub for role in IDENTITY}
    a.product = (await ok(await c.post("/registry/VN/products", json=product_body(
        a.producer, "VN", certifications=[{"scheme": "HACCP"}]), headers=vn), 201))["id"]
    b.product = (await ok(await c.post("/registry/KH/products", json=product_body(b.producer, "KH", **PEPPER),
                                       headers=kh), 201))["id"]
    for world, headers in ((a, vn), (b, kh)):
        job = await ok(await c.post(f"/registry/{world.country}/imports/products", params={"wait": "true"},
                                    content=b"external_ref,name_local,name_en\n",
                                    headers=headers | {"Content-Type": "text/csv"}))
        world.import_id = job["id"]

    # The programme: A's product is rated by Viet Nam's committee; each world's product and producer hold a certificate.
    committee = w.as_("committee", "committee-vn", "VN")
    a.evaluation = (await ok(await c.post(f"/registry/VN/products/{a.product}/evaluations", headers=committee, json={
        "scorecard": {"A": 33, "B": 20, "C": 24}, "council": {"level": "provincial", "name": "council"},
        "assessors": ["assessor"], "evaluated_on": datetime.now(timezone.utc).date().isoformat()}), 201))["id"]
    for world, headers in ((a, vn), (b, kh)):
        for kind in ("product", "producer"):
            cert = await ok(await c.post(f"/registry/{world.country}/{kind}s/{getattr(world, kind)}/certificates",
                                         json=certificate(), headers=headers), 201)
            setattr(world, f"{kind}_certificate", cert["id"])

    # The catalogue (matching) and the fairs (events) learn both products from the registry topics.
    events = httpx.AsyncClient(base_url=w.net["events"].url, timeout=10, headers=w.net.public_auth())
    async with events:
        async def known() -> bool:
            paths = [f"/fair-catalogue/products/{a.product}", f"/fair-catalogue/products/{b.product}",
                     f"/fair-catalogue/producers/{a.producer}", f"/fair-catalogue/producers/{b.producer}"]
            seen = [(await events.get(p)).status_code == 200 for p in paths]
            seen += [(await c.get(f"/catalogue/products/{p}")).status_code == 200 for p in (a.product, b.product)]
            return all(seen)

        assert await eventually(known, 30), "the products did not reach the catalogue and the fairs"

    async def delivered(world: World, role: str, headers: dict) -> bool:
        page = (await c.get(f"/webhooks/subscriptions/{world.subscriptions[role]}/deliveries", headers=headers)).json()
        if page["items"]:
            world.deliveries[role] = page["items"][0]["id"]
        return bool(page["items"])

    for role in IDENTITY:
        assert await eventually(lambda: delivered(a, role, w.headers(role)), 30), f"no delivery for {role}"
    assert await eventually(lambda: delivered(b, "integrator", int_b), 30), "no delivery for int-b"
    b.deliveries = {role: b.deliveries["integrator"] for role in IDENTITY}
    b.private |= {b_sub, b.deliveries["integrator"]}

    # Sourcing: buyer-a's request is matched to P's product, buyer-b's to Q's; P accepts its match.
    buyer_a, buyer_b = w.as_("buyer", "buyer-a"), w.as_("buyer", "buyer-b")
    p, q = w.as_("producer", "producer-p", producer_id=a.producer), w.as_("producer", "producer-q", producer_id=b.producer)
    for world, body, headers in ((a, rfq_a(), buyer_a), (b, rfq_b(), buyer_b)):
        rfq = await ok(await c.post("/sourcing-requests", json=body, headers=headers), 201)
        mine = [m for m in rfq["matches"] if m["producer_id"] == world.producer]
        assert mine and {m["producer_id"] for m in rfq["matches"]} <= {world.producer}, rfq["matches"]
        world.rfq, world.match, world.rfq_quantity = rfq["id"], mine[0]["id"], body["quantity"]
        world.match_version = mine[0]["version"]
    await ok(await c.patch(f"/sourcing-requests/{a.rfq}/matches/{a.match}", json={"status": "accepted"},
                           headers=p | {"If-Match": f'W/"{a.match_version}"'}))

    # Fairs: org-a runs fair A, where P exhibits and buyer-a meets it; org-b runs fair B with Q and buyer-b.
    org = {"A": w.as_("fair_organiser", "org-a"), "B": w.as_("fair_organiser", "org-b")}
    integrator = w.as_("integrator", "int-a")
    for name, world, exhibitor, buyer, buyer_ref in (("A", a, p, buyer_a, "buyer-a"), ("B", b, q, buyer_b, "buyer-b")):
        o = org[name]
        fair = await ok(await c.post("/fairs", json=fair_with_meetings(), headers=o), 201)
        world.fair = fid = fair["id"]
        app = await ok(await c.post(f"/fairs/{fid}/applications", headers=exhibitor,
                                    json={"producer_id": world.producer, "product_ids": [world.product]}), 201)
        world.application = app["id"]
        await ok(await c.post(f"/fairs/{fid}/applications/{app['id']}/decision", json={"decision": "approve"}, headers=o))
        first = await ok(await c.post(f"/fairs/{fid}/bookings", json={"application_id": app["id"], "booth_code": "A-000"},
                                      headers=o), 201)
        await ok(await c.post(f"/fairs/{fid}/bookings/{first['id']}/cancel", headers=o))
        world.cancelled_booking = first["id"]
        await ok(await c.post(f"/fairs/{fid}/bookings", json={"application_id": app["id"], "booth_code": "A-001"},
                              headers=o), 201)
        reg = await ok(await c.post(f"/fairs/{fid}/buyers", json=buyer_registration(buyer_ref, fair), headers=buyer), 201)
        assert reg["buyer_ref"] == buyer_ref
        world.buyer_registration = reg["id"]
        wish = {"buyer_id": reg["id"], "application_id": app["id"], "value": 1.0}
        world.wish = (await ok(await c.post(f"/fairs/{fid}/wishes", json=wish | {"source": "buyer"}, headers=buyer),
                               201))["id"]
        forum = await ok(await c.post("/forums", json=forum_beside(fair), headers=o), 201)
        world.forum = forum["id"]
        session = await ok(await c.post(f"/forums/{forum['id']}/sessions", json=forum_session(fair, "R1"), headers=o), 201)
        world.session = session["id"]
        seat = await ok(await c.post(f"/forums/{forum['id']}/sessions/{session['id']}/registrations",
                                     json={"name": buyer_ref}, headers=buyer), 201)
        world.registration = seat["id"]
        await ok(await c.post(f"/fairs/{fid}/wishes", json=wish | {"source": "matching"}, headers=integrator), 201)
        if name == "A":
            await ok(await c.post(f"/fairs/{fid}/wishes", json=wish | {"source": "exhibitor"}, headers=exhibitor), 201)
            await ok(await c.post(f"/fairs/{fid}/buyers", json=buyer_registration("buyer-z", fair), headers=o), 201)
            await ok(await c.post(f"/fairs/{fid}/organisers", json={"client_id": "org-c"}, headers=o))
        else:  # buyer-a is at fair B too, as any buyer may be; it still sees only its own there
            await ok(await c.post(f"/fairs/{fid}/buyers", json=buyer_registration("buyer-a", fair), headers=buyer_a), 201)
        planned = await ok(await c.post(f"/fairs/{fid}/meetings/schedule", headers=o))
        assert planned["added"] == 1, planned
        meeting = (await ok(await c.get(f"/fairs/{fid}/meetings", headers=o)))["items"][0]
        await ok(await c.post(f"/fairs/{fid}/meetings/{meeting['id']}/cancel", headers=o))
        world.cancelled_meeting = meeting["id"]
        meetings = (await ok(await c.get(f"/fairs/{fid}/meetings", headers=o)))["items"]
        world.private |= {m["id"] for m in meetings} | {meeting["id"]}

    # Trade, on requests of its own (an accepted quote closes its request in matching): each world's producer
    # quotes; the buyer (buyer-a; buyer-b2 in world B) accepts; A's deal is then cancelled.
    buyer_b2 = w.as_("buyer", "buyer-b2")
    for world, body, producer, buyer in ((a, rfq_a(), p, buyer_a), (b, rfq_b(), q, buyer_b2)):
        world.trade_rfq = (await ok(await c.post("/sourcing-requests", json=body, headers=buyer), 201))["id"]

        async def in_inbox():
            r = await c.get("/trade/inbox", headers=producer)
            return r.status_code == 200 and world.trade_rfq in {i["request"]["id"] for i in r.json()["items"]}

        assert await eventually(in_inbox, 30), "the match did not reach trade"
        quote = await ok(await c.post(f"/trade/requests/{world.trade_rfq}/quotes", headers=producer, json={
            "price": 4.5, "currency": "USD", "quantity": body["quantity"], "unit": body["unit"], "incoterm": "FOB",
            "lead_time_days": 20, "valid_until": in_days(10), "message": "ours"}), 201)
        accepted = await ok(await c.post(f"/trade/quotes/{quote['id']}/accept",
                                         headers=buyer | {"If-Match": 'W/"1"'}), 201)
        world.quote, world.deal = quote["id"], accepted["deal"]["id"]
        world.message = (await ok(await c.post(f"/trade/quotes/{quote['id']}/messages", headers=producer,
                                               json={"text": "Shipped from Phu Quoc in 20 days"}), 201))["id"]
    await ok(await c.patch(f"/trade/deals/{a.deal}", json={"status": "cancelled"},
                           headers=buyer_a | {"If-Match": 'W/"1"'}))
    b.private |= {b.rfq, b.match, b.application, b.buyer_registration, b.trade_rfq, b.quote, b.deal, "buyer-b",
                  "buyer-b2", "org-b"}


def request(op: str, role: str, w: World, worlds: Worlds) -> tuple[str, dict]:
    """The path and the request arguments of `op` on world `w`, as `role` would send it."""
    method = op.split(" ", 1)[0]
    ids = {"country": w.country, "partition": "0", "offset": "99999", "name": "validation", "import_id": w.import_id,
           "product_id": w.product, "producer_id": w.producer, "rfq_id": w.rfq, "match_id": w.match, "fair_id": w.fair,
           "client_id": "org-nobody", "application_id": w.application, "booking_id": str(w.cancelled_booking),
           "entry_id": "999999", "meeting_id": w.cancelled_meeting, "buyer_id": w.buyer_registration,
           "quote_id": w.quote, "deal_id": w.deal, "message_id": str(w.message),
           "booth_code": "A-003" if op.startswith("DELETE") else "A-002", "wish_id": str(w.wish), "forum_id": w.forum,
           "session_id": w.session, "registration_id": str(w.registration),
           "record_id": w.producer if "/producers/" in op else w.product,
           "owner_id": w.producer if "/producers/" in op else w.product, "evaluation_id": worlds.a.evaluation,
           "certificate_id": w.producer_certificate if "/producers/" in op else w.product_certificate,
           "subscription_id": (w.spare_subscriptions if method == "DELETE" else w.subscriptions).get(
               role if role != "none" else "integrator", ""),
           "delivery_id": w.deliveries.get(role if role != "none" else "integrator", "")}
    if op.split(" ", 1)[1].startswith("/v1/trade/"):
        ids["rfq_id"] = w.trade_rfq
    method, template = op.split(" ", 1)
    path = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], template)
    own = w is worlds.a
    args: dict = {}
    if op == "POST /v1/oauth/token":
        # One unknown client per cell: failed logins of one client id are throttled (429) after a few.
        args["data"] = {"grant_type": "client_credentials", "client_id": f"nobody-{role}-{'own' if own else 'other'}",
                        "client_secret": "wrong"}
    elif template.endswith(("/imports/products", "/imports/producers")):
        args.update(content=b"external_ref,name_local,name_en\n", headers={"Content-Type": "text/csv"})
    elif template.endswith("/producers") and method == "POST" or "/producers/{record_id}" in template and method == "PUT":
        args["json"] = producer_body(w.country)
    elif template.endswith("/products") and method == "POST" or "/products/{record_id}" in template and method == "PUT":
        args["json"] = product_body(w.producer, w.country)
    elif template.endswith("/submission"):
        args["json"] = {"dossier": [{"title": "Registration form", "kind": "registration_form", "reference": "R-1"}]}
    elif template.endswith("/review"):
        args["json"] = {"decision": "approve"}
    elif template.endswith("/evaluations") and method == "POST":
        args["json"] = {"scorecard": {"A": 30, "B": 20, "C": 20}, "council": {"level": "provincial", "name": "c"},
                        "assessors": ["a"], "evaluated_on": "2026-01-01"}
    elif template.endswith("/certificates") and method == "POST":
        args["json"] = certificate()
    elif template.endswith("/green"):
        args["json"] = {"scores": {"materials": 15}, "assessor": "a", "assessed_on": "2026-01-01"}
    elif template.endswith("/indicators/figures"):
        args["json"] = {"indicator": "trainings_held", "year": 2026, "actual": 12}
    elif template.endswith("/focal-point"):
        args["json"] = {"name": "Focal point", "organisation": "Ministry", "email": "fp@example.org"}
    elif template.endswith("/sweeps"):
        args["json"] = {}
    elif op == "POST /v1/sourcing-requests":
        args["json"] = rfq_a()
    elif op == "POST /v1/webhooks/subscriptions/{subscription_id}/secret":
        args["json"] = {"keep_previous_s": 60}
    elif op == "POST /v1/webhooks/subscriptions":
        args["json"] = {"url": "http://127.0.0.1:9/hook", "event_types": ["org.asean.ovop.registry.product.upserted.v1"]}
    elif op == "GET /v1/sourcing-requests/matches":
        args["params"] = {"producer_id": w.producer}
    elif op == "PATCH /v1/sourcing-requests/{rfq_id}":
        args["json"] = {"quantity": w.rfq_quantity}  # the same quantity: allowed, changes nothing of weight
    elif op == "PATCH /v1/sourcing-requests/{rfq_id}/matches/{match_id}":
        args["json"] = {"status": "accepted"}
    elif op == "POST /v1/fairs":
        args["json"] = fair_body(n_booths=1)
    elif op == "POST /v1/fairs/{fair_id}/organisers":
        args["json"] = {"client_id": "org-c"}
    elif op == "POST /v1/fairs/{fair_id}/applications":
        args["json"] = {"producer_id": w.producer, "product_ids": [w.product]}
    elif template.endswith("/decision"):
        args["json"] = {"decision": "approve"}
    elif op in ("POST /v1/fairs/{fair_id}/bookings", "POST /v1/fairs/{fair_id}/waitlist"):
        args["json"] = {"application_id": w.application}
    elif op == "POST /v1/fairs/{fair_id}/buyers":
        fair_day = (datetime.now(timezone.utc) + timedelta(days=3)).date().isoformat()
        args["json"] = {"buyer_ref": "buyer-a" if own else "buyer-z", "name": "Someone",
                        "availability": [{"start": f"{fair_day}T08:00:00", "end": f"{fair_day}T12:00:00"}]}
    elif op == "POST /v1/fairs/{fair_id}/wishes":
        source = {"buyer": "buyer", "producer": "exhibitor"}.get(role, "matching")
        args["json"] = {"buyer_id": w.buyer_registration, "application_id": w.application, "source": source, "value": 1.0}
    elif op == "POST /v1/trade/requests/{rfq_id}/quotes":
        args["json"] = {"price": 4, "currency": "USD", "quantity": 10, "unit": "l", "incoterm": "FOB",
                        "lead_time_days": 20, "valid_until": in_days(10)}
    elif op == "POST /v1/trade/quotes/{quote_id}/decline":
        args["json"] = {"reason": "too dear"}
    elif op == "POST /v1/trade/quotes/{quote_id}/messages":
        args["json"] = {"text": "When can you ship?"}
    elif op == "PATCH /v1/trade/deals/{deal_id}":
        args["json"] = {"status": "shipped"}
    elif op == "POST /v1/fairs/{fair_id}/booths":
        args["json"] = {"hall": "B", "code": f"B-{role}", "size_m2": 9, "type": "inline", "price": 900, "currency": "USD"}
    elif op == "PATCH /v1/fairs/{fair_id}/booths/{booth_code}":
        args["json"] = {"price": 950}
    elif op == "PATCH /v1/fairs/{fair_id}":
        args["json"] = {"name": "Renamed fair"}
    elif op == "POST /v1/fairs/{fair_id}/bookings/{booking_id}/move":
        args["json"] = {"booth_code": "A-002"}
    elif template.endswith("/answer"):
        args["json"] = {"answer": "accepted"}
    elif op == "POST /v1/fairs/{fair_id}/check-ins":
        args["json"] = {"token": "aaaa.bbbb.cccc"}
    elif template.endswith("/no-show"):
        args["json"] = {}
    elif template.endswith("/outcome"):
        args["json"] = {"outcome": "follow_up"}
    elif op == "POST /v1/forums":
        args["json"] = {"name": "Forum", "fair_id": w.fair, "venue": {"name": "Hall", "city": "Hanoi", "country": "VN"},
                        "timezone": "Asia/Ho_Chi_Minh", "starts_on": "2027-01-05", "ends_on": "2027-01-05"}
    elif op == "POST /v1/forums/{forum_id}/sessions":
        day = (datetime.now(timezone.utc) + timedelta(days=3)).date().isoformat()
        args["json"] = {"room": f"R-{role}", "starts_at": f"{day}T15:00:00", "ends_at": f"{day}T16:00:00",
                        "topic": "Standards", "speakers": [f"Speaker {role}"], "capacity": 3}
    elif op == "POST /v1/forums/{forum_id}/sessions/{session_id}/registrations":
        args["json"] = {"name": role}
    return f"{method} {path}", args


@pytest.mark.parametrize("op", list(EXPECTED))
async def test_every_operation_answers_every_role_on_its_own_and_on_someone_elses_resource_as_the_matrix_says(
        worlds, op):
    wrong = []
    async with httpx.AsyncClient(base_url=worlds.gateway, timeout=30) as c:
        for role in ROLES:
            for case, world, want in (("own", worlds.a, EXPECTED[op][role][0]), ("other", worlds.b, EXPECTED[op][role][1])):
                target, args = request(op, role, world, worlds)
                method, path = target.split(" ", 1)
                headers = {**args.pop("headers", {}), **worlds.headers(role)}
                r = await c.request(method, path, headers=headers, **args)
                if r.status_code != want:
                    wrong.append(f"{role}/{case}: {target} answered {r.status_code}, expected {want}: {r.text[:300]}")
                elif r.status_code >= 400 and not r.headers["content-type"].startswith("application/problem+json"):
                    wrong.append(f"{role}/{case}: {target} answered {r.status_code} without problem+json")
                elif r.status_code < 300 and (leaked := [x for x in worlds.b.private if x in r.text]):
                    wrong.append(f"{role}/{case}: {target} shows world B's private {sorted(leaked)}")
                elif r.status_code == 201 and not r.headers.get("location", "").startswith("/v1/"):
                    wrong.append(f"{role}/{case}: {target} answered 201 without a Location under /v1/: "
                                 f"{r.headers.get('location')!r}")
    assert not wrong, "\n".join(wrong)


async def test_the_matrix_has_a_row_for_every_operation_and_no_other(worlds):
    async with httpx.AsyncClient(base_url=worlds.gateway, timeout=30) as c:
        doc = (await c.get("/openapi.json")).json()
    documented = {f"{m.upper()} {p}" for p, item in doc["paths"].items() for m in item
                  if m in ("get", "post", "put", "patch", "delete")}
    assert sorted(documented - set(EXPECTED)) == [], "operations without a row in the matrix"
    assert sorted(set(EXPECTED) - documented) == [], "rows of the matrix for operations that do not exist"
    print(f"authorisation matrix: {len(EXPECTED)} operations x {len(ROLES)} roles x 2 cases = "
          f"{len(EXPECTED) * len(ROLES) * 2} checks")


# -- each party's business, in detail --------------------------------------------------------------------
async def test_a_second_buyer_gets_404_for_the_first_buyers_request_its_matches_and_its_cancellation(worlds):
    bob = worlds.as_("buyer", "buyer-b")
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        rfq = worlds.a.rfq
        for r in (await c.get(f"/sourcing-requests/{rfq}", headers=bob),
                  await c.get(f"/sourcing-requests/{rfq}/matches", headers=bob),
                  await c.patch(f"/sourcing-requests/{rfq}", json={"status": "cancelled"}, headers=bob)):
            assert r.status_code == 404, r.text
            assert r.json()["detail"] == f"no sourcing request {rfq}"
        listed = (await ok(await c.get("/sourcing-requests", headers=bob)))["items"]
        assert [x["id"] for x in listed] == [worlds.b.rfq]
        still = await ok(await c.get(f"/sourcing-requests/{rfq}", headers=worlds.as_("buyer", "buyer-a")))
        assert still["status"] == "matched" and still["buyer"] == "buyer-a"


async def test_a_matched_producer_sees_the_request_without_the_buyer_and_only_its_own_match(worlds):
    a = worlds.a
    p = worlds.as_("producer", "producer-p", producer_id=a.producer)
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        # A third producer's product now fits buyer-a's request too: P still sees its own match only.
        kh = worlds.as_("registry_admin", "admin-kh", "KH")
        other = await ok(await c.post("/registry/KH/products", json=product_body(
            worlds.b.producer, "KH", certifications=[{"scheme": "HACCP"}],
            origin={"country": "KH", "province": "Kampot"}), headers=kh), 201)

        async def matched_twice():
            got = await ok(await c.get(f"/sourcing-requests/{a.rfq}", headers=worlds.as_("buyer", "buyer-a")))
            return got if len({m["producer_id"] for m in got["matches"]}) == 2 else None

        everything = await eventually(matched_twice, 20)
        assert everything is not None and other["id"] in {m["product_id"] for m in everything["matches"]}
        seen = await ok(await c.get(f"/sourcing-requests/{a.rfq}", headers=p))
        assert seen["buyer"] is None and seen["text"] == "fish sauce"
        assert {m["producer_id"] for m in seen["matches"]} == {a.producer}
        own_matches = (await ok(await c.get(f"/sourcing-requests/{a.rfq}/matches", headers=p)))["items"]
        assert {m["producer_id"] for m in own_matches} == {a.producer}
        listed = (await ok(await c.get("/sourcing-requests", headers=p)))["items"]
        assert a.rfq in {x["id"] for x in listed} and worlds.b.rfq not in {x["id"] for x in listed}
        assert all(x["buyer"] is None and x["matches"] is None for x in listed)
        mine = (await ok(await c.get("/sourcing-requests/matches", headers=p)))["items"]
        assert mine and {m["producer_id"] for m in mine} == {a.producer}


async def test_a_second_organiser_cannot_run_a_fair_it_does_not_organise_until_the_owner_adds_it(worlds):
    a = worlds.a
    owner, second = worlds.as_("fair_organiser", "org-a"), worlds.as_("fair_organiser", "org-b")
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        decision = f"/fairs/{a.fair}/applications/{a.application}/decision"
        r = await c.post(decision, json={"decision": "reject", "reason": "not yours"}, headers=second)
        assert r.status_code == 403 and r.json()["detail"] == \
            f"fair {a.fair} is run by its own organisers; this token is not one of them"
        assert (await c.get(f"/fairs/{a.fair}/applications", headers=second)).status_code == 403
        organisers = await ok(await c.post(f"/fairs/{a.fair}/organisers", json={"client_id": "org-b"}, headers=owner))
        assert organisers == {"fair_id": a.fair, "owner": "org-a", "co_organisers": ["org-c", "org-b"]}
        listed = (await ok(await c.get(f"/fairs/{a.fair}/applications", headers=second)))["items"]
        assert [x["id"] for x in listed] == [a.application]
        # A co-organiser runs the fair but does not decide who else does.
        r = await c.post(f"/fairs/{a.fair}/organisers", json={"client_id": "org-d"}, headers=second)
        assert r.status_code == 403 and "only the owner" in r.json()["detail"]
        r = await c.delete(f"/fairs/{a.fair}/organisers/org-a", headers=owner)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "client_id"
        organisers = await ok(await c.delete(f"/fairs/{a.fair}/organisers/org-b", headers=owner))
        assert organisers["co_organisers"] == ["org-c"]
        assert (await c.get(f"/fairs/{a.fair}/applications", headers=second)).status_code == 403
        public = await ok(await c.get(f"/fairs/{a.fair}"))
        assert "owner" not in public


async def test_a_fairs_outcome_report_in_trade_is_read_by_the_organisers_the_fairs_service_names(worlds):
    """Who runs a fair travels from the fairs service to trade on `ovop.events.fairs`: the owner reads its
    fair's outcome report there, another organiser is refused until the owner adds it, and again once removed."""
    a = worlds.a
    owner, other = worlds.as_("fair_organiser", "org-a"), worlds.as_("fair_organiser", "org-e")
    report = {"fair_id": a.fair}
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        async def answers(headers: dict, status: int):
            r = await c.get("/trade/indicators/fairs", params=report, headers=headers)
            return r if r.status_code == status else None

        r = await eventually(lambda: answers(owner, 200), 20)
        assert r is not None, "trade never heard that org-a runs its fair"
        assert r.json() == {"fairs": []}  # no meeting of fair A has an outcome
        r = await c.get("/trade/indicators/fairs", params=report, headers=other)
        assert r.status_code == 403 and r.json()["detail"] == f"fair {a.fair} is not one this organiser runs"
        assert (await ok(await c.get("/trade/indicators/fairs", headers=other))) == {"fairs": []}
        await ok(await c.post(f"/fairs/{a.fair}/organisers", json={"client_id": "org-e"}, headers=owner))
        assert await eventually(lambda: answers(other, 200), 20), "trade never heard that org-e was added"
        await ok(await c.delete(f"/fairs/{a.fair}/organisers/org-e", headers=owner))
        assert await eventually(lambda: answers(other, 403), 20), "trade never heard that org-e was removed"
        for role in ("buyer", "producer", "registry_admin", "integrator"):
            r = await c.get("/trade/indicators/fairs", headers=worlds.headers(role))
            assert r.status_code == 403 and r.json()["detail"] == "a fair's outcome report is its organisers'", role


async def test_buyer_registrations_and_wishes_are_bound_to_the_caller_whatever_the_body_says(worlds):
    a = worlds.a
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        fair = await ok(await c.get(f"/fairs/{a.fair}"))
        newcomer = worlds.as_("buyer", "buyer-n")
        reg = await ok(await c.post(f"/fairs/{a.fair}/buyers", json=buyer_registration("buyer-a", fair),
                                    headers=newcomer), 201)
        assert reg["buyer_ref"] == "buyer-n"
        r = await c.post(f"/fairs/{a.fair}/wishes", headers=newcomer, json={
            "buyer_id": a.buyer_registration, "application_id": a.application, "source": "buyer", "value": 5})
        assert r.status_code == 403 and a.buyer_registration in r.json()["detail"]
        q = worlds.as_("producer", "producer-q", producer_id=worlds.b.producer)
        r = await c.post(f"/fairs/{a.fair}/wishes", headers=q, json={
            "buyer_id": reg["id"], "application_id": a.application, "source": "exhibitor", "value": 5})
        assert r.status_code == 403 and a.application in r.json()["detail"]
        # What each party lists at the fair is its own.
        mine = (await ok(await c.get(f"/fairs/{a.fair}/meetings", headers=newcomer)))["items"]
        assert mine == []
        theirs = (await ok(await c.get(f"/fairs/{a.fair}/meetings", headers=worlds.as_("buyer", "buyer-a"))))["items"]
        assert theirs and {m["buyer_id"] for m in theirs} == {a.buyer_registration}
        assert (await ok(await c.get(f"/fairs/{a.fair}/applications", headers=q)))["items"] == []
        assert (await ok(await c.get(f"/fairs/{a.fair}/bookings", headers=q)))["items"] == []
        r = await c.get(f"/fairs/{a.fair}/buyers/{a.buyer_registration}/agenda.ics", headers=newcomer)
        assert r.status_code == 404


async def test_every_service_port_answers_401_without_a_token_and_only_probes_and_metrics_are_open(worlds):
    paths = {"registry-VN": ["/products", "/producers", "/indicators", "/openapi.json", "/docs", "/dead-letters",
                             "/no-such-path"],
             "registry-KH": ["/products"],
             "matching": ["/catalogue/search", "/catalogue/products", "/sourcing-requests", "/openapi.json"],
             "events": ["/fairs", f"/fairs/{worlds.a.fair}", f"/fairs/{worlds.a.fair}/applications",
                        f"/fair-catalogue/products/{worlds.a.product}", "/openapi.json"],
             "webhooks": ["/webhooks/subscriptions", f"/webhooks/subscriptions/{worlds.a.subscriptions['integrator']}",
                          "/webhooks/event-types", "/openapi.json"]}
    forged = {"Authorization": "Bearer " + worlds.net.token("buyer").rsplit(".", 1)[0] + "." + "A" * 86}
    async with httpx.AsyncClient(timeout=10) as c:
        for name, service_paths in paths.items():
            base = worlds.net[name].url
            for path in service_paths:
                for headers in ({}, forged, {"Authorization": "Basic YWRtaW46YWRtaW4="}):
                    r = await c.get(base + path, headers=headers)
                    assert r.status_code == 401, (name, path, headers, r.status_code)
                    assert r.headers["content-type"].startswith("application/problem+json")
                    assert r.headers["www-authenticate"].startswith("Bearer")
                r = await c.post(base + path, json={})
                assert r.status_code == 401, (name, path, "POST")
            for path in ("/healthz", "/readyz", "/metrics"):
                assert (await c.get(base + path)).status_code == 200, (name, path)
        # The gateway's anonymous identity reads what is public, and nothing that is a party's own.
        public = worlds.net.public_auth()
        assert (await c.get(worlds.net["matching"].url + "/catalogue/products", headers=public)).status_code == 200
        r = await c.get(worlds.net["matching"].url + "/sourcing-requests", headers=public)
        assert r.status_code == 401 and r.json()["detail"] == "this operation needs a bearer token (POST /v1/oauth/token)"
        r = await c.get(worlds.net["events"].url + f"/fairs/{worlds.a.fair}/applications", headers=public)
        assert r.status_code == 401
        r = await c.get(worlds.net["webhooks"].url + "/webhooks/subscriptions", headers=public)
        assert r.status_code == 401
