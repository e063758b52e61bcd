"""The registry of declared actions and its one entry point, run_action().

Every operation the portal performs on Halo, from a page, the Ask box or a command, comes here:
validate parameters -> policy -> (approval) -> store writes durably -> access check -> Halo ->
audit -> a typed result. Someone else's ticket answers exactly like a missing one."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from halo_integration import attachments as files
from halo_integration import audit
from halo_integration.access import TicketNotVisible
from halo_integration.attachments import Upload
from halo_integration.client import HaloClient
from halo_integration.connection import build_halo_client
from halo_integration.errors import (
    HaloError,
    HaloForbidden,
    HaloNotConfigured,
    HaloNotFound,
    HaloRejected,
    HaloTransient,
)
from halo_integration.handlers import HANDLERS, ActionDenied, Context, Outcome
from halo_integration.identity import IdentityNotFound
from halo_integration.models import ApprovalRequest, PendingWrite
from halo_integration.params import PARAMS, InvalidParams, Param, clean_params
from halo_integration.policies import WRITE_ACTIONS, decide, is_admin, rule_for

logger = logging.getLogger(__name__)

CHANNELS = ("web", "ask", "command", "approval", "retry", "console", "admin")
# A delivery attempt holds its write this long; a crashed worker lets go (OUTBOX_CLAIM_SECONDS).
CLAIM_SECONDS = 120

DESCRIPTIONS: dict[str, str] = {
    "create_ticket": "Open a new ticket (for yourself; admins: for any customer, site and user).",
    "add_note": "Add a note to a ticket (admins may hide it from the end user).",
    "resolve_ticket": "Resolve (close) a ticket, recording why as a note.",
    "list_tickets": "List tickets (your own; admins: any, with filters).",
    "get_ticket": "Show one ticket and its conversation.",
    "update_ticket": "Change a ticket's priority, team, agent, status or ticket type.",
    "lookup": "Look up customers, sites, users, agents, teams, assets, contracts, KB articles and more.",
    "reopen_ticket": "Reopen a resolved ticket (within the reopen period), saying why it is back.",
    "rate_ticket": "Rate how a resolved ticket was handled (1 to 5, with a comment).",
    "get_attachment": "Download a file attached to your ticket (only those Halo shows to you).",
}


@dataclass(frozen=True)
class ActionSpec:
    name: str
    description: str
    params: tuple[Param, ...]
    write: bool


REGISTRY: dict[str, ActionSpec] = {
    name: ActionSpec(name, DESCRIPTIONS[name], PARAMS[name], name in WRITE_ACTIONS)
    for name in PARAMS
}

# status -> HTTP status a page answers with
HTTP_STATUS = {
    "done": 200,
    "pending": 202,
    "approval_required": 202,
    "invalid": 400,
    "denied": 403,
    "no_identity": 403,
    "not_found": 404,
    "failed": 422,
    "unavailable": 503,
    "not_configured": 503,
}


@dataclass
class ActionResult:
    """What happened. status: done, pending (queued for Halo), approval_required, invalid,
    denied, no_identity, not_found, failed (Halo refused), unavailable, not_configured."""

    action: str
    status: str
    message: str = ""
    data: Any = None
    errors: dict[str, str] = field(default_factory=dict)
    ticket_id: int | None = None
    reference: str = ""
    approval_id: int | None = None
    audit_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status in {"done", "pending", "approval_required"}

    @property
    def http_status(self) -> int:
        return HTTP_STATUS.get(self.status, 500)

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "ok": self.ok,
            "status": self.status,
            "message": self.message,
            "data": self.data,
            "errors": self.errors,
            "ticket_id": self.ticket_id,
            "reference": self.reference,
            "approval_id": self.approval_id,
        }


def run_action(
    *,
    actor: Any,
    name: str,
    params: Mapping[str, Any],
    channel: str,
    text: str = "",
    halo: HaloClient | None = None,
    approval: ApprovalRequest | None = None,
    self_service: bool = False,
    attachments: Sequence[Upload] = (),
) -> ActionResult:
    """Run one declared action for this person. Never raises for Halo or policy problems.
    `self_service`: the employee pages, where admins too act only on their own tickets.
    `attachments`: files for a new ticket or a note; kept with the write until Halo has them."""
    spec = REGISTRY.get(name)
    if spec is None:
        return _refuse(
            actor,
            name,
            channel,
            params,
            text,
            "invalid",
            _("there is no action called %(name)s") % {"name": name},
        )
    rule = rule_for(name)
    decision = decide(rule, actor, approved=approval is not None)
    if not decision.allowed:
        return _refuse(actor, name, channel, params, text, "denied", decision.reason)
    try:
        clean = clean_params(name, params, admin=is_admin(actor))
        files.check_uploads(name, attachments)
    except InvalidParams as exc:
        return _refuse(
            actor,
            name,
            channel,
            params,
            text,
            "invalid",
            _("some details are missing or wrong"),
            exc.errors,
        )
    if decision.needs_approval:
        result = _ask_for_approval(actor, name, clean, channel, text)
        if result.approval_id is not None and attachments:
            files.keep(attachments, approval=ApprovalRequest.objects.get(pk=result.approval_id))
        return result
    if spec.write:
        with transaction.atomic():  # the write and its files are kept together, or not at all
            write = _store_write(actor, name, clean, channel, text, approval)
            files.keep(attachments, write=write)
            if approval is not None:
                files.move_to_write(approval, write)
        return deliver(write, channel=channel, halo=halo, self_service=self_service)
    try:
        client = halo or _client()
    except HaloNotConfigured as exc:
        return _refuse(actor, name, channel, clean, text, "not_configured", exc.message)
    ctx = Context(actor=actor, halo=client, rule=rule, self_service=self_service)
    return _execute(ctx, name, clean, channel, text, approval)


def deliver(
    write: PendingWrite, *, channel: str, halo: HaloClient | None = None, self_service: bool = False
) -> ActionResult:
    """One attempt to carry a stored write to Halo. Safe to call from several workers at once.
    (A retry runs with the person's own rights: what they submitted was theirs to change.)"""
    if not _claim(write):
        write.refresh_from_db()
        return _write_result(write, _("this change is already being sent to Halo"))
    write.refresh_from_db()
    approval = write.approval
    try:
        client = halo or build_halo_client()
    except HaloNotConfigured as exc:
        return _after_attempt(write, channel, "pending", exc.message, transient=True)
    ctx = Context(actor=write.actor, halo=client, rule=rule_for(write.action), write=write,
                  self_service=self_service)  # fmt: skip
    try:
        return _execute(ctx, write.action, write.params, channel, write.text, approval, write=write)
    except Exception as exc:
        # Not a Halo error (a bug, a ValueError reading Halo's answer, the database blinking):
        # the request may have reached Halo, so the write is let go as "maybe committed" and
        # the next attempt looks for it before sending again. Never left claimed.
        logger.exception("delivering %s failed unexpectedly; it will be retried", write.reference)
        return _after_attempt(
            write, channel, "pending", f"unexpected error: {type(exc).__name__}",
            transient=True, maybe_committed=True,
        )  # fmt: skip


def deliver_due_writes(*, halo: HaloClient | None = None, limit: int = 100) -> int:
    """Retry queued writes whose time has come (a sweep for writes whose task was lost)."""
    now = timezone.now()
    due = PendingWrite.objects.filter(status=PendingWrite.Status.QUEUED).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    count = 0
    for write in due.order_by("created_at")[:limit]:
        deliver(write, channel="retry", halo=halo)
        count += 1
    return count


def approve(approval: ApprovalRequest, *, admin: Any, reason: str = "") -> ActionResult:
    """Approve a pending request and run it, exactly once. Raises ValueError if not pending."""
    _decide(approval, admin=admin, status=ApprovalRequest.Status.APPROVED, reason=reason)
    result = run_action(
        actor=approval.requested_by,
        name=approval.action,
        params=approval.params,
        channel="approval",
        text=approval.text,
        approval=approval,
    )
    approval.outcome = result.status
    approval.result = _jsonable(result.as_dict())
    approval.error = "" if result.ok else result.message
    approval.save(update_fields=["outcome", "result", "error"])
    twins = _same_pending_requests(approval.requested_by, approval.action, approval.params)
    twins.update(status=ApprovalRequest.Status.REJECTED, decided_by=admin, decided_at=timezone.now(),
                 decision_reason=_("the same request was approved"), outcome=WITHDRAWN)  # fmt: skip
    if result.ok and approval.action in _CLOSING_ACTIONS:
        # The ticket is closed now: any other request to close it could only fail later.
        _withdraw_closing_requests(
            approval.params.get("ticket_id"), _("the ticket is already closed")
        )
    return result


def reject(approval: ApprovalRequest, *, admin: Any, reason: str) -> None:
    """Reject a pending request; it never runs. Raises ValueError if not pending or no reason."""
    if not reason.strip():
        raise ValueError("say why the request is rejected")
    _decide(approval, admin=admin, status=ApprovalRequest.Status.REJECTED, reason=reason)
    # The same person's identical requests (made before duplicates were merged) share the answer.
    twins = _same_pending_requests(approval.requested_by, approval.action, approval.params)
    twins.update(status=ApprovalRequest.Status.REJECTED, decided_by=admin, decided_at=timezone.now(),
                 decision_reason=reason)  # fmt: skip


# Approved requests of these actions close their ticket; the ticket page reports them.
_CLOSING_ACTIONS = frozenset({"resolve_ticket"})
WITHDRAWN = "withdrawn"  # ApprovalRequest.outcome of a request that could no longer run


def _same_pending_requests(actor: Any, name: str, params: Mapping[str, Any]) -> Any:
    """This person's pending requests that ask for the same thing: the same action with the
    same parameters, or for a closing action, the same ticket (whatever the note says)."""
    pending = ApprovalRequest.objects.filter(
        requested_by=actor, action=name, status=ApprovalRequest.Status.PENDING
    )
    ticket_id = params.get("ticket_id")
    if name in _CLOSING_ACTIONS and ticket_id is not None:
        return pending.filter(params__ticket_id=ticket_id)
    same = [r.pk for r in pending if r.params == _jsonable(dict(params))]
    return pending.filter(pk__in=same)


def _withdraw_closing_requests(ticket_id: Any, reason: str) -> int:
    """Pending requests to close a ticket that is closed already: they go from the queue."""
    if ticket_id is None:
        return 0
    return ApprovalRequest.objects.filter(
        action__in=_CLOSING_ACTIONS, params__ticket_id=ticket_id, status=ApprovalRequest.Status.PENDING
    ).update(status=ApprovalRequest.Status.REJECTED, decided_at=timezone.now(), decision_reason=reason,
             outcome=WITHDRAWN)  # fmt: skip


def _decide(approval: ApprovalRequest, *, admin: Any, status: str, reason: str) -> None:
    """Move a request out of pending, atomically: of two admins deciding at once, one wins."""
    if not is_admin(admin):
        raise ValueError("only portal admins may decide requests")
    taken = ApprovalRequest.objects.filter(
        pk=approval.pk, status=ApprovalRequest.Status.PENDING
    ).update(status=status, decided_by=admin, decided_at=timezone.now(), decision_reason=reason)
    if not taken:
        raise ValueError("this request has already been decided")
    approval.refresh_from_db()
    verb = "approve" if status == ApprovalRequest.Status.APPROVED else "reject"
    audit.record(
        actor=admin, channel="admin", action=f"approval.{verb}", outcome="done",
        params={"request": approval.pk, "action": approval.action}, reason=reason, approval_id=approval.pk,
    )  # fmt: skip


def pending_writes_for(actor: Any, ticket_id: int | None = None) -> list[PendingWrite]:
    """This person's writes still waiting for Halo (for showing them as pending)."""
    writes = PendingWrite.objects.filter(actor=actor, status=PendingWrite.Status.QUEUED)
    if ticket_id is not None:
        writes = writes.filter(ticket_id=ticket_id)
    return list(writes.order_by("created_at"))


def approvals_for(
    actor: Any, *, recent_days: int = 14, ticket_id: int | None = None, ticket_closed: bool = False
) -> list[ApprovalRequest]:
    """This person's requests waiting for an admin, and those decided lately (to show the outcome).
    With `ticket_id`, only that ticket's; `ticket_closed` (the ticket page knows) withdraws the
    requests to close it, which could no longer run."""
    if ticket_id is not None and ticket_closed:
        _withdraw_closing_requests(ticket_id, _("the ticket is already closed"))
    since = timezone.now() - timedelta(days=recent_days)
    requests = ApprovalRequest.objects.filter(requested_by=actor).filter(
        Q(status=ApprovalRequest.Status.PENDING) | Q(decided_at__gte=since)
    )
    if ticket_id is not None:
        requests = requests.filter(params__ticket_id=ticket_id)
    return list(requests.order_by("-created_at")[:20])


# --- internals ------------------------------------------------------------------------------------


def _execute(
    ctx: Context,
    name: str,
    params: Mapping[str, Any],
    channel: str,
    text: str,
    approval: ApprovalRequest | None,
    *,
    write: PendingWrite | None = None,
) -> ActionResult:
    record = _recorder(ctx.actor, name, channel, params, text, approval, write)
    try:
        outcome: Outcome = HANDLERS[name](ctx, params)
    except TicketNotVisible as exc:
        # The person sees exactly what a missing ticket shows; the audit log keeps the truth.
        return _failed(write, record, "not_found", _not_found(params), "denied", reason=str(exc))
    except HaloNotFound as exc:
        return _failed(write, record, "not_found", _not_found(params), "failed", error=exc.message)
    except ActionDenied as exc:
        return _failed(write, record, "denied", exc.reason, "denied", reason=exc.reason)
    except InvalidParams as exc:
        return _failed(write, record, "invalid", _("some details are missing or wrong"), "failed",
                       error=str(exc), errors=exc.errors)  # fmt: skip
    except IdentityNotFound as exc:
        return _failed(write, record, "no_identity", exc.message, "failed", error=exc.message)
    except HaloTransient as exc:
        if write is None:
            record(outcome="failed", error=exc.message)
            return ActionResult(
                name, "unavailable", _("Halo is unavailable right now; please try again shortly.")
            )
        committed = exc.write_may_have_committed
        return _after_attempt(
            write, channel, "pending", exc.message, transient=True, maybe_committed=committed
        )
    except HaloNotConfigured as exc:
        record(outcome="failed", error=exc.message)
        return ActionResult(name, "not_configured", exc.message)
    except HaloRejected as exc:
        if write is not None and exc.status_code < 300:
            # Halo said yes (2xx) with an answer we cannot read: the write is probably stored.
            # Resending would double it; look for it on the next attempt instead.
            return _after_attempt(
                write, channel, "pending", exc.message, transient=True, maybe_committed=True
            )
        return _failed(write, record, "failed", _("Halo refused this: %(why)s") % {"why": _reason(exc)}, "failed",
                       error=exc.message)  # fmt: skip
    except HaloForbidden as exc:
        return _failed(write, record, "failed", _("Halo refused this: %(why)s") % {"why": _reason(exc)}, "failed",
                       error=exc.message)  # fmt: skip
    except HaloError as exc:
        return _failed(write, record, "failed", exc.message, "failed", error=exc.message)
    except LookupError as exc:  # the instance lacks something an action needs (e.g. no outcomes)
        return _failed(write, record, "failed", str(exc), "failed", error=str(exc))
    if write is None and not REGISTRY[name].write:
        # A read that worked: one cheap row now, chained in a batch shortly after.
        audit.record_read(actor=ctx.actor, channel=channel, action=name, params=params,
                          text=text, halo_ids=outcome.halo_ids)  # fmt: skip
        return ActionResult(name, "done", _done_message(name, outcome), data=outcome.data,
                            ticket_id=outcome.ticket_id)  # fmt: skip
    event = record(outcome="done", halo_ids=outcome.halo_ids)
    if write is not None:
        PendingWrite.objects.filter(pk=write.pk).update(
            status=PendingWrite.Status.DONE, result=_jsonable(outcome.data), ticket_id=outcome.ticket_id,
            claimed_until=None, last_error="",
        )  # fmt: skip
    return ActionResult(
        name, "done", _done_message(name, outcome), data=outcome.data, ticket_id=outcome.ticket_id,
        reference=write.reference if write else "", approval_id=approval.pk if approval else None, audit_id=event.pk,
    )  # fmt: skip


def _not_found(params: Mapping[str, Any]) -> str:
    """One answer for "not yours" and "not there", whichever of the two it was."""
    return _("ticket not found") if "ticket_id" in params else _("not found in Halo")


def _recorder(actor: Any, name: str, channel: str, params: Mapping[str, Any], text: str,
              approval: ApprovalRequest | None, write: PendingWrite | None) -> Any:  # fmt: skip
    def record(*, outcome: str, decision: str = "allowed", reason: str = "", error: str = "",
               halo_ids: Mapping[str, Any] | None = None) -> Any:  # fmt: skip
        return audit.record(
            actor=actor, channel=channel, action=name, outcome=outcome, params=params, decision=decision,
            reason=reason, text=text, error=error, approval_id=approval.pk if approval else None,
            write_reference=write.reference if write else "", halo_ids=halo_ids,
        )  # fmt: skip

    return record


def _failed(
    write: PendingWrite | None,
    record: Any,
    status: str,
    message: str,
    audit_outcome: str,
    *,
    reason: str = "",
    error: str = "",
    errors: Mapping[str, str] | None = None,
) -> ActionResult:
    event = record(outcome=audit_outcome, decision="denied" if audit_outcome == "denied" else "allowed",
                   reason=reason, error=error)  # fmt: skip
    if write is not None:
        PendingWrite.objects.filter(pk=write.pk).update(
            status=PendingWrite.Status.FAILED, last_error=message, claimed_until=None
        )
    return ActionResult(
        event.action, status, message, errors=dict(errors or {}), reference=write.reference if write else "",
        ticket_id=write.ticket_id if write else None, audit_id=event.pk,
    )  # fmt: skip


def _after_attempt(
    write: PendingWrite,
    channel: str,
    status: str,
    error: str,
    *,
    transient: bool,
    maybe_committed: bool = False,
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
        actor=write.actor, channel=channel, action=write.action, outcome="pending", params=write.params,
        text=write.text, error=error, write_reference=write.reference,
        approval_id=write.approval_id,
    )  # fmt: skip
    _schedule(write, countdown=delay)
    return ActionResult(
        write.action, "pending",
        _("Halo is not answering right now. Your change is saved (reference %(ref)s) and will be sent "
          "automatically.") % {"ref": write.reference},
        ticket_id=write.ticket_id, reference=write.reference, audit_id=event.pk,
    )  # fmt: skip


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
        PendingWrite.objects.filter(pk=write.pk, status=PendingWrite.Status.QUEUED)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(
            maybe_committed=Case(
                When(claimed_until__isnull=False, then=Value(True)),
                default=F("maybe_committed"),
            ),
            claimed_until=now + timedelta(seconds=_claim_seconds()),
            attempts=F("attempts") + 1,
        )
    )


