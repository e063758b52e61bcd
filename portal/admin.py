from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest

from portal.models import SSOIdentity

if TYPE_CHECKING:
    # django-stubs makes ModelAdmin generic in its model, but Django's class cannot be
    # subscripted at runtime: the model is named for the type checker only.
    _SSOIdentityModelAdmin = admin.ModelAdmin[SSOIdentity]
else:
    _SSOIdentityModelAdmin = admin.ModelAdmin


@admin.register(SSOIdentity)
class SSOIdentityAdmin(_SSOIdentityModelAdmin):
    list_display = ["user", "issuer", "subject", "created_at"]
    list_filter = ["issuer"]
    search_fields = ["user__username", "user__email", "subject"]
    list_select_related = ["user"]
    # Identities are made by signing in. An admin may delete one (so the next sign-in from that
    # IdP account creates or adopts a user afresh) but never re-points it at another user.
    readonly_fields = ["user", "issuer", "subject", "created_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
