"""Wires trade: settings -> runtime -> sourcing view, trade, indicators, mail -> HTTP, Kafka and background
entrypoints."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from services.trade.adapters.mail import SmtpMailer
from services.trade.adapters.orm import metadata
from services.trade.entrypoints.api import build_router, install_error_handlers
from services.trade.entrypoints.consumers import (make_fairs_handler, make_meetings_handler, make_producers_handler,
                                                 make_sourcing_handler)
from services.trade.entrypoints.sweeper import DeadlineSweeper
from services.trade.service_layer.indicators import Indicators
from services.trade.service_layer.notify import MailSender, Notifier
from services.trade.service_layer.sourcing_view import SourcingView
from services.trade.service_layer.trade import Trade
from services.trade.settings import TradeSettings
from shared.app import service_app
from shared.contracts.events import FAIRS_TOPIC, MEETINGS_TOPIC
from shared.contracts.matching import MATCHES_TOPIC, RFQS_TOPIC
from shared.contracts.registry import PRODUCERS_TOPIC_PATTERN
from shared.contracts.trade import DEALS_TOPIC, QUOTES_TOPIC, REQUESTS_TOPIC
from shared.logging import configure_logging
from shared.runtime import Runtime


class TradeRuntime(Runtime):
    """The shared runtime, plus the deadline sweeper and (where SMTP is configured) the mail sender."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.loops: list = []

    async def start(self) -> None:
        await super().start()
        for loop in self.loops:
            await loop.start()

    async def stop(self) -> None:
        for loop in self.loops:
            await loop.stop()
        await super().stop()

    async def workers_ok(self) -> bool:
        return await super().workers_ok() and all(loop.running for loop in self.loops)


@dataclass
class Container:
    settings: TradeSettings
    runtime: TradeRuntime
    view: SourcingView
    trade: Trade
    indicators: Indicators
    notifier: Notifier | None


def bootstrap(settings: TradeSettings) -> Container:
    runtime = TradeRuntime(settings, metadata, Path(__file__).parent / "migrations", client_id="trade")
    runtime.own_topics({QUOTES_TOPIC: {}, DEALS_TOPIC: {}, REQUESTS_TOPIC: {}})
    notifier = Notifier(runtime.sessions) if settings.smtp_host else None
    view = SourcingView(runtime.sessions, notifier)
    trade = Trade(runtime.sessions, runtime.outbox, settings.max_quotes_per_request)
    indicators = Indicators(runtime.sessions)
    handler, batch = make_sourcing_handler(view, trade)
    runtime.consume(group_id="trade-sourcing", handler=handler, batch_handler=batch, topics=[RFQS_TOPIC, MATCHES_TOPIC])
    handler, batch = make_meetings_handler(indicators)
    runtime.consume(group_id="trade-meetings", handler=handler, batch_handler=batch, topics=[MEETINGS_TOPIC])
    handler, batch = make_fairs_handler(indicators)
    runtime.consume(group_id="trade-fairs", handler=handler, batch_handler=batch, topics=[FAIRS_TOPIC])
    handler, batch = make_producers_handler(view)
    runtime.consume(group_id="trade-producers", handler=handler, batch_handler=batch, pattern=PRODUCERS_TOPIC_PATTERN)
    runtime.loops = [DeadlineSweeper(trade, settings.sweep_interval_s)]
    if notifier is not None:
        mailer = SmtpMailer(settings.smtp_host, settings.smtp_port, settings.mail_from,
                            username=settings.smtp_username, password=settings.smtp_password,
                            starttls=settings.smtp_starttls, timeout_s=settings.mail_timeout_s)
        runtime.loops.append(MailSender(runtime.sessions, mailer, notifier, settings.sweep_interval_s))
    return Container(settings, runtime, view, trade, indicators, notifier)


def create_app(settings: TradeSettings | None = None) -> FastAPI:
    settings = settings or TradeSettings()
    configure_logging("trade", settings.log_level)
    container = bootstrap(settings)
    return service_app(title="OVOP trade", container=container, runtime=container.runtime,
                       routers=[build_router()], error_handlers=[install_error_handlers],
                       examples=Path(__file__).parent / "entrypoints" / "openapi_examples.json")
