"""Kept pages (portal.page_memo): My tickets and a ticket page served again from the shared
cache while nothing they show has changed, and rendered anew at once when anything has: the
mirror (a webhook, a sync, a row changed in bulk), a waiting write, an approval request, the
policies, Halo's reachability. Each person's page stays theirs; every view is still audited."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from halo_integration import audit
from halo_integration.identity import remembered_halo_user_id
from halo_integration.mirror import store
from halo_integration.mirror.models import MirrorTicket
from halo_integration.models import ActionPolicy, ApprovalRequest, AuditEvent, PendingWrite
from halo_integration.schemas import Action
from halo_integration.simulator.webhooks import WebhookTarget
from tests.fixtures.halo import api_calls
from tests.mirror.conftest import EMMAS_TICKET, basic, halo_sync

pytestmark = pytest.mark.django_db
PAGE = f"/tickets/{EMMAS_TICKET}/"
URL = "/halo/webhook/"


@pytest.fixture(autouse=True)
def pages_kept(settings):
    settings.PAGE_MEMO_SECONDS = 10
    settings.AUDIT_READ_WINDOW = 0  # every view is its own audit record here


def reads(action):
    audit.chain_pending_reads()
    return AuditEvent.objects.filter(action=action, outcome="done").count()


@pytest.mark.parametrize("path", [PAGE, "/tickets/", "/tickets/?state=all"])
def test_a_page_viewed_again_is_served_as_kept_without_the_mirror_or_halo(emma, sim, path):
    emma.get(path)  # the first view reads Halo into the mirror, which changes what pages show
    first = emma.get(path)  # rendered from the mirror, and kept
    before = api_calls(sim)

    with CaptureQueriesContext(connection) as queries:
        again = emma.get(path)

    assert again.status_code == 200
    assert again.content == first.content  # the same page (its CSRF token too): it was kept
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "mirror" not in tables and "pendingwrite" not in tables, tables
    assert api_calls(sim) == before


def test_every_view_of_a_kept_page_is_still_audited(emma, sim):
    emma.get(PAGE)
    emma.get(PAGE)
    emma.get(PAGE)

    assert reads("get_ticket") == 3


def test_an_agents_note_in_the_mirror_shows_at_once(emma, sim):
    emma.get(PAGE)
    emma.get(PAGE)  # kept
    row = MirrorTicket.objects.get(ticket_id=EMMAS_TICKET)
    note = {"id": 990, "ticket_id": EMMAS_TICKET, "note": "An agent replied just now",
            "hiddenfromuser": False, "who": "Sarah Mitchell"}  # fmt: skip
    store.add_action(row.connection_key, EMMAS_TICKET, Action.model_validate(note))

    assert "An agent replied just now" in emma.get(PAGE).content.decode()


def test_a_webhook_from_halo_shows_its_change_at_once(emma, sim, settings):
    emma.get(PAGE)
    emma.get(PAGE)  # kept
    sim.webhooks.append(WebhookTarget(URL, payload="full", send=lambda h, b: emma.post(
        URL, b, content_type="application/json", HTTP_AUTHORIZATION=basic())))  # fmt: skip
    sim.add_action(EMMAS_TICKET, note="Replaced the profile, try again", hiddenfromuser=False)
    sim.send_webhooks()

    assert "Replaced the profile, try again" in emma.get(PAGE).content.decode()


def test_a_row_changed_in_bulk_renders_anew_and_fails_closed(emma, sim):
    for _ in range(2):  # read into the mirror, then kept
        emma.get(PAGE)
        emma.get("/tickets/")
    MirrorTicket.objects.filter(ticket_id=EMMAS_TICKET).update(user_id=None)  # no signal sent

    assert emma.get(PAGE).status_code == 404
    assert "Outlook keeps asking" not in emma.get("/tickets/").content.decode()


def test_a_ticket_moved_to_another_requester_is_gone_at_once(emma, sim):
    emma.get(PAGE)
    liam = next(
        u for u in sim.store.users.values() if u.get("emailaddress") == "liam.patel@acme.example"
    )
    sim.store.tickets[EMMAS_TICKET]["user_id"] = liam["id"]
    halo_sync("--full")

    assert emma.get(PAGE).status_code == 404


def test_another_persons_session_never_gets_the_kept_page(emma, sim, other_employee):
    emma.get(PAGE)
    assert emma.get(PAGE).status_code == 200  # kept
    liam = Client()
    liam.force_login(other_employee)
    # even with Emma's CSRF cookie (a page is kept per session, not per cookie)
    liam.cookies[settings.CSRF_COOKIE_NAME] = emma.cookies[settings.CSRF_COOKIE_NAME].value

    assert liam.get(PAGE).status_code == 404


def test_a_policy_that_turns_the_read_off_applies_to_kept_pages_at_once(emma, sim):
    emma.get(PAGE)
    ActionPolicy.objects.create(action="get_ticket", enabled=False, audience="both")

    response = emma.get(PAGE)

    assert response.status_code == 403


def test_a_note_waiting_for_halo_shows_on_the_kept_page_at_once(emma, sim):
    emma.get(PAGE)
    sim.faults.down = True
    emma.post(f"/tickets/{EMMAS_TICKET}/notes/", {"note": "Still broken after the update"})

    html = emma.get(PAGE).content.decode()

    assert PendingWrite.objects.filter(status="queued").count() == 1
    assert "Still broken after the update" in html
    assert "Halo is not reachable right now" in html


def test_a_request_waiting_for_approval_shows_at_once(emma, sim):
    emma.get(PAGE)
    ActionPolicy.objects.create(action="resolve_ticket", requires_approval=True, audience="both")
    emma.post(f"/tickets/{EMMAS_TICKET}/resolve/", {"note": "Works again"})

    assert ApprovalRequest.objects.count() == 1
    assert "waiting" in emma.get(PAGE).content.decode().casefold()


def test_a_message_is_shown_once_and_its_page_is_not_kept(emma, sim):
    emma.get(PAGE)
    emma.post(f"/tickets/{EMMAS_TICKET}/notes/", {"note": "One more detail"})

    with_message = emma.get(PAGE).content.decode()
    after = emma.get(PAGE).content.decode()

    assert "Your note was added" in with_message or "note" in with_message.casefold()
    assert with_message != after  # the message went with the first page
    assert "One more detail" in after


def test_a_stale_page_is_not_kept_and_asks_for_its_re_read_each_time(emma, sim, settings):
    emma.get(PAGE)
    old = timezone.now() - timedelta(minutes=5)
    MirrorTicket.objects.filter(ticket_id=EMMAS_TICKET).update(seen_at=old, actions_at=old)

    first = emma.get(PAGE).content.decode()
    second = emma.get(PAGE).content.decode()

    assert "fresh=1" in first and "fresh=1" in second
    assert first != second  # rendered twice (each with its own CSRF mask), not kept


def test_without_kept_pages_every_view_renders(emma, sim, settings):
    settings.PAGE_MEMO_SECONDS = 0
    first = emma.get(PAGE)

    with CaptureQueriesContext(connection) as queries:
        emma.get(PAGE)

    assert first.status_code == 200
    assert any("mirror" in q["sql"] for q in queries.captured_queries)


def test_a_delta_pass_that_finds_nothing_new_keeps_pages_and_one_with_a_change_does_not(emma, sim):
    halo_sync()  # the first pass sets the watermark
    emma.get(PAGE)
    kept = emma.get(PAGE).content

    halo_sync()  # Halo confirms every row as it was
    assert emma.get(PAGE).content == kept

    sim.add_action(EMMAS_TICKET, note="Mailbox moved, please sign in again", hiddenfromuser=False)
    halo_sync()
    assert "Mailbox moved, please sign in again" in emma.get(PAGE).content.decode()


def test_a_ticket_halo_sends_changed_is_kept_even_when_its_last_action_did_not_move(emma, sim):
    emma.get(PAGE)
    assert "Add note" in emma.get(PAGE).content.decode()  # open, and kept
    row = MirrorTicket.objects.get(ticket_id=EMMAS_TICKET)
    closed = store.ticket_model(row).model_copy(update={"status_id": 9})  # closed, no new action

    store.save_tickets(row.connection_key, [closed], full=True)

    assert MirrorTicket.objects.get(ticket_id=EMMAS_TICKET).data["status_id"] == 9
    assert "Add note" not in emma.get(PAGE).content.decode()  # closed: no note form


def _later(seconds: float):
    """The clock `seconds` from now, for the mirror's freshness (cache expiry keeps real time)."""
    moment = timezone.now() + timedelta(seconds=seconds)
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_a_kept_page_outlives_its_staleness_while_the_delta_sync_confirms_it(emma, sim):
    halo_sync()
    emma.get(PAGE)
    kept = emma.get(PAGE).content
    with _later(settings.HALO_MAX_STALENESS + 10):
        halo_sync()  # Halo confirms every row as it was, after the page's own moment had passed

        with CaptureQueriesContext(connection) as queries:
            again = emma.get(PAGE)

    assert again.content == kept
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "mirror_mirrorticket" not in tables and "pendingwrite" not in tables, tables


