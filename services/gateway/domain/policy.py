"""Who may call what through the gateway. Reading the public catalogue, registry records and fair listings
needs no token (the gateway then signs an anonymous identity for the backend); every write does, and so does
every party's own business: sourcing requests and matches (their buyer and matched producers only: integrators,
registry admins and fair organisers read none of it), a fair's applications, bookings, waitlist, meetings,
agendas and organisers; quotes, their threads and deals (their buyer and producer only, and the producer's
provincial officer acting for it; trade indicators are regional aggregates any client may read, a fair's outcome
report its organisers'). The services check again on their side, down to the owner of each record; this table
stops the obvious at the door.

One row per rule, first match wins: (methods, path pattern, roles allowed; None = public)."""
from __future__ import annotations

import re

from shared.auth import Role

WRITE = {"POST", "PUT", "PATCH", "DELETE"}
READ = {"GET", "HEAD"}
R = Role

CC = r"^/v1/registry/(?P<country>[A-Za-z]{2})"
# The programme's work (issue 14): who submits, who decides. The node checks again, down to the producer a
# producer acts for and the province a provincial officer is bound to.
SUBMITTERS = {R.registry_admin, R.provincial_officer, R.producer}

RULES: list[tuple[set[str], re.Pattern, set[Role] | None]] = [
    (WRITE, re.compile(CC + r"/(products|producers)(/[^/]+)?$"), SUBMITTERS),
    (WRITE, re.compile(CC + r"/products/[^/]+/submission$"), SUBMITTERS),
    (WRITE, re.compile(CC + r"/products/[^/]+/(review|evaluations|green)$"), {R.committee}),
    (WRITE, re.compile(CC + r"/(products|producers)/[^/]+/certificates$"), {R.committee, R.registry_admin}),
    (WRITE, re.compile(CC + r"/sweeps$"), {R.committee, R.registry_admin}),
    (WRITE, re.compile(CC + r"/indicators/figures$"), {R.committee}),
    (READ, re.compile(CC + r"/registrations(/|$)"), {R.committee, R.registry_admin, R.provincial_officer, R.producer}),
    (WRITE, re.compile(r"^/v1/registry/(?P<country>[A-Za-z]{2})/"), {R.registry_admin}),
    (READ, re.compile(r"^/v1/registry/(?P<country>[A-Za-z]{2})/(imports|dead-letters)(/|$)"), {R.registry_admin}),
    (READ, re.compile(r"^/v1/registry/"), None),
    (READ, re.compile(r"^/v1/catalogue/"), None),
    (WRITE, re.compile(r"^/v1/sourcing-requests/[^/]+/matches/[^/]+$"), {R.producer}),
    (WRITE, re.compile(r"^/v1/sourcing-requests"), {R.buyer}),
    (READ, re.compile(r"^/v1/sourcing-requests"), {R.buyer, R.producer}),
    (WRITE, re.compile(r"^/v1/fairs/[^/]+/applications$"), {R.producer, R.fair_organiser}),
    (WRITE, re.compile(r"^/v1/fairs/[^/]+/buyers$"), {R.buyer, R.fair_organiser}),
    (WRITE, re.compile(r"^/v1/fairs/[^/]+/wishes$"), {R.buyer, R.producer, R.fair_organiser, R.integrator}),
    (WRITE, re.compile(r"^/v1/fairs/[^/]+/wishes/[^/]+/answer$"), {R.producer, R.fair_organiser}),
    (WRITE, re.compile(r"^/v1/fairs/[^/]+/meetings/[^/]+/outcome$"), {R.buyer, R.producer}),
    (WRITE, re.compile(r"^/v1/fairs"), {R.fair_organiser}),
    (WRITE, re.compile(r"^/v1/forums/[^/]+/sessions/[^/]+/registrations(/|$)"),
     {R.buyer, R.producer, R.registry_admin, R.fair_organiser, R.integrator}),
    (WRITE, re.compile(r"^/v1/forums"), {R.fair_organiser}),
    (READ, re.compile(r"^/v1/forums/[^/]+/sessions/[^/]+/registrations(/[^/]+)?$"),
     {R.buyer, R.producer, R.registry_admin, R.fair_organiser, R.integrator}),
    (READ, re.compile(r"^/v1/forums"), None),
    (READ, re.compile(r"^/v1/fairs/[^/]+/buyers$"), {R.fair_organiser, R.buyer}),
    (READ, re.compile(r"^/v1/fairs/[^/]+/wishes(/[^/]+)?$"), {R.fair_organiser, R.buyer, R.producer}),
    (READ, re.compile(r"^/v1/fairs/[^/]+/(check-ins|report)$"), {R.fair_organiser}),
    (READ, re.compile(r"^/v1/fairs/[^/]+/organisers$"), {R.fair_organiser}),
    (READ, re.compile(r"^/v1/fairs/[^/]+/(applications|bookings|waitlist)(/|$)"), {R.fair_organiser, R.producer}),
    (READ, re.compile(r"^/v1/fairs/[^/]+/meetings(/|$)"), {R.fair_organiser, R.buyer, R.producer}),
    (READ, re.compile(r"^/v1/fairs/[^/]+/buyers/"), {R.fair_organiser, R.buyer}),
    (READ, re.compile(r"^/v1/fairs/[^/]+/exhibitors/"), {R.fair_organiser, R.producer}),
    (READ, re.compile(r"^/v1/fairs"), None),
    (READ, re.compile(r"^/v1/trade/inbox$"), {R.producer, R.provincial_officer}),
    (READ, re.compile(r"^/v1/trade/indicators(/|$)"), {R.buyer, R.producer, R.registry_admin, R.fair_organiser,
                                                       R.integrator, R.provincial_officer, R.committee}),
    (WRITE, re.compile(r"^/v1/trade/requests/[^/]+/quotes$"), {R.producer, R.provincial_officer}),
    (WRITE, re.compile(r"^/v1/trade/quotes/[^/]+/(shortlist|decline|accept)$"), {R.buyer}),
    (WRITE | READ, re.compile(r"^/v1/trade/"), {R.buyer, R.producer, R.provincial_officer}),
    # Webhook subscriptions: any signed-in client's own (the webhooks service keeps each to its owner).
    (WRITE | READ, re.compile(r"^/v1/webhooks/"), {R.buyer, R.producer, R.registry_admin, R.fair_organiser,
                                                  R.integrator}),
    (READ, re.compile(r"^/v1/problems(/|$)"), None),
]


def allowed_roles(method: str, path: str) -> tuple[bool, set[Role] | None, str | None]:
    """(a rule matched, roles allowed or None for public, the country the path names)."""
    for methods, pattern, roles in RULES:
        if method in methods:
            m = pattern.match(path)
            if m:
                return True, roles, (m.groupdict().get("country") or "").upper() or None
    return False, set(), None
