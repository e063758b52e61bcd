"""SSO user -> Halo end user, by exact e-mail match, remembered locally. Nothing is created."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction

from halo_integration.client import HaloClient
from halo_integration.connection import build_halo_client
from halo_integration.errors import HaloError
from halo_integration.models import HaloIdentity
from halo_integration.schemas import User


class IdentityNotFound(HaloError):
    """No Halo end user has this person's e-mail (or several do)."""


def find_halo_user(halo: HaloClient, email_address: str) -> User:
    """The one active Halo end user with exactly this e-mail. Raises IdentityNotFound."""
    if not email_address.strip():
        raise IdentityNotFound(
            "your portal account has no e-mail address, so it cannot be matched to Halo"
        )
    matches = [u for u in halo.find_users_by_email(email_address) if not u.inactive]
    if not matches:
        raise IdentityNotFound(
            f"no Halo user has the e-mail address {email_address}; ask IT to add you to Halo as an end user"
        )
    if len(matches) > 1:
        raise IdentityNotFound(
            f"{len(matches)} Halo users share the e-mail address {email_address}; ask IT to merge them"
        )
    return matches[0]


def halo_identity_for(user: Any, halo: HaloClient) -> HaloIdentity:
    """The remembered match, or a fresh one. Raises IdentityNotFound or another HaloError."""
    email_address = (getattr(user, "email", "") or "").strip()
    known = HaloIdentity.objects.filter(user=user).first()
    if known is not None and known.email.casefold() == email_address.casefold():
        return known
    match = find_halo_user(halo, email_address)
    defaults = {
        "email": email_address,
        "halo_user_id": match.id,
        "halo_client_id": match.client_id,
        "halo_site_id": match.site_id,
        "halo_name": match.name,
    }
    try:
        with transaction.atomic():
            identity, _ = HaloIdentity.objects.update_or_create(user=user, defaults=defaults)
    except IntegrityError:  # a parallel first request matched the same person a moment ago
        identity = HaloIdentity.objects.get(user=user)
    return identity


def remembered_halo_user_id(user: Any) -> int | None:
    """The Halo user id this person was matched to before, without asking Halo (None if never)."""
    known = HaloIdentity.objects.filter(user=user).first()
    return known.halo_user_id if known else None


def own_halo_user_id(user: Any) -> int:
    """This person's Halo user id, matched through the configured Halo unless remembered.
    Raises IdentityNotFound, HaloNotConfigured or another HaloError."""
    return halo_identity_for(user, build_halo_client()).halo_user_id
