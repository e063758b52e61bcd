"""Handing a ticket to someone with "get", "take" or "bring": "could you get 3160 over to
Hannah", "please get 3099 to Marcus", "get 3055 to the Network team". The ticket goes to that
agent or team; it is not read, and an employee asking it is refused when planned. "pull up
3042 to see what's happening" still reads the ticket."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_planner_round7 import PEOPLE, _check


def _update(ticket_id: int, **ids: int) -> dict[str, Any]:
    return {"action": "update_ticket", "params": {"ticket_id": ticket_id, **ids}}


PLANNED: list[dict[str, Any]] = [
    asked(
        "admin",
        "could you get 3101 over to Priya and bump it to critical?",
        _update(3101, agent_id=5, priority_id=1),
    ),
    asked("admin", "please get 3140 to Tom Walsh", _update(3140, agent_id=11)),
    asked("admin", "can you take 3055 to Daniel", _update(3055, agent_id=6)),
    asked("admin", "could you bring 3160 to the Messaging team?", _update(3160, team_id=11)),
    asked("admin", "get ticket 3099 to Chloe Martin asap", _update(3099, agent_id=7)),
    asked("emma", "could you get 3115 over to Sarah Mitchell please", {"refused": True}),
    # a read, whatever follows the number
    asked(
        "admin",
        "pull up 3110 to see what's happening",
        {"action": "get_ticket", "params": {"ticket_id": 3110}},
    ),
    asked(
        "admin",
        "could you get 3055 for me",
        {"action": "get_ticket", "params": {"ticket_id": 3055}},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_hand_over_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_a_hand_over_with_halo_down_says_so(halo_connected, sim, portal_admin) -> None:
    sim.faults.down = True

    plan = plan_request("please get 3140 to Tom Walsh", actor=portal_admin)

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused
