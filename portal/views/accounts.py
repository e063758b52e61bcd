"""Sign-in and sign-out: the sign-in page, the break-glass page and the OIDC endpoints."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import authenticate
from django.contrib.auth import login as auth_login
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotAllowed
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods
from django.views.generic import View
from mozilla_django_oidc import views as oidc_views

from portal import oidc
from portal.redirects import safe_next

logger = logging.getLogger(__name__)

ViewFunc = Callable[..., HttpResponseBase]


class BreakGlassForm(AuthenticationForm):
    """AuthenticationForm whose authenticate() call only lets superusers in."""

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            self.user_cache = authenticate(
                self.request, username=username, password=password, superuser_only=True
            )
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


def _next_url(request: HttpRequest) -> str:
    return safe_next(request, resolve_url(settings.LOGIN_REDIRECT_URL))


def _password_sign_in(
    request: HttpRequest, form_class: type[AuthenticationForm], template_name: str
) -> HttpResponse:
    next_url = _next_url(request)
    form = form_class(request, data=request.POST if request.method == "POST" else None)
    if form.is_valid():
        auth_login(request, form.get_user())
        return redirect(next_url)
    sso_url = reverse("oidc_authentication_init") + "?" + urlencode({"next": next_url})
    context = {
        "form": form,
        "next": next_url,
        "sso_enabled": oidc.sso_enabled(),
        "sso_url": sso_url,
        "password_login_enabled": settings.PASSWORD_LOGIN_ENABLED,
    }
    return render(request, template_name, context)


@login_not_required
@require_http_methods(["GET", "POST"])
@sensitive_post_parameters("password")
@csrf_protect
@never_cache
def login(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and not settings.PASSWORD_LOGIN_ENABLED:
        return HttpResponseNotAllowed(["GET"])  # no password sign-in here; only SSO
    if request.user.is_authenticated and request.method == "GET":
        return redirect(_next_url(request))
    return _password_sign_in(request, AuthenticationForm, "registration/login.html")


@login_not_required
@require_http_methods(["GET", "POST"])
@sensitive_post_parameters("password")
@csrf_protect
@never_cache
def breakglass_login(request: HttpRequest) -> HttpResponse:
    return _password_sign_in(request, BreakGlassForm, "registration/breakglass.html")


@login_not_required
@require_GET
def admin_login(request: HttpRequest) -> HttpResponse:
    # Django admin's own form would take passwords even with password sign-in off; staff sign
    # in like everyone else (SSO, or break-glass for superusers).
    if request.user.is_authenticated:
        # Signed in already: the portal's sign-in would send them straight back to the admin,
        # which sends anyone without admin access here again (a redirect loop).
        if admin.site.has_permission(request):
            return redirect(_next_url(request))
        return render(request, "403.html", status=403)
    query = urlencode({"next": request.GET.get("next", reverse("admin:index"))})
    return redirect(f"{reverse('login')}?{query}")


# --- OpenID Connect views (mozilla-django-oidc, fed by discovery) ------------------------------


def _sso_error_page(request: HttpRequest, error: Exception) -> HttpResponse:
    disabled = isinstance(error, oidc.SSONotConfigured)
    if not disabled:
        logger.error("Single sign-on unavailable: %s", error)
    context = {"sso_disabled": disabled, "detail": str(error) if settings.DEBUG else ""}
    return render(request, "registration/sso_error.html", context, status=404 if disabled else 503)


def _sso_view(view: ViewFunc) -> ViewFunc:
    """Wrap an OIDC view: public, and a clear page when SSO is off or the IdP is unreachable."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            return view(request, *args, **kwargs)
        except (oidc.SSONotConfigured, oidc.DiscoveryError) as exc:
            return _sso_error_page(request, exc)

    return login_not_required(wrapper)


class OIDCAuthenticateView(oidc_views.OIDCAuthenticationRequestView):  # type: ignore[misc]
    get_settings = staticmethod(oidc.get_setting)

    def __init__(self, **kwargs: Any) -> None:
        View.__init__(self, **kwargs)  # the parent discovers here; we do it in get()

    def get(self, request: HttpRequest) -> HttpResponseBase:
        self.OIDC_OP_AUTH_ENDPOINT = self.get_settings("OIDC_OP_AUTHORIZATION_ENDPOINT")
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        response: HttpResponseBase = super().get(request)
        return response


class OIDCCallbackView(oidc_views.OIDCAuthenticationCallbackView):  # type: ignore[misc]
    get_settings = staticmethod(oidc.get_setting)

    def get(self, request: HttpRequest) -> HttpResponseBase:
        issuer = request.GET.get("iss")
        if issuer is not None and issuer != oidc.get_provider().issuer:
            # RFC 9207: a response from another issuer is a mix-up attack.
            logger.warning("SSO callback from unexpected issuer %r", issuer)
            return self.login_failure()
        try:
            response: HttpResponseBase = super().get(request)
        except SuspiciousOperation as exc:  # e.g. a state this browser never started
            logger.warning("SSO callback refused: %s", exc)
            return self.login_failure()
        return response

    def login_failure(self) -> HttpResponseBase:
        messages.error(
            self.request,
            _("Signing in with your company account did not complete. Please try again."),
        )
        return redirect("login")


class OIDCLogoutView(oidc_views.OIDCLogoutView):  # type: ignore[misc]
    get_settings = staticmethod(oidc.get_setting)


oidc_authenticate = _sso_view(OIDCAuthenticateView.as_view())
oidc_callback = _sso_view(OIDCCallbackView.as_view())
# Signing out must work with an expired session or an unreachable IdP: provider_logout_url
# falls back to a local sign-out by itself.
oidc_logout = login_not_required(OIDCLogoutView.as_view())
