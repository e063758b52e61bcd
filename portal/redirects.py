"""Where a `next=` may send the browser: only to this site, never to another host or scheme."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request: HttpRequest, default: str = "/") -> str:
    """The request's `next` (POST, then GET) when it stays on this site, else `default`.

    Rejects other hosts (`https://evil.example/`), scheme-relative (`//evil.example/`) and
    backslash tricks (`/\\evil.example`, which browsers read as `//`), and `javascript:` URLs."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default
