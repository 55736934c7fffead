"""The outbox relay in a process of its own (`OUTBOX_RELAY=process`), so that its work — reading envelopes back,
signing each event, building and sending Kafka records — runs on another core than the service's requests.

The service's `Runtime` starts the child (`python -m shared.relay_process`) with its settings, and keeps it
running: a child that exits is started again. The child's stdin is a pipe from the service: each byte is a
wake-up after a commit that staged events (as `Outbox.notify` wakes the in-process relay), and its end (the
service stopped, or died) stops the child, so no relay outlives its service. On PostgreSQL the child holds
an advisory lock for as long as it relays, so one relay at a time sends a database's rows even while a
replaced child is still finishing: each record's events stay in order.
"""
from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import signal
import sys
from contextlib import suppress

from sqlalchemy import MetaData, text

from shared.background import BackgroundLoop, retry
from shared.outbox import Outbox

log = logging.getLogger(__name__)

SETTINGS_ENV = "OVOP_RELAY_SETTINGS"
CLIENT_ENV = "OVOP_RELAY_CLIENT_ID"
# One relay per database: the key of the advisory lock its child holds (advisory locks are per database).
LOCK_KEY = 0x6F766F70  # "ovop"
RESTART_BACKOFF_S = (0.2, 5.0)


class RelayProcess(BackgroundLoop):
    """The service's side: starts the child, restarts it when it exits, and forwards wake-ups to it."""

    name = "outbox-relay-process"

    def __init__(self, outbox: Outbox, settings_json: str, client_id: str) -> None:
        super().__init__()
        self.outbox, self.settings_json, self.client_id = outbox, settings_json, client_id
        self.child: asyncio.subprocess.Process | None = None
        self.starts = 0
        self._stopping = False
        self._pump: asyncio.Task | None = None

    async def start(self) -> None:
        await super().start()
        self._pump = asyncio.create_task(self._forward_wakeups(), name="outbox-relay-wakeups")

    async def _spawn(self) -> asyncio.subprocess.Process:
        env = {**os.environ, SETTINGS_ENV: self.settings_json, CLIENT_ENV: self.client_id}
        child = await asyncio.create_subprocess_exec(sys.executable, "-m", "shared.relay_process",
                                                     stdin=asyncio.subprocess.PIPE, env=env)
        self.starts += 1
        return child

    async def _run(self) -> None:
        backoff = RESTART_BACKOFF_S[0]
        while not self._stopping:
            self.child = await self._spawn()
            self.outbox.wakeup.set()  # whatever was staged before it started
            code = await self.child.wait()
            if self._stopping:
                return
            log.warning("outbox relay process exited (%s); starting it again in %.1fs", code, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, RESTART_BACKOFF_S[1])

    async def _forward_wakeups(self) -> None:
        while True:
            await self.outbox.wakeup.wait()
            self.outbox.wakeup.clear()
            child = self.child
            if child is None or child.returncode is not None or child.stdin is None:
                continue
            # A byte is enough; when the pipe is full the child has wake-ups it has not read yet.
            if child.stdin.transport.get_write_buffer_size() == 0:
                with suppress(ConnectionError, RuntimeError):
                    child.stdin.write(b"\n")

    @property
    def running(self) -> bool:
        return super().running and self.child is not None and self.child.returncode is None

    async def stop(self) -> None:
        self._stopping = True
        if self._pump:
            self._pump.cancel()
        child = self.child
        if child is not None and child.returncode is None:
            if child.stdin is not None:
                child.stdin.close()  # the child finishes the batch it is sending and exits
            try:
                await asyncio.wait_for(child.wait(), 15)
            except asyncio.TimeoutError:
                log.warning("outbox relay process did not stop in 15 s; killing it")
                child.kill()
                await child.wait()
        await super().stop()


# -- the child ----------------------------------------------------------------------------------------------
async def _hold_lock(engine):
    """On PostgreSQL, waits for and holds the database's relay lock on a connection of its own."""
    if engine.dialect.name != "postgresql":
        return None
    conn = await engine.connect()
    await conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
    await conn.commit()
    return conn


async def _child() -> None:
    from shared.db import make_engine, make_session_factory
    from shared.kafka import kafka_security, make_producer
    from shared.outbox import OutboxRelay, define_outbox
    from shared.settings import ServiceSettings
    from shared.signing import EventSigner

    settings = ServiceSettings.model_validate(json.loads(os.environ[SETTINGS_ENV]))
    client_id = os.environ[CLIENT_ENV]
    loop = asyncio.get_running_loop()
    ended = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, ended.set)
    engine = make_engine(settings.database_url)
    outbox = Outbox(define_outbox(MetaData()))

    class Wakeups(asyncio.Protocol):
        def data_received(self, data: bytes) -> None:
            outbox.wakeup.set()

        def connection_lost(self, exc) -> None:
            ended.set()  # the service stopped or died

    await loop.connect_read_pipe(Wakeups, sys.stdin)
    # Waiting for the lock (a replaced child still finishing) ends, too, when the service does.
    locking, ending = asyncio.create_task(_hold_lock(engine)), asyncio.create_task(ended.wait())
    await asyncio.wait({locking, ending}, return_when=asyncio.FIRST_COMPLETED)
    if not locking.done():
        locking.cancel()
        with suppress(asyncio.CancelledError, Exception):
            await locking
        await engine.dispose()
        return
    ending.cancel()
    lock = locking.result()
    security = kafka_security(settings)
    make = lambda: make_producer(settings.kafka_bootstrap, f"{client_id}-outbox", security)  # noqa: E731
    producer = make()
    # Broker away: tried as the service's own start does; when it stays away, this child exits and its
    # service starts another.
    await retry("kafka producer (outbox relay process)", producer.start)
    relay = OutboxRelay(outbox, make_session_factory(engine), producer, settings.outbox_poll_interval_s,
                        topic_prefix=settings.kafka_topic_prefix,
                        signer=EventSigner.from_file(settings.event_signing_key_file), producer_factory=make)
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 10, 10)  # as the services do (shared/app.py): a batch makes many short-lived objects
    await relay.start()
    log.info("outbox relay process %d relaying for %s", os.getpid(), client_id)
    await ended.wait()
    await relay.stop()
    if lock is not None:
        with suppress(Exception):  # its connection may have gone with a database restart: the lock with it
            await lock.close()
    await engine.dispose()


def main() -> None:
    from shared.logging import configure_logging

    settings = json.loads(os.environ[SETTINGS_ENV])
    configure_logging(f"{settings.get('service_name', 'ovop')}-relay", settings.get("log_level", "INFO"))
    asyncio.run(_child())


if __name__ == "__main__":
    main()
