"""Every employee-page test: Halo being down answers at once instead of after real back-off."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_backoff(no_backoff: None) -> None:
    """The shared fixture (tests/fixtures/halo.py), for every test here."""
