"""What every action handler is given (Context) and gives back (Outcome), the two ways a handler
says no (ActionDenied, HaloAnswerUnclear), and the few lookups several handlers share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from django.contrib.auth.models import AnonymousUser, User
from django.utils.translation import gettext as _

from halo_integration import access, identity
from halo_integration.actions.registry import InvalidParams
from halo_integration.catalog import Catalog
from halo_integration.client import HaloClient
from halo_integration.connection import build_catalog
from halo_integration.errors import HaloTransient
from halo_integration.mirror import reads as mirror_reads
from halo_integration.models import HaloIdentity, PendingWrite
from halo_integration.policies import Rule, is_admin, limited_to_own_tickets
from halo_integration.schemas import Ticket


class HaloAnswerUnclear(HaloTransient):
    """Halo accepted a write but its answer does not show the result: it may have committed."""

    write_may_have_committed = True


class ActionDenied(Exception):
    """The person may not do this to this ticket; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Context:
    """Who is acting, through which Halo, under which rule; things loaded once per run."""

    actor: User
    halo: HaloClient
    rule: Rule
    write: PendingWrite | None = None
    # The employee pages are self-service for admins too (their own tickets); the console is not.
    self_service: bool = False
    _catalog: Catalog | None = field(default=None, repr=False)
    _identity: HaloIdentity | None = field(default=None, repr=False)

    @property
    def admin(self) -> bool:
        return is_admin(self.actor)

    @property
    def own_only(self) -> bool:
        return self.self_service or limited_to_own_tickets(self.rule, self.actor)

    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = build_catalog(self.halo)
        return self._catalog

    def identity(self) -> HaloIdentity:
        if self._identity is None:
            self._identity = identity.halo_identity_for(self.actor, self.halo)
        return self._identity

    def ticket(self, ticket_id: int) -> Ticket:
        own = self.identity().halo_user_id if self.own_only else None
        return access.get_ticket_for(ticket_id, halo=self.halo, own_user_id=own)

    def requesters_ticket(self, ticket_id: int) -> Ticket:
        """The ticket, only if the person is its requester: admins too (their files and ratings
        are the requester's to see and give)."""
        own = self.identity().halo_user_id
        return access.get_ticket_for(ticket_id, halo=self.halo, own_user_id=own)

    def from_mirror(self) -> bool:
        """Employees read their own tickets from the mirror; admins (the console) read Halo live."""
        return mirror_reads.enabled() and self.own_only and not self.admin

    def remember_baseline(self, baseline: dict[str, Any]) -> None:
        if self.write is not None and self.write.baseline is None:
            self.write.baseline = baseline
            PendingWrite.objects.filter(pk=self.write.pk).update(baseline=baseline)


D = TypeVar("D")


@dataclass
class Outcome(Generic[D]):
    """What a handler did: its typed result (each action module declares the shape), the ticket
    it concerns, and the Halo ids the audit log keeps."""

    data: D
    ticket_id: int | None = None
    halo_ids: dict[str, Any] = field(default_factory=dict)


def known(catalog: Catalog, kind: str, item_id: int, name: str) -> int:
    """The id, if this Halo instance has it. Raises InvalidParams naming the parameter."""
    if catalog.get(kind, item_id) is None:
        raise InvalidParams(
            {name: _("%(id)s is not known on this Halo instance") % {"id": item_id}}
        )
    return item_id


def ticket_ref(params: Mapping[str, Any]) -> str:
    """How a confirm card names the ticket: "#3115", or "the ticket" before it is known."""
    return f"#{params['ticket_id']}" if "ticket_id" in params else _("the ticket")


def display_name(user: User | AnonymousUser) -> str:
    full = f"{getattr(user, 'first_name', '')} {getattr(user, 'last_name', '')}".strip()
    return full or getattr(user, "email", "") or getattr(user, "username", "")
