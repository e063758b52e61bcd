"""Browser tests that are not about signing in: a Playwright page signed in as a portal user.

The session is made with Django's test client (force_login) and handed to the browser as its
session cookie, so a test can go straight to the page it is about."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.test import Client
from playwright.sync_api import Page

DESKTOP = {"viewport": {"width": 1280, "height": 800}}


def device_args(playwright: Any, name: str) -> dict[str, Any]:
    """Playwright's context arguments for "desktop" (1280x800) or one of its named devices."""
    return dict(DESKTOP) if name == "desktop" else dict(playwright.devices[name])


def sign_in_browser(page: Page, live_server: Any, user: Any) -> None:
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )
