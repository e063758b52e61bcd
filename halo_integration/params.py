"""Declared parameters of the portal's actions, and their validation (before anything reaches Halo)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from halo_integration.client import ENTITIES
from halo_integration.values import HALO_ID_MAX

MAX_TEXT = 20_000
MAX_COMMENT = 2_000


@dataclass(frozen=True)
class Param:
    name: str
    kind: type  # int, str, bool, or list (of ticket numbers)
    description: str
    required: bool = False
    admin_only: bool = False
    max_length: int = 0
    choices: tuple[str, ...] = ()


class InvalidParams(Exception):
    """Parameters that cannot be used: `errors` maps each parameter to what is wrong with it."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)


_TICKET_ID = Param("ticket_id", int, "the Halo ticket number", required=True)
_PAGE = (
    Param("page_no", int, "page number, from 1"),
    Param("page_size", int, "rows per page, at most 100"),
)
_TICKET_FIELDS_ADMIN = (
    Param("client_id", int, "customer id", admin_only=True),
    Param("site_id", int, "site id", admin_only=True),
    Param("user_id", int, "end user (requester) id", admin_only=True),
    Param("team_id", int, "team id", admin_only=True),
    Param("agent_id", int, "agent (technician) id", admin_only=True),
)

PARAMS: dict[str, tuple[Param, ...]] = {
    "create_ticket": (
        Param("summary", str, "one-line summary", required=True, max_length=250),
        Param("details", str, "what happened, in full", max_length=MAX_TEXT),
        Param("tickettype_id", int, "ticket type id"),
        Param("priority_id", int, "priority id (Halo's integer priorityid)", admin_only=True),
        *_TICKET_FIELDS_ADMIN,
    ),
    "add_note": (
        _TICKET_ID,
        Param("note", str, "the note text", required=True, max_length=MAX_TEXT),
        Param(
            "hiddenfromuser", bool, "hide the note from the end user (admins only)", admin_only=True
        ),
    ),
    "resolve_ticket": (
        _TICKET_ID,
        Param("note", str, "why it is resolved (recorded as a note)", max_length=MAX_TEXT),
        Param(
            "hiddenfromuser",
            bool,
            "hide that note from the end user (admins only)",
            admin_only=True,
        ),
    ),
    "list_tickets": (
        Param("open_only", bool, "only open tickets"),
        Param("closed_only", bool, "only closed tickets"),
        Param("search", str, "free text", max_length=200),
        Param("tickettype_id", int, "ticket type id"),
        Param("status_id", int, "status id"),
        Param("priority_id", int, "priority id"),
        *_TICKET_FIELDS_ADMIN,
        Param("ticket_ids", list, "only these ticket numbers"),
        Param("opened_after", str, "opened on or after this date (YYYY-MM-DD)", max_length=10),
        Param("opened_before", str, "opened before this date (YYYY-MM-DD)", max_length=10),
        *_PAGE,
    ),
    "get_ticket": (_TICKET_ID,),
    "update_ticket": (
        _TICKET_ID,
        Param("priority_id", int, "new priority id"),
        Param("team_id", int, "new team id"),
        Param("agent_id", int, "new agent id"),
        Param("status_id", int, "new status id"),
        Param("tickettype_id", int, "new ticket type id"),
    ),
    "reopen_ticket": (
        _TICKET_ID,
        Param(
            "note",
            str,
            "why the problem is back (recorded as a note)",
            required=True,
            max_length=MAX_TEXT,
        ),
    ),
    "rate_ticket": (
        _TICKET_ID,
        Param("score", int, "how satisfied: 1 (not at all) to 5 (very)", required=True),
        Param("comment", str, "what went well or not", max_length=MAX_COMMENT),
    ),
    "get_attachment": (
        _TICKET_ID,
        Param("attachment_id", int, "the Halo attachment id", required=True),
    ),
    "lookup": (
        Param(
            "entity",
            str,
            "what to look up",
            required=True,
            choices=tuple(sorted(set(ENTITIES) - {"tickets"})),
        ),
        Param("search", str, "free text", max_length=200),
        Param("id", int, "one record by id"),
        Param("client_id", int, "only this customer's records"),
        Param("site_id", int, "only this site's records"),
        Param("team_id", int, "only this team's members (agents)"),
        Param("active_only", bool, "only active records (contracts)"),
        *_PAGE,
    ),
}

UPDATE_FIELDS = ("priority_id", "team_id", "agent_id", "status_id", "tickettype_id")


def clean_params(action: str, raw: Mapping[str, Any], *, admin: bool) -> dict[str, Any]:
    """Typed, checked parameters. Raises InvalidParams naming every problem."""
    declared = {param.name: param for param in PARAMS[action]}
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for name in raw:
        if name not in declared:
            errors[name] = f"is not a parameter of {action}"
    for param in declared.values():
        value = raw.get(param.name)
        if value is None or (
            isinstance(value, str) and not value.strip() and param.kind is not str
        ):
            if param.required:
                errors[param.name] = "is required"
            continue
        try:
            value = _coerce(param, value)
        except ValueError as exc:
            errors[param.name] = str(exc)
            continue
        if param.kind is str and not value:
            if param.required:
                errors[param.name] = "is required"
            continue
        if param.admin_only and not admin and value not in (False,):
            errors[param.name] = "only portal admins may set this"
            continue
        clean[param.name] = value
    errors.update(_cross_checks(action, clean, errors))
    if errors:
        raise InvalidParams(errors)
    return clean


def _coerce(param: Param, value: Any) -> Any:
    if param.kind is list:
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        numbers = [_coerce(Param(param.name, int, ""), item) for item in items if str(item).strip()]
        if not numbers or len(numbers) > 50:
            raise ValueError("must be between 1 and 50 ticket numbers")
        return list(dict.fromkeys(numbers))
    if param.kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"true", "1", "yes", "on"}:
            return True
        if text in {"false", "0", "no", "off", ""}:
            return False
        raise ValueError("must be true or false")
    if param.kind is int:
        if isinstance(value, bool):
            raise ValueError("must be a whole number")
        try:
            number = int(str(value).strip().lstrip("#"))
        except ValueError:
            raise ValueError("must be a whole number") from None
        if number <= 0 and param.name not in {"user_id"}:
            raise ValueError("must be a positive number")
        if number > HALO_ID_MAX:  # no Halo record has it; and it would overflow a DB column
            raise ValueError(f"is too large (Halo's numbers go up to {HALO_ID_MAX})")
        return number
    text = str(value).strip()
    if param.max_length and len(text) > param.max_length:
        raise ValueError(f"is too long (at most {param.max_length} characters)")
    if param.choices and text not in param.choices:
        raise ValueError(f"must be one of: {', '.join(param.choices)}")
    return text


def _cross_checks(
    action: str, clean: Mapping[str, Any], errors: Mapping[str, str]
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if action == "list_tickets" and clean.get("open_only") and clean.get("closed_only"):
        problems["closed_only"] = "cannot be combined with open_only"
    if action == "update_ticket" and not errors and not any(f in clean for f in UPDATE_FIELDS):
        problems["ticket_id"] = "say what to change: priority, team, agent, status or ticket type"
    for name in ("opened_after", "opened_before"):
        if clean.get(name) and not _is_iso_date(str(clean[name])):
            problems[name] = "must be a date (YYYY-MM-DD)"
    if action == "rate_ticket" and clean.get("score", 1) > 5:
        problems["score"] = "must be from 1 to 5"
    if clean.get("page_size") and clean["page_size"] > 100:
        problems["page_size"] = "at most 100"
    return problems


def _is_iso_date(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
