"""``manage.py halo_simulator`` starts, answers and stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.fixtures.web import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_management_command_serves_until_terminated():
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings", "DEBUG": "1"}
    env.pop("SECRET_KEY", None)
    command = [
        sys.executable,
        "manage.py",
        "halo_simulator",
        "--port",
        str(port),
        "--tenant",
        "acme",
        "--client-id",
        "cli",
        "--client-secret",
        "cli-secret",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = process.stdout.readline().strip()
        assert line == f"Halo simulator listening on http://127.0.0.1:{port} (client id cli)"
        assert "cli-secret" not in line
        base = f"http://127.0.0.1:{port}"
        info = httpx.get(f"{base}/api/AuthInfo", timeout=5).json()
        assert info == {"auth_url": f"{base}/auth", "tenant_id": "acme"}
        form = {
            "grant_type": "client_credentials",
            "client_id": "cli",
            "client_secret": "cli-secret",
            "scope": "all",
        }
        token = httpx.post(
            f"{base}/auth/token", params={"tenant": "acme"}, data=form, timeout=5
        ).json()
        me = httpx.get(
            f"{base}/api/Agent/me",
            headers={"Authorization": f"Bearer {token['access_token']}"},
            timeout=5,
        )
        assert me.json()["name"] == "Portal API"
    finally:
        process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=5)
    assert process.returncode == 0
