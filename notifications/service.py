"""Find what IT changed on employees' tickets and e-mail the requester, each change once.

The portal reads each signed-up employee's tickets (its own reads, run by Celery beat), compares
them with what it saw last time (TicketWatch) and records one Notification per change before
mailing it, so a change seen twice, or by two workers at once, is mailed once. Hidden notes are
never read for this (only actions Halo marks visible to end users), changes the employee made
through the portal are not mailed back to them, and mail goes only to the ticket's requester:
the portal user whose Halo user is the ticket's `user_id`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

from halo_integration import access
from halo_integration.catalog import Catalog
from halo_integration.client import HaloClient
from halo_integration.connection import build_catalog, build_halo_client
from halo_integration.errors import HaloError
from halo_integration.models import HaloIdentity, PendingWrite
from halo_integration.schemas import Action, TicketRow
from notifications.models import Notification, Preference, TicketWatch

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # an address the mail server keeps refusing is given up after this many tries
MAX_TICKETS = 200  # per person and pass; nobody has more open tickets than this


@dataclass(frozen=True)
class Change:
    kind: str
    key: str
    context: dict[str, Any]


def notify_ticket_changes(*, halo: HaloClient | None = None, now: datetime | None = None) -> int:
    """One pass over every matched employee's tickets; returns how many e-mails were sent."""
    now = now or timezone.now()
    try:
        halo = halo or build_halo_client()
        catalog = build_catalog(halo)
        waiting = catalog.waiting_on_user_status_ids(settings.WAITING_ON_USER_STATUSES)
    except HaloError as error:  # Halo away or not connected: the next pass tries again
        logger.info("notifications skipped: %s", type(error).__name__)
        return send_unsent()
    identities = HaloIdentity.objects.select_related("user").filter(user__is_active=True)
    for identity in identities:
        if not identity.user.email:
            continue
        try:
            _check_person(identity, halo=halo, catalog=catalog, waiting=waiting, now=now)
        except HaloError as error:
            logger.info("notifications for user %s skipped: %s", identity.user_id, error)
    return send_unsent()


def _check_person(
    identity: HaloIdentity,
    *,
    halo: HaloClient,
    catalog: Catalog,
    waiting: frozenset[int],
    now: datetime,
) -> None:
    user = identity.user
    rows = list(halo.iter_tickets(limit=MAX_TICKETS, user_id=identity.halo_user_id, open_only=True))
    seen = {row.id for row in rows}
    # Tickets that left the open list since the last pass: read them once more (closed by IT?).
    for watch in TicketWatch.objects.filter(user=user, closed=False).exclude(ticket_id__in=seen):
        try:
            rows.append(halo.get_ticket(watch.ticket_id))
        except HaloError:
            continue
    for row in rows:
        # Only to the requester: a ticket that is not this person's is never looked at further.
        if row.user_id is None or row.user_id != identity.halo_user_id:
            continue
        for change in _changes(identity, row, halo=halo, catalog=catalog, waiting=waiting, now=now):
            _record(user, row, change)


def _changes(
    identity: HaloIdentity,
    ticket: TicketRow,
    *,
    halo: HaloClient,
    catalog: Catalog,
    waiting: frozenset[int],
    now: datetime,
) -> list[Change]:
    user = identity.user
    is_closed = catalog.is_closed(ticket)
    activity = ticket.last_updated.isoformat() if ticket.last_updated else ""
    watch = TicketWatch.objects.filter(user=user, ticket_id=ticket.id).first()
    if watch is None:  # first sight: remember the state, mail nothing about the past
        notes = _public_actions(halo, ticket.id)
        TicketWatch.objects.create(
            user=user,
            ticket_id=ticket.id,
            status_id=ticket.status_id,
            last_activity=activity,
            last_action_id=max((a.id for a in notes), default=0),
            closed=is_closed,
            waiting_since=now if ticket.status_id in waiting else None,
        )
        return []
    changes: list[Change] = []
    base = _base_context(user, ticket, catalog)
    status_changed = ticket.status_id != watch.status_id
    if activity != watch.last_activity or status_changed:
        notes = [a for a in _public_actions(halo, ticket.id) if a.id > watch.last_action_id]
        own = _own_action_ids(user, ticket.id)
        from_it = [a for a in notes if a.id not in own and not _by_requester(a, identity)]
        written = [a for a in from_it if (a.note or a.note_html).strip()]
        if written:
            texts = [_text(a) for a in written]
            changes.append(
                Change(
                    Notification.Kind.NOTE,
                    f"action:{written[-1].id}",
                    base | {"notes": texts, "author": written[-1].who},
                )
            )
        # A status the employee set themselves (resolve, reopen) is not news to them.
        by_them = any(a.id in own and a.new_status == ticket.status_id for a in notes)
        if status_changed and not by_them and ticket.status_id is not None:
            kind = (
                Notification.Kind.WAITING
                if ticket.status_id in waiting
                else Notification.Kind.STATUS
            )
            key = f"status:{watch.status_id}>{ticket.status_id}@{activity}"
            changes.append(Change(kind, key, base))
        watch.last_action_id = max([watch.last_action_id, *(a.id for a in notes)])
    if ticket.status_id in waiting:
        if watch.waiting_since is None or status_changed:
            watch.waiting_since = now
    else:
        watch.waiting_since = None
    nudge_after = timedelta(days=settings.NUDGE_AFTER_DAYS)
    if (
        watch.waiting_since is not None
        and now - watch.waiting_since >= nudge_after
        and watch.reminded_for != watch.waiting_since
    ):
        key = f"reminder:{watch.waiting_since.isoformat()}"
        changes.append(Change(Notification.Kind.REMINDER, key, base | _confirm_links(ticket.id)))
        watch.reminded_for = watch.waiting_since
    watch.status_id, watch.last_activity, watch.closed = ticket.status_id, activity, is_closed
    watch.save()
    return changes


