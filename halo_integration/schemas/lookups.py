"""The other look-ups: knowledge-base articles, assets, contracts, invoices, appointments, reports."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any

from pydantic import AliasChoices, BeforeValidator, Field

from halo_integration.schemas.base import Amount, Date, Flag, HaloModel, Id, Int, OfCustomer, Text


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


class Asset(OfCustomer):
    id: Id
    inventory_number: Text = ""
    key_field: Text = ""
    assettype_name: Text = ""
    site_name: Text = ""
    username: Text = Field("", validation_alias=AliasChoices("username", "user_name"))
    inactive: Flag = None

    @property
    def label(self) -> str:
        return self.inventory_number or self.key_field or f"#{self.id}"


class Contract(OfCustomer):
    id: Id
    ref: Text = ""
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


class Invoice(OfCustomer):
    id: Id
    invoicenumber: Text = ""
    invoice_date: Date = None
    duedate: Date = None
    total: Amount = None
    amountdue: Amount = None

    @property
    def label(self) -> str:
        return self.invoicenumber or f"#{self.id}"


class Appointment(OfCustomer):
    id: Id
    subject: Text = ""
    appointment_type_name: Text = ""
    start_date: Date = None
    end_date: Date = None
    agent_id: Int = None
    agent_name: Text = ""
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
