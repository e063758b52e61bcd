"""Reading Halo's loosely typed values: flags may come as booleans or strings, ids as numbers or text."""

from __future__ import annotations

from typing import Any


def truthy(value: Any) -> bool:
    """A Halo flag (True, "true", "1", "yes") as a bool."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value)


def int_or_none(value: Any) -> int | None:
    """A Halo id as an int, or None when it is missing or not a number."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
