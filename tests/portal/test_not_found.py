"""An unknown URL answers the portal's own 404 page, with DEBUG on too (no URL pattern list)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[True, False], ids=["debug", "production"])
def debug(request, settings):
    settings.DEBUG = request.param
    return request.param


def test_an_unknown_url_gets_the_portals_page_not_the_url_list(client, employee, debug):
    client.force_login(employee)

    response = client.get("/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in html and "There is nothing here" in html
    assert (
        "URLconf" not in html and "console/" not in html and "admin/" not in html.split("<main")[1]
    )


def test_a_view_that_finds_nothing_gets_the_same_page(client, portal_admin, debug):
    client.force_login(portal_admin)

    response = client.get("/console/lookup/spaceships/")  # the view raises Http404

    html = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in html and "URLconf" not in html and "Traceback" not in html


def test_a_missing_slash_is_still_added(client, employee, debug):
    client.force_login(employee)

    assert client.get("/tickets").status_code == 301
