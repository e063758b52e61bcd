"""Writing into the mirror: what the portal read or wrote, what a webhook or the sync brought.

Every function takes the typed models of schemas.py and keeps their JSON, so reading a row back
gives exactly the model the client would have returned."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from halo_integration.client import HaloConfig
from halo_integration.mirror.models import (
    MirrorAction,
    MirrorRequester,
    MirrorState,
    MirrorTicket,
)
from halo_integration.schemas import Action, Ticket, TicketRow

logger = logging.getLogger(__name__)


def connection_key(config: HaloConfig) -> str:
    """One Halo instance and API application: the mirror keeps each apart."""
    identity = f"{config.base_url.lower()}|{config.tenant.strip().lower()}|{config.client_id}"
    return hashlib.sha256(identity.encode()).hexdigest()[:32]


def state(key: str) -> MirrorState:
    found, _ = MirrorState.objects.get_or_create(connection_key=key)
    return found


def save_tickets(
    key: str, rows: Sequence[TicketRow], *, full: bool, when: datetime | None = None
) -> list[int]:
    """Upsert tickets; returns the ids whose last action moved since the mirror last saw them.

    A list row carries fewer fields than the full record: it is laid over what the mirror has,
    so details read earlier are kept. A ticket with a newer action needs its actions read again
    (the sync does it at once; a page would otherwise read them before showing the ticket)."""
    changed_ids: list[int] = []
    now = when or timezone.now()
    existing = {
        row.ticket_id: row
        for row in MirrorTicket.objects.filter(
            connection_key=key, ticket_id__in=[r.id for r in rows]
        )
    }
    for ticket in rows:
        data = ticket.model_dump(mode="json")
        row = existing.get(ticket.id)
        if row is None:
            row = MirrorTicket(connection_key=key, ticket_id=ticket.id)
        shown_before = _shown(row)
        changed = row.pk is not None and _changed(row.last_action_at, ticket.lastactiondate)
        if full or row.pk is None:
            row.data = data
        else:
            # The full record's details stay unless the list row brings its own.
            merged = dict(row.data)
            merged.update({k: v for k, v in data.items() if v not in (None, "", [])})
            row.data = merged
        row.user_id = ticket.user_id
        row.summary = ticket.summary[:500]
        row.last_action_at = ticket.lastactiondate
        row.seen_at = now
        row.deleted = False
        if full:
            row.full_at = now
        if changed:
            row.actions_at = None
            changed_ids.append(ticket.id)
        if row.pk is not None and _shown(row) == shown_before:
            # Halo confirmed the row as it was: only when, which changes no page (see
            # generations.SHOWN); most rows of every delta pass are such.
            MirrorTicket.objects.filter(pk=row.pk).touch(seen_at=row.seen_at, full_at=row.full_at)
        else:
            _save(row)
    return changed_ids


def save_actions(
    key: str, ticket_id: int, actions: Sequence[Action], *, when: datetime | None = None
) -> None:
    """Replace a ticket's mirrored actions with what Halo just listed."""
    now = when or timezone.now()
    with transaction.atomic():
        kept = MirrorAction.objects.filter(connection_key=key, ticket_id=ticket_id)
        kept.exclude(action_id__in=[a.id for a in actions]).delete()
        known = {row.action_id: row for row in kept}
        for action in actions:
            row = known.get(action.id)
            if row is None or (row.hiddenfromuser, row.at, row.data) != _action_fields(action):
                _upsert_action(key, ticket_id, action)  # new or changed: pages show it
        MirrorTicket.objects.filter(connection_key=key, ticket_id=ticket_id).touch(actions_at=now)


def add_action(key: str, ticket_id: int, action: Action) -> None:
    """One action the portal just wrote (the rest of the list is unchanged)."""
    _upsert_action(key, ticket_id, action)


def mark_deleted(key: str, ticket_ids: Sequence[int]) -> int:
    """Tickets Halo no longer has: nobody sees them from now on."""
    return MirrorTicket.objects.filter(connection_key=key, ticket_id__in=list(ticket_ids)).update(
        deleted=True, seen_at=timezone.now()
    )


def mark_listed(key: str, halo_user_id: int, when: datetime) -> None:
    mark_all_listed(key, [halo_user_id], when)


def mark_all_listed(key: str, halo_user_ids: Iterable[int], when: datetime) -> None:
    """The mirror holds each of these people's whole list as of `when` (after a read of their
    list, or a full pass that read every ticket)."""
    MirrorRequester.objects.bulk_create(
        [
            MirrorRequester(connection_key=key, halo_user_id=n, listed_at=when)
            for n in halo_user_ids
        ],
        update_conflicts=True,
        unique_fields=["connection_key", "halo_user_id"],
        update_fields=["listed_at"],
        batch_size=500,
    )


def listed_at(key: str, halo_user_id: int) -> datetime | None:
    found = MirrorRequester.objects.filter(connection_key=key, halo_user_id=halo_user_id).first()
    return found.listed_at if found else None


def ticket_model(row: MirrorTicket) -> Ticket:
    return Ticket.model_validate(row.data)


def action_model(row: MirrorAction) -> Action:
    return Action.model_validate(row.data)


# --- internals ------------------------------------------------------------------------------------


def _changed(before: datetime | None, after: datetime | None) -> bool:
    return after is not None and (before is None or after > before)


def _shown(row: MirrorTicket) -> tuple[object, ...]:
    """What of a row a page may show, or decides who sees it (not when it was confirmed)."""
    return (row.user_id, row.summary, row.last_action_at, row.data, row.deleted, row.actions_at)


def _action_fields(action: Action) -> tuple[bool | None, datetime | None, dict[str, Any]]:
    return action.hiddenfromuser, action.at, action.model_dump(mode="json")


def _upsert_action(key: str, ticket_id: int, action: Action) -> None:
    hidden, at, data = _action_fields(action)
    MirrorAction.objects.update_or_create(
        connection_key=key,
        ticket_id=ticket_id,
        action_id=action.id,
        defaults={"hiddenfromuser": hidden, "at": at, "data": data},
    )


def _save(row: MirrorTicket) -> None:
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        # Another process mirrored the same ticket a moment ago: lay this copy over its row.
        other = MirrorTicket.objects.get(connection_key=row.connection_key, ticket_id=row.ticket_id)
        row.pk = other.pk
        row.save()
