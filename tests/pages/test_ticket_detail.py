"""One ticket (/tickets/<id>/): reading it, adding a note and resolving it."""

from __future__ import annotations

import re

import pytest

from halo_integration import actions
from halo_integration.actions import ActionResult
from halo_integration.presenters import NoteView
from portal.views import tickets
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db

HIDDEN_NOTE = "Escalated to L3 internally."


def without_csrf(html: str) -> str:
    return re.sub(r'value="[^"]{64}"|"X-CSRFToken": "[^"]+"', "", html)


def notes_of(sim, ticket_id):
    return [a["note"] for a in sim.store.actions[ticket_id]]


# --- reading ------------------------------------------------------------------------------------


def test_the_ticket_page_shows_the_ticket_and_its_public_conversation(emma):
    response = emma.get("/tickets/3115/")

    page = response.content.decode()
    assert response.status_code == 200 and "<html" in page
    assert "<h1>Outlook keeps asking for my password</h1>" in page
    for fact in ("In Progress", "Medium", "Incident", "Chloe Martin", "Messaging"):
        assert f"<dd>{fact}</dd>" in page
    assert page.count("<time datetime=") >= 5  # opened, updated and one per message
    assert page.index("thanks for getting in touch") < page.index("reset your Outlook profile")
    assert 'action="/tickets/3115/notes/"' in page and 'hx-post="/tickets/3115/notes/"' in page
    assert 'action="/tickets/3115/resolve/"' in page and "<details" in page


def test_hidden_notes_are_never_shown(emma, sim):
    assert any(a["hiddenfromuser"] and a["note"] == HIDDEN_NOTE for a in sim.store.actions[3115])

    page = emma.get("/tickets/3115/").content.decode()

    assert HIDDEN_NOTE not in page


def test_the_template_drops_hidden_notes_even_if_one_slipped_through(emma, monkeypatch):
    """Defence in depth: the action strips hidden notes; the page must not rely on that alone."""

    real_run_action = actions.run_action

    def leaky_run_action(**kwargs):
        result = real_run_action(**kwargs)
        if kwargs["name"] == "get_ticket":
            leaked = NoteView(
                id=99,
                at=None,
                author="Agent",
                by_viewer=False,
                outcome="Internal Note",
                note="SECRET-INTERNAL",
                note_html="",
                hiddenfromuser=True,
                new_status=None,
            )
            result.data["actions"].append(leaked)
        return result

    monkeypatch.setattr(tickets.actions, "run_action", leaky_run_action)
    page = emma.get("/tickets/3115/").content.decode()
    monkeypatch.undo()

    assert "SECRET-INTERNAL" not in page


def test_html_and_scripts_from_halo_are_neutralised(emma, sim):
    sim.store.tickets[3115]["details"] = (
        "<p>ok</p><script>alert(1)</script><img src=x onerror=alert(2)>"
        '<a href="javascript:alert(3)">click</a>'
    )
    sim.store.actions[3115][0]["note_html"] = "<b>bold</b><script>alert(4)</script>"
    sim.store.actions[3115][-1]["note"] = "plain <script>alert(5)</script> text & more"
    sim.store.actions[3115][-1]["note_html"] = ""

    page = emma.get("/tickets/3115/").content.decode()

    main = page[page.index("<main") :]
    assert "<p>ok</p>" in main and "<b>bold</b>" in main
    assert "<script" not in main and "onerror" not in main and "javascript:" not in main
    # `note` itself may hold HTML (REFERENCE §12): it is sanitised like note_html, never shown raw.
    assert "alert(5)" not in main and "plain  text &amp; more" in main


def test_someone_elses_ticket_is_not_found_exactly_like_a_missing_one(emma):
    theirs = emma.get("/tickets/3120/")
    missing = emma.get("/tickets/999999/")

    assert theirs.status_code == missing.status_code == 404
    assert without_csrf(theirs.content.decode()) == without_csrf(missing.content.decode())
    assert "Laptop fan" not in theirs.content.decode()


