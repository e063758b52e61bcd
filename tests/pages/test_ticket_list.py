"""My tickets (/tickets/): the page, its htmx partial, filters, search, paging and problems."""

from __future__ import annotations

import re

import pytest

from portal.views import tickets
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db


def test_my_tickets_lists_my_open_tickets_newest_activity_first(emma):
    response = emma.get("/tickets/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" in page and 'id="ticket-search"' in page and 'href="/tickets/new/"' in page
    # Emma's open tickets, by last activity; closed ones and Liam's are not here.
    assert page.index("#3131") < page.index("#3115") < page.index("#3089") < page.index("#3042")
    assert "#3018" not in page and "#3150" not in page and "#3120" not in page
    assert 'href="/tickets/3115/"' in page and "Outlook keeps asking for my password" in page
    assert "In Progress" in page and "Medium" in page and "Chloe Martin" in page
    # one machine-readable last-activity time per row, in UTC ISO 8601
    times = re.findall(r'<time datetime="([^"]*)"', page)
    assert len(times) == 4
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", t) for t in times), times
    assert 'id="tab-open" href="/tickets/?state=open"' in page.replace("\n", "")
    assert 'aria-current="page">Open</a>' in page


def test_an_htmx_request_gets_only_the_results_region(emma):
    response = emma.get("/tickets/?state=open", headers=HX)

    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page and 'id="ticket-search"' not in page
    assert "#3115" in page and 'name="state" value="open" form="ticket-search"' in page
    assert "HX-Request" in response["Vary"]


def test_closed_and_all_tabs(emma):
    closed = emma.get("/tickets/?state=closed", headers=HX).content.decode()
    everything = emma.get("/tickets/?state=all", headers=HX).content.decode()

    assert "#3018" in closed and "#3150" in closed and "#3115" not in closed
    assert "#3018" in everything and "#3115" in everything
    assert 'aria-current="page">Closed</a>' in closed.replace("\n", "").replace("  ", "")


def test_search_finds_my_tickets_by_text_and_keeps_the_tab(emma):
    response = emma.get("/tickets/?state=all&q=vpn")

    page = response.content.decode()
    assert "#3042" in page and "#3018" in page and "#3115" not in page
    assert 'value="vpn"' in page  # the search box keeps what was typed
    assert "/tickets/?state=closed&amp;q=vpn" in page  # tabs keep the search


def test_a_search_without_hits_says_so(emma):
    page = emma.get("/tickets/?q=zebra", headers=HX).content.decode()

    assert "None of your tickets match “zebra”." in page


def test_paging_shows_page_x_of_y_with_previous_and_next(emma, monkeypatch):
    monkeypatch.setattr(tickets, "PAGE_SIZE", 3)

    first = emma.get("/tickets/?state=all").content.decode()
    second = emma.get("/tickets/?state=all&page=2", headers=HX).content.decode()

    assert "Page 1 of 3" in first and 'href="/tickets/?state=all&amp;page=2"' in first
    assert 'id="page-previous"' not in first
    assert "Page 2 of 3" in second and 'id="page-previous"' in second and 'id="page-next"' in second


def test_a_malformed_filter_falls_back_to_open_tickets(emma):
    response = emma.get("/tickets/?state=bogus&page=-4")

    assert response.status_code == 200
    assert "#3115" in response.content.decode()


def test_a_ticket_waiting_for_halo_is_shown_at_the_top_with_its_reference(emma, sim):
    sim.faults.down = True
    emma.post("/tickets/new/", {"summary": "Docking station is dead", "details": "No power"})
    sim.faults.down = False

    page = emma.get("/tickets/").content.decode()

    assert "Waiting for Halo" in page and "Docking station is dead" in page
    assert "reference PRT-" in page
    assert page.index("Docking station is dead") < page.index("#3131")


def test_halo_down_gives_the_503_page(emma, sim):
    sim.faults.down = True

    response = emma.get("/tickets/")

    assert response.status_code == 503
    assert "Halo is unavailable right now" in response.content.decode()
    assert 'href="/tickets/"' in response.content.decode()  # try again


def test_halo_down_during_an_htmx_search_says_so_in_the_messages_region(emma, sim):
    sim.faults.down = True

    response = emma.get("/tickets/?q=vpn", headers=HX)

    assert response.status_code == 200  # htmx 2 would not swap a 503
    assert response["HX-Retarget"] == "#messages"
    assert response["HX-Push-Url"] == "false"
    assert "Halo is unavailable" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_an_employee_unknown_to_halo_gets_the_not_set_up_page(nobody):
    response = nobody.get("/tickets/")

    page = response.content.decode()
    assert response.status_code == 403
    assert "Your account is not set up in Halo yet" in page
    assert "nobody@acme.example" in page and "ask IT" in page


def test_signed_out_visitors_are_sent_to_sign_in(client, halo_connected):
    response = client.get("/tickets/?state=closed")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/tickets/")


def test_signed_out_htmx_requests_get_a_client_redirect(client, halo_connected):
    response = client.get(
        "/tickets/?q=vpn", headers={**HX, "HX-Current-URL": "http://testserver/tickets/"}
    )

    assert response["HX-Redirect"].startswith("/accounts/login/?next=/tickets/")
    assert "<html" not in response.content.decode()


def test_requests_waiting_for_approval_and_their_outcome_are_shown(
    client, employee, portal_admin, halo_connected, sim
):
    from halo_integration import actions
    from halo_integration.models import ActionPolicy, ApprovalRequest

    ActionPolicy.objects.create(action="create_ticket", audience="both", requires_approval=True)
    client.force_login(employee)
    actions.run_action(
        actor=employee, name="create_ticket", params={"summary": "Second screen"}, channel="web"
    )
    actions.run_action(
        actor=employee, name="create_ticket", params={"summary": "Gaming chair"}, channel="web"
    )

    html = client.get("/tickets/").content.decode()
    assert "Waiting for approval" in html and "Second screen" in html

    first, second = ApprovalRequest.objects.order_by("created_at")
    done = actions.approve(first, admin=portal_admin)
    actions.reject(second, admin=portal_admin, reason="Not in the budget")
    html = client.get("/tickets/").content.decode()
    assert "Approved and done" in html and f"/tickets/{done.ticket_id}/" in html
    assert "Not approved" in html and "Not in the budget" in html


def test_a_page_past_the_last_says_so_and_links_page_one(emma):
    page = emma.get("/tickets/?state=all&page=999").content.decode()

    assert "You have no tickets yet" not in page
    assert "There is nothing on page 999." in page
    assert 'id="page-first" href="/tickets/?state=all"' in page
