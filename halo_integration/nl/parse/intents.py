"""Intent detection: which action a request asks for.

A table of `Cue`s (action, strength, pattern) is matched against the prepared text; list and
lookup requests are recognised by a query verb and its object noun (`query_intent`). The winner
is chosen by, in order:
1. cues in the head of the request (before the first " - " or ":" separator) beat cues in the
   tail, because the tail is usually the description or note text;
2. higher strength (3: an explicit command, 2: a clear but indirect phrasing, 1: a hint such as
   a problem statement);
3. the earliest position ("Resolve ticket 3101 and add a note" resolves; the note is secondary);
4. table order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from halo_integration.actions.lifecycle import RATE_TICKET, REOPEN_TICKET
from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS
from halo_integration.actions.tickets_write import (
    ADD_NOTE,
    CREATE_TICKET,
    RESOLVE_TICKET,
    UPDATE_TICKET,
)

from .contact_query import contact_intent
from .cue_parts import (
    BARE_ID_LEAD_RE,
    IGNORE_CASE,
    MEASURE_AFTER,
    NAME_HEADING_RE,
    NAME_RUN,
    QUESTION_START_RE,
    STATUS_QUESTION_WORDS,
    THING_RE,
    TICKET_FOR_LEAD_RE,
    TICKET_HEADER_RE,
    TICKET_NOUN,
    TICKET_REF_RE,
    Cue,
    Intent,
)
from .cues_fields import FIELD_CUES
from .cues_reads import READ_CUES
from .cues_tickets import TICKET_CUES
from .rating_cues import RATING_CUES
from .text import SENTENCE_END_RE, words

# One table, in priority order for ties: ratings ("how do I rate my ticket?" is not a question
# for the articles), the ticket's life, then fields, then reads.
CUES: tuple[Cue, ...] = RATING_CUES + TICKET_CUES + FIELD_CUES + READ_CUES


# --- list and lookup: a query verb and the noun it asks about ------------------------------

# "I need the invoices of Globex for last quarter", "we'd like copies of the contracts for
# Initech": records of someone asked for, not a problem to open a ticket about
_RECORDS_WANTED = (
    r"\b(?:need|want|would\s+like|'d\s+like|require)\s+(?:to\s+(?:see|get|have|check|review)\s+)?"
    r"(?:(?:the|all(?:\s+the)?|(?:a\s+list|a\s+copy|copies)\s+of(?:\s+the|\s+all)?)\s+)?"
    r"(?=(?:invoices|bills|contracts|agreements|appointments|sites|assets)\s+(?:of|for|from)\s+\w)"
)
_RECORDS_WANTED_RE = re.compile(_RECORDS_WANTED, IGNORE_CASE)
_QUERY_VERB_RE = re.compile(
    r"\b(?:list|show|display|view|find|search|get|give|fetch|pull\s+up|see|browse|"
    r"look\s+up|lookup|look\s+for|what|which|who|how\s+many|count|do\s+I\s+have|are\s+there|"
    r"is\s+there|"
    # "when does Globex's backup contract run out?": a date of a record asks for the record
    r"when(?=\s+(?:does|do|did|will|is|are|was)\b[^?.]*?\b(?:contracts?|agreements?|invoices?|"
    r"appointments?|visits?)\b)|"
    r"any|all|every|report\s+on|"
    # "tell me about the Network team"
    r"tell\s+(?:me|us)\s+(?:more\s+)?about|"
    # "run the SLA compliance report for me": a report run is a report looked up
    r"(?:run|generate|produce)(?=\s+(?:me\s+)?(?:the|a|an|our|this|that)\s+(?:[\w-]+\s+){0,5}?"
    r"reports?\b)|"
    # "could you send me the SLA compliance report": a report sent is a report looked up
    r"(?:send|e-?mail|forward)\s+(?:me|us)(?=\s+(?:the|our|a\s+copy\s+of\s+the)\s+(?:[\w-]+\s+){0,5}?"
    r"reports?\b))\b|" + _RECORDS_WANTED,
    IGNORE_CASE,
)
_STRONG_LIST_VERB_RE = re.compile(r"\b(?:list|show|display|find|search|browse)\b", IGNORE_CASE)

# Entity nouns for lookups, most specific first ("ticket types" before "tickets").
ENTITY_NOUNS: tuple[tuple[str, str], ...] = (
    (
        "ticket_types",
        r"(?:ticket|request|call)\s+(?:types?|categories)|"
        r"(?:kinds?|types?|sorts?|categories)\s+of\s+(?:tickets?|requests?|calls?)",
    ),
    ("statuses", r"(?:ticket\s+)?statuses|status\s+(?:list|values|options)"),
    ("priorities", r"(?:ticket\s+)?priorities|priority\s+(?:levels|list|values|options)"),
    ("outcomes", r"outcomes|action\s+types"),
    (
        "kb_articles",
        r"kb(?:\s+articles?)?|knowledge\s*base(?:\s+articles?)?|knowledgebase|articles?|faqs?|"
        r"how-?to\s+guides?|guides?|instructions|documentation|solutions",
    ),
    ("appointments", r"appointments?|bookings?|site\s+visits?|visits"),
    ("invoices", r"invoices?|bills|billing"),
    ("contracts", r"contracts?|agreements?|service\s+agreements?"),
    ("reports", r"reports?"),
    ("assets", r"assets?|devices?|configuration\s+items?|cis|equipment"),
    ("sites", r"sites?|locations?"),
    ("agents", r"agents?|technicians?|techs|engineers?|analysts?"),
    ("teams", r"teams?|queues?|support\s+groups?"),
    # ("every ticket I have with you people": the desk, no users)
    ("users", r"users?|contacts?|end[- ]users?|(?<!\byou\s)people|employees|requesters?"),
    (
        "customers",
        r"customers?|clients?|compan(?:y(?![\s-]wide)|ies)|organi[sz]ations?(?![\s-]wide)|accounts",
    ),
)
_OBJECT_RE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in ENTITY_NOUNS)
    + rf"|(?P<ticket>{TICKET_NOUN}))\b",
    IGNORE_CASE,
)
# A noun after one of these is a filter ("assigned to agent 6", "for customer X"), not the
# thing asked for.
_FILTER_WORDS = words("for of at to by from with in under on per whose")
# "the list of ticket types", "all of the contracts", "a list of every ticket I have": "of"
# does not make a filter here.
_LIST_OF_RE = re.compile(
    r"\b(?:list|all|each|any|names|details|summary|info|information|overview|history|copy)"
    r"\s+of\s+(?:(?:the|my|all|every|each|any)\s+)?$",
    IGNORE_CASE,
)
_QUANTIFIERS = words("every all any each")
_GREETINGS = words("hi hello hey dear thanks cheers morning afternoon evening")
_GENERIC_AFTER_RE = re.compile(r"\s+(tickets?|cases|calls|jobs)\b", IGNORE_CASE)
_QUANTIFIER_RE = re.compile(r"\b(?:every|all|any)\s+(?:\w+\s+){0,2}$", IGNORE_CASE)


# The case of a device, not a support case: a device's word before it, or a body's fault after it
_DEVICE_BEFORE_CASE_RE = re.compile(
    r"\b(?:laptop|phone|mobile|pc|computer|tablet|ipad|iphone|carry|carrying|protective|battery|"
    r"tower|headphone|headset)\s+$",
    IGNORE_CASE,
)
_CASE_BODY_FAULT_RE = re.compile(
    r"cases?\s+of\s+(?:my|the|our|his|her|their|a|this)\s+(?:laptop|phone|mobile|pc|computer|"
    r"tablet|ipad|iphone|monitor|headset|projector|printer)\b|"
    r"cases?\s+(?:(?:is|has|was)\s+(?:now\s+)?)?(?:(?:no\s+longer|not|doesn'?t|does\s+not|won'?t|"
    r"will\s+not|can'?t|cannot)\s+(?:close|closes|shut|shuts|fit|fits|latch|latches|lock|locks)|"
    r"cracked|split|bent|bulging|swollen|dented|warped|broken\s+open)\b",
    IGNORE_CASE,
)


def _physical_case(text: str, start: int) -> bool:
    return bool(
        _CASE_BODY_FAULT_RE.match(text, start)
        or (
            text[start : start + 4].lower() == "case"
            and _DEVICE_BEFORE_CASE_RE.search(text[max(0, start - 20) : start])
        )
    )


@dataclass(frozen=True)
class QueryObject:
    entity: str  # an ENTITY_NOUNS name or "ticket"
    start: int
    end: int
    plural: bool


_REPORT_HEAD_RE = re.compile(
    r"(?:\s+(?!(?:about|on|with|regarding|re|in|from|for|of|the|a|an|my|our|this|that|to|and|or)\b)"
    r"[\w-]+){0,3}?\s+reports?\b(?!')",
    IGNORE_CASE,
)


_KINDS_OF_CALL = words("""
    video voice conference sales client customer conf audio group weekly daily monthly team
    standup stand-up status catch-up catchup zoom teams webex phone board
    """)


def query_object(text: str, start: int = 0) -> QueryObject | None:
    """The first entity or ticket noun after `start` that is not a filter."""
    for match in _OBJECT_RE.finditer(text, start):
        before = re.findall(r"[A-Za-z]+", text[start : match.start()])
        if (
            before
            and before[-1].lower() in _FILTER_WORDS
            and not _LIST_OF_RE.search(text, 0, match.start())
        ):
            continue
        if (
            len(before) >= 2
            and before[-1].lower() in _QUANTIFIERS
            and before[-2].lower() in _FILTER_WORDS
            # ("a list of every ticket I have": the list asked for, of them)
            and not _LIST_OF_RE.search(text, 0, match.start())
        ):
            continue  # "a buzzing sound on every call": when it happens, not what is asked for
        if before and before[-1].lower() in _GREETINGS:
            continue  # "Hi team, ..." greets; it does not ask for teams
        if (
            before
            and match.group(0).lower() in {"call", "calls"}
            and (THING_RE.fullmatch(before[-1]) or before[-1].lower() in _KINDS_OF_CALL)
        ):
            continue  # "my headset cuts out in Teams calls": calls made, no tickets
        if before and match.group(0).lower() == "case" and before[-1].lower() in {"a", "in"}:
            continue  # "I'm building a case for my manager", "in case it matters"
        if _physical_case(text, match.start()):
            continue  # "the case no longer closes", "my phone case is cracked": a thing, no ticket
        if text.startswith("'s ", match.end()):
            continue  # "the Service Desk team's open tickets": the team owns what is asked for
        if re.match(r"\s*(?:id\s*)?#?\s*\d+\b", text[match.end() :], IGNORE_CASE) and not re.match(
            TICKET_NOUN, match.group(0), IGNORE_CASE
        ):
            continue  # "customer 42's tickets": a customer named by its id is a filter
        entity = next(name for name, value in match.groupdict().items() if value)
        if entity != "reports" and _REPORT_HEAD_RE.match(text, match.end()):
            continue  # "asset warranty expiry report": the report is asked for, of assets
        start, end = match.start(), match.end()
        generic = _GENERIC_AFTER_RE.match(text, end) if entity == "ticket" else None
        if generic:
            # "Service Request tickets": the generic noun is the object, the type its modifier.
            start, end = generic.start(1), generic.end(1)
        plural = text[start:end].lower().endswith("s") or bool(_QUANTIFIER_RE.search(text[:start]))
        return QueryObject(entity, start, end, plural)
    return None


# Words that make a request a sentence about something rather than a bare "Globex sites".
_SENTENCE_WORDS = words("""
    i i'm i've my me we our us it it's is are was were gets get got keeps kept has have had does
    do did won't can't don't doesn't isn't aren't not will would should when since after during
    because but cant wont dont doesnt isnt cannot into
    """)


def _bare_noun_phrase(text: str) -> bool:
    tokens = re.findall(r"[\w'&.-]+", text.lower())
    return len(tokens) <= 7 and not any(t in _SENTENCE_WORDS for t in tokens)


# "drops every 5 minutes", "all day", "any more": a quantifier of time asks for nothing.
_TIME_QUANTIFIER_RE = re.compile(
    r"\s+(?:\d+|few|couple|other|single|time|times|day|days|morning|mornings|night|hour|"
    r"hours|minute|minutes|second|seconds|week|weeks|month|months|now|more|longer|of\s+a\s+sudden|"
    r"over|along|the\s+time|day\s+long)\b",
    IGNORE_CASE,
)


# "on every call", "across all customers", "for any user": a quantifier after a preposition
# limits something; it asks for nothing.
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:on|in|at|during|after|before|for|with|across|from|of|over|to|by|under|throughout)\s*$",
    IGNORE_CASE,
)


_GET_SOMEWHERE_RE = re.compile(
    r"\s+(?:into|in|inside|onto|on|through|back|rid|past|around|logged|access|to\s+(?!see\b))\b",
    IGNORE_CASE,
)

_GET_DONE_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:installed|set\s+up|fixed|sorted|replaced|repaired|enabled|unlocked|"
    r"reset|added|removed|upgraded|updated|activated|renewed)\b",
    IGNORE_CASE,
)
# "any chance of ...", "any way to ...", "any idea why ...": an idiom, not "any <thing>"
_ANY_IDIOM_RE = re.compile(r"\s+(?:chance|way|idea|ideas|reason)\b", IGNORE_CASE)
# "... - also which ones need something from me": "which" pointing back at the records named
# before it asks for no others
_POINTING_BACK_RE = re.compile(r"\s+(?:ones?|of\s+(?:them|those|these))\b", IGNORE_CASE)


def _query_verb(text: str) -> re.Match[str] | None:
    for verb in _QUERY_VERB_RE.finditer(text):
        word = verb.group(0).lower()
        if word == "get" and _GET_SOMEWHERE_RE.match(text, verb.end()):
            continue  # "I can get into the Finance site now": getting in fetches nothing
        if word == "get" and _GET_DONE_RE.match(text, verb.end()):
            continue  # "is it possible to get Acrobat installed?": a thing done, not fetched
        if word in {"any", "all", "every"} and (
            _TIME_QUANTIFIER_RE.match(text, verb.end())
            or _ANY_IDIOM_RE.match(text, verb.end())
            # ("my open tickets, all of them": the records named before it, all of them)
            or (verb.start() > 0 and _POINTING_BACK_RE.match(text, verb.end()))
            or _PREPOSITION_BEFORE_RE.search(text, 0, verb.start())
        ):
            continue
        if (
            word in {"which", "what"}
            and verb.start() > 0
            and _POINTING_BACK_RE.match(text, verb.end())
        ):
            continue
        return verb
    return None


_ABOUT_A_TICKET_RE = re.compile(
    r"\b(?:on|of|for|with|handles|handling|has|have|owns|is\s+on)\s+(?:ticket\s*)?#?\s*\d{3,10}\b|"
    r"\b(?:my|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:ticket|request|case|one)\b"
    r"(?!s|\s+(?:types?|statuses|priorities|categories|kinds?|fields?)\b)",
    IGNORE_CASE,
)


# "list 3099, 3055, 3160", "show #3012 & #3055": a query verb and nothing but ticket numbers
_IDS_ONLY_RE = re.compile(
    r"\s*(?:tickets?\s*)?#?\s*\d{3,}(?:\s*(?:,|&|\+|/|\band\b)?\s*#?\s*\d{3,})+[\s?.!]*$",
    IGNORE_CASE,
)
# "teams list", "customers list pls", "agents list please": the noun first, the verb after
# it, nothing else
_VERB_LAST_RE = re.compile(r"\s*(?:(?:please|pls|plz|thanks|thx)\b)?[\s?.!]*$", IGNORE_CASE)


# A question about a record named before it: "who has it?", "where is it?", "whose is that?"
_ASKED_OF_IT_RE = re.compile(
    # ("asset GX-1042 who has it", "contract INI-SUPPORT when expires": the same without a
    # dash, the question after the record's code as some languages put it)
    r"(?<=\s)(?:(?:who|where|whose|what)(?:'s|\s+(?:has|is|are|owns|uses|got|holds))?\s+"
    r"(?:(?:got|using|holding|assigned\s+to|with)\s+)?(?:it|this|that|them|they)|"
    r"when\s+(?:(?:does|do|will)\s+)?(?:it\s+|they\s+)?(?:expires?|ends?|renews?|runs?\s+out))"
    r"(?:\s+now)?\W*$",
    IGNORE_CASE,
)


# ("I raised a ticket about the printer, what's going on": a ticket of theirs all the same)
_INDEFINITE_BEFORE_RE = re.compile(
    r"(?<!\bhave\s)(?<!\bhad\s)(?<!\bgot\s)(?<!\braised\s)(?<!\blogged\s)(?<!\bopened\s)"
    r"(?<!\bsubmitted\s)(?<!\bin\s)(?<!\bsent\s)(?<!\bcreated\s)(?<!\bmade\s)(?<!\bfiled\s)"
    r"\b(?:a|an)\s+(?:[\w-]+\s+)?$",
    IGNORE_CASE,
)


_HEADING_REST_RE = re.compile(r"\s*(?::|\s-)\s*\w")


def query_intent(text: str) -> tuple[Intent, QueryObject | None] | None:
    """List/lookup/get from "show/list/find/what ... <noun>", or a bare "my tickets"."""
    verb = _query_verb(text)
    if verb and _IDS_ONLY_RE.match(text, verb.end()):
        return Intent(GET_TICKET, 3, verb.start(), verb.end(), "query"), None
    obj = query_object(text, verb.start() if verb else 0)
    if obj is None and verb:
        # "teams list", "kb search: vpn": the noun first, the verb after it
        first = query_object(text)
        if first is not None and not text[first.end : verb.start()].strip():
            if _VERB_LAST_RE.fullmatch(text, verb.end()):
                obj = QueryObject(first.entity, first.start, first.end, plural=True)
            elif first.entity == "kb_articles" or (
                # "user lookup: samir", "asset search - GX-1042": a record's heading
                first.entity != "ticket"
                and first.start < 3
                and _HEADING_REST_RE.match(text, verb.end())
            ):
                obj = QueryObject(first.entity, first.start, verb.end(), first.plural)

    if obj is None and verb and _ASKED_OF_IT_RE.match(text, verb.start()):
        # "asset AC-2219 - who has it?": the record named first, then a question about it
        first = query_object(text)
        if first is not None and first.entity != "ticket" and first.start < 3:
            obj = QueryObject(first.entity, first.start, first.end, first.plural)
    if obj is None:
        # "List every open Hardware Fault ...": an unknown noun after a quantifier is a type.
        strong = verb and _STRONG_LIST_VERB_RE.match(text, verb.start())
        if verb and strong and re.search(r"\b(?:every|all|any)\b", text, IGNORE_CASE):
            return Intent(LIST_TICKETS, 2, verb.start(), verb.end(), "query"), None
        return None
    start = verb.start() if verb else obj.start
    strength = 3 if verb else 2
    # ("contract INI-SUPPORT when expires": the record first, then a question about it)
    asked_of_it = obj.start < 3 and _ASKED_OF_IT_RE.search(text)
    if obj.entity != "ticket" and not verb and not (_bare_noun_phrase(text) or asked_of_it):
        return None  # "My laptop gets hot during Teams calls" describes; it asks for no teams
    if obj.entity != "ticket":
        strength = 3 if verb else 1
        if re.search(r"\bticket\s*#?\s*\d+|#\s*\d+|^\W*\d{3,}\b", text, IGNORE_CASE) or (
            obj.entity != "kb_articles" and _ABOUT_A_TICKET_RE.search(text)
        ):
            # "which team handles my vpn ticket?", "who is my technician on 3115": a question
            # about a ticket's team or technician reads the ticket
            return Intent(GET_TICKET, strength, start, obj.end, "query"), obj
        return Intent(LOOKUP, strength, start, obj.end, "query"), obj
    if obj.plural:
        return Intent(LIST_TICKETS, strength, start, obj.end, "query"), obj
    if not verb and not re.fullmatch(r"ticket|case|call", text[obj.start : obj.end], IGNORE_CASE):
        return None  # "I have a problem with my VPN" is a complaint, not a ticket reference
    if not verb and _INDEFINITE_BEFORE_RE.search(text, 0, obj.start):
        return None  # "not sure this counts as a ticket", "a Zoom call": no ticket of theirs
    if verb and verb.group(0).lower() in {"all", "any", "every"}:
        strength = 1  # "all sorted now, please close ticket 3131": "all" asks for nothing
    return Intent(GET_TICKET, strength if verb else 1, start, obj.end, "query"), obj


# --- choosing ------------------------------------------------------------------------------

_SEPARATOR_RE = re.compile(r"\s-\s|:")
_FIELD_BEFORE_COLON_RE = re.compile(
    r"(?<!\bthe )(?<!\bto )\b(?:priority|status|customer|client|site|team|agent|user|type|https?)\s*$",
    IGNORE_CASE,
)
_ID_BEFORE_COLON_RE = re.compile(r"\b(?:ticket|no|number|id|ref|nr)\s*$", IGNORE_CASE)


def find_separator(text: str, start: int = 0) -> re.Match[str] | None:
    """The first " - " or ":" that separates a command from its free text.

    A colon is not a separator inside a time ("10:30"), after a field name ("priority: high",
    "ticket: 3115") or in a URL.
    """
    for match in _SEPARATOR_RE.finditer(text, start):
        if match.group(0) == ":":
            before, after = text[: match.start()], text[match.end() :]
            if before[-1:].isdigit() and after[:1].isdigit():
                continue
            if after.startswith("//") or _FIELD_BEFORE_COLON_RE.search(before):
                continue
            if _ID_BEFORE_COLON_RE.search(before) and re.match(
                rf"\s*#?\s*\d+\b(?!{MEASURE_AFTER})", after
            ):
                continue  # "ticket: 3115" (but "my monitor ticket: 27 inch" says something)
        return match
    return None


def _cue_intents(text: str) -> list[Intent]:
    found = []
    has_ticket = bool(TICKET_REF_RE.search(text))
    for cue in CUES:
        if cue.needs_ticket and not has_ticket:
            continue
        match = cue.pattern.search(text)
        if match:
            found.append(Intent(cue.action, cue.strength, match.start(), match.end(), cue.kind))
    return found


# A request that starts like a question or a query is one, whatever problem it mentions.
_QUERY_START_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|hi|hey)\W+)*(?:list|show|display|find|search|"
    r"look\s*up|lookup|get|give|fetch|pull|browse|what|what's|whats|which|who|who's|how|where|"
    r"when\s+will|is|are|any|all|every|do|does|did|has|have|status|check)\b",
    IGNORE_CASE,
)
_TICKET_WORD_RE = re.compile(
    # ("my team's holiday requests", "expense requests": requests of another system)
    r"\b(?:tickets?|cases?|(?<!\bholiday\s)(?<!\bleave\s)(?<!\bexpense\s)(?<!\bpurchase\s)"
    r"(?<!\bvacation\s)(?<!\babsence\s)(?<!\bmeeting\s)(?<!\bbooking\s)(?<!\bfriend\s)"
    # ("I wish to request a licence": the verb)
    r"(?<!\bto\s)(?<!\bI\s)(?<!\bwe\s)requests?|incidents?)\b|#\s*\d|"
    # "asset tag 4471", "room 204", "error 500" are no ticket numbers
    r"(?<!\btag\s)(?<!\basset\s)(?<!\bserial\s)(?<!\broom\s)(?<!\bdesk\s)(?<!\bfloor\s)"
    r"(?<!\bext\s)(?<!\berror\s)(?<!\bcode\s)\b\d{3,}\b",
    IGNORE_CASE,
)


_KB_FIRST_RE = re.compile(r"^\W*(?:kb|knowledge\s*base|faqs?)\b", IGNORE_CASE)


# A ticket described by what it is about: "the overheating laptop one" ("the one of ...", "the
# one that ..." point at something else)
_ONE_DESCRIBED_RE = re.compile(
    r"\b(?:the|that|my)\s+(?:[\w-]+\s+){1,3}?one\b(?!\s+(?:of|that|which|who)\b)", IGNORE_CASE
)


# What the person has asked the desk for: their own tickets, whatever thing is named
_WHAT_I_ASKED_RE = re.compile(
    r"\b(?:everything|anything|all|what)\s+(?:that\s+)?I(?:'ve|\s+have|\s+did)?\s+(?:ever\s+)?"
    r"(?:opened|raised|logged|submitted|reported|filed|put\s+in|sent\s+in|asked|got\s+with)\b|"
    # "anything that needs a reply from me?": what waits on the person
    r"\b(?:anything|something)(?:\s+of\s+mine)?\s+(?:that\s+)?(?:needs?|requires?)\s+(?:a\s+|an\s+|my\s+|some\s+)?"
    r"(?:reply|response|answer|input|action|attention|feedback)\b",
    IGNORE_CASE,
)


def _problem_over_query(text: str, pool: list[Intent], best: Intent) -> Intent:
    """ "Excel crashes every time I open the monthly report" reports a problem: the Halo noun
    inside it ("report", "Teams", "site", "asset") is part of the description, not a look-up.
    Only a sentence that does not start like a query and names no ticket is read this way."""
    if best.action not in {LOOKUP, LIST_TICKETS, GET_TICKET} or best.kind not in {
        "query",
        "",
    }:
        return best
    problems = [c for c in pool if c.action == CREATE_TICKET and c.kind in {"problem", "need"}]
    if not problems and best.kind == "query" and best.strength <= 3:
        # "Outlook search returns nothing, even for emails from today": no cue says a problem,
        # but the sentence is a statement about a thing and how it fails
        statement = _problem_statement(text)
        problems = [statement] if statement and FAULT_AFTER_RE.search(text) else []
    if not problems or _QUERY_START_RE.match(text) or _TICKET_WORD_RE.search(text):
        return best
    if best.action == GET_TICKET and _ONE_DESCRIBED_RE.search(text):
        return best  # "latest on the overheating laptop one": the fault describes the ticket
    if best.action == LIST_TICKETS and _WHAT_I_ASKED_RE.search(text):
        return best  # "can I get an overview of everything I've asked IT for?"
    if best.action == LOOKUP and _RECORDS_WANTED_RE.search(text):
        return best
    if best.action == LOOKUP and _KB_FIRST_RE.match(text):
        return best  # "kb phishing", "knowledge base vpn": the topic of a search, no problem
    if best.action == LOOKUP and _closing_look_up(text, best):
        return best
    return min(problems, key=lambda c: c.start)


# "... I can't remember their details. Could you look up the customer Globex for me?": the
# story told first, the look-up asked for in a sentence of its own at the end
_CLOSING_LOOK_UP_RE = re.compile(
    r"\W*(?:(?:so|and|but|anyway|please|pls)\W+)*(?:(?:could|can|would|will)\s+(?:you|someone|"
    r"somebody|u)\s+(?:please\s+)?|please\s+)?(?:look\s*up|find|search\s+for|pull\s+up|"
    r"show\s+me|get\s+me|list)\b",
    IGNORE_CASE,
)


def _closing_look_up(text: str, best: Intent) -> bool:
    # (the query's span may start in the story: "what they pay for ... Please find the contracts")
    starts = [m.end() for m in SENTENCE_END_RE.finditer(text[: best.end])]
    return bool(starts) and bool(_CLOSING_LOOK_UP_RE.match(text, starts[-1]))


_STATEMENT_RE = re.compile(
    r"\b(?:my|me|our|i|i'm|i've|we|we're|there's|there\s+is|it|its|it's)\b|"
    r"^\W*(?:the|a|an)\b",
    IGNORE_CASE,
)
_NOT_A_PROBLEM_START_RE = re.compile(
    # ("When I try to print to PDF nothing happens": a condition, then the problem)
    r"^\W*(?:what|which|who|whom|whose|where|why|when(?!\s+(?:I|we)\b)|hi|hello|hey|thanks|thank|ok|"
    r"okay|yes|no)\b",
    IGNORE_CASE,
)
_PRAISE_RE = re.compile(
    r"\b(?:love|(?:i|we)\s+(?:really\s+)?like|likes|great|awesome|nice|good|brilliant|perfect|"
    r"thanks|thank|happy(?!\s+(?-i:[A-Z][a-z]))|(?<!\bonly\s)(?<!\bsometimes\s)(?<!\bhalf\s)(?<!\bnothing\s)"
    # ("nothing works when a cable is plugged in" is a fault)
    r"works(?!\s+only\b))\b",
    IGNORE_CASE,
)
# "... and I missed a meeting because of it. great.": praise alone after the fault is sarcasm
_SARCASM_END_RE = re.compile(
    r"(?<=[.!?])\s*(?:just\s+|oh\s+|how\s+)?(?:great|brilliant|perfect|fantastic|lovely|"
    r"wonderful|nice|awesome)\W*$",
    IGNORE_CASE,
)
# "only one screen works when I dock", "it works only on wifi": something works in part, a fault
_PARTLY_WORKS_RE = re.compile(
    r"\bonly\s+(?:one|the|my|on|in|when|if|with)\b[^,.;!?]{0,40}\bworks\b"
)


# A thing's failure said in a word or two at the end: "warehouse scanner dead"
_BROKEN_END_RE = re.compile(
    r"\b(?:dead|down|broken|offline|off\s*line|not\s+working|stopped\s+working|failing|failed|"
    r"jammed|jamming|frozen|freezing|crashed|crashing|won'?t\s+\w+|cant\s+\w+|can't\s+\w+|"
    r"keeps\s+\w+|no\s+(?:signal|power|network|internet|sound|display)|unreachable|flickering)"
    r"\W*$",
    IGNORE_CASE,
)


# "Globex (Cypress Creek site) says the shared scanner emails never arrive": after the thing,
# what is wrong with it or what it needs (the names before it are whose it is)
FAULT_AFTER_RE = re.compile(
    r"\b(?:keeps?|kept|never|won'?t|can'?t|cannot|isn'?t|doesn'?t|don'?t|aren'?t|stopped|fails?|"
    r"failing|failed|broken|dead|down|offline|crash(?:es|ed|ing)?|freez(?:es|ing)|frozen|"
    r"blue-?screens?|needs?|needed|lost|losing|times?\s+out|timing\s+out|slow(?:ly)?|errors?|"
    r"flicker(?:s|ing)?|jam(?:s|med|ming)?|printing\s+\w+|not\s+\w+ing|no\s+longer|"
    r"(?:returns?|shows?|finds?|displays?)\s+(?:nothing|no\s+results?|blank)|"
    r"still\s+(?!(?:works?|working|fine|ok|okay|good|great)\b)\w+)\b",
    IGNORE_CASE,
)
# "Springfield Campus at Globex has no guest Wi-Fi": what is missing, said before the thing
_LACKS_BEFORE_RE = re.compile(
    r"\b(?:has|have|had|got|there(?:'s|\s+is))\s+(?:no|lost(?:\s+(?:its|their|the))?)\s+(?:[\w-]+\s+){0,2}$",
    IGNORE_CASE,
)
# "Our customer feedback site loads really slowly": a web site, when what is wrong with it follows
_SITE_RE = re.compile(r"\b(?:web\s*)?sites?\b", IGNORE_CASE)


def _failing_site(text: str, start: int) -> re.Match[str] | None:
    site = _SITE_RE.search(text, start)
    return site if site and FAULT_AFTER_RE.search(text, site.end()) else None


_FOR_HEADING_RE = re.compile(r"^\W*for\s+[\w&.' -]{1,40}?\s*:\s*(?=\S)", IGNORE_CASE)
_NAME_FOR_NAME_HEADING_RE = re.compile(rf"^\W*{NAME_RUN}\s+for\s+{NAME_RUN}\s*(?::|\s-\s)\s*(?=\S)")


# "Hi there! Not urgent, but ...", "Hello, no rush - ...": a greeting, and how soon it is
# wanted, before the statement itself
_STATEMENT_LEAD_RE = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|dear\s+\w+|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|"
    r"team|all|guys|folks|it|support))?\s*[!,.:-]+\s*)?"
    r"(?P<when>(?:(?:it'?s\s+)?not\s+(?:urgent|critical|a\s+priority)|no\s+(?:rush|hurry)|"
    r"low\s+priority|whenever\s+you\s+(?:can|have\s+(?:a\s+)?(?:time|moment|minute))|"
    r"when\s+you\s+(?:can|get\s+a\s+(?:chance|moment|minute)|have\s+(?:a\s+)?(?:time|moment|"
    r"minute)))\s*(?:[,:;-]+\s*)?"
    r"(?:but\s+)?)?",
    IGNORE_CASE,
)


def _problem_statement(text: str) -> Intent | None:
    """A last resort before "not understood": a statement about a device or an app."""
    lead = _STATEMENT_LEAD_RE.match(text)
    # (a greeting alone leads nothing: "Hi, where is ..." still asks)
    lead_end = lead.end() if lead and lead.group("when") else 0
    words_found = re.findall(r"[A-Za-z']+", text[lead_end:])
    broken = _BROKEN_END_RE.search(text)
    if (
        len(words_found) < (3 if broken else 4)
        or _NOT_A_PROBLEM_START_RE.match(text, lead_end)
        or (
            _PRAISE_RE.search(_SARCASM_END_RE.sub("", text))
            and not _PARTLY_WORKS_RE.search(text.lower())
        )
    ):
        return None
    # "Acme Inc Remote Workers: the VPN rejects logins": the sentence follows a name heading.
    heading = (
        NAME_HEADING_RE.match(text)
        or _FOR_HEADING_RE.match(text)  # "for emma jones: ..."
        or _NAME_FOR_NAME_HEADING_RE.match(text)  # "Globex Cypress Creek for Hank Scorpio - ..."
    )
    offset = heading.end() if heading and THING_RE.search(text, heading.end()) else lead_end
    thing = THING_RE.search(text, offset) or _failing_site(text, offset)
    if not thing:
        return None
    # "keyboard types random characters": the thing opens the sentence, its subject
    # ("acme inc hq projector dead": a customer and site first, when a failure ends it)
    leading = len(re.findall(r"[\w'-]+", text[offset : thing.start()])) <= (5 if broken else 2)
    if not (
        leading
        or _STATEMENT_RE.search(text[offset:])
        or FAULT_AFTER_RE.search(text, thing.end())
        or _LACKS_BEFORE_RE.search(text, offset, thing.start())
    ):
        return None
    return Intent(CREATE_TICKET, 1, thing.start(), thing.start(), "problem")


# "ticket 3042 - check", "3121: show please": after the ticket, the verb to read it is no news
_READ_VERBS = words("show see view check display read")


def header_note(text: str, best: Intent) -> Intent:
    """ "For 3131: any news on the delivery of the monitor?", "for ticket 3120 - IT can pick
    the laptop up anytime": a ticket named first, then something to tell the people on it, is a
    note, whatever question or problem it contains. Only a question about how the ticket is
    doing ("For 3131: any news?") reads it; a command after the ticket ("3115: close it") wins."""
    header = TICKET_HEADER_RE.match(text)
    header_only = best.action == ADD_NOTE and best.kind == "update_with" and best.strength <= 1
    readable = best.action in {GET_TICKET, CREATE_TICKET} or header_only
    if not header or not readable or best.kind == "howto":
        return best
    bare = BARE_ID_LEAD_RE.match(text)
    if best.action == GET_TICKET and bare and bare.end() == header.end():
        # "#3131 history plz", "3110 is with the supplier?": with no colon or dash after the
        # number, words that read the ticket are no news for it
        return best
    if _STATE_QUESTION_RE.match(text, header.end()):
        # "ticket 3121 - was that ever fixed?", "the wifi ticket, what was the outcome?"
        return Intent(GET_TICKET, max(best.strength, 2), 0, header.end(), "question")
    tail = re.findall(r"[\w']+", text[header.end() :].lower())
    if all(word in STATUS_QUESTION_WORDS | _READ_VERBS for word in tail):
        # "password ticket - details": with no other cue, the ticket is read
        return Intent(GET_TICKET, 2, 0, header.end(), "question") if header_only else best
    if _chase_after_header(text[header.end() :]):
        return Intent(GET_TICKET, max(best.strength, 2), 0, header.end(), "question")
    return Intent(ADD_NOTE, best.strength, 0, header.end(), "update_with")


# How long a ticket has waited, said after asking how it is doing: "I put it in ages ago",
# "It's been In Progress since last week and I haven't heard a peep"
_WAITED_RE = re.compile(
    r"\b(?:since|ages|weeks|for\s+(?:days|a\s+while)|haven'?t\s+heard|not\s+heard|no\s+(?:word|news|"
    r"reply|answer)|(?:still|been)\s+waiting|been\s+sitting|nobody\s+has|no\s?one\s+has)\b",
    IGNORE_CASE,
)
_ASKS_MORE_RE = re.compile(
    r"\b(?:please|pls|could|can|would|add|tell|let|note|pass|ask|deliver|send|bring)\b", IGNORE_CASE
)


def _chase_after_header(tail: str) -> bool:
    """ "the monitor request - where is it at? I put it in ages ago": after the ticket, a
    question of how it is doing and how long it has waited, with nothing more asked, chases the
    ticket: the person wants to read where it stands."""
    question, mark, rest = tail.partition("?")
    words_asked = re.findall(r"[\w']+", question.lower())
    if not mark or not words_asked or not all(w in STATUS_QUESTION_WORDS for w in words_asked):
        return False
    return bool(_WAITED_RE.search(rest)) and not _ASKS_MORE_RE.search(rest)


# A question whose answer is how the ticket ended or stands: after a ticket named first it
# reads the ticket ("any news on the delivery?" asks the people on it, a note).
_STATE_QUESTION_RE = re.compile(
    r"\W*(?:(?:so|and|but|ok|okay)\W+)?(?:(?:is|was|has|have|did|are|were)\b[^?.!]*?\b(?:ready|fixed|"
    r"done|sorted|resolved|closed|finished|approved|delivered|ordered|arrived|solved|completed|"
    # "has it been assigned to anyone yet?", "is the monitor coming?": how far it has got
    r"assigned|picked\s+up|looked\s+at|started|coming|on\s+(?:its|the)\s+way|dispatched|shipped|"
    r"being\s+(?:worked\s+on|looked\s+at|handled|dealt\s+with))\b"
    r"[^.!]*?\?|what\s+(?:was|is|were|has\s+been)\s+the\s+(?:final\s+)?(?:outcome|result|resolution|"
    r"fix|solution|verdict|conclusion)\b|"
    # "the printer one, what happened", "what happened to it?": how it ended
    r"what(?:'s|s)?\s+(?:ever\s+)?happened(?:\s+(?:to|with)\s+(?:it|this|that|them))?\W*$|"
    # "somebody is working on it?", "there is news?": the same questions in their writer's word
    # order, told from news by the question mark
    r"(?:somebody|someone|anybody|anyone|(?-i:IT)|support|they|you)\s+(?:is|are)\s+(?:already\s+|"
    r"still\s+|now\s+)?(?:working|looking)\b[^.!]*?\?|"
    r"there\s+(?:is|are)\s+(?:already\s+)?(?:any\s+|some\s+|an?\s+)?(?:news|updates?|progress|"
    r"answers?|reply|replies)\b[^.!]*?\?|"
    # "3121 - what did they do to fix it", "how did IT sort it in the end?": what was done
    r"what\s+did\s+(?:they|you(?:\s+guys)?|some(?:one|body)|it|the\s+\w+)\s+(?:actually\s+|really\s+|"
    r"end\s+up\s+)?(?:do|find|say|decide|"
    r"conclude|end\s+up\s+doing)\b|"
    # "3140 - has anyone even looked at it", "3099 - anything new from the customer?"
    r"(?:has|have|did)\s+(?:anyone|anybody|someone|somebody|you|they)\s+(?:even\s+|yet\s+|actually\s+)?"
    r"(?:looked\s+at|touched|picked\s+up|started\s+on|seen)\s+(?:it|this|that)(?:\s+yet)?\W*$|"
    r"(?:anything|something)\s+new\b[^.!]*\?|"
    # "tikcet 3076 - what's it waiting on?"
    r"what(?:'s|s|\s+is)\s+(?:it|this|that)\s+(?:still\s+)?waiting\s+(?:on|for)\b|"
    # "The VPN ticket, who's handling it?": who has it
    r"who(?:'s|s|\s+is)\s+(?:(?:handling|dealing\s+with|working\s+on|looking\s+(?:at|after)|on|"
    r"assigned(?:\s+to)?)\s+)?(?:it|this|that|this\s+one|that\s+one)(?:\W*$|\s*\?)|"
    # "Ticket 3076, anyone? hello??": is anybody there
    r"(?:anyone|anybody|hello)\s*\?+(?:\s*(?:anyone|anybody|hello|hi)\W*)*$|"
    r"how\s+(?:did|was|were|has|have)\s+(?:it|this|that|they|you(?:\s+guys)?|some(?:one|body)|the\s+\w+)"
    r"\s+(?:get\s+|been\s+)?(?:fix|fixed|solve|solved|resolve|resolved|sort|sorted)\b|"
    # "3160 - what's the last public note?": what the ticket itself says last
    r"what(?:'s|s|\s+is|\s+was)\s+the\s+(?:last|latest|newest|final|most\s+recent)\s+(?:\w+\s+)?"
    r"(?:note|update|reply|comment|message|response|action)\b|"
    # "the sharepoint one, still new?", "3131 on hold?": whether it stands where it stood
    r"(?:is\s+it\s+|it'?s\s+)?(?:still\s+)?(?:new|open|pending|unassigned|waiting|in\s+progress|"
    r"on\s+hold)\s*\?)",
    IGNORE_CASE,
)


# A request that ends by asking for the close: "just to let you know 3089 is sorted. Please
# resolve.", "I can get into the Finance site now, thanks! Close it please".
_CLOSE_AT_END_RE = re.compile(
    r"(?:^|[.!?]\s+|,\s*|\s-\s)(?:(?:so|please|pls|kindly|you\s+can|can\s+you|could\s+you|feel\s+free\s+to|"
    r"go\s+ahead\s+and)"
    r"\s+)*(?:close|resolve)(?:\s+(?:it|this|that|the\s+ticket|(?:the\s+)?(?:ticket\s*)?#?\s*\d{3,10}))?"
    r"(?:\s+(?:off|out|now|please|pls|thanks|thank\s+you))*\W*$",
    IGNORE_CASE,
)


def _close_at_the_end(text: str, pool: list[Intent], best: Intent) -> Intent:
    """News about a ticket that ends by asking for the close is a close: the news is why."""
    if best.action not in {ADD_NOTE, LOOKUP, GET_TICKET} or not _CLOSE_AT_END_RE.search(text):
        return best
    closes = [c for c in pool if c.action == RESOLVE_TICKET]
    return max(closes, key=lambda c: c.start) if closes else best


# The last sentence of a story, when it opens by asking: "... Could you add that to 3042?",
# "... Please add a note so IT knows."
_ASK_SENTENCE_RE = re.compile(
    r"(?<=[.!?])\s+(?:please\s+|(?:could|can|would|will)\s+(?:you|someone|somebody|i|we)\s+"
    # ("third time I'm chasing 3089. add a note that ...": the note asked for plainly)
    r"(?:please\s+)?|(?=(?:add|put|leave|post)\s+(?:a\s+|an\s+)?(?:note|comment)\b))(?=\S)[^.!?]*[.!?]*\s*$",
    IGNORE_CASE,
)


def _note_at_the_end(text: str, pool: list[Intent], best: Intent) -> Intent:
    """A story about a ticket that ends by asking for a note is a note: "I'm chasing 3089 a
    bit. Could you add a note that I need it by the 28th?", "an update for 3042: ... Could you
    add that to 3042?". What came first (the chase, the news) is why the note is asked for."""
    if best.action not in {GET_TICKET, CREATE_TICKET} or not _TICKET_WORD_RE.search(text):
        return best
    ask = _ASK_SENTENCE_RE.search(text)
    if ask is None or best.start >= ask.start():
        return best
    notes = [c for c in pool if c.action == ADD_NOTE and c.start >= ask.start()]
    return min(notes, key=lambda c: c.start) if notes else best


