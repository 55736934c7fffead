from __future__ import annotations

import asyncio
import time


async def eventually(fetch, timeout_s: float = 5.0):
    """Polls `fetch` until it returns a truthy value or the time is up; returns the last value."""
    deadline = time.monotonic() + timeout_s
    value = None
    while time.monotonic() < deadline:
        value = await fetch()
        if value:
            return value
        await asyncio.sleep(0.1)
    return value
