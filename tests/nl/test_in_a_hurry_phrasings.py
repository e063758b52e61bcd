"""Phrasings first met in rounds 34 and 35 (a sales team, field engineers, people in a hurry):
"Guide for requesting access to a SharePoint site?", statuses said after the number ("3131
back to In Progress, monitors arrived"), ratings said shortly ("3121 gets a 4", "Give the
password reset ticket a 4"), a team with the agent ("put 3140 with Messaging and give it to
Chloe", "reassign 3120 to Daniel Kim in 2nd Line Support"), a question after the ticket that
reads it ("3140 - has anyone even looked at it"), notes asked for last ("... Note it.", "can
you note that ...", "just adding to 3089: ..."), the summary taken from the sentence about the
thing once what was tried comes first, and "raise a ticket in her name"."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check


def _on(action: str, ticket_id: int, **params: Any) -> dict[str, Any]:
    return {"action": action, "params": {"ticket_id": ticket_id, **params}}


def _howto(words: str) -> dict[str, Any]:
    return {"action": "lookup", "params": {"entity": "kb_articles", "search_has": words}}


PLANNED: list[dict[str, Any]] = [
    asked("emma", "Guide for connecting to the office Wi-Fi?", _howto("Wi-Fi")),
    asked("liam", "instructions on mapping the shared drive pls", _howto("shared drive")),
    asked(
        "admin", "3101 back to In Progress, user replied", _on("update_ticket", 3101, status_id=2)
    ),
    asked("admin", "3140 on hold - waiting for parts", _on("update_ticket", 3140, status_id=28)),
    asked("emma", "3042 back to in progress please", {"refused": True}),
    asked("liam", "3121 gets a 5", _on("rate_ticket", 3121, score=5)),
    asked("emma", "Give the printer jam ticket a 4", _on("rate_ticket", 3067, score=4)),
    asked(
        "admin",
        "put 3099 with Field Services and give it to Hannah",
        _on("update_ticket", 3099, team_id=15, agent_id=9),
    ),
    asked(
        "admin",
        "reassign 3160 to Priya Sharma in 1st Line Support",
        _on("update_ticket", 3160, agent_id=5, team_id=5),
    ),
    asked("admin", "3110 - has anyone even looked at it", _on("get_ticket", 3110)),
    asked("admin", "3055 - anything new from the customer?", _on("get_ticket", 3055)),
    asked(
        "admin",
        "3160 - user says the echo only happens on the headset, not the speakers. Note it.",
        _on("add_note", 3160, note_has="headset"),
    ),
    asked(
        "emma",
        "on my monitor request can you note that a 24 inch one is fine",
        _on("add_note", 3131, note_has="24 inch"),
    ),
    asked(
        "emma",
        "hi, just adding to 3115: it also asks on my phone. thanks",
        _on("add_note", 3115, note_has="phone"),
    ),
    asked("liam", "everything I've got in progress", {"action": "list_tickets", "params": {}}),
    asked("liam", "show my open stuff", {"action": "list_tickets", "params": {}}),
    asked(
        "emma",
        "I've restarted it, unplugged the cable and tried another socket. The docking station "
        "still won't charge my laptop.",
        new_ticket("docking station"),
    ),
    asked(
        "liam",
        "Right. My keyboard has stopped typing the letter E since this morning.",
        new_ticket("keyboard"),
    ),
    asked(
        "admin",
        "Mia Chen's monitor keeps going black, raise a ticket in her name",
        new_ticket("monitor", user_id=206),
    ),
    asked(
        "liam",
        "Outlook search finds nothing at all, even for emails from this morning",
        new_ticket("search"),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_in_a_hurry_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_what_was_tried_stays_in_the_details(halo_connected, other_employee) -> None:
    plan = plan_request(
        "I've rebooted twice and checked the cable. The webcam still shows a black picture.",
        actor=other_employee,
    )

    assert plan.params["summary"] == "The webcam still shows a black picture"
    assert "rebooted twice" in plan.params["details"]


@pytest.mark.django_db
def test_a_status_after_the_number_with_halo_down_says_so(
    halo_connected, sim, portal_admin
) -> None:
    sim.faults.down = True

    plan = plan_request("3101 back to In Progress, user replied", actor=portal_admin)

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused
