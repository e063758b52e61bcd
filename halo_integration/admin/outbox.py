"""The outbox in Django admin: writes waiting for Halo, shown read-only (changing one by hand
could send it twice)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from halo_integration.models import PendingWrite

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model; Django's class cannot be subscripted
    # at runtime, so the model is named for the type checker only.
    _PendingWriteModelAdmin = admin.ModelAdmin[PendingWrite]
else:
    _PendingWriteModelAdmin = admin.ModelAdmin


@admin.register(PendingWrite)
class PendingWriteAdmin(_PendingWriteModelAdmin):
    list_display = [
        "reference",
        "action",
        "actor",
        "status",
        "attempts",
        "short_error",
        "ticket_id",
        "created_at",
    ]
    list_filter = ["status", "action", "channel"]
    search_fields = ["reference", "actor__email", "last_error"]
    list_select_related = ["actor"]
    date_hierarchy = "created_at"
    actions = None

    # The outbox belongs to the delivery task; changing it by hand could send a write twice.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: PendingWrite | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: PendingWrite | None = None) -> bool:
        return False

    @admin.display(description=_("last error"))
    def short_error(self, write: PendingWrite) -> str:
        return Truncator(write.last_error).chars(80)
