"""Every page needs sign-in (htmx-aware), public exceptions, SSO re-checks and page chrome."""

from __future__ import annotations

import time
import urllib.parse

import pytest
from django.core.cache import cache
from django.template.loader import render_to_string
from django.test import Client

pytestmark = pytest.mark.django_db

# Only "/" exists yet; any resolvable URL is private by default, and that is what is tested.
HTMX = {"HX-Request": "true", "HX-Current-URL": "http://testserver/?status=open"}


def test_a_signed_out_page_request_is_redirected_to_sign_in(client):
    response = client.get("/", {"page": "2"})

    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/%3Fpage%3D2"


def test_a_signed_out_htmx_request_gets_a_client_redirect_back_to_its_page(client):
    response = client.get("/", {"partial": "ticket-table"}, headers=HTMX)

    assert response.status_code == 200
    assert "Location" not in response.headers
    assert response.headers["HX-Redirect"] == "/accounts/login/?next=/%3Fstatus%3Dopen"
    assert "HX-Request" in response.headers["Vary"]


def test_an_htmx_request_from_another_site_is_sent_home_after_sign_in(client):
    headers = {"HX-Request": "true", "HX-Current-URL": "https://evil.example/"}

    response = client.get("/", headers=headers)

    assert response.headers["HX-Redirect"] == "/accounts/login/?next=/"


@pytest.mark.parametrize("url", ["/healthz", "/accounts/login/", "/accounts/breakglass/"])
def test_public_pages_need_no_sign_in(client, url):
    assert client.get(url).status_code == 200


def test_healthz_says_ok(client):
    response = client.get("/healthz")

    assert response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")


def test_pages_carry_a_strict_content_security_policy(client):
    policy = client.get("/accounts/login/").headers["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["form-action"].startswith("'self'")


# --- The home page and the layout -------------------------------------------------------------


def test_home_greets_the_signed_in_user_and_offers_sign_out(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("emma", first_name="Emma"))

    page = client.get("/").content.decode()

    assert "Hello, Emma" in page
    assert 'action="/oidc/logout/"' in page
    assert 'href="/tickets/"' in page
    assert "/console/" not in page and "/admin/" not in page


def test_staff_also_see_the_admin_links(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("ada", is_staff=True))

    page = client.get("/").content.decode()

    assert 'href="/console/"' in page and 'href="/admin/"' in page


def test_the_layout_loads_htmx_and_styles_from_this_server_with_no_inline_script(client):
    page = client.get("/accounts/login/").content.decode()

    assert '<script src="/static/django_htmx/htmx-2.min.js"' in page
    assert "/static/vendor/pico/pico.min.css" in page
    assert "<script>" not in page and "<style" not in page and "style=" not in page
    assert '"includeIndicatorStyles": false' in page
    assert 'id="messages" aria-live="polite"' in page


def test_the_server_error_page_renders_without_a_request():
    html = render_to_string("500.html")

    assert "Something went wrong" in html
    assert "/static/vendor/pico/pico.min.css" in html


def test_an_expired_form_gets_a_friendly_page(client, django_user_model):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(django_user_model.objects.create_user("emma"))

    response = strict.post("/oidc/logout/")  # no CSRF token

    assert response.status_code == 403
    assert b"This form has expired" in response.content


def test_the_not_found_page_uses_the_layout(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("emma"))

    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert b"Page not found" in response.content and b"Sign out" in response.content


# --- Silent SSO re-checks (SessionRefresh) ----------------------------------------------------


@pytest.fixture
def sso_session(client, fake_idp):
    fake_idp.complete_sign_in(client)
    session = client.session
    session["oidc_id_token_expiration"] = time.time() - 1  # due for a re-check
    session.save()
    return client


def test_a_due_sso_session_is_rechecked_silently_at_the_idp(sso_session, fake_idp):
    response = sso_session.get("/")

    assert response.status_code == 302
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(response.url).query)
    assert response.url.startswith(f"{fake_idp.issuer}/authorize?")
    assert query["prompt"] == ["none"]
    assert query["code_challenge_method"] == ["S256"]


def test_a_due_htmx_request_gets_a_client_redirect_and_returns_to_its_page(sso_session, fake_idp):
    response = sso_session.get("/", {"partial": "ticket-table"}, headers=HTMX)

    assert response.status_code == 200
    assert response.headers["HX-Redirect"].startswith(f"{fake_idp.issuer}/authorize?")
    assert sso_session.session["oidc_login_next"] == "/?status=open"


def test_rechecks_can_be_turned_off(sso_session, settings):
    settings.OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS = 0

    assert sso_session.get("/").status_code == 200


def test_an_unreachable_idp_postpones_the_recheck_instead_of_breaking_pages(
    sso_session, fake_idp, settings
):
    cache.clear()
    settings.OIDC_ISSUER = "https://unreachable.example.test"  # not served by the fake

    response = sso_session.get("/")

    assert response.status_code == 200
    assert sso_session.session["oidc_id_token_expiration"] > time.time()


def test_password_sessions_are_never_sent_to_the_idp(client, fake_idp, django_user_model):
    client.force_login(django_user_model.objects.create_user("root"))

    assert client.get("/").status_code == 200
