"""A long-running task of a service (outbox relay, sweepers): started and stopped with the runtime,
and reported by readiness while it runs."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def retry(what: str, start: Callable[[], Awaitable], attempts: int = 30) -> None:
    """Calls `start` until it succeeds (a broker or database still coming up), waiting a little longer each
    time; the last failure is raised."""
    for attempt in range(1, attempts + 1):
        try:
            await start()
            return
        except Exception as exc:
            if attempt == attempts:
                raise
            log.warning("%s not ready (%r); retrying", what, exc)
            await asyncio.sleep(min(0.5 * attempt, 3))


class BackgroundLoop:
    name = "background"

    def __init__(self) -> None:
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _run(self) -> None:  # pragma: no cover - each subclass has its loop
        raise NotImplementedError
