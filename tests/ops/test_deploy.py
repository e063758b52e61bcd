"""The documented production settings (docs/DEPLOY.md) pass `manage.py check --deploy` with no
warning, and the gunicorn configuration they name serves the portal."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "DEPLOY.md"


def documented_env() -> dict[str, str]:
    text = GUIDE.read_text()
    block = re.search(r"<!-- production-env -->\s*```ini\n(.*?)```", text, re.S)
    assert block, "docs/DEPLOY.md lost its production-env block"
    pairs = [line.split("=", 1) for line in block.group(1).splitlines() if "=" in line]
    return {name.strip(): value.strip() for name, value in pairs}


def production_env(tmp_path: Path) -> dict[str, str]:
    """The documented block, with its secret files written to a scratch folder."""
    secrets_for = {
        "SECRET_KEY_FILE": secrets.token_urlsafe(50),
        "FIELD_ENCRYPTION_KEY_FILE": Fernet.generate_key().decode(),
        "DATABASE_URL_FILE": "postgres://portal:not-used@127.0.0.1:5432/portal",
        "OIDC_CLIENT_SECRET_FILE": secrets.token_urlsafe(20),
    }
    env = documented_env()
    for name, value in secrets_for.items():
        assert name in env, f"{name} is no longer documented"
        path = tmp_path / name.lower()
        path.write_text(value + "\n")
        env[name] = str(path)
    env["PORTAL_DATA_DIR"] = str(tmp_path / "data")  # /var/lib/portal is not ours to write
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "PYTHONPATH"}}
    return {**keep, **env, "DJANGO_SETTINGS_MODULE": "portal.settings"}


def test_check_deploy_is_clean_with_the_documented_settings(tmp_path):
    done = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues" in done.stdout


def test_the_defaults_are_what_check_deploy_warns_about(tmp_path):
    # The settings are what silences the warnings: without them the same check fails.
    env = production_env(tmp_path)
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
        env.pop(name)
    done = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode != 0
    assert "security.W004" in done.stderr and "security.W008" in done.stderr


def test_the_proxy_header_setting_is_read_as_documented(tmp_path):
    env = production_env(tmp_path)
    done = subprocess.run(  # noqa: S603 - our own manage.py
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.stdout.strip().splitlines()[-1] == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_gunicorn_serves_the_portal_with_the_deploy_configuration(tmp_path):
    import socket
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **production_env(tmp_path),
        "PORTAL_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "DATABASE_URL_FILE": "",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "SECURE_SSL_REDIRECT": "0",
        "CACHE_URL": "locmem://",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(  # noqa: S603 - the pinned gunicorn
        [str(gunicorn), "-c", "deploy/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline, answer = time.monotonic() + 30, None
        while time.monotonic() < deadline and answer is None:
            try:
                answer = httpx.get(
                    f"http://127.0.0.1:{port}/healthz",
                    timeout=2,
                    headers={"Host": "portal.example.com"},
                )
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200
        assert answer.text == "ok\n"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_database_connections_are_kept_between_requests_unless_configured_otherwise(tmp_path):
    # Opening a connection per request cost as much CPU as a whole trivial request.
    env = production_env(tmp_path)
    env.pop("DATABASE_CONN_MAX_AGE")
    env.pop("DATABASE_URL_FILE")  # the default database (SQLite) keeps its connections too
    show = (
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )
    done = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "shell", "-c", show],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.stdout.strip().splitlines()[-1] == "60 True", done.stderr
