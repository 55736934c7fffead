"""Starts real service processes (uvicorn) for end-to-end tests, each on its own PostgreSQL database."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from services.registry.domain.codes import ASEAN
from shared.auth import ANONYMOUS, Principal, Role, generate_keypair, issue_token
from shared.logging import open_log_file
from shared.signing import EventSigner, generate_country_keys

ROOT = Path(__file__).resolve().parents[2]
APPS = {
    "registry": "services.registry.main:create_app",
    "matching": "services.matching.main:create_app",
    "events": "services.events.main:create_app",
    "trade": "services.trade.main:create_app",
    "gateway": "services.gateway.main:create_app",
    "webhooks": "services.webhooks.main:create_app",
    "web": "services.web.main:create_app",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServiceProcess:
    name: str
    kind: str
    env: dict[str, str]
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, log_dir: Path) -> None:
        self.log_path = log_dir / f"{self.name}.log"
        with open_log_file(self.log_path) as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", APPS[self.kind], "--factory", "--host", "127.0.0.1",
                 "--port", str(self.port), "--no-access-log", "--no-server-header"],
                cwd=ROOT, env={**os.environ, **self.env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    async def wait_ready(self, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        async with httpx.AsyncClient(timeout=2) as client:
            while time.monotonic() < deadline:
                if self.proc and self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited: {self.tail()}")
                try:
                    if (await client.get(f"{self.url}/readyz")).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.2)
        raise TimeoutError(f"{self.name} not ready in {timeout_s}s: {self.tail()}")

    def kill(self, sig: int = signal.SIGTERM) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)

    def tail(self, n: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-n:] if self.log_path and self.log_path.exists() else ""


class Network:
    """A set of service processes sharing one Kafka broker, and the gateway's signing key."""

    def __init__(self, kafka_bootstrap: str, log_dir: Path, isolated: bool = True) -> None:
        self.kafka_bootstrap, self.log_dir = kafka_bootstrap, log_dir
        # Each network gets its own topics on the shared test broker, so tests do not see each other's data.
        self.topic_prefix = f"t{uuid.uuid4().hex[:8]}." if isolated else ""
        self.services: dict[str, ServiceProcess] = {}
        self.private_key, self.public_key = log_dir / "gateway-ed25519.pem", log_dir / "gateway-ed25519.pub"
        generate_keypair(self.private_key, self.public_key)
        self.event_keys = log_dir / "event-keys"
        self.key_directory = generate_country_keys(self.event_keys, sorted(ASEAN))

    def token(self, role: str, country: str | None = None, producer_id: str | None = None, ttl_s: int = 3600,
              client_id: str = "test-client", province: str | None = None) -> str:
        """A token as the gateway would issue it (tests of the token endpoint itself use real clients)."""
        principal = Principal(client_id=client_id, role=Role(role), country=country, producer_id=producer_id,
                              province=province)
        return issue_token(self.private_key.read_bytes(), principal, ttl_s)

    def signer(self, country: str) -> EventSigner:
        """Signs as that member state's node would (for tests that publish registry events themselves)."""
        return EventSigner((self.event_keys / f"{country}.pem").read_bytes())

    def topic(self, logical: str) -> str:
        """The physical name of a topic of this network, for tests that talk to Kafka directly."""
        return self.topic_prefix + logical

    def auth(self, role: str, country: str | None = None, producer_id: str | None = None,
             client_id: str = "test-client", province: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, country, producer_id, client_id=client_id, province=province)}"}

    def public_auth(self) -> dict[str, str]:
        """The identity the gateway signs for an anonymous public read, for tests that call a service's
        port directly (a service answers nothing without an identity)."""
        return {"Authorization": f"Bearer {issue_token(self.private_key.read_bytes(), ANONYMOUS, 3600)}"}

    def add(self, name: str, kind: str, database_url: str | None = None, **env: str) -> ServiceProcess:
        base = {"KAFKA_BOOTSTRAP": self.kafka_bootstrap, "LOG_LEVEL": "INFO", "ENVIRONMENT": "test",
                "KAFKA_TOPIC_PREFIX": self.topic_prefix,
                "JWT_PUBLIC_KEY_FILE": str(self.public_key), "EVENT_KEYS_DIRECTORY": str(self.key_directory)}
        if kind == "registry":
            base["EVENT_SIGNING_KEY_FILE"] = str(self.event_keys / f"{env['NODE_COUNTRY']}.pem")
        if database_url:
            base["DATABASE_URL"] = database_url
        svc = ServiceProcess(name, kind, {**base, **env})
        self.services[name] = svc
        return svc

    def add_gateway(self, name: str = "gateway", **env: str) -> ServiceProcess:
        nodes = {s.env["NODE_COUNTRY"]: s.url for s in self.services.values() if s.kind == "registry"}
        matching = next((s.url for s in self.services.values() if s.kind == "matching"), "http://127.0.0.1:9")
        events = next((s.url for s in self.services.values() if s.kind == "events"), "http://127.0.0.1:9")
        trade = next((s.url for s in self.services.values() if s.kind == "trade"), "http://127.0.0.1:9")
        webhooks = next((s.url for s in self.services.values() if s.kind == "webhooks"), "http://127.0.0.1:9")
        env = {"DATABASE_URL": f"sqlite+aiosqlite:///{self.log_dir / name}.db", "REGISTRY_NODES": json.dumps(nodes),
               "MATCHING_URL": matching, "EVENTS_URL": events, "TRADE_URL": trade, "WEBHOOKS_URL": webhooks,
               "JWT_PRIVATE_KEY_FILE": str(self.private_key), **env}
        return self.add(name, "gateway", **env)

    def add_web(self, client: dict, name: str = "web", gateway: str = "gateway", **env: str) -> ServiceProcess:
        """The web app, a client of the gateway with its first-party client (`client`: id and secret)."""
        env = {"DATABASE_URL": f"sqlite+aiosqlite:///{self.log_dir / name}.db",
               "GATEWAY_URL": self.services[gateway].url, "WEB_CLIENT_ID": client["client_id"],
               "WEB_CLIENT_SECRET": client["client_secret"], **env}
        return self.add(name, "web", **env)

    def create_client(self, role: str, name: str = "test", country: str | None = None,
                      producer_id: str | None = None, gateway: str = "gateway", province: str | None = None) -> dict:
        """Through the admin command, as an operator would."""
        args = [sys.executable, "-m", "services.gateway.admin", "create-client", "--role", role, "--name", name]
        if country:
            args += ["--country", country]
        if producer_id:
            args += ["--producer-id", producer_id]
        if province:
            args += ["--province", province]
        out = subprocess.run(args, cwd=ROOT, env={**os.environ, **self.services[gateway].env}, capture_output=True,
                             text=True, check=True)
        return json.loads(out.stdout)

    async def start(self, *names: str) -> None:
        chosen = [self.services[n] for n in names] if names else list(self.services.values())
        for svc in chosen:
            svc.start(self.log_dir)
        await asyncio.gather(*(svc.wait_ready() for svc in chosen))

    def stop(self) -> None:
        for svc in self.services.values():
            svc.kill()

    def __getitem__(self, name: str) -> ServiceProcess:
        return self.services[name]
