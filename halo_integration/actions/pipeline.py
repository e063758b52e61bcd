"""run_action(): the one entry point for every action, from a page, the Ask box or a command.

validate parameters -> policy -> (approval) -> store writes durably (outbox.py) -> access check
-> Halo -> audit -> a typed result. Someone else's ticket answers exactly like a missing one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from halo_integration import attachments as files
from halo_integration import audit
from halo_integration.access import TicketNotVisible
from halo_integration.actions import outbox
from halo_integration.actions.context import ActionDenied, Context, Outcome
from halo_integration.actions.registry import REGISTRY, InvalidParams, clean_params
from halo_integration.actions.results import ActionResult, Status
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
from halo_integration.identity import IdentityNotFound
from halo_integration.models import (
    ApprovalRequest,
    AuditEvent,
    PendingWrite,
)
from halo_integration.policies import Actor, decide, is_admin, rule_for
from halo_integration.presenters import to_jsonable
from halo_integration.queries import ApprovalRequestQuerySet

CHANNELS = ("web", "ask", "command", "approval", "retry", "console", "admin")


def run_action(
    *,
    actor: Actor,
    name: str,
    params: Mapping[str, Any],
    channel: str,
    text: str = "",
    halo: HaloClient | None = None,
    approval: ApprovalRequest | None = None,
    self_service: bool = False,
    attachments: Sequence[files.Upload] = (),
) -> ActionResult:
    """Run one declared action for this person. Never raises for Halo or policy problems.
    `self_service`: the employee pages, where admins too act only on their own tickets.
    `attachments`: files for a new ticket or a note; kept with the write until Halo has them."""
    spec = REGISTRY.get(name)
    if spec is None:
        why = _("there is no action called %(name)s") % {"name": name}
        return _refuse(actor, name, channel, params, text, Status.INVALID, why)
    rule = rule_for(name)
    decision = decide(rule, actor, approved=approval is not None)
    if not decision.allowed:
        return _refuse(actor, name, channel, params, text, Status.DENIED, decision.reason)
    if not isinstance(actor, User):  # unreachable: decide() finds an anonymous visitor inactive
        return _refuse(actor, name, channel, params, text, Status.DENIED, "not signed in")
    try:
        clean = clean_params(name, params, admin=is_admin(actor))
        files.check_uploads(name, attachments)
    except InvalidParams as exc:
        why = _("some details are missing or wrong")
        return _refuse(actor, name, channel, params, text, Status.INVALID, why, exc.errors)
    if decision.needs_approval:
        result = _ask_for_approval(actor, name, clean, channel, text)
        if result.approval_id is not None and attachments:
            files.keep(attachments, approval=ApprovalRequest.objects.get(pk=result.approval_id))
        return result
    if spec.write:
        with transaction.atomic():  # the write and its files are kept together, or not at all
            write = outbox.store_write(
                actor=actor, name=name, params=clean, channel=channel, text=text, approval=approval
            )
            files.keep(attachments, write=write)
            if approval is not None:
                files.move_to_write(approval, write)
        return outbox.deliver(write, channel=channel, halo=halo, self_service=self_service)
    try:
        client = halo or build_halo_client()
    except HaloNotConfigured as exc:
        return _refuse(actor, name, channel, clean, text, Status.NOT_CONFIGURED, exc.message)
    ctx = Context(actor=actor, halo=client, rule=rule, self_service=self_service)
    return execute(ctx, name, clean, channel, text, approval)


class _Record(Protocol):
    def __call__(
        self,
        *,
        outcome: str,
        decision: str = "allowed",
        reason: str = "",
        error: str = "",
        halo_ids: Mapping[str, Any] | None = None,
    ) -> AuditEvent: ...


def execute(
    ctx: Context,
    name: str,
    params: Mapping[str, Any],
    channel: str,
    text: str,
    approval: ApprovalRequest | None,
    *,
    write: PendingWrite | None = None,
) -> ActionResult:
    """Run the handler of an allowed action and audit what it gave; Halo's errors become statuses.
    A write's transient failure keeps it queued for another attempt."""
    record = _recorder(ctx.actor, name, channel, params, text, approval, write)
    spec = REGISTRY[name]
    try:
        # clean_params made these exactly what the spec's params_model describes.
        outcome: Outcome[Any] = spec.handler(ctx, params)
    except TicketNotVisible as exc:
        # The person sees exactly what a missing ticket shows; the audit log keeps the truth.
        return _failed(
            write, record, Status.NOT_FOUND, _not_found(params), "denied", reason=str(exc)
        )
    except HaloNotFound as exc:
        return _failed(
            write, record, Status.NOT_FOUND, _not_found(params), "failed", error=exc.message
        )
    except ActionDenied as exc:
        return _failed(write, record, Status.DENIED, exc.reason, "denied", reason=exc.reason)
    except InvalidParams as exc:
        why = _("some details are missing or wrong")
        return _failed(
            write, record, Status.INVALID, why, "failed", error=str(exc), errors=exc.errors
        )
    except IdentityNotFound as exc:
        return _failed(write, record, Status.NO_IDENTITY, exc.message, "failed", error=exc.message)
    except HaloTransient as exc:
        if write is None:
            record(outcome="failed", error=exc.message)
            why = _("Halo is unavailable right now; please try again shortly.")
            return ActionResult(name, Status.UNAVAILABLE, why)
        committed = exc.write_may_have_committed
        return outbox.retry_later(write, channel, exc.message, maybe_committed=committed)
    except HaloNotConfigured as exc:
        record(outcome="failed", error=exc.message)
        return ActionResult(name, Status.NOT_CONFIGURED, exc.message)
    except HaloRejected as exc:
        if write is not None and exc.status_code < 300:
            # Halo said yes (2xx) with an answer we cannot read: the write is probably stored.
            # Resending would double it; look for it on the next attempt instead.
            return outbox.retry_later(write, channel, exc.message, maybe_committed=True)
        return _refused_by_halo(write, record, exc)
    except HaloForbidden as exc:
        return _refused_by_halo(write, record, exc)
    except HaloError as exc:
        return _failed(write, record, Status.FAILED, exc.message, "failed", error=exc.message)
    except LookupError as exc:  # the instance lacks something an action needs (e.g. no outcomes)
        return _failed(write, record, Status.FAILED, str(exc), "failed", error=str(exc))
    message = spec.done_message(outcome)
    if write is None and not spec.write:
        # A read that worked: one cheap row now, chained in a batch shortly after.
        audit.record_read(
            actor=ctx.actor,
            channel=channel,
            action=name,
            params=params,
            text=text,
            halo_ids=outcome.halo_ids,
        )
        return ActionResult(
            name,
            Status.DONE,
            message,
            data=outcome.data,
            ticket_id=outcome.ticket_id,
            read_record={"params": dict(params), "halo_ids": dict(outcome.halo_ids or {})},
        )
    event = record(outcome="done", halo_ids=outcome.halo_ids)
    if write is not None:
        outbox.mark_done(write, result=to_jsonable(outcome.data), ticket_id=outcome.ticket_id)
    return ActionResult(
        name,
        Status.DONE,
        message,
        data=outcome.data,
        ticket_id=outcome.ticket_id,
        reference=write.reference if write else "",
        approval_id=approval.pk if approval else None,
        audit_id=event.pk,
    )


