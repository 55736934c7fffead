"""The programme's rules: registration (who submits, who decides, the committee's checklist), star-rating
evaluations (scorecard parts, stars by total, which council may award how many stars, validity) and the
standards a certificate may name. The rules of each programme are data (`services/registry/config/`); this
module reads them and applies them, with no branch per programme."""
from __future__ import annotations

import calendar
import json
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.registry.domain.errors import InvalidField
from shared.validation import Code, Day, Name, code, invalid, text

CONFIG = Path(__file__).resolve().parent.parent / "config"


class ChecklistItem(BaseModel):
    key: str
    label: str
    required: bool


class ScorePart(BaseModel):
    key: str
    label: str
    max: int


class StarBand(BaseModel):
    stars: int
    from_: int = Field(alias="from")


class EvaluationScheme(BaseModel):
    source: str
    parts: list[ScorePart]
    stars: list[StarBand]
    council_levels: dict[str, int]
    validity_months: int

    def stars_for(self, total: float) -> int:
        return max(b.stars for b in self.stars if total >= b.from_)


class ProgrammeRules(BaseModel):
    name: str
    submitted_by: list[str]
    decided_by: list[str]
    checklist: list[ChecklistItem]
    evaluation: EvaluationScheme | None


class Standard(BaseModel):
    code: str
    scheme: str
    name: str
    kind: str
    issued_by: str


@cache
def programmes() -> dict[str, ProgrammeRules]:
    raw = json.loads((CONFIG / "programmes.json").read_text(encoding="utf-8"))
    return {k: ProgrammeRules.model_validate(v) for k, v in raw.items() if not k.startswith("_")}


@cache
def standards() -> dict[str, Standard]:
    raw = json.loads((CONFIG / "standards.json").read_text(encoding="utf-8"))
    return {s["code"]: Standard.model_validate(s) for s in raw["standards"]}


def rules(programme: str) -> ProgrammeRules:
    return programmes()[programme]


# -- registration -------------------------------------------------------------------------------------
class RegistrationStatus(str, Enum):
    not_submitted = "not_submitted"
    submitted = "submitted"
    changes_requested = "changes_requested"
    approved = "approved"
    rejected = "rejected"


SUBMITTABLE = {RegistrationStatus.not_submitted, RegistrationStatus.changes_requested, RegistrationStatus.rejected}


class DossierDocument(BaseModel):
    """A document of the dossier, by reference: the file stays where the producer or the province keeps it."""

    model_config = ConfigDict(extra="forbid")
    title: Name
    kind: Annotated[Code, Field(description="e.g. registration_form, business_registration, test_report, label")]
    reference: Annotated[text(2000), Field(min_length=1, description="where the document is: a URL or a filing number")]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None


class Submission(BaseModel):
    model_config = ConfigDict(extra="forbid")
    dossier: Annotated[list[DossierDocument], Field(min_length=1, max_length=50)]
    note: text(2000) = ""


class Decision(str, Enum):
    approve = "approve"
    reject = "reject"
    request_changes = "request_changes"


