"""Rating a closed ticket from the Ask box's planner (and `manage.py ask`), against the
simulator: found by number or description among the person's closed tickets, the score only as
written (missing otherwise, never guessed), and refused before any Confirm for someone else's or
a missing ticket (the same words), an open ticket, one rated already, a bad score, or the action
turned off."""

from __future__ import annotations

import json

import pytest

from halo_integration.models import ActionPolicy, AuditEvent, LLMEndpoint
from halo_integration.nl.llm_tools import tool_definitions
from halo_integration.nl.plan import execute_plan, plan_request
from tests.nl import fake_llm as fake_llm_module
from tests.nl.ask_command import ask, without_id
from tests.nl.fake_llm import tool_call

fake_llm = fake_llm_module.fake_llm  # the fixture

pytestmark = pytest.mark.django_db

PRINTER, PASSWORD, VPN_CLOSED, CAMERA = 3067, 3005, 3018, 3150  # emma's closed tickets
OUTLOOK = 3115  # emma's, open
WIFI = 3121  # liam's, closed
MISSING = 99999


# --- which ticket, which score --------------------------------------------------------------


def test_a_rating_by_number_names_the_ticket_and_the_score(halo_connected, employee):
    plan = plan_request(f"rate {PRINTER} 5 stars", actor=employee)

    assert plan.ready, plan.as_dict()
    assert (plan.action, plan.params) == ("rate_ticket", {"ticket_id": PRINTER, "score": 5})
    assert plan.names == {"ticket_id": "Printer on the 2nd floor keeps jamming"}
    assert plan.summary == f"Rate #{PRINTER} “Printer on the 2nd floor keeps jamming” 5 of 5 stars"


def test_a_rating_by_description_finds_the_one_closed_ticket_that_fits(halo_connected, employee):
    plan = plan_request("rate the printer ticket ⭐⭐⭐⭐", actor=employee)

    assert plan.ready, plan.as_dict()
    assert plan.params == {"ticket_id": PRINTER, "score": 4}


def test_the_vpn_ticket_to_rate_is_the_closed_one_not_the_open_one(halo_connected, employee):
    plan = plan_request("rate my VPN ticket 3 stars, took a while", actor=employee)

    assert plan.ready, plan.as_dict()
    assert plan.params == {"ticket_id": VPN_CLOSED, "score": 3, "comment": "took a while"}


def test_feedback_with_a_comment_and_a_score_out_of_five(halo_connected, employee):
    text = "I'd like to give feedback on my password reset ticket: quick and friendly, 5/5"

    plan = plan_request(text, actor=employee)

    assert plan.ready, plan.as_dict()
    assert plan.params == {"ticket_id": PASSWORD, "score": 5, "comment": "quick and friendly"}
    assert plan.summary.endswith("5 of 5 stars: “quick and friendly”")


def test_my_ticket_with_no_description_offers_my_closed_tickets(halo_connected, employee):
    plan = plan_request("i want to rate my ticket", actor=employee)

    assert plan.action == "rate_ticket" and not plan.ready
    assert {c["id"] for c in plan.candidates} == {PASSWORD, VPN_CLOSED, PRINTER, CAMERA}
    assert plan.missing == ["score"]
    chosen = plan_request(plan.text, actor=employee, choices={"ticket_id": PRINTER})
    assert chosen.params == {"ticket_id": PRINTER} and chosen.missing == ["score"]


def test_a_thumb_and_praise_give_no_score_the_card_asks_for_it(halo_connected, other_employee):
    plan = plan_request(f"{WIFI} 👍 great job", actor=other_employee)

    assert plan.action == "rate_ticket" and not plan.refused and not plan.candidates
    assert plan.params == {"ticket_id": WIFI, "comment": "great job"}
    assert plan.missing == ["score"]
    assert plan.summary == f"Rate #{WIFI} “Wi-Fi drops in meeting room 2”"


def test_liams_rating_runs_through_the_action_into_halos_feedback(
    halo_connected, sim, other_employee
):
    plan = plan_request(f"rate {WIFI} 4 out of 5 - Marcus fixed it fast", actor=other_employee)

    result = execute_plan(plan, actor=other_employee)

    assert result.status == "done", result.message
    assert [(f["ticket_id"], f["score"], f["comment"]) for f in sim.store.feedback.values()] == [
        (WIFI, 4, "Marcus fixed it fast")
    ]
    event = AuditEvent.objects.filter(action="rate_ticket", outcome="done").get()
    assert (event.channel, event.text, event.params["score"]) == ("ask", plan.text, 4)


# --- refused before Confirm -------------------------------------------------------------------


@pytest.mark.parametrize("template", ["rate {id} 5 stars", "give ticket {id} a thumbs up"])
def test_someone_elses_ticket_and_a_missing_one_get_the_same_answer(
    halo_connected, employee, sim, template
):
    theirs = plan_request(template.format(id=WIFI), actor=employee)
    missing = plan_request(template.format(id=MISSING), actor=employee)

    assert theirs.refused and not theirs.ready
    assert (
        without_id(theirs.refused, WIFI)
        == without_id(missing.refused, MISSING)
        == "Ticket #N was not found."
    )
    assert without_id(json.dumps(theirs.as_dict()), WIFI) == without_id(
        json.dumps(missing.as_dict()), MISSING
    )
    assert not sim.store.feedback


