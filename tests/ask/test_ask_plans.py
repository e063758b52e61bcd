"""A confirm card runs once, for the person and session it was shown to, within ten minutes;
without htmx the confirm redirects after the POST. Cancel's next= stays on the portal."""

from __future__ import annotations

import re
import time

import pytest
from django.test import Client

from tests.fixtures.web import HX

EMMAS_TICKET = 3115
NOTE = "tried rebooting twice"

pytestmark = pytest.mark.django_db


def card_token(client, text=f"Add a note to my ticket {EMMAS_TICKET}: {NOTE}"):
    html = client.post("/ask/", {"text": text}, headers=HX).content.decode()
    match = re.search(r'name="plan" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


def notes(sim):
    return [a for a in sim.store.actions[EMMAS_TICKET] if NOTE in str(a.get("note"))]


def test_confirming_the_same_plan_three_times_adds_one_note(employee_client, sim):
    token = card_token(employee_client)

    answers = [employee_client.post("/ask/confirm/", {"plan": token}, headers=HX) for _ in range(3)]

    assert len(notes(sim)) == 1
    assert [a.status_code for a in answers] == [200, 400, 400]
    assert "already confirmed" in answers[1].content.decode()


def test_someone_elses_plan_is_refused(employee_client, sim, other_employee):
    token = card_token(employee_client)
    other = Client()
    other.force_login(other_employee)

    assert other.post("/ask/confirm/", {"plan": token}, headers=HX).status_code == 400
    assert notes(sim) == []


def test_a_plan_from_another_session_of_the_same_person_is_refused(employee_client, sim, employee):
    token = card_token(employee_client)
    elsewhere = Client()
    elsewhere.force_login(employee)  # a second sign-in: a new session

    assert elsewhere.post("/ask/confirm/", {"plan": token}, headers=HX).status_code == 400
    assert notes(sim) == []


def test_a_plan_older_than_ten_minutes_is_refused(employee_client, sim, monkeypatch):
    token = card_token(employee_client)
    later = time.time() + 601
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)

    assert employee_client.post("/ask/confirm/", {"plan": token}, headers=HX).status_code == 400
    assert notes(sim) == []


def test_without_htmx_confirm_redirects_and_a_refresh_sends_nothing_again(employee_client, sim):
    token = card_token(employee_client)

    posted = employee_client.post("/ask/confirm/", {"plan": token})

    assert posted.status_code == 302 and posted["Location"] == "/ask/result/"
    shown = employee_client.get("/ask/result/")
    again = employee_client.get("/ask/result/")  # the refresh after the redirect
    assert "Note added" in shown.content.decode()
    assert "Note added" in again.content.decode()
    assert len(notes(sim)) == 1


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "http:\\\\evil.example",
        " //evil.example",
    ],
)
def test_cancel_never_redirects_off_the_portal(employee_client, target):
    response = employee_client.post("/ask/cancel/", {"next": target})

    assert response.status_code == 302
    assert response["Location"] == "/"


def test_cancel_returns_to_a_page_of_the_portal(employee_client):
    response = employee_client.post("/ask/cancel/", {"next": "/tickets/?status=open"})

    assert response["Location"] == "/tickets/?status=open"


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"]
)
def test_sign_in_never_redirects_off_the_portal(employee_client, target):
    response = employee_client.get("/accounts/login/", {"next": target})

    assert response.status_code == 302
    assert response["Location"] == "/"
