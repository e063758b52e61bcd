"""Ticket search across every customer: filters, paging over Halo's record_count, the site
select that follows the customer, htmx partials, bad input and Halo down."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.fixtures.halo import api_gets
from tests.fixtures.web import HX, hx

pytestmark = pytest.mark.django_db

URL = reverse("console-tickets")
ACME = 12


def acme_open_count(sim):
    closed = {9, 10}
    return sum(
        1
        for t in sim.store.tickets.values()
        if t["client_id"] == ACME and t["status_id"] not in closed
    )


def test_admin_searches_a_customers_open_tickets_with_paging(admin_client, halo_connected, sim):
    total = acme_open_count(sim)
    assert total > 100  # the seed's promise: more than one Halo page

    response = admin_client.get(URL, {"client_id": ACME, "state": "open", "page_size": 100})

    assert response.status_code == 200
    html = response.content.decode()
    assert f"{total} results" in html
    assert "Page 1 of 2" in html
    assert "Next page" in html and "Previous page" not in html
    assert html.count('href="/console/tickets/3') >= 90  # rows link to the console ticket page
    assert "<html" in html and 'id="ticket-results"' in html
    # the filters offer the instance's own lists
    assert ">Acme Inc</option>" in html and ">Warehouse</option>" in html
    assert ">2nd Line Support</option>" in html and ">Incident</option>" in html


def test_page_two_continues_where_halo_page_one_ended(admin_client, halo_connected, sim):
    first = admin_client.get(URL, {"client_id": ACME, "page_size": 100})
    second = admin_client.get(URL, {"client_id": ACME, "page_size": 100, "page": 2})

    assert "Page 2 of 2" in second.content.decode()
    ids_1 = {t.id for t in first.context["tickets"]}
    ids_2 = {t.id for t in second.context["tickets"]}
    assert len(ids_1) == 100
    assert len(ids_1) + len(ids_2) == acme_open_count(sim)
    assert not ids_1 & ids_2
    assert "Previous page" in second.content.decode()
    query = api_gets(sim, "/api/Tickets")[-1].query
    assert (query["page_no"], query["page_size"], query["client_id"]) == ("2", "100", "12")


def test_htmx_search_returns_only_the_results(admin_client, halo_connected, sim):
    response = admin_client.get(URL, {"client_id": ACME, "page": 2}, headers=hx("ticket-results"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<section id="ticket-results"')
    assert "Page 2 of" in html
    # the count is announced in the live region
    assert re.search(r'id="console-status" hx-swap-oob="innerHTML">\d+ results · Page 2 of', html)
    assert '<div id="console-alert" hx-swap-oob="innerHTML"></div>' in html  # old alerts go
    assert "HX-Request" in response["Vary"]


def test_filters_are_sent_to_halo(admin_client, halo_connected, sim):
    response = admin_client.get(
        URL,
        {
            "client_id": ACME,
            "site_id": 32,
            "tickettype_id": 1,
            "status_id": 2,
            "priority_id": 3,
            "team_id": 6,
            "agent_id": 6,
            "state": "all",
            "search": "printer",
        },
    )

    assert response.status_code == 200
    query = api_gets(sim, "/api/Tickets")[-1].query
    assert query["client_id"] == "12" and query["site_id"] == "32"
    assert query["status_id"] == "2" and query["agent_id"] == "6"
    assert query["search"] == "printer"
    assert "open_only" not in query and "closed_only" not in query


def test_closed_only_lists_closed_tickets(admin_client, halo_connected):
    response = admin_client.get(URL, {"client_id": ACME, "state": "closed"})

    tickets = response.context["tickets"]
    assert tickets and all(t.is_closed for t in tickets)
    assert "closed</span>" in response.content.decode()


def test_a_user_filter_from_the_lookups_narrows_to_that_requester(admin_client, halo_connected):
    response = admin_client.get(URL, {"user_id": 201, "state": "all"})

    assert {t.user_id for t in response.context["tickets"]} == {201}
    assert "Only tickets requested by user #201" in response.content.decode()


def test_bad_filters_show_form_errors_and_ask_halo_for_no_tickets(
    admin_client, halo_connected, sim
):
    response = admin_client.get(URL, {"client_id": "acme", "page_size": 7})

    assert response.status_code == 200
    form = response.context["form"]
    assert "client_id" in form.errors and "page_size" in form.errors
    assert "Some filters are not valid" in response.content.decode()
    assert api_gets(sim, "/api/Tickets") == []


def test_the_site_select_follows_the_customer(admin_client, halo_connected):
    response = admin_client.get(reverse("console-site-field"), {"client_id": ACME}, headers=HX)

    html = response.content.decode()
    assert html.lstrip().startswith('<div id="site-field">')
    assert ">HQ</option>" in html and ">Warehouse</option>" in html
    assert "Springfield Campus" not in html  # Globex's site


def test_the_site_select_is_empty_without_a_customer(admin_client, halo_connected, sim):
    response = admin_client.get(reverse("console-site-field"))

    assert response.status_code == 200
    assert "<option" in response.content.decode()
    assert api_gets(sim, "/api/Site") == []


def test_halo_down_answers_503(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.get(URL, {"client_id": ACME})

    assert response.status_code == 503
    assert "Halo is unavailable right now" in response.content.decode()


def test_halo_down_for_htmx_shows_the_notice_in_the_alert_region(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.get(URL, {"page": 2}, headers=hx("ticket-results"))

    # htmx swaps only 2xx answers, so the notice comes as 200, retargeted to the alert region.
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#console-alert"
    assert response["HX-Reswap"] == "innerHTML"
    assert "Halo is unavailable right now" in response.content.decode()


def test_a_page_past_the_last_shows_the_last_page(admin_client, halo_connected, sim):
    response = admin_client.get(URL, {"client_id": ACME, "page_size": 100, "page": 999})

    html = response.content.decode()
    assert "Page 999" not in html
    assert "Page 2 of 2" in html and "Next page" not in html
    assert response.context["tickets"]  # the last page's rows, not an empty table
