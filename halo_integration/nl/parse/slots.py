"""Slot extractors: structured fields taken out of the (non free-text) part of a request.

Each extractor reads a `Scratch`, writes what it finds into a slots dict and blanks the text it
used, so that later extractors never read the same words twice ("customer ID 42" is a client id,
not a ticket number; "assign to the Messaging team" is a team, not an agent). The order in
`ticket_slots.extract_fields` is therefore part of the logic: ids first, then keyword-led
names, then the heuristic ones. This module holds the shared `Scratch` and the extractors of
ids and names (customer, site, user, team, agent, owner); `ticket_slots` the rest.
"""

from __future__ import annotations

import re
from typing import Any

from halo_integration.values import in_halo_range

from .cue_parts import BELONGS_WITH, PRIORITY_VALUE, THING_RE
from .names import (
    BLANK,
    EMAIL_RE,
    NAME_STOPS,
    assignee_kind,
    looks_like_owner_name,
    looks_like_person,
    owner_kind,
    take_name,
    words_ok,
)
from .text import PLACEHOLDER_RE, Prepared, strip_wrapping_quotes

IGNORE_CASE = re.IGNORECASE
# One word of a multi-word name captured by a lazy run ("for the Acme Inc customer").
TOK = r"(?:«\d+»|[\w&'.+/-]+)"


class Scratch:
    """The part of a request still to be read; taken spans are blanked so none is read twice."""

    def __init__(self, text: str, doc: Prepared) -> None:
        self.text = text
        self.doc = doc

    def blank(self, start: int, end: int) -> None:
        self.text = self.text[:start] + BLANK * (end - start) + self.text[end:]

    def value(self, raw: str) -> str:
        """A captured name with its quoted passage restored."""
        return strip_wrapping_quotes(self.doc.restore(raw)).strip()

    def take_after(self, pattern: re.Pattern[str], stops: frozenset[str] = NAME_STOPS) -> str:
        """The name following the first match of `pattern` that is followed by one."""
        for match in pattern.finditer(self.text):
            name, end = take_name(self.text, match.end(), stops=stops)
            if name:
                self.blank(match.start(), end)
                return self.value(name)
        return ""

    def take_group(self, pattern: re.Pattern[str], stops: frozenset[str] = NAME_STOPS) -> str:
        """Group 1 of the first match of `pattern` that is a clean name (a match may start
        inside one that was not: "- high priority - Messaging team")."""
        for match in _overlapping(pattern, self.text):
            words = match.group(1).strip()
            if words_ok(words, stops) or PLACEHOLDER_RE.fullmatch(words):
                self.blank(match.start(), match.end())
                return self.value(words)
        return ""

    def take_flag(self, pattern: re.Pattern[str]) -> bool:
        match = pattern.search(self.text)
        if match:
            self.blank(match.start(), match.end())
        return match is not None


# --- product and numeric ids --------------------------------------------------------------

_PRODUCT_RE = re.compile(r"\bhalo\s*-?\s*(psa|itsm)\b", IGNORE_CASE)
_ID_WORDS = r"\s*(?:id|#|no\.?|nr\.?|number|num)\s*[:#=]?\s*(\d+)\b"
_CLIENT_WORDS = r"\b(?:customer|client|company|organi[sz]ation|account)s?"
_AGENT_WORDS = r"\b(?:agent|technician|tech|engineer|analyst)s?"
_CLIENT_ID_RES = (
    re.compile(_CLIENT_WORDS + _ID_WORDS, IGNORE_CASE),
    re.compile(r"\b(?:customer|client)\s+(\d+)\b", IGNORE_CASE),
)
_AGENT_ID_RES = (
    re.compile(_AGENT_WORDS + _ID_WORDS, IGNORE_CASE),
    re.compile(r"\b(?:agent|technician)\s+(\d+)\b", IGNORE_CASE),
)


def extract_product(sc: Scratch, slots: dict[str, Any]) -> None:
    match = _PRODUCT_RE.search(sc.text)
    if match:
        slots["product"] = "halo" + match.group(1).lower()
        sc.blank(match.start(), match.end())


