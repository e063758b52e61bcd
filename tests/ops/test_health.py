"""/readyz checks the database, the cache, the broker and Halo: JSON, 200 or 503, no secrets."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

from portal.celery import app
from tests.fixtures.halo import CLIENT_SECRET

pytestmark = pytest.mark.django_db

NOBODY_LISTENS = "redis://:hunter2-broker@127.0.0.1:1/0"


def ready(client):
    response = client.get("/readyz")
    assert response["Content-Type"] == "application/json"
    return response, response.json()


def assert_no_secrets(response, *more):
    body = response.content.decode()
    for secret in (CLIENT_SECRET, "test-secret-key-not-for-production", "hunter2", *more):
        assert secret not in body
    assert "127.0.0.1" not in body and "://" not in body


@pytest.fixture
def broker_down():
    app.conf.broker_url = NOBODY_LISTENS
    yield
    app.conf.broker_url = "memory://"


def test_all_fine_is_200_and_needs_no_sign_in(client, halo_connected):
    response, body = ready(client)

    assert response.status_code == 200
    assert body["status"] == "ok"
    assert {name: check["ok"] for name, check in body["checks"].items()} == {
        "database": True,
        "cache": True,
        "broker": True,
        "halo": True,
    }
    assert_no_secrets(response)


def test_halo_down_is_503_naming_halo(client, halo_connected, sim):
    sim.faults.down = True

    response, body = ready(client)

    assert response.status_code == 503
    assert body["status"] == "unavailable"
    assert body["checks"]["halo"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True
    assert_no_secrets(response)


def test_halo_is_asked_at_most_once_in_a_while(client, halo_connected, sim):
    ready(client)
    asked = len(sim.requests)
    _, body = ready(client)

    assert len(sim.requests) == asked
    assert body["checks"]["halo"]["cached"] is True


def test_halo_not_configured_is_503(client, db):
    cache.clear()  # no answer remembered from another test

    response, body = ready(client)

    assert response.status_code == 503
    assert body["checks"]["halo"] == {
        "ok": False,
        "error": "HaloNotConfigured",
        "ms": body["checks"]["halo"]["ms"],
    }


def test_broker_down_is_503_and_does_not_show_its_url(client, halo_connected, broker_down):
    response, body = ready(client)

    assert response.status_code == 503
    assert body["checks"]["broker"]["ok"] is False
    assert_no_secrets(response)


def test_cache_down_is_503(client, halo_connected, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": NOBODY_LISTENS,
        }
    }

    response, body = ready(client)

    assert response.status_code == 503
    assert body["checks"]["cache"]["ok"] is False
    assert_no_secrets(response)


def test_database_down_is_503(client, halo_connected, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OperationalError("connection to server at 10.0.0.5 failed: password hunter2")

    response, _ = ready(client)  # Halo's answer is remembered; the database check is not
    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)

    response, body = ready(client)

    assert response.status_code == 503
    assert body["checks"]["database"] == {
        "ok": False,
        "error": "OperationalError",
        "ms": body["checks"]["database"]["ms"],
    }
    assert_no_secrets(response, "10.0.0.5")
