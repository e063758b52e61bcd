"""Every declared action: allowed, denied by policy, someone else's ticket, bad input, Halo down,
approval required. The real HaloClient talks to the in-process simulator."""

from __future__ import annotations

import pytest

from halo_integration import actions, audit
from halo_integration.models import (
    ActionPolicy,
    ApprovalRequest,
    AuditEvent,
    HaloIdentity,
    PendingWrite,
)
from tests.fixtures.audit import last_event
from tests.fixtures.halo import api_posts

pytestmark = pytest.mark.django_db

EMMAS_TICKET = 3115  # open, requested by emma.jones in the simulator's seed
LIAMS_TICKET = 3120  # requested by liam.patel


def run(actor, name, **params):
    return actions.run_action(actor=actor, name=name, params=params, channel="web")


def set_policy(action, **fields):
    defaults = {
        "enabled": True,
        "audience": "both",
        "self_service_only": False,
        "requires_approval": False,
    }
    ActionPolicy.objects.update_or_create(action=action, defaults={**defaults, **fields})


# --- identity ---------------------------------------------------------------------------------


def test_employee_is_matched_to_halo_user_by_exact_email(halo_connected, employee):
    result = run(employee, "list_tickets")

    assert result.status == "done"
    identity = HaloIdentity.objects.get(user=employee)
    assert identity.email == employee.email
    assert identity.halo_site_id


def test_unknown_email_gets_a_clear_error_and_nothing_is_created(
    halo_connected, sim, unknown_employee
):
    result = run(unknown_employee, "create_ticket", summary="Printer jams")

    assert result.status == "no_identity"
    assert "nobody@acme.example" in result.message
    assert api_posts(sim) == []
    assert not HaloIdentity.objects.exists()


# --- create_ticket ----------------------------------------------------------------------------


def test_employee_creates_a_ticket_as_the_requester(halo_connected, sim, employee):
    result = run(
        employee, "create_ticket", summary="Printer on 3rd floor jams", details="Every print job"
    )

    assert result.status == "done", result.message
    ticket = sim.store.tickets[result.ticket_id]
    identity = HaloIdentity.objects.get(user=employee)
    assert ticket["user_id"] == identity.halo_user_id
    assert ticket["site_id"] == identity.halo_site_id
    assert result.reference in ticket["details"]
    assert last_event().outcome == "done"
    assert last_event().halo_ids == {"ticket_id": result.ticket_id}
    assert PendingWrite.objects.get().status == "done"


def test_employee_may_not_pick_the_customer_or_priority(halo_connected, sim, employee):
    result = run(employee, "create_ticket", summary="x", client_id=42, priority_id=1)

    assert result.status == "invalid"
    assert set(result.errors) == {"client_id", "priority_id"}
    assert api_posts(sim) == []


def test_create_ticket_without_summary_is_refused_before_halo(halo_connected, sim, employee):
    result = run(employee, "create_ticket", summary="  ", details="no summary")

    assert result.status == "invalid"
    assert result.errors == {"summary": "is required"}
    assert api_posts(sim) == []
    assert last_event().outcome == "failed"


def test_admin_creates_a_ticket_for_any_customer_site_and_team(halo_connected, sim, portal_admin):
    from halo_integration.connection import build_catalog, build_halo_client

    catalog = build_catalog(build_halo_client())
    team = catalog.resolve("teams", "Messaging").item
    high = catalog.resolve("priorities", "high").item
    incident = catalog.resolve("ticket_types", "incident").item
    user = next(
        u for u in sim.store.users.values() if u["emailaddress"] == "olivia.brown@globex.example"
    )

    result = run(
        portal_admin,
        "create_ticket",
        summary="Mail flow stalls",
        user_id=user["id"],
        team_id=team.id,
        priority_id=high.id,
        tickettype_id=incident.id,
    )

    assert result.status == "done", result.message
    ticket = sim.store.tickets[result.ticket_id]
    assert (ticket["user_id"], ticket["site_id"], ticket["client_id"]) == (
        user["id"],
        user["site_id"],
        user["client_id"],
    )
    assert (ticket["team"], ticket["priority_id"], ticket["tickettype_id"]) == (
        "Messaging",
        high.id,
        incident.id,
    )


def test_disabled_action_is_denied_and_audited(halo_connected, sim, employee):
    set_policy("create_ticket", enabled=False)

    result = run(employee, "create_ticket", summary="x")

    assert result.status == "denied"
    assert api_posts(sim) == []
    event = last_event()
    assert (event.outcome, event.decision, event.action) == ("denied", "denied", "create_ticket")


