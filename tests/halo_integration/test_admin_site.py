"""The admin site as a whole: its title, the way back to the portal, staff only, and the
read-only outbox and identity lists."""

from __future__ import annotations

import pytest
from django.urls import reverse

from halo_integration import audit
from halo_integration.models import (
    ActionPolicy,
    ApprovalRequest,
    AuditEvent,
    HaloIdentity,
    PendingWrite,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_admin_page(halo_connected, employee):
    """One URL of each page this app adds to the admin, with a row behind each."""
    event = audit.record(actor=employee, channel="web", action="list_tickets", outcome="done")
    approval = ApprovalRequest.objects.create(
        requested_by=employee, action="create_ticket", channel="web", summary="x"
    )
    write = PendingWrite.objects.create(
        reference="W-1", actor=employee, action="add_note", channel="web"
    )
    identity = HaloIdentity.objects.create(user=employee, email=employee.email, halo_user_id=201)
    policy = ActionPolicy.objects.create(action="add_note", audience="both")

    def admin(name, *args):
        return reverse(f"admin:halo_integration_{name}", args=args)

    return [
        admin("haloconnection_changelist"),
        admin("haloconnection_change", halo_connected.pk),
        admin("haloconnection_test", halo_connected.pk),
        admin("actionpolicy_changelist"),
        admin("actionpolicy_change", policy.pk),
        admin("approvalrequest_changelist"),
        admin("approvalrequest_change", approval.pk),
        admin("approvalrequest_approve", approval.pk),
        admin("approvalrequest_reject", approval.pk),
        admin("auditevent_changelist"),
        admin("auditevent_change", event.pk),
        admin("auditevent_export_csv"),
        admin("auditevent_export_jsonl"),
        admin("auditevent_verify"),
        admin("pendingwrite_changelist"),
        admin("pendingwrite_change", write.pk),
        admin("haloidentity_changelist"),
        admin("haloidentity_change", identity.pk),
    ]


def test_employees_cannot_reach_any_of_it(client, employee, every_admin_page):
    client.force_login(employee)
    approval = ApprovalRequest.objects.get()

    for url in every_admin_page:
        for response in (client.get(url), client.post(url, {"reason": "no"})):
            assert response.status_code == 302, url
            assert response["Location"].startswith("/admin/login/"), url
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "pending"
    assert AuditEvent.objects.count() == 1  # no export was recorded either


def test_anonymous_visitors_cannot_reach_any_of_it(client, every_admin_page):
    for url in every_admin_page:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "login" in response["Location"], url


def test_admin_has_the_portals_title_and_a_way_back(portal_admin_client):
    page = portal_admin_client.get("/admin/").content.decode()

    assert "Self-service portal administration" in page
    assert '<a href="/">View site</a>' in page


def test_outbox_is_listed_read_only(portal_admin_client, employee):
    write = PendingWrite.objects.create(
        reference="W-7Q2X",
        actor=employee,
        action="create_ticket",
        channel="web",
        attempts=3,
        last_error="Halo is unavailable",
    )
    change_url = reverse("admin:halo_integration_pendingwrite_change", args=[write.pk])
    delete_url = reverse("admin:halo_integration_pendingwrite_delete", args=[write.pk])

    page = portal_admin_client.get("/admin/halo_integration/pendingwrite/").content.decode()
    assert "W-7Q2X" in page and "Halo is unavailable" in page
    assert portal_admin_client.get("/admin/halo_integration/pendingwrite/add/").status_code == 403
    assert 'name="_save"' not in portal_admin_client.get(change_url).content.decode()
    portal_admin_client.post(change_url, {"status": "done", "attempts": "0"})
    assert portal_admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    write.refresh_from_db()
    assert (write.status, write.attempts) == ("queued", 3)


def test_identity_can_be_deleted_to_force_a_fresh_match(portal_admin_client, employee):
    identity = HaloIdentity.objects.create(user=employee, email=employee.email, halo_user_id=201)
    change_url = reverse("admin:halo_integration_haloidentity_change", args=[identity.pk])
    delete_url = reverse("admin:halo_integration_haloidentity_delete", args=[identity.pk])

    assert (
        employee.email
        in portal_admin_client.get("/admin/halo_integration/haloidentity/").content.decode()
    )
    portal_admin_client.post(change_url, {"halo_user_id": "999"})
    assert HaloIdentity.objects.get().halo_user_id == 201
    assert portal_admin_client.post(delete_url, {"post": "yes"}).status_code == 302
    assert not HaloIdentity.objects.exists()
