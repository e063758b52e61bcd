"""Where a Halo instance is and what the client tells (Observer) or asks (Budget) as it works."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import quote

from halo_integration.schemas import Action, Ticket, TicketRow


class Observer(Protocol):
    """Told about every ticket and action the client reads or writes (the portal's mirror), and
    whether Halo answered at all. Must not raise."""

    def tickets_seen(self, rows: Sequence[TicketRow], *, full: bool) -> None: ...
    def ticket_missing(self, ticket_id: int) -> None: ...
    def actions_seen(self, ticket_id: int, actions: Sequence[Action]) -> None: ...
    def action_written(self, ticket_id: int, action: Action) -> None: ...
    def ticket_written(self, ticket: Ticket) -> None: ...
    def reachable(self, ok: bool) -> None: ...


class Budget(Protocol):
    """A share of Halo's rate limit: False means "do not send this call now"."""

    def acquire(self, *, write: bool) -> bool: ...


@dataclass(frozen=True)
class HaloConfig:
    """Where and how to reach one Halo instance."""

    url: str
    client_id: str
    client_secret: str = field(repr=False)
    tenant: str = ""
    auth_url: str = ""
    scope: str = "all"
    timeout: float = 15.0

    @property
    def base_url(self) -> str:
        url = self.url.strip().rstrip("/")
        return url[: -len("/api")] if url.lower().endswith("/api") else url

    @property
    def api_url(self) -> str:
        return self.base_url + "/api"

    @property
    def token_url(self) -> str:
        auth = (self.auth_url.strip().rstrip("/") or self.base_url + "/auth") + "/token"
        return f"{auth}?tenant={quote(self.tenant.strip())}" if self.tenant.strip() else auth