def test_an_open_ticket_cannot_be_rated_yet(halo_connected, employee):
    plan = plan_request(f"rate {OUTLOOK} 5 stars", actor=employee)

    assert (
        plan.refused == f"Ticket #{OUTLOOK} is not closed yet; you can rate it once it is resolved."
    )
    assert "ticket_id" not in plan.refused.replace(f"#{OUTLOOK}", "")


@pytest.mark.parametrize(
    "text",
    [
        f"rate {PRINTER} 0 stars",
        f"rate {PRINTER} 6/5",
        f"rate ticket {PRINTER} five hundred",
        f"rate {PRINTER} 4.5 stars",
        f"rate {PRINTER} 8/10",
    ],
)
def test_a_score_outside_one_to_five_is_refused_not_rounded(halo_connected, employee, text):
    plan = plan_request(text, actor=employee)

    assert plan.refused.startswith("A rating is a whole number of stars from 1 to 5")
    assert not plan.ready and "score" not in plan.params


def test_a_ticket_rated_once_is_refused_and_no_longer_offered(halo_connected, sim, employee):
    execute_plan(plan_request(f"rate {PRINTER} 5 stars", actor=employee), actor=employee)

    again = plan_request(f"rate {PRINTER} 1 star", actor=employee)
    by_name = plan_request("rate my printer ticket 2 stars", actor=employee)
    vague = plan_request("i want to rate my ticket", actor=employee)

    assert again.refused == f"You have already rated ticket #{PRINTER}."
    assert by_name.refused == "You have no closed tickets to rate about “printer”."
    assert PRINTER not in {c["id"] for c in vague.candidates}
    assert len(sim.store.feedback) == 1


def test_rating_turned_off_by_an_admin_is_refused_at_plan_time(halo_connected, sim, employee):
    ActionPolicy.objects.create(action="rate_ticket", enabled=False)

    plan = plan_request(f"rate {PRINTER} 5 stars", actor=employee)

    assert plan.refused and not plan.ready
    assert AuditEvent.objects.filter(action="rate_ticket", outcome="denied").exists()
    assert not sim.store.feedback


def test_an_admin_cannot_rate_someone_elses_ticket(halo_connected, portal_admin):
    plan = plan_request(f"rate {WIFI} 5 stars", actor=portal_admin)

    assert plan.refused and not plan.ready


# --- manage.py ask ---------------------------------------------------------------------------


def test_manage_ask_rates_with_execute(halo_connected, sim, employee):
    code, data = ask("--as", employee.email, "--execute", f"rate {PRINTER} 5/5 spot on")

    assert code == 0 and data["ok"] is True, data
    assert data["params"] == {"ticket_id": PRINTER, "score": 5, "comment": "spot on"}
    assert [f["score"] for f in sim.store.feedback.values()] == [5]


def test_manage_ask_without_a_score_exits_1_and_sends_nothing(halo_connected, sim, employee):
    code, data = ask("--as", employee.email, "--execute", f"rate {PRINTER}, great job")

    assert code == 1
    assert data["missing"] == ["score"] and data["error"] == "missing: score"
    assert not sim.store.feedback


@pytest.mark.parametrize(
    "text", [f"rate {WIFI} 5 stars", f"rate {MISSING} 5 stars", f"rate {OUTLOOK} 5 stars"]
)
def test_manage_ask_exits_1_for_refused_ratings_without_execute(halo_connected, employee, text):
    code, data = ask("--as", employee.email, text)

    assert code == 1 and data["refused"]


# --- a language model proposes ratings too, held to the score the text gives -------------------


@pytest.fixture
def model(fake_llm):
    LLMEndpoint(enabled=True, base_url=fake_llm.url, model="fake-model", timeout=0.5).save()
    return fake_llm


def test_the_model_is_offered_rate_ticket_with_a_score_and_a_comment():
    [rate] = [t["function"] for t in tool_definitions() if t["function"]["name"] == "rate_ticket"]

    assert {"ticket_id", "ticket_hint", "score", "comment"} <= set(rate["parameters"]["properties"])


def test_the_models_rating_with_the_stars_the_text_gives_is_planned(
    halo_connected, employee, model
):
    model.respond_with(
        tool_call("rate_ticket", {"ticket_id": PRINTER, "score": 4, "comment": "slow"})
    )

    plan = plan_request(f"rate {PRINTER} ⭐⭐⭐⭐ slow", actor=employee)

    assert plan.source == "llm" and plan.ready, plan.as_dict()
    assert plan.params == {"ticket_id": PRINTER, "score": 4, "comment": "slow"}


def test_a_score_the_model_makes_up_from_praise_is_not_taken(halo_connected, employee, model):
    model.respond_with(tool_call("rate_ticket", {"ticket_id": PRINTER, "score": 5}))

    plan = plan_request(f"rate {PRINTER} great job", actor=employee)

    assert plan.source == "rules" and plan.missing == ["score"]
    assert plan.params == {"ticket_id": PRINTER, "comment": "great job"}