# "kindly check and resolve at the earliest", "please look into it and resolve asap": resolving
# asked for as the work still to do, not a close of a ticket whose work is done
_RESOLVE_AS_WORK_RE = re.compile(
    r"\b(?:check|look\s+(?:in)?to\s+(?:it|this|that|the\s+(?:issue|problem))?|investigate|"
    r"diagnose|help(?:\s+me)?(?:\s+to)?|try\s+to)\s*(?:and\s+)?(?:resolve|fix|sort)\b|"
    r"\b(?:resolve|fix|sort\s+out)\s+(?:it|this|that|the\s+(?:issue|problem))?\s*"
    r"(?:at\s+the\s+earliest|asap|as\s+soon\s+as\s+(?:possible|you\s+can)|urgently|quickly|"
    r"soon|today)\b",
    IGNORE_CASE,
)


_DONE_TO_A_TICKET = frozenset({RATE_TICKET, REOPEN_TICKET, RESOLVE_TICKET, ADD_NOTE, GET_TICKET})


def _asked_then_done(text: str, pool: list[Intent], best: Intent) -> Intent:
    """ "is there a way to rate a ticket? I'd like to give 3067 4 stars": how to do it asked,
    then the thing itself asked for, in a sentence of its own that names the ticket."""
    if best.action != LOOKUP or best.kind != "howto":
        return best
    first_end = SENTENCE_END_RE.search(text, best.end)
    if not first_end:
        return best
    later = [
        c
        for c in pool
        if c.action in _DONE_TO_A_TICKET and c.strength >= 2 and c.start >= first_end.start()
    ]
    if not later or not _TICKET_NUMBER_RE.search(text, first_end.end()):
        return best
    return min(later, key=lambda c: (-c.strength, c.start))


