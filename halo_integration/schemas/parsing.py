"""Reading Halo's answers: the rows of a list however it is wrapped, its record count, and
single records; a row that cannot be read is skipped and logged, never an error page."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from halo_integration.values import int_or_none

# The package's name, not this module's: the real-world tests listen to this logger.
logger = logging.getLogger("halo_integration.schemas")

M = TypeVar("M", bound=BaseModel)

# Keys Halo (and clients' captures) wrap lists in, besides the endpoint's own key.
LIST_KEYS = ("results", "records", "items", "data")
# What each endpoint's single record may come wrapped in ({"tickets": [ {...} ]}).
_WRAPPERS = (
    "tickets",
    "actions",
    "attachments",
    "users",
    "clients",
    "sites",
    "articles",
    "results",
    "records",
)


def list_rows(body: Any, key: str | None) -> list[Any]:
    """The raw rows of a list answer: bare, under `key`, under a common key, or any list of objects."""
    if isinstance(body, list):
        return body
    if not isinstance(body, Mapping):
        return []
    for candidate in (key, *LIST_KEYS):
        if candidate and isinstance(body.get(candidate), list):
            return list(body[candidate])
    for name, value in body.items():
        if (
            name != "columns"
            and isinstance(value, list)
            and all(isinstance(v, Mapping) for v in value)
        ):
            return list(value)
    return []


def record_count(body: Any, rows: int) -> int:
    """Halo's `record_count` (any number shape), else the rows received."""
    if isinstance(body, Mapping):
        count = int_or_none(body.get("record_count"))
        if count is not None and count >= 0:
            return count
    return rows


def parse_rows(model: type[M], rows: Iterable[Any], *, source: str) -> list[M]:
    """Every row that can be read; the others are skipped and logged once for the whole answer."""
    parsed: list[M] = []
    problems: list[str] = []
    for row in rows:
        if not isinstance(row, Mapping):
            problems.append("not an object")
            continue
        try:
            parsed.append(model.model_validate(row))
        except ValidationError as exc:
            problems.append(_describe(exc))
    if problems:
        logger.warning(
            "skipped %d of %d %s rows from Halo %s that could not be read (%s)",
            len(problems),
            len(problems) + len(parsed),
            model.__name__,
            source,
            "; ".join(sorted(set(problems))[:5]),
        )
    return parsed


def parse_one(model: type[M], body: Any, *, source: str) -> M | None:
    """One record, also when Halo wraps it in a list or under a key; None when there is none."""
    candidate = body
    if isinstance(candidate, list):
        candidate = candidate[0] if candidate else None
    if isinstance(candidate, Mapping) and "id" not in candidate:
        for key in _WRAPPERS:
            inner = candidate.get(key)
            if isinstance(inner, list) and inner and isinstance(inner[0], Mapping):
                candidate = inner[0]
                break
            if isinstance(inner, Mapping) and "id" in inner:
                candidate = inner
                break
    if not isinstance(candidate, Mapping):
        return None
    try:
        return model.model_validate(candidate)
    except ValidationError as exc:
        logger.warning(
            "could not read the %s from Halo %s (%s)", model.__name__, source, _describe(exc)
        )
        return None


def _describe(exc: ValidationError) -> str:
    # Field names and error kinds only: never the values, which may be personal data.
    return ", ".join(
        f"{'.'.join(str(p) for p in error['loc']) or 'row'}: {error['type']}"
        for error in exc.errors(include_input=False, include_url=False)
    )
