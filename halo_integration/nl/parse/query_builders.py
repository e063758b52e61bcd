"""Slot builders for reads of many records: list tickets and look up other records (including
"how do I ...?" questions for the knowledge base and questions about teams)."""

from __future__ import annotations

import re
from typing import Any

from .contact_query import build_contact
from .cue_parts import (
    GENERIC_NOUNS,
    IGNORE_CASE,
    NAME_HEADING_RE,
    PRIORITY_MOD_RE,
    TYPE_HEADS_RE,
    Intent,
    singular,
)
from .freetext import strip_polite
from .intents import QueryObject, find_separator
from .names import NAME_STOPS, SEARCH_STOPS, looks_like_owner_name, take_name
from .slots import (
    Scratch,
    extract_ids,
    extract_product,
    extract_team,
    typed_in_lower_case,
    without_team_noun,
)
from .text import SENTENCE_END_RE, Prepared, words
from .ticket_slots import (
    extract_fields,
    extract_open_closed,
    extract_opened,
    is_mine,
)

# --- list_tickets ----------------------------------------------------------------------------

_SEARCH_RES = (
    re.compile(r"\bsearch\s+(?:[^,.;]{0,20}?\s+)?for\s+(?:the\s+)?", IGNORE_CASE),
    re.compile(
        r"\b(?:about|regarding|concerning|mentioning|containing|matching|related\s+to|re|"
        r"with\s+the\s+words?|that\s+mention|which\s+mention|titled|called|named|like|"
        r"on\s+the\s+subject\s+of)\s+(?:the\s+)?",
        IGNORE_CASE,
    ),
)
_MOD_SKIP = words("""
    every all any the my our me open closed unresolved outstanding active resolved current
    list show find display get view see give fetch browse search what which how many do i have
    are there of a an recent latest new old pending expired inactive lapsed valid live
    """)
_UNKNOWN_TYPE_RE = re.compile(
    r"\b(?:every|all|any)\s+(?:(?:open|closed|unresolved|outstanding|active|of|the|my)\s+)*"
    r"(?P<words>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
)


def _modifier_before(text: str, end: int) -> tuple[str, int]:
    """The words just before a noun, back to a determiner or verb ("every open [Incident]"), four
    at most ("the 2nd Line Support team's [agents]").

    Only words separated by plain spaces count: punctuation, a quoted passage or a blanked
    span ends the modifier.
    """
    start = end
    kept = 0
    for word in reversed(list(re.finditer(r"[\w&'.+/-]+", text[:end]))):
        if kept == 4 or text[word.end() : start].strip():
            break
        if word.group(0).lower() in _MOD_SKIP or word.group(0).lower() in NAME_STOPS:
            break
        start = word.start()
        kept += 1
    if not kept:
        return "", end
    return text[start:end].strip(), start


_NAME_BEFORE_STATE_RE = re.compile(
    r"(?:^|\s)([a-z][\w&'-]*(?:\s+[a-z][\w&'-]*)?)(?:\s*:|\s+-)?\s+(?:open|closed|resolved|pending|outstanding|"
    r"unresolved|active|current|new|old|recent|critical|urgent)\s+$"
)
# "my open requests" are my tickets; "service requests" are a ticket type.
_PLAIN_REQUESTS = words("request requests")
_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?(?=«\d+»|[A-Z0-9])", IGNORE_CASE)


def _of_owner(sc: Scratch, obj: QueryObject, slots: dict[str, Any]) -> None:
    """ "the sites of Initech", "tickets of Globex": a capitalised name after "of", right after
    the records asked for, owns them (a customer, or a person when it is an e-mail address).
    Typed all in lower case ("open tickets of initech", "tickets umbrella health"), a name that
    ends the request there may say whose they are: the resolver tries it (`owner_guess`)."""
    if {"client", "client_id", "user"} & slots.keys():
        return
    match = _OF_RE.match(sc.text, obj.end)
    if match:
        name, end = take_name(sc.text, match.end())
        if name and looks_like_owner_name(name) and (name[0].isupper() or name.startswith("«")):
            slots["client"] = sc.value(name)
            sc.blank(obj.end, end)
            return
    lower = _LOWER_OWNER_AFTER_RE.match(sc.text, obj.end)
    name, end = take_name(sc.text, lower.end()) if lower else ("", 0)
    if name and _lower_case_name_ends_it(sc, name, end) and not PRIORITY_MOD_RE.match(name):
        slots["owner_guess"] = sc.value(name)
        sc.blank(obj.end, end)


_LOWER_OWNER_AFTER_RE = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(?=[a-z])")


def _without_leading_command(name: str, start: int) -> tuple[str, int]:
    """ "list globex" -> "globex": a first word that is a command or a determiner ("show",
    "all") opens the request; the name is what follows it."""
    first, _, rest = name.partition(" ")
    if rest and first in _MOD_SKIP:
        return rest.lstrip(), start + len(name) - len(rest.lstrip())
    return name, start


