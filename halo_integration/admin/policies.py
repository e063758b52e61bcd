"""Action policies in Django admin: one editable row per declared action, holding its shipped
default until an admin changes it; every change is audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.db import transaction
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from halo_integration import audit
from halo_integration.actions.registry import DEFAULT_RULES
from halo_integration.models import ActionPolicy, HaloConnection
from halo_integration.policies import Rule

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model; Django's class cannot be subscripted
    # at runtime, so the model is named for the type checker only.
    _ActionPolicyModelAdmin = admin.ModelAdmin[ActionPolicy]
else:
    _ActionPolicyModelAdmin = admin.ModelAdmin


def _rule_values(rule: Rule | ActionPolicy) -> dict[str, Any]:
    """The comparable, loggable part of a policy (the same shape for a row and a default)."""
    return {
        "enabled": rule.enabled,
        "audience": str(rule.audience),
        "self_service_only": rule.self_service_only,
        "requires_approval": rule.requires_approval,
    }


def _ensure_policy_rows() -> None:
    """One row per declared action, holding its default until an admin changes it."""
    existing = set(ActionPolicy.objects.values_list("action", flat=True))
    missing = [
        ActionPolicy(action=name, **_rule_values(rule))
        for name, rule in DEFAULT_RULES.items()
        if name not in existing
    ]
    ActionPolicy.objects.bulk_create(missing, ignore_conflicts=True)


def _action_column(prefix: str) -> Callable[[ActionPolicy], str]:
    def action(policy: ActionPolicy) -> str:
        return f"{prefix}_{policy.action}"

    action.short_description = _("action")  # type: ignore[attr-defined]
    action.admin_order_field = "action"  # type: ignore[attr-defined]
    return action


if TYPE_CHECKING:
    _ActionPolicyModelForm = ModelForm[ActionPolicy]
else:
    _ActionPolicyModelForm = ModelForm


class _PolicyRowForm(_ActionPolicyModelForm):
    """One row of the policy list's editable columns. Its inputs sit in table cells without a
    <label>, so each is named for screen readers: "Enabled: add_note", "Audience: add_note"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["aria-label"] = f"{field.label}: {self.instance.action}"


@admin.register(ActionPolicy)
class ActionPolicyAdmin(_ActionPolicyModelAdmin):
    list_display = [
        "action",
        "enabled",
        "audience",
        "self_service_only",
        "requires_approval",
        "as_shipped",
        "updated_by",
        "updated_at",
    ]
    list_editable = ["enabled", "audience", "self_service_only", "requires_approval"]
    list_select_related = ["updated_by"]
    fields = [
        "action",
        "enabled",
        "audience",
        "self_service_only",
        "requires_approval",
        "updated_by",
        "updated_at",
    ]
    readonly_fields = ["action", "updated_by", "updated_at"]
    actions = None

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # the actions are declared in code; every one already has its row

    def has_delete_permission(self, request: HttpRequest, obj: ActionPolicy | None = None) -> bool:
        return False

    def get_changelist_form(
        self, request: HttpRequest, **kwargs: Any
    ) -> type[ModelForm[ActionPolicy]]:
        return super().get_changelist_form(request, form=_PolicyRowForm, **kwargs)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        _ensure_policy_rows()
        return super().changelist_view(request, extra_context)

    def get_list_display(self, request: HttpRequest) -> list[Any]:
        # Admins know the actions by their product-prefixed names (halopsa_add_note).
        connection = HaloConnection.objects.current()
        prefix = connection.product_prefix if connection else "halopsa"
        return [_action_column(prefix), *self.list_display[1:]]

    @admin.display(boolean=True, description=_("as shipped"))
    def as_shipped(self, policy: ActionPolicy) -> bool:
        default = DEFAULT_RULES.get(policy.action)
        return default is not None and _rule_values(default) == _rule_values(policy)

    def save_model(
        self, request: HttpRequest, obj: ActionPolicy, form: ModelForm[ActionPolicy], change: bool
    ) -> None:
        stored = ActionPolicy.objects.filter(pk=obj.pk).first() if obj.pk else None
        before = _rule_values(stored or DEFAULT_RULES[obj.action])
        after = _rule_values(obj)
        if before == after:
            return
        with transaction.atomic():
            obj.updated_by = request.user  # type: ignore[assignment]
            obj.save()
            audit.record(
                actor=request.user,
                channel="admin",
                action="policy.change",
                outcome="done",
                params={"action": obj.action, "before": before, "after": after},
            )
