"""The programme pages' plain rules: which registrations may be submitted (as the registry allows it), the
dossier, the committee's review and an evaluation as the registry's API takes them from a form, and whether
a registration moved on since the page showed it. No HTTP, no templates."""
from __future__ import annotations

from dataclasses import dataclass

# The registry's registration states (services/registry/domain/programme.py: RegistrationStatus); a
# registration is submitted again only after it was sent back or rejected.
STATUSES = ("submitted", "changes_requested", "approved", "rejected", "not_submitted")
SUBMITTABLE = ("not_submitted", "changes_requested", "rejected")
DECISIONS = ("approve", "request_changes", "reject")
SUBMITTERS = ("producer", "provincial_officer", "registry_admin")


def home_country(country: str | None, producer_id: str | None) -> str | None:
    """The country whose node a person works with: its binding's, or its producer's (an id carries its
    country: `VN-M-…`)."""
    return country or ((producer_id or "")[:2] or None)


def may_submit(role: str | None, status: str) -> bool:
    return role in SUBMITTERS and status in SUBMITTABLE


def sent_back(steps: list[dict]) -> dict | None:
    """The committee's decision when it last sent the registration back or rejected it (its reasons are what
    the submitter must answer), else None."""
    last = steps[-1] if steps else None
    return last if last and last.get("step") in ("changes_requested", "rejected") else None


def etag_of(version: int) -> str:
    """The API's ETag form of a version, W/"<version>" (README, "Changes")."""
    return f'W/"{int(version)}"'


def lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@dataclass(frozen=True)
class SubmissionForm:
    """One reference per item of the programme's checklist (a URL or a filing number), and a note."""

    references: dict[str, str]
    note: str

    @classmethod
    def read(cls, form, checklist: list[dict]) -> SubmissionForm:
        return cls({i["key"]: str(form.get(f"doc-{i['key']}", "")).strip() for i in checklist},
                   str(form.get("note", "")).strip())

    def body(self, checklist: list[dict]) -> dict:
        labels = {i["key"]: i["label"] for i in checklist}
        dossier = [{"title": labels[k], "kind": k, "reference": ref} for k, ref in self.references.items() if ref]
        return {"dossier": dossier, "note": self.note}


@dataclass(frozen=True)
class ReviewForm:
    decision: str
    met: tuple[str, ...]
    comments: str
    reasons: str

    @classmethod
    def read(cls, form, checklist: list[dict]) -> ReviewForm:
        return cls(str(form.get("decision", "")), tuple(i["key"] for i in checklist if form.get(f"met-{i['key']}")),
                   str(form.get("comments", "")).strip(), str(form.get("reasons", "")).strip())

    def body(self, checklist: list[dict]) -> dict:
        return {"decision": self.decision, "checklist": {i["key"]: i["key"] in self.met for i in checklist},
                "comments": self.comments, "reasons": lines(self.reasons)}


@dataclass(frozen=True)
class EvaluationForm:
    fields: dict[str, str]

    @classmethod
    def read(cls, form, parts: list[dict]) -> EvaluationForm:
        keys = [f"score-{p['key']}" for p in parts] + ["council_level", "council_name", "assessors",
                                                        "evaluated_on", "notes"]
        return cls({k: str(form.get(k, "")).strip() for k in keys})

    def body(self, parts: list[dict]) -> dict:
        """The evaluation as the registry takes it: points per part as numbers where they are numbers
        (otherwise as typed, for the API to name the field), one assessor per line."""
        f = self.fields
        scorecard: dict = {}
        for p in parts:
            raw = f.get(f"score-{p['key']}", "")
            try:
                scorecard[p["key"]] = float(raw.replace(",", "."))
            except ValueError:
                if raw:
                    scorecard[p["key"]] = raw
        return {"scorecard": scorecard, "council": {"level": f["council_level"], "name": f["council_name"]},
                "assessors": lines(f["assessors"]), "evaluated_on": f["evaluated_on"] or None, "notes": f["notes"]}


def evaluation_form_for(today: str) -> dict[str, str]:
    return {"council_level": "provincial", "council_name": "", "assessors": "", "evaluated_on": today, "notes": ""}


def scheme_of(programmes: dict, programme: str) -> dict | None:
    """The programme's scorecard (parts with their maximum, council levels with the stars each may award), or
    None for a programme that rates nothing through the network."""
    return (programmes.get(programme) or {}).get("evaluation")
