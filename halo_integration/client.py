"""HaloClient: the one way the portal talks to the Halo API (HaloPSA and HaloITSM share it).

It knows Halo's rules (see REFERENCE.md): OAuth2 client credentials, everything under /api,
POST bodies as arrays that upsert by `id`, list answers either wrapped ({"record_count", "<key>"})
or bare arrays, pages capped at 100 rows, 429 back-off. It knows nothing of portal users.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import quote

import httpx

from halo_integration import schemas
from halo_integration.errors import (
    HaloForbidden,
    HaloNotConfigured,
    HaloNotFound,
    HaloRateLimited,
    HaloRejected,
    HaloUnavailable,
)
from halo_integration.schemas import (
    Action,
    Agent,
    Appointment,
    Asset,
    Attachment,
    Client,
    Contract,
    Feedback,
    HaloModel,
    Invoice,
    KBArticle,
    Me,
    Outcome,
    Priority,
    Report,
    Site,
    Status,
    Team,
    Ticket,
    TicketRow,
    TicketType,
    User,
)
from halo_integration.tokens import MemoryTokenStore, TokenProvider, TokenStore
from halo_integration.values import int_or_none

logger = logging.getLogger(__name__)

MAX_PAGE_SIZE = 100  # Halo serves at most 100 rows a page, whatever page_size asks for
USER_AGENT = "halo-self-service-portal/0.1"
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
_ATTACHMENTS = Entity("/Attachment", "attachments", Attachment)

# Ticket filters whose value a row carries under the same name: rows that do not match are
# dropped, because Halo silently ignores a query parameter it does not know.
_VERIFIABLE_TICKET_FILTERS = (
    "client_id", "site_id", "agent_id", "status_id", "tickettype_id", "priority_id", "team_id",
)  # fmt: skip


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


class HaloClient:
    """Typed access to the Halo API. Every method raises HaloError subclasses only, and returns
    schemas models: Halo's JSON is parsed here, once."""

    def __init__(
        self,
        config: HaloConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        token_store: TokenStore | None = None,
        max_retries: int = 3,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        http: httpx.Client | None = None,
        observer: Observer | None = None,
        budget: Budget | None = None,
    ) -> None:
        self.config = config
        # A shared client (connection pool, TLS context built once) is the caller's to close.
        self._owns_http = http is None
        self._http = http if http is not None else new_http_client(transport)
        self._timeout = httpx.Timeout(config.timeout)
        self.observer = observer
        self._budget = budget
        self.tokens = TokenProvider(
            http=self._http,
            token_url=config.token_url,
            client_id=config.client_id,
            client_secret=config.client_secret,
            scope=config.scope or "all",
            store=token_store if token_store is not None else MemoryTokenStore(),
            timeout=config.timeout,
        )
        self._max_retries = max_retries
        self._max_backoff = max_backoff
        self._sleep = sleep

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> HaloClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- tickets --------------------------------------------------------------------------------

    def list_tickets(
        self, *, page_no: int = 1, page_size: int = 50, **filters: Any
    ) -> Page[TicketRow]:
        """One page of tickets. Filters: see _ticket_params. Raises HaloError subclasses."""
        page = self.page(
            ENTITIES["tickets"], _ticket_params(filters), page_no=page_no, page_size=page_size
        )
        rows = _verified(page.rows, filters)
        return Page(
            rows, page.record_count - (len(page.rows) - len(rows)), page.page_no, page.page_size
        )

    def iter_tickets(self, *, limit: int | None = None, **filters: Any) -> Iterator[TicketRow]:
        """Every matching ticket, following Halo's pages."""
        rows = self.iter_all(ENTITIES["tickets"], _ticket_params(filters), limit=limit)
        yield from _verified(rows, filters)

    def get_ticket(self, ticket_id: int) -> Ticket:
        """Raises HaloNotFound when the ticket does not exist (or Halo's answer holds none)."""
        path = f"/Tickets/{int(ticket_id)}"
        try:
            body = self.request("GET", path, params={"includedetails": "true"})
        except HaloNotFound:
            if self.observer is not None:
                self.observer.ticket_missing(int(ticket_id))
            raise
        ticket = schemas.parse_one(Ticket, body, source=path)
        if ticket is None or ticket.id != int(ticket_id):
            raise HaloNotFound(f"Halo has no ticket {int(ticket_id)}")
        if self.observer is not None:
            self.observer.tickets_seen([ticket], full=True)
        return ticket

    def create_ticket(self, fields: Mapping[str, Any]) -> Ticket | None:
        """Create a ticket; `fields` must not carry an id (that would update one).

        None: Halo accepted it (2xx) but did not answer with the record; the caller finds it."""
        body = {k: v for k, v in fields.items() if k != "id"}
        created = schemas.parse_one(
            Ticket, self.request("POST", "/Tickets", json=[body]), source="POST /Tickets"
        )
        if created is not None and self.observer is not None:
            self.observer.ticket_written(created)
        return created

    def update_ticket(self, ticket_id: int, fields: Mapping[str, Any]) -> Ticket | None:
        """Update the named fields of an existing ticket (Halo upserts by id)."""
        if not ticket_id:
            raise ValueError(
                "update_ticket needs a ticket id; without one Halo would create a ticket"
            )
        body = self.request("POST", "/Tickets", json=[{**fields, "id": int(ticket_id)}])
        updated = schemas.parse_one(Ticket, body, source="POST /Tickets")
        if updated is not None and self.observer is not None:
            self.observer.ticket_written(updated)
        return updated

    # --- actions (notes) ------------------------------------------------------------------------

    def list_actions(self, ticket_id: int, *, public_only: bool = False) -> list[Action]:
        """A ticket's actions, oldest first, with their HTML. public_only keeps only actions Halo
        marks visible to the end user: one without the flag is not shown (fail closed)."""
        params: dict[str, Any] = {"ticket_id": int(ticket_id), "includehtmlnote": "true"}
        if public_only:
            params["excludeprivate"] = "true"
        body = self.request("GET", "/Actions", params=params)
        rows = schemas.parse_rows(Action, schemas.list_rows(body, "actions"), source="/Actions")
        if public_only:  # never trust the filter alone: hidden notes must not leak
            rows = [row for row in rows if row.hiddenfromuser is False]
        rows = sorted(rows, key=lambda row: (row.at.isoformat() if row.at else "", row.id))
        if self.observer is not None:
            self.observer.actions_seen(int(ticket_id), rows)
        return rows

    def add_action(
        self,
        ticket_id: int,
        *,
        note: str,
        outcome_id: int | None = None,
        outcome: str | None = None,
        hiddenfromuser: bool = False,
        new_status: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Action | None:
        """Post a note (Halo requires an outcome on every action). None: accepted, no record sent."""
        if outcome_id is None and not outcome:
            raise ValueError("Halo requires an outcome on every action")
        body: dict[str, Any] = {
            "ticket_id": int(ticket_id),
            "note": note,
            "hiddenfromuser": hiddenfromuser,
        }
        if outcome_id is not None:
            body["outcome_id"] = int(outcome_id)
        if outcome:
            body["outcome"] = outcome
        if new_status is not None:
            body["new_status"] = int(new_status)
        body.update(extra or {})
        answer = self.request("POST", "/Actions", json=[body])
        action = schemas.parse_one(Action, answer, source="POST /Actions")
        if action is not None and self.observer is not None:
            self.observer.action_written(int(ticket_id), action)
        return action

    # --- attachments and feedback ---------------------------------------------------------------

    def list_attachments(self, ticket_id: int) -> list[Attachment]:
        """The files of one ticket (all of them: the caller decides who may see which)."""
        rows = self.iter_all(_ATTACHMENTS, {"ticket_id": int(ticket_id)}, limit=MAX_PAGE_SIZE * 5)
        return _typed(Attachment, rows)

    def upload_attachment(
        self,
        ticket_id: int,
        *,
        filename: str,
        content: bytes,
        content_type: str = "",
        action_id: int | None = None,
        showforusers: bool = True,
    ) -> Attachment | None:
        """Attach a file to a ticket (and to one of its actions). None: accepted, no record sent."""
        body: dict[str, Any] = {
            "ticket_id": int(ticket_id),
            "filename": filename,
            "data_base64": base64.b64encode(content).decode("ascii"),
            "showforusers": showforusers,
        }
        if content_type:
            body["content_type"] = content_type
        if action_id is not None:
            body["action_id"] = int(action_id)
        answer = self.request("POST", "/Attachment", json=[body])
        return schemas.parse_one(Attachment, answer, source="POST /Attachment")

    def download_attachment(self, attachment_id: int) -> bytes:
        """A file's bytes. Halo answers the file itself; some versions answer JSON holding it."""
        path = f"/Attachment/{int(attachment_id)}"
        response: httpx.Response = self.request("GET", path, raw=True)
        if "json" not in response.headers.get("content-type", ""):
            return response.content
        record = schemas.parse_one(Attachment, _decode(response), source=path)
        if record is None or not record.data_base64:
            raise HaloNotFound(f"Halo sent no content for {path}")
        try:
            return base64.b64decode(record.data_base64, validate=True)
        except (binascii.Error, ValueError):
            raise HaloRejected(
                f"Halo sent unreadable content for {path}", status_code=response.status_code
            ) from None

    def list_feedback(self, ticket_id: int) -> list[Feedback]:
        """A ticket's ratings. Raises HaloNotFound when the instance has no /Feedback endpoint."""
        body = self.request("GET", "/Feedback", params={"ticket_id": int(ticket_id)})
        rows = schemas.parse_rows(Feedback, schemas.list_rows(body, "feedback"), source="/Feedback")
        return [row for row in rows if row.ticket_id == int(ticket_id)]

    def add_feedback(self, ticket_id: int, *, score: int, comment: str = "") -> Feedback | None:
        """Rate a ticket. Raises HaloNotFound when the instance has no /Feedback endpoint."""
        body = {"ticket_id": int(ticket_id), "score": int(score), "comment": comment}
        answer = self.request("POST", "/Feedback", json=[body])
        return schemas.parse_one(Feedback, answer, source="POST /Feedback")

    # --- people and places ----------------------------------------------------------------------

    def find_users_by_email(self, email_address: str) -> list[User]:
        """End users whose e-mail is exactly this one (Halo's search is a LIKE match)."""
        wanted = email_address.strip().casefold()
        if not wanted:
            return []
        rows = self.iter_all(ENTITIES["users"], {"search": email_address.strip()}, limit=500)
        return [row for row in rows if isinstance(row, User) and wanted in row.emails]

    def get_user(self, user_id: int) -> User:
        return self._get(User, f"/Users/{int(user_id)}")

    def get_client(self, client_id: int) -> Client:
        return self._get(Client, f"/Client/{int(client_id)}")

    def get_site(self, site_id: int) -> Site:
        return self._get(Site, f"/Site/{int(site_id)}")

    def get_agent(self, agent_id: int) -> Agent:
        return self._get(Agent, f"/Agent/{int(agent_id)}", params={"includedisabled": "true"})

    def get_me(self) -> Me:
        """The agent the API application acts as (an agent record, or only its claims)."""
        me = schemas.parse_one(Me, self.request("GET", "/Agent/me"), source="/Agent/me")
        return me or Me()

    def list_clients(self, *, search: str = "", **filters: Any) -> list[Client]:
        return _typed(Client, self.iter_all(ENTITIES["customers"], {"search": search, **filters}))

    def list_sites(self, *, client_id: int | None = None, search: str = "") -> list[Site]:
        rows = self.iter_all(ENTITIES["sites"], {"client_id": client_id, "search": search})
        return _typed(Site, rows)

    def list_agents(
        self, *, search: str = "", team_id: int | None = None, include_disabled: bool = False
    ) -> list[Agent]:
        params = {"search": search, "team_id": team_id, "includedisabled": include_disabled or None}
        return _typed(Agent, self.iter_all(ENTITIES["agents"], params))

    # --- instance metadata ----------------------------------------------------------------------

    def list_teams(self) -> list[Team]:
        return _typed(Team, self.iter_all(ENTITIES["teams"], {}))

    def list_ticket_types(self) -> list[TicketType]:
        return _typed(TicketType, self.iter_all(ENTITIES["ticket_types"], {"showall": "true"}))

    def list_statuses(self, *, exclude_closed: bool = False) -> list[Status]:
        params = {"excludeclosed": "true"} if exclude_closed else {}
        return _typed(Status, self.iter_all(ENTITIES["statuses"], params))

    def list_priorities(self) -> list[Priority]:
        """Every priority of every SLA (Halo lists each priority once per SLA)."""
        return _typed(Priority, self.iter_all(ENTITIES["priorities"], {}))

    def list_outcomes(self) -> list[Outcome]:
        return _typed(Outcome, self.iter_all(ENTITIES["outcomes"], {}))

    # --- generic look-ups (customers, assets, contracts, KB, appointments, invoices, reports) --

    def lookup(
        self,
        entity: str,
        *,
        search: str = "",
        page_no: int = 1,
        page_size: int = 50,
        **filters: Any,
    ) -> Page[HaloModel]:
        """One page of any entity in ENTITIES. Raises ValueError for an unknown entity."""
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity {entity!r}; known: {', '.join(sorted(ENTITIES))}")
        params = {"search": search, **filters}
        if entity == "tickets":
            params = _ticket_params({"search": search, **filters})
        if entity == "agents" and filters.get("include_disabled"):
            params = {
                **{k: v for k, v in params.items() if k != "include_disabled"},
                "includedisabled": True,
            }
        return self.page(ENTITIES[entity], params, page_no=page_no, page_size=page_size)

    def get_entity(self, entity: str, entity_id: int) -> HaloModel:
        """One record of an entity in ENTITIES. Raises HaloNotFound."""
        found = ENTITIES[entity]
        return self._get(found.model, f"{found.path}/{int(entity_id)}")

    def _get(self, model: type[M], path: str, params: Mapping[str, Any] | None = None) -> M:
        record = schemas.parse_one(model, self.request("GET", path, params=params), source=path)
        if record is None:
            raise HaloNotFound(f"Halo has no {path}")
        return record

    # --- paging ---------------------------------------------------------------------------------

    def page(
        self,
        entity: Entity,
        params: Mapping[str, Any],
        *,
        page_no: int = 1,
        page_size: int = 50,
    ) -> Page[Any]:
        """One page. Bare-array endpoints are paged here, since Halo does not page them."""
        page_no = max(1, int(page_no))
        page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        if entity.key is None:
            rows = self._parse(entity, self.request("GET", entity.path, params=_clean(params)))
            start = (page_no - 1) * page_size
            return Page(rows[start : start + page_size], len(rows), page_no, page_size)
        query = {**_clean(params), "pageinate": "true", "page_size": page_size, "page_no": page_no}
        body = self.request("GET", entity.path, params=query)
        raw = schemas.list_rows(body, entity.key)
        rows = self._parse(entity, raw)
        self._seen(entity, rows)
        # Rows that could not be read are not counted as matches either.
        count = schemas.record_count(body, len(raw)) - (len(raw) - len(rows))
        return Page(rows, max(count, len(rows)), page_no, page_size)

    def iter_all(
        self, entity: Entity, params: Mapping[str, Any], *, limit: int | None = None
    ) -> Iterator[Any]:
        """Every row, page by page: stop at record_count, or on an empty or short page."""
        if entity.key is None:
            yield from self._parse(entity, self.request("GET", entity.path, params=_clean(params)))[
                :limit
            ]
            return
        seen = 0
        page_no = 1
        while True:
            query = {
                **_clean(params),
                "pageinate": "true",
                "page_size": MAX_PAGE_SIZE,
                "page_no": page_no,
            }
            body = self.request("GET", entity.path, params=query)
            raw = schemas.list_rows(body, entity.key)
            parsed = self._parse(entity, raw)
            self._seen(entity, parsed)
            for row in parsed:
                yield row
                seen += 1
                if limit is not None and seen >= limit:
                    return
            total = schemas.record_count(body, len(raw))
            if not raw or len(raw) < MAX_PAGE_SIZE or page_no * MAX_PAGE_SIZE >= total:
                return
            page_no += 1

    def _seen(self, entity: Entity, rows: list[Any]) -> None:
        if self.observer is not None and entity.model is TicketRow and rows:
            self.observer.tickets_seen(rows, full=False)

    @staticmethod
    def _parse(entity: Entity, body: Any) -> list[Any]:
        rows = schemas.list_rows(body, entity.key)
        return schemas.parse_rows(entity.model, rows, source=entity.path)

    # --- transport ------------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        raw: bool = False,
    ) -> Any:
        """Send one API call; returns the decoded JSON body (None when empty), or with raw=True
        the httpx.Response itself (for files).

        GETs are retried on timeouts, connection errors and 5xx; any call is retried on 429 (Halo
        did not process it) and once after a 401 with a fresh token. A POST that may have reached
        Halo is never repeated here: HaloUnavailable(write_may_have_committed=True) tells the caller.
        """
        url = self.config.api_url + path
        is_write = method.upper() != "GET"
        attempt = 0
        renewed = False
        while True:
            attempt += 1
            if self._budget is not None and not self._budget.acquire(write=is_write):
                # The portal's own share of Halo's limit is used up: not sending is cheaper
                # than a 429 that counts against every other integration on the instance.
                raise HaloRateLimited("the portal's Halo budget is used up for now")
            headers = {"Authorization": self.tokens.authorization()}
            started = time.monotonic()
            try:
                response = self._http.request(
                    method, url, params=params, json=json, headers=headers, timeout=self._timeout
                )
            except httpx.InvalidURL:
                raise HaloNotConfigured(
                    f"the Halo URL {self.config.api_url} is not valid"
                ) from None
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # Nothing reached Halo, so a write is safe to send again. A read is not retried:
                # a refused connection does not pass in a second, and the page should say so now.
                if is_write and attempt <= self._max_retries:
                    self._backoff(attempt, None, f"{method} {path}: {type(exc).__name__}")
                    continue
                self._reachable(False)
                raise HaloUnavailable(
                    f"cannot reach Halo at {self.config.base_url} ({type(exc).__name__})"
                ) from None
            except httpx.TransportError as exc:
                if not is_write and attempt <= self._max_retries:
                    self._backoff(attempt, None, f"{method} {path}: {type(exc).__name__}")
                    continue
                self._reachable(False)
                raise HaloUnavailable(
                    f"Halo did not answer {method} {path} ({type(exc).__name__})",
                    write_may_have_committed=is_write,
                ) from None
            elapsed = time.monotonic() - started
            logger.debug("halo %s %s -> %s in %.3fs", method, path, response.status_code, elapsed)
            status = response.status_code
            if status == 401 and not renewed:
                renewed = True
                self.tokens.invalidate()
                continue
            if status == 429:
                retry_after = _retry_after(response)
                # Waiting longer than max_backoff would hold a page hostage; the caller decides.
                waits_too_long = retry_after is not None and retry_after > self._max_backoff
                if attempt <= self._max_retries and not waits_too_long:
                    self._backoff(attempt, retry_after, f"{method} {path}: 429")
                    continue
                raise HaloRateLimited(
                    f"Halo's rate limit was reached ({_halo_message(response) or 'HTTP 429'})",
                    retry_after=retry_after,
                )
            if status >= 500:
                if not is_write and attempt <= self._max_retries:
                    self._backoff(attempt, None, f"{method} {path}: HTTP {status}")
                    continue
                self._reachable(False)
                raise HaloUnavailable(
                    f"Halo answered HTTP {status} to {method} {path}",
                    write_may_have_committed=is_write,
                )
            self._reachable(True)
            if status >= 400:
                raise _client_error(response, method, path)
            return response if raw else _decode(response)

    def _reachable(self, ok: bool) -> None:
        if self.observer is not None:
            self.observer.reachable(ok)

    def _backoff(self, attempt: int, retry_after: float | None, why: str) -> None:
        delay = retry_after if retry_after is not None else 0.5 * 2 ** (attempt - 1)
        delay = min(max(delay, 0.0), self._max_backoff)
        logger.warning("halo retry %d after %.1fs (%s)", attempt, delay, why)
        self._sleep(delay)


