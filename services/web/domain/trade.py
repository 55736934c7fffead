"""The trade pages' plain rules: which step each party may take on a quote or a deal (as trade's API allows
them), the quote form's body, and the ETag a change is sent with. No HTTP, no templates."""
from __future__ import annotations

from dataclasses import dataclass

from shared.money import UNITS_PER_USD

# Incoterms 2020, as trade takes them; the currencies of the reference rate table that compares quotes.
INCOTERMS = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
UNITS = ("kg", "t", "l", "piece", "dozen")
CURRENCIES = tuple(sorted(UNITS_PER_USD))
QUOTE_FIELDS = ("price", "currency", "quantity", "unit", "incoterm", "lead_time_days", "valid_until", "message")

# A buyer's steps on a quote, by the quote's status.
QUOTE_STEPS = {"submitted": ("shortlist", "decline", "accept"), "shortlisted": ("decline", "accept")}
# A party's steps on a deal, by the deal's status: the producer ships, the buyer confirms the delivery,
# either cancels before it.
DEAL_STEPS = {
    "producer": {"agreed": ("shipped", "cancelled"), "shipped": ("cancelled",)},
    "buyer": {"agreed": ("cancelled",), "shipped": ("delivered", "cancelled")},
}

MOVES = ("shipped", "delivered", "cancelled")


def quote_steps(role: str | None, status: str) -> tuple[str, ...]:
    return QUOTE_STEPS.get(status, ()) if role == "buyer" else ()


def deal_steps(role: str | None, status: str) -> tuple[str, ...]:
    return DEAL_STEPS.get(role or "", {}).get(status, ())


def etag(version: int | str) -> str:
    """The ETag of a record read in a list, from its version: the API's ETag is `W/"<version>"` on every
    record it answers with one (README, "Changes"), so a list's row is changed as of the version shown."""
    return f'W/"{int(version)}"'


@dataclass(frozen=True)
class QuoteForm:
    fields: dict[str, str]

    @classmethod
    def read(cls, form) -> QuoteForm:
        return cls({k: str(form.get(k, "")).strip() for k in QUOTE_FIELDS})

    def body(self) -> dict:
        """The quote as trade takes it: numbers as numbers where they are numbers (otherwise as typed, for the
        API to name the field), the validity date as the end of that day in UTC."""
        f = self.fields
        body: dict = {"currency": f["currency"].upper(), "unit": f["unit"], "incoterm": f["incoterm"],
                      "message": f["message"]}
        for k, kind in (("price", float), ("quantity", float), ("lead_time_days", int)):
            try:
                body[k] = kind(f[k].replace(",", ".")) if kind is float else kind(f[k])
            except ValueError:
                body[k] = f[k] or None
        body["valid_until"] = f"{f['valid_until']}T23:59:59Z" if f["valid_until"] else None
        return body


def quote_form_for(request: dict) -> dict[str, str]:
    """A new quote's form, filled with what the request asks."""
    quantity = request.get("quantity")
    return {"price": "", "currency": request.get("currency") or "USD",
            "quantity": "" if quantity is None else f"{quantity:g}", "unit": request.get("unit") or "kg",
            "incoterm": "FOB", "lead_time_days": "", "valid_until": "", "message": ""}


def by_request(inbox: list[dict]) -> list[dict]:
    """The inbox answers one item per match, and a producer may be matched to one request with several of its
    products: one row per request, with its matched products, in the inbox's order (newest first)."""
    rows: dict[str, dict] = {}
    for item in inbox:
        rid = item["request"]["id"]
        if rid not in rows:
            rows[rid] = {**item, "product_ids": []}
        if item["product_id"] not in rows[rid]["product_ids"]:
            rows[rid]["product_ids"].append(item["product_id"])
    return list(rows.values())
