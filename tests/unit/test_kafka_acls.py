"""The Kafka ACLs in deploy/: a registry node writes only its own country's topics."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("acls", ROOT / "deploy/kafka/secure/acls.py")
acls = importlib.util.module_from_spec(spec)
spec.loader.exec_module(acls)


def _may_write(rules, principal: str, topic: str) -> bool:
    return any(p == principal and op == "Write" and rt == "Topic" and
               (topic.startswith(name) if pt == "PREFIXED" else topic == name)
               for p, op, rt, pt, name in rules)


def test_each_registry_node_may_write_its_own_countrys_topics_and_no_others():
    countries = ["VN", "KH", "TH", "LA"]
    rules = acls.rules(countries)
    for cc in countries:
        for other in countries:
            for kind in ("products", "producers"):
                topic = f"ovop.registry.{other}.{kind}"
                assert _may_write(rules, f"User:registry-{cc}", topic) == (cc == other), (cc, topic)


def test_matching_and_events_cannot_write_any_registry_topic():
    rules = acls.rules(["VN", "KH"])
    for svc in ("matching", "events"):
        assert not _may_write(rules, f"User:{svc}", "ovop.registry.VN.products")
    assert _may_write(rules, "User:matching", "ovop.matching.matches")
    assert not _may_write(rules, "User:events", "ovop.matching.matches")


def test_the_generated_commands_name_a_prefixed_pattern_for_the_country_topics():
    script = "\n".join(acls.command(r) for r in acls.rules(["VN"]))
    assert "--allow-principal 'User:registry-VN' --operation Write --topic 'ovop.registry.VN.' --resource-pattern-type prefixed" in script


def test_trade_writes_only_its_own_topics_and_reads_the_ones_it_consumes():
    rules = acls.rules(["VN", "KH"])
    assert _may_write(rules, "User:trade", "ovop.trade.deals")
    for topic in ("ovop.registry.VN.producers", "ovop.matching.matches", "ovop.events.meetings"):
        assert not _may_write(rules, "User:trade", topic), topic
        assert ("User:trade", "Read", "Topic", "PREFIXED", topic.rsplit(".", 1)[0] + ".") in rules or \
            ("User:trade", "Read", "Topic", "PREFIXED", ".".join(topic.split(".")[:2]) + ".") in rules, topic
    for other in ("matching", "events", "registry-VN"):
        assert not _may_write(rules, f"User:{other}", "ovop.trade.deals"), other
    assert ("User:trade", "Read", "Group", "PREFIXED", "trade-") in rules


def test_webhooks_reads_the_registry_and_matching_topics_and_writes_only_its_dead_letters():
    rules = acls.rules(["VN", "KH"])
    for topic in ("ovop.registry.VN.products", "ovop.matching.matches", "ovop.events.bookings"):
        assert not _may_write(rules, "User:webhooks", topic), topic
    assert _may_write(rules, "User:webhooks", "ovop.deadletter.webhooks")
    reads = {name for p, op, rt, pt, name in rules if p == "User:webhooks" and op == "Read" and rt == "Topic"}
    assert reads == {"ovop.registry.", "ovop.matching.", "ovop.deadletter.webhooks"}
    assert ("User:webhooks", "Read", "Group", "PREFIXED", "webhooks-") in rules
