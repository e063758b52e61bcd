"""OAuth2 client-credentials tokens for the Halo API, cached and renewed before they expire."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import httpx
from pydantic import ValidationError

from halo_integration.errors import HaloAuthFailed, HaloForbidden, HaloRateLimited, HaloUnavailable
from halo_integration.schemas import Token

# Renew this long before expiry (or at 80% of a short lifetime), so a token never dies mid-call.
RENEW_MARGIN_SECONDS = 60.0


class TokenStore(Protocol):
    """Where tokens are kept; the Django cache in production, so all processes share one token."""

    def get(self, key: str) -> Any: ...
    def set(self, key: str, value: Any, timeout: float | None = None) -> None: ...
    def delete(self, key: str) -> Any: ...


class MemoryTokenStore:
    """A per-process store, for scripts and tests."""

    def __init__(self) -> None:
        self._data: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self._data.get(key)

    def set(self, key: str, value: Any, timeout: float | None = None) -> None:
        self._data[key] = value

    def delete(self, key: str) -> None:
        self._data.pop(key, None)


class TokenProvider:
    """Fetches and caches bearer tokens. Raises HaloAuthFailed, HaloForbidden or HaloUnavailable."""

    def __init__(
        self,
        *,
        http: httpx.Client,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str,
        store: TokenStore,
        clock: Callable[[], float] = time.time,
        timeout: float = 15.0,
    ) -> None:
        self._http = http
        self._timeout = timeout
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._store = store
        self._clock = clock
        self._lock = threading.Lock()
        # The key names the identity, never the secret itself.
        identity = json.dumps(
            [token_url, client_id, scope, hashlib.sha256(client_secret.encode()).hexdigest()]
        )
        self.cache_key = "halo-token:" + hashlib.sha256(identity.encode()).hexdigest()[:32]

    def authorization(self) -> str:
        """The Authorization header value, from the cache while the token is fresh.

        One renewal at a time across every process sharing the store: while one renews a token
        that is due but not yet expired, the others keep using it; with no token at all, they
        wait briefly for the one being fetched instead of each asking Halo for their own."""
        cached = self._store.get(self.cache_key)
        now = self._clock()
        if cached and cached["renew_at"] > now:
            return str(cached["header"])
        with self._lock:
            cached = self._store.get(self.cache_key)
            now = self._clock()
            if cached and cached["renew_at"] > now:
                return str(cached["header"])
            usable = bool(cached) and cached.get("expires_at", 0) > now + 5
            if not self._take_renewal():
                if usable:  # another process is renewing it: this one is still good
                    return str(cached["header"])
                waited = self._wait_for_token()
                if waited:
                    return waited
            try:
                return self._fetch()
            finally:
                self._store.delete(self.cache_key + ":renewing")

    def _take_renewal(self) -> bool:
        add = getattr(self._store, "add", None)
        if add is None:  # a store without add (MemoryTokenStore) is one process's own
            return True
        return bool(add(self.cache_key + ":renewing", 1, timeout=max(self._timeout, 5.0)))

    def _wait_for_token(self) -> str:
        deadline = time.monotonic() + min(self._timeout, 5.0)
        while time.monotonic() < deadline:
            time.sleep(0.05)
            cached = self._store.get(self.cache_key)
            if cached and cached.get("expires_at", cached["renew_at"]) > self._clock():
                return str(cached["header"])
        return ""

    def invalidate(self) -> None:
        self._store.delete(self.cache_key)
        self._store.delete(self.cache_key + ":renewing")

    def fetch_token(self) -> Token:
        """Request a new token now and return Halo's token response (without caching it)."""
        data = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "scope": self._scope,
        }
        try:
            response = self._http.post(self._token_url, data=data, timeout=self._timeout)
        except httpx.InvalidURL:
            raise HaloAuthFailed(
                f"{self._token_url} is not a valid URL; check the Halo URL or auth server URL"
            ) from None
        except httpx.TimeoutException:
            raise HaloUnavailable(f"Halo's token endpoint {self._token_url} timed out") from None
        except httpx.TransportError as exc:
            raise HaloUnavailable(
                f"cannot reach Halo's token endpoint {self._token_url} ({type(exc).__name__})"
            ) from None
        if response.status_code == 200:
            try:
                return Token.model_validate(response.json())
            except (ValueError, ValidationError):
                raise HaloAuthFailed(
                    f"{self._token_url} did not answer with an OAuth token; check the auth server URL"
                ) from None
        raise _token_error(response, self._token_url)

    def refresh(self) -> Token:
        """Fetch a token now, cache it for the calls that follow, and return Halo's answer."""
        with self._lock:
            body = self.fetch_token()
            self._cache(body)
            return body

    def _fetch(self) -> str:
        return self._cache(self.fetch_token())

    def _cache(self, token: Token) -> str:
        lifetime = float(token.expires_in) if token.expires_in and token.expires_in > 0 else 3600.0
        margin = min(RENEW_MARGIN_SECONDS, lifetime * 0.2)
        header = f"{token.token_type or 'Bearer'} {token.access_token}"
        if header.lower().startswith("bearer "):
            header = "Bearer " + header[7:]
        now = self._clock()
        self._store.set(
            self.cache_key,
            {"header": header, "renew_at": now + lifetime - margin, "expires_at": now + lifetime},
            timeout=max(lifetime, 1.0),
        )
        return header


def _as_float(value: object, *, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _token_error(response: httpx.Response, token_url: str) -> Exception:
    error = ""
    try:
        body = response.json()
        if isinstance(body, dict):
            error = str(body.get("error") or "")
    except ValueError:
        pass
    status = response.status_code
    if error == "invalid_scope":
        return HaloForbidden(
            "Halo refused the requested scope: the API application is not allowed it (invalid_scope)"
        )
    if error in {"invalid_client", "unauthorized_client"} or status == 401:
        return HaloAuthFailed("Halo rejected the client id or client secret (invalid_client)")
    if status == 429:  # not a credentials problem: Halo did not look at them yet
        retry_after = _as_float(response.headers.get("Retry-After"), default=-1.0)
        return HaloRateLimited(
            "Halo's token endpoint is rate limited (HTTP 429)",
            retry_after=retry_after if retry_after >= 0 else None,
        )
    if status == 404:
        return HaloAuthFailed(
            f"no token endpoint at {token_url}; check the Halo URL or auth server URL"
        )
    if status in {502, 503, 504}:
        return HaloUnavailable(f"Halo's token endpoint is unavailable (HTTP {status})")
    if status >= 500:
        return HaloAuthFailed(
            f"Halo's token endpoint failed (HTTP {status}); on hosted Halo this usually means "
            "a wrong or missing tenant"
        )
    return HaloAuthFailed(
        f"Halo refused to issue a token (HTTP {status}{', ' + error if error else ''})"
    )
