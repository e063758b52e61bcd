"""What admins configure (the action policies, the Halo connection) is read on every page but
changes only when an admin saves it, so each process keeps its own copy instead of querying it.

The copies are checked against one generation number in the shared cache (see generations),
which every save or delete of such a row changes. Every process reads the rows again on its
next request after a change. A lost cache (restart, eviction) only costs a reload.

Changes that bypass the model's signals (queryset.update(), raw SQL, restoring a backup) must
call forget(): the portal's own such updates touch no field kept here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from halo_integration.generations import Generation

T = TypeVar("T")

GENERATION_KEY = "config:generation"
CONFIG = Generation(GENERATION_KEY)

_lock = threading.Lock()
_generation: str | None = None
_values: dict[str, Any] = {}


def remembered(name: str, load: Callable[[], T]) -> T:
    """The value `load` gives, read once per process and generation."""
    global _generation
    generation = CONFIG.current()
    with _lock:
        if _generation != generation:
            _values.clear()
            _generation = generation
        if name in _values:
            return _values[name]  # type: ignore[no-any-return]
    value = load()
    with _lock:
        if _generation == generation:  # not if a bump came while it was read
            _values[name] = value
    return value


def forget() -> None:
    """Every process reads the configuration again on its next use."""
    CONFIG.bump()


def watch(*models: type[Any]) -> None:
    """Forget the copies whenever a row of these models is saved or deleted."""
    CONFIG.watch(*models)