class Review(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Decision
    checklist: Annotated[dict[str, bool], Field(description="the programme's checklist items, by key: met or not")] = {}
    comments: text(5000) = ""
    reasons: Annotated[list[text(1000)], Field(max_length=20,
                                              description="required when rejecting or asking for changes")] = []

    @model_validator(mode="after")
    def _reasons(self) -> "Review":
        if self.decision is not Decision.approve and not [r for r in self.reasons if r.strip()]:
            raise invalid("reasons", f"are required to {self.decision.value.replace('_', ' ')}")
        return self


def check_review(programme: str, review: Review) -> None:
    """The checklist names only the programme's items, and an approval needs every required one met."""
    items = {i.key: i for i in rules(programme).checklist}
    for key in review.checklist:
        if key not in items:
            raise InvalidField(f"checklist.{key}", f"is not an item of the {programme} checklist "
                                                   f"({', '.join(items)})")
    if review.decision is Decision.approve:
        for item in items.values():
            if item.required and not review.checklist.get(item.key):
                raise InvalidField(f"checklist.{item.key}", f"is required to approve: {item.label}")


# -- evaluations ----------------------------------------------------------------------------------------
class Council(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: Annotated[Code, Field(description="the council's level, e.g. district, provincial, central (OCOP)")]
    name: Name


class EvaluationInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    scorecard: Annotated[dict[str, Annotated[float, Field(ge=0, le=100)]],
                         Field(description="points per part of the programme's scorecard, e.g. {\"A\": 32, \"B\": 18, \"C\": 27}")]
    council: Council
    assessors: Annotated[list[Name], Field(min_length=1, max_length=30)]
    evaluated_on: Day
    notes: text(5000) = ""


def add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year, month = d.year + month // 12, month % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def assess(programme: str, ev: EvaluationInput, today: date) -> dict[str, Any]:
    """Score an evaluation by its programme's scheme: total, stars, validity. Refuses what the scheme refuses."""
    scheme = rules(programme).evaluation
    if scheme is None:
        raise InvalidField("programme", f"the {programme} programme rates no products through the network")
    parts = {p.key: p for p in scheme.parts}
    for key, points in ev.scorecard.items():
        if key not in parts:
            raise InvalidField(f"scorecard.{key}", f"is not a part of the {programme} scorecard ({', '.join(parts)})")
        if points > parts[key].max:
            raise InvalidField(f"scorecard.{key}", f"is at most {parts[key].max} points ({parts[key].label})")
    for key in parts:
        if key not in ev.scorecard:
            raise InvalidField(f"scorecard.{key}", f"is missing ({parts[key].label}, up to {parts[key].max} points)")
    if ev.council.level not in scheme.council_levels:
        raise InvalidField("council.level", f"is not a council level of {programme} ({', '.join(scheme.council_levels)})")
    if ev.evaluated_on > today:
        raise InvalidField("evaluated_on", "is in the future")
    total = round(sum(ev.scorecard.values()), 2)
    stars = scheme.stars_for(total)
    most = scheme.council_levels[ev.council.level]
    if stars > most:
        needed = min((lvl for lvl, cap in scheme.council_levels.items() if cap >= stars),
                     key=lambda lvl: scheme.council_levels[lvl])
        raise InvalidField("council.level", f"a {ev.council.level} council awards at most {most} stars; "
                                            f"{stars} stars ({total} points) need the {needed} council")
    return {"total": total, "stars": stars, "valid_until": add_months(ev.evaluated_on, scheme.validity_months)}


def current_rating(evaluations: list[dict[str, Any]], today: date) -> dict[str, Any] | None:
    """The latest evaluation still valid today (by its date, then the order it was recorded), or None."""
    valid = [e for e in evaluations if e["status"] == "valid" and e["valid_until"] >= today]
    return max(valid, key=lambda e: (e["evaluated_on"], e["seq"]), default=None)


# -- certificates ---------------------------------------------------------------------------------------
class CertificateInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    standard: Annotated[Code, Field(description="a code of the standards catalogue (GET /standards)",
                                    json_schema_extra={"enum": sorted(standards())})]
    certificate_no: code(100)
    issuer: Name
    valid_from: Day
    valid_until: Day

    @model_validator(mode="after")
    def _dates(self) -> "CertificateInput":
        if self.valid_until < self.valid_from:
            raise invalid("valid_until", "is before valid_from", str(self.valid_until))
        return self


def standard_of(code: str) -> Standard:
    found = standards().get(code.upper())
    if found is None:
        raise InvalidField("standard", f"is not in the standards catalogue ({', '.join(standards())})")
    return found


CertificateStatus = Literal["valid", "expired", "revoked"]


# -- Green OCOP -----------------------------------------------------------------------------------------
class GreenArea(BaseModel):
    key: str
    label: str
    max: int
    min: int


class GreenScheme(BaseModel):
    pass_total: int
    validity_months: int
    areas: list[GreenArea]


@cache
def green_scheme() -> GreenScheme:
    return GreenScheme.model_validate(json.loads((CONFIG / "green_ocop.json").read_text(encoding="utf-8")))


class GreenInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    scores: Annotated[dict[str, Annotated[float, Field(ge=0, le=100)]],
                      Field(description="points per area: materials, energy, water, waste, packaging, circularity")]
    assessor: Name
    assessed_on: Day
    notes: text(5000) = ""


def assess_green(body: GreenInput, today: date) -> dict[str, Any]:
    """The Green OCOP result: total, pass or not (and which areas fall short), validity of the label."""
    scheme = green_scheme()
    areas = {a.key: a for a in scheme.areas}
    for key, points in body.scores.items():
        if key not in areas:
            raise InvalidField(f"scores.{key}", f"is not a Green OCOP area ({', '.join(areas)})")
        if points > areas[key].max:
            raise InvalidField(f"scores.{key}", f"is at most {areas[key].max} points")
    for key in areas:
        if key not in body.scores:
            raise InvalidField(f"scores.{key}", f"is missing ({areas[key].label}, up to {areas[key].max} points)")
    if body.assessed_on > today:
        raise InvalidField("assessed_on", "is in the future")
    total = round(sum(body.scores.values()), 2)
    short = sorted(k for k, a in areas.items() if body.scores[k] < a.min)
    passed = total >= scheme.pass_total and not short
    return {"score": total, "passed": passed, "short_areas": short, "pass_total": scheme.pass_total,
            "valid_until": add_months(body.assessed_on, scheme.validity_months) if passed else None}
