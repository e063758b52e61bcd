"""The Halo API client: the only code that speaks HTTP to Halo.

- ``config``: HaloConfig (where an instance is) and the Observer and Budget hooks
- ``http``: the shared httpx client's settings and HaloTransport (token, retries, error mapping)
- ``tokens``: OAuth2 client-credentials tokens, cached and renewed before they expire
- ``endpoints``: Halo's list endpoints (ENTITIES) and one Page of rows
- ``ticket_filters``: ticket filters to query parameters, and re-checking what Halo answered
- ``resources``: HaloClient, one typed method per thing the portal reads or writes

Errors are the HaloError family of ``halo_integration.errors``.
"""

from halo_integration.client.config import Budget, HaloConfig, Observer
from halo_integration.client.endpoints import ENTITIES, MAX_PAGE_SIZE, Entity, Page
from halo_integration.client.http import USER_AGENT, HaloTransport, new_http_client
from halo_integration.client.resources import HaloClient
from halo_integration.client.ticket_filters import opened_within
from halo_integration.client.tokens import MemoryTokenStore, TokenProvider, TokenStore

__all__ = [
    "ENTITIES",
    "MAX_PAGE_SIZE",
    "USER_AGENT",
    "Budget",
    "Entity",
    "HaloClient",
    "HaloConfig",
    "HaloTransport",
    "MemoryTokenStore",
    "Observer",
    "Page",
    "TokenProvider",
    "TokenStore",
    "new_http_client",
    "opened_within",
]
