"""A new ticket (/tickets/new/), with KB suggestions and the duplicate check while typing."""

from __future__ import annotations

import re

import pytest

from halo_integration.models import PendingWrite
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db


def ticket_called(sim, summary):
    (ticket,) = [t for t in sim.store.tickets.values() if t["summary"] == summary]
    return ticket


def test_the_form_offers_the_types_end_users_may_choose(emma):
    response = emma.get("/tickets/new/")

    page = response.content.decode()
    assert response.status_code == 200 and "<html" in page
    assert '<label for="id_summary">Summary</label>' in page
    assert '<label for="id_details">Details</label>' in page
    assert '<option value="1">Incident</option>' in page
    assert '<option value="3">Service Request</option>' in page
    assert 'hx-get="/tickets/new/suggest"' in page and 'hx-get="/tickets/new/similar"' in page


def test_creating_a_ticket_goes_to_it(emma, sim):
    response = emma.post(
        "/tickets/new/",
        {"summary": "Printer on the 3rd floor jams", "details": "Every job.", "tickettype_id": "1"},
    )

    created = ticket_called(sim, "Printer on the 3rd floor jams")
    assert created["tickettype_id"] == 1 and created["user_id"] == 201  # Emma in Halo
    assert response.status_code == 302 and response["Location"] == f"/tickets/{created['id']}/"
    page = emma.get(response["Location"]).content.decode()
    assert f"Ticket {created['id']} created." in page
    assert "Printer on the 3rd floor jams" in page


def test_with_htmx_creating_a_ticket_redirects_the_browser(emma, sim):
    response = emma.post("/tickets/new/", {"summary": "Mouse is broken"}, headers=HX)

    created = ticket_called(sim, "Mouse is broken")
    assert response["HX-Redirect"] == f"/tickets/{created['id']}/"


def test_invalid_input_rerenders_the_form_with_errors(emma, sim):
    count = len(sim.store.tickets)

    plain = emma.post("/tickets/new/", {"summary": "", "details": "kept"})
    htmx = emma.post("/tickets/new/", {"summary": "x" * 300, "details": "kept"}, headers=HX)

    assert plain.status_code == 200 and "<html" in plain.content.decode()
    assert "This field is required." in plain.content.decode()
    assert ">kept</textarea>" in plain.content.decode().replace("\n", "")
    assert htmx.status_code == 200 and "<html" not in htmx.content.decode()
    assert "at most 250 characters" in htmx.content.decode()
    assert 'aria-invalid="true"' in htmx.content.decode()
    assert len(sim.store.tickets) == count


def test_an_unknown_ticket_type_is_refused(emma):
    response = emma.post("/tickets/new/", {"summary": "Hello", "tickettype_id": "999"})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_halo_down_keeps_the_new_ticket_and_shows_its_reference(emma, sim):
    sim.faults.down = True

    response = emma.post("/tickets/new/", {"summary": "Screen flickers", "details": "Since Monday"})

    write = PendingWrite.objects.get(action="create_ticket")
    assert write.status == "queued" and write.params["summary"] == "Screen flickers"
    assert response.status_code == 302 and response["Location"] == "/tickets/"
    page = emma.get("/tickets/").content.decode()  # still down: the 503 page, with the message
    assert f"Your change is saved (reference {write.reference})" in page
    assert "Screen flickers" in page and "Your changes are safe" in page


def test_halo_down_with_htmx_goes_to_my_tickets(emma, sim):
    sim.faults.down = True

    response = emma.post("/tickets/new/", {"summary": "Screen flickers"}, headers=HX)

    assert response["HX-Redirect"] == "/tickets/"
    sim.faults.down = False
    page = emma.get("/tickets/").content.decode()
    assert re.search(r"New ticket “Screen flickers” — reference PRT-\w{8}", page)


def test_an_employee_unknown_to_halo_cannot_create_and_is_told_why(nobody, sim):
    count = len(sim.store.tickets)

    response = nobody.post("/tickets/new/", {"summary": "Hello"})

    assert response.status_code == 403
    assert "nobody@acme.example" in response.content.decode()
    assert len(sim.store.tickets) == count


