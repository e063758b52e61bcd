"""Text -> Plan: what the person asked for, as a declared action with Halo ids resolved.

A Plan only proposes. Reads may run at once; writes run after the person confirms, through the
same run_action() and policies as a form. The steps: understand.py picks the parser,
precheck.py refuses what policy would refuse anyway, resolve.py turns names into ids (through
the catalog and the action layer, as the person asking), sentences.py says it in words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from halo_integration import audit
from halo_integration.actions import REGISTRY, ActionResult, run_action
from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS
from halo_integration.connection import current_config
from halo_integration.errors import HaloError
from halo_integration.identity import IdentityNotFound
from halo_integration.nl.person_in_own_ticket import person_in_own_ticket
from halo_integration.nl.precheck import Refuse, refusal
from halo_integration.nl.resolve import Resolver
from halo_integration.nl.sentences import describe
from halo_integration.nl.understand import understand
from halo_integration.policies import Actor

# The reads a plan may run at once, before any Confirm (the Ask box answers them directly).


@dataclass
class Plan:
    """A proposed action. `missing` names what must still be given; `candidates` lists choices
    for an ambiguous reference; `refused` says why it cannot be done at all."""

    text: str
    action: str | None
    params: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""
    refused: str = ""
    source: str = "rules"
    names: dict[str, str] = field(default_factory=dict)  # param -> the name it was resolved from
    # A "how do I ...?" question: articles answer it first; this ticket is offered second.
    offer: dict[str, Any] = field(default_factory=dict)
    drafted: bool = False  # the note was drafted by the portal; the person edits or confirms it

    @property
    def is_read(self) -> bool:
        spec = REGISTRY.get(self.action or "")
        return spec is not None and not spec.write

    @property
    def shows_ticket(self) -> bool:
        return self.action == GET_TICKET

    @property
    def lists_tickets(self) -> bool:
        return self.action == LIST_TICKETS

    @property
    def looks_up(self) -> bool:
        return self.action == LOOKUP

    @property
    def ready(self) -> bool:
        return bool(self.action) and not (self.missing or self.candidates or self.refused)

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "params": self.params,
            "missing": self.missing,
            "candidates": self.candidates,
            "summary": self.summary,
            "refused": self.refused,
            "source": self.source,
            "names": self.names,
            "offer": self.offer,
            "drafted": self.drafted,
        }


def plan_request(
    text: str,
    *,
    actor: Actor,
    channel: str = "ask",
    choices: Mapping[str, int] | None = None,
) -> Plan:
    """Understand `text` for this person; `choices` settles earlier candidates ({"ticket_id": 3115}).
    Never raises for Halo trouble: the plan says so."""
    parsed, source = understand(text)
    plan = Plan(text=text, action=parsed.action, source=source)
    if parsed.action is None:
        plan.refused = parsed.reason or _(
            "I did not understand that as something the portal can do."
        )
        plan.summary = plan.refused
        return plan
    parsed = person_in_own_ticket(parsed, actor)
    reason = refusal(parsed, actor)
    if reason:
        return _refused(plan, actor, reason, channel)
    try:
        current_config()  # not connected to Halo: the plan says so now, not after Confirm
        Resolver(plan, parsed, actor, choices or {}, channel=channel).resolve()
    except Refuse as exc:
        return _refused(plan, actor, str(exc), channel)
    except IdentityNotFound as exc:  # Halo answered: this person is not one of its users
        why = _("Your account is not set up in Halo: %(why)s") % {"why": exc.message}
        return _refused(plan, actor, why, channel)
    except HaloError as exc:
        plan.refused = _("Halo is unavailable right now, so I cannot look that up: %(why)s") % {
            "why": exc.message
        }
    plan.summary = plan.refused or describe(plan)
    return plan


def execute_plan(plan: Plan, *, actor: Actor, channel: str = "ask") -> ActionResult:
    """Run a ready plan through the one entry point, audited with the original text.
    Raises ValueError for a plan that is not ready."""
    if not plan.ready or plan.action is None:
        raise ValueError("the plan is not ready to run")
    return run_action(
        actor=actor, name=plan.action, params=plan.params, channel=channel, text=plan.text
    )


def _refused(plan: Plan, actor: Actor, reason: str, channel: str) -> Plan:
    plan.refused = reason
    plan.summary = reason
    audit.record(
        actor=actor,
        channel=channel,
        action=plan.action or "ask",
        outcome="denied",
        decision="denied",
        reason=reason,
        text=plan.text,
        params=plan.params,
    )
    return plan