def _record(user: Any, ticket: TicketRow, change: Change) -> None:
    preference = Preference.for_user(user)
    if not preference.wants(change.kind):
        return
    with translation.override(_language(user)):
        subject = render_to_string(f"notifications/{change.kind}_subject.txt", change.context)
        body = render_to_string(f"notifications/{change.kind}.txt", change.context)
    try:
        with transaction.atomic():
            Notification.objects.create(
                user=user,
                ticket_id=ticket.id,
                kind=change.kind,
                key=change.key,
                to=user.email,
                subject=" ".join(subject.split())[:250],
                body=body,
            )
    except IntegrityError:  # this change was recorded before: it is mailed once
        return


def send_unsent() -> int:
    """Mail every recorded notification not sent yet; a failure is retried on the next pass."""
    sent = 0
    pending = Notification.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
    for notification in pending.order_by("created_at"):
        # Claim it first, so two workers never both send the same one.
        claimed = Notification.objects.filter(
            pk=notification.pk, sent_at__isnull=True, attempts=notification.attempts
        ).update(attempts=notification.attempts + 1)
        if not claimed:
            continue
        message = EmailMultiAlternatives(
            subject=notification.subject,
            body=notification.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[notification.to],
        )
        try:
            message.send()
        except Exception as error:  # noqa: BLE001 - any mail failure is kept and retried
            Notification.objects.filter(pk=notification.pk).update(error=str(error)[:300])
            logger.warning("e-mail %s not sent: %s", notification.pk, type(error).__name__)
            continue
        Notification.objects.filter(pk=notification.pk).update(sent_at=timezone.now(), error="")
        sent += 1
    return sent


# --- helpers -----------------------------------------------------------------------------------


def _public_actions(halo: HaloClient, ticket_id: int) -> list[Action]:
    # public_only asks Halo for visible actions and drops any other; checked once more here.
    actions = halo.list_actions(ticket_id, public_only=True)
    return [a for a in actions if access.visible_to_end_user(a)]


def _own_action_ids(user: Any, ticket_id: int) -> set[int]:
    """Halo actions the portal wrote for this person (their notes, resolves, reopens)."""
    writes = PendingWrite.objects.delivered_for_ticket(ticket_id).filter(actor=user)
    ids = set()
    for write in writes:
        action_id = write.result.get("action_id") if isinstance(write.result, dict) else None
        if isinstance(action_id, int):
            ids.add(action_id)
    return ids


def _by_requester(action: Action, identity: HaloIdentity) -> bool:
    # An e-mail reply the employee sent Halo directly is theirs, not news from IT.
    return bool(action.who and identity.halo_name and action.who == identity.halo_name)


def _text(action: Action) -> str:
    text = (
        action.note
        if action.note.strip() and "<" not in action.note
        else strip_tags(action.note_html or action.note)
    )
    return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())


def _base_context(user: Any, ticket: TicketRow, catalog: Catalog) -> dict[str, Any]:
    return {
        "name": user.first_name or user.email,
        "ticket_id": ticket.id,
        "summary": ticket.summary,
        "status": catalog.name_of("statuses", ticket.status_id, ticket.status_name),
        "ticket_url": portal_url(reverse("ticket-detail", args=[ticket.id])),
        "preferences_url": portal_url(reverse("notification-preferences")),
    }


def _confirm_links(ticket_id: int) -> dict[str, str]:
    # Both lead to a page where the person confirms; opening a link from a mail changes nothing.
    return {
        "fixed_url": portal_url(reverse("ticket-resolve", args=[ticket_id])),
        "broken_url": portal_url(reverse("still-broken", args=[ticket_id])),
    }


def portal_url(path: str) -> str:
    base = settings.PORTAL_URL
    if not base:
        host = next((h for h in settings.ALLOWED_HOSTS if h and "*" not in h), "localhost")
        base = f"http://{host}"
    return f"{base}{path}"


def _language(user: Any) -> str:
    chosen = getattr(getattr(user, "mail_preference", None), "language", "")
    return str(chosen or settings.LANGUAGE_CODE)