def test_a_closed_ticket_is_read_only(emma):
    page = emma.get("/tickets/3018/").content.decode()

    assert "This ticket is closed" in page
    assert "/tickets/3018/notes/" not in page and "/tickets/3018/resolve/" not in page


def test_halo_down_gives_the_503_page(emma, sim):
    sim.faults.down = True

    response = emma.get("/tickets/3115/")

    assert response.status_code == 503 and "Halo is unavailable" in response.content.decode()


def test_an_employee_unknown_to_halo_gets_the_not_set_up_page(nobody):
    response = nobody.get("/tickets/3115/")

    assert response.status_code == 403
    assert "not set up in Halo" in response.content.decode()


# --- adding a note ------------------------------------------------------------------------------


def test_a_note_is_added_and_the_page_reloaded_without_htmx(emma, sim):
    response = emma.post("/tickets/3115/notes/", {"note": "Tried a new profile, same thing."})

    assert response.status_code == 302 and response["Location"] == "/tickets/3115/"
    assert "Tried a new profile, same thing." in notes_of(sim, 3115)
    page = emma.get("/tickets/3115/").content.decode()
    assert "Note added to ticket 3115." in page
    assert "Tried a new profile, same thing." in page


def test_with_htmx_a_note_rerenders_the_conversation_and_form_in_place(emma, sim):
    response = emma.post("/tickets/3115/notes/", {"note": "Still broken on my phone."}, headers=HX)

    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert 'hx-post="/tickets/3115/notes/"' in page  # a fresh form for the next note
    assert '<textarea name="note"' in page and "Still broken on my phone.</textarea>" not in page
    conversation = page[page.index('<div id="conversation" hx-swap-oob="innerHTML">') :]
    assert "Still broken on my phone." in conversation and HIDDEN_NOTE not in conversation
    assert '<div id="messages" hx-swap-oob="innerHTML">' in page
    assert "Note added to ticket 3115." in page


def test_an_empty_note_is_refused_with_the_form_error(emma, sim):
    before = len(sim.store.actions[3115])

    plain = emma.post("/tickets/3115/notes/", {"note": "  "})
    htmx = emma.post("/tickets/3115/notes/", {"note": ""}, headers=HX)

    assert plain.status_code == 200 and "<html" in plain.content.decode()
    assert htmx.status_code == 200 and "<html" not in htmx.content.decode()
    for response in (plain, htmx):
        assert "This field is required." in response.content.decode()
        assert 'aria-invalid="true"' in response.content.decode()
    assert len(sim.store.actions[3115]) == before


def test_halo_down_keeps_the_note_as_pending_with_its_reference(emma, sim):
    sim.faults.down = True

    response = emma.post("/tickets/3115/notes/", {"note": "Please call me back."}, headers=HX)

    page = response.content.decode()
    assert response.status_code == 200
    assert re.search(r"Your note on ticket #3115 is waiting for Halo, reference PRT-\w{8}", page)
    assert "Please call me back." in page
    assert "Your change is saved" in page  # the message, out of band
    assert 'id="conversation"' not in page  # Halo could not say what the conversation is now


def test_halo_down_without_htmx_redirects_and_shows_the_saved_note(emma, sim):
    sim.faults.down = True

    response = emma.post("/tickets/3115/notes/", {"note": "Please call me back."}, follow=True)

    page = response.content.decode()
    assert response.redirect_chain == [("/tickets/3115/", 302)]
    assert response.status_code == 503  # the ticket itself cannot be read while Halo is down
    assert "Your changes are safe" in page and "Please call me back." in page
    assert re.search(r"reference PRT-\w{8}", page)


def test_a_pending_note_is_shown_on_the_ticket_once_halo_is_back(emma, sim):
    sim.faults.down = True
    emma.post("/tickets/3115/notes/", {"note": "Queued while Halo slept."})
    sim.faults.down = False

    page = emma.get("/tickets/3115/").content.decode()

    assert "Your note on ticket #3115 is waiting for Halo" in page
    assert "Queued while Halo slept." in page


