"""Entry points the tasks, the command and the webhook view call: each builds the client."""

from __future__ import annotations

import logging

from django.core.cache import cache

from halo_integration.connection import build_halo_client
from halo_integration.errors import HaloError, HaloNotFound
from halo_integration.mirror import reads, store, sync

logger = logging.getLogger(__name__)
SYNC_LOCK_SECONDS = 600


def run_sync(*, full: bool = False) -> str:
    """One sync pass, unless another is running (beat may fire while a slow pass is busy)."""
    lock = "mirror-sync-running"
    if not cache.add(lock, 1, timeout=SYNC_LOCK_SECONDS):
        return "another sync is running"
    try:
        halo = build_halo_client()
        report = sync.full(halo) if full else sync.delta(halo)
        return str(report)
    finally:
        cache.delete(lock)


def refresh_from_webhook(key: str, ticket_id: int) -> str:
    from halo_integration.mirror.webhook import release_refresh

    release_refresh(key, ticket_id)  # a webhook arriving from now on schedules a new re-read
    halo = build_halo_client()
    if store.connection_key(halo.config) != key:
        return "the connection changed"
    try:
        reads.refresh_ticket(halo, ticket_id=ticket_id)
    except HaloNotFound:
        return "gone"  # the client's observer marked it deleted
    except HaloError as exc:
        logger.warning("re-reading ticket %s after a webhook failed: %s", ticket_id, exc.message)
        return "failed"
    return "refreshed"


def refresh_own_ticket(actor: object, ticket_id: int) -> bool:
    """Re-read one of this person's tickets from Halo (a page's background refresh). Only a
    ticket the mirror already shows them is read; False when nothing could be refreshed."""
    from halo_integration.access import TicketNotVisible
    from halo_integration.mirror import access
    from halo_integration.models import HaloIdentity

    identity = HaloIdentity.objects.filter(user=actor).first()  # type: ignore[misc]
    if identity is None:
        return False
    try:
        halo = build_halo_client()
        if access.own_ticket(reads.key_of(halo), ticket_id, identity.halo_user_id) is None:
            return False
        reads.refresh_ticket(halo, ticket_id=ticket_id)
    except (HaloError, TicketNotVisible):
        return False
    return True


def refresh_own_list(actor: object) -> bool:
    """Re-list this person's tickets from Halo (a page's background refresh)."""
    from halo_integration.models import HaloIdentity

    identity = HaloIdentity.objects.filter(user=actor).first()  # type: ignore[misc]
    if identity is None:
        return False
    try:
        halo = build_halo_client()
        reads.relist(halo, halo_user_id=identity.halo_user_id)
    except HaloError:
        return False
    return True
