from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from halo_integration import crypto
from halo_integration.client import HaloConfig


class HaloConnectionQuerySet(models.QuerySet["HaloConnection"]):
    def current(self) -> HaloConnection | None:
        return self.order_by("-updated_at").first()


class HaloConnection(models.Model):
    """The Halo instance the portal works against, validated live before it is saved."""

    class Product(models.TextChoices):
        PSA = "psa", "HaloPSA"
        ITSM = "itsm", "HaloITSM"

    product = models.CharField(
        _("product"), max_length=8, choices=Product.choices, default=Product.PSA
    )
    url = models.URLField(
        _("Halo URL"), help_text=_("The web address of your Halo, e.g. https://acme.halopsa.com")
    )
    tenant = models.CharField(
        _("tenant"),
        max_length=200,
        blank=True,
        help_text=_("Hosted Halo only; blank for self-hosted."),
    )
    auth_url = models.URLField(
        _("authorisation server URL"), blank=True, help_text=_("Blank means <Halo URL>/auth.")
    )
    client_id = models.CharField(_("client id"), max_length=200)
    client_secret_encrypted = models.TextField(editable=False)
    scope = models.CharField(_("scope"), max_length=500, default="all")
    api_agent_name = models.CharField(_("API agent"), max_length=200, blank=True, editable=False)
    verified_at = models.DateTimeField(_("last verified"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = HaloConnectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Halo connection")
        verbose_name_plural = _("Halo connection")

    def __str__(self) -> str:
        return f"{self.get_product_display()} at {self.url}"

    @property
    def client_secret(self) -> str:
        """Raises crypto.SecretUnreadable when FIELD_ENCRYPTION_KEY cannot open it."""
        return crypto.decrypt(self.client_secret_encrypted) if self.client_secret_encrypted else ""

    @client_secret.setter
    def client_secret(self, value: str) -> None:
        self.client_secret_encrypted = crypto.encrypt(value)

    @property
    def product_prefix(self) -> str:
        return "halopsa" if self.product == self.Product.PSA else "haloitsm"

    def to_config(self) -> HaloConfig:
        return HaloConfig(
            url=self.url,
            client_id=self.client_id,
            client_secret=self.client_secret,
            tenant=self.tenant,
            auth_url=self.auth_url,
            scope=self.scope or "all",
            timeout=settings.HALO_TIMEOUT,
        )
