"""The whole employee journey in a real browser (Debian's Chromium), at desktop and phone size.

Sign in through the real test IdP, open a new ticket (seeing KB suggestions and the duplicate
hint on the way), find it in My tickets by searching, add a note, resolve it with a reason and
see it closed and read-only. The portal talks to the Halo simulator over loopback, exactly as
it would to a real Halo. Every page is checked with axe; phone-size screenshots are written to
test-artifacts/ for a human to look at.

Needs: Chromium at /usr/bin/chromium, Node.js 20+ with tests/idp (see tests/conftest.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from halo_integration.models import HaloConnection
from tests.browser import assert_accessible, sign_in_at_idp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SUMMARY = "Projector in meeting room 4 shows no picture"


@pytest.fixture(params=["desktop", "Pixel 7"])
def browser_context_args(
    request: pytest.FixtureRequest, browser_context_args: dict[str, Any], playwright: Any
) -> dict[str, Any]:
    device = {} if request.param == "desktop" else playwright.devices[request.param]
    return {**browser_context_args, **device}


class Journey:
    """Checks run on every page of the journey: axe, and a screenshot at phone size."""

    def __init__(self, page: Page, phone: bool) -> None:
        self.page = page
        self.phone = phone

    def check(self, name: str) -> None:
        assert_accessible(self.page, name)
        if self.phone:
            ARTIFACTS.mkdir(exist_ok=True)
            self.page.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"), full_page=True)


def test_an_employee_opens_follows_and_resolves_a_ticket(
    page: Page,
    live_server: Any,
    sso_with_test_idp: Any,
    halo_over_loopback: HaloConnection,
    sim: Any,
    browser_context_args: dict[str, Any],
) -> None:
    journey = Journey(page, phone=bool(browser_context_args.get("is_mobile")))

    # Sign in: the private page sends me to the company sign-in and back.
    page.goto(live_server.url + "/tickets/")
    sign_in_at_idp(page, "emma")
    page.wait_for_url(live_server.url + "/tickets/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My tickets")
    expect(page.get_by_role("link", name="Outlook keeps asking for my password")).to_be_visible()
    journey.check("1-my-tickets")

    # A new ticket: typing the summary brings KB answers and points at my similar ticket.
    page.get_by_role("button", name="New ticket").click()
    page.wait_for_url(live_server.url + "/tickets/new/")
    summary = page.get_by_label("Summary")
    # Each pause in typing asks for KB answers, then for similar tickets. Waiting for the last
    # answer keeps requests from overlapping, which the tests' in-memory SQLite cannot take.
    with page.expect_response(re.compile(r"/tickets/new/similar\?")):
        summary.press_sequentially("Outlook asking for password", delay=20)
    expect(page.get_by_role("heading", name="Does this help?")).to_be_visible()
    expect(page.get_by_text("You already have an open ticket that looks similar:")).to_be_visible()
    similar = page.locator("#duplicate-check").get_by_role("link", name=re.compile("#3115"))
    expect(similar).to_be_visible()
    journey.check("2-new-ticket-suggestions")

    with page.expect_response(re.compile(r"/tickets/new/similar\?")):
        summary.fill(SUMMARY)
    page.get_by_label("Details").fill("The screen stays blue; the laptop says it is connected.")
    page.get_by_label("Type of request").select_option(label="Incident")
    page.get_by_role("button", name="Create ticket").click()
    page.wait_for_url(re.compile(r"/tickets/\d+/$"))
    ticket_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    expect(page.get_by_role("heading", level=1)).to_have_text(SUMMARY)
    expect(page.locator("#messages")).to_contain_text(f"Ticket {ticket_id} created.")
    assert sim.store.tickets[ticket_id]["summary"] == SUMMARY
    journey.check("3-ticket-created")

    # Find it again in My tickets, by searching (the list updates in place and in the URL).
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My tickets").click()
    page.wait_for_url(live_server.url + "/tickets/")
    page.get_by_role("searchbox", name="Search my tickets").fill("projector")
    page.wait_for_url(re.compile(r"/tickets/\?q=projector"))
    results = page.locator("#ticket-results")
    expect(results.get_by_role("link")).to_contain_text([SUMMARY], ignore_case=False)
    expect(results).not_to_contain_text("Outlook keeps asking")
    journey.check("4-search")
    results.get_by_role("link", name=SUMMARY).click()
    page.wait_for_url(f"{live_server.url}/tickets/{ticket_id}/")

    # A note, typed and sent with the keyboard only; the conversation updates in place.
    note = page.get_by_role("textbox", name="Your note")
    note.fill("Tried another cable, still no picture.")
    note.press("Tab")
    expect(page.get_by_role("button", name="Add note")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#conversation")).to_contain_text("Tried another cable, still no picture.")
    expect(page.locator("#messages")).to_contain_text(f"Note added to ticket {ticket_id}.")
    expect(page.get_by_role("textbox", name="Your note")).to_have_value("")
    journey.check("5-note-added")

    # Resolve, after the "are you sure?" step, with a reason.
    page.get_by_text("Resolve this ticket…").click()
    page.get_by_label("Reason (optional)").fill("Facilities replaced the HDMI adapter.")
    journey.check("6-resolve-confirm")
    page.get_by_role("button", name="Yes, resolve this ticket").click()
    expect(page.locator("#messages")).to_contain_text(f"Ticket {ticket_id} resolved.")
    expect(page.get_by_text("This ticket is closed.")).to_be_visible()
    expect(page.get_by_role("textbox", name="Your note")).to_have_count(0)
    expect(page.get_by_role("button", name="Yes, resolve this ticket")).to_have_count(0)
    expect(page.locator("#conversation")).to_contain_text("Facilities replaced the HDMI adapter.")
    journey.check("7-ticket-closed")

    # And it is among my closed tickets.
    page.goto(live_server.url + "/tickets/?state=closed")
    expect(page.locator("#ticket-results").get_by_role("link", name=SUMMARY)).to_be_visible()
    journey.check("8-closed-tickets")
