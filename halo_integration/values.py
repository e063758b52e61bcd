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


# Halo's ids (tickets, users, customers, …) are 32-bit signed integers: anything larger cannot be
# a Halo record, and is refused before it reaches a database column or Halo.
HALO_ID_MAX = 2**31 - 1


def in_halo_range(number: int) -> bool:
    return 1 <= number <= HALO_ID_MAX
