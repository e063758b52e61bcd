"""The route table: resource name (matched case-insensitively) -> handlers and scope family."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass

from . import actions, entities, files, lookups, tickets
from .context import Ctx
from .http import Response, json_response

CollectionHandler = Callable[[Ctx], Response]
ItemHandler = Callable[[Ctx, str], Response]


@dataclass(frozen=True)
class Route:
    scope: str | None  # read:<scope> / edit:<scope>; None = any valid token will do
    list: CollectionHandler | None = None  # GET /X
    get: ItemHandler | None = None  # GET /X/{id}
    post: CollectionHandler | None = None  # POST /X
    delete: ItemHandler | None = None  # DELETE /X/{id}
    needs_token: bool = True

    def allowed_methods(self, with_id: bool) -> builtins.list[str]:  # `list` is a field here
        if with_id:
            return [m for m, h in (("GET", self.get), ("DELETE", self.delete)) if h]
        return [m for m, h in (("GET", self.list), ("POST", self.post)) if h]

    def handler(self, method: str, with_id: bool) -> CollectionHandler | ItemHandler | None:
        if with_id:
            return {"GET": self.get, "DELETE": self.delete}.get(method)
        return {"GET": self.list, "POST": self.post}.get(method)


ROUTES: dict[str, Route] = {
    "tickets": Route(
        "tickets",
        tickets.list_tickets,
        tickets.get_ticket,
        tickets.post_tickets,
        tickets.delete_ticket,
    ),
    "actions": Route(
        "tickets",
        actions.list_actions,
        actions.get_action,
        actions.post_actions,
        actions.delete_action,
    ),
    "attachment": Route(
        "tickets",
        files.list_attachments,
        files.get_attachment,
        files.post_attachments,
        files.delete_attachment,
    ),
    "feedback": Route(
        "tickets",
        files.list_feedback,
        files.get_feedback,
        files.post_feedback,
        files.delete_feedback,
    ),
    "client": Route("customers", entities.CLIENTS.list_handler, entities.CLIENTS.get_handler),
    "site": Route("customers", entities.SITES.list_handler, entities.SITES.get_handler),
    "users": Route(
        "customers", entities.USERS.list_handler, entities.USERS.get_handler, entities.post_users
    ),
    "asset": Route("assets", entities.ASSETS.list_handler, entities.ASSETS.get_handler),
    "clientcontract": Route(
        "contracts", entities.CONTRACTS.list_handler, entities.CONTRACTS.get_handler
    ),
    "kbarticle": Route("kb", entities.KB_ARTICLES.list_handler, entities.KB_ARTICLES.get_handler),
    "appointment": Route(
        "calendar", entities.APPOINTMENTS.list_handler, entities.APPOINTMENTS.get_handler
    ),
    "invoice": Route("invoices", entities.INVOICES.list_handler, entities.INVOICES.get_handler),
    "report": Route("reporting", entities.REPORTS.list_handler, entities.REPORTS.get_handler),
    "agent": Route(None, lookups.list_agents, lookups.get_agent),
    "team": Route(None, lookups.TEAMS.list_handler, lookups.TEAMS.get_handler),
    "status": Route(None, lookups.STATUSES.list_handler, lookups.STATUSES.get_handler),
    "priority": Route(None, lookups.PRIORITIES.list_handler),  # /Priority/{id} does not exist
    "tickettype": Route(None, lookups.TICKET_TYPES.list_handler, lookups.TICKET_TYPES.get_handler),
    "outcome": Route(None, lookups.OUTCOMES.list_handler, lookups.OUTCOMES.get_handler),
    "category": Route(None, lookups.CATEGORIES.list_handler),
}


def auth_info_route(base_url: str, tenant: str | None) -> Route:
    def handler(ctx: Ctx) -> Response:
        return json_response(
            200, {"auth_url": base_url.rstrip("/") + "/auth", "tenant_id": tenant or ""}
        )

    return Route(None, handler, needs_token=False)
