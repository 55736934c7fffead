"""The web app's pages. Each route decodes the request, calls the gateway's public API with the signed-in
person's token, and renders a template; the services behind the gateway check who may do what."""
from __future__ import annotations

import asyncio
import hmac
import time
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from services.web.adapters.gateway import Answer
from services.web.adapters.i18n import LOCALES, Formats, pick
from services.web.adapters.signin import Refused
from services.web.domain import catalogue as cat
from services.web.domain import programme as pg
from services.web.domain.charts import bar_chart, column_chart
from services.web.domain.schedule import schedule_grid

COOKIE = "ovop_session"
LANG_COOKIE = "ovop_lang"
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "connect-src 'self'; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'")
ROLE_HOME = {"buyer": "/catalogue", "fair_organiser": "/fairs", "registry_admin": "/registry",
             "producer": "/inbox", "provincial_officer": "/registry", "committee": "/committee"}
# Who works on a country's products on its registry pages: the officers, and a producer on its own.
REGISTRY_ROLES = ("registry_admin", "provincial_officer", "producer")


class PageError(Exception):
    def __init__(self, status: int, message: str) -> None:
        self.status, self.message = status, message


class SignInNeeded(Exception):
    pass


@dataclass
class Page:
    request: Request
    container: object
    session: object
    lang: str

    @property
    def fmt(self) -> Formats:
        return Formats(self.lang)

    @property
    def country(self) -> str | None:
        return pg.home_country(self.session.country, self.session.producer_id)

    @property
    def token(self) -> str | None:
        return self.session.token if self.session.signed_in else None

    @property
    def _(self):
        return self.container.translations.get(self.lang, self.container.translations["en"]).gettext

    def _finish(self, response: Response) -> Response:
        s = self.container.settings
        if self.session.fresh:
            response.set_cookie(COOKIE, self.session.id, max_age=s.session_ttl_s, httponly=True, secure=s.cookie_secure,
                                samesite="lax", path="/")
        response.headers.update({"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                                 "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY",
                                 "Cache-Control": "no-store"})
        return response

    def render(self, template: str, status: int = 200, **context) -> Response:
        tpl = self.container.templates.get_template(template)
        html = tpl.render(_=self._, fmt=self.fmt, lang=self.lang, languages=LOCALES, session=self.session,
                          csrf=self.session.csrf, path=self.request.url.path,
                          api_docs=self.container.settings.gateway_url.rstrip("/") + "/docs",
                          here=str(self.request.url.path) + (f"?{self.request.url.query}" if self.request.url.query else ""),
                          **context)
        return self._finish(HTMLResponse(html, status_code=status))

    def redirect(self, url: str) -> Response:
        return self._finish(RedirectResponse(url, status_code=303))

    async def api(self, method: str, path: str, *, auth: bool = True, **kwargs) -> Answer:
        answer = await self.container.gateway.call(method, path, self.token if auth else None, **kwargs)
        if answer.status == 401 and auth:
            raise SignInNeeded()
        return answer

    async def ok(self, method: str, path: str, **kwargs) -> Answer:
        """An answer the page needs: a refusal or a missing record becomes the page's own error."""
        answer = await self.api(method, path, **kwargs)
        if not answer.ok:
            raise PageError(answer.status if answer.status in (403, 404, 409, 422) else 502, answer.problem)
        return answer

    def need(self, *roles: str) -> None:
        if not self.session.signed_in:
            raise SignInNeeded()
        if roles and self.session.role not in roles:
            raise PageError(403, self._("This page is for another role."))

    async def check_csrf(self, form=None) -> None:
        sent = self.request.headers.get("x-csrf-token") or (form.get("csrf") if form is not None else None) or ""
        if not hmac.compare_digest(str(sent), self.session.csrf):
            raise PageError(403, self._("The form has expired; reload the page and try again."))


