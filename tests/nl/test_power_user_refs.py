"""Ticket numbers as people used to other tools write them: "T3042", "T-3115". A laptop model
("ThinkPad T480", "T14") is no ticket."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check

PLANNED: list[dict[str, Any]] = [
    asked("emma", "status of T3042", {"action": "get_ticket", "params": {"ticket_id": 3042}}),
    asked("emma", "T-3115 any update?", {"action": "get_ticket", "params": {"ticket_id": 3115}}),
    asked(
        "liam",
        "t3120: fan still loud after the clean",
        {"action": "add_note", "params": {"ticket_id": 3120, "note_has": "fan"}},
    ),  # fmt: skip
    asked("liam", "resolve T3121", {"refused": True}),  # closed already
    asked("liam", "status of T3101", {"refused": True}),  # Noah's ticket
    # a laptop model stays part of the problem
    asked("emma", "my ThinkPad T480 keyboard stopped working", new_ticket("keyboard")),
    asked("liam", "the T14 laptop will not charge any more", new_ticket("charge")),
]


@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_ticket_numbers_with_a_t(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
