"""Name resolution: a parsed request's words ("for Acme", "to 2nd Line", "my VPN ticket",
"priority high") become the action's params with Halo ids. Instance metadata comes from the
catalog; tickets, customers, sites and users are read through the action layer as the person
asking (nl/reads.py). Several matches become candidates, none is ever picked silently."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.translation import gettext as _

from halo_integration.actions.lifecycle import REOPEN_TICKET, rated_ticket_ids
from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import LIST_TICKETS
from halo_integration.actions.tickets_write import ADD_NOTE, CREATE_TICKET, RESOLVE_TICKET
from halo_integration.catalog import KINDS, Catalog, Item, resolve_name
from halo_integration.connection import current_catalog
from halo_integration.identity import own_halo_user_id
from halo_integration.nl.dates import opened_range
from halo_integration.nl.draft import asks_for_summary, draft_fix_summary
from halo_integration.nl.owner_names import (
    customer_then_site,
    owner_guess,
    owner_heading,
    owner_lead,
    person_after_place,
    places_in_text,
    site_heading,
)
from halo_integration.nl.parse.query_builders import OWNED
from halo_integration.nl.parse.rules import ParsedRequest
from halo_integration.nl.precheck import Refuse
from halo_integration.nl.rating_plan import score_and_comment
from halo_integration.nl.reads import Reader
from halo_integration.nl.team_tail import team_after_agent, team_at_end
from halo_integration.nl.tickets_meant import ANY, CLOSED, OPEN, find_ticket
from halo_integration.policies import Actor, is_admin
from halo_integration.presenters import TicketView
from halo_integration.schemas import Agent, HaloModel, Site, User

if TYPE_CHECKING:
    from halo_integration.nl.plan import Plan


class Resolver:
    """Turns raw slots into the action's params, filling plan.missing and plan.candidates.
    Raises Refuse (the plan cannot be done) or HaloError (Halo could not answer)."""

    def __init__(
        self,
        plan: Plan,
        parsed: ParsedRequest,
        actor: Actor,
        choices: Mapping[str, int],
        *,
        channel: str = "ask",
    ) -> None:
        self.plan, self.slots, self.actor = plan, dict(parsed.slots), actor
        self.reads = Reader(actor, channel=channel, text=plan.text)
        self.ticket: dict[str, Any] = {}  # what get_ticket showed this person at plan time
        self.choices = {k: int(v) for k, v in choices.items()}
        self.params: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self._catalog: Catalog | None = None
        self._user_or_client = False  # the `user` slot was a "for X" no customer matched

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = current_catalog()
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
        self._catalog_slot(
            "tickettype",
            "ticket_types",
            "tickettype_id",
            choices=self.catalog.ticket_types(end_user=not is_admin(self.actor)),
        )
        self._catalog_slot("priority", "priorities", "priority_id")
        self._catalog_slot("team", "teams", "team_id")
        self._agent()
        self._client_and_site()
        self._user()
        owner_heading(self)
        site_heading(self)
        owner_guess(self)
        owner_lead(self)
        person_after_place(self)
        places_in_text(self)
        team_at_end(self)

    def _add_note(self) -> None:
        self._ticket(state=OPEN)
        note = self.slots.get("note") or ""
        if note:
            self.params["note"] = note
        else:
            self.plan.missing.append("note")
        if "hiddenfromuser" in self.slots:
            self.params["hiddenfromuser"] = bool(self.slots["hiddenfromuser"])

    def _resolve_ticket(self) -> None:
        self._ticket(state=OPEN)
        note = self.slots.get("note") or self.slots.get("reason") or ""
        if note:
            self.params["note"] = note
        elif self.slots.get("note_requested") and self.ticket and asks_for_summary(self.plan.text):
            # "... and add a visible note summarising the fix": drafted from what the ticket's
            # own public conversation says; the card shows it and Edit changes it before Confirm.
            self.params["note"] = draft_fix_summary(self.ticket)
            self.plan.drafted = True
        elif self.slots.get("note_requested"):
            self.plan.missing.append("note")
        if "hiddenfromuser" in self.slots:
            self.params["hiddenfromuser"] = bool(self.slots["hiddenfromuser"])

    def _reopen_ticket(self) -> None:
        self._ticket(state=CLOSED)
        reason = self.slots.get("reason") or self.slots.get("note") or ""
        if reason:
            self.params["note"] = reason
        else:
            self.plan.missing.append("note")

    def _rate_ticket(self) -> None:
        rated = rated_ticket_ids(self.actor)  # each ticket is rated once: not offered again
        self._ticket(state=CLOSED, skip=rated)
        score_and_comment(self, rated)

    def _get_ticket(self) -> None:
        ids = [int(n) for n in self.slots.get("ticket_ids") or []]
        if len(ids) > 1 and "ticket_id" not in self.choices:
            # "status of 3115 and 3120": one read of those tickets, each checked first.
            for ticket_id in ids:
                self._check_ticket(ticket_id)
            self.plan.action = LIST_TICKETS
            self.params["ticket_ids"] = ids
            return
        self._ticket(state=ANY)

    def _update_ticket(self) -> None:
        self._ticket(state=ANY)
        before = len(self.params)
        self._catalog_slot("priority", "priorities", "priority_id")
        self._catalog_slot("team", "teams", "team_id")
        self._catalog_slot("status", "statuses", "status_id")
        self._catalog_slot("tickettype", "ticket_types", "tickettype_id")
        self._agent()
        team_after_agent(self)
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
                raise Refuse(
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
        owner_guess(self)
        if self.slots.get("mine") and is_admin(self.actor):
            self.params["user_id"] = own_halo_user_id(self.actor)

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
        if self.slots.get("contact") and self._an_agent_not_a_user():
            self.params["entity"] = "agents"  # "who is Marcus Reid?": one of the agents
        if self.slots.get("active_only"):
            self.params["active_only"] = True
        if self.slots.get("question"):
            # Articles first; a ticket with the question as its summary is offered second.
            summary = re.sub(r"\s+", " ", self.plan.text).strip()[:250]
            self.plan.offer = {"action": CREATE_TICKET, "params": {"summary": summary}}
            return
        if self.slots.get("team"):
            self._catalog_slot("team", "teams", "team_id")  # "who is in the Network team?"
        if entity == "appointments" and self._agent_of_appointments():
            return
        if entity == "customers" and self.slots.get("client") and "search" not in self.params:
            self.params["search"] = self.slots["client"]
            return
        self._client_and_site()
        owner_guess(self)
        self._search_names_the_customer()

    def _search_names_the_customer(self) -> None:
        """ "contracts Stark Logistics?", "sites @ Globex": a customer's records asked for by
        the customer's name, which names no record of theirs."""
        wanted = str(self.params.get("search") or "")
        if not wanted or self.params["entity"] not in _CUSTOMERS_RECORDS:
            return
        if "client_id" in self.params or not is_admin(self.actor):
            return
        rows = self.reads.look_up("customers", search=wanted, page_size=50)
        customer = resolve_name([_row_item(r) for r in rows], wanted).item
        if customer is not None and customer.name.casefold().startswith(wanted.casefold()):
            del self.params["search"]
            self.keep("client_id", customer.id, customer.name)

    def _an_agent_not_a_user(self) -> bool:
        """The person asked about is one of the agents and none of the users (agents are
        cached; the users are read only when an agent has the name)."""
        wanted = str(self.params.get("search") or "")
        if not wanted or self.slots.get("client") or not is_admin(self.actor):
            return False
        if resolve_name(self.catalog.items("agents"), wanted).item is None:
            return False
        rows = self.reads.look_up("users", search=wanted, page_size=50)
        return resolve_name([_row_item(r) for r in rows], wanted).item is None

    def _agent_of_appointments(self) -> bool:
        """ "What appointments has Hannah Fischer got booked?": appointments are an agent's, so
        a name that is no customer's but an agent's is that agent."""
        guess = self.slots.get("owner_guess")  # "site visits for daniel kim"
        wanted = self.slots.get("agent") or self.slots.get("client") or guess
        if not wanted or "agent_id" in self.params:
            return False
        if not self.slots.get("agent"):
            rows = self.reads.look_up("customers", search=str(wanted), page_size=50)
            customer = resolve_name([_row_item(r) for r in rows], wanted)
            if customer.item or customer.candidates:
                return False
        found = resolve_name(self.catalog.items("agents"), wanted)
        if not (found.item if wanted == guess else found.item or found.candidates):
            return False
        self.slots.pop("owner_guess", None)
        self._take(found.item, found.candidates, "agent_id", str(wanted), "agents")
        return True

    # --- slot resolution ---

    def _ticket(self, *, state: str, skip: frozenset[int] = frozenset()) -> None:
        find_ticket(self, state=state, skip=skip)
        if "ticket_id" in self.params:
            self._check_ticket(int(self.params["ticket_id"]))

    def _check_ticket(self, ticket_id: int) -> None:
        """Refuse now what would be refused after Confirm: a ticket this person cannot see
        (answered exactly like a missing one), or one that is already closed. The ticket is
        read through the action layer as the person asking, like any other read."""
        self.ticket = self.reads.ticket(ticket_id)
        shown = self.ticket.get("ticket")
        closed = isinstance(shown, TicketView) and shown.is_closed
        if closed and self.plan.action == RESOLVE_TICKET:
            raise Refuse(_("Ticket #%(id)s is already closed.") % {"id": ticket_id})
        if not closed and isinstance(shown, TicketView) and self.plan.action == REOPEN_TICKET:
            raise Refuse(
                _("Ticket #%(id)s is not closed, so there is nothing to reopen.")
                % {"id": ticket_id}
            )
        if (
            closed
            and self.plan.action == ADD_NOTE
            and _BROKEN_AGAIN_RE.search(self.plan.text)
            and not _NOTE_ASKED_RE.search(self.plan.text)  # ("add a note: still broken" asks one)
        ):
            # "3121 isn't fixed, room 2 lost signal three times": news that a closed ticket's
            # problem is back asks for it to be reopened, with the news as why
            self.plan.action = REOPEN_TICKET
            note = self.slots.get("note") or self.params.get("note")
            self.params.clear()
            self.params.update({"ticket_id": ticket_id, **({"note": note} if note else {})})
            return
        if closed and self.plan.action == ADD_NOTE and not is_admin(self.actor):
            raise Refuse(
                _("Ticket #%(id)s is closed, so notes cannot be added to it any more.")
                % {"id": ticket_id}
            )

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
        if not (found.item or found.candidates) and kind in {"priorities", "statuses"}:
            # Everyday words for how urgent something is or where it stands; the card shows
            # the name it became.
            for synonym in _synonyms(kind, str(wanted)):
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
            raise Refuse(_("You are not an agent in Halo, so nothing can be assigned to you."))
        self.keep("agent_id", mine[0].id, mine[0].name)

    def _client_and_site(self) -> None:
        place = self.slots.pop("owner_place", None)
        self._client_then_site()
        if not place:
            return
        if "client_id" in self.params and not self.slots.get("site"):
            self.slots["site"] = place  # "for Initech at the Austin Branch"
        elif self._user_or_client and not self.slots.get("client"):
            self.slots["client"] = place  # "for Olivia Brown at Globex": her customer
            self._user_or_client = False
        else:
            return
        self._client_then_site()

    def _client_then_site(self) -> None:
        if self.slots.get("client_id"):
            self.params["client_id"] = int(self.slots["client_id"])
        elif self.slots.get("client") and "client_id" not in self.params:
            rows = self.reads.look_up("customers", search=str(self.slots["client"]), page_size=50)
            found = resolve_name([_row_item(r) for r in rows], self.slots["client"])
            nobody = not (found.item or found.candidates)
            if nobody and self._may_be_a_person():
                # "for X" names a customer or a person; the text alone cannot tell which.
                self.slots["user"] = self.slots.pop("client")
                self._user_or_client = True
                return
            if nobody and self._a_records_own_name():
                # "site details for Raccoon City Clinic", "Happy Hogan's user record": the
                # record's own name, when no customer has it
                self.params["search"] = self.slots.pop("client")
            elif nobody and customer_then_site(self, str(self.slots["client"])):
                return
            else:
                self._take(
                    found.item,
                    found.candidates,
                    "client_id",
                    str(self.slots["client"]),
                    "customers",
                )
        if self.slots.get("site") and "site_id" not in self.params:
            rows = self.reads.look_up("sites", page_size=100, **_only(self.params, "client_id"))
            found = resolve_name([_row_item(r) for r in rows], self.slots["site"])
            self._take(found.item, found.candidates, "site_id", str(self.slots["site"]), "sites")
            site = found.item.record if found.item else None
            if isinstance(site, Site) and site.client_id and "client_id" not in self.params:
                self.keep("client_id", site.client_id, site.client_name)  # the site names it

    def _a_records_own_name(self) -> bool:
        return (
            self.plan.action == LOOKUP
            and self.params.get("entity") in {"sites", "users"}
            and "search" not in self.params
        )

    def _may_be_a_person(self) -> bool:
        return "user" not in self.slots and self.plan.action in {CREATE_TICKET, LIST_TICKETS}

    def _user(self) -> None:
        wanted = self.slots.get("user")
        if not wanted:
            return
        rows = self.reads.look_up(
            "users", search=str(wanted), page_size=50, **_only(self.params, "client_id")
        )
        items = [Item(r.id, r.emailaddress or r.name, r) for r in rows if isinstance(r, User)]
        by_email = resolve_name(items, wanted)
        by_name = resolve_name([_row_item(r) for r in rows], wanted)
        found = by_email if by_email.item else by_name
        # Nobody has the name either: it may be a customer followed by one of its sites.
        # Tried last, so a person's name costs no extra reads.
        nobody = not (found.item or found.candidates)
        # ("a ticket on behalf of Umbrella Health Raccoon City Clinic": a place, said like a person)
        place_may_be_meant = self._user_or_client or self.plan.action == CREATE_TICKET
        if nobody and place_may_be_meant and customer_then_site(self, str(wanted)):
            self.slots.pop("user", None)
            return
        if (
            nobody
            and self._user_or_client
            and self.plan.action == LIST_TICKETS
            and "agent_id" not in self.params
        ):
            # "priya's tickets", "which tickets does Chloe have": nobody's customer or user,
            # one of the agents
            agent = resolve_name(self.catalog.items("agents"), wanted)
            if agent.item or agent.candidates:
                self.slots.pop("user", None)
                self._take(agent.item, agent.candidates, "agent_id", str(wanted), "agents")
                return
        self._take(found.item, found.candidates, "user_id", str(wanted), "users")

    def keep(self, param: str, value: int, name: str) -> None:
        """A parameter found, and the name the card shows for it."""
        self.params[param] = value
        self.names[param] = name

    def _take(
        self, item: Item | None, candidates: tuple[Item, ...], param: str, wanted: str, kind: str
    ) -> None:
        chosen = next((c for c in candidates if c.id == self.choices.get(param)), None)
        item = item or chosen
        if item is not None:
            self.keep(param, item.id, item.name)
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
            raise Refuse(
                _("This Halo has no %(kind)s called “%(name)s”.") % {"kind": noun, "name": wanted}
                + choose
            )

    def _known_names(self, kind: str) -> list[str]:
        if kind not in KINDS:
            return []
        return [item.name for item in self.catalog.items(kind)][:12]