def _not_found(params: Mapping[str, Any]) -> str:
    """One answer for "not yours" and "not there", whichever of the two it was."""
    return _("ticket not found") if "ticket_id" in params else _("not found in Halo")


def _recorder(
    actor: User,
    name: str,
    channel: str,
    params: Mapping[str, Any],
    text: str,
    approval: ApprovalRequest | None,
    write: PendingWrite | None,
) -> _Record:
    def record(
        *,
        outcome: str,
        decision: str = "allowed",
        reason: str = "",
        error: str = "",
        halo_ids: Mapping[str, Any] | None = None,
    ) -> AuditEvent:
        return audit.record(
            actor=actor,
            channel=channel,
            action=name,
            outcome=outcome,
            params=params,
            decision=decision,
            reason=reason,
            text=text,
            error=error,
            approval_id=approval.pk if approval else None,
            write_reference=write.reference if write else "",
            halo_ids=halo_ids,
        )

    return record


def _refused_by_halo(
    write: PendingWrite | None, record: _Record, exc: HaloRejected | HaloForbidden
) -> ActionResult:
    why = getattr(exc, "halo_message", "") or exc.message
    message = _("Halo refused this: %(why)s") % {"why": why}
    return _failed(write, record, Status.FAILED, message, "failed", error=exc.message)


