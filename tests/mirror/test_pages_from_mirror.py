"""Employee pages read from the mirror: Halo is read once, then not again while it is fresh;
visibility is the same as for a live read; a stale copy is re-read in the background; while Halo
is away the copy is shown with a banner and writes wait in the outbox."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from halo_integration.mirror.models import MirrorAction, MirrorTicket
from halo_integration.models import PendingWrite
from tests.fixtures.halo import add_file, api_calls
from tests.mirror.conftest import EMMAS_TICKET, LIAMS_TICKET

pytestmark = pytest.mark.django_db
HIDDEN_NOTE = "Escalated to L3 internally."


def test_a_ticket_page_reads_halo_once_then_serves_the_mirror(emma, sim):
    first = emma.get(f"/tickets/{EMMAS_TICKET}/")
    assert first.status_code == 200
    before = api_calls(sim)

    for _ in range(5):
        again = emma.get(f"/tickets/{EMMAS_TICKET}/")
        assert again.status_code == 200
        assert "Outlook keeps asking for my password" in again.content.decode()

    assert api_calls(sim) == before  # no Halo call at all for the next five views
    assert "Updated from Halo" in again.content.decode()


def test_my_tickets_reads_halo_once_then_serves_the_mirror(emma, sim):
    assert emma.get("/tickets/").status_code == 200
    before = api_calls(sim)

    page = emma.get("/tickets/?state=all").content.decode()
    emma.get("/tickets/?q=outlook")

    assert api_calls(sim) == before
    assert "Outlook keeps asking for my password" in page
    assert "3120" not in page  # Liam's ticket is not in Emma's list


def test_someone_elses_ticket_is_missing_from_the_mirror_too(emma, sim):
    emma.get(f"/tickets/{LIAMS_TICKET}/")  # Halo read once: the mirror now holds Liam's ticket
    assert MirrorTicket.objects.filter(ticket_id=LIAMS_TICKET).exists()

    response = emma.get(f"/tickets/{LIAMS_TICKET}/")

    assert response.status_code == 404


def test_hidden_notes_and_rows_without_the_flag_never_reach_the_page(emma, sim):
    sim.add_action(EMMAS_TICKET, note=HIDDEN_NOTE, hiddenfromuser=True)
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    row = MirrorTicket.objects.get(ticket_id=EMMAS_TICKET)
    # Even if a hidden note or one without the flag got into the mirror, it is not shown.
    for action_id, hidden in ((900, True), (901, None)):
        MirrorAction.objects.create(
            connection_key=row.connection_key,
            ticket_id=EMMAS_TICKET,
            action_id=action_id,
            hiddenfromuser=hidden,
            data={"id": action_id, "note": f"leak {action_id}"},
        )

    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    assert HIDDEN_NOTE not in page and "leak 900" not in page and "leak 901" not in page


def test_a_mirrored_ticket_without_a_requester_is_nobodys(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    emma.get("/tickets/")
    MirrorTicket.objects.filter(ticket_id=EMMAS_TICKET).update(user_id=None)

    assert emma.get(f"/tickets/{EMMAS_TICKET}/").status_code == 404
    assert "Outlook keeps" not in emma.get("/tickets/").content.decode()


def test_a_stale_ticket_is_shown_at_once_and_re_read_in_the_background(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    old = timezone.now() - timedelta(seconds=120)
    MirrorTicket.objects.filter(ticket_id=EMMAS_TICKET).update(seen_at=old, actions_at=old)
    sim.add_action(EMMAS_TICKET, note="An agent replied in Halo", hiddenfromuser=False)
    before = api_calls(sim)

    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    assert api_calls(sim) == before  # the page itself did not wait for Halo
    assert "An agent replied in Halo" not in page
    assert f'hx-get="/tickets/{EMMAS_TICKET}/?fresh=1"' in page
    refreshed = emma.get(f"/tickets/{EMMAS_TICKET}/?fresh=1", HTTP_HX_REQUEST="true")
    html = refreshed.content.decode()
    assert "An agent replied in Halo" in html
    assert "?fresh=1" not in html  # the refreshed copy does not ask again


def test_halo_down_shows_the_mirror_read_only_with_a_banner_and_queues_writes(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    emma.get("/tickets/")
    sim.faults.down = True
    emma.post(f"/tickets/{EMMAS_TICKET}/notes/", {"note": "Still broken"})  # fails: Halo down

    page = emma.get(f"/tickets/{EMMAS_TICKET}/")
    listing = emma.get("/tickets/")

    assert page.status_code == 200 and listing.status_code == 200
    assert "Halo is not reachable right now" in page.content.decode()
    assert "Outlook keeps asking for my password" in listing.content.decode()
    assert PendingWrite.objects.filter(status="queued", action="add_note").count() == 1


def test_a_note_the_employee_adds_is_in_the_mirror_at_once(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    emma.post(f"/tickets/{EMMAS_TICKET}/notes/", {"note": "Tried rebooting twice"})
    before = api_calls(sim)

    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    assert "Tried rebooting twice" in page
    assert api_calls(sim) == before


def test_the_console_still_reads_halo_live(client, portal_admin, halo_connected, sim):
    client.force_login(portal_admin)
    client.get(f"/console/tickets/{EMMAS_TICKET}/")
    before = api_calls(sim)
    client.get(f"/console/tickets/{EMMAS_TICKET}/")
    assert api_calls(sim) > before


def test_a_ticket_page_never_waits_for_halo_to_list_its_files(emma, sim, settings):
    settings.HALO_MAX_STALENESS = 1
    add_file(sim, EMMAS_TICKET, "before.pdf", b"%PDF-1.4")
    assert "before.pdf" in emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()
    time.sleep(1.2)  # longer than the page's staleness: the old file list expired with it
    before = api_calls(sim)

    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    assert api_calls(sim) == before
    assert "before.pdf" in page


def test_the_background_re_read_brings_a_file_added_in_halo(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    add_file(sim, EMMAS_TICKET, "from-the-agent.pdf", b"%PDF-1.4")
    assert "from-the-agent.pdf" not in emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    refreshed = emma.get(f"/tickets/{EMMAS_TICKET}/?fresh=1", HTTP_HX_REQUEST="true")

    assert "from-the-agent.pdf" in refreshed.content.decode()


def test_while_halo_is_away_the_page_lists_the_files_last_seen(emma, sim):
    add_file(sim, EMMAS_TICKET, "kept.pdf", b"%PDF-1.4")
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    sim.faults.down = True

    refreshed = emma.get(f"/tickets/{EMMAS_TICKET}/?fresh=1", HTTP_HX_REQUEST="true")

    assert refreshed.status_code == 200
    assert "kept.pdf" in refreshed.content.decode()
