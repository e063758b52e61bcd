"""Health endpoints for load balancers and monitoring; both answer without a session.

* /healthz: liveness of this web instance (its database). Point load balancers here: when Halo is
  down every instance is equally affected, and the portal still takes writes (kept as pending).
* /readyz: everything the portal depends on, as JSON: the database, the cache (Halo's token and
  the rate limits live there), the Celery broker (retries of pending writes) and Halo itself.
  200 when all are fine, 503 naming what is not. Point monitoring and alerting here.

Neither ever shows a URL, a host, a password or an exception's text: only check names, "ok" or a
short kind of failure, and timings."""

from __future__ import annotations

import contextlib
import dataclasses
import secrets
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

_HALO_RESULT_KEY = "health:halo"


@login_not_required
@require_GET
@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    # For load balancers and uptime checks: answers without a session, and says no when the
    # database is gone (the portal can do nothing useful without it).
    try:
        connection.ensure_connection()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@login_not_required
@require_GET
@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    checks = {
        "database": _timed(_check_database),
        "cache": _timed(_check_cache),
        "broker": _timed(_check_broker),
        "halo": _halo_check(),
    }
    healthy = all(check["ok"] for check in checks.values())
    body = {"status": "ok" if healthy else "unavailable", "checks": checks}
    return JsonResponse(body, status=200 if healthy else 503)


def _timed(check: Callable[[], None]) -> dict[str, Any]:
    started = time.monotonic()
    try:
        check()
    except Exception as exc:  # any failure is a "no"; its text may carry hosts or credentials
        result: dict[str, Any] = {"ok": False, "error": _kind(exc)}
    else:
        result = {"ok": True}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def _kind(exc: Exception) -> str:
    name = type(exc).__name__
    return name if name.isidentifier() and len(name) < 60 else "error"


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache() -> None:
    key, value = f"health:{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise RuntimeError("cache lost the value")
    cache.delete(key)


def _check_broker() -> None:
    from portal.celery import app

    timeout = float(getattr(settings, "HEALTH_CHECK_TIMEOUT", 3.0))
    with app.connection_for_write(connect_timeout=timeout) as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=timeout)


def _check_halo() -> None:
    from halo_integration import connection as halo_connection
    from halo_integration.client import HaloClient

    config = halo_connection.current_config()
    timeout = float(getattr(settings, "HEALTH_CHECK_TIMEOUT", 3.0))
    quick = dataclasses.replace(config, timeout=min(config.timeout, timeout))
    # One try, a short timeout: a health check must answer quickly, never retry for seconds.
    with HaloClient(
        quick, transport=halo_connection.transport_override, token_store=cache, max_retries=0
    ) as halo:
        halo.request("GET", "/Tickets", params={"count": 1, "page_size": 1})


def _halo_check() -> dict[str, Any]:
    # Probes arrive every few seconds from every monitor: ask Halo at most once in a while, so
    # health checks never spend the portal's share of Halo's rate limit.
    try:
        remembered = cache.get(_HALO_RESULT_KEY)
    except Exception:  # the cache check reports this one
        remembered = None
    if isinstance(remembered, dict):
        return {**remembered, "cached": True}
    result = _timed(_check_halo)
    with contextlib.suppress(Exception):  # the cache check above reports a broken cache
        cache.set(_HALO_RESULT_KEY, result, timeout=int(getattr(settings, "HEALTH_HALO_TTL", 30)))
    return result
