"""Customer and site names run together in a request: "for Stark Logistics Fleet Depot",
"Initech Main Office: server room AC alarm". Halo has no customer of the whole name, but its
first words name one customer and the rest one of that customer's sites. Only an unambiguous
pair is taken; anything else is left to the resolver (which refuses, naming the text)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import LIST_TICKETS
from halo_integration.catalog import Item, resolve_name
from halo_integration.nl.precheck import Refuse
from halo_integration.policies import is_admin
from halo_integration.schemas import HaloModel

if TYPE_CHECKING:
    from halo_integration.nl.resolve import Resolver

_MAX_CUSTOMER_WORDS = 5


def _item(row: HaloModel) -> Item:
    return Item(int(getattr(row, "id", 0)), str(getattr(row, "name", "") or ""), row)


def customer_then_site(resolver: Resolver, text: str) -> bool:
    """Take client_id and site_id from `text` split into customer + site; False if no split
    names exactly one customer and one of its sites."""
    if resolver.slots.get("site"):
        return False
    tokens = text.split()
    for cut in range(min(len(tokens) - 1, _MAX_CUSTOMER_WORDS), 0, -1):
        # "Wayne Foundation / Gotham Office", "Globex - Cypress Creek": a separator between them
        head = " ".join(tokens[:cut]).rstrip(" /,|-")
        tail = re.sub(r"^[\s/,|-]*(?:at\s+)?(?:the\s+)?", "", " ".join(tokens[cut:]), flags=re.I)
        if not head or not tail:
            continue
        rows = resolver.reads.look_up("customers", search=head, page_size=50)
        customer = resolve_name([_item(r) for r in rows], head).item
        if customer is None:
            continue
        rows = resolver.reads.look_up("sites", page_size=100, client_id=customer.id)
        site = resolve_name([_item(r) for r in rows], tail).item
        if site is None:
            continue
        resolver.slots.pop("client", None)
        resolver.slots["site"] = tail
        for item, param in ((customer, "client_id"), (site, "site_id")):
            resolver.params[param] = item.id
            resolver.names[param] = item.name
        return True
    return False


def owner_heading(resolver: Resolver) -> None:
    """ "Initech Main Office: server room AC alarm": an admin's ticket headed by a customer
    (and site). The heading may as well be an app ("Outlook Calendar: ..."), so nothing is
    refused here: an unknown heading stays part of the summary."""
    heading = resolver.slots.pop("owner_heading", None)
    taken = {"client_id", "site_id", "user_id"} & resolver.params.keys()
    if not heading or taken or not is_admin(resolver.actor):
        return
    try:
        rows = resolver.reads.look_up("customers", search=str(heading), page_size=50)
        customer = resolve_name([_item(r) for r in rows], heading).item
        if customer is not None and customer.name.casefold() == str(heading).casefold():
            resolver.params["client_id"] = customer.id
            resolver.names["client_id"] = customer.name
        elif not customer_then_site(resolver, str(heading)):
            return
    except Refuse:
        return  # look-ups turned off: the heading stays text
    summary = str(resolver.params.get("summary", ""))
    rest = summary[len(str(heading)) :].lstrip(" :-")
    if summary.startswith(str(heading)) and rest:
        resolver.params["summary"] = rest


def owner_guess(resolver: Resolver) -> None:
    """ "list tickets for acme inc", "log a ticket for peter gibbons: ...": a lower-case "for X"
    that may name a customer (and site) or a person, tried in that order for an admin. A guess
    that names nobody is a search of a list ("tickets for printer problems"), else dropped."""
    guess = str(resolver.slots.pop("owner_guess", "") or "")
    taken = {"client_id", "site_id", "user_id"} & resolver.params.keys()
    if not guess or taken or resolver.slots.get("client") or not is_admin(resolver.actor):
        return
    try:
        rows = resolver.reads.look_up("customers", search=guess, page_size=50)
        customer = resolve_name([_item(r) for r in rows], guess).item
        if customer is not None:
            resolver.params["client_id"] = customer.id
            resolver.names["client_id"] = customer.name
            return
        if customer_then_site(resolver, guess):
            return
        if resolver.plan.action != LOOKUP:
            rows = resolver.reads.look_up("users", search=guess, page_size=50)
            person = resolve_name([_item(r) for r in rows], guess).item
            if person is not None:
                resolver.params["user_id"] = person.id
                resolver.names["user_id"] = person.name
                return
    except Refuse:
        return  # look-ups turned off: the guess stays unread
    if resolver.plan.action == LIST_TICKETS and "search" not in resolver.params:
        resolver.params["search"] = guess
