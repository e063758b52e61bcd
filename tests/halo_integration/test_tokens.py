"""Authentication: token URL per deployment, caching, renewal before expiry and after a 401."""

from __future__ import annotations

import httpx
import pytest
from django.core.cache import caches

from halo_integration.client import HaloClient, HaloConfig
from halo_integration.client.tokens import MemoryTokenStore, TokenProvider
from halo_integration.errors import (
    HaloAuthFailed,
    HaloError,
    HaloForbidden,
    HaloNotConfigured,
    HaloRateLimited,
    HaloUnavailable,
)
from halo_integration.simulator import HaloSimulator
from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET, SIM_URL


def _client(sim: HaloSimulator, config: HaloConfig, **kwargs) -> HaloClient:
    kwargs.setdefault("sleep", lambda _: None)
    return HaloClient(config, transport=httpx.WSGITransport(app=sim), **kwargs)


def _token_calls(sim: HaloSimulator) -> list:
    return [r for r in sim.requests if r.path.lower() == "/auth/token"]


def _api_calls(sim: HaloSimulator) -> list:
    return [r for r in sim.requests if r.path.lower().startswith("/api/")]


class Recording(httpx.BaseTransport):
    """Passes requests on to `inner`, keeping the URL of each one."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.urls: list[httpx.URL] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        return self.inner.handle_request(request)


# --- where the token comes from -----------------------------------------------------------------


def test_hosted_halo_gets_its_token_with_the_tenant_in_the_query():
    sim = HaloSimulator(seed=False, tenant="acme")
    config = HaloConfig(
        url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tenant="acme"
    )

    with _client(sim, config) as halo:
        assert halo.get_me().name == "Portal API"

    token_call = _token_calls(sim)[0]
    assert token_call.method == "POST"
    assert token_call.query == {"tenant": "acme"}
    assert token_call.body["grant_type"] == "client_credentials"
    assert token_call.body["client_id"] == CLIENT_ID
    assert token_call.body["scope"] == "all"
    assert config.token_url == "http://halo.test/auth/token?tenant=acme"


@pytest.mark.parametrize("tenant", ["globex", ""])
def test_a_wrong_or_missing_tenant_fails_auth_and_says_tenant(tenant):
    sim = HaloSimulator(seed=False, tenant="acme")
    config = HaloConfig(
        url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tenant=tenant
    )

    with _client(sim, config) as halo, pytest.raises(HaloAuthFailed) as raised:
        halo.get_me()

    assert "tenant" in str(raised.value)
    assert not _api_calls(sim)


def test_self_hosted_halo_gets_its_token_without_a_tenant(sim, halo):
    assert halo.get_me().id == 14

    assert _token_calls(sim)[0].query == {}
    assert halo.config.token_url == "http://halo.test/auth/token"


def test_the_auth_server_defaults_to_url_slash_auth():
    config = HaloConfig(url="https://acme.halopsa.com/", client_id="x", client_secret="y")

    assert config.token_url == "https://acme.halopsa.com/auth/token"
    assert config.api_url == "https://acme.halopsa.com/api"


def test_a_separate_auth_server_is_used_when_given(sim):
    transport = Recording(httpx.WSGITransport(app=sim))
    config = HaloConfig(
        url=SIM_URL,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        auth_url="http://login.halo.test/auth/",
        tenant="t 1",
    )

    with HaloClient(config, transport=transport) as halo:
        halo.get_me()

    assert str(transport.urls[0]) == "http://login.halo.test/auth/token?tenant=t%201"
    assert transport.urls[1].host == "halo.test"
    assert transport.urls[1].path == "/api/Agent/me"


def test_an_auth_server_without_a_token_endpoint_fails_auth_with_a_hint(sim):
    config = HaloConfig(
        url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, auth_url=SIM_URL + "/oauth"
    )

    with _client(sim, config) as halo, pytest.raises(HaloAuthFailed) as raised:
        halo.get_me()

    assert "token endpoint" in str(raised.value)


@pytest.mark.parametrize(
    "url", [SIM_URL + "/api", SIM_URL + "/api/", SIM_URL + "/API", SIM_URL + "/"]
)
def test_a_url_given_with_a_trailing_api_still_works(sim, url):
    transport = Recording(httpx.WSGITransport(app=sim))
    config = HaloConfig(url=url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)

    with HaloClient(config, transport=transport) as halo:
        assert halo.get_ticket(3115).id == 3115

    assert [u.path for u in transport.urls] == ["/auth/token", "/api/Tickets/3115"]


def test_a_wrong_client_secret_fails_auth(sim):
    config = HaloConfig(url=SIM_URL, client_id=CLIENT_ID, client_secret="not-the-secret")

    with _client(sim, config) as halo, pytest.raises(HaloAuthFailed) as raised:
        halo.get_me()

    assert "client secret" in str(raised.value)


def test_a_scope_the_application_is_not_allowed_is_reported_as_a_scope_problem():
    sim = HaloSimulator(seed=False, clients={"narrow": ("pw", "read:assets")})
    config = HaloConfig(url=SIM_URL, client_id="narrow", client_secret="pw", scope="all")

    with _client(sim, config) as halo, pytest.raises(HaloForbidden) as raised:
        halo.get_me()

    assert "scope" in str(raised.value)


def test_a_token_answer_that_is_not_an_oauth_token_fails_auth(sim):
    def not_oauth(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, html="<html>Halo login page</html>")

    config = HaloConfig(url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    with (
        HaloClient(config, transport=httpx.MockTransport(not_oauth)) as halo,
        pytest.raises(HaloAuthFailed) as raised,
    ):
        halo.get_me()

    assert "OAuth token" in str(raised.value)


def test_a_token_endpoint_that_is_down_is_unavailable_not_an_auth_failure(sim, halo):
    sim.faults.down = True

    with pytest.raises(HaloUnavailable):
        halo.get_me()

    assert [r.status for r in sim.requests] == [503]


# --- caching ---------------------------------------------------------------------------------------


def test_one_client_reuses_its_token(sim, halo):
    halo.get_me()
    halo.get_ticket(3115)
    halo.list_statuses()

    assert sim.token_requests == 1
    assert len(_token_calls(sim)) == 1


@pytest.mark.parametrize("store_kind", ["django-cache", "memory"])
def test_two_clients_sharing_a_token_store_fetch_one_token(sim, sim_config, store_kind):
    if store_kind == "django-cache":
        store = caches["default"]
        store.clear()
    else:
        store = MemoryTokenStore()

    with _client(sim, sim_config, token_store=store) as first:
        first.get_me()
    with _client(sim, sim_config, token_store=store) as second:
        second.get_ticket(3115)

    assert sim.token_requests == 1
    assert all(r.status == 200 for r in sim.requests)


def test_clients_with_different_credentials_do_not_share_a_token(sim, sim_config):
    sim.clients["other-app"] = ("other-secret", "all")
    store = MemoryTokenStore()
    other = HaloConfig(url=SIM_URL, client_id="other-app", client_secret="other-secret")

    with (
        _client(sim, sim_config, token_store=store) as first,
        _client(sim, other, token_store=store) as second,
    ):
        first.get_me()
        second.get_me()

    assert sim.token_requests == 2
    bodies = [call.body["client_id"] for call in _token_calls(sim)]
    assert bodies == [CLIENT_ID, "other-app"]


def test_the_token_cache_key_names_no_secret(sim_config):
    provider = TokenProvider(
        http=httpx.Client(),
        token_url=sim_config.token_url,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        scope="all",
        store=MemoryTokenStore(),
    )

    assert CLIENT_SECRET not in provider.cache_key
    assert provider.cache_key.startswith("halo-token:")


# --- renewal ---------------------------------------------------------------------------------------


@pytest.fixture
def short_lived():
    """A simulator whose tokens live 100 s, and a client reading the simulator's clock."""
    sim = HaloSimulator(seed=False, token_lifetime=100)
    config = HaloConfig(url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    halo = _client(sim, config)
    halo.tokens._clock = sim.clock
    yield sim, halo
    halo.close()


def test_a_token_is_kept_until_the_renewal_margin(short_lived):
    sim, halo = short_lived
    halo.get_me()
    sim.advance(79)  # margin = min(60 s, 20 % of 100 s) = 20 s: renew at 80 s

    halo.get_me()

    assert sim.token_requests == 1


def test_a_token_is_renewed_before_it_expires(short_lived):
    sim, halo = short_lived
    halo.get_me()
    sim.advance(85)  # past the renewal point, still 15 s before Halo would expire it

    halo.get_me()

    assert sim.token_requests == 2
    assert 401 not in [r.status for r in sim.requests]


def test_a_long_token_is_renewed_60_seconds_before_expiry():
    now = [1_000.0]
    sim_answers = []

    def token_endpoint(request: httpx.Request) -> httpx.Response:
        sim_answers.append(request)
        return httpx.Response(
            200, json={"access_token": f"tok-{len(sim_answers)}", "expires_in": 3600}
        )

    provider = TokenProvider(
        http=httpx.Client(transport=httpx.MockTransport(token_endpoint)),
        token_url="http://halo.test/auth/token",
        client_id="id",
        client_secret="secret",
        scope="all",
        store=MemoryTokenStore(),
        clock=lambda: now[0],
    )

    assert provider.authorization() == "Bearer tok-1"
    now[0] += 3539
    assert provider.authorization() == "Bearer tok-1"
    now[0] += 2  # 3541 s: inside the last 60 s
    assert provider.authorization() == "Bearer tok-2"
    assert len(sim_answers) == 2


def test_an_expired_token_is_renewed_after_a_401_even_without_a_clock(sim, halo):
    halo.get_me()
    sim.advance(3601)  # the client's clock did not move: it still trusts its token

    assert halo.get_ticket(3115).id == 3115

    assert [r.status for r in _api_calls(sim)] == [200, 401, 200]
    assert sim.token_requests == 2


def test_a_revoked_token_is_renewed_once_after_a_401(sim, halo):
    halo.get_me()
    sim.revoke_tokens()

    assert halo.get_ticket(3115).id == 3115

    assert [(r.path, r.status) for r in sim.requests] == [
        ("/auth/token", 200),
        ("/api/Agent/me", 200),
        ("/api/Tickets/3115", 401),
        ("/auth/token", 200),
        ("/api/Tickets/3115", 200),
    ]


def test_a_post_answered_401_is_sent_again_with_a_new_token(sim, halo):
    halo.get_me()
    sim.revoke_tokens()

    created = halo.create_ticket({"summary": "after revoke", "client_id": 12})
    assert created is not None

    posts = [r for r in sim.requests if r.method == "POST" and r.path == "/api/Tickets"]
    assert [r.status for r in posts] == [401, 201]
    assert [t["id"] for t in sim.store.tickets.values() if t["summary"] == "after revoke"] == [
        created.id
    ]


def test_a_second_consecutive_401_is_an_error_not_a_loop(sim, sim_config):
    calls = {"api": 0}
    inner = httpx.WSGITransport(app=sim)

    def always_401(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/"):
            calls["api"] += 1
            return httpx.Response(401, headers={"WWW-Authenticate": "Bearer"})
        return inner.handle_request(request)

    with (
        HaloClient(sim_config, transport=httpx.MockTransport(always_401)) as halo,
        pytest.raises(HaloError) as raised,
    ):
        halo.get_ticket(3115)

    assert not isinstance(raised.value, HaloUnavailable)
    assert "token" in str(raised.value)
    assert calls["api"] == 2
    assert sim.token_requests == 2


def test_a_rate_limited_token_endpoint_is_rate_limited_not_an_auth_failure():
    def busy(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "7"}, text="Rate Limit Reached")

    config = HaloConfig(url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    transport = httpx.MockTransport(busy)
    with HaloClient(config, transport=transport) as halo, pytest.raises(HaloRateLimited) as raised:
        halo.get_me()

    assert raised.value.retry_after == 7


@pytest.mark.parametrize("url", ["http://halo.test:notaport", "http://[::1"])
def test_an_invalid_url_fails_as_a_halo_error_not_a_crash(url):
    config = HaloConfig(url=url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)

    with HaloClient(config) as halo, pytest.raises(HaloAuthFailed) as raised:
        halo.get_me()

    assert "not a valid URL" in str(raised.value)


def test_an_invalid_api_url_behind_a_valid_auth_server_fails_as_a_halo_error(sim):
    config = HaloConfig(
        url="http://halo.test:notaport",
        auth_url=SIM_URL + "/auth",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )

    with _client(sim, config) as halo, pytest.raises(HaloNotConfigured):
        halo.get_me()
