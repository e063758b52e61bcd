"""Signing in and out in a real browser (Debian's Chromium) through the real test IdP.

Needs: Chromium at /usr/bin/chromium (or CHROMIUM_PATH), Node.js 20+ with tests/idp installed
(the fixture runs `npm ci` when needed). See tests/conftest.py.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from tests.browser import SSO_BUTTON, assert_accessible, sign_in_at_idp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(params=["desktop", "Pixel 7"])
def browser_context_args(
    request: pytest.FixtureRequest, browser_context_args: dict[str, Any], playwright: Any
) -> dict[str, Any]:
    """Every test here runs twice: at the default desktop size and as a Pixel 7 phone."""
    device = {} if request.param == "desktop" else playwright.devices[request.param]
    return {**browser_context_args, **device}


def test_an_employee_signs_in_with_sso_lands_on_my_tickets_and_signs_out_everywhere(
    page: Page, live_server: Any, sso_with_test_idp: Any, settings: Any, halo_connected: Any
) -> None:
    settings.PASSWORD_LOGIN_ENABLED = True  # so the accessibility check covers that form too
    page.goto(live_server.url + "/tickets/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/tickets/$"))
    expect(page.get_by_role("button", name=SSO_BUTTON)).to_be_visible()
    expect(page.get_by_label("Password")).to_be_visible()
    assert_accessible(page)

    sign_in_at_idp(page, "emma")

    page.wait_for_url(live_server.url + "/tickets/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My tickets")
    expect(page.get_by_role("link", name="Outlook keeps asking for my password")).to_be_visible()
    expect(page.get_by_text("Emma Jones")).to_be_visible()
    expect(page.get_by_role("link", name="Admin console")).to_have_count(0)
    assert_accessible(page)
    user = get_user_model().objects.get()
    assert (user.email, user.is_staff) == ("emma.jones@acme.example", False)

    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="Yes, sign me out").click()  # the IdP's confirm page

    page.wait_for_url(re.compile(r"/accounts/login/"))
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    # Signed out at the IdP as well: company sign-in asks for credentials again.
    page.get_by_role("button", name=SSO_BUTTON).click()
    expect(page.locator("input[name=login]")).to_be_visible()


def test_a_member_of_the_admin_group_gets_the_admin_links(
    page: Page, live_server: Any, sso_with_test_idp: Any
) -> None:
    page.goto(live_server.url + "/accounts/login/")

    sign_in_at_idp(page, "admin")

    page.wait_for_url(live_server.url + "/")
    expect(page.get_by_role("link", name="Admin console")).to_be_visible()
    assert get_user_model().objects.get().is_staff
