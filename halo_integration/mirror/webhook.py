"""Taking in Halo's webhooks (REFERENCE §10): event only, small object or full object payloads.

A delivery Halo repeats is taken once; the echo of the portal's own write is ignored (the mirror
has it already); what the payload carries is laid into the mirror, and what it lacks (the ticket,
its requester, its actions) is re-read from Halo by one coalesced task per ticket, so a burst of
events for one ticket costs one re-read."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from halo_integration import schemas
from halo_integration.mirror import store
from halo_integration.mirror.models import MirrorState, WebhookDelivery
from halo_integration.schemas import Action, Ticket
from halo_integration.values import int_or_none

logger = logging.getLogger(__name__)
COALESCE_SECONDS = 2.0  # events for one ticket within this long share one re-read
ECHO_SECONDS = 30.0  # an event this soon after the portal's own write to the ticket is its echo


def credentials() -> list[tuple[str, str]]:
    """The user name and password pairs a webhook may present: the connection's, then the
    HALO_WEBHOOK_* settings."""
    from halo_integration.models import HaloConnection

    pairs: list[tuple[str, str]] = []
    connection = HaloConnection.objects.current()
    if connection is not None and connection.webhook_username:
        try:
            pairs.append((connection.webhook_username, connection.webhook_password))
        except Exception:  # an unreadable secret (key rotated away) is no credential
            logger.warning("the connection's webhook password cannot be decrypted")
    username = getattr(settings, "HALO_WEBHOOK_USERNAME", "")
    password = getattr(settings, "HALO_WEBHOOK_PASSWORD", "")
    if username and password:
        pairs.append((username, password))
    return [(u, p) for u, p in pairs if u and p]


def authenticated(header: str) -> bool:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return False
    try:
        username, sep, password = base64.b64decode(encoded.strip()).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    if not sep:
        return False
    return any(
        hmac.compare_digest(username.encode(), u.encode())
        & hmac.compare_digest(password.encode(), p.encode())
        for u, p in credentials()
    )


def take(body: bytes, key: str) -> str:
    """Take in one authenticated delivery; returns what was done with it (for the answer)."""
    try:
        payload = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError):
        return "unreadable"
    events = payload if isinstance(payload, list) else [payload]  # batched deliveries
    results = [_take_event(event, body, key) for event in events if isinstance(event, Mapping)]
    MirrorState.objects.get_or_create(connection_key=key)
    MirrorState.objects.filter(connection_key=key).update(
        webhook_at=timezone.now(), webhook_count=F("webhook_count") + 1
    )
    return ", ".join(results) if results else "ignored"


def note_portal_write(key: str, ticket_id: int) -> None:
    """The portal just wrote to this ticket: the webhook Halo sends about it is an echo."""
    cache.set(_echo_key(key, ticket_id), 1, timeout=ECHO_SECONDS)


def release_refresh(key: str, ticket_id: int) -> None:
    cache.delete(_refresh_key(key, ticket_id))


# --- internals ------------------------------------------------------------------------------------


def _take_event(event: Mapping[str, Any], body: bytes, key: str) -> str:
    ticket_data = event.get("ticket") if isinstance(event.get("ticket"), Mapping) else None
    ticket_id = int_or_none(event.get("object_id")) or (
        int_or_none(ticket_data.get("id")) if ticket_data else None
    )
    if ticket_id is None:
        return "ignored"
    delivery = str(event.get("id") or "") or hashlib.sha256(body).hexdigest()
    try:
        with transaction.atomic():
            WebhookDelivery.objects.create(connection_key=key, delivery_id=delivery[:100])
    except IntegrityError:
        return "duplicate"
    if cache.get(_echo_key(key, ticket_id)):
        return "echo"
    complete = False
    ticket = schemas.parse_one(Ticket, ticket_data, source="webhook") if ticket_data else None
    if ticket is not None and ticket.id == ticket_id and ticket.user_id is not None:
        store.save_tickets(key, [ticket], full=False)
        raw_actions = event.get("actions")
        if isinstance(raw_actions, list):
            actions = schemas.parse_rows(Action, raw_actions, source="webhook")
            store.save_actions(key, ticket_id, actions)
            complete = True
    if complete:
        return "applied"
    return "re-read" if _schedule_refresh(key, ticket_id) else "coalesced"


def _schedule_refresh(key: str, ticket_id: int) -> bool:
    """One re-read per ticket in flight: True if this event scheduled it."""
    from halo_integration import tasks

    marker = _refresh_key(key, ticket_id)
    if not cache.add(marker, 1, timeout=60):
        return False
    try:
        tasks.refresh_mirrored_ticket.apply_async(args=[key, ticket_id], countdown=COALESCE_SECONDS)
    except Exception:  # broker down: the delta sync brings the change instead
        cache.delete(marker)
        logger.warning("could not queue a re-read of ticket %s; the sync will bring it", ticket_id)
    return True


def _echo_key(key: str, ticket_id: int) -> str:
    return f"webhook-echo:{key}:{ticket_id}"


def _refresh_key(key: str, ticket_id: int) -> str:
    return f"webhook-refresh:{key}:{ticket_id}"
