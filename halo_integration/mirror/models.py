"""The mirror's tables. A mirrored record keeps the typed model's JSON (schemas.py decides the
field names), plus the few columns the portal filters on: requester, hidden flag, dates."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from halo_integration.generations import CountedQuerySet


class MirrorTicket(models.Model):
    """One Halo ticket as the portal last saw it."""

    # Which Halo instance (and API application) it came from: see mirror.store.connection_key.
    connection_key = models.CharField(max_length=32)
    ticket_id = models.BigIntegerField()
    # Null when Halo did not say: such a row is nobody's to see (fail closed).
    user_id = models.BigIntegerField(null=True, blank=True)
    summary = models.CharField(max_length=500, blank=True)
    last_action_at = models.DateTimeField(null=True, blank=True)
    data = models.JSONField(default=dict)
    # When a page first needed the whole ticket and it was read: the record (GET /Tickets/{id},
    # or a list row that carried its description) and its actions. Until then the row holds
    # only what a list showed, a page reads Halo once before serving it, and the sync does not
    # re-read its actions.
    full_at = models.DateTimeField(null=True, blank=True)
    actions_at = models.DateTimeField(null=True, blank=True)
    seen_at = models.DateTimeField(help_text=_("When Halo last confirmed this row."))
    deleted = models.BooleanField(default=False)

    objects = CountedQuerySet["MirrorTicket"].as_manager()  # bulk changes bump SHOWN too

    class Meta:
        verbose_name = _("mirrored ticket")
        constraints = [
            models.UniqueConstraint(
                fields=["connection_key", "ticket_id"], name="mirror_ticket_unique"
            )
        ]
        indexes = [models.Index(fields=["connection_key", "user_id", "deleted"])]

    def __str__(self) -> str:
        return f"ticket {self.ticket_id} ({self.connection_key})"


class MirrorAction(models.Model):
    """One action of a mirrored ticket."""

    connection_key = models.CharField(max_length=32)
    ticket_id = models.BigIntegerField()
    action_id = models.BigIntegerField()
    # Null when Halo did not say: never shown to an employee (fail closed).
    hiddenfromuser = models.BooleanField(null=True)
    at = models.DateTimeField(null=True, blank=True)
    data = models.JSONField(default=dict)

    objects = CountedQuerySet["MirrorAction"].as_manager()  # bulk changes bump SHOWN too

    class Meta:
        verbose_name = _("mirrored action")
        constraints = [
            models.UniqueConstraint(
                fields=["connection_key", "ticket_id", "action_id"], name="mirror_action_unique"
            )
        ]
        indexes = [models.Index(fields=["connection_key", "ticket_id"])]

    def __str__(self) -> str:
        return f"action {self.action_id} of ticket {self.ticket_id}"


class MirrorRequester(models.Model):
    """A Halo end user whose whole ticket list the mirror holds (read once, then kept by sync)."""

    connection_key = models.CharField(max_length=32)
    halo_user_id = models.BigIntegerField()
    listed_at = models.DateTimeField()

    objects = CountedQuerySet["MirrorRequester"].as_manager()  # bulk changes bump SHOWN too

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["connection_key", "halo_user_id"], name="mirror_requester_unique"
            )
        ]

    def __str__(self) -> str:
        return f"Halo user {self.halo_user_id} listed at {self.listed_at}"


class MirrorState(models.Model):
    """Per Halo connection: how far the delta sync got, and when Halo last told us something."""

    connection_key = models.CharField(max_length=32, unique=True)
    watermark = models.DateTimeField(
        null=True, blank=True, help_text=_("Newest last-action time the delta sync has read.")
    )
    delta_at = models.DateTimeField(null=True, blank=True)
    full_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    webhook_at = models.DateTimeField(null=True, blank=True)
    webhook_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("mirror state")

    def __str__(self) -> str:
        return f"mirror {self.connection_key}"


class WebhookDelivery(models.Model):
    """A webhook delivery already taken in: Halo may deliver the same one again."""

    connection_key = models.CharField(max_length=32)
    delivery_id = models.CharField(max_length=100)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["connection_key", "delivery_id"], name="webhook_delivery_unique"
            )
        ]

    def __str__(self) -> str:
        return f"webhook delivery {self.delivery_id}"
