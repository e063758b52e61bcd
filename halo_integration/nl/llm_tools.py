"""What the language model is offered: one tool per declared action (the registry says which),
the raw slots each may fill (the same the rule parser produces), and `not_understood`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from halo_integration.actions.lifecycle import RATE_TICKET, REOPEN_TICKET
from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.registry import MAX_COMMENT, MAX_TEXT, REGISTRY, offered_in_ask
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS
from halo_integration.actions.tickets_write import (
    ADD_NOTE,
    CREATE_TICKET,
    RESOLVE_TICKET,
    UPDATE_TICKET,
)
from halo_integration.values import HALO_ID_MAX

NOT_UNDERSTOOD = "not_understood"
DEFAULT_CONFIDENCE = 0.9
MAX_NAME = 200  # customer, site, team ... names; the lookup action caps search at 200 too
MAX_ID = HALO_ID_MAX
MAX_FIELDS = 20
MAX_REASON = 500  # the not_understood reason is shown to the person


# --- the slots the model may fill ---------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One raw slot, as the rule parser produces it. Drives both the tool schema and validation,
    so the two can never disagree."""

    name: str
    kind: type  # str, int, bool or list (of str)
    description: str
    max_length: int = MAX_NAME
    choices: tuple[str, ...] = ()
    multiline: bool = False  # free text keeps its line breaks; names and summaries do not


def _lookup_entities() -> tuple[str, ...]:
    # The same list the lookup action validates against, so the model cannot widen it.
    entity = next(param for param in REGISTRY[LOOKUP].params if param.name == "entity")
    return entity.choices


_NAME = "exactly as written in the text; never invent one"
SLOTS: dict[str, Slot] = {
    slot.name: slot
    for slot in (
        Slot("ticket_id", int, "the ticket number, only when the text gives one"),
        Slot(
            "ticket_hint",
            str,
            "words describing which ticket when no number is given, e.g. 'VPN' for "
            "'my VPN ticket'; an empty string for 'it' or 'my open ticket'",
        ),
        Slot("mine", bool, "true when the person speaks of their own ticket(s): 'my', 'I opened'"),
        Slot("open_only", bool, "only open tickets ('my open ticket', 'open tickets')"),
        Slot("closed_only", bool, "only closed or resolved tickets"),
        Slot("summary", str, "a one-line summary of the problem, in the person's words", 250),
        Slot(
            "details", str, "the full description, in the person's words", MAX_TEXT, multiline=True
        ),
        Slot("note", str, "the note text, in the person's words", MAX_TEXT, multiline=True),
        Slot(
            "hiddenfromuser",
            bool,
            "true for a hidden/private/internal note, false for a visible/public one; "
            "leave out when not said",
        ),
        Slot("note_requested", bool, "true when a note is asked for but its text is not given"),
        Slot(
            "reason",
            str,
            "why the ticket can be resolved, in the person's words",
            MAX_TEXT,
            multiline=True,
        ),
        Slot(
            "score",
            int,
            "the rating from 1 to 5, only when the text gives a number or star characters "
            "(⭐⭐⭐⭐ is 4); never from praise such as 'great job'",
        ),
        Slot(
            "comment",
            str,
            "what the person says about how the ticket was handled, in their words",
            MAX_COMMENT,
            multiline=True,
        ),
        Slot("tickettype", str, f"the ticket type name (e.g. Incident), {_NAME}"),
        Slot("priority", str, f"the priority name or level (e.g. High, P1), {_NAME}"),
        Slot("status", str, f"the status name (e.g. On Hold), {_NAME}"),
        Slot("client", str, f"the customer (company) name, {_NAME}"),
        Slot("client_id", int, "the customer id, only when the text gives the number"),
        Slot("site", str, f"the site name, {_NAME}"),
        Slot("user", str, f"the end user's name or e-mail, {_NAME}"),
        Slot("team", str, f"the team name (e.g. 2nd Line Support), {_NAME}"),
        Slot("agent", str, f"the agent (technician) name, or 'me' for 'assign to me'; {_NAME}"),
        Slot("agent_id", int, "the agent id, only when the text gives the number"),
        Slot(
            "product",
            str,
            "the Halo product when the text names it",
            choices=("halopsa", "haloitsm"),
        ),
        Slot("search", str, "free text to search for"),
        Slot("entity", str, "what to look up", choices=_lookup_entities()),
        Slot("active_only", bool, "only active records (e.g. active contracts)"),
        Slot("fields", list, "which details of the ticket are asked about, e.g. ['status']", 50),
        Slot(
            "opened",
            str,
            "when the tickets were opened: today, yesterday, this week, last week, this month, "
            "last month, a weekday such as monday (since then), 'N days' or YYYY-MM-DD",
            20,
        ),
        Slot(
            "question",
            bool,
            "true for a how-do-I question: knowledge-base articles answer it (entity kb_articles, "
            "search = the question)",
        ),
    )
}

