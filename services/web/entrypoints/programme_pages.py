"""The programme pages: a product's submission for registration (on its registry page, by its producer or an
officer), and the country's committee's queue of registrations, each one's page with the product's facts,
the decision (approve, send back with reasons, reject) and the evaluation that gives the stars.

The registry guards these steps by the registration's state (409 for a step it no longer allows) and by
If-Match: a form carries the ETag its page showed and sends it, so a step on a registration that moved on
meanwhile (say, sent back and submitted again with another dossier while the page was open) is refused by
the registry (412) and the page shows the fresh state."""
from __future__ import annotations

import asyncio
from datetime import date
from urllib.parse import quote as q_
from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from services.web.domain import programme as pg
from services.web.entrypoints.pages import Page, PageDep, PageError, items, render_product

PAGE = 50


def _id(value: str) -> str:
    return q_(value, safe="")


def _if_match(form) -> dict[str, str]:
    """The ETag the page showed, sent back as If-Match (none from a form without one: the registry answers 428)."""
    shown = str(form.get("etag", "")).strip()
    return {"If-Match": shown} if shown else {}


def _refused(answer) -> PageError:
    return PageError(answer.status if answer.status in (403, 404, 409, 422) else 502, answer.problem)


async def _programmes(p: Page) -> dict:
    answer = await p.api("GET", f"/v1/registry/{p.country}/programmes", auth=False)
    return answer.body.get("programmes", {}) if answer.ok else {}


