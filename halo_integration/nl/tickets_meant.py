"""Which of the person's own tickets a request means when it gives no number: "my VPN ticket",
"the laptop fan thing is fixed, close it", "reopen my password ticket", "add a note: I'm off
tomorrow". The tickets are read through the action layer as the person asking (nl/reads.py).
Exactly one that fits is taken (the card names it before anything is done), several become
candidates, none is refused."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from halo_integration.actions.lifecycle import RATE_TICKET, REOPEN_TICKET
from halo_integration.actions.tickets_read import GET_TICKET
from halo_integration.actions.tickets_write import ADD_NOTE, RESOLVE_TICKET
from halo_integration.catalog import Item, resolve_name
from halo_integration.identity import remembered_halo_user_id
from halo_integration.nl.parse.cue_parts import STATUS_QUESTION_WORDS, things_in
from halo_integration.nl.parse.text import within_one_edit, words
from halo_integration.nl.precheck import Refuse
from halo_integration.policies import Actor, is_admin
from halo_integration.presenters import TicketView

if TYPE_CHECKING:
    from halo_integration.nl.resolve import Resolver

# Which tickets each state word stands for, as list_tickets filters.
OPEN, CLOSED, ANY = "open", "closed", "any"
# An employee who asks about or writes to "a ticket" without naming one means one of their own.
_SOME_TICKET_OF_MINE = frozenset({ADD_NOTE, RESOLVE_TICKET, REOPEN_TICKET, GET_TICKET})
# A reason that says what now works describes the ticket it closes or reopens; a question
# describes the ticket it asks about. (A note's text is news, not a description.)
_TEXT_DESCRIBES = frozenset({RESOLVE_TICKET, REOPEN_TICKET, GET_TICKET})
# Everyday words for what a ticket's own words may call otherwise.
_SAME_THINGS: dict[str, tuple[str, ...]] = {
    "onboarding": ("starter", "joiner", "joins"),
    "joiner": ("starter",),
    "wireless": ("wi-fi", "wifi"),
    "wlan": ("wi-fi", "wifi"),
    "email": ("outlook", "mail"),
    "e-mail": ("outlook", "mail"),
    "mail": ("outlook", "email"),
    "login": ("password", "account"),
    "screen": ("monitor", "display"),
    "display": ("monitor", "screen"),
    "webcam": ("camera",),
    "notebook": ("laptop",),
    "printing": ("printer",),
    "print": ("printer",),
}
_NOT_DESCRIBING = frozenset(["the", "for", "and", "with", "from", "about", "new", "old"])


def find_ticket(resolver: Resolver, *, state: str, skip: frozenset[int] = frozenset()) -> None:
    """Set params["ticket_id"], or add candidates or a missing "ticket_id" to the plan; the
    tickets in `skip` are never meant (a ticket rated already). Raises Refuse when none of the
    person's tickets in that state fits."""
    slots, plan = resolver.slots, resolver.plan
    if "ticket_id" in resolver.choices:
        resolver.params["ticket_id"] = resolver.choices["ticket_id"]
        return
    if slots.get("ticket_id"):
        resolver.params["ticket_id"] = int(slots["ticket_id"])
        return
    if slots.get("ticket_ids"):
        # Changes are made one ticket at a time: the person picks which (never a guess).
        plan.candidates.extend(
            {"param": "ticket_id", "id": int(n), "label": f"#{n}"} for n in slots["ticket_ids"][:10]
        )
        return
    some_of_mine = plan.action in _SOME_TICKET_OF_MINE and not is_admin(resolver.actor)
    if not (slots.get("mine") or "ticket_hint" in slots or some_of_mine):
        plan.missing.append("ticket_id")
        return
    whose = _whose(resolver)
    filters = _own_filter(resolver.actor, state) | ({"user_id": whose} if whose else {})
    tickets = [t for t in resolver.reads.tickets(filters) if t.id not in skip]
    if whose:
        tickets = [t for t in tickets if t.user_id == whose]
    elif not is_admin(resolver.actor) or slots.get("mine"):
        mine = remembered_halo_user_id(resolver.actor)
        tickets = [t for t in tickets if mine is None or t.user_id == mine]
    person = str(slots.get("named_person") or "")
    hint = str(slots.get("ticket_hint") or "")
    if not person and not is_admin(resolver.actor) and not slots.get("mine"):
        person, hint = _spoken_owner(hint, tickets)
    if person:
        # "Mia Chen's new starter ticket" of an employee: only their tickets about her
        tickets = [t for t in tickets if mentions(t, person)]
    matches = [t for t in tickets if mentions(t, hint)] if hint else tickets
    if hint and not matches:
        # "the Mia onboarding request": no ticket has every word, one has "Mia"
        matches = [t for t in tickets if _mentions_any(t, hint)]
    titled = [t for t in matches if hint and mentions(t, hint, summary_only=True)]
    if len(matches) > 1 and len(titled) == 1:
        # "my laptop ticket": the one whose summary says "laptop", not one whose details
        # mention a laptop in passing.
        matches = titled
    if len(matches) > 1 and not hint and plan.action in _TEXT_DESCRIBES and not slots.get("one_of"):
        # "the laptop fan thing is fixed, close it", "when will my monitor arrive?"
        described = slots.get("reason") if plan.action != GET_TICKET else plan.text
        matches = _fitting_things(matches, str(described or "")) or matches
    if len(matches) > 1 and slots.get("newest"):
        matches = [max(matches, key=lambda t: (t.opened.isoformat() if t.opened else "", t.id))]
    if len(matches) > 1 and slots.get("open_only"):
        # "my open ticket", "when is my vpn issue getting fixed": of those, the ones still open
        matches = [t for t in matches if not t.is_closed] or matches
    if len(matches) > 1 and slots.get("oldest"):
        matches = [min(matches, key=lambda t: (t.opened.isoformat() if t.opened else "", t.id))]
    if len(matches) > 1 and not slots.get("one_of"):
        # "where are we with the Outlook password pop-ups?": the one the words fit best
        matches = _best_fitting(matches, plan.text, said=hint)
    if len(matches) == 1:
        resolver.keep("ticket_id", matches[0].id, matches[0].summary)
    elif matches:
        plan.candidates.extend(
            {"param": "ticket_id", "id": t.id, "label": f"#{t.id} {t.summary}"}
            for t in matches[:10]
        )
    else:
        what = {OPEN: _("open tickets"), CLOSED: _("closed tickets")}.get(state, _("tickets"))
        what = _("closed tickets to rate") if plan.action == RATE_TICKET else what
        about = _(" about “%(hint)s”") % {"hint": hint} if hint else ""
        raise Refuse(_("You have no %(what)s%(about)s.") % {"what": what, "about": about})