def _resolved_then_note(text: str, pool: list[Intent], best: Intent) -> Intent:
    """ "3120 resolved, add a visible note summarising the fix: new thermal paste": a ticket
    said to be resolved, then a note asked for after it, is a resolve with that note."""
    if best.action != ADD_NOTE:
        return best
    said = [c for c in pool if c.action == RESOLVE_TICKET and c.kind == "statement"]
    if not said or not re.match(r"\s*(?:[,;&]|\band\b|\bthen\b)", text[said[0].end : best.start]):
        return best
    return said[0]


def _fix_not_close(text: str, pool: list[Intent], best: Intent) -> Intent:
    """ "My system is very slow, kindly check and resolve at the earliest": with no ticket named
    and nothing said to be fixed already, the problem is new; the resolve asks for the fix."""
    if best.action != RESOLVE_TICKET or not _RESOLVE_AS_WORK_RE.search(text):
        return best
    if _TICKET_WORD_RE.search(text) or any(c.kind == "statement" for c in pool):
        return best
    problems = [c for c in pool if c.action == CREATE_TICKET and c.kind in {"problem", "need"}]
    return min(problems, key=lambda c: c.start) if problems else best


_SEVERAL_MARKED_IDS_RE = re.compile(
    r"#\s*\d{3,}\b.*#\s*\d{3,}\b|\btickets\s*#?\s*\d{3,}\b|"
    # "3005, 3018 - what happened on those?"
    r"^\W*\d{3,}\s*(?:,|&|\band\b)\s*\d{3,}\b[^?]*\?"
)


