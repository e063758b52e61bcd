"""Tests of the Halo API simulator itself, plus small helpers shared by its test modules."""

from __future__ import annotations

import httpx

from halo_integration.simulator import HaloSimulator

BASE_URL = "http://halo.test"
DEMO_FORM = {
    "grant_type": "client_credentials",
    "client_id": "portal-demo",
    "client_secret": "demo-secret",
}


def wsgi_client(sim: HaloSimulator) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=sim), base_url=BASE_URL)


def get_token(client: httpx.Client, scope: str | None = "all", **params: str) -> str:
    form = dict(DEMO_FORM)
    if scope is not None:
        form["scope"] = scope
    response = client.post("/auth/token", data=form, params=params)
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def api_client(sim: HaloSimulator, scope: str | None = "all") -> httpx.Client:
    """A WSGI client that already carries a bearer token."""
    client = wsgi_client(sim)
    client.headers["Authorization"] = f"Bearer {get_token(client, scope)}"
    return client
