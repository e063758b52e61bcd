"""Shapes of request the parser used to miss: a wish around a ticket ("I need the ticket 3115
reopened", "please get 3042 resolved"), a reason after the number with no punctuation ("reopen
3150 the camera is broken again"), a bare "3042: tried the new config" as a note, and "where can
I find how to ..." / "is there a guide for ..." questions for the knowledge base.

Each row is (text, expected action, expected slots); ABSENT: the slot must not be there; Has:
a string slot containing that text (case-insensitive); anything else: equal. Seed: emma owns
3005, 3018, 3042, 3067, 3089, 3115, 3131, 3150.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import pytest

from halo_integration.nl.parse.rules import parse

ABSENT = object()


@dataclass(frozen=True)
class Has:
    text: str


Row = tuple[str, str | None, dict[str, Any]]

ROWS: list[Row] = [
    # a wish: "I need / want / would like <ticket> <done to it>"
    ("I need the ticket 3115 reopened", "reopen_ticket", {"ticket_id": 3115, "reason": ABSENT}),
    (
        "I'd like ticket 3115 to be reopened, outlook asks again",
        "reopen_ticket",
        {"ticket_id": 3115, "reason": "outlook asks again"},
    ),
    (
        "I'd like 3131 reopened please, the monitor never arrived",
        "reopen_ticket",
        {"ticket_id": 3131, "reason": Has("monitor never arrived")},
    ),
    ("i want 3115 closed", "resolve_ticket", {"ticket_id": 3115}),
    ("could you please get 3042 resolved", "resolve_ticket", {"ticket_id": 3042}),
    (
        "please get ticket 3115 closed, it works now",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": Has("it works")},
    ),
    ("we need #3089 cancelled", "resolve_ticket", {"ticket_id": 3089}),
    # the reason follows the number, unpunctuated; or the number is in the reason
    (
        "reopen 3150 the camera is broken again",
        "reopen_ticket",
        {"ticket_id": 3150, "reason": "the camera is broken again"},
    ),
    (
        "3067 is jamming again, please reopen",
        "reopen_ticket",
        {"ticket_id": 3067, "reason": Has("jamming again")},
    ),
    ("reopen ticket 3150 please", "reopen_ticket", {"ticket_id": 3150, "reason": ABSENT}),
    ("un-close 3005 please", "reopen_ticket", {"ticket_id": 3005}),
    ("close 3042 the vpn works now", "resolve_ticket", {"ticket_id": 3042, "reason": Has("vpn")}),
    # "<number>: text" tells the people on that ticket something
    (
        "3042: tried the new config, still drops",
        "add_note",
        {"ticket_id": 3042, "note": "tried the new config, still drops"},
    ),
    (
        "#3089: still no access to finance",
        "add_note",
        {"ticket_id": 3089, "note": "still no access to finance"},
    ),
    ("3115: please close it", "resolve_ticket", {"ticket_id": 3115}),
    ("3115: any news?", "get_ticket", {"ticket_id": 3115, "note": ABSENT}),
    ("3115 - priority high", "update_ticket", {"ticket_id": 3115, "priority": "high"}),
    ("3115: assign to Network team", "update_ticket", {"ticket_id": 3115, "team": "Network"}),
    # questions for the knowledge base, however they start
    (
        "where can I find how to install the VPN client?",
        "lookup",
        {"entity": "kb_articles", "search": "install the VPN client", "client": ABSENT},
    ),
    (
        "where do i find instructions for the new printer",
        "lookup",
        {"entity": "kb_articles", "search": Has("printer")},
    ),
    (
        "is there a guide for setting up MFA on my phone",
        "lookup",
        {"entity": "kb_articles", "search": Has("MFA")},
    ),
    (
        "do you have any docs on connecting to the projector",
        "lookup",
        {"entity": "kb_articles", "search": Has("projector")},
    ),
    (
        "can you tell me how to book a meeting room",
        "lookup",
        {"entity": "kb_articles", "search": Has("meeting room")},
    ),
    # problem reports that name a thing first, or say what it does wrong
    ("keyboard types random characters", "create_ticket", {"summary": Has("keyboard")}),
    ("laptop fan sounds like a jet engine", "create_ticket", {"summary": Has("jet engine")}),
    ("printer prints blank pages", "create_ticket", {"summary": Has("blank pages")}),
    ("Onedrive sync icon has a red cross", "create_ticket", {"summary": Has("red cross")}),
    ("Windows says my licence will expire soon", "create_ticket", {"summary": Has("licence")}),
    ("Wi-Fi signal very weak in the back office", "create_ticket", {"summary": Has("weak")}),
    (
        "can't find the shared printer in my list of devices",
        "create_ticket",
        {"summary": Has("shared printer"), "entity": ABSENT, "agent": ABSENT},
    ),
    ("Need Power BI Pro licence for reporting", "create_ticket", {"summary": Has("Power BI")}),
    (
        "new joiner on Monday: Ben Carter, needs laptop and accounts",
        "create_ticket",
        {"summary": Has("Ben Carter")},
    ),
    ("I love this portal", None, {}),
    ("what is the meaning of life", None, {}),
    # notes about a described ticket, with the ticket named last or first
    (
        "please add that the error code is 0x800CCC0E to my outlook ticket",
        "add_note",
        {"ticket_hint": "outlook", "note": "the error code is 0x800CCC0E"},
    ),
    (
        "add that I'm away tomorrow to ticket 3115",
        "add_note",
        {"ticket_id": 3115, "note": "I'm away tomorrow"},
    ),
    (
        "add a note to 3115: talk to the ticket",
        "add_note",
        {"ticket_id": 3115, "note": "talk to the ticket"},
    ),
    (
        "for my vpn ticket: it happens on the home wifi only",
        "add_note",
        {"ticket_hint": "vpn", "note": "it happens on the home wifi only"},
    ),
    ("for my vpn ticket: what's the status?", "get_ticket", {"ticket_hint": "vpn", "note": ABSENT}),
    (
        "add note to emma's outlook ticket: hi",
        "add_note",
        {"ticket_hint": "outlook", "mine": ABSENT},
    ),
    # done, in few words; what works names the ticket
    ("3042 sorted, thanks!", "resolve_ticket", {"ticket_id": 3042}),
    ("vpn is working now, close the ticket", "resolve_ticket", {"ticket_hint": "vpn"}),
    # admin short forms
    ("make 3160 critical", "update_ticket", {"ticket_id": 3160, "priority": "critical"}),
    (
        "make 3160 a P1",
        "update_ticket",
        {"ticket_id": 3160, "priority": "P1", "tickettype": ABSENT},
    ),
    ("change 3101 to a Problem", "update_ticket", {"ticket_id": 3101, "tickettype": "Problem"}),
    # questions
    (
        "where can I find the wifi password for guests",
        "lookup",
        {"entity": "kb_articles", "search": Has("wifi password")},
    ),
    ("where can I find my tickets", "list_tickets", {"mine": True}),
    ("what's still open for me?", "list_tickets", {"open_only": True}),
    # few words about a ticket
    ("3089 update?", "get_ticket", {"ticket_id": 3089}),
    ("how long until 3131 is done?", "get_ticket", {"ticket_id": 3131}),
    ("details for 3067", "get_ticket", {"ticket_id": 3067}),
    ("compare 3115 and 3131", "get_ticket", {"ticket_ids": [3115, 3131]}),
    ("any news about my monitor?", "get_ticket", {"ticket_hint": "monitor", "mine": True}),
    ("close the issue with my printer", "resolve_ticket", {"ticket_hint": "printer"}),
    # lists of mine, and of someone else's
    ("all my open ones", "list_tickets", {"open_only": True, "mine": True}),
    ("did I open anything yesterday?", "list_tickets", {"opened": "yesterday", "mine": True}),
    ("show liam's tickets", "list_tickets", {"client": "liam"}),
    ("show me emma's open tickets", "list_tickets", {"client": "emma", "open_only": True}),
    ("what's the status of today's ticket", "get_ticket", {"client": ABSENT}),
    (
        "Whats the best way to share big files with clients?",
        "lookup",
        {"entity": "kb_articles", "search": Has("share big files"), "client": ABSENT},
    ),
    (
        "for Initech site Main Office: new ticket, coffee machine network port dead",
        "create_ticket",
        {"client": "Initech", "site": "Main Office", "summary": "coffee machine network port dead"},
    ),
    # more problem words; a tag or room number is no ticket
    ("there is no hot water in the kitchen", "create_ticket", {"summary": Has("hot water")}),
    (
        "Asset tag 4471 laptop battery swollen",
        "create_ticket",
        {"summary": Has("battery swollen"), "entity": ABSENT, "ticket_id": ABSENT},
    ),
    ("anything new on 3089?", "get_ticket", {"ticket_id": 3089}),
    ("anything still open?", "list_tickets", {"open_only": True}),
    (
        "pls note on my outlook ticket it also happens on webmail",
        "add_note",
        {"ticket_hint": "outlook", "note": "it also happens on webmail"},
    ),
    (
        "note on 3115 the popup is back",
        "add_note",
        {"ticket_id": 3115, "note": "the popup is back"},
    ),
    ("3099 to Daniel Kim please", "update_ticket", {"ticket_id": 3099, "agent": "Daniel Kim"}),
    ("3235 over to Field Services", "update_ticket", {"ticket_id": 3235, "team": "Field Services"}),
    (
        "3012 to Critical",
        "update_ticket",
        {"ticket_id": 3012, "priority": "Critical", "team": ABSENT},
    ),
    # quantities, "where's", ids side by side
    (
        "need 2 new keyboards for the interns starting monday",
        "create_ticket",
        {"summary": Has("keyboards")},
    ),
    ("where's my monitor request at", "get_ticket", {"ticket_hint": "monitor", "mine": True}),
    ("3115 3042 3089 status", "get_ticket", {"ticket_ids": [3115, 3042, 3089]}),
    ("#3115 #3042", "get_ticket", {"ticket_ids": [3115, 3042]}),
    ("call me on 0800 123 456", "get_ticket", {"ticket_ids": ABSENT, "ticket_id": ABSENT}),
]


def check(text: str, action: str | None, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action, parsed
    for key, expected in slots.items():
        if expected is ABSENT:
            assert key not in parsed.slots, (key, parsed)
        elif isinstance(expected, Has):
            value = parsed.slots.get(key)
            assert isinstance(value, str) and expected.text.lower() in value.lower(), (key, parsed)
        else:
            assert parsed.slots.get(key) == expected, (key, parsed)


@pytest.mark.parametrize(("text", "action", "slots"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_request_shape(text: str, action: str | None, slots: dict[str, Any]) -> None:
    check(text, action, slots)


@pytest.mark.parametrize("text", ["# 1 " * 200 + "zz", "3115 " * 200 + "zz", "there is no " * 200])
def test_long_repetitive_input_is_read_quickly(text: str) -> None:
    """No pattern backtracks without end on what a person (or a bot) may paste."""
    started = time.perf_counter()
    parse(text)
    assert time.perf_counter() - started < 2.0
