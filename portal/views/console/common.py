"""What every console page shares: portal admins only (console_view), Halo results turned
into pages, running actions as the admin, and small presentation helpers.

Every Halo read and write goes through actions.run_action(channel="console"), so policies,
approvals and the audit log apply exactly as for any other channel."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import wraps
from typing import Any, cast

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from halo_integration import actions, audit
from halo_integration.actions import ActionResult, Status
from halo_integration.catalog import Item
from halo_integration.connection import current_catalog
from halo_integration.errors import HaloError, HaloNotConfigured
from halo_integration.policies import is_admin
from portal.forms import add_action_errors
from portal.views._htmx import (
    HTMX_TARGET_HEADERS,
    AuthedRequest,
    HaloProblem,
    ProblemPages,
    problem_response,
)


def console_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Every console view: portal admins only (anyone else: 403, audited), Halo trouble shown
    as a page (503 unavailable, 404 missing) rather than an exception, and `Vary` on every
    htmx header a console answer depends on."""

    @wraps(view)
    def wrapper(request: AuthedRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not is_admin(request.user):
            audit.record(
                actor=request.user,
                channel="console",
                action="console.access",
                outcome="denied",
                decision="denied",
                reason="not a portal admin",
                params={"path": request.path},
            )
            raise PermissionDenied(_("The admin console is for portal admins."))
        try:
            response = view(request, *args, **kwargs)
        except HaloProblem as problem:
            response = problem_response(request, problem.result, pages=CONSOLE_PROBLEMS)
        except HaloError as exc:  # reference data read straight from the catalog
            status = (
                Status.NOT_CONFIGURED if isinstance(exc, HaloNotConfigured) else Status.UNAVAILABLE
            )
            result = ActionResult("catalog", status, exc.message)
            response = problem_response(request, result, pages=CONSOLE_PROBLEMS)
        # Every console answer differs for htmx (a fragment, or the problem notice), and most
        # pick the fragment by the element that asked: one place, so no view can forget.
        patch_vary_headers(response, HTMX_TARGET_HEADERS)
        return response

    return wrapper


def _problem_context(request: HttpRequest, result: ActionResult) -> dict[str, Any]:
    return {"title": _problem_title(result.status)}


# Not found and refused are Django's own 404 and 403 pages; Halo trouble is a console page, or
# for htmx a notice in the console's alert region instead of the element that asked.
CONSOLE_PROBLEMS = ProblemPages(
    pages={},
    page="portal/console/problem.html",
    notice="portal/console/problem.html#problem-alert",
    notice_target="#console-alert",
    notice_swap="innerHTML",
    raised=frozenset({"not_found", "denied", "no_identity"}),
    context=_problem_context,
)


def _problem_title(status: str) -> str:
    return {
        "unavailable": _("Halo is unavailable right now"),
        "not_configured": _("The portal is not connected to Halo"),
    }.get(status, _("Halo could not do that"))


# --- running actions --------------------------------------------------------------------------


def run(request: AuthedRequest, name: str, **params: Any) -> ActionResult:
    return actions.run_action(actor=request.user, name=name, params=params, channel="console")


def read(request: AuthedRequest, name: str, **params: Any) -> dict[str, Any]:
    """The data of a read that must succeed for the page to make sense."""
    result = run(request, name, **params)
    if result.status != "done":
        raise HaloProblem(result)
    # Each console page reads the keys of the one action it ran (the console's pages know it).
    return dict(cast(Mapping[str, Any], result.data))


def read_page(request: AuthedRequest, name: str, **params: Any) -> dict[str, Any]:
    """One page of a listing read; a page number past the last one (a bookmark, an edited URL,
    fewer rows since) shows the last page instead of an empty "Page 999 of 11"."""
    data = read(request, name, **params)
    page_no, page_count = int(data.get("page_no") or 1), int(data.get("page_count") or 0)
    if page_count >= 1 and page_no > page_count:
        data = read(request, name, **(params | {"page_no": page_count}))
    return data


def catalog_lists(*kinds: str) -> dict[str, list[Item]]:
    """The instance's own lists (ticket types, priorities, ...). Raises HaloError."""
    catalog = current_catalog()
    return {
        kind: catalog.ticket_types() if kind == "ticket_types" else catalog.items(kind)
        for kind in kinds
    }


def choices(items: list[Item]) -> list[tuple[int, str]]:
    return [(item.id, item.name) for item in items]


@dataclass(frozen=True)
class Notice:
    level: str  # success, info or error: the look of the message
    text: str


def write_notice(result: ActionResult) -> Notice:
    """What to tell the admin after a write Halo accepted, queued or sent for approval."""
    if result.status == "pending":
        return Notice(
            "info",
            _("Saved; it will be sent to Halo when Halo answers again (reference %(ref)s).")
            % {"ref": result.reference},
        )
    if result.status == "approval_required":
        return Notice(
            "info",
            _("An admin must approve this before it is sent to Halo (approval request %(id)s).")
            % {"id": result.approval_id},
        )
    return Notice("success", result.message or _("Done."))


def show_refusal(form: forms.Form, result: ActionResult) -> None:
    """Put why a write was refused onto its form: per field where the action says which."""
    if result.status == "not_found":
        raise Http404(result.message)
    add_action_errors(form, result.errors, message=result.message)


def remember(request: AuthedRequest, notice: Notice) -> None:
    """Carry a notice across a redirect (the base page shows messages in a live region)."""
    level = messages.SUCCESS if notice.level == "success" else messages.INFO
    messages.add_message(request, level, notice.text)


# --- presentation helpers -------------------------------------------------------------------


def ticket_search_url(**filters: Any) -> str:
    query = {k: v for k, v in filters.items() if v not in (None, "")}
    return reverse("console-tickets") + ("?" + urlencode(query) if query else "")


def pager(request: AuthedRequest, data: Mapping[str, Any], *, target: str) -> dict[str, Any]:
    """Page X of Y with previous/next links that keep the rest of the query."""
    page_no, page_count = int(data["page_no"]), int(data["page_count"])

    def url(number: int) -> str:
        query = request.GET.copy()
        query["page"] = str(number)
        return f"{request.path}?{query.urlencode()}"

    return {
        "page_no": page_no,
        "page_count": page_count,
        "record_count": data["record_count"],
        "prev_url": url(page_no - 1) if page_no > 1 else "",
        "next_url": url(page_no + 1) if page_no < page_count else "",
        "target": target,
    }
