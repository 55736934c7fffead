"""The browser tests' network: a registry node (VN), matching, events, trade, the gateway and the web app as
real processes on PostgreSQL and the test broker, with the demo data of `make up` at a small size, the web
app's first-party client, one demo person per role and the demo buyer's request in the demo producer's inbox;
and Debian's chromium driven by Playwright."""
from __future__ import annotations

import asyncio
import os
import shutil

import httpx
import pytest

from services.events.demo import load_fair
from services.registry.demo.loader import load_country
from services.web import demo
from tests.support.network import Network
from tests.support.waiting import eventually

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
DEMO_PRODUCTS = 300


@pytest.fixture(scope="session")
async def web_network(kafka_bootstrap, new_database, tmp_path_factory):
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("web-logs"))
    net.add("registry-VN", "registry", await new_database("web_reg_vn"), NODE_COUNTRY="VN")
    net.add("matching", "matching", await new_database("web_matching"),
            SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("web-index")))
    net.add("events", "events", await new_database("web_events"))
    net.add("trade", "trade", await new_database("web_trade"))
    gateway = net.add_gateway()
    try:
        await net.start()
        gw = gateway.url
        summary = load_country(f"{gw}/v1/registry", "VN", DEMO_PRODUCTS, token=net.token("registry_admin", "VN"))
        listed = httpx.get(f"{gw}/v1/registry/VN/products", params={"status": "listed", "limit": 200}).json()["items"]
        good = [(p["producer_id"], p["id"]) for p in listed if (p.get("stars") or 0) >= 3]
        seen, exhibitors = set(), []
        for producer_id, product_id in good:  # one product per producer
            if producer_id not in seen:
                seen.add(producer_id)
                exhibitors.append((producer_id, product_id))
        organiser = net.token("fair_organiser", client_id="fair_organiser-demo")
        load_fair(gw, net["events"].url, organiser, exhibitors[:8])
        web_client = demo.web_client(gateway.env)

        async def searchable():  # the catalogue has the demo's fish sauces
            r = httpx.get(f"{gw}/v1/catalogue/search", params={"q": "fish sauce"})
            return r.status_code == 200 and r.json()["total"] > 0

        await eventually(searchable, timeout_s=60)
        good_products = [p for p in listed if (p.get("stars") or 0) >= 3]
        net.web_client = web_client
        net.people, net.demo_request = await asyncio.to_thread(demo.people, gateway.env, "VN", gw, web_client,
                                                               good_products)
        demo.fair_demo(gw, organiser, net.people["fair_organiser"]["username"], exhibitors[8:10])
        web = net.add_web(web_client, database_url=await new_database("web_sessions"))
        await net.start("web")
        net.web = web.url
        net.demo_summary = summary
        yield net
    finally:
        net.stop()


@pytest.fixture(scope="session")
async def browser():
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        # Debian's chromium: Playwright's own browser download cannot be fetched here.
        b = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        await b.close()


@pytest.fixture
async def page(browser):
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    p = await context.new_page()
    yield p
    await context.close()
