"""What a catalogue page's URL may carry, and how it becomes the gateway's search query: the URL is the
query (`/catalogue?q=fish+sauce&stars=4`), so a search can be shared."""
from __future__ import annotations

from urllib.parse import urlencode

GROUPS = ["food", "beverages", "herbal", "textiles", "handicrafts", "tourism_services"]
FILTERS = ("q", "country", "province", "group", "stars", "certification", "sort", "offset")
PAGE = 20


def clean(params: dict[str, str]) -> dict[str, str]:
    """The page's own parameters, empty ones dropped."""
    return {k: str(params[k]).strip() for k in FILTERS if params.get(k) not in (None, "")}


def search_query(page: dict[str, str], currency: str) -> dict[str, str | int]:
    query: dict[str, str | int] = {"limit": PAGE, "currency": currency}
    for k, v in page.items():
        query["min_stars" if k == "stars" else k] = v
    return query


def with_(page: dict[str, str], **changes: str | None) -> str:
    """The URL of this search with some filters set (None removes one); a new filter starts at page one."""
    merged = {**page, **{k: v for k, v in changes.items() if v is not None}}
    for k, v in changes.items():
        if v is None:
            merged.pop(k, None)
    if "offset" not in changes:
        merged.pop("offset", None)
    return "/catalogue" + ("?" + urlencode(merged) if merged else "")


def pins(hits: list[dict], seats: dict[tuple[str, str], list[float]]) -> list[dict]:
    """Hits grouped by their producer's province, at the province seat (the registries' map data)."""
    out: dict[tuple[str, str], dict] = {}
    for h in hits:
        place = (h.get("producer") or {}).get("place") or h["product"].get("origin") or {}
        key = (place.get("country", ""), place.get("province", ""))
        point = seats.get(key)
        if point is None:
            continue
        pin = out.setdefault(key, {"lon": point[0], "lat": point[1], "label": f"{key[1]}, {key[0]}", "producers": {}})
        producer = h.get("producer") or {}
        pin["producers"][producer.get("id")] = producer.get("name_en") or producer.get("name_local") or producer.get("id")
    return [{**p, "producers": [{"id": k, "name": v} for k, v in p["producers"].items()]} for p in out.values()]
