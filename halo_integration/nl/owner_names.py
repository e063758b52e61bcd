"""Customer and site names run together in a request: "for Stark Logistics Fleet Depot",
"Initech Main Office: server room AC alarm". Halo has no customer of the whole name, but its
first words name one customer and the rest one of that customer's sites. Only an unambiguous
pair is taken; anything else is left to the resolver (which refuses, naming the text)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import LIST_TICKETS
from halo_integration.actions.tickets_write import CREATE_TICKET
from halo_integration.catalog import Item, resolve_name
from halo_integration.nl.parse.cue_parts import MESSAGE_FROM_RE
from halo_integration.nl.parse.names import NAME_STOPS
from halo_integration.nl.precheck import Refuse
from halo_integration.policies import is_admin
from halo_integration.schemas import HaloModel, Site

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
    (and site); "for Wayne Foundation, Gotham Office: ...": by a site of the customer named.
    The heading may as well be an app ("Outlook Calendar: ..."), so nothing is refused here:
    an unknown heading stays part of the summary."""
    heading = resolver.slots.pop("owner_heading", None)
    taken = {"client_id", "site_id"} & resolver.params.keys()
    if not heading or "site_id" in taken or not is_admin(resolver.actor):
        return
    try:
        if taken:
            rows = resolver.reads.look_up(
                "sites", page_size=100, client_id=resolver.params["client_id"]
            )
            site = resolve_name([_item(r) for r in rows], heading).item
            if site is None:
                return
            resolver.keep("site_id", site.id, site.name)
        else:
            rows = resolver.reads.look_up("customers", search=str(heading), page_size=50)
            customer = resolve_name([_item(r) for r in rows], heading).item
            if customer is not None and customer.name.casefold() == str(heading).casefold():
                resolver.keep("client_id", customer.id, customer.name)
            elif not customer_then_site(resolver, str(heading)) and not _person_heading(
                resolver, str(heading)
            ):
                return
    except Refuse:
        return  # look-ups turned off: the heading stays text
    summary = str(resolver.params.get("summary", ""))
    rest = summary[len(str(heading)) :].lstrip(" :-")
    if summary.startswith(str(heading)) and rest:
        resolver.params["summary"] = rest


def _person_heading(resolver: Resolver, heading: str) -> bool:
    """ "Peter Gibbons — TPS report template is corrupted": a new ticket headed by the full
    name of one of the users is that user's."""
    if resolver.plan.action != CREATE_TICKET or "user_id" in resolver.params:
        return False
    tokens = heading.split()
    return 2 <= len(tokens) <= 3 and _person_lead(resolver, [*tokens, ""], full_name=True) == [""]


def site_heading(resolver: Resolver) -> None:
    """ "Stark Logistics - Distribution Centre: conveyor PC frozen", "for Acme Inc: Warehouse:
    label printer jams": once the customer is known, a heading of the summary that names one
    of its sites (else it stays in the summary)."""
    if not is_admin(resolver.actor):
        return
    summary = str(resolver.params.get("summary", ""))
    second = re.match(r"([^:]{1,40}?)\s*:\s+(?=\S)", summary)
    if not second or "site_id" in resolver.params or "client_id" not in resolver.params:
        return
    try:
        rows = resolver.reads.look_up(
            "sites", page_size=100, client_id=resolver.params["client_id"]
        )
    except Refuse:
        return
    site = resolve_name([_item(r) for r in rows], second.group(1)).item
    if site is not None:
        resolver.keep("site_id", site.id, site.name)
        resolver.params["summary"] = summary[second.end() :]


