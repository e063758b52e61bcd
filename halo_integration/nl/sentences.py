"""The English sentences a person confirms: what a Plan will do, and the one answer for a
ticket that is missing or not theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from halo_integration.nl.plan import Plan


def describe(plan: Plan) -> str:
    """One sentence a person can confirm: "Create an Incident for you: '…', priority Medium"."""
    p, names = plan.params, plan.names
    ticket = f"#{p['ticket_id']}" if "ticket_id" in p else _("the ticket")
    if plan.action == "create_ticket":
        kind = names.get("tickettype_id") or _("ticket")
        who = names.get("client_id") or _("you")
        extras = [f"{label} {names[key]}" for key, label in
                  (("site_id", _("site")), ("priority_id", _("priority")), ("team_id", _("team")),
                   ("agent_id", _("agent")), ("user_id", _("for")))
                  if names.get(key)]  # fmt: skip
        text = _("Create %(kind)s for %(who)s: “%(summary)s”") % {"kind": _a(kind), "who": who,
                                                                   "summary": p.get("summary", "")}  # fmt: skip
        return ", ".join([text, *extras])
    if plan.action == "add_note":
        hidden = _("hidden") if p.get("hiddenfromuser") else _("visible")
        return _("Add a %(hidden)s note to %(ticket)s: “%(note)s”") % {"hidden": hidden, "ticket": ticket,
                                                                     "note": p.get("note", "…")}  # fmt: skip
    if plan.action == "resolve_ticket":
        reason = f": “{p['note']}”" if p.get("note") else ""
        return _("Resolve %(ticket)s%(reason)s") % {"ticket": ticket, "reason": reason}
    if plan.action == "reopen_ticket":
        reason = f": “{p['note']}”" if p.get("note") else ""
        return _("Reopen %(ticket)s%(reason)s") % {"ticket": ticket, "reason": reason}
    if plan.action == "update_ticket":
        changes = [f"{label} → {names.get(key, p[key])}" for key, label in
                   (("priority_id", _("priority")), ("team_id", _("team")), ("agent_id", _("agent")),
                    ("status_id", _("status")), ("tickettype_id", _("type"))) if key in p]  # fmt: skip
        return _("Update %(ticket)s: %(changes)s") % {
            "ticket": ticket,
            "changes": ", ".join(changes) or "…",
        }
    if plan.action == "get_ticket":
        return _("Show %(ticket)s") % {"ticket": ticket}
    if plan.action == "list_tickets" and p.get("ticket_ids"):
        return _("Show tickets %(ids)s") % {"ids": ", ".join(f"#{n}" for n in p["ticket_ids"])}
    if plan.action == "list_tickets":
        scope = _("open ") if p.get("open_only") else _("closed ") if p.get("closed_only") else ""
        filters = [f"{key.removesuffix('_id')} {names.get(key, p[key])}" for key in
                   ("client_id", "site_id", "agent_id", "team_id", "tickettype_id", "status_id", "priority_id", "user_id")
                   if key in p]  # fmt: skip
        if p.get("opened_after"):
            until = f" {_('before')} {p['opened_before']}" if p.get("opened_before") else ""
            filters.append(f"{_('opened since')} {p['opened_after']}{until}")
        return _("List %(scope)stickets") % {"scope": scope} + (
            f" ({', '.join(filters)})" if filters else ""
        )
    if plan.action == "lookup":
        entity = str(p.get("entity", "")).replace("_", " ")
        scope = f" {_('for')} {names['client_id']}" if names.get("client_id") else ""
        active = _("active ") if p.get("active_only") else ""
        search = f" “{p['search']}”" if p.get("search") else ""
        if names.get("team_id"):
            scope += f" {_('in team')} {names['team_id']}"
        return _("Look up %(active)s%(entity)s%(scope)s%(search)s") % {"active": active, "entity": entity,
                                                                     "scope": scope, "search": search}  # fmt: skip
    return plan.action or ""


def not_found_message(ticket_id: int) -> str:
    """The one answer for a ticket that does not exist and one that is not this person's."""
    return _("Ticket #%(id)s was not found.") % {"id": ticket_id}


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun
