"""Which kept pages a changed row shows on (see generations and portal.page_memo): a mirrored
ticket on its requester's pages (before and after it changed hands), its actions on the same,
a requester's listing on theirs; a queued write or an approval request on the pages of the
person who asked and of the ticket's requester; an identity on that person's. A row whose pages
cannot be told (an attachment, a ticket not mirrored yet) is shown on every page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models
from django.db.models.signals import post_init

from halo_integration.generations import PEOPLE, REQUESTERS, Generation, watch_pages
from halo_integration.models import (
    ApprovalRequest,
    HaloIdentity,
    MirrorAction,
    MirrorRequester,
    MirrorTicket,
    PendingWrite,
)


def _values(rows: Any, *fields: str) -> list[tuple[Any, ...]]:
    """The fields of each row: read from the database for a query set, else from the rows."""
    if isinstance(rows, models.QuerySet):
        return list(rows.values_list(*fields))
    return [tuple(getattr(row, f) for f in fields) for row in rows]


def _requesters_of_tickets(ticket_ids: Iterable[int | None]) -> list[Generation] | None:
    """The requesters of these tickets; None when one of them is not mirrored (not known)."""
    wanted = {int(t) for t in ticket_ids if t is not None}
    if not wanted:
        return []
    rows = list(
        MirrorTicket.objects.filter(ticket_id__in=wanted).values_list("ticket_id", "user_id")
    )
    if {ticket_id for ticket_id, _ in rows} != wanted:
        return None
    return [REQUESTERS.of(user_id) for _, user_id in rows if user_id is not None]


def _tickets(rows: Any, changes: Mapping[str, Any]) -> list[Generation] | None:
    users = {user_id for (user_id,) in _values(rows, "user_id")}
    if not isinstance(rows, models.QuerySet):
        users |= {getattr(row, "_shown_user_id", None) for row in rows}  # before it changed hands
    if "user_id" in changes:
        users.add(changes["user_id"])
    # (a row with no requester is nobody's to see)
    return [REQUESTERS.of(user_id) for user_id in users if user_id is not None]


def _actions(rows: Any, changes: Mapping[str, Any]) -> list[Generation] | None:
    return _requesters_of_tickets(ticket_id for (ticket_id,) in _values(rows, "ticket_id"))


def _listings(rows: Any, changes: Mapping[str, Any]) -> list[Generation] | None:
    return [REQUESTERS.of(user_id) for (user_id,) in _values(rows, "halo_user_id")]


def _askers_and_requesters(found: list[tuple[Any, int | None]]) -> list[Generation] | None:
    """The pages of who asked (portal user id) and of the requester of what it is about."""
    requesters = _requesters_of_tickets(ticket_id for _, ticket_id in found)
    if requesters is None:
        return None
    return [*(PEOPLE.of(person) for person, _ in found), *requesters]


def _writes(rows: Any, changes: Mapping[str, Any]) -> list[Generation] | None:
    return _askers_and_requesters(_values(rows, "actor_id", "ticket_id"))


def _approvals(rows: Any, changes: Mapping[str, Any]) -> list[Generation] | None:
    found = _values(rows, "requested_by_id", "params")
    tickets = [(p, q.get("ticket_id") if isinstance(q, dict) else None) for p, q in found]
    return _askers_and_requesters([(p, t if isinstance(t, int) else None) for p, t in tickets])


def _identities(rows: Any, changes: Mapping[str, Any]) -> list[Generation] | None:
    return [PEOPLE.of(person) for (person,) in _values(rows, "user_id")]


def _remember_requester(instance: MirrorTicket, **_: Any) -> None:
    # (a deferred load leaves user_id out: the pages of whoever has it are bumped by the save)
    if "user_id" in instance.__dict__:
        instance._shown_user_id = instance.user_id  # type: ignore[attr-defined]


def watch() -> None:
    """Connect each shown model to the pages it is shown on (called once, when the app is
    ready). PendingAttachment stays with SHOWN: the row does not say whose pages show it."""
    post_init.connect(_remember_requester, sender=MirrorTicket, weak=False)
    watch_pages(MirrorTicket, _tickets)
    watch_pages(MirrorAction, _actions)
    watch_pages(MirrorRequester, _listings)
    watch_pages(PendingWrite, _writes)
    watch_pages(ApprovalRequest, _approvals)
    watch_pages(HaloIdentity, _identities)
