"""The slot builder for a new ticket: its description, its kind and how urgent it is, and
whose it is (a customer, site or person named around the description, or a name heading it).

Like every builder it first takes the description (`freetext`), blanks it, and only then runs
the field extractors on what is left, so words inside a description are never read as fields.
"""

from __future__ import annotations

import re
from typing import Any

from . import freetext
from .cue_parts import (
    GENERIC_NOUNS,
    MESSAGE_FROM_RE,
    NAME_HEADING_ANY_CASE_RE,
    NAME_HEADING_RE,
    PRIORITY_MOD_RE,
    THING_RE,
    TICKET_NOUN,
    Intent,
    only_a_name,
    singular,
)
from .intents import FAULT_AFTER_RE, QueryObject
from .names import BLANK, NAME_STOPS, words_ok
from .slots import Scratch, typed_in_lower_case
from .text import SENTENCE_END_RE, Prepared, summarise, words
from .ticket_slots import extract_fields

IGNORE_CASE = re.IGNORECASE


# --- create_ticket ---------------------------------------------------------------------------

_VAGUE_NOUNS = words("problem problems fault faults")
_NOT_TYPE_WORDS = words("new support helpdesk it quick general the a an another one")
_CREATE_SPAN_RE = re.compile(
    r"^\W*(?:put\s+in|open\s+up|\w+)\s+(?:(?:up|a|an|another|one|some|new)\s+)*"
    rf"(?P<mod>(?:[\w&.'/-]+\s+){{0,4}}?)(?P<noun>{TICKET_NOUN})$",
    IGNORE_CASE,
)


# "for acme ...", "for Initech": for a customer or a person, not "for my laptop"
_FOR_SOMEONE_RE = re.compile(
    r"\s+for\s+(?!(?:my|me|our|us|the|a|an|this|that|it|its|all|every|some)\b|#|\d)\w",
    IGNORE_CASE,
)
_URGENT_LEAD_RE = re.compile(
    r"^\W*(urgent|asap|emergency|critical|p[1-5])\W+(?=new|create)", IGNORE_CASE
)


def _create_type(sc: Scratch, intent: Intent, slots: dict[str, Any]) -> None:
    """ "a HaloPSA Incident ticket" -> tickettype "Incident"; "a Service Request" -> itself."""
    if intent.kind != "verb":
        return
    span = sc.text[intent.start : intent.end]
    urgent = _URGENT_LEAD_RE.match(span)
    if urgent and "priority" not in slots:
        slots["priority"] = urgent.group(1)  # "URGENT new ticket ...", "P2 new ticket ..."
    match = _CREATE_SPAN_RE.match(span)
    if not match:
        return
    product = re.search(r"\bhalo\s*-?\s*(psa|itsm)\b", span, IGNORE_CASE)
    if product:
        slots["product"] = "halo" + product.group(1).lower()
    words = [
        w
        for w in match.group("mod").split()
        if w.lower() not in _NOT_TYPE_WORDS
        and not re.fullmatch(r"halo\w*|psa|itsm", w, IGNORE_CASE)
    ]
    mod = " ".join(words)
    if PRIORITY_MOD_RE.match(mod):
        slots["priority"] = re.sub(r"\s+priority$", "", mod, flags=IGNORE_CASE)
        mod = ""
    noun = match.group("noun")
    end = intent.end
    record = _RECORD_AFTER_RE.match(sc.text, end)
    if record and not mod and noun.lower() not in GENERIC_NOUNS:
        # "open a problem record for Acme HQ", "log an incident record": the noun said the
        # kind, "record" names the ticket ("a problem ticket for acme" when it is for someone)
        after_ticket = record.group(1).lower() != "record"
        if not (after_ticket and not _FOR_SOMEONE_RE.match(sc.doc.text, record.end())):
            mod, noun, end = singular(noun), record.group(1), record.end()
    if noun.lower() in GENERIC_NOUNS or noun.lower() == "record":
        kind = mod
    elif (
        noun.lower() in _VAGUE_NOUNS
        and not mod
        and noun.islower()
        and not (noun.lower() == "problem" and _FOR_SOMEONE_RE.match(sc.doc.text, intent.end))
    ):
        # "log a problem with my laptop" is a complaint, not the Problem type; "raise a problem
        # for acme site hq: ..." is a Problem record for a customer
        kind = ""
    else:
        kind = f"{mod} {singular(noun)}".strip()
    if kind:
        slots["tickettype"] = kind
    sc.blank(intent.start, end)


