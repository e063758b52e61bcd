"""OpenID Connect discovery and the provider-facing glue that mozilla-django-oidc lacks.

mozilla-django-oidc wants four endpoint settings and has no discovery (upstream issue #414).
We read them from `<OIDC_ISSUER>/.well-known/openid-configuration`, cache them in Django's
cache, and hand them to the library through `get_setting`, which the backend, the views and
the session-refresh middleware use in place of their own `get_settings`.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.shortcuts import resolve_url
from mozilla_django_oidc.utils import import_from_settings

logger = logging.getLogger(__name__)

_CACHE_VERSION = 1
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


class SSONotConfigured(Exception):
    """OIDC_ISSUER is empty: single sign-on is switched off."""


class DiscoveryError(Exception):
    """The issuer's discovery document could not be fetched or is not usable."""


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str = ""
    end_session_endpoint: str = ""
    token_endpoint_auth_methods: tuple[str, ...] = ("client_secret_basic",)


def sso_enabled() -> bool:
    return bool(settings.OIDC_ISSUER)


def get_provider() -> ProviderMetadata:
    """The configured IdP's metadata, from cache or discovery.

    Raises SSONotConfigured or DiscoveryError. Failures are not cached, so the next sign-in
    attempt tries again.
    """
    issuer = settings.OIDC_ISSUER
    if not issuer:
        raise SSONotConfigured("OIDC_ISSUER is not set")
    key = _cache_key(issuer)
    cached = cache.get(key)
    if isinstance(cached, dict):
        try:
            return ProviderMetadata(**cached)
        except TypeError:
            pass  # cached by an older release with other fields: discover again
    provider = discover(issuer)
    cache.set(key, asdict(provider), settings.OIDC_DISCOVERY_TTL)
    return provider


def discover(issuer: str) -> ProviderMetadata:
    """Fetch and check the discovery document of `issuer`. Raises DiscoveryError."""
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        response = requests.get(
            url, timeout=settings.OIDC_TIMEOUT, headers={"Accept": "application/json"}
        )
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise DiscoveryError(f"cannot read {url}: {exc}") from exc
    if not isinstance(document, dict):
        raise DiscoveryError(f"{url} is not a JSON object")
    return _parse_document(document, issuer=issuer, url=url)


def _parse_document(document: dict[str, Any], *, issuer: str, url: str) -> ProviderMetadata:
    # OpenID Connect Discovery 4.3: the document's issuer must be the one we asked (a trailing
    # slash is the only difference we forgive, as admins copy issuers with and without one).
    discovered_issuer = document.get("issuer")
    if not isinstance(discovered_issuer, str) or (
        discovered_issuer.rstrip("/") != issuer.rstrip("/")
    ):
        raise DiscoveryError(f"{url} names issuer {discovered_issuer!r}, expected {issuer!r}")
    endpoints = {
        name: _endpoint(document, name, required=required, issuer=issuer)
        for name, required in (
            ("authorization_endpoint", True),
            ("token_endpoint", True),
            ("jwks_uri", True),
            ("userinfo_endpoint", False),
            ("end_session_endpoint", False),
        )
    }
    methods = document.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
    return ProviderMetadata(
        issuer=discovered_issuer,
        token_endpoint_auth_methods=tuple(str(method) for method in methods),
        **endpoints,
    )


def _endpoint(document: dict[str, Any], name: str, *, required: bool, issuer: str) -> str:
    value = document.get(name)
    if value in (None, "") and not required:
        return ""
    if not isinstance(value, str) or not _is_acceptable_url(value, issuer=issuer):
        raise DiscoveryError(f"discovery document has no usable {name}: {value!r}")
    return value


def _is_acceptable_url(url: str, *, issuer: str) -> bool:
    # Tokens and secrets travel over these: plain http only for an IdP on this machine.
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.netloc:
        return True
    return parts.scheme == "http" and urlsplit(issuer).hostname in _LOOPBACK_HOSTS


def _cache_key(issuer: str) -> str:
    digest = hashlib.sha256(issuer.encode()).hexdigest()[:24]
    return f"portal:oidc:discovery:v{_CACHE_VERSION}:{digest}"


# mozilla-django-oidc setting name -> where the value comes from in the discovery document.
_DISCOVERED_SETTINGS = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}


def get_setting(attr: str, *default: Any) -> Any:
    """mozilla-django-oidc's `get_settings`, with the IdP endpoints taken from discovery."""
    if attr in _DISCOVERED_SETTINGS:
        return getattr(get_provider(), _DISCOVERED_SETTINGS[attr])
    if attr == "OIDC_TOKEN_USE_BASIC_AUTH":
        # client_secret_basic is the spec's default; fall back to _post only for IdPs without it.
        return "client_secret_basic" in get_provider().token_endpoint_auth_methods
    return import_from_settings(attr, *default)


def provider_logout_url(request: HttpRequest) -> str:
    """Where "Sign out" goes: the IdP's end-session endpoint (RP-initiated logout) for SSO
    sessions, else straight to LOGOUT_REDIRECT_URL. Called before the local logout."""
    local_url = resolve_url(settings.LOGOUT_REDIRECT_URL)
    id_token = request.session.get("oidc_id_token")
    if not id_token or not sso_enabled():
        return local_url  # a password or break-glass session: nothing to end at the IdP
    try:
        endpoint = get_provider().end_session_endpoint
    except DiscoveryError as exc:
        logger.warning("Signing out locally only; the IdP is unavailable: %s", exc)
        return local_url
    if not endpoint:
        return local_url  # e.g. Google publishes no end_session_endpoint
    query = urlencode(
        {
            "client_id": settings.OIDC_RP_CLIENT_ID,
            "id_token_hint": id_token,
            "post_logout_redirect_uri": request.build_absolute_uri(local_url),
        }
    )
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