def test_a_kept_page_whose_copy_turned_stale_renders_and_asks_for_its_re_read(emma, sim):
    halo_sync()
    emma.get(PAGE)
    kept = emma.get(PAGE).content
    with _later(settings.HALO_MAX_STALENESS + 10):  # no delta sync since: nothing confirmed it
        again = emma.get(PAGE).content

    assert again != kept
    assert "fresh=1" in again.decode() and "fresh=1" not in kept.decode()


def test_a_kept_page_renders_again_before_its_updated_ago_would_be_wrong(emma, sim, settings):
    settings.HALO_MAX_STALENESS = 600
    halo_sync()
    emma.get(PAGE)
    kept = emma.get(PAGE).content
    with _later(30):  # still the same minute: the page says the same
        assert emma.get(PAGE).content == kept
    with _later(70):  # it would say "1 minute ago" now
        assert emma.get(PAGE).content != kept


def test_a_page_an_earlier_release_kept_renders_anew(emma, employee, sim, monkeypatch):
    """A shared cache outlives an upgrade: a kept page of an older shape is not used."""
    from portal import page_memo

    emma.get(PAGE)
    legacy = object.__new__(page_memo.Kept)  # the fields of the release before freshness
    now = page_memo._generations(SimpleNamespace(user=employee), remembered_halo_user_id(employee))
    for name, value in (("generations", now), ("content", b"old page"),
                        ("status", 200), ("headers", ()), ("action", "get_ticket"),
                        ("read_record", {})):  # fmt: skip
        object.__setattr__(legacy, name, value)
    real_get = page_memo.cache.get
    monkeypatch.setattr(page_memo.cache, "get", lambda key, *a, **k: legacy if str(key).startswith(
        "page-memo:") else real_get(key, *a, **k))  # fmt: skip

    again = emma.get(PAGE)

    assert again.status_code == 200 and b"old page" not in again.content
    assert "Outlook keeps asking for my password" in again.content.decode()


