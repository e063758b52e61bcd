"""Halo versions differ (REFERENCE marks these UNCERTAIN): the portal must work either way."""

from __future__ import annotations

import httpx
import pytest

from halo_integration.client import HaloClient
from halo_integration.connection import check_connection


class Quirks(httpx.BaseTransport):
    """The simulator, but with parts of the API another Halo version may lack."""

    def __init__(self, sim, *, missing_paths=(), ignored_params=()):
        self._inner = httpx.WSGITransport(app=sim)
        self._missing = {p.lower() for p in missing_paths}
        self._ignored = set(ignored_params)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.lower() in self._missing:
            return httpx.Response(404, text="Not Found", request=request)
        if self._ignored:
            params = [(k, v) for k, v in request.url.params.multi_items() if k not in self._ignored]
            request.url = request.url.copy_with(params=params)
        return self._inner.handle_request(request)


def test_a_halo_without_agent_me_still_connects(sim, sim_config):
    report = check_connection(sim_config, transport=Quirks(sim, missing_paths=["/api/Agent/me"]))

    assert report.agent_name == ""
    assert "tickets" in report.working


def test_ticket_filters_hold_even_when_halo_ignores_them(sim, sim_config):
    quirky = HaloClient(
        sim_config,
        transport=Quirks(
            sim, ignored_params=["tickettype_id", "requesttype_id", "priority", "agent_id"]
        ),
    )

    rows = list(quirky.iter_tickets(tickettype_id=1, priority_id=2, agent_id=6, limit=1000))

    assert rows
    assert {(r.tickettype_id, r.priority_id, r.agent_id) for r in rows} == {(1, 2, 6)}


@pytest.mark.django_db
def test_notes_never_use_a_closing_outcome_when_none_fits(halo_connected, sim, portal_admin):
    from halo_integration import actions

    for outcome in sim.store.outcomes.values():  # a Halo whose outcomes say nothing of visibility
        outcome.pop("hidefromuser", None)
        if "note" in outcome["outcome"].lower():
            outcome["outcome"] = f"Update {outcome['id']}"

    result = actions.run_action(
        actor=portal_admin,
        name="add_note",
        channel="web",
        params={"ticket_id": 3101, "note": "hidden", "hiddenfromuser": True},
    )

    assert result.status == "done", result.message
    note = sim.store.actions[3101][-1]
    assert note["hiddenfromuser"] is True
    assert not sim.store.is_closed_status(sim.store.tickets[3101]["status_id"])
