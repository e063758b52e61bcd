"""What the phrasing tables share."""

from __future__ import annotations

from typing import Any

ABSENT = object()  # a slot expected as ABSENT must not be in the parse at all

Case = tuple[str, str | None, dict[str, Any]]  # (text, expected action, expected slot subset)