def _list_type_or_search(sc: Scratch, obj: QueryObject | None, slots: dict[str, Any]) -> None:
    if obj is None:
        match = _UNKNOWN_TYPE_RE.search(sc.text)
        if match:
            slots["tickettype"] = singular(match.group("words"))
            sc.blank(match.start("words"), match.end("words"))
        return
    _of_owner(sc, obj, slots)
    noun = sc.text[obj.start : obj.end]
    mod, mod_start = _modifier_before(sc.text, obj.start)
    mine_before = re.search(r"\b(?:my|our)\s*$", sc.text[:mod_start], IGNORE_CASE)
    team_owner = re.fullmatch(r"(.+?)\s+(?:team|queue|group)'s", mod, IGNORE_CASE)
    if team_owner:
        slots["team"] = sc.value(team_owner.group(1))  # "the Network team's tickets"
    elif mod.endswith("'s") and len(mod) > 2:
        slots["client"] = sc.value(mod[:-2])  # "Acme's tickets"
    elif mod.endswith("s'") and len(mod) > 2:
        slots["client"] = sc.value(mod[:-1])  # "emma jones' tickets": whose, not a guess
    elif priority := PRIORITY_MOD_RE.match(mod):
        slots["priority"] = priority.group(0)  # "all P1 tickets"
    elif noun.lower() not in GENERIC_NOUNS and not (noun.lower() in _PLAIN_REQUESTS and not mod):
        slots["tickettype"] = f"{mod} {singular(noun)}".strip()
    elif mod and (TYPE_HEADS_RE.search(mod) or (mod[0].isupper() and not mod.isupper())):
        if not mine_before or TYPE_HEADS_RE.search(mod):
            slots["tickettype"] = singular(mod)
        else:
            slots["search"] = mod
    elif mod and typed_in_lower_case(sc) and not mine_before and _APOSTROPHE_LEFT_OUT_RE.match(mod):
        slots["client"] = mod[:-1]  # "show liams tickets": "liam's", its apostrophe left out
    elif mod and typed_in_lower_case(sc) and not mine_before:
        slots["owner_guess"] = mod  # "initech tickets": a customer, else what to search for
    elif (
        not mod
        and typed_in_lower_case(sc)
        and (named := _NAME_BEFORE_STATE_RE.search(sc.text, 0, obj.start))
    ):
        # "globex open tix": a name, then the state asked for ("list globex open tickets": the
        # command before the name is no part of it)
        name, name_start = _without_leading_command(named.group(1), named.start(1))
        whose = re.sub(r"(?:'s|(?<=s)')$", "", name)
        if whose and not any(w in _MOD_SKIP or w in NAME_STOPS for w in whose.split()):
            # ("emma jones' open tickets": said as whose they are, it is no guess)
            slots["client" if whose != name else "owner_guess"] = whose
            sc.blank(name_start, named.end(1))
    elif mod:
        slots["search"] = mod
        if typed_in_lower_case(sc) and not mine_before:
            slots["owner_guess"] = mod  # "globex tickets since monday": maybe whose they are
    sc.blank(mod_start if mod else obj.start, obj.end)


# One word, a name with an "s" after it ("liams", "hanks"), that is no plural of a thing
_APOSTROPHE_LEFT_OUT_RE = re.compile(
    r"(?!(?:its|this|ours|yours|theirs|hers|his|us|was|has|is|users|customers|clients|agents|"
    r"teams|sales|ops|devices|systems|tools|apps|items|various|previous|others|access|status|"
    r"windows|teams|series|news|analytics|logistics|ss)$)[a-z]{3,}(?<!s)s$"
)


_OPENED_BY_RE = re.compile(
    r"\b(?:has|have|did)\s+((?:«\d+»|[\w&'.-]+)(?:\s+[\w&'.-]+){0,3}?)\s+(?:opened|raised|logged|"
    r"submitted|reported|open|raise|log)\b",
    IGNORE_CASE,
)


# "across all customers", "for every site", "company-wide": every record of a kind, which is
# what a list without that filter shows anyway.
_SCOPE_RE = re.compile(
    r"\b(?:across|for|from|of|at|in|over|on)\s+(?:all|every|each|any)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:our\s+|your\s+)?(?:customers?|clients?|compan(?:y|ies)|organi[sz]ations?|sites?|"
    r"locations?|teams?|queues?|users?|accounts?)\b|\b(?:company|organi[sz]ation)[\s-]wide\b",
    IGNORE_CASE,
)


