"""Fixtures for the real-world shape tests: the simulator answering like live Halo instances."""

from __future__ import annotations

import pytest

from halo_integration.client import HaloClient
from tests.halo_fixtures import *  # noqa: F403


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch):
    monkeypatch.setattr(HaloClient, "_backoff", lambda self, attempt, retry_after, why: None)
