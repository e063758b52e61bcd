"""Fixtures for the employee pages: the Halo simulator personas plus signed-in clients."""

from __future__ import annotations

import pytest

from halo_integration.client import HaloClient
from tests.halo_fixtures import *  # noqa: F403

HTMX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch):
    """Halo "down" answers at once instead of after the client's real back-off sleeps."""
    monkeypatch.setattr(HaloClient, "_backoff", lambda self, attempt, retry_after, why: None)


@pytest.fixture
def emma(client, employee, halo_connected):
    """Emma's browser: signed in, the portal connected to the simulator."""
    client.force_login(employee)
    return client


@pytest.fixture
def nobody(client, unknown_employee, halo_connected):
    """Signed in through SSO, but Halo has no user with this e-mail."""
    client.force_login(unknown_employee)
    return client
