"""Instance metadata: statuses, priorities per SLA, ticket types, teams, agents, outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import AliasChoices, Field, model_validator

from halo_integration.schemas.base import Flag, HaloModel, Id, Int, Text
from halo_integration.values import int_or_none


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
