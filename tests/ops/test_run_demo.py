"""The demo runs beat as its own process: killing its worker leaves no beat behind, and the demo
then stops every process it started."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fixtures.web import free_port

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(240)


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid:
            found.append(int(entry.name))
    return found


def descendants_of(pid: int) -> list[int]:
    result, queue = [], [pid]
    while queue:
        for child in children_of(queue.pop()):
            result.append(child)
            queue.append(child)
    return result


def command_line(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killing_the_demo_worker_leaves_no_orphan_beat(tmp_path):
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    env |= {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "1",
        "PASSWORD_LOGIN_ENABLED": "1",
        "SECURE_COOKIES": "0",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "PORTAL_DATA_DIR": str(tmp_path / "data"),
    }
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
    )
    log = (tmp_path / "demo.log").open("wb")
    demo = subprocess.Popen(  # noqa: S603 - our own manage.py
        [
            sys.executable,
            "manage.py",
            "run_demo",
            "--port",
            str(free_port()),
            "--halo-port",
            str(free_port()),
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    started: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while b"The portal is running" not in (tmp_path / "demo.log").read_bytes():
            assert demo.poll() is None, (tmp_path / "demo.log").read_text()
            assert time.monotonic() < deadline, "the demo did not start"
            time.sleep(0.3)
        time.sleep(2)  # let the worker and beat finish starting their own processes
        started = descendants_of(demo.pid)
        workers = [p for p in children_of(demo.pid) if " worker" in command_line(p)]
        beats = [p for p in started if " beat" in command_line(p) or "--beat" in command_line(p)]
        assert len(workers) == 1 and beats, [command_line(p) for p in started]
        beat_is_the_demos_own = all(p in children_of(demo.pid) for p in beats)

        os.kill(workers[0], signal.SIGKILL)

        demo.wait(timeout=60)
        leftover_deadline = time.monotonic() + 15
        while any(alive(p) for p in started) and time.monotonic() < leftover_deadline:
            time.sleep(0.2)
        assert [command_line(p) for p in started if alive(p)] == []
        assert beat_is_the_demos_own  # not the worker's, so a supervisor can see and stop it
        assert b"the Celery worker stopped unexpectedly" in (tmp_path / "demo.log").read_bytes()
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGKILL)
            demo.wait(timeout=10)
        for pid in [*descendants_of(demo.pid), *started]:  # orphans no longer descend from it
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