def owner_guess(resolver: Resolver) -> None:
    """ "list tickets for acme inc", "log a ticket for peter gibbons: ...": a lower-case "for X"
    that may name a customer (and site) or a person, tried in that order for an admin. A guess
    that names nobody is a search of a list ("tickets for printer problems"), else dropped."""
    guess = str(resolver.slots.pop("owner_guess", "") or "")
    owner = {"client_id", "site_id"} & resolver.params.keys()
    if (
        not guess
        or "user_id" in resolver.params
        or resolver.slots.get("client")
        or not is_admin(resolver.actor)
    ):
        return
    try:
        rows = [] if owner else resolver.reads.look_up("customers", search=guess, page_size=50)
        customer = resolve_name([_item(r) for r in rows], guess).item
        if customer is not None:
            resolver.keep("client_id", customer.id, customer.name)
            _not_a_search(resolver, guess)
            return
        if not owner and (customer_then_site(resolver, guess) or _site_named(resolver, guess)):
            _not_a_search(resolver, guess)
            return
        if resolver.plan.action != LOOKUP:
            # "for olivia brown at globex": the customer known, the person is one of its users
            scope = {"client_id": resolver.params["client_id"]} if "client_id" in owner else {}
            rows = resolver.reads.look_up("users", search=guess, page_size=50, **scope)
            person = resolve_name([_item(r) for r in rows], guess).item
            if person is not None:
                resolver.keep("user_id", person.id, person.name)
                _not_a_search(resolver, guess)
                return
    except Refuse:
        return  # look-ups turned off: the guess stays unread
    if resolver.plan.action == LIST_TICKETS and "search" not in resolver.params:
        resolver.params["search"] = guess


def _site_named(resolver: Resolver, guess: str) -> bool:
    """ "open tickets at cypress creek": a site's own name (one site has it, word for word)."""
    return _site_lead(resolver, None, [*guess.split(), ""]) == [""]


def _not_a_search(resolver: Resolver, guess: str) -> None:
    """ "globex tickets": the words that named the owner are no text to search for."""
    if resolver.params.get("search") == guess:
        del resolver.params["search"]


def owner_lead(resolver: Resolver) -> None:
    """ "for umbrella health site laboratory sensor pc not reporting": an admin's ticket whose
    summary opens with a customer (and one of its sites) or a person. Only names that Halo
    has, word for word, are taken; the words after them are the summary. A "person" lead
    ("Barbara Gordon reports ...") names the person and stays in the summary."""
    kind = resolver.slots.pop("owner_lead", None)
    if not kind or "user_id" in resolver.params or not is_admin(resolver.actor):
        return
    summary = str(resolver.params.get("summary", ""))
    if kind == "person":  # "Got a call from Pepper Potts at ...": the person comes after
        summary = MESSAGE_FROM_RE.sub("", summary, count=1)
    tokens = summary.split()
    if tokens and tokens[0].casefold() in {"for", "at"}:  # "At Umbrella Health, the Lab..."
        tokens = tokens[1:]
    try:
        rest = None
        if kind in {"owner", "client"} and not {"client_id", "site_id"} & resolver.params.keys():
            rest = _customer_lead(resolver, tokens)
            if rest is None and kind == "owner":  # "hq printer jammed": a site's own name
                rest = _site_lead(resolver, None, tokens)
        elif kind == "site" and "site_id" not in resolver.params:
            rest = _site_lead(resolver, resolver.params.get("client_id"), tokens)
        if rest is None and kind in {"owner", "person", "user"}:
            rest = _person_lead(resolver, tokens)
            if rest is not None and kind == "person":
                _person_place(resolver, rest)
            elif rest is None and kind == "person" and "client_id" not in resolver.params:
                # "Acme Warehouse site, the label printer ...": capitalised words that name no
                # person may name a customer (and its site)
                _customer_lead(resolver, tokens)
    except Refuse:
        return  # look-ups turned off: the summary stays as it is
    if rest and kind != "person":
        resolver.params["summary"] = " ".join(rest).strip(" ,:;-")


_PERSON_LABELS = frozenset({"user", "contact", "requester", "caller", "enduser"})


def person_after_place(resolver: Resolver) -> None:
    """ "new tkt globex springfield campus olivia brown - outlook calendar empty", "initech austin
    branch, joanna baker, printer down": once the customer is known, an admin's summary may
    open with the full name of one of its users, the person the ticket is for. Only a user of
    that customer whose whole name is those words is taken; the words after it are the summary."""
    if (
        "client_id" not in resolver.params
        or "user_id" in resolver.params
        or resolver.slots.get("user")
        or not is_admin(resolver.actor)
    ):
        return
    tokens = str(resolver.params.get("summary", "")).split()
    if tokens and tokens[0].casefold().strip(":") in _PERSON_LABELS | {"for"}:
        # "..., user Lucius Fox, laptop won't boot", "Globex Cypress Creek for Hank Scorpio -
        # ...": the label (or "for") before the name
        tokens = tokens[1:]
    try:
        if _person_in_site_words(resolver) or not _may_open_with_a_name(tokens):
            return
        rest = _person_lead(resolver, tokens, full_name=True)
    except Refuse:
        return  # look-ups turned off: the summary stays as it is
    if rest and " ".join(rest).strip(" ,:;-"):
        resolver.params["summary"] = " ".join(rest).strip(" ,:;-")


