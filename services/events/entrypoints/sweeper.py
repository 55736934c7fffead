"""Background entrypoint: what must happen without anyone calling. Holds on waitlist booths lapse when their
time is up, meeting reminders go out shortly before each meeting, and at fairs using check-in a meeting whose
start + grace has passed with one side not checked in becomes a no-show, its slot re-filled for walk-ins."""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from services.events.service_layer.booking import BookingService
from services.events.service_layer.meetings import MeetingsService
from services.events.service_layer.onsite import OnSiteService
from shared.background import BackgroundLoop

log = logging.getLogger(__name__)


class Sweeper(BackgroundLoop):
    name = "events-sweeper"

    def __init__(self, booking: BookingService, meetings: MeetingsService, onsite: OnSiteService, interval_s: float,
                 reminder_lead: timedelta, no_show_grace: timedelta) -> None:
        super().__init__()
        self.booking, self.meetings, self.onsite = booking, meetings, onsite
        self.interval_s, self.reminder_lead, self.no_show_grace = interval_s, reminder_lead, no_show_grace

    async def sweep_once(self) -> tuple[int, int, int]:
        return (await self.booking.lapse_holds(), await self.meetings.send_reminders(self.reminder_lead),
                await self.onsite.sweep_no_shows(self.no_show_grace))

    async def _run(self) -> None:
        while True:
            try:
                await self.sweep_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # database away for a moment: try again next round
                log.warning("sweep failed: %r", exc)
            await asyncio.sleep(self.interval_s)
