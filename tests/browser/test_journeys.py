"""Each role's main journey in Debian's chromium, through the web app and the gateway, with the keyboard
alone; axe-core checks every page on the way; screenshots of the main pages go to docs/screenshots/."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Page, expect

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"


async def axe_clean(page: Page) -> None:
    """axe-core (served by the web app, like every script) finds no serious or critical violation."""
    await page.add_script_tag(url="/assets/axe/axe.min.js")
    result = await page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == [], f"{page.url}: {bad}"


async def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


async def sign_in_by_keyboard(page: Page, base: str, username: str, password: str) -> None:
    await page.goto(f"{base}/sign-in")
    await axe_clean(page)
    await page.get_by_label("Username").focus()
    await page.keyboard.type(username)
    await page.keyboard.press("Tab")
    await page.keyboard.type(password)
    await page.keyboard.press("Enter")
    await page.wait_for_load_state()


async def test_the_buyer_searches_filters_opens_a_producer_and_posts_a_request_in_plain_words(web_network, page):
    base, buyer = web_network.web, web_network.people["buyer"]
    await sign_in_by_keyboard(page, base, buyer["username"], buyer["password"])
    await expect(page).to_have_url(f"{base}/catalogue")
    await expect(page.locator(".me")).to_contain_text(f"{buyer['username']} · buyer")

    search = page.get_by_role("searchbox", name="Search the regional catalogue")
    await search.focus()
    await page.keyboard.type("fish sauce")
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{base}/catalogue?q=fish+sauce")
    await expect(page.locator("ol.hits > li").first).to_contain_text("fish sauce")
    await axe_clean(page)

    four_up = page.get_by_role("link", name=re.compile(r"^4★ and up"))
    await four_up.focus()
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{base}/catalogue?q=fish+sauce&stars=4")
    stars = await page.locator("ol.hits .stars").all_inner_texts()
    assert stars and all(len(s) >= 4 for s in stars), stars
    await expect(page.locator("#map .leaflet-interactive").first).to_be_attached()
    await axe_clean(page)
    await shot(page, "catalogue")

    producer = page.locator("ol.hits .producer a").first
    name = await producer.inner_text()
    await producer.focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", level=1)).to_have_text(name)
    await expect(page.locator("ol.hits > li").first).to_be_visible()
    await axe_clean(page)
    await shot(page, "producer")

    await page.goto(f"{base}/requests")
    await axe_clean(page)
    await page.get_by_label("What are you looking for?").focus()
    await page.keyboard.type("Fish sauce")
    await page.keyboard.press("Tab")
    await page.keyboard.type("100")
    await page.keyboard.press("Tab")
    await page.keyboard.press("Tab")
    await page.keyboard.type("JP")
    await page.get_by_label("Answer by").fill("2027-12-31")
    await page.get_by_role("button", name="Post the request").focus()
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(re.compile(rf"{re.escape(base)}/requests/[^/]+$"))
    await expect(page.locator(".request-text")).to_have_text("Fish sauce")
    matches = page.locator("li.match")
    await expect(matches.first).to_be_visible()
    await expect(matches.first.locator("table.reasons tbody tr").first).to_be_visible()
    assert "fish sauce" in (await matches.first.locator("h3").inner_text()).lower()
    await axe_clean(page)
    await shot(page, "sourcing-request")


async def test_the_organiser_decides_an_application_and_sees_the_schedule_grid(web_network, page):
    base, organiser = web_network.web, web_network.people["fair_organiser"]
    await sign_in_by_keyboard(page, base, organiser["username"], organiser["password"])
    await expect(page).to_have_url(f"{base}/fairs")
    await expect(page.locator(".badge")).to_have_text("yours")
    await axe_clean(page)
    await page.locator(".cards h2 a").first.focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Floor plan")).to_be_visible()
    await expect(page.locator(".floor .booth").first).to_be_visible()
    await axe_clean(page)
    await shot(page, "fair")

    pending = page.locator("#applications tbody tr", has=page.get_by_role("button", name=re.compile("^Approve")))
    row_id = await pending.first.get_attribute("id")
    await pending.first.get_by_role("button", name=re.compile("^Approve")).focus()
    await page.keyboard.press("Enter")  # htmx swaps the row in place
    await expect(page.locator(f"#{row_id}")).to_contain_text("approved")
    await expect(page.locator(f"#{row_id}").get_by_role("button")).to_have_count(0)

    await page.get_by_role("link", name="Meeting schedule").focus()
    await page.keyboard.press("Enter")
    grid = page.locator("table.grid")
    await expect(grid.locator("tbody tr")).to_have_count(2)  # the demo's two buyers
    assert await grid.locator("tbody td small").count() > 0  # meetings with their booths
    await axe_clean(page)
    await shot(page, "schedule")
    async with page.expect_download() as download:
        await grid.get_by_role("link", name=re.compile("^Download")).first.click()
    ics = Path(await (await download.value).path()).read_text()
    assert ics.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in ics

    await page.get_by_role("link", name="Per exhibitor").click()
    await expect(page.locator("table.grid caption")).to_have_text("Meetings per exhibitor")


async def test_the_registry_officer_imports_a_file_with_a_progress_bar_and_sees_the_indicators_map(web_network, page,
                                                                                                     tmp_path):
    base, officer = web_network.web, web_network.people["registry_admin"]
    await sign_in_by_keyboard(page, base, officer["username"], officer["password"])
    await expect(page).to_have_url(f"{base}/registry")
    await axe_clean(page)
    await shot(page, "registry-products")

    producer_ref = "WEB-PRODUCER-1"
    rows = ["external_ref,producer_ref,name_local,name_en,programme,group,stars,hs_code,origin_province,status"]
    rows += [f"WEB-{i:04d},{producer_ref},Nước mắm web {i},Web fish sauce {i},OCOP,food,4,210390,Kiên Giang,listed"
             for i in range(400)]
    rows.append(f"WEB-BAD,{producer_ref},Nước mắm hỏng,Broken row,OCOP,food,9,21039X,Kiên Giang,listed")
    producers = tmp_path / "producers.csv"
    producers.write_text("external_ref,name_local,name_en,type,province\n"
                         f"{producer_ref},HTX Web,Web cooperative,cooperative,Kiên Giang\n")
    products = tmp_path / "products.csv"
    products.write_text("\n".join(rows) + "\n")

    await page.goto(f"{base}/registry/imports")
    await axe_clean(page)
    await page.get_by_label("Producers", exact=True).check()
    await page.get_by_label("File").set_input_files(str(producers))
    await page.get_by_role("button", name="Import").click()
    await expect(page.locator("#import-status")).to_have_attribute("data-status", "done")

    await page.goto(f"{base}/registry/imports")
    await page.get_by_label("File").set_input_files(str(products))
    await page.get_by_role("button", name="Import").click()
    await expect(page.get_by_role("progressbar")).to_be_attached()
    await expect(page.locator("#import-status")).to_have_attribute("data-status", "done", timeout=60_000)
    await expect(page.locator("#import-status")).to_contain_text("400 accepted")
    rejected = page.locator("table.rejections tbody tr")
    await expect(rejected.first).to_contain_text("WEB-BAD")
    fields = await page.locator("table.rejections tbody tr td:nth-last-child(2)").all_inner_texts()
    assert "stars" in fields and "hs_code" in fields, fields
    await axe_clean(page)
    await shot(page, "import")

    await page.goto(f"{base}/registry/indicators")
    await expect(page.locator("#map .leaflet-interactive").first).to_be_attached()
    assert await page.locator("#map path.leaflet-interactive").count() >= 5  # outlines and province circles
    await expect(page.locator("svg.chart").first).to_be_visible()
    await axe_clean(page)
    await shot(page, "indicators")


async def test_the_interface_speaks_vietnamese_khmer_and_thai_with_local_formats(web_network, page):
    base = web_network.web
    for code, word in (("vi", "Danh mục"), ("km", "កាតាឡុក"), ("th", "แคตตาล็อก")):
        await page.goto(f"{base}/language/{code}?next=/catalogue%3Fq%3Dfish%2Bsauce")
        await expect(page.locator("html")).to_have_attribute("lang", code)
        await expect(page.get_by_role("heading", level=1)).to_have_text(word)
        await axe_clean(page)
    await shot(page, "catalogue-th")
    await page.goto(f"{base}/language/vi?next=/catalogue%3Fq%3D")
    total = await page.locator("#results-h").inner_text()
    assert re.match(r"^\d{1,3}(\.\d{3})* sản phẩm$", total), total  # Vietnamese groups thousands with '.'


MEASURE = """() => new Promise(resolve => {
    new PerformanceObserver(list => {
        const entries = list.getEntries();
        const last = entries[entries.length - 1];
        const nav = performance.getEntriesByType('navigation')[0];
        const res = performance.getEntriesByType('resource').filter(r => r.initiatorType !== 'img');
        resolve({lcp: last.startTime, bytes: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),
                 resources: res.length, ttfb: nav.responseStart, element: last.element ? last.element.tagName : null});
    }).observe({type: 'largest-contentful-paint', buffered: true});
})"""


async def test_the_catalogue_page_of_20_results_paints_within_a_second_and_weighs_under_300_kb(web_network, browser):
    """Three loads, each in a fresh browser context (nothing cached); the median is the figure, since the
    machine these tests share is loaded by everything else running on it."""
    url = f"{web_network.web}/catalogue?q=&stars=3"
    async with httpx.AsyncClient() as warm:  # the server side warmed once, as for any visitor but the first
        assert (await warm.get(url)).status_code == 200
    runs = []
    for _ in range(3):
        context = await browser.new_context(viewport={"width": 1280, "height": 900})
        page = await context.new_page()
        await page.goto(url)
        await page.wait_for_load_state("networkidle")
        assert await page.locator("ol.hits > li").count() == 20
        runs.append(await page.evaluate(MEASURE))
        await context.close()
    lcp = sorted(r["lcp"] for r in runs)[1]
    weight = max(r["bytes"] for r in runs)
    print(f"catalogue page, 20 results: LCP {[round(r['lcp']) for r in runs]} ms (median {lcp:.0f}), "
          f"{weight / 1024:.1f} KB before images ({runs[0]['resources']} resources; first byte "
          f"{[round(r['ttfb']) for r in runs]} ms; largest element {runs[0]['element']})")
    from benchmarks.figures import Figure, write

    size = "catalogue page with 20 results, Debian chromium headless, loopback, median of 3 cold loads"
    write("web_catalogue_page", [Figure("web.catalogue.lcp", lcp, "ms", size,
                                        {"runs_ms": [round(r["lcp"]) for r in runs]}),
                                 Figure("web.catalogue.bytes_before_images", weight, "bytes", size)])
    assert lcp < 1000
    assert weight < 300 * 1024


async def test_a_form_without_its_csrf_token_is_refused_and_signing_out_ends_the_session(web_network, page):
    base, buyer = web_network.web, web_network.people["buyer"]
    await sign_in_by_keyboard(page, base, buyer["username"], buyer["password"])
    await expect(page).to_have_url(f"{base}/catalogue")
    session = {c["name"]: c for c in await page.context.cookies()}["ovop_session"]
    assert session["httpOnly"] and session["secure"] and session["sameSite"] == "Lax"
    # The browser sends the session cookie with it, but not the form's CSRF token.
    forged = await page.evaluate("""() => fetch('/requests', {method: 'POST', body: new URLSearchParams(
        {text: 'pepper forgeryprobe', quantity: '1', unit: 'kg', destination: 'JP', deadline: '2027-01-01'})}
        ).then(r => r.status)""")
    assert forged == 403
    await page.goto(f"{base}/requests")
    # (the demo buyer's own requests may name pepper: the forged one's words are its own)
    assert await page.locator("table tbody tr", has_text="forgeryprobe").count() == 0
    await page.goto(f"{base}/requests")
    await page.get_by_role("button", name="Sign out").click()
    await expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    await page.goto(f"{base}/requests")
    await expect(page).to_have_url(re.compile(rf"{re.escape(base)}/sign-in\?next=%2Frequests$"))


async def test_an_officer_whose_product_changed_meanwhile_sees_both_versions_and_saves_on_purpose(web_network, page):
    base, officer = web_network.web, web_network.people["registry_admin"]
    await sign_in_by_keyboard(page, base, officer["username"], officer["password"])
    await expect(page).to_have_url(f"{base}/registry")
    first = page.locator("table tbody tr td a").first
    await first.click()
    product_url = page.url
    product_id = product_url.rsplit("/", 1)[1]
    # Meanwhile a colleague renames it through the API.
    gw = web_network["gateway"].url
    async with httpx.AsyncClient(base_url=gw, timeout=30, headers=web_network.auth("registry_admin", "VN")) as api:
        current = await api.get(f"/v1/registry/VN/products/{product_id}")
        from services.web.entrypoints.pages import editable_body

        body = editable_body(current.json(), {"name_en": "Renamed by a colleague"})
        changed = await api.put(f"/v1/registry/VN/products/{product_id}", json=body,
                                headers={"If-Match": current.headers["etag"]})
        assert changed.status_code == 200, changed.text
    await page.get_by_label("English name").fill("Renamed by me")
    await page.get_by_role("button", name="Save").click()
    conflict = page.get_by_role("alert")
    await expect(conflict).to_contain_text("Someone else saved this product while you were editing")
    await expect(conflict).to_contain_text("Renamed by a colleague")
    await expect(page.get_by_label("English name")).to_have_value("Renamed by me")
    await axe_clean(page)
    await shot(page, "edit-conflict")
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_role("status")).to_have_text("Saved.")
    await expect(page.get_by_label("English name")).to_have_value("Renamed by me")


def _amount(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text))


async def test_a_producer_quotes_from_its_inbox_the_buyer_compares_and_accepts_and_the_deal_goes_to_delivery(
        web_network, page, browser):
    base, rfq = web_network.web, web_network.demo_request
    producer, buyer = web_network.people["producer"], web_network.people["buyer"]

    # The demo producer finds the demo buyer's request in its inbox, without the buyer's name, and quotes.
    await sign_in_by_keyboard(page, base, producer["username"], producer["password"])
    await expect(page).to_have_url(f"{base}/inbox")
    row = page.locator("table.inbox tbody tr", has=page.locator(f'a[href="/inbox/{rfq["id"]}"]'))
    await expect(row).to_contain_text("open")
    assert buyer["username"] not in await page.content()
    await axe_clean(page)
    await shot(page, "inbox")
    await row.get_by_role("link").first.focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Your quote", exact=True)).to_be_visible()
    await expect(page.get_by_label("Quantity", exact=True)).to_have_value("500")
    assert buyer["username"] not in await page.content()
    await axe_clean(page)
    await page.get_by_label("Price per unit").focus()
    await page.keyboard.type("3.10")
    await page.get_by_label("Currency", exact=True).select_option("USD")
    await page.get_by_label("Incoterm (2020)").select_option("FOB")
    await page.get_by_label("Lead time (days)").focus()
    await page.keyboard.type("21")
    await page.get_by_label("Valid until").fill((date.today() - timedelta(days=1)).isoformat())
    await page.get_by_label("Message to the buyer").focus()
    await page.keyboard.type("Glass bottles of 500 ml, 40°N; samples on request.")
    await page.get_by_role("button", name="Send the quote").click()
    # The API refuses a validity in the past: its reason is on the page, the form keeps what was typed.
    await expect(page.get_by_role("alert")).to_contain_text("valid_until: is in the past")
    await expect(page.get_by_label("Price per unit")).to_have_value("3.10")
    await expect(page.get_by_label("Message to the buyer")).to_have_value(
        "Glass bottles of 500 ml, 40°N; samples on request.")
    await axe_clean(page)
    await page.get_by_label("Valid until").fill((date.today() + timedelta(days=14)).isoformat())
    await shot(page, "quote-form")
    await page.get_by_role("button", name="Send the quote").focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status")).to_have_text("Your quote was sent to the buyer.")
    await expect(page.locator("tr.my-quote")).to_contain_text("submitted")
    # One open quote per producer and request: no form for another.
    await expect(page.get_by_role("heading", name="Your quote", exact=True)).to_have_count(0)

    # The demo buyer compares the quotes in euros, cheapest first.
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    bpage = await context.new_page()
    await sign_in_by_keyboard(bpage, base, buyer["username"], buyer["password"])
    await expect(bpage).to_have_url(f"{base}/catalogue")
    await bpage.goto(f"{base}/requests")
    await bpage.locator(f'a[href="/requests/{rfq["id"]}"]').focus()
    await bpage.keyboard.press("Enter")
    quotes = bpage.locator("table.compare tbody tr")
    await expect(quotes).to_have_count(2)  # the demo competitor's and ours
    await bpage.get_by_label("Compare in").select_option("EUR")
    await bpage.get_by_role("button", name="Convert").focus()
    await bpage.keyboard.press("Enter")
    await expect(bpage.locator("table.compare caption")).to_have_text("Quotes side by side in EUR, cheapest first")
    converted = await bpage.locator("table.compare td.converted").all_inner_texts()
    assert all(c.startswith("€") for c in converted), converted
    assert [_amount(c) for c in converted] == sorted(_amount(c) for c in converted)
    ours = quotes.filter(has_text="Glass bottles of 500 ml")
    await expect(ours).to_contain_text("$3.10")
    await expect(ours.locator("td.converted")).to_have_text("€2.85")  # 3.10 USD at 0.92 EUR per USD
    await axe_clean(bpage)
    await shot(bpage, "quotes-compared")

    # Meanwhile the competitor's quote is shortlisted (in another tab): declining it from this page, read
    # before, changes nothing and says so, with the quote's fresh state.
    other = quotes.filter(has_not_text="Glass bottles of 500 ml")
    other_id = (await other.get_attribute("id")).removeprefix("quote-")
    with httpx.Client(base_url=f"{web_network['gateway'].url}/v1", timeout=30) as api:
        from services.web.demo import sign_in

        tab = sign_in(api, web_network.web_client, buyer)
        current = api.get(f"/trade/quotes/{other_id}", headers=tab)
        shortlisted = api.post(f"/trade/quotes/{other_id}/shortlist",
                               headers=tab | {"If-Match": current.headers["etag"]})
        assert shortlisted.status_code == 200, shortlisted.text
    await other.get_by_label(re.compile("^Reason to decline")).fill("Too far from our port")
    await other.get_by_role("button", name=re.compile("^Decline")).click()
    await expect(bpage.get_by_role("alert")).to_contain_text("Someone changed this quote since the page was shown")
    await expect(bpage.locator(f"#quote-{other_id}")).to_contain_text("shortlisted")
    await expect(bpage.locator(f"#quote-{other_id}")).not_to_contain_text("declined")
    await axe_clean(bpage)

    # The buyer asks in our quote's thread; the producer reads it there.
    await ours.get_by_role("link", name=re.compile("^Messages")).click()
    await bpage.get_by_label("Your message").fill("Can you label the bottles in Japanese?")
    await bpage.get_by_role("button", name="Send the message").click()
    await expect(bpage.locator("ol.thread")).to_contain_text("Can you label the bottles in Japanese?")
    await axe_clean(bpage)
    thread_url = bpage.url.split("#")[0]
    await page.goto(thread_url)
    await expect(page.locator("ol.thread .from-buyer")).to_contain_text("Can you label the bottles in Japanese?")
    await axe_clean(page)

    # The buyer accepts our quote: the deal page shows it agreed.
    await bpage.goto(f"{base}/requests/{rfq['id']}?currency=EUR")
    await ours.get_by_role("button", name=re.compile("^Accept")).focus()
    await bpage.keyboard.press("Enter")
    await expect(bpage).to_have_url(re.compile(rf"{re.escape(base)}/deals/[^/?]+\?agreed=1$"))
    await expect(bpage.locator("#deal-status")).to_have_text("agreed")
    await expect(bpage.locator("dl.facts")).to_contain_text("$3.10")
    deal_url = bpage.url.split("?")[0]
    deal_id = deal_url.rsplit("/", 1)[1]
    await axe_clean(bpage)
    await shot(bpage, "deal")

    # The producer marks it shipped from its deals page.
    await page.goto(f"{base}/deals")
    deal_row = page.locator(f"#deal-{deal_id}")
    await expect(deal_row).to_contain_text("agreed")
    await axe_clean(page)
    await deal_row.get_by_role("button", name=re.compile("^Mark shipped")).focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status")).to_have_text("The deal is now shipped.")
    await expect(page.locator(f"#deal-{deal_id}")).to_contain_text("shipped")
    await shot(page, "deals")

    # The buyer's page still shows it agreed: its step there meets the producer's and shows the fresh state,
    # then the buyer confirms the delivery.
    await bpage.get_by_role("button", name=re.compile("^Cancel the deal")).click()
    await expect(bpage.get_by_role("alert")).to_contain_text("The other party changed this deal")
    await expect(bpage.locator("#deal-status")).to_have_text("shipped")
    await bpage.get_by_role("button", name=re.compile("^Confirm delivered")).focus()
    await bpage.keyboard.press("Enter")
    await expect(bpage.get_by_role("status")).to_have_text("The deal is now delivered.")
    await expect(bpage.locator("#deal-status")).to_have_text("delivered")
    await expect(bpage.get_by_role("button", name=re.compile("^(Confirm delivered|Cancel the deal)"))).to_have_count(0)
    await axe_clean(bpage)
    await context.close()


async def test_a_producer_submits_a_draft_the_committee_sends_it_back_then_approves_it_and_rates_it(
        web_network, page, browser):
    base, gw = web_network.web, web_network["gateway"].url
    producer, committee = web_network.people["producer"], web_network.people["committee"]

    # The demo producer finds its draft among its products and submits it with its dossier.
    await sign_in_by_keyboard(page, base, producer["username"], producer["password"])
    await page.get_by_role("link", name="My products").focus()
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{base}/registry")
    draft = page.locator("table tbody tr", has_text="gift box").filter(has_text="draft")
    await expect(draft).to_have_count(1)
    await axe_clean(page)
    await draft.get_by_role("link").focus()
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(re.compile(rf"{re.escape(base)}/registry/products/[^/?]+$"))
    product_url = page.url
    product_id = product_url.rsplit("/", 1)[1]
    await expect(page.locator("#registration-status")).to_have_text("not submitted")
    await page.get_by_label(re.compile("^Registration form for the OCOP cycle")).focus()
    await page.keyboard.type("https://example.org/dossier/form.pdf")
    await page.keyboard.press("Tab")
    await page.keyboard.type("HTX-2019-0042")
    for label, ref in (("Published product standard", "TCCS 01:2024/HTX"),
                       ("Label and packaging", "https://example.org/dossier/label.pdf")):
        await page.get_by_label(re.compile(f"^{label}")).fill(ref)
    await page.get_by_label("Note to the committee").fill("Our new gift box.")
    await axe_clean(page)
    await shot(page, "registration-submit")
    await page.get_by_role("button", name="Submit for registration").focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status")).to_have_text("Submitted: the committee reviews it now.")
    await expect(page.locator("#registration-status")).to_have_text("under review")
    await expect(page.get_by_role("button", name=re.compile("^Submit"))).to_have_count(0)

    # The demo committee member finds it in the queue and sends it back with a reason.
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    cpage = await context.new_page()
    await sign_in_by_keyboard(cpage, base, committee["username"], committee["password"])
    await expect(cpage).to_have_url(f"{base}/committee")
    row = cpage.locator(f"#registration-{product_id}")
    await expect(row).to_contain_text("gift box")
    await expect(row).to_contain_text("under review")
    await axe_clean(cpage)
    await shot(cpage, "committee-queue")
    await row.get_by_role("link").focus()
    await cpage.keyboard.press("Enter")
    await expect(cpage.locator("#registration-status")).to_have_text("under review")
    await expect(cpage.locator("ul.dossier")).to_contain_text("HTX-2019-0042")
    await axe_clean(cpage)
    await shot(cpage, "registration-review")
    await cpage.get_by_label(re.compile("^Reasons, one per line")).fill(
        "The label does not give the producer's address.")
    await cpage.get_by_role("button", name="Send back for changes").focus()
    await cpage.keyboard.press("Enter")
    await expect(cpage.get_by_role("status")).to_have_text("Decision recorded: sent back for changes.")
    await expect(cpage.locator("#registration-status")).to_have_text("sent back for changes")

    # The producer reads the reason and submits again.
    await page.goto(product_url)
    await expect(page.locator("#registration-status")).to_have_text("sent back for changes")
    await expect(page.locator(".sent-back")).to_contain_text("The label does not give the producer's address.")
    await axe_clean(page)
    await shot(page, "registration-sent-back")
    await page.get_by_label(re.compile("^Registration form for the OCOP cycle")).fill(
        "https://example.org/dossier/form.pdf")
    await page.get_by_label(re.compile("^Business or cooperative")).fill("HTX-2019-0042")
    await page.get_by_label(re.compile("^Published product standard")).fill("TCCS 01:2024/HTX")
    await page.get_by_label(re.compile("^Label and packaging")).fill("https://example.org/dossier/label-v2.pdf")
    await page.get_by_role("button", name="Submit again").click()
    await expect(page.locator("#registration-status")).to_have_text("under review")

    # The committee opens it again; meanwhile the producer renames the product (through the API): the
    # approval from the page read before changes nothing and says so, with the fresh state.
    await cpage.goto(f"{base}/committee/registrations/{product_id}")
    await expect(cpage.locator("ul.dossier")).to_contain_text("label-v2.pdf")
    with httpx.Client(base_url=f"{gw}/v1", timeout=30) as api:
        from services.web.demo import sign_in
        from services.web.entrypoints.pages import editable_body

        mine = sign_in(api, web_network.web_client, producer)
        current = api.get(f"/registry/VN/products/{product_id}")
        renamed = api.put(f"/registry/VN/products/{product_id}", headers=mine | {"If-Match": current.headers["etag"]},
                          json=editable_body(current.json(), {"name_en": "Gift box of fish sauce, two bottles"}))
        assert renamed.status_code == 200, renamed.text
    for item in ("Registration form", "Business or cooperative", "Published product standard", "Label and packaging"):
        await cpage.get_by_label(re.compile(f"^{item}")).check()
    await cpage.get_by_role("button", name="Approve").click()
    await expect(cpage.get_by_role("alert")).to_contain_text("This registration changed since the page was shown")
    await expect(cpage.get_by_role("heading", level=1)).to_have_text("Gift box of fish sauce, two bottles")
    await expect(cpage.locator("#registration-status")).to_have_text("under review")
    # An approval without a required item of the checklist: the registry's reason on the page.
    await cpage.get_by_label(re.compile("^Registration form")).uncheck()
    await cpage.get_by_role("button", name="Approve").click()
    await expect(cpage.get_by_role("alert")).to_contain_text("checklist.registration_form: is required to approve")
    await axe_clean(cpage)
    await cpage.get_by_label(re.compile("^Registration form")).check()
    await cpage.get_by_role("button", name="Approve").focus()
    await cpage.keyboard.press("Enter")
    await expect(cpage.get_by_role("status")).to_have_text("Decision recorded: approved.")
    await expect(cpage.locator("#registration-status")).to_have_text("approved")

    # The committee records an evaluation: 76 points are 4 stars, more than a district council awards.
    await cpage.get_by_label(re.compile("^A · Product and community strength")).fill("32")
    await cpage.get_by_label(re.compile("^B · Marketing capacity")).fill("18")
    await cpage.get_by_label(re.compile("^C · Product quality")).fill("26")
    await cpage.get_by_label("Council", exact=True).select_option("district")
    await cpage.get_by_label("Council's name").fill("Phú Quốc district OCOP council")
    await cpage.get_by_label("Assessors, one per line").fill("Nguyễn Văn An\nPhạm Thị Bình")
    await cpage.get_by_role("button", name="Record the evaluation").click()
    await expect(cpage.get_by_role("alert")).to_contain_text("council.level: a district council awards at most 3 stars")
    await expect(cpage.get_by_label(re.compile("^C · Product quality"))).to_have_value("26")
    await cpage.get_by_label("Council", exact=True).select_option("provincial")
    await cpage.get_by_label("Council's name").fill("Kiên Giang provincial OCOP council")
    await cpage.get_by_role("button", name="Record the evaluation").focus()
    await cpage.keyboard.press("Enter")
    await expect(cpage.get_by_role("status")).to_have_text("Evaluation recorded: 76 points, 4 stars.")
    await expect(cpage.locator("table.evaluations tbody tr").first).to_contain_text("4 stars")
    await expect(cpage.locator("#product-stars")).to_contain_text("4 stars")
    await axe_clean(cpage)
    await shot(cpage, "evaluation")
    await context.close()

    # The product's registry page shows it approved with its stars, and the catalogue lists it so.
    await page.goto(product_url)
    await expect(page.locator("#registration-status")).to_have_text("approved")
    await expect(page.locator("#product-stars")).to_contain_text("4 stars")
    await axe_clean(page)
    await shot(page, "registration-approved")

    async def catalogued():
        async with httpx.AsyncClient(base_url=gw, timeout=10) as api:
            r = await api.get(f"/v1/catalogue/products/{product_id}")
            return r.status_code == 200 and r.json().get("stars") == 4

    from tests.support.waiting import eventually

    assert await eventually(catalogued, timeout_s=60)
    await page.goto(f"{base}/products/{product_id}")
    await expect(page.locator("dl.facts")).to_contain_text("★★★★ (4)")
