"""Requests an admin must approve, as the employee and the approver see them: one request per
ticket however often it is asked, shown on the ticket page, with the ticket named for the admin."""

from __future__ import annotations

import pytest

from halo_integration import actions
from halo_integration.models import ActionPolicy, ApprovalRequest

pytestmark = pytest.mark.django_db

CHANGE = "/admin/halo_integration/approvalrequest/{}/change/"
CHANGELIST = "/admin/halo_integration/approvalrequest/"


@pytest.fixture
def resolving_needs_approval(db):
    ActionPolicy.objects.create(action="resolve_ticket", audience="both", requires_approval=True)


def resolve(client, ticket_id, note=""):
    return client.post(f"/tickets/{ticket_id}/resolve/", {"note": note})


def pending(action="resolve_ticket"):
    return ApprovalRequest.objects.filter(action=action, status="pending")


def test_resolving_the_same_ticket_twice_makes_one_request(emma, resolving_needs_approval):
    resolve(emma, 3115, "Works again")
    second = resolve(emma, 3115, "Works again, really")

    assert pending().count() == 1
    assert second.status_code == 302  # back to the ticket, told it is already waiting
    page = emma.get("/tickets/3115/").content.decode()
    assert "already waiting for an admin" in page


def test_the_ticket_page_shows_waiting_then_rejected(emma, resolving_needs_approval, portal_admin):
    resolve(emma, 3115, "Works again")

    waiting = emma.get("/tickets/3115/").content.decode()
    actions.reject(pending().get(), admin=portal_admin, reason="Chloe is still testing it")
    rejected = emma.get("/tickets/3115/").content.decode()
    other = emma.get("/tickets/3042/").content.decode()

    assert 'id="ticket-approvals"' in waiting and "Waiting for approval" in waiting
    assert "Resolving ticket #3115" in waiting
    assert "Not approved" in rejected and "Chloe is still testing it" in rejected
    assert 'id="ticket-approvals"' not in other  # only this ticket's requests


def test_approving_one_closing_request_withdraws_the_others(
    employee, halo_connected, resolving_needs_approval, portal_admin, sim
):
    mine = actions.run_action(
        actor=employee,
        name="resolve_ticket",
        params={"ticket_id": 3115},
        channel="web",
        self_service=True,
    )
    again = ApprovalRequest.objects.create(
        requested_by=employee,
        action="resolve_ticket",
        params={"ticket_id": 3115, "note": "x"},
        channel="ask",
    )  # a twin made before requests were merged

    actions.approve(ApprovalRequest.objects.get(pk=mine.approval_id), admin=portal_admin)

    again.refresh_from_db()
    assert again.status == "rejected" and again.outcome == "withdrawn"
    assert not pending().exists()
    assert sim.store.is_closed_status(sim.store.tickets[3115]["status_id"])


def test_a_request_to_close_a_ticket_closed_meanwhile_goes(emma, resolving_needs_approval, sim):
    resolve(emma, 3115, "Works again")
    sim.store.apply_status(sim.store.tickets[3115], 9, sim.clock())  # an agent closed it in Halo

    page = emma.get("/tickets/3115/").content.decode()

    assert not pending().exists()
    assert "No longer needed" in page and "already closed" in page


def test_the_approver_sees_the_tickets_title_and_a_link(
    client, emma, resolving_needs_approval, portal_admin
):
    resolve(emma, 3115, "Works again")
    approval = pending().get()
    client.force_login(portal_admin)

    page = client.get(CHANGE.format(approval.pk)).content.decode()
    queue = client.get(CHANGELIST).content.decode()

    assert '<a href="/console/tickets/3115/">#3115 Outlook keeps asking for my password</a>' in page
    assert '<a href="/console/tickets/3115/">#3115</a>' in queue
