"""The delta sync (tickets changed since the watermark) and the full pass (deletions and
requester moves), with Halo's documented list parameters only: `order=lastactiondate`,
`orderdesc=true`, pages of 100, read until a row is older than the watermark."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone

from halo_integration import attachments as files
from halo_integration.client import MAX_PAGE_SIZE, HaloClient
from halo_integration.errors import HaloError
from halo_integration.mirror import store
from halo_integration.mirror.models import MirrorState, MirrorTicket
from halo_integration.schemas import TicketRow

logger = logging.getLogger(__name__)
# Rows whose last action is this much older than the watermark are read again: Halo's clock
# and the order of concurrent updates are not exact.
OVERLAP = timedelta(seconds=120)
MAX_DELTA_PAGES = 50  # a delta pass never reads more than 5,000 rows; a full pass catches up


@dataclass
class SyncReport:
    kind: str
    rows: int = 0
    changed: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)
    calls: int = 0

    def __str__(self) -> str:
        return (
            f"{self.kind} sync: {self.rows} tickets read, {len(self.changed)} changed, "
            f"{len(self.deleted)} gone, {self.calls} Halo calls"
        )


def delta(halo: HaloClient) -> SyncReport:
    """Tickets whose last action is newer than the watermark; their actions are read again when
    the portal has shown them. Raises HaloError (the watermark then stays where it was)."""
    key = store.connection_key(halo.config)
    state = store.state(key)
    started = timezone.now()
    since = state.watermark - OVERLAP if state.watermark else None
    report = SyncReport("delta")
    newest = state.watermark
    try:
        for page_no in range(1, MAX_DELTA_PAGES + 1):
            rows = _page(halo, report, page_no)
            changed = store.save_tickets(key, rows, full=False, when=started)
            _reread_actions(halo, key, changed, report)
            dates = [r.lastactiondate for r in rows if r.lastactiondate is not None]
            if dates:
                newest = max([d for d in (newest, *dates) if d is not None])
            oldest = min(dates) if dates else None
            # The first pass only sets the watermark: pages fill the mirror as people read them.
            if since is None or len(rows) < MAX_PAGE_SIZE or (oldest and oldest < since):
                break
    except HaloError as exc:
        _failed(state, exc)
        raise
    state.watermark = newest or started
    state.delta_at = started
    state.last_error = ""
    state.save(update_fields=["watermark", "delta_at", "last_error"])
    return report


def full(halo: HaloClient) -> SyncReport:
    """Every ticket: rows Halo no longer lists are marked deleted, and a ticket now requested by
    someone else is theirs from this moment (the previous requester loses it at once).

    The mirror then holds every requester's whole list, so a person's first visit reads no list
    (the delta sync keeps it current from here, as for a list a page read)."""
    key = store.connection_key(halo.config)
    state = store.state(key)
    started = timezone.now()
    report = SyncReport("full")
    seen: set[int] = set()
    requesters: set[int] = set()
    try:
        page_no = 1
        while True:
            rows = _page(halo, report, page_no)
            changed = store.save_tickets(key, rows, full=False, when=started)
            _reread_actions(halo, key, changed, report)
            seen.update(r.id for r in rows)
            requesters.update(r.user_id for r in rows if r.user_id is not None)
            if len(rows) < MAX_PAGE_SIZE:
                break
            page_no += 1
    except HaloError as exc:
        _failed(state, exc)
        raise
    gone = list(
        MirrorTicket.objects.filter(connection_key=key, deleted=False)
        .exclude(ticket_id__in=seen)
        .values_list("ticket_id", flat=True)
    )
    store.mark_deleted(key, gone)
    store.mark_all_listed(key, requesters, started)
    report.deleted = gone
    state.full_at = state.delta_at = started
    state.last_error = ""
    state.save(update_fields=["full_at", "delta_at", "last_error"])
    return report


def _page(halo: HaloClient, report: SyncReport, page_no: int) -> list[TicketRow]:
    # The rows are saved by the caller, which needs to know which ones changed.
    observer, halo.observer = halo.observer, None
    try:
        page = halo.list_tickets(
            page_no=page_no, page_size=MAX_PAGE_SIZE, order="lastactiondate", orderdesc=True
        )
    finally:
        halo.observer = observer
    report.calls += 1
    report.rows += len(page.rows)
    return page.rows


def _reread_actions(halo: HaloClient, key: str, changed: list[int], report: SyncReport) -> None:
    report.changed.extend(changed)
    shown = MirrorTicket.objects.filter(
        connection_key=key, ticket_id__in=changed, full_at__isnull=False, user_id__isnull=False
    ).values_list("ticket_id", flat=True)
    for ticket_id in shown:
        halo.list_actions(ticket_id, public_only=True)  # the observer replaces the mirrored ones
        report.calls += 1
        files.renew_listing(halo, ticket_id)


def _failed(state: MirrorState, exc: HaloError) -> None:
    state.last_error = exc.message[:500]
    state.save(update_fields=["last_error"])
    logger.warning("mirror sync failed: %s", exc.message)


def last_sync(key: str) -> datetime | None:
    found = store.state(key)
    return found.delta_at