def _store_write(actor: Any, name: str, params: Mapping[str, Any], channel: str, text: str,
                 approval: ApprovalRequest | None) -> PendingWrite:  # fmt: skip
    return PendingWrite.objects.create(
        reference=_new_reference(), actor=actor, action=name, params=dict(params), channel=channel, text=text,
        ticket_id=params.get("ticket_id"), approval=approval,
    )  # fmt: skip


def _write_result(write: PendingWrite, message: str) -> ActionResult:
    status = {"queued": "pending", "done": "done", "failed": "failed"}[write.status]
    return ActionResult(write.action, status, message if status == "pending" else write.last_error or message,
                        data=write.result, ticket_id=write.ticket_id, reference=write.reference)  # fmt: skip


def _ask_for_approval(
    actor: Any, name: str, params: Mapping[str, Any], channel: str, text: str
) -> ActionResult:
    # Asking twice (a second Resolve, a double-clicked Confirm) waits on the first request.
    earlier = _same_pending_requests(actor, name, params).order_by("created_at").first()
    if earlier is not None:
        event = audit.record(actor=actor, channel=channel, action=name, outcome="pending", params=params,
                             text=text, decision="approval required", reason="already waiting for approval",
                             approval_id=earlier.pk)  # fmt: skip
        return ActionResult(
            name, "approval_required", _("This is already waiting for an admin's approval; you will see the outcome here."),
            approval_id=earlier.pk, ticket_id=params.get("ticket_id"), audit_id=event.pk,
        )  # fmt: skip
    request = ApprovalRequest.objects.create(
        requested_by=actor, action=name, params=dict(params), channel=channel, text=text,
        summary=f"{name.replace('_', ' ')}: " + ", ".join(f"{k}={v}" for k, v in params.items())[:250],
    )  # fmt: skip
    event = audit.record(actor=actor, channel=channel, action=name, outcome="pending", params=params, text=text,
                         decision="approval required", approval_id=request.pk)  # fmt: skip
    return ActionResult(
        name, "approval_required", _("An admin must approve this first; you will see the outcome here."),
        approval_id=request.pk, ticket_id=params.get("ticket_id"), audit_id=event.pk,
    )  # fmt: skip


