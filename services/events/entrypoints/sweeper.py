"""Background entrypoint: what must happen without anyone calling. Holds on waitlist booths lapse when their
time is up, and meeting reminders go out shortly before each meeting."""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from services.events.service_layer.booking import BookingService
from services.events.service_layer.meetings import MeetingsService
from shared.background import BackgroundLoop

log = logging.getLogger(__name__)


class Sweeper(BackgroundLoop):
    name = "events-sweeper"

    def __init__(self, booking: BookingService, meetings: MeetingsService, interval_s: float,
                 reminder_lead: timedelta) -> None:
        super().__init__()
        self.booking, self.meetings = booking, meetings
        self.interval_s, self.reminder_lead = interval_s, reminder_lead

    async def sweep_once(self) -> tuple[int, int]:
        return await self.booking.lapse_holds(), await self.meetings.send_reminders(self.reminder_lead)

    async def _run(self) -> None:
        while True:
            try:
                await self.sweep_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # database away for a moment: try again next round
                log.warning("sweep failed: %r", exc)
            await asyncio.sleep(self.interval_s)
