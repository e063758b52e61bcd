"""Halo's records as the portal shows them: names beside ids, the "last update" rule, plain words
for Halo's outcome names, and the portal's own reference kept out of what employees read.

Shared by the pages, the Ask box and the commands; built by the actions from schemas models."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _
from pydantic import BaseModel

from halo_integration.catalog import Catalog
from halo_integration.schemas import Action, TicketRow

# The footer a ticket created through the portal carries, so a retry can find it (see handlers).
REFERENCE_FOOTER = "Submitted through the self-service portal (reference %(ref)s)."
_REFERENCE_LINE = re.compile(
    r"(?:\s*<p>\s*|\s*)Submitted through the self-service portal \(reference PRT-[A-Z0-9]{8}\)\.(?:\s*</p>)?\s*$"
)


@dataclasses.dataclass(frozen=True)
class TicketView:
    """A ticket with the instance's names beside its ids. `last_updated` follows one rule: the
    last action, else Halo's last update, else when it was opened (placeholders never count)."""

    id: int
    summary: str
    details: str
    details_html: str
    status_id: int | None
    status_name: str
    priority_id: int | None
    priority_name: str
    tickettype_id: int | None
    tickettype_name: str
    agent_id: int | None
    agent_name: str
    team_id: int | None
    team_name: str
    client_id: int | None
    client_name: str
    site_id: int | None
    site_name: str
    user_id: int | None
    user_name: str
    user_email: str
    opened: datetime | None
    last_updated: datetime | None
    closed_at: datetime | None
    target: datetime | None
    is_closed: bool

    @property
    def body(self) -> str:
        """The details to render: Halo's HTML when it has some, else its text."""
        return self.details_html or self.details

    @property
    def assignee(self) -> str:
        """Who has it: the agent, else the team, else nobody yet."""
        return self.agent_name or self.team_name


@dataclasses.dataclass(frozen=True)
class NoteView:
    """One action of a ticket's history, with its author named for people."""

    id: int
    at: datetime | None
    author: str
    by_viewer: bool
    outcome: str
    note: str
    note_html: str
    hiddenfromuser: bool
    new_status: int | None
    old_status: int | None = None
    status_name: str = ""  # the name of new_status on this instance
    assigned_to: str = ""  # the agent (or team) this action handed the ticket to

    @property
    def body(self) -> str:
        return self.note_html or self.note


@dataclasses.dataclass(frozen=True)
class TimelineEntry:
    """One step of a ticket's public history: opened, a status change or a (re)assignment."""

    kind: str  # "opened", "status" or "assigned"
    at: datetime | None
    text: str


def timeline(ticket: TicketView, notes: list[NoteView]) -> list[TimelineEntry]:
    """When the ticket was opened, then each change of status or assignee its public actions
    record, oldest first. Hidden actions never count (their changes are not the employee's)."""
    entries = [TimelineEntry("opened", ticket.opened, _("Opened"))]
    status: int | None = None
    for note in notes:
        if note.hiddenfromuser:
            continue
        before = note.old_status if note.old_status is not None else status
        if note.new_status is not None and before is not None and note.new_status != before:
            name = note.status_name or _("another status")
            entries.append(TimelineEntry("status", note.at, _("Status: %(name)s") % {"name": name}))
        if note.new_status is not None:
            status = note.new_status
        if note.assigned_to:
            entries.append(
                TimelineEntry(
                    "assigned", note.at, _("Assigned to %(name)s") % {"name": note.assigned_to}
                )
            )
    return entries


def within_reopen_period(closed_at: datetime | None, *, now: datetime, days: int) -> bool:
    """Resolved no more than `days` ago. Unknown closing time: too old to tell (fail closed)."""
    if closed_at is None:
        return False
    return (now - closed_at).total_seconds() <= days * 86400