def take_id(sc: Scratch, patterns: tuple[re.Pattern[str], ...]) -> int | None:
    """The first id the patterns find (a number beyond Halo's range is no id)."""
    for pattern in patterns:
        for match in pattern.finditer(sc.text):
            if in_halo_range(int(match.group(1))):
                sc.blank(match.start(), match.end())
                return int(match.group(1))
    return None


def extract_ids(sc: Scratch, slots: dict[str, Any]) -> None:
    client_id = take_id(sc, _CLIENT_ID_RES)
    if client_id is not None:
        slots["client_id"] = client_id
    agent_id = take_id(sc, _AGENT_ID_RES)
    if agent_id is not None:
        slots["agent_id"] = agent_id


# --- keyword-led names --------------------------------------------------------------------

_NAMED = r"\s*(?:name|named|called)?\s*[:=]?\s*(?:the\s+)?"
_SITE_BEFORE_RE = re.compile(
    # ("for Initech at their Main Office site")
    rf"(?:^|[,;]\s*|\b(?:at|for|in|from|on)\s+)(?:the\s+|their\s+|its\s+)?((?:{TOK}\s+){{1,4}}?)site\b",
    IGNORE_CASE,
)
_SITE_AFTER_RE = re.compile(
    # ("the site map on the intranet": a web site's page, no Halo site)
    r"(?<!\bon )(?<!\boff )\b(?:site|location)\b(?!\s+(?:visits?|maps?|survey|pages?|links?|address)\b)"
    + _NAMED,
    IGNORE_CASE,
)
_CLIENT_BEFORE_RE = re.compile(
    rf"\b(?:for|of|at|from|with|to)\s+(?:the\s+)?((?:{TOK}\s+){{1,5}}?)"
    r"(?:customer|client|company|organi[sz]ation)\b",
    IGNORE_CASE,
)
# ("company portal", "company phone": the company's own thing, no customer's name)
_CLIENT_AFTER_RE = re.compile(
    rf"\b(?:customer|client|company(?!\s+{THING_RE.pattern}\b)|organi[sz]ation)\b" + _NAMED,
    IGNORE_CASE,
)
_USER_AFTER_RES = (
    re.compile(
        r"(?<![-\w])(?:user|contact|end[- ]user|requester|caller|employee)\b" + _NAMED, IGNORE_CASE
    ),
    re.compile(r"\bon\s+behalf\s+of\s+", IGNORE_CASE),
    re.compile(r"\b(?:raised|reported|logged|opened|submitted|requested)\s+by\s+", IGNORE_CASE),
)
_TEAM_BEFORE_RE = re.compile(
    rf"(?:\b(?:to|for|in|from|by|with|on|the)\s+|(?:^|[,;:]|\s-|->|=>|→)\s*)(?:the\s+)?"
    # ("the whole team is blocked", "my entire team": how much of a team, not which)
    r"(?!(?:whole|entire|full|same|other|my|our|your|his|her|their)\s+(?:team|group|queue)\b)"
    rf"((?:{TOK}\s+){{1,4}}?)(?:team|group|queue)\b",
    IGNORE_CASE,
)
_TEAM_AFTER_RE = re.compile(r"\b(?:team|group|queue)\b" + _NAMED, IGNORE_CASE)
# "change ticket 3121's team to Network"
_TEAM_TO_RE = re.compile(r"\b(?:team|group|queue)\s*(?:to|=|:|as|->)\s*(?:the\s+)?", IGNORE_CASE)
# "change team of 3055 to Network": the team named after the ticket it is changed on
_TEAM_OF_TO_RE = re.compile(
    r"\b(?:team|group|queue)\s+(?:of|for|on)\s+[^,.;]{1,30}?\s+(?:to|as)\s+(?:the\s+)?", IGNORE_CASE
)
_AGENT_AFTER_RE = re.compile(
    r"\b(?:agent|technician|tech|engineer|analyst)\b" + _NAMED + "|"
    # "set #3042 owner Marcus Reid": the ticket's owner, by name
    r"\bowner\s*(?:to|=|:|->|as)?\s*(?=(?-i:[A-Z])[a-z]+\b)",
    IGNORE_CASE,
)
_ASSIGN_RE = re.compile(
    # "assign tom walsh on 3055", "assign priya to ticket 3160": the person, then the ticket
    # (blanked) they take
    rf"\b(?:re-?assign|assign)\s+(?!(?:it|this|that|them|to)\b|{BLANK})"
    rf"(?=[^,.;:?]{{1,40}}?\s+(?:on|to|for|onto)\s+(?:ticket\s*)?#?\s*{BLANK})|"
    # ("user not assigned to app" says what is wrong; nothing is handed over)
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)\b(?:re-?assign(?:ed)?|assign(?:ed)?|transfer(?:red)?|route[ds]?|escalated?|"
    r"hand(?:ed)?\s+(?:\S+\s+){0,2}?over|hand(?:ed|s)?|allocated?|move[ds]?|send|sent|pass(?:ed)?|give|gave|"
    r"forward(?:ed)?|shift(?:ed)?|push(?:ed)?|bounce[ds]?|kick(?:ed)?|switch(?:ed)?|swap(?:ped)?|"
    r"(?:should|must|can|could|needs?\s+to|has\s+to)\s+(?:go|be\s+(?:moved|sent|passed|given|handed)))\b"
    r"(?:[^,.;:]{0,40}?\s)??\s*(?:over\s+)?to\s+(?:the\s+)?"
    # "escalate 3160 to critical", "switch 3101 to P1" raise a priority; they hand the ticket
    # to nobody
    rf"(?!{PRIORITY_VALUE})|"
    # "3089 assign priya": the ticket (blanked), then the verb and the name with no "to"
    rf"(?<={BLANK})\s*(?:[,:-]\s*)?(?:re-?assign|assign)\s+(?:it\s+)?(?!to\b)(?:the\s+)?|"
    # "3101 prio critical assign marcus reid": the same after another field of the ticket
    r"(?<=\s)(?:re-?assign|assign)\s+(?:it\s+)?(?!(?:to|a|an|the|this|that|it|them|me|priority|"
    rf"status|type|ticket|tickets)\b|{PRIORITY_VALUE})|"
    # "get 3140 over to Hannah", "take the printer one across to Field Services", "please get
    # 3099 to Marcus" (the ticket blanked, then a name)
    r"\b(?:get|take|bring)\s+(?:[^,.;:]{0,40}?\s)??(?:over|across)\s+to\s+(?:the\s+)?|"
    rf"\b(?:get|take|bring)\s+(?:ticket\s*)?{BLANK}+\s+to\s+(?:the\s+)?(?=(?-i:[A-Z])|«)|"
    # "3160 needs to be with Tom Walsh": the ticket (blanked), then the person it belongs with
    rf"(?<={BLANK})\s+(?:now\s+)?{BELONGS_WITH}|"
    # "can 3160 go to Hannah": the ticket (blanked) between the modal and "go"
    rf"(?<={BLANK})\s+(?:please\s+)?(?:go|be\s+(?:moved|sent|passed|given|handed|assigned))\s+"
    r"(?:over\s+)?to\s+(?:the\s+)?|"
    # "put 3140 with Messaging", "put 3042 under 2nd Line Support": the team it sits with
    rf"\bput\s+(?:ticket\s*)?{BLANK}+\s+(?:with|under)\s+(?:the\s+)?(?=(?-i:[A-Z])|\d(?:st|nd|rd|th)\s+line\b)|"
    # "3250 -> Marcus Reid" (but "3121 -> P2" is a priority)
    rf"(?<={BLANK})\s*(?:->|=>|→)(?!\s*(?:p[1-5]|low|medium|normal|high|critical|urgent|new|in\s+progress|"
    r"action\s+required|with\s+(?:the\s+)?(?:user|supplier)|on\s+hold|pending\s+closure|closed|cancelled)\b)"
    r"\s*(?:the\s+)?",
    IGNORE_CASE,
)
_ME_RE = re.compile(r"(?:me|myself)\b", IGNORE_CASE)


