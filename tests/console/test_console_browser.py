"""An admin's day in the console, in a real browser (Debian's Chromium).

Sign in through the real test IdP as a member of the admin group, search a customer's open
tickets across more than one Halo page, create an Incident for a customer and site with a
priority and team from the instance, add a hidden note, reassign it and resolve it. The portal
talks to the Halo simulator over loopback, exactly as it would to a real Halo. Every page is
checked with axe; the ticket search and the ticket page are saved to test-artifacts/.

Needs: Chromium at /usr/bin/chromium, Node.js 20+ with tests/idp (see tests/conftest.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from halo_integration.models import AuditEvent
from tests.browser import assert_accessible, wait_for_htmx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SSO_BUTTON = "Sign in with your company account"
SUMMARY = "Label printer in the warehouse prints blank labels"


def screenshot(page: Page, name: str, *, height: int | None = None) -> None:
    """The whole page, or its top `height` pixels (a list of 100 tickets is very long)."""
    ARTIFACTS.mkdir(exist_ok=True)
    width = page.viewport_size["width"] if page.viewport_size else 1280
    clip = {"x": 0, "y": 0, "width": width, "height": height} if height else None
    page.screenshot(path=str(ARTIFACTS / f"console-{name}.png"), full_page=True, clip=clip)


def test_an_admin_searches_creates_annotates_reassigns_and_resolves(
    page: Page, live_server: Any, sso_with_test_idp: Any, halo_over_loopback: Any, sim: Any
) -> None:
    # Sign in as an IT admin; the console is linked from the header.
    page.goto(live_server.url + "/console/")
    page.get_by_role("button", name=SSO_BUTTON).click()
    page.fill("input[name=login]", "admin")
    page.fill("input[name=password]", "any password works at the test IdP")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/console/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Admin console")
    assert_accessible(page, "console home")

    # Search Acme's open tickets, 100 a page: more than one Halo page, so go to page 2.
    page.get_by_role("navigation", name="Admin console").get_by_role("link", name="Tickets").click()
    page.wait_for_url(live_server.url + "/console/tickets/")
    page.get_by_label("Customer").select_option(label="Acme Inc")
    expect(page.locator("#id_site_id")).to_contain_text("Warehouse")  # htmx: Acme's sites
    page.get_by_label("Open or closed").select_option(label="Open")
    page.get_by_label("Rows per page").select_option("100")
    page.get_by_role("button", name="Search").click()
    results = page.locator("#ticket-results")
    expect(results).to_contain_text("Page 1 of 2")
    expect(page).to_have_url(re.compile(r"client_id=12"))  # the search is in the address bar
    assert_accessible(page, "ticket search")
    screenshot(page, "ticket-search", height=1600)
    results.get_by_role("link", name="Next page").click()
    expect(results).to_contain_text("Page 2 of 2")
    assert results.locator("tbody tr").count() > 0
    assert_accessible(page, "ticket search page 2")

    # Create an Incident for Acme's Warehouse, High, for the Messaging team.
    page.get_by_role("link", name="New ticket").click()
    page.wait_for_url(live_server.url + "/console/tickets/new/")
    assert_accessible(page, "new ticket")
    page.get_by_label("Customer").select_option(label="Acme Inc")
    expect(page.locator("#id_site_id")).to_contain_text("Warehouse")
    wait_for_htmx(page)  # the site list was just swapped in
    page.get_by_label("Site").select_option(label="Warehouse")
    expect(page.locator("#id_user_id")).to_contain_text("Noah Williams")
    expect(page.locator("#id_user_id")).not_to_contain_text("Emma Jones")  # HQ, not Warehouse
    page.get_by_label("User").select_option(label="Noah Williams (noah.williams@acme.example)")
    page.get_by_label("Summary").fill(SUMMARY)
    page.get_by_label("Details").fill("Every label comes out blank since the ribbon change.")
    page.get_by_label("Ticket type").select_option(label="Incident")
    page.get_by_label("Priority").select_option(label="High")
    page.get_by_label("Team").select_option(label="Messaging")
    page.get_by_role("button", name="Create ticket").click()
    page.wait_for_url(re.compile(r"/console/tickets/\d+/$"))
    ticket_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    expect(page.get_by_role("heading", level=1)).to_have_text(SUMMARY)
    expect(page.locator("#messages")).to_contain_text(f"Ticket {ticket_id} created.")
    ticket = sim.store.tickets[ticket_id]
    assert (ticket["client_id"], ticket["site_id"], ticket["user_id"]) == (12, 32, 203)
    assert (ticket["tickettype_id"], ticket["priority_id"], ticket["team"]) == (1, 2, "Messaging")
    assert_accessible(page, "new ticket page")

    # A hidden note: the history reloads and marks it.
    page.get_by_label("Note", exact=True).fill("Ribbon batch 7741 is faulty; supplier contacted.")
    page.get_by_label("Hide from the user (internal note)").check()
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("#ticket-note")).to_contain_text(f"Note added to ticket {ticket_id}.")
    hidden = page.locator(".console-hidden-note", has_text="Ribbon batch 7741")
    expect(hidden).to_contain_text("Hidden from user")
    assert sim.store.actions[ticket_id][-1]["hiddenfromuser"] is True
    assert_accessible(page, "ticket after note")

    # Reassign to 2nd Line Support and Daniel Kim.
    update = page.locator("#ticket-update")
    update.get_by_label("Team").select_option(label="2nd Line Support")
    update.get_by_label("Agent").select_option(label="Daniel Kim")
    update.get_by_role("button", name="Save changes").click()
    expect(update).to_contain_text(f"Ticket {ticket_id} updated.")
    facts = page.locator(".console-facts")
    expect(facts).to_contain_text("2nd Line Support")
    expect(facts).to_contain_text("Daniel Kim")
    assert sim.store.tickets[ticket_id]["team"] == "2nd Line Support"
    assert sim.store.tickets[ticket_id]["agent_id"] == 6
    assert_accessible(page, "ticket after update")

    # Resolve, through the confirmation page.
    page.get_by_role("button", name="Resolve…").click()
    page.wait_for_url(re.compile(rf"/console/tickets/{ticket_id}/resolve/$"))
    assert_accessible(page, "resolve confirmation")
    page.get_by_label("Resolution note").fill("New ribbon batch fitted; labels print again.")
    page.get_by_role("button", name="Yes, resolve the ticket").click()
    page.wait_for_url(re.compile(rf"/console/tickets/{ticket_id}/$"))
    expect(page.locator("#ticket-live")).to_contain_text("This ticket is closed.")
    expect(page.get_by_role("button", name="Resolve…")).to_have_count(0)
    assert sim.store.tickets[ticket_id]["status_id"] == 9
    assert_accessible(page, "resolved ticket")
    screenshot(page, "ticket")

    events = AuditEvent.objects.filter(channel="console", actor_email="it.admin@acme.example")
    assert {"create_ticket", "add_note", "update_ticket", "resolve_ticket"} <= set(
        events.values_list("action", flat=True)
    )
