"""Encryption at rest for secrets we must send back to Halo (and an LLM endpoint).

FIELD_ENCRYPTION_KEY holds one or more comma-separated Fernet keys: the first encrypts, all
decrypt, so keys can be rotated. A wrong key raises instead of handing ciphertext to Halo."""

from __future__ import annotations

import base64
import hashlib
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class SecretUnreadable(Exception):
    """The stored secret cannot be decrypted with the configured keys."""


@cache
def _fernet(raw_keys: str) -> MultiFernet:
    keys: list[str | bytes] = [key.strip() for key in raw_keys.split(",") if key.strip()]
    if not keys:
        if not settings.DEBUG:
            raise ImproperlyConfigured("FIELD_ENCRYPTION_KEY is not set")
        # DEBUG only: a key derived from SECRET_KEY keeps a throwaway dev setup working.
        keys = [base64.urlsafe_b64encode(hashlib.sha256(settings.SECRET_KEY.encode()).digest())]
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError):
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEY must be Fernet keys") from None


def encrypt(plaintext: str) -> str:
    return _fernet(settings.FIELD_ENCRYPTION_KEY).encrypt(plaintext.encode()).decode()


def decrypt(ciphertext: str) -> str:
    """Raises SecretUnreadable when no configured key opens it."""
    try:
        return _fernet(settings.FIELD_ENCRYPTION_KEY).decrypt(ciphertext.encode()).decode()
    except InvalidToken:
        raise SecretUnreadable(
            "stored secret cannot be decrypted with FIELD_ENCRYPTION_KEY"
        ) from None


def mask(secret: str) -> str:
    """What a secret looks like on screen: never more than its last 4 characters."""
    if not secret:
        return ""
    return "•" * 8 + (secret[-4:] if len(secret) >= 12 else "")
