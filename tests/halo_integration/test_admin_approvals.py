"""The approval queue in Django admin: pending first, read-only, Approve runs the action once,
Reject needs a reason. Requests are made through actions.run_action, as the portal makes them."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from halo_integration import actions
from halo_integration.models import ActionPolicy, ApprovalRequest, AuditEvent
from tests.fixtures.halo import ticket_posts

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/halo_integration/approvalrequest/"


def ask(actor, summary):
    """An employee asks for a ticket while tickets need an admin's approval."""
    ActionPolicy.objects.update_or_create(
        action="create_ticket",
        defaults={"enabled": True, "audience": "both", "requires_approval": True},
    )
    result = actions.run_action(
        actor=actor, name="create_ticket", params={"summary": summary}, channel="web"
    )
    assert result.status == "approval_required"
    return ApprovalRequest.objects.get(pk=result.approval_id)


def url(view, approval):
    return reverse(f"admin:halo_integration_approvalrequest_{view}", args=[approval.pk])


def texts(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_approve_runs_the_action_once(portal_admin_client, halo_connected, sim, employee):
    approval = ask(employee, "New monitor please")

    first = portal_admin_client.post(url("approve", approval), {"reason": "budget ok"})
    second = portal_admin_client.post(url("approve", approval))

    assert first.status_code == second.status_code == 302
    assert first["Location"] == url("change", approval)
    approval.refresh_from_db()
    assert (approval.status, approval.outcome, approval.decision_reason) == (
        "approved",
        "done",
        "budget ok",
    )
    assert len(ticket_posts(sim)) == 1
    assert any(m.startswith("Approved create_ticket") for m in texts(first))
    assert any("already been decided" in m for m in texts(second))


def test_approval_whose_action_fails_says_so(portal_admin_client, halo_connected, sim, employee):
    approval = ask(employee, "Printer jams")
    sim.faults.down = True

    response = portal_admin_client.post(url("approve", approval))

    approval.refresh_from_db()
    assert approval.status == "approved"
    assert approval.outcome == "pending"  # stored, delivered when Halo is back
    assert any(approval.action in m for m in texts(response))


def test_reject_needs_a_reason(portal_admin_client, halo_connected, sim, employee):
    approval = ask(employee, "Admin rights please")

    response = portal_admin_client.post(url("reject", approval), {"reason": "   "})

    approval.refresh_from_db()
    assert approval.status == "pending"
    assert any("give a reason" in m for m in texts(response))


def test_reject_with_a_reason_never_runs_it(portal_admin_client, halo_connected, sim, employee):
    approval = ask(employee, "Admin rights please")

    response = portal_admin_client.post(url("reject", approval), {"reason": "Ask your manager"})

    assert response.status_code == 302
    approval.refresh_from_db()
    assert (approval.status, approval.decision_reason) == ("rejected", "Ask your manager")
    assert ticket_posts(sim) == []
    assert portal_admin_client.post(url("approve", approval)).status_code == 302
    assert ticket_posts(sim) == []
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "rejected"


def test_decisions_are_post_only(portal_admin_client, halo_connected, employee):
    approval = ask(employee, "New monitor please")

    assert portal_admin_client.get(url("approve", approval)).status_code == 405
    assert portal_admin_client.get(url("reject", approval)).status_code == 405
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "pending"


def test_change_page_is_read_only_with_approve_and_reject(
    portal_admin_client, halo_connected, employee
):
    approval = ask(employee, "New monitor please")

    page = portal_admin_client.get(url("change", approval)).content.decode()

    assert 'name="_save"' not in page
    assert f'action="{url("approve", approval)}"' in page
    assert f'action="{url("reject", approval)}"' in page
    assert "New monitor please" in page


def test_decided_request_offers_no_buttons(portal_admin_client, halo_connected, employee):
    approval = ask(employee, "New monitor please")
    portal_admin_client.post(url("reject", approval), {"reason": "no"})

    page = portal_admin_client.get(url("change", approval)).content.decode()

    assert url("approve", approval) not in page


def test_requests_cannot_be_added_edited_or_deleted(portal_admin_client, halo_connected, employee):
    approval = ask(employee, "New monitor please")

    assert portal_admin_client.get(CHANGELIST + "add/").status_code == 403
    portal_admin_client.post(url("change", approval), {"action": "update_ticket"})
    delete = portal_admin_client.post(url("delete", approval), {"post": "yes"})

    assert delete.status_code == 403
    assert ApprovalRequest.objects.get(pk=approval.pk).action == "create_ticket"


def test_queue_lists_pending_first(portal_admin_client, halo_connected, employee):
    older = ask(employee, "Older request")
    decided = ask(employee, "Decided request")
    portal_admin_client.post(url("reject", decided), {"reason": "no"})
    newer = ask(employee, "Newer request")

    response = portal_admin_client.get(CHANGELIST)

    listed = [a.pk for a in response.context["cl"].result_list]
    assert listed == [newer.pk, older.pk, decided.pk]
    assert "summary=Newer request" in response.content.decode()


def test_queue_filters_by_status(portal_admin_client, halo_connected, employee):
    kept = ask(employee, "Still waiting")
    decided = ask(employee, "Decided request")
    portal_admin_client.post(url("reject", decided), {"reason": "no"})

    response = portal_admin_client.get(CHANGELIST, {"status__exact": "pending"})

    assert [a.pk for a in response.context["cl"].result_list] == [kept.pk]


def test_bulk_approve_runs_each_pending_request_once(
    portal_admin_client, halo_connected, sim, employee
):
    first, second = ask(employee, "First"), ask(employee, "Second")
    selected = {"action": "approve_selected", "_selected_action": [first.pk, second.pk]}

    portal_admin_client.post(CHANGELIST, {**selected, "index": "0"})
    portal_admin_client.post(CHANGELIST, {**selected, "index": "0"})

    assert set(ApprovalRequest.objects.values_list("status", flat=True)) == {"approved"}
    assert len(ticket_posts(sim)) == 2


def test_bulk_reject_asks_for_a_reason_first(portal_admin_client, halo_connected, sim, employee):
    first, second = ask(employee, "First"), ask(employee, "Second")
    selected = {"action": "reject_selected", "_selected_action": [first.pk, second.pk]}

    asked = portal_admin_client.post(CHANGELIST, {**selected, "index": "0"})
    blank = portal_admin_client.post(CHANGELIST, {**selected, "reject_reason_given": "yes"})
    done = portal_admin_client.post(
        CHANGELIST, {**selected, "reject_reason_given": "yes", "reason": "Not this quarter"}
    )

    assert asked.status_code == 200 and "First" in asked.content.decode()
    assert blank.status_code == 200  # the reason page again, with its error
    assert done.status_code == 302
    assert set(ApprovalRequest.objects.values_list("decision_reason", flat=True)) == {
        "Not this quarter"
    }
    assert ticket_posts(sim) == []
    assert AuditEvent.objects.filter(action="approval.reject").count() == 2


def test_staff_who_may_only_view_cannot_decide(client, halo_connected, employee):
    viewer = get_user_model().objects.create_user(
        username="viewer@acme.example", email="viewer@acme.example", is_staff=True
    )
    viewer.user_permissions.add(Permission.objects.get(codename="view_approvalrequest"))
    client.force_login(viewer)
    approval = ask(employee, "New monitor please")

    assert client.get(url("change", approval)).status_code == 200
    assert url("approve", approval) not in client.get(url("change", approval)).content.decode()
    assert client.post(url("approve", approval)).status_code == 403
    assert client.post(url("reject", approval), {"reason": "no"}).status_code == 403
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "pending"
