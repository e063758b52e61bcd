"""Free text: the description of a new ticket, the text of a note, the reason for closing.

Free text is found before any field is extracted and is blanked out of the scratch text, so a
description such as "the printer for the finance team jams" never yields a team. Where it is,
in order of preference: a quoted passage; the text after a " - " or ":" separator; the text
after a connective ("saying", "because", "about" ...); the text around the command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cue_parts import (
    STATUS_AHEAD,
    THING_RE,
    TICKET_FOR_LEAD_RE,
    TICKET_HEADER_RE,
    Intent,
    only_a_name,
)
from .intents import find_separator
from .names import BLANK, words_ok
from .slots import Scratch
from .text import (
    PLACEHOLDER_RE,
    RELAYING_VERBS,
    SENTENCE_END_RE,
    clean_fragment,
    has_content,
    words,
)

IGNORE_CASE = re.IGNORECASE


@dataclass(frozen=True)
class Span:
    """A piece of free text: its value (quotes restored) and where it was in the scratch."""

    value: str
    start: int
    end: int


# A quoted passage right after one of these words is a field value, not free text.
_FIELD_BEFORE_QUOTE = words("""
    customer client company organisation organization site team agent technician user contact
    priority status type named called for search find tech engineer queue group
    """)
_QUOTE_RE = re.compile(r"«\d+»")

# What an admin lists alone after the problem: a priority, a kind of ticket (its ITIL short
# form too), a team shaped like one ("1st Line", "Field Support", "Service Desk")
_LIST_ITEM = (
    r"(?:very\s+)?(?:low|lowest|medium|normal|high|highest|critical)|p[1-5]|"
    r"(?:an?\s+)?(?:service\s+request|incident|problem|change(?:\s+request)?|(?-i:SR|INC|PRB|CHG|RFC))|"
    r"(?:1st|2nd|3rd|first|second|third)\s+line(?:\s+support)?|"
    r"(?-i:[A-Z][\w&-]*\s+(?:[A-Z][\w&-]*\s+)?(?:Support|Desk|Ops|Operations))"
)
# ... and the item ends there (another item, the end, or a sign-off)
_ITEM_END = r"(?=\s*(?:[,.;!]|$|and\s+(?:give|assign|move|send|hand|pass)\b|please\b|pls\b|thanks\b|thx\b|asap\b))"
# Start of a trailing field clause ("..., priority High, assign to the Messaging team").
_FIELD_START = (
    r"(?:with\s+|at\s+|for\s+|and\s+)?(?:the\s+)?(?:priority|prio\b|p[1-5]\b|"
    r"(?:very\s+)?(?:low|medium|normal|high|critical|urgent)\s+priority|urgent\b|"
    # ("- the customer portal certificate expires": a thing of the customer's, no field)
    r"(?:re)?assign|escalate|(?:customer|client)\b(?!\s+(?:portal|services?|facing|complaints?|support|"
    r"experience|records?|data|website|app|accounts?|contracts?|meeting|call|visit)\b)|"
    # ("the site is called Finance-Reporting": what it is, not which one to set)
    r"(?:site|team|agent|technician)\b(?!\s+(?:is|was|are|were|has|had|called|named|owner|"
    r"manager|lead|map|name)\b)|"
    # ("user confirmed it's still stuck", "customer says ...": what they said, no field)
    r"(?:user|contact)\b(?!\s+(?:confirmed|confirms|says|said|reports|reported|tried|has|had|is|was|"
    r"can|can't|cannot|wants|needs|asked|asks|called|rang|thinks|mentioned|still)\b)|"
    r"on\s+behalf|(?:ticket\s+)?type\b|status\b|"
    # ("3131 - on hold, low priority": a status alone, as a list item)
    r"(?:on\s+hold|in\s+progress|action\s+required|with\s+(?:the\s+)?(?:user|supplier)|pending\s+closure)"
    r"(?=\s*(?:[,.;!]|$|and\b))|"
    # "..., give it to Hannah", "..., hand to Daniel Kim"
    r"(?:give|hand|pass)\s+(?:it\s+)?(?:over\s+)?to\b|"
    # an admin's list item alone: "... offline. Critical", "..., medium", "... SR, assign ...",
    # "..., problem, Messaging", ". 1st Line Support please"
    rf"(?:{_LIST_ITEM}){_ITEM_END}|"
    # ("..., for the Acme Inc customer" ends there; "..., whole team blocked" goes on)
    r"(?:the\s+)?\S+(?:\s+\S+)?\s+(?:customer|client|team|site)\b"
    r"(?=\s*(?:[,.;!?]|$|please\b|pls\b|thanks\b)))"
)
_FIELD_CLAUSE_RE = re.compile(
    r"(?:,|;|\s+and\s+|\s+-\s+|\.\s+)\s*(?=" + _FIELD_START + ")", IGNORE_CASE
)
FIELD_START_RE = re.compile(r"^\s*" + _FIELD_START, IGNORE_CASE)

_POLITE_HEAD_RE = re.compile(
    r"^(?:\W*(?:(?:hi|hello|hey|hiya)(?:\s+(?:there|team|all|guys|folks))?|"
    r"good\s+(?:morning|afternoon|evening)|please|pls|kindly|so|ok|okay|um|well|also|and|"
    r"but|then|yes|urgent|help|thanks|thank\s+you|cheers)\b[\s,!.:-]*)+",
    IGNORE_CASE,
)
_POLITE_TAIL_RE = re.compile(
    r"(?:[\s,.;-]*\b(?:please|pls|(?:many\s+|big\s+)?(?:thanks|thank\s+you|thx|cheers)"
    r"(?:\s+(?:a\s+lot|so\s+much|very\s+much|in\s+advance|again|for\s+(?:your|the)\s+help))?|"
    r"asap|so|and|then|now|"
    r"you\s+can|can\s+you|could\s+you|would\s+you|feel\s+free\s+to|go\s+ahead\s+and|"
    r"ok\s+to|okay\s+to|i\s+think|i'd\s+like\s+to|i\s+would\s+like\s+to|i\s+want\s+to|"
    r"i\s+need\s+to|we\s+need\s+to|can\s+we|could\s+we|can\s+i|could\s+i)\b)+[\s,.;-]*$",
    IGNORE_CASE,
)


def blank(sc: Scratch, span: Span | None) -> None:
    """Blank the free text taken, so that no field extractor reads words inside it."""
    if span:
        sc.blank(span.start, span.end)


def free_quote(sc: Scratch, start: int = 0) -> Span | None:
    """The first quoted passage after `start` that is not a field value."""
    for match in _QUOTE_RE.finditer(sc.text, start):
        words = re.findall(r"[A-Za-z]+", sc.text[: match.start()])
        if words and words[-1].lower() in _FIELD_BEFORE_QUOTE:
            continue
        return Span(sc.value(match.group(0)), match.start(), match.end())
    return None


def strip_polite(value: str) -> str:
    value = _POLITE_HEAD_RE.sub("", value.strip())
    return clean_fragment(_POLITE_TAIL_RE.sub("", value))


def _region(sc: Scratch, start: int, end: int, *, keep_end: bool = False) -> Span | None:
    """The free text in sc.text[start:end], ending at the first blanked span."""
    raw = sc.text[start:end]
    cut = raw.find(BLANK)
    if cut >= 0:
        raw = raw[:cut]
    value = clean_fragment(sc.doc.restore(raw), keep_end=keep_end)
    if not has_content(value):
        return None
    return Span(value, start, start + len(raw))


# "on behalf of Jill Valentine", "for user Frank Grimes": the person a ticket is for
# ("on behalf of my manager: ..." names nobody the portal can look up: it stays in the text)
_ON_BEHALF = (
    r"(?:on\s+behalf\s+of|for\s+(?:the\s+)?(?:user|contact|requester|employee)|"
    r"(?:raised|reported|requested)\s+by)\s+"
    r"(?!(?:my|our|his|her|their|a|an|the|this|that|me|us|them|him|someone|somebody)\b)(?=\S)"
)
_FIELD_HEAD_RE = re.compile(
    rf"^\W*(?:{_ON_BEHALF}|"
    r"(?:for|at)\s+(?:the\s+)?(?:customer\s+|client\s+)?(?-i:[A-Z0-9«])|(?:customer|client|"
    r"site(?!\s+visits?\b)|priority|team|user|contact|requester)\b|"
    # "Wayne Foundation, site Gotham Office"
    r"(?-i:[A-Z0-9«])[\w&.'’ -]*?,?\s+site\s+(?-i:[A-Z0-9«]))[^.!?]*$",
    IGNORE_CASE,
)


def _quote_inside_sentence(sc: Scratch, quote: Span, head: re.Match[str] | None) -> bool:
    """ "new ticket - company portal on my mac stuck on 'verifying' forever": after the command,
    the quote is what a message on the screen says, inside the sentence that tells the problem
    (words lead to it); "new ticket: 'printer jams'" is described by its quote, and so is one
    after fields ("customer: Initech; summary: 'Printer down'")."""
    if not head:
        # "I wish to report that my desk phone displays 'No service' and ...": what a screen
        # says, inside the sentence
        return bool(_SCREEN_SAYS_RE.search(sc.text, 0, quote.start))
    if head.end() > quote.start:
        return False
    lead = sc.text[head.end() : quote.start]
    return len(re.findall(r"[A-Za-z]{2,}", lead)) >= 3 and not re.search(r"[:;=]", lead)


_SCREEN_SAYS_RE = re.compile(
    r"\b(?:says?|said|saying|shows?|showing|displays?|displaying|reads?|reading|error|message|"
    r"pops?\s+up\s+with|comes?\s+up\s+with|stuck\s+on)\W*$",
    IGNORE_CASE,
)


def _only_quote(sc: Scratch, quote: Span) -> bool:
    rest = sc.text[: quote.start] + sc.text[quote.end :]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 3


def _cut_short_trailing_fields(sc: Scratch, start: int, end: int) -> int:
    """Like cut_trailing_fields, for a problem told in one's own words: a trailing field
    clause is short (", priority high", ", for the Acme Inc customer"); a long rest is still
    the story ("..., our site in Austin has no internet and the customers can't pay")."""
    cut = cut_trailing_fields(sc, start, end)
    if cut == end:
        # "... screen smashed p2 assign hannah fischer", "... email bouncing low prio": typed
        # in one breath, the fields follow with no comma; only a priority opens such a tail
        bare = _BARE_PRIORITY_TAIL_RE.search(sc.text, start, end)
        cut = bare.start() if bare and bare.start() > start else end
    return cut if len(sc.text[cut:end].split()) <= 6 else end


# A priority said at the end of a problem with no comma before it ("printer jam critical")
# ("the outage is critical", "very urgent" say how bad it is: no field follows)
_BARE_PRIORITY_TAIL_RE = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bbe)(?<!\bvery)(?<!\bso)(?<!\bquite)(?<!\breally)"
    r"(?<!\bnot)(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bmy)(?<!\bseems)(?<!\bgets)\s+"
    r"(?=(?:p[1-5]|(?:low|medium|normal|high)\s+prio(?:rity)?|prio(?:rity)?\s+(?:low|medium|"
    r"normal|high|critical|urgent|p?[1-5])|critical|urgent)\b"
    r"(?:\s+(?:assign|team|agent|for|to|and|prio(?:rity)?)\b|\s+[\w.'-]+){0,5}\W*$)",
    IGNORE_CASE,
)


def cut_trailing_fields(sc: Scratch, start: int, end: int) -> int:
    """End of the free text in [start, end) once trailing field clauses are cut off."""
    match = _FIELD_CLAUSE_RE.search(sc.text, start, end)
    return match.start() if match else end


def _after_separator(
    sc: Scratch, intent: Intent, *, fields: bool, keep_end: bool = False
) -> Span | None:
    separator = find_separator(sc.text, intent.start)
    if not separator:
        return None
    end = len(sc.text)
    if fields:
        end = cut_trailing_fields(sc, separator.end(), end)
    return _region(sc, separator.end(), end, keep_end=keep_end)


def _after(
    sc: Scratch, pattern: re.Pattern[str], start: int, *, fields: bool, keep_end: bool = False
) -> Span | None:
    match = pattern.search(sc.text, start)
    if not match:
        return None
    end = len(sc.text)
    if fields:
        end = cut_trailing_fields(sc, match.end(), end)
    return _region(sc, match.end(), end, keep_end=keep_end)


# --- create: the description -----------------------------------------------------------------

_DESCRIPTION_AFTER_RE = re.compile(
    # ("... has been down since 9am": since when, not why)
    r"\b(?:about|regarding|concerning|re|because|saying|that\s+says|stating|"
    r"since(?!\s+(?:\d|(?:yesterday|today|this|last|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|the\s+(?:\d|weekend|morning|update))\b))|"
    r"with\s+(?:the\s+)?(?:subject|title|summary))\b\s*:?\s*",
    IGNORE_CASE,
)
# A sentence end, but not the dot of "no." / "nr." / "Inc." ("close ticket no. 3115").
_LEADING_CONNECTIVE_RE = re.compile(
    r"^(?:\s*(?:for|about|regarding|concerning|re|that|to|with|because|saying|as|on|is|"
    r"and|at|from|in)\b)+[\s:,-]*",
    IGNORE_CASE,
)


# "on behalf of Lucius Fox, the docking station is dead": the person, a comma, the problem
_ON_BEHALF_COMMA_RE = re.compile(
    rf"^\W*{_ON_BEHALF}(?:«\d+»|[\w.@'-]+)(?:\s+[\w.@'-]+){{0,3}}?\s*,\s*(?=\S)", IGNORE_CASE
)


def ticket_for_lead_end(text: str, intent: Intent) -> int:
    """Where "ticket for X printer jam" told as a problem is described from: its "for" (0 for
    any other problem). Nothing but the lead stands before it, so nothing separates it."""
    lead = TICKET_FOR_LEAD_RE.match(text) if intent.kind == "problem" else None
    return lead.end() if lead else 0


# "ticket for olivia brown, monitor flickers": the person, a comma, the problem
_FOR_NAME_COMMA_RE = re.compile(
    r"^\W*(?:new\s+)?(?:ticket|incident|request)\s+for\s+(?!(?:my|the|a|an|this|that)\b)"
    r"[\w.@'-]+(?:\s+[\w.@'-]+){0,3}?\s*,\s*(?=\S)",
    IGNORE_CASE,
)


# A command whose object is the problem itself: "report a ...", "report that ..."
_OBJECT_FOLLOWS_RE = re.compile(r"\breport\s+(?:a|an|some|that)\s*$", IGNORE_CASE)


def description(sc: Scratch, intent: Intent) -> Span | None:
    """The problem description of a create request (blanks nothing; the caller does)."""
    quote = free_quote(sc)
    head = find_separator(sc.text)
    on_behalf = _ON_BEHALF_COMMA_RE.match(sc.text) or _FOR_NAME_COMMA_RE.match(sc.text)
    if intent.kind in {"problem", "need", "passive"} and on_behalf and not head:
        # ("..., Lucius Fox needs a phone. Service request, low priority": fields end it)
        return _region(sc, on_behalf.end(), cut_trailing_fields(sc, on_behalf.end(), len(sc.text)))
    if (
        intent.kind in {"problem", "need"}
        and head
        and _FIELD_HEAD_RE.match(sc.text[: head.start()])
    ):
        # "for Acme Inc site HQ: new starter needs a laptop": fields first, then the problem.
        return _region(sc, head.end(), len(sc.text))
    if intent.kind in {"problem", "need"} and not (quote and _only_quote(sc, quote)):
        # "... it freezes and then says 'not responding'": a quote inside a description is
        # part of it; only a request that is just a quoted passage is described by it.
        # ("ticket for initech main office ...": the words from "for" on, see TICKET_FOR_LEAD_RE)
        start = ticket_for_lead_end(sc.text, intent)
        end = _cut_short_trailing_fields(sc, start, len(sc.text))
        span = _region(sc, start, end)
        return Span(strip_polite(span.value), span.start, span.end) if span else None
    if quote and not _quote_inside_sentence(sc, quote, head):
        return quote
    separator = find_separator(sc.text)
    after = _after_separator(sc, intent, fields=True)
    if separator and separator.end() <= intent.start:
        # "Globex, Cypress Creek - new ticket: printer offline": a name heads the command
        named = after or _after_comma(sc, intent)
        if named and only_a_name(sc.text[: separator.start()]):
            return named
        middle = _region(sc, separator.end(), intent.start)
        # ("Umbrella Health, Laboratory site - ...", "Wayne Foundation called: ...")
        head_text = sc.text[: separator.start()]
        place = re.sub(r"\s+site\W*$", "", head_text, flags=IGNORE_CASE)
        relayed = _RELAYED_END_RE.search(place)  # ("Umbrella Health's lab writes: ...")
        if relayed:
            place = place[: relayed.start()]
        # ("globex cypress creek: UPS beeping, pls log it": typed in lower case, names too)
        # ("Acme warehouse: handheld scanners drop off, raise a ticket": a short name, no thing)
        lower_name = (
            words_ok(place) and len(place.split()) <= 5 and not THING_RE.search(place)
        ) and (place == place.lower() or place[:1].isupper())
        if not named and middle and (only_a_name(place) or relayed or lower_name):
            # "Umbrella Health, Laboratory site - the fridge monitor is offline, please log
            # it": the name, then the problem, the command last
            value = strip_polite(middle.value)  # (its polite tail: "please", "can you")
            return Span(value, middle.start, middle.end) if value else None
    if (
        separator
        and separator.end() <= intent.start
        and not _FIELD_HEAD_RE.match(sc.text[: separator.start()])
    ):
        # "The printer is jammed - please log a ticket": the head is the description.
        span = _region(sc, 0, separator.start())
        return Span(strip_polite(span.value), span.start, span.end) if span else None
    if not after and _OBJECT_FOLLOWS_RE.search(sc.text, intent.start, intent.end):
        # "I would like to report a suspicious e-mail ... . I have not clicked anything.": what
        # is reported follows the verb in its own sentence (the leftover after the command)
        return None
    return (
        after
        or _after(sc, SENTENCE_END_RE, intent.end, fields=True)
        or _after(sc, _DESCRIPTION_AFTER_RE, intent.end, fields=True)
    )


_RELAYED_END_RE = re.compile(rf"\s+(?:{RELAYING_VERBS}|called|rang|phoned)\W*$", IGNORE_CASE)


def _after_comma(sc: Scratch, intent: Intent) -> Span | None:
    """ "Umbrella Health, Head Office: new ticket, switch beeping": the text after the command
    and a comma (only when a name heads the command, see `description`)."""
    comma = re.match(r"\s*,\s*", sc.text[intent.end :])
    return _region(sc, intent.end + comma.end(), len(sc.text)) if comma else None


def leftover_description(sc: Scratch, start: int) -> Span | None:
    """After fields were taken from sc.text[start:], what is left is the description
    ("Log a ticket for customer Contoso the printer is broken")."""
    rest = sc.text[start:]
    words = re.sub(r"¦+", " ", rest)
    words = _LEADING_CONNECTIVE_RE.sub("", words)
    value = clean_fragment(sc.doc.restore(words))
    if len(re.findall(r"[A-Za-z]{2,}", value)) < 2:
        return None
    return Span(strip_polite(value), start, len(sc.text))


_TICKET_REF_ONLY_RE = re.compile(
    r"\b(?:ticket\s*(?:no\.?|number)?\s*#?\s*\d+|#\s*\d+|\d+|(?:my|the|this)\s+"
    r"(?:[\w-]+\s+){0,2}?ticket)\b",
    IGNORE_CASE,
)


# The words of a wish around a ticket reference ("I'd like ticket 3115 to be reopened").
_WISH_WORDS = words("""
    i we i'd we'd i'll would like need want wants needs get have please pls can could you
    someone somebody kindly to be it this that one so just also
