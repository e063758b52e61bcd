"""The declared actions: what one action is (ActionSpec), the registry of them, and the
validation of their parameters before anything reaches Halo.

An action module declares its spec once with `register()`; the policy defaults, the admin's
policy list, the plain-language tools and the console's labels are all read from here."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from django.utils.functional import Promise

from halo_integration.models import ActionPolicy
from halo_integration.policies import Rule
from halo_integration.values import HALO_ID_MAX

if TYPE_CHECKING:
    from halo_integration.actions.context import Context, Outcome

Audience = ActionPolicy.Audience

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


# The typed parameters an action's handler receives: a TypedDict, so what is stored for a write
# or an approval (and shown in the audit log) keeps the plain JSON form it has always had.
P = TypeVar("P")
CrossCheck = Callable[[Mapping[str, Any], Mapping[str, str]], dict[str, str]]
DoneMessage = Callable[["Outcome[Any]"], str]
Sentence = Callable[[Mapping[str, Any], Mapping[str, str]], str]


@dataclass(frozen=True)
class ActionSpec(Generic[P]):
    """Everything about one action, in one place."""

    name: str
    description: str  # what the action does, for the Ask box's parser and the admin
    params: tuple[Param, ...]
    params_model: type[P]  # the TypedDict clean_params' result satisfies
    handler: Callable[[Context, P], Outcome[Any]]
    write: bool
    rule: Rule  # as shipped; an admin's ActionPolicy row wins over it
    done: DoneMessage | None = None  # "Ticket 12 created." (reads say nothing)
    label: str | Promise = ""  # the console's word for a pending write of this action
    takes_files: bool = False  # files may come with it (a new ticket, a note)
    closes_ticket: bool = False  # a request that waits for approval is moot once the ticket closes
    offered_in_ask: bool = True  # False: only a page offers it (stars, a download link)
    check: CrossCheck | None = None  # rules between parameters, after each is valid alone
    sentence: Sentence | None = None  # the confirm card's "Add a visible note to #12: …"

    def done_message(self, outcome: Outcome[Any]) -> str:
        return self.done(outcome) if self.done is not None else ""

    def describe(self, params: Mapping[str, Any], names: Mapping[str, str]) -> str:
        """The sentence a person confirms; `names` holds what each id was resolved from."""
        return self.sentence(params, names) if self.sentence is not None else self.name


REGISTRY: dict[str, ActionSpec[Any]] = {}


def register(spec: ActionSpec[P]) -> ActionSpec[P]:
    """Declare an action. Raises ValueError for a name declared twice."""
    if spec.name in REGISTRY:
        raise ValueError(f"the action {spec.name} is declared twice")
    if spec.rule.action != spec.name:
        raise ValueError(f"the default rule of {spec.name} names {spec.rule.action}")
    REGISTRY[spec.name] = spec
    return spec


def default_rule(
    name: str,
    *,
    enabled: bool = True,
    audience: str = Audience.BOTH,
    self_service_only: bool = False,
    requires_approval: bool = False,
) -> Rule:
    return Rule(name, enabled, audience, self_service_only, requires_approval)


T = TypeVar("T")


class _FromRegistry(Mapping[str, T]):
    """One attribute of every declared action, read live from the registry (never a copy)."""

    def __init__(self, attribute: Callable[[ActionSpec[Any]], T]) -> None:
        self._attribute = attribute

    def __getitem__(self, name: str) -> T:
        return self._attribute(REGISTRY[name])

    def __iter__(self) -> Iterator[str]:
        return iter(list(REGISTRY))

    def __len__(self) -> int:
        return len(REGISTRY)


DEFAULT_RULES: Mapping[str, Rule] = _FromRegistry(lambda spec: spec.rule)
DESCRIPTIONS: Mapping[str, str] = _FromRegistry(lambda spec: spec.description)


def write_actions() -> frozenset[str]:
    return frozenset(name for name, spec in REGISTRY.items() if spec.write)


def read_actions() -> frozenset[str]:
    return frozenset(name for name, spec in REGISTRY.items() if not spec.write)


def closing_actions() -> frozenset[str]:
    return frozenset(name for name, spec in REGISTRY.items() if spec.closes_ticket)


def label_of(name: str) -> str | Promise:
    """The console's word for a pending write of this action (its name if it has none)."""
    spec = REGISTRY.get(name)
    return spec.label if spec is not None and spec.label else name


def offered_in_ask() -> list[ActionSpec[Any]]:
    """The actions the Ask box may propose, in registry order."""
    return [spec for spec in REGISTRY.values() if spec.offered_in_ask]


# --- parameters -----------------------------------------------------------------------------------


def clean_params(action: str, raw: Mapping[str, Any], *, admin: bool) -> dict[str, Any]:
    """Typed, checked parameters. Raises InvalidParams naming every problem."""
    spec = REGISTRY[action]
    declared = {param.name: param for param in spec.params}
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
    if spec.check is not None:
        errors.update(spec.check(clean, errors))
    errors.update(_common_checks(clean))
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


def _common_checks(clean: Mapping[str, Any]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name in ("opened_after", "opened_before"):
        if clean.get(name) and not _is_iso_date(str(clean[name])):
            problems[name] = "must be a date (YYYY-MM-DD)"
    if clean.get("page_size") and clean["page_size"] > 100:
        problems["page_size"] = "at most 100"
    return problems


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


# Shared declarations of the parameters several actions take.
TICKET_ID = Param("ticket_id", int, "the Halo ticket number", required=True)
PAGE = (
    Param("page_no", int, "page number, from 1"),
    Param("page_size", int, "rows per page, at most 100"),
)
TICKET_FIELDS_ADMIN = (
    Param("client_id", int, "customer id", admin_only=True),
    Param("site_id", int, "site id", admin_only=True),
    Param("user_id", int, "end user (requester) id", admin_only=True),
    Param("team_id", int, "team id", admin_only=True),
    Param("agent_id", int, "agent (technician) id", admin_only=True),
)