def _whose(resolver: Resolver) -> int | None:
    """The person named as the ticket's owner ("liam's laptop ticket"; an admin's request,
    precheck refuses it for employees). Raises Refuse when Halo has nobody of that name."""
    name = str(resolver.slots.get("user") or "")
    if not name:
        return None
    rows = resolver.reads.look_up("users", search=name, page_size=50)
    found = resolve_name(
        [Item(int(getattr(r, "id", 0)), str(getattr(r, "name", "")), r) for r in rows], name
    )
    if found.item is None:
        raise Refuse(_("This Halo has no user called “%(name)s”.") % {"name": name})
    return found.item.id


def _fitting_things(tickets: list[TicketView], text: str) -> list[TicketView]:
    """ "the laptop fan thing is fixed, close it": the tickets about a thing the text names
    (by their summaries, else their details); [] when none fits."""
    things = things_in(text)
    if not things:
        return []
    for summary_only in (True, False):
        fitting = [
            t for t in tickets if any(mentions(t, w, summary_only=summary_only) for w in things)
        ]
        if fitting:
            return fitting
    return []


# Words that say what is asked, not which ticket: they never tell two tickets apart.
_NOT_TELLING = STATUS_QUESTION_WORDS | words("""
    ticket tickets request requests case issue issues thing stuff one for and with from about
    that this when where can could please into after before then than there their open new old
    last
    """)