_TICKET_REF = ("ticket_id", "ticket_hint", "mine", "open_only")
_PEOPLE = ("client", "client_id", "site", "user", "team", "agent", "agent_id")
ACTION_SLOTS: dict[str, tuple[str, ...]] = {
    CREATE_TICKET: ("summary", "details", "tickettype", "priority", *_PEOPLE, "product"),
    ADD_NOTE: (*_TICKET_REF, "note", "hiddenfromuser"),
    RESOLVE_TICKET: (*_TICKET_REF, "reason", "note", "note_requested", "hiddenfromuser"),
    REOPEN_TICKET: (*_TICKET_REF, "reason"),
    RATE_TICKET: ("ticket_id", "ticket_hint", "mine", "score", "comment"),
    LIST_TICKETS: (
        "mine",
        "open_only",
        "closed_only",
        "search",
        "tickettype",
        "status",
        "priority",
        *_PEOPLE,
        "product",
        "opened",
    ),
    GET_TICKET: (*_TICKET_REF, "fields"),
    UPDATE_TICKET: (
        *_TICKET_REF,
        "priority",
        "team",
        "agent",
        "agent_id",
        "status",
        "tickettype",
    ),
    LOOKUP: (
        "entity",
        "search",
        "client",
        "client_id",
        "site",
        "team",
        "active_only",
        "question",
    ),
}
REQUIRED: dict[str, tuple[str, ...]] = {LOOKUP: ("entity",), NOT_UNDERSTOOD: ("reason",)}

_CONFIDENCE_SCHEMA = {
    "type": "number",
    "minimum": 0,
    "maximum": 1,
    "description": "how sure you are that this tool and these arguments are what was asked, 0 to 1",
}


# --- tools offered to the model -----------------------------------------------------------------


def _slot_schema(slot: Slot) -> dict[str, Any]:
    schema: dict[str, Any]
    if slot.kind is bool:
        schema = {"type": "boolean"}
    elif slot.kind is int:
        schema = {"type": "integer", "minimum": 1}
    elif slot.kind is list:
        schema = {
            "type": "array",
            "items": {"type": "string", "maxLength": slot.max_length},
            "maxItems": MAX_FIELDS,
        }
    else:
        schema = {"type": "string", "maxLength": slot.max_length}
        if slot.choices:
            schema["enum"] = list(slot.choices)
    return {**schema, "description": slot.description}


def _function(name: str, description: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": {**properties, "confidence": _CONFIDENCE_SCHEMA},
                "required": list(REQUIRED.get(name, ())),
                "additionalProperties": False,
            },
        },
    }


# Declared actions that only a page offers (each spec says so: stars, a download link).
PAGE_ONLY_ACTIONS = frozenset(name for name, spec in REGISTRY.items() if not spec.offered_in_ask)


def offered_actions() -> list[str]:
    """Declared actions the model may propose, in registry order."""
    return [spec.name for spec in offered_in_ask()]


def tool_definitions() -> list[dict[str, Any]]:
    """One OpenAI function tool per declared action (raw slots, names not ids), then
    `not_understood`."""
    tools = [
        _function(
            name,
            REGISTRY[name].description,
            {slot: _slot_schema(SLOTS[slot]) for slot in ACTION_SLOTS.get(name, ())},
        )
        for name in offered_actions()
    ]
    reason = {
        "type": "string",
        "maxLength": MAX_REASON,
        "description": "in one sentence, why the text is not one of these requests",
    }
    tools.append(
        _function(
            NOT_UNDERSTOOD,
            "Call this when the text is not a request for any of the other tools "
            "(small talk, a question they cannot answer, or something they cannot do).",
            {"reason": reason},
        )
    )
    return tools
