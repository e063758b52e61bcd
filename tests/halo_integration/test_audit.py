"""The audit log is append-only and tamper-evident."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from halo_integration import audit
from halo_integration.models import AuditEvent

pytestmark = pytest.mark.django_db


def make_events(actor, n=3):
    return [
        audit.record(
            actor=actor,
            channel="web",
            action="add_note",
            outcome="done",
            params={"ticket_id": i, "note": "hi"},
        )
        for i in range(n)
    ]


def test_untouched_chain_verifies(employee, capsys):
    make_events(employee)

    assert list(audit.verify_chain()) == []
    call_command("verify_audit")
    assert "3 events verified" in capsys.readouterr().out


def test_altering_a_row_is_detected(employee):
    events = make_events(employee)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE halo_integration_auditevent SET outcome = 'denied' WHERE id = %s",
            [events[1].pk],
        )

    problems = list(audit.verify_chain())

    assert [p.event_id for p in problems] == [events[1].pk]
    with pytest.raises(CommandError, match="FAILED"):
        call_command("verify_audit")


def test_removing_a_row_is_detected(employee):
    events = make_events(employee)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM halo_integration_auditevent WHERE id = %s", [events[1].pk])

    assert [p.event_id for p in audit.verify_chain()] == [
        events[2].pk,
        0,
    ]  # 0: the count is off too


def test_removing_the_last_row_is_detected(employee):
    events = make_events(employee)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM halo_integration_auditevent WHERE id = %s", [events[-1].pk])

    assert [p.event_id for p in audit.verify_chain()] == [0]


def test_events_cannot_be_edited_or_deleted_through_the_orm(employee):
    event = make_events(employee, 1)[0]

    event.reason = "changed"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(reason="x")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()


def test_secrets_in_parameters_are_redacted(employee):
    event = audit.record(
        actor=employee,
        channel="admin",
        action="connection.save",
        outcome="done",
        params={"client_secret": "s3cr3t", "nested": {"api_key": "k", "url": "https://h"}},
    )

    assert event.params == {
        "client_secret": "[redacted]",
        "nested": {"api_key": "[redacted]", "url": "https://h"},
    }
