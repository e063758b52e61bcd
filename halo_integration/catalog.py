"""What this Halo instance calls things: ticket types, statuses, priorities, teams, agents and
outcomes, discovered per instance (ids differ between tenants), cached with a TTL, and resolved
from the names people type ("high", "Messaging", "incident")."""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from halo_integration.client import HaloClient
from halo_integration.values import truthy

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


class Cache(Protocol):
    def get(self, key: str) -> Any: ...
    def set(self, key: str, value: Any, timeout: float | None = None) -> None: ...
    def delete(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Item:
    """One catalog entry: its integer id (for priorities, `priorityid`), its name and Halo's row."""

    id: int
    name: str
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


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
        self._prefix = "halo-catalog:" + hashlib.sha256(identity.encode()).hexdigest()[:16] + ":"

    # --- lists ----------------------------------------------------------------------------------

    def items(self, kind: str) -> list[Item]:
        if kind not in KINDS:
            raise ValueError(f"unknown catalog kind {kind!r}")
        return [_item(kind, row) for row in self._load(kind, _LOADERS[kind])]

    def ticket_types(self, *, end_user: bool = False) -> list[Item]:
        """Active ticket types; end_user=True keeps those Halo lets end users pick."""
        types = [t for t in self.items("ticket_types") if not truthy(t.raw.get("inactive"))]
        if end_user:
            types = [t for t in types if truthy(t.raw.get("enduserscanselect", True))]
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

    def is_closed(self, ticket: dict[str, Any]) -> bool:
        if truthy(ticket.get("hasbeenclosed")) and ticket.get("status_id") is None:
            return True
        return _as_int(ticket.get("status_id")) in self.closed_status_ids()

    def note_outcome(self, *, hidden: bool) -> Item:
        """The outcome to post a plain note with: a "note" outcome whose visibility fits."""
        outcomes = [o for o in self.items("outcomes") if not truthy(o.raw.get("inactive"))]
        if not outcomes:
            raise LookupError("this Halo instance has no outcomes; notes cannot be added")

        def visibility_fits(o: Item) -> bool:
            return truthy(o.raw.get("hidefromuser")) == hidden

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
        wanted = _as_int(item_id)
        return next((item for item in self.items(kind) if item.id == wanted), None)

    def name_of(self, kind: str, item_id: Any, default: str = "") -> str:
        item = self.get(kind, item_id) if item_id not in (None, "") else None
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
        if kind in self._local:
            return self._local[kind]
        key = self._prefix + kind
        value = self._cache.get(key) if self._cache is not None else None
        if value is None:
            value = loader(self._halo)
            if self._cache is not None:
                self._cache.set(key, value, timeout=self._ttl)
        self._local[kind] = value
        return value

    def _discover_closed_ids(self, halo: HaloClient) -> list[int]:
        # Halo marks no status as "closed" in a field we can rely on, but /Status?excludeclosed
        # leaves the closed ones out: the difference is the closed set.
        every = {_as_int(s.get("id")) for s in self._load("statuses", _LOADERS["statuses"])}
        still_open = {_as_int(s.get("id")) for s in halo.list_statuses(exclude_closed=True)}
        closed = every - still_open
        if still_open and closed and len(closed) < len(every):
            return sorted(closed)
        by_name = [
            _as_int(s.get("id"))
            for s in self._load("statuses", _LOADERS["statuses"])
            if re.search(r"\b(closed|cancell?ed)\b", _norm(str(s.get("name", ""))))
        ]
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


def _item(kind: str, row: dict[str, Any]) -> Item:
    if kind == "priorities":
        return Item(_as_int(row.get("priorityid", row.get("id"))), str(row.get("name") or ""), row)
    if kind == "outcomes":
        name = row.get("outcome") or row.get("name") or row.get("buttonname") or ""
        return Item(_as_int(row.get("id")), str(name), row)
    return Item(_as_int(row.get("id")), str(row.get("name") or ""), row)


def _closes(outcome: Item) -> bool:
    return _as_int(outcome.raw.get("newstatus")) > 0


def _load_priorities(halo: HaloClient) -> list[dict[str, Any]]:
    # Halo lists each priority once per SLA; the integer priorityid is what tickets carry.
    unique: dict[int, dict[str, Any]] = {}
    for row in halo.list_priorities():
        if truthy(row.get("ishidden")):
            continue
        unique.setdefault(_as_int(row.get("priorityid", row.get("id"))), row)
    return [unique[key] for key in sorted(unique)]


_LOADERS: dict[str, Callable[[HaloClient], Any]] = {
    "ticket_types": lambda halo: halo.list_ticket_types(),
    "statuses": lambda halo: halo.list_statuses(),
    "priorities": _load_priorities,
    "teams": lambda halo: [t for t in halo.list_teams() if not truthy(t.get("inactive"))],
    "agents": lambda halo: [a for a in halo.list_agents() if not truthy(a.get("isdisabled"))],
    "outcomes": lambda halo: halo.list_outcomes(),
}


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
