"""One authenticated call to the Halo API, with Halo's rules for retrying it (REFERENCE §7).

HaloTransport owns the token provider and sends every request over an httpx client that is
shared by the process (see connection.py); HaloClient adds the typed endpoints on top.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx

from halo_integration.client.config import Budget, HaloConfig, Observer
from halo_integration.client.tokens import MemoryTokenStore, TokenProvider, TokenStore
from halo_integration.errors import (
    HaloForbidden,
    HaloNotConfigured,
    HaloNotFound,
    HaloRateLimited,
    HaloRejected,
    HaloUnavailable,
)

# The package's name, not this module's: log settings and the no-secrets test name this logger.
logger = logging.getLogger("halo_integration.client")

USER_AGENT = "halo-self-service-portal/0.1"


def new_http_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client as the portal uses it. Building one loads the TLS context and CA bundle
    (tens of milliseconds), so a process keeps one and shares it (see connection.py)."""
    return httpx.Client(
        transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        follow_redirects=False,
        limits=httpx.Limits(max_connections=50, max_keepalive_connections=20),
    )


class HaloTransport:
    """Sends API calls for one Halo instance: bearer token, budget, retries, error mapping.
    Raises HaloError subclasses only."""

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
            return response if raw else decode(response)

    def _reachable(self, ok: bool) -> None:
        if self.observer is not None:
            self.observer.reachable(ok)

    def _backoff(self, attempt: int, retry_after: float | None, why: str) -> None:
        delay = retry_after if retry_after is not None else 0.5 * 2 ** (attempt - 1)
        delay = min(max(delay, 0.0), self._max_backoff)
        logger.warning("halo retry %d after %.1fs (%s)", attempt, delay, why)
        self._sleep(delay)


def decode(response: httpx.Response) -> Any:
    """The JSON body of a 2xx answer (None when empty); anything else is HaloRejected."""
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
