"""What the browser tests share: signing in at the test IdP, waiting for htmx, and the
accessibility check."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

# An <a role="button"> (Pico styles links as buttons that way): it navigates to the IdP.
SSO_BUTTON = "Sign in with your company account"


def sign_in_at_idp(page: Page, login: str) -> None:
    """From the portal's sign-in page, through the test IdP's own login form (any password)."""
    page.get_by_role("button", name=SSO_BUTTON).click()
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any password works at the test IdP")
    page.click("button[type=submit]")


HTMX_BUSY = ".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added"


def wait_for_htmx(page: Page) -> None:
    """Until htmx has swapped and settled what it fetched: an element it swapped in listens for
    events only after it settled, so a change made earlier would be lost."""
    page.wait_for_function(f"() => !document.querySelector({HTMX_BUSY!r})")


def assert_accessible(page: Page, name: str = "") -> None:
    """axe-core finds no violation on the page as it is now."""
    results = Axe().run(page)
    assert results.violations_count == 0, f"{name}:\n{results.generate_report()}"
