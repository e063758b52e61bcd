"""The audit log in Django admin: read-only, exportable (CSV, JSON lines), with a check of its
hash chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseBase,
    StreamingHttpResponse,
)
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from halo_integration import admin_views, audit
from halo_integration.models import AuditEvent

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model; Django's class cannot be subscripted
    # at runtime, so the model is named for the type checker only.
    _AuditEventModelAdmin = admin.ModelAdmin[AuditEvent]
else:
    _AuditEventModelAdmin = admin.ModelAdmin


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