_RECORD_AFTER_RE = re.compile(r"\s+(record|ticket)\b", IGNORE_CASE)


_LEAD_TYPE_RE = re.compile(r"\b(service\s+request|incident)\s*$", IGNORE_CASE)


def _lead_type(sc: Scratch, intent: Intent, slots: dict[str, Any]) -> None:
    """ "service request for wayne foundation ...": the kind of ticket said in its lead."""
    lead = sc.doc.text[: freetext.ticket_for_lead_end(sc.doc.text, intent)]
    kind = _LEAD_TYPE_RE.search(lead)
    if kind and "tickettype" not in slots:
        slots["tickettype"] = re.sub(r"\s+", " ", kind.group(1))


def build_create(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    desc = freetext.description(sc, intent)
    # the description follows something ("ticket for ..." told as a problem: only its lead)
    separated = desc is not None and desc.start > freetext.ticket_for_lead_end(doc.text, intent)
    freetext.blank(sc, desc)
    _create_type(sc, intent, slots)
    _lead_type(sc, intent, slots)
    if desc is None:
        # No separator or quote: fields first, what is left after the command describes it.
        tail = Scratch(doc.text[: intent.end] + sc.text[intent.end :], doc)
        tail.blank(0, intent.end)
        # ("raise a ticket for the broken projector": a lower-case "for X" here describes)
        extract_fields(tail, slots, owner=True, bare_urgent=True, guess=False)
        left = freetext.leftover_description(tail, intent.end)
        if left and _WHOSE_ONLY_RE.fullmatch(left.value):
            # "Mia Chen's laptop won't turn on, raise a ticket in her name": what follows the
            # command says only whose it is; the problem came before it
            left = None
        desc = left or freetext.prefix_description(sc, intent)
        freetext.blank(sc, desc)
        sc.blank(intent.end, len(sc.text))
    extract_fields(sc, slots, owner=True, bare_urgent=True)
    _listed_type(sc, slots)
    _team_after_fields(sc, desc, slots)
    head = _owner_words(sc, intent, desc) if separated else ""
    if desc and desc.value:
        told = _from_the_thing(desc.value)
        named = _NAME_SENTENCE_RE.match(told)
        if named and only_a_name(named.group(1)) and "owner_heading" not in slots:
            # "Initech, Austin Branch. Monitor arm snapped, ...": a name said first, then the
            # problem (the whole text stays in the details)
            slots["owner_heading"] = named.group(1)
            told = told[named.end() :]
        summary, details = summarise(told)
        if told != desc.value:
            details = desc.value  # what was tried first stays in the details
        if head:
            # "New ticket, Stark Logistics / Fleet Depot: ...": the words between the command
            # and the description may name the customer (and site); kept in the summary in
            # case they name nobody
            summary = f"{head}: {summary}"
            slots["owner_heading"] = head
        slots["summary"] = summary
        if details:
            slots["details"] = details
    _newcomers_department(doc, slots)
    _name_heading(doc, sc, slots)
    _owner_lead(sc, slots, separated=separated)
    _name_ran_on(doc, sc, slots)
    _capitalised_name_ran_on(sc, slots)
    return slots


# (a name ended by a full stop; after ":" or " - " the resolver's heading decides, see
# owner_names.owner_heading)
# ("Need Visio. Project starts Monday." names nobody: a pair of names has a comma or a slash)
_NAME_SENTENCE_RE = re.compile(r"^\W*([^.:!?,/]{2,40}?\s*[,/]\s*[^.:!?]{2,40}?)\s*\.\s+(?=\S)")
_WHOSE_ONLY_RE = re.compile(
    r"\W*(?:(?:(?:in|under)\s+)?(?:his|her|their)\s+name|(?:on\s+)?(?:his|her|their)\s+behalf|"
    r"(?:for\s+)?(?:him|her|them))(?:\s+(?:please|pls|thanks))?\W*",
    IGNORE_CASE,
)
_TRIED_RE = re.compile(
    r"\b(?:tried|restarted|rebooted|unplugged|replugged|reinstalled|cleared|checked|updated|"
    r"turned\s+(?:it\s+)?(?:off|on)|switched)\b",
    IGNORE_CASE,
)


def _from_the_thing(description: str) -> str:
    """ "I've restarted twice, unplugged everything. The laptop still won't wake up ...": what
    was tried comes first; the summary starts at the first sentence that says how a thing
    fails, when the first only says what was tried."""
    starts = [m.end() for m in SENTENCE_END_RE.finditer(description)]
    if (
        not starts
        or not _TRIED_RE.search(description, 0, starts[0])
        or FAULT_AFTER_RE.search(description, 0, starts[0])
    ):
        return description
    for start, end in zip(starts, [*starts[1:], len(description)], strict=True):
        thing = THING_RE.search(description, start, end)
        if thing and FAULT_AFTER_RE.search(description, thing.end(), end):
            return description[start:]
    return description


_SIGN_OFF_WORDS = words("please pls plz thanks thank you thx ty cheers asap today now")

# A kind of ticket listed alone among the fields after the problem ("... offline. SR, assign
# Marcus", "..., problem, Messaging"); the ITIL short forms stand for their kind
_SHORT_TYPES = {"sr": "service request", "inc": "incident", "prb": "problem", "chg": "change"}
_LISTED_TYPE_RE = re.compile(
    rf"(?:^|[,;]|\.(?=\s)|{BLANK})\s*(?:an?\s+)?"
    r"(service\s+request|incident|problem|change(?:\s+request)?|(?-i:SR|INC|PRB|CHG|RFC))"
    rf"(?=\s*(?:[,;.!]|{BLANK}|$|please\b|pls\b|thanks\b))",
    IGNORE_CASE,
)


def _listed_type(sc: Scratch, slots: dict[str, Any]) -> None:
    """The description is blanked by now, so a type word standing alone as an item of what
    is left is the ticket's kind, not a word of the problem."""
    if "tickettype" in slots:
        return
    match = _LISTED_TYPE_RE.search(sc.text)
    if match:
        kind = re.sub(r"\s+", " ", match.group(1))
        slots["tickettype"] = "change" if kind == "RFC" else _SHORT_TYPES.get(kind.lower(), kind)
        sc.blank(match.start(1), match.end(1))


# Someone joining: "new joiner next mon: kit + accounts for raj singh, sales team"
_NEWCOMER_RE = re.compile(r"\b(?:new\s+)?(?:joiner|starter|hire|intern|recruit)s?\b", IGNORE_CASE)
# A team the ticket is handed to ("assign it to the network team", "route to ... team")
_HANDED_TO_TEAM_RE = re.compile(
    r"\b(?:assign(?:ed)?|route[ds]?|send|sent|pass(?:ed)?|give|escalate[ds]?|transfer(?:red)?|"
    r"hand(?:ed)?|for\s+the)\b[^.;]*?\bteam\b",
    IGNORE_CASE,
)


def _newcomers_department(doc: Prepared, slots: dict[str, Any]) -> None:
    """In a request for someone joining, ", sales team" says where the new person works: it is
    part of what the ticket is about, not a team of the desk it is handed to (which would be
    an admin's field)."""
    team = slots.get("team")
    if not team or not _NEWCOMER_RE.search(doc.text) or _HANDED_TO_TEAM_RE.search(doc.text):
        return
    del slots["team"]
    if slots.get("summary"):
        slots["summary"] = f"{slots['summary']}, {team} team"


def _team_after_fields(sc: Scratch, desc: freetext.Span | None, slots: dict[str, Any]) -> None:
    """ "... email bouncing low prio 1st line": once the fields after the description are
    read, a word or three left unread at the end may name a team with no "team" word; the
    resolver takes it only when it names one team (`team_guess`)."""
    if desc is None or desc.end >= len(sc.text) or {"team", "agent"} & slots.keys():
        return
    rest = re.sub(f"{BLANK}+", " ", sc.text[desc.end :]).strip(" ,;.!")
    # ("... printer. 1st Line Support please": the sign-off is no part of the team's name)
    rest = re.sub(
        r"(?:[\s,.!]+(?:please|pls|plz|thanks|thx|ta|asap))+$", "", rest, flags=IGNORE_CASE
    )
    if re.fullmatch(r"[\w&-]+(?:\s+[\w&-]+){0,2}", rest) and not set(rest.lower().split()) <= (
        _SIGN_OFF_WORDS
    ):
        slots["team_guess"] = rest


# A name's words: capitalised, or the small words inside a name ("Bank of America")
_NAME_PART_RE = re.compile(r"(?:(?-i:[A-Z0-9«])\S*|of|and|&|the|de|la|du|van|von)$")


def _capitalised_name_ran_on(sc: Scratch, slots: dict[str, Any]) -> None:
    """ "for Globex site Cypress Creek printer offline": typed with capitals, a name ends
    where its capitalised words end; the words in lower case after it describe the problem
    (and open the summary, before what else describes it)."""
    if typed_in_lower_case(sc):
        return
    for slot in ("site", "client", "user"):
        value = slots.get(slot)
        if not isinstance(value, str):
            continue
        parts = value.split()
        cut = next((i for i, p in enumerate(parts) if not _NAME_PART_RE.match(p)), len(parts))
        while cut and parts[cut - 1].islower():
            cut -= 1  # "Cypress Creek and the ...": a small word does not end a name
        if not 0 < cut < len(parts):
            continue
        slots[slot] = " ".join(parts[:cut])
        tail = " ".join(parts[cut:])
        summary = slots.get("summary")
        slots["summary"] = f"{tail}, {summary}" if isinstance(summary, str) else tail
        return


def _name_ran_on(doc: Prepared, sc: Scratch, slots: dict[str, Any]) -> None:
    """ "new ticket customer globex printer offline": typed in lower case with no separator,
    the last name ran on into the description. It becomes the summary, and the resolver takes
    from its first words only what Halo has under that name."""
    if "summary" in slots or not typed_in_lower_case(sc):
        return
    end = doc.text.rstrip(" .!?").casefold()
    for slot in ("user", "site", "client"):
        value = slots.get(slot)
        if isinstance(value, str) and len(value.split()) > 2 and end.endswith(value.casefold()):
            slots["summary"] = slots.pop(slot)
            slots["owner_lead"] = slot
            return


_HEAD_LEAD_RE = re.compile(
    rf"^(?:(?:new\s+)?{TICKET_NOUN}\b\s*)?(?:(?:for|at|from)\s+)?(?:the\s+)?", IGNORE_CASE
)


def _owner_words(sc: Scratch, intent: Intent, desc: freetext.Span | None) -> str:
    """What is left unread between the command and the description: a customer, a site, or
    words the resolver will keep in the summary ("" when that is a sentence, not a name)."""
    if desc is None:
        return ""
    start = intent.end if intent.end <= desc.start else 0
    before = sc.text[: intent.start] if start else ""
    if only_a_name(before):
        start = 0  # "Globex, Cypress Creek - new ticket: ...": the name heads the command
    raw = re.sub(f"{BLANK}+|[()]", " ", sc.text[start : desc.start])  # "(Acme Warehouse)"
    head = _HEAD_LEAD_RE.sub("", re.sub(r"\s+", " ", raw).strip()).strip(" ,;:/|-")
    parts = [p.strip("?!.'\"") for p in re.split(r"\s*[,/|]\s*|\s+-\s+|\s+", head)]
    if (
        not head
        or len(parts) > 8
        or not words_ok(" ".join(parts))
        or any(_TIME_RE.fullmatch(p) for p in parts)
        or all(re.fullmatch(TICKET_NOUN, p, IGNORE_CASE) for p in parts)
    ):
        return ""  # "for me?", "at 7am", "incident for ...": no name
    return head


_TIME_RE = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h)?|noon|midnight", IGNORE_CASE)