def detect(text: str) -> tuple[Intent | None, QueryObject | None]:
    """The winning intent (see module docstring) and, for queries, the object noun."""
    candidates = _cue_intents(text)
    query = query_intent(text)
    obj = None
    if query:
        candidates.append(query[0])
        obj = query[1]
    contact = contact_intent(text)  # "look up olivia brown, i need her email"
    if contact:
        candidates.append(contact)
    if not candidates and _SEVERAL_MARKED_IDS_RE.search(text):
        # "both of these please: #3131, #3115": tickets marked as such and nothing asked of
        # them, to read
        return Intent(GET_TICKET, 1, 0, 0, "query"), None
    if not candidates:
        fallback = _problem_statement(text)
        return (fallback, None) if fallback else (None, None)
    separator = find_separator(text)
    head_end = separator.start() if separator else len(text)
    in_head = [c for c in candidates if c.start < head_end]
    # The head wins only with a real cue: "Ticket 3115: please close it" closes it.
    pool = in_head if any(c.strength >= 2 for c in in_head) else candidates
    order = {id(c): i for i, c in enumerate(pool)}
    best = min(pool, key=lambda c: (-c.strength, c.start, order[id(c)]))
    best = _problem_over_query(text, pool, best)
    best = header_note(text, best)
    # (the close asked for at the end is after any head: "fyi the VPN is fine - please close #3042")
    best = _close_at_the_end(text, candidates, best)
    best = _note_at_the_end(text, candidates, best)
    best = _fix_not_close(text, pool, best)
    best = _resolved_then_note(text, pool, best)
    best = _asked_then_done(text, candidates, best)
    best = _hand_over_of_new_ticket(text, pool, best)
    best = _escalated_problem(text, pool, best)
    # "Why did you close my ticket?" asks about the ticket; it does not close it.
    # ("have the service desk look at 3099" asks for it to be done: see PERSON_ON_TICKET_RE)
    if (
        best.action in {RESOLVE_TICKET, UPDATE_TICKET}
        and best.kind != "assign"
        and QUESTION_START_RE.search(text)
    ):
        best = Intent(GET_TICKET, best.strength, best.start, best.end, "question")
    return best, (obj if best.kind == "query" else None)


