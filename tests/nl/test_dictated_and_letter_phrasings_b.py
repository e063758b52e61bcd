"""Requests dictated on a phone in a hurry ("um", "so yeah", no apostrophes, the ticket number
first and then what to do with "it") and an admin's desk shorthand ("park 3110", "3110 ->
with supplier", "user lookup: samir", "globex: open tickets"): reading, listing, rating and
updating. First the rule parser's action and slots, including look-alikes that keep their old
meaning, then the plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a dictated filler before the question asks nothing itself
    ("um whats open for stark logistics", "list_tickets", {"owner_guess": "stark logistics"}),
    ("so whats still outstanding at initech", "list_tickets", {"open_only": True}),
    ("uh whats the status of 3042", "get_ticket", {"ticket_id": 3042}),
    ("basically my docking station wont charge", "create_ticket", {"summary": Has("docking")}),
    # "whats" without its apostrophe, and "have I got anything ...": my own open tickets
    ("whats still waiting on me", "list_tickets", {"status": "waiting on me"}),
    ("do i still have anything outstanding", "list_tickets", {"open_only": True, "mine": True}),
    ("have we got anything pending", "list_tickets", {"open_only": True}),
    # the ticket first, then a score for "it"
    ("3005 was spot on rate it a four", "rate_ticket", {"ticket_id": 3005, "score": 4}),
    ("3121 lovely job give it a 5", "rate_ticket", {"ticket_id": 3121, "score": 5}),
    ("3042 give it 2 more days", None, {}),
    # a status with another verb of changing, a status for "it", an arrow, "park"
    ("switch 3140 to with user", "update_ticket", {"ticket_id": 3140, "status": "with user"}),
    ("change 3099 to in progress", "update_ticket", {"ticket_id": 3099, "status": "in progress"}),
    (
        "3140 still no reply from the vendor flip it to with supplier",
        "update_ticket",
        {"ticket_id": 3140, "status": "with supplier"},
    ),
    (
        "3160 put it with user we need samir to test it",
        "update_ticket",
        {"ticket_id": 3160, "status": "with user"},
    ),
    ("3055 => in progress", "update_ticket", {"ticket_id": 3055, "status": "in progress"}),
    ("park 3140 till next week", "update_ticket", {"ticket_id": 3140, "status": "on hold"}),
    ("set 3110 status with supplier", "update_ticket", {"status": "with supplier"}),
    # a record's kind, the look-up verb, a colon: a look-up of that kind
    (
        "site lookup: springfield campus",
        "lookup",
        {"entity": "sites", "search": "springfield campus"},
    ),
    ("kb search: vpn", "lookup", {"entity": "kb_articles", "search": "vpn"}),
    # "hows" without its apostrophe; a question dictated without a question mark
    ("hows the vpn ticket going", "get_ticket", {"ticket_hint": Has("vpn")}),
    ("noah wants to know if 3042 got resolved", "get_ticket", {"ticket_id": 3042}),
    ("my monitor one is sorted now is it", "get_ticket", {"ticket_hint": Has("monitor")}),
    ("my monitor ticket got sorted", "resolve_ticket", {}),
    ("3042 is fixed, close it", "resolve_ticket", {"ticket_id": 3042}),
    # asking IT to provide an update reads the ticket; giving one is a note
    ("Kindly provide an update on ticket 3120.", "get_ticket", {"ticket_id": 3120}),
    ("could you please send an update on my vpn ticket", "get_ticket", {"ticket_hint": "vpn"}),
    (
        "I want to provide an update on ticket 3042: still broken",
        "add_note",
        {"note": "still broken"},
    ),
    # no determiner after "show me": the words before "ticket" describe it
    ("show me printer ticket", "get_ticket", {"ticket_hint": "printer"}),
    # a report sent is a report looked up; a report named by what it covers
    ("Could you send me the tickets closed per agent report?", "lookup", {"entity": "reports"}),
    ("asset warranty expiry report", "lookup", {"entity": "reports", "search": Has("warranty")}),
    ("user activity report", "lookup", {"entity": "reports"}),
    ("show assets", "lookup", {"entity": "assets"}),
    ("I cannot send the monthly report from Excel", "create_ticket", {"summary": Has("Excel")}),
    # a ticket called "number 3131"
    (
        "add a note to number 3042 it dropped twice today",
        "add_note",
        {"ticket_id": 3042, "note": Has("dropped")},
    ),
    ("the printer in room number 204 jams", "create_ticket", {"summary": Has("room number 204")}),
    # news headed by its ticket, put on record, or answering a question on it
    (
        "on 3120 the fan is louder since the update",
        "add_note",
        {"ticket_id": 3120, "note": Has("louder")},
    ),
    ("re 3042 it dropped again at noon", "add_note", {"ticket_id": 3042, "note": Has("noon")}),
    ("re 3042 any news", "get_ticket", {"ticket_id": 3042}),
    ("on 3110 set priority high", "update_ticket", {"priority": "high"}),
    (
        "Please log on ticket 3120 that the fan is louder today.",
        "add_note",
        {"ticket_id": 3120, "note": Has("louder")},
    ),
    (
        "In response to your message on ticket 3131: the monitor should be 27 inch.",
        "add_note",
        {"ticket_id": 3131, "note": Has("27 inch")},
    ),
    # a letter asking after a ticket of the writer's
    (
        "I am writing to enquire about my request for a new keyboard.",
        "get_ticket",
        {"ticket_hint": Has("keyboard"), "mine": True},
    ),
    (
        "May I ask where my request for a docking station for the Leeds office stands?",
        "get_ticket",
        {"ticket_hint": Has("docking"), "mine": True},
    ),
    ("Could you tell me where ticket 3131 stands?", "get_ticket", {"ticket_id": 3131}),
    ("where the printer stands the floor is wet", None, {}),
    ("I would like to enquire about a new laptop for our intern", "create_ticket", {}),
    # a customer heading "open tickets": the ones still open, not a new ticket
    ("stark logistics: open tickets", "list_tickets", {"owner_guess": "stark logistics"}),
    ("wayne foundation - closed tickets", "list_tickets", {"closed_only": True}),
    ("printer on 3rd floor broken, open ticket", "create_ticket", {"summary": Has("printer")}),
    ("globex: open ticket", "create_ticket", {"owner_lead": "owner", "entity": ABSENT}),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_dictated_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked(
        "admin",
        "uh whats outstanding for stark logistics",
        {"action": "list_tickets", "params": {"client_id": 27}},
    ),
    asked("emma", "whats still waiting on me", {"action": "list_tickets", "params": {}}),
    asked("liam", "do i still have anything outstanding", {"action": "list_tickets", "params": {}}),
    asked(
        "emma",
        "3067 was great give it a 4",
        {"action": "rate_ticket", "params": {"ticket_id": 3067, "score": 4}},
    ),
    asked(
        "admin",
        "park 3140 till next week",
        {"action": "update_ticket", "params": {"ticket_id": 3140, "status_id": 28}},
    ),
    asked(
        "admin",
        "3101 chased the vendor twice flip it to with supplier",
        {"action": "update_ticket", "params": {"ticket_id": 3101, "status_id": 5}},
    ),
    asked(
        "admin",
        "3160 => with user",
        {"action": "update_ticket", "params": {"ticket_id": 3160, "status_id": 4}},
    ),
    # whose ticket it is, dictated without the apostrophe: never one of the asker's own
    asked("emma", "noahs vpn ticket any news", {"refused": True}),
    asked("liam", "show me emmas vpn ticket", {"refused": True}),
    asked(
        "emma",
        "teams camera ticket any update",
        {"action": "get_ticket", "params": {"ticket_id": 3150}},
    ),
    asked(
        "liam",
        "mias new starter ticket any news",
        {"action": "get_ticket", "params": {"ticket_id": 3076}},
    ),
    asked(
        "emma",
        "Noah asked me if my printer ticket got sorted did it",
        {"action": "get_ticket", "params": {"ticket_id": 3067}},
    ),
    asked(
        "emma",
        "Dear IT,\n\nI am writing to enquire about my request for a second screen.\n\nKind regards,\nEmma",
        {"action": "get_ticket", "params": {"ticket_id": 3131}},
    ),
    asked(
        "liam",
        "I am enquiring about the laptop fan request I raised.",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    # reports are for portal admins, however they are asked for
    asked("emma", "Could you send me the tickets closed per agent report?", {"refused": True}),
    # an employee may not change a ticket's status, however it is said
    asked("liam", "change 3120 to in progress", {"refused": True}),
    asked(
        "admin",
        "user lookup: olivia",
        {"action": "lookup", "params": {"entity": "users", "search_has": "olivia"}},
    ),
    asked(
        "admin",
        "stark logistics: open tickets",
        {"action": "list_tickets", "params": {"client_id": 27}},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_dictated_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
