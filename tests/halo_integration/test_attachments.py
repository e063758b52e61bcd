"""Files on new tickets and notes: limits, the outbox while Halo is down, sending once, and
downloading only the requester's own files that Halo shows to users."""

from __future__ import annotations

import base64

import pytest

from halo_integration import actions, audit
from halo_integration.attachments import Upload
from halo_integration.models import AuditEvent, PendingAttachment, PendingWrite

pytestmark = pytest.mark.django_db

EMMAS_TICKET = 3115
LIAMS_TICKET = 3120
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def run(actor, name, files=(), **params):
    return actions.run_action(
        actor=actor, name=name, params=params, channel="web", attachments=list(files)
    )


def stored(sim, ticket_id):
    return [a for a in sim.store.attachments.values() if a["ticket_id"] == ticket_id]


def test_a_note_carries_its_files_to_halo(halo_connected, sim, employee):
    shot = Upload("screen.png", PNG, "image/png")

    result = run(employee, "add_note", [shot], ticket_id=EMMAS_TICKET, note="See the screenshot")

    assert result.status == "done", result.message
    [file] = stored(sim, EMMAS_TICKET)
    note = sim.store.actions[EMMAS_TICKET][-1]
    assert (file["filename"], file["action_id"], file["showforusers"]) == (
        "screen.png",
        note["id"],
        True,
    )
    assert base64.b64decode(file["data_base64"]) == PNG
    event = AuditEvent.objects.filter(action="add_note").latest("id")
    assert event.halo_ids["attachment_ids"] == [file["id"]]


def test_a_new_ticket_carries_its_files(halo_connected, sim, employee):
    log = Upload("error.log", b"line 1\nline 2\n")

    result = run(employee, "create_ticket", [log], summary="App crashes")

    assert result.status == "done", result.message
    assert [f["filename"] for f in stored(sim, result.ticket_id)] == ["error.log"]


@pytest.mark.parametrize(
    ("upload", "words"),
    [
        (Upload("page.html", b"<html></html>"), "cannot be attached"),
        (Upload("logo.svg", b"<svg/>"), "cannot be attached"),
        (Upload("tool.exe", b"MZ"), "cannot be attached"),
        (Upload("fake.png", b"<html><script>alert(1)</script>"), "does not contain"),
        (Upload("notes.txt", b"<!DOCTYPE html><html>"), "does not contain"),
        (Upload("empty.txt", b""), "is empty"),
    ],
)
def test_files_that_break_the_type_rules_are_refused_with_a_clear_reason(
    halo_connected, sim, employee, upload, words
):
    result = run(employee, "add_note", [upload], ticket_id=EMMAS_TICKET, note="x")

    assert result.status == "invalid"
    assert words in result.errors["attachments"]
    assert upload.filename in result.errors["attachments"]
    assert not sim.store.attachments and not PendingWrite.objects.exists()


def test_size_and_count_limits_are_settings(halo_connected, sim, employee, settings):
    settings.ATTACHMENT_MAX_BYTES = 1024
    big = run(
        employee, "add_note", [Upload("big.txt", b"x" * 1025)], ticket_id=EMMAS_TICKET, note="x"
    )
    settings.ATTACHMENT_MAX_FILES = 2
    many = run(
        employee,
        "add_note",
        [Upload(f"{n}.txt", b"x") for n in range(3)],
        ticket_id=EMMAS_TICKET,
        note="x",
    )

    assert big.status == "invalid" and "too large (at most 1 KB)" in big.errors["attachments"]
    assert many.status == "invalid" and "at most 2 files" in many.errors["attachments"]
    assert not sim.store.attachments


def test_files_are_only_for_new_tickets_and_notes(halo_connected, employee):
    result = run(employee, "resolve_ticket", [Upload("a.txt", b"x")], ticket_id=EMMAS_TICKET)

    assert result.status == "invalid" and "attachments" in result.errors


def test_someone_elses_ticket_gets_no_files(halo_connected, sim, employee):
    result = run(employee, "add_note", [Upload("a.txt", b"x")], ticket_id=LIAMS_TICKET, note="x")

    assert result.status == "not_found"
    assert not stored(sim, LIAMS_TICKET)


def test_while_halo_is_down_the_files_wait_with_the_note_and_are_sent_once(
    halo_connected, sim, employee
):
    sim.faults.down = True

    result = run(
        employee, "add_note", [Upload("a.txt", b"hello")], ticket_id=EMMAS_TICKET, note="Later"
    )

    assert result.status == "pending"
    write = PendingWrite.objects.get(reference=result.reference)
    assert [a.filename for a in write.attachments.all()] == ["a.txt"]
    sim.faults.down = False
    assert actions.deliver(write, channel="retry").status == "done"
    assert [f["filename"] for f in stored(sim, EMMAS_TICKET)] == ["a.txt"]
    assert PendingAttachment.objects.get().halo_attachment_id == stored(sim, EMMAS_TICKET)[0]["id"]


