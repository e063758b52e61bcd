"""Slot extractors about the ticket itself: priority, status, open/closed filters, when it was
opened, whose it is; and `extract_fields`, which runs every field extractor in its dependency
order (see `slots`). Which ticket is meant is read by `ticket_refs`."""

from __future__ import annotations

import re
from typing import Any

from .cue_parts import SHOULD_BE, STATUS_AHEAD, TERSE_END
from .names import BLANK, STATUS_STOPS
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
        rf"\bpriority\s*(?:level\s*)?(?:(?:of|on|for)\s+(?:ticket\s*)?(?={BLANK}))?(?:{BLANK}+\s*)?"
        # "the priority on 3101 up to P1": which way it moves is no priority
        r"(?:(?:up|down|back)\s+(?=to\b))?"
        rf"(?:of|to|=|:|->|is|as|at|-(?=\S))?\s*"
        rf"(?:to\s+|be\s+|(?:should|must|needs?\s+to)\s+be\s+)?({_PVALUE})",
        IGNORE_CASE,
    ),
    re.compile(
        rf"\bpriority\s+(?:of|for|on)\s+[^,.;¦]{{1,40}}?\s+(?:to|as)\s+({_PVALUE})", IGNORE_CASE
    ),
    re.compile(rf"\b({PRIORITY_WORDS}|p\s?[0-9])\s+priority\b", IGNORE_CASE),
    re.compile(
        r"\b(?:bump|raise|lower|increase|decrease|escalate|downgrade|upgrade|set|change|drop|"
        r"knock|bring|take|push|move|switch|put|turn)\b"
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
        rf"^[^\w{BLANK}]*(?:ticket\s*)?#?\s*{BLANK}++\s+(?:to|->|=>|=)\s+({PRIORITY_WORDS})\b",
        IGNORE_CASE,
    ),
    # "3140 low", "#3099: p1", "3140 critical": the ticket (blanked) and its new priority alone
    re.compile(
        rf"^[^\w{BLANK}]*(?:ticket\s*)?#?\s*{BLANK}++\s*(?:[,:-]\s*)?({PRIORITY_WORDS}|p[1-5])\b"
        r"(?:\s+priority)?[^\w¦]*$",
        IGNORE_CASE,
    ),
    re.compile(
        rf"^[^\w¦]*(?:ticket\s*)?#?\s*{BLANK}+\s*(?:[,:-]\s*)?({PRIORITY_WORDS}){TERSE_END}",
        IGNORE_CASE,
    ),
    # "3110 high and give to daniel": the priority, and the hand-over (blanked) after it
    re.compile(
        rf"^[^\w¦]*(?:ticket\s*)?#?\s*{BLANK}+\s*(?:[,:-]\s*)?({PRIORITY_WORDS}|p[1-5])\s+"
        rf"(?:and|&)\s+{BLANK}+{TERSE_END}",
        IGNORE_CASE,
    ),
    # "critical 3140", "prioritise 3140 as high"
    re.compile(
        rf"^[^\w¦]*({PRIORITY_WORDS})\s+(?:for\s+)?(?:ticket\s*)?{BLANK}+{TERSE_END}", IGNORE_CASE
    ),
    re.compile(
        rf"\bprioriti[sz]e\s+(?:ticket\s*)?{BLANK}+\s+(?:as\s+|to\s+)?({PRIORITY_WORDS}|p[1-5])\b",
        IGNORE_CASE,
    ),
    # "3110 is critical, bump it": the ticket (blanked), then how urgent it is
    re.compile(
        rf"^[^\w¦]*(?:ticket\s*)?#?\s*{BLANK}+\s+is\s+(?:now\s+)?(?:a\s+)?({PRIORITY_WORDS}|p[1-5])\b"
        r"(?=\s*(?:[,.;!]|$|priority\b|now\b))",
        IGNORE_CASE,
    ),
    # "3055 should be critical", "it needs to be P1"
    re.compile(rf"{SHOULD_BE}(?:an?\s+)?({PRIORITY_WORDS}|p[1-5])\b", IGNORE_CASE),
)
_BARE_URGENT_RE = re.compile(r"\b(urgent|emergency)(?:ly)?\b", IGNORE_CASE)
# "printer down, high", "no network, team network, p2", "... offline. Critical", "... won't
# boot. critical, give to Daniel Kim": an admin's list of fields after the problem holds the
# priority alone as one of its items
_LIST_END_PRIORITY_RE = re.compile(
    rf"(?:[,;]|\.(?=\s)|{BLANK})\s*({PRIORITY_WORDS}|p[1-5])(?:\s+prio(?:rity)?)?"
    rf"(?:(?=\s*(?:[,;]|{BLANK}))|{TERSE_END})",
    IGNORE_CASE,
)
_PRIORITY_NOT_VALUES = words(
    "of the my this that it ticket tickets to and for on a an is be please should must needs"
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
        urgent = _LIST_END_PRIORITY_RE.search(sc.text) or _BARE_URGENT_RE.search(sc.text)
        if urgent:
            slots["priority"] = urgent.group(1).lower()
            sc.blank(urgent.start(), urgent.end())


# Whatever names the ticket between a verb and its complement ("mark ticket 3115 as ...");
# it may already be blanked by the ticket extractor.
_TICKET_OBJECT = r"[^,.;:]{1,40}?"
_STATUS_AFTER_RES = (
    re.compile(r"\bstatus\s*(?:to|=|:|as|is)\s*(?:to\s+)?", IGNORE_CASE),
    re.compile(r"\bstatus\s+" + STATUS_AHEAD, IGNORE_CASE),  # "status in progress"
    re.compile(
        r"\b(?:set|change|update|move|switch|put)\s+(?:the\s+)?status\s+"
        r"(?:of\s+[^,;]{1,30}?\s+)?(?:to|as)\s+",
        IGNORE_CASE,
    ),
    re.compile(r"\b(?:with|in|having)\s+(?:a\s+|the\s+)?status\s+(?:of\s+)?", IGNORE_CASE),
    re.compile(rf"\bmark\s+(?:{_TICKET_OBJECT}\s+)?as\s+(?:the\s+)?", IGNORE_CASE),
    re.compile(rf"\b(?:move|set|change|switch)\s+{_TICKET_OBJECT}\s+to\s+status\s+", IGNORE_CASE),
    # shorthand: "3131 status in progress", "set 3110 status with supplier", "status 3131
    # on hold" (the ticket already blanked)
    re.compile(
        rf"(?:^[^\w¦]*|\b(?:set|change|update|put|make)\s+)(?:ticket\s*)?{BLANK}+\s*(?:[,:-]\s*)?"
        r"(?:'s\s+)?status\s+(?:to\s+|as\s+|=\s*)?|"
        rf"^[^\w¦]*(?:(?:set|change|update)\s+)?status\s+(?:(?:of|on|for)\s+)?(?:ticket\s*)?"
        rf"{BLANK}+\s*(?:[,:-]\s*)?(?:(?:to|as|=)\s*)?",
        IGNORE_CASE,
    ),
)
_STATUS_BEFORE_RE = re.compile(
    rf"\b(?:in|with)\s+(?:the\s+|a\s+)?((?:{TOK}\s+){{1,3}}?)status\b", IGNORE_CASE
)
# ("park 3110 for now": put it on hold, in service-desk words)
_ON_HOLD_RE = re.compile(
    rf"\bon\s+hold\b|^[^\w{BLANK}]*park\s+(?=(?:ticket\s*)?#?\s*{BLANK})", IGNORE_CASE
)
# "put 3099 in progress": a status named right after the ticket, with no "status" word
_STATUS_AFTER_TICKET_RE = re.compile(
    # ("set 3042 back to in progress": a status it had before)
    # ("3099 put it with user", "flip it to with supplier": "it" is the ticket named first)
    rf"\b(?:put|set|mark|move|change|switch|flip)\s+(?:{BLANK}+|it)\s+(?:back\s+)?"
    r"(?:to\s+|as\s+|in(?:to)?\s+)?" + STATUS_AHEAD + "|"
    # ("set 3140 to New": the status called New, capitalised as its name)
    rf"\b(?:put|set|mark|move|change|switch)\s+(?:{BLANK}+|it)\s+(?:back\s+)?(?:to|as)\s+"
    r"(?=(?-i:New)\b(?!\s+(?-i:[A-Z])))|"
    # "3160 put in action required": the ticket first, then the verb
    rf"^[^\w{BLANK}]*(?:ticket\s*)?#?\s*{BLANK}++\s*(?:[,:-]\s*)?(?:please\s+)?(?:put|set|mark|move|"
    r"change|switch|flip)\s+(?:back\s+)?(?:to\s+|as\s+|in(?:to)?\s+)?" + STATUS_AHEAD + "|"
    # "3140 should be in progress", "3110 is now with the supplier" (from where the blank starts)
    rf"(?<!{BLANK}){BLANK}+\s+{SHOULD_BE}" + STATUS_AHEAD + "|"
    rf"(?<!{BLANK}){BLANK}+\s+(?:is|are)\s+(?:now\s+)?" + STATUS_AHEAD + "|"
    # "3101 in progress"
    # ("3110 -> with supplier")
    # ("3131 back to In Progress, monitors arrived")
    rf"^[^\w{BLANK}]*(?:ticket\s*)?#?\s*{BLANK}++\s*(?:(?:->|=>|→|[,:-])\s*)?(?:now\s+|(?:back\s+)?to\s+)?"
    + STATUS_AHEAD,
    IGNORE_CASE,
)
# "reopen 3150", "open again 3150", "open 3150 again"
_REOPEN_RE = re.compile(
    rf"\bre-?open(?:ed)?\b|\bopen\s+(?:(?:it|ticket|{BLANK}+|#?\s*\d{{3,}})\s+){{0,2}}again\b",
    IGNORE_CASE,
)
# Flag words are handled by open_only/closed_only, not as a status name.
_FLAG_STATUSES = words("open closed resolved completed complete done finished")


_WITH_WHOM_RE = re.compile(
    r"with\s+(?:the\s+)?(?:user|supplier|customer|client|vendor|third\s+party)\b(?=\s+(?!for\b)\w)",
    IGNORE_CASE,
)


def _take_status(sc: Scratch, pattern: re.Pattern[str]) -> str:
    # "for" may be part of a status ("Waiting for Parts") but not its last word
    # ("In Progress for ticket 3115").
    status = sc.take_after(pattern, stops=STATUS_STOPS)
    # ("put it with user were waiting on michael": who has it is the status, the rest is why)
    held = _WITH_WHOM_RE.match(status)
    if held:
        return held.group(0)
    return re.sub(r"(?:\s+(?:for|on|with|to))+$", "", status, flags=IGNORE_CASE)


def extract_status(sc: Scratch, slots: dict[str, Any]) -> None:
    for pattern in _STATUS_AFTER_RES:
        status = _take_status(sc, pattern)
        if status:
            status = status.lstrip("-> ")  # ("status of 3115 -> Action Required")
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
        if kind in {"period", "day"} and re.match(r"since\b", match.group(0), IGNORE_CASE):
            value = f"since {value}"  # ("since yesterday": yesterday and today)
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


def extract_fields(
    sc: Scratch, slots: dict[str, Any], *, owner: bool, bare_urgent: bool, guess: bool = True
) -> None:
    """Run the field extractors in their dependency order (see module docstring). Without
    `guess` a lower-case "for X" is left in the text (it may be the description)."""
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
        extract_owner(sc, slots, guess=guess)
