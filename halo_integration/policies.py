"""Who may use which action: pure decisions on the rules in force (admins' rows, kept per
process by config_memo, else each action's default). The same functions guard the actions and
decide what pages offer."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User

from halo_integration import config_memo
from halo_integration.models import ActionPolicy

Audience = ActionPolicy.Audience
Actor = User | AnonymousUser

# Entities an employee may look up; the rest of Halo's directory is for IT staff.
EMPLOYEE_LOOKUP_ENTITIES = frozenset({"kb_articles", "ticket_types"})


@dataclass(frozen=True)
class Rule:
    """An action's policy, from its row or its default."""

    action: str
    enabled: bool
    audience: str
    self_service_only: bool
    requires_approval: bool


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""
    needs_approval: bool = False


def is_admin(actor: Actor) -> bool:
    return bool(getattr(actor, "is_active", False) and getattr(actor, "is_staff", False))


def rule_for(action: str) -> Rule:
    """The rule in force now: an admin's row wins over the default."""
    found = config_memo.remembered("policies", _admin_rules).get(action)
    if found is None:
        # Each action ships its default with its declaration; the registry imports this module.
        from halo_integration.actions.registry import DEFAULT_RULES

        return DEFAULT_RULES[action]
    return found


def _admin_rules() -> dict[str, Rule]:
    return {
        row.action: Rule(
            row.action, row.enabled, row.audience, row.self_service_only, row.requires_approval
        )
        for row in ActionPolicy.objects.all()
    }


def decide(rule: Rule, actor: Actor, *, approved: bool = False) -> Decision:
    """May this person use this action at all? (Which tickets they may touch is access.py's job.)"""
    if not getattr(actor, "is_active", False):
        return Decision(False, "your account is inactive")
    if not rule.enabled:
        return Decision(False, f"an admin has turned off {rule.action.replace('_', ' ')}")
    admin = is_admin(actor)
    if rule.audience == Audience.ADMINS and not admin:
        return Decision(False, "only portal admins may do this")
    if rule.audience == Audience.EMPLOYEES and admin:
        return Decision(False, "this action is for employees only")
    if rule.requires_approval and not approved:
        return Decision(True, "an admin must approve this first", needs_approval=True)
    return Decision(True)


def limited_to_own_tickets(rule: Rule, actor: Actor) -> bool:
    """Employees only ever see their own tickets; an admin's rule may limit admins too."""
    return not is_admin(actor) or rule.self_service_only


def can_look_up(actor: Actor, entity: str) -> Decision:
    if is_admin(actor) or entity in EMPLOYEE_LOOKUP_ENTITIES:
        return Decision(True)
    return Decision(False, f"only portal admins may look up {entity.replace('_', ' ')}")
