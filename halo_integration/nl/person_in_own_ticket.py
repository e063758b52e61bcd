"""An employee's "Mia Chen's new starter ticket": a person named as whose the ticket is. An
employee only ever has their own tickets, and their own ticket may well be about that person
(Liam's "New starter: Mia Chen"), so the name becomes part of the description searched among
the employee's own tickets. Nothing else is searched: with no such ticket of theirs the
answer is the same "no tickets about ..." as for any ticket they do not have."""

from __future__ import annotations

from dataclasses import replace

from halo_integration.actions.lifecycle import RATE_TICKET, REOPEN_TICKET
from halo_integration.actions.tickets_read import GET_TICKET
from halo_integration.actions.tickets_write import ADD_NOTE, RESOLVE_TICKET
from halo_integration.nl.parse.rules import ParsedRequest
from halo_integration.nl.precheck import ADMIN_SLOTS
from halo_integration.policies import Actor, is_admin

# Actions on one ticket the employee may take on their own tickets
_ONE_TICKET = frozenset({GET_TICKET, ADD_NOTE, RESOLVE_TICKET, REOPEN_TICKET, RATE_TICKET})


def person_in_own_ticket(parsed: ParsedRequest, actor: Actor) -> ParsedRequest:
    """The request with a described ticket's person moved into its description, for an
    employee; unchanged for an admin (who may read that person's tickets) or when anything
    else only an admin may ask for is in it."""
    slots = parsed.slots
    if (
        is_admin(actor)
        or parsed.action not in _ONE_TICKET
        or not isinstance(slots.get("user"), str)
        or not isinstance(slots.get("ticket_hint"), str)
        or {"ticket_id", "ticket_ids"} & slots.keys()
        or any(slot in slots for slot in ADMIN_SLOTS if slot != "user")
    ):
        return parsed
    moved = {key: value for key, value in slots.items() if key != "user"}
    moved["ticket_hint"] = f"{slots['user']} {slots['ticket_hint']}".strip()
    moved["named_person"] = slots["user"]  # the ticket must be about them
    moved["mine"] = True
    return replace(parsed, slots=moved)
