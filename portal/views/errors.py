"""The one place where an action that did not succeed becomes a page (or an htmx message)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from halo_integration import actions
from halo_integration.actions import ActionResult

# Statuses with a page of their own; anything else gets the generic problem page.
_TEMPLATES = {
    "no_identity": "portal/errors/no_identity.html",
    "unavailable": "portal/errors/halo_unavailable.html",
    "not_configured": "portal/errors/halo_unavailable.html",
    "not_found": "404.html",  # the same page as any missing URL: ids cannot be probed
}


def render_action_problem(request: HttpRequest, result: ActionResult) -> HttpResponse:
    """A clear page with the status that fits (403, 404, 503, ...). Someone else's ticket
    arrives here as not_found, so it looks exactly like a missing one."""
    if getattr(request, "htmx", False):
        return _htmx_problem(request, result)
    template_name = _TEMPLATES.get(result.status, "portal/errors/problem.html")
    context = {
        "result": result,
        # Nothing is lost while Halo is down: show what is still waiting to be sent.
        "pending_writes": actions.pending_writes_for(request.user),
    }
    return render(request, template_name, context, status=result.http_status)


def _htmx_problem(request: HttpRequest, result: ActionResult) -> HttpResponse:
    # htmx 2 swaps no 4xx/5xx answer, so the problem goes into the page's #messages live
    # region with a 200, scrolled into view; the page the person is on stays as it was.
    html = render_to_string("portal/errors/_message.html", {"result": result}, request=request)
    response = HttpResponse(html)
    response["HX-Retarget"] = "#messages"
    response["HX-Reswap"] = "innerHTML show:top"
    response["HX-Push-Url"] = "false"
    return response
