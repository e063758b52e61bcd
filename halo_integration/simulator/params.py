"""Query-string parsing with ASP.NET's rules, and the paging every Halo list shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .http import Request, bad_request

MAX_PAGE_SIZE = 100  # Halo caps every page at 100 rows, whatever page_size asks for
DEFAULT_PAGE_SIZE = 50


def _invalid(name: str, raw: str) -> Exception:
    return bad_request({name: f"The value '{raw}' is not valid."})


def flag(req: Request, name: str) -> bool:
    """A bool parameter. ASP.NET accepts true/false in any case and rejects anything else."""
    raw = req.params.get(name, "").strip()
    if raw == "":
        return False
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    raise _invalid(name, raw)


def int_param(req: Request, name: str) -> int | None:
    raw = req.params.get(name, "").strip()
    if raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise _invalid(name, raw) from None


def int_list_param(req: Request, name: str) -> set[int] | None:
    """An "(array of int)" parameter, sent as comma-separated ids."""
    raw = req.params.get(name, "").strip()
    if raw == "":
        return None
    try:
        return {int(part) for part in raw.split(",") if part.strip()}
    except ValueError:
        raise _invalid(name, raw) from None


def text_param(req: Request, name: str) -> str:
    return req.params.get(name, "").strip()


@dataclass(frozen=True)
class Paging:
    paginate: bool
    page_no: int
    page_size: int
    count: int | None

    @classmethod
    def from_request(cls, req: Request) -> Paging:
        size = int_param(req, "page_size") or DEFAULT_PAGE_SIZE
        return cls(
            paginate=flag(req, "pageinate"),  # sic: Halo's spelling
            page_no=max(int_param(req, "page_no") or 1, 1),
            page_size=min(max(size, 1), MAX_PAGE_SIZE),
            count=int_param(req, "count"),
        )

    def slice(self, rows: list[Any]) -> list[Any]:
        if self.paginate:
            start = (self.page_no - 1) * self.page_size
            return rows[start : start + self.page_size]
        if self.count is not None and self.count >= 0:
            return rows[: self.count]
        return rows

    def envelope(self, key: str, rows: list[Any], **extra: Any) -> dict[str, Any]:
        """``record_count`` is always the total that matched, never the page length."""
        body: dict[str, Any] = dict(extra)
        if self.paginate:
            body.update(page_no=self.page_no, page_size=self.page_size)
        body["record_count"] = len(rows)
        body[key] = self.slice(rows)
        return body


def search_matches(needle: str, row: dict[str, Any], fields: Iterable[str]) -> bool:
    """Halo's ``search`` is a LIKE '%needle%' over a fixed set of fields, case-insensitive."""
    lowered = needle.lower()
    return any(lowered in str(row.get(name) or "").lower() for name in fields)


def order_rows(rows: list[dict[str, Any]], field: str, descending: bool) -> list[dict[str, Any]]:
    def key(row: dict[str, Any]) -> tuple[bool, Any]:
        value = row.get(field)
        if isinstance(value, str):
            value = value.lower()
        return (value is None, value if value is not None else 0)

    try:
        return sorted(rows, key=key, reverse=descending)
    except TypeError:  # mixed types in one column: fall back to text comparison
        return sorted(rows, key=lambda row: str(row.get(field)), reverse=descending)


Predicate = Callable[[dict[str, Any]], bool]


def field_equals(name: str, value: object) -> Predicate:
    return lambda row: row.get(name) == value


def field_in(name: str, values: set[int]) -> Predicate:
    return lambda row: row.get(name) in values
