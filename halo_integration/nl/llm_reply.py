"""Reading the model's reply: exactly one call of an offered tool, its arguments validated like
user input (types, lengths, entities, ids that appear in the text), into a `ParsedRequest`."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from halo_integration.nl.llm_tools import (
    ACTION_SLOTS,
    DEFAULT_CONFIDENCE,
    MAX_FIELDS,
    MAX_ID,
    MAX_REASON,
    NOT_UNDERSTOOD,
    REQUIRED,
    SLOTS,
    Slot,
    offered_actions,
)
from halo_integration.nl.parse.rating import score_in_text
from halo_integration.nl.parse.rules import ParsedRequest


class LLMUnavailable(Exception):
    """The model could not be used for this request; the caller falls back to the rules.
    The message is safe to show an admin and to log: it never holds the key or the prompt."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _short(value: Any) -> str:
    """Model output quoted in an error message: short, and clearly a quotation."""
    return repr(str(value)[:40])


def _tool_call(body: Any) -> tuple[str, Any]:
    """The one tool call of a chat completion: (function name, raw arguments)."""
    try:
        message = body["choices"][0]["message"]
    except (KeyError, IndexError, TypeError):
        raise LLMUnavailable("the reply is not a chat completion") from None
    calls = message.get("tool_calls") if isinstance(message, dict) else None
    if not calls:
        raise LLMUnavailable("the model did not call a tool")
    if not isinstance(calls, list):
        raise LLMUnavailable("the reply's tool calls are malformed")
    if len(calls) > 1:
        raise LLMUnavailable(f"the model proposed {len(calls)} actions; exactly one is expected")
    function = calls[0].get("function") if isinstance(calls[0], dict) else None
    if not isinstance(function, dict) or not isinstance(function.get("name"), str):
        raise LLMUnavailable("the reply's tool call is malformed")
    return function["name"], function.get("arguments")


def _arguments(raw: Any) -> dict[str, Any]:
    """Arguments as a dict. OpenAI sends a JSON string; some compatible servers send the object."""
    if isinstance(raw, str):
        if not raw.strip():
            return {}  # a call with no arguments; required ones are checked later
        try:
            raw = json.loads(raw)
        except ValueError:
            raise LLMUnavailable("the tool call's arguments are not JSON") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise LLMUnavailable("the tool call's arguments are not a JSON object")
    return raw


class _Invalid(ValueError):
    pass


_INT_TEXT_RE = re.compile(r"\s*#?\s*(\d{1,10})\s*")


def _as_int(value: Any) -> int:
    if isinstance(value, bool):  # bool is an int in Python, never an id
        raise _Invalid("must be a whole number")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and (match := _INT_TEXT_RE.fullmatch(value)):
        value = int(match.group(1))
    if not isinstance(value, int):
        raise _Invalid("must be a whole number")
    if not 0 < value <= MAX_ID:
        raise _Invalid("must be a positive number")
    return value


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
        return value.strip().lower() == "true"
    raise _Invalid("must be true or false")


def _as_text(slot: Slot, value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # a priority "1" or a site "42" is still a name to resolve
    if not isinstance(value, str):
        raise _Invalid("must be text")
    text = value.strip() if slot.multiline else " ".join(value.split())
    if len(text) > slot.max_length:
        raise _Invalid(f"is too long (at most {slot.max_length} characters)")
    if slot.choices and text not in slot.choices:
        raise _Invalid(f"must be one of: {', '.join(slot.choices)}")
    return text


def _as_list(slot: Slot, value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > MAX_FIELDS:
        raise _Invalid(f"must be a list of at most {MAX_FIELDS} texts")
    items = [_as_text(slot, item) for item in value]
    return [item for item in items if item]


def _clean_value(slot: Slot, value: Any) -> Any:
    if slot.kind is int:
        return _as_int(value)
    if slot.kind is bool:
        return _as_bool(value)
    if slot.kind is list:
        return _as_list(slot, value)
    return _as_text(slot, value)


def _numbers_in(text: str) -> set[int]:
    return {int(digits) for digits in re.findall(r"\d{1,10}", text)}


def _confidence(value: Any) -> float:
    if value is None:
        return DEFAULT_CONFIDENCE
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise _Invalid("must be a number from 0 to 1")
    return float(value)


def _clean_slots(action: str, arguments: Mapping[str, Any], text: str) -> dict[str, Any]:
    allowed = ACTION_SLOTS.get(action, ())
    unknown = sorted(str(key) for key in arguments if key not in allowed and key != "confidence")
    if unknown:
        names = ", ".join(_short(key) for key in unknown[:5])
        raise LLMUnavailable(f"{action} has no argument {names}")
    numbers = _numbers_in(text)
    slots: dict[str, Any] = {}
    errors: list[str] = []
    for name in allowed:
        value = arguments.get(name)
        if value is None:
            continue  # null means "not given" to most models
        slot = SLOTS[name]
        try:
            clean = _clean_value(slot, value)
        except _Invalid as exc:
            errors.append(f"{name} {exc}")
            continue
        if name == "score" and clean != score_in_text(text):
            errors.append("score is not the one the text gives")  # never a guess from praise
            continue
        if slot.kind is int and name != "score" and clean not in numbers:
            errors.append(f"{name} is not a number in the text")
            continue
        # An empty ticket_hint means "a ticket, not described"; other empty values mean nothing.
        if clean in ("", []) and name != "ticket_hint":
            continue
        slots[name] = clean
    errors.extend(f"{name} is required" for name in REQUIRED.get(action, ()) if name not in slots)
    if errors:
        raise LLMUnavailable(f"invalid arguments for {action}: {'; '.join(errors[:5])}")
    return slots


def proposal_from_reply(body: Any, text: str) -> ParsedRequest:
    """Validate a chat-completion reply like user input; the ParsedRequest it proposes."""
    name, raw_arguments = _tool_call(body)
    if name != NOT_UNDERSTOOD and name not in offered_actions():
        raise LLMUnavailable(f"the model called {_short(name)}, which is not a declared action")
    arguments = _arguments(raw_arguments)
    try:
        confidence = _confidence(arguments.get("confidence"))
    except _Invalid as exc:
        raise LLMUnavailable(f"invalid arguments for {name}: confidence {exc}") from None
    if name == NOT_UNDERSTOOD:
        return _not_understood(arguments, confidence)
    return ParsedRequest(
        action=name, slots=_clean_slots(name, arguments, text), reason="", confidence=confidence
    )


def _not_understood(arguments: Mapping[str, Any], confidence: float) -> ParsedRequest:
    unknown = [key for key in arguments if key not in ("reason", "confidence")]
    if unknown:
        raise LLMUnavailable(f"not_understood has no argument {_short(unknown[0])}")
    reason = arguments.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise LLMUnavailable("invalid arguments for not_understood: reason is required")
    # Shown to the person as the model wrote it, so one line and short.
    return ParsedRequest(
        action=None, slots={}, reason=" ".join(reason.split())[:MAX_REASON], confidence=confidence
    )


# --- the entry point ----------------------------------------------------------------------------