def test_halo_down_queues_the_ticket_and_the_retry_delivers_it_once(halo_connected, sim, employee):
    run(employee, "list_tickets")  # identity known before Halo goes away
    sim.faults.down = True

    result = run(employee, "create_ticket", summary="VPN drops every hour")

    assert result.status == "pending"
    write = PendingWrite.objects.get(reference=result.reference)
    assert write.status == "queued"
    assert last_event().outcome == "pending"

    sim.faults.down = False
    delivered = actions.deliver(write, channel="retry")
    again = actions.deliver(PendingWrite.objects.get(pk=write.pk), channel="retry")

    assert delivered.status == "done"
    assert again.status == "done"  # already delivered: nothing sent a second time
    created = [t for t in sim.store.tickets.values() if write.reference in str(t.get("details"))]
    assert len(created) == 1
    assert last_event().channel == "retry"


def test_lost_response_is_found_again_not_created_twice(halo_connected, sim, employee):
    run(employee, "list_tickets")
    sim.faults.lose_next_write_response(1)

    first = run(employee, "create_ticket", summary="Laptop will not charge")

    assert first.status == "pending"
    write = PendingWrite.objects.get(reference=first.reference)
    assert write.maybe_committed
    retried = actions.deliver(write, channel="retry")

    assert retried.status == "done"
    matching = [t for t in sim.store.tickets.values() if first.reference in str(t.get("details"))]
    assert len(matching) == 1
    assert retried.ticket_id == matching[0]["id"]
    ticket_posts = [r for r in api_posts(sim) if r.path.lower() == "/api/tickets"]
    assert len(ticket_posts) == 1


def test_create_ticket_needing_approval_runs_only_when_approved(
    halo_connected, sim, employee, portal_admin
):
    set_policy("create_ticket", requires_approval=True)

    result = run(employee, "create_ticket", summary="New monitor please")

    assert result.status == "approval_required"
    assert api_posts(sim) == []
    approval = ApprovalRequest.objects.get(pk=result.approval_id)
    outcome = actions.approve(approval, admin=portal_admin)

    assert outcome.status == "done"
    assert outcome.ticket_id in sim.store.tickets
    with pytest.raises(ValueError):
        actions.approve(approval, admin=portal_admin)  # exactly once
    assert len([r for r in api_posts(sim) if r.path.lower() == "/api/tickets"]) == 1
    assert ApprovalRequest.objects.get(pk=approval.pk).outcome == "done"


def test_rejected_request_never_runs(halo_connected, sim, employee, portal_admin):
    set_policy("create_ticket", requires_approval=True)
    result = run(employee, "create_ticket", summary="Admin rights please")
    approval = ApprovalRequest.objects.get(pk=result.approval_id)

    with pytest.raises(ValueError):
        actions.reject(approval, admin=portal_admin, reason="  ")
    actions.reject(approval, admin=portal_admin, reason="Not without a manager's OK")

    assert api_posts(sim) == []
    with pytest.raises(ValueError):
        actions.approve(approval, admin=portal_admin)
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "rejected"


# --- add_note ---------------------------------------------------------------------------------


def test_employee_adds_a_visible_note_with_an_instance_outcome(halo_connected, sim, employee):
    result = run(
        employee, "add_note", ticket_id=EMMAS_TICKET, note="Tried rebooting twice, same error"
    )

    assert result.status == "done", result.message
    note = [
        a
        for a in sim.store.actions[EMMAS_TICKET]
        if a["note"] == "Tried rebooting twice, same error"
    ]
    assert len(note) == 1
    assert note[0]["hiddenfromuser"] is False
    assert note[0]["outcome_id"] in {o["id"] for o in sim.store.outcomes.values()}


def test_note_on_someone_elses_ticket_looks_missing_and_is_audited_as_denied(
    halo_connected, sim, employee
):
    result = run(employee, "add_note", ticket_id=LIAMS_TICKET, note="hello")
    missing = run(employee, "add_note", ticket_id=999999, note="hello")

    assert result.status == missing.status == "not_found"
    assert result.message == "ticket not found"
    assert api_posts(sim) == []
    denied = AuditEvent.objects.filter(outcome="denied", action="add_note").get()
    assert "not requested by" in denied.reason


def test_employee_may_not_hide_a_note(halo_connected, sim, employee):
    result = run(employee, "add_note", ticket_id=EMMAS_TICKET, note="secret", hiddenfromuser=True)

    assert result.status == "invalid"
    assert "hiddenfromuser" in result.errors
    assert api_posts(sim) == []


def test_add_note_bad_ticket_number_is_refused(halo_connected, sim, employee):
    result = run(employee, "add_note", ticket_id="abc", note="x")

    assert result.status == "invalid"
    assert result.errors["ticket_id"] == "must be a whole number"


