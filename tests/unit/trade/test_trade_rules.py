"""The trade loop's rules, without any infrastructure: quotes' lifecycle, who moves a deal, values in USD."""
import json
from datetime import datetime, timedelta, timezone

import pytest

from services.trade.domain.trade import (INCOTERMS_2020, ClosedBecause, DealStatus, Party, PartyRefused, Quote,
                                         QuoteStatus, TradeRuleBroken, closes_after, deal_from)
from shared import money

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def quote(**over) -> Quote:
    fields = dict(id="Q-1", rfq_id="R-1", buyer="buyer-a", producer_id="VN-M-1", country="VN", product_id="VN-P-1",
                  match_id="M-1", price=16000.0, currency="KHR", quantity=1000.0, unit="kg", incoterm="FOB",
                  lead_time_days=30, valid_until=NOW + timedelta(days=10), message="", submitted_by="producer:p",
                  created_at=NOW, updated_at=NOW)
    return Quote(**(fields | over))


def test_incoterms_are_the_eleven_rules_of_incoterms_2020():
    assert sorted(INCOTERMS_2020) == sorted(
        ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"])


def test_a_quote_is_valued_in_usd_at_the_reference_rate():
    assert quote().value_usd == pytest.approx(16000 * 1000 / 4100)


def test_a_shortlisted_quote_can_be_accepted_and_accepting_reveals_the_buyer():
    q = quote().shortlist(NOW).accept(NOW)
    assert q.status is QuoteStatus.accepted and q.buyer_revealed and q.version == 3


def test_a_declined_or_closed_quote_cannot_be_accepted():
    with pytest.raises(TradeRuleBroken, match="is declined; it cannot be accepted"):
        quote().decline("too dear", NOW).accept(NOW)
    with pytest.raises(TradeRuleBroken, match="is closed; it cannot be shortlisted"):
        quote().close(ClosedBecause.accepted, NOW).shortlist(NOW)


def test_a_lapsed_quote_cannot_be_accepted():
    with pytest.raises(TradeRuleBroken, match="was valid until"):
        quote(valid_until=NOW - timedelta(seconds=1)).accept(NOW)


def test_closing_gives_the_reason_the_producer_reads():
    assert quote().close(ClosedBecause.accepted, NOW).status_reason == "another quote was accepted"
    assert quote().close(ClosedBecause.deadline, NOW).status_reason == "the request's deadline passed"


def test_shortlisting_twice_changes_nothing():
    once = quote().shortlist(NOW)
    assert once.shortlist(NOW) is once


def test_a_request_closes_at_its_quote_limit():
    assert not closes_after(9, 10) and closes_after(10, 10)


def deal():
    q = quote().accept(NOW)
    return deal_from(q, "JP", "food", "D-1", NOW, money.to_usd(q.value, q.currency), money.table().as_of)


def test_an_accepted_quote_makes_a_deal_in_usd_dated_by_its_rate():
    d = deal()
    assert (d.value_usd, d.rate_date, d.status, d.buyer, d.exporter_country) == (
        round(16000 * 1000 / 4100, 2), "2025-12-31", DealStatus.agreed, "buyer-a", "VN")


def test_an_operators_rate_file_is_read_when_it_changes_and_a_bad_one_is_refused(tmp_path, monkeypatch):
    doc = json.loads(money.BUILT_IN.read_text())
    path = tmp_path / "rates.json"
    path.write_text(json.dumps(doc | {"as_of": "2026-12-03", "source": "central bank",
                                      "units_per_usd": doc["units_per_usd"] | {"KHR": 4000.0}}))
    monkeypatch.setenv("REFERENCE_RATES_FILE", str(path))
    try:
        rates = money.reload()
        assert (rates.as_of, rates.units_per_usd["KHR"], money.to_usd(8000, "KHR")) == ("2026-12-03", 4000.0, 2.0)
        assert rates.label == "reference rates of 2026-12-03 (central bank), not for settlement"
        # A file without a currency of the network's, or with a rate of zero: refused, the rates held stay.
        for broken in ({k: v for k, v in doc["units_per_usd"].items() if k != "THB"},
                       doc["units_per_usd"] | {"THB": 0}):
            path.write_text(json.dumps(doc | {"as_of": "2026-12-04", "units_per_usd": broken}))
            assert money.reload().as_of == "2026-12-03"
    finally:
        monkeypatch.delenv("REFERENCE_RATES_FILE")
        assert money.reload().as_of == "2025-12-31"


def test_the_producer_ships_and_the_buyer_confirms_delivery_and_neither_takes_the_others_step():
    d = deal()
    with pytest.raises(PartyRefused, match="the buyer may not mark a deal shipped"):
        d.move(DealStatus.shipped, Party.buyer, NOW)
    shipped = d.move(DealStatus.shipped, Party.producer, NOW)
    with pytest.raises(PartyRefused, match="the producer may not mark a deal delivered"):
        shipped.move(DealStatus.delivered, Party.producer, NOW)
    delivered = shipped.move(DealStatus.delivered, Party.buyer, NOW)
    assert delivered.status is DealStatus.delivered and delivered.version == 3
    with pytest.raises(TradeRuleBroken, match="is delivered; it cannot become cancelled"):
        delivered.move(DealStatus.cancelled, Party.buyer, NOW)


def test_either_party_cancels_before_delivery_and_nobody_else_is_a_party():
    d = deal()
    assert d.move(DealStatus.cancelled, Party.producer, NOW).status is DealStatus.cancelled
    assert d.party(buyer="buyer-a") is Party.buyer and d.party(producer_id="VN-M-1") is Party.producer
    assert d.party(buyer="buyer-b") is None and d.party(producer_id="VN-M-2") is None
    with pytest.raises(TradeRuleBroken):
        d.move(DealStatus.agreed, Party.buyer, NOW)
