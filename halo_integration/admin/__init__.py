"""Django admin for the Halo side of the portal, one module per area: the connection, action
policies, the approval queue, the audit log, the outbox and remembered identities. Importing
this package (Django's admin autodiscovery does) registers them all."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from halo_integration.admin import approvals, audit, connection, identities, outbox, policies
from halo_integration.models import LLMEndpoint
from halo_integration.nl.llm_admin import LLMEndpointAdmin

__all__ = ["approvals", "audit", "connection", "identities", "outbox", "policies"]

admin.site.site_header = _("Self-service portal administration")
admin.site.site_title = _("Self-service portal administration")
admin.site.index_title = _("Administration")
admin.site.site_url = "/"

# The optional language model that helps read plain-language requests (see nl/llm.py).
admin.site.register(LLMEndpoint, LLMEndpointAdmin)