_TICKET_NUMBER_RE = re.compile(r"#\s*\d|\b\d{3,}\b")


def _hand_over_of_new_ticket(text: str, pool: list[Intent], best: Intent) -> Intent:
    """ "ticket for Wayne Foundation, Lucius Fox needs a new phone, give it to Hannah", "For
    Globex, Hank Scorpio can't print. SR, assign Marcus": a request opened by "(ticket) for
    <someone>" that goes on to say what is wrong is a new ticket; the hand-over, priority or
    team after it are its fields, not a change to another ticket (with a ticket number, or a
    ticket named after a bare "for", it may be a change: the cues decide)."""
    if best.action != UPDATE_TICKET or _TICKET_NUMBER_RE.search(text):
        return best
    if not (
        TICKET_FOR_LEAD_RE.match(text)
        or (_FOR_NAME_LEAD_RE.match(text) and not _TICKET_NOUN_RE.search(text))
    ):
        return best
    told = [
        c
        for c in pool
        if c.action == CREATE_TICKET and c.kind in {"problem", "need"} and c.start < best.start
    ]
    return min(told, key=lambda c: (-c.strength, c.start)) if told else best


def _escalated_problem(text: str, pool: list[Intent], best: Intent) -> Intent:
    """ "Power BI dashboard won't refresh. the CFO is asking me why. please escalate": a
    problem told, then "escalate" with no ticket named, asks for an urgent new ticket."""
    if best.action != UPDATE_TICKET or _TICKET_NUMBER_RE.search(text):
        return best
    if _TICKET_NOUN_RE.search(text) or not _ESCALATE_ALONE_RE.search(text):
        return best
    told = [c for c in pool if c.action == CREATE_TICKET and c.kind == "problem"]
    told = told or [p for p in [_problem_statement(text)] if p is not None]
    return min(told, key=lambda c: c.start) if told else best


_ESCALATE_ALONE_RE = re.compile(
    r"(?:^|[.!?,]\s*|\s-\s)(?:(?:so|please|pls|can\s+you|could\s+you)\s+)*escalate"
    r"(?:\s+(?:it|this|that))?(?:\s+(?:please|pls|asap|now|urgently))*\W*$",
    IGNORE_CASE,
)
_FOR_NAME_LEAD_RE = re.compile(r"^\W*for\s+(?-i:[A-Z])", IGNORE_CASE)
_TICKET_NOUN_RE = re.compile(r"\b(?:tickets?|cases?)\b", IGNORE_CASE)