def test_admin_adds_a_hidden_note_to_any_ticket(halo_connected, sim, portal_admin):
    result = run(
        portal_admin,
        "add_note",
        ticket_id=LIAMS_TICKET,
        note="Escalated to L3",
        hiddenfromuser=True,
    )

    assert result.status == "done", result.message
    note = sim.store.actions[LIAMS_TICKET][-1]
    assert (note["note"], note["hiddenfromuser"]) == ("Escalated to L3", True)


def test_add_note_denied_for_admins_only_policy(halo_connected, sim, employee):
    set_policy("add_note", audience="admins")

    assert run(employee, "add_note", ticket_id=EMMAS_TICKET, note="x").status == "denied"
    assert api_posts(sim) == []


def test_note_queued_while_halo_down_is_delivered_once_even_if_a_response_was_lost(
    halo_connected, sim, employee
):
    run(employee, "get_ticket", ticket_id=EMMAS_TICKET)
    sim.faults.lose_next_write_response(1)

    result = run(employee, "add_note", ticket_id=EMMAS_TICKET, note="Still broken after lunch")
    assert result.status == "pending"
    sim.faults.down = True
    assert (
        actions.deliver(
            PendingWrite.objects.get(reference=result.reference), channel="retry"
        ).status
        == "pending"
    )
    sim.faults.down = False
    done = actions.deliver(PendingWrite.objects.get(reference=result.reference), channel="retry")

    assert done.status == "done"
    notes = [a for a in sim.store.actions[EMMAS_TICKET] if a["note"] == "Still broken after lunch"]
    assert len(notes) == 1


def test_note_needing_approval_waits(halo_connected, sim, employee, portal_admin):
    set_policy("add_note", requires_approval=True)

    result = run(employee, "add_note", ticket_id=EMMAS_TICKET, note="please")

    assert result.status == "approval_required"
    assert api_posts(sim) == []
    assert actions.approve(ApprovalRequest.objects.get(), admin=portal_admin).status == "done"


# --- resolve_ticket ---------------------------------------------------------------------------


def test_employee_resolves_with_the_discovered_closed_status_and_a_visible_reason(
    halo_connected, sim, employee
):
    from halo_integration.connection import build_catalog, build_halo_client

    closed = build_catalog(build_halo_client()).closed_status()

    result = run(
        employee, "resolve_ticket", ticket_id=EMMAS_TICKET, note="Working since the config push"
    )

    assert result.status == "done", result.message
    assert sim.store.tickets[EMMAS_TICKET]["status_id"] == closed.id
    note = sim.store.actions[EMMAS_TICKET][-1]
    assert (note["note"], note["hiddenfromuser"]) == ("Working since the config push", False)
    again = run(employee, "resolve_ticket", ticket_id=EMMAS_TICKET)
    assert again.status == "invalid"  # already closed


def test_resolving_someone_elses_ticket_looks_missing(halo_connected, sim, employee):
    assert run(employee, "resolve_ticket", ticket_id=LIAMS_TICKET).status == "not_found"
    assert api_posts(sim) == []


def test_resolve_disabled_is_denied(halo_connected, sim, employee):
    set_policy("resolve_ticket", enabled=False)
    assert run(employee, "resolve_ticket", ticket_id=EMMAS_TICKET).status == "denied"


def test_resolve_bad_input_and_halo_down(halo_connected, sim, employee):
    assert run(employee, "resolve_ticket").errors == {"ticket_id": "is required"}
    sim.faults.down = True
    result = run(employee, "resolve_ticket", ticket_id=EMMAS_TICKET)
    assert result.status == "pending"
    sim.faults.down = False
    assert (
        actions.deliver(
            PendingWrite.objects.get(reference=result.reference), channel="retry"
        ).status
        == "done"
    )


def test_resolve_needing_approval_waits(halo_connected, sim, employee):
    set_policy("resolve_ticket", requires_approval=True)
    assert run(employee, "resolve_ticket", ticket_id=EMMAS_TICKET).status == "approval_required"
    assert api_posts(sim) == []


# --- list_tickets and get_ticket --------------------------------------------------------------


def test_employee_lists_only_their_own_tickets(halo_connected, sim, employee):
    result = run(employee, "list_tickets", page_size=100)

    assert result.status == "done"
    rows = result.data["tickets"]
    mine = HaloIdentity.objects.get(user=employee).halo_user_id
    assert rows and {row.user_id for row in rows} == {mine}
    assert all(row.status_name for row in rows)


