"""The employee pages read tickets through the action layer: an admin's policy refuses the read
there (a clear 403), Halo is not asked, and every read, allowed or not, is in the audit log
with the web channel."""

from __future__ import annotations

import pytest

from halo_integration import audit
from halo_integration.models import ActionPolicy, AuditEvent

pytestmark = pytest.mark.django_db


def turn_off(action):
    ActionPolicy.objects.create(action=action, enabled=False, audience="both")


def chained(**filters):
    audit.chain_pending_reads()
    return list(AuditEvent.objects.filter(**filters).order_by("id"))


def ticket_reads(sim, ticket_id):
    return [
        r for r in sim.requests if r.method == "GET" and f"/tickets/{ticket_id}" in r.path.lower()
    ]


def test_the_ticket_page_read_is_audited_with_the_web_channel(emma, employee):
    response = emma.get("/tickets/3115/")

    assert response.status_code == 200
    [event] = chained(action="get_ticket")
    assert (event.actor_id, event.channel, event.outcome, event.params) == (
        employee.pk,
        "web",
        "done",
        {"ticket_id": 3115},
    )


def test_ticket_reads_turned_off_refuse_the_ticket_page(emma, sim, employee):
    turn_off("get_ticket")

    response = emma.get("/tickets/3115/")

    assert response.status_code == 403
    assert "An admin has turned off get ticket" in response.content.decode()
    assert ticket_reads(sim, 3115) == []
    [event] = chained(action="get_ticket")
    assert (event.actor_id, event.channel, event.outcome, event.decision) == (
        employee.pk,
        "web",
        "denied",
        "denied",
    )


def test_a_background_refresh_of_a_refused_ticket_does_not_reach_halo(emma, sim):
    assert emma.get("/tickets/").status_code == 200  # the list fills the local mirror
    turn_off("get_ticket")
    before = len(sim.requests)

    response = emma.get("/tickets/3115/?fresh=1")

    assert response.status_code == 403
    assert sim.requests[before:] == []


def test_listing_turned_off_refuses_my_tickets(emma, sim):
    turn_off("list_tickets")

    response = emma.get("/tickets/")

    assert response.status_code == 403
    assert [r for r in sim.requests if r.path.lower() == "/api/tickets"] == []
    assert [(e.channel, e.outcome) for e in chained(action="list_tickets")] == [("web", "denied")]


def test_a_background_refresh_of_a_refused_list_does_not_reach_halo(emma, sim):
    assert emma.get("/tickets/").status_code == 200  # Emma is matched to her Halo user
    turn_off("list_tickets")
    before = len(sim.requests)

    response = emma.get("/tickets/?fresh=1")

    assert response.status_code == 403
    assert sim.requests[before:] == []
