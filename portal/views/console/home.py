"""The console home (what waits for Halo or for an approval) and the reference-data page."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from halo_integration import actions, audit
from halo_integration.actions.registry import label_of
from halo_integration.connection import current_catalog
from halo_integration.errors import HaloError
from halo_integration.models import ApprovalRequest
from portal.views._htmx import AuthedRequest
from portal.views.console.common import (
    Notice,
    console_view,
    remember,
)

ADMIN_LINKS = (
    ("connection", "/admin/halo_integration/haloconnection/"),
    ("policies", "/admin/halo_integration/actionpolicy/"),
    ("approvals", "/admin/halo_integration/approvalrequest/"),
    ("audit", "/admin/halo_integration/auditevent/"),
)


@console_view
@require_GET
def home(request: AuthedRequest) -> HttpResponse:
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
def reference(request: AuthedRequest) -> HttpResponse:
    return render(request, "portal/console/reference.html", _reference_context())


@console_view
@require_POST
def reference_refresh(request: AuthedRequest) -> HttpResponse:
    try:
        current_catalog().refresh()
    except HaloError as exc:  # console_view shows the problem; the log keeps the attempt
        audit.record(
            actor=request.user,
            channel="console",
            action="catalog.refresh",
            outcome="failed",
            error=exc.message,
        )
        raise
    audit.record(actor=request.user, channel="console", action="catalog.refresh", outcome="done")
    notice = Notice("success", _("Reference data reloaded from Halo."))
    if not request.htmx:
        remember(request, notice)
        return redirect("console-reference")
    context = _reference_context() | {"notice": notice}
    return render(request, "portal/console/reference.html#reference-data", context)


def _reference_context() -> dict[str, Any]:
    catalog = current_catalog()
    closed = catalog.closed_status_ids()
    return {
        "section": "reference",
        "ticket_types": catalog.items("ticket_types"),
        "statuses": [(status, status.id in closed) for status in catalog.items("statuses")],
        "priorities": catalog.items("priorities"),
        "outcomes": catalog.items("outcomes"),
    }
