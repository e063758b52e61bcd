"""Fixtures of the HaloClient tests: the client recording its back-off waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from halo_integration.client import HaloClient
from halo_integration.simulator import HaloSimulator
from tests.halo_integration.client_support import make_client


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def recorded_halo(sim: HaloSimulator, sleeps: list[float]) -> Iterator[HaloClient]:
    """The real client over the simulator, recording its back-off waits instead of sleeping."""
    with make_client(sim, sleep=sleeps.append, max_retries=3, max_backoff=30.0) as halo:
        yield halo
