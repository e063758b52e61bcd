"""A declarative description of the simple read endpoints, and the handlers built from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .context import Ctx
from .http import Response, json_response, not_found
from .params import (
    Paging,
    Predicate,
    field_equals,
    flag,
    int_list_param,
    int_param,
    order_rows,
    search_matches,
    text_param,
)
from .store import Row, public

FilterBuilder = Callable[[Ctx], list[Predicate]]
Projector = Callable[[Row, float], Row]


def _public(row: Row, now: float) -> Row:
    return public(row)


@dataclass(frozen=True)
class Listing:
    """One GET list endpoint. ``key`` None means Halo answers a bare JSON array."""

    table: str  # attribute of Store holding the rows
    key: str | None
    label: str  # used in 404 messages
    search_fields: tuple[str, ...] = ()
    int_filters: dict[str, str] = field(default_factory=dict)  # query param -> row field
    extra_filters: FilterBuilder | None = None
    inactive_field: str | None = None  # hidden unless the include parameter is true
    include_inactive_param: str = "includeinactive"
    project: Projector = _public
    sort_field: str = "id"

    def rows(self, ctx: Ctx) -> list[Row]:
        table: Any = getattr(ctx.store, self.table)
        rows = list(table.values()) if isinstance(table, dict) else list(table)
        predicates = self._predicates(ctx)
        selected = [row for row in rows if all(p(row) for p in predicates)]
        selected = order_rows(selected, self.sort_field, descending=False)
        return [self.project(row, ctx.now) for row in selected]

    def _predicates(self, ctx: Ctx) -> list[Predicate]:
        req = ctx.req
        predicates: list[Predicate] = []
        for param, name in self.int_filters.items():
            value = int_param(req, param)
            if value is not None:
                predicates.append(field_equals(name, value))
        search = text_param(req, "search")
        if search and self.search_fields:
            predicates.append(lambda row: search_matches(search, row, self.search_fields))
        inactive_field = self.inactive_field
        if inactive_field and not flag(req, self.include_inactive_param):
            predicates.append(lambda row: not row.get(inactive_field))
        if self.extra_filters is not None:
            predicates.extend(self.extra_filters(ctx))
        return predicates

    def list_handler(self, ctx: Ctx) -> Response:
        rows = self.rows(ctx)
        if self.key is None:
            return json_response(200, rows)
        return json_response(200, Paging.from_request(ctx.req).envelope(self.key, rows))

    def get_handler(self, ctx: Ctx, raw_id: str) -> Response:
        table: dict[int, Row] = getattr(ctx.store, self.table)
        row = table.get(int(raw_id)) if raw_id.lstrip("-").isdigit() else None
        if row is None:
            raise not_found(f"{self.label} {raw_id} not found")
        return json_response(200, self.project(row, ctx.now))


def id_list_filter(param: str, name: str) -> FilterBuilder:
    def build(ctx: Ctx) -> list[Predicate]:
        ids = int_list_param(ctx.req, param)
        return [] if ids is None else [lambda row: row.get(name) in ids]

    return build


def flag_filter(param: str, predicate: Predicate) -> FilterBuilder:
    """Keep rows matching ``predicate`` only when the bool parameter is true."""

    def build(ctx: Ctx) -> list[Predicate]:
        return [predicate] if flag(ctx.req, param) else []

    return build


def combine(*builders: FilterBuilder) -> FilterBuilder:
    def build(ctx: Ctx) -> list[Predicate]:
        return [p for builder in builders for p in builder(ctx)]

    return build
