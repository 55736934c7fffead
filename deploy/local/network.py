"""Runs the whole OVOP network on one machine: Kafka, registry nodes, matching, events, trade, the
gateway.

    python deploy/local/network.py up      start everything, load the demo dataset once, print the URLs
    python deploy/local/network.py down    stop exactly what `up` started (by the pids it recorded)
    python deploy/local/network.py status

Each service runs on its own SQLite file under OVOP_DATA (default ./var); data survives a restart.
The broker enforces who may write and read what: each registry node, matching, events and trade authenticate as
their own SASL/SCRAM principal and the ACLs of deploy/kafka/secure/acls.py bind them, so an anonymous
client is refused (OVOP_KAFKA_SECURE=0 turns that off). OVOP_KAFKA_NODES=3 runs a 3-node cluster
(replication factor 3, min.insync.replicas 2) instead of the single broker.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from services.web import demo as web_demo  # noqa: E402
DATA = Path(os.environ.get("OVOP_DATA", ROOT / "var"))
RUN, LOG, DB = DATA / "run", DATA / "log", DATA / "data"
KAFKA_PORT = int(os.environ.get("KAFKA_PORT", "9092"))
KAFKA_SECURE = os.environ.get("OVOP_KAFKA_SECURE", "1") == "1"
KAFKA_NODES = int(os.environ.get("OVOP_KAFKA_NODES", "1"))
COUNTRIES = os.environ.get("OVOP_COUNTRIES", "VN,KH,TH").split(",")
GATEWAY_PORT = int(os.environ.get("GATEWAY_PORT", "8000"))
WEB_PORT = int(os.environ.get("WEB_PORT", "8080"))
DEMO_PRODUCTS = int(os.environ.get("OVOP_DEMO_PRODUCTS", "2000"))
KEYS = DATA / "keys"
PRIVATE_KEY, PUBLIC_KEY = KEYS / "gateway-ed25519.pem", KEYS / "gateway-ed25519.pub"
CLIENTS = DATA / "demo-clients.json"
EVENT_KEYS = KEYS / "events"


def services() -> dict[str, dict]:
    """name -> (module, port, extra environment)."""
    table = {}
    for i, cc in enumerate(COUNTRIES):
        table[f"registry-{cc}"] = {"app": "services.registry.main:create_app", "port": 8101 + i,
                                   "env": {"NODE_COUNTRY": cc}}
    table["matching"] = {"app": "services.matching.main:create_app", "port": 8201, "env": {}}
    table["events"] = {"app": "services.events.main:create_app", "port": 8301, "env": {}}
    table["trade"] = {"app": "services.trade.main:create_app", "port": 8401, "env": {}}
    # Local runs may deliver webhooks to a receiver on this machine (plain http to loopback).
    table["webhooks"] = {"app": "services.webhooks.main:create_app", "port": 8501,
                         "env": {"ALLOW_LOOPBACK_URLS": "true"}}
    table["webhook-receiver"] = {"app": "services.webhooks.demo:receiver_app", "port": 8499,
                                 "env": {"DEMO_WEBHOOK_FILE": str(DATA / "demo-webhook.json")}}
    nodes = {cc: f"http://127.0.0.1:{table[f'registry-{cc}']['port']}" for cc in COUNTRIES}
    table["gateway"] = {"app": "services.gateway.main:create_app", "port": GATEWAY_PORT, "env": {
        "REGISTRY_NODES": json.dumps(nodes), "MATCHING_URL": "http://127.0.0.1:8201",
        "EVENTS_URL": "http://127.0.0.1:8301", "TRADE_URL": "http://127.0.0.1:8401",
        "WEBHOOKS_URL": "http://127.0.0.1:8501", "JWT_PRIVATE_KEY_FILE": str(PRIVATE_KEY)}}
    table["web"] = {"app": "services.web.main:create_app", "port": WEB_PORT,
                    "env": {"GATEWAY_URL": f"http://127.0.0.1:{GATEWAY_PORT}"}}
    return table


def kafka(cmd: str) -> str:
    env = {**os.environ, "KAFKA_PORT": str(KAFKA_PORT), "KAFKA_DATA_DIR": str(DATA / "kafka"),
           "KAFKA_SECURE": "1" if KAFKA_SECURE else "0", "KAFKA_NODES": str(KAFKA_NODES)}
    return subprocess.run([str(ROOT / "deploy/kafka/kafka.sh"), cmd], check=True, env=env,
                          stdout=subprocess.PIPE if cmd == "bootstrap" else None, text=True).stdout or ""


def kafka_client_env(name: str) -> dict[str, str]:
    """How a service reaches the brokers, and as which principal (the registry node of VN is registry-VN)."""
    env = {"KAFKA_BOOTSTRAP": kafka("bootstrap").strip(), "KAFKA_REPLICATION_FACTOR": "3" if KAFKA_NODES >= 3 else "1"}
    if KAFKA_SECURE and name not in ("gateway", "web", "webhook-receiver"):  # none of them talks to Kafka
        passwords = dict(line.split("=", 1) for line in (DATA / "kafka/credentials").read_text().split())
        principal = name if name.startswith("registry-") else name.split("-")[0]
        if principal not in passwords:
            sys.exit(f"{DATA / 'kafka/credentials'} has no principal {principal} (the broker was made before it "
                     "existed): `make down`, remove var/kafka, and `make up` again")
        env |= {"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_USERNAME": principal,
                "KAFKA_SASL_PASSWORD": passwords[principal]}
    return env


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def pid_of(name: str) -> int | None:
    f = RUN / f"{name}.pid"
    if f.exists():
        pid = int(f.read_text())
        if alive(pid):
            return pid
    return None


def start_service(name: str, spec: dict) -> None:
    if pid_of(name):
        return
    if name.startswith("registry-"):
        spec = {**spec, "env": {**spec["env"], "EVENT_SIGNING_KEY_FILE": str(EVENT_KEYS / f"{name[-2:]}.pem")}}
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{DB / name}.db", "JWT_PUBLIC_KEY_FILE": str(PUBLIC_KEY),
           "EVENT_KEYS_DIRECTORY": str(EVENT_KEYS / "directory.json"),
           "SERVICE_NAME": name.split("-")[0], **kafka_client_env(name), **spec["env"]}
    from shared.logging import open_log_file

    with open_log_file(LOG / f"{name}.log") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", spec["app"], "--factory", "--host", "127.0.0.1", "--port",
             str(spec["port"]), "--no-access-log", "--no-server-header"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (RUN / f"{name}.pid").write_text(str(proc.pid))


def wait_ready(name: str, port: int, timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not pid_of(name):
            sys.exit(f"{name} exited during start-up; see {LOG / name}.log")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    sys.exit(f"{name} was not ready within {timeout_s:.0f} s; see {LOG / name}.log")


def load_demo(clients: dict) -> None:
    from services.registry.demo.loader import load_country
    from services.registry.demo.programme import load_programme
    from services.webhooks.demo import load_subscription

    print(f"  demo webhooks: {load_subscription(f'http://127.0.0.1:{GATEWAY_PORT}', clients, DATA / 'demo-webhook.json')}")

    base = f"http://127.0.0.1:{GATEWAY_PORT}/v1/registry"
    for cc in COUNTRIES:
        c = clients[f"registry_admin_{cc}"]
        token = httpx.post(f"http://127.0.0.1:{GATEWAY_PORT}/v1/oauth/token", data={
            "grant_type": "client_credentials", "client_id": c["client_id"], "client_secret": c["client_secret"]}
        ).json()["access_token"]
        print(f"  demo data {cc}: {load_country(base, cc, DEMO_PRODUCTS, token=token)}")
    load_demo_fair(clients)
    print(f"  demo programme: {load_programme(f'http://127.0.0.1:{GATEWAY_PORT}', CLIENTS, DB / 'gateway.db', COUNTRIES)}")
    from services.trade.demo import load_trade
    gateway_db = f"sqlite+aiosqlite:///{DB / 'gateway'}.db"
    print(f"  demo trade: {load_trade(f'http://127.0.0.1:{GATEWAY_PORT}', clients, DATA, gateway_db)}")


def load_demo_fair(clients: dict) -> None:
    from services.events.demo import load_day, load_fair

    gateway = f"http://127.0.0.1:{GATEWAY_PORT}"
    exhibitors = []
    for cc in COUNTRIES:  # four listed products of 3 stars or more per country
        page = httpx.get(f"{gateway}/v1/registry/{cc}/products", params={"country": cc, "status": "listed", "limit": 50}).json()
        exhibitors += [(p["producer_id"], p["id"]) for p in page["items"] if (p.get("stars") or 0) >= 3][:4]
    c = clients["fair_organiser"]
    token = httpx.post(f"{gateway}/v1/oauth/token", data={
        "grant_type": "client_credentials", "client_id": c["client_id"], "client_secret": c["client_secret"]}
    ).json()["access_token"]
    print(f"  demo fair: {load_fair(gateway, 'http://127.0.0.1:8301', token, exhibitors)}")
    print(f"  demo fair day and forum: {load_day(gateway, clients, exhibitors)}")


def demo_clients() -> dict:
    """One OAuth2 client per role (a registry admin per country), made once with the admin command."""
    if CLIENTS.exists():
        return json.loads(CLIENTS.read_text())
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{DB / 'gateway'}.db"}
    wanted = {f"registry_admin_{cc}": ["--role", "registry_admin", "--country", cc] for cc in COUNTRIES}
    wanted |= {"buyer": ["--role", "buyer"], "fair_organiser": ["--role", "fair_organiser"],
               "integrator": ["--role", "integrator"]}
    clients = {}
    for name, args in wanted.items():
        out = subprocess.run([sys.executable, "-m", "services.gateway.admin", "create-client", "--name", f"demo {name}",
                              *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
        clients[name] = json.loads(out)
    CLIENTS.write_text(json.dumps(clients, indent=2))
    CLIENTS.chmod(0o600)
    return clients


def prepare_folders() -> None:
    """The data folder and everything under it: its owner's (and group's) only, never world-readable."""
    from shared.logging import private_dir

    for d in (DATA, RUN, LOG, DB, KEYS):
        private_dir(d)


def up() -> None:
    prepare_folders()
    t0 = time.monotonic()
    if not PRIVATE_KEY.exists():
        from shared.auth import generate_keypair

        generate_keypair(PRIVATE_KEY, PUBLIC_KEY)
    if not (EVENT_KEYS / "directory.json").exists():
        from services.registry.domain.codes import ASEAN
        from shared.signing import generate_country_keys

        generate_country_keys(EVENT_KEYS, sorted(ASEAN))  # each node signs with its country's key
    clients = demo_clients()
    kafka("start")
    table = services()
    table["web"]["env"] |= web_demo.local_env(DATA, {"DATABASE_URL": f"sqlite+aiosqlite:///{DB / 'gateway'}.db"})
    for name, spec in table.items():
        start_service(name, spec)
    for name, spec in table.items():
        wait_ready(name, spec["port"])
    load_demo(clients)
    web = web_demo.load_local(f"http://127.0.0.1:{GATEWAY_PORT}", DATA, {"DATABASE_URL": f"sqlite+aiosqlite:///{DB / 'gateway'}.db"},
                              clients["fair_organiser"], f"http://127.0.0.1:{WEB_PORT}")
    print(f"""
