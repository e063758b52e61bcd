"""Every page has an icon: linked from the portal's pages, and at /favicon.ico for the rest."""

from __future__ import annotations

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

ICON = "/static/portal/img/favicon.svg"


def test_portal_pages_link_the_icon(client):
    page = client.get("/accounts/login/").content.decode()

    assert f'<link rel="icon" href="{ICON}" type="image/svg+xml">' in page
    assert finders.find("portal/img/favicon.svg")


def test_favicon_ico_points_at_the_icon_without_signing_in(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301 and response["Location"] == ICON
