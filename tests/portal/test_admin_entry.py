"""Django admin, as an employee finds it: one clear answer instead of a redirect loop."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_an_employee_opening_the_admin_gets_a_clear_403_not_a_redirect_loop(client, employee):
    client.force_login(employee)

    response = client.get("/admin/", follow=True)

    assert response.status_code == 403
    assert len(response.redirect_chain) <= 2  # /admin/ -> /admin/login/, then the answer
    assert "You are not allowed to do that" in response.content.decode()


def test_an_employee_at_the_admin_login_url_gets_the_same_403(client, employee):
    client.force_login(employee)

    response = client.get("/admin/login/", {"next": "/admin/"})

    assert response.status_code == 403


def test_a_portal_admin_signed_in_goes_straight_to_the_admin(client, portal_admin):
    client.force_login(portal_admin)

    response = client.get("/admin/login/", {"next": "/admin/"})

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_someone_signed_out_is_still_sent_to_the_portal_sign_in(client):
    response = client.get("/admin/login/", {"next": "/admin/"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
