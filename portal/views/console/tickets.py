"""Console ticket pages: search across every customer, create a ticket for anyone, and one
ticket's full history (hidden notes included) with update, note and resolve."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from halo_integration import actions
from halo_integration.actions import ActionResult
from halo_integration.actions.lookup import LOOKUP, rows_of
from halo_integration.actions.registry import MAX_TEXT, label_of
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS
from halo_integration.actions.tickets_write import (
    ADD_NOTE,
    CREATE_TICKET,
    RESOLVE_TICKET,
    UPDATE_TICKET,
)
from halo_integration.catalog import Item
from halo_integration.presenters import TicketView
from halo_integration.schemas import Client, User
from portal.console_forms import (
    NewTicketForm,
    NoteForm,
    ResolveForm,
    TicketSearchForm,
    TicketUpdateForm,
)
from portal.ratelimit import limit_writes
from portal.views._htmx import AuthedRequest, navigate, partial_target
from portal.views.console.common import (
    catalog_lists,
    choices,
    console_view,
    pager,
    read,
    read_page,
    remember,
    run,
    show_refusal,
    write_notice,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

SEARCH = "portal/console/tickets/search.html"
NEW = "portal/console/tickets/new.html"
DETAIL = "portal/console/tickets/detail.html"
RESOLVE = "portal/console/tickets/resolve.html"
MAX_OPTIONS = 100  # one Halo page; longer lists are for the look-up pages
_CATALOG_FIELDS = (
    ("tickettype_id", "ticket_types"),
    ("status_id", "statuses"),
    ("priority_id", "priorities"),
    ("team_id", "teams"),
    ("agent_id", "agents"),
)

# The new-ticket selects' empty choice says what leaving it empty means.
_NEW_TICKET_EMPTY = {
    "tickettype_id": gettext_lazy("Choose a ticket type"),
    "priority_id": gettext_lazy("The ticket type's default"),
    "team_id": gettext_lazy("No team"),
    "agent_id": gettext_lazy("Unassigned"),
}


# --- search ---------------------------------------------------------------------------------


@console_view
@require_GET
def ticket_search(request: AuthedRequest) -> HttpResponse:
    form = TicketSearchForm(request.GET)
    context: dict[str, Any] = {"section": "tickets", "form": form}
    if form.is_valid():
        data = read_page(request, LIST_TICKETS, **form.action_params())
        context |= {
            "tickets": data["tickets"],
            "pager": pager(request, data, target="ticket-results"),
        }
    if partial_target(request, "ticket-results"):
        return render(request, f"{SEARCH}#ticket-results", context)
    _offer_catalog(form, empty_label=_("Any"))
    client_id = _as_id(form["client_id"].value())
    _offer_customers(request, form, client_id, empty_label=_("Any customer"))
    form.set_choices("site_id", _site_choices(request, client_id), empty_label=_("Any site"))
    return render(request, SEARCH, context)


@console_view
@require_GET
def site_field(request: AuthedRequest) -> HttpResponse:
    """The search form's site select for the customer just chosen."""
    client_id = _as_id(request.GET.get("client_id"))
    form = TicketSearchForm(initial={"client_id": client_id})
    form.set_choices("site_id", _site_choices(request, client_id), empty_label=_("Any site"))
    return render(request, f"{SEARCH}#site-field", {"form": form})


# --- create ---------------------------------------------------------------------------------


@console_view
@require_http_methods(["GET", "POST"])
@limit_writes
def ticket_new(request: AuthedRequest) -> HttpResponse:
    if request.method == "GET":
        start: dict[str, Any] = {k: _as_id(request.GET.get(k)) for k in ("client_id", "site_id")}
        # "Edit" on an Ask card carries the plan's summary and details over.
        start |= {k: request.GET.get(k, "")[:MAX_TEXT] for k in ("summary", "details")}
        return _render_new(request, NewTicketForm(initial=start))
    if "refresh" in request.POST:  # without JavaScript: reload the site and user lists
        return _render_new(request, NewTicketForm(initial=request.POST.dict()))
    form = NewTicketForm(request.POST)
    if form.is_valid():
        result = run(request, CREATE_TICKET, **form.action_params())
        if result.ok:
            remember(request, write_notice(result))
            # Queued or awaiting approval: there is no ticket to show yet.
            url = (
                reverse("console-ticket", args=[result.ticket_id])
                if result.status == "done"
                else reverse("console-home")
            )
            return navigate(request, url)
        show_refusal(form, result)
    return _render_new(request, form)


