"""What employee pages and the Ask box read: their own tickets, from the mirror.

A ticket the mirror does not hold yet (or whose actions it must read again) is read from Halo
once, whoever else asks for it at the same moment (single flight); after that, pages cost no
Halo call. Each answer says how fresh it is; a stale one is re-read in the background by the
page (htmx), never while the page waits."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from halo_integration import attachments as files
from halo_integration import flight
from halo_integration.client import HaloClient
from halo_integration.errors import HaloNotFound
from halo_integration.mirror import access, store
from halo_integration.mirror.models import MirrorState, MirrorTicket
from halo_integration.mirror.observer import halo_seems_down
from halo_integration.schemas import Action, Ticket


@dataclass(frozen=True)
class Freshness:
    """How current an answer from the mirror is. `as_of`: when Halo last confirmed it; `key`:
    the mirror (Halo connection) it came from."""

    as_of: datetime | None
    stale: bool
    halo_down: bool
    key: str

    @property
    def age_seconds(self) -> int | None:
        if self.as_of is None:
            return None
        return max(0, int((timezone.now() - self.as_of).total_seconds()))

    def seconds_left(self) -> float:
        """Seconds until this answer turns stale: 0 when it is, or when Halo seems down."""
        age = self.age_seconds
        if self.stale or self.halo_down or age is None:
            return 0.0
        return _staleness_limit().total_seconds() - age

    def confirmed_since(self) -> Freshness:
        """This answer as of now: a delta sync that finished since confirms it again (nothing
        it shows changed, or the change would have replaced the answer)."""
        return freshness(self.key, self.as_of)


def enabled() -> bool:
    return bool(getattr(settings, "HALO_MIRROR", True))


def key_of(halo: HaloClient) -> str:
    return store.connection_key(halo.config)


def own_ticket(
    halo: HaloClient, *, halo_user_id: int, ticket_id: int
) -> tuple[Ticket, list[Action], Freshness]:
    """This person's ticket and its public actions. Raises HaloNotFound, TicketNotVisible, or a
    HaloError when the mirror lacks the ticket and Halo cannot be read."""
    key = key_of(halo)
    row = access.own_ticket(key, ticket_id, halo_user_id)
    if row is None or row.full_at is None or row.actions_at is None:
        _read_ticket(halo, key, ticket_id, listed_whole=row is not None and _listed_whole(row))
        row = access.own_ticket(key, ticket_id, halo_user_id)
        if row is None:  # Halo answered, yet nothing could be kept: treat it as missing
            raise HaloNotFound(f"Halo has no ticket {ticket_id}")
    actions = [store.action_model(a) for a in access.public_actions(key, ticket_id)]
    confirmed = min(row.seen_at, row.actions_at or row.seen_at)
    return store.ticket_model(row), actions, freshness(key, confirmed)


def own_tickets(halo: HaloClient, *, halo_user_id: int) -> tuple[list[Ticket], Freshness]:
    """Every ticket this person requested, newest activity first."""
    key = key_of(halo)
    listed = store.listed_at(key, halo_user_id)
    if listed is None:
        listed = _list_tickets(halo, key, halo_user_id)
    rows = [store.ticket_model(row) for row in access.own_tickets(key, halo_user_id)]
    rows.sort(key=lambda t: t.last_updated.isoformat() if t.last_updated else "", reverse=True)
    return rows, freshness(key, listed)


def refresh_ticket(halo: HaloClient, *, ticket_id: int) -> None:
    """Read a ticket and its actions from Halo into the mirror now. Raises HaloError."""
    ticket = halo.get_ticket(ticket_id)  # the client's observer keeps what Halo answers
    if ticket.user_id is not None:
        halo.list_actions(ticket_id, public_only=True)
        files.renew_listing(halo, ticket_id)


def relist(halo: HaloClient, *, halo_user_id: int) -> None:
    """Read this person's ticket list from Halo again; tickets no longer theirs drop out."""
    key = key_of(halo)
    started = timezone.now()
    seen = {
        t.id
        for t in halo.iter_tickets(user_id=halo_user_id, order="lastactiondate", orderdesc=True)
    }
    # A ticket the mirror still files under this person that Halo no longer lists for them
    # has moved or gone: re-read it, so the mirror holds its new requester (or its deletion).
    for ticket_id in (
        access.own_tickets(key, halo_user_id)
        .exclude(ticket_id__in=seen)
        .values_list("ticket_id", flat=True)
    ):
        with contextlib.suppress(HaloNotFound):  # gone: the observer marked it deleted
            halo.get_ticket(ticket_id)
    store.mark_listed(key, halo_user_id, started)


def freshness(key: str, confirmed: datetime | None) -> Freshness:
    """A delta sync that finished after a row was read confirms it too (it would have seen a
    change), so a row is as fresh as the later of the two."""
    found = MirrorState.objects.filter(connection_key=key).first()
    synced = found.delta_at if found else None
    candidates = [t for t in (confirmed, synced) if t is not None]
    as_of = max(candidates) if candidates else None
    stale = as_of is None or timezone.now() - as_of > _staleness_limit()
    return Freshness(as_of=as_of, stale=stale, halo_down=halo_seems_down(key), key=key)


def _staleness_limit() -> timedelta:
    return timedelta(seconds=float(getattr(settings, "HALO_MAX_STALENESS", 30)))


# --- cold reads -----------------------------------------------------------------------------------


def _read_ticket(halo: HaloClient, key: str, ticket_id: int, *, listed_whole: bool) -> None:
    """Read what a page of this ticket needs into the mirror. `listed_whole`: the person's list
    already brought the ticket with its description, so only its actions are read."""

    def ready() -> bool | None:
        row = MirrorTicket.objects.filter(connection_key=key, ticket_id=ticket_id).first()
        complete = row is not None and (row.deleted or (row.full_at and row.actions_at))
        return True if complete else None

    def load() -> bool:
        if listed_whole:
            halo.list_actions(ticket_id, public_only=True)  # the observer keeps them
            # A page shows it from now on: the sync keeps its actions current (sync.py).
            MirrorTicket.objects.filter(connection_key=key, ticket_id=ticket_id).touch(
                full_at=timezone.now()
            )
            return True
        ticket = halo.get_ticket(ticket_id)  # the client's observer keeps what Halo answers
        if ticket.user_id is not None:  # nobody's ticket: its actions are nobody's to read
            halo.list_actions(ticket_id, public_only=True)
        return True

    flight.once(f"ticket:{key}:{ticket_id}", ready=ready, load=load)


def _listed_whole(row: MirrorTicket) -> bool:
    """Whether the row, though only listed, holds what the ticket page shows: a list row that
    carried the ticket's description (Faults_List has `details`; some instances leave it out)."""
    return not row.deleted and bool(store.ticket_model(row).details)


def _list_tickets(halo: HaloClient, key: str, halo_user_id: int) -> datetime:
    def ready() -> datetime | None:
        return store.listed_at(key, halo_user_id)

    def load() -> datetime:
        started = timezone.now()
        for _ in halo.iter_tickets(user_id=halo_user_id, order="lastactiondate", orderdesc=True):
            pass  # the observer mirrors each page as it arrives
        store.mark_listed(key, halo_user_id, started)
        return started

    return flight.once(f"list:{key}:{halo_user_id}", ready=ready, load=load)
