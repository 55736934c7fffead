"""Background entrypoint: what the programme's dates decide without anyone calling. Ratings and certificates
past their validity expire (the stars follow, the records are published again), and owners are told before a
certificate expires. The sweep asks the service's injected clock for today and is safe to repeat or to cut
short: due items are settled a batch per transaction, with their events, and marked done."""
from __future__ import annotations

import asyncio
import logging

from services.registry.service_layer.programme import ProgrammeService
from shared.background import BackgroundLoop

log = logging.getLogger(__name__)


class ProgrammeSweeper(BackgroundLoop):
    name = "programme-sweeper"

    def __init__(self, programme: ProgrammeService, interval_s: float) -> None:
        super().__init__()
        self.programme, self.interval_s = programme, interval_s

    async def _run(self) -> None:
        while True:
            try:
                report = await self.programme.sweep()
                if report.evaluations_expired or report.certificates_expired or report.expiry_notices:
                    log.info("programme sweep %s", report)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # database away for a moment: the next round settles what is still due
                log.warning("programme sweep failed: %r", exc)
            await asyncio.sleep(self.interval_s)
