"""Questions about teams and the agents in them, as admins ask them: "tell me about the Network
team", "show me the Service Desk team's agents", "agent details for Chloe Martin", "what's Tom
Walsh's email and team?", "Daniel Kim - which team is he on?", "who is Marcus Reid?" (an
agent, not one of the users). No customer has agents or teams, so a name given with them is
the agent or the team, never a customer to refuse. Employees are refused these look-ups when
planned; a problem that only mentions the Teams app stays a new ticket."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check


def _look_up(entity: str, **params: Any) -> dict[str, Any]:
    return {"action": "lookup", "params": {"entity": entity, **params}}


PLANNED: list[dict[str, Any]] = [
    asked("admin", "tell me about the Messaging team", _look_up("teams", search_has="Messaging")),
    asked(
        "admin", "tell me more about the Field Services team", _look_up("teams", search_has="Field")
    ),
    asked("admin", "show me the Network team's agents", _look_up("agents", team_id=12)),
    asked("admin", "list the 2nd Line Support team's agents", _look_up("agents", team_id=6)),
    asked("admin", "agent details for Priya Sharma", _look_up("agents", search_has="Priya")),
    asked(
        "admin",
        "what's Hannah Fischer's phone number and team?",
        _look_up("agents", search_has="Hannah"),
    ),
    asked("admin", "Chloe Martin - which team is she on?", _look_up("agents", search_has="Chloe")),
    asked("admin", "who is Sarah Mitchell?", _look_up("agents", search_has="Sarah")),
    # a user stays a user
    asked("admin", "who is Hank Scorpio?", _look_up("users", search_has="Hank")),
    asked("emma", "tell me about the Network team", {"refused": True}),
    asked("emma", "show me the Service Desk team's agents", {"refused": True}),
    asked("liam", "My headset cuts out in Teams calls since the update", new_ticket("headset")),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_team_and_agent_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_an_agent_asked_about_with_halo_down_says_so(halo_connected, sim, portal_admin) -> None:
    sim.faults.down = True

    plan = plan_request("who is Sarah Mitchell?", actor=portal_admin)

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused
