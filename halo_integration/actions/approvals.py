"""Requests that wait for an admin: approve (runs the action exactly once), reject, withdraw the
ones that can no longer run, and what a person sees of their own."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext as _

from halo_integration import audit
from halo_integration.actions.pipeline import run_action, same_pending_requests
from halo_integration.actions.registry import closing_actions
from halo_integration.actions.results import ActionResult
from halo_integration.models import ApprovalRequest
from halo_integration.policies import Actor, is_admin
from halo_integration.presenters import to_jsonable

WITHDRAWN = "withdrawn"  # ApprovalRequest.outcome of a request that could no longer run


def approve(approval: ApprovalRequest, *, admin: Actor, reason: str = "") -> ActionResult:
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
    approval.result = to_jsonable(result.as_dict())
    approval.error = "" if result.ok else result.message
    approval.save(update_fields=["outcome", "result", "error"])
    twins = same_pending_requests(approval.requested_by, approval.action, approval.params)
    twins.update(
        status=ApprovalRequest.Status.REJECTED,
        decided_by=admin,
        decided_at=timezone.now(),
        decision_reason=_("the same request was approved"),
        outcome=WITHDRAWN,
    )
    if result.ok and approval.action in closing_actions():
        # The ticket is closed now: any other request to close it could only fail later.
        withdraw_closing_requests(
            approval.params.get("ticket_id"), _("the ticket is already closed")
        )
    return result


def reject(approval: ApprovalRequest, *, admin: Actor, reason: str) -> None:
    """Reject a pending request; it never runs. Raises ValueError if not pending or no reason."""
    if not reason.strip():
        raise ValueError("say why the request is rejected")
    _decide(approval, admin=admin, status=ApprovalRequest.Status.REJECTED, reason=reason)
    # The same person's identical requests (made before duplicates were merged) share the answer.
    twins = same_pending_requests(approval.requested_by, approval.action, approval.params)
    twins.update(
        status=ApprovalRequest.Status.REJECTED,
        decided_by=admin,
        decided_at=timezone.now(),
        decision_reason=reason,
    )


def withdraw_closing_requests(ticket_id: object, reason: str) -> int:
    """Pending requests to close a ticket that is closed already: they go from the queue."""
    if ticket_id is None:
        return 0
    return ApprovalRequest.objects.closing(closing_actions(), ticket_id).update(
        status=ApprovalRequest.Status.REJECTED,
        decided_at=timezone.now(),
        decision_reason=reason,
        outcome=WITHDRAWN,
    )


def approvals_for(
    actor: User, *, recent_days: int = 14, ticket_id: int | None = None, ticket_closed: bool = False
) -> list[ApprovalRequest]:
    """This person's requests waiting for an admin, and those decided lately (to show the outcome).
    With `ticket_id`, only that ticket's; `ticket_closed` (the ticket page knows) withdraws the
    requests to close it, which could no longer run."""
    if ticket_id is not None and ticket_closed:
        withdraw_closing_requests(ticket_id, _("the ticket is already closed"))
    since = timezone.now() - timedelta(days=recent_days)
    requests = ApprovalRequest.objects.recent_for(actor, since=since)
    if ticket_id is not None:
        requests = requests.for_ticket(ticket_id)
    return list(requests.order_by("-created_at")[:20])


def _decide(approval: ApprovalRequest, *, admin: Actor, status: str, reason: str) -> None:
    """Move a request out of pending, atomically: of two admins deciding at once, one wins."""
    if not is_admin(admin):
        raise ValueError("only portal admins may decide requests")
    taken = (
        ApprovalRequest.objects.waiting()
        .filter(pk=approval.pk)
        .update(status=status, decided_by=admin, decided_at=timezone.now(), decision_reason=reason)
    )
    if not taken:
        raise ValueError("this request has already been decided")
    approval.refresh_from_db()
    verb = "approve" if status == ApprovalRequest.Status.APPROVED else "reject"
    audit.record(
        actor=admin,
        channel="admin",
        action=f"approval.{verb}",
        outcome="done",
        params={"request": approval.pk, "action": approval.action},
        reason=reason,
        approval_id=approval.pk,
    )
