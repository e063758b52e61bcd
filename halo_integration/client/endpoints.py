"""Halo's list endpoints: where each entity lives, how its rows are wrapped, and one page of them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from halo_integration.schemas import (
    Agent,
    Appointment,
    Asset,
    Attachment,
    Client,
    Contract,
    HaloModel,
    Invoice,
    KBArticle,
    Outcome,
    Priority,
    Report,
    Site,
    Status,
    Team,
    TicketRow,
    TicketType,
    User,
)

MAX_PAGE_SIZE = 100  # Halo serves at most 100 rows a page, whatever page_size asks for
M = TypeVar("M", bound=HaloModel)


@dataclass(frozen=True)
class Entity:
    """One Halo list endpoint: its path, the key it wraps rows in (None: a bare array), its model."""

    path: str
    key: str | None
    model: type[HaloModel]


ENTITIES: dict[str, Entity] = {
    "tickets": Entity("/Tickets", "tickets", TicketRow),
    "customers": Entity("/Client", "clients", Client),
    "sites": Entity("/Site", "sites", Site),
    "users": Entity("/Users", "users", User),
    "agents": Entity("/Agent", None, Agent),
    "teams": Entity("/Team", None, Team),
    "assets": Entity("/Asset", "assets", Asset),
    "contracts": Entity("/ClientContract", "contracts", Contract),
    "kb_articles": Entity("/KBArticle", "articles", KBArticle),
    "appointments": Entity("/Appointment", "appointments", Appointment),
    "invoices": Entity("/Invoice", "invoices", Invoice),
    "reports": Entity("/Report", "reports", Report),
    "ticket_types": Entity("/TicketType", None, TicketType),
    "statuses": Entity("/Status", None, Status),
    "priorities": Entity("/Priority", None, Priority),
    "outcomes": Entity("/Outcome", None, Outcome),
}
# Not a look-up: attachments are only ever listed for one ticket.
ATTACHMENTS = Entity("/Attachment", "attachments", Attachment)


@dataclass(frozen=True)
class Page(Generic[M]):
    """One page of a Halo list: its rows and the total Halo says matched."""

    rows: list[M]
    record_count: int
    page_no: int
    page_size: int

    @property
    def page_count(self) -> int:
        return max(1, -(-self.record_count // self.page_size)) if self.page_size else 1

    @property
    def has_next(self) -> bool:
        return self.page_no * self.page_size < self.record_count


def typed_rows(model: type[M], rows: Iterable[Any]) -> list[M]:
    """The rows that parsed as `model` (a list endpoint yields its own model only)."""
    return [row for row in rows if isinstance(row, model)]


def clean_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters as Halo reads them: empty ones left out, booleans as "true"/"false"."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is None or value == "":
            continue
        out[key] = ("true" if value else "false") if isinstance(value, bool) else value
    return out
