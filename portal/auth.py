"""Authentication backends: company SSO (OpenID Connect) and the guarded password sign-in.

The OIDC backend keeps mozilla-django-oidc for the protocol (code exchange, signature, nonce,
PKCE) and adds what it leaves out: discovery-fed endpoints, `aud`/`iss` checks, users keyed by
issuer + subject, and claim mapping (e-mail, name, admin groups -> is_staff).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AbstractBaseUser, AbstractUser
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from portal import oidc
from portal.models import SSOIdentity

if TYPE_CHECKING:
    from django.contrib.auth.models import User

logger = logging.getLogger(__name__)

_USERNAME_UNSAFE = re.compile(r"[^\w.@+-]")
_USERNAME_MAX = 150


class PortalOIDCBackend(OIDCAuthenticationBackend):  # type: ignore[misc]
    get_settings = staticmethod(oidc.get_setting)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The parent reads the IdP endpoints here. Django builds a backend for every
        # authenticate() call and every request's get_user(), so the endpoints are read lazily
        # (properties below) and only an SSO callback ever triggers discovery.
        self.UserModel = get_user_model()

    # The parent's attribute names, read when used rather than when constructed.
    @property
    def OIDC_OP_TOKEN_ENDPOINT(self) -> str:
        return str(self.get_settings("OIDC_OP_TOKEN_ENDPOINT"))

    @property
    def OIDC_OP_USER_ENDPOINT(self) -> str:
        return str(self.get_settings("OIDC_OP_USER_ENDPOINT"))

    @property
    def OIDC_OP_JWKS_ENDPOINT(self) -> str:
        return str(self.get_settings("OIDC_OP_JWKS_ENDPOINT"))

    @property
    def OIDC_RP_CLIENT_ID(self) -> str:
        return str(settings.OIDC_RP_CLIENT_ID)

    @property
    def OIDC_RP_CLIENT_SECRET(self) -> str:
        return str(settings.OIDC_RP_CLIENT_SECRET)

    @property
    def OIDC_RP_SIGN_ALGO(self) -> str:
        return str(settings.OIDC_RP_SIGN_ALGO)

    OIDC_RP_IDP_SIGN_KEY = None  # keys always come from the IdP's JWKS

    def authenticate(self, request: HttpRequest | None, **kwargs: Any) -> AbstractBaseUser | None:
        # Only our callback view passes a nonce; password forms and anything else are not ours,
        # even if someone adds ?code=&state= to their URL.
        if request is None or "nonce" not in kwargs or not oidc.sso_enabled():
            return None
        try:
            user: AbstractBaseUser | None = super().authenticate(request, **kwargs)
        except (
            SuspiciousOperation,  # the parent's and ours: bad signature, nonce, aud, iss...
            jwt.PyJWTError,  # expired and other token errors the parent lets through
            requests.RequestException,
            oidc.DiscoveryError,
        ) as exc:
            logger.warning("SSO sign-in refused: %s", exc)
            return None
        return user

    def verify_token(self, token: str, **kwargs: Any) -> dict[str, Any]:
        # The parent checks the signature, algorithm, expiry and nonce but not who the token
        # was issued by or for; a token minted for another app at the same IdP must not work.
        payload: dict[str, Any] = super().verify_token(token, **kwargs)
        issuer, client_id = oidc.get_provider().issuer, self.OIDC_RP_CLIENT_ID
        if "nonce" in kwargs:  # an ID token; the parent also verifies signed UserInfo here
            check_id_token_claims(payload, issuer=issuer, client_id=client_id)
        else:
            check_signed_userinfo_claims(payload, issuer=issuer, client_id=client_id)
        return payload

    def get_userinfo(
        self, access_token: str, id_token: str, payload: dict[str, Any]
    ) -> dict[str, Any]:
        # Many IdPs put groups (or everything) only in the ID token; the parent would only see
        # the UserInfo response. Merge both, with the verified ID token owning iss and sub.
        claims = dict(payload)
        if self.OIDC_OP_USER_ENDPOINT:
            userinfo = super().get_userinfo(access_token, id_token, payload)
            if userinfo.get("sub") != payload.get("sub"):
                raise SuspiciousOperation("UserInfo is about another subject than the ID token")
            claims.update(userinfo)
        claims["iss"], claims["sub"] = payload["iss"], payload["sub"]
        return claims

    def verify_claims(self, claims: dict[str, Any]) -> bool:
        # E-mail is how the portal finds the person in Halo, so it must be there and not be
        # flagged unverified.
        email_verified = str(claims.get("email_verified", True)).lower() != "false"
        return bool(claims.get("sub")) and bool(claims.get("email")) and email_verified

    def filter_users_by_claims(self, claims: dict[str, Any]) -> QuerySet[Any]:
        return self.UserModel.objects.filter(
            sso_identities__issuer=claims["iss"], sso_identities__subject=claims["sub"]
        )

    def create_user(self, claims: dict[str, Any]) -> AbstractUser:
        with transaction.atomic():
            user = _adoptable_user(claims["email"]) or _new_user(claims)
            apply_claims(user, claims)
            SSOIdentity.objects.create(user=user, issuer=claims["iss"], subject=claims["sub"])
        logger.info("SSO identity %s @ %s linked to user %s", claims["sub"], claims["iss"], user.pk)
        return user

    def update_user(self, user: AbstractUser, claims: dict[str, Any]) -> AbstractUser:
        apply_claims(user, claims)
        return user

    def get_user(self, user_id: Any) -> AbstractBaseUser | None:
        # The parent skips the is_active check; a deactivated user must be signed out.
        return ModelBackend.get_user(self, user_id)


def check_id_token_claims(payload: dict[str, Any], *, issuer: str, client_id: str) -> None:
    """OpenID Connect Core 3.1.3.7 checks 2-5 (the signature is the library's). Raises
    SuspiciousOperation."""
    if payload.get("iss") != issuer:
        raise SuspiciousOperation(f"ID token issuer {payload.get('iss')!r} is not {issuer!r}")
    audience = payload.get("aud")
    audiences = [audience] if isinstance(audience, str) else list(audience or [])
    if client_id not in audiences:
        raise SuspiciousOperation(f"ID token audience {audience!r} does not include us")
    azp = payload.get("azp")
    if (len(audiences) > 1 or azp is not None) and azp != client_id:
        raise SuspiciousOperation(f"ID token was issued to {azp!r}, not to us")
    if "exp" not in payload or not payload.get("sub"):
        raise SuspiciousOperation("ID token lacks exp or sub")


def check_signed_userinfo_claims(payload: dict[str, Any], *, issuer: str, client_id: str) -> None:
    """OpenID Connect Core 5.3.2: a signed UserInfo response SHOULD carry iss and aud; when it
    does, they must be the IdP's and ours. Raises SuspiciousOperation."""
    if "iss" in payload and payload["iss"] != issuer:
        raise SuspiciousOperation(f"UserInfo issuer {payload['iss']!r} is not {issuer!r}")
    audience = payload.get("aud", client_id)
    if client_id not in ([audience] if isinstance(audience, str) else list(audience)):
        raise SuspiciousOperation(f"UserInfo audience {audience!r} does not include us")


def apply_claims(user: AbstractUser, claims: dict[str, Any]) -> None:
    """Copy e-mail, name and admin status from the IdP's claims onto the user, and save."""
    user.email = str(claims["email"])[:254]
    first_name, last_name = _names(claims)
    if first_name or last_name:  # an IdP that sends no name must not erase one
        user.first_name, user.last_name = first_name[:150], last_name[:150]
    # Admin rights follow the IdP at every sign-in; superusers are local break-glass accounts.
    user.is_staff = user.is_superuser or is_portal_admin(claims)
    user.save()


def is_portal_admin(claims: dict[str, Any]) -> bool:
    admin_groups = set(settings.OIDC_ADMIN_GROUPS)
    return bool(admin_groups & claim_values(claims, settings.OIDC_GROUPS_CLAIM))


def claim_values(claims: dict[str, Any], path: str) -> set[str]:
    """The string values at a dotted claim path ("groups", "realm_access.roles")."""
    value: Any = claims
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, str):
        return {value}
    if isinstance(value, list | tuple):
        return {str(item) for item in value if isinstance(item, str | int)}
    return set()


