"""What admins configure (the action policies, the Halo connection) is read on every page but
changes only when an admin saves it, so each process keeps its own copy instead of querying it.

The copies are checked against one generation number in the shared cache. Saving or deleting
such a row anywhere bumps it twice: at once, so this process sees its own change inside its
transaction, and again after the commit, because another process may have read the old row
between the two and kept it under the first new number. Every process reads the rows again on
its next request after a bump. A lost cache (restart, eviction) only costs a reload.

Changes that bypass the model's signals (queryset.update(), raw SQL, restoring a backup) must
call forget(): the portal's own such updates touch no field kept here."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

GENERATION_KEY = "config:generation"

_lock = threading.Lock()
_generation: str | None = None
_values: dict[str, Any] = {}


def remembered(name: str, load: Callable[[], T]) -> T:
    """The value `load` gives, read once per process and generation."""
    global _generation
    generation = _current_generation()
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
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _current_generation() -> str:
    found = cache.get(GENERATION_KEY)
    if found is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        found = cache.get(GENERATION_KEY)
    return str(found)


def _changed(**_: Any) -> None:
    forget()
    transaction.on_commit(forget)


def watch(*models: type[Any]) -> None:
    """Forget the copies whenever a row of these models is saved or deleted."""
    for model in models:
        post_save.connect(_changed, sender=model, dispatch_uid=f"config-memo-save-{model}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"config-memo-delete-{model}")