_PRIORITY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "urgent": ("urgent", "critical", "highest", "p1", "1"),
    "asap": ("urgent", "critical", "highest", "p1", "1"),
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


# "waiting on user", "awaiting the supplier", "paused": what a status is called in everyday words
_STATUS_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"(?:waiting|awaiting|pending)\s+(?:on|for)?\s*(?:the\s+)?(?:user|customer|client|"
        r"requester|caller|employee|me|my|us|our)(?:'s)?(?:\s+(?:reply|response|answer|feedback|input))?|"
        r"(?:on|with)\s+(?:the\s+)?(?:user|customer|client)",
        ("with user", "waiting on customer", "awaiting user"),
    ),
    (
        r"(?:waiting|awaiting|pending)\s+(?:on|for)?\s*(?:the\s+)?(?:supplier|vendor|third\s+party|"
        r"parts?|manufacturer|delivery)|(?:with|on)\s+(?:the\s+)?(?:vendor|third\s+party)",
        ("with supplier", "waiting on supplier", "awaiting supplier"),
    ),
    (r"hold|paused|parked|suspended|on\s+ice", ("on hold",)),
    (r"started|working|being\s+worked\s+on|in\s+work|wip|active|progress", ("in progress",)),
    (r"needs?\s+action|action\s+needed|todo|to\s+do", ("action required",)),
    (r"(?:awaiting|pending|to\s+be)\s+clos(?:ure|ed|ing)|closing", ("pending closure",)),
)


