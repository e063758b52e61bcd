"""Text -> Plan: what the person asked for, as a declared action with Halo ids resolved.

A Plan only proposes. Reads may run at once; writes run after the person confirms, through the
same run_action() and policies as a form. Names are resolved through the instance catalog and
what the person may see; several matches become candidates, none is ever picked silently."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from halo_integration import actions, audit
from halo_integration.catalog import Catalog, Item, resolve_name
from halo_integration.client import HaloClient
from halo_integration.connection import build_catalog, build_halo_client
from halo_integration.errors import HaloError
from halo_integration.identity import IdentityNotFound
from halo_integration.nl.parse.rules import ParsedRequest, parse
from halo_integration.nl.parse.text import strip_markup, within_one_edit
from halo_integration.policies import can_look_up, decide, is_admin, rule_for
from halo_integration.presenters import NoteView, TicketView
from halo_integration.schemas import Agent, HaloModel, User

logger = logging.getLogger(__name__)

READ_ACTIONS = frozenset({"list_tickets", "get_ticket", "lookup"})
# Slots only an admin's request may carry; an employee's text with them is refused, not trimmed.
_ADMIN_SLOTS = (
    "client",
    "client_id",
    "site",
    "user",
    "team",
    "agent",
    "agent_id",
    "priority",
    "status",
)


@dataclass
class Plan:
    """A proposed action. `missing` names what must still be given; `candidates` lists choices
    for an ambiguous reference; `refused` says why it cannot be done at all."""

    text: str
    action: str | None
    params: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""
    refused: str = ""
    source: str = "rules"
    names: dict[str, str] = field(default_factory=dict)  # param -> the name it was resolved from
    # A "how do I ...?" question: articles answer it first; this ticket is offered second.
    offer: dict[str, Any] = field(default_factory=dict)
    drafted: bool = False  # the note was drafted by the portal; the person edits or confirms it

    @property
    def is_read(self) -> bool:
        return self.action in READ_ACTIONS

    @property
    def ready(self) -> bool:
        return bool(self.action) and not (self.missing or self.candidates or self.refused)

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "params": self.params,
            "missing": self.missing,
            "candidates": self.candidates,
            "summary": self.summary,
            "refused": self.refused,
            "source": self.source,
            "names": self.names,
            "offer": self.offer,
            "drafted": self.drafted,
        }


class _Refuse(Exception):
    pass


def plan_request(
    text: str,
    *,
    actor: Any,
    halo: HaloClient | None = None,
    channel: str = "ask",
    choices: Mapping[str, int] | None = None,
) -> Plan:
    """Understand `text` for this person; `choices` settles earlier candidates ({"ticket_id": 3115}).
    Never raises for Halo trouble: the plan says so."""
    parsed, source = _understand(text)
    plan = Plan(text=text, action=parsed.action, source=source)
    if parsed.action is None:
        plan.refused = parsed.reason or _(
            "I did not understand that as something the portal can do."
        )
        plan.summary = plan.refused
        return plan
    decision = decide(rule_for(parsed.action), actor)
    if decision.allowed and parsed.action == "lookup" and parsed.slots.get("entity"):
        decision = can_look_up(actor, str(parsed.slots["entity"]))  # refused now, not after
    admin_slots = [slot for slot in _ADMIN_SLOTS if slot in parsed.slots]
    if (
        not decision.allowed
        or (admin_slots and not is_admin(actor))
        or _employee_hidden_note(parsed, actor)
    ):
        reason = decision.reason if not decision.allowed else _("only portal admins may do that")
        return _refused(plan, actor, reason, channel)
    try:
        client = halo or build_halo_client()
        _Resolver(plan, parsed, actor, client, choices or {}, channel=channel).resolve()
    except _Refuse as exc:
        return _refused(plan, actor, str(exc), channel)
    except IdentityNotFound as exc:  # Halo answered: this person is not one of its users
        why = _("Your account is not set up in Halo: %(why)s") % {"why": exc.message}
        return _refused(plan, actor, why, channel)
    except HaloError as exc:
        plan.refused = _("Halo is unavailable right now, so I cannot look that up: %(why)s") % {
            "why": exc.message
        }
    plan.summary = plan.refused or describe(plan)
    return plan


def execute_plan(
    plan: Plan, *, actor: Any, channel: str = "ask", halo: HaloClient | None = None
) -> actions.ActionResult:
    """Run a ready plan through the one entry point, audited with the original text."""
    if not plan.ready or plan.action is None:
        raise ValueError("the plan is not ready to run")
    return actions.run_action(
        actor=actor,
        name=plan.action,
        params=plan.params,
        channel=channel,
        text=plan.text,
        halo=halo,
    )


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


# --- understanding ------------------------------------------------------------------------------


def _understand(text: str) -> tuple[ParsedRequest, str]:
    from halo_integration.nl import llm_config

    endpoint = llm_config.active_endpoint()
    if endpoint is not None:
        try:
            from halo_integration.nl.llm import parse_with_llm

            return parse_with_llm(text, endpoint), "llm"
        except Exception as exc:  # any failure of the optional model falls back to the rules
            logger.warning("language model unavailable, using the rules: %s", type(exc).__name__)
    return parse(text), "rules"


def _employee_hidden_note(parsed: ParsedRequest, actor: Any) -> bool:
    return bool(parsed.slots.get("hiddenfromuser")) and not is_admin(actor)


def _refused(plan: Plan, actor: Any, reason: str, channel: str) -> Plan:
    plan.refused = reason
    plan.summary = reason
    audit.record(actor=actor, channel=channel, action=plan.action or "ask", outcome="denied", decision="denied",
                 reason=reason, text=plan.text, params=plan.params)  # fmt: skip
    return plan


class _Resolver:
    """Turns raw slots into the action's params, filling plan.missing and plan.candidates."""

    def __init__(
        self,
        plan: Plan,
        parsed: ParsedRequest,
        actor: Any,
        halo: HaloClient,
        choices: Mapping[str, int],
        *,
        channel: str = "ask",
    ) -> None:
        self.plan, self.slots, self.actor, self.halo = plan, dict(parsed.slots), actor, halo
        self.channel = channel
        self.ticket: dict[str, Any] = {}  # what get_ticket showed this person at plan time
        self.choices = {k: int(v) for k, v in choices.items()}
        self.params: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self._catalog: Catalog | None = None

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = build_catalog(self.halo)
        return self._catalog

    def resolve(self) -> None:
        action = self.plan.action
        getattr(self, f"_{action}")()
        self.plan.names = self.names
        self.plan.params = self.params

    # --- per action ---

    def _create_ticket(self) -> None:
        summary = self.slots.get("summary") or ""
        if not summary:
            self.plan.missing.append("summary")
        else:
            self.params["summary"] = summary[:250]
        if self.slots.get("details") and self.slots["details"] != summary:
            self.params["details"] = self.slots["details"]
        self._catalog_slot("tickettype", "ticket_types", "tickettype_id",
                           choices=self.catalog.ticket_types(end_user=not is_admin(self.actor)))  # fmt: skip
        self._catalog_slot("priority", "priorities", "priority_id")
        self._catalog_slot("team", "teams", "team_id")
        self._agent()
        self._client_and_site()
        self._user()

    def _add_note(self) -> None:
        self._ticket(open_only=True)
        note = self.slots.get("note") or ""
        if note:
            self.params["note"] = note
        else:
            self.plan.missing.append("note")
        if "hiddenfromuser" in self.slots:
            self.params["hiddenfromuser"] = bool(self.slots["hiddenfromuser"])

    def _resolve_ticket(self) -> None:
        self._ticket(open_only=True)
        note = self.slots.get("note") or self.slots.get("reason") or ""
        if note:
            self.params["note"] = note
        elif (
            self.slots.get("note_requested")
            and self.ticket
            and _SUMMARY_ASKED_RE.search(self.plan.text)
        ):
            # "... and add a visible note summarising the fix": drafted from what the ticket's
            # own public conversation says; the card shows it and Edit changes it before Confirm.
            self.params["note"] = draft_fix_summary(self.ticket)
            self.plan.drafted = True
        elif self.slots.get("note_requested"):
            self.plan.missing.append("note")
        if "hiddenfromuser" in self.slots:
            self.params["hiddenfromuser"] = bool(self.slots["hiddenfromuser"])

    def _reopen_ticket(self) -> None:
        self._ticket(open_only=False)
        reason = self.slots.get("reason") or self.slots.get("note") or ""
        if reason:
            self.params["note"] = reason
        else:
            self.plan.missing.append("note")

    def _get_ticket(self) -> None:
        ids = [int(n) for n in self.slots.get("ticket_ids") or []]
        if len(ids) > 1 and "ticket_id" not in self.choices:
            # "status of 3115 and 3120": one read of those tickets, each checked first.
            for ticket_id in ids:
                self._check_ticket(ticket_id)
            self.plan.action = "list_tickets"
            self.params["ticket_ids"] = ids
            return
        self._ticket(open_only=False)

    def _update_ticket(self) -> None:
        self._ticket(open_only=False)
        before = len(self.params)
        self._catalog_slot("priority", "priorities", "priority_id")
        self._catalog_slot("team", "teams", "team_id")
        self._catalog_slot("status", "statuses", "status_id")
        self._catalog_slot("tickettype", "ticket_types", "tickettype_id")
        self._agent()
        if len(self.params) == before and not self.plan.candidates and not self.plan.missing:
            self.plan.missing.append("what to change")

    def _list_tickets(self) -> None:
        for flag in ("open_only", "closed_only"):
            if self.slots.get(flag):
                self.params[flag] = True
        if self.slots.get("opened"):
            try:
                after, before = opened_range(str(self.slots["opened"]), timezone.localdate())
            except ValueError:
                raise _Refuse(
                    _("I did not understand the date “%(when)s”.") % {"when": self.slots["opened"]}
                ) from None
            self.params["opened_after"] = after.isoformat()
            if before is not None:
                self.params["opened_before"] = before.isoformat()
        if self.slots.get("search"):
            self.params["search"] = self.slots["search"]
        self._type_or_customer()
        self._catalog_slot("tickettype", "ticket_types", "tickettype_id")
        self._catalog_slot("priority", "priorities", "priority_id")
        self._catalog_slot("team", "teams", "team_id")
        self._catalog_slot("status", "statuses", "status_id")
        self._agent()
        self._client_and_site()
        self._user()
        if self.slots.get("mine") and is_admin(self.actor):
            from halo_integration.identity import halo_identity_for

            self.params["user_id"] = halo_identity_for(self.actor, self.halo).halo_user_id

    def _type_or_customer(self) -> None:
        """ "list Acme Inc tickets": a capitalised word before "tickets" is a ticket type or a
        customer; a name that is no ticket type here is tried as a customer (admins only)."""
        wanted = self.slots.get("tickettype")
        if not wanted or {"client", "client_id"} & self.slots.keys() or not is_admin(self.actor):
            return
        found = resolve_name(self.catalog.items("ticket_types"), wanted)
        if not (found.item or found.candidates):
            self.slots["client"] = self.slots.pop("tickettype")

    def _lookup(self) -> None:
        entity = self.slots.get("entity")
        if not entity:
            self.plan.missing.append("entity")
            return
        self.params["entity"] = entity
        if self.slots.get("search"):
            self.params["search"] = self.slots["search"]
        if self.slots.get("active_only"):
            self.params["active_only"] = True
        if self.slots.get("question"):
            # Articles first; a ticket with the question as its summary is offered second.
            summary = re.sub(r"\s+", " ", self.plan.text).strip()[:250]
            self.plan.offer = {"action": "create_ticket", "params": {"summary": summary}}
            return
        if self.slots.get("team"):
            self._catalog_slot("team", "teams", "team_id")  # "who is in the Network team?"
        if entity == "customers" and self.slots.get("client") and "search" not in self.params:
            self.params["search"] = self.slots["client"]
            return
        self._client_and_site()

    # --- slot resolution ---

    def _ticket(self, *, open_only: bool) -> None:
        self._find_ticket(open_only=open_only)
        if "ticket_id" in self.params:
            self._check_ticket(int(self.params["ticket_id"]))

    def _check_ticket(self, ticket_id: int) -> None:
        """Refuse now what would be refused after Confirm: a ticket this person cannot see
        (answered exactly like a missing one), or one that is already closed. The ticket is
        read through the action layer as the person asking, like any other read."""
        result = actions.run_action(actor=self.actor, name="get_ticket", params={"ticket_id": ticket_id},
                                    channel=self.channel, text=self.plan.text, halo=self.halo)  # fmt: skip
        if result.status in {"not_found", "denied", "invalid"}:
            raise _Refuse(not_found_message(ticket_id))
        if not result.ok:
            raise HaloError(result.message)
        self.ticket = dict(result.data or {})
        shown = self.ticket.get("ticket")
        closed = isinstance(shown, TicketView) and shown.is_closed
        if closed and self.plan.action == "resolve_ticket":
            raise _Refuse(_("Ticket #%(id)s is already closed.") % {"id": ticket_id})
        if closed and self.plan.action == "add_note" and not is_admin(self.actor):
            raise _Refuse(
                _("Ticket #%(id)s is closed, so notes cannot be added to it any more.")
                % {"id": ticket_id}
            )

    def _find_ticket(self, *, open_only: bool) -> None:
        if "ticket_id" in self.choices:
            self.params["ticket_id"] = self.choices["ticket_id"]
            return
        if self.slots.get("ticket_id"):
            self.params["ticket_id"] = int(self.slots["ticket_id"])
            return
        if self.slots.get("ticket_ids"):
            # Changes are made one ticket at a time: the person picks which (never a guess).
            self.plan.candidates.extend(
                {"param": "ticket_id", "id": int(n), "label": f"#{n}"}
                for n in self.slots["ticket_ids"][:10]
            )
            return
        if not (self.slots.get("mine") or "ticket_hint" in self.slots):
            self.plan.missing.append("ticket_id")
            return
        result = actions.run_action(actor=self.actor, name="list_tickets", params=_own_filter(self.actor, open_only),
                                    channel="ask", text=self.plan.text, halo=self.halo)  # fmt: skip
        if not result.ok:
            raise _Refuse(result.message)
        tickets = result.data["tickets"]
        if not is_admin(self.actor) or self.slots.get("mine"):
            mine = _identity_user_id(self.actor)
            tickets = [t for t in tickets if mine is None or t.user_id == mine]
        hint = str(self.slots.get("ticket_hint") or "")
        matches = [t for t in tickets if _mentions(t, hint)] if hint else tickets
        if len(matches) == 1:
            self.params["ticket_id"] = matches[0].id
            self.names["ticket_id"] = matches[0].summary
        elif matches:
            self.plan.candidates.extend(
                {
                    "param": "ticket_id",
                    "id": t.id,
                    "label": f"#{t.id} {t.summary}",
                }
                for t in matches[:10]
            )
        else:
            what = _("open tickets") if open_only else _("tickets")
            about = _(" about “%(hint)s”") % {"hint": hint} if hint else ""
            raise _Refuse(_("You have no %(what)s%(about)s.") % {"what": what, "about": about})

    def _catalog_slot(
        self, slot: str, kind: str, param: str, *, choices: list[Item] | None = None
    ) -> None:
        wanted = self.slots.get(slot)
        if not wanted:
            return
        items = choices if choices is not None else self.catalog.items(kind)
        found = resolve_name(
            items, _priority_alias(str(wanted)) if kind == "priorities" else wanted
        )
        if not (found.item or found.candidates) and kind == "priorities":
            # Everyday words for how urgent something is; the card shows the name it became.
            for synonym in _PRIORITY_SYNONYMS.get(str(wanted).strip().casefold(), ()):
                found = resolve_name(items, synonym)
                if found.item or found.candidates:
                    break
        if not (found.item or found.candidates) and kind in _ASSIGNEE_KINDS and choices is None:
            # "reassign 3101 to Daniel": the text cannot tell a person from a team by its shape
            # alone; a name that is not a team may be an agent (and the other way round).
            other_kind, other_param = _ASSIGNEE_KINDS[kind]
            if other_param not in self.params:
                other = resolve_name(self.catalog.items(other_kind), wanted)
                if other.item or other.candidates:
                    self._take(other.item, other.candidates, other_param, str(wanted), other_kind)
                    return
        self._take(found.item, found.candidates, param, str(wanted), kind)

    def _agent(self) -> None:
        if self.slots.get("agent_id"):
            agent = self.catalog.get("agents", self.slots["agent_id"])
            self.params["agent_id"] = int(self.slots["agent_id"])
            if agent:
                self.names["agent_id"] = agent.name
            return
        if str(self.slots.get("agent", "")).casefold() in {"me", "myself"}:
            self._agent_for_me()
            return
        self._catalog_slot("agent", "agents", "agent_id")

    def _agent_for_me(self) -> None:
        email = (getattr(self.actor, "email", "") or "").casefold()
        agents = self.catalog.items("agents")
        mine = [a for a in agents if email and _agent_email(a) == email]
        if len(mine) != 1:
            raise _Refuse(_("You are not an agent in Halo, so nothing can be assigned to you."))
        self.params["agent_id"] = mine[0].id
        self.names["agent_id"] = mine[0].name

    def _client_and_site(self) -> None:
        if self.slots.get("client_id"):
            self.params["client_id"] = int(self.slots["client_id"])
        elif self.slots.get("client"):
            rows = self.halo.lookup(
                "customers", search=str(self.slots["client"]), page_size=50
            ).rows
            found = resolve_name([_row_item(r) for r in rows], self.slots["client"])
            if not (found.item or found.candidates) and self._may_be_a_person():
                # "for X" names a customer or a person; the text alone cannot tell which.
                self.slots["user"] = self.slots.pop("client")
                return
            self._take(
                found.item, found.candidates, "client_id", str(self.slots["client"]), "customers"
            )
        if self.slots.get("site"):
            rows = self.halo.lookup("sites", page_size=100, **_only(self.params, "client_id")).rows
            found = resolve_name([_row_item(r) for r in rows], self.slots["site"])
            self._take(found.item, found.candidates, "site_id", str(self.slots["site"]), "sites")

    def _may_be_a_person(self) -> bool:
        return "user" not in self.slots and self.plan.action in {"create_ticket", "list_tickets"}

    def _user(self) -> None:
        wanted = self.slots.get("user")
        if not wanted:
            return
        rows = self.halo.lookup(
            "users", search=str(wanted), page_size=50, **_only(self.params, "client_id")
        ).rows
        items = [Item(r.id, r.emailaddress or r.name, r) for r in rows if isinstance(r, User)]
        by_email = resolve_name(items, wanted)
        by_name = resolve_name([_row_item(r) for r in rows], wanted)
        found = by_email if by_email.item else by_name
        self._take(found.item, found.candidates, "user_id", str(wanted), "users")

    def _take(
        self, item: Item | None, candidates: tuple[Item, ...], param: str, wanted: str, kind: str
    ) -> None:
        chosen = next((c for c in candidates if c.id == self.choices.get(param)), None)
        item = item or chosen
        if item is not None:
            self.params[param] = item.id
            self.names[param] = item.name
        elif candidates:
            self.plan.candidates.extend(
                {"param": param, "id": c.id, "label": c.name} for c in candidates[:10]
            )
        else:
            known = self._known_names(kind)
            choose = _(" Choose one of: %(names)s.") % {"names": ", ".join(known)} if known else ""
            noun = (
                kind.replace("_", " ")
                .removesuffix("s")
                .replace("statuse", "status")
                .replace("prioritie", "priority")
            )
            raise _Refuse(
                _("This Halo has no %(kind)s called “%(name)s”.") % {"kind": noun, "name": wanted}
                + choose
            )

    def _known_names(self, kind: str) -> list[str]:
        from halo_integration.catalog import KINDS

        if kind not in KINDS:
            return []
        return [item.name for item in self.catalog.items(kind)][:12]


