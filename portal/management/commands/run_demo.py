"""python manage.py run_demo: the whole portal on one machine, against the built-in Halo simulator.

Starts the simulator, connects the portal to it (halo_connect), seeds demo users, then runs a
Celery worker, Celery beat and the web server until Ctrl-C, or until one of them dies (then all
of them are stopped). Children get the same environment; their output goes to log files under
data/logs/, and the last line printed says where the portal is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

DEMO_CLIENT_ID = "portal-demo"
DEMO_CLIENT_SECRET = "demo-secret"  # noqa: S105 - the simulator's published demo credential
CELERY = [sys.executable, "-m", "celery", "-A", "portal"]  # the demo's worker and beat, as deployed


class Command(BaseCommand):
    help = "Run the portal with the built-in Halo simulator, a Celery worker and demo users."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument(
            "--halo-port", type=int, default=int(os.environ.get("HALO_SIM_PORT", "8765"))
        )
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))

    def handle(self, *args: Any, **options: Any) -> None:
        children: list[_Child] = []
        manage = [sys.executable, "manage.py"]
        signal.signal(
            signal.SIGTERM, _stop_on_sigterm
        )  # a supervisor's stop also ends the children
        data_dir = Path(settings.DATA_DIR)
        logs = data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        # The simulator keeps its tenant here, so restarting it ("Halo down" and back) keeps the
        # tickets, notes and ids that pending writes and old Ask cards refer to.
        state = data_dir / "halo-simulator.json"
        simulator_command = [
            *manage, "halo_simulator",
            "--port", str(options["halo_port"]),
            "--client-id", DEMO_CLIENT_ID,
            "--client-secret", DEMO_CLIENT_SECRET,
            "--state", str(state),
        ]  # fmt: skip
        try:
            halo_url = f"http://127.0.0.1:{options['halo_port']}"
            children.append(
                self._start(
                    simulator_command,
                    log=logs / "halo-simulator.log",
                    wait_for=halo_url + "/api/AuthInfo",
                    name="Halo simulator",
                )
            )
            self.stdout.write(f"Halo simulator: {halo_url} (its data is kept in {state})")
            call_command(
                "halo_connect",
                url=halo_url,
                client_id=DEMO_CLIENT_ID,
                client_secret=DEMO_CLIENT_SECRET,
            )
            self.stdout.write("Demo users (password sign-in is on for the demo):")
            call_command("seed_demo_users")
            children.append(
                self._start(
                    [*CELERY, "worker", "--pool=threads", "--concurrency=2", "--loglevel=WARNING"],
                    log=logs / "celery.log",
                    name="Celery worker",
                )
            )
            # Beat is its own process, as in production: a worker started with --beat leaves its
            # beat running when the worker is killed, and two such beats double the sweeps.
            children.append(
                self._start(
                    [*CELERY, "beat", "--loglevel=WARNING"],
                    log=logs / "celery-beat.log",
                    name="Celery beat",
                )
            )
            web_url = f"http://{options['host']}:{options['port']}"
            children.append(
                self._start(
                    [*manage, "runserver", f"{options['host']}:{options['port']}", "--noreload"],
                    log=logs / "web.log",
                    wait_for=web_url + "/healthz",
                    name="portal",
                )
            )
            self.stdout.write(
                f"Logs of the simulator, the Celery worker and beat, and the web server: {logs}/\n"
                f"Django admin: {web_url}/admin/  ·  Ctrl-C stops everything."
            )
            self.stdout.write(self.style.SUCCESS(f"\nThe portal is running at {web_url}/"))
            self.stdout.flush()
            simulator, portal_processes = children[0], children[1:]
            told = False
            while all(child.process.poll() is None for child in portal_processes):
                if simulator.process.poll() is not None and not told:
                    # Stopping the simulator is how the demo shows "Halo is down": keep going.
                    restart = " ".join(["DEBUG=1", ".venv/bin/python", *simulator_command[1:]])
                    self.stdout.write(
                        self.style.WARNING(
                            "The Halo simulator stopped: the portal now behaves as with Halo down "
                            "(writes are kept and retried). Start it again, with the same data, with:\n"
                            f"  {restart}"
                        )
                    )
                    told = True
                time.sleep(0.5)
            stopped = next(child for child in portal_processes if child.process.poll() is not None)
            raise CommandError(f"the {stopped.name} stopped unexpectedly:\n{stopped.tail()}")
        except KeyboardInterrupt:
            self.stdout.write("\nStopping…")
        finally:
            for child in reversed(children):
                if child.process.poll() is None:
                    child.process.send_signal(signal.SIGINT)
            for child in children:
                try:
                    child.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.process.kill()
                child.close()

    def _start(self, command: list[str], *, name: str, log: Path, wait_for: str = "") -> _Child:
        # Each process writes to its own log file: its start-up banners and warnings would
        # otherwise bury the one line a newcomer needs (where the portal is).
        output = log.open("ab")
        process = subprocess.Popen(  # noqa: S603 - our own manage.py / celery, no shell
            command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        child = _Child(name, process, log, output)
        if wait_for:
            _wait_until_up(wait_for, child)
        return child


@dataclass
class _Child:
    """One process of the demo and the log file it writes to."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path
    output: BinaryIO

    def tail(self, lines: int = 20) -> str:
        """The end of its log, to show why it stopped."""
        text = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n".join(text[-lines:]) + f"\n(the whole log: {self.log})"

    def close(self) -> None:
        self.output.close()


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _wait_until_up(url: str, child: _Child, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.process.poll() is not None:
            raise CommandError(
                f"{child.name} exited (code {child.process.returncode}); is its port already in "
                f"use?\n{child.tail()}"
            )
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise CommandError(f"{child.name} did not start within {timeout:.0f}s\n{child.tail()}")
