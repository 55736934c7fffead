"""The webhooks service's rules, without infrastructure: who receives which event, back-off, the SSRF guard."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from services.webhooks.adapters.sender import signed_headers
from services.webhooks.domain.subscriptions import Backoff, Owner, Subscription, payload_for, signing_secrets
from services.webhooks.domain.urls import UnsafeUrl, check_addresses, check_url_shape
from shared.auth import Role

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
PRODUCT = "org.asean.ovop.registry.product.upserted.v1"
PRODUCER = "org.asean.ovop.registry.producer.upserted.v1"
RFQ = "org.asean.ovop.matching.rfq.opened.v1"
MATCH = "org.asean.ovop.matching.match.proposed.v1"


def sub(role: Role, client_id: str = "c1", producer_id: str | None = None, country: str | None = None,
        types=(PRODUCT, PRODUCER, RFQ, MATCH)) -> Subscription:
    return Subscription("whs_1", Owner(client_id, role, country, producer_id), "https://x.example/h", frozenset(types), NOW)


def test_a_product_goes_to_anyone_subscribed_to_its_type_and_to_no_one_else():
    data = {"id": "VN-P-1", "country": "VN", "version": 1, "record": {"name_en": "Fish sauce"}}
    assert payload_for(sub(Role.integrator), PRODUCT, data, None) == data
    assert payload_for(sub(Role.integrator, types=[PRODUCER]), PRODUCT, data, None) is None


def test_a_producers_contact_goes_to_buyers_itself_and_its_countrys_admin_only():
    data = {"id": "VN-M-1", "country": "VN", "version": 1, "record": {"name_en": "Coop", "contact_email": "a@b.vn"}}
    stripped = {"id": "VN-M-1", "country": "VN", "version": 1, "record": {"name_en": "Coop"}}
    assert payload_for(sub(Role.buyer), PRODUCER, data, None) == data
    assert payload_for(sub(Role.producer, producer_id="VN-M-1"), PRODUCER, data, None) == data
    assert payload_for(sub(Role.registry_admin, country="VN"), PRODUCER, data, None) == data
    assert payload_for(sub(Role.registry_admin, country="KH"), PRODUCER, data, None) == stripped
    assert payload_for(sub(Role.producer, producer_id="VN-M-2"), PRODUCER, data, None) == stripped
    assert payload_for(sub(Role.integrator), PRODUCER, data, None) == stripped


def test_a_sourcing_request_goes_to_its_buyer_only():
    data = {"id": "RFQ-1", "buyer": "buyer-a"}
    assert payload_for(sub(Role.buyer, "buyer-a"), RFQ, data, "buyer-a") == data
    assert payload_for(sub(Role.buyer, "buyer-b"), RFQ, data, "buyer-a") is None
    assert payload_for(sub(Role.integrator, "buyer-a"), RFQ, data, "buyer-a") is None


def test_a_match_goes_to_its_requests_buyer_and_its_producer_only():
    data = {"id": "M-1", "rfq_id": "RFQ-1", "producer_id": "VN-M-1"}
    assert payload_for(sub(Role.buyer, "buyer-a"), MATCH, data, "buyer-a") == data
    assert payload_for(sub(Role.buyer, "buyer-b"), MATCH, data, "buyer-a") is None
    assert payload_for(sub(Role.producer, producer_id="VN-M-1"), MATCH, data, "buyer-a") == data
    assert payload_for(sub(Role.producer, producer_id="VN-M-2"), MATCH, data, "buyer-a") is None
    assert payload_for(sub(Role.fair_organiser), MATCH, data, "buyer-a") is None


def test_retries_back_off_exponentially_with_jitter_and_give_up_after_the_last_attempt():
    backoff = Backoff(timedelta(seconds=5), timedelta(seconds=60), max_attempts=6)
    rand = random.Random(7)
    for attempt, ceiling in ((1, 5), (2, 10), (3, 20), (4, 40), (5, 60)):
        wait = (backoff.next_attempt(attempt, NOW, rand) - NOW).total_seconds()
        assert ceiling / 2 <= wait <= ceiling, (attempt, wait)
    assert backoff.next_attempt(6, NOW, rand) is None


@pytest.mark.parametrize("url,allow,reason", [
    ("http://erp.example.com/h", False, "must be an https URL"),
    ("http://erp.example.com/h", True, "must be an https URL (plain http only to loopback)"),
    ("http://127.0.0.1:8080/h", False, "must be an https URL"),
    ("gopher://erp.example.com/h", True, "must be an https URL"),
    ("https:///h", True, "must name a host"),
    ("https://u:p@erp.example.com/h", True, "must not carry credentials"),
    ("https://erp.example.com/h#x", True, "must not have a fragment"),
    ("https://erp.example.com:99999/h", True, "is not a valid URL (Port out of range 0-65535)"),
])
def test_a_url_of_the_wrong_shape_is_refused(url, allow, reason):
    with pytest.raises(UnsafeUrl) as refused:
        check_url_shape(url, allow)
    assert str(refused.value) == reason


def test_plain_http_to_loopback_passes_only_when_allowed():
    assert check_url_shape("http://127.0.0.1:8080/h", True) == "127.0.0.1"
    assert check_url_shape("http://localhost/h", True) == "localhost"
    assert check_url_shape("https://erp.example.com/h", False) == "erp.example.com"


@pytest.mark.parametrize("address", ["10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                                     "0.0.0.0", "::1", "fc00::1", "fe80::1", "224.0.0.1", "::ffff:10.0.0.1"])
def test_an_address_inside_is_refused(address):
    with pytest.raises(UnsafeUrl, match="which is not a public address"):
        check_addresses([address], allow_loopback=address in ("fc00::1",))


def test_loopback_passes_only_when_allowed_and_public_addresses_always():
    check_addresses(["127.0.0.1", "::1"], allow_loopback=True)
    check_addresses(["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"], allow_loopback=False)
    with pytest.raises(UnsafeUrl, match="resolves to 127.0.0.1, which is not a public address"):
        check_addresses(["127.0.0.1"], allow_loopback=False)
    with pytest.raises(UnsafeUrl, match="its host does not resolve"):
        check_addresses([], allow_loopback=True)


def test_a_signature_is_the_standard_webhooks_one():
    from standardwebhooks import Webhook

    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = '{"type":"t","timestamp":"2026-11-25T12:00:00+00:00","data":{}}'
    headers = signed_headers([secret], "msg_1", datetime.now(timezone.utc), body)
    assert headers["webhook-id"] == "msg_1" and headers["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(body, headers) == {"type": "t", "timestamp": "2026-11-25T12:00:00+00:00", "data": {}}


def test_during_a_rotations_overlap_a_delivery_carries_a_signature_per_secret_and_either_verifies():
    from standardwebhooks import Webhook
    from standardwebhooks.webhooks import WebhookVerificationError

    new, old, other = (f"whsec_{c * 32}" for c in ("TmV3", "T2xk", "T3Ro"))
    now = datetime.now(timezone.utc)
    body = '{"type":"t","timestamp":"2026-11-25T12:00:00+00:00","data":{}}'
    both = signing_secrets(new, old, now + timedelta(hours=1), now)
    assert both == [new, old]
    headers = signed_headers(both, "msg_1", now, body)
    assert headers["webhook-signature"].count("v1,") == 2
    assert Webhook(new).verify(body, headers) and Webhook(old).verify(body, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(other).verify(body, headers)
    # After the overlap, or with none, only the current secret signs.
    assert signing_secrets(new, old, now, now) == [new] == signing_secrets(new, None, None, now)
    with pytest.raises(WebhookVerificationError):
        Webhook(old).verify(body, signed_headers(signing_secrets(new, old, now - timedelta(seconds=1), now),
                                                 "msg_1", now, body))
