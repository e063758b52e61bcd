"""Shared Halo fixtures: the simulator in-process (and over loopback), wired into the portal.

Loaded as a pytest plugin from tests/conftest.py, so every test folder can use them."""

from __future__ import annotations

import httpx
import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache

from halo_integration import connection
from halo_integration.client import HaloClient, HaloConfig
from halo_integration.models import HaloConnection
from halo_integration.simulator import HaloSimulator, serve

SIM_URL = "http://halo.test"
CLIENT_ID = "portal-demo"
CLIENT_SECRET = "demo-secret"
EMPLOYEE_EMAIL = "emma.jones@acme.example"
OTHER_EMPLOYEE_EMAIL = "liam.patel@acme.example"


@pytest.fixture
def sim() -> HaloSimulator:
    """A fresh simulator seeded with the demo company."""
    return HaloSimulator(seed=True, base_url=SIM_URL)


@pytest.fixture
def sim_config() -> HaloConfig:
    return HaloConfig(url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)


@pytest.fixture
def halo(sim, sim_config) -> HaloClient:
    """The real HaloClient talking to the in-process simulator, without back-off sleeps."""
    client = HaloClient(sim_config, transport=httpx.WSGITransport(app=sim), sleep=lambda _: None)
    yield client
    client.close()


@pytest.fixture
def loopback_sim(sim):
    """The same simulator served on 127.0.0.1 (for other processes and real sockets)."""
    with serve(sim, host="127.0.0.1", port=0) as server:
        yield server


@pytest.fixture
def halo_connected(db, sim, monkeypatch) -> HaloConnection:
    """The portal connected to the in-process simulator, as halo_connect would leave it."""
    cache.clear()
    monkeypatch.setattr(connection, "transport_override", httpx.WSGITransport(app=sim))
    saved = HaloConnection(url=SIM_URL, client_id=CLIENT_ID)
    saved.client_secret = CLIENT_SECRET
    saved.save()
    return saved


@pytest.fixture
def employee(db):
    return get_user_model().objects.create_user(
        username=EMPLOYEE_EMAIL, email=EMPLOYEE_EMAIL, password="pw-employee-1", first_name="Emma"
    )


@pytest.fixture
def other_employee(db):
    return get_user_model().objects.create_user(
        username=OTHER_EMPLOYEE_EMAIL,
        email=OTHER_EMPLOYEE_EMAIL,
        password="pw-employee-2",
        first_name="Liam",
    )


@pytest.fixture
def unknown_employee(db):
    """Signed in through SSO, but no Halo user has this e-mail."""
    return get_user_model().objects.create_user(
        username="nobody@acme.example", email="nobody@acme.example", password="pw-employee-3"
    )


@pytest.fixture
def portal_admin(db):
    return get_user_model().objects.create_user(
        username="admin@acme.example", email="admin@acme.example", password="pw-admin-1", is_staff=True,
        is_superuser=True,
    )  # fmt: skip


@pytest.fixture
def halo_over_loopback(db, sim, monkeypatch):
    """The simulator served on 127.0.0.1 and saved as the portal's Halo connection, as
    halo_connect leaves it: every call crosses a real socket."""
    cache.clear()
    monkeypatch.setattr(connection, "transport_override", None)
    with serve(sim, host="127.0.0.1", port=0) as server:
        sim.base_url = server.url
        saved = HaloConnection(url=server.url, client_id=CLIENT_ID)
        saved.client_secret = CLIENT_SECRET
        saved.save()
        yield saved
