"""Halo's date format: ISO 8601 without an offset, UTC, and a sentinel for "never"."""

from __future__ import annotations

from datetime import UTC, datetime

# Halo returns this (or a 1899 date) instead of null for unset date fields.
UNSET_DATE = "1900-01-01T00:00:00"
DAY = 86400.0


def iso(epoch_seconds: float) -> str:
    return datetime.fromtimestamp(epoch_seconds, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")


def parse_iso(value: str | None) -> float | None:
    """Epoch seconds for a Halo date string; None for empty, unparsable or sentinel values."""
    if not value or value.startswith(("1899", "1900-01-01")):
        return None
    text = value.strip().removesuffix("Z")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
