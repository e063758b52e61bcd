"""Typed models of what the portal reads from Halo: the one place that knows Halo's field names.

Real instances differ from the spec and from each other (REFERENCE §12): optional fields are
missing or null, numbers arrive as doubles or strings, flags as strings, unset dates as 1899/1900
placeholders, lists bare or wrapped under any key, a single ticket sometimes wrapped in a list.
These models accept all of that (values.py reads each value), ignore fields they do not declare,
and `parse_rows` skips (and logs once) a row that cannot be read at all, so a page never fails on
Halo's shape. The client parses every answer here; nothing above it sees Halo's raw JSON.

- ``base``: the tolerant field types, HaloModel, OfCustomer (client_id and client_name)
- ``tickets``: TicketRow, Ticket, Action, Attachment, Feedback
- ``catalog``: instance metadata (Status, Priority, TicketType, Team, Agent, Outcome)
- ``people``: User, Client, Site
- ``lookups``: KBArticle, Asset, Contract, Invoice, Appointment, Report
- ``auth``: Token, AuthInfo, Me
- ``parsing``: list_rows, record_count, parse_rows, parse_one
"""

from halo_integration.schemas.auth import AuthInfo, Me, Token
from halo_integration.schemas.base import Amount, Date, Flag, HaloModel, Id, Int, OfCustomer, Text
from halo_integration.schemas.catalog import (
    Agent,
    AgentTeam,
    Outcome,
    Priority,
    Status,
    Team,
    TicketType,
)
from halo_integration.schemas.lookups import (
    Appointment,
    Asset,
    Contract,
    Invoice,
    KBArticle,
    KBClientAccess,
    Report,
)
from halo_integration.schemas.parsing import (
    LIST_KEYS,
    list_rows,
    parse_one,
    parse_rows,
    record_count,
)
from halo_integration.schemas.people import Client, Site, User
from halo_integration.schemas.tickets import Action, Attachment, Feedback, Ticket, TicketRow

__all__ = [
    "LIST_KEYS",
    "Action",
    "Agent",
    "AgentTeam",
    "Amount",
    "Appointment",
    "Asset",
    "Attachment",
    "AuthInfo",
    "Client",
    "Contract",
    "Date",
    "Feedback",
    "Flag",
    "HaloModel",
    "Id",
    "Int",
    "Invoice",
    "KBArticle",
    "KBClientAccess",
    "Me",
    "OfCustomer",
    "Outcome",
    "Priority",
    "Report",
    "Site",
    "Status",
    "Team",
    "Text",
    "Ticket",
    "TicketRow",
    "TicketType",
    "Token",
    "User",
    "list_rows",
    "parse_one",
    "parse_rows",
    "record_count",
]
