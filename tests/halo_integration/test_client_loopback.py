"""The same core flows over a real socket: the simulator served on 127.0.0.1 by serve()."""

from __future__ import annotations

import time

import pytest

from halo_integration.client import HaloClient, HaloConfig
from halo_integration.errors import HaloAuthFailed, HaloUnavailable
from halo_integration.simulator import HaloSimulator, serve
from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET

ACME = 12


def _config(server, **overrides) -> HaloConfig:
    fields = {"url": server.url, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    return HaloConfig(**{**fields, **overrides})


@pytest.fixture
def halo_over_socket(loopback_sim):
    with HaloClient(_config(loopback_sim), sleep=lambda _: None) as halo:
        yield halo


def _calls(sim: HaloSimulator, method: str, path: str) -> list:
    return [r for r in sim.requests if r.method == method and r.path == path]


def test_auth_then_a_get_over_a_socket(sim, halo_over_socket):
    assert halo_over_socket.get_me().name == "Portal API"
    assert halo_over_socket.get_ticket(3115).id == 3115

    assert sim.token_requests == 1
    assert [r.path for r in sim.requests] == ["/auth/token", "/api/Agent/me", "/api/Tickets/3115"]


def test_hosted_auth_with_a_tenant_over_a_socket():
    sim = HaloSimulator(seed=False, tenant="acme")
    with serve(sim) as server:
        with HaloClient(_config(server, tenant="acme", url=server.url + "/api")) as halo:
            assert halo.get_me().id == 14
        with HaloClient(_config(server, tenant="wrong")) as halo, pytest.raises(HaloAuthFailed):
            halo.get_me()

    assert [r.query for r in sim.requests if r.path == "/auth/token"] == [
        {"tenant": "acme"},
        {"tenant": "wrong"},
    ]


def test_paging_over_a_socket(sim, halo_over_socket):
    expected = sum(1 for t in sim.store.tickets.values() if t["client_id"] == ACME)

    rows = list(halo_over_socket.iter_tickets(client_id=ACME))

    assert len(rows) == expected > 100
    assert [r.query["page_no"] for r in _calls(sim, "GET", "/api/Tickets")] == ["1", "2"]


def test_a_401_is_renewed_over_a_socket(sim, halo_over_socket):
    halo_over_socket.get_me()
    sim.revoke_tokens()

    assert halo_over_socket.get_me().id == 14
    assert sim.token_requests == 2


def test_create_ticket_over_a_socket(sim, halo_over_socket):
    created = halo_over_socket.create_ticket({"summary": "Over the wire", "client_id": ACME})

    assert sim.store.tickets[created.id]["summary"] == "Over the wire"
    assert _calls(sim, "POST", "/api/Tickets")[0].body == [
        {"summary": "Over the wire", "client_id": ACME}
    ]


def test_a_dropped_connection_after_a_write_is_not_retried_and_the_write_is_there(
    sim, halo_over_socket
):
    halo_over_socket.get_me()
    sim.faults.lose_next_write_response(1)

    with pytest.raises(HaloUnavailable) as raised:
        halo_over_socket.create_ticket({"summary": "Answer lost on the wire", "client_id": ACME})

    assert raised.value.write_may_have_committed is True
    posts = _calls(sim, "POST", "/api/Tickets")
    assert len(posts) == 1
    assert posts[0].status is None  # the simulator hung up without answering
    matching = [t for t in sim.store.tickets.values() if t["summary"] == "Answer lost on the wire"]
    assert len(matching) == 1
    # the client is still usable afterwards
    assert halo_over_socket.get_ticket(matching[0]["id"]).id == matching[0]["id"]


def test_a_5xx_on_a_get_over_a_socket_is_retried(sim, halo_over_socket):
    sim.faults.fail_next(1, status=502)

    assert halo_over_socket.get_ticket(3115).id == 3115
    assert [r.status for r in _calls(sim, "GET", "/api/Tickets/3115")] == [502, 200]


def test_a_get_slower_than_the_timeout_is_unavailable(sim, loopback_sim):
    config = _config(loopback_sim, timeout=0.2)
    with HaloClient(config, sleep=lambda _: None, max_retries=1) as halo:
        halo.get_me()  # the token is fetched while Halo is still fast
        sim.faults.latency = 0.5
        started = time.monotonic()

        with pytest.raises(HaloUnavailable) as raised:
            halo.get_ticket(3115)

    assert time.monotonic() - started < 2
    assert raised.value.write_may_have_committed is False
    assert "Timeout" in str(raised.value)


def test_a_token_endpoint_slower_than_the_timeout_is_unavailable(sim, loopback_sim):
    sim.faults.latency = 0.5

    with (
        HaloClient(_config(loopback_sim, timeout=0.2)) as halo,
        pytest.raises(HaloUnavailable) as raised,
    ):
        halo.get_me()

    assert "token endpoint" in str(raised.value)


def test_a_write_that_timed_out_may_still_commit(sim, loopback_sim):
    with HaloClient(_config(loopback_sim, timeout=0.2), sleep=lambda _: None) as halo:
        halo.get_me()
        sim.faults.latency = 0.4

        with pytest.raises(HaloUnavailable) as raised:
            halo.create_ticket({"summary": "Slow but committed", "client_id": ACME})

    assert raised.value.write_may_have_committed is True
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and not _calls(sim, "POST", "/api/Tickets"):
        time.sleep(0.05)
    assert len(_calls(sim, "POST", "/api/Tickets")) == 1
    assert [t["summary"] for t in sim.store.tickets.values()].count("Slow but committed") == 1


def test_connection_refused_is_unavailable():
    config = HaloConfig(url="http://127.0.0.1:9", client_id=CLIENT_ID, client_secret=CLIENT_SECRET)

    with HaloClient(config) as halo, pytest.raises(HaloUnavailable) as raised:
        halo.get_me()

    assert "cannot reach" in str(raised.value)
