"""A real worker process SIGKILLed in the middle of its POST to Halo: the write is delivered once.

The portal runs in subprocesses on their own SQLite file (as separate processes would in
production); Halo is the simulator on loopback, slowed down on POSTs so the kill lands while the
request is in flight. Halo then stores the write anyway (as a real server does once the request
has arrived), and the next delivery, after the dead attempt's claim has expired, must find it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET
from tests.fixtures.users import EMPLOYEE_EMAIL
from tests.fixtures.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
EMMAS_TICKET = 3115
POST_LATENCY = 1.5

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def slow_posting_halo(sim):
    """The simulator on loopback; every POST to /api waits, and says when one has arrived."""
    from halo_integration.simulator import serve

    arrived = threading.Event()
    original = sim._handle

    def handle(req, can_drop):
        if req.method == "POST" and req.path.lower().startswith("/api/"):
            arrived.set()
            time.sleep(POST_LATENCY)
        return original(req, can_drop)

    sim._handle = handle
    with serve(sim, host="127.0.0.1", port=0) as server:
        sim.base_url = server.url
        yield server, arrived


def portal_env(tmp_path: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "PORTAL_DATA_DIR": str(tmp_path / "data"),
        "CACHE_URL": "locmem://",
        "CELERY_BROKER_URL": "memory://",  # no worker: the retry is run by hand below
        "OUTBOX_CLAIM_SECONDS": "1",
        "HALO_RETRY_BASE_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    done = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


WRITE = """
from django.contrib.auth import get_user_model
from halo_integration import actions
user, _ = get_user_model().objects.get_or_create(username={email!r}, email={email!r})
actions.run_action(actor=user, name={action!r}, params={params!r}, channel="web")
"""


def kill_mid_post(env, arrived, action, params):
    arrived.clear()
    code = WRITE.format(email=EMPLOYEE_EMAIL, action=action, params=params)
    worker = subprocess.Popen(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert arrived.wait(timeout=60), "the write never reached Halo"
        os.kill(worker.pid, signal.SIGKILL)
    finally:
        worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL


def test_a_worker_killed_mid_post_leaves_no_duplicate(slow_posting_halo, sim, tmp_path):
    server, arrived = slow_posting_halo
    env = portal_env(tmp_path)
    manage(env, "migrate", "--noinput")
    manage(
        env, "halo_connect",
        "--url", server.url,
        "--client-id", CLIENT_ID,
        "--client-secret", CLIENT_SECRET,
    )  # fmt: skip

    note = "Killed mid-post: the dock still flickers"
    kill_mid_post(env, arrived, "add_note", {"ticket_id": EMMAS_TICKET, "note": note})
    summary = "Killed mid-post: badge reader offline"
    kill_mid_post(env, arrived, "create_ticket", {"summary": summary})

    def notes():
        return [a for a in sim.store.actions[EMMAS_TICKET] if a.get("note") == note]

    def tickets():
        return [t for t in sim.store.tickets.values() if t.get("summary") == summary]

    # Halo stores both writes, though nobody is left to read its answers.
    assert wait_until(lambda: len(notes()) == 1 and len(tickets()) == 1, timeout=10.0, poll=0.05)
    time.sleep(1.2)  # the dead attempts' claims expire

    out = manage(env, "deliver_writes")

    assert "2 write(s) tried; 0 still waiting for Halo" in out
    assert len(notes()) == 1
    assert len(tickets()) == 1