def test_employee_may_not_list_another_users_tickets(halo_connected, employee):
    result = run(employee, "list_tickets", user_id=5)

    assert result.status == "invalid"
    assert result.errors == {"user_id": "only portal admins may set this"}


def test_open_and_closed_filters(halo_connected, employee):
    open_rows = run(employee, "list_tickets", open_only=True).data["tickets"]
    closed_rows = run(employee, "list_tickets", closed_only=True).data["tickets"]

    assert open_rows and closed_rows
    assert not any(row.is_closed for row in open_rows)
    assert all(row.is_closed for row in closed_rows)
    assert run(employee, "list_tickets", open_only=True, closed_only=True).status == "invalid"


def test_list_denied_and_halo_down(halo_connected, sim, employee):
    set_policy("list_tickets", audience="admins")
    assert run(employee, "list_tickets").status == "denied"
    set_policy("list_tickets")
    sim.faults.down = True
    result = run(employee, "list_tickets")
    assert result.status == "unavailable"
    assert last_event().outcome == "failed"


def test_admin_lists_across_halo_pages(halo_connected, portal_admin):
    first = run(portal_admin, "list_tickets", page_size=100)

    assert first.data["record_count"] > 100
    assert first.data["page_count"] >= 2
    second = run(portal_admin, "list_tickets", page_size=100, page_no=2)
    assert {t.id for t in first.data["tickets"]}.isdisjoint({t.id for t in second.data["tickets"]})


def test_get_ticket_never_reveals_hidden_notes_to_employees(
    halo_connected, sim, employee, portal_admin
):
    hidden_count = sum(1 for a in sim.store.actions[EMMAS_TICKET] if a["hiddenfromuser"])
    assert hidden_count, "seed data should give this ticket a hidden note"

    mine = run(employee, "get_ticket", ticket_id=EMMAS_TICKET)
    theirs = run(portal_admin, "get_ticket", ticket_id=EMMAS_TICKET)

    assert mine.status == theirs.status == "done"
    assert not any(a.hiddenfromuser for a in mine.data["actions"])
    assert sum(a.hiddenfromuser for a in theirs.data["actions"]) == hidden_count
    assert mine.data["ticket"].summary == sim.store.tickets[EMMAS_TICKET]["summary"]


def test_get_someone_elses_ticket_looks_missing(halo_connected, employee):
    assert run(employee, "get_ticket", ticket_id=LIAMS_TICKET).status == "not_found"
    assert run(employee, "get_ticket", ticket_id=0).status == "invalid"


def test_get_ticket_disabled_and_halo_down(halo_connected, sim, employee):
    set_policy("get_ticket", enabled=False)
    assert run(employee, "get_ticket", ticket_id=EMMAS_TICKET).status == "denied"
    set_policy("get_ticket")
    sim.faults.down = True
    assert run(employee, "get_ticket", ticket_id=EMMAS_TICKET).status == "unavailable"


def test_read_needing_approval_waits(halo_connected, employee):
    set_policy("get_ticket", requires_approval=True)
    assert run(employee, "get_ticket", ticket_id=EMMAS_TICKET).status == "approval_required"


def test_admin_limited_to_self_service_sees_only_own_tickets(halo_connected, portal_admin, sim):
    set_policy("get_ticket", self_service_only=True)
    portal_admin.email = "emma.jones@acme.example"  # the admin is also an end user in Halo
    portal_admin.save()

    assert run(portal_admin, "get_ticket", ticket_id=EMMAS_TICKET).status == "done"
    assert run(portal_admin, "get_ticket", ticket_id=LIAMS_TICKET).status == "not_found"


# --- update_ticket ----------------------------------------------------------------------------


def test_admin_bumps_priority_and_reassigns_team(halo_connected, sim, portal_admin):
    from halo_integration.connection import build_catalog, build_halo_client

    catalog = build_catalog(build_halo_client())
    high = catalog.resolve("priorities", "High").item
    team = catalog.resolve("teams", "2nd Line Support").item

    result = run(portal_admin, "update_ticket", ticket_id=789, priority_id=high.id, team_id=team.id)

    assert result.status == "done", result.message
    assert sim.store.tickets[789]["priority_id"] == high.id
    assert sim.store.tickets[789]["team"] == "2nd Line Support"


def test_employee_may_not_update_tickets(halo_connected, sim, employee):
    assert run(employee, "update_ticket", ticket_id=EMMAS_TICKET, priority_id=1).status == "denied"
    assert api_posts(sim) == []


def test_update_with_unknown_ids_or_nothing_to_change_is_refused(halo_connected, sim, portal_admin):
    assert run(portal_admin, "update_ticket", ticket_id=789).status == "invalid"
    unknown = run(portal_admin, "update_ticket", ticket_id=789, team_id=987654)
    assert unknown.status == "invalid"
    assert "team_id" in unknown.errors
    assert api_posts(sim) == []


