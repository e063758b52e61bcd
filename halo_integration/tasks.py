"""Celery tasks: thin wrappers that carry stored writes to Halo."""

from __future__ import annotations

import secrets

from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from halo_integration import actions
from halo_integration.models import PendingWrite


@shared_task(bind=True, ignore_result=True, max_retries=None)
def deliver_write(self: object, write_id: int) -> str:
    """Try a queued write again; it reschedules itself (with back-off) while Halo is away."""
    write = PendingWrite.objects.filter(pk=write_id).first()
    if write is None or write.status != PendingWrite.Status.QUEUED:
        return "nothing to do"
    return actions.deliver(write, channel="retry").status


SWEEP_LOCK = "outbox:sweep"


@shared_task(ignore_result=True)
def deliver_due_writes() -> int:
    """The safety net: writes whose scheduled task was lost (broker restart) are retried here.

    One sweep at a time across the deployment (a lock in the shared cache): a second beat started
    by mistake, or a sweep slower than its schedule, does not pile up sweeps. Correctness never
    depends on it; each write is claimed before it is sent."""
    token = secrets.token_hex(8)
    # Held at most one sweep interval: a sweep killed while holding it delays the next by no more
    # than one tick, and a slow sweep overlapping the next one is harmless (writes are claimed).
    hold = max(1, int(getattr(settings, "OUTBOX_SWEEP_SECONDS", 60)))
    if not cache.add(SWEEP_LOCK, token, timeout=hold):
        return 0
    try:
        return actions.deliver_due_writes()
    finally:
        if cache.get(SWEEP_LOCK) == token:
            cache.delete(SWEEP_LOCK)


@shared_task(ignore_result=True)
def halo_sync(full: bool = False) -> str:
    """One pass of the mirror's sync (beat runs the delta every HALO_SYNC_INTERVAL seconds)."""
    from halo_integration.mirror import service

    return service.run_sync(full=full)


@shared_task(ignore_result=True)
def refresh_mirrored_ticket(key: str, ticket_id: int) -> str:
    """Re-read one ticket (and its actions) into the mirror; a burst of webhooks for the same
    ticket is coalesced into one of these (see mirror.webhook)."""
    from halo_integration.mirror import service

    return service.refresh_from_webhook(key, ticket_id)


@shared_task(ignore_result=True)
def chain_audit_reads() -> int:
    """Chain the read audit rows recorded on the request path, in one batch."""
    from halo_integration import audit

    return audit.chain_pending_reads()
