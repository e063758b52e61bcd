"""The outbox delivers every write exactly once, whatever happens to the attempt carrying it:
a worker that dies mid-call, an exception that is not a Halo error, an answer that cannot be read,
eager mode with Halo down."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from halo_integration import actions
from halo_integration.client import HaloClient
from halo_integration.errors import HaloRejected
from halo_integration.models import AuditEvent, PendingWrite
from portal.celery import app

pytestmark = pytest.mark.django_db

EMMAS_TICKET = 3115


class WorkerKilled(BaseException):
    """Stands in for SIGKILL: nothing in the portal catches it, so the claim stays taken."""


@contextmanager
def after_halo_stored_it(method, error):
    """While inside: HaloClient.<method> does its work in Halo, then fails with `error`."""
    original = getattr(HaloClient, method)

    def stored_then_failed(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise error

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(HaloClient, method, stored_then_failed)
        yield


def tickets_with(sim, reference):
    return [t for t in sim.store.tickets.values() if reference in str(t.get("details"))]


def notes_with(sim, ticket_id, text):
    return [a for a in sim.store.actions[ticket_id] if a["note"] == text]


def let_the_claim_expire(write):
    PendingWrite.objects.filter(pk=write.pk).update(
        claimed_until=timezone.now() - timedelta(seconds=1)
    )


def only_write():
    return PendingWrite.objects.get()


def test_a_ticket_whose_worker_died_mid_call_is_found_not_created_again(
    halo_connected, sim, employee
):
    actions.run_action(actor=employee, name="list_tickets", params={}, channel="web")
    with after_halo_stored_it("create_ticket", WorkerKilled()), pytest.raises(WorkerKilled):
        actions.run_action(
            actor=employee, name="create_ticket", params={"summary": "Dock flickers"}, channel="web"
        )
    write = only_write()
    assert write.status == "queued" and write.claimed_until is not None

    assert actions.deliver(write, channel="retry").status == "pending"  # still claimed: hands off
    let_the_claim_expire(write)
    result = actions.deliver(write, channel="retry")

    assert result.status == "done"
    assert len(tickets_with(sim, write.reference)) == 1
    assert PendingWrite.objects.get(pk=write.pk).maybe_committed


def test_a_note_whose_worker_died_mid_call_is_not_posted_twice(halo_connected, sim, employee):
    actions.run_action(
        actor=employee, name="get_ticket", params={"ticket_id": EMMAS_TICKET}, channel="web"
    )
    with after_halo_stored_it("add_action", WorkerKilled()), pytest.raises(WorkerKilled):
        actions.run_action(
            actor=employee,
            name="add_note",
            channel="web",
            params={"ticket_id": EMMAS_TICKET, "note": "Rebooted twice"},
        )
    write = only_write()
    let_the_claim_expire(write)

    assert actions.deliver(write, channel="retry").status == "done"
    assert len(notes_with(sim, EMMAS_TICKET, "Rebooted twice")) == 1


def test_an_unexpected_exception_lets_the_write_go_as_maybe_committed(
    halo_connected, sim, employee
):
    actions.run_action(actor=employee, name="list_tickets", params={}, channel="web")
    with after_halo_stored_it("create_ticket", ValueError("cannot read Halo's answer")):
        result = actions.run_action(
            actor=employee, name="create_ticket", params={"summary": "Badge reader"}, channel="web"
        )

    assert result.status == "pending"
    write = only_write()
    assert write.status == "queued"
    assert write.claimed_until is None  # not left claimed for the sweep to resend blindly
    assert write.maybe_committed
    assert "ValueError" in write.last_error
    assert actions.deliver(write, channel="retry").status == "done"
    assert len(tickets_with(sim, write.reference)) == 1


def test_a_yes_with_an_unreadable_answer_is_looked_for_not_resent(halo_connected, sim, employee):
    actions.run_action(
        actor=employee, name="get_ticket", params={"ticket_id": EMMAS_TICKET}, channel="web"
    )
    unreadable = HaloRejected("Halo answered with something other than JSON", status_code=200)
    with after_halo_stored_it("add_action", unreadable):
        result = actions.run_action(
            actor=employee,
            name="add_note",
            channel="web",
            params={"ticket_id": EMMAS_TICKET, "note": "Printer jams again"},
        )

    assert result.status == "pending"
    assert actions.deliver(only_write(), channel="retry").status == "done"
    assert len(notes_with(sim, EMMAS_TICKET, "Printer jams again")) == 1


@pytest.fixture
def eager_celery(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.HALO_RETRY_BASE_SECONDS = 0  # the sweep may retry at once
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = False


@pytest.mark.django_db(transaction=True)  # on_commit hooks run, as in a real request
def test_eager_mode_with_halo_down_tries_once_and_leaves_the_write_to_the_sweep(
    halo_connected, sim, employee, eager_celery, capsys
):
    actions.run_action(actor=employee, name="list_tickets", params={}, channel="web")
    sim.faults.down = True

    result = actions.run_action(
        actor=employee, name="create_ticket", params={"summary": "No Wi-Fi"}, channel="web"
    )

    assert result.status == "pending"
    write = PendingWrite.objects.get(reference=result.reference)
    assert write.attempts == 1  # no retry inside this request, let alone a recursive one
    assert write.status == "queued"
    assert AuditEvent.objects.filter(write_reference=result.reference).count() == 1

    sim.faults.down = False
    call_command("deliver_writes")

    assert "1 write(s) tried; 0 still waiting" in capsys.readouterr().out
    assert PendingWrite.objects.get(pk=write.pk).status == "done"
    assert len(tickets_with(sim, write.reference)) == 1


def test_only_one_sweep_runs_at_a_time_across_beats(halo_connected, sim, employee, settings):
    from django.core.cache import cache

    from halo_integration import tasks

    settings.HALO_RETRY_BASE_SECONDS = 0
    actions.run_action(actor=employee, name="list_tickets", params={}, channel="web")
    sim.faults.down = True
    actions.run_action(
        actor=employee, name="create_ticket", params={"summary": "Dock"}, channel="web"
    )
    sim.faults.down = False
    cache.add(tasks.SWEEP_LOCK, "another beat's sweep", timeout=60)

    assert tasks.deliver_due_writes() == 0  # the other sweep is running
    assert only_write().status == "queued"
    cache.delete(tasks.SWEEP_LOCK)
    assert tasks.deliver_due_writes() == 1
    assert only_write().status == "done"
    assert cache.get(tasks.SWEEP_LOCK) is None  # let go after the sweep


def test_a_sweep_killed_holding_the_lock_delays_the_next_by_one_interval_at_most(
    halo_connected, sim, employee, settings, monkeypatch
):
    import time

    from halo_integration import tasks

    settings.HALO_RETRY_BASE_SECONDS = 0
    settings.OUTBOX_SWEEP_SECONDS = 1
    actions.run_action(actor=employee, name="list_tickets", params={}, channel="web")
    sim.faults.down = True
    actions.run_action(
        actor=employee, name="create_ticket", params={"summary": "Dock"}, channel="web"
    )
    sim.faults.down = False

    def killed(**kwargs):
        raise WorkerKilled

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(actions, "deliver_due_writes", killed)
        patch.setattr(tasks.cache, "delete", lambda key: None)  # SIGKILL: no `finally` runs
        with pytest.raises(WorkerKilled):
            tasks.deliver_due_writes()  # dies holding the lock
    assert tasks.deliver_due_writes() == 0  # still held …
    time.sleep(1.1)

    assert tasks.deliver_due_writes() == 1  # … but for one sweep interval only
    assert only_write().status == "done"
