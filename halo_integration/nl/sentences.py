"""The English sentences a person confirms: what a Plan will do, and the one answer for a
ticket that is missing or not theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from halo_integration.actions import REGISTRY

if TYPE_CHECKING:
    from halo_integration.nl.plan import Plan


def describe(plan: Plan) -> str:
    """One sentence a person can confirm: "Create an Incident for you: '…', priority Medium".
    Each action's sentence is declared with the action."""
    spec = REGISTRY.get(plan.action or "")
    return spec.describe(plan.params, plan.names) if spec is not None else plan.action or ""


def not_found_message(ticket_id: int) -> str:
    """The one answer for a ticket that does not exist and one that is not this person's."""
    return _("Ticket #%(id)s was not found.") % {"id": ticket_id}
