"""`manage.py run_demo` as a newcomer meets it: a short start-up that ends with where the portal
is, the processes' banners and warnings in log files, and the simulator's data kept on disk."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.fixtures.web import free_port

ROOT = Path(__file__).resolve().parents[2]
NOISE = ("AXES", "celery@", "development server", "SecurityWarning", "Performing system checks")


def read_lines(process: subprocess.Popen[str], *, until: str, timeout: float) -> list[str]:
    """Lines of stdout up to the one containing `until`, then whatever follows for 3 seconds."""
    found: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:  # a thread: a blocking readline cannot time out by itself
        assert process.stdout is not None
        for line in process.stdout:
            found.put(line.rstrip("\n"))
        found.put(None)

    threading.Thread(target=pump, daemon=True).start()
    lines: list[str] = []
    deadline, settled = time.monotonic() + timeout, False
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = found.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        lines.append(line)
        if until in line and not settled:
            deadline, settled = time.monotonic() + 3, True  # banners printed late show up now
    return lines


def test_the_demo_ends_its_start_up_with_where_the_portal_is(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "1",
        "PASSWORD_LOGIN_ENABLED": "1",
        "SECURE_COOKIES": "0",
        "PORTAL_DATA_DIR": str(tmp_path),
        "PORT": str(free_port()),
        "HALO_SIM_PORT": str(free_port()),
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("CACHE_URL", "CELERY_BROKER_URL", "SECRET_KEY"):
        env.pop(name, None)
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    process = subprocess.Popen(
        [*manage, "run_demo"],
        cwd=ROOT,
        env=env,
        text=True,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        lines = read_lines(process, until="The portal is running at", timeout=90)
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    output = "\n".join(lines)
    url = f"http://127.0.0.1:{env['PORT']}/"
    assert [line for line in lines if line.strip()][-1] == f"The portal is running at {url}", output
    assert not [line for line in lines if any(word in line for word in NOISE)], output
    assert len(lines) <= 15, output
    logs = tmp_path / "logs"
    assert "celery@" in (logs / "celery.log").read_text()  # the banner is kept, out of the way
    assert (tmp_path / "halo-simulator.json").is_file()  # the tenant survives a restart
