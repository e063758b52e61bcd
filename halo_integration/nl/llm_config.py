"""Which language model endpoint, if any, an admin has switched on."""

from __future__ import annotations

from halo_integration.models import LLMEndpoint


def active_endpoint() -> LLMEndpoint | None:
    return LLMEndpoint.objects.filter(enabled=True).order_by("-updated_at").first()
