"""The trade pages' plain rules: who may take which step on a quote or a deal, the quote form's body, and the
ETag a row read in a list is changed with."""
from services.web.domain import trade as td


def test_only_the_buyer_shortlists_declines_or_accepts_and_only_an_open_quote():
    assert td.quote_steps("buyer", "submitted") == ("shortlist", "decline", "accept")
    assert td.quote_steps("buyer", "shortlisted") == ("decline", "accept")
    assert td.quote_steps("buyer", "accepted") == td.quote_steps("buyer", "closed") == ()
    assert td.quote_steps("producer", "submitted") == ()


def test_the_producer_ships_the_buyer_confirms_delivery_and_either_cancels_before_it():
    assert td.deal_steps("producer", "agreed") == ("shipped", "cancelled")
    assert td.deal_steps("producer", "shipped") == ("cancelled",)
    assert td.deal_steps("buyer", "agreed") == ("cancelled",)
    assert td.deal_steps("buyer", "shipped") == ("delivered", "cancelled")
    for role in ("buyer", "producer"):
        assert td.deal_steps(role, "delivered") == td.deal_steps(role, "cancelled") == ()
    assert td.deal_steps("fair_organiser", "agreed") == td.deal_steps(None, "agreed") == ()


def test_a_row_of_a_list_is_changed_with_the_etag_of_its_version():
    assert td.etag(3) == 'W/"3"'


def test_the_quote_form_sends_numbers_as_numbers_and_the_validity_to_the_end_of_its_day():
    form = {"price": "3,10", "currency": "usd", "quantity": "500", "unit": "kg", "incoterm": "FOB",
            "lead_time_days": "21", "valid_until": "2027-03-31", "message": "Samples on request."}
    assert td.QuoteForm.read(form).body() == {
        "price": 3.1, "currency": "USD", "quantity": 500.0, "unit": "kg", "incoterm": "FOB", "lead_time_days": 21,
        "valid_until": "2027-03-31T23:59:59Z", "message": "Samples on request."}


def test_what_is_not_a_number_goes_as_typed_so_that_the_api_names_the_field():
    body = td.QuoteForm.read({"price": "cheap", "lead_time_days": "", "valid_until": ""}).body()
    assert body["price"] == "cheap" and body["lead_time_days"] is None and body["valid_until"] is None


def test_a_new_quote_is_filled_with_what_the_request_asks():
    form = td.quote_form_for({"quantity": 500.0, "unit": "kg", "currency": None})
    assert (form["quantity"], form["unit"], form["currency"], form["price"]) == ("500", "kg", "USD", "")
    assert set(form) == set(td.QUOTE_FIELDS)


def test_the_inbox_shows_a_request_once_with_every_product_of_the_producer_matched_to_it():
    def item(rfq, product):
        return {"request": {"id": rfq, "text": rfq}, "product_id": product, "open": True, "closed_reason": None}

    rows = td.by_request([item("R2", "P1"), item("R1", "P1"), item("R2", "P2"), item("R2", "P1")])
    assert [(r["request"]["id"], r["product_ids"]) for r in rows] == [("R2", ["P1", "P2"]), ("R1", ["P1"])]


def test_every_string_of_the_trade_pages_and_the_buyers_request_page_is_translated_in_vietnamese_khmer_and_thai():
    from pathlib import Path

    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import read_po

    web = Path(td.__file__).resolve().parents[1]
    pages = ["inbox.html", "inbox_request.html", "quotes.html", "thread.html", "deals.html", "deal.html",
             "_trade.html", "request.html", "base.html"]
    wanted = {m[1] for name in pages for m in extract_from_file(
        "jinja2", web / "templates" / name, options={"extensions": "jinja2.ext.i18n"})}
    wanted |= {m[1] for m in extract_from_file("python", web / "entrypoints" / "trade_pages.py")}
    assert len(wanted) > 60
    for lang in ("vi", "km", "th"):
        with (web / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalogue = read_po(f, locale=lang)
        untranslated = sorted(w for w in wanted if not (catalogue.get(w) and catalogue.get(w).string))
        assert untranslated == [], (lang, untranslated)
