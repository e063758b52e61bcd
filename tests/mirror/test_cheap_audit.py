"""Reads stay audited, cheaply: one plain INSERT per page view, repeats coalesced, chained in a
batch by the periodic task; writes and refusals keep their chained row at once."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from halo_integration import audit, tasks
from halo_integration.models import AuditEvent, AuditRead
from tests.mirror.conftest import EMMAS_TICKET, LIAMS_TICKET

pytestmark = pytest.mark.django_db


def writes(queries) -> list[str]:
    return [
        q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
    ]


def test_a_page_view_from_the_mirror_costs_at_most_one_plain_insert(emma, sim, settings):
    emma.get(f"/tickets/{EMMAS_TICKET}/")  # cold: Halo is read into the mirror
    settings.AUDIT_READ_WINDOW = 0  # every view is recorded here, to count what one costs
    with CaptureQueriesContext(connection) as queries:
        assert emma.get(f"/tickets/{EMMAS_TICKET}/").status_code == 200
    changed = [sql for sql in writes(queries) if "django_session" not in sql and "axes" not in sql]
    assert len(changed) == 1 and "halo_integration_auditread" in changed[0]


def test_repeated_reads_are_coalesced_and_chained_in_a_batch(emma, sim):
    for _ in range(5):
        emma.get(f"/tickets/{EMMAS_TICKET}/")
    emma.get("/tickets/")
    assert AuditRead.objects.count() == 2  # one per thing read, not per view

    assert tasks.chain_audit_reads() == 2
    assert AuditRead.objects.count() == 0
    chained = AuditEvent.objects.filter(action__in=["get_ticket", "list_tickets"])
    assert chained.count() == 2 and all(e.outcome == "done" for e in chained)
    assert list(audit.verify_chain()) == []


def test_refusals_and_writes_are_chained_at_once(emma, sim):
    emma.get(f"/tickets/{LIAMS_TICKET}/")  # someone else's: a denial
    emma.post(f"/tickets/{EMMAS_TICKET}/notes/", {"note": "Still broken"})

    assert AuditEvent.objects.filter(action="get_ticket", outcome="denied").count() == 1
    assert AuditEvent.objects.filter(action="add_note", outcome="done").count() == 1
    assert list(audit.verify_chain()) == []
