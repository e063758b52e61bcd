"""Admins can see which e-mails went out (and which the mail server refused), never edit them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest

from notifications.models import Notification

if TYPE_CHECKING:  # django-stubs makes ModelAdmin generic; Django's class is not subscriptable
    _Base = admin.ModelAdmin[Notification]
else:
    _Base = admin.ModelAdmin


@admin.register(Notification)
class NotificationAdmin(_Base):
    list_display = ("created_at", "kind", "ticket_id", "to", "sent_at", "attempts", "error")
    list_filter = ("kind", "sent_at")
    search_fields = ("to", "ticket_id", "subject")
    readonly_fields = [f.name for f in Notification._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
