"""Single flight: of many processes (or threads) wanting the same thing from Halo at once, one
asks and the others wait for its answer instead of asking too."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

T = TypeVar("T")
POLL_SECONDS = 0.05


def once(key: str, *, ready: Callable[[], T | None], load: Callable[[], T], wait: float = 5.0) -> T:
    """`ready()` if it has the answer; else `load()` here, unless another caller is loading it
    already: then wait (at most `wait` seconds) for `ready()` to have it, and load only if the
    other gave up."""
    found = ready()
    if found is not None:
        return found
    lock = f"flight:{key}"
    if cache.add(lock, 1, timeout=max(wait * 2, 1.0)):
        try:
            return load()
        finally:
            cache.delete(lock)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        found = ready()
        if found is not None:
            return found
        if cache.get(lock) is None:  # the other caller finished without an answer (it failed)
            break
    return load()
