"""The one visibility check: which tickets a person may see. Someone else's ticket answers exactly
like a missing one."""

from __future__ import annotations

from halo_integration.client import HaloClient
from halo_integration.errors import HaloNotFound
from halo_integration.schemas import Action, Ticket


class TicketNotVisible(HaloNotFound):
    """The ticket exists but is not this person's. Shown to them as "not found"; audited as denied."""


def get_ticket_for(ticket_id: int, *, halo: HaloClient, own_user_id: int | None) -> Ticket:
    """Load a ticket; with own_user_id, only if that Halo user is its requester. A ticket that
    does not name its requester is nobody's (fail closed).

    Raises HaloNotFound (missing), TicketNotVisible (someone else's) or another HaloError."""
    ticket = halo.get_ticket(ticket_id)
    if own_user_id is not None and ticket.user_id != own_user_id:
        raise TicketNotVisible(f"ticket {ticket_id} is not requested by Halo user {own_user_id}")
    return ticket


def visible_to_end_user(action: Action) -> bool:
    """Only actions Halo marks as visible to the end user; without the flag, not shown."""
    return action.hiddenfromuser is False
