"""A token bucket per key (client id, or address when anonymous). In-process: with several gateway
replicas each holds its own buckets (see the README)."""
from __future__ import annotations

import math
import time


class RateLimiter:
    def __init__(self, per_s: float, burst: int, clock=time.monotonic, max_keys: int = 100_000) -> None:
        self.per_s, self.burst, self.clock, self.max_keys = per_s, burst, clock, max_keys
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> float:
        """0 if the request may go; otherwise the seconds to wait before the next one may."""
        now = self.clock()
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(self.burst, tokens + (now - last) * self.per_s)
        if tokens >= 1:
            self._store(key, tokens - 1, now)
            return 0.0
        self._store(key, tokens, now)
        return (1 - tokens) / self.per_s

    def _store(self, key: str, tokens: float, now: float) -> None:
        if len(self._buckets) >= self.max_keys and key not in self._buckets:
            self._buckets.clear()  # a flood of distinct keys must not grow memory without bound
        self._buckets[key] = (tokens, now)


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
