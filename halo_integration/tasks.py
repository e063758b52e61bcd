"""Celery tasks: thin wrappers that carry stored writes to Halo."""

from __future__ import annotations

from celery import shared_task

from halo_integration import actions
from halo_integration.models import PendingWrite


@shared_task(bind=True, ignore_result=True, max_retries=None)
def deliver_write(self: object, write_id: int) -> str:
    """Try a queued write again; it reschedules itself (with back-off) while Halo is away."""
    write = PendingWrite.objects.filter(pk=write_id).first()
    if write is None or write.status != PendingWrite.Status.QUEUED:
        return "nothing to do"
    return actions.deliver(write, channel="retry").status


@shared_task(ignore_result=True)
def deliver_due_writes() -> int:
    """The safety net: writes whose scheduled task was lost (broker restart) are retried here."""
    return actions.deliver_due_writes()
