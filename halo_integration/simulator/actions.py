"""``/api/Actions``: a ticket's notes, emails and status changes. Ids are a per-ticket sequence,
so every call names the ticket (``ticket_id``)."""

from __future__ import annotations

import html

from .context import Ctx
from .http import Response, bad_request, json_response, not_found
from .params import Paging, flag, int_param
from .store import ACTION_LIST_FIELDS, Row, Store, public
from .timeutil import iso
from .validation import (
    Errors,
    Item,
    body_items,
    bool_field,
    check_unknown_fields,
    int_field,
    single_or_list,
)

OUTCOME_REQUIRED = "An Outcome must be entered for this Action"
AGENT_WHO_TYPE = 1


def list_item(action: Row) -> Row:
    return {name: action.get(name) for name in ACTION_LIST_FIELDS}


def _required_ticket_id(ctx: Ctx) -> int:
    ticket_id = int_param(ctx.req, "ticket_id")
    if ticket_id is None:
        # Real Halo accepts this and then times out scanning every action; refusing is kinder.
        raise bad_request(
            {"ticket_id": "ticket_id is required: unfiltered /Actions requests time out"}
        )
    return ticket_id


def list_actions(ctx: Ctx) -> Response:
    ticket_id = _required_ticket_id(ctx)
    rows = sorted(ctx.store.actions.get(ticket_id, []), key=lambda a: a["id"])
    if flag(ctx.req, "excludeprivate") or flag(ctx.req, "conversationonly"):
        rows = [a for a in rows if not a.get("hiddenfromuser")]
    if flag(ctx.req, "agentonly"):
        rows = [a for a in rows if a.get("who_type") == AGENT_WHO_TYPE]
    paging = Paging.from_request(ctx.req)
    return json_response(
        200, paging.envelope("actions", [list_item(a) for a in rows], ticket_id=ticket_id)
    )


def _find(store: Store, ticket_id: int, raw_id: str, most_recent: bool = False) -> Row:
    actions = store.actions.get(ticket_id, [])
    if most_recent and actions:
        return max(actions, key=lambda a: a["id"])
    found = next((a for a in actions if raw_id.isdigit() and a["id"] == int(raw_id)), None)
    if found is None:
        raise not_found(f"Action {raw_id} on ticket {ticket_id} not found")
    return found


def get_action(ctx: Ctx, raw_id: str) -> Response:
    ticket_id = _required_ticket_id(ctx)
    return json_response(
        200, public(_find(ctx.store, ticket_id, raw_id, flag(ctx.req, "mostrecent")))
    )


def delete_action(ctx: Ctx, raw_id: str) -> Response:
    ticket_id = _required_ticket_id(ctx)
    action = _find(ctx.store, ticket_id, raw_id)
    ctx.store.actions[ticket_id].remove(action)
    return json_response(200, {"id": action["id"], "ticket_id": ticket_id})


# --- POST /Actions --------------------------------------------------------------------------------


def post_actions(ctx: Ctx) -> Response:
    items = body_items(ctx.req)
    errors = Errors()
    check_unknown_fields("Actions", items, errors)
    plans = [_plan(ctx.store, index, item, errors) for index, item in enumerate(items)]
    errors.raise_if_any()
    rows = [_apply(ctx, ticket_id, existing, changes) for ticket_id, existing, changes in plans]
    return json_response(201, single_or_list([public(row) for row in rows]))


def _plan(store: Store, index: int, item: Item, errors: Errors) -> tuple[int, Row | None, Item]:
    changes = {key: value for key, value in item.items() if key != "id"}
    for name in (
        "ticket_id",
        "outcome_id",
        "new_status",
        "who_agentid",
        "actionby_agent_id",
        "actionby_user_id",
    ):
        if name in changes:
            changes[name] = int_field(item, name, index, errors)
    if "hiddenfromuser" in changes:
        changes["hiddenfromuser"] = bool_field(item, "hiddenfromuser", index, errors)
    ticket_id = changes.get("ticket_id")
    if ticket_id is None:
        errors.add(index, "ticket_id", "A Ticket must be selected for this Action")
        return 0, None, changes
    if ticket_id not in store.tickets:
        errors.add(index, "ticket_id", f"Ticket {ticket_id} does not exist")
        return ticket_id, None, changes
    action_id = int_field(item, "id", index, errors)
    existing = _find(store, ticket_id, str(action_id)) if action_id else None
    if existing is None:
        _check_outcome(store, changes, index, errors)
    _check_status(store, changes, index, errors)
    return ticket_id, existing, changes


def _check_outcome(store: Store, changes: Item, index: int, errors: Errors) -> None:
    outcome_id = changes.get("outcome_id")
    name = changes.get("outcome")
    if outcome_id:
        outcome = store.outcomes.get(outcome_id)
        if outcome is None:
            errors.add(index, "outcome_id", f"Outcome {outcome_id} does not exist")
            return
    elif isinstance(name, str) and name.strip():
        outcome = store.outcome_by_name(name)
        if outcome is None:
            errors.add(index, "outcome", f"Outcome '{name}' does not exist")
            return
    else:
        errors.add(index, "outcome", OUTCOME_REQUIRED)
        return
    changes["outcome_id"], changes["outcome"] = outcome["id"], outcome["outcome"]


def _check_status(store: Store, changes: Item, index: int, errors: Errors) -> None:
    new_status = changes.get("new_status")
    if new_status == 0:
        changes["new_status"] = None  # 0 means "no change"
    elif new_status is not None and new_status not in store.statuses:
        errors.add(index, "new_status", f"Status {new_status} does not exist")


def _apply(ctx: Ctx, ticket_id: int, existing: Row | None, changes: Item) -> Row:
    store = ctx.store
    ticket = store.tickets[ticket_id]
    _fill_notes(changes)
    if existing is not None:
        existing.update({k: v for k, v in changes.items() if v is not None})
        return existing
    outcome = store.outcomes[changes["outcome_id"]]
    changes["old_status"] = ticket["status_id"]
    new_status = changes.get("new_status") or outcome.get("newstatus")
    if new_status:
        store.apply_status(ticket, new_status, ctx.now)
    changes["new_status"] = ticket["status_id"]
    if changes.get("hiddenfromuser") is None:
        changes["hiddenfromuser"] = bool(outcome.get("hidefromuser"))
    changes["datetime"] = changes.get("datetime") or iso(ctx.now)
    if ctx.grant is not None:
        changes.setdefault("actionby_application_id", ctx.grant.client_id)
    return store.insert_action(
        ticket_id, {k: v for k, v in changes.items() if v is not None}, ctx.now
    )


def _fill_notes(changes: Item) -> None:
    """Halo keeps both renderings; derive whichever one the client left out."""
    if changes.get("note_html") and not changes.get("note"):
        changes["note"] = changes["note_html"]
    elif changes.get("note") and not changes.get("note_html"):
        changes["note_html"] = html.escape(str(changes["note"])).replace("\n", "<br>")
