"""manage.py halo_sync [--full]: changes since the watermark, deleted tickets, requester moves."""

from __future__ import annotations

import pytest

from halo_integration.mirror.models import MirrorState, MirrorTicket
from tests.fixtures.halo import api_calls
from tests.mirror.conftest import EMMAS_TICKET, halo_sync

pytestmark = pytest.mark.django_db


def test_the_first_pass_sets_the_watermark_and_a_delta_brings_a_change(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    assert "delta sync" in halo_sync()
    watermark = MirrorState.objects.get().watermark
    assert watermark is not None

    sim.advance(5)
    sim.add_action(EMMAS_TICKET, note="Agent: fixed on our side", hiddenfromuser=False)
    before = len(sim.requests)
    report = halo_sync()

    assert "1 changed" in report
    # One page of tickets, then the changed ticket's actions (it has no files, Halo says, so
    # the page listed none and none is read again).
    paths = [r.path.lower() for r in sim.requests[before:] if r.path.lower().startswith("/api/")]
    assert paths == ["/api/tickets", "/api/actions"]
    assert MirrorState.objects.get().watermark > watermark
    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()
    assert "Agent: fixed on our side" in page


def test_a_delta_with_nothing_new_costs_one_call(emma, sim):
    halo_sync()
    before = api_calls(sim)
    halo_sync()
    assert api_calls(sim) - before == 1


def test_a_full_pass_marks_deleted_tickets_and_the_employee_loses_them(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    emma.get("/tickets/")
    sim.delete_ticket(EMMAS_TICKET)

    report = halo_sync("--full")

    assert "1 gone" in report
    assert MirrorTicket.objects.get(ticket_id=EMMAS_TICKET).deleted
    assert emma.get(f"/tickets/{EMMAS_TICKET}/").status_code == 404
    assert "Outlook keeps" not in emma.get("/tickets/").content.decode()


def test_a_ticket_moved_to_another_requester_is_gone_from_the_old_one_at_once(emma, sim):
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    emma.get("/tickets/")
    liam = next(
        u for u in sim.store.users.values() if u.get("emailaddress") == "liam.patel@acme.example"
    )
    sim.store.tickets[EMMAS_TICKET]["user_id"] = liam["id"]  # moved in Halo, no new action

    halo_sync("--full")

    assert MirrorTicket.objects.get(ticket_id=EMMAS_TICKET).user_id == liam["id"]
    assert emma.get(f"/tickets/{EMMAS_TICKET}/").status_code == 404
    assert "Outlook keeps" not in emma.get("/tickets/").content.decode()


def test_sync_says_so_when_halo_is_down(emma, sim):
    from django.core.management.base import CommandError

    sim.faults.down = True
    with pytest.raises(CommandError, match="sync failed"):
        halo_sync()
    assert MirrorState.objects.get().last_error


def test_beat_runs_the_delta_below_the_staleness_and_a_daily_full_pass(settings):
    schedule = settings.CELERY_BEAT_SCHEDULE

    assert schedule["halo-sync"]["schedule"] < settings.HALO_MAX_STALENESS
    assert schedule["halo-full-sync"]["task"] == "halo_integration.tasks.halo_sync"
    assert schedule["halo-full-sync"]["kwargs"] == {"full": True}
    assert schedule["halo-full-sync"]["schedule"] == 86400.0


def test_the_full_sync_task_marks_deleted_tickets(emma, sim):
    from halo_integration.tasks import halo_sync

    emma.get(f"/tickets/{EMMAS_TICKET}/")
    sim.delete_ticket(EMMAS_TICKET)

    assert "full sync" in halo_sync(full=True)
    assert MirrorTicket.objects.get(ticket_id=EMMAS_TICKET).deleted
