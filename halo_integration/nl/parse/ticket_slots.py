"""Slot extractors about the ticket itself: priority, status, open/closed filters, which ticket
(ids or a description), when it was opened, whose it is; and `extract_fields`, which runs every
field extractor in its dependency order (see `slots`)."""

from __future__ import annotations

import re
from typing import Any

from .cue_parts import STATUS_AHEAD
from .names import BLANK, SEARCH_STOPS, STATUS_STOPS, take_name, words_ok
from .slots import (
    IGNORE_CASE,
    TOK,
    Scratch,
    extract_agent,
    extract_assignee,
    extract_client,
    extract_email_user,
    extract_ids,
    extract_owner,
    extract_product,
    extract_site,
    extract_team,
    extract_user,
    take_id,
)
from .text import words

# --- priority and status ------------------------------------------------------------------

PRIORITY_WORDS = (
    r"(?:very\s+high|very\s+low|low|lowest|medium|normal|moderate|standard|high|highest|"
    r"critical|urgent|emergency|top|minor|major|severe)"
)
_PVALUE = r"(?:(?:very|extra|super|really)\s+[a-z]+|p\s?[0-9]\b|[0-9]\b|[a-z]+)"
_PRIORITY_RES = (
    re.compile(
        rf"\bpriority\s*(?:level\s*)?(?:{BLANK}+\s*)?(?:of|to|=|:|is|as|at|-(?=\S))?\s*"
        rf"(?:to\s+|be\s+)?({_PVALUE})",
        IGNORE_CASE,
    ),
    re.compile(
        rf"\bpriority\s+(?:of|for|on)\s+[^,.;¦]{{1,40}}?\s+(?:to|as)\s+({_PVALUE})", IGNORE_CASE
    ),
    re.compile(rf"\b({PRIORITY_WORDS}|p\s?[0-9])\s+priority\b", IGNORE_CASE),
    re.compile(
        r"\b(?:bump|raise|lower|increase|decrease|escalate|downgrade|upgrade|set|change)\b"
        rf"[^,.;]{{0,40}}?\bto\s+({PRIORITY_WORDS})\b",
        IGNORE_CASE,
    ),
    re.compile(r"(?<![\w-])(p[1-5])\b", IGNORE_CASE),
    # "make 3160 critical", "make it a P1"
    re.compile(
        rf"\bmake\s+(?:{BLANK}+|it|this|that)\s+(?:an?\s+)?({PRIORITY_WORDS}|p[1-5])\b", IGNORE_CASE
    ),
    # "3012 to critical": the ticket (blanked) and its new priority
    re.compile(
        rf"^\W*(?:ticket\s*)?#?\s*{BLANK}+\s+(?:to|->|=>|=)\s+({PRIORITY_WORDS})\b", IGNORE_CASE
    ),
)
_BARE_URGENT_RE = re.compile(r"\b(urgent|emergency)(?:ly)?\b", IGNORE_CASE)
_PRIORITY_NOT_VALUES = words(
    "of the my this that it ticket tickets to and for on a an is be please"
)


def _clean_priority(value: str) -> str:
    value = re.sub(r"\s+", " ", value.strip())
    return value.replace(" ", "").upper() if re.fullmatch(r"p\s?\d", value, IGNORE_CASE) else value


def extract_priority(sc: Scratch, slots: dict[str, Any], *, bare_urgent: bool) -> None:
    for pattern in _PRIORITY_RES:
        for match in pattern.finditer(sc.text):
            value = match.group(1)
            if value.lower() in _PRIORITY_NOT_VALUES:
                continue
            slots["priority"] = _clean_priority(value)
            sc.blank(match.start(), match.end())
            return
    if bare_urgent:
        urgent = _BARE_URGENT_RE.search(sc.text)
        if urgent:
            slots["priority"] = urgent.group(1).lower()
            sc.blank(urgent.start(), urgent.end())