OVOP network is up ({time.monotonic() - t0:.1f} s); data in {DATA}
  API (gateway):  http://127.0.0.1:{GATEWAY_PORT}/v1
  API docs:       http://127.0.0.1:{GATEWAY_PORT}/docs  (and /redoc)
  OpenAPI:        http://127.0.0.1:{GATEWAY_PORT}/openapi.json
  registry nodes: {', '.join(f'{cc} http://127.0.0.1:{GATEWAY_PORT}/v1/registry/{cc}/products' for cc in COUNTRIES)}
  logs:           {LOG}
  demo clients:   {CLIENTS} (OAuth2 client credentials per role; POST /v1/oauth/token)
{web}
Stop it with: make down""")


def down() -> None:
    for name in reversed(list(services())):
        pid = pid_of(name)
        if pid:
            os.killpg(pid, signal.SIGTERM)
            for _ in range(100):
                if not alive(pid):
                    break
                time.sleep(0.1)
            else:
                os.killpg(pid, signal.SIGKILL)
            print(f"stopped {name} (pid {pid})")
        (RUN / f"{name}.pid").unlink(missing_ok=True)
    kafka("stop")


def status() -> None:
    for name, spec in services().items():
        pid = pid_of(name)
        print(f"{name:14} {'running pid ' + str(pid) if pid else 'stopped':20} :{spec['port']}")
    kafka("status")


if __name__ == "__main__":
    {"up": up, "down": down, "status": status}[sys.argv[1] if len(sys.argv) > 1 else "up"]()