def describe_ticket(catalog: Catalog, ticket: TicketRow, *, admin: bool) -> TicketView:
    team_name = ticket.team or catalog.name_of("teams", ticket.team_id)
    team_id = ticket.team_id
    if team_id is None and ticket.team:
        team_id = next((t.id for t in catalog.items("teams") if t.name == ticket.team), None)
    details, details_html = ticket.details, ticket.details_html
    if not admin:  # the reference is the outbox's bookkeeping, not the employee's words
        details, details_html = without_reference(details), without_reference(details_html)
    return TicketView(
        id=ticket.id,
        summary=ticket.summary,
        details=details,
        details_html=details_html,
        status_id=ticket.status_id,
        status_name=catalog.name_of("statuses", ticket.status_id, ticket.status_name),
        priority_id=ticket.priority_id,
        priority_name=catalog.priority_name(ticket.priority_id, ticket.sla_id)
        or ticket.priority_name,
        tickettype_id=ticket.tickettype_id,
        tickettype_name=catalog.name_of(
            "ticket_types", ticket.tickettype_id, ticket.tickettype_name
        ),
        agent_id=ticket.agent_id,
        agent_name=catalog.name_of("agents", ticket.agent_id, ticket.agent_name),
        team_id=team_id,
        team_name=team_name,
        client_id=ticket.client_id,
        client_name=ticket.client_name,
        site_id=ticket.site_id,
        site_name=ticket.site_name,
        user_id=ticket.user_id,
        user_name=ticket.user_name,
        user_email=ticket.user_email,
        opened=ticket.dateoccurred,
        last_updated=ticket.last_updated,
        closed_at=ticket.dateclosed,
        target=ticket.targetdate or ticket.fixbydate,
        is_closed=catalog.is_closed(ticket),
    )


def describe_action(
    catalog: Catalog,
    action: Action,
    *,
    admin: bool,
    portal_author: str = "",
    by_viewer: bool = False,
) -> NoteView:
    """The author: the portal user who wrote it through the portal (Halo credits its API agent),
    else Halo's `who`, else the agent named by `who_agentid`, else "IT"."""
    author = portal_author or action.who or catalog.name_of("agents", action.who_agentid) or _("IT")
    outcome = action.outcome or catalog.name_of("outcomes", action.outcome_id)
    return NoteView(
        id=action.id,
        at=action.at,
        author=author,
        by_viewer=by_viewer,
        outcome=outcome if admin else plain_outcome(outcome),
        note=action.note,
        note_html=action.note_html,
        hiddenfromuser=action.hiddenfromuser is not False,
        new_status=action.new_status,
        old_status=action.old_status,
        status_name=catalog.name_of("statuses", action.new_status, action.new_status_name),
        assigned_to=catalog.name_of("agents", action.new_agent) or action.new_team,
    )


# Halo's outcome names are its agents' jargon ("Email User", "Public Note"): employees get words.
_PLAIN_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("resolv", "Resolved"),
    ("close", "Resolved"),
    ("reopen", "Reopened"),
    ("email", "E-mail"),
    ("e-mail", "E-mail"),
    ("mail", "E-mail"),
    ("call", "Phone call"),
    ("phone", "Phone call"),
    ("assign", "Assigned"),
    ("status", "Status changed"),
    ("approv", "Approval"),
    ("note", "Note"),
    ("comment", "Note"),
    ("update", "Update"),
    ("reply", "Reply"),
)


def plain_outcome(name: str) -> str:
    text = name.casefold()
    if not text:
        return ""
    for needle, words in _PLAIN_OUTCOMES:
        if needle in text:
            return _(words)
    return _("Update")


def with_reference(details: str, reference: str) -> str:
    if not reference:
        return details
    footer = REFERENCE_FOOTER % {"ref": reference}
    return f"{details}\n\n{footer}" if details else footer


def without_reference(text: str) -> str:
    return _REFERENCE_LINE.sub("", text)


def to_jsonable(value: Any) -> Any:
    """Models, views and dates as plain JSON values (for the audit log, the outbox and --json)."""
    return json.loads(json.dumps(value, default=_default))


def _default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
