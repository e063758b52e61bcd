"""Look-ups of Halo's directory, searchable and paged and linked to each other, and the
customer page with its sites, contracts, assets and open tickets."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.fixtures.halo import api_gets
from tests.fixtures.web import hx

pytestmark = pytest.mark.django_db

# entity -> (something its first page shows, a link it carries)
EXPECTED = {
    "customers": ("Acme Inc", 'href="/console/customers/12/"'),
    "sites": ("Warehouse", "/console/lookup/users/?client_id=12&amp;site_id=32"),
    "users": ("emma.jones@acme.example", "/console/tickets/?state=open&amp;user_id=201"),
    "agents": ("Chloe Martin", "/console/tickets/?state=open&amp;agent_id=7"),
    "teams": ("2nd Line Support", "/console/tickets/?state=open&amp;team_id=6"),
    "assets": ("AC-2219", 'href="/console/customers/12/"'),
    "contracts": ("ACME-MSA-2026", 'href="/console/customers/12/"'),
    "kb_articles": ("How to connect to the VPN from home", "vpn,remote"),
    "appointments": ("Remote session: Outlook password prompts", 'href="/console/tickets/3115/"'),
    "invoices": ("INV-004500", 'href="/console/customers/12/"'),
    "reports": ("Open tickets by customer", "Service Desk"),
}


@pytest.mark.parametrize("entity", sorted(EXPECTED))
def test_every_lookup_lists_its_records_with_links(admin_client, halo_connected, entity):
    text, link = EXPECTED[entity]

    response = admin_client.get(reverse("console-lookup", args=[entity]))

    html = response.content.decode()
    assert response.status_code == 200
    assert text in html and link in html
    assert "results" in html and "Page 1 of" in html


def test_contracts_show_dates_and_active_state(admin_client, halo_connected, sim):
    response = admin_client.get(reverse("console-lookup", args=["contracts"]), {"search": "ACME"})

    table = response.context["table"]
    assert [str(label) for label in table["columns"]] == [
        "Contract",
        "Customer",
        "Type",
        "Start",
        "End / renewal",
        "Active",
    ]
    by_ref = {row[0].text: row for row in table["rows"]}
    assert by_ref["ACME-MSA-2025"][5].text == "No"  # ended
    assert by_ref["ACME-MSA-2026"][5].text == "Yes"
    assert by_ref["ACME-MSA-2026"][3].when is not None and by_ref["ACME-MSA-2026"][4].when


def test_active_contracts_only(admin_client, halo_connected):
    response = admin_client.get(
        reverse("console-lookup", args=["contracts"]), {"active_only": "on"}
    )

    assert {row[5].text for row in response.context["table"]["rows"]} == {"Yes"}


def test_search_and_paging_are_sent_to_halo(admin_client, halo_connected, sim):
    response = admin_client.get(
        reverse("console-lookup", args=["assets"]), {"search": "Laptop", "page": 2}
    )

    assert response.status_code == 200
    # The first call asks for what was asked (a page past the last is then re-read as the last).
    query = api_gets(sim, "/api/Asset")[0].query
    assert (query["search"], query["page_no"]) == ("Laptop", "2")


def test_records_of_one_customer_and_site(admin_client, halo_connected):
    response = admin_client.get(
        reverse("console-lookup", args=["users"]), {"client_id": 12, "site_id": 32}
    )

    emails = {row[1].text for row in response.context["table"]["rows"]}
    assert "noah.williams@acme.example" in emails and "emma.jones@acme.example" not in emails
    assert "Only site #32." in response.content.decode()


def test_htmx_lookup_returns_the_results_only(admin_client, halo_connected):
    response = admin_client.get(
        reverse("console-lookup", args=["customers"]),
        {"search": "glo"},
        headers=hx("lookup-results"),
    )

    html = response.content.decode()
    assert html.lstrip().startswith('<section id="lookup-results"')
    assert "Globex" in html and "Acme Inc" not in html


def test_a_bad_page_number_is_a_form_error_not_a_halo_call(admin_client, halo_connected, sim):
    response = admin_client.get(reverse("console-lookup", args=["customers"]), {"page": "zero"})

    assert response.status_code == 200
    assert "page" in response.context["form"].errors
    assert api_gets(sim, "/api/Client") == []


def test_an_unknown_lookup_is_404(admin_client, halo_connected, sim):
    assert admin_client.get(reverse("console-lookup", args=["tickets"])).status_code == 404
    assert admin_client.get(reverse("console-lookup", args=["passwords"])).status_code == 404
    assert sim.requests == []


def test_lookup_with_halo_down_is_503(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.get(reverse("console-lookup", args=["customers"]))

    assert response.status_code == 503


def test_the_customer_page_links_everything(admin_client, halo_connected, sim):
    response = admin_client.get(reverse("console-customer", args=[12]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Acme Inc</h1>" in html
    for text in ("HQ", "Warehouse", "Remote Workers", "ACME-MSA-2026", "AC-2219"):
        assert text in html
    open_count = response.context["open_count"]
    assert open_count > 100
    assert f"Search all {open_count} open tickets" in html
    assert 'href="/console/tickets/?client_id=12&amp;state=open"' in html
    assert html.count('href="/console/tickets/3') == 10  # the ten most recent open tickets
    assert 'href="/console/tickets/new/?client_id=12"' in html
    assert "/console/lookup/invoices/?client_id=12" in html


def test_a_missing_customer_is_404(admin_client, halo_connected):
    assert admin_client.get(reverse("console-customer", args=[99999])).status_code == 404


def test_the_customer_page_with_halo_down_is_503(admin_client, halo_connected, sim):
    sim.faults.down = True

    assert admin_client.get(reverse("console-customer", args=[12])).status_code == 503


def test_a_lookup_page_past_the_last_shows_the_last_page(admin_client, halo_connected):
    response = admin_client.get(reverse("console-lookup", args=["users"]), {"page": 999})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Page 999" not in html and "Next page" not in html
    assert "Page 2 of 2" in html and "Previous page" in html  # the simulator has two pages