@console_view
@require_GET
def requester_fields(request: AuthedRequest) -> HttpResponse:
    """The new-ticket form's site and user selects for the customer (and site) just chosen."""
    initial = {k: _as_id(request.GET.get(k)) for k in ("client_id", "site_id", "user_id")}
    form = NewTicketForm(initial=initial)
    _offer_requester(request, form)
    return render(request, f"{NEW}#requester-fields", {"form": form})


def _render_new(request: AuthedRequest, form: NewTicketForm) -> HttpResponse:
    _offer_catalog(form, labels=_NEW_TICKET_EMPTY)
    client_id = _as_id(form["client_id"].value())
    _offer_customers(request, form, client_id, empty_label=_("Choose a customer"))
    _offer_requester(request, form)
    template = NEW + ("#new-ticket-form" if partial_target(request, "new-ticket-form") else "")
    return render(request, template, {"section": "new", "form": form})


def _offer_requester(request: AuthedRequest, form: NewTicketForm) -> None:
    client_id = _as_id(form["client_id"].value())
    site_id = _as_id(form["site_id"].value())
    form.set_choices(
        "site_id", _site_choices(request, client_id), empty_label=_("The customer's main site")
    )
    form.set_choices(
        "user_id", _user_choices(request, client_id, site_id), empty_label=_("No particular user")
    )


# --- one ticket -----------------------------------------------------------------------------


