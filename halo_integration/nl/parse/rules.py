"""The deterministic rule parser: text -> `ParsedRequest` (an action and raw, unresolved slots).

    >>> parsed = parse("Bump ticket 789 to priority High and reassign it to 2nd Line Support")
    >>> parsed.action == UPDATE_TICKET
    True
    >>> parsed.slots == {"ticket_id": 789, "priority": "High", "team": "2nd Line Support"}
    True

Pipeline (standard library only, offline, deterministic):
`text.prepare` (normalise quotes/dashes/spaces, lift quoted passages out as placeholders, fix
keyword typos) -> `intents.detect` (a table of cue patterns plus query-verb/object rules picks
the action) -> `builders.BUILDERS[action]` (takes the free text with `freetext`, then the fields
with the `slots` extractors). Names are never looked up here: a later layer resolves them
against the Halo instance, so nothing tenant-specific is hard-coded.

What a resolver should know:
- "assign/reassign/escalate/transfer ... to X" with no "team"/"agent" word: X is an `agent` when
  it looks like a person (two or three capitalised words, no digits, none of "line", "support",
  "desk", "team", "service", "ops" ...; or an e-mail address), else a `team`.
  "to me"/"to myself"/"my queue" give ``agent == "me"`` (the person asking).
- A bare "for X"/"from X"/"at X"/"X's" (create, list, lookup) is a `client`, or a `user` when X
  is an e-mail address: customer and person names cannot be told apart by shape, so a resolver
  may fall back to a user search when no customer matches. "for user X", "on behalf of X",
  "raised by X" are always `user`. "for X at Y" adds `owner_place` Y: a site of customer X, or
  the customer of person X.
- `ticket_hint` is present without a number: the descriptive words ("VPN" in "my VPN ticket",
  "the Teams camera one", "vpn ticket status?", "laptop fan - news?"), or "" when a ticket is
  meant but not described ("my open ticket", "it", "the ticket", "tell the technician ...").
  `mine` is set only when the person said "my"/"I opened"/"do I"; "liam's laptop ticket" adds
  `user` "liam" (that person's ticket). A resolve's `reason` may describe the ticket too ("the
  laptop fan thing is fixed, close it").
- `open_only` also comes from "my open ticket" and, for a read, from a question that takes for
  granted the ticket is not done ("when is my vpn issue getting fixed"); `newest` from "my last
  ticket", `oldest` from "my oldest open ticket"; `one_of` from "one of my tickets" (which one is
  not said: never guessed from the other words); "put on hold" gives ``status == "on hold"``.
- `owner_guess` (typed all in lower case): "for X" that may name a customer, a customer and
  site, or a person ("list tickets for acme inc"), or nobody ("for the printer"). Try it; a
  guess that names nobody is dropped (a list searches for it). `owner_heading`: a name heading
  the request ("Wayne Foundation / Gotham Office - ..."), maybe a customer and site, maybe an
  app; the summary keeps it in case it names no customer. `team_guess` (also after an
  update's assignee: "3110 assign Hannah Fischer, Field Services"): the few words left at
  the end of a new ticket after its fields ("... email bouncing low prio 1st line"); a team only
  when they name one.
- A number beyond Halo's id range is no id ("3115" typed fifty times is not understood).
- For lookups of customers the name is in `search` ("find customer Acme"); for other entities
  "for customer X" stays `client` ("contracts for customer Globex").
- "ticket" alone is not understood (action None): it names neither an action nor a ticket.
  A lone number ("3115", "#3115") is a get_ticket with low confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from halo_integration.actions import ACTION_NAMES
from halo_integration.actions.lifecycle import REOPEN_TICKET
from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS
from halo_integration.actions.tickets_write import (
    ADD_NOTE,
    CREATE_TICKET,
    RESOLVE_TICKET,
    UPDATE_TICKET,
)

from .builders import BUILDERS
from .cue_parts import UNSUPPORTED, Intent
from .intents import detect
from .slots import Scratch
from .text import PLACEHOLDER_RE, Prepared, has_content, prepare
from .ticket_refs import extract_ticket_ids, out_of_range_number

IGNORE_CASE = re.IGNORECASE
ACTIONS = ACTION_NAMES


@dataclass(frozen=True)
class ParsedRequest:
    """What the text asks for. `action` is None when nothing was understood (see `reason`)."""

    action: str | None
    slots: dict[str, Any] = field(default_factory=dict, hash=False)
    reason: str = ""
    confidence: float = 0.0


# --- not understood --------------------------------------------------------------------------

_EXAMPLES = (
    "I can open, show, list, update, add notes to and resolve tickets, and look up records "
    'such as customers, sites or contracts. Try e.g. "open a ticket - the printer jams", '
    '"status of ticket 3115" or "show my open tickets".'
)
_SMALL_TALK = (
    (
        re.compile(
            r"^\W*(?:hi|hello|hey|hiya|yo|good\s+(?:morning|afternoon|evening))\b", IGNORE_CASE
        ),
        "a greeting",
    ),
    (
        re.compile(r"\b(?:thanks|thank\s+you|cheers|much\s+appreciated)\b", IGNORE_CASE),
        "a thank-you",
    ),
)
_TICKET_ALONE_RE = re.compile(r"^\W*(?:a\s+|the\s+)?ticket\W*$", IGNORE_CASE)


def _not_understood(doc: Prepared) -> ParsedRequest:
    text = doc.text
    if _TICKET_ALONE_RE.match(text):
        reason = '"ticket" alone does not say which ticket or what to do with it. ' + _EXAMPLES
        return ParsedRequest(None, {}, reason, 0.0)
    for pattern, what in _SMALL_TALK:
        if pattern.search(text):
            return ParsedRequest(None, {}, f"That looks like {what}, not a request. {_EXAMPLES}")
    return ParsedRequest(None, {}, f"I could not tell what you want to do. {_EXAMPLES}")


_UNSUPPORTED_VERB_RE = re.compile(
    r"\b(delete|remove|erase|purge|wipe|destroy|merge|archive|export|download|drop|undelete)\b",
    IGNORE_CASE,
)


def _unsupported(doc: Prepared) -> ParsedRequest:
    verb = _UNSUPPORTED_VERB_RE.search(doc.text)
    word = verb.group(1).lower() if verb else "that"
    reason = f'"{word.capitalize()}" is not something the portal can do. {_EXAMPLES}'
    return ParsedRequest(None, {}, reason, 0.0)


# --- confidence and gaps ---------------------------------------------------------------------

_STRENGTH_CONFIDENCE = {4: 0.95, 3: 0.9, 2: 0.75, 1: 0.55}
_TICKET_ACTIONS = frozenset({ADD_NOTE, RESOLVE_TICKET, UPDATE_TICKET, GET_TICKET, REOPEN_TICKET})
_UPDATE_FIELDS = frozenset(
    {
        "priority",
        "status",
        "team",
        "agent",
        "agent_id",
        "tickettype",
        "client",
        "client_id",
        "site",
        "user",
        "note",
    }
)


def _gap(action: str, slots: dict[str, Any]) -> str:
    """What is missing or ambiguous, as a sentence ("" when the request is complete)."""
    if (
        action in _TICKET_ACTIONS
        and not {"ticket_id", "ticket_ids", "ticket_hint", "mine"} & slots.keys()
    ):
        return "No ticket number or description was given: which ticket?"
    if action == CREATE_TICKET and "summary" not in slots:
        return "No description of the problem was given."
    if action == ADD_NOTE and "note" not in slots:
        return "The text of the note is missing."
    if action == REOPEN_TICKET and "reason" not in slots:
        return "Say why the ticket should be reopened."
    if action == UPDATE_TICKET and not _UPDATE_FIELDS & slots.keys():
        return "Nothing to change was given (priority, status, team, agent ...)."
    return ""


def _confidence(intent: Intent, doc: Prepared, gap: str) -> float:
    score = _STRENGTH_CONFIDENCE.get(intent.strength, 0.5)
    score -= min(0.15, 0.05 * len(doc.corrected))
    if gap:
        score -= 0.2
    return round(max(0.1, min(1.0, score)), 2)


_LEFTOVER_MARKS_RE = re.compile(r"«\d*»?|»|¦")


def _clean_slots(doc: Prepared, slots: dict[str, Any]) -> dict[str, Any]:
    """Last line of defence: no placeholder or blank mark ever reaches a slot value, and a
    text slot is never empty (except `ticket_hint`, where "" means "some ticket of mine")."""
    clean: dict[str, Any] = {}
    for key, value in slots.items():
        if isinstance(value, str):
            value = _LEFTOVER_MARKS_RE.sub(" ", doc.restore(value))
            value = re.sub(r"\s+", " ", value).strip(" ,;:-")
            if not value and key != "ticket_hint":
                continue
        clean[key] = value
    return clean


def _several_ids(doc: Prepared) -> bool:
    found: dict[str, Any] = {}
    return extract_ticket_ids(Scratch(doc.text, doc), found)


def parse(text: str) -> ParsedRequest:
    """Parse one request. Never raises on user input; never calls anything outside Python."""
    doc = prepare(text)
    if not has_content(doc.text):
        return ParsedRequest(None, {}, "The request is empty.", 0.0)
    intent, obj = detect(doc.text)
    if intent is None or _TICKET_ALONE_RE.match(doc.text):
        return _not_understood(doc)
    if intent.action == UNSUPPORTED:
        return _unsupported(doc)
    if intent.action in {LIST_TICKETS, LOOKUP} and _several_ids(doc):
        # "check tickets 3115, 3131 and 3150": those tickets, not a list of all of them.
        intent = Intent(GET_TICKET, intent.strength, intent.start, intent.end, "query")
    slots = _clean_slots(doc, BUILDERS[intent.action](doc, intent, obj))
    action = intent.action
    if intent.kind == "update_with" and "note" not in slots and "note_requested" not in slots:
        action = UPDATE_TICKET
    unquoted = PLACEHOLDER_RE.sub(" ", doc.text)  # a quoted passage's mark «0» is no number
    too_long = out_of_range_number(unquoted) if action in _TICKET_ACTIONS else ""
    if too_long and not {"ticket_id", "ticket_ids", "ticket_hint", "mine"} & slots.keys():
        shown = too_long if len(too_long) <= 16 else too_long[:12] + "…"
        reason = f'"{shown}" is not a ticket number. {_EXAMPLES}'
        return ParsedRequest(None, {}, reason, 0.0)
    gap = _gap(action, slots)
    return ParsedRequest(action, slots, gap, _confidence(intent, doc, gap))
