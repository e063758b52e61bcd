"""The portal's share of Halo's rate limit, counted across every process through the cache.

Halo limits API calls per instance (a few hundred per few minutes, REFERENCE §7.1), and other
integrations share that limit. The portal stays below HALO_BUDGET calls per rolling five minutes;
reads may use only HALO_BUDGET_READ_SHARE of it, so an employee's write always finds room."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 300
BUCKET_SECONDS = 10


class SharedBudget:
    """Counts calls in 10-second buckets; the window is the sum of the last 30."""

    def __init__(self, key: str, *, limit: int, read_share: float) -> None:
        self._prefix = f"halo-budget:{key}:"
        self.limit = limit
        self.read_limit = int(limit * read_share)

    def used(self, now: float | None = None) -> int:
        bucket = int((now if now is not None else time.time()) // BUCKET_SECONDS)
        keys = [self._prefix + str(bucket - n) for n in range(WINDOW_SECONDS // BUCKET_SECONDS)]
        return sum(int(v) for v in cache.get_many(keys).values())

    def acquire(self, *, write: bool) -> bool:
        if self.limit <= 0:
            return True
        now = time.time()
        if self.used(now) >= (self.limit if write else self.read_limit):
            return False
        key = self._prefix + str(int(now // BUCKET_SECONDS))
        if not cache.add(key, 1, timeout=WINDOW_SECONDS + BUCKET_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, timeout=WINDOW_SECONDS + BUCKET_SECONDS)
        return True


def for_connection(key: str) -> SharedBudget:
    return SharedBudget(
        key,
        limit=int(getattr(settings, "HALO_BUDGET", 250)),
        read_share=float(getattr(settings, "HALO_BUDGET_READ_SHARE", 0.8)),
    )
