"""The console is for portal admins only: anyone else gets 403 on every URL, GET and POST, and
the attempt is audited; nothing reaches Halo."""

from __future__ import annotations

import pytest
from django.urls import reverse

from halo_integration.models import AuditEvent
from tests.fixtures.halo import api_posts
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db

CONSOLE_URLS = [
    reverse("console-home"),
    reverse("console-tickets"),
    reverse("console-site-field") + "?client_id=12",
    reverse("console-ticket-new"),
    reverse("console-requester-fields") + "?client_id=12",
    reverse("console-ticket", args=[3115]),
    reverse("console-ticket-update", args=[3115]),
    reverse("console-ticket-note", args=[3115]),
    reverse("console-ticket-resolve", args=[3115]),
    reverse("console-lookup", args=["customers"]),
    reverse("console-customer", args=[12]),
    reverse("console-reference"),
    reverse("console-reference-refresh"),
]
WRITES = {
    reverse("console-ticket-new"): {"client_id": "12", "summary": "x", "tickettype_id": "1"},
    reverse("console-ticket-update", args=[3115]): {"priority_id": "1"},
    reverse("console-ticket-note", args=[3115]): {"note": "sneaky", "hiddenfromuser": "on"},
    reverse("console-ticket-resolve", args=[3115]): {"note": "done"},
    reverse("console-reference-refresh"): {},
}


@pytest.mark.parametrize("url", CONSOLE_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_an_employee_gets_403_on_every_console_url_and_it_is_audited(
    employee_client, halo_connected, sim, url, method
):
    response = getattr(employee_client, method)(url, WRITES.get(url, {}))

    assert response.status_code == 403
    event = AuditEvent.objects.get()
    assert (event.action, event.channel, event.outcome, event.decision) == (
        "console.access",
        "console",
        "denied",
        "denied",
    )
    assert event.reason == "not a portal admin"
    assert event.params == {"path": url.split("?")[0]}
    assert event.actor_email == "emma.jones@acme.example"
    assert sim.requests == []  # not even a read reached Halo


def test_an_employee_htmx_request_is_refused_too(employee_client, halo_connected, sim):
    response = employee_client.post(
        reverse("console-ticket-note", args=[3115]), {"note": "x"}, headers=HX
    )

    assert response.status_code == 403
    assert api_posts(sim) == []
    assert AuditEvent.objects.filter(action="console.access").count() == 1


def test_a_staff_account_that_was_deactivated_is_signed_out(
    client, portal_admin, halo_connected, sim
):
    client.force_login(portal_admin)
    portal_admin.is_active = False
    portal_admin.save()

    response = client.get(reverse("console-home"))

    # Django's auth backend no longer loads an inactive user from the session, so the visitor is
    # anonymous: sent to sign in before the console's admin check (and its audit) ever runs.
    assert response.status_code == 302
    assert response["Location"] == reverse("login") + "?next=" + reverse("console-home")
    assert AuditEvent.objects.count() == 0
    assert sim.requests == []


def test_signed_out_visitors_are_sent_to_sign_in(client, db):
    response = client.get(reverse("console-tickets"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_an_admin_gets_the_console_home_with_pending_approvals_and_admin_links(
    admin_client, employee, halo_connected
):
    from halo_integration.models import ApprovalRequest

    for status in ("pending", "pending", "approved"):
        ApprovalRequest.objects.create(
            requested_by=employee, action="add_note", params={}, channel="web", status=status
        )

    response = admin_client.get(reverse("console-home"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "2 requests are waiting for an admin" in html
    for path in (
        "/admin/halo_integration/haloconnection/",
        "/admin/halo_integration/actionpolicy/",
        "/admin/halo_integration/approvalrequest/",
        "/admin/halo_integration/auditevent/",
    ):
        assert f'href="{path}' in html
    assert AuditEvent.objects.filter(action="console.access").count() == 0