def _failed(
    write: PendingWrite | None,
    record: _Record,
    status: Status,
    message: str,
    audit_outcome: str,
    *,
    reason: str = "",
    error: str = "",
    errors: Mapping[str, str] | None = None,
) -> ActionResult:
    decision = "denied" if audit_outcome == "denied" else "allowed"
    event = record(outcome=audit_outcome, decision=decision, reason=reason, error=error)
    if write is not None:
        outbox.mark_failed(write, message)
    return ActionResult(
        event.action,
        status,
        message,
        errors=dict(errors or {}),
        reference=write.reference if write else "",
        ticket_id=write.ticket_id if write else None,
        audit_id=event.pk,
    )


def _ask_for_approval(
    actor: User, name: str, params: Mapping[str, Any], channel: str, text: str
) -> ActionResult:
    """Queue the request for an admin. Asking twice (a second Resolve, a double-clicked
    Confirm) waits on the first request."""
    earlier = same_pending_requests(actor, name, params).order_by("created_at").first()
    if earlier is not None:
        request, reason = earlier, "already waiting for approval"
        why = _("This is already waiting for an admin's approval; you will see the outcome here.")
    else:
        listed = ", ".join(f"{k}={v}" for k, v in params.items())
        request = ApprovalRequest.objects.create(
            requested_by=actor,
            action=name,
            params=dict(params),
            channel=channel,
            text=text,
            summary=f"{name.replace('_', ' ')}: " + listed[:250],
        )
        reason = ""
        why = _("An admin must approve this first; you will see the outcome here.")
    event = audit.record(
        actor=actor,
        channel=channel,
        action=name,
        outcome="pending",
        params=params,
        text=text,
        decision="approval required",
        reason=reason,
        approval_id=request.pk,
    )
    return ActionResult(
        name,
        Status.APPROVAL_REQUIRED,
        why,
        approval_id=request.pk,
        ticket_id=params.get("ticket_id"),
        audit_id=event.pk,
    )


def same_pending_requests(
    actor: User, name: str, params: Mapping[str, Any]
) -> ApprovalRequestQuerySet:
    """This person's pending requests that ask for the same thing: the same action with the
    same parameters, or for a closing action, the same ticket (whatever the note says)."""
    spec = REGISTRY.get(name)
    closing = spec is not None and spec.closes_ticket
    return ApprovalRequest.objects.same_as(
        actor, name, to_jsonable(dict(params)), by_ticket=closing
    )


def _refuse(
    actor: Actor,
    name: str,
    channel: str,
    params: Mapping[str, Any],
    text: str,
    status: Status,
    reason: str,
    errors: Mapping[str, str] | None = None,
) -> ActionResult:
    denied = status == Status.DENIED
    event = audit.record(
        actor=actor,
        channel=channel,
        action=name,
        outcome="denied" if denied else "failed",
        params=dict(params),
        text=text,
        decision="denied" if denied else "allowed",
        reason=reason,
        error="; ".join(f"{k}: {v}" for k, v in (errors or {}).items()),
    )
    return ActionResult(name, status, reason, errors=dict(errors or {}), audit_id=event.pk)
