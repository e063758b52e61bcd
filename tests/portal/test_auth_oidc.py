"""Company sign-in through OpenID Connect, with the IdP's HTTP side faked (tests/conftest.py)."""

from __future__ import annotations

import urllib.parse

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User

from portal.models import SSOIdentity

pytestmark = pytest.mark.django_db


def signed_in_user(client) -> User | None:
    user = client.get("/").wsgi_request.user
    return user if user.is_authenticated else None


def test_first_sign_in_creates_a_user_keyed_by_issuer_and_subject(client, fake_idp):
    response = fake_idp.complete_sign_in(client)

    assert response.status_code == 302 and response.url == "/"
    user = signed_in_user(client)
    assert user is not None
    assert (user.email, user.first_name, user.last_name) == (
        "emma.jones@acme.example",
        "Emma",
        "Jones",
    )
    assert user.username == "emma.jones@acme.example"
    assert not user.has_usable_password()
    identity = SSOIdentity.objects.get()
    assert (identity.user, identity.issuer, identity.subject) == (
        user,
        fake_idp.issuer,
        "emma-sub-1",
    )


def test_the_token_request_carries_the_pkce_verifier_and_basic_auth(client, fake_idp):
    fake_idp.complete_sign_in(client)

    token_call = next(c for c in fake_idp.mock.calls if c.request.url.endswith("/token"))
    form = urllib.parse.parse_qs(token_call.request.body)
    assert form["code_verifier"] == ["v" * 64]
    assert form["code"] == ["the-code"]
    assert "client_secret" not in form  # sent as HTTP Basic, the spec's default
    assert token_call.request.headers["Authorization"].startswith("Basic ")


def test_a_changed_email_keeps_the_same_user(client, fake_idp):
    fake_idp.complete_sign_in(client)
    first = signed_in_user(client)
    client.logout()

    fake_idp.id_token_claims = {"email": "emma.smith@acme.example", "family_name": "Smith"}
    fake_idp.complete_sign_in(client)

    again = signed_in_user(client)
    assert again.pk == first.pk
    assert (again.email, again.last_name) == ("emma.smith@acme.example", "Smith")
    assert get_user_model().objects.count() == 1


def test_another_subject_with_the_same_email_is_a_different_user(client, fake_idp):
    fake_idp.complete_sign_in(client)
    client.logout()

    fake_idp.id_token_claims = {"sub": "someone-else"}
    fake_idp.complete_sign_in(client)

    usernames = sorted(get_user_model().objects.values_list("username", flat=True))
    assert usernames == ["emma.jones@acme.example", "emma.jones@acme.example-2"]


def test_a_user_created_before_their_first_sign_in_is_adopted(client, fake_idp):
    existing = get_user_model().objects.create_user("emma", email="Emma.Jones@acme.example")

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client).pk == existing.pk
    assert SSOIdentity.objects.get().user_id == existing.pk


def test_a_local_superuser_is_never_adopted_by_email(client, fake_idp):
    root = get_user_model().objects.create_superuser(
        "root", email="emma.jones@acme.example", password="x"
    )

    fake_idp.complete_sign_in(client)

    user = signed_in_user(client)
    assert user.pk != root.pk
    assert not user.is_superuser


def test_admin_group_members_become_staff_and_lose_it_when_removed(client, fake_idp):
    fake_idp.id_token_claims = {"groups": ["staff", "it-admins"]}
    fake_idp.complete_sign_in(client)
    assert signed_in_user(client).is_staff
    client.logout()

    fake_idp.id_token_claims = {"groups": ["staff"]}
    fake_idp.complete_sign_in(client)

    assert not signed_in_user(client).is_staff


def test_groups_only_in_the_id_token_still_count(client, fake_idp):
    fake_idp.id_token_claims = {"groups": ["it-admins"]}
    fake_idp.userinfo = {"sub": "emma-sub-1", "email": "emma.jones@acme.example"}

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client).is_staff


