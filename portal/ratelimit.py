"""A per-person request budget, kept in the shared cache: one busy browser tab or script must not
spend the whole portal's share of Halo's rate limit (or an LLM endpoint's)."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache


def allow(scope: str, key: object, *, per_minute: int | None = None) -> bool:
    """True while `key` has made fewer than `per_minute` `scope` requests in this minute."""
    limit = per_minute if per_minute is not None else settings.ASK_REQUESTS_PER_MINUTE
    if limit <= 0:
        return True
    window = int(time.time() // 60)
    bucket = f"ratelimit:{scope}:{key}:{window}"
    cache.add(bucket, 0, timeout=120)
    try:
        count = cache.incr(bucket)
    except ValueError:  # the bucket expired between add and incr
        cache.set(bucket, 1, timeout=120)
        count = 1
    return count <= limit