# Whatever names the ticket between a verb and its complement ("mark ticket 3115 as ...");
# it may already be blanked by the ticket extractor.
_TICKET_OBJECT = r"[^,.;:]{1,40}?"
_STATUS_AFTER_RES = (
    re.compile(r"\bstatus\s*(?:to|=|:|as|is)\s*(?:to\s+)?", IGNORE_CASE),
    re.compile(
        r"\b(?:set|change|update|move|switch|put)\s+(?:the\s+)?status\s+"
        r"(?:of\s+[^,;]{1,30}?\s+)?(?:to|as)\s+",
        IGNORE_CASE,
    ),
    re.compile(r"\b(?:with|in|having)\s+(?:a\s+|the\s+)?status\s+(?:of\s+)?", IGNORE_CASE),
    re.compile(rf"\bmark\s+(?:{_TICKET_OBJECT}\s+)?as\s+(?:the\s+)?", IGNORE_CASE),
    re.compile(rf"\b(?:move|set|change|switch)\s+{_TICKET_OBJECT}\s+to\s+status\s+", IGNORE_CASE),
)
_STATUS_BEFORE_RE = re.compile(
    rf"\b(?:in|with)\s+(?:the\s+|a\s+)?((?:{TOK}\s+){{1,3}}?)status\b", IGNORE_CASE
)
_ON_HOLD_RE = re.compile(r"\bon\s+hold\b", IGNORE_CASE)
# "put 3099 in progress": a status named right after the ticket, with no "status" word
_STATUS_AFTER_TICKET_RE = re.compile(
    rf"\b(?:put|set|mark|move)\s+{BLANK}+\s+(?:to\s+|as\s+)?" + STATUS_AHEAD,
    IGNORE_CASE,
)
# "reopen 3150", "open again 3150", "open 3150 again"
_REOPEN_RE = re.compile(
    rf"\bre-?open(?:ed)?\b|\bopen\s+(?:(?:it|ticket|{BLANK}+|#?\s*\d{{3,}})\s+){{0,2}}again\b",
    IGNORE_CASE,
)
# Flag words are handled by open_only/closed_only, not as a status name.
_FLAG_STATUSES = words("open closed resolved completed complete done finished")


def _take_status(sc: Scratch, pattern: re.Pattern[str]) -> str:
    # "for" may be part of a status ("Waiting for Parts") but not its last word
    # ("In Progress for ticket 3115").
    status = sc.take_after(pattern, stops=STATUS_STOPS)
    return re.sub(r"(?:\s+(?:for|on|with|to))+$", "", status, flags=IGNORE_CASE)


def extract_status(sc: Scratch, slots: dict[str, Any]) -> None:
    for pattern in _STATUS_AFTER_RES:
        status = _take_status(sc, pattern)
        if status and status.lower() not in _FLAG_STATUSES:
            slots["status"] = status
            return
    status = sc.take_group(_STATUS_BEFORE_RE, stops=STATUS_STOPS) or _take_status(
        sc, _STATUS_AFTER_TICKET_RE
    )
    if status and status.lower() not in _FLAG_STATUSES:
        slots["status"] = status
    elif sc.take_flag(_ON_HOLD_RE):
        slots["status"] = "on hold"
    elif sc.take_flag(_REOPEN_RE):
        slots["status"] = "open"


# --- open / closed filters ----------------------------------------------------------------

_CLOSED = r"(?:closed|resolved|completed|complete|finished|done|solved)"
_NOT_CLOSED_RE = re.compile(
    r"\b(?:not|isn't|isnt|aren't|arent|wasn't|never|non|excluding|except|other\s+than)"
    r"[\s-]+(?:yet\s+)?(?:(?:in|been)\s+)?(?:a\s+|the\s+|any\s+)?" + _CLOSED + r"\b",
    IGNORE_CASE,
)
_NOT_OPEN_RE = re.compile(r"\b(?:not|isn't|aren't|no\s+longer)\s+open\b", IGNORE_CASE)
_OPEN_RE = re.compile(
    # "which tickets did I open": there "open" is what I did, not a state
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)\b(?:open|unresolved|outstanding|unclosed|ongoing|active|current|live|pending|"
    r"still\s+open|in\s+progress)\b(?!\s+(?:a|an|new)\b)",
    IGNORE_CASE,
)
_CLOSED_RE = re.compile(r"\b" + _CLOSED + r"\b", IGNORE_CASE)


def extract_open_closed(sc: Scratch, slots: dict[str, Any]) -> None:
    """List filters: negations first, so "isn't in a closed status" means open."""
    if sc.take_flag(_NOT_CLOSED_RE):
        slots["open_only"] = True
    elif sc.take_flag(_NOT_OPEN_RE) or sc.take_flag(_CLOSED_RE):
        slots["closed_only"] = True
    elif sc.take_flag(_OPEN_RE):
        slots["open_only"] = True


# --- the ticket a request is about --------------------------------------------------------

