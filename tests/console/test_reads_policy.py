"""The console reads customers, sites and tickets through the action layer: an admin's policy
refuses them there, Halo is not asked, and each read is in the audit log as "console"."""

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


def test_a_customer_search_is_audited_with_the_console_channel(
    admin_client, halo_connected, portal_admin
):
    response = admin_client.get("/console/lookup/customers/?search=Acme")

    assert response.status_code == 200
    [event] = chained(action="lookup")
    assert (event.actor_id, event.channel, event.outcome, event.params["entity"]) == (
        portal_admin.pk,
        "console",
        "done",
        "customers",
    )


def test_look_ups_turned_off_refuse_the_customer_search(admin_client, halo_connected, sim):
    turn_off("lookup")

    response = admin_client.get("/console/lookup/customers/?search=Acme")

    assert response.status_code == 403
    assert [r for r in sim.requests if r.path.lower() == "/api/client"] == []
    assert [(e.channel, e.outcome) for e in chained(action="lookup")] == [("console", "denied")]


def test_ticket_reads_turned_off_refuse_the_console_ticket_page(admin_client, halo_connected, sim):
    turn_off("get_ticket")

    response = admin_client.get("/console/tickets/3115/")

    assert response.status_code == 403
    assert [r for r in sim.requests if "/tickets/3115" in r.path.lower()] == []
    assert [(e.channel, e.outcome) for e in chained(action="get_ticket")] == [("console", "denied")]


def test_a_catalog_refresh_is_audited(admin_client, halo_connected, portal_admin):
    response = admin_client.post("/console/reference/refresh/")

    assert response.status_code == 302
    [event] = AuditEvent.objects.filter(action="catalog.refresh")
    assert (event.actor_id, event.channel, event.outcome) == (portal_admin.pk, "console", "done")


def test_a_catalog_refresh_that_fails_is_audited_too(admin_client, db, portal_admin):
    response = admin_client.post("/console/reference/refresh/")  # no Halo connection saved

    assert response.status_code == 503
    [event] = AuditEvent.objects.filter(action="catalog.refresh")
    assert (event.channel, event.outcome) == ("console", "failed")
    assert "not connected to Halo" in event.error
