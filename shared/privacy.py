"""Who may see a producer's contact details, and the redaction every service applies before it answers.

A producer's contact (name, e-mail, phone, any `contact_*` field) goes only to a verified caller who is a
buyer, the producer itself, or a registry admin of the producer's country. Anyone else (no token, an
anonymous identity, an integrator, an organiser, another producer, another country's admin) gets the record
without it. The services that answer apply this themselves; the gateway is not the only check."""
from __future__ import annotations

from typing import Any

from shared.auth import Principal, Role

CONTACT_PREFIX = "contact"


def is_contact_field(name: str) -> bool:
    return name == CONTACT_PREFIX or name.startswith(CONTACT_PREFIX + "_")


def may_see_contact(caller: Principal | None, producer_id: str | None, country: str | None) -> bool:
    if caller is None:
        return False
    if caller.role == Role.buyer:
        return True
    if caller.role == Role.producer:
        return producer_id is not None and caller.producer_id == producer_id
    if caller.role == Role.registry_admin:
        return country is not None and caller.country == country
    return False


def without_contact(value: Any) -> Any:
    """A copy of `value` with every contact field removed, at any depth (records, history changes, nested
    producer summaries)."""
    if isinstance(value, dict):
        return {k: without_contact(v) for k, v in value.items() if not is_contact_field(str(k))}
    if isinstance(value, list):
        return [without_contact(v) for v in value]
    return value


def for_caller(record: dict[str, Any], caller: Principal | None, *, producer_id: str | None,
               country: str | None) -> dict[str, Any]:
    """The record as this caller may see it: whole, or without the producer's contact details."""
    return record if may_see_contact(caller, producer_id, country) else without_contact(record)
