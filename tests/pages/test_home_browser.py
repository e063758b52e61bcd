"""Home, the knowledge base and the e-mail pages in a real browser (Debian's Chromium), at
desktop and phone size: what waits on me, replies since my last visit, search all tickets, an
article, e-mail choices and a reminder's "still broken" page. axe checks every page;
screenshots go to test-artifacts/ for a human to look at.

Needs: Chromium at /usr/bin/chromium, Node.js 20+ with tests/idp (see tests/conftest.py).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Page, expect

from portal.models import HomeVisit
from tests.browser import assert_accessible, sign_in_at_idp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(params=["desktop", "Pixel 7"])
def browser_context_args(
    request: pytest.FixtureRequest, browser_context_args: dict[str, Any], playwright: Any
) -> dict[str, Any]:
    device = {} if request.param == "desktop" else playwright.devices[request.param]
    return {**browser_context_args, **device}


def _check(page: Page, name: str, size: str) -> None:
    assert_accessible(page, name)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{size}-{name}.png"), full_page=True)


def test_home_kb_and_email_pages(
    page: Page,
    live_server: Any,
    sso_with_test_idp: Any,
    halo_over_loopback: Any,
    sim: Any,
    browser_context_args: dict[str, Any],
) -> None:
    size = "phone" if browser_context_args.get("is_mobile") else "desktop"
    page.goto(live_server.url + "/")
    sign_in_at_idp(page, "emma")
    page.wait_for_url(live_server.url + "/")

    # Back after two days: IT answered on 3115 meanwhile (and wrote a hidden note).
    emma = get_user_model().objects.get(email="emma.jones@acme.example")
    HomeVisit.objects.filter(user=emma).update(
        last_seen_at=timezone.now() - timedelta(days=2), previous_visit_at=None
    )
    sim.add_action(
        3115, note="Please sign out of Outlook and in again.", hiddenfromuser=False, who="Sam Agent"
    )
    sim.add_action(3115, note="Internal: old mailbox server", hiddenfromuser=True)
    call_command("halo_sync")  # two days on, the delta sync has brought the mirror up to date
    page.reload()
    waiting = page.get_by_role("region", name="Waiting on you")
    expect(
        waiting.get_by_role("link", name="#3042 VPN disconnects when working from home")
    ).to_be_visible()
    replies = page.get_by_role("region", name="Replies since your last visit")
    expect(replies).to_contain_text("1 new reply")
    expect(replies).to_contain_text("Please sign out of Outlook")
    expect(page.locator("body")).not_to_contain_text("old mailbox server")
    expect(page.get_by_role("region", name="My open tickets")).to_contain_text("#3131")
    _check(page, "home", size)

    # The home search covers closed tickets too.
    page.get_by_label("Search all my tickets").fill("printer")
    page.get_by_label("Search all my tickets").press("Enter")
    expect(page.locator("#ticket-results")).to_contain_text("#3067")

    # The knowledge base: search, read an article.
    page.goto(live_server.url + "/kb/?q=VPN")
    _check(page, "kb-search", size)
    page.get_by_role("link", name="How to connect to the VPN from home").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How to connect to the VPN from home")
    _check(page, "kb-article", size)

    # E-mail choices, and the page a reminder's "still broken" link opens.
    page.goto(live_server.url + "/account/e-mails/")
    page.get_by_label("reminders while IT waits for me").uncheck()
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#messages")).to_contain_text("saved")
    expect(page.get_by_label("reminders while IT waits for me")).not_to_be_checked()
    _check(page, "email-preferences", size)
    page.goto(live_server.url + "/tickets/3042/still-broken/")
    expect(page.get_by_label("Your note")).to_have_value("It is still not working.")
    _check(page, "still-broken", size)

    # The language switch in the footer: the same home page in German, still accessible.
    page.goto(live_server.url + "/")
    page.get_by_label("Language", exact=True).select_option("de")
    page.get_by_role("button", name="Switch language").click()
    expect(page.get_by_role("heading", name="Wartet auf Sie")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("region", name="Meine offenen Tickets")).to_contain_text(
        "Outlook keeps asking for my password"  # Halo's own text, as Halo has it
    )
    _check(page, "home-de", size)
