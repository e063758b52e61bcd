"""Page latency and Halo calls per page, against the simulator on loopback with Halo latency.

    .venv/bin/python benchmarks/bench_portal.py [--latency 0.05] [--rounds 30]

Targets (checked here, never in tests: these machines are noisy):
- My tickets and a ticket page: p95 under 10 x Halo's latency + 150 ms once warm;
- Halo calls: at most 2 per My tickets view and 3 per ticket view once the catalog is cached,
  so a busy portal stays far inside Halo's rate limit (hundreds of calls per few minutes).
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("PORTAL_DATA_DIR", tempfile.mkdtemp(prefix="portal-bench-"))

warnings.filterwarnings("ignore", message="No directory at")  # collectstatic is not needed here

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from halo_integration.models import HaloConnection  # noqa: E402
from halo_integration.simulator import HaloSimulator, serve  # noqa: E402


def measure(
    client: Client, sim: HaloSimulator, path: str, rounds: int
) -> tuple[list[float], float]:
    client.get(path)  # warm: identity match, catalog, token
    timings, calls = [], 0
    for _ in range(rounds):
        before = len(sim.requests)
        started = time.perf_counter()
        response = client.get(path)
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (path, response.status_code)
        calls += len([r for r in sim.requests[before:] if r.path.lower().startswith("/api/")])
    return timings, calls / rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--latency", type=float, default=0.05, help="seconds Halo takes per request"
    )
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    sim = HaloSimulator(seed=True)
    sim.faults.latency = args.latency
    with serve(sim, host="127.0.0.1", port=0) as server:
        connection = HaloConnection(url=server.url, client_id="portal-demo")
        connection.client_secret = "demo-secret"  # noqa: S105 - the simulator's demo credential
        connection.save()
        user = get_user_model().objects.create_user(
            "emma.jones@acme.example", "emma.jones@acme.example"
        )
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        budget = 10 * args.latency + 0.15
        pages = [("My tickets", "/tickets/", 2), ("Ticket 3115", "/tickets/3115/", 3)]
        failed = False
        print(
            f"Halo latency {args.latency * 1000:.0f} ms, {args.rounds} rounds per page, p95 budget {budget * 1000:.0f} ms"
        )
        print(f"{'page':<14}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'Halo calls':>12}")
        for name, path, max_calls in pages:
            timings, calls = measure(client, sim, path, args.rounds)
            p95 = statistics.quantiles(timings, n=20)[18]
            print(f"{name:<14}{statistics.median(timings) * 1000:>9.0f}{p95 * 1000:>9.0f}"
                  f"{max(timings) * 1000:>9.0f}{calls:>12.1f}")  # fmt: skip
            failed |= p95 > budget or calls > max_calls
    print("FAILED: a target was missed" if failed else "all targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
