"""Request-wide policies: sign-in required everywhere (htmx-aware), SSO session re-checks."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.middleware import (
    LoginRequiredMiddleware as DjangoLoginRequiredMiddleware,
)
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails
from mozilla_django_oidc.middleware import SessionRefresh as OIDCSessionRefresh

from portal import oidc

logger = logging.getLogger(__name__)


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _htmx_page_path(request: HttpRequest) -> str:
    """The path of the page an htmx request came from (not the partial it asked for)."""
    return HtmxDetails(request).current_url_abs_path or resolve_url(settings.LOGIN_REDIRECT_URL)


class LoginRequiredMiddleware(DjangoLoginRequiredMiddleware):
    """Django's private-by-default middleware; views opt out with @login_not_required.

    A plain 302 to an htmx request would be followed by htmx itself and the sign-in page
    swapped into the target, so htmx gets an HX-Redirect to the sign-in page instead, with
    `next` pointing at the page the user was on.
    """

    # django-stubs narrows the return to HttpResponseRedirect (what Django's own returns), but
    # process_view() passes on any response, and htmx gets a 200 HX-Redirect here.
    def handle_no_permission(  # type: ignore[override]
        self, request: HttpRequest, view_func: Callable[..., Any]
    ) -> HttpResponseBase:
        response: HttpResponseBase
        if not _is_htmx(request):
            response = super().handle_no_permission(request, view_func)
        else:
            login_url = resolve_url(self.get_login_url(view_func))
            field = self.get_redirect_field_name(view_func)
            redirect = redirect_to_login(_htmx_page_path(request), login_url, field)
            response = HttpResponseClientRedirect(redirect.url)
        patch_vary_headers(response, ["HX-Request"])
        return response


class SessionRefresh(OIDCSessionRefresh):  # type: ignore[misc]
    """mozilla-django-oidc's periodic silent re-authentication (prompt=none) of SSO sessions,
    so an account disabled at the IdP loses the portal within OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS.

    Differences from the parent: settings and endpoints are read per request, not once at
    start-up; it is off when SSO is off or the interval is 0; htmx requests get an HX-Redirect
    (the parent's 302 to the IdP would be followed by htmx and fail on CORS); and an unreachable
    IdP postpones the check for a minute instead of breaking every page.
    """

    get_settings = staticmethod(oidc.get_setting)
    _RETRY_AFTER_SECONDS = 60

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        MiddlewareMixin.__init__(self, get_response)

    # The parent's attribute names, read when used rather than when constructed.
    @property
    def OIDC_EXEMPT_URLS(self) -> list[Any]:
        return list(self.get_settings("OIDC_EXEMPT_URLS", []))

    @property
    def OIDC_OP_AUTHORIZATION_ENDPOINT(self) -> str:
        return str(self.get_settings("OIDC_OP_AUTHORIZATION_ENDPOINT"))

    @property
    def OIDC_RP_CLIENT_ID(self) -> str:
        return str(settings.OIDC_RP_CLIENT_ID)

    @property
    def OIDC_STATE_SIZE(self) -> int:
        return int(self.get_settings("OIDC_STATE_SIZE", 32))

    @property
    def OIDC_AUTHENTICATION_CALLBACK_URL(self) -> str:
        return str(
            self.get_settings("OIDC_AUTHENTICATION_CALLBACK_URL", "oidc_authentication_callback")
        )

    @property
    def OIDC_RP_SCOPES(self) -> str:
        return str(settings.OIDC_RP_SCOPES)

    @property
    def OIDC_USE_NONCE(self) -> bool:
        return bool(self.get_settings("OIDC_USE_NONCE", True))

    @property
    def OIDC_NONCE_SIZE(self) -> int:
        return int(self.get_settings("OIDC_NONCE_SIZE", 32))

    def is_refreshable_url(self, request: HttpRequest) -> bool:
        enabled = oidc.sso_enabled() and settings.OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS > 0
        return enabled and bool(super().is_refreshable_url(request))

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        try:
            response: HttpResponse | None = super().process_request(request)
        except oidc.DiscoveryError as exc:
            logger.warning("SSO session re-check postponed: %s", exc)
            request.session["oidc_id_token_expiration"] = time.time() + self._RETRY_AFTER_SECONDS
            return None
        if isinstance(response, HttpResponseRedirect) and _is_htmx(request):
            # Come back to the page, not to the partial htmx was fetching.
            request.session["oidc_login_next"] = _htmx_page_path(request)
            return HttpResponseClientRedirect(response.url)
        return response


class NotFoundPage:
    """The portal's own "Page not found" page with DEBUG on too.

    Django's debug 404 lists every URL pattern of the site, which tells a curious visitor of a
    demo (or a misconfigured server) more than they should know, and looks broken to a newcomer.
    Unresolved URLs come back here as a 404 response without a resolver match; a view's Http404
    arrives in process_exception. Sits outside CommonMiddleware, so APPEND_SLASH still redirects.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if settings.DEBUG and response.status_code == 404 and request.resolver_match is None:
            return self._page(request)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if settings.DEBUG and isinstance(exception, Http404):
            return self._page(request)
        return None

    @staticmethod
    def _page(request: HttpRequest) -> HttpResponse:
        return render(request, "404.html", status=404)
