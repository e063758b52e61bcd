"""Knobs that make the simulator misbehave the way a real Halo tenant (or its gateway) does."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

_FAILURE_TEXT = {
    500: "An error has occurred.",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "The gateway timed out",
}


@dataclass
class Faults:
    """Mutable fault injection; every knob defaults to off. Tests set them, then ``reset()``.

    * ``latency``: seconds slept before answering every request.
    * ``down``: every request, /auth/token included, answers 503 "Service Unavailable".
    * ``rate_limit(max_requests, window_seconds)``: rolling window over /api requests.
    * ``fail_with_429(n, retry_after)``: the next n /api requests answer 429.
    * ``fail_next(n, status)``: the next n /api requests answer that 5xx and do nothing.
    * ``lose_next_write_response(n)``: the next n POSTs to /api that reach a handler are
      committed, then the answer is lost: 504 "The gateway timed out" when called in-process
      (WSGI), a connection closed without any response over loopback (``serve``).
    """

    latency: float = 0.0
    down: bool = False
    _rate_max: int | None = field(default=None, repr=False)
    _rate_window: float = field(default=0.0, repr=False)
    _rate_hits: deque[float] = field(default_factory=deque, repr=False)
    _forced_429: int = field(default=0, repr=False)
    _forced_429_retry_after: int | None = field(default=1, repr=False)
    _forced_failures: int = field(default=0, repr=False)
    _forced_status: int = field(default=500, repr=False)
    _lost_writes: int = field(default=0, repr=False)

    def rate_limit(self, max_requests: int | None, window_seconds: float = 300.0) -> None:
        """Allow ``max_requests`` per rolling ``window_seconds``; ``None`` turns the limit off."""
        if max_requests is not None and (max_requests < 1 or window_seconds <= 0):
            raise ValueError("rate_limit needs max_requests >= 1 and a positive window")
        self._rate_max = max_requests
        self._rate_window = float(window_seconds)
        self._rate_hits.clear()

    def fail_with_429(self, n: int, retry_after: int | None = 1) -> None:
        self._forced_429 = n
        self._forced_429_retry_after = retry_after

    def fail_next(self, n: int, status: int = 500) -> None:
        if not 500 <= status <= 599:
            raise ValueError("fail_next simulates server errors: status must be 5xx")
        self._forced_failures = n
        self._forced_status = status

    def lose_next_write_response(self, n: int = 1) -> None:
        self._lost_writes = n

    def reset(self) -> None:
        fresh = Faults()
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(fresh, name))

    # --- used by the simulator ---------------------------------------------------------------

    def take_forced_429(self) -> tuple[bool, int | None]:
        if self._forced_429 <= 0:
            return False, None
        self._forced_429 -= 1
        return True, self._forced_429_retry_after

    def take_forced_failure(self) -> int | None:
        if self._forced_failures <= 0:
            return None
        self._forced_failures -= 1
        return self._forced_status

    def take_lost_write(self) -> bool:
        if self._lost_writes <= 0:
            return False
        self._lost_writes -= 1
        return True

    def check_rate_limit(self, now: float) -> int | None:
        """Seconds until a slot frees when over the limit, else None (and the hit is counted)."""
        if self._rate_max is None:
            return None
        while self._rate_hits and self._rate_hits[0] <= now - self._rate_window:
            self._rate_hits.popleft()
        if len(self._rate_hits) >= self._rate_max:
            wait = self._rate_hits[0] + self._rate_window - now
            return max(1, math.ceil(wait))
        self._rate_hits.append(now)
        return None

    @property
    def rate_limited(self) -> bool:
        return self._rate_max is not None

    def rate_limit_message(self) -> str:
        minutes = f"{self._rate_window / 60:g}"
        return f"Rate Limit Reached - {self._rate_max} Requests per rolling {minutes} minute window"


def failure_text(status: int) -> str:
    return _FAILURE_TEXT.get(status, "Server Error")
