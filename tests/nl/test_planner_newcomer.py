"""What a newcomer asks, planned against the simulator: refusals at plan time in every channel
(never a difference between "not yours" and "does not exist"), several tickets at once, date
filters, "how do I" answered with articles first, teams and their members, a customer and a
site in one phrase, a resolution note drafted from the ticket's public history, and the Edit
button carrying what was typed."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from urllib.parse import unquote_plus

import pytest
from django.utils import timezone

from halo_integration.models import AuditEvent
from halo_integration.nl.dates import opened_range
from halo_integration.nl.plan import execute_plan, plan_request
from tests.nl.ask_command import ask, without_id

pytestmark = pytest.mark.django_db
HX = {"HX-Request": "true"}
MISSING = 99999  # no such ticket in the simulator
LIAMS = 3120  # Liam's ticket: emma must not learn that it exists
EMMAS_CLOSED = 3150  # emma's cancelled Teams camera ticket


# --- refusals at plan time -------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    ["What's the status of ticket {id}?", "Add a note to ticket {id}: any news?", "close {id}"],
)
def test_not_yours_and_missing_are_refused_at_plan_time_with_the_same_words(
    halo_connected, employee, template
):
    theirs = plan_request(template.format(id=LIAMS), actor=employee)
    missing = plan_request(template.format(id=MISSING), actor=employee)

    assert theirs.refused and not theirs.ready
    assert without_id(theirs.refused, LIAMS) == without_id(missing.refused, MISSING)
    assert without_id(json.dumps(theirs.as_dict()), LIAMS) == without_id(
        json.dumps(missing.as_dict()), MISSING
    )
    assert "closed" not in theirs.refused


def test_plan_time_check_reads_the_ticket_through_the_action_layer(halo_connected, employee):
    plan_request(f"status of ticket {LIAMS}", actor=employee)

    event = AuditEvent.objects.filter(action="get_ticket").latest("id")
    assert (event.actor_id, event.outcome) == (employee.pk, "denied")  # the audit keeps the truth


def test_ask_box_cards_are_identical_for_not_yours_and_missing(client, employee, halo_connected):
    client.force_login(employee)

    theirs = client.post("/ask/", {"text": f"close ticket {LIAMS}"}, headers=HX)
    missing = client.post("/ask/", {"text": f"close ticket {MISSING}"}, headers=HX)

    assert theirs.status_code == missing.status_code == 200
    card = re.compile(r'<article class="ask-card".*?</article>', re.S)
    first = card.search(theirs.content.decode()).group(0)
    second = card.search(missing.content.decode()).group(0)
    assert "not found" in first and "Confirm" not in first
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
    assert strip.sub("", without_id(first, LIAMS)) == strip.sub("", without_id(second, MISSING))


def test_a_closed_ticket_is_refused_before_confirm(halo_connected, employee):
    resolve = plan_request(f"resolve ticket {EMMAS_CLOSED}, it works", actor=employee)
    note = plan_request(f"add a note to ticket {EMMAS_CLOSED}: still broken", actor=employee)

    assert "already closed" in resolve.refused and "ticket_id" not in resolve.refused
    assert "closed" in note.refused
    assert not resolve.ready and not note.ready


@pytest.mark.parametrize(
    "text", ["reopen 3115", "Reopen 3115 please, it is back", "please reopen ticket 3042"]
)
def test_reopening_a_ticket_that_is_still_open_is_refused_before_confirm(
    halo_connected, employee, text
):
    plan = plan_request(text, actor=employee)  # 3115 and 3042 are emma's open tickets

    ticket_id = next(word for word in text.split() if word.isdigit())
    assert plan.refused == f"Ticket #{ticket_id} is not closed, so there is nothing to reopen."
    assert not plan.ready and not plan.candidates


@pytest.mark.parametrize(
    "text",
    [
        "what's Liam waiting on? show me his tickets",
        "show me his tickets",
        "can I see her open tickets",
        "list their tickets please",
    ],
)
def test_an_employee_asking_for_someone_elses_tickets_by_pronoun_is_refused(
    halo_connected, employee, text
):
    plan = plan_request(text, actor=employee)

    assert plan.refused == "only portal admins may do that" and not plan.ready


@pytest.mark.parametrize(
    "text", ["show me my tickets", "my manager asked about his laptop, show my tickets"]
)
def test_an_employees_own_list_is_not_taken_for_someone_elses(halo_connected, employee, text):
    plan = plan_request(text, actor=employee)

    assert (plan.action, plan.refused) == ("list_tickets", "")


def test_reopening_an_open_ticket_is_refused_for_an_admin_too(halo_connected, portal_admin):
    assert "not closed" in plan_request("reopen 3099", actor=portal_admin).refused


def test_reopening_someone_elses_open_ticket_answers_like_a_missing_one(halo_connected, employee):
    theirs = plan_request(f"reopen {LIAMS}", actor=employee)
    missing = plan_request(f"reopen {MISSING}", actor=employee)

    assert "not closed" not in theirs.refused
    assert without_id(theirs.refused, LIAMS) == without_id(missing.refused, MISSING)


@pytest.mark.parametrize(
    "text",
    [
        "reopen 3115",
        f"What's the status of ticket {LIAMS}?",
        f"What's the status of ticket {MISSING}?",
        f"Add a note to ticket {LIAMS}: hello",
        f"resolve ticket {EMMAS_CLOSED}",
        "Bump ticket 3115 to priority High",
    ],
)
def test_manage_ask_exits_1_for_refusals_without_execute(halo_connected, employee, text):
    code, data = ask("--as", employee.email, text)

    assert code == 1
    assert data["refused"]


def test_manage_ask_answers_not_yours_and_missing_alike(halo_connected, employee):
    for execute in ((), ("--execute",)):
        code_theirs, theirs = ask("--as", employee.email, *execute, f"status of {LIAMS}")
        code_missing, missing = ask("--as", employee.email, *execute, f"status of {MISSING}")

        assert code_theirs == code_missing == 1
        assert without_id(json.dumps(theirs), LIAMS) == without_id(json.dumps(missing), MISSING)


# --- understanding ---------------------------------------------------------------------------


def test_a_problem_mentioning_teams_becomes_a_ticket(halo_connected, employee):
    plan = plan_request("My laptop gets hot during Teams calls", actor=employee)

    assert plan.ready and plan.action == "create_ticket", plan.as_dict()
    assert plan.params["summary"] == "My laptop gets hot during Teams calls"


def test_markup_is_stripped_and_the_rest_kept(halo_connected, employee):
    plan = plan_request("<script>alert('x')</script> my laptop is broken", actor=employee)

    assert plan.params["summary"] == "my laptop is broken"


def test_several_tickets_in_one_request(halo_connected, employee):
    plan = plan_request("status of 3115 and 3131", actor=employee)

    assert plan.ready and plan.is_read, plan.as_dict()
    assert (plan.action, plan.params) == ("list_tickets", {"ticket_ids": [3115, 3131]})
    rows = execute_plan(plan, actor=employee).data["tickets"]
    assert sorted(row.id for row in rows) == [3115, 3131]


def test_several_tickets_with_one_not_yours_is_refused_like_a_missing_one(halo_connected, employee):
    theirs = plan_request(f"status of 3115 and {LIAMS}", actor=employee)
    missing = plan_request(f"status of 3115 and {MISSING}", actor=employee)

    assert theirs.refused and without_id(theirs.refused, LIAMS) == without_id(
        missing.refused, MISSING
    )


def test_a_change_to_several_tickets_asks_which_one(halo_connected, employee):
    plan = plan_request("close 3115 and 3131", actor=employee)

    assert not plan.ready
    assert [(c["param"], c["id"]) for c in plan.candidates] == [
        ("ticket_id", 3115),
        ("ticket_id", 3131),
    ]


def test_opened_this_week_filters_the_list(halo_connected, portal_admin, sim):
    plan = plan_request("list tickets opened this week", actor=portal_admin)

    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    assert plan.params["opened_after"] == monday.isoformat(), plan.as_dict()
    rows = execute_plan(plan, actor=portal_admin).data["tickets"]
    assert all(row.opened.date().isoformat() >= monday.isoformat() for row in rows)
    sent = [r for r in sim.requests if r.path.lower() == "/api/tickets" and r.method == "GET"][-1]
    assert (sent.query["datesearch"], sent.query["startdate"]) == (
        "dateoccured",
        monday.isoformat(),
    )
    assert rows, "the seed has tickets opened this week"
    older = [t for t in sim.store.tickets.values() if t["dateoccurred"][:10] < monday.isoformat()]
    assert older and not {t["id"] for t in older} & {row.id for row in rows}


def test_since_monday_on_a_wednesday():
    wednesday = date(2026, 12, 2)
    assert opened_range("monday", wednesday) == (date(2026, 11, 30), None)
    assert opened_range("last week", wednesday) == (date(2026, 11, 23), date(2026, 11, 30))
    assert opened_range("yesterday", wednesday) == (date(2026, 12, 1), wednesday)
    assert opened_range("7 days", wednesday) == (date(2026, 11, 25), None)
    assert opened_range("last month", wednesday) == (date(2026, 11, 1), date(2026, 12, 1))


def test_how_do_i_answers_with_articles_first_and_offers_a_ticket(
    client, employee, halo_connected, sim
):
    client.force_login(employee)

    html = client.post(
        "/ask/", {"text": "how do I reset my password?"}, headers=HX
    ).content.decode()

    assert "Resetting your password" in html
    assert "Open a ticket" in html
    assert html.index("Resetting your password") < html.index("Open a ticket")
    assert 'name="plan"' not in html  # nothing to confirm: no ticket is planned
    assert [
        r for r in sim.requests if r.method == "POST" and r.path.lower() == "/api/tickets"
    ] == []


def test_how_do_i_is_a_question_not_a_new_ticket(halo_connected, employee):
    plan = plan_request("how do I reset my password?", actor=employee)

    assert plan.action == "lookup" and plan.params["entity"] == "kb_articles"
    assert plan.offer["action"] == "create_ticket"


def test_who_is_in_a_team(halo_connected, portal_admin, sim):
    plan = plan_request("who is in the Network team?", actor=portal_admin)

    assert plan.ready, plan.as_dict()
    assert plan.params == {"entity": "agents", "team_id": 12}
    names = {row.name for row in execute_plan(plan, actor=portal_admin).data["rows"]}
    assert names == {"Marcus Reid"}


def test_customer_and_site_in_one_phrase(halo_connected, portal_admin):
    plan = plan_request(
        "Open a ticket for Acme Inc site Warehouse: scanner 4 won't charge", actor=portal_admin
    )

    assert plan.ready, plan.as_dict()
    assert (plan.params["client_id"], plan.params["site_id"]) == (12, 32)
    assert plan.params["summary"] == "scanner 4 won't charge"


def test_resolve_and_summarise_the_fix_drafts_the_note_from_public_history(
    client, halo_connected, portal_admin, sim
):
    sim.store.actions[3101].append(
        {**sim.store.actions[3101][0], "id": 990001, "note": "Replaced the scanner's Wi-Fi card."}
    )
    plan = plan_request(
        "Resolve ticket 3101 and add a visible note summarising the fix", actor=portal_admin
    )

    assert plan.ready and plan.drafted, plan.as_dict()
    assert plan.params["hiddenfromuser"] is False
    note = plan.params["note"]
    assert "Warehouse scanner cannot join Wi-Fi" in note
    assert "Replaced the scanner's Wi-Fi card." in note
    assert "VIP" not in note  # hidden notes never reach a visible one

    client.force_login(portal_admin)
    card = client.post("/ask/", {"text": plan.text}, headers=HX).content.decode()
    assert "drafted" in card and "Confirm" in card
    edit = re.search(r'href="(/console/tickets/3101/resolve/\?[^"]+)"', card).group(1)
    page = client.get(edit.replace("&amp;", "&")).content.decode()
    assert (
        "Replaced the scanner&#x27;s Wi-Fi card." in page
        or "Replaced the scanner's Wi-Fi card." in page
    )


# --- Edit carries what was typed -------------------------------------------------------------


def test_edit_of_a_new_ticket_opens_the_form_with_the_summary(client, employee, halo_connected):
    client.force_login(employee)
    card = client.post("/ask/", {"text": "Open a ticket: my docking station is dead"}, headers=HX)

    edit = re.search(r'href="(/tickets/new/\?[^"]+)"', card.content.decode()).group(1)
    page = client.get(edit.replace("&amp;", "&")).content.decode()

    assert re.search(r'name="summary"[^>]*value="my docking station is dead"', page)


def test_edit_of_a_note_opens_the_ticket_with_the_note_typed(client, employee, halo_connected):
    client.force_login(employee)
    card = client.post("/ask/", {"text": "add a note to 3115: any news on delivery?"}, headers=HX)

    html = card.content.decode()
    assert "any news on delivery?" in html
    edit = re.search(r'href="(/tickets/3115/\?[^"]+)"', html).group(1)
    assert unquote_plus(edit.replace("&amp;", "&")).endswith("note=any news on delivery?#note")
    page = client.get(edit.replace("&amp;", "&")).content.decode()
    assert re.search(r"<textarea[^>]*>\s*any news on delivery\?</textarea>", page)


def test_an_employee_looking_up_admin_records_is_refused_at_plan_time(halo_connected, employee):
    code, data = ask("--as", employee.email, "find customer Acme")

    assert code == 1 and "only portal admins" in data["refused"]


def test_a_bare_first_name_after_reassign_finds_the_agent(halo_connected, portal_admin):
    plan = plan_request("reassign 3101 to Daniel", actor=portal_admin)

    assert plan.ready, plan.as_dict()
    assert plan.params == {"ticket_id": 3101, "agent_id": 6}


def test_an_ambiguous_team_offers_candidates_never_a_guess(halo_connected, portal_admin):
    plan = plan_request("move 3101 to the Support team", actor=portal_admin)

    assert not plan.ready and "team_id" not in plan.params
    assert {c["label"] for c in plan.candidates} == {"1st Line Support", "2nd Line Support"}


def test_a_customer_name_before_tickets_is_tried_as_a_customer(halo_connected, portal_admin):
    plan = plan_request("list Acme Inc tickets opened this week", actor=portal_admin)

    assert plan.ready, plan.as_dict()
    assert plan.params["client_id"] == 12 and "tickettype_id" not in plan.params


def test_a_ticket_type_before_tickets_stays_a_type(halo_connected, portal_admin, catalog_ids):
    plan = plan_request("list open Incident tickets", actor=portal_admin)

    assert plan.params.get("tickettype_id") == catalog_ids["Incident"], plan.as_dict()


@pytest.fixture
def catalog_ids(halo_connected):
    from halo_integration.connection import build_catalog, build_halo_client

    return {item.name: item.id for item in build_catalog(build_halo_client()).items("ticket_types")}


def test_a_misspelt_ticket_description_still_finds_the_ticket(halo_connected, employee):
    plan = plan_request("whats the status on my outlok ticket", actor=employee)

    assert plan.ready and plan.params == {"ticket_id": 3115}, plan.as_dict()
