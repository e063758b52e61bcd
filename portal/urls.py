from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from portal.views import accounts, ask, health, home, language, webhook

account_urls = [
    path("accounts/login/", accounts.login, name="login"),
    path("accounts/breakglass/", accounts.breakglass_login, name="breakglass-login"),
    # mozilla-django-oidc reverses these names, so they keep the library's spelling.
    path("oidc/authenticate/", accounts.oidc_authenticate, name="oidc_authentication_init"),
    path("oidc/callback/", accounts.oidc_callback, name="oidc_authentication_callback"),
    path("oidc/logout/", accounts.oidc_logout, name="oidc_logout"),
    # Before admin/: the admin's own password form would bypass PASSWORD_LOGIN_ENABLED.
    path("admin/login/", accounts.admin_login),
]

urlpatterns = [
    *account_urls,
    # Pages that do not link an icon (Django admin's) make browsers ask for /favicon.ico.
    path("favicon.ico", home.favicon),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("halo/webhook/", webhook.halo_webhook, name="halo-webhook"),
    path("admin/", admin.site.urls),
    path("language/", language.set_language, name="set-language"),
    path("ask/", ask.ask, name="ask"),
    path("ask/confirm/", ask.ask_confirm, name="ask-confirm"),
    path("ask/cancel/", ask.ask_cancel, name="ask-cancel"),
    path("ask/result/", ask.ask_result, name="ask-result"),
    path("", include("portal.ticket_urls")),
    path("", include("portal.kb_urls")),
    path("", include("notifications.urls")),
    path("console/", include("portal.console_urls")),
    path("", home.home, name="home"),
]
