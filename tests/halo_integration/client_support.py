"""Helpers for the HaloClient tests: a transport that rewrites requests or answers, and the
real client over the simulator."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from halo_integration.client import HaloClient, HaloConfig
from halo_integration.simulator import HaloSimulator, RecordedRequest
from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET, SIM_URL

ACME = 12
EMMA = 201


class Rewrite(httpx.BaseTransport):
    """Sits between the client and the simulator: may change a request, or an answer's JSON."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        request: Callable[[httpx.Request], httpx.Request] | None = None,
        body: Callable[[httpx.Request, object], object] | None = None,
    ) -> None:
        self.inner = inner
        self.rewrite_request = request
        self.rewrite_body = body

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.rewrite_request is not None:
            request = self.rewrite_request(request)
        response = self.inner.handle_request(request)
        if self.rewrite_body is None or not request.url.path.startswith("/api/"):
            return response
        response.read()
        body = self.rewrite_body(request, response.json())
        return httpx.Response(response.status_code, json=body, request=request)


def make_client(
    sim: HaloSimulator, transport: httpx.BaseTransport | None = None, **kwargs
) -> HaloClient:
    """The real client over the simulator (or `transport`), without back-off sleeps."""
    config = kwargs.pop("config", None) or HaloConfig(
        url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET
    )
    kwargs.setdefault("sleep", lambda _: None)
    return HaloClient(config, transport=transport or httpx.WSGITransport(app=sim), **kwargs)


def calls_to(sim: HaloSimulator, method: str, path: str) -> list[RecordedRequest]:
    """The calls of this method to exactly this path."""
    return [r for r in sim.requests if r.method == method and r.path == path]


def acme_ticket_count(sim: HaloSimulator) -> int:
    """How many tickets the Acme customer has in the simulator."""
    return sum(1 for t in sim.store.tickets.values() if t["client_id"] == ACME)
