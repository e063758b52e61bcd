"""Tickets as Halo lists and answers them, and what hangs off a ticket: actions, files, ratings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic import AliasChoices, Field, model_validator

from halo_integration.schemas.base import Date, Flag, HaloModel, Id, Int, Text


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
    # Every file of the ticket and its actions, visible to users or not; None: Halo did not say.
    attachment_count: Int = None

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
