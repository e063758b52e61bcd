"""An attachment round trip and a reopen in a real browser (Debian's Chromium), at desktop and
phone size, against the Halo simulator over loopback. Every page is checked with axe and
screenshots go to test-artifacts/ for a human to look at.

Needs: Chromium at /usr/bin/chromium, Node.js 20+ with tests/idp (see tests/conftest.py).
"""

from __future__ import annotations

import base64
import re
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from halo_integration.models import HaloConnection
from tests.browser import assert_accessible, sign_in_at_idp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TICKET = 3115  # Emma's open Outlook ticket
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/kVm1NwAAAABJRU5ErkJggg=="
)


@pytest.fixture(params=["desktop", "Pixel 7"])
def browser_context_args(
    request: pytest.FixtureRequest, browser_context_args: dict[str, Any], playwright: Any
) -> dict[str, Any]:
    device = {} if request.param == "desktop" else playwright.devices[request.param]
    return {**browser_context_args, **device, "accept_downloads": True}


def check(page: Page, size: str, name: str) -> None:
    assert_accessible(page, name)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{size}-{name}.png"), full_page=True)


def test_a_file_goes_up_with_a_note_and_comes_back_as_a_download_then_reopen(
    page: Page,
    live_server: Any,
    sso_with_test_idp: Any,
    halo_over_loopback: HaloConnection,
    sim: Any,
    browser_context_args: dict[str, Any],
    tmp_path: Path,
) -> None:
    size = "phone" if browser_context_args.get("is_mobile") else "desktop"
    page.goto(f"{live_server.url}/tickets/{TICKET}/")
    sign_in_at_idp(page, "emma")
    page.wait_for_url(f"{live_server.url}/tickets/{TICKET}/")

    # The history: opened, status and assignment, with the exact time on focus.
    history = page.locator(".timeline")
    expect(history).to_contain_text("Opened")
    expect(history).to_contain_text("Assigned to Chloe Martin")
    first_time = history.locator("time").first
    first_time.focus()
    expect(history.locator(".exact-time").first).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(".timeline-section").screenshot(path=str(ARTIFACTS / f"{size}-history-focus.png"))
    check(page, size, "files-1-ticket-with-history")

    # A note with a screenshot, sent in place (htmx, multipart).
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(PNG)
    page.get_by_role("textbox", name="Your note").fill("Screenshot of the password prompt.")
    page.get_by_label("Attach files (optional)").set_input_files(str(shot))
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("#messages")).to_contain_text(f"Note added to ticket {TICKET}.")
    [stored] = [a for a in sim.store.attachments.values() if a["ticket_id"] == TICKET]
    assert base64.b64decode(stored["data_base64"]) == PNG

    # Listed on the ticket page, and downloaded through the portal as a file.
    page.reload()
    link = page.get_by_role("link", name="screenshot.png")
    expect(link).to_be_visible()
    check(page, size, "files-2-listed")
    with page.expect_download() as caught:
        link.click()
    download = caught.value
    assert download.suggested_filename == "screenshot.png"
    assert Path(download.path()).read_bytes() == PNG

    # IT resolves it; the problem comes back and Emma reopens it with a reason.
    sim.store.apply_status(sim.store.tickets[TICKET], 9, sim.clock())
    call_command("halo_sync", stdout=StringIO())  # no webhook here: the delta sync brings it
    page.reload()
    expect(page.get_by_text("If the problem is back, you can reopen it below.")).to_be_visible()
    expect(page.get_by_role("heading", name="How did we do?")).to_be_visible()
    check(page, size, "files-3-resolved")
    page.get_by_text("Reopen this ticket…").click()
    page.get_by_label("What is wrong again?").fill("It asks for the password again today.")
    check(page, size, "files-4-reopen-confirm")
    page.get_by_role("button", name="Reopen ticket").click()
    page.wait_for_url(f"{live_server.url}/tickets/{TICKET}/")
    expect(page.locator("#messages")).to_contain_text(f"Ticket {TICKET} reopened.")
    expect(page.get_by_role("textbox", name="Your note")).to_be_visible()
    expect(page.locator("#conversation")).to_contain_text("It asks for the password again today.")
    expect(page.locator(".timeline")).to_contain_text(re.compile("Status: In Progress"))
    assert sim.store.tickets[TICKET]["status_id"] == 2
    check(page, size, "files-5-reopened")
