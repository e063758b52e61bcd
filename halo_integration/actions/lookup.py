"""Look up Halo's directory: customers, sites, users, agents, teams, assets, contracts, KB
articles and more. Employees may look up only the entities policies.py lets them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

from django.utils import timezone
from django.utils.translation import gettext as _

from halo_integration.actions.context import ActionDenied, Context, Outcome
from halo_integration.actions.registry import PAGE, ActionSpec, Param, default_rule, register
from halo_integration.actions.results import ActionResult, data_of
from halo_integration.client import ENTITIES
from halo_integration.errors import HaloNotFound
from halo_integration.policies import can_look_up
from halo_integration.schemas import Contract, HaloModel, KBArticle

LOOKUP = "lookup"


class LookupParams(TypedDict):
    entity: str
    search: NotRequired[str]
    id: NotRequired[int]
    client_id: NotRequired[int]
    site_id: NotRequired[int]
    team_id: NotRequired[int]
    agent_id: NotRequired[int]
    active_only: NotRequired[bool]
    page_no: NotRequired[int]
    page_size: NotRequired[int]


class LookupPage(TypedDict):
    """One page of records of one entity (customers, sites, KB articles, ...)."""

    entity: str
    rows: list[HaloModel]
    record_count: int
    page_no: int
    page_size: int
    page_count: int


def rows_of(result: ActionResult) -> LookupPage:
    """The records a lookup result holds."""
    return data_of(result, LOOKUP, LookupPage)


def lookup(ctx: Context, p: LookupParams) -> Outcome[LookupPage]:
    entity = p["entity"]
    decision = can_look_up(ctx.actor, entity)
    if not decision.allowed:
        raise ActionDenied(decision.reason)
    if "id" in p:
        rows = _visible_articles(ctx, entity, [ctx.halo.get_entity(entity, p["id"])])
        if not rows:  # an article employees may not read answers like a missing one
            raise HaloNotFound(f"Halo has no {entity} {p['id']}")
        data: LookupPage = {
            "entity": entity,
            "rows": rows,
            "record_count": 1,
            "page_no": 1,
            "page_size": 1,
            "page_count": 1,
        }
        return Outcome(data)
    given: Mapping[str, Any] = p
    filters = {k: given[k] for k in ("client_id", "site_id", "team_id") if k in given}
    if "agent_id" in p:
        filters["agents"] = str(p["agent_id"])  # Halo filters appointments by a list of agents
    search = p.get("search", "")
    page = ctx.halo.lookup(
        entity,
        search=search,
        page_no=p.get("page_no", 1),
        page_size=p.get("page_size", 25),
        **filters,
    )
    if not page.rows and len(search) > 3 and search.endswith("s"):
        # Halo's search is a plain "contains" match: "printers" misses "Printer jams".
        page = ctx.halo.lookup(
            entity,
            search=search[:-1],
            page_no=p.get("page_no", 1),
            page_size=p.get("page_size", 25),
            **filters,
        )
    rows = _visible_articles(ctx, entity, page.rows)
    if entity == "contracts" and p.get("active_only"):
        now = timezone.now()
        rows = [row for row in rows if isinstance(row, Contract) and row.is_active(now)]
    data = {
        "entity": entity,
        "rows": rows,
        "record_count": page.record_count,
        "page_no": page.page_no,
        "page_size": page.page_size,
        "page_count": page.page_count,
    }
    return Outcome(data)


def _visible_articles(ctx: Context, entity: str, rows: list[HaloModel]) -> list[HaloModel]:
    """For employees, only the KB articles Halo lets their customer's end users see."""
    if entity != "kb_articles" or ctx.admin:
        return rows
    client_id = ctx.identity().halo_client_id
    return [r for r in rows if isinstance(r, KBArticle) and r.visible_to_client(client_id)]


def _lookup_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    entity = str(p.get("entity", "")).replace("_", " ")
    scope = f" {_('for')} {names['client_id']}" if names.get("client_id") else ""
    active = _("active ") if p.get("active_only") else ""
    search = f" “{p['search']}”" if p.get("search") else ""
    if names.get("team_id"):
        scope += f" {_('in team')} {names['team_id']}"
    if names.get("agent_id"):
        scope += f" {_('of')} {names['agent_id']}"
    return _("Look up %(active)s%(entity)s%(scope)s%(search)s") % {
        "active": active,
        "entity": entity,
        "scope": scope,
        "search": search,
    }


register(
    ActionSpec(
        name=LOOKUP,
        description=(
            "Look up customers, sites, users, agents, teams, assets, contracts, KB articles "
            "and more."
        ),
        params=(
            Param(
                "entity",
                str,
                "what to look up",
                required=True,
                choices=tuple(sorted(set(ENTITIES) - {"tickets"})),
            ),
            Param("search", str, "free text", max_length=200),
            Param("id", int, "one record by id"),
            Param("client_id", int, "only this customer's records"),
            Param("site_id", int, "only this site's records"),
            Param("team_id", int, "only this team's members (agents)"),
            Param("agent_id", int, "only this agent's records (appointments)"),
            Param("active_only", bool, "only active records (contracts)"),
            *PAGE,
        ),
        params_model=LookupParams,
        handler=lookup,
        write=False,
        rule=default_rule(LOOKUP),
        sentence=_lookup_sentence,
    )
)
