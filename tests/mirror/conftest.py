"""Fixtures for the mirror: webhook credentials, the mirror switched on, its demo tickets."""

from __future__ import annotations

import base64
from io import StringIO

import pytest
from django.core.management import call_command

WEBHOOK_USER = "halo-hooks"
WEBHOOK_PASSWORD = "hook-password-1"  # noqa: S105 - a test value
EMMAS_TICKET = 3115
LIAMS_TICKET = 3120


@pytest.fixture(autouse=True)
def no_backoff(no_backoff: None) -> None:
    """The shared fixture, for every test here: the mirror is tested, not the client's retries."""


@pytest.fixture(autouse=True)
def mirror_on(settings):
    settings.HALO_MIRROR = True
    settings.HALO_MAX_STALENESS = 30
    settings.HALO_WEBHOOK_USERNAME = WEBHOOK_USER
    settings.HALO_WEBHOOK_PASSWORD = WEBHOOK_PASSWORD
    settings.HALO_BUDGET = 0
    settings.PAGE_MEMO_SECONDS = 10  # pages are kept, as in production (portal.page_memo)


def halo_sync(*args: str) -> str:
    """One pass of manage.py halo_sync (`--full` for the full pass); returns what it printed."""
    out = StringIO()
    call_command("halo_sync", *args, stdout=out)
    return out.getvalue()


def basic(user: str = WEBHOOK_USER, password: str = WEBHOOK_PASSWORD) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
