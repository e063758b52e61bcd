from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from portal.models import SSOIdentity


@admin.register(SSOIdentity)
class SSOIdentityAdmin(admin.ModelAdmin):
    list_display = ["user", "issuer", "subject", "created_at"]
    list_filter = ["issuer"]
    search_fields = ["user__username", "user__email", "subject"]
    list_select_related = ["user"]
    # Identities are made by signing in. An admin may delete one (so the next sign-in from that
    # IdP account creates or adopts a user afresh) but never re-points it at another user.
    readonly_fields = ["user", "issuer", "subject", "created_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
