"""The portal-wide Halo budget (writes first) and single flight for concurrent cold reads."""

from __future__ import annotations

import threading

import pytest

from halo_integration import flight
from halo_integration.budget import SharedBudget
from halo_integration.errors import HaloRateLimited
from tests.fixtures.halo import api_calls
from tests.mirror.conftest import EMMAS_TICKET

pytestmark = pytest.mark.django_db


def test_reads_stop_at_their_share_and_writes_still_go_through():
    budget = SharedBudget("test", limit=10, read_share=0.5)
    assert [budget.acquire(write=False) for _ in range(6)] == [True] * 5 + [False]
    assert all(budget.acquire(write=True) for _ in range(5))
    assert not budget.acquire(write=True)


def test_a_client_over_budget_does_not_call_halo(halo_connected, sim, settings):
    from halo_integration.connection import build_halo_client

    settings.HALO_BUDGET = 1
    settings.HALO_BUDGET_READ_SHARE = 1.0
    halo = build_halo_client()
    halo.get_ticket(EMMAS_TICKET)
    before = api_calls(sim)
    with pytest.raises(HaloRateLimited):
        halo.get_ticket(EMMAS_TICKET)
    assert api_calls(sim) == before


def test_the_process_shares_one_http_client(halo_connected):
    from halo_integration.connection import build_halo_client

    assert build_halo_client()._http is build_halo_client()._http


def test_concurrent_cold_loads_of_one_thing_load_it_once():
    loads: list[int] = []
    done: dict[str, int] = {}
    start = threading.Barrier(8)

    def load() -> int:
        loads.append(1)
        threading.Event().wait(0.2)
        done["value"] = 42
        return 42

    results: list[int] = []

    def worker() -> None:
        start.wait()
        results.append(flight.once("thing", ready=lambda: done.get("value"), load=load))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert results == [42] * 8 and len(loads) == 1
