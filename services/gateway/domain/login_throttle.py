"""Throttling of failed logins at the token endpoint, per client id and per remote address.

Each key has a bucket of `max_failures` attempts refilled over `window_s`. An attempt takes one before its
secret is checked (so a burst of concurrent guesses cannot all slip past the check) and a successful one
gives it back: only failures use up the bucket. An empty bucket answers 429 without hashing anything.

In-process, like the request rate limiter: with several gateway replicas each holds its own buckets."""
from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Refused:
    key: str
    retry_after_s: float


class FailureBucket:
    def __init__(self, max_failures: int, window_s: float, clock=time.monotonic, max_keys: int = 100_000) -> None:
        self.capacity, self.per_s = float(max_failures), max_failures / window_s
        self.clock, self.max_keys = clock, max_keys
        self._buckets: dict[str, tuple[float, float]] = {}

    def _level(self, key: str, now: float) -> float:
        tokens, last = self._buckets.get(key, (self.capacity, now))
        return min(self.capacity, tokens + (now - last) * self.per_s)

    def wait(self, key: str) -> float:
        """0 if an attempt may be made now, else the seconds until one may."""
        tokens = self._level(key, self.clock())
        return 0.0 if tokens >= 1 else (1 - tokens) / self.per_s

    def take(self, key: str) -> None:
        now = self.clock()
        self._store(key, self._level(key, now) - 1, now)

    def give_back(self, key: str) -> None:
        now = self.clock()
        tokens = min(self.capacity, self._level(key, now) + 1)
        if tokens >= self.capacity:
            self._buckets.pop(key, None)  # a full bucket is the default: keep only keys that failed
        else:
            self._store(key, tokens, now)

    def _store(self, key: str, tokens: float, now: float) -> None:
        if len(self._buckets) >= self.max_keys and key not in self._buckets:
            # A flood of distinct keys must not grow memory without bound: forget the fullest buckets first.
            for stale in [k for k, (t, _) in self._buckets.items() if t >= self.capacity - 1][: self.max_keys // 10 or 1]:
                del self._buckets[stale]
            if len(self._buckets) >= self.max_keys:
                self._buckets.clear()
        self._buckets[key] = (tokens, now)


class LoginThrottle:
    def __init__(self, per_client: FailureBucket, per_address: FailureBucket) -> None:
        self.per_client, self.per_address = per_client, per_address

    def begin(self, client_id: str, address: str) -> Refused | None:
        """Reserves one attempt for this client and this address, or says how long to wait."""
        for bucket, key in ((self.per_address, f"address:{address}"), (self.per_client, f"client:{client_id}")):
            wait = bucket.wait(key)
            if wait:
                return Refused(key, wait)
        self.per_address.take(f"address:{address}")
        self.per_client.take(f"client:{client_id}")
        return None

    def succeeded(self, client_id: str, address: str) -> None:
        self.per_address.give_back(f"address:{address}")
        self.per_client.give_back(f"client:{client_id}")
