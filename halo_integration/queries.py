"""Named queries of the outbox (PendingWrite) and of approval requests, for the action layer
and the pages that show what is still waiting."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Q

from halo_integration.generations import CountedQuerySet

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    # Named in the QuerySet["..."] strings below, which ruff does not read as annotations.
    from halo_integration.models import ApprovalRequest, PendingWrite  # noqa: F401


class ApprovalRequestQuerySet(CountedQuerySet["ApprovalRequest"]):
    def waiting(self) -> ApprovalRequestQuerySet:
        """Requests no admin has decided yet."""
        return self.filter(status=self.model.Status.PENDING)

    def for_ticket(self, ticket_id: object) -> ApprovalRequestQuerySet:
        return self.filter(params__ticket_id=ticket_id)

    def closing(self, actions: Iterable[str], ticket_id: object) -> ApprovalRequestQuerySet:
        """Waiting requests to close this ticket (by any of the closing `actions`)."""
        return self.waiting().filter(action__in=list(actions)).for_ticket(ticket_id)

    def same_as(
        self, actor: User, action: str, params: Mapping[str, object], *, by_ticket: bool
    ) -> ApprovalRequestQuerySet:
        """This person's waiting requests that ask for the same thing: the same action with the
        same (JSON) parameters, or with `by_ticket`, the same ticket whatever else they say."""
        pending = self.waiting().filter(requested_by=actor, action=action)
        ticket_id = params.get("ticket_id")
        if by_ticket and ticket_id is not None:
            return pending.for_ticket(ticket_id)
        same = [request.pk for request in pending if request.params == dict(params)]
        return pending.filter(pk__in=same)

    def recent_for(self, actor: User, *, since: datetime) -> ApprovalRequestQuerySet:
        """This person's waiting requests, and those decided since `since`."""
        return self.filter(requested_by=actor).filter(
            Q(status=self.model.Status.PENDING) | Q(decided_at__gte=since)
        )


class PendingWriteQuerySet(CountedQuerySet["PendingWrite"]):
    def queued(self) -> PendingWriteQuerySet:
        """Writes still waiting for Halo."""
        return self.filter(status=self.model.Status.QUEUED)

    def due(self, now: datetime) -> PendingWriteQuerySet:
        """Queued writes whose next attempt is due, oldest first."""
        return (
            self.queued()
            .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
            .order_by("created_at")
        )

    def claimable(self, now: datetime) -> PendingWriteQuerySet:
        """Queued writes no attempt holds (or whose holder's claim ran out)."""
        return self.queued().filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))

    def for_actor(self, user: User, ticket_id: int | None = None) -> PendingWriteQuerySet:
        """This person's queued writes (of one ticket, with `ticket_id`), oldest first."""
        writes = self.queued().filter(actor=user)
        if ticket_id is not None:
            writes = writes.filter(ticket_id=ticket_id)
        return writes.order_by("created_at")

    def unfailed(self, user: User) -> PendingWriteQuerySet:
        """This person's writes that did not fail (waiting or done)."""
        return self.filter(actor=user).exclude(status=self.model.Status.FAILED)

    def unfailed_for(self, user: User, ticket_id: int) -> PendingWriteQuerySet:
        """This person's writes on one ticket that did not fail (waiting or done), oldest first."""
        return self.unfailed(user).filter(ticket_id=ticket_id).order_by("created_at")

    def delivered_for_ticket(self, ticket_id: int) -> PendingWriteQuerySet:
        return self.filter(ticket_id=ticket_id, status=self.model.Status.DONE)
