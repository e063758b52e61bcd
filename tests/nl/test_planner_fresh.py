"""Fresh phrasings, written blind, planned against the simulator: every forbidden request of an
employee is refused at plan time, and a vague ticket or an ambiguous name gives candidates,
never a guess."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request

pytestmark = pytest.mark.django_db


# --- what only the planner can tell: refusals at plan time, candidates instead of a guess ----

FORBIDDEN_FOR_EMPLOYEES = [
    "pls add a hidden note to 3115: checked with the vendor",
    "Hi, can you find customer Globex for me? thanks",
    "whats the status of 3120?",
    "close 3120 please, it's fixed",
    "hi, could you close 3150 again, thanks",
    "show me the contracts of Acme Inc",
    "add an internal note to my outlook ticket: escalate to vendor",
    # round 2
    "Hello, could u reassign 3115 to Daniel Kim? thx",
    "pls set priority of 3042 to critical",
    "ADD HIDDEN NOTE 3131 checked logs",
    "list all open tickets for Globex",
    "who is in the Network team",
    "hi, what's happening with 3120? regards, Emma",
    "reopen 3120 please",
    # round 3
    "Good morning, please move 3115 to the Network team. Thanks, Emma",
    "show me the invoices for Acme Inc",
    "add note to 3120: any news?",
    "make my ticket 3042 priority high please",
    "could you change the status of 3131 to on hold",
    "list the sites of Globex",
]


@pytest.mark.parametrize("text", FORBIDDEN_FOR_EMPLOYEES)
def test_fresh_forbidden_request_is_refused_at_plan_time(
    halo_connected: Any, employee: Any, text: str
) -> None:
    plan = plan_request(text, actor=employee)

    assert plan.refused and not plan.ready, plan.as_dict()


CANDIDATES_FOR_EMPLOYEES = [
    "add a note to my open ticket: any news?",
    "Hello, please close my ticket, it works now. Regards, Emma",
    # round 2
    "whats the status of my ticket?",
    "pls add to my ticket that I'm out tomorrow",
    # round 3
    "hi, any update on my ticket? thanks, Emma",
    "resolve my open ticket pls",
]


@pytest.mark.parametrize("text", CANDIDATES_FOR_EMPLOYEES)
def test_fresh_vague_ticket_offers_candidates(
    halo_connected: Any, employee: Any, text: str
) -> None:
    plan = plan_request(text, actor=employee)

    assert not plan.ready and "ticket_id" not in plan.params, plan.as_dict()
    assert len(plan.candidates) >= 2, plan.as_dict()


def test_fresh_ambiguous_team_offers_candidates(halo_connected: Any, portal_admin: Any) -> None:
    plan = plan_request("pls reassign 3055 to support team", actor=portal_admin)

    assert not plan.ready and "team_id" not in plan.params, plan.as_dict()
    assert {c["label"] for c in plan.candidates} == {"1st Line Support", "2nd Line Support"}
