"""Every Ask box test runs with the portal connected to the simulator."""

from __future__ import annotations

import pytest

from halo_integration.models import HaloConnection


@pytest.fixture(autouse=True)
def connected(halo_connected: HaloConnection) -> HaloConnection:
    return halo_connected
