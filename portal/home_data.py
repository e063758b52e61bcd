"""What the home page shows an employee: tickets waiting on them, their open tickets with the
last update, and the tickets IT answered since their last visit.

Reads go through run_action like every page; if Halo cannot answer, the home page still works
(New ticket is kept in the outbox) and says why the lists are missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from halo_integration import actions
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS, detail_of, page_of
from halo_integration.connection import current_catalog
from halo_integration.errors import HaloError
from halo_integration.presenters import NoteView, TicketView
from portal.models import HomeVisit

# Tickets whose conversation is read to count replies: the most recently updated ones only, so
# the home page costs a bounded number of Halo calls however many tickets someone has.
MAX_REPLY_CHECKS = 5
# A new visit starts after this long away; within it, "since my last visit" stays put.
VISIT_GAP = timedelta(minutes=30)


@dataclass(frozen=True)
class Reply:
    ticket: TicketView
    count: int
    latest: NoteView


@dataclass
class HomeData:
    waiting: list[TicketView] = field(default_factory=list)
    open_tickets: list[TicketView] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    since: datetime | None = None
    problem: str = ""  # why the lists could not be read (Halo down, not set up in Halo)


def last_visit(user: Any, *, now: datetime | None = None) -> datetime | None:
    """When this person's previous visit ended, and record that they are here now."""
    now = now or timezone.now()
    visit, created = HomeVisit.objects.get_or_create(
        user=user, defaults={"last_seen_at": now, "previous_visit_at": None}
    )
    if created:
        return None
    if now - visit.last_seen_at > VISIT_GAP:
        visit.previous_visit_at = visit.last_seen_at
    visit.last_seen_at = now
    visit.save(update_fields=["previous_visit_at", "last_seen_at"])
    return visit.previous_visit_at


def home_for(user: Any, *, since: datetime | None) -> HomeData:
    params = {"open_only": True, "page_size": 100}
    result = actions.run_action(actor=user, name=LIST_TICKETS, params=params, channel="web")
    if not result.ok:
        return HomeData(since=since, problem=result.message)
    tickets: list[TicketView] = page_of(result)["tickets"]
    waiting_ids = waiting_status_ids()
    data = HomeData(
        waiting=[t for t in tickets if t.status_id in waiting_ids],
        open_tickets=tickets,
        since=since,
    )
    if since is not None:
        data.replies = _replies_since(user, tickets, since)
    return data


def waiting_status_ids() -> frozenset[int]:
    try:
        catalog = current_catalog()
        return catalog.waiting_on_user_status_ids(settings.WAITING_ON_USER_STATUSES)
    except HaloError:
        return frozenset()


def _replies_since(user: Any, tickets: list[TicketView], since: datetime) -> list[Reply]:
    changed = [t for t in tickets if t.last_updated is not None and t.last_updated > since]
    replies = []
    for ticket in changed[:MAX_REPLY_CHECKS]:
        params = {"ticket_id": ticket.id}
        result = actions.run_action(actor=user, name=GET_TICKET, params=params, channel="web")
        if not result.ok:
            continue
        notes: list[NoteView] = detail_of(result)["actions"]
        # Only what IT said in public: my own notes and hidden ones are not replies to me.
        new = [
            n
            for n in notes
            if not n.hiddenfromuser
            and not n.by_viewer
            and n.at is not None
            and n.at > since
            and (n.note or n.note_html).strip()
        ]
        if new:
            replies.append(Reply(ticket=ticket, count=len(new), latest=new[-1]))
    return replies
