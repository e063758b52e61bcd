"""The simulator itself: a WSGI application that behaves like a Halo tenant's REST API."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .auth import FORBIDDEN_TEXT, Grant, TokenService
from .context import Ctx
from .faults import Faults, failure_text
from .http import DropConnection, HaloError, Request, Response, text_response
from .persist import load_store, save_store
from .routes import ROUTES, Route, auth_info_route
from .seed import build_store
from .store import Row, Store
from .variants import Variants
from .webhooks import WebhookTarget, envelope

# Set by serve()'s adapter: a lost write response may then really drop the connection.
DROP_CONNECTION_KEY = "halo_simulator.can_drop_connection"
DEFAULT_RATE_LIMIT_TEXT = "Rate Limit Reached - 300 Requests per rolling 5 minute window"
GATEWAY_TIMEOUT_TEXT = "The gateway timed out"
StartResponse = Callable[..., Any]


@dataclass
class RecordedRequest:
    """One request as the simulator saw it. ``status`` is None when the response was lost."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int | None
    headers: dict[str, str]


def _recorded_body(req: Request) -> Any:
    if not req.raw_body:
        return None
    if req.content_type == "application/x-www-form-urlencoded":
        form = req.form_body()
        if "client_secret" in form:
            form["client_secret"] = "***"  # noqa: S105 - a mask, not a secret
        return form
    try:
        return req.json_body()
    except HaloError:
        return req.raw_body.decode("utf-8", "replace")


