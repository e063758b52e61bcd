"""The Halo connection in Django admin: checked live before it is saved, the secret write-only,
and a "Test connection" page. The real HaloClient talks to the in-process simulator."""

from __future__ import annotations

import httpx
import pytest
from django.core.cache import cache
from django.urls import reverse

from halo_integration import admin_views, connection
from halo_integration.models import AuditEvent, HaloConnection
from halo_integration.simulator import HaloSimulator
from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET, SIM_URL

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/halo_integration/haloconnection/add/"
LONG_SECRET = "a-rather-long-client-secret-7d3f"


def wire(monkeypatch, sim):
    """Route every Halo call of the portal to this simulator."""
    cache.clear()
    monkeypatch.setattr(connection, "transport_override", httpx.WSGITransport(app=sim))
    return sim


@pytest.fixture
def wired_sim(monkeypatch, sim):
    return wire(monkeypatch, sim)


def form_data(**overrides):
    data = {
        "product": "psa",
        "url": SIM_URL,
        "tenant": "",
        "auth_url": "",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "all",
        "default_tickettype_id": "",
    }
    return {**data, **overrides}


def change_url(saved):
    return reverse("admin:halo_integration_haloconnection_change", args=[saved.pk])


def test_working_connection_is_saved_with_encrypted_secret_and_agent(
    portal_admin_client, wired_sim
):
    response = portal_admin_client.post(ADD_URL, form_data(url=SIM_URL + "/api/", product="itsm"))

    assert response.status_code == 302
    saved = HaloConnection.objects.get()
    assert saved.url == SIM_URL  # normalised as halo_connect stores it
    assert saved.product == "itsm"
    assert saved.client_secret == CLIENT_SECRET
    assert CLIENT_SECRET not in saved.client_secret_encrypted
    assert saved.api_agent_name == "Portal API"
    assert saved.verified_at is not None


def test_saving_is_audited_without_the_secret(portal_admin_client, wired_sim):
    portal_admin_client.post(ADD_URL, form_data())

    event = AuditEvent.objects.get(action="connection.change")
    assert (event.channel, event.outcome, event.actor_email) == (
        "admin",
        "done",
        "admin@acme.example",
    )
    assert event.params["credentials_changed"] is True
    assert CLIENT_SECRET not in str(event.params)


def refused(response):
    """The reason the form gives, and proof nothing was saved."""
    assert response.status_code == 200
    assert not HaloConnection.objects.exists()
    assert not AuditEvent.objects.filter(action="connection.change").exists()
    assert CLIENT_SECRET.encode() not in response.content
    return " ".join(response.context["adminform"].form.non_field_errors())


def test_wrong_secret_is_refused_with_the_reason(portal_admin_client, wired_sim):
    response = portal_admin_client.post(ADD_URL, form_data(client_secret="not-the-secret"))

    reason = refused(response)
    assert reason.startswith("Not saved:")
    assert "client id or client secret" in reason
    assert b"not-the-secret" not in response.content


def test_wrong_tenant_is_refused_with_the_reason(portal_admin_client, monkeypatch):
    wire(monkeypatch, HaloSimulator(seed=True, base_url=SIM_URL, tenant="acme"))

    response = portal_admin_client.post(ADD_URL, form_data(tenant="globex"))

    assert "wrong or missing tenant" in refused(response)


def test_right_tenant_on_hosted_halo_is_saved(portal_admin_client, monkeypatch):
    wire(monkeypatch, HaloSimulator(seed=True, base_url=SIM_URL, tenant="acme"))

    response = portal_admin_client.post(ADD_URL, form_data(tenant="acme"))

    assert response.status_code == 302
    assert HaloConnection.objects.get().tenant == "acme"


def test_unreachable_halo_is_refused_with_the_reason(portal_admin_client, monkeypatch):
    monkeypatch.setattr(connection, "transport_override", None)

    response = portal_admin_client.post(ADD_URL, form_data(url="http://127.0.0.1:9"))

    assert "cannot reach" in refused(response)


def test_missing_scope_is_refused_with_the_reason(portal_admin_client, monkeypatch):
    clients = {CLIENT_ID: (CLIENT_SECRET, "read:assets")}
    wire(monkeypatch, HaloSimulator(seed=True, base_url=SIM_URL, clients=clients))

    response = portal_admin_client.post(ADD_URL, form_data(scope="read:assets"))

    reason = refused(response)
    assert "may not read tickets" in reason
    assert "missing scope" in reason


def test_non_http_url_is_refused_before_asking_halo(portal_admin_client, wired_sim):
    response = portal_admin_client.post(ADD_URL, form_data(url="ftp://halo.test"))

    assert response.status_code == 200
    assert "url" in response.context["adminform"].form.errors
    assert wired_sim.requests == []


def test_secret_is_required_for_a_new_connection(portal_admin_client, wired_sim):
    response = portal_admin_client.post(ADD_URL, form_data(client_secret=""))

    assert response.status_code == 200
    assert "client_secret" in response.context["adminform"].form.errors
    assert not HaloConnection.objects.exists()


