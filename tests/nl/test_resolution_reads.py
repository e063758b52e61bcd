"""Name resolution reads Halo only through the action layer, as the person asking: an admin's
policy refuses it there, and every read it makes is in the audit log with the Ask channel."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.core.management import call_command

from halo_integration import audit
from halo_integration.models import ActionPolicy, AuditEvent
from halo_integration.nl.plan import plan_request

pytestmark = pytest.mark.django_db
HX = {"HX-Request": "true"}
FOR_ACME = "List the open tickets for customer Acme Inc"


def turn_off(action):
    ActionPolicy.objects.create(action=action, enabled=False, audience="both")


def client_gets(sim):
    return [r for r in sim.requests if r.method == "GET" and r.path.lower() == "/api/client"]


def chained(**filters):
    """The audit events matching `filters`, once the recorded reads have joined the chain."""
    audit.chain_pending_reads()
    return list(AuditEvent.objects.filter(**filters).order_by("id"))


def test_a_customer_named_in_a_request_is_looked_up_audited_as_the_admin(
    halo_connected, sim, portal_admin
):
    acme = next(c for c in sim.store.clients.values() if c["name"] == "Acme Inc")

    plan = plan_request(FOR_ACME, actor=portal_admin)

    assert plan.ready, plan.as_dict()
    assert plan.params["client_id"] == acme["id"]
    [event] = chained(action="lookup")
    assert (event.actor_id, event.channel, event.outcome, event.text) == (
        portal_admin.pk,
        "ask",
        "done",
        FOR_ACME,
    )
    assert event.params["entity"] == "customers"


def test_look_ups_turned_off_refuse_the_name_and_halo_is_not_asked(
    halo_connected, sim, portal_admin
):
    turn_off("lookup")

    plan = plan_request(FOR_ACME, actor=portal_admin)

    assert not plan.ready
    assert plan.refused == "an admin has turned off lookup"
    assert client_gets(sim) == []
    denied = chained(action="lookup", outcome="denied")
    assert [(e.channel, e.decision, e.text) for e in denied] == [("ask", "denied", FOR_ACME)]


def test_a_site_and_a_person_are_looked_up_the_same_way(halo_connected, portal_admin):
    site = "Open a ticket for the Acme Inc customer, site HQ: the door badge reader is dead"
    person = "Open a ticket for Olivia Brown - her printer is broken"

    plans = [plan_request(text, actor=portal_admin) for text in (site, person)]

    assert all(plan.ready for plan in plans), [plan.as_dict() for plan in plans]
    looked_up = [(e.text, e.params["entity"]) for e in chained(action="lookup", channel="ask")]
    assert looked_up == [
        (site, "customers"),
        (site, "sites"),
        (person, "customers"),
        (person, "users"),
    ]


def test_ticket_reads_turned_off_refuse_a_note_to_a_ticket(halo_connected, sim, employee):
    turn_off("get_ticket")
    text = "Add a note to ticket 3115: tried rebooting twice"

    plan = plan_request(text, actor=employee)

    assert plan.refused == "Ticket #3115 was not found."
    assert [r for r in sim.requests if "/tickets/3115" in r.path.lower()] == []
    denied = chained(action="get_ticket", outcome="denied")
    assert [(e.actor_id, e.channel, e.reason) for e in denied] == [
        (employee.pk, "ask", "an admin has turned off get ticket")
    ]


def test_listing_turned_off_refuses_my_vpn_ticket(halo_connected, sim, employee):
    turn_off("list_tickets")

    plan = plan_request("Please resolve my VPN ticket, it works again", actor=employee)

    assert plan.refused == "an admin has turned off list tickets"
    assert [r for r in sim.requests if r.path.lower() == "/api/tickets"] == []
    assert [e.channel for e in chained(action="list_tickets", outcome="denied")] == ["ask"]


def test_the_ask_box_refuses_a_name_when_look_ups_are_off(
    client, halo_connected, sim, portal_admin
):
    client.force_login(portal_admin)
    turn_off("lookup")

    html = client.post("/ask/", {"text": FOR_ACME}, headers=HX).content.decode()

    assert "an admin has turned off lookup" in html
    assert client_gets(sim) == []
    assert [e.channel for e in chained(action="lookup", outcome="denied")] == ["ask"]


def test_the_ask_box_audits_the_look_up_behind_a_name(client, halo_connected, sim, portal_admin):
    client.force_login(portal_admin)

    response = client.post("/ask/", {"text": FOR_ACME}, headers=HX)

    assert response.status_code == 200
    assert [(e.channel, e.outcome) for e in chained(action="lookup")] == [("ask", "done")]


def test_the_ask_command_audits_its_reads_with_the_command_channel(
    halo_connected, sim, portal_admin, capsys
):
    call_command("ask", "--as", portal_admin.email, "--json", FOR_ACME)

    assert [e.channel for e in chained(action="lookup")] == ["command"]


def test_the_my_ticket_search_behind_a_request_is_audited(halo_connected, employee):
    text = "Please resolve my VPN ticket, it works again"

    plan = plan_request(text, actor=employee)

    assert plan.ready, plan.as_dict()
    listed = chained(action="list_tickets")
    assert [(e.actor_id, e.channel, e.text) for e in listed] == [(employee.pk, "ask", text)]


# --- the NL layer does no HTTP of its own ---------------------------------------------------------

NL_DIR = Path(__file__).resolve().parents[2] / "halo_integration" / "nl"
# What talking to Halo directly would need: a client, or the identity table read behind the
# action layer's back. (llm.py's own HTTP goes to the language model, never to Halo.)
FORBIDDEN = {
    "halo_integration.client",
    "halo_integration.connection.build_halo_client",
    "halo_integration.connection.build_catalog",
    "halo_integration.models.HaloIdentity",
    "halo_integration.identity.halo_identity_for",
    "halo_integration.identity.find_halo_user",
}


def imported_names(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_no_nl_module_reaches_halo_except_through_actions_and_the_catalog():
    modules = sorted(NL_DIR.glob("*.py"))
    assert len(modules) > 10  # the package is really there

    reaching = {p.name: sorted(set(imported_names(p)) & FORBIDDEN) for p in modules}

    assert {name: found for name, found in reaching.items() if found} == {}


def test_without_a_halo_connection_a_plan_says_so_at_once(db, employee):
    plan = plan_request("show my open tickets", actor=employee)

    assert plan.refused.startswith("Halo is unavailable right now, so I cannot look that up")
    assert "not connected to Halo" in plan.refused