async def page(request: Request) -> Page:
    c = request.app.state.container
    session = await c.sessions.load(request.cookies.get(COOKIE)) or await c.sessions.new()
    if session.signed_in and session.token_expires_at - time.time() < RENEW_BEFORE_S:
        # A person at work stays signed in for the session's life: the token is renewed before it expires.
        renewed = await c.sign_in.renew(session.token)
        if renewed is not None:
            session = await c.sessions.renew(session, renewed.token, renewed.expires_at)
    lang = pick(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
    return Page(request, c, session, lang)


PageDep = Annotated[Page, Depends(page)]
RENEW_BEFORE_S = 600  # renew a person's token when less than this is left of it


def install_page_errors(app: FastAPI) -> None:
    @app.exception_handler(PageError)
    async def _error(request: Request, exc: PageError):
        p = await page(request)
        return p.render("error.html", status=exc.status, status_code=exc.status, message=exc.message)

    @app.exception_handler(SignInNeeded)
    async def _sign_in(request: Request, exc: SignInNeeded):
        p = await page(request)
        target = "/sign-in?" + urlencode({"next": p.request.url.path + (f"?{p.request.url.query}" if p.request.url.query else "")})
        if request.headers.get("hx-request"):
            return p._finish(Response(status_code=204, headers={"HX-Redirect": target}))
        return p.redirect(target)


def items(body) -> list:
    """A list answer's items, whether the operation answers a bare list or a page ({items, total, …})."""
    if isinstance(body, dict):
        return body.get("items") or []
    return body or []


def _local(url: str | None) -> str:
    """Only a path of this site (no scheme, no other host) is a place to go back to."""
    return url if url and url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"


class MapSeats:
    """Province seats from the registries' own map data (GET …/indicators/map), kept a few minutes."""

    def __init__(self) -> None:
        self.seats: dict[tuple[str, str], list[float]] = {}
        self.at = 0.0

    async def get(self, p: Page) -> dict[tuple[str, str], list[float]]:
        if time.monotonic() - self.at < 300 and self.seats:
            return self.seats
        nodes = await p.api("GET", "/v1/registry", auth=False)
        countries = nodes.body.get("countries", []) if nodes.ok else []
        if countries:
            geo = await p.api("GET", f"/v1/registry/{countries[0]}/indicators/map", auth=False,
                              params={"scope": "regional"})
            if geo.ok:
                self.seats = {(f["properties"]["country"], f["properties"]["province"]): f["geometry"]["coordinates"]
                              for f in geo.body.get("features", [])}
                self.at = time.monotonic()
        return self.seats


def build_router() -> APIRouter:
    router = APIRouter()
    seats = MapSeats()

    # -- arriving, signing in and out, language ----------------------------------------------------
    @router.get("/", response_class=HTMLResponse)
    async def home(p: PageDep):
        return p.render("home.html")

    @router.get("/sign-in", response_class=HTMLResponse)
    async def sign_in_form(p: PageDep, next: str = "/"):
        return p.render("sign_in.html", next=_local(next), error=None)

    @router.post("/sign-in", response_class=HTMLResponse)
    async def sign_in(p: PageDep):
        form = await p.request.form()
        await p.check_csrf(form)
        username, password = str(form.get("username", "")).strip(), str(form.get("password", ""))
        nxt = _local(str(form.get("next", "/")))
        if not username or not password:
            return p.render("sign_in.html", status=422, next=nxt, username=username,
                            error=p._("Enter your username and your password."))
        result = await p.container.sign_in.sign_in(username, password,
                                                   p.request.client.host if p.request.client else "unknown")
        if isinstance(result, Refused):
            message = {"wrong": p._("Wrong username or password."),
                       "locked": p._("Too many failed sign-ins: this account is locked for a while."),
                       }.get(result.reason, p._("Signing in is not possible right now; try again shortly."))
            return p.render("sign_in.html", status=401 if result.reason == "wrong" else 423 if result.reason == "locked"
                            else 503, next=nxt, username=username, error=message)
        p.session = await p.container.sessions.sign_in(p.session, result.subject, result.role, result.country,
                                                       result.producer_id, result.token, result.expires_at)
        return p.redirect(nxt if nxt != "/" else ROLE_HOME.get(result.role, "/"))

    @router.post("/sign-out")
    async def sign_out(p: PageDep):
        await p.check_csrf(await p.request.form())
        await p.container.sessions.drop(p.session)
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE, path="/", secure=p.container.settings.cookie_secure, httponly=True,
                               samesite="lax")
        return response

    @router.get("/language/{code}")
    async def language(code: str, p: PageDep, next: str = "/"):
        response = p.redirect(_local(next))
        if code in LOCALES:
            response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, secure=p.container.settings.cookie_secure,
                                samesite="lax", httponly=True)
        return response

    # -- buyers: the catalogue, products, producers, sourcing requests (a request's page with its quotes is
    # among the trade pages, services/web/entrypoints/trade_pages.py) ------------------------------------
    @router.get("/catalogue", response_class=HTMLResponse)
    async def catalogue(p: PageDep):
        query = cat.clean(dict(p.request.query_params))
        currency = "USD"
        answer, seat_map = await asyncio.gather(
            p.api("GET", "/v1/catalogue/search", params=cat.search_query(query, currency)), seats.get(p))
        if answer.status == 422:
            return p.render("catalogue.html", status=422, query=query, results=None, error=answer.problem, pins=[],
                            link=lambda **kw: cat.with_(query, **kw), groups=cat.GROUPS)
        if not answer.ok:
            raise PageError(502, answer.problem)
        results = answer.body
        pins = cat.pins(results["items"], seat_map)
        return p.render("catalogue.html", query=query, results=results, error=None, pins=pins,
                        link=lambda **kw: cat.with_(query, **kw), groups=cat.GROUPS, page_size=cat.PAGE)

    @router.get("/products/{product_id}", response_class=HTMLResponse)
    async def product(product_id: str, p: PageDep):
        rec = (await p.ok("GET", f"/v1/catalogue/products/{quote(product_id, safe='')}")).body
        return p.render("product.html", product=rec)

    @router.get("/producers/{producer_id}", response_class=HTMLResponse)
    async def producer(producer_id: str, p: PageDep):
        rec = (await p.ok("GET", f"/v1/catalogue/producers/{quote(producer_id, safe='')}")).body
        return p.render("producer.html", page=rec)

    @router.get("/requests", response_class=HTMLResponse)
    async def requests_(p: PageDep):
        p.need("buyer")
        mine = items((await p.ok("GET", "/v1/sourcing-requests")).body)
        return p.render("requests.html", requests=mine, form={}, error=None)

    @router.post("/requests", response_class=HTMLResponse)
    async def post_request(p: PageDep):
        p.need("buyer")
        form = await p.request.form()
        await p.check_csrf(form)
        fields = {k: str(form.get(k, "")).strip() for k in ("text", "quantity", "unit", "destination", "deadline")}
        body = {"text": fields["text"], "quantity": fields["quantity"] or None, "unit": fields["unit"] or None,
                "destination": fields["destination"] or None,
                "deadline": f"{fields['deadline']}T23:59:59Z" if fields["deadline"] else None}
        answer = await p.api("POST", "/v1/sourcing-requests", json=body)
        if answer.status == 201:
            return p.redirect(f"/requests/{answer.body['id']}")
        if answer.status == 422:
            mine = items((await p.ok("GET", "/v1/sourcing-requests")).body)
            return p.render("requests.html", status=422, requests=mine, form=fields, error=answer.problem)
        raise PageError(answer.status if answer.status in (403, 409) else 502, answer.problem)

    # -- fair organisers ------------------------------------------------------------------------------
    @router.get("/fairs", response_class=HTMLResponse)
    async def fairs(p: PageDep):
        listed = items((await p.ok("GET", "/v1/fairs")).body)
        mine: set[str] = set()
        if p.session.signed_in and p.session.role == "fair_organiser":
            answers = await asyncio.gather(*(p.api("GET", f"/v1/fairs/{f['id']}/organisers") for f in listed[:50]))
            mine = {f["id"] for f, a in zip(listed, answers) if a.ok}
        return p.render("fairs.html", fairs=listed, mine=mine)

    async def _fair_parts(p: Page, fair_id: str) -> tuple[dict, bool]:
        fair = (await p.ok("GET", f"/v1/fairs/{quote(fair_id, safe='')}")).body
        runs = p.session.signed_in and p.session.role == "fair_organiser" and \
            (await p.api("GET", f"/v1/fairs/{quote(fair_id, safe='')}/organisers")).ok
        return fair, runs

    @router.get("/fairs/{fair_id}", response_class=HTMLResponse)
    async def fair(fair_id: str, p: PageDep, status: str | None = None):
        fair, runs = await _fair_parts(p, fair_id)
        applications, waitlist, bookings = [], [], []
        if runs:
            base = f"/v1/fairs/{quote(fair_id, safe='')}"
            a, w, b = await asyncio.gather(p.api("GET", f"{base}/applications", params={"status": status} if status else {}),
                                           p.api("GET", f"{base}/waitlist"), p.api("GET", f"{base}/bookings"))
            applications, waitlist, bookings = (items(x.body) if x.ok else [] for x in (a, w, b))
        booked = {b_["booth_code"]: b_ for b_ in bookings if b_.get("status", "active") != "cancelled"}
        return p.render("fair.html", fair=fair, runs=runs, applications=applications, waitlist=waitlist,
                        booked=booked, showing=status)

    @router.post("/fairs/{fair_id}/applications/{application_id}/decision", response_class=HTMLResponse)
    async def decide(fair_id: str, application_id: str, p: PageDep):
        p.need("fair_organiser")
        form = await p.request.form()
        await p.check_csrf(form)
        decision = str(form.get("decision", ""))
        body = {"decision": decision}
        if form.get("reason"):
            body["reason"] = str(form.get("reason"))
        answer = await p.api("POST", f"/v1/fairs/{quote(fair_id, safe='')}/applications/{quote(application_id, safe='')}/decision",
                             json=body)
        if p.request.headers.get("hx-request"):
            app_ = answer.body if answer.ok else None
            return p.render("_application_row.html", status=200 if answer.ok else answer.status, a=app_,
                            fair_id=fair_id, application_id=application_id,
                            error=None if answer.ok else answer.problem)
        if not answer.ok:
            raise PageError(answer.status if answer.status in (403, 404, 409, 422) else 502, answer.problem)
        return p.redirect(f"/fairs/{fair_id}#applications")

    @router.get("/fairs/{fair_id}/schedule", response_class=HTMLResponse)
    async def schedule(fair_id: str, p: PageDep, by: str = "buyer"):
        p.need("fair_organiser")
        by = "exhibitor" if by == "exhibitor" else "buyer"
        fair, runs = await _fair_parts(p, fair_id)
        if not runs:
            raise PageError(403, p._("Only the fair's organisers see its whole schedule."))
        meetings = items((await p.ok("GET", f"/v1/fairs/{quote(fair_id, safe='')}/meetings")).body)
        grid = schedule_grid(meetings, [s["starts_at"] for s in fair.get("slots", [])], by)
        return p.render("schedule.html", fair=fair, grid=grid, by=by, count=len(meetings))

    @router.post("/fairs/{fair_id}/schedule", response_class=HTMLResponse)
    async def run_schedule(fair_id: str, p: PageDep):
        p.need("fair_organiser")
        await p.check_csrf(await p.request.form())
        await p.ok("POST", f"/v1/fairs/{quote(fair_id, safe='')}/meetings/schedule")
        return p.redirect(f"/fairs/{fair_id}/schedule")

    @router.get("/fairs/{fair_id}/agenda/{who}/{participant}.ics")
    async def agenda(fair_id: str, who: str, participant: str, p: PageDep):
        p.need("fair_organiser", "buyer", "producer")
        kind = "buyers" if who == "buyer" else "exhibitors"
        answer = await p.ok("GET", f"/v1/fairs/{quote(fair_id, safe='')}/{kind}/{quote(participant, safe='')}/agenda.ics")
        return p._finish(Response(answer.body, media_type="text/calendar; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="agenda-{participant}.ics"'}))

    # -- registry officers ----------------------------------------------------------------------------
    @router.get("/registry", response_class=HTMLResponse)
    async def registry(p: PageDep, offset: int = 0):
        p.need(*REGISTRY_ROLES)
        cc = p.country
        params = {"country": cc, "limit": 50, "offset": max(0, offset)}
        if p.session.role == "producer":
            params["producer_id"] = p.session.producer_id
        listing = (await p.ok("GET", f"/v1/registry/{cc}/products", params=params)).body
        return p.render("registry.html", listing=listing, country=cc, offset=max(0, offset))

    @router.get("/registry/products/{product_id}", response_class=HTMLResponse)
    async def edit_product(product_id: str, p: PageDep):
        p.need(*REGISTRY_ROLES)
        answer = await p.ok("GET", f"/v1/registry/{p.country}/products/{quote(product_id, safe='')}")
        return await render_product(p, answer.body, etag=answer.headers.get("etag", ""),
                                    saved=p.request.query_params.get("saved") == "1",
                                    submitted=p.request.query_params.get("submitted") == "1")

    @router.post("/registry/products/{product_id}", response_class=HTMLResponse)
    async def save_product(product_id: str, p: PageDep):
        p.need(*REGISTRY_ROLES)
        form = await p.request.form()
        await p.check_csrf(form)
        path = f"/v1/registry/{p.country}/products/{quote(product_id, safe='')}"
        current = await p.ok("GET", path)
        mine = {k: str(form.get(k, "")).strip() for k in EDITABLE}
        body = editable_body(current.body, mine)
        answer = await p.api("PUT", path, json=body, headers={"If-Match": str(form.get("etag", ""))})
        if answer.ok:
            return p.redirect(f"/registry/products/{quote(product_id, safe='')}?saved=1")
        if answer.status == 412:
            # Someone saved this product since the form was opened: show theirs beside ours, keep ours in
            # the form with the current ETag, so saving again is a conscious choice.
            return await render_product(p, {**current.body, **mine}, status=409, etag=current.headers.get("etag", ""),
                                        conflict=current.body)
        if answer.status == 422:
            return await render_product(p, {**current.body, **mine}, status=422, etag=str(form.get("etag", "")),
                                        error=answer.problem)
        raise PageError(answer.status if answer.status in (403, 404) else 502, answer.problem)

    @router.get("/registry/imports", response_class=HTMLResponse)
    async def imports_form(p: PageDep):
        p.need("registry_admin")
        return p.render("imports.html", error=None)

    @router.post("/registry/imports", response_class=HTMLResponse)
    async def start_import(p: PageDep):
        p.need("registry_admin")
        form = await p.request.form()
        await p.check_csrf(form)
        kind = "producers" if form.get("kind") == "producers" else "products"
        upload = form.get("file")
        data = await upload.read() if upload is not None and hasattr(upload, "read") else b""
        if not data:
            return p.render("imports.html", status=422, error=p._("Choose a file to import."))
        filename = getattr(upload, "filename", "") or ""
        fmt = "jsonl" if filename.endswith((".jsonl", ".ndjson")) else "csv"
        answer = await p.api("POST", f"/v1/registry/{p.session.country}/imports/{kind}", params={"format": fmt},
                             content=data, headers={"Content-Type": "text/csv" if fmt == "csv" else "application/x-ndjson"})
        if answer.status in (200, 202):
            return p.redirect(f"/registry/imports/{answer.body['id']}")
        if answer.status in (413, 422):
            return p.render("imports.html", status=answer.status, error=answer.problem)
        raise PageError(answer.status if answer.status in (403,) else 502, answer.problem)

    async def _import_state(p: Page, import_id: str) -> tuple[dict, list]:
        base = f"/v1/registry/{p.session.country}/imports/{quote(import_id, safe='')}"
        job = (await p.ok("GET", base)).body
        rejections = items((await p.ok("GET", f"{base}/rejections", params={"limit": 200})).body) \
            if job["status"] != "running" and job.get("rejected") else []
        return job, rejections

    @router.get("/registry/imports/{import_id}", response_class=HTMLResponse)
    async def import_page(import_id: str, p: PageDep):
        p.need("registry_admin")
        job, rejections = await _import_state(p, import_id)
        return p.render("import.html", job=job, rejections=rejections)

    @router.get("/registry/imports/{import_id}/progress", response_class=HTMLResponse)
    async def import_progress(import_id: str, p: PageDep):
        p.need("registry_admin")
        job, rejections = await _import_state(p, import_id)
        return p.render("_import_progress.html", job=job, rejections=rejections)

    @router.get("/registry/indicators", response_class=HTMLResponse)
    async def indicators(p: PageDep, scope: str = "national"):
        p.need("registry_admin")
        scope = "regional" if scope == "regional" else "national"
        cc = p.session.country
        summary, geo = await asyncio.gather(p.ok("GET", f"/v1/registry/{cc}/indicators", params={"scope": scope}),
                                            p.ok("GET", f"/v1/registry/{cc}/indicators/map", params={"scope": scope}))
        s = summary.body
        _ = p._
        products, producers = s["products"], s["producers"]
        charts = [
            (_("Products by stars"), bar_chart(_("Products by stars"), [(f"{k}★" if k != "unrated" else _("unrated"), v)
                                               for k, v in sorted(products["by_stars"].items())], fmt=p.fmt.number)),
            (_("Products by group"), bar_chart(_("Products by group"), sorted(products["by_group"].items(),
                                                                              key=lambda kv: -kv[1]), fmt=p.fmt.number)),
            (_("Products by province (top 10)"), bar_chart(_("Products by province (top 10)"), [
                (r["province"], r["products"]) for r in products["by_province"][:10]], fmt=p.fmt.number)),
            (_("Producers by type"), bar_chart(_("Producers by type"), sorted(producers["by_type"].items(),
                                                                              key=lambda kv: -kv[1]), fmt=p.fmt.number)),
            (_("Products rated by month"), column_chart(_("Products rated by month"),
                                                        list(products["by_rating_month"].items())[-24:])),
        ]
        points = [{"lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1],
                   "label": f"{f['properties']['province']}, {f['properties']['country']}",
                   "products": f["properties"]["products"], "stars_4_plus": f["properties"].get("stars_4_plus", 0)}
                  for f in geo.body.get("features", [])]
        return p.render("indicators.html", summary=s, charts=charts, points=points, scope=scope, country=cc,
                        unmapped=geo.body.get("unmapped", []))

    return router


async def render_product(p: Page, product: dict, *, status: int = 200, etag: str = "", conflict: dict | None = None,
                         error: str | None = None, saved: bool = False, submitted: bool = False,
                         submission: dict | None = None, submission_error: str | None = None,
                         registration_conflict: str | None = None) -> Response:
    """A product's registry page: the edit form, and its registration in the programme with the submission
    form while the registry takes one (the registration as the API shows it to this person, or none)."""
    answer = await p.api("GET", f"/v1/registry/{p.country}/products/{quote(product['id'], safe='')}/registration")
    registration = answer.body if answer.ok else None
    return p.render("edit_product.html", status=status, product=product, etag=etag, conflict=conflict, error=error,
                    saved=saved, registration=registration, submitted=submitted,
                    may_submit=bool(registration) and pg.may_submit(p.session.role, registration["status"]),
                    sent_back=pg.sent_back(registration["steps"]) if registration else None,
                    submission=submission or {}, submission_error=submission_error,
                    registration_conflict=registration_conflict)


EDITABLE = ("name_local", "name_en", "description", "status")


def editable_body(record: dict, changes: dict[str, str]) -> dict:
    """The whole record as the registry takes it back (PUT replaces), with the form's fields changed."""
    server_side = {"id", "version", "country", "created_at", "updated_at", "created_by", "updated_by", "rating",
                   "stars_valid_until", "registration", "green"}
    body = {k: v for k, v in record.items() if k not in server_side and v is not None}
    for k, v in changes.items():
        if v:
            body[k] = v
        else:
            body.pop(k, None)
    return body