_TICKET_ID_RES = (
    re.compile(
        r"\b(?:ticket|case|call|incident|request|job|ref|reference)s?\s*"
        r"(?:no\.?|nr\.?|number|num|id|ref)?\s*[:#]?\s*(\d+)\b",
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
    r"users?|people|pages?|gb|mb|tb|kb|%|seconds?|secs?|st|nd|rd|th)\b",
    IGNORE_CASE,
)
_HINT_RE = re.compile(
    r"(?:\b(?P<det>my|the|this|that|our|a|an)|(?<![\w'])(?!(?:it|that|what|there|here|who|where|he|she|let|today|yesterday|one|everyone)'s)"
    r"(?P<owner>[a-z]+)'s)\s+"
    r"(?P<words>(?:[\w&'./+-]+\s+){0,4}?)"
    r"(?:ticket|case|call|request|incident|issue|problem)\b(?!s|\s*(?:types?\b|#|\d))",
    IGNORE_CASE,
)
_ABOUT_RE = re.compile(
    r"\b(?:ticket|case|request|issue|call|one)(?:\s+(?:i|we)\s+(?:opened|raised|logged|"
    r"submitted|created|reported))?(?:\s+(?:yesterday|today|earlier|recently|last\s+week))?"
    r"\s+(?:about|regarding|concerning|re|on|"
    r"related\s+to|for)\s+(?:the\s+|my\s+|our\s+|a\s+)?",
    IGNORE_CASE,
)
_PRONOUN_REF_RE = re.compile(r"\b(?:it|this\s+one|that\s+one)\b", IGNORE_CASE)
# Words in "my ___ ticket" that say which state, not what it is about.
_STATE_WORDS = words("""
    open opened current existing latest last recent most new old active outstanding pending
    only one support helpdesk it other unresolved ongoing single remaining
    """)
_OPEN_STATE_WORDS = words("open current active outstanding pending unresolved ongoing")


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
        ["put", "in"], ["what", "about"], ["how", "about"],
    ):  # fmt: skip
        return True  # "did anyone look at 3131": a ticket, not a time
    if len(match.group(1)) >= 3 and _TICKET_VERB_AFTER_RE.match(text, match.end()):
        return True  # "how long until 3131 is done": a ticket that is something, not a time
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
        ids = list(dict.fromkeys(int(n) for n in re.findall(r"\d{3,}", match.group(0))))
        if len(ids) < 2:
            continue
        slots["ticket_ids"] = ids
        sc.blank(match.start(), match.end())
        return True
    return False


def extract_ticket_id(sc: Scratch, slots: dict[str, Any], *, bare_ok: bool) -> None:
    if extract_ticket_ids(sc, slots):
        return
    ticket_id = take_id(sc, _TICKET_ID_RES)
    if ticket_id is None and bare_ok:
        bare = [m for m in _BARE_NUMBER_RE.finditer(sc.text) if _number_is_ticket(sc.text, m)]
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
        if all(w.lower() in _STATE_WORDS or words_ok(w, SEARCH_STOPS) for w in words):
            return match
        pos = match.start() + 1
    return None


# "about my monitor", "with my vpn": the thing a request is about, at its end
_MY_THING_RE = re.compile(
    r"\b(?:about|on|with|for|regarding|re)\s+(?:my|our)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s*[?.!]*\s*$",
    IGNORE_CASE,
)


def extract_ticket_hint(sc: Scratch, slots: dict[str, Any]) -> None:
    """Describe the ticket when no number is given: "my VPN ticket" -> hint "VPN", mine.

    State words ("open", "latest") are not part of the hint; "open" sets open_only. A bare
    "the ticket" / "it" gives an empty hint: a ticket is meant, the resolver must pick it.
    """
    if "ticket_id" in slots or "ticket_ids" in slots:
        return
    match = _first_hint(sc.text)
    about = _ABOUT_RE.search(sc.text)
    words: list[str] = []
    if match:
        raw = match.group("words").split()
        if (match.group("det") or "").lower() in {"my", "our"}:
            slots["mine"] = True
        if any(w.lower() in _OPEN_STATE_WORDS for w in raw):
            slots["open_only"] = True
        words = [w for w in raw if w.lower() not in _STATE_WORDS]
    topic = ""
    if about:
        topic, end = take_name(sc.text, about.end())
        if topic:
            words.append(topic)
            sc.blank(about.start(), end)
    if match:
        sc.blank(match.start(), match.end())
    my_thing = None if words else _MY_THING_RE.search(sc.text)
    if my_thing:  # "any news about my monitor?", "the issue with my printer": the thing
        slots["ticket_hint"] = sc.doc.restore(my_thing.group(1))
        slots["mine"] = True
        sc.blank(my_thing.start(), my_thing.end())
    elif match or topic:
        slots["ticket_hint"] = sc.doc.restore(" ".join(words)).strip()
    elif _PRONOUN_REF_RE.search(sc.text):
        slots["ticket_hint"] = ""


# --- when a ticket was opened (list filters) -----------------------------------------------

