"""The audit log in Django admin: read-only for everyone, exportable as CSV and JSON lines with
the list's own filters, and a "Verify chain" page that notices tampering."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.db import connection
from django.urls import reverse

from halo_integration import audit
from halo_integration.models import AuditEvent

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/halo_integration/auditevent/"
EXPORT_CSV = CHANGELIST + "export.csv"
EXPORT_JSONL = CHANGELIST + "export.jsonl"
VERIFY = CHANGELIST + "verify/"


@pytest.fixture
def events(employee, other_employee):
    """Three attempts: one done, one denied, one failed."""
    return [
        audit.record(
            actor=employee,
            channel="web",
            action="create_ticket",
            outcome="done",
            params={"summary": "Printer jams", "client_secret": "hunter2"},
            halo_ids={"ticket_id": 3201},
        ),
        audit.record(
            actor=other_employee,
            channel="ask",
            action="update_ticket",
            outcome="denied",
            decision="denied",
            reason="only portal admins may do this",
            text='=HYPERLINK("http://evil.example")',
        ),
        audit.record(
            actor=employee,
            channel="web",
            action="add_note",
            outcome="failed",
            error="Halo refused the note",
            write_reference="W-ABC123",
        ),
    ]


def change_url(event):
    return reverse("admin:halo_integration_auditevent_change", args=[event.pk])


def read_csv(response):
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def read_jsonl(response):
    body = b"".join(response.streaming_content).decode()
    return [json.loads(line) for line in body.splitlines()]


def exported(rows, action):
    return [row for row in rows if row["action"] == action]


# --- read-only ----------------------------------------------------------------------------------


def test_list_shows_the_events(portal_admin_client, events):
    response = portal_admin_client.get(CHANGELIST)

    assert response.status_code == 200
    assert {e.pk for e in response.context["cl"].result_list} == {e.pk for e in events}


def test_no_add_change_or_delete_even_for_a_superuser(portal_admin_client, events):
    event = events[0]
    delete_url = reverse("admin:halo_integration_auditevent_delete", args=[event.pk])

    assert portal_admin_client.get(CHANGELIST + "add/").status_code == 403
    detail = portal_admin_client.get(change_url(event))
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert event.hash in detail.content.decode()
    portal_admin_client.post(change_url(event), {"reason": "edited", "outcome": "done"})
    assert portal_admin_client.get(delete_url).status_code == 403
    assert portal_admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    AuditEvent.objects.get(pk=event.pk, reason="")
    assert list(audit.verify_chain()) == []


def test_bulk_delete_is_not_offered(portal_admin_client, events):
    response = portal_admin_client.get(CHANGELIST)
    bulk = portal_admin_client.post(
        CHANGELIST,
        {"action": "delete_selected", "_selected_action": [e.pk for e in events], "post": "yes"},
    )

    assert "delete_selected" not in response.content.decode()
    # The admin does not know the action, so it shows the same list again and deletes nothing.
    assert bulk.status_code == 200
    assert "delete_selected" not in bulk.content.decode()
    assert AuditEvent.objects.count() == 3


def test_list_is_searchable_and_filterable(portal_admin_client, events):
    def listed(**query):
        response = portal_admin_client.get(CHANGELIST, query)
        return {e.pk for e in response.context["cl"].result_list}

    assert listed(q="W-ABC123") == {events[2].pk}
    assert listed(q="liam.patel") == {events[1].pk}
    assert listed(q="only portal admins") == {events[1].pk}
    assert listed(outcome__exact="denied") == {events[1].pk}
    assert listed(channel="web") == {events[0].pk, events[2].pk}


# --- export -------------------------------------------------------------------------------------


def test_csv_export_has_every_row_and_field(portal_admin_client, events):
    response = portal_admin_client.get(EXPORT_CSV)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    first = exported(rows, "create_ticket")[0]
    assert first["hash"] == events[0].hash
    assert first["prev_hash"] == events[0].prev_hash
    assert first["actor_email"] == "emma.jones@acme.example"
    assert json.loads(first["params"]) == {"summary": "Printer jams", "client_secret": "[redacted]"}
    assert json.loads(first["halo_ids"]) == {"ticket_id": 3201}
    assert exported(rows, "add_note")[0]["write_reference"] == "W-ABC123"
    assert "hunter2" not in str(rows)


def test_csv_export_defuses_spreadsheet_formulas(portal_admin_client, events):
    rows = read_csv(portal_admin_client.get(EXPORT_CSV))

    assert exported(rows, "update_ticket")[0]["text"] == '\'=HYPERLINK("http://evil.example")'


def test_jsonl_export_keeps_values_exactly_so_the_chain_can_be_checked(portal_admin_client, events):
    response = portal_admin_client.get(EXPORT_JSONL)

    assert response.status_code == 200
    rows = read_jsonl(response)
    assert [row["id"] for row in rows[:3]] == [e.pk for e in events]  # chain order
    for row, event in zip(rows, events, strict=False):
        assert row["hash"] == event.hash
        assert row["created_at"] == event.created_at.isoformat()
        assert row["text"] == event.text
    # each row names the previous row's hash
    assert [row["prev_hash"] for row in rows[1:]] == [row["hash"] for row in rows[:-1]]


def test_exports_follow_the_lists_filters(portal_admin_client, events):
    csv_rows = read_csv(portal_admin_client.get(EXPORT_CSV, {"outcome__exact": "denied"}))
    jsonl_rows = read_jsonl(portal_admin_client.get(EXPORT_JSONL, {"q": "W-ABC123"}))

    assert [int(row["id"]) for row in csv_rows] == [events[1].pk]
    assert [row["id"] for row in jsonl_rows] == [events[2].pk]


def test_export_is_itself_audited(portal_admin_client, events):
    read_csv(portal_admin_client.get(EXPORT_CSV, {"outcome__exact": "denied"}))

    event = AuditEvent.objects.get(action="audit.export")
    assert event.actor_email == "admin@acme.example"
    assert event.params == {"format": "csv", "filters": "outcome__exact=denied"}


def test_export_with_an_unknown_filter_is_refused(portal_admin_client, events):
    response = portal_admin_client.get(EXPORT_CSV, {"no_such_field": "1"})

    assert response.status_code == 400


def test_changelist_links_exports_with_the_current_filters(portal_admin_client, events):
    page = portal_admin_client.get(CHANGELIST, {"outcome__exact": "denied"}).content.decode()

    assert f'href="{EXPORT_CSV}?outcome__exact=denied"' in page
    assert f'href="{EXPORT_JSONL}?outcome__exact=denied"' in page
    assert f'href="{VERIFY}"' in page


# --- verify -------------------------------------------------------------------------------------


def test_verify_reports_an_intact_log(portal_admin_client, events):
    response = portal_admin_client.get(VERIFY)

    assert response.status_code == 200
    assert response.context["check"].intact
    assert "The audit log is intact: 3 events checked." in response.content.decode()


def test_verify_reports_a_row_altered_behind_the_portals_back(portal_admin_client, events):
    tampered = events[1]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE halo_integration_auditevent SET reason='x' WHERE id=%s", [tampered.pk]
        )

    response = portal_admin_client.get(VERIFY)

    check = response.context["check"]
    assert not check.intact
    assert [p.event_id for p in check.problems] == [tampered.pk]
    page = response.content.decode()
    assert "tampered with" in page
    assert f"event #{tampered.pk}" in page
    assert "the row was altered" in page