def _may_open_with_a_name(tokens: list[str]) -> bool:
    """ "the door badge reader is dead" opens with no name: no read of users for it."""
    first = [t.strip(",:;-").casefold() for t in tokens[:2]]
    return len(first) == 2 and all(w.isalpha() and w not in NAME_STOPS for w in first)


def _person_in_site_words(resolver: Resolver) -> bool:
    """ "for globex site cypress creek hank scorpio: ...": the site was said with more words
    than its name has; the words after the name may be the full name of a user there."""
    said = str(resolver.slots.get("site") or "").split()
    site = resolver.names.get("site_id", "")
    if "site_id" not in resolver.params or not said or not site:
        return False
    known = _words(site)
    cut = 0
    while cut < len(said) and _words(said[cut]) <= known:
        cut += 1
    extra = said[cut:]
    if not 2 <= len(extra) <= 3 or not _words(" ".join(said[:cut])):
        return False
    return _person_lead(resolver, [*extra, ""], full_name=True) == [""]


def _person_place(resolver: Resolver, rest: list[str]) -> None:
    """ "Lucius Fox at (the) Wayne Foundation needs ...", "Joanna Baker (Initech) can't ...":
    the customer the person is at."""
    if "client_id" in resolver.params or not rest:
        return
    if rest[0].startswith("("):
        words = [t.strip("()") for t in rest]
        _customer_lead(resolver, [w for w in words if w])
    elif rest[0].casefold() in {"at", "from", "of"}:
        rest = rest[1:]
        _customer_lead(resolver, rest[1:] if rest and rest[0].casefold() == "the" else rest)


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold().replace("'s", "")))


def _only_match(rows: list[HaloModel], wanted: list[str], *, whole: bool) -> Item | None:
    """The one row whose name has these words (all of its words, when `whole`)."""
    want = _words(" ".join(wanted))
    found = [
        _item(r)
        for r in rows
        if want and (want == _words(_item(r).name) if whole else want <= _words(_item(r).name))
    ]
    return found[0] if len({i.id for i in found}) == 1 else None


def _broken(tokens: list[str]) -> bool:
    return any(t.endswith((",", ":", ";")) for t in tokens[:-1])


_PLACE_LEAD = frozenset({"site", "at", "the", ",", "/", "-", "in"})


def _customer_lead(resolver: Resolver, tokens: list[str]) -> list[str] | None:
    for cut in range(min(len(tokens) - 1, _MAX_CUSTOMER_WORDS), 0, -1):
        head = tokens[:cut]
        if _broken(head):
            continue
        search = re.sub(r"'s$", "", " ".join(head).strip(",:;"))  # "Initech's Austin Branch"
        rows = resolver.reads.look_up("customers", search=search, page_size=50)
        customer = _only_match(rows, head, whole=False)
        if customer is None:
            continue
        rest = tokens[cut:]
        while rest and rest[0].casefold().strip(",") in _PLACE_LEAD | {""}:
            rest = rest[1:]
        after_site = _site_lead(resolver, customer.id, rest)
        delimited = head[-1].endswith((",", ":"))  # "for acme: ..."
        if after_site is None and not delimited and _words(" ".join(head)) != _words(customer.name):
            continue  # else "acme" alone names Acme Inc only when one of its sites follows
        resolver.keep("client_id", customer.id, customer.name)
        return after_site or rest
    return None


