"""Wires the webhooks service: settings -> runtime -> the webhooks use cases -> HTTP, Kafka and the dispatcher."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI

from services.webhooks.adapters.orm import metadata
from services.webhooks.adapters.sender import Sender
from services.webhooks.domain.subscriptions import Backoff
from services.webhooks.entrypoints.api import build_router, describe_webhooks, install_error_handlers
from services.webhooks.entrypoints.consumers import make_handlers
from services.webhooks.entrypoints.dispatcher import Dispatcher
from services.webhooks.service_layer.webhooks import Webhooks
from services.webhooks.settings import WebhooksSettings
from shared.app import service_app
from shared.logging import configure_logging
from shared.runtime import Runtime


# Every member state's products and producers, and matching's requests and matches (by pattern: a topic
# made after this service started is found at the next metadata refresh).
REGISTRY_TOPICS = r"^ovop\.registry\.[A-Z]{2}\.(products|producers)$"
MATCHING_TOPICS = r"^ovop\.matching\.(rfqs|matches)$"


class WebhooksRuntime(Runtime):
    """The shared runtime plus the dispatcher, started after the consumers."""

    dispatcher: Dispatcher | None = None

    async def start(self) -> None:
        await super().start()
        if self.dispatcher:
            await self.dispatcher.start()

    async def stop(self) -> None:
        if self.dispatcher:
            await self.dispatcher.stop()
        await super().stop()

    async def workers_ok(self) -> bool:
        return await super().workers_ok() and (self.dispatcher is None or self.dispatcher.running)


@dataclass
class Container:
    settings: WebhooksSettings
    runtime: Runtime
    webhooks: Webhooks


def bootstrap(settings: WebhooksSettings) -> Container:
    runtime = WebhooksRuntime(settings, metadata, Path(__file__).parent / "migrations", client_id="webhooks")
    webhooks = Webhooks(runtime.sessions, settings.allow_loopback_urls,
                        Backoff(timedelta(seconds=settings.retry_base_s), timedelta(seconds=settings.retry_cap_s),
                                settings.max_attempts))
    handler, batch_handler = make_handlers(webhooks)
    runtime.consume(group_id="webhooks-registry", handler=handler, batch_handler=batch_handler,
                    pattern=REGISTRY_TOPICS)
    runtime.consume(group_id="webhooks-matching", handler=handler, batch_handler=batch_handler,
                    pattern=MATCHING_TOPICS)
    runtime.dispatcher = Dispatcher(webhooks, Sender(settings.delivery_timeout_s, settings.allow_loopback_urls),
                                    settings.dispatch_interval_s)
    return Container(settings, runtime, webhooks)


def create_app(settings: WebhooksSettings | None = None) -> FastAPI:
    settings = settings or WebhooksSettings()
    configure_logging("webhooks", settings.log_level)
    container = bootstrap(settings)
    app = service_app(title="OVOP webhooks", container=container, runtime=container.runtime,
                      routers=[build_router()], error_handlers=[install_error_handlers],
                      examples=Path(__file__).parent / "entrypoints" / "openapi_examples.json",
                      description="Subscriptions of integrators' URLs to the network's events, signed deliveries "
                                  "with retries, and their log.")
    describe_webhooks(app)
    return app
