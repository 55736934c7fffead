"""Background entrypoint: sends due deliveries, round after round."""
from __future__ import annotations

import asyncio
import logging

from services.webhooks.adapters.sender import Sender
from services.webhooks.service_layer.webhooks import Webhooks
from shared.background import BackgroundLoop

log = logging.getLogger(__name__)


class Dispatcher(BackgroundLoop):
    name = "webhook-dispatcher"

    def __init__(self, webhooks: Webhooks, sender: Sender, poll_interval_s: float, batch: int = 100) -> None:
        super().__init__()
        self.webhooks, self.sender, self.poll_interval_s, self.batch = webhooks, sender, poll_interval_s, batch

    async def _run(self) -> None:
        while True:
            try:
                sent = await self.webhooks.send_due(self.sender, self.batch)
            except Exception:  # the database away for a moment: the next round tries again
                log.warning("sending webhook deliveries failed", exc_info=True)
                sent = 0
            if sent < self.batch:
                await asyncio.sleep(self.poll_interval_s)

    async def stop(self) -> None:
        await super().stop()
        await self.sender.close()
