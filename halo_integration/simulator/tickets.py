"""``/api/Tickets``: list, get, create/update (POST upsert) and delete."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .context import Ctx
from .http import Response, json_response, not_found
from .params import (
    Paging,
    Predicate,
    field_equals,
    field_in,
    flag,
    int_list_param,
    int_param,
    order_rows,
    text_param,
)
from .store import GENERAL_USER_ID, TICKET_LIST_FIELDS, Row, Store, by_id, public
from .timeutil import iso
from .validation import Errors, Item, body_items, check_unknown_fields, int_field, single_or_list

# Query parameter -> ticket field, for the scalar "(int) Filters by ..." parameters in the spec.
# The spec has no tickettype_id or team_id parameter on GET /Tickets: like real Halo, those are
# ignored (use requesttype_id / requesttype / team).
SCALAR_FILTERS = {
    "client_id": "client_id",
    "site_id": "site_id",
    "user_id": "user_id",
    "agent_id": "agent_id",
    "status_id": "status_id",
    "requesttype_id": "tickettype_id",
}
# The "(array of int)" parameters, sent comma-separated.
ARRAY_FILTERS = {
    "team": "team_id",
    "status": "status_id",
    "priority": "priority_id",
    "agent": "agent_id",
    "requesttype": "tickettype_id",
    "client_ids": "client_id",
}
REFERENCE_FIELDS = (
    "tickettype_id",
    "priority_id",
    "status_id",
    "agent_id",
    "team_id",
    "client_id",
    "site_id",
    "user_id",
)


def list_item(ticket: Row, files: Counter[int]) -> Row:
    """A list row; `files`: how many files each ticket has (see files_per_ticket)."""
    return {name: ticket.get(name) for name in TICKET_LIST_FIELDS} | {
        "attachment_count": files[ticket["id"]]
    }


def files_per_ticket(store: Store) -> Counter[int]:
    """Faults.attachment_count: every file of the ticket and of its actions, whoever may see it."""
    return Counter(int(row["ticket_id"]) for row in store.attachments.values())


def full_ticket(store: Store, ticket: Row) -> Row:
    """The single-ticket shape: every stored field plus a few denormalised names."""
    body = {"id": ticket["id"], **public(ticket)}
    body["attachment_count"] = files_per_ticket(store)[ticket["id"]]
    status = by_id(store.statuses, ticket.get("status_id"))
    tickettype = by_id(store.ticket_types, ticket.get("tickettype_id"))
    body["status_name"] = status["name"] if status else ""
    body["tickettype_name"] = tickettype["name"] if tickettype else ""
    body.setdefault("details_html", ticket.get("details", ""))
    return body


# --- GET /Tickets --------------------------------------------------------------------------------


def list_tickets(ctx: Ctx) -> Response:
    predicates = _filters(ctx)
    rows = [t for t in ctx.store.tickets.values() if all(p(t) for p in predicates)]
    rows.sort(key=lambda t: t["id"])
    order = text_param(ctx.req, "order").lower() or "id"
    if not any(order in t for t in rows[:1]):
        order = "id"  # Halo ignores an order field it does not know
    rows = order_rows(rows, order, flag(ctx.req, "orderdesc"))
    paging = Paging.from_request(ctx.req)
    files = files_per_ticket(ctx.store)
    body = paging.envelope("tickets", [list_item(t, files) for t in rows])
    if paging.paginate:
        body["columns"] = []
    return json_response(200, body)


def _filters(ctx: Ctx) -> list[Predicate]:
    req = ctx.req
    predicates: list[Predicate] = []
    for param, name in SCALAR_FILTERS.items():
        value = int_param(req, param)
        if value is not None:
            predicates.append(field_equals(name, value))
    for param, name in ARRAY_FILTERS.items():
        ids = int_list_param(req, param)
        if ids is not None:
            predicates.append(field_in(name, ids))
    ticket_ids = _ticket_ids(text_param(req, "ticketids"))
    if ticket_ids is not None:
        predicates.append(lambda t: t["id"] in ticket_ids)
    if flag(req, "open_only"):
        predicates.append(lambda t: not t.get("hasbeenclosed"))
    if flag(req, "closed_only"):
        predicates.append(lambda t: bool(t.get("hasbeenclosed")))
    search = text_param(req, "search")
    if search:
        predicates.append(lambda t: _search_hit(search, t))
    if text_param(req, "datesearch") == "dateoccured":  # Halo's spelling
        start, end = text_param(req, "startdate"), text_param(req, "enddate")
        if start:
            predicates.append(lambda t: str(t.get("dateoccurred") or "")[:10] >= start[:10])
        if end:
            predicates.append(lambda t: str(t.get("dateoccurred") or "")[:10] < end[:10])
    return predicates


def _ticket_ids(raw: str) -> set[int] | None:
    if not raw:
        return None
    return {int(part) for part in raw.split(",") if part.strip().isdigit()}


def _search_hit(needle: str, ticket: Row) -> bool:
    if needle.isdigit() and int(needle) == ticket["id"]:
        return True
    lowered = needle.lower()
    return (
        lowered in (ticket.get("summary") or "").lower()
        or lowered in (ticket.get("details") or "").lower()
    )


# --- GET / DELETE /Tickets/{id} --------------------------------------------------------------------


def _existing(store: Store, raw_id: str) -> Row:
    ticket = store.tickets.get(int(raw_id)) if raw_id.isdigit() else None
    if ticket is None:
        raise not_found(f"Ticket {raw_id} not found")
    return ticket


def get_ticket(ctx: Ctx, raw_id: str) -> Response:
    return json_response(200, full_ticket(ctx.store, _existing(ctx.store, raw_id)))


def delete_ticket(ctx: Ctx, raw_id: str) -> Response:
    ticket = _existing(ctx.store, raw_id)
    del ctx.store.tickets[ticket["id"]]
    ctx.store.actions.pop(ticket["id"], None)
    return json_response(200, {"id": ticket["id"]})


# --- POST /Tickets ------------------------------------------------------------------------------


def post_tickets(ctx: Ctx) -> Response:
    items = body_items(ctx.req)
    errors = Errors()
    check_unknown_fields("Faults", items, errors)
    plans = [_plan(ctx.store, index, item, errors) for index, item in enumerate(items)]
    errors.raise_if_any()
    rows = [_apply(ctx, existing, changes) for existing, changes in plans]
    return json_response(201, single_or_list([full_ticket(ctx.store, row) for row in rows]))


def _plan(store: Store, index: int, item: Item, errors: Errors) -> tuple[Row | None, Item]:
    """Validate one item; returns the ticket to update (None to create) and the clean changes."""
    ticket_id = int_field(item, "id", index, errors)
    existing = None
    if ticket_id:
        existing = store.tickets.get(ticket_id)
        if existing is None:
            raise not_found(f"Ticket {ticket_id} not found")
    changes = {key: value for key, value in item.items() if key != "id"}
    for name in REFERENCE_FIELDS:
        if name in changes:
            changes[name] = int_field(item, name, index, errors)
    _check_summary(changes, existing, index, errors)
    _check_references(store, changes, index, errors)
    _check_team_name(store, changes, index, errors)
    _check_site_for_user(changes, existing, index, errors)
    return existing, changes


def _check_summary(changes: Item, existing: Row | None, index: int, errors: Errors) -> None:
    missing = existing is None and "summary" not in changes
    blank = "summary" in changes and not str(changes["summary"] or "").strip()
    if missing or blank:
        errors.add(index, "summary", "Summary is required")


def _check_references(store: Store, changes: Item, index: int, errors: Errors) -> None:
    tables: dict[str, tuple[Any, str]] = {
        "tickettype_id": (store.ticket_types, "Ticket Type"),
        "priority_id": (store.priority_ids(), "Priority"),
        "status_id": (store.statuses, "Status"),
        "agent_id": (store.agents, "Agent"),
        "team_id": (store.teams, "Team"),
        "client_id": (store.clients, "Customer"),
        "site_id": (store.sites, "Site"),
        "user_id": (store.users, "User"),
    }
    if changes.get("agent_id") == 0:
        changes["agent_id"] = None  # 0 means unassigned
    for name, (table, label) in tables.items():
        value = changes.get(name)
        if value is None or (name == "user_id" and value == GENERAL_USER_ID):
            continue
        if value not in table:
            errors.add(index, name, f"{label} {value} does not exist")


def _check_team_name(store: Store, changes: Item, index: int, errors: Errors) -> None:
    """Clients may send the team by name (``team``) instead of ``team_id``; the id wins."""
    name = changes.pop("team", None)
    if changes.get("team_id") is not None or not name:
        return
    team = store.team_by_name(str(name))
    if team is None:
        errors.add(index, "team", f"Team '{name}' does not exist")
    else:
        changes["team_id"] = team["id"]


def _check_site_for_user(changes: Item, existing: Row | None, index: int, errors: Errors) -> None:
    """Halo requires a site whenever a specific user is set (the General User, -1, excepted)."""
    user_id = changes.get("user_id")
    if user_id is None or user_id == GENERAL_USER_ID:
        return
    site_id = changes["site_id"] if "site_id" in changes else (existing or {}).get("site_id")
    if site_id is None:
        errors.add(index, "site_id", "Please select a Site for this User")


def _apply(ctx: Ctx, existing: Row | None, changes: Item) -> Row:
    store, now = ctx.store, ctx.now
    if "details" not in changes and "details_html" in changes:
        changes["details"] = changes["details_html"]  # Halo keeps rich text in details too
    if existing is None:
        changes.update(
            dateoccurred=changes.get("dateoccurred") or iso(now),
            lastactiondate=iso(now),
            last_update=iso(now),
        )
        return store.insert_ticket(changes, now)
    status_id = changes.pop("status_id", None)
    existing.update(changes)
    if "site_id" in changes and existing["site_id"] in store.sites:
        existing["client_id"] = store.sites[existing["site_id"]]["client_id"]
    if status_id is not None:
        store.apply_status(existing, status_id, now)
    existing["last_update"] = iso(now)
    store.fill_ticket_names(existing)
    return existing
