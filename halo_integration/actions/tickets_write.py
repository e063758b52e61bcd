"""The ticket writes: open a ticket, add a note, resolve, update (priority, team, agent, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from halo_integration.actions.context import (
    ActionDenied,
    Context,
    HaloAnswerUnclear,
    Outcome,
    display_name,
    known,
    ticket_ref,
)
from halo_integration.actions.notes import NotePosted, post_note_once, with_files
from halo_integration.actions.registry import (
    MAX_TEXT,
    TICKET_FIELDS_ADMIN,
    TICKET_ID,
    ActionSpec,
    Audience,
    InvalidParams,
    Param,
    default_rule,
    register,
)
from halo_integration.catalog import Catalog
from halo_integration.client import HaloClient
from halo_integration.models import HaloConnection
from halo_integration.presenters import TicketView, describe_ticket, with_reference
from halo_integration.schemas import TicketRow

CREATE_TICKET = "create_ticket"
ADD_NOTE = "add_note"
RESOLVE_TICKET = "resolve_ticket"
UPDATE_TICKET = "update_ticket"


class TicketCreated(TypedDict):
    ticket_id: int
    summary: str


class TicketUpdated(TypedDict):
    ticket: TicketView
    changed: list[str]  # the parameters that were sent


UPDATE_FIELDS = ("priority_id", "team_id", "agent_id", "status_id", "tickettype_id")


class CreateTicketParams(TypedDict):
    summary: str
    details: NotRequired[str]
    tickettype_id: NotRequired[int]
    priority_id: NotRequired[int]
    client_id: NotRequired[int]
    site_id: NotRequired[int]
    user_id: NotRequired[int]
    team_id: NotRequired[int]
    agent_id: NotRequired[int]


class AddNoteParams(TypedDict):
    ticket_id: int
    note: str
    hiddenfromuser: NotRequired[bool]


class ResolveTicketParams(TypedDict):
    ticket_id: int
    note: NotRequired[str]
    hiddenfromuser: NotRequired[bool]


class UpdateTicketParams(TypedDict):
    ticket_id: int
    priority_id: NotRequired[int]
    team_id: NotRequired[int]
    agent_id: NotRequired[int]
    status_id: NotRequired[int]
    tickettype_id: NotRequired[int]


def create_ticket(ctx: Context, p: CreateTicketParams) -> Outcome[TicketCreated]:
    catalog = ctx.catalog()
    body: dict[str, Any] = {"summary": p["summary"]}
    _set_requester(ctx, p, body)
    body["tickettype_id"] = _ticket_type(ctx, catalog, p.get("tickettype_id"))
    if "priority_id" in p:
        body["priority_id"] = known(catalog, "priorities", p["priority_id"], "priority_id")
    if "team_id" in p:
        body["team"] = catalog.name_of("teams", known(catalog, "teams", p["team_id"], "team_id"))
    if "agent_id" in p:
        body["agent_id"] = known(catalog, "agents", p["agent_id"], "agent_id")
    reference = ctx.write.reference if ctx.write else ""
    body["details"] = with_reference(p.get("details", ""), reference)
    if ctx.write is not None and ctx.write.maybe_committed:
        existing = _find_committed_ticket(ctx.halo, body, reference)
        if existing is not None:
            return with_files(ctx, _created(existing), action_id=None)
    created: TicketRow | None = ctx.halo.create_ticket(body)
    if created is None and reference:
        # Halo accepted it (201) without answering the record: the ticket exists, find it.
        created = _find_committed_ticket(ctx.halo, body, reference)
    if created is None:
        raise HaloAnswerUnclear(
            _("Halo accepted the ticket but did not say its number; it will be looked up.")
        )
    return with_files(ctx, _created(created), action_id=None)


def add_note(ctx: Context, p: AddNoteParams) -> Outcome[NotePosted]:
    ticket = ctx.ticket(p["ticket_id"])
    catalog = ctx.catalog()
    if not ctx.admin and catalog.is_closed(ticket):
        raise ActionDenied(_("the ticket is closed"))
    hidden = bool(p.get("hiddenfromuser", False))
    outcome = catalog.note_outcome(hidden=hidden)
    posted = post_note_once(
        ctx, p["ticket_id"], note=p["note"], outcome_id=outcome.id, hidden=hidden
    )
    return with_files(ctx, posted, action_id=posted.data["action_id"])


def resolve_ticket(ctx: Context, p: ResolveTicketParams) -> Outcome[NotePosted]:
    ticket_id = p["ticket_id"]
    ticket = ctx.ticket(ticket_id)
    catalog = ctx.catalog()
    closed = catalog.closed_status()
    already_ours = ctx.write is not None and ctx.write.maybe_committed
    if catalog.is_closed(ticket) and not already_ours:
        raise InvalidParams({"ticket_id": _("ticket %(id)s is already closed") % {"id": ticket_id}})
    hidden = bool(p.get("hiddenfromuser", False))
    name = display_name(ctx.actor)
    note = p.get("note") or _("Resolved by %(name)s in the self-service portal.") % {"name": name}
    outcome = catalog.note_outcome(hidden=hidden)
    result = post_note_once(
        ctx, ticket_id, note=note, outcome_id=outcome.id, hidden=hidden, new_status=closed.id
    )
    # Some Halo versions apply an action's new_status lazily; the ticket itself must end closed.
    if not catalog.is_closed(ctx.halo.get_ticket(ticket_id)):
        ctx.halo.update_ticket(ticket_id, {"status_id": closed.id})
    result.halo_ids["status_id"] = closed.id
    return result


def update_ticket(ctx: Context, p: UpdateTicketParams) -> Outcome[TicketUpdated]:
    ticket_id = p["ticket_id"]
    ctx.ticket(ticket_id)
    catalog = ctx.catalog()
    fields: dict[str, Any] = {}
    if "priority_id" in p:
        fields["priority_id"] = known(catalog, "priorities", p["priority_id"], "priority_id")
    if "team_id" in p:
        # Halo's ticket record names its team (`team`); there is no team_id field to write.
        fields["team"] = catalog.name_of("teams", known(catalog, "teams", p["team_id"], "team_id"))
    if "agent_id" in p:
        fields["agent_id"] = known(catalog, "agents", p["agent_id"], "agent_id")
    if "status_id" in p:
        fields["status_id"] = known(catalog, "statuses", p["status_id"], "status_id")
    if "tickettype_id" in p:
        fields["tickettype_id"] = known(
            catalog, "ticket_types", p["tickettype_id"], "tickettype_id"
        )
    updated = ctx.halo.update_ticket(ticket_id, fields) or ctx.halo.get_ticket(ticket_id)
    data: TicketUpdated = {
        "ticket": describe_ticket(catalog, updated, admin=True),
        "changed": sorted(fields),
    }
    return Outcome(data, ticket_id=ticket_id, halo_ids={"ticket_id": ticket_id})


def _set_requester(ctx: Context, p: CreateTicketParams, body: dict[str, Any]) -> None:
    if ctx.admin and not ctx.own_only and any(k in p for k in ("user_id", "client_id", "site_id")):
        user_id, client_id, site_id = p.get("user_id"), p.get("client_id"), p.get("site_id")
        if user_id and (not site_id or not client_id):
            user = ctx.halo.get_user(user_id)  # Halo requires a site whenever a user is set
            site_id = site_id or user.site_id
            client_id = client_id or user.client_id
        if site_id and not client_id:
            client_id = ctx.halo.get_site(site_id).client_id
        for key, value in (("user_id", user_id), ("client_id", client_id), ("site_id", site_id)):
            if value:
                body[key] = int(value)
        return
    me = ctx.identity()
    body["user_id"] = me.halo_user_id
    site_id, client_id = me.halo_site_id, me.halo_client_id
    if not site_id:
        user = ctx.halo.get_user(me.halo_user_id)
        site_id, client_id = user.site_id, client_id or user.client_id
    if client_id:
        body["client_id"] = int(client_id)
    if site_id:
        body["site_id"] = int(site_id)


def _ticket_type(ctx: Context, catalog: Catalog, wanted: int | None) -> int:
    allowed = catalog.ticket_types(end_user=not ctx.admin)
    if wanted is not None:
        if any(t.id == wanted for t in allowed):
            return wanted
        raise InvalidParams({"tickettype_id": _("is not a ticket type you may choose")})
    connection = HaloConnection.objects.current()
    default = connection.default_tickettype_id if connection else None
    every = catalog.ticket_types()
    if default and any(t.id == default for t in every):
        return default
    if not allowed:
        raise InvalidParams(
            {"tickettype_id": _("this Halo instance offers no ticket type to choose")}
        )
    return allowed[0].id


def _find_committed_ticket(
    halo: HaloClient, body: Mapping[str, Any], reference: str
) -> TicketRow | None:
    """The ticket an earlier attempt created (its answer lost or empty), found by its reference."""
    filters = {k: body[k] for k in ("user_id", "client_id") if body.get(k)}
    if not filters:
        filters = {"search": body["summary"]}
    for row in halo.iter_tickets(limit=1000, order="id", orderdesc=True, **filters):
        if row.summary != body["summary"]:
            continue
        full: TicketRow = row if (row.details or row.details_html) else halo.get_ticket(row.id)
        if reference in full.details + full.details_html:
            return full
    return None


def _created(ticket: TicketRow) -> Outcome[TicketCreated]:
    return Outcome(
        {"ticket_id": ticket.id, "summary": ticket.summary},
        ticket_id=ticket.id,
        halo_ids={"ticket_id": ticket.id},
    )


# --- declarations ---------------------------------------------------------------------------------


def _something_to_change(clean: Mapping[str, Any], errors: Mapping[str, str]) -> dict[str, str]:
    if not errors and not any(f in clean for f in UPDATE_FIELDS):
        return {"ticket_id": "say what to change: priority, team, agent, status or ticket type"}
    return {}


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


_CREATE_EXTRAS = (
    ("site_id", gettext_lazy("site")),
    ("priority_id", gettext_lazy("priority")),
    ("team_id", gettext_lazy("team")),
    ("agent_id", gettext_lazy("agent")),
    ("user_id", gettext_lazy("for")),
)
_UPDATE_LABELS = (
    ("priority_id", gettext_lazy("priority")),
    ("team_id", gettext_lazy("team")),
    ("agent_id", gettext_lazy("agent")),
    ("status_id", gettext_lazy("status")),
    ("tickettype_id", gettext_lazy("type")),
)


def _create_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    kind = names.get("tickettype_id") or _("ticket")
    who = names.get("client_id") or _("you")
    extras = [f"{label} {names[key]}" for key, label in _CREATE_EXTRAS if names.get(key)]
    text = _("Create %(kind)s for %(who)s: “%(summary)s”") % {
        "kind": _a(kind),
        "who": who,
        "summary": p.get("summary", ""),
    }
    return ", ".join([text, *extras])


def _note_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    hidden = _("hidden") if p.get("hiddenfromuser") else _("visible")
    return _("Add a %(hidden)s note to %(ticket)s: “%(note)s”") % {
        "hidden": hidden,
        "ticket": ticket_ref(p),
        "note": p.get("note", "…"),
    }


def _resolve_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    reason = f": “{p['note']}”" if p.get("note") else ""
    return _("Resolve %(ticket)s%(reason)s") % {"ticket": ticket_ref(p), "reason": reason}


def _update_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    changes = [f"{label} → {names.get(key, p[key])}" for key, label in _UPDATE_LABELS if key in p]
    return _("Update %(ticket)s: %(changes)s") % {
        "ticket": ticket_ref(p),
        "changes": ", ".join(changes) or "…",
    }


register(
    ActionSpec(
        name=CREATE_TICKET,
        description="Open a new ticket (for yourself; admins: for any customer, site and user).",
        params=(
            Param("summary", str, "one-line summary", required=True, max_length=250),
            Param("details", str, "what happened, in full", max_length=MAX_TEXT),
            Param("tickettype_id", int, "ticket type id"),
            Param("priority_id", int, "priority id (Halo's integer priorityid)", admin_only=True),
            *TICKET_FIELDS_ADMIN,
        ),
        params_model=CreateTicketParams,
        handler=create_ticket,
        write=True,
        rule=default_rule(CREATE_TICKET),
        done=lambda outcome: _("Ticket %(id)s created.") % {"id": outcome.ticket_id},
        label=gettext_lazy("New ticket"),
        takes_files=True,
        sentence=_create_sentence,
    )
)
register(
    ActionSpec(
        name=ADD_NOTE,
        description="Add a note to a ticket (admins may hide it from the end user).",
        params=(
            TICKET_ID,
            Param("note", str, "the note text", required=True, max_length=MAX_TEXT),
            Param(
                "hiddenfromuser",
                bool,
                "hide the note from the end user (admins only)",
                admin_only=True,
            ),
        ),
        params_model=AddNoteParams,
        handler=add_note,
        write=True,
        rule=default_rule(ADD_NOTE),
        done=lambda outcome: _("Note added to ticket %(id)s.") % {"id": outcome.ticket_id},
        label=gettext_lazy("Note"),
        takes_files=True,
        sentence=_note_sentence,
    )
)
register(
    ActionSpec(
        name=RESOLVE_TICKET,
        description="Resolve (close) a ticket, recording why as a note.",
        params=(
            TICKET_ID,
            Param("note", str, "why it is resolved (recorded as a note)", max_length=MAX_TEXT),
            Param(
                "hiddenfromuser",
                bool,
                "hide that note from the end user (admins only)",
                admin_only=True,
            ),
        ),
        params_model=ResolveTicketParams,
        handler=resolve_ticket,
        write=True,
        rule=default_rule(RESOLVE_TICKET),
        done=lambda outcome: _("Ticket %(id)s resolved.") % {"id": outcome.ticket_id},
        label=gettext_lazy("Resolution"),
        closes_ticket=True,
        sentence=_resolve_sentence,
    )
)
register(
    ActionSpec(
        name=UPDATE_TICKET,
        description="Change a ticket's priority, team, agent, status or ticket type.",
        params=(
            TICKET_ID,
            Param("priority_id", int, "new priority id"),
            Param("team_id", int, "new team id"),
            Param("agent_id", int, "new agent id"),
            Param("status_id", int, "new status id"),
            Param("tickettype_id", int, "new ticket type id"),
        ),
        params_model=UpdateTicketParams,
        handler=update_ticket,
        write=True,
        rule=default_rule(UPDATE_TICKET, audience=Audience.ADMINS),
        done=lambda outcome: _("Ticket %(id)s updated.") % {"id": outcome.ticket_id},
        label=gettext_lazy("Update"),
        check=_something_to_change,
        sentence=_update_sentence,
    )
)
