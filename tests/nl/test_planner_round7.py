"""Round 7 of blind phrasings (tests/nl/round7_cases.py), planned as each person would plan
them against the demo simulator: the right action and ids, every forbidden request refused at
plan time (nothing to confirm), and choices offered where a guess would be wrong.

Several tickets read at once are planned as one `list_tickets` of those ids (each checked
first), which is how round 7 counts them ("a list limited to them").
"""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import Plan, plan_request
from tests.nl.round7_cases import CASES

PEOPLE = {"emma": "employee", "liam": "other_employee", "admin": "portal_admin"}

# Liam has two open tickets that mention a laptop: 3120 in its summary, 3076 (a new starter's
# laptop and accounts) in its details. The planner now takes the one whose summary says it, so
# no round 7 case is known to fail any more (the marker stays for future known failures).
KNOWN_FAILING: frozenset[str] = frozenset()


def _check(plan: Plan, expect: dict[str, Any]) -> None:
    if expect.get("refused"):
        assert plan.refused, plan
        assert not plan.ready
        return
    assert not plan.refused, plan
    params = dict(expect.get("params", {}))
    action = expect["action"]
    if action == "get_ticket" and "ticket_ids" in params:
        action = "list_tickets"  # several tickets: one read of exactly those
    assert plan.action == action, plan
    if expect.get("candidates"):
        assert plan.candidates, plan
        return
    assert not plan.candidates, plan
    for key, value in params.items():
        if key.endswith("_has"):
            text = str(plan.params.get(key.removesuffix("_has"), ""))
            assert str(value).casefold() in text.casefold(), (key, plan)
        elif key == "ticket_ids":
            assert sorted(plan.params.get(key, [])) == sorted(value), plan
        else:
            assert plan.params.get(key) == value, (key, plan)


PARAMS = [
    pytest.param(
        case,
        id=f"{case['as']}: {case['text'][:60]}",
        marks=[pytest.mark.xfail(strict=True)] if case["text"] in KNOWN_FAILING else [],
    )
    for case in CASES
]


@pytest.mark.parametrize("case", PARAMS)
def test_round7_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


def test_round7_is_a_full_round() -> None:
    assert len(CASES) >= 260
    assert len({(c["as"], c["text"]) for c in CASES}) == len(CASES)


# Shapes learnt beside round 7, checked as plans: someone else's tickets named in lower case
# are refused for an employee and resolved to that person for an admin; a ticket described by
# what works again, or by the thing it is about.
MORE = [
    {"as": "emma", "text": "show liam's tickets", "expect": {"refused": True}},
    {"as": "emma", "text": "show me liam's open tickets", "expect": {"refused": True}},
    {"as": "emma", "text": "add note to liam's laptop ticket: hi", "expect": {"refused": True}},
    {
        "as": "admin",
        "text": "show me emma's open tickets",
        "expect": {"action": "list_tickets", "params": {"user_id": 201}},
    },
    {
        "as": "emma",
        "text": "vpn is working now, close the ticket",
        "expect": {"action": "resolve_ticket", "params": {"ticket_id": 3042}},
    },
    {
        "as": "emma",
        "text": "please add that the error code is 0x800CCC0E to my outlook ticket",
        "expect": {"action": "add_note", "params": {"ticket_id": 3115, "note_has": "0x800CCC0E"}},
    },
    {
        "as": "liam",
        "text": "show my wifi ticket",
        "expect": {"action": "get_ticket", "params": {"ticket_id": 3121}},
    },
]


@pytest.mark.parametrize("case", MORE, ids=[f"{c['as']}: {c['text'][:60]}" for c in MORE])
def test_more_plans(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
