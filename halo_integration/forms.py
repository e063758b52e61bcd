"""Admin forms: the Halo connection (checked live before it is saved) and an approval's rejection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from halo_integration import crypto
from halo_integration.client import HaloConfig
from halo_integration.connection import ConnectionReport, check_connection
from halo_integration.errors import HaloError
from halo_integration.models import HaloConnection

if TYPE_CHECKING:
    # django-stubs makes ModelForm generic in its model, but Django's class cannot be
    # subscripted at runtime: the model is named for the type checker only.
    _HaloConnectionModelForm = forms.ModelForm[HaloConnection]
else:
    _HaloConnectionModelForm = forms.ModelForm


class HaloConnectionForm(_HaloConnectionModelForm):
    """The admin twin of `manage.py halo_connect`: nothing is saved unless Halo accepts it live."""

    # Write-only: the stored secret is never put back into the page, not even masked in the value.
    client_secret = forms.CharField(
        label=_("client secret"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )

    class Meta:
        model = HaloConnection
        fields = [
            "product",
            "url",
            "tenant",
            "auth_url",
            "client_id",
            "client_secret",
            "scope",
            "default_tickettype_id",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.report: ConnectionReport | None = None
        self.config: HaloConfig | None = None
        secret_field = self.fields["client_secret"]
        if self.instance.pk and self.instance.client_secret_encrypted:
            secret_field.widget.attrs["placeholder"] = self._stored_secret_mask()
            secret_field.help_text = _("Leave blank to keep the stored secret.")
        else:
            secret_field.required = True

    def _stored_secret_mask(self) -> str:
        try:
            return crypto.mask(self.instance.client_secret) or "••••••••"
        except crypto.SecretUnreadable:
            return str(_("stored secret unreadable: enter it again"))

    def clean_url(self) -> str:
        url = str(self.cleaned_data["url"]).strip()
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(_("The Halo URL must start with http:// or https://."))
        return url

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned  # no point asking Halo about an incomplete form
        secret = cleaned.get("client_secret") or self._stored_secret()
        if not secret:
            self.add_error("client_secret", _("Enter the client secret."))
            return cleaned
        config = HaloConfig(
            url=cleaned["url"],
            client_id=cleaned["client_id"].strip(),
            client_secret=secret,
            tenant=cleaned.get("tenant", "").strip(),
            auth_url=(cleaned.get("auth_url") or "").strip(),
            scope=(cleaned.get("scope") or "").strip() or "all",
            timeout=settings.HALO_TIMEOUT,
        )
        try:
            self.report = check_connection(config)
        except HaloError as exc:
            # HaloError messages are written to be shown: they never carry the secret or a token.
            raise forms.ValidationError(
                _("Not saved: %(reason)s"), params={"reason": exc.message}, code="halo"
            ) from None
        self.config = config
        return cleaned

    def _stored_secret(self) -> str:
        if not (self.instance.pk and self.instance.client_secret_encrypted):
            return ""
        try:
            return self.instance.client_secret
        except crypto.SecretUnreadable:
            return ""

    def save(self, commit: bool = True) -> HaloConnection:
        # clean() succeeded, so the live check ran and left its config and report.
        assert self.config is not None and self.report is not None
        connection: HaloConnection = super().save(commit=False)
        # Store what was checked, normalised as halo_connect stores it.
        connection.url = self.config.base_url
        connection.tenant = self.config.tenant
        connection.auth_url = self.config.auth_url
        connection.client_id = self.config.client_id
        connection.scope = self.config.scope
        if self.cleaned_data.get("client_secret"):
            connection.client_secret = self.cleaned_data["client_secret"]
        connection.api_agent_name = self.report.agent_name
        connection.verified_at = timezone.now()
        if commit:
            connection.save()
        return connection


class RejectForm(forms.Form):
    """Why an approval request is turned down; the requester reads this."""

    reason = forms.CharField(
        label=_("reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Required: the person who asked sees it."),
    )

    def clean_reason(self) -> str:
        reason = str(self.cleaned_data["reason"]).strip()
        if not reason:
            raise forms.ValidationError(_("Give a reason for rejecting."))
        return reason
