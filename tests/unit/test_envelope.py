"""The CloudEvents envelope on Kafka (binary content mode) and the registry event contract."""
import pytest

from shared.contracts.registry import InvalidRegistryEvent, decode
from shared.events import CloudEvent, EnvelopeError


def _event(**over) -> CloudEvent:
    record = {"id": "VN-P-1", "country": "VN", "version": 3, "producer_id": "VN-M-1", "status": "listed"}
    fields = dict(source="/registry/VN", type="org.asean.ovop.registry.product.upserted.v1", subject="VN-P-1",
                  traceparent="00-" + "a" * 32 + "-" + "b" * 16 + "-01",
                  data={"id": "VN-P-1", "country": "VN", "version": 3, "producer_id": "VN-M-1", "status": "listed",
                        "record": record})
    return CloudEvent(**(fields | over))


def test_an_event_survives_the_round_trip_through_kafka_headers_and_value():
    event = _event(data=_event().data | {"name": "Nước mắm"})
    back = CloudEvent.from_kafka(event.kafka_headers(), event.kafka_value())
    assert back == event
    assert dict(event.kafka_headers())["ce_specversion"] == b"1.0"


def test_a_message_without_cloudevents_headers_is_refused_with_the_reason():
    with pytest.raises(EnvelopeError, match="ce_id"):
        CloudEvent.from_kafka([("ce_specversion", b"1.0")], b"{}")


def test_a_message_whose_value_is_not_json_is_refused():
    event = _event()
    with pytest.raises(EnvelopeError, match="not JSON"):
        CloudEvent.from_kafka(event.kafka_headers(), b"\xff not json")


def test_a_registry_event_is_decoded_with_its_kind_and_version():
    event = _event()
    kind, data = decode(event.type, event.source, event.data, "ovop.registry.VN.products")
    assert kind == "product" and data.version == 3


def test_a_registry_event_from_another_country_than_its_topic_is_refused():
    event = _event(source="/registry/KH")
    with pytest.raises(InvalidRegistryEvent, match="source"):
        decode(event.type, event.source, event.data, "ovop.registry.VN.products")


def test_a_record_of_another_country_published_on_a_topic_is_refused():
    event = _event()
    with pytest.raises(InvalidRegistryEvent):
        decode(event.type, "/registry/KH", event.data, "ovop.registry.KH.products")


def test_an_event_whose_record_version_differs_from_the_event_version_is_refused():
    event = _event()
    data = event.data | {"record": event.data["record"] | {"version": 2}}
    with pytest.raises(InvalidRegistryEvent, match="version"):
        decode(event.type, event.source, data, "ovop.registry.VN.products")


def _kh_event(record_id: str = "KH-P-1", producer_id: str = "KH-M-1") -> CloudEvent:
    record = {"id": record_id, "country": "KH", "version": 1, "producer_id": producer_id, "status": "listed"}
    return _event(source="/registry/KH", subject=record_id,
                  data={"id": record_id, "country": "KH", "version": 1, "producer_id": producer_id,
                        "status": "listed", "record": record})


def test_an_event_reusing_another_countrys_record_id_is_refused_even_signed_on_its_own_topic():
    event = _kh_event("VN-P-1")
    with pytest.raises(InvalidRegistryEvent, match="id VN-P-1 belongs to VN, not to KH"):
        decode(event.type, event.source, event.data, "ovop.registry.KH.products")


def test_an_event_whose_id_carries_no_country_code_is_refused():
    event = _kh_event("P-1")
    with pytest.raises(InvalidRegistryEvent, match="does not start with its country's code"):
        decode(event.type, event.source, event.data, "ovop.registry.KH.products")


def test_a_product_event_naming_another_countrys_producer_is_refused():
    event = _kh_event(producer_id="VN-M-1")
    with pytest.raises(InvalidRegistryEvent, match="producer_id: id VN-M-1 belongs to VN"):
        decode(event.type, event.source, event.data, "ovop.registry.KH.products")


def test_an_event_of_its_own_country_ids_is_decoded():
    event = _kh_event()
    kind, data = decode(event.type, event.source, event.data, "ovop.registry.KH.products")
    assert (kind, data.id, data.country) == ("product", "KH-P-1", "KH")


def test_the_registry_mints_ids_that_the_contract_attributes_to_their_country():
    from services.registry.domain.model import new_id
    from shared.contracts.registry import id_country

    assert {id_country(new_id(cc, kind)) for cc in ("VN", "KH") for kind in ("P", "M")} == {"VN", "KH"}
    assert id_country(new_id("TH", "P")) == "TH"


@pytest.mark.parametrize("over", [
    {},
    {"subject": None, "traceparent": None},
    {"data": {"id": "KH-P-9", "name": "ម្រេចកំពត", "price": {"min": 12.5, "max": 1e21}, "tags": [1, None, True],
              "nested": {"a": [{"b": 0.1}]}}},
])
def test_the_relays_record_of_a_stored_envelope_is_byte_for_byte_the_events(over):
    from datetime import datetime, timedelta, timezone

    for when in (datetime.now(timezone.utc), datetime(2026, 12, 3, 7, 0, 0, 5, tzinfo=timezone(timedelta(hours=7)))):
        event = _event(**over, time=when)
        envelope = event.to_json()
        value, headers = CloudEvent.kafka_record_of(envelope)
        assert value == CloudEvent.from_json(envelope).kafka_value() == event.kafka_value()
        assert headers == CloudEvent.from_json(envelope).kafka_headers() == event.kafka_headers()
