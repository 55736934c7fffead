"""Closes requests whose deadline passed (their open quotes with them), every `interval_s`."""
from __future__ import annotations

import asyncio
import logging

from services.trade.service_layer.trade import Trade
from shared.background import BackgroundLoop

log = logging.getLogger(__name__)


class DeadlineSweeper(BackgroundLoop):
    name = "deadline-sweeper"

    def __init__(self, trade: Trade, interval_s: float) -> None:
        self.trade, self.interval_s = trade, interval_s
        super().__init__()

    async def _run(self) -> None:
        while True:
            try:
                await self.trade.close_past_deadline()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database away: the next round tries again
                log.warning("closing requests past their deadline failed: %r", exc)
            await asyncio.sleep(self.interval_s)
