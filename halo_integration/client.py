"""HaloClient: the one way the portal talks to the Halo API (HaloPSA and HaloITSM share it).

It knows Halo's rules (see REFERENCE.md): OAuth2 client credentials, everything under /api,
POST bodies as arrays that upsert by `id`, list answers either wrapped ({"record_count", "<key>"})
or bare arrays, pages capped at 100 rows, 429 back-off. It knows nothing of portal users.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from halo_integration.errors import (
    HaloForbidden,
    HaloNotConfigured,
    HaloNotFound,
    HaloRateLimited,
    HaloRejected,
    HaloUnavailable,
)
from halo_integration.tokens import MemoryTokenStore, TokenProvider, TokenStore
from halo_integration.values import truthy

logger = logging.getLogger(__name__)

MAX_PAGE_SIZE = 100  # Halo serves at most 100 rows a page, whatever page_size asks for
USER_AGENT = "halo-self-service-portal/0.1"

# entity -> (path, list key). key None: Halo answers a bare array.
ENTITIES: dict[str, tuple[str, str | None]] = {
    "tickets": ("/Tickets", "tickets"),
    "customers": ("/Client", "clients"),
    "sites": ("/Site", "sites"),
    "users": ("/Users", "users"),
    "agents": ("/Agent", None),
    "teams": ("/Team", None),
    "assets": ("/Asset", "assets"),
    "contracts": ("/ClientContract", "contracts"),
    "kb_articles": ("/KBArticle", "articles"),
    "appointments": ("/Appointment", "appointments"),
    "invoices": ("/Invoice", "invoices"),
    "reports": ("/Report", "reports"),
    "ticket_types": ("/TicketType", None),
    "statuses": ("/Status", None),
    "priorities": ("/Priority", None),
    "outcomes": ("/Outcome", None),
}

# Ticket filters whose value a row carries under the same name: rows that do not match are
# dropped, because Halo silently ignores a query parameter it does not know.
_VERIFIABLE_TICKET_FILTERS = (
    "user_id", "client_id", "site_id", "agent_id", "status_id", "tickettype_id", "priority_id", "team_id",
)  # fmt: skip


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
class Page:
    """One page of a Halo list: its rows and the total Halo says matched."""

    rows: list[dict[str, Any]]
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
    """Typed access to the Halo API. Every method raises HaloError subclasses only."""

    def __init__(
        self,
        config: HaloConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        token_store: TokenStore | None = None,
        max_retries: int = 3,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self._http = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(config.timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,
        )
        self.tokens = TokenProvider(
            http=self._http,
            token_url=config.token_url,
            client_id=config.client_id,
            client_secret=config.client_secret,
            scope=config.scope or "all",
            store=token_store if token_store is not None else MemoryTokenStore(),
        )
        self._max_retries = max_retries
        self._max_backoff = max_backoff
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HaloClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- tickets --------------------------------------------------------------------------------

    def list_tickets(self, *, page_no: int = 1, page_size: int = 50, **filters: Any) -> Page:
        """One page of tickets. Filters: see _ticket_params. Raises HaloError subclasses."""
        page = self.page(
            "/Tickets", "tickets", _ticket_params(filters), page_no=page_no, page_size=page_size
        )
        rows = _verified(page.rows, filters)
        return Page(
            rows, page.record_count - (len(page.rows) - len(rows)), page.page_no, page.page_size
        )

    def iter_tickets(self, *, limit: int | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching ticket, following Halo's pages."""
        rows = self.iter_all("/Tickets", "tickets", _ticket_params(filters), limit=limit)
        yield from _verified(rows, filters)

    def get_ticket(self, ticket_id: int) -> dict[str, Any]:
        """Raises HaloNotFound when the ticket does not exist."""
        return _as_object(
            self.request("GET", f"/Tickets/{int(ticket_id)}", params={"includedetails": "true"})
        )

    def create_ticket(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Create a ticket; `fields` must not carry an id (that would update one)."""
        body = {k: v for k, v in fields.items() if k != "id"}
        return _first(self.request("POST", "/Tickets", json=[body]))

    def update_ticket(self, ticket_id: int, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Update the named fields of an existing ticket (Halo upserts by id)."""
        if not ticket_id:
            raise ValueError(
                "update_ticket needs a ticket id; without one Halo would create a ticket"
            )
        return _first(self.request("POST", "/Tickets", json=[{**fields, "id": int(ticket_id)}]))

    # --- actions (notes) ------------------------------------------------------------------------

    def list_actions(self, ticket_id: int, *, public_only: bool = False) -> list[dict[str, Any]]:
        """A ticket's actions, oldest first. public_only drops every hidden-from-user action."""
        params: dict[str, Any] = {"ticket_id": int(ticket_id)}
        if public_only:
            params["excludeprivate"] = "true"
        rows = _rows(self.request("GET", "/Actions", params=params), "actions")
        if public_only:  # never trust the filter alone: hidden notes must not leak
            rows = [row for row in rows if not truthy(row.get("hiddenfromuser"))]
        return sorted(rows, key=lambda row: (str(row.get("datetime") or ""), _int(row.get("id"))))

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
    ) -> dict[str, Any]:
        """Post a note (Halo requires an outcome on every action)."""
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
        return _first(self.request("POST", "/Actions", json=[body]))

    # --- people and places ----------------------------------------------------------------------

    def find_users_by_email(self, email_address: str) -> list[dict[str, Any]]:
        """End users whose e-mail is exactly this one (Halo's search is a LIKE match)."""
        wanted = email_address.strip().casefold()
        if not wanted:
            return []
        rows = self.iter_all("/Users", "users", {"search": email_address.strip()}, limit=500)
        return [row for row in rows if wanted in _emails_of(row)]

    def get_user(self, user_id: int) -> dict[str, Any]:
        return _as_object(self.request("GET", f"/Users/{int(user_id)}"))

    def get_client(self, client_id: int) -> dict[str, Any]:
        return _as_object(self.request("GET", f"/Client/{int(client_id)}"))

    def get_site(self, site_id: int) -> dict[str, Any]:
        return _as_object(self.request("GET", f"/Site/{int(site_id)}"))

    def get_agent(self, agent_id: int) -> dict[str, Any]:
        return _as_object(self.request("GET", f"/Agent/{int(agent_id)}"))

    def get_me(self) -> dict[str, Any]:
        """The agent the API application acts as."""
        return _as_object(self.request("GET", "/Agent/me"))

    def list_clients(self, *, search: str = "", **filters: Any) -> list[dict[str, Any]]:
        return list(self.iter_all("/Client", "clients", {"search": search, **filters}))

    def list_sites(self, *, client_id: int | None = None, search: str = "") -> list[dict[str, Any]]:
        return list(self.iter_all("/Site", "sites", {"client_id": client_id, "search": search}))

    def list_agents(self, *, search: str = "", team_id: int | None = None) -> list[dict[str, Any]]:
        return _rows(
            self.request("GET", "/Agent", params=_clean({"search": search, "team_id": team_id})),
            "agents",
        )

    # --- instance metadata ----------------------------------------------------------------------

    def list_teams(self) -> list[dict[str, Any]]:
        return _rows(self.request("GET", "/Team"), "teams")

    def list_ticket_types(self) -> list[dict[str, Any]]:
        return _rows(self.request("GET", "/TicketType", params={"showall": "true"}), "tickettypes")

    def list_statuses(self, *, exclude_closed: bool = False) -> list[dict[str, Any]]:
        params = {"excludeclosed": "true"} if exclude_closed else {}
        return _rows(self.request("GET", "/Status", params=params), "statuses")

    def list_priorities(self) -> list[dict[str, Any]]:
        return _rows(self.request("GET", "/Priority"), "priorities")

    def list_outcomes(self) -> list[dict[str, Any]]:
        return _rows(self.request("GET", "/Outcome"), "outcomes")

    # --- generic look-ups (customers, assets, contracts, KB, appointments, invoices, reports) --

    def lookup(
        self,
        entity: str,
        *,
        search: str = "",
        page_no: int = 1,
        page_size: int = 50,
        **filters: Any,
    ) -> Page:
        """One page of any entity in ENTITIES. Raises ValueError for an unknown entity."""
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity {entity!r}; known: {', '.join(sorted(ENTITIES))}")
        path, key = ENTITIES[entity]
        params = {"search": search, **filters}
        if entity == "tickets":
            params = _ticket_params({"search": search, **filters})
        return self.page(path, key, params, page_no=page_no, page_size=page_size)

    def get_entity(self, entity: str, entity_id: int) -> dict[str, Any]:
        path, _ = ENTITIES[entity]
        return _as_object(self.request("GET", f"{path}/{int(entity_id)}"))

    # --- paging ---------------------------------------------------------------------------------

    def page(
        self,
        path: str,
        key: str | None,
        params: Mapping[str, Any],
        *,
        page_no: int = 1,
        page_size: int = 50,
    ) -> Page:
        """One page. Bare-array endpoints are paged here, since Halo does not page them."""
        page_no = max(1, int(page_no))
        page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        if key is None:
            rows = _rows(self.request("GET", path, params=_clean(params)), None)
            start = (page_no - 1) * page_size
            return Page(rows[start : start + page_size], len(rows), page_no, page_size)
        query = {**_clean(params), "pageinate": "true", "page_size": page_size, "page_no": page_no}
        body = self.request("GET", path, params=query)
        rows = _rows(body, key)
        return Page(rows, _record_count(body, rows), page_no, page_size)

    def iter_all(
        self, path: str, key: str | None, params: Mapping[str, Any], *, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every row, page by page: stop at record_count, or on an empty or short page."""
        if key is None:
            yield from _rows(self.request("GET", path, params=_clean(params)), None)[:limit]
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
            body = self.request("GET", path, params=query)
            rows = _rows(body, key)
            for row in rows:
                yield row
                seen += 1
                if limit is not None and seen >= limit:
                    return
            if not rows or len(rows) < MAX_PAGE_SIZE or seen >= _record_count(body, rows):
                return
            page_no += 1

    # --- transport ------------------------------------------------------------------------------

    def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Any:
        """Send one API call; returns the decoded JSON body (None when empty).

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
            headers = {"Authorization": self.tokens.authorization()}
            started = time.monotonic()
            try:
                response = self._http.request(
                    method, url, params=params, json=json, headers=headers
                )
            except httpx.InvalidURL:
                raise HaloNotConfigured(
                    f"the Halo URL {self.config.api_url} is not valid"
                ) from None
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # Nothing reached Halo, so even a write is safe to try again.
                if attempt <= self._max_retries:
                    self._backoff(attempt, None, f"{method} {path}: {type(exc).__name__}")
                    continue
                raise HaloUnavailable(
                    f"cannot reach Halo at {self.config.base_url} ({type(exc).__name__})"
                ) from None
            except httpx.TransportError as exc:
                if not is_write and attempt <= self._max_retries:
                    self._backoff(attempt, None, f"{method} {path}: {type(exc).__name__}")
                    continue
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
                raise HaloUnavailable(
                    f"Halo answered HTTP {status} to {method} {path}",
                    write_may_have_committed=is_write,
                )
            if status >= 400:
                raise _client_error(response, method, path)
            return _decode(response)

    def _backoff(self, attempt: int, retry_after: float | None, why: str) -> None:
        delay = retry_after if retry_after is not None else 0.5 * 2 ** (attempt - 1)
        delay = min(max(delay, 0.0), self._max_backoff)
        logger.warning("halo retry %d after %.1fs (%s)", attempt, delay, why)
        self._sleep(delay)


# --- helpers ------------------------------------------------------------------------------------


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


def _verified(rows: Any, filters: Mapping[str, Any]) -> list[dict[str, Any]]:
    wanted = {
        name: _int(filters[name])
        for name in _VERIFIABLE_TICKET_FILTERS
        if filters.get(name) not in (None, "")
    }
    return [
        row
        for row in rows
        if all(name not in row or _int(row[name]) == value for name, value in wanted.items())
        and _opened_within(row, filters)
    ]


def _opened_within(row: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    """A date range Halo did not apply is applied here (the day part of dateoccurred)."""
    opened = str(row.get("dateoccurred") or "")[:10]
    if not opened:
        return True
    after, before = filters.get("opened_after"), filters.get("opened_before")
    return (not after or opened >= str(after)) and (not before or opened < str(before))


def _clean(params: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is None or value == "":
            continue
        out[key] = ("true" if value else "false") if isinstance(value, bool) else value
    return out


def _rows(body: Any, key: str | None) -> list[dict[str, Any]]:
    """The rows of a list answer, wrapped or bare; tolerant of the variants clients have seen."""
    if isinstance(body, list):
        return [row for row in body if isinstance(row, dict)]
    if not isinstance(body, dict):
        return []
    for candidate in (key, "results", "records", "items", "data"):
        if candidate and isinstance(body.get(candidate), list):
            return [row for row in body[candidate] if isinstance(row, dict)]
    for name, value in body.items():
        if (
            name != "columns"
            and isinstance(value, list)
            and all(isinstance(v, dict) for v in value)
        ):
            return list(value)
    return []


def _record_count(body: Any, rows: list[dict[str, Any]]) -> int:
    if isinstance(body, dict):
        try:
            return int(body.get("record_count", len(rows)))
        except (TypeError, ValueError):
            pass
    return len(rows)


def _as_object(body: Any) -> dict[str, Any]:
    if isinstance(body, list):
        body = body[0] if body else {}
    return body if isinstance(body, dict) else {}


def _first(body: Any) -> dict[str, Any]:
    """A POST answers a single object, or (on some versions) a one-element array."""
    return _as_object(body)


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


def _emails_of(row: Mapping[str, Any]) -> set[str]:
    return {
        str(row[key]).strip().casefold()
        for key in ("emailaddress", "email", "email2", "email3")
        if isinstance(row.get(key), str) and row[key].strip()
    }


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -(10**9)