# --- helpers ------------------------------------------------------------------------------------


def new_http_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client as the portal uses it. Building one loads the TLS context and CA bundle
    (tens of milliseconds), so a process keeps one and shares it (see connection.py)."""
    return httpx.Client(
        transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        follow_redirects=False,
        limits=httpx.Limits(max_connections=50, max_keepalive_connections=20),
    )


def _ticket_params(filters: Mapping[str, Any]) -> dict[str, Any]:
    """Our filter names -> Halo's query parameters (some filters are arrays of ids in Halo)."""
    params: dict[str, Any] = {}
    for name in (
        "user_id",
        "client_id",
        "site_id",
        "agent_id",
        "status_id",
        "search",
        "order",
        "ticketids",
    ):
        if filters.get(name) not in (None, ""):
            params[name] = filters[name]
    if filters.get("tickettype_id") not in (None, ""):
        # REFERENCE §11 names tickettype_id; Halo's OpenAPI names it requesttype_id. Unknown
        # parameters are ignored, so sending both is safe.
        params["tickettype_id"] = params["requesttype_id"] = filters["tickettype_id"]
    if filters.get("team_id") not in (None, ""):
        params["team"] = filters["team_id"]
    if filters.get("priority_id") not in (None, ""):
        params["priority"] = filters["priority_id"]
    if filters.get("open_only"):
        params["open_only"] = "true"
    if filters.get("closed_only"):
        params["closed_only"] = "true"
    if "orderdesc" in filters:
        params["orderdesc"] = "true" if filters["orderdesc"] else "false"
    if filters.get("opened_after") or filters.get("opened_before"):
        # REFERENCE §11: the date field to search ("dateoccured" is Halo's spelling) and a range.
        params["datesearch"] = "dateoccured"
        if filters.get("opened_after"):
            params["startdate"] = filters["opened_after"]
        if filters.get("opened_before"):
            params["enddate"] = filters["opened_before"]
    unknown = set(filters) - {
        "user_id", "client_id", "site_id", "agent_id", "status_id", "search", "order", "ticketids",
        "tickettype_id", "team_id", "priority_id", "open_only", "closed_only", "orderdesc",
        "opened_after", "opened_before",
    }  # fmt: skip
    if unknown:
        raise ValueError(f"unknown ticket filter(s): {', '.join(sorted(unknown))}")
    return params