def _names(claims: dict[str, Any]) -> tuple[str, str]:
    given, family = str(claims.get("given_name") or ""), str(claims.get("family_name") or "")
    if given or family:
        return given, family
    first, _, last = str(claims.get("name") or "").strip().partition(" ")
    return first, last.strip()


def _adoptable_user(email: str) -> User | None:
    # A user made before their first sign-in (by an admin, or `manage.py ask --as`) becomes
    # theirs. Never a superuser: those are local break-glass accounts an IdP must not claim.
    candidates = get_user_model().objects.filter(
        email__iexact=email, sso_identities__isnull=True, is_superuser=False
    )
    found = list(candidates[:2])
    return found[0] if len(found) == 1 else None


def _new_user(claims: dict[str, Any]) -> User:
    user: User = get_user_model()(username=unique_username(claims))
    user.set_unusable_password()  # SSO users never sign in with a portal password
    return user


def unique_username(claims: dict[str, Any]) -> str:
    """A free username from the e-mail (or preferred_username), e.g. "emma.jones@acme.example",
    then "...-2" and so on. Only characters Django's username validator accepts."""
    raw = str(claims.get("email") or claims.get("preferred_username") or "").strip().lower()
    base = _USERNAME_UNSAFE.sub("", raw)[: _USERNAME_MAX - 6] or "user"
    users = get_user_model().objects
    candidate, number = base, 1
    while users.filter(username__iexact=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


class PasswordBackend(ModelBackend):
    """Username + password, only where allowed: for everyone when PASSWORD_LOGIN_ENABLED, and
    for superusers on the break-glass page (which passes superuser_only=True)."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        superuser_only: bool = False,
        **kwargs: Any,
    ) -> User | None:
        if not (superuser_only or settings.PASSWORD_LOGIN_ENABLED):
            return None
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None and superuser_only and not getattr(user, "is_superuser", False):
            return None  # counted as a failure, like a wrong password
        return user


def is_not_a_password_attempt(request: HttpRequest, credentials: dict[str, Any] | None) -> bool:
    """AXES_WHITELIST_CALLABLE: django-axes throttles password guesses, not SSO callbacks (which
    carry no password and would otherwise lock out everyone behind one address)."""
    return not credentials or credentials.get("password") is None