def _owner_lead(sc: Scratch, slots: dict[str, Any], *, separated: bool) -> None:
    """ "for umbrella health site laboratory sensor pc not reporting", "acme warehouse forklift
    down, new tkt": with no separator only the names in Halo can tell where the customer (and
    site, or person) ends and the problem starts, so the resolver tries the summary's first
    words ("owner"). "Barbara Gordon reports ...": the person it is for, maybe ("person")."""
    summary = slots.get("summary")
    if not isinstance(summary, str) or {"user", "owner_guess"} & slots.keys():
        return
    body = summary.split(": ", 1)[-1] if "owner_heading" in slots else summary
    heading = slots.get("owner_heading")
    if isinstance(heading, str) and body.startswith(heading):
        body = body[len(heading) :].lstrip(" :-/,|")  # "Acme Warehouse - Noah Williams says ..."
    after_from = MESSAGE_FROM_RE.sub("", body, count=1)
    if _PLACE_FOR_PERSON_RE.match(body) and not OWNER_SLOTS & slots.keys():
        # "Acme Warehouse for Noah Williams: ...": the place first, the person it is for after
        slots["owner_lead"] = "owner"
    elif _PERSON_FIRST_RE.match(body) or (after_from != body and _NAME_FIRST_RE.match(after_from)):
        slots["owner_lead"] = "person"
    elif not separated and not OWNER_SLOTS & slots.keys():
        first = re.sub(r"^(?:for|at)\s+", "", summary, flags=IGNORE_CASE).split(maxsplit=1)[0]
        if first.lower() in NAME_STOPS:
            return  # "my laptop is broken" opens with no name
        if (
            typed_in_lower_case(sc)
            or re.match(r"(?:for|at)\s+(?-i:[A-Z])", summary, IGNORE_CASE)  # "At Globex, ..."
            or _NAMES_FIRST_RE.match(summary)  # "Globex Cypress Creek badge reader offline"
        ):
            slots["owner_lead"] = "owner"