def _verified(rows: Iterable[TicketRow], filters: Mapping[str, Any]) -> list[TicketRow]:
    """Rows that match the filters Halo may have ignored. The requester filter fails closed: a
    row that does not name its requester is not anyone's to see."""
    wanted = {
        name: int_or_none(filters[name])
        for name in _VERIFIABLE_TICKET_FILTERS
        if filters.get(name) not in (None, "")
    }
    user_id = int_or_none(filters.get("user_id"))
    requester_filtered = filters.get("user_id") not in (None, "")
    return [
        row
        for row in rows
        if (not requester_filtered or (user_id is not None and row.user_id == user_id))
        and all(_matches(row, name, value) for name, value in wanted.items())
        and _opened_within(row, filters)
    ]


def _opened_within(row: TicketRow, filters: Mapping[str, Any]) -> bool:
    """A date range Halo did not apply is applied here (the day part of dateoccurred)."""
    if row.dateoccurred is None:
        return True
    opened = row.dateoccurred.date().isoformat()
    after, before = filters.get("opened_after"), filters.get("opened_before")
    return (not after or opened >= str(after)) and (not before or opened < str(before))


def _matches(row: TicketRow, name: str, wanted: int | None) -> bool:
    value = _row_value(row, name)
    if value is None:
        # List rows name their team (`team`), not its id: the team filter cannot be checked
        # here. Any other filtered field a row leaves out does not match.
        return name == "team_id"
    return value == wanted


