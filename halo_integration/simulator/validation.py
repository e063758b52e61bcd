"""Shared checks for POST bodies: array-or-object bodies, unknown fields, typed ids.

Error bodies follow one shape, ASP.NET model-state style: a flat JSON object mapping the field
path to a message, for example ``{"[0].summary": "Summary is required"}``. Body-level problems
use the key ``"$"``. Every item of a batch is validated before anything is written, so a batch is
all-or-nothing.
"""

from __future__ import annotations

from typing import Any

from .http import Request, bad_request
from .schema import unknown_fields

Item = dict[str, Any]


class Errors:
    """Collects field errors for a batch, keyed ``[index].field``."""

    def __init__(self) -> None:
        self.messages: dict[str, str] = {}

    def add(self, index: int, name: str, message: str) -> None:
        self.messages.setdefault(f"[{index}].{name}", message)

    def raise_if_any(self) -> None:
        if self.messages:
            raise bad_request(self.messages)


def body_items(req: Request) -> list[Item]:
    """Halo documents a JSON array; a bare object is accepted too (several clients send one)."""
    body = req.json_body()
    items = [body] if isinstance(body, dict) else body
    if not isinstance(items, list) or not items:
        raise bad_request({"$": "The request body must be a non-empty JSON array of objects."})
    if not all(isinstance(item, dict) for item in items):
        raise bad_request({"$": "Every element of the request body must be a JSON object."})
    return items


def check_unknown_fields(schema: str, items: list[Item], errors: Errors) -> None:
    """Real Halo may silently drop unknown properties; the simulator refuses them on purpose so
    that a misspelt field name fails in tests instead of vanishing in production."""
    for index, item in enumerate(items):
        for name in unknown_fields(schema, item):
            errors.add(index, name, f"Unknown field: '{name}' is not a property of {schema}")


def int_field(item: Item, name: str, index: int, errors: Errors) -> int | None:
    """An integer property; Newtonsoft also binds numeric strings, so those are accepted."""
    value = item.get(name)
    if value is None:
        return None
    if isinstance(value, bool):
        errors.add(index, name, f"The value '{value}' is not valid for {name}.")
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    errors.add(index, name, f"The value '{value}' is not valid for {name}.")
    return None


def bool_field(item: Item, name: str, index: int, errors: Errors) -> bool | None:
    value = item.get(name)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    errors.add(index, name, f"The value '{value}' is not valid for {name}.")
    return None


def single_or_list(rows: list[Item]) -> Item | list[Item]:
    """A one-element POST answers with the object itself; several answer with an array."""
    return rows[0] if len(rows) == 1 else rows
