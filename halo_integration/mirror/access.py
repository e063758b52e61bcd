"""The one place that decides what an employee may read from the mirror.

The same rules as for a live read (halo_integration.access): the requester must be this person's
Halo user (a row without a requester is nobody's), a deleted ticket is missing, and only actions
Halo marks as visible to the end user are shown (a row without the flag is not)."""

from __future__ import annotations

from django.db.models import QuerySet

from halo_integration.access import TicketNotVisible
from halo_integration.errors import HaloNotFound
from halo_integration.mirror.models import MirrorAction, MirrorTicket


def own_tickets(key: str, halo_user_id: int) -> QuerySet[MirrorTicket]:
    """Every mirrored ticket this Halo user requested."""
    return MirrorTicket.objects.filter(
        connection_key=key, user_id=halo_user_id, user_id__isnull=False, deleted=False
    )


def own_ticket(key: str, ticket_id: int, halo_user_id: int) -> MirrorTicket | None:
    """The mirrored ticket if it is this person's; None when the mirror does not hold it.

    Raises HaloNotFound (deleted in Halo) or TicketNotVisible (someone else's, or nobody's)."""
    row = MirrorTicket.objects.filter(connection_key=key, ticket_id=ticket_id).first()
    if row is None:
        return None
    if row.deleted:
        raise HaloNotFound(f"Halo has no ticket {ticket_id}")
    if row.user_id is None or row.user_id != halo_user_id:
        raise TicketNotVisible(f"ticket {ticket_id} is not requested by Halo user {halo_user_id}")
    return row


def public_actions(key: str, ticket_id: int) -> QuerySet[MirrorAction]:
    """The actions an employee may read, oldest first."""
    return MirrorAction.objects.filter(
        connection_key=key, ticket_id=ticket_id, hiddenfromuser=False
    ).order_by("at", "action_id")