@console_view
@require_GET
def ticket_detail(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    data = read(request, GET_TICKET, ticket_id=ticket_id)
    if partial_target(request, "ticket-live"):  # refreshed after a change made on the page
        return render(request, f"{DETAIL}#ticket-live", _live_context(request, data))
    typed = {
        "note": request.GET.get("note", "")[:MAX_TEXT],
        "hiddenfromuser": request.GET.get("hiddenfromuser") == "1",
    }
    return _render_detail(
        request, data, note_form=NoteForm(initial=typed) if typed["note"] else None
    )


@console_view
@require_POST
@limit_writes
def ticket_update(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    form = TicketUpdateForm(request.POST)
    if form.is_valid():
        result = run(request, UPDATE_TICKET, ticket_id=ticket_id, **form.changes())
        if result.ok:
            # What was just set is what the page shows now.
            fresh = TicketUpdateForm(initial=form.cleaned_data)
            return _after_write(request, ticket_id, result, "ticket-update", update_form=fresh)
        show_refusal(form, result)
    return _form_again(request, ticket_id, "ticket-update", update_form=form)


@console_view
@require_POST
@limit_writes
def ticket_note(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    form = NoteForm(request.POST)
    if form.is_valid():
        result = run(request, ADD_NOTE, ticket_id=ticket_id, **form.cleaned_data)
        if result.ok:
            return _after_write(request, ticket_id, result, "ticket-note", note_form=NoteForm())
        show_refusal(form, result)
    return _form_again(request, ticket_id, "ticket-note", note_form=form)


@console_view
@require_http_methods(["GET", "POST"])
@limit_writes
def ticket_resolve(request: AuthedRequest, ticket_id: int) -> HttpResponse:
    """A page of its own: resolving is the confirmation step (no JavaScript confirm())."""
    # "Edit" on an Ask card opens this page with the planned (or drafted) note filled in.
    typed = {
        "note": request.GET.get("note", "")[:MAX_TEXT],
        "hiddenfromuser": request.GET.get("hiddenfromuser") == "1",
    }
    form = ResolveForm(request.POST if request.method == "POST" else None, initial=typed)
    if form.is_bound and form.is_valid():
        result = run(request, RESOLVE_TICKET, ticket_id=ticket_id, **form.cleaned_data)
        if result.ok:
            remember(request, write_notice(result))
            url = (
                reverse("console-home")
                if result.status == "pending"
                else reverse("console-ticket", args=[ticket_id])
            )
            return navigate(request, url)
        show_refusal(form, result)
    context: dict[str, Any] = {"section": "tickets", "ticket_id": ticket_id, "form": form}
    if partial_target(request, "resolve-form"):
        return render(request, f"{RESOLVE}#resolve-form", context)
    data = read(request, GET_TICKET, ticket_id=ticket_id)
    return render(request, RESOLVE, context | {"ticket": data["ticket"]})


def _after_write(
    request: AuthedRequest, ticket_id: int, result: ActionResult, partial: str, **forms: Any
) -> HttpResponse:
    notice = write_notice(result)
    if not request.htmx or result.status == "pending":
        remember(request, notice)
        # Pending means Halo is down: the ticket page could not be shown, the console home can.
        url = (
            reverse("console-home")
            if result.status == "pending"
            else reverse("console-ticket", args=[ticket_id])
        )
        return navigate(request, url)
    if "update_form" in forms:
        _offer_catalog(forms["update_form"])
    context = {"ticket_id": ticket_id, "notice": notice, **forms}
    response = render(request, f"{DETAIL}#{partial}", context)
    if result.status == "done":
        trigger_client_event(response, "ticket-changed")  # the facts and history reload
    return response


def _form_again(request: AuthedRequest, ticket_id: int, partial: str, **forms: Any) -> HttpResponse:
    """A form that was not accepted, with its errors: just the form for htmx, else the page."""
    if request.htmx:
        if "update_form" in forms:
            _offer_catalog(forms["update_form"])
        return render(request, f"{DETAIL}#{partial}", {"ticket_id": ticket_id, **forms})
    return _render_detail(request, read(request, GET_TICKET, ticket_id=ticket_id), **forms)


def _render_detail(
    request: AuthedRequest,
    data: dict[str, Any],
    *,
    update_form: TicketUpdateForm | None = None,
    note_form: NoteForm | None = None,
) -> HttpResponse:
    ticket: TicketView = data["ticket"]
    lists = catalog_lists(*(kind for _, kind in _CATALOG_FIELDS))
    if update_form is None:
        update_form = TicketUpdateForm(initial=_current_values(ticket, lists["teams"]))
    _offer_catalog(update_form, lists=lists)
    context = _live_context(request, data) | {
        "section": "tickets",
        "ticket_id": ticket.id,
        "update_form": update_form,
        "note_form": note_form or NoteForm(),
    }
    return render(request, DETAIL, context)


def _live_context(request: AuthedRequest, data: dict[str, Any]) -> dict[str, Any]:
    ticket: TicketView = data["ticket"]
    waiting = [
        (label_of(write.action), write.reference)
        for write in actions.pending_writes_for(request.user, ticket.id)
    ]
    return {
        "ticket": ticket,
        "history": data["actions"],
        "waiting": waiting,
        "ticket_id": ticket.id,
    }


def _current_values(ticket: TicketView, teams: list[Any]) -> dict[str, Any]:
    values = {name: getattr(ticket, name) for name, _ in _CATALOG_FIELDS}
    if not values["team_id"] and ticket.team_name:  # Halo names a ticket's team
        values["team_id"] = next((t.id for t in teams if t.name == ticket.team_name), None)
    return values


# --- helpers --------------------------------------------------------------------------------


def _offer_catalog(
    form: Any,
    *,
    empty_label: str = "—",
    labels: Mapping[str, StrOrPromise] | None = None,
    lists: dict[str, list[Item]] | None = None,
) -> None:
    """Fill the form's ticket type, status, priority, team and agent selects from the catalog."""
    wanted = [(name, kind) for name, kind in _CATALOG_FIELDS if name in form.fields]
    lists = lists or catalog_lists(*(kind for _, kind in wanted))
    for name, kind in wanted:
        label = str((labels or {}).get(name, empty_label))
        form.set_choices(name, choices(lists[kind]), empty_label=label)


def _offer_customers(
    request: AuthedRequest, form: Any, client_id: int | None, *, empty_label: str
) -> None:
    data = read(request, LOOKUP, entity="customers", page_size=MAX_OPTIONS)
    rows: list[Client] = sorted(data["rows"], key=lambda row: row.name.casefold())
    if client_id and all(row.id != client_id for row in rows):
        found = run(request, LOOKUP, entity="customers", id=client_id)
        if found.ok:  # a customer beyond the first page, linked from its own page
            rows += [row for row in rows_of(found)["rows"] if isinstance(row, Client)]
    form.set_choices("client_id", [(r.id, r.label) for r in rows], empty_label=empty_label)
    if data["record_count"] > MAX_OPTIONS:
        form.fields["client_id"].help_text = _(
            "The first %(shown)s of %(total)s customers; open any other from its customer page."
        ) % {"shown": MAX_OPTIONS, "total": data["record_count"]}


def _site_choices(request: AuthedRequest, client_id: int | None) -> list[tuple[int, str]]:
    if not client_id:
        return []
    data = read(request, LOOKUP, entity="sites", client_id=client_id, page_size=MAX_OPTIONS)
    return [(row.id, row.label) for row in data["rows"]]


def _user_choices(
    request: AuthedRequest, client_id: int | None, site_id: int | None
) -> list[tuple[int, str]]:
    if not client_id:
        return []
    where = {"client_id": client_id} | ({"site_id": site_id} if site_id else {})
    data = read(request, LOOKUP, entity="users", page_size=MAX_OPTIONS, **where)
    rows: list[User] = data["rows"]
    return [
        (row.id, f"{row.name} ({row.emailaddress})" if row.emailaddress else row.label)
        for row in rows
    ]


def _as_id(value: Any) -> int | None:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None
