"""The employee's own tickets: list, read, annotate, resolve and open one.

Every read and write goes through halo_integration.actions.run_action (policy, audit, outbox);
anything that does not succeed is turned into a page by views._htmx.problem_response.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from halo_integration import actions
from halo_integration.actions import ActionResult
from halo_integration.actions.lifecycle import RATE_TICKET, REOPEN_TICKET
from halo_integration.actions.registry import MAX_TEXT
from halo_integration.actions.tickets_read import (
    GET_ATTACHMENT,
    GET_TICKET,
    LIST_TICKETS,
    detail_of,
    page_of,
)
from halo_integration.actions.tickets_write import ADD_NOTE, CREATE_TICKET, RESOLVE_TICKET
from halo_integration.attachments import AttachmentFile, Upload
from halo_integration.connection import current_catalog
from halo_integration.errors import HaloError
from halo_integration.mirror import service as mirror_service
from halo_integration.models import PendingWrite
from halo_integration.policies import decide, rule_for
from halo_integration.presenters import NoteView, TicketView, timeline, within_reopen_period
from portal import page_memo, suggestions
from portal.forms import (
    NewTicketForm,
    NoteForm,
    RatingForm,
    ReopenForm,
    ResolveForm,
    SuggestForm,
    TicketFilterForm,
    add_action_errors,
)
from portal.ratelimit import limit_writes
from portal.views._htmx import (
    AuthedRequest,
    navigate,
    page_or_partial,
    problem_response,
    vary_on_htmx,
    wants_partial,
)

LIST = "portal/tickets/list.html"
DETAIL = "portal/tickets/detail.html"
NEW = "portal/tickets/new.html"
RESOLVE = "portal/tickets/resolve.html"
PAGE_SIZE = 20


# --- My tickets ---------------------------------------------------------------------------------


@require_GET
@vary_on_htmx
@page_memo.memoised
def ticket_list(request: AuthedRequest) -> HttpResponse:
    filters = TicketFilterForm(request.GET).filters()
    params: dict[str, Any] = {"page_no": filters["page"], "page_size": PAGE_SIZE}
    if filters["state"] != "all":
        params[f"{filters['state']}_only"] = True
    if filters["q"]:
        params["search"] = filters["q"]
    refreshing = _refresh_requested(request)
    if refreshing and _allowed(request, LIST_TICKETS):  # the background re-read of a stale list
        mirror_service.refresh_own_list(request.user)
    result = _run(request, LIST_TICKETS, params)
    if not result.ok:
        return problem_response(request, result)
    state, q = filters["state"], filters["q"]
    listing = page_of(result)
    context = {
        "filters": filters,
        "listing": listing,
        "tabs": [(value, label, _list_url(value, q)) for value, label in TicketFilterForm.STATES],
        "first_url": _list_url(state, q),
        "previous_url": _list_url(state, q, listing["page_no"] - 1),
        "next_url": _list_url(state, q, listing["page_no"] + 1),
        "pending_tickets": _pending_new_tickets(request, filters),
        "approvals": _my_approvals(request, filters),
        # A stale list re-reads itself once in the background (not again if that failed).
        "refresh_url": "" if refreshing else _with_fresh(request),
        "refresh_target": "#ticket-results",
    }
    response = render(request, page_or_partial(request, LIST, "ticket-results"), context)
    page_memo.offer(response, result, listing.get("freshness"))
    return response


def _pending_new_tickets(request: AuthedRequest, filters: dict[str, Any]) -> list[Any]:
    # Tickets I asked for while Halo was down: not in Halo yet, but not lost either. They
    # belong on top of the first page of open (or all) tickets.
    if filters["state"] == "closed" or filters["page"] > 1 or filters["q"]:
        return []
    return [w for w in actions.pending_writes_for(request.user) if w.action == CREATE_TICKET]


def _my_approvals(request: AuthedRequest, filters: dict[str, Any]) -> list[Any]:
    # Requests an admin must approve first, and how recent ones were decided.
    if filters["state"] == "closed" or filters["page"] > 1 or filters["q"]:
        return []
    return actions.approvals_for(request.user)


def _list_url(state: str, q: str, page: int = 1) -> str:
    query = {"state": state} | ({"q": q} if q else {}) | ({"page": page} if page > 1 else {})
    return f"{reverse('tickets')}?{urlencode(query)}"


# --- One ticket ---------------------------------------------------------------------------------


@require_GET
@vary_on_htmx
@page_memo.memoised
def ticket_detail(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    # "Edit" on an Ask card lands here with what was typed (?note=..., ?resolve_note=... or a
    # rating's ?score=...&comment=...).
    note_form = NoteForm(initial={"note": request.GET.get("note", "")[:MAX_TEXT]})
    resolve_form = ResolveForm(initial={"note": request.GET.get("resolve_note", "")[:MAX_TEXT]})
    rating_form = RatingForm.prefilled(request.GET)
    return _detail_page(
        request, ticket_id, note_form=note_form, resolve_form=resolve_form, rating_form=rating_form
    )


@require_POST
@limit_writes
def add_note(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    form = NoteForm(request.POST)
    if form.is_valid():
        params = {"ticket_id": ticket_id, **form.cleaned_data}
        result = _run(request, ADD_NOTE, params, attachments=_uploads(request))
        if result.ok:
            _announce(request, result)
            if not request.htmx:
                return redirect("ticket-detail", ticket_id)
            return _note_section(request, ticket_id, NoteForm(), refresh=result.status == "done")
        if result.status != "invalid":
            return problem_response(request, result)
        add_action_errors(form, result.errors)
    if request.htmx:
        return _note_section(request, ticket_id, form, refresh=False)
    # A plain post that failed shows the whole page again, with the errors.
    return _detail_page(request, ticket_id, note_form=form, resolve_form=ResolveForm())


@require_http_methods(["GET", "POST"])
@vary_on_htmx
@limit_writes
def resolve_ticket(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    form = ResolveForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        params = {"ticket_id": ticket_id} | (
            {"note": form.cleaned_data["note"]} if form.cleaned_data["note"] else {}
        )
        result = _run(request, RESOLVE_TICKET, params)
        if result.ok:
            _announce(request, result)
            return navigate(request, reverse("ticket-detail", args=[ticket_id]))
        if result.status != "invalid":
            return problem_response(request, result)
        add_action_errors(form, result.errors)  # e.g. someone closed it in the meantime
    if wants_partial(request):  # a history restore needs the whole page
        context = {"ticket_id": ticket_id, "resolve_form": form}
        return render(request, "portal/tickets/_resolve_form.html", context)
    return _detail_page(request, ticket_id, resolve_form=form, template_name=RESOLVE)


@require_POST
@limit_writes
def reopen_ticket(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    form = ReopenForm(request.POST)
    if form.is_valid():
        result = _run(request, REOPEN_TICKET, {"ticket_id": ticket_id, **form.cleaned_data})
        if result.ok:
            _announce(request, result)
            return navigate(request, reverse("ticket-detail", args=[ticket_id]))
        if result.status not in {"invalid", "denied"}:
            return problem_response(request, result)
        form.add_error(None, result.message)
        add_action_errors(form, result.errors)
    return _detail_page(request, ticket_id, reopen_form=form, status=400)


@require_POST
@limit_writes
def rate_ticket(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    form = RatingForm(request.POST)
    if form.is_valid():
        params = {"ticket_id": ticket_id, "score": form.cleaned_data["score"]}
        if form.cleaned_data["comment"]:
            params["comment"] = form.cleaned_data["comment"]
        result = _run(request, RATE_TICKET, params)
        if result.ok:
            _announce(request, result)
            return navigate(request, reverse("ticket-detail", args=[ticket_id]))
        if result.status != "invalid":
            return problem_response(request, result)
        add_action_errors(form, result.errors)
    return _detail_page(request, ticket_id, rating_form=form, status=400)


@require_GET
@vary_on_htmx
def download_attachment(request: AuthedRequest, ticket_id: int, attachment_id: int) -> HttpResponse:
    """A file of my ticket, always as a download: never rendered by the browser in the
    portal's origin (no inline HTML or SVG), whatever Halo says it is."""
    result = _run(request, GET_ATTACHMENT, {"ticket_id": ticket_id, "attachment_id": attachment_id})
    if not result.ok or not isinstance(result.data, AttachmentFile):
        return problem_response(request, result)
    file: AttachmentFile = result.data
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = (
        content_disposition_header(True, file.filename) or "attachment"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    return response


def _detail_page(
    request: AuthedRequest,
    ticket_id: int,
    *,
    note_form: NoteForm | None = None,
    resolve_form: ResolveForm | None = None,
    reopen_form: ReopenForm | None = None,
    rating_form: RatingForm | None = None,
    template_name: str = DETAIL,
    status: int = 200,
) -> HttpResponse:
    refreshing = _refresh_requested(request)
    if refreshing and _allowed(request, GET_TICKET):  # the background re-read of a stale ticket
        mirror_service.refresh_own_ticket(request.user, ticket_id)
    result = _run(request, GET_TICKET, {"ticket_id": ticket_id})
    if not result.ok:
        return problem_response(request, result)
    context = _ticket_context(request, result) | {
        "note_form": note_form or NoteForm(),
        "resolve_form": resolve_form or ResolveForm(),
        "reopen_form": reopen_form or ReopenForm(),
        "rating_form": rating_form or RatingForm(),
        "refresh_url": "" if refreshing else _with_fresh(request),
        "refresh_target": "#ticket-live",
        "refresh_select": "#ticket-live",
    }
    response = render(request, template_name, context, status=status)
    page_memo.offer(response, result, context["freshness"])
    return response


def _ticket_context(request: AuthedRequest, result: ActionResult) -> dict[str, Any]:
    detail = detail_of(result)
    ticket, notes = detail["ticket"], detail["actions"]
    public = [note for note in notes if not note.hiddenfromuser]
    # My writes on this ticket that did not fail, in one query: those still waiting for Halo are
    # shown as pending, and a rating (sent or waiting) is offered only once.
    mine = list(PendingWrite.objects.unfailed_for(request.user, ticket.id))
    return {
        "ticket": ticket,
        "ticket_id": ticket.id,
        # The action already drops hidden notes for employees; this is defence in depth.
        "conversation": public,
        "pending_writes": [w for w in mine if w.status == PendingWrite.Status.QUEUED],
        # My requests on this ticket that wait for an admin, or how they were decided.
        "approvals": actions.approvals_for(
            request.user, ticket_id=ticket.id, ticket_closed=ticket.is_closed
        ),
        "is_open": not ticket.is_closed,
        "freshness": detail["freshness"],
    } | _after_resolve_context(
        result, ticket, public, rated=any(w.action == RATE_TICKET for w in mine)
    )


def _after_resolve_context(
    result: ActionResult, ticket: TicketView, public: list[NoteView], *, rated: bool
) -> dict[str, Any]:
    """Files, the status timeline, and what a resolved ticket offers: reopen (within
    REOPEN_DAYS), else a new ticket that refers to it; and a rating, once."""
    closed_at = ticket.closed_at or ticket.last_updated
    reopenable = ticket.is_closed and within_reopen_period(
        closed_at, now=timezone.now(), days=int(settings.REOPEN_DAYS)
    )
    return {
        "attachments": detail_of(result)["attachments"],
        "timeline": timeline(ticket, public),
        "can_reopen": reopenable,
        "reopen_days": settings.REOPEN_DAYS,
        "follow_up_url": f"{reverse('ticket-new')}?{urlencode({'follow_up': ticket.id})}",
        "can_rate": ticket.is_closed and not rated,
    } | _attachment_limits()


def _attachment_limits() -> dict[str, Any]:
    """What the file inputs say about the limits (the action enforces them)."""
    return {
        "attachment_types": ", ".join(settings.ATTACHMENT_TYPES),
        "attachment_max_mb": round(int(settings.ATTACHMENT_MAX_BYTES) / (1024 * 1024), 1),
        "attachment_max_files": settings.ATTACHMENT_MAX_FILES,
    }


def _note_section(
    request: AuthedRequest, ticket_id: int, form: NoteForm, *, refresh: bool
) -> HttpResponse:
    """The htmx answer to a note: the form region again (with errors, or empty and with my
    pending notes), plus the conversation and #messages swapped out of band."""
    context: dict[str, Any] = {
        "ticket_id": ticket_id,
        "note_form": form,
        "pending_writes": actions.pending_writes_for(request.user, ticket_id=ticket_id),
        "is_open": True,
    } | _attachment_limits()
    parts = [render_to_string(f"{DETAIL}#note-section", context, request=request)]
    if refresh:  # the note is in Halo now: show the conversation as Halo has it
        result = _run(request, GET_TICKET, {"ticket_id": ticket_id})
        if result.ok:
            ticket_context = _ticket_context(request, result)
            html = render_to_string(f"{DETAIL}#conversation", ticket_context, request=request)
            parts.append(
                format_html('<div id="conversation" hx-swap-oob="innerHTML">{}</div>', html)
            )
    parts.append(render_to_string("portal/tickets/_messages_oob.html", request=request))
    return HttpResponse("".join(parts))


# --- A new ticket -------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@vary_on_htmx
@limit_writes
def ticket_new(request: AuthedRequest) -> HttpResponse:
    # "Edit" on an Ask card opens this form with the plan's summary and details filled in.
    typed = {k: request.GET.get(k, "")[:MAX_TEXT] for k in ("summary", "details")}
    initial = {k: v for k, v in typed.items() if v} or _follow_up(request)
    form = NewTicketForm(request.POST or None, initial=initial, ticket_types=_ticket_type_choices())
    if form.is_valid():
        params = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
        result = _run(request, CREATE_TICKET, params, attachments=_uploads(request))
        if result.ok:
            _announce(request, result)
            # Queued (Halo down) or waiting for approval: My tickets shows it as pending.
            done = result.status == "done" and result.ticket_id
            url = reverse("ticket-detail", args=[result.ticket_id]) if done else reverse("tickets")
            return navigate(request, url)
        if result.status != "invalid":
            return problem_response(request, result)
        add_action_errors(form, result.errors)
    summary = form["summary"].value() or ""
    context = (
        {"form": form}
        | _attachment_limits()
        | (suggestions.suggestions_for(request.user, summary) if summary else {})
    )
    if wants_partial(request):
        response = render(request, f"{NEW}#new-ticket-form", context)
        return _with_messages(request, response)
    return render(request, NEW, context)


@require_GET
@vary_on_htmx
def kb_suggest(request: AuthedRequest) -> HttpResponse:
    summary = _summary_from(request)
    if not wants_partial(request):
        return _suggestion_page(request, summary)
    articles = suggestions.matching_articles(request.user, suggestions.keywords(summary))
    response = render(request, f"{NEW}#kb-suggestions", {"articles": articles})
    # The duplicate check asks once this answer is in, not alongside it: fewer Halo calls at
    # once, and a first visit does not look up the person's Halo identity twice in parallel.
    return trigger_client_event(response, "kb-checked", after="settle")


@require_GET
@vary_on_htmx
def duplicate_check(request: AuthedRequest) -> HttpResponse:
    summary = _summary_from(request)
    if not wants_partial(request):
        return _suggestion_page(request, summary)
    similar = suggestions.similar_open_tickets(request.user, suggestions.keywords(summary))
    return render(request, f"{NEW}#duplicate-check", {"similar": similar})


def _summary_from(request: AuthedRequest) -> str:
    form = SuggestForm(request.GET)
    return form.cleaned_data["summary"].strip() if form.is_valid() else ""


def _suggestion_page(request: AuthedRequest, summary: str) -> HttpResponse:
    # Without htmx: the new-ticket page with the summary filled in and both lists shown.
    form = NewTicketForm(initial={"summary": summary}, ticket_types=_ticket_type_choices())
    context = {"form": form} | _attachment_limits()
    return render(request, NEW, context | suggestions.suggestions_for(request.user, summary))


def _ticket_type_choices() -> list[tuple[int, str]]:
    try:
        types = current_catalog().ticket_types(end_user=True)
    except HaloError:  # Halo down or not set up: the form goes without; Halo uses its default
        return []
    return [(item.id, item.name) for item in types]


# --- helpers ------------------------------------------------------------------------------------


def _run(
    request: AuthedRequest,
    name: str,
    params: dict[str, Any],
    *,
    attachments: list[Upload] | None = None,
) -> ActionResult:
    # My tickets is self-service for everyone: an admin sees their own tickets here, all in the console.
    return actions.run_action(
        actor=request.user,
        name=name,
        params=params,
        channel="web",
        self_service=True,
        attachments=attachments or (),
    )


def _allowed(request: AuthedRequest, name: str) -> bool:
    # A mirror refresh reads Halo too: not for a read the policy refuses (run_action says why).
    return decide(rule_for(name), request.user).allowed


def _uploads(request: AuthedRequest) -> list[Upload]:
    """The files of the form. Each is read only up to one byte over the limit: enough for the
    action to say it is too large, without holding a huge upload in memory."""
    limit = int(settings.ATTACHMENT_MAX_BYTES) + 1
    return [
        Upload(filename=f.name or "file", content=f.read(limit), content_type=f.content_type or "")
        for f in request.FILES.getlist("attachments")
    ]


def _follow_up(request: AuthedRequest) -> dict[str, Any]:
    """A new ticket opened from a resolved one that can no longer be reopened refers to it."""
    if request.method != "GET":
        return {}
    raw = request.GET.get("follow_up", "")
    if not raw.isdigit():
        return {}
    return {"details": _("Follow-up to ticket #%(id)s, which was resolved.") % {"id": int(raw)}}


def _refresh_requested(request: AuthedRequest) -> bool:
    return request.GET.get("fresh") == "1"


def _with_fresh(request: AuthedRequest) -> str:
    query = request.GET.copy()
    query["fresh"] = "1"
    return f"{request.path}?{query.urlencode()}"


def _announce(request: AuthedRequest, result: ActionResult) -> None:
    if result.status == "done":
        messages.success(request, result.message)
    else:  # pending or waiting for approval: reassuring, not alarming
        messages.info(request, result.message)


def _with_messages(request: AuthedRequest, response: HttpResponse) -> HttpResponse:
    response.write(render_to_string("portal/tickets/_messages_oob.html", request=request))
    return response