class HaloSimulator:
    """A faithful, in-memory Halo API (see REFERENCE.md §11) for the demo and the tests.

    Call it as a WSGI app (``httpx.WSGITransport(app=sim)``) or serve it over loopback with
    ``serve(sim)``. A lost write response (``faults.lose_next_write_response``) commits the write
    and then answers 504 "The gateway timed out" in-process; over loopback the connection is
    closed without a response, so the client sees a transport error.
    """

    def __init__(
        self,
        seed: bool = True,
        tenant: str | None = None,
        clients: dict[str, tuple[str, str]] | None = None,
        token_lifetime: int = 3600,
        base_url: str = "http://halo.test",
        state_path: Path | None = None,
    ) -> None:
        """`state_path`: keep the tenant in this file across restarts (the demo); it is loaded
        when it exists (else seeded and written) and rewritten after every accepted write."""
        self.tenant = tenant
        self.token_lifetime = token_lifetime
        self.base_url = base_url
        self.time_offset = 0.0
        self.faults = Faults()
        self.variants = Variants()
        self.requests: list[RecordedRequest] = []
        self.token_requests = 0
        self._tokens = TokenService(clients, tenant)
        self._lock = threading.RLock()
        self.state_path = state_path
        if state_path is not None and state_path.exists():
            self.store: Store = load_store(state_path)
        else:
            self.store = build_store(seed, self.clock())
            if state_path is not None:
                save_store(self.store, state_path)
        # Optional: webhooks sent after every change to a ticket (off unless a test adds one).
        self.webhooks: list[WebhookTarget] = []
        # Halo queues deliveries: they go out this many seconds after the change, from another
        # thread; None keeps them until send_webhooks() is called (tests choose the moment).
        self.webhook_delay: float | None = None
        self._changed: list[tuple[str, int]] = []

    # --- clock, tokens and direct data access for tests -------------------------------------------

    @property
    def clients(self) -> dict[str, tuple[str, str]]:
        return self._tokens.clients

    def clock(self) -> float:
        return time.time() + self.time_offset

    def advance(self, seconds: float) -> None:
        self.time_offset += seconds

    def revoke_tokens(self) -> None:
        with self._lock:
            self._tokens.revoke_all()

    def add_ticket(self, **fields: Any) -> Row:
        with self._lock:
            return self.store.insert_ticket(fields, self.clock())

    def add_action(self, ticket_id: int, **fields: Any) -> Row:
        with self._lock:
            if ticket_id not in self.store.tickets:
                raise KeyError(f"ticket {ticket_id} does not exist")
            action = self.store.insert_action(ticket_id, fields, self.clock())
            self._changed.append(("ticket action added", ticket_id))
        self._queue_webhooks()
        return action

    def change_ticket(self, ticket_id: int, **fields: Any) -> Row:
        """What an agent does in Halo's UI: change fields of a ticket (and say so by webhook)."""
        with self._lock:
            ticket = self.store.tickets[ticket_id]
            status_id = fields.pop("status_id", None)
            ticket.update(fields)
            if status_id is not None:
                self.store.apply_status(ticket, int(status_id), self.clock())
            from .timeutil import iso

            ticket["last_update"] = ticket["lastactiondate"] = iso(self.clock())
            self.store.fill_ticket_names(ticket)
            self._changed.append(("ticket updated", ticket_id))
        self._queue_webhooks()
        return ticket

    def delete_ticket(self, ticket_id: int) -> None:
        with self._lock:
            self.store.tickets.pop(ticket_id, None)
            self.store.actions.pop(ticket_id, None)
            self._changed.append(("ticket deleted", ticket_id))
        self._queue_webhooks()

    def _queue_webhooks(self) -> None:
        if self.webhooks and self._changed and self.webhook_delay is not None:
            timer = threading.Timer(self.webhook_delay, self.send_webhooks)
            timer.daemon = True
            timer.start()

    def send_webhooks(self) -> None:
        """Deliver the events of changes made so far (outside the lock: the receiver may call
        back into the simulator)."""
        with self._lock:
            changed, self._changed = self._changed, []
            bodies = []
            for target in self.webhooks:
                for event, ticket_id in changed:
                    bodies.append(
                        (
                            target,
                            envelope(target, event, *self._webhook_objects(ticket_id), ticket_id),
                        )
                    )
        for target, body in bodies:
            target.deliver(body)

    def _webhook_objects(self, ticket_id: int) -> tuple[Row | None, list[Row] | None]:
        from .tickets import full_ticket

        ticket = self.store.tickets.get(ticket_id)
        if ticket is None:
            return None, None
        return full_ticket(self.store, ticket), [
            dict(a) for a in self.store.actions.get(ticket_id, [])
        ]

    def add_user(self, **fields: Any) -> Row:
        with self._lock:
            return self.store.insert_user(fields)

    # --- WSGI -------------------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        can_drop = bool(environ.get(DROP_CONNECTION_KEY))
        response, lost = self._handle(Request.from_environ(environ), can_drop)
        if lost and can_drop:
            raise DropConnection
        if lost:
            response = text_response(504, GATEWAY_TIMEOUT_TEXT)
        start_response(response.status_line, response.header_list())
        return [response.body]

    def _handle(self, req: Request, can_drop: bool) -> tuple[Response, bool]:
        """Answer one request; the flag says the response is to be lost after committing."""
        if self.faults.latency > 0:
            time.sleep(self.faults.latency)
        with self._lock:
            try:
                response, lost = self._dispatch(req)
            except HaloError as error:
                response, lost = error.response, False
            status = None if lost and can_drop else (504 if lost else response.status)
            if self._wrote(req, response, lost) and self.state_path is not None:
                save_store(self.store, self.state_path)  # a lost response committed all the same
            self.requests.append(
                RecordedRequest(
                    req.method,
                    req.path,
                    dict(req.query),
                    _recorded_body(req),
                    status,
                    _masked(req.headers),
                )
            )
        self._queue_webhooks()
        return response, lost

    @staticmethod
    def _wrote(req: Request, response: Response, lost: bool) -> bool:
        api = req.path.lower().startswith("/api/")
        return api and req.method != "GET" and (lost or response.status < 400)

    def _dispatch(self, req: Request) -> tuple[Response, bool]:
        if self.faults.down:
            return text_response(503, "Service Unavailable"), False
        path = req.path.rstrip("/").lower()
        if path == "/auth/token":
            return self._token(req), False
        if path == "/api" or path.startswith("/api/"):
            return self._api(req)
        return text_response(404, "Not Found"), False

    def _token(self, req: Request) -> Response:
        if req.method != "POST":
            return text_response(405, "Method Not Allowed", [("Allow", "POST")])
        response = self._tokens.issue(req, self.clock(), self.token_lifetime)
        self.token_requests += 1
        return response

    # --- /api -------------------------------------------------------------------------------------

    def _api(self, req: Request) -> tuple[Response, bool]:
        injected = self._injected_failure()
        if injected is not None:
            return injected, False
        segments = [part for part in req.path.split("/") if part][1:]
        if not 1 <= len(segments) <= 2:
            return text_response(404, "Not Found"), False
        route = self._route(segments[0].lower())
        item_id = segments[1] if len(segments) == 2 else None
        if route is None or (item_id is not None and not route.allowed_methods(with_id=True)):
            return text_response(404, "Not Found"), False
        return self._call(route, req, item_id)

    def _route(self, resource: str) -> Route | None:
        if resource == "authinfo":
            return auth_info_route(self.base_url, self.tenant)
        return ROUTES.get(resource)

    def _call(self, route: Route, req: Request, item_id: str | None) -> tuple[Response, bool]:
        now = self.clock()
        grant: Grant | None = None
        if route.needs_token:
            grant = self._tokens.lookup(req, now)
            if grant is None:
                return text_response(
                    401, "", [("WWW-Authenticate", 'Bearer error="invalid_token"')]
                ), False
        handler = route.handler(req.method, item_id is not None)
        if handler is None:
            allowed = ", ".join(route.allowed_methods(item_id is not None))
            return text_response(405, "Method Not Allowed", [("Allow", allowed)]), False
        if grant is not None and not grant.allows(route.scope, write=req.method != "GET"):
            return text_response(403, FORBIDDEN_TEXT), False
        lost = req.method == "POST" and self.faults.take_lost_write()
        self.variants.prepare(self.store)
        ctx = Ctx(self.store, req, now, grant)
        try:
            response = handler(ctx, item_id) if item_id is not None else handler(ctx)  # type: ignore[call-arg]
        except HaloError as error:
            response = error.response
        if self.webhooks and req.method in ("POST", "DELETE") and response.status < 300:
            self._note_changes(route, req, item_id, response)
        return self.variants.rewrite(req, response), lost

    def _note_changes(
        self, route: Route, req: Request, item_id: str | None, response: Response
    ) -> None:
        import json

        resource = req.path.rstrip("/").split("/")[-2 if item_id else -1].lower()
        if resource == "tickets" and item_id is not None:
            self._changed.append(("ticket deleted", int(item_id)))
            return
        try:
            body = json.loads(response.body or b"null")
        except ValueError:
            return
        rows = body if isinstance(body, list) else [body]
        for row in rows:
            if not isinstance(row, dict):
                continue
            if resource == "tickets" and isinstance(row.get("id"), int):
                self._changed.append(("ticket updated", row["id"]))
            elif resource == "actions" and isinstance(row.get("ticket_id"), int):
                self._changed.append(("ticket action added", row["ticket_id"]))

    def _injected_failure(self) -> Response | None:
        forced, retry_after = self.faults.take_forced_429()
        if forced:
            headers = [] if retry_after is None else [("Retry-After", str(retry_after))]
            return text_response(429, self._rate_limit_text(), headers)
        status = self.faults.take_forced_failure()
        if status is not None:
            return text_response(status, failure_text(status))
        wait = self.faults.check_rate_limit(self.clock())
        if wait is not None:
            return text_response(
                429, self.faults.rate_limit_message(), [("Retry-After", str(wait))]
            )
        return None

    def _rate_limit_text(self) -> str:
        return (
            self.faults.rate_limit_message()
            if self.faults.rate_limited
            else DEFAULT_RATE_LIMIT_TEXT
        )


def _masked(headers: dict[str, str]) -> dict[str, str]:
    masked = dict(headers)
    if "authorization" in masked:
        scheme = masked["authorization"].partition(" ")[0]
        masked["authorization"] = f"{scheme} ***"
    return masked
