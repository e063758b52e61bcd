"""The Ask box's rating card in a real browser (Debian's Chromium), at desktop (1280x800) and
Pixel 7 size: the Ask input keeps a usable width, the card with its 1-5 choice and comment sits
below it, nothing scrolls sideways, Confirm needs a score, and then the rating reaches Halo.
Screenshots go to /tmp/portal-layout/ for a human to look at."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser import assert_accessible, wait_for_htmx
from tests.pages.browser_session import device_args, sign_in_browser
from tests.pages.test_layout_browser import SCREENSHOTS, assert_ask_layout

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PRINTER = 3067  # emma's closed printer ticket


@pytest.fixture(params=["desktop", "Pixel 7"])
def browser_context_args(
    request: pytest.FixtureRequest, browser_context_args: dict[str, Any], playwright: Any
) -> dict[str, Any]:
    return {**browser_context_args, **device_args(playwright, request.param)}


def test_the_rating_card_is_usable_and_rates_once_a_score_is_chosen(
    page: Page,
    live_server: Any,
    halo_over_loopback: Any,
    sim: Any,
    employee: Any,
    browser_context_args: dict[str, Any],
) -> None:
    width = browser_context_args["viewport"]["width"]
    sign_in_browser(page, live_server, employee)
    page.goto(live_server.url + "/")
    page.get_by_role("textbox", name="Ask in plain language").fill(
        "I'd like to give feedback on my printer ticket: quick and friendly"
    )
    page.get_by_role("button", name="Ask", exact=True).click()
    card = page.locator("#ask-card")
    expect(card).to_contain_text("Printer on the 2nd floor keeps jamming")
    wait_for_htmx(page)

    assert_ask_layout(page, f"rating-{width}-card")
    page.locator(".ask-box").screenshot(path=str(SCREENSHOTS / f"rating-{width}-card-close.png"))
    comment = card.get_by_role("textbox", name="Comment (optional)")
    expect(comment).to_have_value("quick and friendly")
    card_box, comment_box = card.bounding_box(), comment.bounding_box()
    assert card_box is not None and comment_box is not None
    assert comment_box["width"] >= 0.8 * card_box["width"], "the comment box is squeezed"
    for score in "12345":
        radio = card.get_by_role("radio", name=score, exact=True)
        expect(radio).not_to_be_checked()
        box = radio.bounding_box()
        assert box is not None and card_box["x"] <= box["x"] <= card_box["x"] + card_box["width"]
    assert_accessible(page, f"rating card ({width} px)")

    # No score chosen: the browser asks for one and nothing is sent.
    card.get_by_role("button", name="Confirm").click()
    expect(card.get_by_role("radio", name="5", exact=True)).to_be_visible()
    assert not sim.store.feedback

    card.get_by_role("radio", name="4", exact=True).check()
    comment.fill("quick and friendly, thanks Sarah")
    card.get_by_role("button", name="Confirm").click()
    expect(page.locator("#ask-card")).to_contain_text(f"Thank you for rating ticket {PRINTER}.")
    assert [(f["score"], f["comment"]) for f in sim.store.feedback.values()] == [
        (4, "quick and friendly, thanks Sarah")
    ]
    page.screenshot(path=str(SCREENSHOTS / f"rating-{width}-done.png"), full_page=True)
