"""Fault knobs, in-process (WSGI) and over loopback HTTP (serve)."""

from __future__ import annotations

import time

import httpx
import pytest

from halo_integration.simulator import Faults, HaloSimulator, serve
from tests.simulator import DEMO_FORM, api_client, get_token, wsgi_client


@pytest.fixture
def sim() -> HaloSimulator:
    return HaloSimulator()


@pytest.fixture
def client(sim):
    return api_client(sim)


def new_ticket_count(sim: HaloSimulator, summary: str) -> int:
    return sum(1 for t in sim.store.tickets.values() if t["summary"] == summary)


def test_latency(sim, client):
    sim.faults.latency = 0.15
    started = time.monotonic()
    assert client.get("/api/Status").status_code == 200
    assert time.monotonic() - started >= 0.15


def test_rolling_rate_limit(sim, client):
    sim.faults.rate_limit(3, 60)
    assert [client.get("/api/Status").status_code for _ in range(3)] == [200, 200, 200]
    limited = client.get("/api/Status")
    assert limited.status_code == 429
    assert limited.text == "Rate Limit Reached - 3 Requests per rolling 1 minute window"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert get_token(client)  # the token endpoint is not rate limited
    sim.advance(61)
    assert client.get("/api/Status").status_code == 200


def test_rate_limit_message_formats_short_windows(sim, client):
    sim.faults.rate_limit(1, 3)
    client.get("/api/Status")
    limited = client.get("/api/Status")
    assert limited.text == "Rate Limit Reached - 1 Requests per rolling 0.05 minute window"
    assert limited.headers["Retry-After"] in {"1", "2", "3"}
    sim.faults.rate_limit(None)
    assert client.get("/api/Status").status_code == 200


def test_fail_with_429(sim, client):
    sim.faults.fail_with_429(2, retry_after=7)
    first, second = client.get("/api/Status"), client.get("/api/Status")
    assert first.status_code == second.status_code == 429
    assert first.headers["Retry-After"] == "7"
    assert "Rate Limit Reached" in first.text
    assert client.get("/api/Status").status_code == 200
    sim.faults.fail_with_429(1, retry_after=None)
    assert "Retry-After" not in client.get("/api/Status").headers


def test_fail_next_does_nothing(sim, client):
    sim.faults.fail_next(2, status=503)
    first = client.post("/api/Tickets", json=[{"summary": "never stored"}])
    second = client.get("/api/Status")
    assert (first.status_code, second.status_code) == (503, 503)
    assert new_ticket_count(sim, "never stored") == 0
    assert client.get("/api/Status").status_code == 200
    assert get_token(client)


def test_fail_next_only_takes_server_errors():
    with pytest.raises(ValueError):
        Faults().fail_next(1, status=404)


def test_lost_write_in_process_is_a_committed_504(sim, client):
    sim.faults.lose_next_write_response()
    assert client.get("/api/Status").status_code == 200  # reads are not affected
    response = client.post("/api/Tickets", json=[{"summary": "written but unanswered"}])
    assert response.status_code == 504
    assert response.text == "The gateway timed out"
    assert new_ticket_count(sim, "written but unanswered") == 1
    assert sim.requests[-1].status == 504
    assert client.post("/api/Tickets", json=[{"summary": "next one"}]).status_code == 201


def test_service_down_includes_the_token_endpoint(sim, client):
    sim.faults.down = True
    assert client.get("/api/Status").status_code == 503
    assert wsgi_client(sim).post("/auth/token", data=DEMO_FORM).status_code == 503
    sim.faults.down = False
    assert client.get("/api/Status").status_code == 200


def test_reset_turns_everything_off(sim, client):
    sim.faults.latency = 5
    sim.faults.down = True
    sim.faults.rate_limit(1, 60)
    sim.faults.fail_next(3)
    sim.faults.fail_with_429(3)
    sim.faults.lose_next_write_response(3)
    sim.faults.reset()
    assert sim.faults == Faults()
    assert client.post("/api/Tickets", json=[{"summary": "fine"}]).status_code == 201


# --- loopback ------------------------------------------------------------------------------------


def test_serve_answers_over_loopback(sim):
    with serve(sim) as server:
        assert server.url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=server.url) as client:
            token = client.post("/auth/token", data={**DEMO_FORM, "scope": "all"}).json()[
                "access_token"
            ]
            client.headers["Authorization"] = f"Bearer {token}"
            tickets = client.get(
                "/api/Tickets", params={"pageinate": "true", "page_size": 5}
            ).json()
            assert len(tickets["tickets"]) == 5
            created = client.post("/api/Tickets", json=[{"summary": "over the wire"}])
            assert created.status_code == 201
            assert client.get("/api/Tickets/999999").status_code == 404
    with pytest.raises(httpx.TransportError):
        httpx.get(server.url + "/api/AuthInfo", timeout=1)


def test_lost_write_over_loopback_drops_the_connection(sim):
    with serve(sim) as server, httpx.Client(base_url=server.url) as client:
        client.headers["Authorization"] = f"Bearer {get_token(client)}"
        sim.faults.lose_next_write_response()
        with pytest.raises(httpx.RemoteProtocolError):
            client.post("/api/Tickets", json=[{"summary": "committed, then lost"}])
        assert new_ticket_count(sim, "committed, then lost") == 1
        assert sim.requests[-1].status is None
        assert client.post("/api/Tickets", json=[{"summary": "after"}]).status_code == 201


def test_rate_limit_over_loopback(sim):
    sim.faults.rate_limit(1, 60)
    with serve(sim) as server, httpx.Client(base_url=server.url) as client:
        assert client.get("/api/AuthInfo").status_code == 200
        limited = client.get("/api/AuthInfo")
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1


def test_shutdown_is_idempotent(sim):
    server = serve(sim)
    assert httpx.get(server.url + "/api/AuthInfo", timeout=1).status_code == 200

    server.shutdown()
    server.shutdown()  # the second call returns at once instead of blocking or raising

    assert not server._thread.is_alive()
    assert server.socket.fileno() == -1  # the port was released
    with pytest.raises(httpx.TransportError):
        httpx.get(server.url + "/api/AuthInfo", timeout=1)
