"""Typed models of what the portal reads from Halo: the one place that knows Halo's field names.

Real instances differ from the spec and from each other (REFERENCE §12): optional fields are
missing or null, numbers arrive as doubles or strings, flags as strings, unset dates as 1899/1900
placeholders, lists bare or wrapped under any key, a single ticket sometimes wrapped in a list.
These models accept all of that (values.py reads each value), ignore fields they do not declare,
and `parse_rows` skips (and logs once) a row that cannot be read at all, so a page never fails on
Halo's shape. The client parses every answer here; nothing above it sees Halo's raw JSON.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Annotated, Any, TypeVar

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from halo_integration.values import (
    date_or_none,
    flag_or_none,
    float_or_none,
    int_or_none,
    text_or_empty,
)

logger = logging.getLogger(__name__)


def _required_id(value: Any) -> int:
    number = int_or_none(value)
    if number is None:
        raise ValueError("not a Halo id")
    return number


Id = Annotated[int, BeforeValidator(_required_id)]
Int = Annotated[int | None, BeforeValidator(int_or_none)]
Amount = Annotated[float | None, BeforeValidator(float_or_none)]
Flag = Annotated[bool | None, BeforeValidator(flag_or_none)]  # None: Halo did not say
Text = Annotated[str, BeforeValidator(text_or_empty)]
Date = Annotated[datetime | None, BeforeValidator(date_or_none)]


class HaloModel(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    @property
    def label(self) -> str:
        """What a person calls this record (a name, a number, else its id)."""
        name = getattr(self, "name", "")
        return str(name) if name else f"#{getattr(self, 'id', '')}"

    @property
    def detail(self) -> str:
        """One more thing worth showing beside the label in a short list (may be HTML)."""
        return ""


# --- tickets and their actions ------------------------------------------------------------------


class TicketRow(HaloModel):
    """A ticket as `/Tickets` lists it. Only `id` is certain; everything else may be missing."""

    id: Id
    summary: Text = ""
    details: Text = ""
    details_html: Text = ""
    status_id: Int = None
    status_name: Text = ""
    priority_id: Int = None
    priority_name: Text = ""  # only when Halo nests the priority object
    sla_id: Int = Field(None, validation_alias=AliasChoices("sla_id", "slaid"))
    tickettype_id: Int = Field(
        None, validation_alias=AliasChoices("tickettype_id", "requesttype_id")
    )
    tickettype_name: Text = Field(
        "", validation_alias=AliasChoices("tickettype_name", "requesttype_name")
    )
    agent_id: Int = None
    agent_name: Text = ""
    team: Text = ""  # Halo names a ticket's team; team_id is rarely sent
    team_id: Int = None
    client_id: Int = None
    client_name: Text = ""
    site_id: Int = None
    site_name: Text = ""
    user_id: Int = None
    user_name: Text = ""
    user_email: Text = Field("", validation_alias=AliasChoices("user_email", "emailaddress"))
    dateoccurred: Date = None
    lastactiondate: Date = None
    last_update: Date = None
    dateclosed: Date = None
    targetdate: Date = None
    fixbydate: Date = None
    hasbeenclosed: Flag = None

    @model_validator(mode="before")
    @classmethod
    def _nested(cls, data: Any) -> Any:
        # Some versions nest the priority ({"priority": {"id": 2, "name": "High"}}) and the SLA.
        if not isinstance(data, Mapping):
            return data
        data = dict(data)
        priority = data.get("priority")
        if isinstance(priority, Mapping):
            data.setdefault("priority_id", priority.get("priorityid", priority.get("id")))
            data.setdefault("priority_name", priority.get("name"))
        elif priority is not None and data.get("priority_id") is None:
            data["priority_id"] = priority
        for name in ("team", "agent", "status"):
            value = data.get(name)
            if isinstance(value, Mapping):  # nested objects: keep their name and id
                data[name if name == "team" else f"{name}_name"] = value.get("name")
                data.setdefault(f"{name}_id", value.get("id"))
        return data

    @property
    def last_updated(self) -> datetime | None:
        """When anything last happened: the last action, else Halo's last update, else opened."""
        return self.lastactiondate or self.last_update or self.dateoccurred

    @property
    def label(self) -> str:
        return self.summary or f"#{self.id}"


class Ticket(TicketRow):
    """One ticket as `/Tickets/{id}` answers it."""


