"""The one visibility check: which tickets a person may see. Someone else's ticket answers exactly
like a missing one."""

from __future__ import annotations

from typing import Any

from halo_integration.client import HaloClient
from halo_integration.errors import HaloNotFound
from halo_integration.values import int_or_none


class TicketNotVisible(HaloNotFound):
    """The ticket exists but is not this person's. Shown to them as "not found"; audited as denied."""


def get_ticket_for(ticket_id: int, *, halo: HaloClient, own_user_id: int | None) -> dict[str, Any]:
    """Load a ticket; with own_user_id, only if that Halo user is its requester.

    Raises HaloNotFound (missing), TicketNotVisible (someone else's) or another HaloError."""
    ticket = halo.get_ticket(ticket_id)
    if own_user_id is not None and int_or_none(ticket.get("user_id")) != own_user_id:
        raise TicketNotVisible(f"ticket {ticket_id} is not requested by Halo user {own_user_id}")
    return ticket