# ("Stark Logistics Fleet Depot, Happy Hogan, VPN down ...": names listed with commas first)
_PLACE_FOR_PERSON_RE = re.compile(
    r"(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)+)\s+for\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z'-]+)\b"
)
_NAMES_FIRST_RE = re.compile(
    r"(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)+)(?:\s+(?-i:[a-z])|\s*,\s*(?-i:[A-Z][a-z]))"
)
# ("Joanna Baker (Initech) can't ...": the person's customer may follow in brackets)
_PERSON_FIRST_RE = re.compile(
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z'-]+)(?:\s+\((?-i:[A-Z])[^()]{1,40}\))?\s+(?-i:[a-z])"
)
# After "a call from": a capitalised name, whatever follows it ("Pepper Potts: her scanner ...")
_NAME_FIRST_RE = re.compile(r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z'-]+)\b")
# Slots that already say whose the ticket is.
OWNER_SLOTS = frozenset({"client", "client_id", "site", "user", "owner_guess", "owner_heading"})


def _name_heading(doc: Prepared, sc: Scratch, slots: dict[str, Any]) -> None:
    """A request headed by a bare name may be headed by a customer (and site), or by an app
    ("Outlook Calendar: ..."): kept as `owner_heading` for the resolver to try, while the
    summary keeps the whole text in case it names no customer. Typed all in lower case, the
    name is in lower case too ("umbrella health laboratory: ...")."""
    # (a person named elsewhere, "..., user Noah Williams", still leaves the heading a place)
    if {"client", "client_id", "site", "owner_heading"} & slots.keys():
        return
    lower = typed_in_lower_case(sc)
    heading_re = NAME_HEADING_ANY_CASE_RE if lower else NAME_HEADING_RE
    summary = slots.get("summary")
    heading = heading_re.match(doc.text)
    in_summary = heading_re.match(str(summary or ""))
    if not heading and in_summary and re.search(r"[/,|]|\s-\s", in_summary.group(1)):
        heading = in_summary  # "new ticket - Umbrella Health / Head Office: ...": a pair
    if (
        heading
        and len(re.findall(r"[A-Za-z][\w&.'-]*" if lower else r"[A-Z][\w&.'-]*", heading.group(1)))
        >= 2  # "Outlook:" is an app
        and isinstance(summary, str)
        and summary.startswith(heading.group(1))
    ):
        slots["owner_heading"] = heading.group(1)
