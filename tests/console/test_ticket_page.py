"""One ticket in the console: full history with hidden notes marked, and the update, note
and resolve forms (with and without htmx, bad input, Halo down, approval, missing ticket)."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from halo_integration.models import ActionPolicy, ApprovalRequest, PendingWrite
from tests.fixtures.halo import api_posts
from tests.fixtures.web import hx

pytestmark = pytest.mark.django_db

TICKET = 3115  # Emma's open Outlook ticket: Medium, Messaging, Chloe Martin, one internal note
PAGE = reverse("console-ticket", args=[TICKET])
UPDATE = reverse("console-ticket-update", args=[TICKET])
NOTE = reverse("console-ticket-note", args=[TICKET])
RESOLVE = reverse("console-ticket-resolve", args=[TICKET])
SHOWN = {
    "initial-priority_id": "3",
    "initial-status_id": "2",
    "initial-tickettype_id": "1",
    "initial-team_id": "11",
    "initial-agent_id": "7",
}
UNCHANGED = {
    "priority_id": "3",
    "status_id": "2",
    "tickettype_id": "1",
    "team_id": "11",
    "agent_id": "7",
    **SHOWN,
}


def actions_of(sim, ticket_id=TICKET):
    return sim.store.actions[ticket_id]


# --- the page ---------------------------------------------------------------------------------


def test_admin_sees_the_full_history_with_hidden_notes_marked(admin_client, halo_connected):
    response = admin_client.get(PAGE)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Outlook keeps asking for my password" in html
    assert "Escalated to L3 internally." in html  # a hidden note, shown to admins
    assert html.count("Hidden from user") == 1
    assert "<script>" not in html and "onerror" not in html  # Halo's HTML is sanitised
    assert 'href="/console/customers/12/"' in html
    assert 'value="11" selected' in html  # the update form starts from the ticket's team


def test_htmx_refresh_returns_the_live_part_only(admin_client, halo_connected):
    response = admin_client.get(PAGE, headers=hx("ticket-live"))

    html = response.content.decode()
    assert html.lstrip().startswith('<div id="ticket-live"')
    assert "<html" not in html and "Add a note" not in html


def test_a_missing_ticket_is_404(admin_client, halo_connected):
    assert admin_client.get(reverse("console-ticket", args=[999999])).status_code == 404


def test_halo_down_answers_503(admin_client, halo_connected, sim):
    sim.faults.down = True

    assert admin_client.get(PAGE).status_code == 503


def test_queued_changes_are_listed_on_the_page(admin_client, halo_connected, sim, portal_admin):
    PendingWrite.objects.create(
        reference="PRT-TEST0001",
        actor=portal_admin,
        action="add_note",
        params={"ticket_id": TICKET, "note": "x"},
        channel="console",
        ticket_id=TICKET,
    )

    html = admin_client.get(PAGE).content.decode()

    assert "Waiting to be sent to Halo" in html and "Note (reference PRT-TEST0001)" in html


# --- update -----------------------------------------------------------------------------------


def test_update_sends_only_what_changed(admin_client, halo_connected, sim):
    response = admin_client.post(UPDATE, {**UNCHANGED, "priority_id": "1", "team_id": "6"})

    assert response.status_code == 302 and response["Location"] == PAGE
    ticket = sim.store.tickets[TICKET]
    assert ticket["priority_id"] == 1 and ticket["team"] == "2nd Line Support"
    assert ticket["agent_id"] == 7 and ticket["status_id"] == 2
    (post,) = api_posts(sim)
    assert set(post.body[0]) == {"id", "priority_id", "team"}


def test_htmx_update_returns_the_form_and_tells_the_page_to_reload(
    admin_client, halo_connected, sim
):
    response = admin_client.post(
        UPDATE, {**UNCHANGED, "agent_id": "11"}, headers=hx("ticket-update")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<article id="ticket-update"')
    assert "updated" in html and 'id="console-status" hx-swap-oob="innerHTML"' in html
    assert json.loads(response["HX-Trigger"]) == {"ticket-changed": {}}
    assert 'value="11" selected' in html  # the form now starts from the new agent
    assert sim.store.tickets[TICKET]["agent_id"] == 11


def test_update_with_nothing_changed_sends_nothing(admin_client, halo_connected, sim):
    response = admin_client.post(UPDATE, UNCHANGED)

    assert response.status_code == 200
    assert "Nothing was changed." in response.content.decode()
    assert api_posts(sim) == []


def test_update_with_bad_input_shows_errors_htmx(admin_client, halo_connected, sim):
    response = admin_client.post(
        UPDATE, {**UNCHANGED, "status_id": "closed", "agent_id": ""}, headers=hx("ticket-update")
    )

    form = response.context["update_form"]
    assert set(form.errors) == {"status_id", "agent_id"}
    assert "HX-Trigger" not in response
    assert api_posts(sim) == []


def test_update_of_a_missing_ticket_is_404(admin_client, halo_connected):
    response = admin_client.post(
        reverse("console-ticket-update", args=[999999]), {"priority_id": "1"}
    )

    assert response.status_code == 404


def test_update_while_halo_is_down_is_kept(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.post(UPDATE, {**UNCHANGED, "priority_id": "1"}, follow=True)

    write = PendingWrite.objects.get()
    assert write.params == {"ticket_id": TICKET, "priority_id": 1}
    assert response.redirect_chain[-1][0] == reverse("console-home")
    assert write.reference in response.content.decode()


# --- notes ------------------------------------------------------------------------------------


def test_admin_adds_a_hidden_note(admin_client, halo_connected, sim):
    response = admin_client.post(
        NOTE, {"note": "Checked the mailbox rules.", "hiddenfromuser": "on"}
    )

    assert response.status_code == 302 and response["Location"] == PAGE
    note = actions_of(sim)[-1]
    assert note["note"] == "Checked the mailbox rules." and note["hiddenfromuser"] is True
    page = admin_client.get(PAGE).content.decode()
    assert page.count("Hidden from user") == 2
    assert "Note added to ticket 3115." in page  # the message survives the redirect


def test_admin_adds_a_visible_note_with_htmx(admin_client, halo_connected, sim):
    response = admin_client.post(NOTE, {"note": "We are on it."}, headers=hx("ticket-note"))

    html = response.content.decode()
    assert html.lstrip().startswith('<article id="ticket-note"')
    assert "Note added to ticket 3115." in html
    assert json.loads(response["HX-Trigger"]) == {"ticket-changed": {}}
    assert actions_of(sim)[-1]["hiddenfromuser"] is False
    assert "We are on it." not in html  # a fresh, empty form


def test_an_empty_note_is_refused_without_calling_halo(admin_client, halo_connected, sim):
    plain = admin_client.post(NOTE, {"note": "  "})
    htmx = admin_client.post(NOTE, {"note": ""}, headers=hx("ticket-note"))

    assert plain.status_code == 200 and "note" in plain.context["note_form"].errors
    assert "<html" in plain.content.decode()
    assert (
        "<html" not in htmx.content.decode() and "This field is required." in htmx.content.decode()
    )
    assert api_posts(sim) == []


def test_a_note_while_halo_is_down_is_kept_and_htmx_goes_home(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.post(NOTE, {"note": "Later."}, headers=hx("ticket-note"))

    assert response["HX-Redirect"] == reverse("console-home")
    write = PendingWrite.objects.get()
    assert (write.action, write.status) == ("add_note", "queued")
    home = admin_client.get(reverse("console-home")).content.decode()
    assert "will be sent to Halo" in home  # the message carried across the redirect
    assert "Your changes waiting for Halo" in home
    assert f'href="{PAGE}">#{TICKET}</a> · reference {write.reference}' in home


def test_a_note_needing_approval_is_held(admin_client, halo_connected, sim):
    ActionPolicy.objects.create(action="add_note", audience="both", requires_approval=True)

    response = admin_client.post(
        NOTE, {"note": "Needs a second pair of eyes."}, headers=hx("ticket-note")
    )

    assert "An admin must approve this" in response.content.decode()
    assert "HX-Trigger" not in response  # nothing changed in Halo yet
    assert ApprovalRequest.objects.count() == 1 and api_posts(sim) == []


def test_a_note_on_a_missing_ticket_is_404(admin_client, halo_connected):
    response = admin_client.post(reverse("console-ticket-note", args=[999999]), {"note": "x"})

    assert response.status_code == 404


# --- resolve ----------------------------------------------------------------------------------


def test_resolve_asks_for_confirmation_first(admin_client, halo_connected, sim):
    response = admin_client.get(RESOLVE)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Yes, resolve the ticket" in html and "Outlook keeps asking" in html
    assert api_posts(sim) == []


def test_admin_resolves_with_a_hidden_note(admin_client, halo_connected, sim):
    response = admin_client.post(
        RESOLVE, {"note": "Fixed by profile reset.", "hiddenfromuser": "on"}
    )

    assert response.status_code == 302 and response["Location"] == PAGE
    assert sim.store.tickets[TICKET]["status_id"] == 9  # Closed
    last = actions_of(sim)[-1]
    assert last["note"] == "Fixed by profile reset." and last["hiddenfromuser"] is True


def test_htmx_resolve_sends_the_browser_to_the_ticket(admin_client, halo_connected, sim):
    response = admin_client.post(RESOLVE, {"note": "Done."}, headers=hx("resolve-form"))

    assert response["HX-Redirect"] == PAGE
    assert actions_of(sim)[-1]["hiddenfromuser"] is False


def test_resolving_a_closed_ticket_shows_why_not(admin_client, halo_connected, sim):
    sim.store.tickets[TICKET]["status_id"] = 9

    page = admin_client.get(RESOLVE)
    response = admin_client.post(RESOLVE, {"note": "again"}, headers=hx("resolve-form"))

    assert "already closed" in page.content.decode()
    assert "already closed" in response.content.decode()
    assert response.content.decode().lstrip().startswith('<form id="resolve-form"')
    assert api_posts(sim) == []


def test_resolve_with_too_long_a_note_is_refused(admin_client, halo_connected, sim):
    response = admin_client.post(RESOLVE, {"note": "x" * 20_001})

    assert response.status_code == 200 and "note" in response.context["form"].errors
    assert api_posts(sim) == []


def test_resolve_while_halo_is_down_is_kept(admin_client, halo_connected, sim):
    sim.faults.down = True

    response = admin_client.post(RESOLVE, {"note": "Done."})

    assert response["Location"] == reverse("console-home")
    assert PendingWrite.objects.get().action == "resolve_ticket"


def test_resolve_page_of_a_missing_ticket_is_404(admin_client, halo_connected):
    assert admin_client.get(reverse("console-ticket-resolve", args=[999999])).status_code == 404
