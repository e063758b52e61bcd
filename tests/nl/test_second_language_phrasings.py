"""Requests written in English as a second language: a question without its "do" ("how I
change my signature?"), a word order carried over from another language, a short clause
asked as a question ("there is a guide?"). First the rule parser's action and slots, then the
plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # "how I ...?": the question for the articles, without its "do"
    (
        "how I change the signature in my mails?",
        "lookup",
        {"entity": "kb_articles", "search": Has("signature")},
    ),
    (
        "Hello, how we book the big meeting room for a client?",
        "lookup",
        {"entity": "kb_articles", "search": Has("meeting room")},
    ),
    # ... also after what led to it, when "it" stands for what was said first
    (
        "Teams freezes always in the calls, how I repair it myself?",
        "lookup",
        {"entity": "kb_articles", "search": Has("Teams freezes")},
    ),
    (
        "I have a question: how to share a folder with a colleague?",
        "lookup",
        {"entity": "kb_articles", "search": Has("share a folder")},
    ),
    # "where I find ...": the same question in the writer's word order
    (
        "where I find how to configure the printer on my laptop?",
        "lookup",
        {"entity": "kb_articles", "search": Has("printer")},
    ),
    # "there is a checklist?": asked whether one exists
    (
        "what I must prepare for a leaver? there is a checklist?",
        "lookup",
        {"entity": "kb_articles", "search": Has("leaver")},
    ),
    # a ticket's number first, then the word to read it ("3042 see please")
    ("3131 see please", "get_ticket", {"ticket_id": 3131}),
    ("ticket 3042 - check", "get_ticket", {"ticket_id": 3042}),
    ("tickets 3115 and 3131, view", "get_ticket", {}),
    # "what I have still ...?", "I have some ticket ...?": the list asked for without its "do"
    ("what I have still pending?", "list_tickets", {}),
    ("we have any request open?", "list_tickets", {}),
    ("I have some tickets resolved?", "list_tickets", {}),
    # "tell in ticket N that ...", "say to the technician of N that ...": a note on that ticket
    (
        "say in ticket 3131 that the screen flickers also in the morning",
        "add_note",
        {"ticket_id": 3131, "note": Has("flickers")},
    ),
    (
        "please tell to the engineer of 3042 that I am at home on Friday",
        "add_note",
        {"ticket_id": 3042, "note": Has("Friday")},
    ),
    # a ticket named first, then how it stands asked without the question's word order
    ("my monitor ticket, someone is looking at it?", "get_ticket", {}),
    ("the teams ticket - there are some news?", "get_ticket", {}),
    ("the vpn ticket, there is an answer already?", "get_ticket", {}),
    ("ticket 3131, what was the solution in the end?", "get_ticket", {"ticket_id": 3131}),
    ("ticket 3131 which was the last reply", "get_ticket", {"ticket_id": 3131}),
    # "the technician answered ...?": the question about a reply, without its "did"
    ("the engineer replied on my monitor ticket? I see nothing in my mails", "get_ticket", {}),
    ("somebody wrote already on 3131? the mail did not arrive", "get_ticket", {"ticket_id": 3131}),
    # ... while news told after it is still a note
    ("the monitor ticket, someone is coming tomorrow", "add_note", {}),
    # who is writing, an excuse for the language or for the disturbance: none of it is the
    # problem, which comes after
    (
        "Good morning, I am Liam from the sales. My headset makes a strange noise in the calls. "
        "Can you help me?",
        "create_ticket",
        {"summary": Has("headset")},
    ),
    (
        "Hello, sorry for the disturb. The scanner of the 2nd floor does not take the paper. "
        "Thank you",
        "create_ticket",
        {"summary": Has("scanner")},
    ),
    (
        "Hi, excuse my bad English. The docking station of my desk gives no image.",
        "create_ticket",
        {"summary": Has("docking station")},
    ),
    # "I make restart but nothing changes": what was tried, not a "Change" to make
    (
        "The monitor is flickering all day. I make restart but nothing changes. Can someone look?",
        "create_ticket",
        {"summary": Has("monitor"), "tickettype": ABSENT},
    ),
    # an agent's shorthand: the ticket first, then what to do with it
    ("3101 pass to team network", "update_ticket", {"ticket_id": 3101, "team": "network"}),
    (
        "3055 to team 1st line, agent Priya Shah",
        "update_ticket",
        {"ticket_id": 3055, "team": "1st line", "agent": "Priya Shah"},
    ),
    (
        "3110 set in waiting on customer",
        "update_ticket",
        {"ticket_id": 3110, "status": Has("waiting")},
    ),
    ("put 3110 in action required", "update_ticket", {"ticket_id": 3110, "status": Has("action")}),
    # typed all in lower case, a customer's name ending a list of tickets says whose they are
    ("open tickets of globex", "list_tickets", {"owner_guess": "globex", "open_only": True}),
    ("tickets stark logistics pls", "list_tickets", {"owner_guess": "stark logistics"}),
    # ... but a priority or a time there is a filter
    ("tickets p2", "list_tickets", {"priority": Has("p2"), "owner_guess": ABSENT}),
    ("tickets last week", "list_tickets", {"owner_guess": ABSENT}),
    # "report first response times": the report's topic right after the word, as in "kb vpn"
    (
        "report first response times",
        "lookup",
        {"entity": "reports", "search": Has("first response")},
    ),
    ("report ticket volume per team", "lookup", {"entity": "reports", "search": Has("volume")}),
    # a record's code, then the question about it, with no dash between
    ("asset LT-2231 who has it now?", "lookup", {"entity": "assets", "search": "LT-2231"}),
    ("contract GLX-BACKUP when it ends", "lookup", {"entity": "contracts", "search": "GLX-BACKUP"}),
    # ... while a problem told as it happened stays a new problem
    (
        "how I said on the phone, the scanner on floor 2 is broken",
        "create_ticket",
        {"summary": Has("scanner")},
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_second_language_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked(
        "liam",
        "how I export my calendar to my phone?",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "calendar"}},
    ),
    asked(
        "emma",
        "the VPN disconnects every hour, how I fix it alone?",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "VPN"}},
    ),
    asked("liam", "3120 see please", {"action": "get_ticket", "params": {"ticket_id": 3120}}),
    asked("liam", "what I have still open now?", {"action": "list_tickets", "params": {}}),
    asked(
        "liam",
        "write in ticket 3120 that the fan is loud also in the kitchen",
        {"action": "add_note", "params": {"ticket_id": 3120, "note_has": "kitchen"}},
    ),
    asked(
        "liam",
        "my laptop fan ticket, anybody is looking at it?",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    # someone else's ticket stays refused, however it is said
    asked("liam", "3042 see please", {"refused": True}),
    asked("liam", "tell in ticket 3042 that the wifi is fine now", {"refused": True}),
    # handing a ticket over stays an admin's, whichever order it is said in
    asked("liam", "3120 give to team network", {"refused": True}),
    # ... and so do records only admins look up
    asked("liam", "contract INI-SUPPORT when it ends", {"refused": True}),
    asked("emma", "report first response times", {"refused": True}),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_second_language_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
