"""Fixtures for the mirror: the simulator, Emma signed in, and helpers to count Halo calls."""

from __future__ import annotations

import base64

import pytest

from halo_integration.client import HaloClient
from tests.halo_fixtures import *  # noqa: F403

WEBHOOK_USER = "halo-hooks"
WEBHOOK_PASSWORD = "hook-password-1"  # noqa: S105 - a test value
EMMAS_TICKET = 3115
LIAMS_TICKET = 3120


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch):
    monkeypatch.setattr(HaloClient, "_backoff", lambda self, attempt, retry_after, why: None)


@pytest.fixture(autouse=True)
def mirror_on(settings):
    settings.HALO_MIRROR = True
    settings.HALO_MAX_STALENESS = 30
    settings.HALO_WEBHOOK_USERNAME = WEBHOOK_USER
    settings.HALO_WEBHOOK_PASSWORD = WEBHOOK_PASSWORD
    settings.HALO_BUDGET = 0


@pytest.fixture
def emma(client, employee, halo_connected):
    client.force_login(employee)
    return client


def api_calls(sim) -> int:
    return sum(1 for r in sim.requests if r.path.lower().startswith("/api/"))


def basic(user: str = WEBHOOK_USER, password: str = WEBHOOK_PASSWORD) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
