"""Home: what waits on me (the instance's own waiting statuses), my open tickets with their last
update, replies since my last visit, and a search over all my tickets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from portal.models import HomeVisit

WITH_USER = 4  # the simulator's "With User"; emma's ticket 3042 is in it


def _section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def test_home_lists_what_waits_on_me_and_my_open_tickets(emma):
    html = emma.get("/").content.decode()
    waiting = _section(html, "waiting-heading")
    assert "#3042" in waiting and "VPN disconnects" in waiting
    assert "#3115" not in waiting  # In Progress: IT's turn
    open_tickets = _section(html, "open-heading")
    for ticket_id in (3042, 3089, 3115, 3131):
        assert f"#{ticket_id}" in open_tickets
    assert "#3005" not in open_tickets  # closed
    assert "<time datetime=" in open_tickets  # each with its last update


def test_waiting_statuses_are_discovered_from_the_instance_not_assumed(emma, sim):
    # Another tenant: "With User" is called something else and has another id.
    del sim.store.statuses[WITH_USER]
    sim.store.statuses[41] = {"id": 41, "name": "Awaiting customer reply", "type": 0, "sequence": 4}
    sim.store.statuses[42] = {"id": 42, "name": "With Supplier 2", "type": 0, "sequence": 5}
    sim.store.apply_status(sim.store.tickets[3042], 42, sim.clock())
    sim.store.apply_status(sim.store.tickets[3089], 41, sim.clock())
    waiting = _section(emma.get("/").content.decode(), "waiting-heading")
    assert "#3089" in waiting
    assert "#3042" not in waiting


def test_an_admin_can_name_more_waiting_statuses(emma, sim, settings):
    settings.WAITING_ON_USER_STATUSES = ["On Hold"]
    waiting = _section(emma.get("/").content.decode(), "waiting-heading")
    assert "#3131" in waiting  # On Hold, named by the admin
    assert "#3042" in waiting  # With User, recognised by name


def test_replies_since_my_last_visit_count_only_public_notes_from_it(emma, employee, sim):
    last = timezone.now() - timedelta(days=2)
    HomeVisit.objects.create(user=employee, last_seen_at=last, previous_visit_at=None)
    sim.add_action(
        3115,
        note="Please try signing out of Outlook and in again.",
        outcome="Email User",
        hiddenfromuser=False,
    )
    sim.add_action(3115, note="Internal: user's mailbox is on the old server", hiddenfromuser=True)
    sim.add_action(3131, note="secret budget note", hiddenfromuser=True)
    html = emma.get("/").content.decode()
    replies = _section(html, "replies-heading")
    assert "#3115" in replies and "1 new reply" in replies
    assert "signing out of Outlook" in replies
    assert "old server" not in html and "secret budget" not in html
    assert "#3131" not in replies  # only a hidden note: nothing for me


def test_a_reload_within_the_visit_keeps_the_replies(emma, employee, sim):
    HomeVisit.objects.create(user=employee, last_seen_at=timezone.now() - timedelta(days=1))
    sim.add_action(3115, note="We reset your Outlook profile.", hiddenfromuser=False)
    first = _section(emma.get("/").content.decode(), "replies-heading")
    again = _section(emma.get("/").content.decode(), "replies-heading")
    assert "#3115" in first and "#3115" in again


def test_a_first_visit_has_no_replies_yet_and_records_the_visit(emma, employee):
    html = emma.get("/").content.decode()
    assert "from your next visit on" in html
    assert HomeVisit.objects.get(user=employee).previous_visit_at is None


def test_someone_elses_tickets_and_replies_never_show(emma, sim, employee):
    HomeVisit.objects.create(user=employee, last_seen_at=timezone.now() - timedelta(days=1))
    liam = next(
        u for u in sim.store.users.values() if u["emailaddress"] == "liam.patel@acme.example"
    )
    other = sim.add_ticket(
        summary="Liam's keyboard is sticky", user_id=liam["id"], status_id=WITH_USER
    )
    sim.add_action(other["id"], note="Liam, please bring it by", hiddenfromuser=False)
    html = emma.get("/").content.decode()
    assert f"#{other['id']}" not in html and "sticky" not in html and "bring it by" not in html


def test_the_home_search_covers_open_and_closed_tickets(emma):
    html = emma.get("/").content.decode()
    assert 'name="state" value="all"' in html and 'action="/tickets/"' in html
    found = emma.get("/tickets/", {"state": "all", "q": "Printer"}).content.decode()
    assert "#3067" in found  # a closed ticket, found from the home search


@pytest.mark.parametrize("bad", ["<script>", "x" * 500])
def test_bad_search_input_from_home_is_handled(emma, bad):
    response = emma.get("/tickets/", {"state": "all", "q": bad})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1].replace(
        "&lt;script&gt;", ""
    )


def test_halo_down_still_shows_home_with_a_clear_notice(emma, sim):
    sim.faults.down = True
    response = emma.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="home-problem"' in html
    assert "/tickets/new/" in html  # New ticket still works (kept until Halo is back)
    assert "waiting-heading" not in html


def test_someone_unknown_to_halo_is_told_so_on_home(nobody):
    response = nobody.get("/")
    assert response.status_code == 200
    assert 'class="home-problem"' in response.content.decode()


def test_signed_out_visitors_go_to_sign_in(client, halo_connected):
    response = client.get("/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