def _own_filter(actor: Any, open_only: bool) -> dict[str, Any]:
    params: dict[str, Any] = {"page_size": 100}
    if open_only:
        params["open_only"] = True
    if is_admin(actor):
        mine = _identity_user_id(actor)
        if mine is not None:
            params["user_id"] = mine
    return params


def _identity_user_id(actor: Any) -> int | None:
    from halo_integration.models import HaloIdentity

    identity = HaloIdentity.objects.filter(user=actor).first()
    return identity.halo_user_id if identity else None


def _mentions(ticket: TicketView, hint: str) -> bool:
    haystack = f"{ticket.summary} {ticket.details}".casefold()
    haystack += " " + re.sub(r"(?<=\w)-(?=\w)", "", haystack)  # "wifi" finds "Wi-Fi"
    words = [w for w in re.findall(r"\w+", hint.casefold()) if len(w) > 1]
    seen = set(re.findall(r"\w+", haystack))
    return all(
        re.search(rf"\b{re.escape(w)}", haystack)
        # "my outlok ticket": a typo of four letters or more still finds "Outlook"
        or (len(w) >= 4 and any(within_one_edit(w, other) for other in seen))
        for w in words
    )


_PRIORITY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "urgent": ("urgent", "critical", "highest", "p1", "1"),
    "emergency": ("emergency", "critical", "p1", "1"),
    "critical": ("critical", "urgent", "p1", "1"),
    "highest": ("highest", "critical", "p1"),
    "top": ("critical", "urgent", "highest", "p1"),
    "high": ("high", "p2"),
    "important": ("high", "p2"),
    "normal": ("normal", "medium", "moderate", "p3"),
    "medium": ("medium", "normal", "moderate", "p3"),
    "low": ("low", "minor", "p4"),
    "minor": ("minor", "low", "p4"),
    "lowest": ("lowest", "low", "p4"),
}


