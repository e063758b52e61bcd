"""Requests about existing tickets typed fast on a phone or written as an e-mail: a note given
after the ticket number with no colon, a remark closed by "fyi", a score beside a ticket, a
ticket handed to a team and a person at once. First the rule parser's action and slots, then
the plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # the ticket, the word "note" and the note, with nothing between
    (
        "3042 note user is on leave until monday",
        "add_note",
        {"ticket_id": 3042, "note": Has("leave")},
    ),
    (
        "#3099 internal note waiting on the vendor",
        "add_note",
        {"ticket_id": 3099, "note": Has("vendor")},
    ),
    (
        "for 3120 comment fan replaced, monitoring",
        "add_note",
        {"ticket_id": 3120, "note": Has("fan")},
    ),
    ("3042 notes please", "get_ticket", {"ticket_id": 3042, "note": ABSENT}),
    # a ticket named first, then what the people on it should be told
    (
        "3101 let the customer know the part ships friday",
        "add_note",
        {"ticket_id": 3101, "note": Has("friday")},
    ),
    (
        "for 3055, inform the requester we need the laptop back",
        "add_note",
        {"ticket_id": 3055, "note": Has("laptop")},
    ),
    # a remark first, closed by "fyi" or "just so you know"
    (
        "3131 the desk was moved to room 4 fyi",
        "add_note",
        {"ticket_id": 3131, "note": "the desk was moved to room 4"},
    ),
    (
        "ticket 3042 it dropped twice again today, just so you know",
        "add_note",
        {"ticket_id": 3042, "note": Has("dropped")},
    ),
    # "add a note asking / saying ..." right after the command
    (
        "add a note to 3089 asking when the access is granted",
        "add_note",
        {"ticket_id": 3089, "note": Has("granted")},
    ),
    (
        "3115 add a comment requesting a callback after 2pm",
        "add_note",
        {"ticket_id": 3115, "note": Has("callback")},
    ),
    # a small addition, or info put in a ticket
    (
        "quick correction to my ticket 3131: the monitor should be 24 inch",
        "add_note",
        {"ticket_id": 3131, "note": Has("24 inch")},
    ),
    (
        "put these details in ticket 3042 - the router model is TP-Link AX50",
        "add_note",
        {"ticket_id": 3042, "note": Has("AX50")},
    ),
    (
        "note: #3089 - read only is not enough",
        "add_note",
        {"ticket_id": 3089, "note": "read only is not enough"},
    ),
    (
        "on my printer request please note that it is the 2nd floor one",
        "add_note",
        {"ticket_hint": "printer", "note": Has("2nd floor")},
    ),
    # reading a ticket as "let me see", and everything I have logged
    ("lemme see #3042", "get_ticket", {"ticket_id": 3042}),
    ("can i see 3131 pls", "get_ticket", {"ticket_id": 3131}),
    ("list everything ive raised", "list_tickets", {}),
    # a score beside a ticket number
    ("gave 3005 a five", "rate_ticket", {"ticket_id": 3005, "score": 5}),
    ("3067 4/5 took a while but good", "rate_ticket", {"ticket_id": 3067, "score": 4}),
    ("i give 3 of 5 to ticket 3018", "rate_ticket", {"ticket_id": 3018, "score": 3}),
    ("give 3018 a 2nd look please", None, {}),  # a second look is no score
    # a team and a person at once, or a person after another field (a name in lower case
    # may be either; the planner looks it up as a team, then as an agent)
    (
        "3160 priority high assign daniel kim",
        "update_ticket",
        {"ticket_id": 3160, "priority": "high", "team": "daniel kim"},
    ),
    (
        "send 3099 to 2nd line support and hand it to Daniel Kim",
        "update_ticket",
        {"team": "2nd line support", "agent": "Daniel Kim"},
    ),
    (
        "3055 assign tom walsh team network",
        "update_ticket",
        {"agent": "tom walsh", "team": "network"},
    ),
    (
        "please assign a low priority to 3120",
        "update_ticket",
        {"priority": "low", "team": ABSENT, "agent": ABSENT},
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_phone_and_email_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked(
        "admin",
        "3101 prio high assign hannah fischer",
        {"action": "update_ticket", "params": {"ticket_id": 3101, "priority_id": 2, "agent_id": 9}},
    ),
    asked(
        "admin",
        "move 3055 to network and give it to marcus",
        {"action": "update_ticket", "params": {"ticket_id": 3055, "team_id": 12, "agent_id": 8}},
    ),
    asked(
        "admin",
        "3099 tell the user the rollback is tonight",
        {"action": "add_note", "params": {"ticket_id": 3099}},
    ),
    asked(
        "emma",
        "3131 my manager signed off on it fyi",
        {"action": "add_note", "params": {"ticket_id": 3131}},
    ),
    asked(
        "emma",
        "give 3005 a 5",
        {"action": "rate_ticket", "params": {"ticket_id": 3005, "score": 5}},
    ),
    asked("liam", "let me see 3120", {"action": "get_ticket", "params": {"ticket_id": 3120}}),
]


@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_phone_and_email_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
