"""The Ask box: plain-language requests become a Plan card; reads answer at once, writes wait for
Confirm and then run through the same run_action() and policies as the forms."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from halo_integration.actions import REGISTRY, ActionResult
from halo_integration.actions.lifecycle import RATE_TICKET
from halo_integration.actions.tickets_write import ADD_NOTE, CREATE_TICKET, RESOLVE_TICKET
from halo_integration.nl.plan import Plan, execute_plan, plan_request
from halo_integration.policies import is_admin
from portal import plans, ratelimit, suggestions
from portal.forms import AskRatingForm, PortalForm
from portal.redirects import safe_next
from portal.views._htmx import AuthedRequest, vary_on_htmx

_MAX_TEXT = 2000
_RESULT_KEY = "ask_result"  # the outcome of the last confirm, shown after the redirect
# What a card lets the person set before Confirm, with the same fields as the page's form: a
# rating's score (preselected when the text gave one, else chosen on the card) and comment.
_CARD_FORMS: dict[str, type[PortalForm]] = {RATE_TICKET: AskRatingForm}


@require_POST
def ask(request: AuthedRequest) -> HttpResponse:
    text = request.POST.get("text", "").strip()[:_MAX_TEXT]
    if not ratelimit.allow("ask", request.user.pk):
        message = _("That is a lot of requests in one minute; please wait a moment and ask again.")
        return _render(request, {"error": message}, status=429)
    if not text:
        return _render(
            request,
            {"error": _("Type what you need, for example “show my open tickets”.")},
            status=400,
        )
    plan = plan_request(text, actor=request.user, choices=_choice(request))
    if plan.ready and plan.offer:
        return _render(request, _question_context(request, plan))
    result = execute_plan(plan, actor=request.user) if plan.ready and plan.is_read else None
    context = {"plan": plan, "result": result} | _confirm_card(request, plan)
    if plan.ready and plan.action == CREATE_TICKET and not is_admin(request.user):
        # Before a new ticket: an article may already answer it, or it may already be open.
        context |= suggestions.suggestions_for(request.user, plan.params["summary"], channel="ask")
    return _render(request, context)


@require_POST
@ratelimit.limit_writes
def ask_confirm(request: AuthedRequest) -> HttpResponse:
    token = request.POST.get("plan", "")
    try:
        signed = plans.read(request, token)
        form_class = _CARD_FORMS.get(signed.action)
        form = form_class(request.POST) if form_class is not None else None
        if form is not None and not form.is_valid():
            # Nothing chosen yet (or not a score): the same card again, its token still unused.
            plan = Plan(text=signed.text, action=signed.action, params=signed.params)
            context = {"plan": plan, "token": token, "card_form": form, "heading": signed.summary}
            return _render(request, context, status=400)
        signed = plans.open_once(request, token)
    except plans.PlanRefused:
        # Forged, expired, someone else's, or confirmed already: the same words for all.
        return HttpResponseBadRequest(
            _("This request has expired or was already confirmed; please ask again.")
        )
    plan = Plan(text=signed.text, action=signed.action, params=_as_set_on_card(signed, form))
    result = execute_plan(plan, actor=request.user)
    if request.htmx:
        return _render(request, {"plan": plan, "result": result, "confirmed": True})
    # Post/redirect/get: a browser refresh shows the outcome again instead of resubmitting.
    shown = {
        "plan": {"text": plan.text, "action": plan.action, "params": plan.params},
        "result": result.as_dict(),
    }
    request.session[_RESULT_KEY] = json.loads(json.dumps(shown, default=str))
    return redirect("ask-result")


@require_GET
@vary_on_htmx
def ask_result(request: AuthedRequest) -> HttpResponse:
    stored = request.session.get(_RESULT_KEY)
    if not isinstance(stored, dict):
        return redirect("home")
    plan = Plan(**stored["plan"])
    fields = {k: v for k, v in stored["result"].items() if k != "ok"}
    return _render(request, {"plan": plan, "result": ActionResult(**fields), "confirmed": True})


@require_POST
def ask_cancel(request: AuthedRequest) -> HttpResponse:
    if request.htmx:
        return HttpResponse(
            '<p class="ask-cancelled">' + _("Cancelled. Nothing was sent.") + "</p>"
        )
    return redirect(safe_next(request))


def _confirm_card(request: AuthedRequest, plan: Plan) -> dict[str, Any]:
    """The token Confirm runs, and the fields the card lets the person set before it."""
    if not _confirmable(plan):
        return {"token": ""}
    form_class = _CARD_FORMS.get(plan.action or "")
    heading = _heading(plan, form_class)
    token = plans.seal(
        request, text=plan.text, action=plan.action or "", params=plan.params, summary=heading
    )
    if form_class is None:
        return {"token": token}
    initial = {name: plan.params[name] for name in form_class.base_fields if name in plan.params}
    return {"token": token, "card_form": form_class(initial=initial), "heading": heading}


def _as_set_on_card(signed: plans.SignedPlan, form: PortalForm | None) -> dict[str, Any]:
    """The sealed params, with what the card's fields say now (an emptied comment: none)."""
    if form is None:
        return dict(signed.params)
    params = {k: v for k, v in signed.params.items() if k not in form.fields}
    return params | {k: v for k, v in form.cleaned_data.items() if v not in ("", None)}


