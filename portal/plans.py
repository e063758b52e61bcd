"""Signed Ask plans: what Confirm will run, sealed when the card is shown.

A plan token is signed (its content cannot be changed), bound to the person and to their session
(a token copied elsewhere is worthless), short-lived, and single use: confirming consumes its
one-time number in the database, so a replay, a double click or a browser refresh runs nothing.
A card that asks for something before Confirm (a rating's score) reads its token without
consuming it until what was chosen is valid."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from portal.models import UsedPlan

_SALT = "portal.ask.plan"


class PlanRefused(Exception):
    """The token is forged, expired, someone else's, from another session or already used."""


@dataclass(frozen=True)
class SignedPlan:
    text: str
    action: str
    params: dict[str, Any]
    summary: str = ""  # the sentence the card showed, for showing the card again


def max_age() -> int:
    return int(getattr(settings, "ASK_PLAN_MAX_AGE", 600))


def seal(
    request: HttpRequest, *, text: str, action: str, params: dict[str, Any], summary: str = ""
) -> str:
    """A token for this person, in this session, to confirm this plan once."""
    return signing.dumps(
        {
            "text": text,
            "action": action,
            "params": params,
            "summary": summary,
            "user": request.user.pk,
            "session": _session_tag(request),
            "nonce": secrets.token_urlsafe(18),
        },
        salt=_SALT,
    )


def open_once(request: HttpRequest, token: str) -> SignedPlan:
    """The plan in `token`, consumed: a second call with the same token raises PlanRefused."""
    plan, nonce = _verified(request, token)
    _consume(nonce)
    return plan


def read(request: HttpRequest, token: str) -> SignedPlan:
    """The plan in `token`, not consumed (it can still be confirmed once). Raises PlanRefused
    for a token open_once would refuse, a used one included."""
    plan, nonce = _verified(request, token)
    if UsedPlan.objects.filter(nonce=nonce).exists():
        raise PlanRefused
    return plan


def _verified(request: HttpRequest, token: str) -> tuple[SignedPlan, str]:
    try:
        sealed = signing.loads(token, salt=_SALT, max_age=max_age())
    except signing.BadSignature:  # SignatureExpired included
        raise PlanRefused from None
    if not isinstance(sealed, dict) or not sealed.get("nonce"):
        raise PlanRefused
    if sealed.get("user") != request.user.pk or not constant_time_compare(
        str(sealed.get("session", "")), _session_tag(request)
    ):
        raise PlanRefused
    plan = SignedPlan(
        text=sealed["text"],
        action=sealed["action"],
        params=sealed["params"],
        summary=str(sealed.get("summary", "")),
    )
    return plan, str(sealed["nonce"])


def _consume(nonce: str) -> None:
    try:
        with transaction.atomic():
            UsedPlan.objects.create(nonce=nonce)
    except IntegrityError:
        raise PlanRefused from None
    # Numbers older than any live token can never match again: forget them.
    UsedPlan.objects.filter(used_at__lt=timezone.now() - timedelta(seconds=2 * max_age())).delete()


def _session_tag(request: HttpRequest) -> str:
    # A keyed digest, so the token never carries the session key itself.
    key = request.session.session_key or ""
    return salted_hmac(_SALT, key).hexdigest()[:32]
