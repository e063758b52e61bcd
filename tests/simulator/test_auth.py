"""Token endpoint, discovery, bearer checks and scope enforcement."""

from __future__ import annotations

import pytest

from halo_integration.simulator import HaloSimulator
from tests.simulator import DEMO_FORM, api_client, get_token, wsgi_client


@pytest.fixture
def sim() -> HaloSimulator:
    return HaloSimulator(seed=False)


def test_token_self_hosted_ignores_tenant_param(sim):
    client = wsgi_client(sim)
    response = client.post(
        "/auth/token", data={**DEMO_FORM, "scope": "all"}, params={"tenant": "whatever"}
    )
    body = response.json()
    assert response.status_code == 200
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == "all"
    assert len(body["access_token"]) > 20
    assert sim.token_requests == 1


def test_token_path_is_case_insensitive_but_not_under_api(sim):
    client = wsgi_client(sim)
    assert client.post("/Auth/Token", data={**DEMO_FORM, "scope": "all"}).status_code == 200
    assert client.post("/api/auth/token", data={**DEMO_FORM, "scope": "all"}).status_code == 404
    assert client.get("/auth/token").status_code == 405


def test_hosted_tenant_required():
    sim = HaloSimulator(seed=False, tenant="acme")
    client = wsgi_client(sim)
    assert get_token(client, tenant="acme")
    missing = client.post("/auth/token", data={**DEMO_FORM, "scope": "all"})
    wrong = client.post(
        "/auth/token", data={**DEMO_FORM, "scope": "all"}, params={"tenant": "globex"}
    )
    assert missing.status_code == 500
    assert wrong.status_code == 500
    assert "error" in wrong.text.lower()
    assert sim.token_requests == 1


def test_wrong_secret_and_unknown_client_are_invalid_client(sim):
    client = wsgi_client(sim)
    bad_secret = client.post("/auth/token", data={**DEMO_FORM, "client_secret": "nope"})
    unknown = client.post("/auth/token", data={**DEMO_FORM, "client_id": "someone"})
    for response in (bad_secret, unknown):
        assert response.status_code == 401
        assert response.json()["error"] == "invalid_client"
    assert sim.token_requests == 0


def test_unsupported_grant_type(sim):
    response = wsgi_client(sim).post("/auth/token", data={**DEMO_FORM, "grant_type": "password"})
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


@pytest.mark.parametrize("scope", ["read:everything", "read:users", "all bogus"])
def test_unknown_scope_is_invalid_scope(sim, scope):
    response = wsgi_client(sim).post("/auth/token", data={**DEMO_FORM, "scope": scope})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


def test_scope_must_be_within_the_clients_allowance():
    sim = HaloSimulator(seed=False, clients={"narrow": ("s3cret", "read:tickets edit:tickets")})
    client = wsgi_client(sim)
    form = {"grant_type": "client_credentials", "client_id": "narrow", "client_secret": "s3cret"}
    ok = client.post("/auth/token", data={**form, "scope": "read:tickets"})
    assert ok.status_code == 200
    assert ok.json()["scope"] == "read:tickets"
    for scope in ("read:customers", "all", None):
        data = form if scope is None else {**form, "scope": scope}
        refused = client.post("/auth/token", data=data)
        assert refused.status_code == 400, scope
        assert refused.json()["error"] == "invalid_scope"


def test_missing_scope_means_all_for_an_all_client(sim):
    response = wsgi_client(sim).post("/auth/token", data=DEMO_FORM)
    assert response.status_code == 200
    assert response.json()["scope"] == "all"


def test_client_secret_is_masked_in_the_request_log(sim):
    get_token(wsgi_client(sim))
    recorded = sim.requests[-1]
    assert recorded.path == "/auth/token"
    assert recorded.body["client_secret"] == "***"
    assert recorded.body["client_id"] == "portal-demo"
    assert recorded.status == 200


@pytest.mark.parametrize("tenant", [None, "acme"])
def test_auth_info_needs_no_token(tenant):
    sim = HaloSimulator(seed=False, tenant=tenant, base_url="https://halo.example")
    response = wsgi_client(sim).get("/api/authinfo")
    assert response.status_code == 200
    assert response.json() == {"auth_url": "https://halo.example/auth", "tenant_id": tenant or ""}


def test_missing_or_garbage_bearer_is_401(sim):
    client = wsgi_client(sim)
    assert client.get("/api/Status").status_code == 401
    assert client.get("/api/Status", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/api/Status", headers={"Authorization": "Basic abc"}).status_code == 401


def test_token_expires_with_the_simulated_clock(sim):
    sim.token_lifetime = 2
    client = api_client(sim)
    assert client.get("/api/Status").status_code == 200
    sim.advance(3)
    response = client.get("/api/Status")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_token_lifetime_is_reported(sim):
    sim.token_lifetime = 60
    response = wsgi_client(sim).post("/auth/token", data=DEMO_FORM)
    assert response.json()["expires_in"] == 60


def test_revoked_tokens_get_401_and_new_ones_work(sim):
    client = api_client(sim)
    sim.revoke_tokens()
    assert client.get("/api/Status").status_code == 401
    client.headers["Authorization"] = f"Bearer {get_token(client)}"
    assert client.get("/api/Status").status_code == 200
    assert sim.token_requests == 2


@pytest.mark.parametrize(
    ("scope", "method", "path", "status"),
    [
        ("read:tickets", "GET", "/api/Tickets", 200),
        ("read:tickets", "POST", "/api/Tickets", 403),
        ("edit:tickets", "GET", "/api/Actions?ticket_id=1", 200),
        ("read:customers", "GET", "/api/Tickets", 403),
        ("read:customers", "GET", "/api/Users", 200),
        ("read:tickets", "GET", "/api/Client", 403),
        ("read:tickets", "GET", "/api/Asset", 403),
        ("read:assets", "GET", "/api/Asset", 200),
        ("read:tickets", "GET", "/api/ClientContract", 403),
        ("read:contracts", "GET", "/api/ClientContract", 200),
        ("read:tickets", "GET", "/api/KBArticle", 403),
        ("read:kb", "GET", "/api/KBArticle", 200),
        ("read:tickets", "GET", "/api/Appointment", 403),
        ("read:calendar", "GET", "/api/Appointment", 200),
        ("read:tickets", "GET", "/api/Invoice", 403),
        ("read:invoices", "GET", "/api/Invoice", 200),
        ("read:tickets", "GET", "/api/Report", 403),
        ("read:reporting", "GET", "/api/Report", 200),
        ("read:kb", "GET", "/api/Agent", 200),
        ("read:kb", "GET", "/api/Team", 200),
        ("read:kb", "GET", "/api/Status", 200),
        ("read:kb", "GET", "/api/Priority", 200),
        ("read:kb", "GET", "/api/TicketType", 200),
        ("read:kb", "GET", "/api/Outcome", 200),
        ("read:kb", "GET", "/api/Category", 200),
        ("read:customers", "POST", "/api/Users", 403),
    ],
)
def test_scope_enforcement(sim, scope, method, path, status):
    client = api_client(sim, scope)
    response = client.request(method, path, json=[{"summary": "x"}] if method == "POST" else None)
    assert response.status_code == status, response.text
    if status == 403:
        assert "sufficient permission" in response.text


def test_bearer_header_is_masked_in_the_request_log(sim):
    client = api_client(sim)
    client.get("/api/Status")
    assert sim.requests[-1].headers["authorization"] == "Bearer ***"