def _priority_alias(text: str) -> str:
    match = re.fullmatch(r"\s*p\s*(\d)\s*", text, re.IGNORECASE)
    return match.group(1) if match else text


def _row_item(row: HaloModel) -> Item:
    return Item(int(getattr(row, "id", 0)), str(getattr(row, "name", "") or ""), row)


def _agent_email(item: Item) -> str:
    return item.record.email.casefold() if isinstance(item.record, Agent) else ""


def _only(params: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: params[k] for k in keys if k in params}


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


_ASSIGNEE_KINDS = {"teams": ("agents", "agent_id"), "agents": ("teams", "team_id")}


def not_found_message(ticket_id: int) -> str:
    """The one answer for a ticket that does not exist and one that is not this person's."""
    return _("Ticket #%(id)s was not found.") % {"id": ticket_id}


_SUMMARY_ASKED_RE = re.compile(
    r"\bsummar(?:y|ies|ise|ize|ising|izing)\b|\brecap\b|\bwhat\s+(?:was\s+done|we\s+did|fixed\s+it)\b",
    re.IGNORECASE,
)


# "Thanks Noah, we've logged this ...": a receipt, not what fixed anything.
_ACKNOWLEDGEMENT_RE = re.compile(
    r"\b(?:we've|we\s+have)\s+logged\s+this\b|\bthanks\s+for\s+getting\s+in\s+touch\b|"
    r"\bwill\s+pick\s+it\s+up\b|\bwe're\s+looking\s+into\s+(?:this|it)\b",
    re.IGNORECASE,
)


