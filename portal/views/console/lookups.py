"""Console look-ups: Halo's customers, sites, users, agents, teams, assets, contracts, KB
articles, appointments, invoices and reports, searchable and paged, linked to each other (and
to the ticket search) where Halo links them; and a customer's page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import LIST_TICKETS
from halo_integration.schemas import Agent, Contract, HaloModel
from portal.console_forms import LookupForm
from portal.views._htmx import AuthedRequest, partial_target
from portal.views.console.common import (
    console_view,
    pager,
    read,
    read_page,
    ticket_search_url,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

Row = HaloModel


@dataclass(frozen=True)
class Cell:
    """One table cell: text (maybe a link), or a date or an amount the template formats."""

    text: str = ""
    url: str = ""
    when: dt.datetime | None = None
    with_time: bool = False
    amount: float | None = None


@dataclass(frozen=True)
class Column:
    key: str
    label: StrOrPromise
    cell: Callable[[Row], Cell]


def _field(row: Row, name: str) -> Any:
    # Every model declares the fields its columns show (with defaults), so this never guesses.
    return getattr(row, name)


def _text(field: str) -> Callable[[Row], Cell]:
    return lambda row: Cell(str(_field(row, field) if _field(row, field) is not None else ""))


def _date(field: str, *, with_time: bool = False) -> Callable[[Row], Cell]:
    return lambda row: Cell(when=_field(row, field), with_time=with_time)


def _amount(field: str) -> Callable[[Row], Cell]:
    return lambda row: Cell(amount=_field(row, field) or 0.0)


def _yes_no(value: bool) -> Cell:
    return Cell(_("Yes") if value else _("No"))


def _active(row: Row) -> Cell:
    return _yes_no(not _field(row, "inactive"))


def _contract_active(row: Row) -> Cell:
    return _yes_no(isinstance(row, Contract) and row.is_active(timezone.now()))


def _customer_url(client_id: Any) -> str:
    return reverse("console-customer", args=[client_id]) if client_id else ""


def _customer(row: Row) -> Cell:
    return Cell(_field(row, "client_name"), _customer_url(_field(row, "client_id")))


def _lookup_url(entity: str, **filters: Any) -> str:
    query = {k: v for k, v in filters.items() if v not in (None, "")}  # rows may lack them
    return reverse("console-lookup", args=[entity]) + ("?" + urlencode(query) if query else "")


def _tickets_link(**filters: Any) -> Callable[[Row], Cell]:
    """A link to the open tickets of this row: filters map ticket filter -> the row's field."""

    def cell(row: Row) -> Cell:
        query = {name: _field(row, field) for name, field in filters.items()}
        return Cell(_("Open tickets"), ticket_search_url(state="open", **query))

    return cell


def _ticket(row: Row) -> Cell:
    ticket_id = _field(row, "ticket_id")
    if not ticket_id:
        return Cell()
    return Cell(f"#{ticket_id}", reverse("console-ticket", args=[ticket_id]))


def _agent_teams(row: Row) -> Cell:
    return Cell(", ".join(row.team_names) if isinstance(row, Agent) else "")


