"""An employee asking for the tickets of someone else: a person named
after "has" or "does", "my colleague Noah", "my manager's", or every ticket in the company.
Employees see their own tickets only, so these are refused when planned, in the words every
admin-only request gets; a ticket number asked for at the end of a story is read (and refused
when it is someone else's). The portal admin asking the same gets the list. Own lists that merely
mention a colleague stay own lists."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_newcomer_phrasings import ABSENT
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

REFUSED = {"refused": True}
OWN_LIST = {"action": "list_tickets", "params": {}}

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a person named after "has": whose tickets, not the asker's
    ("what tickets has Noah Williams?", "list_tickets", {"client": "Noah Williams"}),
    ("which open tickets has olivia brown got", "list_tickets", {"mine": ABSENT}),
    # "my colleague", "my manager": someone else's, though the words say "my"
    ("what tickets does my colleague Priya have open", "list_tickets", {"someone_elses": True}),
    ("show my manager's tickets", "list_tickets", {"someone_elses": True, "mine": ABSENT}),
    ("list the tickets my team mates raised", "list_tickets", {"someone_elses": True}),
    # every ticket of the company
    ("show all tickets in the company", "list_tickets", {"someone_elses": True}),
    (
        "list every open ticket across the whole organisation",
        "list_tickets",
        {"someone_elses": True},
    ),
    ("company-wide open tickets please", "list_tickets", {"someone_elses": True}),
    # still one's own
    ("what do I have with IT right now?", "list_tickets", {"mine": True}),
    ("do I still have anything open with the helpdesk", "list_tickets", {"open_only": True}),
    ("anything still pending with support for me?", "list_tickets", {}),
    ("show my tickets", "list_tickets", {"someone_elses": ABSENT, "mine": True}),
    ("list all my open tickets", "list_tickets", {"someone_elses": ABSENT}),
    ("which tickets have I got open", "list_tickets", {"client": ABSENT, "mine": True}),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_others_listing_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked("liam", "what tickets has Emma Jones?", REFUSED),
    asked("liam", "which tickets has emma jones got open", REFUSED),
    asked("emma", "what tickets does my colleague Liam have open", REFUSED),
    asked("emma", "can you show me my boss's requests", REFUSED),
    asked("liam", "all open tickets in the company", REFUSED),
    asked("emma", "show me every ticket in the system", REFUSED),
    asked("liam", "list the whole office's tickets", REFUSED),
    # a ticket number asked for after a story: the number decides, whoever's it is
    asked(
        "liam",
        "I'm covering for Emma this week while she's on leave. Could you show me 3115?",
        REFUSED,
    ),
    asked(
        "liam",
        "A friend at Initech gets the same error on his laptop - can you pull up 3055?",
        REFUSED,
    ),
    asked(
        "emma",
        "I spoke to someone on the phone yesterday about working from home. Could you show "
        "me 3042?",
        {"action": "get_ticket", "params": {"ticket_id": 3042}},
    ),
    # one's own list, a colleague only mentioned
    asked("emma", "show me my open tickets, my colleague said I should check", OWN_LIST),
    asked("liam", "what tickets have I got", OWN_LIST),
    asked("emma", "list all my tickets", OWN_LIST),
    asked(
        "liam", "Hi, what have I got with you at the moment? I lose track of the emails.", OWN_LIST
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_others_listing_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_the_admin_asking_the_same_gets_the_list(halo_connected, portal_admin) -> None:
    plan = plan_request("what tickets has Emma Jones?", actor=portal_admin)
    assert not plan.refused, plan
    assert plan.action == "list_tickets"
    assert plan.params.get("user_id") == 201 or plan.params.get("client_id"), plan


@pytest.mark.django_db
def test_someone_elses_list_is_refused_the_same_with_halo_down(
    halo_connected, sim, other_employee
) -> None:
    # the refusal needs no Halo read, so Halo being down changes nothing in it
    up = plan_request("what tickets has Emma Jones?", actor=other_employee).refused
    sim.faults.down = True
    down = plan_request("what tickets has Emma Jones?", actor=other_employee)

    assert down.refused == up
    assert not down.ready


@pytest.mark.django_db
def test_a_number_at_the_end_of_a_story_with_halo_down_says_so(
    halo_connected, sim, other_employee
) -> None:
    sim.faults.down = True

    plan = plan_request(
        "I'm covering for Emma this week. Could you show me 3115?", actor=other_employee
    )

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused
