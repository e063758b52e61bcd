"""reopen_ticket and rate_ticket: allowed, too late, someone else's ticket, bad input, Halo down,
and the rating's fallback to a visible note where the instance has no /Feedback."""

from __future__ import annotations

import pytest

from halo_integration import actions
from halo_integration.models import AuditEvent, PendingWrite
from tests.fixtures.audit import last_event

pytestmark = pytest.mark.django_db

EMMAS_TICKET = 3115  # open, requested by emma.jones in the simulator's seed
EMMAS_OLD_TICKET = 3005  # closed in August: long past the reopen period
LIAMS_TICKET = 3120
CLOSED, IN_PROGRESS = 9, 2


def run(actor, name, **params):
    return actions.run_action(actor=actor, name=name, params=params, channel="web")


def close_now(sim, ticket_id):
    sim.store.apply_status(sim.store.tickets[ticket_id], CLOSED, sim.clock())


# --- reopen_ticket ------------------------------------------------------------------------------


def test_a_recently_resolved_ticket_is_reopened_with_the_reason_as_a_visible_note(
    halo_connected, sim, employee
):
    close_now(sim, EMMAS_TICKET)

    result = run(employee, "reopen_ticket", ticket_id=EMMAS_TICKET, note="It asks again today")

    assert result.status == "done", result.message
    ticket = sim.store.tickets[EMMAS_TICKET]
    assert ticket["status_id"] == IN_PROGRESS and not ticket["hasbeenclosed"]
    note = sim.store.actions[EMMAS_TICKET][-1]
    assert "It asks again today" in note["note"] and note["hiddenfromuser"] is False
    event = last_event()
    assert (event.action, event.outcome, event.halo_ids["status_id"]) == (
        "reopen_ticket",
        "done",
        IN_PROGRESS,
    )


def test_past_the_reopen_period_the_person_is_asked_to_open_a_new_ticket(
    halo_connected, sim, employee
):
    before = len(sim.store.actions[EMMAS_OLD_TICKET])

    result = run(employee, "reopen_ticket", ticket_id=EMMAS_OLD_TICKET, note="Broken again")

    assert result.status == "denied"
    assert "open a new ticket" in result.message and "14 days" in result.message
    assert sim.store.tickets[EMMAS_OLD_TICKET]["status_id"] == CLOSED
    assert len(sim.store.actions[EMMAS_OLD_TICKET]) == before
    assert last_event().outcome == "denied"


def test_the_reopen_period_is_a_setting(halo_connected, sim, employee, settings):
    settings.REOPEN_DAYS = 10_000

    result = run(employee, "reopen_ticket", ticket_id=EMMAS_OLD_TICKET, note="Broken again")

    assert result.status == "done", result.message


def test_someone_elses_ticket_cannot_be_reopened_and_answers_like_a_missing_one(
    halo_connected, sim, employee
):
    close_now(sim, LIAMS_TICKET)

    theirs = run(employee, "reopen_ticket", ticket_id=LIAMS_TICKET, note="mine now")
    missing = run(employee, "reopen_ticket", ticket_id=999_999, note="mine now")

    assert theirs.status == "not_found" and missing.status == "not_found"
    assert sim.store.tickets[LIAMS_TICKET]["status_id"] == CLOSED
    assert AuditEvent.objects.filter(action="reopen_ticket", outcome="denied").count() == 1


@pytest.mark.parametrize(
    ("params", "field"),
    [({"ticket_id": EMMAS_TICKET}, "note"), ({"note": "again"}, "ticket_id")],
)
def test_a_reason_and_a_ticket_are_required(halo_connected, employee, params, field):
    result = run(employee, "reopen_ticket", **params)

    assert result.status == "invalid" and field in result.errors


def test_an_open_ticket_is_not_reopened(halo_connected, sim, employee):
    result = run(employee, "reopen_ticket", ticket_id=EMMAS_TICKET, note="again")

    assert result.status == "invalid" and "not closed" in result.errors["ticket_id"]


def test_while_halo_is_down_the_reopen_is_kept_and_sent_later(halo_connected, sim, employee):
    close_now(sim, EMMAS_TICKET)
    sim.faults.down = True

    result = run(employee, "reopen_ticket", ticket_id=EMMAS_TICKET, note="It asks again")

    assert result.status == "pending"
    write = PendingWrite.objects.get(reference=result.reference)
    sim.faults.down = False
    delivered = actions.deliver(write, channel="retry")
    assert delivered.status == "done", delivered.message
    assert sim.store.tickets[EMMAS_TICKET]["status_id"] == IN_PROGRESS