def test_a_retry_after_the_note_went_through_sends_neither_again(halo_connected, sim, employee):
    """The note reached Halo, then Halo went away before the file did: the retry sends the file
    only, and not the note a second time."""
    real_upload = type(sim).__call__
    calls = {"n": 0}

    def flaky(self, environ, start_response):
        if environ["PATH_INFO"].lower().startswith("/api/attachment") and calls["n"] == 0:
            calls["n"] += 1
            self.faults.down = True
        return real_upload(self, environ, start_response)

    type(sim).__call__ = flaky
    try:
        result = run(
            employee, "add_note", [Upload("a.txt", b"x")], ticket_id=EMMAS_TICKET, note="Only once"
        )
    finally:
        type(sim).__call__ = real_upload
    assert result.status == "pending"
    sim.faults.down = False

    write = PendingWrite.objects.get(reference=result.reference)
    assert actions.deliver(write, channel="retry").status == "done"

    assert [a["note"] for a in sim.store.actions[EMMAS_TICKET]].count("Only once") == 1
    assert len(stored(sim, EMMAS_TICKET)) == 1


# --- get_attachment -----------------------------------------------------------------------------


def test_the_requester_downloads_a_visible_file(halo_connected, sim, employee):
    file = sim.store.insert_attachment(
        {
            "ticket_id": EMMAS_TICKET,
            "filename": "../report.pdf",
            "content_type": "application/pdf",
            "data_base64": base64.b64encode(b"%PDF-1.4").decode(),
            "showforusers": True,
        },
        sim.clock(),
    )

    result = run(employee, "get_attachment", ticket_id=EMMAS_TICKET, attachment_id=file["id"])

    assert result.status == "done", result.message
    assert result.data.content == b"%PDF-1.4" and result.data.filename == "report.pdf"
    audit.chain_pending_reads()  # reads are chained in batches, off the request path
    assert AuditEvent.objects.latest("id").halo_ids["attachment_id"] == file["id"]


@pytest.mark.parametrize("shown", [False, None])
def test_a_file_halo_hides_from_users_answers_like_a_missing_one(
    halo_connected, sim, employee, shown
):
    row = {
        "ticket_id": EMMAS_TICKET,
        "filename": "internal.txt",
        "data_base64": base64.b64encode(b"secret").decode(),
        "showforusers": shown,
    }
    file = sim.store.insert_attachment(row, sim.clock())
    if shown is None:
        del file["showforusers"]  # Halo did not say: not shown

    hidden = run(employee, "get_attachment", ticket_id=EMMAS_TICKET, attachment_id=file["id"])
    missing = run(employee, "get_attachment", ticket_id=EMMAS_TICKET, attachment_id=99_999)

    assert hidden.status == missing.status == "not_found"
    assert hidden.message == missing.message and hidden.data is None


def test_another_tickets_file_is_not_reachable_through_my_ticket(halo_connected, sim, employee):
    theirs = sim.store.insert_attachment(
        {
            "ticket_id": LIAMS_TICKET,
            "filename": "a.txt",
            "data_base64": base64.b64encode(b"liam").decode(),
            "showforusers": True,
        },
        sim.clock(),
    )

    via_mine = run(employee, "get_attachment", ticket_id=EMMAS_TICKET, attachment_id=theirs["id"])
    via_theirs = run(employee, "get_attachment", ticket_id=LIAMS_TICKET, attachment_id=theirs["id"])

    assert via_mine.status == via_theirs.status == "not_found"


def test_downloading_while_halo_is_down_says_so(halo_connected, sim, employee):
    sim.faults.down = True

    result = run(employee, "get_attachment", ticket_id=EMMAS_TICKET, attachment_id=1)

    assert result.status == "unavailable"


def test_files_of_a_request_that_needs_approval_wait_for_it_and_then_go_along(
    halo_connected, sim, employee, portal_admin
):
    from halo_integration.models import ActionPolicy, ApprovalRequest

    ActionPolicy.objects.create(action="add_note", audience="both", requires_approval=True)

    result = run(
        employee, "add_note", [Upload("a.txt", b"hi")], ticket_id=EMMAS_TICKET, note="Needs a yes"
    )

    assert result.status == "approval_required" and not sim.store.attachments
    approval = ApprovalRequest.objects.get(pk=result.approval_id)
    assert [a.filename for a in approval.attachments.all()] == ["a.txt"]
    assert actions.approve(approval, admin=portal_admin).status == "done"
    assert [f["filename"] for f in stored(sim, EMMAS_TICKET)] == ["a.txt"]
