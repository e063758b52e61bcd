"""What running an action gives back: an ActionResult with one of a fixed set of statuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar, cast


class Status(StrEnum):
    DONE = "done"
    PENDING = "pending"  # stored, queued for Halo
    APPROVAL_REQUIRED = "approval_required"
    INVALID = "invalid"
    DENIED = "denied"
    NO_IDENTITY = "no_identity"
    NOT_FOUND = "not_found"
    FAILED = "failed"  # Halo refused
    UNAVAILABLE = "unavailable"
    NOT_CONFIGURED = "not_configured"


# status -> HTTP status a page answers with
HTTP_STATUS: dict[str, int] = {
    Status.DONE: 200,
    Status.PENDING: 202,
    Status.APPROVAL_REQUIRED: 202,
    Status.INVALID: 400,
    Status.DENIED: 403,
    Status.NO_IDENTITY: 403,
    Status.NOT_FOUND: 404,
    Status.FAILED: 422,
    Status.UNAVAILABLE: 503,
    Status.NOT_CONFIGURED: 503,
}
_OK = frozenset({Status.DONE, Status.PENDING, Status.APPROVAL_REQUIRED})

D = TypeVar("D")


@dataclass
class ActionResult:
    """What happened, and for an action that worked, what it gave: `data` is the typed result
    its module declares (tickets_read.TicketPage, TicketDetail, lookup.LookupPage, ...; the
    file of get_attachment). Read it with the accessor its module offers (`page_of`,
    `detail_of`, `rows_of`, ...), which checks that the result is of that action."""

    action: str
    status: Status
    message: str = ""
    data: object = None
    errors: dict[str, str] = field(default_factory=dict)
    ticket_id: int | None = None
    reference: str = ""
    approval_id: int | None = None
    audit_id: int | None = None
    # A read that worked: the params and Halo ids its audit record holds, so the same page
    # served again (portal.page_memo) is recorded as the same look.
    read_record: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status in _OK

    @property
    def http_status(self) -> int:
        return HTTP_STATUS.get(self.status, 500)

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "ok": self.ok,
            "status": str(self.status),
            "message": self.message,
            "data": self.data,
            "errors": self.errors,
            "ticket_id": self.ticket_id,
            "reference": self.reference,
            "approval_id": self.approval_id,
        }


def data_of(result: ActionResult, action: str, kind: type[D]) -> D:
    """The data of a result of `action`, as the type that action declares."""
    if result.action != action:
        raise TypeError(f"a result of {result.action}, not of {action}")
    return cast(D, result.data)
