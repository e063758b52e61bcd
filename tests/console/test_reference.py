"""The reference-data page: the instance's ticket types, statuses (closed ones marked),
priorities and outcomes as the catalog sees them, and the Refresh button."""

from __future__ import annotations

import pytest
from django.urls import reverse

from halo_integration.models import AuditEvent
from tests.fixtures.halo import api_gets
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db

URL = reverse("console-reference")
REFRESH = reverse("console-reference-refresh")


def test_the_catalog_as_the_portal_sees_it(admin_client, halo_connected):
    response = admin_client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    for name in ("Incident", "Service Request", "In Progress", "Critical", "Internal Note"):
        assert name in html
    closed = {item.name for item, is_closed in response.context["statuses"] if is_closed}
    assert closed == {"Closed", "Cancelled"}
    assert html.count("closes the ticket") == 2


def test_refresh_forgets_the_cached_catalog(admin_client, halo_connected, sim):
    admin_client.get(URL)
    sim.store.ticket_types[1]["name"] = "Incident (renamed)"
    assert "Incident (renamed)" not in admin_client.get(URL).content.decode()  # still cached

    response = admin_client.post(REFRESH, follow=True)

    html = response.content.decode()
    assert "Incident (renamed)" in html
    assert "Reference data reloaded from Halo." in html
    assert AuditEvent.objects.filter(action="catalog.refresh", channel="console").count() == 1


def test_htmx_refresh_returns_the_lists_only(admin_client, halo_connected, sim):
    admin_client.get(URL)
    before = len(api_gets(sim, "/api/Status"))

    response = admin_client.post(REFRESH, headers=HX)

    html = response.content.decode()
    assert html.lstrip().startswith('<div id="reference-data">')
    assert "Reference data reloaded from Halo." in html
    assert len(api_gets(sim, "/api/Status")) > before  # asked Halo again


def test_refresh_only_by_post(admin_client, halo_connected):
    assert admin_client.get(REFRESH).status_code == 405


def test_halo_down_answers_503(admin_client, halo_connected, sim):
    sim.faults.down = True

    assert admin_client.get(URL).status_code == 503
    assert admin_client.post(REFRESH, follow=True).status_code == 503


def test_not_connected_says_so(admin_client, db, settings):
    settings.HALO_URL = ""

    response = admin_client.get(URL)

    assert response.status_code == 503
    assert "not connected to Halo" in response.content.decode()
    assert "/admin/halo_integration/haloconnection/" in response.content.decode()
