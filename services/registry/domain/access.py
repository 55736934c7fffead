"""Who may write which record of a node, down to the producer a producer acts for and the province a
provincial officer is bound to. The gateway's table stops the obvious at the door; these rules are the ones
that hold, checked in the node against the stored record."""
from __future__ import annotations

from typing import Any

from services.registry.domain.errors import Forbidden, InvalidField
from shared.auth import Principal, Role


def _province(kind: str, rec: dict[str, Any]) -> str:
    return ((rec.get("origin") if kind == "product" else rec.get("place")) or {}).get("province", "")


def check_in_country(principal: Principal, country: str) -> None:
    if principal.home_country != country:
        raise Forbidden(f"this token acts for {principal.home_country}, not {country}")


def check_may_write(principal: Principal, country: str, kind: str, new: dict[str, Any] | None,
                    current: dict[str, Any] | None, producer: dict[str, Any] | None) -> None:
    """May `principal` create (`current` None) or change the record into `new` (None: a step on the record
    that leaves its fields alone, e.g. a submission)? `producer` is the product's producer record."""
    check_in_country(principal, country)
    role = principal.role
    if role is Role.registry_admin:
        return
    if role is Role.provincial_officer:
        places = [(kind, current, "the record"), (kind, new, "the record")]
        if kind == "product":
            places.append(("producer", producer, "its producer"))
        for k, rec, what in places:
            if rec is not None and (province := _province(k, rec)) != principal.province:
                raise Forbidden(f"{what} is in {province or 'no province'}; this officer acts for "
                                f"{principal.province} only")
        return
    if role is Role.producer:
        if kind == "producer":
            if current is None:
                raise Forbidden("a producer does not register other producers; its provincial officer or the "
                                "registry does")
            if current["id"] != principal.producer_id:
                raise Forbidden(f"this token acts for producer {principal.producer_id}, not {current['id']}")
            return
        for rec in (current, new):
            if rec is not None and rec.get("producer_id") != principal.producer_id:
                raise Forbidden(f"this token acts for producer {principal.producer_id}, not {rec.get('producer_id')}")
        return
    raise Forbidden(f"role {role.value} does not write records")


def check_rating_untouched(fields_set: set[str], new: dict[str, Any], current: dict[str, Any] | None,
                           principal: Principal | None) -> None:
    """Stars derive from evaluations. A registry admin registering a product brings its rating from the national
    register; nobody changes stars by writing the record."""
    if current is None:  # (a new record's check reads the writer; None is nobody's registry admin)
        if (principal is None or principal.role is not Role.registry_admin) and (
                new.get("stars") is not None or new.get("rating_date")):
            raise InvalidField("stars", "derive from the committee's evaluations; leave stars and rating_date out")
        return
    for field in ("stars", "rating_date"):
        if field in fields_set and new.get(field) != current.get(field):
            raise InvalidField("stars", f"derive from the latest valid evaluation (POST …/evaluations); a record's "
                                        f"{field} cannot be written ({current.get(field)!r} stays)")


def check_listing(new_status: str, current: dict[str, Any] | None, principal: Principal | None) -> None:
    """Only an approved registration is listed. A registry admin registering a product as listed brings an
    approval already given by the national programme (its register), which the record then says."""
    if new_status != "listed":
        return
    if current is None:
        if principal is None or principal.role is not Role.registry_admin:
            raise InvalidField("status", "a new product is a draft until the committee approves its registration "
                                         "(POST …/submission)")
        return
    if current.get("status") == "listed":
        return
    if registration_status(current) != "approved":
        raise InvalidField("status", "only a product whose registration the committee approved is listed "
                                     f"(registration: {registration_status(current)})")


def registration_status(rec: dict[str, Any]) -> str:
    reg = rec.get("registration")
    if reg:
        return reg["status"]
    return "approved" if rec.get("status") == "listed" else "not_submitted"