def test_secret_never_appears_in_a_rendered_page(portal_admin_client, monkeypatch):
    clients = {CLIENT_ID: (LONG_SECRET, "all")}
    wire(monkeypatch, HaloSimulator(seed=True, base_url=SIM_URL, clients=clients))
    portal_admin_client.post(ADD_URL, form_data(client_secret=LONG_SECRET))
    saved = HaloConnection.objects.get()
    pages = [
        change_url(saved),
        reverse("admin:halo_integration_haloconnection_changelist"),
        reverse("admin:halo_integration_haloconnection_history", args=[saved.pk]),
        reverse("admin:halo_integration_haloconnection_test", args=[saved.pk]),
        reverse("admin:halo_integration_auditevent_changelist"),
    ]

    for url in pages:
        response = portal_admin_client.get(url)
        assert response.status_code == 200, url
        assert LONG_SECRET.encode() not in response.content, url
        assert saved.client_secret_encrypted.encode() not in response.content, url
    change_page = portal_admin_client.get(change_url(saved)).content.decode()
    assert 'placeholder="••••••••7d3f"' in change_page  # masked: its last 4 characters at most


def test_blank_secret_on_edit_keeps_the_stored_one(portal_admin_client, halo_connected):
    response = portal_admin_client.post(
        change_url(halo_connected), form_data(client_secret="", scope="all", tenant="")
    )

    assert response.status_code == 302
    saved = HaloConnection.objects.get()
    assert saved.client_secret == CLIENT_SECRET
    assert saved.api_agent_name == "Portal API"
    assert saved.verified_at is not None


def test_edit_with_a_wrong_new_secret_keeps_the_old_connection(portal_admin_client, halo_connected):
    before = halo_connected.client_secret_encrypted

    response = portal_admin_client.post(
        change_url(halo_connected), form_data(client_secret="wrong")
    )

    assert response.status_code == 200
    assert "client id or client secret" in " ".join(
        response.context["adminform"].form.non_field_errors()
    )
    assert HaloConnection.objects.get().client_secret_encrypted == before


def test_only_one_connection_can_exist(portal_admin_client, halo_connected):
    assert portal_admin_client.get(ADD_URL).status_code == 403


def test_test_connection_reports_token_reads_agent_and_matching_users(
    portal_admin_client, halo_connected, employee, unknown_employee
):
    response = portal_admin_client.get(
        reverse("admin:halo_integration_haloconnection_test", args=[halo_connected.pk])
    )

    assert response.status_code == 200
    result = response.context["result"]
    assert result.ok and result.token_obtained
    assert result.scope == "all"
    assert result.agent_name == "Portal API"
    assert {"tickets", "users"} <= set(result.working)
    # emma.jones is a Halo end user; nobody@ and the admin's own address are not
    ids = result.identities
    assert (ids.matched, ids.not_matched, ids.checked, ids.total) == (1, 2, 3, 3)
    page = response.content.decode()
    assert "The connection works." in page
    assert "Portal API" in page
    assert "1 matched, 2 not matched, of 3 checked." in page
    halo_connected.refresh_from_db()
    assert halo_connected.api_agent_name == "Portal API"
    assert halo_connected.verified_at is not None


def test_test_connection_says_when_it_only_checked_some_users(
    portal_admin_client, halo_connected, employee, unknown_employee, monkeypatch
):
    monkeypatch.setattr(admin_views, "IDENTITY_CHECK_LIMIT", 2)

    response = portal_admin_client.get(
        reverse("admin:halo_integration_haloconnection_test", args=[halo_connected.pk])
    )

    assert response.context["result"].identities.checked == 2
    assert "Only the first 2 of 3 active users" in response.content.decode()


def test_test_connection_reports_refused_reads(portal_admin_client, monkeypatch):
    scopes = "read:tickets read:customers"
    sim = HaloSimulator(seed=True, base_url=SIM_URL, clients={CLIENT_ID: (CLIENT_SECRET, scopes)})
    wire(monkeypatch, sim)
    saved = HaloConnection(url=SIM_URL, client_id=CLIENT_ID, scope=scopes)
    saved.client_secret = CLIENT_SECRET
    saved.save()

    response = portal_admin_client.get(
        reverse("admin:halo_integration_haloconnection_test", args=[saved.pk])
    )

    result = response.context["result"]
    assert result.ok
    assert result.scope == scopes
    assert "assets" in result.refused and "tickets" in result.working


def test_test_connection_when_halo_is_down(portal_admin_client, halo_connected, sim):
    sim.faults.down = True

    response = portal_admin_client.get(
        reverse("admin:halo_integration_haloconnection_test", args=[halo_connected.pk])
    )

    result = response.context["result"]
    assert not result.ok and not result.token_obtained
    assert result.identities is None
    assert "The connection does not work" in response.content.decode()
    halo_connected.refresh_from_db()
    assert halo_connected.verified_at is None


def test_test_connection_with_a_secret_halo_no_longer_accepts(portal_admin_client, halo_connected):
    halo_connected.client_secret = "rotated-away-in-halo"
    halo_connected.save()

    response = portal_admin_client.get(
        reverse("admin:halo_integration_haloconnection_test", args=[halo_connected.pk])
    )

    result = response.context["result"]
    assert not result.token_obtained
    assert "client id or client secret" in result.error
    assert CLIENT_SECRET.encode() not in response.content


def test_change_page_links_to_test_connection(portal_admin_client, halo_connected):
    page = portal_admin_client.get(change_url(halo_connected)).content.decode()

    assert reverse("admin:halo_integration_haloconnection_test", args=[halo_connected.pk]) in page
    assert CLIENT_SECRET not in page
