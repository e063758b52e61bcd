"""Plain-language requests become Plans with Halo ids resolved through the instance (the demo
phrasings of the issue, against the simulator's seed), and run only through run_action()."""

from __future__ import annotations

import pytest

from halo_integration.connection import build_catalog, build_halo_client
from halo_integration.models import ActionPolicy, AuditEvent
from halo_integration.nl.plan import execute_plan, plan_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog(halo_connected):
    return build_catalog(build_halo_client())


def client_named(sim, name):
    return next(c for c in sim.store.clients.values() if c["name"] == name)


def test_employee_opens_a_ticket_in_plain_words(halo_connected, sim, employee):
    plan = plan_request("Open a ticket — the office printer on the 3rd floor jams every print job since yesterday",
                        actor=employee)  # fmt: skip

    assert plan.ready, plan.as_dict()
    assert plan.action == "create_ticket"
    assert "printer" in plan.params["summary"].lower()
    result = execute_plan(plan, actor=employee)
    assert result.status == "done"
    event = AuditEvent.objects.filter(action="create_ticket").latest("id")
    assert (event.channel, event.text) == ("ask", plan.text)


def test_status_of_my_ticket_is_a_read_that_answers_at_once(halo_connected, employee):
    plan = plan_request("What's the status of my ticket 3115?", actor=employee)

    assert (plan.action, plan.params, plan.ready, plan.is_read) == (
        "get_ticket",
        {"ticket_id": 3115},
        True,
        True,
    )
    assert execute_plan(plan, actor=employee).data["ticket"].status_name


def test_my_open_ticket_with_several_matches_offers_candidates(halo_connected, employee):
    plan = plan_request(
        "Add a note to my open ticket: 'Tried rebooting twice, same error'", actor=employee
    )

    assert plan.action == "add_note"
    assert plan.params["note"] == "Tried rebooting twice, same error"
    assert len(plan.candidates) >= 2 and {c["param"] for c in plan.candidates} == {"ticket_id"}
    assert not plan.ready
    chosen = plan_request(
        plan.text, actor=employee, choices={"ticket_id": plan.candidates[0]["id"]}
    )
    assert chosen.ready and chosen.params["ticket_id"] == plan.candidates[0]["id"]


def test_my_vpn_ticket_is_found_by_description(halo_connected, sim, employee):
    plan = plan_request(
        "Please resolve my VPN ticket — it's working since the config push", actor=employee
    )

    assert plan.ready, plan.as_dict()
    ticket = sim.store.tickets[plan.params["ticket_id"]]
    assert "vpn" in ticket["summary"].lower()
    assert plan.params["note"].lower().startswith("it")


def test_show_my_open_tickets(halo_connected, employee):
    plan = plan_request("show my open tickets", actor=employee)

    assert (plan.action, plan.params) == ("list_tickets", {"open_only": True})
    rows = execute_plan(plan, actor=employee).data["tickets"]
    assert rows and not any(row.is_closed for row in rows)


def test_admin_creates_an_incident_for_a_customer_and_site(
    halo_connected, sim, portal_admin, catalog
):
    plan = plan_request(
        "Open a HaloPSA Incident ticket for the Acme Inc customer, site HQ — 'Exchange hybrid mail flow stalls after "
        "5pm', priority High, assign to the Messaging team",
        actor=portal_admin,
    )

    assert plan.ready, plan.as_dict()
    acme = client_named(sim, "Acme Inc")
    hq = next(
        s for s in sim.store.sites.values() if s["client_id"] == acme["id"] and s["name"] == "HQ"
    )
    assert plan.params == {
        "summary": "Exchange hybrid mail flow stalls after 5pm",
        "tickettype_id": catalog.resolve("ticket_types", "Incident").item.id,
        "priority_id": catalog.resolve("priorities", "High").item.id,
        "team_id": catalog.resolve("teams", "Messaging").item.id,
        "client_id": acme["id"],
        "site_id": hq["id"],
    }
    result = execute_plan(plan, actor=portal_admin)
    assert result.status == "done"
    assert sim.store.tickets[result.ticket_id]["team"] == "Messaging"


def test_admin_lists_a_customers_tickets_not_closed(halo_connected, portal_admin):
    plan = plan_request(
        "List every ticket for customer ID 42 that isn't in a closed status", actor=portal_admin
    )

    assert (plan.action, plan.params) == ("list_tickets", {"client_id": 42, "open_only": True})


def test_admin_lists_open_incidents_of_an_agent(halo_connected, portal_admin, catalog):
    plan = plan_request("List every open Incident assigned to agent ID 6", actor=portal_admin)

    incident = catalog.resolve("ticket_types", "Incident").item.id
    assert (plan.action, plan.params) == (
        "list_tickets",
        {"agent_id": 6, "tickettype_id": incident, "open_only": True},
    )
    rows = execute_plan(plan, actor=portal_admin).data["tickets"]
    assert rows and {r.agent_id for r in rows} == {6}


