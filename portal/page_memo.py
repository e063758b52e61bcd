"""An employee's page served again from the shared cache while nothing it shows has changed.

My tickets and a ticket page come from the mirror, so the same page asked for again renders the
same HTML until the person's tickets in the mirror, their waiting writes or approval requests,
what Halo told of files and names, or the configuration change. Each of those changes bumps a
generation (halo_integration.generations: the requester's and the person's own, SHOWN for what
every page shows, and the configuration's; halo_integration.page_generations says which rows
concern whom), and a kept page is used only under the generations it was rendered with: another
requester's change leaves it be. So a page view costs a few cache reads and the person's
identity instead of the action's queries and the templates.

A page is kept per session (and so per person, with its own CSRF token), language, address and
htmx request, for at most PAGE_MEMO_SECONDS, and used only while what it shows is fresh: a
delta sync that finished since it rendered confirms it again (it would have brought a change),
so a page outlives HALO_MAX_STALENESS while beat runs, and is rendered again once its copy turns
stale or would say another "Updated … ago". Only a fresh page without messages is kept, and only
where the view offers it (`offer`). Serving a kept page checks the action's policy again and
records the read in the audit log as the page view did (reads of the same thing are coalesced
there anyway)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from halo_integration import audit
from halo_integration.actions import ActionResult
from halo_integration.config_memo import CONFIG
from halo_integration.generations import PEOPLE, REQUESTERS, SHOWN
from halo_integration.identity import remembered_halo_user_id
from halo_integration.mirror.reads import Freshness
from halo_integration.policies import decide, rule_for

_OFFER = "_page_memo_offer"
# The request headers an htmx page view differs by (see views._htmx.vary_on_htmx).
_HTMX_HEADERS = ("HX-Request", "HX-Target", "HX-Boosted", "HX-History-Restore-Request")
# Headers a kept page must not repeat: each response sets its own.
_OWN_HEADERS = {"content-length", "set-cookie", "vary", "cache-control", "expires"}


@dataclass(frozen=True)
class Kept:
    generations: tuple[str, ...]  # what the page shows, and the configuration, when it rendered
    content: bytes
    status: int
    headers: tuple[tuple[str, str], ...]
    action: str
    read_record: dict[str, Any]
    freshness: Freshness  # as the page says it
    minutes: int  # the page's "Updated … ago", in whole minutes


def offer(response: HttpResponse, result: ActionResult, freshness: Freshness | None) -> None:
    """Let page_memo keep this page, rendered from `result` (a read from the mirror that
    worked, as fresh as `freshness` says; None for a page read live, which is never kept)."""
    if (
        result.ok
        and result.read_record is not None
        and freshness is not None
        and freshness.seconds_left() >= 1
    ):
        setattr(response, _OFFER, (result, freshness))


def memoised(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve the view's page from the cache while it holds (see the module docstring)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = _key(request)
        if key is None:
            return view(request, *args, **kwargs)
        # (read once: an identity matched while the page renders bumps the person's generation)
        requester = remembered_halo_user_id(request.user)
        generations = _generations(request, requester)
        kept = _kept(cache.get(key))
        if (
            kept is not None
            and kept.generations == generations
            and _still_fresh(kept)
            and decide(rule_for(kept.action), request.user).allowed
        ):
            audit.record_read(actor=request.user, channel="web", action=kept.action,
                              **kept.read_record)  # fmt: skip
            response = HttpResponse(kept.content, status=kept.status)
            for name, value in kept.headers:
                response[name] = value
            return response
        response = view(request, *args, **kwargs)
        offered = getattr(response, _OFFER, None)
        # Kept only if nothing changed while it rendered (its own first reads of Halo count):
        # the next view renders again and keeps that.
        unchanged = _generations(request, requester) == generations
        if (
            offered is not None
            and unchanged
            and response.status_code == 200
            and not response.cookies
        ):
            result, freshness = offered
            headers = tuple(
                (name, value)
                for name, value in response.items()
                if name.lower() not in _OWN_HEADERS
            )
            entry = Kept(generations, response.content, response.status_code, headers,
                         result.action, result.read_record, freshness,
                         _minutes(freshness))  # fmt: skip
            cache.set(key, entry, timeout=int(settings.PAGE_MEMO_SECONDS))
        return response

    return wrapper


def _key(request: HttpRequest) -> str | None:
    """The cache key of this page view, or None where no page may be kept or served."""
    if float(getattr(settings, "PAGE_MEMO_SECONDS", 0)) < 1 or request.method != "GET":
        return None
    session_key = request.session.session_key
    if not request.user.is_authenticated or not session_key or "fresh" in request.GET:
        return None
    if len(messages.get_messages(request)):  # shown once, with the page that takes them
        return None
    parts = [
        session_key,
        request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
        getattr(request, "LANGUAGE_CODE", ""),
        request.get_full_path(),
        *(request.headers.get(name, "") for name in _HTMX_HEADERS),
    ]
    # One entry per page of a session, replaced when it renders again (not one per generation).
    return "page-memo:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _kept(found: object) -> Kept | None:
    """The kept page, if it is one this release can use: a page an earlier release kept (in a
    shared cache that outlived the upgrade) may lack fields, and renders anew instead."""
    if isinstance(found, Kept) and all(hasattr(found, f.name) for f in fields(Kept)):
        return found
    return None


def _still_fresh(kept: Kept) -> bool:
    """Whether the kept page's copy is still fresh and it still says how fresh rightly. Only
    once its own moment has passed does this read when the last delta sync finished."""
    freshness = kept.freshness
    if freshness.seconds_left() < 1 or _minutes(freshness) != kept.minutes:
        freshness = freshness.confirmed_since()
    return freshness.seconds_left() >= 1 and _minutes(freshness) == kept.minutes


def _minutes(freshness: Freshness) -> int:
    return (freshness.age_seconds or 0) // 60


def _generations(request: HttpRequest, requester: int | None) -> tuple[str, ...]:
    """What the page depends on: what every page shows, what the person's own tickets (as
    Halo requester `requester`) and requests show (another requester's change leaves it be),
    and the configuration."""
    return (
        SHOWN.current(),
        REQUESTERS.of(requester).current(),
        PEOPLE.of(request.user.pk).current(),
        CONFIG.current(),
    )
