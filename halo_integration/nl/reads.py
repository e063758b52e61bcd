"""The reads name resolution makes ("for Acme", "my VPN ticket", "ticket 3115"), each through
the action layer as the person asking: the same policy, visibility rules and audit as a page or
a console search. Nothing here talks to Halo itself."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from halo_integration.actions import ActionResult, run_action
from halo_integration.actions.lookup import LOOKUP, rows_of
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS, detail_of, page_of
from halo_integration.errors import HaloError
from halo_integration.nl.precheck import Refuse
from halo_integration.nl.sentences import not_found_message
from halo_integration.policies import Actor
from halo_integration.presenters import TicketView
from halo_integration.schemas import HaloModel


class Reader:
    """Reads for one plan: who asks, through which channel, and the text they typed (kept
    with every audited read)."""

    def __init__(self, actor: Actor, *, channel: str, text: str) -> None:
        self.actor, self.channel, self.text = actor, channel, text

    def ticket(self, ticket_id: int) -> dict[str, Any]:
        """The ticket as get_ticket shows it to this person. Raises Refuse for one they cannot
        see (worded exactly like a missing one), HaloError when Halo could not answer."""
        result = self._run(GET_TICKET, {"ticket_id": ticket_id})
        if result.status in {"not_found", "denied", "invalid"}:
            raise Refuse(not_found_message(ticket_id))
        if not result.ok:
            raise HaloError(result.message)
        return dict(detail_of(result))

    def tickets(self, params: Mapping[str, Any]) -> list[TicketView]:
        """The tickets list_tickets shows this person. Raises Refuse when it does not work."""
        result = self._run(LIST_TICKETS, params)
        if not result.ok:
            raise Refuse(result.message)
        return list(page_of(result)["tickets"])

    def look_up(self, entity: str, **params: Any) -> list[HaloModel]:
        """The rows a look-up shows this person. Raises Refuse when policy says no (an admin
        turned look-ups off), HaloError when Halo could not answer."""
        result = self._run(LOOKUP, {"entity": entity, **params})
        if result.status in {"unavailable", "not_configured", "failed"}:
            raise HaloError(result.message)
        if not result.ok:
            raise Refuse(result.message)
        return list(rows_of(result)["rows"])

    def _run(self, name: str, params: Mapping[str, Any]) -> ActionResult:
        return run_action(
            actor=self.actor, name=name, params=params, channel=self.channel, text=self.text
        )
