"""Shapes missed by round 8 of blind phrasings, written afresh (not the round 8 sentences):
the rule parser's action and slots, then the plan each person gets against the demo
simulator (ids resolved, nothing guessed)."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.parse.rules import parse
from halo_integration.nl.plan import plan_request
from tests.nl.phrasings.base import ABSENT
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a customer and its site open the request; the problem follows
    (
        "for Acme Inc, site Warehouse, the label printer is offline",
        "create_ticket",
        {"client": "Acme Inc", "site": "Warehouse", "summary": "the label printer is offline"},
    ),
    (
        "for Globex site Cypress Creek: badge reader rejects every card",
        "create_ticket",
        {"client": "Globex", "site": "Cypress Creek", "summary": "badge reader rejects every card"},
    ),
    (
        "For customer Umbrella Health site Laboratory - freezer sensor alerts",
        "create_ticket",
        {"client": "Umbrella Health", "site": "Laboratory", "summary": "freezer sensor alerts"},
    ),
    # "for" alone is no request: "for Acme Inc" names nobody's site
    ("for Acme Inc", None, {}),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_round8_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action, parsed
    for key, expected in slots.items():
        if expected is ABSENT:
            assert key not in parsed.slots, parsed
        else:
            assert parsed.slots.get(key) == expected, (key, parsed)


PLANNED: list[dict[str, Any]] = [
    # a customer name followed at once by one of its sites' names
    {
        "as": "admin",
        "text": "log a ticket for Umbrella Health Laboratory, centrifuge display is blank",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "centrifuge", "client_id": 23, "site_id": 52},
        },
    },
    {
        "as": "admin",
        "text": "raise a ticket for Acme Inc Warehouse - scanner guns will not charge",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "scanner", "client_id": 12, "site_id": 32},
        },
    },
    {
        "as": "admin",
        "text": "for Stark Logistics, site Distribution Centre, forklift tablet cracked",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "forklift", "client_id": 27, "site_id": 61},
        },
    },
    # a person's name is still a person when no customer starts it
    {
        "as": "admin",
        "text": "open a ticket for Lucius Fox - his docking station is dead",
        "expect": {"action": "create_ticket", "params": {"summary_has": "docking", "user_id": 701}},
    },
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_round8_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
