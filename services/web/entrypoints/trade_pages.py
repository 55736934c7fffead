"""The trade pages: a producer's inbox, its quote form and its quotes; a buyer's sourcing request with its
quotes compared in one currency and the buyer's steps on them; each quote's thread; both parties' deals and
their steps. Every change that trade guards with If-Match is sent with the ETag of the state the page showed;
a 412 shows the fresh state and says that someone changed it meanwhile."""
from __future__ import annotations

import asyncio
from urllib.parse import quote as q_
from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from services.web.domain import trade as td
from services.web.entrypoints.pages import Page, PageDep, PageError, items


def _id(value: str) -> str:
    return q_(value, safe="")


def _refused(answer) -> PageError:
    return PageError(answer.status if answer.status in (403, 404, 409, 422) else 502, answer.problem)


async def _products(p: Page, ids) -> dict[str, dict]:
    """The catalogue's products by id, for their names (the first 60 of a page)."""
    wanted = list(dict.fromkeys(i for i in ids if i))[:60]
    found = await asyncio.gather(*(p.api("GET", f"/v1/catalogue/products/{_id(i)}") for i in wanted))
    return {i: a.body for i, a in zip(wanted, found) if a.ok}


async def _inbox_item(p: Page, rfq_id: str) -> dict:
    """The request as the producer's inbox shows it (what is asked, never who asks), with the producer's
    products matched to it."""
    offset, found = 0, []
    for _ in range(10):
        page = (await p.ok("GET", "/v1/trade/inbox", params={"limit": 200, "offset": offset})).body
        found += [item for item in page.get("items", []) if item["request"]["id"] == rfq_id]
        if not page.get("next"):
            break
        offset += 200
    if not found:
        raise PageError(404, p._("This request is not in your inbox."))
    return td.by_request(found)[0]


