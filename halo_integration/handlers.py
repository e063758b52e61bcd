"""What each declared action does in Halo, once policy has allowed it. Called only by actions.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from halo_integration import access, identity
from halo_integration.catalog import Catalog
from halo_integration.client import HaloClient
from halo_integration.connection import build_catalog
from halo_integration.models import HaloConnection, HaloIdentity, PendingWrite
from halo_integration.params import InvalidParams
from halo_integration.policies import Rule, can_look_up, is_admin, limited_to_own_tickets


class ActionDenied(Exception):
    """The person may not do this to this ticket; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# What an employee's browser may receive of a ticket: Halo's record holds far more.
EMPLOYEE_TICKET_FIELDS = frozenset(
    {
        "id", "summary", "details", "details_html", "status_id", "priority_id", "tickettype_id",
        "agent_id", "team", "team_id", "client_id", "client_name", "site_id", "site_name", "user_id",
        "user_name", "dateoccurred", "lastactiondate", "last_update", "dateclosed", "hasbeenclosed",
        "targetdate", "fixbydate",
    }
)  # fmt: skip


@dataclass
class Context:
    """Who is acting, through which Halo, under which rule; things loaded once per run."""

    actor: Any
    halo: HaloClient
    rule: Rule
    write: PendingWrite | None = None
    _catalog: Catalog | None = field(default=None, repr=False)
    _identity: HaloIdentity | None = field(default=None, repr=False)

    @property
    def admin(self) -> bool:
        return is_admin(self.actor)

    @property
    def own_only(self) -> bool:
        return limited_to_own_tickets(self.rule, self.actor)

    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = build_catalog(self.halo)
        return self._catalog

    def identity(self) -> HaloIdentity:
        if self._identity is None:
            self._identity = identity.halo_identity_for(self.actor, self.halo)
        return self._identity

    def ticket(self, ticket_id: int) -> dict[str, Any]:
        own = self.identity().halo_user_id if self.own_only else None
        return access.get_ticket_for(ticket_id, halo=self.halo, own_user_id=own)

    def remember_baseline(self, baseline: dict[str, Any]) -> None:
        if self.write is not None and self.write.baseline is None:
            self.write.baseline = baseline
            PendingWrite.objects.filter(pk=self.write.pk).update(baseline=baseline)


@dataclass
class Outcome:
    data: Any
    ticket_id: int | None = None
    halo_ids: dict[str, Any] = field(default_factory=dict)


# --- reads ----------------------------------------------------------------------------------------


