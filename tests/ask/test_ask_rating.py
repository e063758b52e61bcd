"""Rating a closed ticket from the Ask box: the card shows the ticket, a 1-5 choice (preselected
when the text gave a score, required before Confirm when not) and the editable comment; Confirm
rates through the same action as the ticket page's stars (policy, audit, outbox)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from halo_integration import actions
from halo_integration.models import ActionPolicy, AuditEvent, PendingWrite
from tests.fixtures.web import HX

pytestmark = pytest.mark.django_db

PRINTER = 3067  # emma's, closed: "Printer on the 2nd floor keeps jamming"
OUTLOOK = 3115  # emma's, open
WIFI = 3121  # liam's, closed
MISSING = 99999
CARD_RE = re.compile(r'<article class="ask-card".*?</article>', re.S)


def card(client, text, **extra):
    response = client.post("/ask/", {"text": text, **extra}, headers=HX)
    assert response.status_code == 200
    return CARD_RE.search(response.content.decode()).group(0)


def token(html):
    return re.search(r'name="plan" value="([^"]+)"', html).group(1)


def checked_score(html):
    found = re.findall(r'<input type="radio" name="score" value="(\d)"[^>]*\bchecked\b', html)
    return [int(n) for n in found]


def confirm(client, html, **fields):
    return client.post("/ask/confirm/", {"plan": token(html), **fields}, headers=HX)


def feedback(sim):
    return [(f["ticket_id"], f["score"], f["comment"]) for f in sim.store.feedback.values()]


# --- the card ---------------------------------------------------------------------------------


def test_the_card_shows_the_ticket_the_score_chosen_and_the_comment(emma, sim):
    html = card(emma, f"rate {PRINTER} 4 stars, quick and friendly")

    assert f"Rate #{PRINTER} “Printer on the 2nd floor keeps jamming”" in html
    assert checked_score(html) == [4]
    assert re.search(r"<textarea[^>]*name=\"comment\"[^>]*>\s*quick and friendly</textarea>", html)
    assert 'form="ask-confirm"' in html and 'id="ask-confirm"' in html
    assert "Confirm" in html and not sim.store.feedback


def test_confirm_rates_through_the_action_into_halos_feedback(emma, sim):
    html = card(emma, f"rate {PRINTER} 4 stars, quick and friendly")

    done = confirm(emma, html, score="4", comment="quick and friendly")

    assert "Thank you for rating ticket 3067." in done.content.decode()
    assert feedback(sim) == [(PRINTER, 4, "quick and friendly")]
    event = AuditEvent.objects.filter(action="rate_ticket", outcome="done").get()
    assert (event.channel, event.params["score"], event.params["comment"]) == (
        "ask",
        4,
        "quick and friendly",
    )
    assert event.text == f"rate {PRINTER} 4 stars, quick and friendly"


def test_what_is_changed_on_the_card_is_what_is_sent(emma, sim):
    html = card(emma, f"rate {PRINTER} 4 stars, quick and friendly")

    confirm(emma, html, score="2", comment="the printer jams again")

    assert feedback(sim) == [(PRINTER, 2, "the printer jams again")]


def test_an_emptied_comment_sends_none(emma, sim):
    html = card(emma, f"rate {PRINTER} 5/5 great job")

    confirm(emma, html, score="5", comment="")

    assert feedback(sim) == [(PRINTER, 5, "")]
    assert "comment" not in AuditEvent.objects.get(action="rate_ticket", outcome="done").params


def test_without_a_score_the_card_asks_for_one_and_confirm_needs_it(other_employee, client, sim):
    client.force_login(other_employee)
    html = card(client, f"{WIFI} 👍 great job")
    assert checked_score(html) == []
    assert re.search(r'<input type="radio" name="score" value="5"[^>]*\brequired\b', html)

    refused = confirm(client, html, comment="great job")
    again = CARD_RE.search(refused.content.decode()).group(0)
    assert refused.status_code == 200  # htmx swaps the card with the error into place
    assert "This field is required." in again and token(again) == token(html)
    assert not sim.store.feedback

    done = confirm(client, again, score="5", comment="great job")
    assert "Thank you for rating ticket 3121." in done.content.decode()
    assert feedback(sim) == [(WIFI, 5, "great job")]


@pytest.mark.parametrize("score", ["0", "6", "five hundred", ""])
def test_a_bad_score_on_the_card_sends_nothing(emma, sim, score):
    html = card(emma, f"rate {PRINTER} 4 stars")

    response = confirm(emma, html, score=score)

    assert "Thank you" not in response.content.decode() and not sim.store.feedback
    assert not PendingWrite.objects.filter(action="rate_ticket").exists()


def test_a_card_confirms_once(emma, sim):
    html = card(emma, f"rate {PRINTER} 4 stars")
    confirm(emma, html, score="4")

    second = confirm(emma, html, score="1")

    assert second.status_code == 400
    assert feedback(sim) == [(PRINTER, 4, "")]


def test_the_ticket_cannot_be_changed_on_the_card(emma, sim):
    html = card(emma, f"rate {PRINTER} 4 stars")

    confirm(emma, html, score="4", ticket_id=str(WIFI))

    assert feedback(sim) == [(PRINTER, 4, "")]


def test_edit_opens_the_ticket_page_with_what_was_typed(emma, sim):
    html = card(emma, f"rate {PRINTER} 4 stars, quick and friendly")
    edit = re.search(r'href="([^"]+)"[^>]*>Edit<', html).group(1).replace("&amp;", "&")

    assert edit.startswith(f"/tickets/{PRINTER}/?") and edit.endswith("#rating")
    assert parse_qs(urlsplit(edit).query) == {"score": ["4"], "comment": ["quick and friendly"]}
    page = emma.get(edit.split("#")[0]).content.decode()
    rating = page[page.index('id="rating"') :]
    assert checked_score(rating) == [4] and "quick and friendly</textarea>" in rating


def test_my_ticket_offers_my_closed_tickets_and_a_choice_leads_to_the_card(emma, sim):
    html = card(emma, "i want to rate my ticket")
    assert "Which one do you mean?" in html
    assert f'name="choice" value="{PRINTER}"' in html
    assert f'name="choice" value="{OUTLOOK}"' not in html

    chosen = card(emma, "i want to rate my ticket", param="ticket_id", choice=str(PRINTER))

    assert "Printer on the 2nd floor keeps jamming" in chosen and checked_score(chosen) == []


def test_without_htmx_confirm_rates_and_redirects(emma, sim):
    page = emma.post("/ask/", {"text": f"rate {PRINTER} 3 stars"}).content.decode()

    response = emma.post("/ask/confirm/", {"plan": token(page), "score": "3"})

    assert response.status_code == 302 and feedback(sim) == [(PRINTER, 3, "")]
    assert "Thank you for rating" in emma.get(response["Location"]).content.decode()


def test_without_htmx_a_missing_score_shows_the_page_again_with_400(emma, sim):
    page = emma.post("/ask/", {"text": f"rate {PRINTER} please"}).content.decode()

    response = emma.post("/ask/confirm/", {"plan": token(page)})

    assert response.status_code == 400 and "<html" in response.content.decode()
    assert not sim.store.feedback


# --- refused before Confirm -------------------------------------------------------------------


def test_someone_elses_ticket_and_a_missing_one_give_identical_cards(emma, sim):
    theirs = card(emma, f"rate {WIFI} 5 stars")
    missing = card(emma, f"rate {MISSING} 5 stars")

    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
    assert "was not found" in theirs and "Confirm" not in theirs
    assert strip.sub("", theirs.replace(str(WIFI), "N")) == strip.sub(
        "", missing.replace(str(MISSING), "N")
    )


def test_an_open_ticket_is_refused_with_a_clear_sentence(emma, sim):
    html = card(emma, f"rate {OUTLOOK} 5 stars")

    assert "is not closed yet; you can rate it once it is resolved" in html
    assert "Confirm" not in html


def test_rating_turned_off_is_refused_on_the_card(emma, sim):
    ActionPolicy.objects.create(action="rate_ticket", enabled=False)

    html = card(emma, f"rate {PRINTER} 5 stars")

    assert "Not done" in html and "Confirm" not in html


@pytest.mark.parametrize(
    "text", [f"rate {PRINTER} 0 stars", f"rate {PRINTER} 6/5", f"rate {PRINTER} five hundred"]
)
def test_a_bad_score_in_the_text_is_refused_on_the_card(emma, sim, text):
    html = card(emma, text)

    assert "A rating is a whole number of stars from 1 to 5" in html and "Confirm" not in html


def test_turned_off_after_the_card_was_shown_confirm_is_denied(emma, sim):
    html = card(emma, f"rate {PRINTER} 5 stars")
    ActionPolicy.objects.create(action="rate_ticket", enabled=False)

    done = confirm(emma, html, score="5")

    assert "Not done" in done.content.decode() and not sim.store.feedback


# --- Halo down ---------------------------------------------------------------------------------


def test_halo_down_at_confirm_keeps_the_rating_and_sends_it_later(emma, sim):
    html = card(emma, f"rate {PRINTER} 5 stars, great job")
    sim.faults.down = True

    pending = confirm(emma, html, score="5", comment="great job")

    assert "ask-pending" in pending.content.decode() and not sim.store.feedback
    write = PendingWrite.objects.get(action="rate_ticket")
    assert write.status == "queued"
    sim.faults.down = False
    assert actions.deliver(write, channel="retry").status == "done"
    assert feedback(sim) == [(PRINTER, 5, "great job")]


def test_a_german_browser_gets_the_rating_card_in_german(emma, sim):
    response = emma.post(
        "/ask/", {"text": f"rate {PRINTER} 4 stars"}, headers={**HX, "Accept-Language": "de"}
    )

    html = response.content.decode()
    # The sentence is German; the ticket's summary stays as Halo has it.
    assert f"#{PRINTER} “Printer on the 2nd floor keeps jamming” bewerten" in html
    assert "Bestätigen" in html
    refused = emma.post(
        "/ask/", {"text": f"rate {OUTLOOK} 4 stars"}, headers={**HX, "Accept-Language": "de"}
    )
    assert "ist noch nicht geschlossen" in refused.content.decode()
