"""An employee's first visit, in Halo calls: who they are and their list, then only the ticket's
actions. The list row stands in for the single-ticket read when it carries the description, and
a ticket Halo says has no file is not asked for its files; without those fields (REFERENCE §12:
list rows may carry little more than `id`) the page reads what it needs, and shows it."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.fixtures.halo import add_file
from tests.mirror.conftest import EMMAS_TICKET, LIAMS_TICKET, halo_sync

pytestmark = pytest.mark.django_db
PAGE = f"/tickets/{EMMAS_TICKET}/"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _same_page(content: bytes, ticket_id: int) -> str:
    """The page without what differs by design: the asked-for number and each render's CSRF mask."""
    text = content.decode().replace(str(ticket_id), "N")
    text = re.sub(r'"X-CSRFToken": "[^"]+"', "", text)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)


def halo_paths(sim, since: int) -> list[str]:
    """The API paths read since request number `since`, without the shared catalog's."""
    shared = ("/api/status", "/api/priority", "/api/tickettype", "/api/outcome", "/api/agent")
    paths = [r.path.lower() for r in sim.requests[since:] if r.path.lower().startswith("/api/")]
    return [p for p in paths if not p.startswith(shared)]


def test_a_first_visit_reads_the_person_their_list_and_the_tickets_actions_only(emma, sim):
    before = len(sim.requests)

    listing = emma.get("/tickets/")
    page = emma.get(PAGE)

    assert listing.status_code == page.status_code == 200
    assert halo_paths(sim, before) == ["/api/users", "/api/tickets", "/api/actions"]
    assert "Outlook asks for my password" in page.content.decode()  # the list row's description


def test_list_rows_without_description_or_file_count_read_the_ticket_and_its_files(emma, sim):
    sim.variants.enable("sparse_ticket_rows")
    add_file(sim, EMMAS_TICKET, "error.png", PNG)
    emma.get("/tickets/")
    before = len(sim.requests)

    page = emma.get(PAGE).content.decode()

    assert halo_paths(sim, before) == [f"/api/tickets/{EMMAS_TICKET}", "/api/actions",
                                       "/api/attachment"]  # fmt: skip
    assert "Outlook asks for my password" in page and "error.png" in page


def test_a_ticket_halo_says_has_files_lists_them(emma, sim):
    add_file(sim, EMMAS_TICKET, "error.png", PNG)
    emma.get("/tickets/")
    before = len(sim.requests)

    page = emma.get(PAGE).content.decode()

    assert halo_paths(sim, before) == ["/api/actions", "/api/attachment"]
    assert "error.png" in page


def test_a_file_the_person_sends_shows_though_the_mirror_said_there_were_none(emma, sim):
    assert "screen.png" not in emma.get(PAGE).content.decode()  # no file, none asked for
    upload = SimpleUploadedFile("screen.png", PNG, content_type="image/png")

    emma.post(f"{PAGE}notes/", {"note": "Screenshot attached", "attachments": [upload]})

    assert "screen.png" in emma.get(PAGE).content.decode()


def test_a_file_an_agent_adds_shows_once_halo_tells_the_mirror(emma, sim):
    halo_sync()  # the watermark
    assert "fix.pdf" not in emma.get(PAGE).content.decode()
    sim.advance(5)
    add_file(sim, EMMAS_TICKET, "fix.pdf", PNG)
    sim.add_action(EMMAS_TICKET, note="Here is the fix", hiddenfromuser=False)

    halo_sync()

    assert "fix.pdf" in emma.get(PAGE).content.decode()


def test_after_a_full_pass_a_first_visit_reads_only_the_person_and_the_tickets_actions(emma, sim):
    halo_sync("--full")  # before the portal is rolled out (docs/DEPLOY.md)
    emmas = [t for t in sim.store.tickets.values() if t.get("user_id") == sim.store.tickets[
        EMMAS_TICKET]["user_id"]]  # fmt: skip
    before = len(sim.requests)

    listing = emma.get("/tickets/?state=all").content.decode()
    assert halo_paths(sim, before) == ["/api/users"]
    page = emma.get(PAGE).content.decode()

    assert halo_paths(sim, before) == ["/api/users", "/api/actions"]
    assert all(f"/tickets/{t['id']}/" in listing for t in emmas), listing
    assert "Outlook asks for my password" in page


def test_a_ticket_opened_in_halo_after_the_full_pass_is_listed_after_the_next_delta(emma, sim):
    halo_sync("--full")
    halo_sync()  # the watermark
    emma.get("/tickets/")
    sim.advance(5)
    new = sim.add_ticket(summary="Docking station flickers", details="Since this morning",
                         user_id=sim.store.tickets[EMMAS_TICKET]["user_id"])  # fmt: skip

    halo_sync()

    assert f"/tickets/{new['id']}/" in emma.get("/tickets/").content.decode()


def test_someone_elses_ticket_the_full_pass_brought_answers_like_a_missing_one(emma, sim):
    halo_sync("--full")  # the mirror now holds Liam's tickets too, with their descriptions
    emma.get("/tickets/")
    before = len(sim.requests)

    theirs = emma.get(f"/tickets/{LIAMS_TICKET}/")
    missing = emma.get("/tickets/3999/")

    assert theirs.status_code == missing.status_code == 404
    assert _same_page(theirs.content, LIAMS_TICKET) == _same_page(missing.content, 3999)
    assert "/api/actions" not in halo_paths(sim, before)  # nothing of Liam's was read


def test_halo_down_on_a_first_ticket_view_answers_unavailable_not_an_error(emma, sim):
    emma.get("/tickets/")  # the list row, with its description; the actions are still unread
    sim.faults.down = True

    page = emma.get(PAGE)

    assert page.status_code == 503
    assert "Outlook asks for my password" not in page.content.decode()
