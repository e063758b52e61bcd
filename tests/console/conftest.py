from __future__ import annotations

import pytest

from tests.halo_fixtures import *  # noqa: F403

HX = {"HX-Request": "true"}


def hx(target: str) -> dict[str, str]:
    """Headers of an htmx request whose target element has this id."""
    return {**HX, "HX-Target": target}


def api_posts(sim):
    """Writes that reached Halo's API (token requests excluded)."""
    return [r for r in sim.requests if r.method == "POST" and r.path.lower().startswith("/api/")]


def api_gets(sim, path: str):
    return [r for r in sim.requests if r.method == "GET" and r.path.lower() == path.lower()]


@pytest.fixture
def admin_client(client, portal_admin):
    client.force_login(portal_admin)
    return client


@pytest.fixture
def employee_client(client, employee):
    client.force_login(employee)
    return client