def build_programme_router() -> APIRouter:
    router = APIRouter()

    # -- a product's submission, on its registry page ---------------------------------------------------
    @router.post("/registry/products/{product_id}/submission", response_class=HTMLResponse)
    async def submit(product_id: str, p: PageDep):
        p.need(*pg.SUBMITTERS)
        form = await p.request.form()
        await p.check_csrf(form)
        base = f"/v1/registry/{p.country}/products/{_id(product_id)}"
        product, registration = await asyncio.gather(p.ok("GET", base), p.ok("GET", f"{base}/registration"))
        filled = pg.SubmissionForm.read(form, registration.body["checklist"])
        kept = {"references": filled.references, "note": filled.note}
        answer = await p.api("POST", f"{base}/submission", json=filled.body(registration.body["checklist"]),
                             headers=_if_match(form))
        if answer.ok:
            return p.redirect(f"/registry/products/{_id(product_id)}?submitted=1#registration")
        if answer.status in (412, 428):
            fresh = await p.ok("GET", base)
            return await render_product(p, fresh.body, status=409, etag=fresh.headers.get("etag", ""),
                                        submission=kept, registration_conflict=p._(
                                            "This product changed since the page was shown, so nothing was submitted. "
                                            "Its current state is below; submit again if it still applies."))
        if answer.status in (403, 409, 422):
            fresh = await p.ok("GET", base)
            return await render_product(p, fresh.body, status=answer.status, etag=fresh.headers.get("etag", ""),
                                        submission=kept, submission_error=answer.problem)
        raise _refused(answer)

    # -- the committee: its queue, a registration, the decision and the evaluation -----------------------
    @router.get("/committee", response_class=HTMLResponse)
    async def queue(p: PageDep, status: str = "submitted", offset: int = 0):
        p.need("committee")
        status = status if status in pg.STATUSES[:4] else "submitted"
        offset = max(0, offset)
        listing = (await p.ok("GET", f"/v1/registry/{p.country}/registrations",
                              params={"status": status, "limit": PAGE, "offset": offset})).body
        rows = items(listing)
        found = await asyncio.gather(*(p.api("GET", f"/v1/registry/{p.country}/products/{_id(r['product_id'])}",
                                             auth=False) for r in rows))
        products = {r["product_id"]: a.body for r, a in zip(rows, found) if a.ok}
        return p.render("committee.html", rows=rows, products=products, total=listing.get("total", len(rows)),
                        showing=status, statuses=pg.STATUSES[:4], offset=offset, page_size=PAGE, country=p.country)

    async def _registration_page(p: Page, product_id: str, status: int = 200, *, review: dict | None = None,
                                 error: str | None = None, conflict: str | None = None,
                                 evaluation: dict | None = None, evaluation_error: str | None = None):
        base = f"/v1/registry/{p.country}/products/{_id(product_id)}"
        product, registration, evaluations, programmes = await asyncio.gather(
            p.ok("GET", base), p.ok("GET", f"{base}/registration"), p.ok("GET", f"{base}/evaluations",
                                                                       params={"limit": 200}), _programmes(p))
        rec, reg = product.body, registration.body
        producer = await p.api("GET", f"/v1/registry/{p.country}/producers/{_id(rec['producer_id'])}")
        scheme = pg.scheme_of(programmes, reg["programme"])
        q = p.request.query_params
        return p.render("registration.html", status=status, product=rec, producer=producer.body if producer.ok else {},
                        registration=reg, etag=pg.etag_of(reg["version"]), steps=reg["steps"],
                        evaluations=list(reversed(items(evaluations.body))), scheme=scheme,
                        review=review or {}, error=error, conflict=conflict,
                        evaluation=evaluation or pg.evaluation_form_for(date.today().isoformat()),
                        evaluation_error=evaluation_error, decided=q.get("decided"), evaluated=q.get("evaluated"))

    @router.get("/committee/registrations/{product_id}", response_class=HTMLResponse)
    async def registration(product_id: str, p: PageDep):
        p.need("committee")
        return await _registration_page(p, product_id)

    @router.post("/committee/registrations/{product_id}/review", response_class=HTMLResponse)
    async def review(product_id: str, p: PageDep):
        p.need("committee")
        form = await p.request.form()
        await p.check_csrf(form)
        base = f"/v1/registry/{p.country}/products/{_id(product_id)}"
        current = (await p.ok("GET", f"{base}/registration")).body
        filled = pg.ReviewForm.read(form, current["checklist"])
        kept = {"met": filled.met, "comments": filled.comments, "reasons": filled.reasons}
        if filled.decision not in pg.DECISIONS:
            raise PageError(422, p._("Choose a decision."))
        answer = await p.api("POST", f"{base}/review", json=filled.body(current["checklist"]),
                             headers=_if_match(form))
        if answer.ok:
            decided = urlencode({"decided": answer.body["status"]})
            return p.redirect(f"/committee/registrations/{_id(product_id)}?{decided}")
        if answer.status in (412, 428):
            return await _registration_page(p, product_id, status=409, review=kept, conflict=p._(
                "This registration changed since the page was shown, so nothing was decided. Its current state "
                "is below; decide again."))
        if answer.status in (403, 409, 422):
            return await _registration_page(p, product_id, status=answer.status, review=kept, error=answer.problem)
        raise _refused(answer)

    @router.post("/committee/registrations/{product_id}/evaluations", response_class=HTMLResponse)
    async def evaluate(product_id: str, p: PageDep):
        p.need("committee")
        form = await p.request.form()
        await p.check_csrf(form)
        base = f"/v1/registry/{p.country}/products/{_id(product_id)}"
        product, programmes = await asyncio.gather(p.ok("GET", base), _programmes(p))
        scheme = pg.scheme_of(programmes, product.body["programme"]) or {"parts": []}
        filled = pg.EvaluationForm.read(form, scheme["parts"])
        answer = await p.api("POST", f"{base}/evaluations", json=filled.body(scheme["parts"]))
        if answer.status == 201:
            return p.redirect(f"/committee/registrations/{_id(product_id)}?"
                              f"{urlencode({'evaluated': answer.body['id']})}#evaluations")
        if answer.status in (403, 409, 422):
            return await _registration_page(p, product_id, status=answer.status, evaluation=filled.fields,
                                            evaluation_error=answer.problem)
        raise _refused(answer)

    return router
