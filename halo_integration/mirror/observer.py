"""Feeds the mirror from the client: every ticket and action the portal reads or writes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from django.core.cache import cache
from django.db import DatabaseError

from halo_integration.generations import SHOWN
from halo_integration.mirror import store, webhook
from halo_integration.schemas import Action, Ticket, TicketRow

logger = logging.getLogger(__name__)
DOWN_SECONDS = 60  # how long one failed call marks Halo as away, unless a call succeeds sooner


def down_key(key: str) -> str:
    return f"halo-down:{key}"


def halo_seems_down(key: str) -> bool:
    """True when the last call to this Halo failed to reach it (within the last minute)."""
    return bool(cache.get(down_key(key)))


class MirrorObserver:
    """A client observer (see client.Observer). A failure here never fails the Halo call."""

    def __init__(self, key: str) -> None:
        self.key = key

    def tickets_seen(self, rows: Sequence[TicketRow], *, full: bool) -> None:
        self._guard(lambda: store.save_tickets(self.key, rows, full=full))

    def ticket_missing(self, ticket_id: int) -> None:
        self._guard(lambda: store.mark_deleted(self.key, [ticket_id]))

    def actions_seen(self, ticket_id: int, actions: Sequence[Action]) -> None:
        self._guard(lambda: store.save_actions(self.key, ticket_id, actions))

    def action_written(self, ticket_id: int, action: Action) -> None:
        self._guard(lambda: store.add_action(self.key, ticket_id, action))
        webhook.note_portal_write(self.key, ticket_id)

    def ticket_written(self, ticket: Ticket) -> None:
        self._guard(lambda: store.save_tickets(self.key, [ticket], full=True))
        webhook.note_portal_write(self.key, ticket.id)

    def reachable(self, ok: bool) -> None:
        try:
            was_down = bool(cache.get(down_key(self.key)))
            if not ok:
                cache.set(down_key(self.key), 1, timeout=DOWN_SECONDS)
            elif was_down:
                cache.delete(down_key(self.key))
            if was_down != (not ok):
                SHOWN.bump()  # pages show (or stop showing) the "Halo is unreachable" banner
        except Exception:  # a cache hiccup must not fail a call Halo answered
            logger.warning("could not record whether Halo is reachable", exc_info=True)

    def _guard(self, work: Callable[[], object]) -> None:
        try:
            work()
        except DatabaseError:
            logger.warning("could not update the mirror", exc_info=True)