def _site_lead(resolver: Resolver, client_id: int | None, tokens: list[str]) -> list[str] | None:
    """The words after the site's name, once one site (of this customer, or of anyone when
    `client_id` is None) has exactly the first words of `tokens` as its name."""
    rows = resolver.reads.look_up("sites", page_size=100, client_id=client_id) if client_id else []
    for cut in range(min(len(tokens) - 1, 4), 0, -1):
        head = tokens[:cut]
        if _broken(head):
            continue
        if not client_id:  # every customer's sites: only those Halo finds by the name
            search = " ".join(head).strip(",:;")
            rows = resolver.reads.look_up("sites", search=search, page_size=50)
        site = _only_match(rows, head, whole=True)
        if site is not None:
            resolver.keep("site_id", site.id, site.name)
            record = site.record
            if not client_id and isinstance(record, Site) and record.client_id:
                # the site names its customer
                resolver.keep("client_id", record.client_id, record.client_name)
            rest = tokens[cut:]
            return rest[1:] if rest and rest[0].casefold().strip(",:") == "site" else rest
    return None


def _person_lead(
    resolver: Resolver, tokens: list[str], *, full_name: bool = False
) -> list[str] | None:
    # a first name alone only when a comma or colon ends it ("for emma: ...")
    alone = tokens and tokens[0].endswith((",", ":")) and not full_name
    cuts = (3, 2, 1) if alone else (3, 2)
    for cut in cuts:
        head = tokens[:cut]
        if len(tokens) <= cut or _broken(head):
            continue
        filters = (
            {"client_id": resolver.params["client_id"]} if "client_id" in resolver.params else {}
        )
        search = re.sub(r"'s$", "", " ".join(head).strip(",:;"))  # "Mia Chen's monitor ..."
        rows = resolver.reads.look_up("users", search=search, page_size=50, **filters)
        person = _only_match(rows, head, whole=cut > 1)
        if person is not None:
            resolver.keep("user_id", person.id, person.name)
            return tokens[cut:]
    return None


# A run of capitalised words ("Stark Logistics", "Acme"), each of which may name a customer
_CAPITALISED_RUN_RE = re.compile(r"(?-i:[A-Z][\w&.'-]*)(?:\s+(?-i:[A-Z][\w&.'-]*)){0,3}")
_MAX_NAME_SEARCHES = 8


def places_in_text(resolver: Resolver) -> None:
    """ "Distribution Centre at Stark Logistics reports the loading bay CCTV is offline",
    "Raise a ticket for Initech at their Main Office site re: ...": when no heading or lead
    named the customer and site, an admin's ticket may still name them anywhere in the text.
    A customer is taken only when one capitalised run names exactly one; a site only when the
    whole name of exactly one of that customer's sites is in the text, word for word."""
    if resolver.plan.action != CREATE_TICKET or "user_id" in resolver.params:
        return
    if not is_admin(resolver.actor) or {"client_id", "site_id"} <= resolver.params.keys():
        return
    text = resolver.plan.text
    try:
        if "site_id" in resolver.params:
            return  # a site found by its own name came with its customer
        if "client_id" not in resolver.params and not resolver.slots.get("client"):
            _customer_named(resolver, text)
        if "client_id" in resolver.params:
            rows = resolver.reads.look_up(
                "sites", page_size=100, client_id=resolver.params["client_id"]
            )
            said = _words(text)
            sites = {i.id: i for i in map(_item, rows) if _words(i.name) and _words(i.name) <= said}
            if len(sites) == 1:
                site = next(iter(sites.values()))
                resolver.keep("site_id", site.id, site.name)
    except Refuse:
        return  # look-ups turned off: the text stays the summary


def _customer_named(resolver: Resolver, text: str) -> None:
    found: dict[int, Item] = {}
    searches = 0
    for run in _CAPITALISED_RUN_RE.finditer(text):
        words = [w.strip(" ,.:;()") for w in run.group(0).split()]
        words = [re.sub(r"'s$", "", w) for w in words if w.casefold() not in NAME_STOPS]
        # "Initech Main Office": the customer is the run's first words, its site the rest
        for cut in range(len(words), 0, -1):
            name = " ".join(words[:cut])
            if len(name) < 3 or searches == _MAX_NAME_SEARCHES:
                continue
            searches += 1
            rows = resolver.reads.look_up("customers", search=name, page_size=50)
            customer = _only_match(rows, name.split(), whole=False)
            if customer is not None:
                found[customer.id] = customer
                break
    if len(found) == 1:
        customer = next(iter(found.values()))
        resolver.keep("client_id", customer.id, customer.name)
