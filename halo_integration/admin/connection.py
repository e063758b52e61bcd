"""The Halo connection in Django admin: URL, tenant and API credentials, checked live before
they are saved, and what to paste into Halo for webhooks."""

from __future__ import annotations

import secrets
import threading
from typing import TYPE_CHECKING, cast

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from halo_integration import admin_views, audit
from halo_integration.forms import HaloConnectionForm
from halo_integration.models import HaloConnection

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model; Django's class cannot be subscripted
    # at runtime, so the model is named for the type checker only.
    _HaloConnectionModelAdmin = admin.ModelAdmin[HaloConnection]
else:
    _HaloConnectionModelAdmin = admin.ModelAdmin


_webhook_request = threading.local()


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
            _("Payload URL"),
            url,
            _("User name"),
            obj.webhook_username,
            _("Password"),
            obj.webhook_password,
            _("Last webhook received"),
            last,
            state.webhook_count if state else 0,
            _("in all"),
        )

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