# "for Acme Inc site Warehouse", "for customer Initech, site Main Office": both in one phrase.
_CLIENT_SITE_RE = re.compile(
    # ("Wayne Foundation, site Gotham Office - new ticket ...": the pair may open the request)
    rf"(?:\b(?:for|at|from|of|with|to)\s+|^\W*)(?:the\s+)?(?:(?:customer|client)\s+)?"
    rf"((?:{TOK}\s+){{0,3}}?{TOK}),?\s+(?:at\s+)?(?:the\s+)?site\s+(?:named\s+|called\s+)?"
    r"(?=«|(?P<name_case>(?-i:[A-Z0-9])|[a-z]))",
    IGNORE_CASE,
)


def typed_in_lower_case(sc: Scratch) -> bool:
    """A request with no capital letter at all (or one typed all in capitals, see
    text.unshout): its names are in lower case too, so case tells nothing about them."""
    return not re.search(r"[A-Z]", sc.doc.text)


_NAME_WORDS = r"(?:«\d+»|(?-i:[A-Z0-9])[\w&.-]*)(?:\s+(?:«\d+»|(?-i:[A-Z0-9])[\w&.-]*)){0,3}"
_CLIENT_S_SITE_RE = re.compile(
    rf"\b(?P<client>{_NAME_WORDS})'s\s+(?:the\s+)?(?P<site>{_NAME_WORDS})\s+site\b|"
    rf"\b(?:the\s+)?(?P<site2>{_NAME_WORDS})\s+site\s+(?:of|at|for)\s+(?:customer\s+)?"
    rf"(?P<client2>{_NAME_WORDS})",
    IGNORE_CASE,
)


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, including those that start inside an earlier one ("for Olivia Brown at
    Globex site X" fails at "for" and succeeds at "at")."""
    found, pos = [], 0
    while match := pattern.search(text, pos):
        found.append(match)
        pos = match.start() + 1
    return found


def extract_client_and_site(sc: Scratch, slots: dict[str, Any]) -> None:
    if {"client", "client_id", "site"} & slots.keys():
        return
    possessive = _CLIENT_S_SITE_RE.search(sc.text)
    if possessive:  # "at Acme Inc's Warehouse site", "the Warehouse site of Acme Inc"
        slots["client"] = sc.value(possessive.group("client") or possessive.group("client2"))
        slots["site"] = sc.value(possessive.group("site") or possessive.group("site2"))
        sc.blank(possessive.start(), possessive.end())
        return
    lower = typed_in_lower_case(sc)
    for match in _overlapping(_CLIENT_SITE_RE, sc.text):
        client = match.group(1)
        if not (words_ok(client) or PLACEHOLDER_RE.fullmatch(client)):
            continue
        # the site's name starts like a name: capitalised or quoted (any case when typed in
        # lower case)
        site_named = not (match.group("name_case") or "").islower()
        if not lower and not (looks_like_owner_name(client) and site_named):
            continue
        site, end = take_name(sc.text, match.end())
        if not site:
            continue
        slots["client"] = sc.value(client)
        slots["site"] = sc.value(site)
        sc.blank(match.start(), end)
        return


def extract_site(sc: Scratch, slots: dict[str, Any]) -> None:
    extract_client_and_site(sc, slots)
    if "site" in slots:
        return
    site = sc.take_group(_SITE_BEFORE_RE) or sc.take_after(_SITE_AFTER_RE)
    if site:
        slots["site"] = site


def extract_client(sc: Scratch, slots: dict[str, Any]) -> None:
    if "client_id" in slots:
        return
    client = sc.take_group(_CLIENT_BEFORE_RE) or _client_after(sc)
    if client:
        slots["client"] = client


# Before "customer X" a preposition or a break makes X a field ("for customer acme", "- client
# globex", "(customer initech)"); elsewhere "customer" may be a word of the sentence ("customer quotes look awful").
_FIELD_LEAD_RE = re.compile(
    r"(?:\b(?:for|at|from|of|to|by|with|under|re)\s+(?:the\s+)?|[:;(-]\s*|^\W*)$"
)


def _client_after(sc: Scratch) -> str:
    """The name after "customer"/"client" ... . In a request with capitals, a name in lower
    case after "customer" used as a plain word of the sentence is no customer's name."""
    for match in _CLIENT_AFTER_RE.finditer(sc.text):
        name, end = take_name(sc.text, match.end())
        if not name:
            continue
        if (
            name[:1].islower()
            and not typed_in_lower_case(sc)
            # (read in the text as typed: what came before may be blanked already)
            and len(sc.doc.text) == len(sc.text)
            and not _FIELD_LEAD_RE.search(sc.doc.text, 0, match.start())
        ):
            continue
        sc.blank(match.start(), end)
        return sc.value(name)
    return ""


def extract_user(sc: Scratch, slots: dict[str, Any]) -> None:
    for pattern in _USER_AFTER_RES:
        user = sc.take_after(pattern)
        if user and user.lower() not in {"me", "myself"}:
            slots["user"] = user
            return


_TEAM_NOUN_END_RE = re.compile(r"\s+(?:team|group|queue)(?:s|'s)?\W*$", IGNORE_CASE)


def without_team_noun(name: str) -> str:
    """ "Network team" -> "Network": the team's name, without the word that says it is one."""
    return _TEAM_NOUN_END_RE.sub("", name).strip()


def extract_team(sc: Scratch, slots: dict[str, Any]) -> None:
    if "team" in slots:
        return
    team = (
        sc.take_after(_TEAM_OF_TO_RE)
        or sc.take_group(_TEAM_BEFORE_RE)
        or sc.take_after(_TEAM_TO_RE)
        or sc.take_after(_TEAM_AFTER_RE)
    )
    if team:
        slots["team"] = team


def extract_agent(sc: Scratch, slots: dict[str, Any]) -> None:
    if "agent_id" in slots:
        return
    agent = sc.take_after(_AGENT_AFTER_RE)
    if agent:
        slots["agent"] = agent


def extract_assignee(sc: Scratch, slots: dict[str, Any]) -> None:
    """ "assign/transfer/escalate ... to X" with no team/agent keyword: classify X. A team and a
    person may both be handed the ticket in one request; a team named by keyword leaves room
    for the person.

    "me" is kept as the agent "me" (the person asking); otherwise a person-like name goes to
    `agent` and anything else to `team` (see `names.assignee_kind`).
    """
    if {"agent", "agent_id"} & slots.keys():
        return
    for match in _ASSIGN_RE.finditer(sc.text):
        me = _ME_RE.match(sc.text, match.end())
        if me:
            slots["agent"] = "me"
            sc.blank(match.start(), me.end())
        else:
            name, end = take_name(sc.text, match.end())
            if not name:
                continue
            value = sc.value(name)
            kind = assignee_kind(value)
            if kind in slots:
                # "move 3140 to field services and give it to hannah": the team is given,
                # so the second hand-over names the person (the resolver checks both ways)
                kind = "agent" if kind == "team" else "team"
            slots[kind] = value
            sc.blank(match.start(), end)
            end = _team_of_agent(sc, slots, kind, end)
        if {"agent", "agent_id"} & slots.keys() and {"team", "team_id"} & slots.keys():
            return


# "reassign 3120 to Daniel Kim in 2nd Line Support": the team the agent takes it in
_IN_TEAM_RE = re.compile(
    r"\s+(?:in|on|from|with)\s+(?:the\s+)?((?:\d(?:st|nd|rd|th)|(?-i:[A-Z])[\w&-]*)"
    r"(?:\s+(?-i:[A-Z])[\w&-]*){0,3})(?:\s+team)?\b"
)


def _team_of_agent(sc: Scratch, slots: dict[str, Any], kind: str, end: int) -> int:
    found = _IN_TEAM_RE.match(sc.text, end)
    if kind != "agent" or "team" in slots or not found:
        return end
    team = sc.value(found.group(1))
    if assignee_kind(team) != "team":
        return end
    slots["team"] = team
    sc.blank(end, found.end())
    return found.end()


def extract_email_user(sc: Scratch, slots: dict[str, Any]) -> None:
    """A stray e-mail address names the person the ticket is for (agents come with a keyword)."""
    if "user" in slots:
        return
    match = EMAIL_RE.search(sc.text)
    if match:
        slots["user"] = match.group(0)
        sc.blank(match.start(), match.end())


_OWNER_RE = re.compile(
    r"\b(?i:for|from|at)\s+(?:(?i:the)\s+)?"
    # ("my tickets from January", "at 9am": when, not whose)
    r"(?!(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|last|this|next)\b|\d{1,2}(?::\d\d)?\s*(?i:am|pm)\b)"
    r"(?=«\d+»|[A-Z0-9]|[\w.+-]+@)"
)
_POSSESSIVE_RE = re.compile(
    # ("Emma Jones' tickets", "Ross' laptop": a name ending in s may take the apostrophe alone)
    r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s\b|(?<=s)'(?=\s))|"
    # "show liam's tickets": typed in lower case, a name is known by what follows it
    r"(?<![\w'])(?!(?:it|that|what|who|there|here|today|yesterday|tomorrow|week|month|year|weekend|"
    r"everyone|one|let)'s)"
    r"([a-z]{2,})(?:'s|(?<=s)')\s+(?=(?:(?:open|closed|old|new|latest|recent|¦+)\s+)?(?:tickets?\b|requests?\b|cases?\b|calls?\b|¦{4,}))"
)


def extract_owner(sc: Scratch, slots: dict[str, Any], *, guess: bool = True) -> None:
    """A bare "for X" / "from X" / "at X" or "X's" with a capitalised or quoted X: a customer
    (or a person, when X is an e-mail address).

    Only used where the action takes an owner (create, list, lookup) and no client/user was
    named with a keyword.
    """
    if "user" in slots:
        return
    if {"client", "client_id"} & slots.keys():
        # "for Olivia Brown at Globex site Springfield Campus": the customer is named; a
        # person's name left over is the person the ticket is for.
        for match in _OWNER_RE.finditer(sc.text):
            name, end = take_name(sc.text, match.end())
            if name and looks_like_person(sc.value(name)):
                slots["user"] = sc.value(name)
                sc.blank(match.start(), end)
                return
        return
    possessive = _POSSESSIVE_RE.search(sc.text)
    owner = possessive.group(1) or possessive.group(2) if possessive else ""
    if possessive and owner.lower() not in {"it", "that", "what", "who"}:
        slots["client"] = owner  # "Initech's open tickets"
        sc.blank(possessive.start(), possessive.end())
        return
    for match in _OWNER_RE.finditer(sc.text):
        name, end = take_name(sc.text, match.end())
        if name and looks_like_owner_name(name):
            value = sc.value(name)
            slots[owner_kind(value)] = value
            sc.blank(match.start(), end)
            _owner_place(sc, end, slots)
            return
    if guess and typed_in_lower_case(sc):
        _owner_guess(sc, slots)


_OWNER_LOWER_RE = re.compile(r"\b(?:for|from|at)\s+(?:the\s+)?(?=[a-z0-9])")


def _owner_guess(sc: Scratch, slots: dict[str, Any]) -> None:
    """ "list tickets for acme inc", "log a ticket for peter gibbons: ...": typed in lower case,
    "for X" may name a customer or a person, or be no name at all ("for the printer"). Kept as
    `owner_guess` for the resolver to try; a guess that names nobody is dropped."""
    for match in _OWNER_LOWER_RE.finditer(sc.text):
        name, end = take_name(sc.text, match.end(), max_tokens=4)
        if name and not re.fullmatch(r"[\d:.apm]+", name):
            slots["owner_guess"] = sc.value(name)
            sc.blank(match.start(), end)
            return


# A place starts with a capital ("at 9am" is a time); days and times of day are no places.
_AT_PLACE_RE = re.compile(
    r",?\s*\b(?i:at)\s+(?:(?i:the)\s+)?(?!(?i:noon|midnight|lunch|night|eod|cob)\b|"
    r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?=«\d+»|[A-Z])"
)


def _owner_place(sc: Scratch, end: int, slots: dict[str, Any]) -> None:
    """ "for Initech at the Austin Branch", "for Olivia Brown at Globex": where the owner is.
    A site of a customer or the customer of a person: only the resolver can tell, so the
    name is kept as `owner_place`."""
    at = _AT_PLACE_RE.match(sc.text, end)
    if not at:
        return
    place, place_end = take_name(sc.text, at.end())
    if place and looks_like_owner_name(place):
        slots["owner_place"] = sc.value(place)
        sc.blank(at.start(), place_end)
