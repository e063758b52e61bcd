"""Requests typed on a phone, cut to their bones: a ticket number and then the news, with no
colon or dash between them ("3115 popup back after lunch"), and a how-to question without its
"to" or "do I" ("how add printer", "how 2 connect to wifi", "book a meeting room how"). First
the rule parser's action and slots, then the plan each person gets against the demo
simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_newcomer_phrasings import Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check


def _kb(words: str) -> tuple[str, dict[str, Any]]:
    return "lookup", {"entity": "kb_articles", "search": Has(words)}


PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a ticket number first, then what happened since: a note on that ticket
    ("3115 popup came back after lunch", "add_note", {"ticket_id": 3115, "note": Has("popup")}),
    ("#3115 still asks every hour", "add_note", {"ticket_id": 3115, "note": Has("every hour")}),
    ("3120 noise worse after the update", "add_note", {"ticket_id": 3120, "note": Has("noise")}),
    ("3089 manager approved it yesterday", "add_note", {"ticket_id": 3089, "note": Has("manager")}),
    ("3120 it froze 3 times this morning", "add_note", {"ticket_id": 3120, "note": Has("froze")}),
    ("3076 pls note she is off friday", "add_note", {"ticket_id": 3076, "note": Has("friday")}),
    # ... but a command or a status question after the number keeps its meaning
    ("3042 close it", "resolve_ticket", {"ticket_id": 3042}),
    ("3115 any update", "get_ticket", {"ticket_id": 3115}),
    ("3042 urgent", "update_ticket", {"ticket_id": 3042, "priority": "urgent"}),
    ("3115 details", "get_ticket", {"ticket_id": 3115}),
    ("3120 pls", "get_ticket", {"ticket_id": 3120}),
    ("3089 still pending?", "get_ticket", {"ticket_id": 3089}),
    ("3115 history pls", "get_ticket", {"ticket_id": 3115}),
    ("3089 is with the supplier?", "get_ticket", {"ticket_id": 3089}),
    ("3115 in progress?", "get_ticket", {"ticket_id": 3115}),
    # ... and a number that is an error code, a year or an amount is no ticket
    ("500 error on the intranet", "create_ticket", {"summary": Has("500 error")}),
    ("2024 budget sheet wont open", "create_ticket", {"summary": Has("budget")}),
    # a ticket called by what it is about, then a short question on how it ended or a plain
    # "details": that ticket is read
    ("the scanner one, what happened", "get_ticket", {"ticket_hint": "scanner"}),
    (
        "the monitor one from last week, what happened to it",
        "get_ticket",
        {"ticket_hint": "monitor"},
    ),
    ("outlook ticket?? what happened", "get_ticket", {"ticket_hint": "outlook"}),
    ("sharepoint one - details", "get_ticket", {"ticket_hint": "sharepoint"}),
    ("my laptop ticket - details pls", "get_ticket", {"ticket_hint": "laptop"}),
    # ... but news after it is still a note
    (
        "outlook ticket?? popup is back",
        "add_note",
        {"ticket_hint": "outlook", "note": Has("popup")},
    ),
    ("new one: printer jams", "create_ticket", {"summary": Has("printer jams")}),
    # a thing gone from where it was, or loading forever, said without its "is": a problem,
    # even when it names a Halo record ("site", "contract")
    ("hr sharepoint site spinning forever", "create_ticket", {"summary": Has("hr sharepoint")}),
    ("bookmarks gone from chrome", "create_ticket", {"summary": Has("bookmarks")}),
    ("contract folder gone off the shared drive", "create_ticket", {"summary": Has("contract")}),
    ("autocorrect gone in outlook", "create_ticket", {"summary": Has("autocorrect")}),
    ("show sites for acme", "lookup", {"entity": "sites"}),
    # "add to" a ticket called by what it is about, then the words to add: a note
    (
        "add to new starter ticket: she starts on monday",
        "add_note",
        {"ticket_hint": Has("starter"), "note": Has("monday")},
    ),
    ("put in laptop fan one - it rattles too", "add_note", {"note": Has("rattles")}),
    # a how-to question without its "to" or "do I": the articles
    ("how add printer", *_kb("printer")),
    ("how 2 connect to wifi", *_kb("wifi")),
    ("how reset my pin??", *_kb("pin")),
    ("how change signature outlook", *_kb("signature")),
    ("book a meeting room how", *_kb("meeting room")),
    ("change outlook signature how?", *_kb("signature")),
    # ... but "how come" asks why, a problem to fix
    ("how come vpn keeps dropping", "create_ticket", {"summary": Has("vpn")}),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_phone_fragment_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked(
        "emma",
        "3115 popup came back after lunch",
        {"action": "add_note", "params": {"ticket_id": 3115, "note_has": "popup"}},
    ),
    asked(
        "liam",
        "3120 froze again during a call",
        {"action": "add_note", "params": {"ticket_id": 3120, "note_has": "froze"}},
    ),
    asked(
        "emma",
        "how add printer",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "printer"}},
    ),
    asked("emma", "2024 budget sheet wont open", new_ticket("budget")),
    asked(
        "emma",
        "the sharepoint one from before, what happened",
        {"action": "get_ticket", "params": {"ticket_id": 3089}},
    ),
    asked(
        "liam",
        "laptop fan ticket?? what happened to it",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    asked("emma", "finance sharepoint site taking forever", new_ticket("finance sharepoint")),
    asked(
        "liam",
        "add to laptop fan ticket: i work from home on fridays",
        {"action": "add_note", "params": {"ticket_id": 3120, "note_has": "fridays"}},
    ),
    # another person's ticket, however briefly typed, is refused
    asked("liam", "3115 popup came back after lunch", {"refused": True}),
    asked("emma", "3120 noise worse after the update", {"refused": True}),
    # a negated close stays no close
    asked(
        "emma",
        "3042 dont close it still drops",
        {"action": "add_note", "params": {"ticket_id": 3042}},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_phone_fragment_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
