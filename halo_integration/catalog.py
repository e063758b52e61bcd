"""What this Halo instance calls things: ticket types, statuses, priorities, teams, agents and
outcomes, discovered per instance (ids differ between tenants), cached with a TTL, and resolved
from the names people type ("high", "Messaging", "incident")."""

from __future__ import annotations

import difflib
import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from halo_integration.client import HaloClient
from halo_integration.errors import HaloError
from halo_integration.generations import SHOWN
from halo_integration.schemas import (
    Agent,
    HaloModel,
    Outcome,
    Priority,
    Status,
    TicketRow,
    TicketType,
)
from halo_integration.values import int_or_none

KINDS = ("ticket_types", "statuses", "priorities", "teams", "agents", "outcomes")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_FILLER = {
    "the",
    "a",
    "an",
    "team",
    "priority",
    "status",
    "type",
    "ticket",
    "queue",
    "group",
    "agent",
}


# Status names that put the next step with the requester: "With User", "Waiting on customer",
# "Awaiting your reply", "User action required", "Pending requester information", …
WAITING_ON_USER_RE = re.compile(
    r"\b(?:with|waiting\s+(?:on|for)|awaiting|pending|needs?)\s+(?:the\s+)?"
    r"(?:end\s+)?(?:users?|customers?|clients?|requesters?|callers?|you|your\b|employees?)"
    r"|\b(?:users?|customers?|requesters?|callers?)\s+(?:action|reply|response|feedback|input|"
    r"to\s+respond|information)"
)


