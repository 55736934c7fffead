"""Wires matching: settings -> runtime -> search index, catalogue, sourcing -> HTTP and Kafka entrypoints."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from services.matching.adapters.orm import metadata
from services.matching.adapters.search_index import SearchIndex
from services.matching.domain.vocabulary import load as load_vocabulary
from services.matching.entrypoints.api import catalogue_router, install_error_handlers, sourcing_router
from services.matching.entrypoints.consumers import make_registry_handler, make_trade_closures_handler
from services.matching.service_layer.catalogue import Catalogue
from services.matching.service_layer.sourcing import Sourcing
from services.matching.settings import MatchingSettings
from shared.app import service_app
from shared.contracts.matching import MATCHES_TOPIC, RFQS_TOPIC
from shared.contracts.registry import PRODUCERS_TOPIC_PATTERN, PRODUCTS_TOPIC_PATTERN
from shared.contracts.trade import REQUESTS_TOPIC as TRADE_REQUESTS_TOPIC
from shared.logging import configure_logging
from shared.migrations import upgrade_to_head
from shared.runtime import Runtime


class MatchingRuntime(Runtime):
    """The shared runtime, plus the search index (opened, and rebuilt if behind, before any consumer
    starts; committed in batches while running) and the task that expires requests past their deadline."""

    def attach(self, catalogue: Catalogue, sourcing: Sourcing, expiry_interval_s: float) -> None:
        self.catalogue, self.sourcing, self.expiry_interval_s = catalogue, sourcing, expiry_interval_s
        self._expiry: asyncio.Task | None = None

    async def start(self) -> None:
        await upgrade_to_head(self.engine, self.migrations)
        await self.catalogue.prepare_index()
        await self.catalogue.index.start()
        await super().start()
        self._expiry = asyncio.create_task(self.sourcing.expire_forever(self.expiry_interval_s), name="rfq-expiry")

    async def stop(self) -> None:
        if self._expiry:
            self._expiry.cancel()
        await super().stop()
        await self.catalogue.index.stop()

    async def workers_ok(self) -> bool:
        return await super().workers_ok() and self.catalogue.index.running


@dataclass
class Container:
    settings: MatchingSettings
    runtime: MatchingRuntime
    catalogue: Catalogue
    sourcing: Sourcing


def bootstrap(settings: MatchingSettings) -> Container:
    runtime = MatchingRuntime(settings, metadata, Path(__file__).parent / "migrations", client_id="matching")
    runtime.own_topics({RFQS_TOPIC: {}, MATCHES_TOPIC: {}})
    vocabulary = load_vocabulary(Path(settings.vocabulary_dir)) if settings.vocabulary_dir else None
    index = SearchIndex(settings.index_path(), commit_interval_s=settings.search_commit_interval_s,
                        vocabulary=vocabulary)
    catalogue = Catalogue(runtime.sessions, index, runtime.outbox)
    sourcing = Sourcing(runtime.sessions, index, runtime.outbox)
    runtime.attach(catalogue, sourcing, settings.rfq_expiry_interval_s)
    handler, batch_handler = make_registry_handler(catalogue)
    runtime.consume(group_id="matching-catalogue-producers", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCERS_TOPIC_PATTERN)
    runtime.consume(group_id="matching-catalogue-products", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCTS_TOPIC_PATTERN)
    runtime.consume(group_id="matching-trade-closures", handler=make_trade_closures_handler(sourcing),
                    topics=[TRADE_REQUESTS_TOPIC])
    return Container(settings, runtime, catalogue, sourcing)


def create_app(settings: MatchingSettings | None = None) -> FastAPI:
    settings = settings or MatchingSettings()
    configure_logging("matching", settings.log_level)
    container = bootstrap(settings)
    return service_app(title="OVOP matching", container=container, runtime=container.runtime,
                       routers=[catalogue_router(), sourcing_router()], error_handlers=[install_error_handlers],
                       examples=Path(__file__).parent / "entrypoints" / "openapi_examples.json")
