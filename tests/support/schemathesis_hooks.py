"""schemathesis hooks for the test command's run (SCHEMATHESIS_HOOKS=tests.support.schemathesis_hooks).

The registry's bulk imports take their file as the body, CSV or JSON Lines, which schemathesis sends as text.

Some rules of the network are between two values, relative to now, or about what the server holds, which
JSON Schema cannot state (those it can, the published schemas state). A body the schema admits may break
them, and is rightly refused with a 422: so every POSITIVE case of the operations in RULES and STATE_RULES is
mapped, before it is sent, onto one that keeps them, changing only what each rule is about; one for which the
server holds nothing a body could name (a fair without meeting slots takes no buyer) is not sent. NEGATIVE
cases (a component that breaks the schema) go out exactly as generated. `filter_case` sees the
cases of the coverage and fuzzing phases, `before_add_examples` those of the examples phase (the documents'
own examples). The rules about the server's data read it through the API, as the run's caller
(FUZZ_AUTHORIZATION, set by tests/e2e/test_fuzz.py)."""
from __future__ import annotations

import copy
import os
import re
import uuid
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any, Callable

import httpx
import schemathesis
from pydantic import AwareDatetime, NaiveDatetime, TypeAdapter
from schemathesis.generation import GenerationMode

from services.events.domain.fairs import zone
from shared.validation import clean_code

schemathesis.serializer.alias("text/csv", "text/plain")
schemathesis.serializer.alias("application/x-ndjson", "text/plain")


_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")
_AWARE, _NAIVE, _DAY = TypeAdapter(AwareDatetime), TypeAdapter(NaiveDatetime), TypeAdapter(date)
ZONE = "Asia/Ho_Chi_Minh"