class Cache(Protocol):
    def get(self, key: str) -> Any: ...
    def set(self, key: str, value: Any, timeout: float | None = None) -> None: ...
    def delete(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Item:
    """One catalog entry: its integer id (for priorities, `priorityid`), its name and Halo's record."""

    id: int
    name: str
    record: HaloModel | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving a typed name: one item, or the candidates it could mean."""

    item: Item | None
    candidates: tuple[Item, ...] = ()

    @property
    def ok(self) -> bool:
        return self.item is not None


class Catalog:
    """Instance metadata, read through the cache. Raises HaloError subclasses when Halo fails."""

    def __init__(self, halo: HaloClient, *, cache: Cache | None = None, ttl: int = 300) -> None:
        self._halo = halo
        self._cache = cache
        self._ttl = ttl
        self._local: dict[str, Any] = {}
        identity = f"{halo.config.base_url}|{halo.config.client_id}|{halo.config.tenant}"
        self._prefix = "halo-catalog:v3:" + hashlib.sha256(identity.encode()).hexdigest()[:16] + ":"

    # --- lists ----------------------------------------------------------------------------------

    def items(self, kind: str) -> list[Item]:
        """What may be chosen: active entries (disabled agents and hidden priorities left out)."""
        if kind not in KINDS:
            raise ValueError(f"unknown catalog kind {kind!r}")
        return [item for item in self._every(kind) if _choosable(item.record)]

    def _every(self, kind: str) -> list[Item]:
        if kind == "priorities":
            return _unique_priorities(self._priorities())
        return [_item(row) for row in self._load(kind, _LOADERS[kind])]

    def _priorities(self) -> list[Priority]:
        return [
            p for p in self._load("priorities", _LOADERS["priorities"]) if isinstance(p, Priority)
        ]

    def ticket_types(self, *, end_user: bool = False) -> list[Item]:
        """Active ticket types; end_user=True keeps those Halo lets end users pick."""
        types = self.items("ticket_types")
        if end_user:
            types = [
                t
                for t in types
                if not isinstance(t.record, TicketType) or t.record.enduserscanselect is not False
            ]
        return types

    def closed_status_ids(self) -> frozenset[int]:
        return frozenset(self._load("closed_status_ids", self._discover_closed_ids))

    def closed_status(self) -> Item:
        """The status that closes a ticket on this instance (prefers one named "Closed")."""
        closed = [s for s in self.items("statuses") if s.id in self.closed_status_ids()]
        if not closed:
            raise LookupError("this Halo instance reports no closed status")
        for test in (lambda n: n == "closed", lambda n: "closed" in n, lambda n: "resolved" in n):
            for status in closed:
                if test(_norm(status.name)):
                    return status
        return min(closed, key=lambda s: s.id)

    def is_closed(self, ticket: TicketRow) -> bool:
        """Closed by this instance's own closed statuses (never by a status's `type`)."""
        if ticket.status_id is None:
            return bool(ticket.hasbeenclosed)
        return ticket.status_id in self.closed_status_ids()

    def waiting_on_user_status_ids(self, extra_names: Iterable[str] = ()) -> frozenset[int]:
        """The open statuses that mean "the ball is with the requester" on this instance, found
        by their names ("With User", "Awaiting customer reply", …), plus any status an admin
        named in `extra_names`. Ids differ per tenant, so none is assumed."""
        wanted = {_norm(name) for name in extra_names if name.strip()}
        closed = self.closed_status_ids()
        found = set()
        for status in self.items("statuses"):
            names = [status.name]
            if isinstance(status.record, Status) and status.record.shortname:
                names.append(status.record.shortname)
            if status.id in closed:
                continue
            if any(_norm(n) in wanted or WAITING_ON_USER_RE.search(_norm(n)) for n in names):
                found.add(status.id)
        return frozenset(found)

    def priority_name(self, priority_id: int | None, sla_id: int | None = None) -> str:
        """The priority's name in the ticket's own SLA (names differ per SLA), else any SLA's."""
        if priority_id is None:
            return ""
        rows = [p for p in self._priorities() if p.number == priority_id]
        mine = [p for p in rows if sla_id is not None and p.slaid == sla_id]
        best = (mine or [p for p in rows if not p.ishidden] or rows)[:1]
        return best[0].name if best else ""

    def note_outcome(self, *, hidden: bool) -> Item:
        """The outcome to post a plain note with: a "note" outcome whose visibility fits."""
        outcomes = self.items("outcomes")
        if not outcomes:
            raise LookupError("this Halo instance has no outcomes; notes cannot be added")

        def visibility_fits(o: Item) -> bool:
            return isinstance(o.record, Outcome) and bool(o.record.hidefromuser) == hidden

        preferred = (
            ("private note", "internal note") if hidden else ("public note", "note", "update")
        )
        for name in preferred:
            for outcome in outcomes:
                if _norm(outcome.name) == name:
                    return outcome
        for outcome in outcomes:
            if "note" in _norm(outcome.name) and visibility_fits(outcome) and not _closes(outcome):
                return outcome
        for outcome in outcomes:
            if visibility_fits(outcome) and not _closes(outcome):
                return outcome
        # The note's own hiddenfromuser decides its visibility; just never close the ticket.
        return next((o for o in outcomes if not _closes(o)), outcomes[0])

    # --- names <-> ids --------------------------------------------------------------------------

    def get(self, kind: str, item_id: Any) -> Item | None:
        """An entry that may be chosen now (an active one)."""
        wanted = _as_int(item_id)
        return next((item for item in self.items(kind) if item.id == wanted), None)

    def name_of(self, kind: str, item_id: Any, default: str = "") -> str:
        """The name of any entry, also a disabled agent or an inactive type still on old tickets."""
        if item_id in (None, ""):
            return default
        wanted = _as_int(item_id)
        item = next((i for i in self._every(kind) if i.id == wanted), None)
        return item.name if item else default

    def resolve(self, kind: str, text: Any) -> Resolution:
        """An id, or a name matched case-insensitively, then by words, then by spelling."""
        return resolve_name(self.items(kind), text)

    def refresh(self) -> None:
        """Forget everything cached, so the next read asks Halo again."""
        self._local.clear()
        if self._cache is not None:
            for kind in (*KINDS, "closed_status_ids"):
                self._cache.delete(self._prefix + kind)

    # --- loading --------------------------------------------------------------------------------

    def _load(self, kind: str, loader: Callable[[HaloClient], Any]) -> Any:
        """One kind, through the shared cache. An entry past its TTL is still served while one
        process (the one that wins the refresh lock) reloads it, and while Halo is away; with
        nothing cached, the others wait briefly for that one instead of all asking Halo."""
        if kind in self._local:
            return self._local[kind]
        key = self._prefix + kind
        entry = self._cache.get(key) if self._cache is not None else None
        now = time.time()
        if not isinstance(entry, dict) or "value" not in entry:
            entry = None
        if entry is not None and entry["fresh_until"] > now:
            value = entry["value"]
        elif entry is not None:
            value = entry["value"]
            if self._take_refresh(key):
                try:
                    value = self._store(key, loader(self._halo))
                except HaloError:
                    pass  # the old copy serves until Halo answers again
                finally:
                    self._release_refresh(key)
        else:
            value = None
            if not self._take_refresh(key):
                value = self._wait_for(key)
            if value is None:
                try:
                    value = self._store(key, loader(self._halo))
                finally:
                    self._release_refresh(key)
        self._local[kind] = value
        return value

    def _store(self, key: str, value: Any) -> Any:
        if self._cache is not None:
            entry = {"value": value, "fresh_until": time.time() + self._ttl}
            # Kept well past its TTL, so a stale copy can serve while Halo is slow or down.
            self._cache.set(key, entry, timeout=max(self._ttl * 24, 3600))
        SHOWN.bump()  # pages name statuses, priorities and types from it
        return value

    def _take_refresh(self, key: str) -> bool:
        add = getattr(self._cache, "add", None)
        return True if add is None else bool(add(key + ":refreshing", 1, timeout=30))

    def _release_refresh(self, key: str) -> None:
        if self._cache is not None and getattr(self._cache, "add", None) is not None:
            self._cache.delete(key + ":refreshing")

    def _wait_for(self, key: str) -> Any:
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline and self._cache is not None:
            time.sleep(0.05)
            entry = self._cache.get(key)
            if isinstance(entry, dict) and "value" in entry:
                return entry["value"]
        return None

    def _discover_closed_ids(self, halo: HaloClient) -> list[int]:
        # Halo marks no status as "closed" in a field we can rely on, but /Status?excludeclosed
        # leaves the closed ones out: the difference is the closed set.
        statuses = [
            s for s in self._load("statuses", _LOADERS["statuses"]) if isinstance(s, Status)
        ]
        every = {s.id for s in statuses}
        still_open = {s.id for s in halo.list_statuses(exclude_closed=True)}
        closed = every - still_open
        if still_open and closed and len(closed) < len(every):
            return sorted(closed)
        by_name = [s.id for s in statuses if re.search(r"\b(closed|cancell?ed)\b", _norm(s.name))]
        return sorted(by_name)


