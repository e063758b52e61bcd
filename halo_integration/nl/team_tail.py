"""A team named bare at the end of an admin's new ticket: "..., laptop won't boot, 2nd Line
Support". With no "team" word only the instance's own team names can tell it from the
description, so only a last comma part that is a team's whole name, word for word, is taken."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from halo_integration.policies import is_admin

if TYPE_CHECKING:
    from halo_integration.nl.resolve import Resolver

_MAX_TEAM_WORDS = 4


def team_at_end(resolver: Resolver) -> None:
    """Move a trailing ", <team name>" from the summary to team_id."""
    if {"team_id", "agent_id"} & resolver.params.keys() or not is_admin(resolver.actor):
        return
    summary = str(resolver.params.get("summary", ""))
    head, comma, last = summary.rpartition(",")
    name = re.sub(r"\s+", " ", last).strip(" .!")
    if not comma or not head.strip() or not 0 < len(name.split()) <= _MAX_TEAM_WORDS:
        return
    team = next(
        (t for t in resolver.catalog.items("teams") if t.name.casefold() == name.casefold()),
        None,
    )
    if team is None:
        return
    resolver.params["team_id"] = team.id
    resolver.names["team_id"] = team.name
    resolver.params["summary"] = head.strip(" ,;")