# --- each requester's pages ------------------------------------------------------------------


def _kept_then(emma, change):
    """Emma's ticket page, kept; then `change`; then whether her next view was the kept page."""
    emma.get(PAGE)
    kept = emma.get(PAGE).content
    change()
    with CaptureQueriesContext(connection) as queries:
        again = emma.get(PAGE)
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    return again.content == kept and "mirror" not in tables


def _liams_ticket():
    return (
        MirrorTicket.objects.exclude(ticket_id=EMMAS_TICKET)
        .exclude(user_id=None)
        .exclude(user_id=MirrorTicket.objects.get(ticket_id=EMMAS_TICKET).user_id)
        .first()
    )


def test_another_requesters_change_leaves_her_kept_page(emma, sim):
    halo_sync("--full")  # everyone's tickets in the mirror

    def someone_elses_note():
        theirs = _liams_ticket()
        note = {"id": 991, "ticket_id": theirs.ticket_id, "note": "For someone else",
                "hiddenfromuser": False, "who": "Sarah Mitchell"}  # fmt: skip
        store.add_action(theirs.connection_key, theirs.ticket_id, Action.model_validate(note))
        MirrorTicket.objects.filter(pk=theirs.pk).update(summary="Changed for someone else")

    assert _kept_then(emma, someone_elses_note)


def test_a_ticket_handed_to_her_renders_her_pages_anew(emma, sim):
    halo_sync("--full")
    emma.get("/tickets/")
    emma.get("/tickets/")  # kept
    mine = MirrorTicket.objects.get(ticket_id=EMMAS_TICKET)
    theirs = _liams_ticket()
    theirs.user_id = mine.user_id  # a sync that finds the ticket moved to Emma
    theirs.summary = "Handed over to Emma"
    theirs.data = {**theirs.data, "user_id": mine.user_id, "summary": "Handed over to Emma"}
    theirs.save()

    assert "Handed over to Emma" in emma.get("/tickets/").content.decode()


def test_a_ticket_taken_from_her_in_bulk_leaves_her_pages_at_once(emma, sim):
    emma.get(PAGE)
    emma.get(PAGE)  # kept
    MirrorTicket.objects.filter(ticket_id=EMMAS_TICKET).update(user_id=999999)

    assert emma.get(PAGE).status_code == 404


def test_someone_elses_queued_write_leaves_her_kept_page(emma, sim, other_employee):
    halo_sync("--full")
    theirs = _liams_ticket()

    def their_write():
        PendingWrite.objects.create(reference="W-OTHER-1", actor=other_employee,
                                    action="add_note", params={"ticket_id": theirs.ticket_id},
                                    channel="web", ticket_id=theirs.ticket_id)  # fmt: skip

    assert _kept_then(emma, their_write)


def test_a_write_on_her_ticket_by_someone_else_renders_her_page_anew(emma, sim, other_employee):
    def write_on_hers():
        PendingWrite.objects.create(reference="W-OTHER-2", actor=other_employee,
                                    action="add_note", params={"ticket_id": EMMAS_TICKET},
                                    channel="web", ticket_id=EMMAS_TICKET)  # fmt: skip

    assert not _kept_then(emma, write_on_hers)


def test_her_own_queued_write_renders_her_page_anew(emma, employee, sim):
    def her_write():
        PendingWrite.objects.create(reference="W-EMMA-1", actor=employee, action="create_ticket",
                                    params={"summary": "x"}, channel="web")  # fmt: skip

    assert not _kept_then(emma, her_write)


def test_a_change_whose_pages_are_not_known_renders_every_page(emma, sim, other_employee):
    def a_write_on_a_ticket_not_mirrored():
        PendingWrite.objects.create(reference="W-NONE-1", actor=other_employee,
                                    action="add_note", params={"ticket_id": 424242},
                                    channel="web", ticket_id=424242)  # fmt: skip

    assert not _kept_then(emma, a_write_on_a_ticket_not_mirrored)
