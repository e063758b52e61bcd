"""Django admin for the optional language-model endpoint: a write-only API key and a
"Test this endpoint" page that sends one harmless request and shows what the model proposed.

Not registered here: halo_integration/admin/__init__.py does `admin.site.register(LLMEndpoint,
LLMEndpointAdmin)`, so registration stays in one place."""

from __future__ import annotations

import ipaddress
import time
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from halo_integration import audit, crypto
from halo_integration.models import LLMEndpoint
from halo_integration.nl.llm import DEFAULT_AZURE_API_VERSION, parse_with_llm
from halo_integration.nl.llm_reply import LLMUnavailable
from halo_integration.nl.parse.rules import ParsedRequest

TEST_TEXT = "Open a ticket: printer jams"
MAX_TIMEOUT = 120.0

if TYPE_CHECKING:
    # django-stubs makes ModelForm and ModelAdmin generic in their model, but Django's classes
    # cannot be subscripted at runtime: the model is named for the type checker only.
    _LLMEndpointModelForm = forms.ModelForm[LLMEndpoint]
    _LLMEndpointModelAdmin = admin.ModelAdmin[LLMEndpoint]
else:
    _LLMEndpointModelForm = forms.ModelForm
    _LLMEndpointModelAdmin = admin.ModelAdmin


