"""manage.py halo_connect: validate live against the simulator, then save; nothing saved on failure."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from io import StringIO
from pathlib import Path

import httpx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection as db_connection

from halo_integration import connection
from halo_integration.models import HaloConnection
from halo_integration.simulator import HaloSimulator, serve
from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET, SIM_URL

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def _wire(monkeypatch, sim: HaloSimulator) -> HaloSimulator:
    """Every client the command builds talks to this simulator, in-process."""
    monkeypatch.setattr(connection, "transport_override", httpx.WSGITransport(app=sim))
    return sim


@pytest.fixture
def wired(sim, monkeypatch) -> HaloSimulator:
    return _wire(monkeypatch, sim)


def _connect(
    *extra: str, url: str = SIM_URL, secret: str = CLIENT_SECRET, client_id: str = CLIENT_ID
) -> str:
    out = StringIO()
    args = ["--url", url, "--client-id", client_id, "--client-secret", secret, *extra]
    call_command("halo_connect", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def _refused(*extra: str, says: str = "not saved: ", **kwargs) -> CommandError:
    """Run halo_connect expecting a refusal whose message starts with ``says``: a refusal after
    talking to Halo starts "not saved: ", a bad argument names its option first."""
    with pytest.raises(CommandError) as raised:
        _connect(*extra, **kwargs)
    assert raised.value.returncode == 1
    assert str(raised.value).startswith(says), str(raised.value)
    return raised.value


def _raw_rows() -> list[tuple]:
    with db_connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {HaloConnection._meta.db_table}")
        return cursor.fetchall()


# --- success -------------------------------------------------------------------------------------


def test_a_working_connection_is_saved_with_one_summary_line(wired):
    output = _connect()

    lines = output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Connected to HaloPSA at http://halo.test as API agent Portal API")
    assert "saved" in lines[0]
    assert "not readable" not in lines[0]
    saved = HaloConnection.objects.get()
    assert (saved.url, saved.client_id, saved.scope, saved.tenant) == (
        SIM_URL,
        CLIENT_ID,
        "all",
        "",
    )
    assert saved.api_agent_name == "Portal API"
    assert saved.verified_at is not None


def test_the_secret_is_stored_encrypted(wired):
    _connect()

    saved = HaloConnection.objects.get()
    assert CLIENT_SECRET not in saved.client_secret_encrypted
    assert saved.client_secret == CLIENT_SECRET
    rows = _raw_rows()
    assert len(rows) == 1
    assert not any(CLIENT_SECRET in str(value) for value in rows[0])
    assert saved.to_config().client_secret == CLIENT_SECRET


def test_the_check_made_real_calls_before_saving(wired):
    _connect()

    paths = [r.path for r in wired.requests]
    assert "/auth/token" in paths
    assert "/api/Agent/me" in paths
    assert "/api/Tickets" in paths and "/api/Users" in paths


def test_hosted_halo_with_a_tenant_and_an_api_suffixed_url_is_saved(monkeypatch):
    sim = _wire(monkeypatch, HaloSimulator(seed=False, tenant="acme"))

    output = _connect("--tenant", "acme", "--product", "itsm", url=SIM_URL + "/api/")

    assert output.startswith("Connected to HaloITSM at http://halo.test (tenant acme)")
    saved = HaloConnection.objects.get()
    assert (saved.url, saved.tenant, saved.product) == (SIM_URL, "acme", "itsm")
    assert {r.query.get("tenant") for r in sim.requests if r.path == "/auth/token"} == {"acme"}


def test_a_new_connection_replaces_the_old_one(wired):
    _connect()
    wired.clients["second-app"] = ("second-secret", "all")

    _connect(client_id="second-app", secret="second-secret")

    saved = HaloConnection.objects.get()
    assert saved.client_id == "second-app"
    assert saved.client_secret == "second-secret"


def test_optional_areas_the_application_may_not_read_are_listed_but_saved(monkeypatch):
    clients = {"tickets-app": ("pw", "read:tickets read:customers")}
    _wire(monkeypatch, HaloSimulator(seed=False, clients=clients))

    output = _connect(
        "--scope", "read:tickets read:customers", client_id="tickets-app", secret="pw"
    )

    assert "not readable: assets, contracts, kb articles, appointments, invoices, reports" in output
    assert HaloConnection.objects.get().scope == "read:tickets read:customers"


# --- failures: exit 1, a clear reason, nothing saved ---------------------------------------------


@pytest.fixture
def previous(db) -> HaloConnection:
    """A connection saved earlier: a failed attempt must leave it alone."""
    saved = HaloConnection(url="https://old.halopsa.com", client_id="old-app")
    saved.client_secret = "old-secret"
    saved.save()
    return saved


def _unchanged(previous: HaloConnection) -> None:
    current = HaloConnection.objects.get()
    assert (current.pk, current.url, current.client_id) == (previous.pk, previous.url, "old-app")
    assert current.client_secret == "old-secret"


def test_a_wrong_secret_is_refused(wired, previous):
    error = _refused(secret="not-the-secret")

    assert "client secret" in str(error)
    _unchanged(previous)


def test_a_wrong_secret_saves_nothing_on_a_fresh_install(wired):
    _refused(secret="not-the-secret")

    assert not HaloConnection.objects.exists()


def test_an_unknown_client_id_is_refused(wired, previous):
    assert "client id" in str(_refused(client_id="nobody"))
    _unchanged(previous)


@pytest.mark.parametrize("tenant", ["globex", None])
def test_a_wrong_or_missing_tenant_on_hosted_halo_is_refused(monkeypatch, previous, tenant):
    _wire(monkeypatch, HaloSimulator(seed=False, tenant="acme"))

    error = _refused(*(["--tenant", tenant] if tenant else []))

    assert "tenant" in str(error)
    _unchanged(previous)


def test_an_unreachable_host_is_refused(monkeypatch, previous):
    monkeypatch.setattr(connection, "transport_override", None)

    error = _refused(url="http://127.0.0.1:9")

    assert "cannot reach" in str(error)
    assert "127.0.0.1:9" in str(error)
    _unchanged(previous)


def test_halo_being_down_is_refused(wired, previous):
    wired.faults.down = True

    assert "unavailable" in str(_refused())
    _unchanged(previous)


def test_a_scope_the_application_is_not_allowed_is_refused(monkeypatch, previous):
    _wire(monkeypatch, HaloSimulator(seed=False, clients={"assets-app": ("pw", "read:assets")}))

    error = _refused(client_id="assets-app", secret="pw")  # asks for scope "all"

    assert "scope" in str(error)
    _unchanged(previous)


def test_an_application_that_cannot_read_tickets_is_refused(monkeypatch, previous):
    sim = _wire(
        monkeypatch, HaloSimulator(seed=False, clients={"assets-app": ("pw", "read:assets")})
    )

    error = _refused("--scope", "read:assets", client_id="assets-app", secret="pw")

    assert "scope" in str(error)
    assert "tickets" in str(error)
    assert [r.status for r in sim.requests if r.path == "/api/Tickets"] == [403]
    _unchanged(previous)


@pytest.mark.parametrize(
    "url",
    [
        "halo.example.com",
        "ftp://halo.example.com",
        "http://",
        "http://halo.test:notaport",
        "http://[::1",
        "https://exa mple.com",
    ],
)
def test_a_bad_url_is_refused_before_anything_is_sent(wired, previous, url):
    error = _refused(url=url, says="--url ")

    assert "--url" in str(error)
    assert wired.requests == []
    _unchanged(previous)


def test_a_bad_auth_server_url_is_refused(wired, previous):
    error = _refused("--auth-url", "http://login:xyz", says="--auth-url ")

    assert "--auth-url" in str(error)
    _unchanged(previous)


def test_an_auth_server_without_a_token_endpoint_is_refused(wired, previous):
    error = _refused("--auth-url", SIM_URL + "/nothing-here")

    assert "token endpoint" in str(error)
    _unchanged(previous)


def test_a_failure_message_never_contains_the_secret(wired):
    for kwargs in (
        {"secret": "wrong-Secret-123"},
        {"url": "http://127.0.0.1:9", "secret": "wrong-Secret-123"},
    ):
        error = _refused(**kwargs)
        assert "wrong-Secret-123" not in str(error)


# --- as a real process -----------------------------------------------------------------------------


def test_the_command_exits_1_then_0_as_a_real_process(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "PORTAL_DATA_DIR": str(tmp_path),
        "CACHE_URL": "locmem://",
        "PYTHONPATH": str(REPO),
    }
    manage = [sys.executable, str(REPO / "manage.py")]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*manage, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
        )

    migrated = run("migrate", "--noinput", "-v", "0")
    assert migrated.returncode == 0, migrated.stderr

    sim = HaloSimulator(seed=False)
    with serve(sim) as server:
        base = ["halo_connect", "--url", server.url, "--client-id", CLIENT_ID]
        wrong = run(*base, "--client-secret", "not-the-secret")
        right = run(*base, "--client-secret", CLIENT_SECRET)

    assert wrong.returncode == 1
    assert "client secret" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert right.returncode == 0, right.stderr
    assert right.stdout.startswith("Connected to HaloPSA at " + server.url)
    assert len(right.stdout.strip().splitlines()) == 1
    with sqlite3.connect(tmp_path / "portal.sqlite3") as db:
        rows = db.execute(f"SELECT * FROM {HaloConnection._meta.db_table}").fetchall()
    assert len(rows) == 1
    assert not any(CLIENT_SECRET in str(value) for value in rows[0])
