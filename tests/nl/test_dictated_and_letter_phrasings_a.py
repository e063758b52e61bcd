"""Requests dictated into the Ask box (a spoken "um" or "so yeah" first, "put a ticket in",
"what's the trick for ...") and requests written as formal letters (a group's need, how many
things to order in words, "report a ..." followed by more sentences, a device's case, a
"who" that describes a person, "Yours faithfully"): new problems, requests and questions for the
articles. First the rule parser's action and slots, then the plan each person gets against the
demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a sound said while dictating opens the request; it is no part of it
    (
        "erm so the label printer in the post room is printing blank labels",
        "create_ticket",
        {"summary": Has("label printer")},
    ),
    (
        "so yeah the big plotter in the print room is printing everything pink",
        "create_ticket",
        {"summary": Has("plotter")},
    ),
    (
        "uh the second monitor at hot desk 9 shows a blue tint",
        "create_ticket",
        {"summary": Has("monitor")},
    ),
    ("um is there a way to book a meeting room for a visitor", "lookup", {"entity": "kb_articles"}),
    # ... but a word that only starts like one is kept
    (
        "umbrella health head office printer offline",
        "create_ticket",
        {"summary": Has("printer")},
    ),
    # the knack for doing something, asked for: the articles
    (
        "whats the quickest way to free up space on my laptop",
        "lookup",
        {"entity": "kb_articles", "search": Has("free up space")},
    ),
    (
        "what is the proper way to share my calendar with a colleague?",
        "lookup",
        {"entity": "kb_articles", "search": Has("calendar")},
    ),
    (
        "what's the trick to getting the projector to mirror my screen",
        "lookup",
        {"entity": "kb_articles", "search": Has("projector")},
    ),
    (
        "any tricks for stopping Teams from starting on its own?",
        "lookup",
        {"entity": "kb_articles", "search": Has("Teams")},
    ),
    # ... not a question about one of my tickets
    ("what's the status of my outlook ticket", "get_ticket", {}),
    # a ticket put in, said as it is spoken
    (
        "my manager told me to stick a ticket in for the blind in room 6 that wont go up",
        "create_ticket",
        {"summary": Has("blind")},
    ),
    (
        "Liam said to pop one in about the kitchen tv showing no picture",
        "create_ticket",
        {"summary": Has("kitchen tv")},
    ),
    # ... not a status change
    ("put 3099 in progress", "update_ticket", {"ticket_id": 3099}),
    # how many, said in words
    (
        "Could you order four replacement toner cartridges for the third floor printer?",
        "create_ticket",
        {"summary": Has("toner")},
    ),
    (
        "could you order five wireless presenters for the training team",
        "create_ticket",
        {"summary": Has("presenters")},
    ),
    # a group's need, not only "I need"
    (
        "Our department requires a new laminator for reception.",
        "create_ticket",
        {"summary": Has("laminator")},
    ),
    (
        "please order twelve lanyards for the visitors desk",
        "create_ticket",
        {"summary": Has("lanyards")},
    ),
    # people named for a new thing are not a question about a team ...
    (
        "Please set up a distribution list with the twelve members of the social committee.",
        "create_ticket",
        {"summary": Has("distribution list")},
    ),
    (
        "I would like a new chair for our receptionist, who works on the front desk all day.",
        "create_ticket",
        {"summary": Has("chair")},
    ),
    # ... a question about one still is
    ("who works in 2nd Line Support?", "lookup", {"entity": "agents"}),
    ("show me the members of the Network team", "lookup", {"entity": "agents"}),
    # a device's case is a thing, not a support case
    (
        "The hinge has snapped and the laptop case will not close any more.",
        "create_ticket",
        {"summary": Has("hinge")},
    ),
    (
        "my phone case is cracked and the screen underneath has a line across it",
        "create_ticket",
        {"summary": Has("phone")},
    ),
    ("any news on my case about the vpn?", "get_ticket", {}),
    # a thing that fails to close is a fault, not a close
    (
        "Excel won't close even from task manager",
        "create_ticket",
        {"summary": Has("Excel")},
    ),
    ("the booking app will not close on my phone", "create_ticket", {"summary": Has("app")}),
    ("please close 3131, the monitor arrived", "resolve_ticket", {"ticket_id": 3131}),
    # "nothing works" tells of a fault
    (
        "The USB hub on my desk seems faulty; nothing works when I plug a mouse into it.",
        "create_ticket",
        {"summary": Has("USB hub")},
    ),
    # what is reported follows "report a", whatever sentences come after it
    (
        "I wish to report a broken window latch in room 12. It no longer locks. Please log this.",
        "create_ticket",
        {"summary": Has("window latch")},
    ),
    # ... while a command that names the ticket is described by the next sentence
    (
        "Please raise a ticket. The plotter in the drawing office is out of ink.",
        "create_ticket",
        {"summary": Has("plotter")},
    ),
    # a letter's close is no part of the request
    (
        "Dear IT, my keyboard is missing two keys. Yours faithfully, Liam Patel",
        "create_ticket",
        {"summary": "my keyboard is missing two keys", "details": ABSENT},
    ),
    (
        "Dear Service Desk,\n\nMy webcam shows a black picture in every meeting. It worked last "
        "week.\n\nYours sincerely,\nEmma Jones",
        "create_ticket",
        {
            "summary": Has("webcam"),
            "details": "My webcam shows a black picture in every meeting. It worked last week",
        },
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_dictated_and_letter_shapes_parse(
    text: str, action: str | None, slots: dict[str, Any]
) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked(
        "liam",
        "erm the big office scanner on floor 3 says paper tray empty",
        new_ticket("scanner"),
    ),
    asked(
        "emma",
        "um whats the right way to connect to the office wifi from my phone",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "wifi"}},
    ),
    asked(
        "emma",
        "Dear IT,\n\nOur team would like a new SharePoint site for the audit, with the four "
        "members of the audit group.\n\nKind regards,\nEmma",
        new_ticket("SharePoint"),
    ),
    asked(
        "liam",
        "Dear IT,\n\nThe case of my laptop no longer shuts since the battery swelled.\n\n"
        "Yours faithfully,\nLiam Patel",
        new_ticket("laptop"),
    ),
    asked(
        "emma",
        "Dear Support,\n\nI would like to report a fake invoice e-mail sent to our team. Nobody "
        "has opened it.\n\nKind regards,\nEmma",
        new_ticket("invoice"),
    ),
    # someone else's ticket stays refused, however it is said
    asked("liam", "um whats the latest on emmas outlook ticket", {"refused": True}),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_dictated_and_letter_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