def test_a_nested_groups_claim_is_read_through_its_dotted_path(client, fake_idp, settings):
    settings.OIDC_GROUPS_CLAIM = "realm_access.roles"
    fake_idp.id_token_claims = {"realm_access": {"roles": ["it-admins"]}}

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client).is_staff


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"aud": "another-app"}, "audience 'another-app' does not include us"),
        ({"aud": ["another-app", "portal-client"]}, "issued to None"),
        ({"azp": "another-app"}, "issued to 'another-app'"),
        ({"iss": "https://evil.example.test"}, "issuer 'https://evil.example.test'"),
        ({"exp": 1}, "Signature has expired"),
        ({"email_verified": False}, "Claims verification failed"),
        ({"email": ""}, "Claims verification failed"),
    ],
)
def test_tokens_that_fail_a_check_are_refused(client, fake_idp, caplog, claims, reason):
    fake_idp.id_token_claims = claims

    response = fake_idp.complete_sign_in(client)

    assert response.status_code == 302 and response.url == "/accounts/login/"
    assert reason in caplog.text
    assert signed_in_user(client) is None
    assert get_user_model().objects.count() == 0
    page = client.get("/accounts/login/")
    assert b"did not complete" in page.content


def test_a_token_signed_with_another_key_is_refused(client, fake_idp, caplog):
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    fake_idp.sign = lambda claims: jwt.encode(
        claims, other_key, algorithm="RS256", headers={"kid": "test-key"}
    )

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client) is None
    assert "verification failed" in caplog.text


def test_userinfo_about_another_subject_is_refused(client, fake_idp, caplog):
    fake_idp.userinfo = {"sub": "someone-else", "email": "boss@acme.example"}

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client) is None
    assert "another subject" in caplog.text


def test_a_signed_userinfo_response_is_accepted_without_exp(client, fake_idp):
    fake_idp.sign_userinfo = True
    fake_idp.userinfo = {
        "iss": fake_idp.issuer,
        "aud": fake_idp.client_id,
        "sub": "emma-sub-1",
        "email": "emma.jones@acme.example",
        "groups": ["it-admins"],
    }

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client).is_staff


def test_a_signed_userinfo_response_for_another_app_is_refused(client, fake_idp, caplog):
    fake_idp.sign_userinfo = True
    fake_idp.userinfo = {"aud": "another-app", "sub": "emma-sub-1", "email": "e@acme.example"}

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client) is None
    assert "UserInfo audience" in caplog.text


def test_a_wrong_nonce_is_refused(client, fake_idp, caplog):
    session = client.session
    session["oidc_states"] = {"s": {"nonce": "expected", "code_verifier": "v" * 64, "added_on": 0}}
    session.save()

    client.get("/oidc/callback/", {"code": "c", "state": "s"})  # the token carries "nonce-1"

    assert signed_in_user(client) is None
    assert "Nonce verification failed" in caplog.text


def test_a_callback_naming_another_issuer_is_refused_before_any_token_request(client, fake_idp):
    fake_idp.complete_sign_in(client, iss="https://evil.example.test")

    assert signed_in_user(client) is None
    assert fake_idp.token_requests == []


def test_a_callback_with_an_unknown_state_goes_back_to_sign_in(client, fake_idp):
    session = client.session
    session["oidc_states"] = {}
    session.save()

    response = client.get("/oidc/callback/", {"code": "c", "state": "never-issued"})

    assert response.status_code == 302 and response.url == "/accounts/login/"


def test_a_deactivated_user_cannot_sign_in(client, fake_idp):
    fake_idp.complete_sign_in(client)
    user = signed_in_user(client)
    client.logout()
    user.is_active = False
    user.save()

    fake_idp.complete_sign_in(client)

    assert signed_in_user(client) is None


def test_sign_out_ends_the_idp_session_too(client, fake_idp):
    fake_idp.complete_sign_in(client)
    id_token = client.session["oidc_id_token"]

    response = client.post("/oidc/logout/")

    assert response.status_code == 302
    url = urllib.parse.urlsplit(response.url)
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{fake_idp.issuer}/logout"
    assert urllib.parse.parse_qs(url.query) == {
        "client_id": [fake_idp.client_id],
        "id_token_hint": [id_token],
        "post_logout_redirect_uri": ["http://testserver/"],
    }
    assert signed_in_user(client) is None


def test_sign_out_of_a_password_session_stays_local(client, fake_idp, django_user_model):
    client.force_login(django_user_model.objects.create_user("local"))

    response = client.post("/oidc/logout/")

    assert response.status_code == 302 and response.url == "/"
    assert signed_in_user(client) is None


def test_sign_out_needs_a_post(client, fake_idp):
    fake_idp.complete_sign_in(client)

    assert client.get("/oidc/logout/").status_code == 405
    assert signed_in_user(client) is not None
