"""Which ticket a request is about: ticket numbers (one, or several at once) and, when no
number is given, the words that describe it ("my VPN ticket", "the Teams camera one")."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from halo_integration.values import in_halo_range

from .cue_parts import MEASURE_AFTER, THING_RE
from .names import NAME_STOPS, SEARCH_STOPS, take_name, words_ok
from .slots import IGNORE_CASE, Scratch, take_id
from .text import words

# --- the ticket a request is about --------------------------------------------------------

_TICKET_ID_RES = (
    re.compile(
        r"\b(?:ticket|case|call|incident|request|job|ref|reference)s?\s*"
        r"(?:no\.?|nr\.?|number|num|id|ref)?\s*[:#]?\s*(\d+)\b"
        # "add to my monitor ticket: 27 inch if possible": a size or an amount after the colon
        # is what the note says, not the ticket's number
        rf"(?!{MEASURE_AFTER})",
        IGNORE_CASE,
    ),
    re.compile(r"#\s*(\d+)\b"),
)
_BARE_NUMBER_RE = re.compile(r"(?<![\w#.:/@¦-])(\d{2,})(?![\w%/@-]|[.:]\d)")
# Words after which a bare number is something else (a floor, a time, an error code ...).
_NOT_TICKET_BEFORE = words("""
    customer client agent technician site user team id priority p floor room ext extension
    version v build port code error since before after until at by in last past next every
    around about over under than within top level sev severity tier line step
    """)
_SMALL_VALUE_FIELDS = words("priority p sev severity level tier")
# Before a run of numbers ("looking at 3150 or 3131") only a field name says they are not tickets.
_NOT_A_TICKET_LIST_BEFORE = _NOT_TICKET_BEFORE - words(
    "at by in since before after until about around over under within"
)
_NOT_TICKET_AFTER = re.compile(
    r"\s*(?:am|pm|a\.m|p\.m|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|"
    r"users?|people|pages?|gb|mb|tb|kb|%|seconds?|secs?|st|nd|rd|th)\b|" + MEASURE_AFTER,
    IGNORE_CASE,
)
_HINT_RE = re.compile(
    r"(?:\b(?P<det>my|the|this|that|our|a|an)|(?<![\w'])(?!(?:it|that|what|there|here|who|where|he|she|let|today|yesterday|one|everyone)'s)"
    r"(?P<owner>[a-z]+)'s)\s+"
    r"(?P<words>(?:[\w&'./+-]+\s+){0,4}?)"
    r"(?P<noun>ticket|case|call|request|incident|issue|problem|one|thing|stuff)\b(?!s|\s*(?:types?\b|#|\d))",
    IGNORE_CASE,
)
# A ticket described with no "my" or "the": "vpn ticket status?", "status of outlook ticket",
# "close vpn one". Its words start the request, or follow one of _BARE_HINT_AFTER.
_BARE_NOUN_RE = re.compile(
    r"\b(?:ticket|case|request|incident|issue|problem|one)\b(?!s|\s*(?:types?\b|#|\d))",
    IGNORE_CASE,
)
_BARE_HINT_AFTER = words("""
    of on with for about re regarding to in at from close resolve reopen cancel show check view
    see update chase find get read is was has did any please me
    """)
_TOKEN_RE = re.compile(r"[\w&'./+-]+|[^\w\s]")
_ABOUT_RE = re.compile(
    r"\b(?:ticket|case|request|issue|call|one|thing|stuff)(?:\s+(?:i|we)\s+(?:opened|raised|logged|"
    r"submitted|created|reported))?(?:\s+(?:yesterday|today|earlier|recently|last\s+week))?"
    r"\s+(?:about|regarding|concerning|re|on(?!\s+(?:hold|behalf)\b)|"
    r"related\s+to|for)\s+(?:the\s+|my\s+|our\s+|a\s+)?",
    IGNORE_CASE,
)
_PRONOUN_REF_RE = re.compile(r"\b(?:it|this\s+one|that\s+one)\b", IGNORE_CASE)
# Words in "my ___ ticket" that say which state, not what it is about ("thing", "stuff": the
# sharepoint thing).
_STATE_WORDS = words("""
    open opened current existing latest last recent most new old active outstanding pending
    only one support helpdesk it other unresolved ongoing single remaining first thing things
    stuff newest oldest earliest
    """)
_OPEN_STATE_WORDS = words("open current active outstanding pending unresolved ongoing")
_NEWEST_WORDS = words("last latest newest recent most")
_OLDEST_WORDS = words("oldest earliest first")
# The capitalised words just before a capitalised owner: "Mia " of "Mia Chen's ticket"
_FIRST_NAMES_RE = re.compile(r"(?<![\w'])((?:(?-i:[A-Z])[\w-]*\s+){1,2})$")
# Words before "'s ticket" that name no person ("the printer's ticket", "today's ticket").
_NOT_OWNERS = words("""
    printer laptop computer team company customer client department office site user manager
    boss colleague week month year morning yesterday today tomorrow
    """)


_TICKET_VERB_AFTER_RE = re.compile(
    r"\s+(?:is|was|gets?|got|has|will|can|should|goes|closes|will\s+be)\s+"
    r"(?:(?:be|been|finally|actually|now)\s+)?(?:done|closed|resolved|fixed|ready|finished|sorted|"
    r"looked|picked|updated|complete|completed)\b",
    IGNORE_CASE,
)


def _number_is_ticket(text: str, match: re.Match[str]) -> bool:
    before = re.findall(r"[A-Za-z]+", text[: match.start()])
    if [w.lower() for w in before[-2:]] in (
        ["look", "at"], ["looked", "at"], ["looking", "at"], ["write", "in"], ["add", "in"],
        ["put", "in"], ["what", "about"], ["how", "about"], ["hand", "over"], ["handing", "over"],
    ):  # fmt: skip
        return True  # "did anyone look at 3131": a ticket, not a time
    if len(match.group(1)) >= 3 and _TICKET_VERB_AFTER_RE.match(text, match.end()):
        return True  # "how long until 3131 is done": a ticket that is something, not a time
    if (
        len(match.group(1)) >= 3
        and len(before) <= 2
        and re.match(r"\s*(?::|\s-\s)", text[match.end() :])
    ):
        return True  # "about 3131: any 24 inch model is fine": the ticket heads the request
    if before and before[-1].lower() == "about" and len(match.group(1)) >= 4:
        # "I haven't heard back about 3131": about a ticket ("about 10 minutes" is a time)
        return not _NOT_TICKET_AFTER.match(text, match.end())
    # a priority or a level is a small number: "change priority 3055 high" names a ticket
    small_field = bool(before) and before[-1].lower() in _SMALL_VALUE_FIELDS
    if (
        before
        and before[-1].lower() in _NOT_TICKET_BEFORE
        and not (small_field and len(match.group(1)) >= 3)
    ):
        return False
    return not _NOT_TICKET_AFTER.match(text, match.end())


# Several tickets at once: "3115 and 3120", "#3042, #3067", "tickets 3005 & 3018".
_ID_ITEM = r"(?:(?:tickets?|cases?|calls?|requests?)\s*)?(?:no\.?\s*|#\s*)?\d{3,}\b"
_ID_LIST_RE = re.compile(
    rf"(?<![\w.:/@-]){_ID_ITEM}(?:\s*(?:,\s*(?:and\s+|or\s+|&\s*)?|&|\+|/|\band\b|\bor\b|"
    # "3115 3042 3089 status": ticket-sized numbers side by side (not "0800 123 456")
    r"(?:(?<=\b[1-9]\d{3})|(?<=\b[1-9]\d{4})|(?<=\b[1-9]\d{5}))(?=\s+#?[1-9]\d{3,5}\b))\s*"
    rf"{_ID_ITEM})+(?![\w%/@-]|[.:]\d)",
    IGNORE_CASE,
)


def extract_ticket_ids(sc: Scratch, slots: dict[str, Any]) -> bool:
    """Two or more ticket numbers in a row become `ticket_ids` (in the order given)."""
    for match in _ID_LIST_RE.finditer(sc.text):
        before = re.findall(r"[A-Za-z]+", sc.text[: match.start()])
        if before and before[-1].lower() in _NOT_A_TICKET_LIST_BEFORE:
            continue
        numbers = (int(n) for n in re.findall(r"\d{3,}", match.group(0)))
        ids = list(dict.fromkeys(n for n in numbers if in_halo_range(n)))
        if len(ids) < 2:
            continue
        slots["ticket_ids"] = ids
        sc.blank(match.start(), match.end())
        return True
    return False


# "About 3042 and 3115 - please add a note to 3115 that ...": of the tickets listed, the one the
# request then names again after "to", "on" or "for"
_ONE_OF_THEM_RE = re.compile(r"\b(?:to|on|for|in)\s+(?:ticket\s*)?#?\s*(\d{3,})\b", IGNORE_CASE)


# "close 3140 dupe of 3110": the second ticket is the one it repeats, not one to act on
_ANOTHER_TICKET_BEFORE_RE = re.compile(
    r"\b(?:(?:a\s+)?(?:dupe|dup|duplicate|copy|repeat)\s+of|same\s+as|see\s+also|"
    r"related\s+to|merged?\s+(?:into|with)|instead\s+of)\s+(?:ticket\s*)?#?\s*$",
    IGNORE_CASE,
)


def extract_ticket_id(sc: Scratch, slots: dict[str, Any], *, bare_ok: bool) -> None:
    if extract_ticket_ids(sc, slots):
        named = {
            m for m in _ONE_OF_THEM_RE.finditer(sc.text) if int(m.group(1)) in slots["ticket_ids"]
        }
        if len({int(m.group(1)) for m in named}) == 1:
            chosen = named.pop()
            slots["ticket_id"] = int(chosen.group(1))
            del slots["ticket_ids"]
            sc.blank(chosen.start(1), chosen.end(1))
        return
    ticket_id = take_id(sc, _TICKET_ID_RES)
    if ticket_id is None and bare_ok:
        bare = [
            m
            for m in _BARE_NUMBER_RE.finditer(sc.text)
            if in_halo_range(int(m.group(1)))
            and _number_is_ticket(sc.text, m)
            and not _ANOTHER_TICKET_BEFORE_RE.search(sc.text, 0, m.start())
        ]
        if len(bare) == 1:
            ticket_id = int(bare[0].group(1))
            sc.blank(bare[0].start(), bare[0].end())
    if ticket_id is not None:
        slots["ticket_id"] = ticket_id


def _first_hint(text: str) -> re.Match[str] | None:
    """The first "<det> words ticket" whose words are a description (matches may overlap:
    "a note to my VPN ticket" fails at "a", succeeds at "my"). Halo nouns are descriptive
    words here ("the Teams camera ticket")."""
    pos = 0
    while match := _HINT_RE.search(text, pos):
        words = match.group("words").split()
        pos = match.start() + 1
        if match.group("noun").lower() == "one" and match.group("det") in {"a", "an"}:
            continue  # "I need a new one" asks for a thing; it names no ticket
        if all(w.lower() in _STATE_WORDS or words_ok(w, SEARCH_STOPS) for w in words):
            return match
    return None


def _bare_hint(text: str) -> tuple[int, int, list[str]] | None:
    """(start, end, words) of a ticket described without a determiner (see _BARE_NOUN_RE):
    up to three describing words right before the noun, back to the request's start, a
    punctuation mark or one of _BARE_HINT_AFTER ("I want to log vpn ticket" has none)."""
    tokens = list(_TOKEN_RE.finditer(text))
    starts = [t.start() for t in tokens]
    for noun in _BARE_NOUN_RE.finditer(text):
        # three describing words and the one before them are all that is looked at
        before = tokens[
            max(0, bisect_left(starts, noun.start()) - 4) : bisect_left(starts, noun.start())
        ]
        described: list[re.Match[str]] = []
        bounded = True
        for token in reversed(before):
            word = token.group(0)
            if not word[0].isalnum() or word.lower() in _BARE_HINT_AFTER:
                break
            if len(described) == 3 or not words_ok(word, SEARCH_STOPS) or word.isdigit():
                bounded = False
                break
            described.append(token)
        if bounded and described:
            words = [t.group(0) for t in reversed(described)]
            return described[-1].start(), noun.end(), words
    return None


# "about my monitor", "with my vpn", "on the sharepoint access": the thing a request is about,
# at its end ("the" only before a thing people have tickets about: "about the delay" is none)
_MY_THING_RE = re.compile(
    r"\b(?:about|on|with|for|regarding|re)\s+(?P<det>my|our|the|[a-z]+'s)\s+((?:[\w-]+\s+){0,4}?[\w-]+)"
    r"(?:[\s,]+(?:please|thanks|thank\s+you|cheers|now|asap|again|today|yet))*[\s?.!:¦-]*$",
    IGNORE_CASE,
)


def _full_owner(text: str, start: int, owner: str) -> str:
    """The whole name of a capitalised owner: "Mia Chen" of "Re Mia Chen's ticket"."""
    first = _FIRST_NAMES_RE.search(text, 0, start) if owner[:1].isupper() else None
    names = first.group(1).split() if first else []
    while names and names[0].lower() in NAME_STOPS:
        names.pop(0)  # "Re", "The", "Hi": no part of the name
    return " ".join([*names, owner])


def extract_ticket_hint(sc: Scratch, slots: dict[str, Any]) -> None:
    """Describe the ticket when no number is given: "my VPN ticket" -> hint "VPN", mine.

    State words ("open", "latest") are not part of the hint; "open" sets open_only. A bare
    "the ticket" / "it" gives an empty hint: a ticket is meant, the resolver must pick it.
    """
    if "ticket_id" in slots or "ticket_ids" in slots:
        return
    match = _first_hint(sc.text)
    bare = None if match else _bare_hint(sc.text)
    about = _ABOUT_RE.search(sc.text)
    words: list[str] = []
    raw = match.group("words").split() if match else bare[2] if bare else []
    if match and (match.group("det") or "").lower() in {"my", "our"}:
        slots["mine"] = True
    owner = match.group("owner") if match else None
    if match and owner and owner.lower() not in _NOT_OWNERS and "user" not in slots:
        # "liam's laptop ticket": that person's ticket ("Mia Chen's": all of the name)
        slots["user"] = _full_owner(sc.text, match.start("owner"), owner)
    if any(w.lower() in _OPEN_STATE_WORDS for w in raw):
        slots["open_only"] = True
    if any(w.lower() in _NEWEST_WORDS for w in raw):
        slots["newest"] = True  # "my last ticket", "the latest one"
    elif any(w.lower() in _OLDEST_WORDS for w in raw):
        slots["oldest"] = True  # "my oldest open ticket", "the first one I raised"
    words = [w for w in raw if w.lower() not in _STATE_WORDS]
    topic = ""
    if about:
        topic, end = take_name(sc.text, about.end())
        if topic:
            words.append(topic)
            sc.blank(about.start(), end)
    if match:
        sc.blank(match.start(), match.end())
    elif bare:
        sc.blank(bare[0], bare[1])
    my_thing = None if words else _MY_THING_RE.search(sc.text)
    det = my_thing.group("det").lower() if my_thing else ""
    if my_thing and det == "the" and not THING_RE.search(my_thing.group(2)):
        my_thing = None
    if my_thing:  # "any news about my monitor?", "the issue with my printer": the thing
        thing = sc.doc.restore(my_thing.group(2))
        # "any news about Mia's laptop?": her laptop, on one of my tickets
        slots["ticket_hint"] = f"{det[:-2]} {thing}" if det.endswith("'s") else thing
        if det in {"my", "our"}:
            slots["mine"] = True
        sc.blank(my_thing.start(), my_thing.end())
    elif match or bare or topic:
        slots["ticket_hint"] = sc.doc.restore(" ".join(words)).strip()
    elif _PRONOUN_REF_RE.search(sc.text):
        slots["ticket_hint"] = ""


def out_of_range_number(text: str) -> str:
    """The first number that cannot be a Halo id: 0, or one too large ("" when none is)."""
    for match in re.finditer(r"\d+", text):
        if not in_halo_range(int(match.group(0))):
            return match.group(0)
    return ""
