"""The ticket page's files, history, reopen and rating, through the portal's URLs."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from halo_integration.models import AuditEvent, PendingWrite
from tests.fixtures.halo import add_file

pytestmark = pytest.mark.django_db

EMMAS_TICKET = 3115
EMMAS_OLD_TICKET = 3005  # resolved in August
LIAMS_TICKET = 3120
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def close_now(sim, ticket_id):
    sim.store.apply_status(sim.store.tickets[ticket_id], 9, sim.clock())


# --- attachments --------------------------------------------------------------------------------


def test_a_note_with_a_file_round_trips_to_a_download(emma, sim):
    upload = SimpleUploadedFile("screen.png", PNG, content_type="image/png")

    response = emma.post(
        f"/tickets/{EMMAS_TICKET}/notes/", {"note": "Screenshot attached", "attachments": [upload]}
    )

    assert response.status_code == 302
    [file] = [a for a in sim.store.attachments.values() if a["ticket_id"] == EMMAS_TICKET]
    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()
    link = f"/tickets/{EMMAS_TICKET}/files/{file['id']}/"
    assert f'href="{link}"' in page and "screen.png" in page
    download = emma.get(link)
    assert download.status_code == 200 and download.content == PNG
    assert download["Content-Type"] == "image/png"
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in download["Content-Security-Policy"]


@pytest.mark.parametrize("name", ["page.html", "logo.svg", "notes"])
def test_html_and_svg_from_halo_are_served_as_opaque_downloads(emma, sim, name):
    file = add_file(sim, EMMAS_TICKET, name, b"<svg onload=alert(1)><script>x</script></svg>")

    download = emma.get(f"/tickets/{EMMAS_TICKET}/files/{file['id']}/")

    assert download.status_code == 200
    assert download["Content-Type"] == "application/octet-stream"
    assert download["Content-Disposition"].startswith("attachment;")


def test_files_halo_hides_from_users_are_neither_listed_nor_downloadable(emma, sim):
    hidden = add_file(sim, EMMAS_TICKET, "internal-notes.txt", b"secret", shown=False)

    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()
    download = emma.get(f"/tickets/{EMMAS_TICKET}/files/{hidden['id']}/")

    assert "internal-notes.txt" not in page
    assert download.status_code == 404 and b"secret" not in download.content


def test_someone_elses_files_answer_like_missing_ones(emma, sim):
    theirs = add_file(sim, LIAMS_TICKET, "liam.txt", b"liam's")

    assert emma.get(f"/tickets/{LIAMS_TICKET}/files/{theirs['id']}/").status_code == 404
    assert emma.get(f"/tickets/{EMMAS_TICKET}/files/{theirs['id']}/").status_code == 404


def test_a_refused_file_is_explained_next_to_the_form_and_nothing_is_sent(emma, sim):
    upload = SimpleUploadedFile("page.html", b"<html></html>", content_type="text/html")

    response = emma.post(f"/tickets/{EMMAS_TICKET}/notes/", {"note": "x", "attachments": [upload]})

    assert response.status_code == 200
    assert "page.html: this type of file cannot be attached" in response.content.decode()
    assert not sim.store.attachments and not PendingWrite.objects.exists()


def test_a_new_ticket_with_a_file_while_halo_is_down_is_kept_and_sent_later(emma, sim):
    from halo_integration import actions

    sim.faults.down = True
    upload = SimpleUploadedFile("error.log", b"boom\n", content_type="text/plain")

    response = emma.post("/tickets/new/", {"summary": "App crashes", "attachments": [upload]})

    assert response.status_code == 302
    write = PendingWrite.objects.get(action="create_ticket")
    assert [a.filename for a in write.attachments.all()] == ["error.log"]
    sim.faults.down = False
    result = actions.deliver(write, channel="retry")
    assert result.status == "done"
    assert [a["filename"] for a in sim.store.attachments.values()] == ["error.log"]


def test_the_forms_offer_a_file_picker_with_the_limits(emma):
    new = emma.get("/tickets/new/").content.decode()
    detail = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    for page in (new, detail):
        assert 'type="file" name="attachments"' in page and 'enctype="multipart/form-data"' in page
        assert "at most 10.0 MB each" in page


# --- history ------------------------------------------------------------------------------------


def test_the_history_shows_opened_status_and_assignment_changes_with_exact_times(emma):
    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    history = page[page.index('id="timeline-heading"') :]
    history = history[: history.index("</section>")]
    assert "Opened" in history and "Status: In Progress" in history
    assert "Assigned to Chloe Martin" in history
    assert 'tabindex="0"' in history and 'class="exact-time"' in history


def test_hidden_actions_leave_no_trace_in_the_history(emma, sim):
    sim.add_action(
        EMMAS_TICKET,
        outcome_id=7,
        note="internal",
        hiddenfromuser=True,
        new_agent=2,
        old_status=2,
        new_status=28,
    )

    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    assert "Status: On Hold" not in page and page.count("Assigned to") == 1


# --- reopen -------------------------------------------------------------------------------------


def test_a_recently_resolved_ticket_offers_reopen_and_reopens(emma, sim):
    close_now(sim, EMMAS_TICKET)
    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()
    assert f'action="/tickets/{EMMAS_TICKET}/reopen/"' in page

    response = emma.post(f"/tickets/{EMMAS_TICKET}/reopen/", {"note": "It is back"})

    assert response.status_code == 302
    assert sim.store.tickets[EMMAS_TICKET]["status_id"] == 2
    assert AuditEvent.objects.filter(action="reopen_ticket", outcome="done").exists()


def test_an_old_ticket_offers_a_new_ticket_that_refers_to_it(emma, sim):
    page = emma.get(f"/tickets/{EMMAS_OLD_TICKET}/").content.decode()

    assert "/reopen/" not in page
    assert f'href="/tickets/new/?follow_up={EMMAS_OLD_TICKET}"' in page
    new = emma.get(f"/tickets/new/?follow_up={EMMAS_OLD_TICKET}").content.decode()
    assert f"Follow-up to ticket #{EMMAS_OLD_TICKET}" in new


def test_reopening_an_old_ticket_by_hand_is_refused_on_the_page(emma, sim):
    response = emma.post(f"/tickets/{EMMAS_OLD_TICKET}/reopen/", {"note": "again"})

    assert response.status_code == 400
    assert "open a new ticket" in response.content.decode()
    assert sim.store.tickets[EMMAS_OLD_TICKET]["status_id"] == 9


def test_reopen_needs_a_reason(emma, sim):
    close_now(sim, EMMAS_TICKET)

    response = emma.post(f"/tickets/{EMMAS_TICKET}/reopen/", {"note": ""})

    assert response.status_code == 400 and sim.store.tickets[EMMAS_TICKET]["status_id"] == 9


def test_someone_elses_ticket_cannot_be_reopened_from_the_page(emma, sim):
    close_now(sim, LIAMS_TICKET)

    response = emma.post(f"/tickets/{LIAMS_TICKET}/reopen/", {"note": "again"})

    assert response.status_code == 404 and sim.store.tickets[LIAMS_TICKET]["status_id"] == 9


def test_reopen_while_halo_is_down_is_kept(emma, sim):
    close_now(sim, EMMAS_TICKET)
    emma.get(f"/tickets/{EMMAS_TICKET}/")  # the identity and catalog are known
    sim.faults.down = True

    response = emma.post(f"/tickets/{EMMAS_TICKET}/reopen/", {"note": "again"})

    assert response.status_code == 302
    assert PendingWrite.objects.get(action="reopen_ticket").status == "queued"


# --- rating -------------------------------------------------------------------------------------


def test_a_resolved_ticket_is_rated_once_from_its_page(emma, sim):
    close_now(sim, EMMAS_TICKET)
    assert (
        f'action="/tickets/{EMMAS_TICKET}/rate/"'
        in emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()
    )

    response = emma.post(f"/tickets/{EMMAS_TICKET}/rate/", {"score": "5", "comment": "Thanks!"})

    assert response.status_code == 302
    assert [(f["score"], f["comment"]) for f in sim.store.feedback.values()] == [(5, "Thanks!")]
    assert "/rate/" not in emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()


@pytest.mark.parametrize("score", ["0", "9", "", "great"])
def test_a_bad_score_is_refused(emma, sim, score):
    close_now(sim, EMMAS_TICKET)

    response = emma.post(f"/tickets/{EMMAS_TICKET}/rate/", {"score": score})

    assert response.status_code == 400 and not sim.store.feedback


def test_an_open_ticket_offers_no_rating(emma):
    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()

    assert "/rate/" not in page and "/reopen/" not in page
