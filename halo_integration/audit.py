"""The audit log: one append-only, hash-chained row per attempt to use an action."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from halo_integration.models import AuditChainHead, AuditEvent, AuditRead

if TYPE_CHECKING:
    from django.contrib.auth.models import User

GENESIS = "0" * 64
_SECRET_WORDS = ("secret", "password", "token", "api_key", "apikey", "authorization")
# The fields a row's hash covers, in a fixed order: altering any of them breaks the chain. That is
# every column except the row id (given by the database on insert; the order of rows is fixed by
# each hash covering the previous one) and the hashes themselves.
_HASHED_FIELDS = (
    "created_at",
    "actor_id",
    "actor_email",
    "channel",
    "action",
    "params",
    "text",
    "decision",
    "reason",
    "approval_id",
    "write_reference",
    "halo_ids",
    "outcome",
    "error",
)


def redact(value: Any) -> Any:
    """A copy of parameters with anything secret-looking replaced."""
    if isinstance(value, Mapping):
        return {
            str(k): "[redacted]"
            if any(word in str(k).lower() for word in _SECRET_WORDS)
            else redact(v)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    return value


def record(
    *,
    actor: User | AnonymousUser | None,
    channel: str,
    action: str,
    outcome: str,
    params: Mapping[str, Any] | None = None,
    decision: str = "allowed",
    reason: str = "",
    text: str = "",
    error: str = "",
    approval_id: int | None = None,
    write_reference: str = "",
    halo_ids: Mapping[str, Any] | None = None,
    created_at: datetime | None = None,
) -> AuditEvent:
    """Append one event to the chain."""
    user = actor if isinstance(actor, AbstractBaseUser) else None
    event = AuditEvent(
        created_at=created_at or timezone.now(),
        actor=user,
        actor_email=(getattr(user, "email", "") or getattr(user, "username", "")) if user else "",
        channel=channel,
        action=action,
        params=redact(dict(params or {})),
        text=text,
        decision=decision,
        reason=reason,
        approval_id=approval_id,
        write_reference=write_reference,
        halo_ids=dict(halo_ids or {}),
        outcome=outcome,
        error=error[:2000],
    )
    with transaction.atomic():
        # The UPDATE takes the write lock first (SQLite) or the row lock (PostgreSQL), so two
        # appends can never both build on the same previous hash.
        AuditChainHead.objects.get_or_create(pk=1)
        AuditChainHead.objects.filter(pk=1).update(count=F("count") + 1)
        head = AuditChainHead.objects.select_for_update().get(pk=1)
        event.prev_hash = head.last_hash
        event.hash = event_hash(event)
        event.save()
        AuditChainHead.objects.filter(pk=1).update(last_hash=event.hash)
    return event


def record_read(
    *,
    actor: User | AnonymousUser | None,
    channel: str,
    action: str,
    params: Mapping[str, Any] | None = None,
    text: str = "",
    halo_ids: Mapping[str, Any] | None = None,
) -> None:
    """A successful read, cheaply: one plain INSERT, chained later by chain_pending_reads().
    The same person reading the same thing again within AUDIT_READ_WINDOW seconds is the same
    look (a page and its htmx refresh, a reload): it is recorded once."""
    user = actor if isinstance(actor, AbstractBaseUser) else None
    clean = redact(dict(params or {}))
    window = int(getattr(settings, "AUDIT_READ_WINDOW", 300))
    if window > 0:
        digest = hashlib.sha256(
            json.dumps(
                [user.pk if user else None, channel, action, clean], sort_keys=True, default=str
            ).encode()
        ).hexdigest()[:32]
        if not cache.add(f"audit-read:{digest}", 1, timeout=window):
            return
    AuditRead.objects.create(
        created_at=timezone.now(),
        actor=user,
        actor_email=(getattr(user, "email", "") or getattr(user, "username", "")) if user else "",
        channel=channel,
        action=action,
        params=clean,
        text=text,
        halo_ids=dict(halo_ids or {}),
    )


def chain_pending_reads(limit: int = 1000) -> int:
    """Move recorded reads into the chain, oldest first, in one transaction (one lock of the
    chain head for the whole batch). Returns how many were chained."""
    with transaction.atomic():
        AuditChainHead.objects.get_or_create(pk=1)
        AuditChainHead.objects.filter(pk=1).update(count=F("count"))  # take the write lock
        head = AuditChainHead.objects.select_for_update().get(pk=1)
        reads = list(AuditRead.objects.order_by("id")[:limit])
        if not reads:
            return 0
        last = head.last_hash
        for read in reads:
            event = AuditEvent(
                created_at=read.created_at,
                actor_id=read.actor_id,
                actor_email=read.actor_email,
                channel=read.channel,
                action=read.action,
                params=read.params,
                text=read.text,
                decision="allowed",
                reason="",
                approval_id=None,
                write_reference="",
                halo_ids=read.halo_ids,
                outcome="done",
                error="",
            )
            event.prev_hash = last
            event.hash = event_hash(event)
            event.save()
            last = event.hash
        AuditRead.objects.filter(id__in=[r.id for r in reads]).delete()
        AuditChainHead.objects.filter(pk=1).update(last_hash=last, count=F("count") + len(reads))
    return len(reads)


def event_hash(event: AuditEvent) -> str:
    content = {name: _canonical(getattr(event, name)) for name in _HASHED_FIELDS}
    payload = json.dumps(
        [event.prev_hash, content], sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _canonical(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class ChainHead:
    """Where the chain stood: how many events, and the hash of the last. Kept outside the
    database (a ticket, a log server, a printout), it proves later that nothing was cut off."""

    count: int
    last_hash: str

    def __str__(self) -> str:
        return f"{self.count}:{self.last_hash}"

    @classmethod
    def parse(cls, text: str) -> ChainHead:
        """Read "COUNT:HASH" as printed by `verify_audit --head`; ValueError if malformed."""
        count, sep, last_hash = text.strip().partition(":")
        if not sep or not count.isdigit() or len(last_hash) != 64:
            raise ValueError("a chain head looks like 1234:<64 hex digits>")
        int(last_hash, 16)  # ValueError when not hexadecimal
        return cls(int(count), last_hash.lower())


def current_head() -> ChainHead:
    """The head as the events themselves give it (not the bookkeeping row, which can be edited
    along with them)."""
    last = AuditEvent.objects.order_by("-id").only("hash").first()
    return ChainHead(AuditEvent.objects.count(), last.hash if last else GENESIS)


def check_head(expected: ChainHead) -> Iterator[ChainProblem]:
    """Problems if the log no longer contains `expected` as its event number `count`: the tail
    was cut off, or an event up to there was changed (changing one changes every later hash)."""
    if expected.count == 0:
        return
    events = AuditEvent.objects.order_by("id").only("id", "hash")
    at = events[expected.count - 1 : expected.count].first()
    if at is None:
        yield ChainProblem(
            0,
            f"the log has fewer events than the head that was exported ({expected.count}): "
            "events were removed",
        )
    elif at.hash != expected.last_hash:
        yield ChainProblem(
            at.pk, "does not match the exported head: the log up to here was changed"
        )


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    problem: str


def verify_chain() -> Iterator[ChainProblem]:
    """Every place where the stored chain does not add up (none for an untouched log)."""
    previous = GENESIS
    count = 0
    for event in AuditEvent.objects.order_by("id").iterator():
        count += 1
        if event.prev_hash != previous:
            yield ChainProblem(
                event.pk, "does not follow the previous event (a row was removed or inserted)"
            )
        if event_hash(event) != event.hash:
            yield ChainProblem(event.pk, "content does not match its hash (the row was altered)")
        previous = event.hash
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.last_hash != previous or head.count != count):
        yield ChainProblem(
            0,
            f"the log ends at a different event than recorded ({count} rows, {head.count} recorded)",
        )
