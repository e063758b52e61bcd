"""The whole sign-in protocol against the real test IdP (tests/idp), without a browser: the
Django test client plays the portal's side, `requests` the browser's side at the IdP."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse

import pytest
import requests
from django.contrib.auth import get_user_model

from portal import oidc
from portal.models import SSOIdentity

CALLBACK = "http://testserver/oidc/callback/"


def sign_in_at_idp(client, login: str) -> requests.Response:
    """Follow the portal's redirect to the IdP, submit its login form, and stop at the
    redirect back to the portal's callback."""
    start = client.get("/oidc/authenticate/")
    assert start.status_code == 302
    browser = requests.Session()
    form_page = browser.get(start.url, timeout=10)
    action = re.search(r'<form[^>]*action="([^"]+)"', form_page.text).group(1)
    response = browser.post(
        urllib.parse.urljoin(form_page.url, action),
        data={"prompt": "login", "login": login, "password": "any"},
        allow_redirects=False,
        timeout=10,
    )
    while not response.headers["Location"].startswith(CALLBACK):
        next_url = urllib.parse.urljoin(response.url, response.headers["Location"])
        response = browser.get(next_url, allow_redirects=False, timeout=10)
    return response


def callback_path(back: requests.Response, *, drop: str = "") -> str:
    url = urllib.parse.urlsplit(back.headers["Location"])
    query = [(k, v) for k, v in urllib.parse.parse_qsl(url.query) if k != drop]
    return f"{url.path}?{urllib.parse.urlencode(query)}"


def test_a_real_idp_sign_in_creates_the_user_from_its_claims(client, sso_with_test_idp):
    back = sign_in_at_idp(client, "emma")

    response = client.get(callback_path(back))

    assert response.status_code == 302 and response.url == "/"
    user = get_user_model().objects.get()
    assert (user.email, user.get_full_name(), user.is_staff) == (
        "emma.jones@acme.example",
        "Emma Jones",
        False,
    )
    identity = SSOIdentity.objects.get()
    assert (identity.issuer, identity.subject) == (sso_with_test_idp.issuer, "emma")


def test_a_real_idp_admin_group_member_becomes_staff(client, sso_with_test_idp):
    back = sign_in_at_idp(client, "admin")

    client.get(callback_path(back))

    assert get_user_model().objects.get().is_staff


def test_the_real_idp_refuses_a_portal_whose_client_id_it_does_not_know(
    client, sso_with_test_idp, settings
):
    settings.OIDC_RP_CLIENT_ID = "not-registered"

    start = client.get("/oidc/authenticate/")
    answer = requests.get(start.url, timeout=10)

    assert answer.status_code == 400
    assert "invalid_client" in answer.text


def test_a_wrong_client_secret_ends_on_the_sign_in_page_not_an_error(
    client, sso_with_test_idp, settings, caplog
):
    back = sign_in_at_idp(client, "emma")
    settings.OIDC_RP_CLIENT_SECRET = "not-the-secret"

    response = client.get(callback_path(back))

    assert response.url == "/accounts/login/"
    assert get_user_model().objects.count() == 0
    assert "invalid_client" in caplog.text


@pytest.mark.parametrize(
    ("drop", "reason"),
    [
        ("", "SSO callback from unexpected issuer"),  # RFC 9207 iss parameter
        ("iss", "ID token issuer"),  # without it, the ID token's own iss claim
    ],
)
def test_a_real_idp_response_is_refused_when_another_issuer_is_expected(
    client, sso_with_test_idp, monkeypatch, caplog, drop, reason
):
    back = sign_in_at_idp(client, "emma")
    real = oidc.get_provider()
    monkeypatch.setattr(
        oidc, "get_provider", lambda: dataclasses.replace(real, issuer="http://127.0.0.1:1")
    )

    response = client.get(callback_path(back, drop=drop))

    assert response.url == "/accounts/login/"
    assert get_user_model().objects.count() == 0
    assert reason in caplog.text
