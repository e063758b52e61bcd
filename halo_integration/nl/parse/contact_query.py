"""A person's contact details asked for: "look up olivia brown at globex, i need her email",
"what is Peter Gibbons' phone number?", "e-mail address of Olivia Brown please", "who is
happy hogan?". It is a look-up of users (an admin's; an employee may not look other people up),
whatever else the sentence says ("I need ..." is no problem to open a ticket about)."""

from __future__ import annotations

import re
from typing import Any

from halo_integration.actions.lookup import LOOKUP

from .cue_parts import THING_RE, Intent
from .names import NAME_STOPS, looks_like_person, take_name
from .text import Prepared

IGNORE_CASE = re.IGNORECASE

_CONTACT = (
    r"(?:e-?mail(?:\s+address)?|(?:phone|mobile|cell|telephone|direct)(?:\s+(?:number|no\.?|nr))?|"
    r"(?:phone\s+)?extension|contact\s+(?:details|info|information|number)|number)"
)
# Two or three words that may be a person's name ("olivia brown", "Peter Gibbons")
_WORD = r"[A-Za-z][\w-]*(?:'(?!s\b)[A-Za-z][\w-]*)?"  # "O'Connor", not "Brown's"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}}?)"
# A verb that looks a record up: the details may come anywhere after the name
_SEARCH_VERB = r"(?:look\s*up|lookup|find|search\s+for|search)"
# A verb that asks for something: the details must be the name's own ("her email")
_ASK_VERB = r"(?:get\s+me|give\s+me|send\s+me|tell\s+me|need|want|what(?:'s|\s+is|s)|whats)"
# The details end what is asked: "I need Mia Chen's email set up" asks for work on it
_ASKED_END = r"(?=\s*(?:[?.!,;]|$|(?:please|pls|plz|thanks|thx|for\s+me|asap)\b))"
_OWN_CONTACT = (
    rf"(?:(?:'s|(?<=s)')?\s+|[^.?!]{{0,60}}?\b(?:his|her|their)\s+){_CONTACT}\b{_ASKED_END}"
)
_CONTACT_ASKED = tuple(
    re.compile(pattern, IGNORE_CASE)
    for pattern in (
        # "look up olivia brown at globex i need her email", "find Olivia Brown, phone number"
        rf"\b{_SEARCH_VERB}\s+{_NAME}(?=(?:'s|(?<=s)')?(?:\s|,|$))(?=[^.?!]{{0,60}}?\b{_CONTACT}\b{_ASKED_END})",
        # "what is Peter Gibbons' phone number?", "I need olivia brown's email"
        rf"\b{_ASK_VERB}\s+{_NAME}(?={_OWN_CONTACT})",
        # "what's the email of Olivia Brown", "phone number for peter gibbons at initech"
        rf"(?:^\W*|\b(?:{_SEARCH_VERB}|{_ASK_VERB})\s+)(?:the\s+|an?\s+)?{_CONTACT}\s+(?:of|for)\s+"
        rf"{_NAME}(?=\s|[?.!,]|$)",
        # "look up Jill Valentine", "find Peter Gibbons at Initech please": a person's name,
        # typed as one, is all that is looked up
        rf"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?{_SEARCH_VERB}\s+(?:the\s+)?"
        r"(?:(?:user|person|contact|end\s+user)\s+)?"
        r"(?P<name>(?-i:[A-Z])[\w-]*(?:'(?!s\b)[A-Za-z][\w-]*)?(?:\s+(?-i:[A-Z])[\w'-]*){1,2}?)"
        r"(?=(?:\s+(?:at|from)\s+[\w&.' -]{1,40}?)?[\s,]*(?:please|pls|thanks|for\s+me)?\W*$)",
        # "Show me Marcus Reid's details.", "pull up Hank Scorpio's record": a person's record
        r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:show|give|get|pull\s+up|bring\s+up|"
        r"open|see)\s+(?:me\s+)?"
        r"(?P<name>(?-i:[A-Z])[\w-]*(?:'(?!s\b)[A-Za-z][\w-]*)?(?:\s+(?-i:[A-Z])[\w-]*){1,2}?)"
        r"(?:'s|(?<=s)')\s+(?:details|record|profile|info|entry)(?=[\s,]*(?:please|pls|thanks)?\W*$)",
        # "who is happy hogan?", "who's Peter Gibbons at Initech": the whole question is a name
        rf"^\W*(?:who\s+is|who'?s)\s+{_NAME}"
        r"(?=(?:\s+(?:at|from)\s+[\w&.' -]{1,40}?)?[\s,]*(?:please|pls|thanks)?\W*$)",
    )
)
_AFTER_NAME_STOPS = NAME_STOPS | {"her", "his", "their"}


def contact_asked(text: str) -> tuple[int, int, int] | None:
    """(start of the request, start and end of the name) when a person's contact details are
    asked for, else None. The name must look like a person's once capitalised ("sales team"
    or "my new" are not), so a problem with one's own mail is never read this way."""
    matches = (match for pattern in _CONTACT_ASKED for match in pattern.finditer(text))
    for match in matches:
        name = match.group("name")
        parts = name.split()
        if any(part.lower().strip("'") in _AFTER_NAME_STOPS for part in parts):
            continue
        if THING_RE.search(name):
            continue  # "search for Outlook Calendar" names an app, not a person
        if looks_like_person(" ".join(part[:1].upper() + part[1:] for part in parts)):
            return match.start(), match.start("name"), match.end("name")
    return None


def contact_intent(text: str) -> Intent | None:
    found = contact_asked(text)
    return Intent(LOOKUP, 3, found[0], found[2], "contact") if found else None


# "olivia brown at globex", "Peter Gibbons from Initech": whose user the person is
_AT_CUSTOMER_RE = re.compile(r"(?:'s|(?<=s)')?\s+(?:at|from|of|with|in)\s+(?:the\s+)?", IGNORE_CASE)


def build_contact(doc: Prepared, intent: Intent) -> dict[str, Any]:
    """The person is the search; a customer named right after them limits it."""
    found = contact_asked(doc.text)
    if found is None:  # the intent came from this text: it is always found again
        return {"entity": "users"}
    _start, name_start, name_end = found
    slots: dict[str, Any] = {
        "entity": "users",
        "search": doc.restore(doc.text[name_start:name_end]),
        "contact": True,  # a person asked about: a user, or one of the agents (see the resolver)
    }
    at = _AT_CUSTOMER_RE.match(doc.text, name_end)
    if at:
        customer, _end = take_name(doc.text, at.end(), max_tokens=3)
        if customer and not re.fullmatch(_CONTACT, customer, IGNORE_CASE):
            slots["client"] = doc.restore(customer)
    return slots
