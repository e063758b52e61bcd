"""The outbox: writes are stored before Halo is called, carried there by deliver(), and retried
with back-off while Halo is away. A claim keeps two workers from sending the same write at once;
a write that may have reached Halo is looked for before it is sent again."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from halo_integration import audit
from halo_integration.actions.context import Context
from halo_integration.actions.results import ActionResult, Status
from halo_integration.client import HaloClient
from halo_integration.connection import build_halo_client
from halo_integration.errors import HaloNotConfigured
from halo_integration.models import ApprovalRequest, PendingWrite
from halo_integration.policies import Actor, rule_for

logger = logging.getLogger(__name__)

# A delivery attempt holds its write this long; a crashed worker lets go (OUTBOX_CLAIM_SECONDS).
CLAIM_SECONDS = 120
_WRITE_STATUS = {
    PendingWrite.Status.QUEUED: Status.PENDING,
    PendingWrite.Status.DONE: Status.DONE,
    PendingWrite.Status.FAILED: Status.FAILED,
}


def deliver(
    write: PendingWrite, *, channel: str, halo: HaloClient | None = None, self_service: bool = False
) -> ActionResult:
    """One attempt to carry a stored write to Halo. Safe to call from several workers at once.
    (A retry runs with the person's own rights: what they submitted was theirs to change.)"""
    from halo_integration.actions.pipeline import execute  # the pipeline imports this module

    if not _claim(write):
        write.refresh_from_db()
        return _write_result(write, _("this change is already being sent to Halo"))
    write.refresh_from_db()
    try:
        client = halo or build_halo_client()
    except HaloNotConfigured as exc:
        return retry_later(write, channel, exc.message)
    ctx = Context(
        actor=write.actor,
        halo=client,
        rule=rule_for(write.action),
        write=write,
        self_service=self_service,
    )
    try:
        return execute(
            ctx, write.action, write.params, channel, write.text, write.approval, write=write
        )
    except Exception as exc:
        # Not a Halo error (a bug, a ValueError reading Halo's answer, the database blinking):
        # the request may have reached Halo, so the write is let go as "maybe committed" and
        # the next attempt looks for it before sending again. Never left claimed.
        logger.exception("delivering %s failed unexpectedly; it will be retried", write.reference)
        error = f"unexpected error: {type(exc).__name__}"
        return retry_later(write, channel, error, maybe_committed=True)


def deliver_due_writes(*, halo: HaloClient | None = None, limit: int = 100) -> int:
    """Retry queued writes whose time has come (a sweep for writes whose task was lost)."""
    count = 0
    for write in PendingWrite.objects.due(timezone.now())[:limit]:
        deliver(write, channel="retry", halo=halo)
        count += 1
    return count


def pending_writes_for(actor: Actor, ticket_id: int | None = None) -> list[PendingWrite]:
    """This person's writes still waiting for Halo (for showing them as pending)."""
    if not isinstance(actor, User):  # an anonymous visitor has stored nothing
        return []
    return list(PendingWrite.objects.for_actor(actor, ticket_id))


def store_write(
    *,
    actor: User,
    name: str,
    params: Mapping[str, Any],
    channel: str,
    text: str,
    approval: ApprovalRequest | None,
) -> PendingWrite:
    """Keep the write durably before Halo is called; its reference is what the person sees."""
    return PendingWrite.objects.create(
        reference=_new_reference(),
        actor=actor,
        action=name,
        params=dict(params),
        channel=channel,
        text=text,
        ticket_id=params.get("ticket_id"),
        approval=approval,
    )


def mark_done(write: PendingWrite, *, result: Any, ticket_id: int | None) -> None:
    PendingWrite.objects.filter(pk=write.pk).update(
        status=PendingWrite.Status.DONE,
        result=result,
        ticket_id=ticket_id,
        claimed_until=None,
        last_error="",
    )


def mark_failed(write: PendingWrite, message: str) -> None:
    PendingWrite.objects.filter(pk=write.pk).update(
        status=PendingWrite.Status.FAILED, last_error=message, claimed_until=None
    )


def retry_later(
    write: PendingWrite, channel: str, error: str, *, maybe_committed: bool = False
) -> ActionResult:
    """A transient failure: keep the write queued, schedule the next try, tell the person."""
    base = float(getattr(settings, "HALO_RETRY_BASE_SECONDS", 5.0))
    delay = min(300.0, base * 2 ** min(write.attempts - 1, 6))
    PendingWrite.objects.filter(pk=write.pk).update(
        last_error=error,
        next_attempt_at=timezone.now() + timedelta(seconds=delay),
        claimed_until=None,
    )
    if maybe_committed:  # once possibly committed, always look before sending again
        PendingWrite.objects.filter(pk=write.pk).update(maybe_committed=True)
    write.refresh_from_db()
    event = audit.record(
        actor=write.actor,
        channel=channel,
        action=write.action,
        outcome="pending",
        params=write.params,
        text=write.text,
        error=error,
        write_reference=write.reference,
        approval_id=write.approval_id,
    )
    _schedule(write, countdown=delay)
    message = _(
        "Halo is not answering right now. Your change is saved (reference %(ref)s) and will be sent "
        "automatically."
    ) % {"ref": write.reference}
    return ActionResult(
        write.action,
        Status.PENDING,
        message,
        ticket_id=write.ticket_id,
        reference=write.reference,
        audit_id=event.pk,
    )


def _schedule(write: PendingWrite, *, countdown: float) -> None:
    from halo_integration import tasks  # the task module imports this one

    if _tasks_run_eagerly():
        # Eager mode runs a task inside this call: scheduling the retry here would retry at
        # once, recursively, while Halo is still away. The write stays queued for the sweep
        # (a worker's beat, or `manage.py deliver_writes`).
        return

    def enqueue() -> None:
        try:
            tasks.deliver_write.apply_async(args=[write.pk], countdown=countdown)
        except Exception:  # broker down: the periodic sweep picks the write up later
            logger.warning(
                "could not queue delivery of %s; the sweep will retry it", write.reference
            )

    transaction.on_commit(enqueue)


def _tasks_run_eagerly() -> bool:
    from celery import current_app  # the portal's app, without importing the portal package

    eager = current_app.conf.task_always_eager
    return bool(eager or getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False))


def _claim_seconds() -> float:
    return float(getattr(settings, "OUTBOX_CLAIM_SECONDS", CLAIM_SECONDS))


def _claim(write: PendingWrite) -> bool:
    """Take the write for one attempt. Taking over an expired claim means the attempt that held
    it died (worker killed, machine lost) at an unknown point, perhaps after Halo stored the
    write: from then on every attempt looks for the earlier write before sending."""
    now = timezone.now()
    return bool(
        PendingWrite.objects.claimable(now)
        .filter(pk=write.pk)
        .update(
            maybe_committed=Case(
                When(claimed_until__isnull=False, then=Value(True)),
                default=F("maybe_committed"),
            ),
            claimed_until=now + timedelta(seconds=_claim_seconds()),
            attempts=F("attempts") + 1,
        )
    )


def _write_result(write: PendingWrite, message: str) -> ActionResult:
    status = _WRITE_STATUS[PendingWrite.Status(write.status)]
    shown = message if status == Status.PENDING else write.last_error or message
    return ActionResult(
        write.action,
        status,
        shown,
        data=write.result,
        ticket_id=write.ticket_id,
        reference=write.reference,
    )


def _new_reference() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "PRT-" + "".join(secrets.choice(alphabet) for _ in range(8))