class Action(HaloModel):
    """One action (note, e-mail, status change) of a ticket. `hiddenfromuser` None: unknown."""

    id: Id
    ticket_id: Int = None
    at: Date = Field(
        None, validation_alias=AliasChoices("datetime", "actiondatecreated", "actioncompletiondate")
    )
    who: Text = ""
    who_agentid: Int = Field(
        None, validation_alias=AliasChoices("who_agentid", "actionby_agent_id")
    )
    outcome: Text = ""
    outcome_id: Int = None
    note: Text = ""
    note_html: Text = ""
    hiddenfromuser: Flag = None
    new_status: Int = None
    old_status: Int = None
    new_status_name: Text = ""
    new_agent: Int = None  # set on an action that reassigned the ticket
    new_team: Text = ""  # a team name, like the ticket's `team`


class Attachment(HaloModel):
    """A file on a ticket (or one of its actions). `showforusers` None: Halo did not say, so an
    end user is not shown it (fail closed). List rows carry no `ticket_id` or `content_type`."""

    id: Id
    ticket_id: Int = Field(None, validation_alias=AliasChoices("ticket_id", "faultid"))
    action_id: Int = None
    filename: Text = Field("", validation_alias=AliasChoices("filename", "desc"))
    content_type: Text = ""
    filesize: Int = None
    isimage: Flag = None
    showforusers: Flag = None
    datecreated: Date = None
    data_base64: Text = Field("", repr=False)

    @property
    def label(self) -> str:
        return self.filename or f"#{self.id}"


class Feedback(HaloModel):
    """A satisfaction rating of a ticket (`/Feedback`)."""

    id: Id
    ticket_id: Int = None
    score: Int = None
    score_band: Int = None
    comment: Text = ""
    date: Date = None


# --- instance metadata --------------------------------------------------------------------------


class Status(HaloModel):
    """A ticket status. `type` is NOT a reliable "closed" marker (Closed can have type 0)."""

    id: Id
    name: Text = ""
    type: Int = None
    shortname: Text = ""


class Priority(HaloModel):
    """One priority of one SLA: Halo lists each priority once per SLA, with names per SLA."""

    id: Text = ""  # a GUID on real instances, an int on some
    priorityid: Int = None
    slaid: Int = None
    name: Text = ""
    ishidden: Flag = None

    @property
    def number(self) -> int | None:
        """The integer priority id tickets carry as `priority_id`."""
        return self.priorityid if self.priorityid is not None else int_or_none(self.id)


class TicketType(HaloModel):
    id: Id
    name: Text = ""
    inactive: Flag = None
    enduserscanselect: Flag = None


class Team(HaloModel):
    id: Id
    name: Text = ""
    inactive: Flag = None
    department_name: Text = ""


class AgentTeam(HaloModel):
    team_id: Int = Field(None, validation_alias=AliasChoices("team_id", "id"))
    team_name: Text = Field("", validation_alias=AliasChoices("team_name", "name"))


