from datetime import timedelta

import pytest

from services.matching.domain.rfq import IllegalTransition, InvalidRfq, Match, RfqStatus
from tests.unit.matching.test_scoring import NOW, rfq


def test_a_request_goes_from_open_to_matched_to_closed_one_version_at_a_time():
    r = rfq().check(NOW)
    m = r.matched(NOW)
    assert m.status is RfqStatus.matched and m.version == 2
    assert m.matched(NOW) is m   # a second match changes nothing
    c = m.move_to(RfqStatus.closed, NOW)
    assert c.status is RfqStatus.closed and c.version == 3


def test_an_open_request_cannot_be_closed_without_a_match():
    with pytest.raises(IllegalTransition):
        rfq().move_to(RfqStatus.closed, NOW)


def test_nothing_changes_after_a_request_ended():
    closed = rfq().matched(NOW).move_to(RfqStatus.closed, NOW)
    with pytest.raises(IllegalTransition):
        closed.amend(NOW, quantity=5)
    with pytest.raises(IllegalTransition):
        closed.move_to(RfqStatus.cancelled, NOW)


def test_a_request_past_its_deadline_is_due_and_can_only_expire():
    r = rfq(deadline=NOW + timedelta(hours=1))
    later = NOW + timedelta(hours=2)
    assert r.due(later)
    with pytest.raises(IllegalTransition):
        r.move_to(RfqStatus.cancelled, later)
    assert r.expire(later).status is RfqStatus.expired


@pytest.mark.parametrize("over, field", [
    ({"deadline": NOW - timedelta(seconds=1)}, "deadline"),
    ({"quantity": 0}, "quantity"),
    ({"currency": "XXX"}, "currency"),
    ({"group": None, "hs_code": None}, "text"),   # nothing inferred from the text: the text is at fault
    ({"hs_code": "210"}, "hs_code"),
    ({"text": "  "}, "text"),
])
def test_a_request_that_breaks_a_rule_names_the_field(over, field):
    with pytest.raises(InvalidRfq) as err:
        rfq(**over).check(NOW)
    assert err.value.field == field


def test_a_producer_answers_a_match_once_while_the_request_lives():
    r = rfq().matched(NOW)
    m = Match(id="M-1", rfq_id=r.id, product_id="P", producer_id="PR", country="VN", score=0.8)
    accepted = m.respond(True, r, NOW)
    assert accepted.status.value == "accepted" and accepted.version == 2
    with pytest.raises(IllegalTransition):
        accepted.respond(False, r, NOW)
    with pytest.raises(IllegalTransition):
        m.respond(True, r.move_to(RfqStatus.cancelled, NOW), NOW)
