"""What the Ask box looks like once it has answered, at desktop and phone sizes (Chromium).

The Ask input must keep a usable width, its card must sit below it (not squeezed beside it),
and no page may scroll sideways. Screenshots go to /tmp/portal-layout/ for a human to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.pages.browser_session import device_args, sign_in_browser

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path("/tmp/portal-layout")
DEVICES = ["desktop", "Pixel 7", "iPhone 13"]


@pytest.fixture(params=DEVICES)
def browser_context_args(
    request: pytest.FixtureRequest, browser_context_args: dict[str, Any], playwright: Any
) -> dict[str, Any]:
    return {**browser_context_args, **device_args(playwright, request.param)}


def assert_ask_layout(page: Page, name: str) -> None:
    """The input is wide, the card is under it, nothing overflows sideways."""
    viewport = page.evaluate("() => window.innerWidth")
    box = page.locator("#ask-text").bounding_box()
    card = page.locator("#ask-card").bounding_box()
    assert box is not None and card is not None
    phone = viewport < 600
    # On a phone the input takes most of the row (the Ask button is beside it); on a desktop
    # it is at least half of the container.
    minimum = 0.6 * viewport if phone else 0.5 * min(viewport, 1200)
    assert box["width"] >= minimum, f"{name}: Ask input {box['width']} px of {viewport}"
    assert card["y"] >= box["y"] + box["height"], f"{name}: card is not below the input"
    assert card["width"] >= box["width"], f"{name}: card narrower than the input"
    assert "{#" not in page.locator(".ask-box").inner_text(), f"{name}: template comment shown"
    markers = page.eval_on_selector_all(
        ".ask-candidates li", "items => items.map(li => getComputedStyle(li).listStyleType)"
    )
    assert set(markers) <= {"none"}, f"{name}: candidate buttons carry list markers {markers}"
    scroll_width = page.evaluate("() => document.scrollingElement.scrollWidth")
    assert scroll_width <= viewport, f"{name}: page is {scroll_width} px wide in {viewport}"
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize(
    ("path", "text", "shows"),
    [
        ("/tickets/", "What's the status of my ticket 3115?", "Outlook keeps asking"),
        ("/", "Open a ticket - my VPN keeps dropping at home", "Confirm"),
        ("/tickets/3115/", "add a note to ticket 3115: tried a new password", "Confirm"),
        ("/tickets/new/", "close my ticket", "Which one do you mean?"),
    ],
)
def test_the_ask_card_sits_below_a_usable_input(
    page: Page,
    live_server: Any,
    halo_over_loopback: Any,
    employee: Any,
    browser_context_args: dict[str, Any],
    path: str,
    text: str,
    shows: str,
) -> None:
    sign_in_browser(page, live_server, employee)
    page.goto(live_server.url + path)
    page.get_by_role("textbox", name="Ask in plain language").fill(text)
    page.get_by_role("button", name="Ask", exact=True).click()
    expect(page.locator("#ask-card")).to_contain_text(shows)

    width = browser_context_args["viewport"]["width"]
    slug = path.strip("/").replace("/", "-") or "home"
    assert_ask_layout(page, f"ask-{width}-{slug}")
