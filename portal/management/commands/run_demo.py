"""python manage.py run_demo: the whole portal on one machine, against the built-in Halo simulator.

Starts the simulator, connects the portal to it (halo_connect), seeds demo users, then runs a
Celery worker, Celery beat and the web server until Ctrl-C, or until one of them dies (then all
of them are stopped). Children get the same environment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

DEMO_CLIENT_ID = "portal-demo"
DEMO_CLIENT_SECRET = "demo-secret"  # noqa: S105 - the simulator's published demo credential


class Command(BaseCommand):
    help = "Run the portal with the built-in Halo simulator, a Celery worker and demo users."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument(
            "--halo-port", type=int, default=int(os.environ.get("HALO_SIM_PORT", "8765"))
        )
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))

    def handle(self, *args: Any, **options: Any) -> None:
        children: list[subprocess.Popen[bytes]] = []
        manage = [sys.executable, "manage.py"]
        signal.signal(
            signal.SIGTERM, _stop_on_sigterm
        )  # a supervisor's stop also ends the children
        try:
            halo_url = f"http://127.0.0.1:{options['halo_port']}"
            children.append(self._start(
                [*manage, "halo_simulator", "--port", str(options["halo_port"]),
                 "--client-id", DEMO_CLIENT_ID, "--client-secret", DEMO_CLIENT_SECRET],
                wait_for=halo_url + "/api/AuthInfo", name="Halo simulator",
            ))  # fmt: skip
            call_command(
                "halo_connect",
                url=halo_url,
                client_id=DEMO_CLIENT_ID,
                client_secret=DEMO_CLIENT_SECRET,
            )
            self.stdout.write("Demo users (password sign-in is on for the demo):")
            call_command("seed_demo_users")
            children.append(self._start(
                [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=threads",
                 "--concurrency=2", "--loglevel=WARNING"],
                name="Celery worker",
            ))  # fmt: skip
            # Beat is its own process, as in production: a worker started with --beat leaves its
            # beat running when the worker is killed, and two such beats double the sweeps.
            children.append(self._start(
                [sys.executable, "-m", "celery", "-A", "portal", "beat", "--loglevel=WARNING"],
                name="Celery beat",
            ))  # fmt: skip
            web_url = f"http://{options['host']}:{options['port']}"
            children.append(self._start(
                [*manage, "runserver", f"{options['host']}:{options['port']}", "--noreload"],
                wait_for=web_url + "/healthz", name="portal",
            ))  # fmt: skip
            self.stdout.write(
                self.style.SUCCESS(f"\nThe portal is running at {web_url}/  (Ctrl-C stops it)")
            )
            self.stdout.write(f"Halo simulator: {halo_url}  ·  Django admin: {web_url}/admin/")
            self.stdout.flush()
            simulator, portal_processes = children[0], children[1:]
            told = False
            while all(child.poll() is None for child in portal_processes):
                if simulator.poll() is not None and not told:
                    # Stopping the simulator is how the demo shows "Halo is down": keep going.
                    self.stdout.write(self.style.WARNING(
                        "The Halo simulator stopped: the portal now behaves as with Halo down (writes are "
                        f"kept and retried). Start it again with: DEBUG=1 .venv/bin/python manage.py halo_simulator --port "
                        f"{options['halo_port']} --client-id {DEMO_CLIENT_ID} --client-secret {DEMO_CLIENT_SECRET}"
                    ))  # fmt: skip
                    told = True
                time.sleep(0.5)
            raise CommandError("a demo process stopped unexpectedly; see the output above")
        except KeyboardInterrupt:
            self.stdout.write("\nStopping…")
        finally:
            for child in reversed(children):
                if child.poll() is None:
                    child.send_signal(signal.SIGINT)
            for child in children:
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()

    def _start(
        self, command: list[str], *, name: str, wait_for: str = ""
    ) -> subprocess.Popen[bytes]:
        child = subprocess.Popen(command)  # noqa: S603 - our own manage.py / celery, no shell
        if wait_for:
            _wait_until_up(wait_for, child, name)
        return child


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _wait_until_up(
    url: str, child: subprocess.Popen[bytes], name: str, timeout: float = 60.0
) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise CommandError(
                f"{name} exited (code {child.returncode}); is its port already in use?"
            )
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise CommandError(f"{name} did not start within {timeout:.0f}s")
