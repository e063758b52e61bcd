"""A per-person request budget, kept in the shared cache: one busy browser tab or script must not
spend the whole portal's share of Halo's rate limit (or an LLM endpoint's)."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from portal.views._htmx import htmx_notice

View = TypeVar("View", bound=Callable[..., HttpResponse])


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


def limit_writes(view: View) -> View:
    """Refuse a person's POSTs to a write view beyond WRITE_REQUESTS_PER_MINUTE (all write
    channels share one budget: New ticket, notes, resolve, console writes, Ask confirm)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and not allow(
            "write", request.user.pk, per_minute=settings.WRITE_REQUESTS_PER_MINUTE
        ):
            return too_many_writes(request)
        return view(request, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def too_many_writes(request: HttpRequest) -> HttpResponse:
    message = _(
        "That is a lot of changes in one minute. Nothing was sent; please wait a moment and "
        "try again."
    )
    if getattr(request, "htmx", False):
        # htmx 2 swaps no 4xx answer: the message goes to the page's #messages region, as for
        # every other problem, and the status stays in a header for scripts.
        response = htmx_notice(request, {"result": {"message": message}})
        response["X-Portal-Status"] = "429"
    else:
        response = render(
            request, "portal/errors/rate_limited.html", {"message": message}, status=429
        )
    response["Retry-After"] = "60"
    return response