def draft_fix_summary(shown: Mapping[str, Any]) -> str:
    """A resolution note drafted from the ticket's public conversation (never a hidden note):
    its summary and what the support side last told the requester."""
    ticket = shown.get("ticket")
    actions_shown: list[NoteView] = list(shown.get("actions") or [])
    requester = ticket.user_name.casefold() if isinstance(ticket, TicketView) else ""
    notes = [
        _plain(action.note or action.note_html)
        for action in actions_shown
        if not action.hiddenfromuser
        and not action.by_viewer
        and (not requester or action.author.casefold() != requester)
    ]
    notes = [note for note in notes if note and not _ACKNOWLEDGEMENT_RE.search(note)]
    summary = ticket.summary if isinstance(ticket, TicketView) else ""
    lines = [_("Resolved: %(summary)s.") % {"summary": summary.rstrip(".")}]
    if notes:
        lines.append(_("What was done: %(notes)s") % {"notes": " ".join(notes[-3:])})
    return "\n".join(lines)


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", strip_markup(html).replace("&nbsp;", " ")).strip()


def opened_range(phrase: str, today: date) -> tuple[date, date | None]:
    """The dates an `opened` phrase of the parser stands for: (first day, day after the last)
    or (first day, None) for "up to now"."""
    phrase = phrase.strip().lower()
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    if phrase == "today":
        return today, None
    if phrase == "yesterday":
        return today - timedelta(days=1), today
    if phrase == "this week":
        return monday, None
    if phrase == "last week":
        return monday - timedelta(days=7), monday
    if phrase == "this month":
        return first_of_month, None
    if phrase == "last month":
        return (first_of_month - timedelta(days=1)).replace(day=1), first_of_month
    if phrase in _WEEKDAYS:
        back = (today.weekday() - _WEEKDAYS.index(phrase)) % 7
        return today - timedelta(days=back), None
    days = re.fullmatch(r"(\d+) days?", phrase)
    if days:
        return today - timedelta(days=int(days.group(1))), None
    return date.fromisoformat(phrase), None


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