# "anything from IT I need to reply to?", "replies from the helpdesk": the service desk itself,
# never a customer to filter on
_FROM_THE_DESK_RE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?-i:IT)|IT\s+(?:support|team|dept|department)|help\s*desk|service\s+desk|"
    r"support(?:\s+team)?|tech\s+support|the\s+desk)\b",
    IGNORE_CASE,
)


# Tickets in a state named in everyday words: "tickets waiting on the supplier", "which ones
# are with the user", "requests still in progress" (the resolver knows the status names).
_ON_THE_DESK_RE = re.compile(
    r"(?:waiting|awaiting|pending)\s+(?:on|for)\s+(?:the\s+)?(?:it|you|desk|helpdesk|support|team)",
    IGNORE_CASE,
)
_LIST_STATUS_RE = re.compile(
    r"\b(?:tickets?|requests?|ones?|(?:that|which)\s+are|are|is|what(?:'s|s))\s+(?:still\s+|currently\s+|now\s+)?"
    r"((?:waiting|awaiting|pending)\s+(?:on|for)\s+(?:the\s+)?[\w-]+(?:\s+party)?|with\s+(?:the\s+)?"
    r"(?:user|supplier|customer|client|vendor|third\s+party)|in\s+progress|action\s+required|"
    r"pending\s+closure)\b",
    IGNORE_CASE,
)
# Tickets that wait for the person asking: "waiting for a reply from me", "anything I need to
# reply to?", "which ones are waiting on me": the state the resolver knows as waiting on me
_REPLY_OWED_RE = re.compile(
    r"\b(?:waiting|awaiting|pending)\s+(?:on|for)\s+(?:a\s+|an\s+|my\s+)?(?:reply|response|"
    r"answer|input|feedback|action)\s+(?:from|by)\s+(?:me|us)\b|"
    r"\b(?:I|we)\s+(?:still\s+)?(?:need|have|must|should|ought|owe)\s+(?:to\s+)?(?:reply|respond|"
    r"answer|get\s+back)(?:\s+(?:to|on))?\b|\bneeds?\s+(?:a\s+)?(?:reply|response|answer)\s+from\s+me\b",
    IGNORE_CASE,
)
_WORKING_ON_RE = re.compile(
    r"\bwhat(?:'s|\s+is|\s+are)\s+(?!(?:he|she|they|it|that|this|you|u|happening|going)\b)"
    r"((?:«\d+»|[\w'-]+)(?:\s+[\w'-]+)?)\s+(?:working\s+on|handling|dealing\s+with|busy\s+with)\b",
    IGNORE_CASE,
)


_SOMEONE_ELSES_RE = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:tickets?|tix|tkts?|requests?)\b", IGNORE_CASE
)


# "my colleague Noah", "my manager's", "my team mates": people the asker knows, whose tickets
# are theirs, though the words say "my"
_MY_PEOPLE_RE = re.compile(
    r"\bmy\s+(?:(?:line\s+|direct\s+)?(?:colleague|co-?worker|manager|boss|supervisor|director|"
    r"team\s*-?mate|team\s*-?member|intern|assistant|direct\s+report|report|staff|people|"
    r"department|dept|team)s?(?:'s|s'|')?)(?:\s+(?!(?:have|has|had|and|or|is|are|was|were)\b)"
    r"(?-i:[A-Z])[\w'-]*(?:'s)?)?",
    IGNORE_CASE,
)
# "all tickets in the company", "every ticket in the system": not the asker's own list
_WHOLE_PLACE_RE = re.compile(
    r"\b(?:in|across|for|of|at)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:company|organi[sz]ation|"
    r"org|business|firm|system|office|building|department)\b|"
    r"\b(?:company|organi[sz]ation|office)[\s-]wide\b|\b(?:whole|entire)\s+(?:office|company|"
    r"organi[sz]ation|department|floor|team)(?:'s|s')?\s",
    IGNORE_CASE,
)
# "what tickets has Emma Jones?": a name after "has", ending the request, owns the tickets
_TICKETS_HAS_RE = re.compile(
    r"\b(?:tickets?|requests?|cases?|tix)\s+(?:has|does)\s+((?:«\d+»|(?-i:[A-Z])[\w&'.-]*)"
    r"(?:\s+(?:«\d+»|(?-i:[A-Z])[\w&'.-]*)){0,2})\s*(?:got|open|opened|raised|logged|have)?\s*"
    r"[?.!]*\s*$",
    IGNORE_CASE,
)


def _owner_after_has(sc: Scratch) -> str:
    """ "what tickets has Emma Jones?": read on the request as typed, since the word "tickets"
    is blanked by now; the name itself must still be there."""
    found = _TICKETS_HAS_RE.search(sc.doc.text)
    if not found or sc.text[found.start(1) : found.end(1)] != found.group(1):
        return ""
    sc.blank(found.start(1), found.end(1))
    return sc.value(found.group(1))