def resolve_name(items: Iterable[Item], text: Any) -> Resolution:
    """Match what a person typed against named items. Never guesses between several."""
    items = list(items)
    if text is None or str(text).strip() == "":
        return Resolution(None)
    raw = str(text).strip().lstrip("#")
    if raw.isdigit():
        match = [item for item in items if item.id == int(raw)]
        return Resolution(match[0]) if match else Resolution(None)
    wanted = _norm(raw)
    for matcher in (_exact, _same_words, _contains_words, _spelled_alike):
        found = _unique(item for item in items if matcher(wanted, _norm(item.name)))
        if len(found) == 1:
            return Resolution(found[0])
        if len(found) > 1:
            return Resolution(None, tuple(found))
    return Resolution(None)


def _exact(wanted: str, name: str) -> bool:
    return wanted == name


def _same_words(wanted: str, name: str) -> bool:
    return _words(wanted) == _words(name) and bool(_words(name))


def _contains_words(wanted: str, name: str) -> bool:
    want, have = _words(wanted), _words(name)
    return bool(want) and bool(have) and (want <= have or have <= want)


def _spelled_alike(wanted: str, name: str) -> bool:
    return difflib.SequenceMatcher(None, wanted, name).ratio() >= 0.85


def _unique(items: Iterable[Item]) -> list[Item]:
    seen: dict[int, Item] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


def _words(text: str) -> frozenset[str]:
    return frozenset(word for word in text.split() if word not in _FILLER)


def _norm(text: str) -> str:
    text = text.casefold().replace("&", " and ")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)  # "2nd line" == "2 line"
    text = re.sub(r"\b(first|second|third|fourth)\b", lambda m: _ORDINALS[m.group(1)], text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _item(record: HaloModel) -> Item:
    return Item(
        _as_int(getattr(record, "id", None)), str(getattr(record, "name", "") or ""), record
    )


def _choosable(record: HaloModel | None) -> bool:
    if isinstance(record, Agent):
        return not record.isdisabled
    if isinstance(record, Priority):
        return not record.ishidden
    return not getattr(record, "inactive", None)


def _closes(outcome: Item) -> bool:
    return isinstance(outcome.record, Outcome) and (outcome.record.newstatus or 0) > 0


def _unique_priorities(rows: Iterable[Priority]) -> list[Item]:
    # Halo lists each priority once per SLA; the integer priorityid is what tickets carry. The
    # first visible row names it in lists; a ticket's own SLA names it on the ticket.
    unique: dict[int, Priority] = {}
    for row in rows:
        number = row.number
        if number is None:
            continue
        if number not in unique or (unique[number].ishidden and not row.ishidden):
            unique[number] = row
    return [Item(key, unique[key].name, unique[key]) for key in sorted(unique)]


_LOADERS: dict[str, Callable[[HaloClient], list[Any]]] = {
    "ticket_types": lambda halo: halo.list_ticket_types(),
    "statuses": lambda halo: halo.list_statuses(),
    "priorities": lambda halo: halo.list_priorities(),
    "teams": lambda halo: halo.list_teams(),
    # Disabled agents too: they are still named on the tickets they worked on.
    "agents": lambda halo: halo.list_agents(include_disabled=True),
    "outcomes": lambda halo: halo.list_outcomes(),
}


def _as_int(value: Any) -> int:
    number = int_or_none(value)
    return -1 if number is None else number