_L = gettext_lazy
COLUMNS: dict[str, tuple[Column, ...]] = {
    "customers": (
        Column("name", _L("Name"), lambda r: Cell(_field(r, "name"), _customer_url(_field(r, "id")))),
        Column("toplevel", _L("Top level"), _text("toplevel_name")),
        Column("website", _L("Website"), _text("website")),
        Column("active", _L("Active"), _active),
    ),
    "sites": (
        Column("name", _L("Site"), _text("name")),
        Column("customer", _L("Customer"), _customer),
        Column("phone", _L("Phone"), _text("phonenumber")),
        Column("timezone", _L("Time zone"), _text("timezone")),
        Column("users", _L("Users"), lambda r: Cell(_("Users"), _lookup_url("users", client_id=_field(r, "client_id"), site_id=_field(r, "id")))),
        Column("tickets", _L("Tickets"), _tickets_link(client_id="client_id", site_id="id")),
    ),
    "users": (
        Column("name", _L("Name"), _text("name")),
        Column("email", _L("E-mail"), _text("emailaddress")),
        Column("customer", _L("Customer"), _customer),
        Column("site", _L("Site"), _text("site_name")),
        Column("active", _L("Active"), _active),
        Column("tickets", _L("Tickets"), _tickets_link(user_id="id")),
    ),
    "agents": (
        Column("name", _L("Name"), _text("name")),
        Column("email", _L("E-mail"), _text("email")),
        Column("teams", _L("Teams"), _agent_teams),
        Column("tickets", _L("Tickets"), _tickets_link(agent_id="id")),
    ),
    "teams": (
        Column("name", _L("Team"), _text("name")),
        Column("active", _L("Active"), _active),
        Column("tickets", _L("Tickets"), _tickets_link(team_id="id")),
    ),
    "assets": (
        Column("number", _L("Asset"), _text("inventory_number")),
        Column("type", _L("Type"), _text("assettype_name")),
        Column("customer", _L("Customer"), _customer),
        Column("site", _L("Site"), _text("site_name")),
        Column("user", _L("User"), _text("username")),
    ),
    "contracts": (
        Column("ref", _L("Contract"), _text("ref")),
        Column("customer", _L("Customer"), _customer),
        Column("type", _L("Type"), _text("contracttype_name")),
        Column("start", _L("Start"), _date("start_date")),
        Column("end", _L("End / renewal"), _date("end_date")),
        Column("active", _L("Active"), _contract_active),
    ),
    "kb_articles": (
        Column("title", _L("Title"), _text("name")),
        Column("tags", _L("Tags"), _text("tag_string")),
        Column("views", _L("Views"), _text("view_count")),
        Column("active", _L("Active"), _active),
    ),
    "appointments": (
        Column("subject", _L("Subject"), _text("subject")),
        Column("type", _L("Type"), _text("appointment_type_name")),
        Column("start", _L("Start"), _date("start_date", with_time=True)),
        Column("end", _L("End"), _date("end_date", with_time=True)),
        Column("agent", _L("Agent"), _text("agent_name")),
        Column("customer", _L("Customer"), _customer),
        Column("ticket", _L("Ticket"), _ticket),
    ),
    "invoices": (
        Column("number", _L("Invoice"), _text("invoicenumber")),
        Column("customer", _L("Customer"), _customer),
        Column("date", _L("Date"), _date("invoice_date")),
        Column("due", _L("Due"), _date("duedate")),
        Column("total", _L("Total"), _amount("total")),
        Column("amount_due", _L("Amount due"), _amount("amountdue")),
    ),
    "reports": (
        Column("name", _L("Report"), _text("name")),
        Column("description", _L("Description"), lambda r: Cell(strip_tags(_field(r, "description")))),
        Column("group", _L("Group"), _text("group_name")),
    ),
}  # fmt: skip

ENTITY_LABELS: dict[str, StrOrPromise] = {
    "customers": _L("Customers"),
    "sites": _L("Sites"),
    "users": _L("Users"),
    "agents": _L("Agents"),
    "teams": _L("Teams"),
    "assets": _L("Assets"),
    "contracts": _L("Contracts"),
    "kb_articles": _L("KB articles"),
    "appointments": _L("Appointments"),
    "invoices": _L("Invoices"),
    "reports": _L("Reports"),
}


def table(entity: str, rows: list[Row], *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    columns = [column for column in COLUMNS[entity] if column.key not in skip]
    return {
        "columns": [column.label for column in columns],
        "rows": [[column.cell(row) for column in columns] for row in rows],
    }


@console_view
@require_GET
def lookup(request: AuthedRequest, entity: str) -> HttpResponse:
    if entity not in COLUMNS:
        raise Http404(_("There is no such look-up."))
    form = LookupForm(request.GET)
    context: dict[str, Any] = {
        "section": "lookups",
        "entity": entity,
        "entity_label": ENTITY_LABELS[entity],
        "entities": ENTITY_LABELS,
        "form": form,
    }
    if form.is_valid():
        data = read_page(request, LOOKUP, **form.action_params(entity))
        context |= {
            "table": table(entity, data["rows"]),
            "pager": pager(request, data, target="lookup-results"),
            "filtered": bool(form.cleaned_data["client_id"] or form.cleaned_data["site_id"]),
        }
    if partial_target(request, "lookup-results"):
        return render(request, "portal/console/lookup.html#lookup-results", context)
    return render(request, "portal/console/lookup.html", context)


@console_view
@require_GET
def customer(request: AuthedRequest, client_id: int) -> HttpResponse:
    found = read(request, LOOKUP, entity="customers", id=client_id)["rows"][0]
    mine = {"client_id": client_id}
    sites = read(request, LOOKUP, entity="sites", page_size=100, **mine)
    contracts = read(request, LOOKUP, entity="contracts", page_size=100, **mine)
    assets = read(request, LOOKUP, entity="assets", page_size=25, **mine)
    tickets = read(request, LIST_TICKETS, open_only=True, page_size=10, **mine)
    context = {
        "section": "lookups",
        "customer": found,
        "active": not getattr(found, "inactive", None),
        "sites": table("sites", sites["rows"], skip=("customer",)),
        "site_count": sites["record_count"],
        "contracts": table("contracts", contracts["rows"], skip=("customer",)),
        "contract_count": contracts["record_count"],
        "assets": table("assets", assets["rows"], skip=("customer",)),
        "asset_count": assets["record_count"],
        "tickets": tickets["tickets"],
        "open_count": tickets["record_count"],
        "open_tickets_url": ticket_search_url(client_id=client_id, state="open"),
        "links": {
            entity: _lookup_url(entity, **mine)
            for entity in ("sites", "users", "assets", "contracts", "appointments", "invoices")
        },
    }
    return render(request, "portal/console/customer.html", context)