def _someone_elses(sc: Scratch, slots: dict[str, Any]) -> None:
    """Tickets of people the asker names by how they know them, or of the whole company: an
    employee may not list them (precheck refuses `someone_elses`); the words are blanked, so
    "my" in "my colleague" does not make the list the asker's own."""
    people = list(_MY_PEOPLE_RE.finditer(sc.text))
    for person in people:
        sc.blank(person.start(), person.end())
    if is_mine(sc.text):
        return  # "show me my open tickets, my colleague said I should check": mine after all
    if people or _WHOLE_PLACE_RE.search(sc.text):
        slots["someone_elses"] = True


def build_list(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    heading = NAME_HEADING_RE.match(sc.text)
    if heading and heading.end() <= intent.start and not is_mine(sc.text):
        # "Globex: open tickets please", "Stark Logistics - anything open for them?": whose
        # they are, said first (a customer, else a person, else what to search for)
        slots["owner_guess"] = sc.value(heading.group(1))
        sc.blank(heading.start(), heading.end())
    _someone_elses(sc, slots)
    for scope in _SCOPE_RE.finditer(sc.text):
        sc.blank(scope.start(), scope.end())
    for desk in _FROM_THE_DESK_RE.finditer(sc.text):
        sc.blank(desk.start(), desk.end())
    extract_product(sc, slots)
    extract_ids(sc, slots)
    mine = is_mine(sc.text)  # before "I raised this month" is read as a date
    opener = _OPENED_BY_RE.search(sc.text)  # "how many tickets has Initech opened this week"
    if (
        opener
        and looks_like_owner_name(opener.group(1))
        and not is_mine(opener.group(1))
        and opener.group(1).lower() not in {"i", "we", "you"}  # "which tickets did I open"
    ):
        slots["client"] = sc.value(opener.group(1))
        sc.blank(opener.start(), opener.end())
    if intent.kind == "team_queue":
        obj = None  # "the 2nd Line Support queue" names a team, it is not a ticket type
    extract_opened(sc, slots)
    owed = _REPLY_OWED_RE.search(sc.text)
    if owed and "status" not in slots:
        slots["status"] = "waiting on me"
        sc.blank(owed.start(), owed.end())
    waiting = _LIST_STATUS_RE.search(sc.text)
    if waiting and _ON_THE_DESK_RE.fullmatch(waiting.group(1)):
        slots["open_only"] = True  # "still waiting on IT": open, whatever its status
        sc.blank(waiting.start(1), waiting.end(1))
    elif waiting and "status" not in slots:  # "tickets waiting on the supplier"
        slots["status"] = sc.value(waiting.group(1))
        sc.blank(waiting.start(1), waiting.end(1))
    _list_type_or_search(sc, obj, slots)
    for pattern in _SEARCH_RES:
        found = sc.take_after(pattern, stops=SEARCH_STOPS)
        if found:
            slots["search"] = found
            break
    extract_open_closed(sc, slots)
    owner = sc.take_group(_HAS_RE) or _owner_after_has(sc)
    if owner and not is_mine(owner):  # "how many open tickets does Globex have"
        slots["client"] = owner
    working = _WORKING_ON_RE.search(sc.text)
    if working and "agent" not in slots:  # "what's Daniel Kim working on?"
        slots["agent"] = sc.value(working.group(1))
        sc.blank(working.start(), working.end())
    if _SOMEONE_ELSES_RE.search(doc.text):  # "show me his tickets": not mine, someone else's
        slots["someone_elses"] = True
    if intent.kind == "my_queue":
        slots["agent"] = "me"  # "what's in my queue": tickets assigned to the person asking
    elif is_mine(sc.text) or (mine and "opened" in slots):
        slots["mine"] = True
    extract_fields(sc, slots, owner=True, bare_urgent=True)
    return slots


# --- lookup ----------------------------------------------------------------------------------

_LOOKUP_SEARCH_RE = re.compile(
    r"\s*(?:(?:articles?|guides?|docs?|pages?|entry|entries)\s+(?:on|about|for|regarding)\b|"
    r"(?:say|says|have|has|got)\s+(?:anything\s+)?(?:on|about)\b|"
    r"named|called|matching|like|containing|with\s+(?:the\s+)?names?|about|on|re\b:?|"
    # ("which reports do we have on SLA?")
    r"(?:do\s+we\s+have|have\s+we\s+got|are\s+there)\s+(?:on|about|for)\b|"
    r"regarding|for|mentioning|:|with\s+(?:the\s+)?(?:serial(?:\s+number)?|tag|asset\s+tag|"
    r"hostname|id|number))?\s*(?:the\s+)?",
    IGNORE_CASE,
)
_ACTIVE_RE = re.compile(
    r"\b(?:active|current|live|valid|in[- ]force|unexpired|not\s+expired)\b", IGNORE_CASE
)
_INACTIVE_RE = re.compile(r"\b(?:inactive|expired|lapsed|ended|cancelled|canceled)\b", IGNORE_CASE)
_FIELD_WORDS = (
    ("renewal_date", r"renewals?(?:\s+dates?)?|renew"),
    ("end_date", r"expiry|expiration|end\s+dates?|expir(?:es?|ing)"),
    ("start_date", r"start\s+dates?"),
    ("value", r"values?|prices?|costs?|amounts?"),
    ("phone_number", r"phone(?:\s+numbers?)?|telephone"),
    ("email", r"e-?mails?(?:\s+address(?:es)?)?"),
    ("address", r"(?<!e-mail )(?<!email )address(?:es)?"),
    ("serial_number", r"serial(?:\s+numbers?)?"),
)
# Entities whose own name is the search ("find customer Acme"), by the slot that names them.
_SELF_NAMED = {
    "customers": "client",
    "sites": "site",
    "users": "user",
    "agents": "agent",
    "teams": "team",
}
_TOPIC_ENTITIES = frozenset({"kb_articles", "reports"})
# Records that belong to a customer (or, for appointments, an agent).
OWNED = frozenset({"sites", "users", "contracts", "invoices", "assets", "appointments"})
_STATE_WORDS_RE = re.compile(
    r"\b(?:open|active|inactive|expired|expiring|unpaid|paid|overdue|current|old|new|recent|"
    r"upcoming|today|todays|tomorrow|future|past|all|any|disabled|enabled|live|pending)\b",
    IGNORE_CASE,
)
_NAME_SHAPE_RE = re.compile(r"«|[A-Z0-9]|\S*\d")
_HAS_RE = re.compile(
    r"\b(?:does|do|has)\s+((?:«\d+»|[\w&'.-]+)(?:\s+[\w&'.-]+){0,3}?)\s+(?:have|hold|own|got)\b",
    IGNORE_CASE,
)


def _owner_before(sc: Scratch, obj: QueryObject, mod: str, search: str) -> bool:
    return bool(
        mod
        and not search
        and typed_in_lower_case(sc)
        and obj.plural
        and obj.entity in OWNED
        and not _STATE_WORDS_RE.search(mod)
    )


def _lookup_search(sc: Scratch, obj: QueryObject) -> str:
    """The name right after the entity noun ("customer Acme", "articles about VPN")."""
    lead = _LOOKUP_SEARCH_RE.match(sc.text, obj.end)
    connective = lead.group(0).strip().lower() if lead else ""
    if (
        connective.startswith(("for", "on", "do", "have", "are"))
        and obj.entity not in _TOPIC_ENTITIES
    ):
        return ""
    start = lead.end() if lead else obj.end
    if obj.entity == "kb_articles" and re.search(r"\b(?:on|about|regarding|re)\b", connective):
        # "the knowledge base article on mapping a network drive": all of it is the topic
        topic = strip_polite(sc.value(SENTENCE_END_RE.split(sc.text[start:], maxsplit=1)[0]))
        if re.search(r"[A-Za-z]{2}", topic):
            sc.blank(obj.start, len(sc.text))
            return topic
    # "kb phishing", "search kb vpn", "report sla compliance": the topic follows the noun
    # ("report tickets closed per agent": a topic may name records too)
    opens = bool(_ONLY_A_VERB_RE.fullmatch(sc.text[: obj.start]))
    topic_first = opens and obj.entity in _TOPIC_ENTITIES
    name, end = take_name(sc.text, start, stops=_TOPIC_STOPS if topic_first else NAME_STOPS)
    if not name or name.lower() in _RECORD_WORDS:
        return ""  # "the Globex customer record": the name was before the noun
    if (
        not connective
        and obj.entity not in _SELF_NAMED
        and not _NAME_SHAPE_RE.match(name)
        and not topic_first
        and not _lower_case_name_at_end(sc, obj, name, end)
    ):
        return ""  # "contracts expiring soon": a lowercase word is not an asset or contract name
    sc.blank(obj.start, end)
    return sc.value(name)


_WHEN_OWNED_RE = re.compile(
    r"\b(?:today|tomorrow|yesterday|tonight|week|month|year|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|weekend)'s$",
    IGNORE_CASE,
)
_RECORD_WORDS = frozenset({"record", "records", "details", "profile", "entry", "info", "card"})
# A topic after "report" or "kb" may name tickets and their states ("report tickets closed per
# agent", "kb ticket types"): those words are part of it there.
_TOPIC_STOPS = SEARCH_STOPS - words("""
    ticket tickets type status priority open closed resolved raised logged opened created
    submitted reported updated fixed
    """)
_REST_IS_POLITE_RE = re.compile(r"(?:\s+(?:please|pls|plz|thanks|thx|ta))*[\s?!.]*$", IGNORE_CASE)


def _lower_case_name_at_end(sc: Scratch, obj: QueryObject, name: str, end: int) -> bool:
    """ "unpaid invoices initech", "contracts globex pls": typed all in lower case, a word or
    two that end the request after a customer's records name whose they are (as "Initech"
    would). A state ("unpaid"), a verb form ("expiring", "renewed") or more words after it
    ("contracts renewing soon") describe the records instead."""
    return obj.entity in OWNED and _lower_case_name_ends_it(sc, name, end)


def _lower_case_name_ends_it(sc: Scratch, name: str, end: int) -> bool:
    """A word or two typed all in lower case that end the request and may be a name: not a
    state, not a verb form, nothing but courtesy after them."""
    return bool(
        typed_in_lower_case(sc)
        and len(name.split()) <= 3
        and _REST_IS_POLITE_RE.match(sc.text, end)
        and not _STATE_WORDS_RE.search(name)
        and not any(word.endswith(("ing", "ed")) for word in name.lower().split())
    )


_ONLY_A_VERB_RE = re.compile(
    r"[\s¦]*(?:(?:search|find|show|check|look\s+up|lookup|look\s+in|browse|get)\s+(?:the\s+)?)?",
    IGNORE_CASE,
)
_QUESTION_TAIL_RE = re.compile(r"[\s?!.]+$")


_TOPIC_LEAD_RE = re.compile(r"^\W*(?:to\s+|go\s+about\s+|for\s+|on\s+|about\s+)?", IGNORE_CASE)
# "is there a checklist somewhere?": where it might be is no topic
_WHEREABOUTS_RE = re.compile(
    r"(?:^|\s+)(?:somewhere|anywhere|around\s+here|online|on\s+the\s+intranet)?\W*$",
    IGNORE_CASE,
)
_HOW_IT_WORKS_RE = re.compile(r"\W*how\s+(?:do|does)\s+(.+?)\s+work\b", IGNORE_CASE)
# "a new starter checklist I can follow for my team": who would use it is no topic
_WHO_CAN_USE_IT_RE = re.compile(
    r"^(?:that\s+|which\s+)?(?:I|we|you|they|people|staff|my\s+team)\s+(?:can|could|should|might|"
    r"may|would|need\s+to|have\s+to)\b.*$",
    IGNORE_CASE,
)
# "set up mfa how": the "how" typed last asks the question; it is no part of the topic
_HOW_LAST_RE = re.compile(r"\s+how\W*$", IGNORE_CASE)
_DOCUMENT_LEAD_RE = re.compile(
    r"^.*?\b(?:there|have|got|to|towards|at|is|are|what'?s|where'?s)\s+"
    r"(?:(?:already|still|a\s+link\s+to)\s+)?"
    r"(?:an?|any|some|the)\s+",
    IGNORE_CASE,
)


# A topic that names nothing: "this", "it", or a document's kind alone ("a checklist")
_DOCUMENT_RE = re.compile(
    r"(?:(?:an?|any|some|the)\s+)?(?:checklists?|guides?|guidance|templates?|instructions|"
    r"manuals?|articles?|docs?|documentation|how-?tos?|faqs?)",
    IGNORE_CASE,
)
_SAYS_NO_TOPIC_RE = re.compile(
    rf"(?:this|that|it|this\s+(?:issue|problem|one)|that\s+(?:issue|problem|one)|{_DOCUMENT_RE.pattern})?|"
    # "..., how I solve it myself?": a verb on "it" alone points back at what was said first
    r"[a-z]+\s+(?:it|this|that|them|these|those)(?:\s+(?:myself|alone|by\s+myself|on\s+my\s+own))?|"
    # ("is there a fix I can do myself?", "Self-service password reset - how does it work?")
    r"myself|ourselves|by\s+myself|on\s+my\s+own|how\s+does\s+(?:it|this|that)\s+work",
    IGNORE_CASE,
)


_LAST_HOW_RE = re.compile(r".*\bhow\b", IGNORE_CASE | re.DOTALL)
_LAST_CLAUSE_RE = re.compile(r".*(?:[.!?,;:]\s+|\s-\s)", re.DOTALL)


def _question_start(text: str, intent: Intent) -> int:
    """Where the question itself starts: the cue's start, or its last "how" when the cue took
    in what led to it ("Outlook asks always password, how I solve it myself?")."""
    if intent.start > 0:
        return intent.start
    lead = _LAST_HOW_RE.match(text, 0, intent.end)
    if lead:
        return lead.end() - len("how")
    # ("Outlook keeps asking for my password, is there a fix I can do myself?": the clause
    # after the last comma, full stop or dash)
    clause = _LAST_CLAUSE_RE.match(text, 0, intent.end)
    return clause.end() if clause else 0


def _build_howto(doc: Prepared, intent: Intent) -> dict[str, Any]:
    """ "how do I reset my password?": the knowledge base first; the whole question is the
    search, and no word in it (Teams, site, customer ...) is read as a field."""
    sc = Scratch(doc.text, doc)
    # the question ends at its sentence: "... invite? Sorry, it's my first week" adds nothing
    tail = SENTENCE_END_RE.split(sc.text[intent.end :], maxsplit=1)[0]
    topic = strip_polite(doc.restore(tail))
    topic = _QUESTION_TAIL_RE.sub("", _TOPIC_LEAD_RE.sub("", topic))
    topic = _HOW_LAST_RE.sub("", _WHEREABOUTS_RE.sub("", topic))
    topic = _WHO_CAN_USE_IT_RE.sub("", topic)
    asked_at = _question_start(sc.text, intent)
    works = _HOW_IT_WORKS_RE.match(sc.text, asked_at, intent.end)
    if works:  # "how do windows updates work here, ...": the thing that works is the topic
        topic = strip_polite(doc.restore(works.group(1)))
    if not topic:
        # "is there a new starter checklist?": the cue itself names what is wanted
        topic = _DOCUMENT_LEAD_RE.sub("", doc.restore(sc.text[asked_at : intent.end]))
    if _SAYS_NO_TOPIC_RE.fullmatch(topic) and asked_at > 0:
        # "Outlook keeps asking for my password - is there an article for this?": the
        # subject was said before the question
        before = strip_polite(doc.restore(sc.text[:asked_at]))
        before = _QUESTION_TAIL_RE.sub("", before).strip(" -:;,")
        if re.search(r"\w{2}", before):
            topic = f"{before} {topic}".strip() if _DOCUMENT_RE.fullmatch(topic) else before
    slots: dict[str, Any] = {"entity": "kb_articles", "question": True}
    if topic:
        slots["search"] = topic
    return slots


def _build_team_members(doc: Prepared, intent: Intent) -> dict[str, Any]:
    """ "who is in the Network team?": the agents of that team."""
    sc = Scratch(doc.text, doc)
    sc.blank(0, intent.end)  # "list the members of the Messaging team": after the cue
    slots: dict[str, Any] = {"entity": "agents"}
    extract_team(sc, slots)
    if "team" not in slots:
        rest = re.sub(
            r"^\s*(?:the\s+)?(?:(?:team|group|queue)\s+)?",
            "",
            sc.text[intent.end :],
            flags=IGNORE_CASE,
        )
        name, _end = take_name(rest, 0)
        name = without_team_noun(re.sub(r"\s+members\W*$", "", name, flags=IGNORE_CASE))
        if name:  # ("2nd line members?": the team named before the word)
            slots["team"] = doc.restore(name)
    if "team" not in slots:
        extract_team(Scratch(doc.text, doc), slots)  # "network team members"
    return slots


_MEMBERSHIP_VERBS = words("belong belongs work works sit sits report reports part member")


def _build_agent_team(doc: Prepared, intent: Intent) -> dict[str, Any]:
    """ "which team is Daniel Kim in?": look the agent up; their record names the team.
    ("Daniel Kim - which team is he on?": the name first, then the question about him)"""
    name, _end = take_name(doc.text, intent.end, stops=NAME_STOPS | _MEMBERSHIP_VERBS)
    if not name:
        name, _end = take_name(doc.text, 0, stops=NAME_STOPS | _MEMBERSHIP_VERBS)
    slots: dict[str, Any] = {"entity": "agents"}
    if name:
        slots["search"] = doc.restore(name)
    return slots


def build_lookup(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    if intent.kind == "howto":
        return _build_howto(doc, intent)
    if intent.kind == "team_members":
        return _build_team_members(doc, intent)
    if intent.kind == "agent_team":
        return _build_agent_team(doc, intent)
    if intent.kind == "contact":
        return build_contact(doc, intent)
    assert obj is not None  # other lookups come from query_intent with an object noun
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {"entity": obj.entity}
    extract_product(sc, slots)
    search = _lookup_search(sc, obj)
    mod, mod_start = _modifier_before(sc.text, obj.start)
    if _WHEN_OWNED_RE.search(mod):
        mod = ""  # "this week's appointments", "today's invoices": when, not whose
    if mod.endswith(("'s", "s'")):
        # "Globex's sites", "Stark Logistics' sites"
        slots["client"] = sc.value(mod[:-2] if mod.endswith("'s") else mod[:-1])
        sc.blank(mod_start, obj.start)
        mod = ""
    whose = re.match(r"((?-i:[A-Z])[\w&.-]*)'s\s+", mod)
    if whose:  # "Globex's backup contract": whose, then what kind
        slots["client"] = sc.value(whose.group(1))
        sc.blank(mod_start, mod_start + whose.end())
        mod, mod_start = mod[whose.end() :], mod_start + whose.end()
    if _owner_before(sc, obj, mod, search):
        # "globex users", "hannah fischer appointments": typed in lower case, the words before
        # the noun may name whose they are; the resolver tries (see owner_guess)
        slots["owner_guess"] = sc.value(mod)
        sc.blank(mod_start, obj.start)
        mod = ""
    if mod and not search:
        # "the SLA report" is about SLAs; "Contoso contracts" belong to Contoso.
        if obj.plural and obj.entity in {"sites", "users"} and mod[0].isupper():
            # "Globex sites", "Initech users": the customer's records, not sites named Globex
            slots["client"] = sc.value(mod)
            sc.blank(mod_start, obj.start)
        elif obj.entity in _TOPIC_ENTITIES or obj.entity in _SELF_NAMED:
            search = sc.value(mod)
            sc.blank(mod_start, obj.start)
        elif mod[0].isupper() or mod.startswith("«"):
            slots["client"] = sc.value(mod)
            sc.blank(mod_start, obj.start)
    if not search and obj.entity not in _TOPIC_ENTITIES and obj.entity != "customers":
        _of_owner(sc, obj, slots)
    sc.blank(obj.start, obj.end)
    if _INACTIVE_RE.search(sc.text):
        slots["active_only"] = False
    elif _ACTIVE_RE.search(sc.text):
        slots["active_only"] = True
    fields = [
        name
        for name, pattern in _FIELD_WORDS
        if re.search(rf"\b(?:{pattern})\b", sc.text, IGNORE_CASE)
    ]
    if fields:
        slots["fields"] = fields
    owner = sc.take_group(_HAS_RE)
    if owner:
        slots["client"] = owner
    extract_fields(sc, slots, owner=obj.entity not in _TOPIC_ENTITIES, bare_urgent=False)
    own = _SELF_NAMED.get(obj.entity)
    if not search and own and own in slots:
        search = slots.pop(own)
    if obj.entity in {"agents", "teams"} and "client" in slots:
        # No customer has agents or teams: "the Service Desk team's agents" are that team's,
        # "agent details for Chloe Martin" and "Tom Walsh's team" name the agent
        name = str(slots.pop("client"))
        team = without_team_noun(name)
        if obj.entity == "agents" and team != name:
            slots["team"] = team
        else:
            slots["entity"] = "agents"
            search = search or name
    if not search and obj.entity in _TOPIC_ENTITIES:
        search = _topic_before(doc, obj)
    named_in = None if search else _FIND_NAME_IN_RE.match(doc.text)
    if named_in and named_in.end() <= obj.start:  # "find Pepper Potts in the users"
        search = doc.restore(named_in.group(1))
        slots.pop("client", None)
    client = slots.get("client")
    if isinstance(client, str) and _RECORD_CODE_RE.fullmatch(client) and not search:
        search = slots.pop("client")  # "find the INI-SUPPORT contract": the record's own code
    if obj.entity == "agents" and not ({"team", "client"} & slots.keys() or search):
        in_team = _IN_TEAM_RE.match(sc.text, obj.end)
        name, _end = take_name(sc.text, in_team.end()) if in_team else ("", 0)
        if name:  # "agents in 2nd Line Support"
            slots["team"] = without_team_noun(sc.value(name))
    if search:
        slots["search"] = search
    return slots


_FIND_NAME_IN_RE = re.compile(
    r"^\W*(?:please\s+)?(?:find|look\s*up|search\s+for)\s+([\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+"
    r"(?:in|among|from)\s+(?:the\s+|our\s+)?(?=\w)",
    IGNORE_CASE,
)
# A record's code, in capitals with a dash: "AC-2219", "GLX-MSP-2026", "INI-SUPPORT"
_RECORD_CODE_RE = re.compile(r"(?-i:[A-Z0-9]{2,}(?:-[A-Z0-9]+)+)")
# ("agents in field services?": typed in lower case, the team's name is too)
_IN_TEAM_RE = re.compile(r"[\s¦]*(?:in|on|within)\s+(?:the\s+)?(?=[A-Za-z0-9])", IGNORE_CASE)


def _topic_before(doc: Prepared, obj: QueryObject) -> str:
    """ "new starter checklist - wheres the guide?": the topic said first, the article asked
    for after a dash or colon."""
    separator = find_separator(doc.text)
    if not separator or separator.end() > obj.start:
        return ""
    topic = strip_polite(doc.restore(doc.text[: separator.start()]))
    return topic if re.search(r"[A-Za-z]{2}", topic) and len(topic.split()) <= 6 else ""
