"""Soak test of the production set-up: are writes ever lost or doubled under faults and crashes?

Builds, on this machine, the deployment of docs/DEPLOY.md: two gunicorn instances (deploy/
gunicorn.conf.py), two Celery workers and one beat, on a fresh PostgreSQL database and Redis,
against the Halo simulator served on loopback from this process (so its faults can be switched
while the run goes on). Employees then send 1,000 writes (new tickets and notes, through the
ordinary pages, alternating between the two instances) while Halo loses responses, answers 5xx and
429, times out and goes down, and Celery workers are SIGKILLed (each at least once, while
deliveries are in flight) and restarted as systemd would. When every write has settled it prints
how many were lost (accepted by the portal, absent from Halo) and doubled (present more than
once), and runs `verify_audit`. Exits 0 only when both are 0 and the audit chain verifies.

    .venv/bin/python benchmarks/soak.py [--writes 1000] [--clients 8] [--deadline 900]

Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth; SOAK_POSTGRES_URL to change) and
Redis on 127.0.0.1:6379 (SOAK_REDIS_URL; databases 12 and 13 are used and flushed). Bounded in
time (--deadline), it stops by itself and always removes its processes, database and files.
This is a script, not a test: it takes minutes and measures a whole deployment.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from halo_integration.simulator import HaloSimulator, serve  # noqa: E402

PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
CELERY = [PYTHON, "-m", "celery", "-A", "portal"]
CLIENT_ID, CLIENT_SECRET = "portal-soak", "soak-secret"
PASSWORD = "soak-password-2026"  # noqa: S105 - throwaway users of a throwaway database
EMPLOYEES = 8


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the simulator, with a window onto POSTs in flight -------------------------------------------


class WatchedSimulator:
    """The simulator's WSGI app, counting POSTs in flight (a worker killed during one of them is
    the case that doubles writes when the outbox gets it wrong)."""

    def __init__(self, sim: HaloSimulator) -> None:
        self.sim = sim
        self.in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        posting = (
            environ.get("REQUEST_METHOD") == "POST"
            and "/api/" in environ.get("PATH_INFO", "").lower()
        )
        if posting:
            with self._lock:
                self.in_flight += 1
        try:
            return self.sim(environ, start_response)
        finally:
            if posting:
                with self._lock:
                    self.in_flight -= 1

    def __getattr__(self, name: str) -> Any:  # faults, store, requests, base_url …
        return getattr(self.sim, name)


def quiet_about_hang_ups(report: Any) -> Any:
    """A client that timed out or was killed hangs up before Halo answers: expected here."""

    def handle_error(request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            report(request, client_address)

    return handle_error


# --- processes -----------------------------------------------------------------------------------


@dataclass
class Processes:
    env: dict[str, str]
    logs: Path
    running: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    kills: list[str] = field(default_factory=list)

    def start(self, name: str, command: list[str], **extra_env: str) -> None:
        out = (self.logs / f"{name}.log").open("ab")
        # Its own session: a SIGKILL reaches the whole process group (a worker and its pool).
        self.running[name] = subprocess.Popen(  # noqa: S603 - our own commands
            command, cwd=ROOT, env={**self.env, **extra_env}, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def start_worker(self, name: str) -> None:
        self.start(name, [*CELERY, "worker", "--pool=prefork", "--concurrency=2",
                          "--loglevel=WARNING", f"--hostname={name}@soak", "--without-gossip",
                          "--without-mingle"])  # fmt: skip

    def kill(self, name: str) -> None:
        process = self.running[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        self.kills.append(name)

    def stop_all(self) -> None:
        for process in self.running.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for process in self.running.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    def check_alive(self) -> None:
        for name, process in self.running.items():
            if process.poll() is not None:
                tail = (self.logs / f"{name}.log").read_text(errors="replace")[-2000:]
                raise SystemExit(f"{name} exited with {process.returncode}:\n{tail}")


def manage(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own manage.py
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        check=check, timeout=300,
    )  # fmt: skip


def wait_until_up(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.3)
    raise SystemExit(f"{url} did not come up within {timeout:.0f}s")


# --- the employees --------------------------------------------------------------------------------


@dataclass
class Write:
    number: int
    kind: str  # "ticket" or "note"
    marker: str
    employee: str
    status: int = 0  # the portal's HTTP answer to the submission
    error: str = ""

    @property
    def accepted(self) -> bool:
        return self.status == 302  # done or pending: post/redirect/get either way


class Employee:
    """One signed-in browser session, alternating between the web instances."""

    def __init__(self, email: str, web_urls: list[str]) -> None:
        self.email = email
        self.web_urls = web_urls
        self.http = httpx.Client(timeout=120, follow_redirects=False)
        self.turn = 0
        self.lock = threading.Lock()

    def sign_in(self) -> None:
        base = self.web_urls[0]
        self.http.get(f"{base}/accounts/login/")
        response = self.http.post(f"{base}/accounts/login/", data={
            "username": self.email, "password": PASSWORD,
            "csrfmiddlewaretoken": self.http.cookies["csrftoken"],
        })  # fmt: skip
        if response.status_code != 302:
            raise SystemExit(f"{self.email} could not sign in ({response.status_code})")

    def post(self, path: str, data: dict[str, str]) -> httpx.Response:
        with self.lock:  # one browser: one request at a time
            base = self.web_urls[self.turn % len(self.web_urls)]
            self.turn += 1
            return self.http.post(f"{base}{path}", data=data,
                                  headers={"X-CSRFToken": self.http.cookies["csrftoken"],
                                           "Referer": f"{base}/"})  # fmt: skip


def submit(write: Write, employee: Employee, open_tickets: list[int]) -> None:
    try:
        if write.kind == "ticket":
            response = employee.post("/tickets/new/", {
                "summary": f"Soak {write.marker} laptop dock", "details": f"Soak run {write.marker}",
            })  # fmt: skip
        else:
            ticket = random.choice(open_tickets)  # noqa: S311 - not cryptography
            response = employee.post(f"/tickets/{ticket}/notes/",
                                     {"note": f"Soak {write.marker} still happening"})  # fmt: skip
        write.status = response.status_code
    except httpx.HTTPError as exc:
        write.error = type(exc).__name__


# --- faults ---------------------------------------------------------------------------------------


@dataclass
class Window:
    """A fault switched on when the run reaches `at` (0..1) and off `seconds` later."""

    name: str
    at: float
    seconds: float
    on: Any
    off: Any
    started: float = 0.0
    ended: float = 0.0


def fault_windows(sim: WatchedSimulator) -> list[Window]:
    faults = sim.faults

    def slow(latency: float) -> Any:
        return lambda: setattr(faults, "latency", latency)

    def down(value: bool) -> Any:
        return lambda: setattr(faults, "down", value)

    return [
        Window("timeouts (answers slower than HALO_TIMEOUT)", 0.15, 6, slow(2.5), slow(0.05)),
        Window("Halo down", 0.30, 8, down(True), down(False)),
        Window(
            "Halo slow after coming back (deliveries in flight)", 0.31, 14, slow(0.4), slow(0.05)
        ),
        Window("Halo down again", 0.60, 8, down(True), down(False)),
        Window("Halo slow again", 0.61, 14, slow(0.4), slow(0.05)),
    ]


def sprinkle_faults(sim: WatchedSimulator) -> None:
    """Before each write, now and then: the next POST's answer is lost, or the next request
    answers 5xx or 429. Per write, so the share of faults does not depend on the speed."""
    faults = sim.faults
    if random.random() < 0.06:  # noqa: S311 - not cryptography
        faults.lose_next_write_response(1)
    if random.random() < 0.04:  # noqa: S311
        faults.fail_next(1, random.choice([500, 502, 503]))  # noqa: S311
    if random.random() < 0.04:  # noqa: S311
        faults.fail_with_429(1, retry_after=1)


def apply_faults(sim: WatchedSimulator, progress: float, windows: list[Window]) -> None:
    """Open and close the timed fault windows as the run progresses."""
    now = time.monotonic()
    for window in windows:
        if not window.started and progress >= window.at:
            window.started = now
            window.on()
            log(f"fault on: {window.name}")
        elif window.started and not window.ended and now - window.started >= window.seconds:
            window.ended = now
            window.off()
            log(f"fault off: {window.name}")


def kill_workers(
    sim: WatchedSimulator, processes: Processes, windows: list[Window], state: dict[str, Any]
) -> None:
    """After each down window, while the workers deliver what piled up (and Halo is slow), SIGKILL
    one worker during a POST in flight, and restart it as systemd would."""
    downs = [w for w in windows if w.name.startswith("Halo down")]
    for name, window in zip(("worker1", "worker2"), downs, strict=True):
        killed = state.setdefault("killed", set())
        if name in killed or not window.ended or time.monotonic() - window.ended < 1.5:
            continue
        deadline = time.monotonic() + 10
        while sim.in_flight == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        in_flight = sim.in_flight
        processes.kill(name)
        killed.add(name)
        log(f"SIGKILL {name} ({in_flight} POST(s) to Halo in flight); restarting it")
        processes.start_worker(name)


# --- the run --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writes", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8, help="concurrent browsers")
    parser.add_argument("--deadline", type=float, default=900, help="seconds for the whole run")
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    random.seed(options.seed)
    started = time.monotonic()

    run = secrets.token_hex(3)
    pg_url = os.environ.get("SOAK_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    redis_url = os.environ.get("SOAK_REDIS_URL", "redis://127.0.0.1:6379").rstrip("/")
    database = f"portal_soak_{run}"
    scratch = Path(tempfile.mkdtemp(prefix="portal-soak-"))
    (scratch / "logs").mkdir()
    redis_dbs = [redis.Redis.from_url(f"{redis_url}/{n}") for n in (12, 13)]

    admin = psycopg.connect(pg_url, autocommit=True)
    sim_server = None
    processes: Processes | None = None
    try:
        admin.execute(f'CREATE DATABASE "{database}"')
        for db in redis_dbs:
            db.flushdb()
        sim = WatchedSimulator(
            HaloSimulator(seed=True, clients={CLIENT_ID: (CLIENT_SECRET, "all")})
        )
        sim_server = serve(sim, host="127.0.0.1", port=0)  # type: ignore[arg-type]
        sim_server.handle_error = quiet_about_hang_ups(sim_server.handle_error)  # type: ignore[method-assign]
        sim.sim.base_url = sim_server.url
        sim.faults.latency = 0.05
        env = soak_env(pg_url.rsplit("/", 1)[0] + f"/{database}", redis_url, scratch)
        log(f"database {database}, Halo simulator at {sim_server.url}, files in {scratch}")

        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "halo_connect", "--url", sim_server.url, "--client-id", CLIENT_ID,
               "--client-secret", CLIENT_SECRET)  # fmt: skip
        people = employees_with_open_tickets(sim)
        create_users(env, list(people))

        processes = Processes(env=env, logs=scratch / "logs")
        web_ports = [free_port(), free_port()]
        for n, port in enumerate(web_ports, start=1):
            processes.start(f"web{n}", [GUNICORN, "-c", "deploy/gunicorn.conf.py"],
                            PORTAL_BIND=f"127.0.0.1:{port}")  # fmt: skip
        processes.start_worker("worker1")
        processes.start_worker("worker2")
        processes.start("beat", [*CELERY, "beat", "--loglevel=WARNING",
                                 f"--schedule={scratch / 'celerybeat-schedule'}"])  # fmt: skip
        web_urls = [f"http://127.0.0.1:{port}" for port in web_ports]
        for url in web_urls:
            wait_until_up(f"{url}/healthz")
        log("2 gunicorn instances (2 workers each), 2 Celery workers and a beat are up")

        browsers = {email: Employee(email, web_urls) for email in people}
        for browser in browsers.values():
            browser.sign_in()
        writes = [
            Write(
                i,
                "ticket" if i % 2 == 0 else "note",
                f"[{run}-{i:04d}]",
                list(people)[i % len(people)],
            )  # fmt: skip
            for i in range(options.writes)
        ]
        send(writes, browsers, people, sim, processes, options, started)
        log("all writes submitted; lifting faults and waiting for the outbox to drain")
        sim.faults.reset()
        sim.faults.latency = 0.05
        drained = drain(env, processes, started + options.deadline)
        return report(writes, sim, env, processes, drained, started)
    finally:
        if processes is not None:
            processes.stop_all()
        if sim_server is not None:
            sim_server.shutdown()
        with contextlib.suppress(psycopg.Error):
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.close()
        for db in redis_dbs:
            with contextlib.suppress(redis.RedisError):
                db.flushdb()
        shutil.rmtree(scratch, ignore_errors=True)
        log(
            "cleaned up: processes stopped, database dropped, Redis databases flushed, files removed"
        )


def soak_env(database_url: str, redis_url: str, scratch: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "FIELD_ENCRYPTION_KEY": "x8Z3fXzQm2VbNVpQ0yJv1hT2q9gS7cK4dL6wE5rA3uY=",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_COOKIES": "0",  # plain http on loopback
        "PASSWORD_LOGIN_ENABLED": "1",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "CACHE_URL": f"{redis_url}/12",
        "CELERY_BROKER_URL": f"{redis_url}/13",
        "PORTAL_DATA_DIR": str(scratch / "data"),
        "STATIC_ROOT": str(scratch / "static"),
        "WEB_CONCURRENCY": "2",
        "GUNICORN_ACCESS_LOG": str(scratch / "logs" / "access.log"),
        "HALO_TIMEOUT": "2",
        "HALO_RETRY_BASE_SECONDS": "1",
        "OUTBOX_CLAIM_SECONDS": "20",  # above HALO_TIMEOUT x the client's tries
        "OUTBOX_SWEEP_SECONDS": "5",
        "WRITE_REQUESTS_PER_MINUTE": "0",
        "LOG_LEVEL": "WARNING",
    }


def employees_with_open_tickets(sim: WatchedSimulator) -> dict[str, list[int]]:
    users = {u["id"]: u["emailaddress"] for u in sim.store.users.values() if u.get("emailaddress")}
    tickets: dict[str, list[int]] = {}
    for ticket in sim.store.tickets.values():
        email = users.get(ticket.get("user_id"))
        if email and not ticket.get("hasbeenclosed"):
            tickets.setdefault(email, []).append(int(ticket["id"]))
    chosen = sorted(tickets, key=lambda e: -len(tickets[e]))[:EMPLOYEES]
    return {email: tickets[email] for email in chosen}


def create_users(env: dict[str, str], emails: list[str]) -> None:
    code = (
        "from django.contrib.auth import get_user_model\n"
        "User = get_user_model()\n"
        f"for email in {emails!r}:\n"
        f"    User.objects.create_user(username=email, email=email, password={PASSWORD!r})\n"
    )
    manage(env, "shell", "-c", code)


def send(
    writes: list[Write],
    browsers: dict[str, Employee],
    people: dict[str, list[int]],
    sim: WatchedSimulator,
    processes: Processes,
    options: argparse.Namespace,
    started: float,
) -> None:
    done = 0
    state: dict[str, Any] = {}
    windows = fault_windows(sim)
    lock = threading.Lock()

    def one(write: Write) -> None:
        nonlocal done
        sprinkle_faults(sim)
        submit(write, browsers[write.employee], people[write.employee])
        with lock:
            done += 1

    with ThreadPoolExecutor(max_workers=options.clients) as pool:
        futures = [pool.submit(one, write) for write in writes]
        last_report = 0
        while not all(f.done() for f in futures) or len(state.get("killed", ())) < 2:
            apply_faults(sim, done / len(writes), windows)
            kill_workers(sim, processes, windows, state)
            processes.check_alive()
            if done - last_report >= 100:
                last_report = done
                log(f"{done} writes submitted")
            if time.monotonic() - started > options.deadline:
                raise SystemExit("deadline reached while submitting writes")
            time.sleep(0.05)
    for window in windows:  # a short run may end inside a window
        if not window.ended:
            window.off()


def queued(env: dict[str, str]) -> tuple[int, int]:
    with psycopg.connect(env["DATABASE_URL"]) as conn:
        row = conn.execute(
            "SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FILTER (WHERE status = 'failed')"
            " FROM halo_integration_pendingwrite"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def outbox_figures(env: dict[str, str]) -> tuple[int, int]:
    """Writes that needed more than one attempt, and those of them that may have been stored
    already (so the next attempt looked in Halo before sending)."""
    with psycopg.connect(env["DATABASE_URL"]) as conn:
        row = conn.execute(
            "SELECT count(*) FILTER (WHERE attempts > 1), count(*) FILTER (WHERE maybe_committed)"
            " FROM halo_integration_pendingwrite"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def drain(env: dict[str, str], processes: Processes, deadline: float) -> bool:
    last = -1
    while time.monotonic() < deadline:
        processes.check_alive()
        waiting, _ = queued(env)
        if waiting == 0:
            return True
        if waiting != last:
            log(f"{waiting} write(s) still queued")
            last = waiting
        time.sleep(1)
    return False


def count_in_halo(sim: WatchedSimulator, writes: list[Write]) -> dict[str, int]:
    found = {w.marker: 0 for w in writes}
    pattern = re.compile(r"\[[0-9a-f]{6}-\d{4}\]")
    texts: Iterator[str] = (
        *(str(t.get("summary") or "") for t in sim.store.tickets.values()),
        *(str(a.get("note") or "") for actions in sim.store.actions.values() for a in actions),
    )
    for text in texts:
        for marker in pattern.findall(text):
            if marker in found:
                found[marker] += 1
    return found


def report(
    writes: list[Write],
    sim: WatchedSimulator,
    env: dict[str, str],
    processes: Processes,
    drained: bool,
    started: float,
) -> int:
    found = count_in_halo(sim, writes)
    accepted = [w for w in writes if w.accepted]
    refused = [w for w in writes if not w.accepted]
    lost = [w for w in accepted if found[w.marker] == 0]
    doubled = [w for w in writes if found[w.marker] > 1]
    refused_but_stored = [w for w in refused if found[w.marker] > 0]
    waiting, failed = queued(env)
    audit = manage(env, "verify_audit", check=False)
    head = manage(env, "verify_audit", "--head", check=False).stdout.strip().splitlines()[-1:]
    tickets = sum(1 for w in writes if w.kind == "ticket")
    retried, maybe = outbox_figures(env)
    print()
    print("Soak result")
    print(
        f"  writes submitted:        {len(writes)} ({tickets} new tickets, {len(writes) - tickets} notes)"
    )
    print(f"  accepted by the portal:  {len(accepted)}")
    print(f"  refused by the portal:   {len(refused)}"
          + (f" (HTTP {sorted({w.status or w.error for w in refused}, key=str)})" if refused else ""))  # fmt: skip
    print(
        f"  still queued / failed:   {waiting} / {failed}  (drained: {'yes' if drained else 'NO'})"
    )
    print(f"  worker SIGKILLs:         {len(processes.kills)} ({', '.join(processes.kills)})")
    print(f"  needed a retry:          {retried} ({maybe} maybe stored: looked for in Halo first)")
    print(f"  Halo requests served:    {len(sim.requests)}")
    print(f"  writes lost:             {len(lost)}")
    print(f"  writes doubled:          {len(doubled)}")
    if refused_but_stored:
        print(f"  refused but in Halo:     {len(refused_but_stored)}")
    print(f"  verify_audit:            {'passed' if audit.returncode == 0 else 'FAILED'}"
          f" — {(audit.stdout or audit.stderr).strip().splitlines()[-1]}"
          + (f" (head {head[0]})" if head else ""))  # fmt: skip
    print(f"  duration:                {time.monotonic() - started:.0f} s")
    for w in (lost + doubled)[:10]:
        print(
            f"    {w.marker} {w.kind} by {w.employee}: HTTP {w.status}, in Halo {found[w.marker]}x"
        )
    ok = (
        not lost and not doubled and not refused_but_stored and drained and failed == 0
        and audit.returncode == 0 and len(processes.kills) >= 2
    )  # fmt: skip
    print("  RESULT:                  " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
