"""The simulator's in-memory tenant: plain dicts keyed by id, holding Halo-named fields.

Keys starting with ``_`` are internal (Halo's own ``_``-prefixed properties are write-only
flags), so they are never returned by the API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .timeutil import UNSET_DATE, iso

Row = dict[str, Any]

# TStatus.type is undocumented (REFERENCE §4). The simulator's convention, used only by its own
# excludeclosed / excludepending filters: 0 = open, 1 = closed, 2 = pending closure.
STATUS_OPEN, STATUS_CLOSED, STATUS_PENDING = 0, 1, 2
GENERAL_USER_ID = -1  # each customer's catch-all contact; needs no site on a ticket

# The Faults fields a ticket list item carries: bare foreign keys, no status or agent names.
TICKET_LIST_FIELDS = [
    "id",
    "summary",
    "details",
    "status_id",
    "priority_id",
    "sla_id",
    "tickettype_id",
    "agent_id",
    "team",
    "team_id",
    "client_id",
    "client_name",
    "site_id",
    "site_name",
    "user_id",
    "user_name",
    "user_email",
    "dateoccurred",
    "lastactiondate",
    "last_update",
    "hasbeenclosed",
    "dateclosed",
    "third_party_id_string",
    "attachment_count",  # counted from the files (tickets.files_per_ticket)
]
ACTION_LIST_FIELDS = [
    "id",
    "ticket_id",
    "outcome",
    "outcome_id",
    "note",
    "note_html",
    "who",
    "who_type",
    "who_agentid",
    "datetime",
    "hiddenfromuser",
    "new_status",
    "old_status",
    "new_agent",
    "new_team",
    "actionby_agent_id",
    "actionby_user_id",
    "actionby_application_id",
]


def public(row: Row) -> Row:
    return {key: value for key, value in row.items() if not key.startswith("_")}


def by_id(table: dict[int, Row], row_id: int | None) -> Row | None:
    """The row a (possibly missing) id refers to, or None."""
    return table.get(row_id) if row_id is not None else None


@dataclass
class Store:
    statuses: dict[int, Row] = field(default_factory=dict)
    priorities: list[Row] = field(default_factory=list)
    ticket_types: dict[int, Row] = field(default_factory=dict)
    teams: dict[int, Row] = field(default_factory=dict)
    agents: dict[int, Row] = field(default_factory=dict)
    outcomes: dict[int, Row] = field(default_factory=dict)
    categories: dict[int, Row] = field(default_factory=dict)
    clients: dict[int, Row] = field(default_factory=dict)
    sites: dict[int, Row] = field(default_factory=dict)
    users: dict[int, Row] = field(default_factory=dict)
    tickets: dict[int, Row] = field(default_factory=dict)
    actions: dict[int, list[Row]] = field(default_factory=dict)  # ticket id -> its actions
    assets: dict[int, Row] = field(default_factory=dict)
    contracts: dict[int, Row] = field(default_factory=dict)
    kb_articles: dict[int, Row] = field(default_factory=dict)
    appointments: dict[int, Row] = field(default_factory=dict)
    invoices: dict[int, Row] = field(default_factory=dict)
    reports: dict[int, Row] = field(default_factory=dict)
    attachments: dict[int, Row] = field(default_factory=dict)
    feedback: dict[int, Row] = field(default_factory=dict)
    has_feedback: bool = True  # False: this instance has no /Feedback (it answers 404)
    api_agent_id: int = 0
    new_status_id: int = 1
    default_tickettype_id: int = 1

    # --- reference data -----------------------------------------------------------------------

    def status_type(self, status_id: int | None) -> int | None:
        status = self.statuses.get(status_id) if status_id is not None else None
        return status["type"] if status else None

    def is_closed_status(self, status_id: int | None) -> bool:
        return self.status_type(status_id) == STATUS_CLOSED

    def priority_ids(self) -> set[int]:
        return {policy["priorityid"] for policy in self.priorities}

    def outcome_by_name(self, name: str) -> Row | None:
        wanted = name.strip().casefold()
        for outcome in self.outcomes.values():
            if outcome["outcome"].casefold() == wanted:
                return outcome
        return None

    def team_by_name(self, name: str) -> Row | None:
        wanted = name.strip().casefold()
        return next((t for t in self.teams.values() if t["name"].casefold() == wanted), None)

    @property
    def api_agent(self) -> Row:
        return self.agents[self.api_agent_id]

    # --- ids and denormalised names ------------------------------------------------------------

    @staticmethod
    def next_id(table: dict[int, Any], start: int = 1) -> int:
        return max([start - 1, *table]) + 1

    def fill_ticket_names(self, ticket: Row) -> None:
        """Halo stores the names beside the ids; recompute them whenever an id changes."""
        client = by_id(self.clients, ticket.get("client_id"))
        site = by_id(self.sites, ticket.get("site_id"))
        user = by_id(self.users, ticket.get("user_id"))
        team = by_id(self.teams, ticket.get("team_id"))
        ticket["client_name"] = client["name"] if client else ""
        ticket["site_name"] = site["name"] if site else ""
        if ticket.get("user_id") == GENERAL_USER_ID:
            ticket["user_name"], ticket["user_email"] = "General User", ""
        else:
            ticket["user_name"] = user["name"] if user else ""
            ticket["user_email"] = user["emailaddress"] if user else ""
        ticket["team"] = team["name"] if team else ""

    def apply_status(self, ticket: Row, status_id: int, now: float) -> None:
        """Closing sets hasbeenclosed/dateclosed; moving back to an open status clears them."""
        ticket["status_id"] = status_id
        if self.is_closed_status(status_id):
            if not ticket.get("hasbeenclosed"):
                ticket["hasbeenclosed"] = True
                ticket["dateclosed"] = iso(now)
        else:
            ticket["hasbeenclosed"] = False
            ticket["dateclosed"] = UNSET_DATE

    # --- inserts used by the seed, the POST handlers and the test helpers ------------------------

    def insert_ticket(self, fields: Row, now: float) -> Row:
        ticket: Row = {
            "summary": "",
            "details": "",
            "status_id": self.new_status_id,
            "priority_id": None,
            "tickettype_id": self.default_tickettype_id,
            "agent_id": None,
            "team_id": None,
            "client_id": None,
            "site_id": None,
            "user_id": None,
            "dateoccurred": iso(now),
            "third_party_id_string": "",
        }
        ticket.update(fields)
        ticket["id"] = ticket.get("id") or self.next_id(self.tickets, start=1000)
        tickettype = self.ticket_types.get(ticket["tickettype_id"])
        if ticket["priority_id"] is None:
            ticket["priority_id"] = tickettype["default_priority"] if tickettype else None
        # The SLA decides what the priority is called (names differ per SLA).
        ticket.setdefault("sla_id", tickettype.get("default_sla", 1) if tickettype else 1)
        user = self.users.get(ticket["user_id"])
        if ticket["site_id"] is None and user is not None:
            ticket["site_id"] = user["site_id"]  # convenience for seeds and tests only
        if ticket["site_id"] is None and ticket["client_id"] in self.clients:
            ticket["site_id"] = self.clients[ticket["client_id"]].get("main_site_id")
        if ticket["site_id"] in self.sites:  # the site decides the customer
            ticket["client_id"] = self.sites[ticket["site_id"]]["client_id"]
        ticket.setdefault("lastactiondate", ticket["dateoccurred"])
        ticket.setdefault("last_update", ticket["lastactiondate"])
        status_id = ticket["status_id"]
        ticket["hasbeenclosed"] = False
        ticket.setdefault("dateclosed", UNSET_DATE)
        if self.is_closed_status(status_id):
            ticket["hasbeenclosed"] = True
            if ticket["dateclosed"] == UNSET_DATE:
                ticket["dateclosed"] = ticket["lastactiondate"]
        self.fill_ticket_names(ticket)
        self.tickets[ticket["id"]] = ticket
        self.actions.setdefault(ticket["id"], [])
        return ticket

    def insert_action(self, ticket_id: int, fields: Row, now: float) -> Row:
        actions = self.actions.setdefault(ticket_id, [])
        ticket = self.tickets.get(ticket_id)
        outcome = self._outcome_for(fields)
        agent = self.api_agent if self.api_agent_id in self.agents else None
        action: Row = {
            "id": max((a["id"] for a in actions), default=0) + 1,  # a per-ticket sequence
            "ticket_id": ticket_id,
            "outcome": outcome["outcome"] if outcome else "",
            "outcome_id": outcome["id"] if outcome else None,
            "note": "",
            "note_html": "",
            "who": agent["name"] if agent else "",
            "who_type": 1,
            "who_agentid": agent["id"] if agent else None,
            "datetime": iso(now),
            "hiddenfromuser": bool(outcome and outcome.get("hidefromuser")),
            "new_status": ticket["status_id"] if ticket else None,
            "actionby_agent_id": agent["id"] if agent else None,
            "actionby_user_id": None,
            "actionby_application_id": "",
        }
        action.update(fields)
        actions.append(action)
        if ticket is not None:
            ticket["lastactiondate"] = action["datetime"]
            ticket["last_update"] = action["datetime"]
        return action

    def _outcome_for(self, fields: Row) -> Row | None:
        if fields.get("outcome_id") in self.outcomes:
            return self.outcomes[fields["outcome_id"]]
        if isinstance(fields.get("outcome"), str):
            return self.outcome_by_name(fields["outcome"])
        return None

    def insert_attachment(self, fields: Row, now: float) -> Row:
        row: Row = {"action_id": None, "showforusers": True, "datecreated": iso(now), **fields}
        row["id"] = self.next_id(self.attachments, start=1)
        self.attachments[row["id"]] = row
        return row

    def insert_feedback(self, fields: Row) -> Row:
        row: Row = dict(fields)
        row["id"] = self.next_id(self.feedback, start=1)
        self.feedback[row["id"]] = row
        return row

    def insert_user(self, fields: Row) -> Row:
        user: Row = {
            "name": "",
            "firstname": "",
            "surname": "",
            "emailaddress": "",
            "site_id": None,
            "client_id": None,
            "inactive": False,
            "phonenumber": "",
        }
        user.update(fields)
        user["id"] = user.get("id") or self.next_id(self.users, start=100)
        if not user["name"]:
            user["name"] = f"{user['firstname']} {user['surname']}".strip()
        self.fill_site_names(user)
        self.users[user["id"]] = user
        return user

    def fill_site_names(self, row: Row) -> None:
        """Derive client_id/client_name/site_name from site_id (the site decides the client)."""
        site = by_id(self.sites, row.get("site_id"))
        if site is not None:
            row["client_id"] = site["client_id"]
            row["site_name"] = site["name"]
        client = by_id(self.clients, row.get("client_id"))
        row["client_name"] = client["name"] if client else ""
        row.setdefault("site_name", "")