def list_tickets(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    filters = {k: p[k] for k in ("open_only", "closed_only", "search", "tickettype_id", "status_id", "priority_id",
                                 "client_id", "site_id", "user_id", "team_id", "agent_id",
                                 "opened_after", "opened_before") if k in p}  # fmt: skip
    if p.get("ticket_ids"):
        filters["ticketids"] = ",".join(str(n) for n in p["ticket_ids"])
    if ctx.own_only:
        filters["user_id"] = ctx.identity().halo_user_id
    page = ctx.halo.list_tickets(
        page_no=p.get("page_no", 1),
        page_size=p.get("page_size", 25),
        order="lastactiondate",
        orderdesc=True,
        **filters,
    )
    catalog = ctx.catalog()
    rows = [describe_ticket(catalog, row, admin=ctx.admin) for row in page.rows]
    if p.get("open_only"):
        rows = [row for row in rows if not row["is_closed"]]
    if p.get("closed_only"):
        rows = [row for row in rows if row["is_closed"]]
    rows.sort(
        key=lambda row: str(row.get("lastactiondate") or row.get("dateoccurred") or ""),
        reverse=True,
    )
    data = {
        "tickets": rows,
        "record_count": page.record_count,
        "page_no": page.page_no,
        "page_size": page.page_size,
        "page_count": page.page_count,
    }
    return Outcome(data)


def get_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    ticket = ctx.ticket(p["ticket_id"])
    catalog = ctx.catalog()
    notes = ctx.halo.list_actions(p["ticket_id"], public_only=not ctx.admin)
    authors = _portal_authors(p["ticket_id"])
    described = []
    for note in notes:
        row = describe_action(catalog, note)
        author = authors.get(str(note.get("id")))
        if author is not None:  # Halo credits the API agent; the portal knows who wrote it
            row["portal_author"] = _display_name(author)
            row["by_viewer"] = author.pk == getattr(ctx.actor, "pk", None)
        described.append(row)
    data = {"ticket": describe_ticket(catalog, ticket, admin=ctx.admin), "actions": described}
    return Outcome(data, ticket_id=p["ticket_id"], halo_ids={"ticket_id": p["ticket_id"]})


def lookup(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    entity = p["entity"]
    decision = can_look_up(ctx.actor, entity)
    if not decision.allowed:
        raise ActionDenied(decision.reason)
    if "id" in p:
        rows = [ctx.halo.get_entity(entity, p["id"])]
        data = {
            "entity": entity,
            "rows": rows,
            "record_count": 1,
            "page_no": 1,
            "page_size": 1,
            "page_count": 1,
        }
        return Outcome(data)
    filters = {k: p[k] for k in ("client_id", "site_id", "team_id") if k in p}
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
    rows = page.rows
    if entity == "contracts" and p.get("active_only"):
        rows = [row for row in rows if is_active_contract(row)]
    data = {
        "entity": entity,
        "rows": rows,
        "record_count": page.record_count,
        "page_no": page.page_no,
        "page_size": page.page_size,
        "page_count": page.page_count,
    }
    return Outcome(data)


# --- writes ---------------------------------------------------------------------------------------


def create_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    catalog = ctx.catalog()
    body: dict[str, Any] = {"summary": p["summary"]}
    _set_requester(ctx, p, body)
    body["tickettype_id"] = _ticket_type(ctx, catalog, p.get("tickettype_id"))
    if "priority_id" in p:
        body["priority_id"] = _known(catalog, "priorities", p["priority_id"], "priority_id")
    if "team_id" in p:
        body["team"] = catalog.name_of("teams", _known(catalog, "teams", p["team_id"], "team_id"))
    if "agent_id" in p:
        body["agent_id"] = _known(catalog, "agents", p["agent_id"], "agent_id")
    reference = ctx.write.reference if ctx.write else ""
    body["details"] = _with_reference(p.get("details", ""), reference)
    if ctx.write is not None and ctx.write.maybe_committed:
        existing = _find_committed_ticket(ctx.halo, body, reference)
        if existing is not None:
            return _created(existing)
    return _created(ctx.halo.create_ticket(body))


def add_note(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    ticket = ctx.ticket(p["ticket_id"])
    catalog = ctx.catalog()
    if not ctx.admin and catalog.is_closed(ticket):
        raise ActionDenied(_("the ticket is closed"))
    hidden = bool(p.get("hiddenfromuser", False))
    outcome = catalog.note_outcome(hidden=hidden)
    return _post_note_once(
        ctx, p["ticket_id"], note=p["note"], outcome_id=outcome.id, hidden=hidden
    )


def resolve_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    ticket_id = p["ticket_id"]
    ticket = ctx.ticket(ticket_id)
    catalog = ctx.catalog()
    closed = catalog.closed_status()
    already_ours = ctx.write is not None and ctx.write.maybe_committed
    if catalog.is_closed(ticket) and not already_ours:
        raise InvalidParams({"ticket_id": _("ticket %(id)s is already closed") % {"id": ticket_id}})
    hidden = bool(p.get("hiddenfromuser", False))
    name = _display_name(ctx.actor)
    note = p.get("note") or _("Resolved by %(name)s in the self-service portal.") % {"name": name}
    outcome = catalog.note_outcome(hidden=hidden)
    result = _post_note_once(
        ctx, ticket_id, note=note, outcome_id=outcome.id, hidden=hidden, new_status=closed.id
    )
    # Some Halo versions apply an action's new_status lazily; the ticket itself must end closed.
    if not catalog.is_closed(ctx.halo.get_ticket(ticket_id)):
        ctx.halo.update_ticket(ticket_id, {"status_id": closed.id})
    result.halo_ids["status_id"] = closed.id
    return result


def update_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    ticket_id = p["ticket_id"]
    ctx.ticket(ticket_id)
    catalog = ctx.catalog()
    fields: dict[str, Any] = {}
    if "priority_id" in p:
        fields["priority_id"] = _known(catalog, "priorities", p["priority_id"], "priority_id")
    if "team_id" in p:
        # Halo's ticket record names its team (`team`); there is no team_id field to write.
        fields["team"] = catalog.name_of("teams", _known(catalog, "teams", p["team_id"], "team_id"))
    if "agent_id" in p:
        fields["agent_id"] = _known(catalog, "agents", p["agent_id"], "agent_id")
    if "status_id" in p:
        fields["status_id"] = _known(catalog, "statuses", p["status_id"], "status_id")
    if "tickettype_id" in p:
        fields["tickettype_id"] = _known(
            catalog, "ticket_types", p["tickettype_id"], "tickettype_id"
        )
    updated = ctx.halo.update_ticket(ticket_id, fields)
    data = {
        "ticket": describe_ticket(catalog, updated or {"id": ticket_id}, admin=True),
        "changed": sorted(fields),
    }
    return Outcome(data, ticket_id=ticket_id, halo_ids={"ticket_id": ticket_id})


HANDLERS: dict[str, Callable[[Context, Mapping[str, Any]], Outcome]] = {
    "create_ticket": create_ticket,
    "add_note": add_note,
    "resolve_ticket": resolve_ticket,
    "list_tickets": list_tickets,
    "get_ticket": get_ticket,
    "update_ticket": update_ticket,
    "lookup": lookup,
}


# --- presentation helpers (shared by pages, the Ask box and commands) ----------------------------


def describe_ticket(catalog: Catalog, ticket: Mapping[str, Any], *, admin: bool) -> dict[str, Any]:
    """Halo's ticket with names beside its ids. Employees get only EMPLOYEE_TICKET_FIELDS."""
    row = (
        dict(ticket) if admin else {k: v for k, v in ticket.items() if k in EMPLOYEE_TICKET_FIELDS}
    )
    row["status_name"] = catalog.name_of(
        "statuses", ticket.get("status_id"), str(ticket.get("status_name") or "")
    )
    row["priority_name"] = catalog.name_of("priorities", ticket.get("priority_id"))
    row["tickettype_name"] = catalog.name_of("ticket_types", ticket.get("tickettype_id"))
    row["agent_name"] = catalog.name_of("agents", ticket.get("agent_id"))
    row["team_name"] = str(ticket.get("team") or "") or catalog.name_of(
        "teams", ticket.get("team_id")
    )
    row["is_closed"] = catalog.is_closed(dict(ticket))
    return row


def describe_action(catalog: Catalog, action: Mapping[str, Any]) -> dict[str, Any]:
    outcome = str(action.get("outcome") or "") or catalog.name_of(
        "outcomes", action.get("outcome_id")
    )
    return {
        "id": action.get("id"),
        "datetime": action.get("datetime"),
        "who": action.get("who") or "",
        "outcome": outcome,
        "note": action.get("note") or "",
        "note_html": action.get("note_html") or "",
        "hiddenfromuser": bool(action.get("hiddenfromuser")),
        "new_status": action.get("new_status"),
    }


def is_active_contract(row: Mapping[str, Any]) -> bool:
    if "active" in row and isinstance(row["active"], bool):
        return row["active"]
    if row.get("expired") is True:
        return False
    end = str(row.get("end_date") or "")[:10]
    return not end or end.startswith(("1899", "1900")) or end >= dt.date.today().isoformat()  # noqa: DTZ011


# --- internals ------------------------------------------------------------------------------------


def _set_requester(ctx: Context, p: Mapping[str, Any], body: dict[str, Any]) -> None:
    if ctx.admin and not ctx.own_only and any(k in p for k in ("user_id", "client_id", "site_id")):
        user_id, client_id, site_id = p.get("user_id"), p.get("client_id"), p.get("site_id")
        if user_id and (not site_id or not client_id):
            user = ctx.halo.get_user(user_id)  # Halo requires a site whenever a user is set
            site_id = site_id or user.get("site_id")
            client_id = client_id or user.get("client_id")
        if site_id and not client_id:
            client_id = ctx.halo.get_site(site_id).get("client_id")
        for key, value in (("user_id", user_id), ("client_id", client_id), ("site_id", site_id)):
            if value:
                body[key] = int(value)
        return
    me = ctx.identity()
    body["user_id"] = me.halo_user_id
    site_id, client_id = me.halo_site_id, me.halo_client_id
    if not site_id:
        user = ctx.halo.get_user(me.halo_user_id)
        site_id, client_id = user.get("site_id"), client_id or user.get("client_id")
    if client_id:
        body["client_id"] = int(client_id)
    if site_id:
        body["site_id"] = int(site_id)


def _ticket_type(ctx: Context, catalog: Catalog, wanted: int | None) -> int:
    allowed = catalog.ticket_types(end_user=not ctx.admin)
    if wanted is not None:
        if any(t.id == wanted for t in allowed):
            return wanted
        raise InvalidParams({"tickettype_id": _("is not a ticket type you may choose")})
    connection = HaloConnection.objects.current()
    default = connection.default_tickettype_id if connection else None
    every = catalog.ticket_types()
    if default and any(t.id == default for t in every):
        return default
    if not allowed:
        raise InvalidParams(
            {"tickettype_id": _("this Halo instance offers no ticket type to choose")}
        )
    return allowed[0].id


def _known(catalog: Catalog, kind: str, item_id: int, name: str) -> int:
    if catalog.get(kind, item_id) is None:
        raise InvalidParams(
            {name: _("%(id)s is not known on this Halo instance") % {"id": item_id}}
        )
    return item_id


def _with_reference(details: str, reference: str) -> str:
    if not reference:
        return details
    footer = _("Submitted through the self-service portal (reference %(ref)s).") % {
        "ref": reference
    }
    return f"{details}\n\n{footer}" if details else footer


def _find_committed_ticket(
    halo: HaloClient, body: Mapping[str, Any], reference: str
) -> dict[str, Any] | None:
    """After a lost response: the ticket our earlier attempt created, found by its reference."""
    filters = {k: body[k] for k in ("user_id", "client_id") if body.get(k)}
    if not filters:
        filters = {"search": body["summary"]}
    for row in halo.iter_tickets(limit=1000, order="id", orderdesc=True, **filters):
        if row.get("summary") != body["summary"]:
            continue
        full = row if "details" in row else halo.get_ticket(int(row["id"]))
        if reference in str(full.get("details") or "") + str(full.get("details_html") or ""):
            return full
    return None


def _created(ticket: Mapping[str, Any]) -> Outcome:
    ticket_id = int(ticket["id"])
    return Outcome(
        {"ticket_id": ticket_id, "ticket": dict(ticket)},
        ticket_id=ticket_id,
        halo_ids={"ticket_id": ticket_id},
    )


def _post_note_once(
    ctx: Context,
    ticket_id: int,
    *,
    note: str,
    outcome_id: int,
    hidden: bool,
    new_status: int | None = None,
) -> Outcome:
    """Post a note, unless an earlier attempt of this same write already did (its response lost)."""
    if ctx.write is not None:
        if ctx.write.baseline is None:
            ctx.remember_baseline({"same_notes": _same_notes(ctx.halo, ticket_id, note)})
        elif ctx.write.maybe_committed:
            already = _same_notes(ctx.halo, ticket_id, note)
            if len(already) > len(ctx.write.baseline.get("same_notes", [])):
                return Outcome({"ticket_id": ticket_id, "action_id": already[-1]}, ticket_id=ticket_id,
                               halo_ids={"ticket_id": ticket_id, "action_id": already[-1]})  # fmt: skip
    action = ctx.halo.add_action(
        ticket_id, note=note, outcome_id=outcome_id, hiddenfromuser=hidden, new_status=new_status
    )
    action_id = action.get("id")
    return Outcome({"ticket_id": ticket_id, "action_id": action_id}, ticket_id=ticket_id,
                   halo_ids={"ticket_id": ticket_id, "action_id": action_id})  # fmt: skip


def _same_notes(halo: HaloClient, ticket_id: int, note: str) -> list[Any]:
    wanted = " ".join(note.split())
    return [
        a.get("id")
        for a in halo.list_actions(ticket_id)
        if " ".join(str(a.get("note") or "").split()) == wanted
    ]


def _portal_authors(ticket_id: int) -> dict[str, Any]:
    """Halo action id -> the portal user whose delivered write created it."""
    writes = PendingWrite.objects.filter(
        ticket_id=ticket_id, status=PendingWrite.Status.DONE
    ).select_related("actor")
    return {
        str(write.result["action_id"]): write.actor
        for write in writes
        if isinstance(write.result, dict) and write.result.get("action_id") is not None
    }


def _display_name(user: Any) -> str:
    full = f"{getattr(user, 'first_name', '')} {getattr(user, 'last_name', '')}".strip()
    return full or getattr(user, "email", "") or getattr(user, "username", "")
