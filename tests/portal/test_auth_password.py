"""Password sign-in: off unless enabled, break-glass for superusers only, throttled by axes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def employee(django_user_model):
    return django_user_model.objects.create_user("emma", password=PASSWORD)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", password=PASSWORD)


def sign_in(client, url, username, password=PASSWORD, **extra):
    return client.post(url, {"username": username, "password": password, **extra})


def is_signed_in(client) -> bool:
    return client.get("/").wsgi_request.user.is_authenticated


def test_password_sign_in_is_off_by_default(client, employee, settings):
    assert settings.PASSWORD_LOGIN_ENABLED is False

    page = client.get("/accounts/login/")
    response = sign_in(client, "/accounts/login/", "emma")

    assert b'name="password"' not in page.content
    assert response.status_code == 405
    assert not is_signed_in(client)


def test_password_sign_in_works_when_enabled(client, employee, settings):
    settings.PASSWORD_LOGIN_ENABLED = True

    page = client.get("/accounts/login/")
    response = sign_in(client, "/accounts/login/", "emma", next="/tickets/")

    assert b'name="password"' in page.content
    assert response.status_code == 302 and response.url == "/tickets/"
    assert is_signed_in(client)


def test_a_next_url_on_another_site_is_ignored(client, employee, settings):
    settings.PASSWORD_LOGIN_ENABLED = True

    response = sign_in(client, "/accounts/login/", "emma", next="https://evil.example/")

    assert response.url == "/"


def test_a_wrong_password_shows_the_form_again(client, employee, settings):
    settings.PASSWORD_LOGIN_ENABLED = True

    response = sign_in(client, "/accounts/login/", "emma", password="nope")

    assert response.status_code == 200
    assert b'role="alert"' in response.content
    assert not is_signed_in(client)


def test_repeated_failures_lock_the_user_name_out_even_with_the_right_password(
    client, employee, settings
):
    settings.PASSWORD_LOGIN_ENABLED = True
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "/accounts/login/", "emma", password="nope")

    response = sign_in(client, "/accounts/login/", "emma")

    assert response.status_code == 429
    assert b"Too many sign-in attempts" in response.content
    assert not is_signed_in(client)


def test_a_lockout_does_not_spill_over_to_other_user_names(client, employee, superuser, settings):
    settings.PASSWORD_LOGIN_ENABLED = True
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "/accounts/login/", "emma", password="nope")

    response = sign_in(client, "/accounts/breakglass/", "root")

    assert response.status_code == 302
    assert is_signed_in(client)


def test_break_glass_lets_a_superuser_in_with_password_sign_in_off(client, superuser):
    response = sign_in(client, "/accounts/breakglass/", "root")

    assert response.status_code == 302 and response.url == "/"
    assert is_signed_in(client)


def test_break_glass_refuses_everyone_else(client, employee, django_user_model):
    django_user_model.objects.filter(pk=employee.pk).update(is_staff=True)

    response = sign_in(client, "/accounts/breakglass/", "emma")

    assert response.status_code == 200
    assert b"Please enter a correct username and password" in response.content
    assert not is_signed_in(client)


def test_break_glass_is_throttled_too(client, superuser, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "/accounts/breakglass/", "root", password="nope")

    response = sign_in(client, "/accounts/breakglass/", "root")

    assert response.status_code == 429
    assert not is_signed_in(client)


def test_the_django_admin_login_form_sends_people_to_our_sign_in(client):
    response = client.get("/admin/login/", {"next": "/admin/portal/"})

    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=%2Fadmin%2Fportal%2F"


def test_the_admin_login_form_cannot_be_used_to_post_passwords(client, employee, settings):
    response = sign_in(client, "/admin/login/", "emma")

    assert response.status_code == 405
    assert not is_signed_in(client)
