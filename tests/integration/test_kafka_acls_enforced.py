"""The broker itself enforces who writes and reads what: a broker started the way `make up` starts it
(deploy/kafka/kafka.sh with KAFKA_SECURE=1: SASL/SCRAM principals, StandardAuthorizer, the ACLs of
deploy/kafka/secure/acls.py) refuses Cambodia's principal on Viet Nam's topics, one service's principal
on another's consumer group, and any client without credentials."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import (GroupAuthorizationFailedError, KafkaConnectionError, TopicAuthorizationFailedError)
from aiokafka.structs import OffsetAndMetadata

from shared.kafka import ensure_topics

ROOT = Path(__file__).resolve().parents[2]
# Beside the test broker's own ports (client, controller): its port + 10 and + 11.
PORT = int(os.environ.get("KAFKA_PORT", "29092")) + 10
BOOTSTRAP = f"127.0.0.1:{PORT}"
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory):
    data = tmp_path_factory.mktemp("secure-kafka")
    env = {**os.environ, "KAFKA_PORT": str(PORT), "KAFKA_DATA_DIR": str(data), "KAFKA_SECURE": "1", "KAFKA_NODES": "1"}
    started = subprocess.run([str(ROOT / "deploy/kafka/kafka.sh"), "start"], env=env, capture_output=True, text=True)
    assert started.returncode == 0, started.stderr[-3000:]
    try:
        yield dict(line.strip().split("=", 1) for line in (data / "credentials").read_text().splitlines())
    finally:
        subprocess.run([str(ROOT / "deploy/kafka/kafka.sh"), "stop"], env=env, capture_output=True)


def as_principal(credentials: dict, user: str, password: str | None = None) -> dict:
    return {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "SCRAM-SHA-512", "sasl_plain_username": user,
            "sasl_plain_password": password or credentials[user]}


async def producer(**security) -> AIOKafkaProducer:
    p = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", enable_idempotence=True, request_timeout_ms=10000,
                         **security)
    await p.start()
    return p


async def test_the_credentials_file_is_readable_by_its_owner_only(secure_broker, tmp_path_factory):
    files = list(tmp_path_factory.getbasetemp().glob("secure-kafka*/credentials"))
    assert files and all(f.stat().st_mode & 0o077 == 0 for f in files)


async def test_a_member_states_principal_writes_its_own_topics_and_not_another_countrys(secure_broker):
    await ensure_topics(BOOTSTRAP, {"ovop.registry.VN.products": {}}, 3, 1,
                        security=as_principal(secure_broker, "registry-VN"))
    await ensure_topics(BOOTSTRAP, {"ovop.registry.KH.products": {}}, 3, 1,
                        security=as_principal(secure_broker, "registry-KH"))
    kh = await producer(**as_principal(secure_broker, "registry-KH"))
    try:
        written = await kh.send_and_wait("ovop.registry.KH.products", b"{}", key=b"KH-PRD-1")
        assert written.topic == "ovop.registry.KH.products"
        with pytest.raises(TopicAuthorizationFailedError):
            await kh.send_and_wait("ovop.registry.VN.products", b"{}", key=b"VN-PRD-1")
    finally:
        await kh.stop()


async def test_a_service_cannot_write_a_registry_topic(secure_broker):
    await ensure_topics(BOOTSTRAP, {"ovop.registry.VN.products": {}}, 3, 1,
                        security=as_principal(secure_broker, "registry-VN"))
    matching = await producer(**as_principal(secure_broker, "matching"))
    try:
        with pytest.raises(TopicAuthorizationFailedError):
            await matching.send_and_wait("ovop.registry.VN.products", b"{}", key=b"VN-PRD-1")
    finally:
        await matching.stop()


async def test_one_services_principal_cannot_commit_in_another_services_consumer_group(secure_broker):
    await ensure_topics(BOOTSTRAP, {"ovop.registry.VN.products": {}}, 3, 1,
                        security=as_principal(secure_broker, "registry-VN"))
    tp = TopicPartition("ovop.registry.VN.products", 0)
    own = AIOKafkaConsumer(bootstrap_servers=BOOTSTRAP, group_id="matching-catalogue-products.t",
                           enable_auto_commit=False, **as_principal(secure_broker, "matching"))
    await own.start()
    try:
        own.assign([tp])
        await own.commit({tp: OffsetAndMetadata(0, "")})
        assert (await own.committed(tp)) == 0
    finally:
        await own.stop()
    other = AIOKafkaConsumer(bootstrap_servers=BOOTSTRAP, group_id="events-catalogue-products.t",
                             enable_auto_commit=False, **as_principal(secure_broker, "matching"))
    await other.start()
    try:
        other.assign([tp])
        with pytest.raises(GroupAuthorizationFailedError):
            await other.commit({tp: OffsetAndMetadata(0, "")})
    finally:
        await other.stop()


async def test_a_client_without_credentials_or_with_a_wrong_password_is_refused(secure_broker):
    with pytest.raises(KafkaConnectionError):
        await producer()
    with pytest.raises(KafkaConnectionError):
        await producer(**as_principal(secure_broker, "registry-VN", password="not-the-password"))