""")


def prefix_description(sc: Scratch, intent: Intent) -> Span | None:
    """ "My monitor flickers, can you raise a ticket": the text before the command
    (at least two words besides a ticket reference)."""
    span = _region(sc, 0, intent.start)
    if not span:
        return None
    value = strip_polite(span.value)
    rest = _TICKET_REF_ONLY_RE.sub(" ", value).split()
    if len(rest) < 2 or all(w.lower() in _WISH_WORDS for w in rest):
        return None  # "I need the ticket 3115 reopened": only the wish, no description
    return Span(value, span.start, span.end)


# --- add_note: the note text ---------------------------------------------------------------

_NOTE_AFTER_RE = re.compile(
    r"\b(?:saying|that\s+says|which\s+says|stating|reading|to\s+say|with\s+the\s+text|"
    r"with\s+text|with|that)\b\s*:?\s*",
    IGNORE_CASE,
)
_TELL_LEAD_RE = re.compile(
    r"\s*(?:know\s+)?(?:(?:(?:whoever\s+|who\s+|who's\s+|that's\s+)?(?:on|about|for|of|in|with|(?:is\s+)?working\s+on|"
    r"(?:is\s+)?looking\s+at|has|is\s+on|handles|"
    r"is\s+handling|handling|dealing\s+with|looking\s+after|responsible\s+for|who\s+(?:has|handles|"
    r"is\s+on|owns))\s+"
    r"(?:ticket\s*#?\s*\d+|#\s*\d+|\d+|(?:my|the|this|that)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case)"
    # "on my ticket about the VPN dropping at home that ...": what it is about, then the news
    r"(?:\s+(?:about|for|re|regarding)\s+[^,:;.]{1,60}?(?=\s+(?:know\s+)?that\b))?)|"
    # "FYI 3042 still drops"
    r"(?:ticket\s*#?\s*\d+|#\s*\d+|\d{3,10}))\s*[:,-]?\s*)?(?:know\s+)?(?:that\s+|to\s+|:\s*)?",
    IGNORE_CASE,
)


# "add note 3042 the vpn dropped twice": the words after the ticket number are the note.
_NOTE_AFTER_TICKET_RE = re.compile(
    r"\s*(?:(?:to|on|for|in)\s+)?(?:(?:ticket\s*)?(?:#\s*)?\d+|"
    # "note on my outlook ticket it also happens on webmail"
    r"(?:(?:my|the|this)\s+(?:[\w-]+\s+){0,3}?|(?!(?:to|on|for|in|a|an)\b)[\w-]+\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:ticket|request|case)(?!\s*#?\s*\d))(?:\s*,)?\s+(?=\S)",  # ("note for ticket 3076, ...")
    IGNORE_CASE,
)


# Right after "add a note": the clause that says what it asks or tells, maybe after the ticket
_NOTE_CLAUSE_RE = re.compile(
    r"\s*(?:(?:to|on|in|for)\s+(?:(?:ticket\s*)?#?\s*\d{3,10}|(?:my|the|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ticket|request|case))\s+)?(?:(?:saying|to\s+say|stating|to\s+state)\s+(?:that\s+)?|"
    r"(?=(?:asking|requesting|explaining|mentioning|confirming|reminding|to\s+(?:ask|request|explain|"
    r"mention|confirm|remind))\b))",
    IGNORE_CASE,
)
# "note: 3131 - I'm away next week": the ticket opens the note's text; it is not said in it
_LEADING_TICKET_RE = re.compile(
    r"\s*(?:ticket\s*)?#?\s*\d{3,10}\s*(?::|,|\s-\s)\s*(?=\S)", IGNORE_CASE
)


def note_text(sc: Scratch, intent: Intent) -> Span | None:
    span = _note_text(sc, intent)
    leading = _LEADING_TICKET_RE.match(sc.text, span.start) if span else None
    if span and leading and leading.end() < span.end:
        span = _region(sc, leading.end(), span.end, keep_end=True)
    trailing = _TRAILING_TICKET_RE.search(span.value) if span and span.value else None
    outside = sc.text[: span.start] + " " + sc.text[span.end :] if span else ""
    if (
        span
        and trailing
        and trailing.start() > 0
        and not _QUOTE_RE.fullmatch(span.value)
        and not _TICKET_NAMED_RE.search(outside)
    ):
        # "... the error code is 0x800CCC0E to my outlook ticket": the ticket is not the note
        value = span.value[: trailing.start()].rstrip(" ,")
        end = sc.text.rfind(sc.doc.restore(trailing.group(0)).strip(), span.start)
        return Span(value, span.start, end if end > span.start else span.end)
    return span


_TICKET_NAMED_RE = re.compile(r"\b(?:tickets?|cases?|requests?)\b|#\s*\d|\b\d{3,}\b", IGNORE_CASE)
_TRAILING_TICKET_RE = re.compile(
    r"\s+(?:to|on|in|for|against|re|regarding|about)\s+(?:(?:my|the|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ticket|request|case)|ticket\s*#?\s*\d+|#\s*\d+|\d{3,10})\s*[.!]?$|"
    # "fan also loud at night (ticket 3120)", "I'm home on Wednesday, ticket 3042"
    r"\s*(?:\(\s*|[,;-]\s*)(?:re:?\s+|for\s+|on\s+)?(?:ticket\s*(?:no\.?\s*)?#?\s*\d+|#\s*\d+)\s*\)?\s*[.!]?$",
    IGNORE_CASE,
)


def _quotes_kept(sc: Scratch, span: Span) -> Span:
    """A message with a quoted passage inside keeps the quote marks around it."""
    raw = sc.text[span.start : span.end]
    value = PLACEHOLDER_RE.sub(lambda m: f'"{sc.doc.quotes[int(m.group(1))]}"', raw)
    return Span(clean_fragment(value, keep_end=True), span.start, span.end)


_THAT_RE = re.compile(r"\bthat\s+", IGNORE_CASE)
_SAYING_END_RE = re.compile(r"\b(?:saying|to\s+say|with)\s*$", IGNORE_CASE)
_STATUS_AHEAD_RE = re.compile(STATUS_AHEAD, IGNORE_CASE)


def _note_text(sc: Scratch, intent: Intent) -> Span | None:
    header = TICKET_HEADER_RE.match(sc.text) if intent.kind == "update_with" else None
    if header:  # "For 3131: any news on the delivery?": all that follows the ticket
        return _region(sc, header.end(), len(sc.text), keep_end=True)
    quote = free_quote(sc, intent.start)
    that = _THAT_RE.search(sc.text, intent.end, quote.start) if quote else None
    if quote and (that or intent.kind == "tell"):
        # "add to my outlook ticket that I now get a 'need password' banner": the quote is a
        # part of the message, not all of it
        lead = that or _TELL_LEAD_RE.match(sc.text, intent.end)
        told = _region(sc, lead.end() if lead else intent.end, len(sc.text), keep_end=True)
        if told and len(told.value) > len(quote.value) + 2:
            return _quotes_kept(sc, told)
    span = _after_separator(sc, intent, fields=False, keep_end=True)
    if quote and span and span.start <= quote.start and len(span.value) > len(quote.value) + 2:
        return _quotes_kept(sc, span)  # "note on 3115: the popup says 'enter password' hourly"
    if quote:
        return quote
    if span:
        return span
    if intent.kind == "tell":
        lead = _TELL_LEAD_RE.match(sc.text, intent.end)
        start = lead.end() if lead else intent.end
        return _region(sc, start, len(sc.text), keep_end=True)
    saying = _SAYING_END_RE.search(sc.text, intent.start, intent.end)
    if (
        intent.kind == "update_with"
        and saying
        and not _STATUS_AHEAD_RE.match(sc.text, saying.start())
    ):
        # "update my outlook ticket saying it works on webmail": the cue ends at "saying"
        # ("update 3055 status with supplier": "with" opens the status)
        return _region(sc, intent.end, len(sc.text), keep_end=True)
    clause = _NOTE_CLAUSE_RE.match(sc.text, intent.end) if not intent.kind else None
    if clause:  # "add a note asking if there's an eta": the clause is what the note says
        return _region(sc, clause.end(), len(sc.text), keep_end=True)
    span = _after(sc, _NOTE_AFTER_RE, intent.end, fields=False, keep_end=True)
    after_ticket = _NOTE_AFTER_TICKET_RE.match(sc.text, intent.end)
    if span is None and after_ticket:
        span = _region(sc, after_ticket.end(), len(sc.text), keep_end=True)
    if span is None and not intent.kind and _ID_FIRST_RE.match(sc.text, 0, intent.start):
        # "3055 add note vendor escalated": the ticket first, the words after the command
        span = _region(sc, intent.end, len(sc.text), keep_end=True)
    return span


_ID_FIRST_RE = re.compile(r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s*[,:-]?\s*$", IGNORE_CASE)


# A note asked for inside another request: "... and add a visible note summarising the fix".
SECONDARY_NOTE_RE = re.compile(
    r"(?:\b(?:and|then|also|plus)\s+|[,;&]\s*)(?:please\s+)?(?:add|leave|put|post|write|include|"
    r"log|attach|adding|leaving|posting|writing|including)\s+(?:(?:a|an|the|this|one)\s+)?(?:[\w-]+\s+){0,3}?(?:note|comment|update)s?\b"
    r"|\bwith\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:note|comment)s?\b"
    # "... and post a summary of the fix as a visible note"
    r"|(?:\b(?:and|then|also|plus)\s+|[,;&]\s*)(?:please\s+)?(?:add|post|write|leave|include|"
    r"put)\s+(?:a|the)\s+(?:short\s+|brief\s+|quick\s+)?(?:summary|recap)\b",
    IGNORE_CASE,
)
_NOTE_TEXT_LEAD_RE = re.compile(
    r"\s*(?:(?:to|on)\s+(?:it|the\s+ticket)\s*)?(?::\s*|-\s+|saying\s+|that\s+says\s+|"
    r"stating\s+|reading\s+|of\s+(?=«))",
    IGNORE_CASE,
)


def secondary_note(sc: Scratch) -> tuple[Span, Span | None] | None:
    """(the whole note clause, its text if given). The clause is blanked by the caller."""
    match = SECONDARY_NOTE_RE.search(sc.text)
    if not match:
        return None
    clause = Span(sc.text[match.start() :], match.start(), len(sc.text))
    quote = free_quote(sc, match.start())
    if quote:
        return clause, quote
    lead = _NOTE_TEXT_LEAD_RE.match(sc.text, match.end())
    return clause, (_region(sc, lead.end(), len(sc.text), keep_end=True) if lead else None)


# --- resolve: the reason -------------------------------------------------------------------

_BECAUSE_RE = re.compile(
    r"(?:,\s*|\s+)(?:because|since|as|cause|'cause|cos|coz|now\s+that|given\s+that)\s+", IGNORE_CASE
)
_COMMA_RE = re.compile(r"[,;]\s*")


def resolve_reason(sc: Scratch, intent: Intent) -> Span | None:
    quote = free_quote(sc)
    if quote:
        return quote
    if intent.kind == "statement":
        span = _region(sc, 0, len(sc.text))
        return Span(strip_polite(span.value), span.start, span.end) if span else None
    span = _after_separator(sc, intent, fields=False, keep_end=True)
    if not span:
        span = _after(sc, _BECAUSE_RE, intent.end, fields=False, keep_end=True)
        if span:
            span = _comma_before(sc, intent, span) or span
    span = span or _after(sc, SENTENCE_END_RE, intent.end, fields=False, keep_end=True)
    if span:
        # A reason keeps its "?" or "!" (they change what it says); a plain full stop goes.
        value = span.value[:-1] if re.search(r"(?<!\.)\.$", span.value) else span.value
        return Span(value, span.start, span.end)
    comma = _after(sc, _COMMA_RE, intent.end, fields=False)
    if comma and len(strip_polite(comma.value).split()) >= 2:
        return Span(strip_polite(comma.value), comma.start, comma.end)
    return prefix_description(sc, intent)


def _comma_before(sc: Scratch, intent: Intent, span: Span) -> Span | None:
    """ "close ticket 3150, the Teams camera works since the update": the clause after the
    comma is the reason, and its "since" is part of it."""
    comma = _COMMA_RE.search(sc.text, intent.end)
    if not comma or comma.end() >= span.start:
        return None
    region = _region(sc, comma.end(), len(sc.text), keep_end=True)
    if region and len(strip_polite(region.value).split()) >= 2:
        return Span(strip_polite(region.value), region.start, region.end)
    return None