def test_update_missing_ticket_and_halo_down(halo_connected, sim, portal_admin):
    assert run(portal_admin, "update_ticket", ticket_id=999999, priority_id=1).status == "not_found"
    sim.faults.down = True
    result = run(portal_admin, "update_ticket", ticket_id=789, priority_id=1)
    assert result.status == "pending"
    sim.faults.down = False
    assert (
        actions.deliver(
            PendingWrite.objects.get(reference=result.reference), channel="retry"
        ).status
        == "done"
    )
    assert sim.store.tickets[789]["priority_id"] == 1


def test_update_needing_approval_waits(halo_connected, sim, portal_admin, employee):
    set_policy("update_ticket", audience="admins", requires_approval=True)
    result = run(portal_admin, "update_ticket", ticket_id=789, priority_id=1)
    assert result.status == "approval_required"
    assert api_posts(sim) == []


# --- lookup -----------------------------------------------------------------------------------


def test_admin_looks_up_active_contracts_of_a_customer(halo_connected, sim, portal_admin):
    globex = next(c for c in sim.store.clients.values() if c["name"] == "Globex")

    result = run(
        portal_admin, "lookup", entity="contracts", client_id=globex["id"], active_only=True
    )

    assert result.status == "done"
    assert len(result.data["rows"]) >= 2
    assert {row.client_id for row in result.data["rows"]} == {globex["id"]}


def test_employee_may_search_kb_but_not_customers(halo_connected, employee):
    assert run(employee, "lookup", entity="kb_articles", search="VPN").status == "done"
    denied = run(employee, "lookup", entity="customers")
    assert denied.status == "denied"
    assert last_event().outcome == "denied"


def test_lookup_bad_entity_disabled_and_halo_down(halo_connected, sim, portal_admin):
    assert run(portal_admin, "lookup", entity="spaceships").status == "invalid"
    set_policy("lookup", enabled=False)
    assert run(portal_admin, "lookup", entity="customers").status == "denied"
    set_policy("lookup")
    sim.faults.down = True
    assert run(portal_admin, "lookup", entity="customers").status == "unavailable"


def test_lookup_needing_approval_waits(halo_connected, portal_admin):
    set_policy("lookup", requires_approval=True)
    assert run(portal_admin, "lookup", entity="customers").status == "approval_required"


# --- the registry and the audit trail ---------------------------------------------------------


def test_unknown_action_is_refused_and_audited(halo_connected, employee):
    result = run(employee, "delete_everything")

    assert result.status == "invalid"
    assert last_event().action == "delete_everything"


def test_every_attempt_leaves_exactly_one_audit_event(halo_connected, employee):
    before = AuditEvent.objects.count()
    run(employee, "list_tickets")
    run(employee, "get_ticket", ticket_id=LIAMS_TICKET)
    run(employee, "create_ticket")
    audit.chain_pending_reads()  # reads join the chain in a batch, off the request path

    assert AuditEvent.objects.count() == before + 3


def test_portal_not_connected_says_so(db, employee):
    result = run(employee, "list_tickets")

    assert result.status == "not_configured"
    assert "not connected" in result.message


def test_notes_written_through_the_portal_name_their_author(halo_connected, employee, portal_admin):
    run(employee, "add_note", ticket_id=EMMAS_TICKET, note="From Emma")

    mine = run(employee, "get_ticket", ticket_id=EMMAS_TICKET).data["actions"]
    theirs = run(portal_admin, "get_ticket", ticket_id=EMMAS_TICKET).data["actions"]

    note = next(a for a in mine if a.note == "From Emma")
    assert note.by_viewer is True and note.author == "Emma"
    assert next(a for a in theirs if a.note == "From Emma").by_viewer is False


def test_a_plural_search_finds_the_singular(halo_connected, employee):
    result = run(employee, "lookup", entity="kb_articles", search="printers")

    assert result.status == "done" and result.data["rows"]


@pytest.mark.parametrize("name", ["get_ticket", "add_note", "resolve_ticket"])
def test_someone_elses_ticket_and_a_missing_one_answer_alike(halo_connected, employee, name):
    params = {"note": "Any news?"} if name != "get_ticket" else {}
    theirs = run(employee, name, ticket_id=LIAMS_TICKET, **params)
    missing = run(employee, name, ticket_id=999999, **params)

    assert (
        (theirs.status, theirs.message)
        == (missing.status, missing.message)
        == (
            "not_found",
            "ticket not found",
        )
    )