# --- suggestions while typing -------------------------------------------------------------------


def test_kb_articles_are_suggested_for_the_summary(emma):
    response = emma.get("/tickets/new/suggest", {"summary": "Outlook password prompt"}, headers=HX)

    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert "Does this help?" in page
    assert page.index("Outlook keeps asking for your password") < page.index("</ul>")
    assert "Credential Manager" in page  # the answer itself, behind a disclosure
    assert page.count("<li>") <= 5
    # The duplicate check is asked next, when this answer has settled (never both at once).
    assert response["HX-Trigger-After-Settle"] == '{"kb-checked": {}}'


def test_without_htmx_the_suggestions_are_the_new_ticket_page_filled_in(emma):
    response = emma.get("/tickets/new/suggest", {"summary": "Outlook password prompt"})

    page = response.content.decode()
    assert "<html" in page and 'value="Outlook password prompt"' in page
    assert "Does this help?" in page and "#3115" in page  # both suggestion lists


def test_nothing_is_suggested_for_a_blank_or_unmatched_summary(emma):
    blank = emma.get("/tickets/new/suggest", {"summary": " "}, headers=HX)
    odd = emma.get("/tickets/new/suggest", {"summary": "qwertyuiop"}, headers=HX)

    assert "Does this help?" not in blank.content.decode()
    assert "Does this help?" not in odd.content.decode()


def test_a_similar_open_ticket_of_mine_is_pointed_out(emma):
    response = emma.get(
        "/tickets/new/similar", {"summary": "Outlook asking for password again"}, headers=HX
    )

    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert "You already have an open ticket that looks similar:" in page
    assert '<a href="/tickets/3115/">#3115 Outlook keeps asking for my password</a>' in page


def test_closed_or_unrelated_tickets_are_not_called_similar(emma):
    closed = emma.get("/tickets/new/similar", {"summary": "printer jamming"}, headers=HX)
    theirs = emma.get("/tickets/new/similar", {"summary": "laptop fan overheating"}, headers=HX)

    assert "looks similar" not in closed.content.decode()  # 3067 is closed
    assert "looks similar" not in theirs.content.decode()  # 3120 is Liam's


def test_the_duplicate_check_without_htmx_is_the_filled_in_page(emma):
    response = emma.get("/tickets/new/similar", {"summary": "VPN keeps dropping"})

    page = response.content.decode()
    assert "<html" in page and "#3042" in page


def test_suggestions_are_skipped_quietly_when_halo_is_down(emma, sim):
    sim.faults.down = True

    kb = emma.get("/tickets/new/suggest", {"summary": "Outlook password"}, headers=HX)
    similar = emma.get("/tickets/new/similar", {"summary": "Outlook password"}, headers=HX)
    page = emma.get("/tickets/new/")

    assert kb.status_code == similar.status_code == 200
    assert "Does this help?" not in kb.content.decode()
    # The form still works without the type list; Halo then uses its default type.
    assert page.status_code == 200 and "id_tickettype_id" not in page.content.decode()


@pytest.mark.parametrize(
    ("summary", "not_similar"),
    [
        ("VPN keeps dropping", "#3115"),  # Outlook keeps asking for my password
        ("Teams keeps crashing", "#3115"),
        ("Printer is not working again", "#3042"),  # VPN disconnects when working from home
    ],
)
def test_everyday_words_alone_do_not_make_tickets_similar(emma, summary, not_similar):
    page = emma.get("/tickets/new/similar", {"summary": summary}, headers=HX).content.decode()

    assert not_similar not in page


def test_kb_suggestions_share_more_than_an_everyday_word(emma):
    page = emma.get(
        "/tickets/new/suggest", {"summary": "VPN keeps dropping"}, headers=HX
    ).content.decode()

    assert "How to connect to the VPN from home" in page
    assert "Outlook keeps asking for your password" not in page
    assert "Installing Windows updates" not in page
