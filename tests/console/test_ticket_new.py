"""Creating a ticket for any customer, site and user, with the instance's own type, priority,
team and agent; the site and user selects that follow the customer; bad input; Halo down."""

from __future__ import annotations

import pytest
from django.urls import reverse

from halo_integration.models import ActionPolicy, ApprovalRequest, AuditEvent, PendingWrite
from tests.fixtures.halo import api_posts
from tests.fixtures.web import HX, hx

pytestmark = pytest.mark.django_db

URL = reverse("console-ticket-new")
GOOD = {
    "client_id": "12",
    "site_id": "32",  # Acme's Warehouse
    "user_id": "203",  # Noah Williams, at the Warehouse
    "summary": "Scanner at goods-in is offline",
    "details": "Since this morning.",
    "tickettype_id": "1",  # Incident
    "priority_id": "2",  # High
    "team_id": "11",  # Messaging
    "agent_id": "7",  # Chloe Martin
}


def created(sim):
    return sim.store.tickets[max(sim.store.tickets)]


def test_the_form_offers_the_instances_lists(admin_client, halo_connected):
    response = admin_client.get(URL, {"client_id": 12})

    assert response.status_code == 200
    html = response.content.decode()
    for option in (
        ">Acme Inc</option>",
        ">Globex</option>",
        ">Warehouse</option>",
        ">Incident</option>",
        ">High</option>",
        ">Messaging</option>",
        ">Chloe Martin</option>",
        "Noah Williams (noah.williams@acme.example)",
    ):
        assert option in html
    assert 'value="12" selected' in html
    assert "Springfield Campus" not in html  # sites of the chosen customer only


def test_admin_creates_a_ticket_for_a_customer_site_and_user(admin_client, halo_connected, sim):
    response = admin_client.post(URL, GOOD)

    ticket = created(sim)
    assert response.status_code == 302
    assert response["Location"] == reverse("console-ticket", args=[ticket["id"]])
    assert (ticket["client_id"], ticket["site_id"], ticket["user_id"]) == (12, 32, 203)
    assert (ticket["tickettype_id"], ticket["priority_id"], ticket["agent_id"]) == (1, 2, 7)
    assert ticket["team"] == "Messaging"
    assert ticket["summary"] == "Scanner at goods-in is offline"
    event = AuditEvent.objects.filter(action="create_ticket").get()
    assert (event.channel, event.outcome) == ("console", "done")


def test_htmx_create_redirects_the_browser_to_the_new_ticket(admin_client, halo_connected, sim):
    response = admin_client.post(URL, GOOD, headers=hx("new-ticket-form"))

    assert response.status_code == 200
    assert response["HX-Redirect"] == reverse("console-ticket", args=[created(sim)["id"]])


def test_missing_fields_show_errors_and_nothing_is_sent(admin_client, halo_connected, sim):
    response = admin_client.post(URL, {**GOOD, "summary": "", "client_id": ""})

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"summary", "client_id"}
    assert 'aria-invalid="true"' in response.content.decode()
    assert api_posts(sim) == []


def test_htmx_missing_fields_return_just_the_form_with_errors(admin_client, halo_connected, sim):
    response = admin_client.post(URL, {**GOOD, "summary": ""}, headers=hx("new-ticket-form"))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<form id="new-ticket-form"')
    assert "This field is required." in html
    assert api_posts(sim) == []


def test_an_id_the_instance_does_not_know_is_reported_on_its_field(
    admin_client, halo_connected, sim
):
    response = admin_client.post(URL, {**GOOD, "priority_id": "99"})

    assert response.status_code == 200
    assert "not known on this Halo instance" in response.context["form"].errors["priority_id"][0]
    assert api_posts(sim) == []


def test_the_refresh_button_without_javascript_reloads_lists_and_sends_nothing(
    admin_client, halo_connected, sim
):
    response = admin_client.post(URL, {"client_id": "17", "refresh": "1"})

    html = response.content.decode()
    assert ">Springfield Campus</option>" in html  # Globex's sites now
    assert not response.context["form"].errors
    assert api_posts(sim) == []


def test_requester_fields_follow_customer_and_site(admin_client, halo_connected):
    by_customer = admin_client.get(
        reverse("console-requester-fields"), {"client_id": 12}, headers=HX
    )
    by_site = admin_client.get(
        reverse("console-requester-fields"), {"client_id": 12, "site_id": 32}, headers=HX
    )

    html = by_customer.content.decode()
    assert html.lstrip().startswith('<div id="requester-fields"')
    assert "Emma Jones" in html and "Noah Williams" in html
    site_html = by_site.content.decode()
    assert "Noah Williams" in site_html and "Emma Jones" not in site_html
    assert 'value="32" selected' in site_html


def test_halo_down_keeps_the_ticket_and_says_it_will_be_sent(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.post(URL, GOOD, follow=True)

    write = PendingWrite.objects.get()
    assert (write.action, write.status) == ("create_ticket", "queued")
    assert response.redirect_chain[-1][0] == reverse("console-home")
    html = response.content.decode()
    assert "will be sent to Halo" in html and write.reference in html
    assert api_posts(sim) == []


def test_htmx_halo_down_redirects_to_the_console_home(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.post(URL, GOOD, headers=hx("new-ticket-form"))

    assert response["HX-Redirect"] == reverse("console-home")
    assert PendingWrite.objects.filter(status="queued").count() == 1


def test_the_form_itself_needs_halo(admin_client, halo_connected, sim):
    sim.faults.down = True

    assert admin_client.get(URL).status_code == 503


def test_a_policy_requiring_approval_holds_the_ticket(admin_client, halo_connected, sim):
    ActionPolicy.objects.create(action="create_ticket", audience="both", requires_approval=True)

    response = admin_client.post(URL, GOOD, follow=True)

    approval = ApprovalRequest.objects.get()
    assert "An admin must approve this" in response.content.decode()
    assert f"approval request {approval.pk}" in response.content.decode()
    assert api_posts(sim) == []