def _best_fitting(tickets: list[TicketView], text: str, *, said: str = "") -> list[TicketView]:
    """Of several tickets, the one that has more of the request's describing words than any
    other, and at least two ("the ticket where my new laptop had no VPN client" is the one
    about a VPN client on a new laptop, not the one about VPN drops). A tie stays a choice.
    When the ticket was described (`said`), a lead of one word counts only if the word is in
    the description or after its start ("my ticket about the VPN disconnecting at home" is the
    one about home; in "I forgot what I wrote in my password ticket" the "forgot" that one
    ticket's text has tells nothing)."""
    words = re.findall(r"[\w-]+", text.casefold())
    telling = {w for w in words if len(w) > 2 and w not in _NOT_TELLING}
    first_said = next(iter(re.findall(r"[\w-]+", said.casefold())), "")
    describing = set(words[words.index(first_said) :]) & telling if first_said in words else set()
    scored = sorted(
        (
            (sum(mentions(t, w) for w in telling), sum(mentions(t, w) for w in describing), t)
            for t in tickets
        ),
        key=lambda row: -row[0],
    )
    (best, best_said, ticket), (second, second_said, _other) = scored[0], scored[1]
    clear = not said or best - second >= 2 or best_said > second_said
    return [ticket] if best >= 2 and best > second and clear else tickets


def _own_filter(actor: Actor, state: str) -> dict[str, Any]:
    params: dict[str, Any] = {"page_size": 100}
    if state == OPEN:
        params["open_only"] = True
    elif state == CLOSED:
        params["closed_only"] = True
    if is_admin(actor):
        mine = remembered_halo_user_id(actor)
        if mine is not None:
            params["user_id"] = mine
    return params


_SPOKEN_OWNER_RE = re.compile(r"(?P<owner>[A-Za-z]{2,}?[^s\W])s\s+(?P<rest>\S.*)")


def _spoken_owner(hint: str, tickets: list[TicketView]) -> tuple[str, str]:
    """("", hint), or (person, the rest) when an employee's described ticket starts with whose
    it is, dictated without the apostrophe: "Liams laptop fan ticket", "emmas outlook one".
    A word that one of their tickets has ("Teams camera", "printers") describes the ticket."""
    found = _SPOKEN_OWNER_RE.fullmatch(hint.strip())
    if not found or any(mentions(t, found.group(0).split()[0]) for t in tickets):
        return "", hint
    return found.group("owner"), found.group("rest")


def mentions(ticket: TicketView, hint: str, *, summary_only: bool = False) -> bool:
    """True when every word of `hint` is in the ticket's summary (and details), a typo of four
    letters or more included."""
    text = ticket.summary if summary_only else f"{ticket.summary} {ticket.details}"
    haystack = text.casefold()
    haystack += " " + re.sub(r"(?<=\w)-(?=\w)", "", haystack)  # "wifi" finds "Wi-Fi"
    words = [w for w in re.findall(r"[\w-]+", hint.casefold()) if len(w) > 1]
    seen = set(re.findall(r"\w+", haystack))
    return all(_has_word(haystack, seen, w) or _has_parts(haystack, seen, w) for w in words)


def _has_parts(haystack: str, seen: set[str], word: str) -> bool:
    """ "my VPN-at-home ticket": a name made up on the spot with hyphens finds a ticket that
    has each of its words ("wi-fi" itself is found whole, before this)."""
    parts = [p for p in word.split("-") if len(p) > 2 and p not in _NOT_DESCRIBING]
    return len(parts) > 1 and all(_has_word(haystack, seen, p) for p in parts)


def _mentions_any(ticket: TicketView, hint: str) -> bool:
    haystack = f"{ticket.summary} {ticket.details}".casefold()
    seen = set(re.findall(r"\w+", haystack))
    words = [w for w in re.findall(r"[\w-]+", hint.casefold()) if len(w) > 2]
    return any(_has_word(haystack, seen, w) for w in words if w not in _NOT_DESCRIBING)


def _has_word(haystack: str, seen: set[str], word: str) -> bool:
    return any(
        re.search(rf"\b{re.escape(w)}", haystack)
        # "my outlok ticket": a typo of four letters or more still finds "Outlook"
        or (len(w) >= 4 and any(within_one_edit(w, other) for other in seen))
        for w in (word, *_SAME_THINGS.get(word, ()))
    )
