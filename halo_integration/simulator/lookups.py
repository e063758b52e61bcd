"""Configuration lookups Halo returns as bare JSON arrays: Status, Priority, TicketType, Team,
Outcome, Agent and Category."""

from __future__ import annotations

from .context import Ctx
from .http import Response, json_response
from .listing import Listing, combine, flag_filter
from .params import Paging, Predicate, flag, int_param, text_param
from .store import STATUS_CLOSED, STATUS_PENDING

STATUSES = Listing(
    "statuses",
    None,
    "Status",
    extra_filters=combine(
        flag_filter("excludeclosed", lambda s: s["type"] != STATUS_CLOSED),
        flag_filter("excludepending", lambda s: s["type"] != STATUS_PENDING),
    ),
    sort_field="sequence",
)
PRIORITIES = Listing(
    "priorities", None, "Priority", int_filters={"slaid": "slaid"}, sort_field="slaid"
)
TICKET_TYPES = Listing(
    "ticket_types",
    None,
    "Ticket Type",
    extra_filters=combine(
        flag_filter("canusercreate", lambda t: bool(t.get("enduserscanselect"))),
        flag_filter("canagentsselect", lambda t: bool(t.get("agentscanselect"))),
    ),
)
TEAMS = Listing(
    "teams", None, "Team", inactive_field="inactive", include_inactive_param="includedisabled"
)
OUTCOMES = Listing("outcomes", None, "Outcome")
CATEGORIES = Listing("categories", None, "Category", int_filters={"type_id": "type_id"})


def _agent_filters(ctx: Ctx) -> list[Predicate]:
    req = ctx.req
    predicates: list[Predicate] = []
    if not flag(req, "includedisabled"):
        predicates.append(lambda a: not a.get("isdisabled"))
    if not flag(req, "includeapiagents"):
        predicates.append(lambda a: not a.get("isapiagent"))
    team = text_param(req, "team")
    if team:
        predicates.append(
            lambda a: any(t["team_name"].casefold() == team.casefold() for t in a["teams"])
        )
    team_id = int_param(req, "team_id")
    if team_id is not None:
        predicates.append(lambda a: any(t["team_id"] == team_id for t in a["teams"]))
    return predicates


AGENTS = Listing(
    "agents", None, "Agent", search_fields=("name", "email"), extra_filters=_agent_filters
)


def list_agents(ctx: Ctx) -> Response:
    """A bare array; with pageinate=true the wrapper's key is ``agents`` (UNCERTAIN in Halo:
    HaloITSM MCP saw ``results``, so clients should accept either)."""
    rows = AGENTS.rows(ctx)
    paging = Paging.from_request(ctx.req)
    if paging.paginate:
        return json_response(200, paging.envelope("agents", rows))
    return json_response(200, rows)


def get_agent(ctx: Ctx, raw_id: str) -> Response:
    if raw_id.lower() == "me":
        return json_response(200, dict(ctx.store.api_agent))
    return AGENTS.get_handler(ctx, raw_id)