def _confirmable(plan: Plan) -> bool:
    """A write that can go to Confirm: complete, or missing only what its card asks for."""
    if plan.is_read or not plan.action or plan.refused or plan.candidates:
        return False
    card_fields = _CARD_FORMS[plan.action].base_fields if plan.action in _CARD_FORMS else {}
    return all(name in card_fields for name in plan.missing)


def _heading(plan: Plan, form_class: type[PortalForm] | None) -> str:
    """What the card says it will do; what its fields set is shown in the fields alone."""
    if form_class is None:
        return plan.summary
    fixed = {k: v for k, v in plan.params.items() if k not in form_class.base_fields}
    return REGISTRY[plan.action or ""].describe(fixed, plan.names)


def _edit_url(plan: Plan, *, admin: bool) -> str:
    """Where the person can adjust the request in a full form, with what they typed in it."""
    base = "/console/tickets/" if admin else "/tickets/"
    p = plan.params
    if plan.action == CREATE_TICKET:
        keys = ("summary", "details") + (("client_id", "site_id") if admin else ())
        return f"{base}new/?{urlencode({k: p[k] for k in keys if k in p})}"
    if not p.get("ticket_id"):
        return "#ask-text"
    if plan.action == RATE_TICKET:  # ratings are the requester's, given on the ticket page
        edited = {k: p[k] for k in ("score", "comment") if p.get(k)}
        page = reverse("ticket-detail", args=[p["ticket_id"]])
        return f"{page}?{urlencode(edited)}#rating" if edited else f"{page}#rating"
    ticket = f"{base}{p['ticket_id']}/"
    hidden = {"hiddenfromuser": "1"} if admin and p.get("hiddenfromuser") else {}
    if plan.action == ADD_NOTE and p.get("note"):
        return f"{ticket}?{urlencode({'note': p['note']} | hidden)}#note"
    if plan.action == RESOLVE_TICKET and admin:
        return f"{ticket}resolve/?{urlencode({'note': p.get('note', '')} | hidden)}"
    if plan.action == RESOLVE_TICKET and p.get("note"):
        return f"{ticket}?{urlencode({'resolve_note': p['note']})}#resolve"
    return ticket


def _question_context(request: AuthedRequest, plan: Plan) -> dict[str, Any]:
    """ "How do I ...?": knowledge-base articles first, then a ticket offered with the question
    as its summary (nothing is created until the person opens and sends it)."""
    search = str(plan.params.get("search") or plan.text)
    articles = suggestions.matching_articles(
        request.user, suggestions.keywords(search), channel="ask"
    )
    base = "/console/tickets/" if is_admin(request.user) else "/tickets/"
    offer_url = f"{base}new/?{urlencode(plan.offer.get('params', {}))}"
    return {"plan": plan, "question": True, "articles": articles, "offer_url": offer_url}


def _choice(request: AuthedRequest) -> dict[str, int]:
    param, choice = request.POST.get("param", ""), request.POST.get("choice", "")
    if param and choice.isdigit():
        return {param: int(choice)}
    return {}


def _render(request: AuthedRequest, context: dict[str, Any], status: int = 200) -> HttpResponse:
    admin = is_admin(request.user)
    context |= {"ticket_base": "/console/tickets/" if admin else "/tickets/"}
    if context.get("plan") is not None:
        context["edit_url"] = _edit_url(context["plan"], admin=admin)
    if request.htmx:
        # htmx 2 does not swap an error answer, and the card is where the problem is explained.
        return render(request, "portal/ask/card.html", context)
    return render(request, "portal/ask/page.html", context, status=status)