_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_OPENED_VERB = r"(?:(?:were|was|been|I|I've|I\s+have|we)\s+)?(?:opened|raised|logged|created|submitted|reported|made)"
_OPENED_RES = (
    # "in the last 7 days", "from the past 3 days", "opened over the last 2 weeks"
    (
        re.compile(
            rf"(?:\b{_OPENED_VERB}\s+|\b(?:from|since|within|over|during)\s+)?(?:in\s+)?"
            r"(?:the\s+)?\b(?:last|past)\s+(\d{1,3})\s+(days?|weeks?)\b",
            IGNORE_CASE,
        ),
        "count",
    ),
    (
        re.compile(
            rf"(?:\b{_OPENED_VERB}\s+|\b(?:from|since|during)\s+)?(?:in\s+)?\b(this|last)\s+"
            r"(week|month)\b",
            IGNORE_CASE,
        ),
        "period",
    ),
    (
        re.compile(
            rf"(?:\b{_OPENED_VERB}\s+|\bfrom\s+)?(?:\bsince\s+|\bon\s+)?(?:last\s+)?\b({_WEEKDAYS})\b",
            IGNORE_CASE,
        ),
        "weekday",
    ),
    (
        re.compile(
            rf"(?:\b{_OPENED_VERB}\s+|\b(?:from|since)\s+)?\b(today|yesterday)\b", IGNORE_CASE
        ),
        "day",
    ),
    (
        re.compile(
            rf"(?:\b{_OPENED_VERB}\s+)?\b(?:since|after|from)\s+(\d{{4}}-\d{{2}}-\d{{2}})\b",
            IGNORE_CASE,
        ),
        "date",
    ),
)


def extract_opened(sc: Scratch, slots: dict[str, Any]) -> None:
    """ "opened this week", "since Monday", "from the last 7 days" -> `opened`, a phrase the
    planner turns into dates: "today", "yesterday", "this week", "last week", "this month",
    "last month", a weekday ("monday": since that day), "N days" or an ISO date."""
    for pattern, kind in _OPENED_RES:
        match = pattern.search(sc.text)
        if not match:
            continue
        if kind == "count":
            number, unit = int(match.group(1)), match.group(2).lower()
            days = number * 7 if unit.startswith("week") else number
            value = f"{days} days"
        elif kind == "period":
            value = f"{match.group(1).lower()} {match.group(2).lower()}"
        else:
            value = match.group(1).lower()
        slots["opened"] = value
        sc.blank(match.start(), match.end())
        return


# --- who and how --------------------------------------------------------------------------

_MINE_RE = re.compile(
    r"\b(?:my|mine|our)\b|\bI(?:'ve|\s+have)?\s+(?:ever\s+)?(?:opened|raised|logged|submitted|"
    r"created|reported|filed|lodged|sent|made)\b|\b(?:do|did|have)\s+I\b|\bI\s+(?:have|own)\b|"
    r"\b(?:opened|raised|logged|submitted|created|reported|filed)\s+by\s+me\b|"
    r"\b(?:waiting|pending)\s+(?:on|for)\s+me\b|\b(?:open|outstanding|pending)\s+for\s+me\b",
    IGNORE_CASE,
)
_HIDDEN_RE = re.compile(
    r"\b(?:not\s+visible|invisible|hidden|hide|private|privately|internal|internally|"
    r"(?:user|customer|client|requester)\s+(?:can't|cannot|can\s+not|won't|shouldn't|must\s+not)\s+"
    r"see|"
    r"confidential|staff[- ]only|agents?[- ]only|tech[- ]only)\b",
    IGNORE_CASE,
)
_VISIBLE_RE = re.compile(
    r"\b(?:visible|public|publicly|customer[- ]facing|user[- ]facing|shared|"
    r"(?:that|which)\s+the\s+(?:user|customer|client)\s+can\s+see|"
    r"(?:reply|respond|answer|write\s+back)\s+to\s+the\s+(?:user|customer|client|requester|caller))\b",
    IGNORE_CASE,
)


def is_mine(text: str) -> bool:
    return bool(_MINE_RE.search(text))


def hidden_from_user(text: str) -> bool | None:
    """True for a hidden/private/internal note, False for visible/public, None if unsaid."""
    if _HIDDEN_RE.search(text):
        return True
    if _VISIBLE_RE.search(text):
        return False
    return None


def extract_fields(sc: Scratch, slots: dict[str, Any], *, owner: bool, bare_urgent: bool) -> None:
    """Run the field extractors in their dependency order (see module docstring)."""
    extract_product(sc, slots)
    extract_ids(sc, slots)
    extract_site(sc, slots)
    extract_client(sc, slots)
    extract_user(sc, slots)
    extract_team(sc, slots)
    extract_agent(sc, slots)
    extract_assignee(sc, slots)
    extract_priority(sc, slots, bare_urgent=bare_urgent)
    extract_status(sc, slots)
    extract_email_user(sc, slots)
    if owner:
        extract_owner(sc, slots)