class LLMEndpointForm(_LLMEndpointModelForm):
    """The endpoint's settings. The key is write-only: never put back into the page, blank keeps
    the stored one, and only a masked placeholder shows that one is stored."""

    api_key = forms.CharField(
        label=_("API key"),
        required=False,
        max_length=1000,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )
    clear_api_key = forms.BooleanField(
        label=_("remove the stored API key"),
        required=False,
        help_text=_("For endpoints that need no key, e.g. a local Ollama."),
    )

    class Meta:
        model = LLMEndpoint
        fields = [
            "enabled",
            "flavour",
            "base_url",
            "model",
            "api_version",
            "api_key",
            "clear_api_key",
            "timeout",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        key_field = self.fields["api_key"]
        if self.instance.pk and self.instance.api_key_encrypted:
            key_field.widget.attrs["placeholder"] = self._stored_key_mask()
            key_field.help_text = _("Leave blank to keep the stored key.")
        else:
            key_field.help_text = _("Leave blank for endpoints that need no key (Ollama, vLLM).")

    def _stored_key_mask(self) -> str:
        try:
            return crypto.mask(self.instance.api_key) or "••••••••"
        except crypto.SecretUnreadable:
            return str(_("stored key unreadable: enter it again"))

    def clean_base_url(self) -> str:
        url = str(self.cleaned_data["base_url"]).strip().rstrip("/")
        if urlsplit(url).scheme not in {"http", "https"}:
            raise forms.ValidationError(_("The base URL must start with http:// or https://."))
        return url

    def clean_timeout(self) -> float:
        timeout = float(self.cleaned_data["timeout"])
        if not 0 < timeout <= MAX_TIMEOUT:
            raise forms.ValidationError(
                _("Between 0 and %(max)s seconds: people wait for it while they type."),
                params={"max": int(MAX_TIMEOUT)},
            )
        return timeout

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("api_key") and cleaned.get("clear_api_key"):
            self.add_error("clear_api_key", _("Either enter a new key or remove it, not both."))
        if cleaned.get("flavour") == LLMEndpoint.Flavour.AZURE and not cleaned.get("api_version"):
            cleaned["api_version"] = DEFAULT_AZURE_API_VERSION
        url = cleaned.get("base_url")
        if url and self._key_after_save(cleaned) and not _key_may_travel_to(url):
            # The key would cross the network in clear text.
            self.add_error("base_url", _("Use https:// to send an API key to another machine."))
        return cleaned

    def _key_after_save(self, cleaned: dict[str, Any]) -> bool:
        if cleaned.get("api_key"):
            return True
        return bool(self.instance.api_key_encrypted) and not cleaned.get("clear_api_key")

    def save(self, commit: bool = True) -> LLMEndpoint:
        endpoint: LLMEndpoint = super().save(commit=False)
        if self.cleaned_data.get("api_key"):
            endpoint.api_key = self.cleaned_data["api_key"]
        elif self.cleaned_data.get("clear_api_key"):
            endpoint.api_key = ""
        if commit:
            endpoint.save()
        return endpoint

    @property
    def key_changed(self) -> bool:
        return bool(self.cleaned_data.get("api_key") or self.cleaned_data.get("clear_api_key"))


def _key_may_travel_to(url: str) -> bool:
    """https anywhere, or plain http to this machine only."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def describe_proposal(parsed: ParsedRequest, seconds: float) -> str:
    """One line for the admin: what the model proposed, or why it did not understand."""
    if parsed.action is None:
        return str(_("The endpoint works; the model did not recognise the request: %(reason)s")) % {
            "reason": parsed.reason
        }
    slots = ", ".join(f"{name}={value!r}" for name, value in parsed.slots.items()) or "-"
    return str(
        _(
            "The endpoint works: the model proposed %(action)s (%(slots)s), confidence "
            "%(confidence).2f, in %(seconds).1f s."
        )
    ) % {
        "action": parsed.action,
        "slots": slots,
        "confidence": parsed.confidence,
        "seconds": seconds,
    }


def run_endpoint_test(endpoint: LLMEndpoint) -> tuple[bool, str]:
    """Send the harmless test request; (worked, what to tell the admin)."""
    started = time.monotonic()
    try:
        parsed = parse_with_llm(TEST_TEXT, endpoint)
    except LLMUnavailable as exc:
        return False, str(_("The endpoint does not work: %(error)s")) % {"error": exc.message}
    return True, describe_proposal(parsed, time.monotonic() - started)


class LLMEndpointAdmin(_LLMEndpointModelAdmin):
    form = LLMEndpointForm
    list_display = ["__str__", "flavour", "enabled", "timeout", "updated_at"]
    readonly_fields = ["test_link"]
    fieldsets = [
        (None, {"fields": ["enabled", "flavour", "base_url", "model", "api_version", "timeout"]}),
        (
            _("API key"),
            {
                "fields": ["api_key", "clear_api_key"],
                "description": _("Stored encrypted; never shown again after saving."),
            },
        ),
        (_("Check"), {"fields": ["test_link"]}),
    ]

    @admin.display(description=_("test"))
    def test_link(self, obj: LLMEndpoint | None) -> str:
        if obj is None or obj.pk is None:
            return str(_("Save first, then test the endpoint from here."))
        return format_html(
            '<a class="button" href="{}">{}</a> {}',
            self._url("test", obj.pk),
            _("Test this endpoint"),
            _("Sends “%(text)s” and shows what the model proposes.") % {"text": TEST_TEXT},
        )

    def _url(self, view: str, *args: Any) -> str:
        name = f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_{view}"
        return reverse(name, args=args)

    def save_model(
        self, request: HttpRequest, obj: LLMEndpoint, form: ModelForm[LLMEndpoint], change: bool
    ) -> None:
        with transaction.atomic():
            obj.save()
            audit.record(
                actor=request.user,
                channel="admin",
                action="llm_endpoint.change",
                outcome="done",
                params={
                    "enabled": obj.enabled,
                    "flavour": obj.flavour,
                    "base_url": obj.base_url,
                    "model": obj.model,
                    "api_version": obj.api_version,
                    "timeout": obj.timeout,
                    # Only whether it changed: the key itself never reaches the log.
                    "key_changed": getattr(form, "key_changed", False),
                },
            )

    def get_urls(self) -> list[URLPattern]:
        name = f"{self.opts.app_label}_{self.opts.model_name}_test"
        view = self.admin_site.admin_view(self.test_endpoint_view)
        return [path("<path:object_id>/test/", view, name=name), *super().get_urls()]

    def test_endpoint_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        endpoint = self.get_object(request, unquote(object_id))
        if endpoint is None:
            # Django's own "does not exist" message and redirect: private, so not in django-stubs.
            missing = self._get_obj_does_not_exist_redirect(request, self.opts, object_id)  # type: ignore[attr-defined]
            return cast(HttpResponseRedirect, missing)
        # It sends the stored key to the endpoint, so it needs the right to change it.
        if not self.has_change_permission(request, endpoint):
            raise PermissionDenied
        worked, message = run_endpoint_test(endpoint)
        self.message_user(request, message, messages.SUCCESS if worked else messages.ERROR)
        return HttpResponseRedirect(self._url("change", endpoint.pk))
