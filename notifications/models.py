"""What each employee wants by e-mail, what the portal last saw of their tickets, and every
e-mail it decided to send (one row per change: a change is mailed once, however often seen)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Preference(models.Model):
    """One person's choice of e-mails; someone without a row gets every kind."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_preference"
    )
    public_notes = models.BooleanField(_("IT replies on my ticket"), default=True)
    status_changes = models.BooleanField(_("the status of my ticket changes"), default=True)
    waiting = models.BooleanField(_("IT is waiting for me"), default=True)
    reminders = models.BooleanField(_("reminders while IT waits for me"), default=True)
    # The language the person chose in the portal; their e-mails are written in it.
    language = models.CharField(_("language"), max_length=10, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("e-mail preference")
        verbose_name_plural = _("e-mail preferences")

    def __str__(self) -> str:
        return str(self.user)

    @classmethod
    def for_user(cls, user: Any) -> Preference:
        found = cls.objects.filter(user=user).first()
        return found if found is not None else cls(user=user)

    def wants(self, kind: str) -> bool:
        return bool(getattr(self, _PREFERENCE_OF[kind]))


class TicketWatch(models.Model):
    """The state of one ticket when the portal last looked, to tell what changed since."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    ticket_id = models.IntegerField()
    status_id = models.IntegerField(null=True)
    last_action_id = models.IntegerField(default=0)  # highest public action id seen
    last_activity = models.CharField(max_length=40, blank=True)  # Halo's last update, as read
    waiting_since = models.DateTimeField(null=True)  # entered a waiting-on-user status
    reminded_for = models.DateTimeField(null=True)  # the waiting_since a reminder was sent for
    closed = models.BooleanField(default=False)
    checked_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "ticket_id"], name="notify_watch_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} #{self.ticket_id}"


class Notification(models.Model):
    """One e-mail about one change. The unique key makes each change mailed at most once."""

    class Kind(models.TextChoices):
        NOTE = "note", _("IT replied")
        STATUS = "status", _("status changed")
        WAITING = "waiting", _("IT is waiting for you")
        REMINDER = "reminder", _("reminder")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    ticket_id = models.IntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    key = models.CharField(max_length=100)  # what changed: the action id, the status, ...
    to = models.EmailField()
    subject = models.CharField(max_length=250)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("e-mail notification")
        verbose_name_plural = _("e-mail notifications")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "ticket_id", "kind", "key"], name="notify_once_per_change"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.ticket_id} to {self.to}"


_PREFERENCE_OF: dict[str, str] = {
    Notification.Kind.NOTE: "public_notes",
    Notification.Kind.STATUS: "status_changes",
    Notification.Kind.WAITING: "waiting",
    Notification.Kind.REMINDER: "reminders",
}
