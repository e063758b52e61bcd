"""``manage.py halo_simulator``: serve the Halo API simulator on loopback until interrupted."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from halo_integration.simulator import HaloSimulator, serve
from halo_integration.simulator.variants import ALL as VARIANTS


class Command(BaseCommand):
    help = "Serve a simulated Halo API (seeded demo tenant) on loopback until interrupted."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8765, help="TCP port (0 picks a free one)")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument(
            "--tenant", default=None, help="act as hosted Halo: /auth/token needs ?tenant=NAME"
        )
        parser.add_argument("--client-id", default="portal-demo")
        parser.add_argument("--client-secret", default="demo-secret")
        parser.add_argument("--no-seed", action="store_true", help="start with reference data only")
        parser.add_argument("--token-lifetime", type=int, default=3600, help="seconds")
        parser.add_argument(
            "--latency", type=float, default=0.0, help="seconds added to every answer"
        )
        parser.add_argument(
            "--variants",
            default="",
            help=f"comma-separated real-world answer shapes, or 'all' ({', '.join(VARIANTS)})",
        )
        parser.add_argument(
            "--state",
            type=Path,
            default=None,
            help="keep the tenant in this JSON file across restarts (default: in memory only)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sim = HaloSimulator(
            seed=not options["no_seed"],
            tenant=options["tenant"],
            clients={options["client_id"]: (options["client_secret"], "all")},
            token_lifetime=options["token_lifetime"],
            state_path=options["state"],
        )
        sim.faults.latency = options["latency"]
        wanted = [v.strip() for v in options["variants"].split(",") if v.strip()]
        try:
            sim.variants.enable(*(VARIANTS if wanted == ["all"] else wanted))
        except ValueError as error:
            raise CommandError(str(error)) from error
        try:
            server = serve(sim, host=options["host"], port=options["port"])
        except OSError as error:
            raise CommandError(
                f"Cannot listen on {options['host']}:{options['port']}: {error}"
            ) from error
        sim.base_url = server.url  # so /api/AuthInfo points clients back at this server
        self.stdout.write(
            f"Halo simulator listening on {server.url} (client id {options['client_id']})"
        )
        if options["state"] is not None:
            self.stdout.write(f"Its data is kept in {options['state']}")
        self.stdout.flush()
        try:
            _wait_for_stop_signal()
        finally:
            # A second Ctrl-C (the terminal's and the demo's own) must not break the shutdown.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            server.shutdown()


def _wait_for_stop_signal() -> None:
    """Block until SIGINT or SIGTERM; both end the command cleanly."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