def test_admin_adds_a_hidden_note(halo_connected, portal_admin):
    plan = plan_request("Add a hidden-from-user note to ticket 3120: 'Escalated to L3, tagged asset AC-2219 for "
                        "replacement'", actor=portal_admin)  # fmt: skip

    assert plan.params == {"ticket_id": 3120, "note": "Escalated to L3, tagged asset AC-2219 for replacement",
                           "hiddenfromuser": True}  # fmt: skip


def test_resolve_with_a_note_still_to_write_is_incomplete(halo_connected, portal_admin):
    # A note asked for without saying what it should say (a summary of the fix is drafted
    # instead: see test_planner_newcomer).
    plan = plan_request("Resolve ticket 3101 and add a visible note", actor=portal_admin)

    assert plan.action == "resolve_ticket"
    assert plan.params["ticket_id"] == 3101
    assert plan.missing == ["note"]


def test_admin_bumps_priority_and_reassigns(halo_connected, portal_admin, catalog):
    plan = plan_request(
        "Bump ticket 789 to priority High and reassign it to 2nd Line Support", actor=portal_admin
    )

    assert plan.params == {"ticket_id": 789, "priority_id": catalog.resolve("priorities", "High").item.id,
                           "team_id": catalog.resolve("teams", "2nd Line Support").item.id}  # fmt: skip
    assert "High" in plan.summary and "2nd Line Support" in plan.summary


def test_admin_looks_up_active_contracts(halo_connected, sim, portal_admin):
    plan = plan_request(
        "Show me the active contracts for customer 'Globex' and their renewal dates",
        actor=portal_admin,
    )

    globex = client_named(sim, "Globex")
    assert plan.params == {"entity": "contracts", "active_only": True, "client_id": globex["id"]}
    result = execute_plan(plan, actor=portal_admin)
    assert len(result.data["rows"]) >= 2


def test_employee_asking_for_a_hidden_note_is_refused_and_audited(halo_connected, sim, employee):
    plan = plan_request("Add a hidden note to ticket 3115: 'internal stuff'", actor=employee)

    assert plan.refused and not plan.ready
    assert AuditEvent.objects.filter(outcome="denied", text=plan.text).exists()


def test_employee_admin_request_is_refused(halo_connected, employee):
    plan = plan_request("Bump ticket 3115 to priority High", actor=employee)

    assert "only portal admins may do" in plan.refused


def test_someone_elses_ticket_is_refused_at_plan_time_as_not_found(halo_connected, employee):
    # Before, it planned fine and failed only when run; now nothing is offered to run.
    plan = plan_request("What's the status of ticket 3120?", actor=employee)

    assert not plan.ready
    assert plan.refused == plan_request(
        "What's the status of ticket 99999?", actor=employee
    ).refused.replace("99999", "3120")


def test_disabled_action_is_refused_with_the_reason(halo_connected, employee):
    ActionPolicy.objects.create(action="create_ticket", enabled=False, audience="both")

    plan = plan_request("Open a ticket: my mouse is broken", actor=employee)

    assert "turned off" in plan.refused


def test_unknown_team_is_refused_with_the_choices(halo_connected, portal_admin):
    plan = plan_request("Reassign ticket 789 to the Astronauts team", actor=portal_admin)

    assert "Astronauts" in plan.refused
    assert "Messaging" in plan.refused


def test_nonsense_is_not_understood(halo_connected, employee):
    plan = plan_request("hello there", actor=employee)

    assert plan.action is None and plan.refused


def test_halo_down_while_planning_says_so(halo_connected, sim, portal_admin):
    sim.faults.down = True

    plan = plan_request("Bump ticket 789 to priority High", actor=portal_admin)

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused


def test_for_a_person_resolves_to_that_end_user(halo_connected, sim, portal_admin):
    plan = plan_request(
        "Open a ticket for Olivia Brown - her printer is broken", actor=portal_admin
    )

    olivia = next(
        u for u in sim.store.users.values() if u["emailaddress"] == "olivia.brown@globex.example"
    )
    assert plan.params.get("user_id") == olivia["id"], plan.as_dict()


def test_assign_to_me_needs_the_admin_to_be_a_halo_agent(halo_connected, sim, portal_admin):
    plan = plan_request("Assign ticket 789 to me", actor=portal_admin)
    assert "not an agent" in plan.refused

    agent = next(a for a in sim.store.agents.values() if a["id"] == 6)
    portal_admin.email = agent["email"]
    portal_admin.save()
    assert plan_request("Assign ticket 789 to me", actor=portal_admin).params == {
        "ticket_id": 789,
        "agent_id": 6,
    }


def test_everyday_priority_words_and_spelled_out_team_names_resolve(
    halo_connected, portal_admin, catalog
):
    plan = plan_request(
        "Bump ticket 789 to priority urgent and reassign it to second line support",
        actor=portal_admin,
    )

    assert plan.params["priority_id"] == catalog.resolve("priorities", "Critical").item.id
    assert plan.params["team_id"] == catalog.resolve("teams", "2nd Line Support").item.id
    assert "Critical" in plan.summary  # what "urgent" became is shown before anything runs
