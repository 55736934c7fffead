"""Response schemas of the programme's routes on a registry node."""
from __future__ import annotations

from pydantic import BaseModel, Field

from shared.paging import Page
from services.registry.domain.programme import ChecklistItem, ProgrammeRules, Standard
from typing import Annotated

from shared.validation import Code, Day, Email, Name, Year, code, text


class RegistrationStep(BaseModel):
    step: str = Field(description="submitted | approved | rejected | changes_requested")
    by: str
    at: str
    dossier: list[dict] | None = None
    note: str | None = None
    checklist: dict[str, bool] | None = None
    comments: str | None = None
    reasons: list[str] | None = None


class RegistrationPublic(BaseModel):
    product_id: str
    programme: str
    status: str = Field(description="not_submitted | submitted | changes_requested | approved | rejected")
    product_status: str = Field(description="the product's status: listed once approved")
    province: str
    dossier: list[dict]
    note: str
    steps: list[RegistrationStep] = Field(description="every submission and decision, oldest first")
    checklist: list[ChecklistItem] = Field(description="the programme's checklist the committee answers")
    submitted_at: str | None
    decided_at: str | None
    version: int = Field(description="the product's version after this step")


class RegistrationSummary(BaseModel):
    product_id: str
    programme: str
    status: str
    province: str
    documents: int
    submitted_by: str | None
    submitted_at: str | None
    decided_at: str | None


class RegistrationPage(Page[RegistrationSummary]):
    pass


class CouncilPublic(BaseModel):
    level: str
    name: str


class EvaluationPublic(BaseModel):
    id: str
    product_id: str
    programme: str
    scorecard: dict[str, float]
    total: float
    stars: int
    council: CouncilPublic
    assessors: list[str]
    notes: str
    evaluated_on: str
    valid_until: str
    status: str = Field(description="valid | expired")
    recorded_by: str
    recorded_at: str


class EvaluationPage(Page[EvaluationPublic]):
    pass


class CertificatePublic(BaseModel):
    id: str
    scheme: str
    standard: str
    certificate_no: str
    issuer: str
    valid_from: str
    valid_until: str
    status: str = Field(description="valid | expired | revoked")
    owner_kind: str
    owner_id: str
    expiry_notice_sent: bool


class CertificatePage(Page[CertificatePublic]):
    pass


class StandardList(BaseModel):
    items: list[Standard]


class ProgrammeList(BaseModel):
    programmes: dict[str, ProgrammeRules]


class SweepRequest(BaseModel):
    as_of: Day | None = Field(None, description="rehearsals and tests only (SWEEP_AS_OF_ALLOWED): sweep as of this day")


class SweepResult(BaseModel):
    today: str
    evaluations_expired: int
    stars_changed: int
    certificates_expired: int
    expiry_notices: int


class GreenPublic(BaseModel):
    score: float
    passed: bool
    label: str | None = Field(description="\"Green OCOP\" when it passes")
    scores: dict[str, float]
    short_areas: list[str] = Field(description="areas below their minimum")
    pass_total: int
    assessor: str
    assessed_on: str
    valid_until: str | None
    certificate_id: str | None = Field(description="the Green OCOP certificate a pass gives the product")


class PlanPoint(BaseModel):
    year: int
    target: float | None
    actual: float | None = Field(description="computed from the records, or as the committee entered it (null: not yet)")
    version: int = Field(description="the version of the year's entered figure (0: none entered yet); "
                                     "`PUT /indicators/figures` needs it in If-Match, as W/\"<version>\"")


class PlanIndicator(BaseModel):
    key: str
    label: str
    unit: str
    source: str = Field(description="computed | entered")
    series: list[PlanPoint]


class IndicatorPlan(BaseModel):
    country: str
    from_year: int
    to_year: int
    indicators: list[PlanIndicator]


Figure = Annotated[float, Field(ge=0, le=1e12, allow_inf_nan=False)]


class FigureInput(BaseModel):
    model_config = {"extra": "forbid"}
    indicator: Code
    year: Year
    target: Figure | None = None
    actual: Figure | None = Field(None, description="only for the indicators the committee enters")


class FigurePublic(BaseModel):
    indicator: str
    year: int
    target: float | None
    actual: float | None
    version: int = Field(description="the figure's version, also its ETag W/\"<version>\"")
    updated_by: str
    updated_at: str


class FocalPointInput(BaseModel):
    model_config = {"extra": "forbid"}
    name: Name
    title: Name | None = None
    organisation: Name
    email: Email
    show_email: bool = Field(False, description="the directory shows the email only when the focal point chooses so")
    phone: Annotated[str, Field(max_length=40, pattern=r"^\+?[0-9 ()-]{6,40}$")] | None = None
    website: Annotated[text(500), Field(pattern=r"^https?://")] | None = None


class FocalPointPublic(BaseModel):
    id: str = Field(description="<CC>-FP")
    country: str
    version: int
    name: str
    title: str | None
    organisation: str
    email: str | None = Field(description="null unless the focal point chose to show it (its own registry sees it)")
    show_email: bool
    phone: str | None
    website: str | None
    updated_at: str


class FocalPointDirectory(BaseModel):
    items: list[FocalPointPublic]