def _row_value(row: TicketRow, name: str) -> int | None:
    value = getattr(row, name, None)
    return value if isinstance(value, int) else None


def _typed(model: type[M], rows: Iterable[Any]) -> list[M]:
    return [row for row in rows if isinstance(row, model)]


def _clean(params: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is None or value == "":
            continue
        out[key] = ("true" if value else "false") if isinstance(value, bool) else value
    return out


def _decode(response: httpx.Response) -> Any:
    if not response.content.strip():
        return None
    try:
        return response.json()
    except ValueError:
        raise HaloRejected(
            f"Halo answered {response.request.method} {response.request.url.path} with something other than JSON",
            status_code=response.status_code,
        ) from None


def _client_error(response: httpx.Response, method: str, path: str) -> Exception:
    status = response.status_code
    message = _halo_message(response)
    if status == 404:
        return HaloNotFound(f"Halo has no {path}")
    if status == 403:
        return HaloForbidden(
            f"Halo refused {method} {path}: the API application lacks a scope or its agent a permission"
            + (f" ({message})" if message else "")
        )
    if status == 401:
        return HaloForbidden(f"Halo rejected the access token for {method} {path}")
    return HaloRejected(
        f"Halo rejected {method} {path}: {message or f'HTTP {status}'}",
        status_code=status,
        halo_message=message,
    )


def _halo_message(response: httpx.Response) -> str:
    """Halo's own reason, from whichever error shape it used (REFERENCE §7.2)."""
    text = response.text.strip()
    try:
        body = response.json()
    except ValueError:
        return text[:300]
    return _message_from(body)[:300] or text[:300]


def _message_from(body: Any) -> str:
    if isinstance(body, str):
        return body
    if isinstance(body, list):
        return "; ".join(filter(None, (_message_from(item) for item in body)))
    if not isinstance(body, dict):
        return ""
    for key in ("errorMessage", "Message", "message", "error_description", "error", "title"):
        if isinstance(body.get(key), str) and body[key]:
            return str(body[key])
    if isinstance(body.get("errors"), list | dict):
        return (
            _message_from(body["errors"])
            if isinstance(body["errors"], list)
            else _message_from([f"{k}: {v}" for k, v in body["errors"].items()])
        )
    # ASP.NET model state: {"[0].field": "message"} or {"[0].field": ["message"]}
    parts = [
        f"{k}: {_message_from(v) if not isinstance(v, str) else v}" for k, v in body.items() if v
    ]
    return "; ".join(parts)


def _retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("Retry-After")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, parsed.timestamp() - time.time())