def build_trade_router() -> APIRouter:
    router = APIRouter()

    # -- producers: the inbox, a quote, its quotes ------------------------------------------------------
    @router.get("/inbox", response_class=HTMLResponse)
    async def inbox(p: PageDep, offset: int = 0):
        p.need("producer")
        offset = max(0, offset)
        page = (await p.ok("GET", "/v1/trade/inbox", params={"limit": 50, "offset": offset})).body
        rows = td.by_request(page.get("items", []))
        products = await _products(p, (pid for r in rows for pid in r["product_ids"]))
        return p.render("inbox.html", inbox=rows, products=products, next_page=bool(page.get("next")), offset=offset)

    async def _producer_request(p: Page, rfq_id: str, status: int = 200, form: dict | None = None,
                                error: str | None = None, quoted: bool = False):
        item, mine = await asyncio.gather(_inbox_item(p, rfq_id),
                                          p.ok("GET", f"/v1/trade/requests/{_id(rfq_id)}/quotes"))
        quotes = mine.body.get("items", [])
        products = await _products(p, item["product_ids"])
        can_quote = mine.body.get("open") and not any(x["status"] in ("submitted", "shortlisted") for x in quotes)
        return p.render("inbox_request.html", status=status, item=item, rfq=item["request"], quotes=quotes,
                        products=products,
                        open=mine.body.get("open"), closed_reason=mine.body.get("closed_reason"),
                        can_quote=can_quote, form=form or td.quote_form_for(item["request"]), error=error,
                        quoted=quoted, incoterms=td.INCOTERMS, currencies=td.CURRENCIES, units=td.UNITS)

    @router.get("/inbox/{rfq_id}", response_class=HTMLResponse)
    async def inbox_request(rfq_id: str, p: PageDep, quoted: int = 0):
        p.need("producer")
        return await _producer_request(p, rfq_id, quoted=bool(quoted))

    @router.post("/inbox/{rfq_id}/quotes", response_class=HTMLResponse)
    async def submit_quote(rfq_id: str, p: PageDep):
        p.need("producer")
        form = await p.request.form()
        await p.check_csrf(form)
        filled = td.QuoteForm.read(form)
        answer = await p.api("POST", f"/v1/trade/requests/{_id(rfq_id)}/quotes", json=filled.body())
        if answer.status == 201:
            return p.redirect(f"/inbox/{_id(rfq_id)}?quoted=1#my-quotes")
        if answer.status in (409, 422):
            return await _producer_request(p, rfq_id, status=answer.status, form=filled.fields, error=answer.problem)
        raise _refused(answer)

    @router.get("/quotes", response_class=HTMLResponse)
    async def my_quotes(p: PageDep, offset: int = 0):
        p.need("producer")
        offset = max(0, offset)
        page = (await p.ok("GET", "/v1/trade/quotes", params={"limit": 50, "offset": offset})).body
        return p.render("quotes.html", quotes=page.get("items", []), next_page=bool(page.get("next")), offset=offset)

    # -- both parties: a quote's thread (before the buyer's steps, whose path would take `messages`) ------
    async def _thread(p: Page, quote_id: str, status: int = 200, error: str | None = None, text: str = ""):
        qid = _id(quote_id)
        quote, messages = await asyncio.gather(p.ok("GET", f"/v1/trade/quotes/{qid}"),
                                               p.ok("GET", f"/v1/trade/quotes/{qid}/messages", params={"limit": 500}))
        return p.render("thread.html", status=status, quote=quote.body, messages=messages.body.get("items", []),
                        error=error, text=text)

    @router.get("/quotes/{quote_id}", response_class=HTMLResponse)
    async def thread(quote_id: str, p: PageDep):
        p.need("buyer", "producer")
        return await _thread(p, quote_id)

    @router.post("/quotes/{quote_id}/messages", response_class=HTMLResponse)
    async def post_message(quote_id: str, p: PageDep):
        p.need("buyer", "producer")
        form = await p.request.form()
        await p.check_csrf(form)
        text = str(form.get("text", "")).strip()
        answer = await p.api("POST", f"/v1/trade/quotes/{_id(quote_id)}/messages", json={"text": text})
        if answer.status == 201:
            return p.redirect(f"/quotes/{_id(quote_id)}#thread")
        if answer.status == 422:
            return await _thread(p, quote_id, status=422, error=answer.problem, text=text)
        raise _refused(answer)

    # -- buyers: a sourcing request with its quotes compared, and the buyer's steps ----------------------
    async def _request_page(p: Page, rfq_id: str, currency: str, status: int = 200, error: str | None = None,
                            conflict: str | None = None):
        rid = _id(rfq_id)
        rfq = (await p.ok("GET", f"/v1/sourcing-requests/{rid}")).body
        matches = items(rfq.get("matches"))
        comparison, compare_error = None, None
        if p.session.role == "buyer":
            answer = await p.api("GET", f"/v1/trade/requests/{rid}/quotes", params={"currency": currency, "limit": 50})
            if answer.status == 422:  # a currency outside the reference rates: say so, compare in US dollars
                compare_error, currency = answer.problem, "USD"
                answer = await p.api("GET", f"/v1/trade/requests/{rid}/quotes", params={"currency": currency,
                                                                                         "limit": 50})
            if answer.ok:
                comparison = answer.body
            elif answer.status != 404:  # 404: trade has not heard of the request yet, so it has no quote
                compare_error = answer.problem
        products = await _products(p, [x.get("product_id") for x in (comparison or {}).get("items", [])]
                                   + [m["product_id"] for m in matches[:20]])
        return p.render("request.html", status=status, rfq=rfq, matches=matches, products=products,
                        comparison=comparison, currency=currency, currencies=td.CURRENCIES,
                        steps=lambda s: td.quote_steps(p.session.role, s), etag=td.etag,
                        error=error or compare_error, conflict=conflict)

    @router.get("/requests/{rfq_id}", response_class=HTMLResponse)
    async def request_page(rfq_id: str, p: PageDep, currency: str = "USD"):
        p.need("buyer", "producer")
        return await _request_page(p, rfq_id, currency.strip().upper()[:3] or "USD")

    @router.post("/quotes/{quote_id}/{action}", response_class=HTMLResponse)
    async def quote_step(quote_id: str, action: str, p: PageDep):
        p.need("buyer")
        form = await p.request.form()
        await p.check_csrf(form)
        if action not in ("shortlist", "decline", "accept"):
            raise PageError(404, p._("No such step."))
        rfq_id, currency = str(form.get("rfq_id", "")), str(form.get("currency", "USD"))
        body = {"reason": str(form.get("reason", "")).strip()} if action == "decline" else None
        if action == "decline" and not body["reason"]:
            return await _request_page(p, rfq_id, currency, status=422,
                                       error=p._("Say why you decline the quote: its producer reads the reason."))
        answer = await p.api("POST", f"/v1/trade/quotes/{_id(quote_id)}/{action}", json=body,
                             headers={"If-Match": str(form.get("etag", ""))})
        back = f"/requests/{_id(rfq_id)}?{urlencode({'currency': currency})}#quotes"
        if answer.ok and action == "accept":
            return p.redirect(f"/deals/{_id(answer.body['deal']['id'])}?agreed=1")
        if answer.ok:
            return p.redirect(back)
        if answer.status == 412:
            return await _request_page(p, rfq_id, currency, status=409, conflict=p._(
                "Someone changed this quote since the page was shown, so nothing was done. Its current state is "
                "below; choose again."))
        if answer.status in (403, 409, 422, 428):
            return await _request_page(p, rfq_id, currency, status=answer.status if answer.status != 428 else 409,
                                       error=answer.problem)
        raise _refused(answer)

    # -- both parties: deals and their steps -----------------------------------------------------------
    @router.get("/deals", response_class=HTMLResponse)
    async def deals(p: PageDep, offset: int = 0, moved: str | None = None):
        p.need("buyer", "producer")
        offset = max(0, offset)
        page = (await p.ok("GET", "/v1/trade/deals", params={"limit": 50, "offset": offset})).body
        products = await _products(p, (d.get("product_id") for d in page.get("items", [])))
        return p.render("deals.html", deals=page.get("items", []), products=products,
                        next_page=bool(page.get("next")), offset=offset,
                        steps=lambda s: td.deal_steps(p.session.role, s), etag=td.etag,
                        moved=moved if moved in td.MOVES else None)

    async def _deal(p: Page, deal_id: str, status: int = 200, error: str | None = None, conflict: str | None = None,
                    moved: str | None = None, agreed: bool = False):
        answer = await p.ok("GET", f"/v1/trade/deals/{_id(deal_id)}")
        deal = answer.body
        products = await _products(p, [deal.get("product_id")])
        return p.render("deal.html", status=status, deal=deal, product=products.get(deal.get("product_id"), {}),
                        etag=answer.headers.get("etag", ""),
                        steps=td.deal_steps(p.session.role, deal["status"]), error=error, conflict=conflict,
                        moved=moved, agreed=agreed)

    @router.get("/deals/{deal_id}", response_class=HTMLResponse)
    async def deal(deal_id: str, p: PageDep, moved: str | None = None, agreed: int = 0):
        p.need("buyer", "producer")
        return await _deal(p, deal_id, moved=moved if moved in td.MOVES else None,
                           agreed=bool(agreed))

    @router.post("/deals/{deal_id}", response_class=HTMLResponse)
    async def move_deal(deal_id: str, p: PageDep):
        p.need("buyer", "producer")
        form = await p.request.form()
        await p.check_csrf(form)
        to = str(form.get("status", ""))
        answer = await p.api("PATCH", f"/v1/trade/deals/{_id(deal_id)}", json={"status": to},
                             headers={"If-Match": str(form.get("etag", ""))})
        if answer.ok:
            back = "/deals" if form.get("back") == "list" else f"/deals/{_id(deal_id)}"
            return p.redirect(f"{back}?{urlencode({'moved': to})}")
        if answer.status == 412:
            return await _deal(p, deal_id, status=409, conflict=p._(
                "The other party changed this deal since the page was shown, so nothing was done. Its current "
                "state is below."))
        if answer.status in (403, 409, 422, 428):
            return await _deal(p, deal_id, status=answer.status if answer.status != 428 else 409, error=answer.problem)
        raise _refused(answer)

    return router
