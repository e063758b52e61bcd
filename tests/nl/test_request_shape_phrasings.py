"""Shapes of request the parser used to miss: a wish around a ticket ("I need the ticket 3115
reopened", "please get 3042 resolved"), a reason after the number with no punctuation ("reopen
3150 the camera is broken again"), a bare "3042: tried the new config" as a note, and "where can
I find how to ..." / "is there a guide for ..." questions for the knowledge base.

Each row is (text, expected action, expected slots); ABSENT: the slot must not be there; Has:
a string slot containing that text (case-insensitive); anything else: equal. Seed: emma owns
3005, 3018, 3042, 3067, 3089, 3115, 3131, 3150.
"""

from __future__ import annotations

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