class Agent(HaloModel):
    id: Id
    name: Text = ""
    email: Text = Field("", validation_alias=AliasChoices("email", "emailaddress"))
    isdisabled: Flag = None
    team: Text = ""
    teams: list[AgentTeam] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _teams(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and not isinstance(data.get("teams"), list):
            data = {**data, "teams": []}
        return data

    @property
    def team_names(self) -> list[str]:
        names = [t.team_name for t in self.teams if t.team_name]
        return names or ([self.team] if self.team else [])


class Outcome(HaloModel):
    """An action outcome ("Public Note", "Email User", ...): what a note is posted as."""

    id: Id
    name: Text = Field("", validation_alias=AliasChoices("outcome", "name", "buttonname"))
    hidefromuser: Flag = None
    newstatus: Int = None
    inactive: Flag = None


# --- people and places --------------------------------------------------------------------------


class User(HaloModel):
    """An end user (a contact of a customer)."""

    id: Id
    name: Text = ""
    emailaddress: Text = Field("", validation_alias=AliasChoices("emailaddress", "email"))
    email2: Text = ""
    email3: Text = ""
    client_id: Int = None
    client_name: Text = ""
    site_id: Int = None
    site_name: Text = ""
    inactive: Flag = None

    @property
    def emails(self) -> set[str]:
        return {
            e.strip().casefold() for e in (self.emailaddress, self.email2, self.email3) if e.strip()
        }

    @property
    def label(self) -> str:
        return self.name or self.emailaddress or f"#{self.id}"


class Client(HaloModel):
    """A customer."""

    id: Id
    name: Text = ""
    toplevel_name: Text = ""
    website: Text = ""
    inactive: Flag = None


class Site(HaloModel):
    id: Id
    name: Text = ""
    client_id: Int = None
    client_name: Text = ""
    phonenumber: Text = ""
    timezone: Text = ""
    inactive: Flag = None


# --- other look-ups -----------------------------------------------------------------------------


class KBClientAccess(HaloModel):
    """One customer an article is limited to (`kbentryclientaccess`)."""

    client_id: Int = None


def _access_rows(value: Any) -> list[Any]:
    # Only the rows that are records; a null or a stray value means no restriction was read.
    return [row for row in value if isinstance(row, Mapping)] if isinstance(value, list) else []


class KBArticle(HaloModel):
    """A knowledge-base article: Halo calls its title `name`; list rows may lack the rest.

    `showforall` False with `kbentryclientaccess` limits an article to those customers; a list
    row usually carries neither, so the full article is checked before it is shown."""

    id: Id
    name: Text = Field("", validation_alias=AliasChoices("name", "title"))
    description: Text = ""
    resolution: Text = ""
    tag_string: Text = ""
    view_count: Int = None
    inactive: Flag = None
    showforall: Flag = None
    kbentryclientaccess: Annotated[list[KBClientAccess], BeforeValidator(_access_rows)] = Field(
        default_factory=list
    )
    date_edited: Date = None
    date_created: Date = None

    @property
    def updated_at(self) -> datetime | None:
        return self.date_edited or self.date_created

    def visible_to_client(self, client_id: int | None) -> bool:
        """Whether an end user of this customer may read it (never an inactive article)."""
        if self.inactive:
            return False
        if self.showforall is False:
            allowed = {row.client_id for row in self.kbentryclientaccess}
            return client_id is not None and client_id in allowed
        return True

    @property
    def answer(self) -> str:
        """What to read: the resolution when the article has one, else its description."""
        return self.resolution or self.description

    @property
    def detail(self) -> str:
        return self.description


class Asset(HaloModel):
    id: Id
    inventory_number: Text = ""
    key_field: Text = ""
    assettype_name: Text = ""
    client_id: Int = None
    client_name: Text = ""
    site_name: Text = ""
    username: Text = Field("", validation_alias=AliasChoices("username", "user_name"))
    inactive: Flag = None

    @property
    def label(self) -> str:
        return self.inventory_number or self.key_field or f"#{self.id}"


class Contract(HaloModel):
    id: Id
    ref: Text = ""
    client_id: Int = None
    client_name: Text = ""
    contracttype_name: Text = ""
    start_date: Date = None
    end_date: Date = None
    active: Flag = None
    expired: Flag = None

    @property
    def detail(self) -> str:
        return _period(self.start_date, self.end_date)

    def is_active(self, now: datetime) -> bool:
        if self.active is not None:
            return self.active
        if self.expired:
            return False
        return self.end_date is None or self.end_date >= now

    @property
    def label(self) -> str:
        return self.ref or f"#{self.id}"


class Invoice(HaloModel):
    id: Id
    invoicenumber: Text = ""
    client_id: Int = None
    client_name: Text = ""
    invoice_date: Date = None
    duedate: Date = None
    total: Amount = None
    amountdue: Amount = None

    @property
    def label(self) -> str:
        return self.invoicenumber or f"#{self.id}"


class Appointment(HaloModel):
    id: Id
    subject: Text = ""
    appointment_type_name: Text = ""
    start_date: Date = None
    end_date: Date = None
    agent_id: Int = None
    agent_name: Text = ""
    client_id: Int = None
    client_name: Text = ""
    ticket_id: Int = None

    @property
    def label(self) -> str:
        return self.subject or f"#{self.id}"

    @property
    def detail(self) -> str:
        return _period(self.start_date, self.end_date)


class Report(HaloModel):
    id: Id
    name: Text = ""
    description: Text = ""
    group_name: Text = ""

    @property
    def detail(self) -> str:
        return self.description


def _period(start: datetime | None, end: datetime | None) -> str:
    if start is None and end is None:
        return ""
    return (
        f"{start.date().isoformat() if start else '…'} – {end.date().isoformat() if end else '…'}"
    )


# --- authentication -----------------------------------------------------------------------------


class Token(BaseModel):
    """Halo's token answer. The token is never part of a repr or a log line."""

    model_config = ConfigDict(extra="ignore", frozen=True, hide_input_in_errors=True)

    access_token: str = Field(repr=False, min_length=1)
    token_type: Text = "Bearer"  # noqa: S105 - the scheme's name, not a secret
    expires_in: Int = None
    scope: Text = ""


class AuthInfo(HaloModel):
    """`GET /api/authinfo`: where the instance's authorisation server is."""

    auth_url: Text = Field("", validation_alias=AliasChoices("auth_url", "authurl", "auth_server"))
    tenant_id: Text = Field("", validation_alias=AliasChoices("tenant_id", "tenant"))


class Me(HaloModel):
    """The agent the API application acts as: an agent record, or (some versions) only claims."""

    id: Int = None
    name: Text = ""
    email: Text = ""

    @model_validator(mode="before")
    @classmethod
    def _claims(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and isinstance(data.get("claims"), list):
            claims = {
                str(c.get("type", "")).rsplit("/", 1)[-1].casefold(): c.get("value")
                for c in data["claims"]
                if isinstance(c, Mapping)
            }
            return {
                "id": claims.get("agent_id") or claims.get("nameidentifier") or claims.get("sub"),
                "name": claims.get("name") or claims.get("given_name") or "",
                "email": claims.get("email") or claims.get("emailaddress") or "",
            }
        return data


# --- parsing: lists and single records ----------------------------------------------------------

M = TypeVar("M", bound=BaseModel)

# Keys Halo (and clients' captures) wrap lists in, besides the endpoint's own key.
LIST_KEYS = ("results", "records", "items", "data")
# What each endpoint's single record may come wrapped in ({"tickets": [ {...} ]}).
_WRAPPERS = (
    "tickets", "actions", "attachments", "users", "clients", "sites", "articles", "results",
    "records",
)  # fmt: skip


def list_rows(body: Any, key: str | None) -> list[Any]:
    """The raw rows of a list answer: bare, under `key`, under a common key, or any list of objects."""
    if isinstance(body, list):
        return body
    if not isinstance(body, Mapping):
        return []
    for candidate in (key, *LIST_KEYS):
        if candidate and isinstance(body.get(candidate), list):
            return list(body[candidate])
    for name, value in body.items():
        if (
            name != "columns"
            and isinstance(value, list)
            and all(isinstance(v, Mapping) for v in value)
        ):
            return list(value)
    return []


def record_count(body: Any, rows: int) -> int:
    """Halo's `record_count` (any number shape), else the rows received."""
    if isinstance(body, Mapping):
        count = int_or_none(body.get("record_count"))
        if count is not None and count >= 0:
            return count
    return rows


def parse_rows(model: type[M], rows: Iterable[Any], *, source: str) -> list[M]:
    """Every row that can be read; the others are skipped and logged once for the whole answer."""
    parsed: list[M] = []
    problems: list[str] = []
    for row in rows:
        if not isinstance(row, Mapping):
            problems.append("not an object")
            continue
        try:
            parsed.append(model.model_validate(row))
        except ValidationError as exc:
            problems.append(_describe(exc))
    if problems:
        logger.warning(
            "skipped %d of %d %s rows from Halo %s that could not be read (%s)",
            len(problems), len(problems) + len(parsed), model.__name__, source,
            "; ".join(sorted(set(problems))[:5]),
        )  # fmt: skip
    return parsed


def parse_one(model: type[M], body: Any, *, source: str) -> M | None:
    """One record, also when Halo wraps it in a list or under a key; None when there is none."""
    candidate = body
    if isinstance(candidate, list):
        candidate = candidate[0] if candidate else None
    if isinstance(candidate, Mapping) and "id" not in candidate:
        for key in _WRAPPERS:
            inner = candidate.get(key)
            if isinstance(inner, list) and inner and isinstance(inner[0], Mapping):
                candidate = inner[0]
                break
            if isinstance(inner, Mapping) and "id" in inner:
                candidate = inner
                break
    if not isinstance(candidate, Mapping):
        return None
    try:
        return model.model_validate(candidate)
    except ValidationError as exc:
        logger.warning(
            "could not read the %s from Halo %s (%s)", model.__name__, source, _describe(exc)
        )
        return None


def _describe(exc: ValidationError) -> str:
    # Field names and error kinds only: never the values, which may be personal data.
    return ", ".join(
        f"{'.'.join(str(p) for p in error['loc']) or 'row'}: {error['type']}"
        for error in exc.errors(include_input=False, include_url=False)
    )
