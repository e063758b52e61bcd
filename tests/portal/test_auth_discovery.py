"""Finding the IdP's endpoints from OIDC_ISSUER alone, and what people see when that fails."""

from __future__ import annotations

import urllib.parse

import pytest
import requests
import responses

from portal import oidc

pytestmark = pytest.mark.django_db


def test_the_sign_in_redirect_uses_discovered_endpoints_with_pkce_and_nonce(client, fake_idp):
    response = client.get("/oidc/authenticate/", {"next": "/tickets/"})

    assert response.status_code == 302
    url = urllib.parse.urlsplit(response.url)
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{fake_idp.issuer}/authorize"
    query = urllib.parse.parse_qs(url.query)
    assert query["client_id"] == [fake_idp.client_id]
    assert query["scope"] == ["openid email profile"]
    assert query["redirect_uri"] == ["http://testserver/oidc/callback/"]
    assert query["code_challenge_method"] == ["S256"]
    assert len(query["code_challenge"][0]) == 43
    assert len(query["nonce"][0]) >= 32
    assert client.session["oidc_login_next"] == "/tickets/"


def test_discovery_is_cached_across_sign_ins(client, fake_idp):
    client.get("/oidc/authenticate/")
    fake_idp.complete_sign_in(client)
    client.get("/oidc/authenticate/")

    assert fake_idp.discovery_calls() == 1


def test_discovery_failure_shows_a_clear_page_and_is_retried_next_time(client, fake_idp):
    fake_idp.mock.replace(
        responses.GET,
        f"{fake_idp.issuer}/.well-known/openid-configuration",
        body=requests.ConnectionError("connection refused"),
    )

    response = client.get("/oidc/authenticate/")

    assert response.status_code == 503
    assert b"could not reach your company" in response.content
    fake_idp.mock.replace(
        responses.GET,
        f"{fake_idp.issuer}/.well-known/openid-configuration",
        json=fake_idp.discovery,
    )
    assert client.get("/oidc/authenticate/").status_code == 302


def test_discovery_refuses_a_document_for_another_issuer(fake_idp):
    fake_idp.discovery["issuer"] = "https://evil.example.test"

    with pytest.raises(oidc.DiscoveryError, match="names issuer"):
        oidc.get_provider()


def test_discovery_refuses_plain_http_endpoints_for_a_remote_issuer(fake_idp):
    fake_idp.discovery["token_endpoint"] = "http://idp.example.test/token"

    with pytest.raises(oidc.DiscoveryError, match="token_endpoint"):
        oidc.get_provider()


def test_an_issuer_configured_with_a_trailing_slash_still_matches(fake_idp, settings):
    settings.OIDC_ISSUER = fake_idp.issuer + "/"

    assert oidc.get_provider().issuer == fake_idp.issuer


def test_client_secret_post_is_used_when_the_idp_lacks_basic_auth(fake_idp):
    fake_idp.discovery["token_endpoint_auth_methods_supported"] = ["client_secret_post"]

    assert oidc.get_setting("OIDC_TOKEN_USE_BASIC_AUTH") is False


def test_with_sso_off_the_sign_in_page_says_so(client, settings):
    settings.OIDC_ISSUER = ""

    page = client.get("/accounts/login/")

    assert b"Single sign-on is not set up" in page.content
    assert b"Sign in with your company account" not in page.content


def test_with_sso_off_the_sso_endpoints_explain_instead_of_failing(client, settings):
    settings.OIDC_ISSUER = ""

    response = client.get("/oidc/authenticate/")

    assert response.status_code == 404
    assert b"Single sign-on is not set up" in response.content


def test_with_sso_on_the_sign_in_page_offers_the_company_account(client, fake_idp):
    page = client.get("/accounts/login/", {"next": "/tickets/"})

    assert b"Sign in with your company account" in page.content
    assert b'href="/oidc/authenticate/?next=%2Ftickets%2F"' in page.content
    assert fake_idp.discovery_calls() == 0  # showing the page needs no IdP round trip
