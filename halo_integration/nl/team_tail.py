"""A team named bare at the end of an admin's new ticket: "..., laptop won't boot, 2nd Line
Support", "... email bouncing low prio 1st line". With no "team" word only the instance's own
team names can tell it from the description: a last comma part of the summary is taken only
when it is a team's whole name, word for word; the words left after the fields (`team_guess`)
only when they name one team."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from halo_integration.catalog import Item, resolve_name
from halo_integration.policies import is_admin

if TYPE_CHECKING:
    from halo_integration.nl.resolve import Resolver

_MAX_TEAM_WORDS = 4


def team_at_end(resolver: Resolver) -> None:
    """Move a trailing ", <team name>" from the summary to team_id."""
    guess = str(resolver.slots.pop("team_guess", "") or "")
    if {"team_id", "agent_id"} & resolver.params.keys() or not is_admin(resolver.actor):
        return
    found = resolve_name(resolver.catalog.items("teams"), guess) if guess else None
    if found and found.item:
        resolver.keep("team_id", found.item.id, found.item.name)
        return
    summary = str(resolver.params.get("summary", ""))
    head, comma, last = summary.rpartition(",")
    name = re.sub(r"\s+", " ", last).strip(" .!")
    if not comma or not head.strip() or not 0 < len(name.split()) <= _MAX_TEAM_WORDS:
        return
    named = _teams_named(resolver, name)
    if not named:
        return
    resolver.keep("team_id", named[0].id, named[0].name)
    resolver.params["summary"] = head.strip(" ,;")


def team_after_agent(resolver: Resolver) -> None:
    """ "3110 assign Hannah Fischer, Field Services": the words after the person, when they
    are one of the instance's team names, are the team too (else they are left alone)."""
    guess = str(resolver.slots.pop("team_guess", "") or "")
    if not guess or "team_id" in resolver.params or not is_admin(resolver.actor):
        return
    # only a team's whole name, word for word: "he knows it" or "thanks" name no team
    wanted = re.sub(r"\s+team$", "", re.sub(r"\s+", " ", guess).strip(), flags=re.IGNORECASE)
    teams = _teams_named(resolver, wanted)
    if len(teams) == 1:
        resolver.keep("team_id", teams[0].id, teams[0].name)


def _teams_named(resolver: Resolver, name: str) -> list[Item]:
    """The instance's teams whose whole name is `name`, word for word (any case)."""
    wanted = name.casefold()
    return [t for t in resolver.catalog.items("teams") if t.name.casefold() == wanted]
