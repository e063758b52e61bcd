"""Every write channel shares one per-person budget (WRITE_REQUESTS_PER_MINUTE); beyond it the
answer is a clear 429 page (or the htmx message) and nothing reaches Halo."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client

from tests.fixtures.halo import api_posts
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db

EMMAS_TICKET = 3115

EMPLOYEE_WRITES = [
    ("/tickets/new/", {"summary": "Monitor flickers", "details": "since Monday"}),
    (f"/tickets/{EMMAS_TICKET}/notes/", {"note": "still flickering"}),
    (f"/tickets/{EMMAS_TICKET}/resolve/", {"note": "fixed by itself"}),
]
CONSOLE_WRITES = [
    ("/console/tickets/new/", {"summary": "Printer offline"}),
    (f"/console/tickets/{EMMAS_TICKET}/update/", {"priority_id": "1"}),
    (f"/console/tickets/{EMMAS_TICKET}/note/", {"note": "looking into it"}),
    (f"/console/tickets/{EMMAS_TICKET}/resolve/", {"note": "replaced the cable"}),
]


@pytest.fixture
def one_write_a_minute(settings, monkeypatch):
    cache.clear()
    settings.WRITE_REQUESTS_PER_MINUTE = 1
    # One fixed moment: a test straddling a minute boundary would start a fresh budget.
    monkeypatch.setattr("portal.ratelimit.time.time", lambda: 1_800_000_000.0)
    yield
    cache.clear()


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def assert_refused(response):
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "a lot of changes in one minute" in response.content.decode()


@pytest.mark.parametrize(("url", "data"), EMPLOYEE_WRITES)
def test_employee_write_channels_are_limited(
    halo_connected, sim, employee, one_write_a_minute, url, data
):
    emma = signed_in(employee)
    emma.post(url, data)
    sent = len(api_posts(sim))

    assert_refused(emma.post(url, data))
    assert len(api_posts(sim)) == sent


@pytest.mark.parametrize(("url", "data"), CONSOLE_WRITES)
def test_console_write_channels_are_limited(
    halo_connected, sim, portal_admin, one_write_a_minute, url, data
):
    admin = signed_in(portal_admin)
    admin.post(url, data)
    sent = len(api_posts(sim))

    assert_refused(admin.post(url, data))
    assert len(api_posts(sim)) == sent


def test_ask_confirm_is_limited(halo_connected, sim, employee, one_write_a_minute):
    emma = signed_in(employee)

    def token():
        html = emma.post(
            "/ask/", {"text": f"Add a note to my ticket {EMMAS_TICKET}: hello"}, headers=HX
        ).content.decode()
        return re.search(r'name="plan" value="([^"]+)"', html).group(1)

    first, second = token(), token()
    emma.post("/ask/confirm/", {"plan": first}, headers=HX)
    sent = len(api_posts(sim))

    assert_refused(emma.post("/ask/confirm/", {"plan": second}))
    assert len(api_posts(sim)) == sent


def test_the_htmx_answer_goes_to_the_message_region(
    halo_connected, sim, employee, one_write_a_minute
):
    emma = signed_in(employee)
    url, data = EMPLOYEE_WRITES[1]
    emma.post(url, data, headers=HX)

    response = emma.post(url, data, headers=HX)

    assert response["HX-Retarget"] == "#messages"
    assert response["X-Portal-Status"] == "429"
    assert "a lot of changes in one minute" in response.content.decode()


def test_the_budget_is_per_person(
    halo_connected, sim, employee, other_employee, one_write_a_minute
):
    url, data = EMPLOYEE_WRITES[0]
    signed_in(employee).post(url, data)

    assert signed_in(other_employee).post(url, data).status_code != 429
