"""The Django side of the Halo connection: which instance is configured, a client for it with
the token shared through the cache, and the live check run before a connection is saved."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field

import httpx
from django.conf import settings
from django.core.cache import cache

from halo_integration import budget, config_memo
from halo_integration.catalog import Catalog
from halo_integration.client import HaloClient, HaloConfig, new_http_client
from halo_integration.errors import HaloForbidden, HaloNotConfigured, HaloNotFound, HaloRejected
from halo_integration.models import HaloConnection

# Tests and the demo may route every client through one transport (e.g. the in-process simulator).
transport_override: httpx.BaseTransport | None = None


def current_config() -> HaloConfig:
    """The saved connection, else the HALO_* bootstrap settings. Raises HaloNotConfigured."""
    connection = config_memo.remembered("connection", HaloConnection.objects.current)
    if connection is not None:
        return connection.to_config()
    if settings.HALO_URL and settings.HALO_CLIENT_ID and settings.HALO_CLIENT_SECRET:
        return HaloConfig(
            url=settings.HALO_URL,
            client_id=settings.HALO_CLIENT_ID,
            client_secret=settings.HALO_CLIENT_SECRET,
            tenant=settings.HALO_TENANT,
            auth_url=settings.HALO_AUTH_URL,
            scope=settings.HALO_SCOPE or "all",
            timeout=settings.HALO_TIMEOUT,
        )
    raise HaloNotConfigured(
        "the portal is not connected to Halo yet; an admin must set up the connection"
    )


# Keyed by the transport itself, not its id(): an id can be handed to a new object once the
# old one is gone, and a client bound to a stale transport would talk to the wrong Halo.
_shared: dict[tuple[int, httpx.BaseTransport | None], httpx.Client] = {}
_shared_lock = threading.Lock()


def shared_http() -> httpx.Client:
    """This process's one httpx client (per transport): pooled connections, and the TLS context
    and CA bundle loaded once instead of for every Halo call. Keyed by process id, so a forked
    worker builds its own instead of sharing its parent's sockets."""
    key = (os.getpid(), transport_override)
    with _shared_lock:
        http = _shared.get(key)
        if http is None or http.is_closed:
            http = _shared[key] = new_http_client(transport_override)
        return http


def build_halo_client(config: HaloConfig | None = None) -> HaloClient:
    """A client for the configured Halo: the process's shared HTTP client, the token shared by
    every process through the cache, the portal-wide budget, and the mirror fed by every answer."""
    from halo_integration.mirror.observer import MirrorObserver
    from halo_integration.mirror.store import connection_key

    config = config or current_config()
    key = connection_key(config)
    return HaloClient(
        config,
        http=shared_http(),
        token_store=cache,
        observer=MirrorObserver(key),
        budget=budget.for_connection(key),
    )


def build_catalog(halo: HaloClient) -> Catalog:
    return Catalog(halo, cache=cache, ttl=settings.HALO_CATALOG_TTL)


def current_catalog() -> Catalog:
    """The configured instance's metadata (ticket types, statuses, priorities, teams, agents,
    outcomes), cached; Halo is asked only for a list that is not cached. The one way views and
    the NL layer reach the catalog. Raises HaloNotConfigured (at once) or another HaloError (on
    first use of a list)."""
    return build_catalog(build_halo_client())


@dataclass
class ConnectionReport:
    """What a live check of a connection found."""

    agent_name: str = ""
    scope: str = ""
    working: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


# (label, path, required): what the portal reads; tickets and users are needed to work at all.
_PROBES: tuple[tuple[str, str, bool], ...] = (
    ("tickets", "/Tickets", True),
    ("users", "/Users", True),
    ("customers", "/Client", False),
    ("assets", "/Asset", False),
    ("contracts", "/ClientContract", False),
    ("kb articles", "/KBArticle", False),
    ("appointments", "/Appointment", False),
    ("invoices", "/Invoice", False),
    ("reports", "/Report", False),
)


def check_connection(
    config: HaloConfig, *, transport: httpx.BaseTransport | None = None
) -> ConnectionReport:
    """Get a token, then make real GETs. Raises HaloAuthFailed, HaloForbidden, HaloUnavailable."""
    with HaloClient(config, transport=transport or transport_override, max_retries=0) as halo:
        token = halo.tokens.refresh()  # one token serves the probes below
        report = ConnectionReport(scope=token.scope or config.scope)
        try:
            report.agent_name = halo.get_me().name
        except (HaloNotFound, HaloRejected):  # not every Halo version serves /Agent/me
            report.agent_name = ""
        for label, path, required in _PROBES:
            try:
                halo.request("GET", path, params={"count": 1})
            except (HaloForbidden, HaloNotFound, HaloRejected):
                if required:
                    raise HaloForbidden(
                        f"the API application may not read {label} (GET /api{path} answered 403); "
                        "grant it the missing scope in Halo (Configuration > Integrations > Halo API)"
                    ) from None
                report.refused.append(label)
            else:
                report.working.append(label)
        return report
