"""A portal admin on the employee pages is an employee like any other: My tickets, New ticket and
"my tickets" in the Ask box are about their own Halo user. The console is for everyone's."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model

from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db

NOAH = "noah.williams@acme.example"  # a Halo end user (id 203) who is also an IT admin here


@pytest.fixture
def noah_admin(client, halo_connected):
    user = get_user_model().objects.create_user(
        username=NOAH, email=NOAH, password="pw-admin-2", is_staff=True
    )
    client.force_login(user)
    return client


@pytest.fixture
def admin_without_halo_user(client, portal_admin, halo_connected):
    client.force_login(portal_admin)  # admin@acme.example: no Halo user has this e-mail
    return client


def listed_ids(html: str) -> set[int]:
    return {int(n) for n in re.findall(r'href="/tickets/(\d+)/"', html)}


def test_an_admins_my_tickets_lists_only_their_own_halo_tickets(noah_admin, sim):
    html = noah_admin.get("/tickets/?state=all").content.decode()

    own = {t["id"] for t in sim.store.tickets.values() if t["user_id"] == 203}
    assert listed_ids(html)
    assert listed_ids(html) <= own


def test_an_admin_cannot_read_someone_elses_ticket_on_the_employee_pages(noah_admin):
    # Emma's ticket: the console shows it to admins, My tickets' ticket page does not.
    assert noah_admin.get("/tickets/3115/").status_code == 404
    assert noah_admin.get("/console/tickets/3115/").status_code == 200


def test_an_admin_without_a_halo_user_gets_the_not_set_up_page_for_my_tickets(
    admin_without_halo_user,
):
    response = admin_without_halo_user.get("/tickets/")

    html = response.content.decode()
    assert response.status_code == 403
    assert "Your account is not set up in Halo yet" in html
    assert "Emma" not in html and "Outlook keeps asking" not in html


def test_an_admin_without_a_halo_user_is_sent_to_the_console_to_open_tickets(
    admin_without_halo_user, sim
):
    response = admin_without_halo_user.post(
        "/tickets/new/", {"summary": "Broken mouse", "details": "It no longer clicks."}
    )

    html = response.content.decode()
    assert response.status_code == 403 and "not set up in Halo" in html
    assert 'href="/console/tickets/new/"' in html  # admins can open one for any requester there
    assert not [r for r in sim.requests if r.method == "POST" and r.path.lower() == "/api/tickets"]


def test_an_admins_my_open_tickets_in_the_ask_box_lists_their_own(noah_admin, sim):
    html = noah_admin.post("/ask/", {"text": "show my open tickets"}, headers=HX)
    html = html.content.decode()

    assert "unavailable" not in html
    own = {t["id"] for t in sim.store.tickets.values() if t["user_id"] == 203}
    shown = {int(n) for n in re.findall(r'href="/console/tickets/(\d+)/"', html)}
    assert shown and shown <= own


def test_an_admin_without_a_halo_user_is_told_so_not_that_halo_is_down(admin_without_halo_user):
    html = admin_without_halo_user.post("/ask/", {"text": "show my open tickets"}, headers=HX)
    html = html.content.decode()

    assert "unavailable" not in html
    assert "admin@acme.example" in html and "not set up in Halo" in html


def test_an_admins_similar_tickets_hint_points_only_at_their_own(noah_admin):
    page = noah_admin.get(
        "/tickets/new/similar", {"summary": "Blue screen on my desktop PC"}, headers=HX
    ).content.decode()

    assert "#3260" not in page  # Lucas's open ticket, not Noah's
