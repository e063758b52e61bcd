"""Asking the desk NOT to close a ticket ("please don't close 3115 yet", "do not resolve my
VPN ticket") must never be planned as closing it: a negated close is no close. What the
person says is kept as a note on that ticket for the desk; look-alikes that do ask for a
close, or that describe a thing that fails to close, keep their meaning."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_planner_round7 import PEOPLE, _check


def _note(ticket_id: int, words: str) -> dict[str, Any]:
    return {"action": "add_note", "params": {"ticket_id": ticket_id, "note_has": words}}


def _close(ticket_id: int) -> dict[str, Any]:
    return {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}}


PLANNED: list[dict[str, Any]] = [
    asked(
        "emma",
        "please don't close 3042 yet, it dropped again this morning",
        _note(3042, "don't close 3042 yet"),
    ),
    asked(
        "emma",
        "pls dont close ticket 3131, the monitor hasn't arrived",
        _note(3131, "dont close ticket 3131"),
    ),
    asked(
        "emma",
        "Do not resolve 3089 - I still cannot open the Finance site",
        _note(3089, "not resolve 3089 - I still cannot open"),
    ),
    asked(
        "liam",
        "please do not close 3120 until the new fan is fitted",
        _note(3120, "not close 3120 until"),
    ),
    asked(
        "emma",
        "3115: don't mark it as resolved, Outlook still asks",
        _note(3115, "don't mark it as resolved"),
    ),
    asked("liam", "I don't want 3120 closed yet", _note(3120, "don't want 3120 closed")),
    asked("emma", "never close 3042 without asking me first", _note(3042, "never close")),
    asked("liam", "please don't cancel my ticket 3120, it still overheats", _note(3120, "cancel")),
    # ... while a close that is asked for stays a close
    asked("emma", "please close 3131, the monitor arrived", _close(3131)),
    asked("emma", "you can close 3042 now, don't need it any more", _close(3042)),
    asked("liam", "I want 3120 closed", _close(3120)),
]


@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_a_negated_close_is_no_close(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
