"""The Ask box: plan cards, reads at once, writes only after Confirm, refusals explained."""

from __future__ import annotations

import re

import pytest

from halo_integration.models import AuditEvent
from tests.fixtures.halo import ticket_posts
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db


def confirm_token(html):
    return re.search(r'name="plan" value="([^"]+)"', html).group(1)


def test_every_signed_in_page_has_the_ask_box(employee_client):
    response = employee_client.get("/tickets/")

    assert 'id="ask-text"' in response.content.decode()


def test_a_write_shows_a_confirm_card_and_sends_nothing(employee_client, sim):
    response = employee_client.post(
        "/ask/", {"text": "Open a ticket - the printer on the 3rd floor jams"}, headers=HX
    )

    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "Confirm" in html and "Cancel" in html and "Edit" in html
    assert "/tickets/new/?summary=" in html
    assert ticket_posts(sim) == []


def test_confirm_runs_the_write_once_audited_with_the_text(employee_client, sim):
    card = employee_client.post(
        "/ask/", {"text": "Open a ticket: my keyboard is missing keys"}, headers=HX
    )

    done = employee_client.post(
        "/ask/confirm/", {"plan": confirm_token(card.content.decode())}, headers=HX
    )

    assert "created" in done.content.decode()
    assert len(ticket_posts(sim)) == 1
    event = AuditEvent.objects.filter(action="create_ticket", outcome="done").get()
    assert (event.channel, event.text) == ("ask", "Open a ticket: my keyboard is missing keys")


def test_a_tampered_confirm_is_rejected(employee_client, sim):
    card = employee_client.post("/ask/", {"text": "Open a ticket: my mouse is broken"}, headers=HX)
    token = confirm_token(card.content.decode())

    response = employee_client.post("/ask/confirm/", {"plan": token[:-3] + "abc"}, headers=HX)

    assert response.status_code == 400
    assert ticket_posts(sim) == []


def test_a_read_answers_at_once(employee_client):
    response = employee_client.post(
        "/ask/", {"text": "What's the status of my ticket 3115?"}, headers=HX
    )

    html = response.content.decode()
    assert "#3115" in html and "Status" in html and "Confirm" not in html


def test_list_my_open_tickets(employee_client):
    html = employee_client.post(
        "/ask/", {"text": "show my open tickets"}, headers=HX
    ).content.decode()

    assert "3115" in html and "3120" not in html


def test_someone_elses_ticket_is_not_found(employee_client):
    html = employee_client.post(
        "/ask/", {"text": "status of ticket 3120"}, headers=HX
    ).content.decode()

    assert "Not done" in html and "not found" in html


def test_ambiguous_reference_offers_candidates_and_a_choice_settles_it(employee_client):
    text = "Add a note to my open ticket: 'Tried rebooting twice, same error'"
    html = employee_client.post("/ask/", {"text": text}, headers=HX).content.decode()

    assert "Which one do you mean?" in html
    chosen = employee_client.post(
        "/ask/", {"text": text, "param": "ticket_id", "choice": "3115"}, headers=HX
    )
    assert "Confirm" in chosen.content.decode() and "#3115" in chosen.content.decode()


def test_employee_asking_for_admin_things_is_refused(employee_client, sim):
    html = employee_client.post(
        "/ask/", {"text": "Bump ticket 3115 to priority High"}, headers=HX
    ).content.decode()

    assert "only portal admins" in html
    assert [r for r in sim.requests if r.method == "POST"] == []


def test_empty_text_is_a_clear_error(employee_client):
    response = employee_client.post("/ask/", {"text": "   "}, headers=HX)
    plain = employee_client.post("/ask/", {"text": "   "})

    assert response.status_code == 200  # htmx swaps only 2xx answers into the card
    assert "Type what you need" in response.content.decode()
    assert plain.status_code == 400 and "Type what you need" in plain.content.decode()


def test_too_many_requests_in_a_minute_are_refused(employee_client, settings, sim, monkeypatch):
    settings.ASK_REQUESTS_PER_MINUTE = 2
    # One fixed moment: requests straddling a minute boundary would start a fresh budget.
    monkeypatch.setattr("portal.ratelimit.time.time", lambda: 1_800_000_000.0)
    for _ in range(2):
        employee_client.post("/ask/", {"text": "show my open tickets"}, headers=HX)
    before = len(sim.requests)

    response = employee_client.post("/ask/", {"text": "show my open tickets"})

    assert response.status_code == 429
    assert "a lot of requests" in response.content.decode()
    assert len(sim.requests) == before  # refused before anything reached Halo


def test_halo_down_is_explained(employee_client, sim):
    sim.faults.down = True

    html = employee_client.post(
        "/ask/", {"text": "show my open tickets"}, headers=HX
    ).content.decode()

    assert "Halo is unavailable" in html


def test_without_htmx_the_ask_page_renders_in_full(employee_client):
    response = employee_client.post("/ask/", {"text": "show my open tickets"})

    html = response.content.decode()
    assert "<html" in html and html.count('id="ask-text"') == 1


def test_cancel_sends_nothing(employee_client, sim):
    response = employee_client.post("/ask/cancel/", headers=HX)

    assert "Nothing was sent" in response.content.decode()


def test_admin_plan_links_into_the_console(admin_client):
    html = admin_client.post(
        "/ask/", {"text": "Bump ticket 789 to priority High"}, headers=HX
    ).content.decode()

    assert "/console/tickets/789/" in html and "Confirm" in html


def test_signed_out_ask_redirects_to_sign_in(client, halo_connected):
    response = client.post("/ask/", {"text": "show my open tickets"}, headers=HX)

    assert response.status_code == 200
    assert response.headers["HX-Redirect"] == "/accounts/login/?next=/"
    assert response.content == b""


def test_the_console_has_the_same_ask_box(admin_client):
    html = admin_client.get("/console/").content.decode()

    assert html.count('id="ask-text"') == 1


def test_a_new_ticket_card_points_out_articles_and_a_similar_open_ticket(employee_client, sim):
    text = "Open a ticket: Outlook keeps asking for my password"
    html = employee_client.post("/ask/", {"text": text}, headers=HX).content.decode()

    assert "Confirm" in html
    assert "/tickets/3115/" in html  # emma's open ticket about the same thing
    assert "These articles may already answer it" in html
    assert ticket_posts(sim) == []
