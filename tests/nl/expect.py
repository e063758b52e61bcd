"""What the planner tests expect, written once: a request typed by one person, and a new ticket
whose summary has some words."""

from __future__ import annotations

from typing import Any


def asked(who: str, text: str, expect: dict[str, Any]) -> dict[str, Any]:
    return {"as": who, "text": text, "expect": expect}


def new_ticket(words: str, **params: Any) -> dict[str, Any]:
    return {"action": "create_ticket", "params": {"summary_has": words, **params}}
