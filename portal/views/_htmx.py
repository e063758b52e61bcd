"""The htmx toolkit of every page, the employees' and the console's: the request type, page or
partial, navigating after a write, the answer to an action that did not succeed, and the `Vary`
headers that keep a cache from serving a fragment as a page (or the other way round)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import DisallowedRedirect, PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails

from halo_integration import actions
from halo_integration.actions import ActionResult


class AuthedRequest(HttpRequest):
    """A request of a signed-in person (the login middleware sees to that), with htmx details."""

    user: User
    htmx: HtmxDetails


# --- page or partial, and the headers that choice depends on --------------------------------

# A history restore asks with HX-Request too but needs the whole page, so both headers decide.
HTMX_HEADERS = ("HX-Request", "HX-History-Restore-Request")
# Views that pick the fragment by the element that asked depend on its id as well.
HTMX_TARGET_HEADERS = (*HTMX_HEADERS, "HX-Target")

vary_on_htmx = vary_on_headers(*HTMX_HEADERS)
vary_on_htmx_target = vary_on_headers(*HTMX_TARGET_HEADERS)


def wants_partial(request: AuthedRequest) -> bool:
    """Whether htmx asked for a part of the page (and not for a history restore)."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def page_or_partial(request: AuthedRequest, template_name: str, partial: str) -> str:
    """The template (or the inline partial of it) to render; the view needs `vary_on_htmx`."""
    return f"{template_name}#{partial}" if wants_partial(request) else template_name


def partial_target(request: AuthedRequest, *names: str) -> str | None:
    """The partial an htmx request asked for (by its target's id), if it is one of these; the
    view needs `vary_on_htmx_target`."""
    if wants_partial(request) and request.htmx.target in names:
        return request.htmx.target
    return None


# --- after a write ----------------------------------------------------------------------------


def navigate(request: HttpRequest, url: str) -> HttpResponse:
    """Post/redirect/get; htmx is told to load the next page itself. Only to this site: any
    other host or scheme raises DisallowedRedirect (Django answers 400)."""
    if not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        raise DisallowedRedirect(f"Refusing to send the browser off this site: {url!r}")
    if getattr(request, "htmx", False):
        return HttpResponseClientRedirect(url)
    return redirect(url)


# --- an action that did not succeed -----------------------------------------------------------


class HaloProblem(Exception):
    """A read a page needs did not succeed; the view's wrapper turns it into problem_response."""

    def __init__(self, result: ActionResult) -> None:
        super().__init__(result.message)
        self.result = result


def _pending_writes(request: HttpRequest, result: ActionResult) -> dict[str, Any]:
    # Nothing is lost while Halo is down: the page shows what is still waiting to be sent.
    return {"pending_writes": actions.pending_writes_for(request.user)}


@dataclass(frozen=True)
class ProblemPages:
    """How one part of the site shows a problem: a page per status for a plain request, and
    for htmx a notice in a live region (htmx 2 swaps no 4xx/5xx answer, so it comes with 200
    and is retargeted; the page the person is on stays as it was)."""

    pages: Mapping[str, str]  # status -> template; any other status gets `page`
    page: str
    notice: str  # the htmx notice: a template or template#partial
    notice_target: str  # CSS selector of the live region
    notice_swap: str
    # Statuses left to Django's own 404 and 403 pages (raised, also for htmx).
    raised: frozenset[str] = frozenset()
    context: Callable[[HttpRequest, ActionResult], dict[str, Any]] = _pending_writes
    notice_headers: Mapping[str, str] = field(default_factory=dict)


# The employee pages: someone else's ticket arrives as not_found and gets the same page as any
# missing URL, so ids cannot be probed.
PAGES = ProblemPages(
    pages={
        "no_identity": "portal/errors/no_identity.html",
        "unavailable": "portal/errors/halo_unavailable.html",
        "not_configured": "portal/errors/halo_unavailable.html",
        "not_found": "404.html",
    },
    page="portal/errors/problem.html",
    notice="portal/errors/_message.html",
    notice_target="#messages",
    notice_swap="innerHTML show:top",
    notice_headers={"HX-Push-Url": "false"},
)


def problem_response(
    request: HttpRequest, result: ActionResult, *, pages: ProblemPages = PAGES
) -> HttpResponse:
    """A clear page with the status that fits (403, 404, 503, ...), or an htmx notice. Raises
    Http404 or PermissionDenied for the statuses `pages` leaves to Django."""
    if result.status in pages.raised:
        if result.status == "not_found":
            raise Http404(result.message)
        raise PermissionDenied(result.message)
    context = {"result": result} | pages.context(request, result)
    if getattr(request, "htmx", False):
        return htmx_notice(request, context, pages=pages)
    template_name = pages.pages.get(result.status, pages.page)
    return render(request, template_name, context, status=result.http_status)


def htmx_notice(
    request: HttpRequest, context: Mapping[str, Any], *, pages: ProblemPages = PAGES
) -> HttpResponse:
    """A problem told to htmx: `pages.notice` rendered with `context` (its `result.message`),
    retargeted into the live region, with 200 so that htmx swaps it."""
    response = HttpResponse(render_to_string(pages.notice, context, request=request))
    response["HX-Retarget"] = pages.notice_target
    response["HX-Reswap"] = pages.notice_swap
    for name, value in pages.notice_headers.items():
        response[name] = value
    return response