def test_an_admin_can_turn_reopening_off(halo_connected, sim, employee):
    from halo_integration.models import ActionPolicy

    ActionPolicy.objects.create(action="reopen_ticket", enabled=False, audience="both")
    close_now(sim, EMMAS_TICKET)

    result = run(employee, "reopen_ticket", ticket_id=EMMAS_TICKET, note="again")

    assert result.status == "denied"
    assert sim.store.tickets[EMMAS_TICKET]["status_id"] == CLOSED


# --- rate_ticket --------------------------------------------------------------------------------


def test_a_resolved_ticket_is_rated_through_halos_feedback(halo_connected, sim, employee):
    close_now(sim, EMMAS_TICKET)

    result = run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=4, comment="Quick fix")

    assert result.status == "done", result.message
    [feedback] = sim.store.feedback.values()
    assert (feedback["ticket_id"], feedback["score"], feedback["comment"]) == (
        EMMAS_TICKET,
        4,
        "Quick fix",
    )
    event = last_event()
    assert event.action == "rate_ticket" and event.params["score"] == 4
    assert event.params["comment"] == "Quick fix"
    assert event.halo_ids["sent_as"] == "feedback"


def test_without_feedback_in_halo_the_rating_becomes_a_visible_note(halo_connected, sim, employee):
    sim.store.has_feedback = False
    close_now(sim, EMMAS_TICKET)

    result = run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=2, comment="Slow")

    assert result.status == "done", result.message
    note = sim.store.actions[EMMAS_TICKET][-1]
    assert note["note"] == "Rating: 2 of 5. Slow" and note["hiddenfromuser"] is False
    assert sim.store.tickets[EMMAS_TICKET]["status_id"] == CLOSED  # still resolved
    assert last_event().halo_ids["sent_as"] == "note"


def test_a_ticket_is_rated_once(halo_connected, sim, employee):
    close_now(sim, EMMAS_TICKET)
    assert run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=5).status == "done"

    again = run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=1)

    assert again.status == "invalid" and "already rated" in again.errors["ticket_id"]
    assert len(sim.store.feedback) == 1


@pytest.mark.parametrize("score", [0, 6, "five", None])
def test_the_score_is_one_to_five(halo_connected, sim, employee, score):
    close_now(sim, EMMAS_TICKET)

    result = run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=score)

    assert result.status == "invalid" and "score" in result.errors
    assert not sim.store.feedback


def test_an_open_ticket_cannot_be_rated_yet(halo_connected, sim, employee):
    result = run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=3)

    assert result.status == "invalid" and not sim.store.feedback


def test_only_the_requester_rates_even_an_admin_cannot_rate_for_them(
    halo_connected, sim, employee, portal_admin
):
    close_now(sim, LIAMS_TICKET)

    by_employee = run(employee, "rate_ticket", ticket_id=LIAMS_TICKET, score=1)
    by_admin = run(portal_admin, "rate_ticket", ticket_id=LIAMS_TICKET, score=1)

    assert by_employee.status == "not_found"
    assert by_admin.status in {"not_found", "no_identity"}
    assert not sim.store.feedback


def test_while_halo_is_down_the_rating_is_kept_and_sent_later(halo_connected, sim, employee):
    close_now(sim, EMMAS_TICKET)
    sim.faults.down = True

    result = run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=5)

    assert result.status == "pending"
    sim.faults.down = False
    write = PendingWrite.objects.get(reference=result.reference)
    assert actions.deliver(write, channel="retry").status == "done"
    assert [f["score"] for f in sim.store.feedback.values()] == [5]


def test_the_rating_is_shown_in_the_admin_audit_log(
    halo_connected, sim, employee, client, portal_admin
):
    close_now(sim, EMMAS_TICKET)
    run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=3, comment="Took a while")
    event = AuditEvent.objects.get(action="rate_ticket")
    client.force_login(portal_admin)

    listing = client.get("/admin/halo_integration/auditevent/", {"q": "rate_ticket"})
    detail = client.get(f"/admin/halo_integration/auditevent/{event.pk}/change/")

    assert listing.status_code == 200 and "rate_ticket" in listing.content.decode()
    page = detail.content.decode()
    assert "Took a while" in page and "score" in page


def test_a_rating_whose_answer_was_lost_is_found_not_sent_twice(halo_connected, sim, employee):
    close_now(sim, EMMAS_TICKET)
    sim.faults.lose_next_write_response()  # Halo stores the rating, its answer never arrives

    result = run(employee, "rate_ticket", ticket_id=EMMAS_TICKET, score=3, comment="Slow")

    assert result.status == "pending"
    write = PendingWrite.objects.get(reference=result.reference)
    assert actions.deliver(write, channel="retry").status == "done"
    assert [(f["score"], f["comment"]) for f in sim.store.feedback.values()] == [(3, "Slow")]
    posts = [r for r in sim.requests if r.method == "POST" and r.path == "/api/Feedback"]
    assert len(posts) == 1