def _synonyms(kind: str, wanted: str) -> tuple[str, ...]:
    said = re.sub(r"\s+", " ", wanted.strip().casefold())
    if kind == "priorities":
        return _PRIORITY_SYNONYMS.get(said, ())
    found: tuple[str, ...] = ()
    for pattern, names in _STATUS_SYNONYMS:
        if re.fullmatch(pattern, said):
            found += names
    return found


def _priority_alias(text: str) -> str:
    match = re.fullmatch(r"\s*p\s*(\d)\s*", text, re.IGNORECASE)
    return match.group(1) if match else text


# A closed ticket's problem said to be back: "isn't fixed", "still broken", "happening again"
_BROKEN_AGAIN_RE = re.compile(
    r"\b(?:(?:is|was|has)n'?t|is\s+not|was\s+not|not|never)\s+(?:been\s+)?(?:really\s+)?"
    r"(?:fixed|resolved|sorted|solved)\b|\b(?:still|again)\s+(?:broken|not\s+working|failing|"
    r"happening|dropping|down)\b|\b(?:back|happening|broken|dropping|failing|missing|gone|"
    r"crashing|freezing|disconnecting|stopped|not\s+working)\s+again\b|"
    r"\bcame\s+back\b|\bis\s+back\b",
    re.IGNORECASE,
)
_NOTE_ASKED_RE = re.compile(
    r"\b(?:add|put|leave|post|write|attach)\s+(?:a\s+|an\s+|this\s+|the\s+)?(?:\w+\s+)?(?:note|comment)s?\b",
    re.IGNORECASE,
)
# Records that belong to one customer, and can be listed by it (appointments are an agent's)
_CUSTOMERS_RECORDS = OWNED - {"appointments"}


def _row_item(row: HaloModel) -> Item:
    return Item(int(getattr(row, "id", 0)), str(getattr(row, "name", "") or ""), row)


def _agent_email(item: Item) -> str:
    return item.record.email.casefold() if isinstance(item.record, Agent) else ""


def _only(params: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: params[k] for k in keys if k in params}


_ASSIGNEE_KINDS = {"teams": ("agents", "agent_id"), "agents": ("teams", "team_id")}