def _refuse(actor: Any, name: str, channel: str, params: Mapping[str, Any], text: str, status: str, reason: str,
            errors: Mapping[str, str] | None = None) -> ActionResult:  # fmt: skip
    event = audit.record(
        actor=actor, channel=channel, action=name, outcome="denied" if status == "denied" else "failed",
        params=dict(params), text=text, decision="denied" if status == "denied" else "allowed", reason=reason,
        error="; ".join(f"{k}: {v}" for k, v in (errors or {}).items()),
    )  # fmt: skip
    return ActionResult(name, status, reason, errors=dict(errors or {}), audit_id=event.pk)


def _client() -> HaloClient:
    return build_halo_client()


def _new_reference() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "PRT-" + "".join(secrets.choice(alphabet) for _ in range(8))


def _reason(exc: HaloError) -> str:
    return getattr(exc, "halo_message", "") or exc.message


def _done_message(name: str, outcome: Outcome) -> str:
    ticket = outcome.ticket_id
    return {
        "create_ticket": _("Ticket %(id)s created.") % {"id": ticket},
        "add_note": _("Note added to ticket %(id)s.") % {"id": ticket},
        "resolve_ticket": _("Ticket %(id)s resolved.") % {"id": ticket},
        "update_ticket": _("Ticket %(id)s updated.") % {"id": ticket},
        "reopen_ticket": _("Ticket %(id)s reopened.") % {"id": ticket},
        "rate_ticket": _("Thank you for rating ticket %(id)s.") % {"id": ticket},
    }.get(name, "")


def _jsonable(value: Any) -> Any:
    from halo_integration.presenters import to_jsonable

    return to_jsonable(value)
