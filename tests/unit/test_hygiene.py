"""Hygiene of what runs the services: private log files and folders, no `server` header wherever uvicorn starts,
and the contact redaction every service applies."""
from __future__ import annotations

import importlib.util
import stat
from pathlib import Path

import yaml

from shared.auth import Principal, Role
from shared.logging import open_log_file
from shared.privacy import for_caller, without_contact

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_log_file_is_created_0640_in_a_0750_folder_and_an_older_wider_one_is_narrowed(tmp_path):
    with open_log_file(tmp_path / "logs" / "registry-VN.log") as f:
        f.write(b"line\n")
    assert _mode(tmp_path / "logs" / "registry-VN.log") == 0o640
    assert _mode(tmp_path / "logs") == 0o750
    old = tmp_path / "logs" / "gateway.log"
    old.write_bytes(b"before\n")
    old.chmod(0o666)
    (tmp_path / "logs").chmod(0o777)
    with open_log_file(old) as f:
        f.write(b"after\n")
    assert _mode(old) == 0o640 and _mode(tmp_path / "logs") == 0o750
    assert old.read_bytes() == b"before\nafter\n"


def test_the_local_network_keeps_its_data_logs_and_keys_folders_from_other_users(tmp_path, monkeypatch):
    monkeypatch.setenv("OVOP_DATA", str(tmp_path / "var"))
    spec = importlib.util.spec_from_file_location("local_network", ROOT / "deploy/local/network.py")
    network = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(network)
    network.prepare_folders()
    for folder in ("", "run", "log", "data", "keys"):
        assert _mode(tmp_path / "var" / folder) & 0o007 == 0, folder


def test_every_uvicorn_command_turns_the_server_header_off():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    commands = [svc["command"] for svc in compose["services"].values() if "uvicorn" in svc.get("command", [])]
    assert len(commands) == 9   # three registry nodes, matching, events, trade, webhooks, the gateway, the web app
    assert all("--no-server-header" in c for c in commands)
    dockerfile = (ROOT / "deploy/docker/Dockerfile").read_text()
    assert '"--no-server-header"]' in dockerfile
    deployments = sorted((ROOT / "deploy/k8s/base").glob("*/deployment.yaml"))
    assert len(deployments) == 7   # registry, matching, events, trade, webhooks, gateway, web
    for deployment in deployments:
        containers = [c for doc in yaml.safe_load_all(deployment.read_text()) if doc and doc["kind"] == "Deployment"
                      for c in doc["spec"]["template"]["spec"]["containers"]]
        servers = [c["command"] for c in containers if "uvicorn" in c.get("command", [])]
        assert servers and all("--no-server-header" in c for c in servers), deployment
    for launcher in ("deploy/local/network.py", "tests/support/network.py"):
        assert '"--no-server-header"' in (ROOT / launcher).read_text(), launcher


PRODUCER = {"id": "VN-M-1", "country": "VN", "name_en": "Coop", "contact_email": "a@b.example",
            "contact_phone": "+84 1234567", "contact_name": "Lan"}
HIT = {"id": "VN-P-1", "country": "VN", "producer_id": "VN-M-1",
       "producer": {"name_en": "Coop", "contact_email": "a@b.example", "place": {"country": "VN"}}}


def test_contact_fields_are_removed_at_any_depth_for_callers_not_entitled_to_them():
    assert without_contact(PRODUCER) == {"id": "VN-M-1", "country": "VN", "name_en": "Coop"}
    assert without_contact([HIT]) == [{"id": "VN-P-1", "country": "VN", "producer_id": "VN-M-1",
                                       "producer": {"name_en": "Coop", "place": {"country": "VN"}}}]


def test_who_sees_a_producers_contact():
    def sees(caller):
        return "contact_email" in for_caller(PRODUCER, caller, producer_id="VN-M-1", country="VN")

    assert sees(Principal("b", Role.buyer))
    assert sees(Principal("p", Role.producer, producer_id="VN-M-1"))
    assert sees(Principal("a", Role.registry_admin, country="VN"))
    assert not sees(None)
    assert not sees(Principal("p2", Role.producer, producer_id="VN-M-2"))
    assert not sees(Principal("a2", Role.registry_admin, country="KH"))
    assert not sees(Principal("i", Role.integrator))
    assert not sees(Principal("o", Role.fair_organiser))
