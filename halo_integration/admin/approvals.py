"""The approval queue in Django admin: requests that wait for an admin, approved or rejected
one by one or in bulk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Model, QuerySet, Value, When
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from halo_integration import actions
from halo_integration.actions.tickets_read import GET_TICKET, detail_of
from halo_integration.actions.tickets_write import CREATE_TICKET
from halo_integration.forms import RejectForm
from halo_integration.models import ApprovalRequest
from halo_integration.presenters import TicketView

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model; Django's class cannot be subscripted
    # at runtime, so the model is named for the type checker only.
    _ApprovalRequestModelAdmin = admin.ModelAdmin[ApprovalRequest]
else:
    _ApprovalRequestModelAdmin = admin.ModelAdmin


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
    ticket = detail_of(result)["ticket"] if result.ok else None
    shown = ticket if isinstance(ticket, TicketView) else None
    return {
        "id": ticket_id,
        "summary": shown.summary if shown else "",
        "status": shown.status_name if shown else "",
        "url": reverse("console-ticket", args=[ticket_id]),
    }


def _admin_url(model: type[Model], view: str, *args: Any) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


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