def _parsed(adapter: TypeAdapter, value: Any) -> Any:
    """The value as the service's pydantic reads it, or None when it is not one (left as generated)."""
    try:
        return adapter.validate_python(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _dict(value: Any) -> dict | None:
    return value if isinstance(value, dict) else None


# -- the rules, each a function of one body (a dict, changed in place) -------------------------------------
def ordered_days(body: dict, first: str, last: str) -> None:
    """A last day is not before the first (a fair's or forum's ends_on and starts_on, a delivery window's end
    and start, a certificate's valid_until and valid_from): the two are swapped."""
    a, b = _parsed(_DAY, body.get(first)), _parsed(_DAY, body.get(last))
    if a and b and b < a:
        body[first], body[last] = body[last], body[first]


def ordered_instants(body: dict, first: str, last: str, naive: bool = False) -> None:
    """An end comes strictly after its start (an application window's closes_at after opens_at; a venue's
    wall-clock interval, an exhibitor's or buyer's availability, a forum session): swapped when reversed; when
    equal, the end one minute later (or the start one minute earlier at the day's last minute, so that both
    stay on the day the schema admits)."""
    adapter = _NAIVE if naive else _AWARE
    a, b = _parsed(adapter, body.get(first)), _parsed(adapter, body.get(last))
    if a is None or b is None:
        return
    if b < a:
        body[first], body[last] = body[last], body[first]
    elif b == a:
        if (a.hour, a.minute) == (23, 59):
            body[first] = (a - timedelta(minutes=1)).isoformat()
        else:
            body[last] = (a + timedelta(minutes=1)).isoformat()


def ordered_prices(body: dict) -> None:
    """A price range's max is not below its min: the two are swapped."""
    price = _dict(body.get("price"))
    if price and isinstance(price.get("min"), (int, float)) and isinstance(price.get("max"), (int, float)) \
            and price["max"] < price["min"]:
        price["min"], price["max"] = price["max"], price["min"]


def iana_zone(body: dict) -> None:
    """A venue's time zone is one of the IANA tz database the service reads (a list the schema does not
    carry): a name it does not know becomes Asia/Ho_Chi_Minh."""
    if "timezone" not in body or not isinstance(body["timezone"], str):
        return
    try:
        zone(body["timezone"])
    except ValueError:
        body["timezone"] = ZONE


def four_places(container: dict | None, *fields: str, positive: bool = False) -> None:
    """Exact amounts (a booth's size and price, a deal's value) have at most 4 decimal places: rounded to 4
    (a positive amount that rounds to 0 becomes 0.0001)."""
    if container is None:
        return
    for f in fields:
        v = container.get(f)
        if isinstance(v, float) and Decimal(str(v)).as_tuple().exponent < -4:
            r = round(v, 4)
            container[f] = 0.0001 if positive and r <= 0 else r


def future_deadline(body: dict) -> None:
    """A sourcing request's deadline is in the future: one that is not at least a day ahead becomes thirty
    days from now."""
    if "deadline" not in body:
        return
    now = datetime.now(timezone.utc)
    when = _parsed(_AWARE, body["deadline"])
    if when is not None and when > now + timedelta(days=1):
        return
    body["deadline"] = (now + timedelta(days=30)).replace(microsecond=0).isoformat()


def kind_of_product(body: dict) -> None:
    """A sourcing request without a product group or HS code is understood from the products of the
    catalogue that answer its words: on the fuzzed network (whose catalogue holds nothing such words answer)
    it names the group, food."""
    if not body.get("group") and not body.get("hs_code"):
        body["group"] = "food"


def unique_booth_codes(body: dict) -> None:
    """Booth codes are unique in a fair, as the service compares them (trimmed, NFC): a repeated one gets a
    numbered suffix."""
    seen: set[str] = set()
    for hall in body.get("halls") or []:
        for booth in (_dict(hall) or {}).get("booths") or []:
            if not isinstance(booth, dict) or not isinstance(booth.get("code"), str):
                continue
            try:
                code = clean_code(booth["code"])
            except ValueError:
                continue
            n = 0
            while code in seen:
                n += 1
                code = f"{clean_code(booth['code'])[:30]}-{n}"
                booth["code"] = code
            seen.add(code)


def sessions_within_the_fair(body: dict) -> None:
    """A meeting session's slots lie within the fair's days (its start on one of them, its last slot ending by
    the end of the last one): a session starting outside moves to the fair's first day, at the same time of
    day; one still running past the last day starts at midnight, then keeps as many slots as fit. Wall-clock
    days of the schema are 1-28, so a fair starting on the 29th-31st with sessions starts on the 28th."""
    programme = _dict(body.get("meeting_programme"))
    sessions = [s for s in (programme or {}).get("sessions") or [] if isinstance(s, dict)]
    first, last = _parsed(_DAY, body.get("starts_on")), _parsed(_DAY, body.get("ends_on"))
    if not sessions or first is None or last is None:
        return
    if first.day > 28:
        first = first.replace(day=28)
        body["starts_on"] = first.isoformat()
    slot_minutes = programme.get("slot_minutes", 30)
    if not isinstance(slot_minutes, int) or isinstance(slot_minutes, bool):
        return
    slot = timedelta(minutes=slot_minutes)
    limit = datetime.combine(last + timedelta(days=1), time())
    for s in sessions:
        start, slots = _parsed(_NAIVE, s.get("start")), s.get("slots")
        if start is None or not isinstance(slots, int) or isinstance(slots, bool):
            continue
        if not first <= start.date() <= last:
            start = datetime.combine(first, start.time())
        if start + slots * slot > limit:
            start = datetime.combine(start.date(), time())
            slots = max(1, min(slots, (limit - start) // slot))
        s["start"], s["slots"] = start.isoformat(), slots


# -- which rules each operation's body keeps ---------------------------------------------------------------
def _product(body: dict) -> None:
    ordered_prices(body)
    for cert in body.get("certifications") or []:
        if isinstance(cert, dict):
            ordered_days(cert, "valid_from", "valid_until")


def _sourcing_request(body: dict) -> None:
    future_deadline(body)
    if window := _dict(body.get("delivery_window")):
        ordered_days(window, "start", "end")


def _new_sourcing_request(body: dict) -> None:
    _sourcing_request(body)
    kind_of_product(body)


def _fair(body: dict) -> None:
    iana_zone(body)
    ordered_days(body, "starts_on", "ends_on")
    if window := _dict(body.get("application_window")):
        ordered_instants(window, "opens_at", "closes_at")
    unique_booth_codes(body)
    for hall in body.get("halls") or []:
        for booth in (_dict(hall) or {}).get("booths") or []:
            four_places(_dict(booth), "size_m2", positive=True)
            four_places(_dict(booth), "price")
    sessions_within_the_fair(body)


def _fair_patch(body: dict) -> None:
    iana_zone(body)
    ordered_days(body, "starts_on", "ends_on")
    if window := _dict(body.get("application_window")):
        ordered_instants(window, "opens_at", "closes_at")


def _booth(body: dict) -> None:
    four_places(body, "size_m2", positive=True)
    four_places(body, "price")


def _availability(body: dict) -> None:
    for interval in body.get("availability") or []:
        if isinstance(interval, dict):
            ordered_instants(interval, "start", "end", naive=True)


def _forum(body: dict) -> None:
    iana_zone(body)
    ordered_days(body, "starts_on", "ends_on")


RULES: dict[str, Callable[[dict], None]] = {
    "create_product": _product,
    "update_product": _product,
    "post_sourcing_request": _new_sourcing_request,
    "change_sourcing_request": _sourcing_request,
    "create_fair": _fair,
    "edit_fair": _fair_patch,
    "add_booth": _booth,
    "edit_booth": _booth,
    "apply_to_exhibit": _availability,
    "register_buyer": _availability,
    "record_meeting_outcome": lambda body: four_places(body, "value", positive=True),
    "create_forum": _forum,
    "add_forum_session": lambda body: ordered_instants(body, "starts_at", "ends_at", naive=True),
}


# -- rules about what the server holds: read from the API (as the run's caller, FUZZ_AUTHORIZATION) -----------
def _read(case, path: str) -> Any:
    """The JSON the API answers a GET of `path` with, or None (not there, not visible to the caller)."""
    headers = {"Authorization": os.environ["FUZZ_AUTHORIZATION"]} if os.environ.get("FUZZ_AUTHORIZATION") else {}
    try:
        r = httpx.get(case.operation.schema.get_base_url() + path, headers=headers, timeout=30)
    except httpx.HTTPError:
        return None
    return r.json() if r.status_code == 200 else None


def _path_id(case, name: str) -> str | None:
    value = (case.path_parameters or {}).get(name)
    return value if isinstance(value, str) and "/" not in value and "?" not in value else None


def _the_fair(case) -> dict | None:
    fair_id = _path_id(case, "fair_id")
    return _read(case, f"/v1/fairs/{fair_id}") if fair_id else None


def _items(case, path: str) -> list[dict]:
    page = _read(case, path)
    return page.get("items", []) if isinstance(page, dict) else []


def _wall_clock_ok(t: datetime) -> bool:
    return t.day <= 28  # the days the schema's wall-clock times take


def _a_slot(fair: dict) -> tuple[datetime, datetime] | None:
    """The fair's first meeting slot as a venue-local interval the schema can write, within the fair's days."""
    minutes = (fair.get("meeting_programme") or {}).get("slot_minutes", 30)
    last = datetime.combine(date.fromisoformat(fair["ends_on"]) + timedelta(days=1), time())
    for slot in fair.get("slots") or []:
        start = datetime.fromisoformat(slot["starts_at"]).replace(tzinfo=None)
        end = start + timedelta(minutes=minutes)
        if _wall_clock_ok(start) and _wall_clock_ok(end) and end <= last:
            return start, end
    return None


def _within_days(intervals: list, first: date, last: date) -> list:
    """The intervals (venue-local) lying within the days first..last, as the fair compares them."""
    lo, hi = datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
    kept = []
    for i in intervals:
        a, b = _parsed(_NAIVE, (_dict(i) or {}).get("start")), _parsed(_NAIVE, (_dict(i) or {}).get("end"))
        if a is not None and b is not None and lo <= a and b <= hi:
            kept.append(i)
    return kept


def buyer_hours(case, body: dict) -> bool:
    """A buyer registers for hours within the fair's days that hold at least one of its meeting slots: the
    generated intervals outside the fair's days are dropped, and the fair's first slot is added. A fair with
    no meeting slot takes no buyer (False: no body the rules admit)."""
    fair = _the_fair(case)
    if fair is None:
        return True  # no such fair: answered 404, whatever the body
    slot = _a_slot(fair)
    if slot is None:
        return False
    kept = _within_days(body.get("availability") or [], date.fromisoformat(fair["starts_on"]),
                        date.fromisoformat(fair["ends_on"]))
    body["availability"] = [{"start": slot[0].isoformat(), "end": slot[1].isoformat()}, *kept][:100]
    return True


def exhibitor_hours(case, body: dict) -> bool:
    """An exhibitor's availability lies within the fair's days: the generated intervals outside them are
    dropped (none left: the default, always)."""
    fair = _the_fair(case)
    if fair is not None and body.get("availability"):
        kept = _within_days(body["availability"], date.fromisoformat(fair["starts_on"]),
                            date.fromisoformat(fair["ends_on"]))
        body["availability"] = kept or None
    return True


def session_days(case, body: dict) -> bool:
    """A forum session lies within the forum's days: one outside moves to the forum's first day the schema's
    wall-clock times can write (days 1-28), at the same time of day, ending that day. A forum whose days are
    all a 29th-31st takes no session the schema can write (False)."""
    forum_id = _path_id(case, "forum_id")
    forum = _read(case, f"/v1/forums/{forum_id}") if forum_id else None
    start, end = _parsed(_NAIVE, body.get("starts_at")), _parsed(_NAIVE, body.get("ends_at"))
    if forum is None or start is None or end is None:
        return True
    first, last = date.fromisoformat(forum["starts_on"]), date.fromisoformat(forum["ends_on"])
    if first <= start.date() and end.date() <= last:
        return True
    day = next((first + timedelta(days=k) for k in range((last - first).days + 1)
                if (first + timedelta(days=k)).day <= 28), None)
    if day is None:
        return False
    start = datetime.combine(day, start.time())
    end = min(start + (end - start), datetime.combine(day, time(23, 59, 59)))
    if end <= start:
        start = datetime.combine(day, time(9))
        end = start + timedelta(hours=1)
    body["starts_at"], body["ends_at"] = start.isoformat(), end.isoformat()
    return True


def wish_parties(case, body: dict) -> bool:
    """A wish to meet is between a buyer registered for the fair and one of its approved exhibitors: the
    generated ids become the first registered buyer and approved application. A fair with neither takes no
    wish (False)."""
    fair_id = _path_id(case, "fair_id")
    if fair_id is None or _the_fair(case) is None:
        return True
    buyers = _items(case, f"/v1/fairs/{fair_id}/buyers")
    approved = _items(case, f"/v1/fairs/{fair_id}/applications?status=approved")
    if not buyers or not approved:
        return False
    body["buyer_id"], body["application_id"] = buyers[0]["id"], approved[0]["id"]
    return True


def a_badge(case, body: dict) -> bool:
    """A check-in scans a badge the fair issued: the generated token becomes the badge of the fair's first
    registered buyer. A fair without buyers has no badge to scan (False)."""
    fair_id = _path_id(case, "fair_id")
    if fair_id is None or _the_fair(case) is None:
        return True
    for buyer in _items(case, f"/v1/fairs/{fair_id}/buyers"):
        badge = _read(case, f"/v1/fairs/{fair_id}/buyers/{buyer['id']}/badge")
        if badge and badge.get("token"):
            body["token"] = badge["token"]
            return True
    return False


STATE_RULES: dict[str, Callable[[Any, dict], bool]] = {
    "register_buyer": buyer_hours,
    "apply_to_exhibit": exhibitor_hours,
    "add_forum_session": session_days,
    "add_meeting_wish": wish_parties,
    "check_in": a_badge,
}


def _positive(case) -> bool:
    meta = case.meta
    return meta is not None and meta.generation.mode is GenerationMode.POSITIVE


def _operation_id(case) -> str | None:
    return case.operation.definition.raw.get("operationId")


def _mapped(case) -> tuple[dict | None, bool]:
    """The positive case's body mapped by its operation's rules (None: not such a case, leave it), and whether
    the server holds what a body of the operation must name."""
    op = _operation_id(case)
    if not _positive(case) or not isinstance(case.body, dict) or (op not in RULES and op not in STATE_RULES):
        return None, True
    # A copy: a coverage case may share its body's objects with the negative cases derived from it.
    body = copy.deepcopy(case.body)
    if op in RULES:
        RULES[op](body)
    possible = STATE_RULES[op](case, body) if op in STATE_RULES else True
    return body, possible


def _keep_rules(case) -> bool:
    """Maps a positive case's body onto the rules; False when no body would keep them."""
    body, possible = _mapped(case)
    if possible and body is not None and body != case.body:
        case.body = body
    return possible


@schemathesis.hook
def filter_case(ctx, case):
    """Generated positive cases (coverage and fuzzing phases) keep the rules the schema cannot state; negative
    ones are sent as generated. A positive case of an operation for which the server holds nothing a body
    could name (a fair without meeting slots, buyers or approved exhibitors) is not sent. Deciding that reads
    the server, and so does the mapping: one hook does both, once (schemathesis runs it on the very case it
    then sends)."""
    return _keep_rules(case)


@schemathesis.hook
def before_call(ctx, case, kwargs):
    """A client keeps an Idempotency-Key for the retries of one request: generated requests that happen to
    share the example key are different requests, so each valid key becomes a fresh one (invalid keys, the
    negative cases, are sent as generated)."""
    headers = case.headers or {}
    for name, value in list(headers.items()):
        if name.lower() == "idempotency-key" and isinstance(value, str) and _KEY.match(value):
            headers[name] = str(uuid.uuid4())


@schemathesis.hook
def before_add_examples(ctx, examples):
    """The documents' own examples (the examples phase, which no case filter or map sees) keep the rules as
    generated cases do: an example's deadline, recorded once, does not stay in the future; one of an operation
    for which the server holds nothing a body could name is not sent."""
    examples[:] = [case for case in examples if _keep_rules(case)]
