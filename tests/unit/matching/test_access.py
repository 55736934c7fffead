from services.matching.domain.access import Viewer, visible
from services.matching.domain.rfq import Match
from tests.unit.matching.test_scoring import rfq

MATCHES = [Match(id="M-1", rfq_id="RFQ-1", product_id="VN-P-1", producer_id="VN-PR-1", country="VN", score=0.9),
           Match(id="M-2", rfq_id="RFQ-1", product_id="KH-P-1", producer_id="KH-PR-1", country="KH", score=0.8)]


def test_the_buyer_sees_its_request_whole():
    request = rfq(buyer="buyer-a")
    assert visible(Viewer(buyer="buyer-a"), request, MATCHES) == (request, MATCHES)


def test_another_buyer_sees_nothing_of_it():
    assert visible(Viewer(buyer="buyer-b"), rfq(buyer="buyer-a"), MATCHES) is None


def test_a_matched_producer_sees_the_request_without_the_buyer_and_only_its_own_match():
    seen, matches = visible(Viewer(producer_id="KH-PR-1"), rfq(buyer="buyer-a"), MATCHES)
    assert seen.buyer is None and seen.text == "fish sauce"
    assert [m.id for m in matches] == ["M-2"]


def test_a_producer_not_matched_to_it_sees_nothing():
    assert visible(Viewer(producer_id="TH-PR-9"), rfq(buyer="buyer-a"), MATCHES) is None


def test_nobody_sees_a_request_without_a_buyer_by_claiming_no_buyer():
    assert visible(Viewer(), rfq(buyer=None), MATCHES) is None
