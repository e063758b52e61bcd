"""Django admin for the Halo side of the portal: the connection, action policies, the approval
queue, the audit log, the outbox and remembered identities."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case, IntegerField, Model, QuerySet, Value, When
from django.forms import ModelForm
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseBase,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from halo_integration import actions, admin_views, audit
from halo_integration.actions.registry import DEFAULT_RULES
from halo_integration.actions.tickets_read import GET_TICKET
from halo_integration.actions.tickets_write import CREATE_TICKET
from halo_integration.forms import HaloConnectionForm, RejectForm
from halo_integration.models import (
    ActionPolicy,
    ApprovalRequest,
    AuditEvent,
    HaloConnection,
    HaloIdentity,
    LLMEndpoint,
    PendingWrite,
)
from halo_integration.nl.llm_admin import LLMEndpointAdmin
from halo_integration.policies import Rule
from halo_integration.presenters import TicketView

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model, but Django's class cannot be
    # subscripted at runtime: the model is named for the type checker only.
    _HaloConnectionModelAdmin = admin.ModelAdmin[HaloConnection]
    _ActionPolicyModelAdmin = admin.ModelAdmin[ActionPolicy]
    _ApprovalRequestModelAdmin = admin.ModelAdmin[ApprovalRequest]
    _AuditEventModelAdmin = admin.ModelAdmin[AuditEvent]
    _PendingWriteModelAdmin = admin.ModelAdmin[PendingWrite]
    _HaloIdentityModelAdmin = admin.ModelAdmin[HaloIdentity]
else:
    _HaloConnectionModelAdmin = admin.ModelAdmin
    _ActionPolicyModelAdmin = admin.ModelAdmin
    _ApprovalRequestModelAdmin = admin.ModelAdmin
    _AuditEventModelAdmin = admin.ModelAdmin
    _PendingWriteModelAdmin = admin.ModelAdmin
    _HaloIdentityModelAdmin = admin.ModelAdmin

admin.site.site_header = _("Self-service portal administration")
admin.site.site_title = _("Self-service portal administration")
admin.site.index_title = _("Administration")
admin.site.site_url = "/"


def _approval_ticket_id(approval: ApprovalRequest) -> int | None:
    """The ticket a request is about: the one it names, or the one it created once approved."""
    for source in (approval.params, approval.result or {}):
        value = source.get("ticket_id") if isinstance(source, dict) else None
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return int(value)
    return None


def _approval_ticket(request: HttpRequest, approval: ApprovalRequest) -> dict[str, Any] | None:
    """The request's ticket for the approver: id, title and console link. The title is read
    from Halo as the approving admin (an audited read); without Halo the id and link remain."""
    ticket_id = _approval_ticket_id(approval)
    if ticket_id is None:
        summary = approval.params.get("summary") if approval.action == CREATE_TICKET else None
        return {"id": None, "summary": summary, "url": ""} if summary else None
    result = actions.run_action(
        actor=request.user, name=GET_TICKET, params={"ticket_id": ticket_id}, channel="admin"
    )
    ticket = result.data.get("ticket") if result.ok and result.data else None
    shown = ticket if isinstance(ticket, TicketView) else None
    return {
        "id": ticket_id,
        "summary": shown.summary if shown else "",
        "status": shown.status_name if shown else "",
        "url": reverse("console-ticket", args=[ticket_id]),
    }


_webhook_request = threading.local()


def _admin_url(model: type[Model], view: str, *args: Any) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


# --- Halo connection ----------------------------------------------------------------------------


@admin.register(HaloConnection)
class HaloConnectionAdmin(_HaloConnectionModelAdmin):
    form = HaloConnectionForm
    list_display = ["__str__", "tenant", "client_id", "scope", "api_agent_name", "verified_at"]
    readonly_fields = ["api_agent_name", "verified_at", "webhook_setup"]
    fieldsets = [
        (None, {"fields": ["product", "url", "tenant", "auth_url"]}),
        (
            _("API application"),
            {
                "fields": ["client_id", "client_secret", "scope"],
                "description": _(
                    "From Halo: Configuration > Integrations > Halo API > API applications "
                    "(authentication method: client ID and secret). Saving checks them live."
                ),
            },
        ),
        (_("Tickets"), {"fields": ["default_tickettype_id"]}),
        (_("Last successful check"), {"fields": ["api_agent_name", "verified_at"]}),
        (
            _("Webhooks (keep the portal's copy of Halo fresh)"),
            {
                "fields": ["webhook_setup"],
                "description": _(
                    "In Halo: Configuration > Integrations > Webhooks > New. Paste the URL, choose "
                    "Basic Authentication with this user name and password, any payload type, and "
                    "the ticket events (new ticket, ticket updated, action added, status changed)."
                ),
            },
        ),
    ]

    def get_readonly_fields(
        self, request: HttpRequest, obj: HaloConnection | None = None
    ) -> list[str]:
        _webhook_request.request = request  # the URL below is absolute, as Halo needs it
        return list(super().get_readonly_fields(request, obj))

    @admin.display(description=_("webhook"))
    def webhook_setup(self, obj: HaloConnection) -> str:
        from halo_integration.mirror.models import MirrorState
        from halo_integration.mirror.store import connection_key

        if not obj.pk:
            return str(_("Shown once the connection is saved."))
        if not obj.webhook_username or not obj.webhook_password_encrypted:
            obj.webhook_username = "halo-webhook"
            obj.webhook_password = secrets.token_urlsafe(24)
            HaloConnection.objects.filter(pk=obj.pk).update(
                webhook_username=obj.webhook_username,
                webhook_password_encrypted=obj.webhook_password_encrypted,
            )
        request = getattr(_webhook_request, "request", None)
        url = reverse("halo-webhook")
        if request is not None:
            url = request.build_absolute_uri(url)
        state = MirrorState.objects.filter(connection_key=connection_key(obj.to_config())).first()
        last = (
            timezone.localtime(state.webhook_at).strftime("%Y-%m-%d %H:%M:%S")
            if state and state.webhook_at
            else str(_("none yet"))
        )
        return format_html(
            "<dl><dt>{}</dt><dd><code>{}</code></dd><dt>{}</dt><dd><code>{}</code></dd>"
            "<dt>{}</dt><dd><code>{}</code></dd><dt>{}</dt><dd>{} ({} {})</dd></dl>",
            _("Payload URL"), url, _("User name"), obj.webhook_username,
            _("Password"), obj.webhook_password, _("Last webhook received"), last,
            state.webhook_count if state else 0, _("in all"),
        )  # fmt: skip

    def has_add_permission(self, request: HttpRequest) -> bool:
        # One connection at a time: once there is one, it is edited rather than added to.
        return super().has_add_permission(request) and not HaloConnection.objects.exists()

    def save_model(
        self,
        request: HttpRequest,
        obj: HaloConnection,
        form: ModelForm[HaloConnection],
        change: bool,
    ) -> None:
        with transaction.atomic():
            obj.save()
            HaloConnection.objects.exclude(pk=obj.pk).delete()
            audit.record(
                actor=request.user,
                channel="admin",
                action="connection.change",
                outcome="done",
                params={
                    "product": obj.product,
                    "url": obj.url,
                    "tenant": obj.tenant,
                    "client_id": obj.client_id,
                    "scope": obj.scope,
                    # Only whether it changed: the value itself never reaches the log.
                    "credentials_changed": bool(form.cleaned_data.get("client_secret")),
                },
                halo_ids={"api_agent": obj.api_agent_name},
            )

    def get_urls(self) -> list[URLPattern]:
        name = f"{self.opts.app_label}_{self.opts.model_name}_test"
        view = self.admin_site.admin_view(self.test_connection_view)
        return [path("<path:object_id>/test/", view, name=name), *super().get_urls()]

    def test_connection_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        connection = self.get_object(request, unquote(object_id))
        if connection is None:
            # Django's own "does not exist" message and redirect: private, so not in django-stubs.
            missing = self._get_obj_does_not_exist_redirect(request, self.opts, object_id)  # type: ignore[attr-defined]
            return cast(HttpResponseRedirect, missing)
        # It signs in to Halo with the stored secret, so it needs the right to change it.
        if not self.has_change_permission(request, connection):
            raise PermissionDenied
        result = admin_views.run_connection_test(connection)
        admin_views.mark_verified(connection, result)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": connection,
            "title": _("Test connection"),
            "result": result,
        }
        return TemplateResponse(
            request, "admin/halo_integration/haloconnection/test_connection.html", context
        )


# --- action policies ----------------------------------------------------------------------------


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


# --- approval queue -----------------------------------------------------------------------------


@admin.register(ApprovalRequest)
class ApprovalRequestAdmin(_ApprovalRequestModelAdmin):
    list_display = [
        "created_at", "requested_by", "what", "ticket", "why", "status", "channel", "decided_by",
    ]  # fmt: skip
    list_display_links = ["created_at", "what"]
    list_filter = ["status", "action", "channel"]
    search_fields = ["requested_by__email", "action", "summary", "text"]
    list_select_related = ["requested_by", "decided_by"]
    date_hierarchy = "created_at"
    fields = [
        "requested_by",
        "channel",
        "action",
        "summary",
        "params",
        "text",
        "created_at",
        "status",
        "decided_by",
        "decided_at",
        "decision_reason",
        "outcome",
        "result",
        "error",
    ]
    actions = ["approve_selected", "reject_selected"]

    def get_ordering(self, request: HttpRequest) -> list[Any]:
        pending_first = Case(
            When(status=ApprovalRequest.Status.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return [pending_first.asc(), "-created_at"]

    # The request itself is a record of what was asked: it is decided, never edited or removed.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(
        self, request: HttpRequest, obj: ApprovalRequest | None = None
    ) -> bool:
        return False

    def has_delete_permission(
        self, request: HttpRequest, obj: ApprovalRequest | None = None
    ) -> bool:
        return False

    def has_decide_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("halo_integration.change_approvalrequest"))

    @admin.display(description=_("what"), ordering="action")
    def what(self, approval: ApprovalRequest) -> str:
        return format_html('{}<div class="help">{}</div>', approval.action, approval.summary)

    @admin.display(description=_("ticket"))
    def ticket(self, approval: ApprovalRequest) -> str:
        ticket_id = _approval_ticket_id(approval)
        if ticket_id is None:
            return "—"
        url = reverse("console-ticket", args=[ticket_id])
        return format_html('<a href="{}">#{}</a>', url, ticket_id)

    @admin.display(description=_("why"))
    def why(self, approval: ApprovalRequest) -> str:
        return Truncator(approval.text).chars(80)

    def render_change_form(
        self, request: HttpRequest, context: dict[str, Any], *args: Any, **kwargs: Any
    ) -> HttpResponse:
        approval = context.get("original")
        if approval is not None:
            # What the request is about, in words: the ticket's title and a link, not only ids.
            context["approval_ticket"] = _approval_ticket(request, approval)
        if approval is not None and approval.status == ApprovalRequest.Status.PENDING:
            context["can_decide"] = self.has_decide_permission(request)
            context["reject_form"] = RejectForm()
        return super().render_change_form(request, context, *args, **kwargs)

    def get_urls(self) -> list[URLPattern]:
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        approve = self.admin_site.admin_view(self.approve_view)
        reject = self.admin_site.admin_view(self.reject_view)
        return [
            path("<path:object_id>/approve/", approve, name=f"{prefix}_approve"),
            path("<path:object_id>/reject/", reject, name=f"{prefix}_reject"),
            *super().get_urls(),
        ]

    def approve_view(self, request: HttpRequest, object_id: str) -> HttpResponseBase:
        approval_or_response = self._decidable(request, object_id)
        if not isinstance(approval_or_response, ApprovalRequest):
            return approval_or_response
        self._approve(request, approval_or_response, reason=request.POST.get("reason", "").strip())
        return HttpResponseRedirect(_admin_url(ApprovalRequest, "change", object_id))

    def reject_view(self, request: HttpRequest, object_id: str) -> HttpResponseBase:
        approval_or_response = self._decidable(request, object_id)
        if not isinstance(approval_or_response, ApprovalRequest):
            return approval_or_response
        form = RejectForm(request.POST)
        if form.is_valid():
            self._reject(request, approval_or_response, reason=form.cleaned_data["reason"])
        else:
            messages.error(request, _("Not rejected: give a reason."))
        return HttpResponseRedirect(_admin_url(ApprovalRequest, "change", object_id))

    def _decidable(self, request: HttpRequest, object_id: str) -> ApprovalRequest | HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_decide_permission(request):
            raise PermissionDenied
        approval = self.get_object(request, unquote(object_id))
        if approval is None:
            # Django's own "does not exist" message and redirect: private, so not in django-stubs.
            missing = self._get_obj_does_not_exist_redirect(request, self.opts, object_id)  # type: ignore[attr-defined]
            return cast(HttpResponseRedirect, missing)
        return approval

    def _approve(
        self, request: HttpRequest, approval: ApprovalRequest, *, reason: str = ""
    ) -> None:
        try:
            result = actions.approve(approval, admin=request.user, reason=reason)
        except ValueError as exc:
            messages.error(
                request,
                _("%(request)s was not approved: %(reason)s")
                % {"request": approval, "reason": exc},
            )
            return
        level = messages.SUCCESS if result.ok else messages.ERROR
        messages.add_message(
            request,
            level,
            _("Approved %(action)s #%(id)s: %(status)s. %(message)s")
            % {
                "action": approval.action,
                "id": approval.pk,
                "status": result.status,
                "message": result.message,
            },
        )

    def _reject(self, request: HttpRequest, approval: ApprovalRequest, *, reason: str) -> None:
        try:
            actions.reject(approval, admin=request.user, reason=reason)
        except ValueError as exc:
            messages.error(
                request,
                _("%(request)s was not rejected: %(reason)s")
                % {"request": approval, "reason": exc},
            )
            return
        messages.success(
            request,
            _("Rejected %(action)s #%(id)s.") % {"action": approval.action, "id": approval.pk},
        )

    @admin.action(description=_("Approve selected requests"), permissions=["decide"])
    def approve_selected(self, request: HttpRequest, queryset: QuerySet[ApprovalRequest]) -> None:
        pending = queryset.filter(status=ApprovalRequest.Status.PENDING).order_by("created_at")
        skipped = queryset.count() - pending.count()
        for approval in pending:
            self._approve(request, approval)
        if skipped:
            messages.info(
                request, _("%(count)d already decided, left as they were.") % {"count": skipped}
            )

    @admin.action(description=_("Reject selected requests…"), permissions=["decide"])
    def reject_selected(
        self, request: HttpRequest, queryset: QuerySet[ApprovalRequest]
    ) -> HttpResponse | None:
        pending = queryset.filter(status=ApprovalRequest.Status.PENDING).order_by("created_at")
        # A second page asks for the reason, as Django's own "delete selected" asks to confirm.
        form = RejectForm(request.POST if "reject_reason_given" in request.POST else None)
        if form.is_bound and form.is_valid():
            for approval in pending:
                self._reject(request, approval, reason=form.cleaned_data["reason"])
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Reject approval requests"),
            "approvals": pending,
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "form": form,
            "action_name": "reject_selected",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(
            request, "admin/halo_integration/approvalrequest/reject_selected.html", context
        )


# --- audit log ----------------------------------------------------------------------------------


@admin.register(AuditEvent)
class AuditEventAdmin(_AuditEventModelAdmin):
    list_display = [
        "id",
        "created_at",
        "actor_email",
        "channel",
        "action",
        "decision",
        "outcome",
        "short_reason",
        "write_reference",
    ]
    list_filter = ["outcome", "channel", "action", "decision"]
    search_fields = ["actor_email", "action", "reason", "error", "write_reference"]
    date_hierarchy = "created_at"
    fieldsets = [
        (None, {"fields": ["created_at", "actor", "actor_email", "channel", "action", "text"]}),
        (_("Decision"), {"fields": ["decision", "reason", "approval_id", "params"]}),
        (_("Result"), {"fields": ["outcome", "error", "write_reference", "halo_ids"]}),
        (_("Hash chain"), {"fields": ["prev_hash", "hash"]}),
    ]
    actions = None  # no bulk delete, nor anything else that could touch many rows

    # Append-only for everyone, superusers included: the model refuses too, this hides the buttons.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

    @admin.display(description=_("reason"))
    def short_reason(self, event: AuditEvent) -> str:
        return Truncator(event.reason or event.error).chars(80)

    def get_urls(self) -> list[URLPattern]:
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("export.csv", wrap(self.export_csv_view), name=f"{prefix}_export_csv"),
            path("export.jsonl", wrap(self.export_jsonl_view), name=f"{prefix}_export_jsonl"),
            path("verify/", wrap(self.verify_view), name=f"{prefix}_verify"),
            *super().get_urls(),
        ]

    def export_csv_view(self, request: HttpRequest) -> HttpResponseBase:
        return self._export(request, "csv")

    def export_jsonl_view(self, request: HttpRequest) -> HttpResponseBase:
        return self._export(request, "jsonl")

    def _export(self, request: HttpRequest, fmt: str) -> HttpResponseBase:
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            # The changelist's own filtering, so the export is exactly the list on screen.
            events = self.get_changelist_instance(request).queryset
        except IncorrectLookupParameters:
            return HttpResponseBadRequest(_("Unknown filter."))
        # Reading the log in bulk is itself worth a line in it.
        audit.record(
            actor=request.user,
            channel="admin",
            action="audit.export",
            outcome="done",
            params={"format": fmt, "filters": request.GET.urlencode()},
        )
        rows = admin_views.export_rows(events)
        if fmt == "csv":
            lines, content_type = admin_views.csv_lines(rows), "text/csv; charset=utf-8"
        else:
            lines, content_type = admin_views.jsonl_lines(rows), "application/x-ndjson"
        response = StreamingHttpResponse(lines, content_type=content_type)
        stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
        response["Content-Disposition"] = f'attachment; filename="audit-log-{stamp}.{fmt}"'
        return response

    def verify_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Verify the audit log"),
            "check": admin_views.check_chain(),
        }
        return TemplateResponse(request, "admin/halo_integration/auditevent/verify.html", context)


# --- outbox and identities ----------------------------------------------------------------------


@admin.register(PendingWrite)
class PendingWriteAdmin(_PendingWriteModelAdmin):
    list_display = [
        "reference",
        "action",
        "actor",
        "status",
        "attempts",
        "short_error",
        "ticket_id",
        "created_at",
    ]
    list_filter = ["status", "action", "channel"]
    search_fields = ["reference", "actor__email", "last_error"]
    list_select_related = ["actor"]
    date_hierarchy = "created_at"
    actions = None

    # The outbox belongs to the delivery task; changing it by hand could send a write twice.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: PendingWrite | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: PendingWrite | None = None) -> bool:
        return False

    @admin.display(description=_("last error"))
    def short_error(self, write: PendingWrite) -> str:
        return Truncator(write.last_error).chars(80)


@admin.register(HaloIdentity)
class HaloIdentityAdmin(_HaloIdentityModelAdmin):
    list_display = ["user", "email", "halo_user_id", "halo_name", "halo_client_id", "matched_at"]
    search_fields = ["user__username", "user__email", "email", "halo_name"]
    list_select_related = ["user"]
    # Matches are made by signing in. Deleting one makes the next visit match the e-mail afresh.

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: HaloIdentity | None = None) -> bool:
        return False


# The optional language model that helps read plain-language requests (see nl/llm.py).
admin.site.register(LLMEndpoint, LLMEndpointAdmin)
