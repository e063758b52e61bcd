"""A real Celery worker carries a write queued while Halo was down, once Halo is back.

The broker is Redis when TEST_REDIS_URL is set (CI starts one), else kombu's in-memory transport."""

from __future__ import annotations

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker

from halo_integration import actions
from halo_integration.models import PendingWrite
from portal.celery import app
from tests.fixtures.waiting import wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery_worker]


@pytest.fixture
def celery_worker_on_real_broker(settings):
    broker = os.environ.get("TEST_REDIS_URL", "memory://")
    settings.HALO_RETRY_BASE_SECONDS = 0.5
    app.conf.update(broker_url=broker, task_always_eager=False)
    if broker.startswith("redis://"):
        app.connection_for_write().default_channel.client.flushdb()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        yield broker
    app.conf.update(broker_url="memory://")


def test_queued_ticket_is_delivered_by_the_worker_after_halo_returns(
    halo_connected, sim, employee, celery_worker_on_real_broker
):
    actions.run_action(
        actor=employee, name="list_tickets", params={}, channel="web"
    )  # identity cached
    sim.faults.down = True

    result = actions.run_action(
        actor=employee, name="create_ticket", params={"summary": "Dock not detected"}, channel="web"
    )

    assert result.status == "pending"
    time.sleep(1.5)  # the worker tries while Halo is still down and reschedules itself
    assert PendingWrite.objects.get(reference=result.reference).status == "queued"
    sim.faults.down = False

    assert wait_until(
        lambda: PendingWrite.objects.get(reference=result.reference).status == "done",
        timeout=30.0,
        poll=0.2,
    )
    write = PendingWrite.objects.get(reference=result.reference)
    created = [t for t in sim.store.tickets.values() if result.reference in str(t.get("details"))]
    assert len(created) == 1
    assert write.ticket_id == created[0]["id"]
    assert write.attempts >= 2
