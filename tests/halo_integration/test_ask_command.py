"""python manage.py ask --as EMAIL [--json] [--execute] "TEXT"."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def ask(*args):
    from io import StringIO

    out = StringIO()
    try:
        call_command("ask", *args, stdout=out)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue()


def test_json_prints_the_plan(halo_connected, employee):
    code, out = ask("--as", employee.email, "--json", "What's the status of my ticket 3115?")

    assert code == 0
    data = json.loads(out)
    assert {k: data[k] for k in ("action", "params", "missing", "candidates")} == {
        "action": "get_ticket",
        "params": {"ticket_id": 3115},
        "missing": [],
        "candidates": [],
    }
    assert data["summary"]


def test_execute_runs_the_plan_and_prints_the_outcome(halo_connected, sim, employee):
    code, out = ask(
        "--as", employee.email, "--json", "--execute", "Open a ticket: my docking station is dead"
    )

    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["error"] == ""
    assert data["result"]["ticket_id"] in sim.store.tickets


def test_refused_plan_exits_1_with_the_reason(halo_connected, employee):
    code, out = ask(
        "--as", employee.email, "--json", "--execute", "Bump ticket 3115 to priority High"
    )

    data = json.loads(out)
    assert code == 1
    assert data["ok"] is False and "admins" in data["error"]


def test_incomplete_plan_exits_1(halo_connected, portal_admin):
    code, out = ask(
        "--as", portal_admin.email, "--json", "Resolve ticket 3101 and add a visible note"
    )

    assert code == 1
    assert json.loads(out)["missing"] == ["note"]


def test_failed_execution_exits_1(halo_connected, portal_admin):
    code, out = ask(
        "--as", portal_admin.email, "--json", "--execute", "Assign ticket 789 to agent ID 999"
    )

    assert code == 1
    assert json.loads(out)["result"]["status"] == "invalid"


def test_someone_elses_ticket_is_refused_before_anything_runs(halo_connected, sim, employee):
    code, out = ask(
        "--as", employee.email, "--json", "--execute", "What's the status of ticket 3120?"
    )

    data = json.loads(out)
    assert code == 1
    assert data["result"] is None and data["error"] == "Ticket #3120 was not found."


def test_new_email_becomes_an_employee(halo_connected):
    code, out = ask(
        "--as", "olivia.brown@globex.example", "--json", "--execute", "show my open tickets"
    )

    user = get_user_model().objects.get(email="olivia.brown@globex.example")
    assert code == 0 and not user.is_staff
    assert json.loads(out)["ok"] is True


def test_staff_act_as_admins(halo_connected, portal_admin):
    code, out = ask(
        "--as", portal_admin.email, "--json", "List every open Incident assigned to agent ID 6"
    )

    assert code == 0 and json.loads(out)["params"]["agent_id"] == 6


def test_human_output_without_json(halo_connected, employee):
    code, out = ask("--as", employee.email, "show my open tickets")

    assert code == 0 and "List open tickets" in out


def test_how_do_i_offers_a_ticket_second(halo_connected, employee):
    code, out = ask("--as", employee.email, "--json", "how do I reset my password?")

    data = json.loads(out)
    assert code == 0
    assert (data["action"], data["params"]["entity"]) == ("lookup", "kb_articles")
    assert data["offer"]["action"] == "create_ticket"


# --- reopen ("reopen ticket N, ...") ------------------------------------------------------------


def test_reopen_is_planned_and_run_from_plain_language(halo_connected, sim, employee):
    sim.store.apply_status(sim.store.tickets[3115], 9, sim.clock())
    text = "Reopen ticket 3115, Outlook asks for my password again"

    code, out = ask("--as", employee.email, "--json", text)
    plan = json.loads(out)
    assert code == 0
    assert (plan["action"], plan["params"]) == (
        "reopen_ticket",
        {"ticket_id": 3115, "note": "Outlook asks for my password again"},
    )

    code, out = ask("--as", employee.email, "--json", "--execute", text)
    assert code == 0 and json.loads(out)["ok"] is True
    assert sim.store.tickets[3115]["status_id"] == 2


def test_reopen_without_a_reason_is_incomplete(halo_connected, employee):  # 3067 is closed
    code, out = ask("--as", employee.email, "--json", "reopen ticket 3067")

    assert code == 1 and json.loads(out)["missing"] == ["note"]


def test_reopening_a_ticket_that_is_still_open_is_refused_before_confirm(halo_connected, employee):
    code, out = ask("--as", employee.email, "--json", "reopen ticket 3115, it is broken")

    plan = json.loads(out)
    assert (
        code == 1
        and plan["refused"] == "Ticket #3115 is not closed, so there is nothing to reopen."
    )


def test_reopening_someone_elses_ticket_from_the_ask_box_is_refused(halo_connected, sim, employee):
    sim.store.apply_status(sim.store.tickets[3120], 9, sim.clock())

    code, out = ask("--as", employee.email, "--json", "--execute", "reopen ticket 3120, broken")

    assert code == 1 and json.loads(out)["ok"] is False
    assert sim.store.tickets[3120]["status_id"] == 9
