"""Remembered Halo identities in Django admin: who was matched to which Halo user; read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest

from halo_integration.models import HaloIdentity

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model; Django's class cannot be subscripted
    # at runtime, so the model is named for the type checker only.
    _HaloIdentityModelAdmin = admin.ModelAdmin[HaloIdentity]
else:
    _HaloIdentityModelAdmin = admin.ModelAdmin


@admin.register(HaloIdentity)
class HaloIdentityAdmin(_HaloIdentityModelAdmin):
    list_display = ["user", "email", "halo_user_id", "halo_name", "halo_client_id", "matched_at"]
    search_fields = ["user__username", "user__email", "email", "halo_name"]
    list_select_related = ["user"]
    # Matches are made by signing in. Deleting one makes the next visit match the e-mail afresh.

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: HaloIdentity | None = None) -> bool:
        return False
