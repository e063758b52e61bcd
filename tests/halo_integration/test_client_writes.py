"""HaloClient's writes: arrays that upsert by id, notes with outcomes, never a repeated POST."""

from __future__ import annotations

import httpx
import pytest

from halo_integration.errors import (
    HaloUnavailable,
)
from halo_integration.schemas import Ticket
from tests.halo_integration.client_support import (
    ACME,
    EMMA,
    calls_to,
    make_client,
)

# --- writes --------------------------------------------------------------------------------------


def test_create_ticket_posts_an_array_and_returns_the_new_ticket(sim, halo):
    created = halo.create_ticket(
        {
            "summary": "Printer offline",
            "details": "Floor 3",
            "user_id": EMMA,
            "site_id": 31,
            "id": 55,
        }
    )

    post = calls_to(sim, "POST", "/api/Tickets")[0]
    assert post.body == [
        {"summary": "Printer offline", "details": "Floor 3", "user_id": EMMA, "site_id": 31}
    ]
    assert isinstance(created, Ticket)
    assert created.id != 55
    assert created.summary == "Printer offline"
    assert sim.store.tickets[created.id]["user_id"] == EMMA


def test_update_ticket_sends_the_id_and_changes_only_the_named_fields(sim, halo):
    before = dict(sim.store.tickets[3115])
    count = len(sim.store.tickets)

    updated = halo.update_ticket(3115, {"summary": "Outlook password loop"})

    assert calls_to(sim, "POST", "/api/Tickets")[0].body == [
        {"summary": "Outlook password loop", "id": 3115}
    ]
    assert updated is not None and updated.id == 3115
    assert sim.store.tickets[3115]["summary"] == "Outlook password loop"
    assert sim.store.tickets[3115]["user_id"] == before["user_id"]
    assert len(sim.store.tickets) == count


def test_update_ticket_without_an_id_is_refused_before_calling_halo(sim, halo):
    with pytest.raises(ValueError):
        halo.update_ticket(0, {"summary": "would create a ticket"})

    assert sim.requests == []


def test_add_action_requires_an_outcome(sim, halo):
    with pytest.raises(ValueError, match="outcome"):
        halo.add_action(3115, note="hello")

    assert sim.requests == []


@pytest.mark.parametrize(
    ("kwargs", "outcome"),
    [({"outcome_id": 3}, "Public Note"), ({"outcome": "Private Note"}, "Private Note")],
)
def test_add_action_posts_a_note_with_its_outcome(sim, halo, kwargs, outcome):
    action = halo.add_action(
        3115, note="We are on it", hiddenfromuser=outcome == "Private Note", **kwargs
    )

    post = calls_to(sim, "POST", "/api/Actions")[0]
    assert isinstance(post.body, list) and len(post.body) == 1
    assert post.body[0]["ticket_id"] == 3115
    assert action is not None and action.outcome == outcome
    assert sim.store.actions[3115][-1]["note"] == "We are on it"


def test_add_action_can_change_the_ticket_status(sim, halo):
    halo.add_action(3115, note="Fixed", outcome_id=3, new_status=9)

    assert sim.store.tickets[3115]["status_id"] == 9
    assert sim.store.tickets[3115]["hasbeenclosed"] is True


def test_a_post_answered_5xx_is_not_repeated(sim, recorded_halo, sleeps):
    before = len(sim.store.tickets)
    sim.faults.fail_next(1, status=500)

    with pytest.raises(HaloUnavailable) as raised:
        recorded_halo.create_ticket({"summary": "Once only", "client_id": ACME})

    assert raised.value.write_may_have_committed is True
    assert len(calls_to(sim, "POST", "/api/Tickets")) == 1
    assert sleeps == []
    assert len(sim.store.tickets) == before  # this failure happened before Halo wrote anything


def test_a_post_whose_answer_is_lost_is_not_repeated_and_was_committed(sim, recorded_halo, sleeps):
    sim.faults.lose_next_write_response(1)

    with pytest.raises(HaloUnavailable) as raised:
        recorded_halo.create_ticket({"summary": "Lost answer", "client_id": ACME})

    assert raised.value.write_may_have_committed is True
    posts = calls_to(sim, "POST", "/api/Tickets")
    assert [r.status for r in posts] == [504]
    assert sleeps == []
    assert [t["summary"] for t in sim.store.tickets.values()].count("Lost answer") == 1


def test_a_lost_action_answer_is_not_repeated_either(sim, halo):
    notes_before = len(sim.store.actions[3115])
    sim.faults.lose_next_write_response(1)

    with pytest.raises(HaloUnavailable) as raised:
        halo.add_action(3115, note="Lost note", outcome_id=3)

    assert raised.value.write_may_have_committed
    assert len(calls_to(sim, "POST", "/api/Actions")) == 1
    assert len(sim.store.actions[3115]) == notes_before + 1


def test_a_post_answered_429_is_retried_because_halo_did_not_process_it(sim, recorded_halo, sleeps):
    sim.faults.fail_with_429(1, retry_after=2)

    created = recorded_halo.create_ticket({"summary": "Retried after 429", "client_id": ACME})

    assert [r.status for r in calls_to(sim, "POST", "/api/Tickets")] == [429, 201]
    assert sleeps == [2.0]
    assert [t["id"] for t in sim.store.tickets.values() if t["summary"] == "Retried after 429"] == [
        created.id
    ]


def test_a_post_that_never_connected_is_retried(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)
    refused = {"left": 1}

    def refuse_first_post(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path == "/api/Tickets" and refused["left"]:
            refused["left"] -= 1
            raise httpx.ConnectError("connection refused", request=request)
        return inner.handle_request(request)

    with make_client(sim, httpx.MockTransport(refuse_first_post), sleep=sleeps.append) as halo:
        created = halo.create_ticket({"summary": "After refusal", "client_id": ACME})

    assert len(calls_to(sim, "POST", "/api/Tickets")) == 1
    assert created is not None and created.summary == "After refusal"
    assert len(sleeps) == 1


def test_a_post_that_timed_out_reading_is_not_retried(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)

    def read_timeout_on_post(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.startswith("/api/"):
            inner.handle_request(request)  # Halo got it and wrote it; the answer never came
            raise httpx.ReadTimeout("timed out", request=request)
        return inner.handle_request(request)

    with (
        make_client(sim, httpx.MockTransport(read_timeout_on_post), sleep=sleeps.append) as halo,
        pytest.raises(HaloUnavailable) as raised,
    ):
        halo.create_ticket({"summary": "Slow write", "client_id": ACME})

    assert raised.value.write_may_have_committed
    assert len(calls_to(sim, "POST", "/api/Tickets")) == 1
    assert sleeps == []
