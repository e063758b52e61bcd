"""The admin console: the plumbing every console page shares (portal admins only, Halo results
turned into pages), the console home and the reference-data page.

Every Halo read and write goes through actions.run_action(channel="console"), so policies,
approvals and the audit log apply exactly as for any other channel. Ticket pages live in
console_tickets.py, look-ups and customer pages in console_lookups.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget
from django_htmx.middleware import HtmxDetails

from halo_integration import actions, audit
from halo_integration.actions import ActionResult, Status
from halo_integration.actions.registry import label_of
from halo_integration.catalog import Item
from halo_integration.connection import build_catalog, build_halo_client
from halo_integration.errors import HaloError, HaloNotConfigured
from halo_integration.models import ApprovalRequest
from halo_integration.policies import is_admin

ADMIN_LINKS = (
    ("connection", "/admin/halo_integration/haloconnection/"),
    ("policies", "/admin/halo_integration/actionpolicy/"),
    ("approvals", "/admin/halo_integration/approvalrequest/"),
    ("audit", "/admin/halo_integration/auditevent/"),
)


class ConsoleRequest(HttpRequest):
    user: User
    htmx: HtmxDetails


class HaloProblem(Exception):
    """A read a page needs did not succeed; console_view turns it into the matching page."""

    def __init__(self, result: ActionResult) -> None:
        super().__init__(result.message)
        self.result = result


def console_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Every console view: portal admins only (anyone else: 403, audited), and Halo trouble
    shown as a page (503 unavailable, 404 missing) rather than an exception."""

    @wraps(view)
    def wrapper(request: ConsoleRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not is_admin(request.user):
            audit.record(
                actor=request.user, channel="console", action="console.access", outcome="denied",
                decision="denied", reason="not a portal admin", params={"path": request.path},
            )  # fmt: skip
            raise PermissionDenied(_("The admin console is for portal admins."))
        try:
            return view(request, *args, **kwargs)
        except HaloProblem as problem:
            return problem_response(request, problem.result)
        except HaloError as exc:  # reference data read straight from the catalog
            status = Status.NOT_CONFIGURED if isinstance(exc, HaloNotConfigured) else Status.UNAVAILABLE
            return problem_response(request, ActionResult("catalog", status, exc.message))

    return wrapper


def problem_response(request: ConsoleRequest, result: ActionResult) -> HttpResponse:
    if result.status == "not_found":
        raise Http404(result.message)
    if result.status in {"denied", "no_identity"}:
        raise PermissionDenied(result.message)
    context = {"result": result, "title": _problem_title(result.status)}
    if request.htmx:
        # htmx does not swap error responses, so the notice comes with 200 and lands in the
        # console's alert region instead of the element that asked.
        response = render(request, "portal/console/problem.html#problem-alert", context)
        return reswap(retarget(response, "#console-alert"), "innerHTML")
    return render(request, "portal/console/problem.html", context, status=result.http_status)


def _problem_title(status: str) -> str:
    return {
        "unavailable": _("Halo is unavailable right now"),
        "not_configured": _("The portal is not connected to Halo"),
    }.get(status, _("Halo could not do that"))


# --- running actions --------------------------------------------------------------------------


def run(request: ConsoleRequest, name: str, **params: Any) -> ActionResult:
    return actions.run_action(actor=request.user, name=name, params=params, channel="console")


def read(request: ConsoleRequest, name: str, **params: Any) -> dict[str, Any]:
    """The data of a read that must succeed for the page to make sense."""
    result = run(request, name, **params)
    if result.status != "done":
        raise HaloProblem(result)
    data: dict[str, Any] = result.data
    return data


def read_page(request: ConsoleRequest, name: str, **params: Any) -> dict[str, Any]:
    """One page of a listing read; a page number past the last one (a bookmark, an edited URL,
    fewer rows since) shows the last page instead of an empty "Page 999 of 11"."""
    data = read(request, name, **params)
    page_no, page_count = int(data.get("page_no") or 1), int(data.get("page_count") or 0)
    if page_count >= 1 and page_no > page_count:
        data = read(request, name, **(params | {"page_no": page_count}))
    return data


def catalog_lists(*kinds: str) -> dict[str, list[Item]]:
    """The instance's own lists (ticket types, priorities, ...). Raises HaloError."""
    with build_halo_client() as halo:
        catalog = build_catalog(halo)
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
    for name, message in result.errors.items():
        form.add_error(name if name in form.fields else None, message)
    if not result.errors:
        form.add_error(None, result.message)


def remember(request: ConsoleRequest, notice: Notice) -> None:
    """Carry a notice across a redirect (the base page shows messages in a live region)."""
    level = messages.SUCCESS if notice.level == "success" else messages.INFO
    messages.add_message(request, level, notice.text)


# --- presentation helpers -------------------------------------------------------------------


def ticket_search_url(**filters: Any) -> str:
    query = {k: v for k, v in filters.items() if v not in (None, "")}
    return reverse("console-tickets") + ("?" + urlencode(query) if query else "")


def pager(request: ConsoleRequest, data: Mapping[str, Any], *, target: str) -> dict[str, Any]:
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


def partial_target(request: ConsoleRequest, *names: str) -> str | None:
    """The partial an htmx request asked for (by its target's id), if it is one of these."""
    if request.htmx and not request.htmx.history_restore_request and request.htmx.target in names:
        return request.htmx.target
    return None


# --- home and reference data ----------------------------------------------------------------


@console_view
@require_GET
def home(request: ConsoleRequest) -> HttpResponse:
    waiting = [
        (label_of(write.action), write.reference, write.ticket_id)
        for write in actions.pending_writes_for(request.user)
    ]
    context = {
        "section": "home",
        "pending_approvals": ApprovalRequest.objects.waiting().count(),
        "admin_links": dict(ADMIN_LINKS),
        "waiting": waiting,
    }
    return render(request, "portal/console/home.html", context)


@console_view
@require_GET
@vary_on_headers("HX-Request")
def reference(request: ConsoleRequest) -> HttpResponse:
    return render(request, "portal/console/reference.html", _reference_context())


@console_view
@require_POST
@vary_on_headers("HX-Request")
def reference_refresh(request: ConsoleRequest) -> HttpResponse:
    with build_halo_client() as halo:
        build_catalog(halo).refresh()
    audit.record(actor=request.user, channel="console", action="catalog.refresh", outcome="done")
    notice = Notice("success", _("Reference data reloaded from Halo."))
    if not request.htmx:
        remember(request, notice)
        return redirect("console-reference")
    context = _reference_context() | {"notice": notice}
    return render(request, "portal/console/reference.html#reference-data", context)


def _reference_context() -> dict[str, Any]:
    with build_halo_client() as halo:
        catalog = build_catalog(halo)
        closed = catalog.closed_status_ids()
        return {
            "section": "reference",
            "ticket_types": catalog.items("ticket_types"),
            "statuses": [(status, status.id in closed) for status in catalog.items("statuses")],
            "priorities": catalog.items("priorities"),
            "outcomes": catalog.items("outcomes"),
        }
