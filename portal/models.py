"""The portal's own tables: for now, the link between a sign-in identity and a Django user."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SSOIdentity(models.Model):
    """One IdP account (issuer + subject) signing in as a portal user.

    Users are found by this pair, never by e-mail: an address can change or be reused, a
    subject cannot (OpenID Connect Core 5.7).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sso_identities",
        verbose_name=_("user"),
    )
    issuer = models.CharField(_("issuer"), max_length=255)
    subject = models.CharField(_("subject"), max_length=255)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("SSO identity")
        verbose_name_plural = _("SSO identities")
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="portal_sso_identity_unique")
        ]

    def __str__(self) -> str:
        return f"{self.subject} @ {self.issuer}"


class UsedPlan(models.Model):
    """A confirmed Ask plan's one-time number. Inserting it is what makes a confirm count, so a
    replayed, double-clicked or refreshed confirm finds it taken and runs nothing (the unique
    index decides, atomically, across every web process)."""

    nonce = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("used Ask plan")

    def __str__(self) -> str:
        return self.nonce


class HomeVisit(models.Model):
    """When someone last looked at the portal, so the home page can say what is new since."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="home_visit"
    )
    last_seen_at = models.DateTimeField(_("last seen"))
    previous_visit_at = models.DateTimeField(_("previous visit"), null=True, blank=True)

    class Meta:
        verbose_name = _("home visit")
        verbose_name_plural = _("home visits")

    def __str__(self) -> str:
        return f"{self.user} @ {self.last_seen_at:%Y-%m-%d %H:%M}"