def test_a_note_on_someone_elses_ticket_is_not_found(emma, sim):
    plain = emma.post("/tickets/3120/notes/", {"note": "hello"})
    htmx = emma.post("/tickets/3120/notes/", {"note": "hello"}, headers=HX)

    assert plain.status_code == 404
    assert htmx["HX-Retarget"] == "#messages" and "not found" in htmx.content.decode().lower()
    assert "hello" not in notes_of(sim, 3120)


def test_a_note_on_a_closed_ticket_is_forbidden(emma, sim):
    response = emma.post("/tickets/3018/notes/", {"note": "hello"})

    assert response.status_code == 403
    assert "closed" in response.content.decode()


# --- resolving ----------------------------------------------------------------------------------


def test_the_resolve_page_asks_for_confirmation_and_an_optional_reason(emma):
    response = emma.get("/tickets/3115/resolve/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Are you sure?" in page and "Reason (optional)" in page
    assert "Yes, resolve this ticket" in page and "No, keep it open" in page


def test_resolving_with_a_reason_closes_the_ticket_and_it_becomes_read_only(emma, sim):
    response = emma.post("/tickets/3115/resolve/", {"note": "Works since the new profile."})

    assert response.status_code == 302 and response["Location"] == "/tickets/3115/"
    assert "Works since the new profile." in notes_of(sim, 3115)
    page = emma.get("/tickets/3115/").content.decode()
    assert "Ticket 3115 resolved." in page and "This ticket is closed" in page
    assert "/tickets/3115/notes/" not in page


def test_resolving_with_htmx_sends_the_browser_to_the_ticket(emma, sim):
    response = emma.post("/tickets/3115/resolve/", {"note": ""}, headers=HX)

    assert response.status_code == 200
    assert response["HX-Redirect"] == "/tickets/3115/"
    assert sim.store.is_closed_status(sim.store.tickets[3115]["status_id"])


def test_resolving_an_already_closed_ticket_explains_it(emma):
    plain = emma.post("/tickets/3018/resolve/", {"note": ""})
    htmx = emma.post("/tickets/3018/resolve/", {"note": ""}, headers=HX)

    assert plain.status_code == 200 and "This ticket is closed already." in plain.content.decode()
    assert "<html" not in htmx.content.decode() and "already closed" in htmx.content.decode()


def test_resolving_someone_elses_ticket_is_not_found(emma, sim):
    status = sim.store.tickets[3120]["status_id"]

    assert emma.get("/tickets/3120/resolve/").status_code == 404
    assert emma.post("/tickets/3120/resolve/", {"note": "done"}).status_code == 404
    assert sim.store.tickets[3120]["status_id"] == status


def test_halo_down_keeps_the_resolve_request_as_pending(emma, sim):
    sim.faults.down = True

    response = emma.post("/tickets/3115/resolve/", {"note": "fixed"}, headers=HX)

    assert response["HX-Redirect"] == "/tickets/3115/"
    sim.faults.down = False
    page = emma.get("/tickets/3115/").content.decode()
    assert "Your change is saved (reference PRT-" in page
    assert "Your request to resolve ticket #3115 is waiting for Halo" in page


def test_signed_out_posts_are_sent_to_sign_in(client, halo_connected):
    response = client.post("/tickets/3115/notes/", {"note": "hi"})

    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_result_statuses_map_to_pages(emma, monkeypatch):
    """The one helper: every status that is not a success has its page and HTTP status."""
    expected = {
        "denied": 403,
        "no_identity": 403,
        "not_found": 404,
        "failed": 422,
        "unavailable": 503,
        "not_configured": 503,
    }
    for status, http_status in expected.items():
        result = ActionResult("get_ticket", status, f"why: {status}")
        monkeypatch.setattr(tickets.actions, "run_action", lambda result=result, **kw: result)

        assert emma.get("/tickets/3115/").status_code == http_status, status
