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


def test_changing_who_acted_is_detected(employee, portal_admin):
    events = make_events(employee)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE halo_integration_auditevent SET actor_id = %s WHERE id = %s",
            [portal_admin.pk, events[0].pk],
        )

    assert [p.event_id for p in audit.verify_chain()] == [events[0].pk]


def head_printed(capsys):
    call_command("verify_audit", "--head")
    return capsys.readouterr().out.strip()


def test_head_is_count_and_last_hash(employee, capsys):
    events = make_events(employee)

    assert head_printed(capsys) == f"3:{events[-1].hash}"


def test_a_head_exported_earlier_still_verifies_as_the_log_grows(employee, capsys):
    make_events(employee)
    head = head_printed(capsys)
    make_events(employee, 2)

    call_command("verify_audit", "--expect", head)

    assert f"5 events verified (contains the expected head {head})" in capsys.readouterr().out


def test_cutting_off_the_tail_and_its_bookkeeping_is_caught_by_the_exported_head(employee, capsys):
    events = make_events(employee)
    head = head_printed(capsys)
    with connection.cursor() as cursor:  # what someone covering their tracks would do
        cursor.execute("DELETE FROM halo_integration_auditevent WHERE id = %s", [events[-1].pk])
        cursor.execute(
            "UPDATE halo_integration_auditchainhead SET count = 2, last_hash = %s",
            [events[1].hash],
        )
    call_command("verify_audit")  # the chain alone cannot tell

    with pytest.raises(CommandError, match="FAILED"):
        call_command("verify_audit", "--expect", head)
    assert "fewer events than the head" in capsys.readouterr().err


def test_rewriting_the_chain_is_caught_by_the_exported_head(employee, capsys):
    make_events(employee, 2)
    head = head_printed(capsys)
    AuditEvent.objects.all()._raw_delete(AuditEvent.objects.db)  # wipe, then write a new history
    from halo_integration.models import AuditChainHead

    AuditChainHead.objects.all().delete()
    make_events(employee, 2)

    with pytest.raises(CommandError, match="FAILED"):
        call_command("verify_audit", "--expect", head)
    assert "does not match the exported head" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["", "3", "x:abc", "3:" + "g" * 64, "3:" + "a" * 10])
def test_a_malformed_expected_head_is_refused(employee, bad):
    with pytest.raises(CommandError, match="--expect"):
        call_command("verify_audit", "--expect", bad)


def _rehash_migration():
    import importlib

    return importlib.import_module(
        "halo_integration.migrations.0003_pendingwrite_bigint_audit_actor_hash"
    )


def _migration_apps():
    """The models as the migration sees them (historical models, without the portal's managers)."""
    from django.db.migrations.loader import MigrationLoader

    state = MigrationLoader(connection).project_state(
        ("halo_integration", "0003_pendingwrite_bigint_audit_actor_hash")
    )
    return state.apps


def _as_before_the_upgrade(events):
    """Store the events with hashes as the portal computed them before actor_id was covered."""
    migration = _rehash_migration()
    previous = audit.GENESIS
    with connection.cursor() as cursor:
        for event in events:
            old = migration._hash(event, previous, migration.OLD_FIELDS)
            cursor.execute(
                "UPDATE halo_integration_auditevent SET prev_hash = %s, hash = %s WHERE id = %s",
                [previous, old, event.pk],
            )
            previous = old
        cursor.execute("UPDATE halo_integration_auditchainhead SET last_hash = %s", [previous])


def test_the_upgrade_rehashes_an_intact_log_to_cover_actor_id(employee):
    apps = _migration_apps()
    _as_before_the_upgrade(make_events(employee))
    assert list(audit.verify_chain()) != []

    _rehash_migration().rehash(apps, None)

    assert list(audit.verify_chain()) == []


def test_the_upgrade_leaves_a_tampered_log_as_it_was(employee):
    apps = _migration_apps()
    events = make_events(employee)
    _as_before_the_upgrade(events)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE halo_integration_auditevent SET outcome = 'denied' WHERE id = %s",
            [events[1].pk],
        )
    before = list(AuditEvent.objects.order_by("id").values_list("hash", flat=True))

    _rehash_migration().rehash(apps, None)

    assert list(AuditEvent.objects.order_by("id").values_list("hash", flat=True)) == before
