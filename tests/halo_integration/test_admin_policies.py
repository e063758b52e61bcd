"""Action policies in Django admin: every declared action listed with its default, edits audited."""

from __future__ import annotations

import pytest
from django.urls import reverse

from halo_integration.actions import ACTION_NAMES
from halo_integration.models import ActionPolicy, AuditEvent, HaloConnection
from halo_integration.policies import rule_for

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/halo_integration/actionpolicy/"


def change_url(action):
    policy = ActionPolicy.objects.get(action=action)
    return reverse("admin:halo_integration_actionpolicy_change", args=[policy.pk])


def test_first_visit_lists_all_declared_actions_with_their_defaults(portal_admin_client):
    response = portal_admin_client.get(CHANGELIST)

    assert response.status_code == 200
    assert set(ActionPolicy.objects.values_list("action", flat=True)) == set(ACTION_NAMES)
    update = ActionPolicy.objects.get(action="update_ticket")
    assert (update.enabled, update.audience, update.requires_approval) == (True, "admins", False)
    page = response.content.decode()
    for name in ACTION_NAMES:
        assert f"halopsa_{name}" in page
    assert not AuditEvent.objects.exists()  # writing the defaults down changes nothing


def test_actions_carry_the_connected_products_prefix(portal_admin_client):
    saved = HaloConnection(url="http://halo.test", client_id="x", product="itsm")
    saved.client_secret = "y"
    saved.save()

    page = portal_admin_client.get(CHANGELIST).content.decode()

    assert "haloitsm_add_note" in page
    assert "halopsa_add_note" not in page


def test_editing_a_policy_is_audited_with_before_and_after(portal_admin_client, portal_admin):
    portal_admin_client.get(CHANGELIST)

    response = portal_admin_client.post(
        change_url("add_note"),
        {"enabled": "on", "audience": "employees", "requires_approval": "on"},
    )

    assert response.status_code == 302
    policy = ActionPolicy.objects.get(action="add_note")
    assert policy.updated_by == portal_admin
    assert rule_for("add_note").requires_approval
    event = AuditEvent.objects.get(action="policy.change")
    assert (event.channel, event.outcome, event.actor_email) == (
        "admin",
        "done",
        portal_admin.email,
    )
    assert event.params == {
        "action": "add_note",
        "before": {
            "enabled": True,
            "audience": "both",
            "self_service_only": False,
            "requires_approval": False,
        },
        "after": {
            "enabled": True,
            "audience": "employees",
            "self_service_only": False,
            "requires_approval": True,
        },
    }


def test_saving_without_a_change_is_not_audited(portal_admin_client):
    portal_admin_client.get(CHANGELIST)

    portal_admin_client.post(change_url("lookup"), {"enabled": "on", "audience": "both"})

    assert not AuditEvent.objects.exists()
    assert ActionPolicy.objects.get(action="lookup").updated_by is None


def changelist_formset(changes):
    """The list's inline-edit POST: every row as it is, with `changes` applied by action name."""
    count = str(ActionPolicy.objects.count())  # one row per declared action
    data = {"form-TOTAL_FORMS": count, "form-INITIAL_FORMS": count, "_save": "Save"}
    for i, policy in enumerate(ActionPolicy.objects.order_by("action")):
        row = {
            "id": policy.pk,
            "enabled": policy.enabled,
            "audience": policy.audience,
            "self_service_only": policy.self_service_only,
            "requires_approval": policy.requires_approval,
            **changes.get(policy.action, {}),
        }
        for name, value in row.items():
            if value is True:
                data[f"form-{i}-{name}"] = "on"
            elif value is not False:
                data[f"form-{i}-{name}"] = str(value)
    return data


def test_editing_in_the_list_audits_only_the_changed_row(portal_admin_client, portal_admin):
    portal_admin_client.get(CHANGELIST)

    response = portal_admin_client.post(
        CHANGELIST, changelist_formset({"resolve_ticket": {"enabled": False}})
    )

    assert response.status_code == 302
    assert not rule_for("resolve_ticket").enabled
    event = AuditEvent.objects.get()
    assert event.params["action"] == "resolve_ticket"
    assert (event.params["before"]["enabled"], event.params["after"]["enabled"]) == (True, False)
    assert ActionPolicy.objects.get(action="resolve_ticket").updated_by == portal_admin


def test_policies_cannot_be_added_or_deleted(portal_admin_client):
    portal_admin_client.get(CHANGELIST)
    policy = ActionPolicy.objects.get(action="create_ticket")

    assert portal_admin_client.get(CHANGELIST + "add/").status_code == 403
    delete_url = reverse("admin:halo_integration_actionpolicy_delete", args=[policy.pk])
    assert portal_admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert ActionPolicy.objects.filter(pk=policy.pk).exists()


def test_the_action_name_itself_cannot_be_changed(portal_admin_client):
    portal_admin_client.get(CHANGELIST)

    portal_admin_client.post(
        change_url("lookup"), {"action": "update_ticket", "enabled": "on", "audience": "both"}
    )

    assert ActionPolicy.objects.filter(action="lookup").exists()
