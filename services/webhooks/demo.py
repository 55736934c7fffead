"""The webhooks demo of `make up`: the demo integrator subscribes a receiver on this machine to new and changed
products, and the receiver checks every delivery's signature with the library integrators use.

    load_subscription(gateway, clients, path)   once: the subscription, its secret kept in `path` (mode 0600)
    receiver_app()                               uvicorn factory of the receiver (GET /deliveries lists them)"""
from __future__ import annotations

import json
import os
from collections import deque
from pathlib import Path

import httpx
from fastapi import FastAPI, Request, Response
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

RECEIVER = "http://127.0.0.1:8499/hook"
EVENT_TYPES = ["org.asean.ovop.registry.product.upserted.v1", "org.asean.ovop.registry.producer.upserted.v1"]


def load_subscription(gateway: str, clients: dict, path: Path, receiver: str = RECEIVER) -> str:
    listing = receiver.rsplit("/", 1)[0] + "/deliveries"
    if path.exists():
        kept = json.loads(path.read_text())
        return f"subscription {kept['id']} -> {kept['url']} (verified deliveries: {listing})"
    c = clients["integrator"]
    token = httpx.post(f"{gateway}/v1/oauth/token", data={"grant_type": "client_credentials", "client_id": c["client_id"],
                                                         "client_secret": c["client_secret"]}).json()["access_token"]
    r = httpx.post(f"{gateway}/v1/webhooks/subscriptions", headers={"Authorization": f"Bearer {token}"},
                   json={"url": receiver, "event_types": EVENT_TYPES, "description": "make up's demo receiver"})
    r.raise_for_status()
    sub = r.json()
    path.write_text(json.dumps({"id": sub["id"], "url": sub["url"], "secret": sub["secret"]}))
    path.chmod(0o600)
    return f"subscription {sub['id']} -> {sub['url']} (verified deliveries: {listing})"


def receiver_app() -> FastAPI:
    secret_file = Path(os.environ.get("DEMO_WEBHOOK_FILE", "var/demo-webhook.json"))
    seen: deque[dict] = deque(maxlen=200)
    counts = {"verified": 0, "refused": 0}
    app = FastAPI(title="OVOP demo webhook receiver", openapi_url=None, docs_url=None, redoc_url=None)

    @app.post("/hook")
    async def hook(request: Request) -> Response:
        body = await request.body()
        try:
            secret = json.loads(secret_file.read_text())["secret"]
            payload = Webhook(secret).verify(body, dict(request.headers))
        except (OSError, KeyError, ValueError, WebhookVerificationError):
            counts["refused"] += 1
            return Response(status_code=400)
        counts["verified"] += 1
        seen.appendleft({"webhook_id": request.headers["webhook-id"], "type": payload["type"],
                         "id": payload["data"].get("id"), "version": payload["data"].get("version")})
        return Response(status_code=204)

    @app.get("/deliveries")
    async def deliveries() -> dict:
        return {**counts, "latest": list(seen)}

    @app.get("/readyz")
    async def ready() -> dict:
        return {"status": "ready"}

    return app
