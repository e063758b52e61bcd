"""What is refused before any name is resolved: the action's policy, a look-up of something
this person may not look up, and admin-only details in an employee's request. The same rules
run again when the plan is executed; refusing early saves the person a pointless Confirm."""

from __future__ import annotations

from django.utils.translation import gettext as _

from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import LIST_TICKETS
from halo_integration.nl.parse.rules import ParsedRequest
from halo_integration.policies import Actor, can_look_up, decide, is_admin, rule_for

# Slots only an admin's request may carry; an employee's text with them is refused, not trimmed.
ADMIN_SLOTS = (
    "client",
    "client_id",
    "site",
    "user",
    "team",
    "agent",
    "agent_id",
    "priority",
    "status",
    "someone_elses",  # "show me his tickets"
)


# Filters an employee may put on a list of their own tickets.
OWN_LIST_FILTERS = ("priority", "status")


class Refuse(Exception):
    """The plan cannot be done at all; the message says why, in words for the person."""


def refusal(parsed: ParsedRequest, actor: Actor) -> str:
    """Why this person may not ask for this at all, or "" when they may."""
    assert parsed.action is not None  # noqa: S101 - the caller answers "not understood" first
    decision = decide(rule_for(parsed.action), actor)
    if decision.allowed and parsed.action == LOOKUP and parsed.slots.get("entity"):
        decision = can_look_up(actor, str(parsed.slots["entity"]))
    if not decision.allowed:
        return decision.reason
    admin_slots = [slot for slot in ADMIN_SLOTS if slot in parsed.slots]
    if parsed.action == LIST_TICKETS:
        # "my tickets on hold", "my high priority tickets": filters of one's own tickets
        admin_slots = [slot for slot in admin_slots if slot not in OWN_LIST_FILTERS]
    if (admin_slots or parsed.slots.get("hiddenfromuser")) and not is_admin(actor):
        return _("only portal admins may do that")
    return ""
