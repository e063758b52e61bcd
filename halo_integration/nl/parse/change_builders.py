"""Slot builders for the actions on one existing ticket: note, resolve, reopen, update, get
(a new ticket's builder is in `create_builders`).

Every builder first takes the free text it expects (`freetext`: the description, the note, the
reason), blanks it, and only then runs the field extractors of `slots` on what is left, so
words inside a description are never read as fields.
"""

from __future__ import annotations

import re
from typing import Any

from . import freetext
from .cue_parts import (
    PERSON_ON_TICKET_RE,
    STATUS_AHEAD,
    TERSE_QUESTION_RE,
    Intent,
)
from .intents import QueryObject
from .names import BLANK, assignee_kind, looks_like_person, take_name
from .slots import Scratch, extract_ids, extract_product, without_team_noun
from .text import Prepared, sentence_spans, words
from .ticket_refs import extract_ticket_hint, extract_ticket_id
from .ticket_slots import extract_fields, hidden_from_user, is_mine

IGNORE_CASE = re.IGNORECASE


# --- shared pieces -------------------------------------------------------------------------


def _ticket_target(sc: Scratch, slots: dict[str, Any]) -> None:
    """Which ticket: an id ("#3115", "ticket 3115", a lone "3115"), else a description."""
    extract_product(sc, slots)
    extract_ids(sc, slots)
    extract_ticket_id(sc, slots, bare_ok=True)
    extract_ticket_hint(sc, slots)
    if is_mine(sc.text):
        slots["mine"] = True


def _secondary_note(sc: Scratch, slots: dict[str, Any]) -> None:
    """ "... and add a visible note summarising the fix": note flags inside another action."""
    found = freetext.secondary_note(sc)
    if not found:
        return
    clause, text = found
    hidden = hidden_from_user(sc.text[clause.start : text.start if text else clause.end])
    if hidden is not None:
        slots["hiddenfromuser"] = hidden
    if text:
        slots["note"] = text.value
    else:
        slots["note_requested"] = True
    freetext.blank(sc, clause)


# --- add_note / resolve_ticket / update_ticket / get_ticket --------------------------------


def build_note(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    note = freetext.note_text(sc, intent)
    if intent.kind == "update_with" and (not note or freetext.FIELD_START_RE.match(note.value)):
        return build_update(doc, intent, obj)  # "update ticket 5 with priority high"
    keep_open = intent.kind == "keep_open"
    if not keep_open:
        freetext.blank(sc, note)
    hidden = hidden_from_user(sc.text)
    _ticket_target(sc, slots)
    one_of = _ONE_OF_RE.search(doc.text)
    if (intent.kind == "tell" or one_of) and not {"ticket_id", "ticket_hint"} & slots.keys():
        # "tell the technician ...", "an update on one of my tickets": some ticket is meant
        slots["ticket_hint"] = ""
        if one_of:
            slots["one_of"] = True  # which one is not said: the person must choose
    value = note.value if note else ""
    if keep_open:  # "please don't close 3042 yet, ...": all of it is what the desk must read
        value = doc.restore(doc.text).strip()
    label = _VISIBILITY_LABEL_RE.match(value)
    if label and hidden is None:  # "3055 - internal: RAM on backorder"
        hidden = hidden_from_user(label.group(1))
        value = value[label.end() :]
    if hidden is not None:
        slots["hiddenfromuser"] = hidden
    chosen = _ONE_OF_THEM_NOTE_RE.match(value)
    if chosen and int(chosen.group(1)) in slots.get("ticket_ids", ()):
        # "re 3120 and 3076: on 3076 note that Mia starts on the 14th": the note is for one
        slots["ticket_id"] = int(chosen.group(1))
        del slots["ticket_ids"]
        value = value[chosen.end() :]
    if _NOTE_SAYS_NOTHING_RE.match(value):
        value = ""
    value = value or _remark_before_fyi(sc, intent) or _note_in_other_sentences(sc, intent)
    value = _TELL_THEM_RE.sub("", value)  # "- tell them I've rebooted": what they are told
    value = _ADD_COLON_RE.sub("", value)  # "3120: please add: the fan is loudest ..."
    value = _FYI_END_RE.sub("", value)  # "..., can you note that": the asking is no part of it
    if not value or _NOTE_SAYS_NOTHING_RE.match(value):
        # ("For 3131, I'd like a 27-inch monitor - please note that": what came before it,
        # read again with only the ticket taken out)
        told = Scratch(doc.text, doc)
        _ticket_target(told, {})
        value = _remark_before_fyi(told, intent) or _note_in_other_sentences(sc, intent)
    if value:
        slots["note"] = value
    else:
        slots["note_requested"] = True
    return slots


_ONE_OF_THEM_NOTE_RE = re.compile(
    r"(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:(?:add|put|leave|write|post)\s+(?:a\s+|an\s+)?"
    r"(?:note|comment)\s+)?(?:on|for|to)\s+(?:ticket\s*)?#?\s*(\d{3,})\s*[,:-]?\s*"
    r"(?:(?:please\s+)?(?:note|add|say|put\s+down|write)\s+(?:that\s+)?)?",
    IGNORE_CASE,
)
_ONE_OF_RE = re.compile(r"\bone\s+of\s+(?:my|our|the)\s+(?:tickets|requests|cases)\b", IGNORE_CASE)
_ADD_COLON_RE = re.compile(
    r"^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:add|note|put\s+down|write)"
    r"(?:\s+(?:this|that|the\s+following))?\s*:\s*(?=\S)",
    IGNORE_CASE,
)
_TELL_THEM_RE = re.compile(
    r"^(?:(?:please|pls|just|can\s+you|could\s+you)\s+)*(?:tell|let)\s+(?:them|him|her|IT|the\s+team)\s+"
    r"(?:know\s+)?(?:that\s+)?(?=\S)",
    IGNORE_CASE,
)


# "3089 my manager approved it already fyi": the remark comes first, "fyi" closes it
# ("3076: the start date moved to the 14th, please add that": so does asking to add it)
_FYI_END_RE = re.compile(
    r"(?:[\s,;]+|\s+-\s+)(?:(?:just\s+)?fyi|for\s+your\s+info(?:rmation)?|just\s+so\s+you\s+know|"
    r"(?:just\s+)?(?:to\s+|wanted\s+to\s+)?let\s+(?:you|u)\s+know|"
    r"(?:(?:please|pls|kindly|can\s+you|could\s+you)\s+)?(?:add|note|log|record|put\s+down|"
    r"write\s+down)\s+(?:that|this|it)(?:\s+(?:down|in|on|to)(?:\s+(?:it|(?:the|his|her|their|my)"
    r"\s+ticket))?)?(?:\s+as\s+(?:a|an)\s+(?:note|comment|update))?"
    r"(?:\s+(?:please|pls|thanks|thank\s+you))?)\W*$",
    IGNORE_CASE,
)


def _remark_before_fyi(sc: Scratch, intent: Intent) -> str:
    """What was said before a closing "fyi", after the ticket it is about."""
    end = _FYI_END_RE.search(sc.text)
    if intent.kind not in {"tell", ""} or not end:
        return ""
    start = sc.text.rfind(BLANK, 0, end.start()) + 1
    said = sc.text[start : end.start()]
    if not re.search(r"[A-Za-z]{2}", said) or re.search(r"[.?!]\s", said):
        return ""
    return sc.doc.restore(said).strip(" ,;:-")


# What is left of a sentence that named the ticket ("for my laptop ticket: it shut down"),
# once the ticket reference was taken.
_TAKEN_HEAD_RE = re.compile(
    r"^\W*(?:(?:for|on|to|re|about|regarding|in)\s+)?(?:(?:the|my|this)\s+)?¦+[\s¦]*(?:[:,-]\s*)?"
)
_COURTESY = words("""
    thanks thank you cheers please pls thx ta regards best kind many much appreciated it hi
    hello hey ok okay sorry again
    """)


# "Could you add that to 3042 please so the engineer knows.", "reply on 3115 with that?":
# what follows the asking says why the note is added, or points back at what was told; the
# note itself is in the other sentences
_NOTE_SAYS_NOTHING_RE = re.compile(
    r"^\W*(?:(?:please|pls)\W+)?(?:(?:so|so\s+that|in\s+case)\s+[^.?!]{0,60}|that|this|it)"
    r"[\s.?!]*$|"
    # ("... she started today. add that please": the courtesy after the command; "👍 thanks"
    # says something)
    r"^\s*(?:please|pls|thanks|thank\s+you|cheers)[\s.!]*$|"
    # ("Add that to his ticket as a note."): where it goes, not what it says
    r"^\s*(?:(?:(?:to|on)\s+)?(?:his|her|their|the|my|our|this)\s+(?:ticket|request|case)\s*)?"
    r"as\s+(?:a\s+|an\s+)?(?:(?:public|visible|internal|private)\s+)?(?:note|comment|update)"
    r"[\s.?!]*$|"
    r"^\s*(?:(?:to|on)\s+)?(?:his|her|their|the|my|our|this)\s+(?:ticket|request|case)[\s.?!]*$",
    IGNORE_CASE,
)


# "an update for the VPN ticket 3042: since Monday ...", "for my laptop fan ticket 3120: the
# fan ...": a sentence that names the ticket first, then tells the news after a colon or dash
_TOLD_AFTER_RE = re.compile(rf"^[^{BLANK}]*{BLANK}[^:;]*?(?::|\s-\s)\s*(?=[^{BLANK}]+$)")


def _told_after_ticket(sentence: str) -> str:
    """The news a sentence tells after the ticket it names, else the sentence as it is."""
    head = _TOLD_AFTER_RE.match(sentence)
    return sentence[head.end() :] if head else sentence


def _note_in_other_sentences(sc: Scratch, intent: Intent) -> str:
    """ "Could I add a comment to my Outlook ticket? It happens on my phone too", "for my
    laptop ticket: it shut itself down twice. please add that": a note asked for in one
    sentence and said in the others (a courtesy alone is no note)."""
    kept = []
    # (a cue may start at the full stop before its sentence: ". Note it.")
    rest = sc.text[intent.start :]
    asked_at = intent.start + len(rest) - len(rest.lstrip(" .!?\n"))
    for start, end in sentence_spans(sc.text):
        if start <= asked_at < end:
            continue  # the sentence that asks for the note
        sentence = _told_after_ticket(_TAKEN_HEAD_RE.sub("", sc.text[start:end]))
        if BLANK in sentence:
            continue  # other fields were taken from it
        kept.append(sentence.strip())
    value = sc.doc.restore(" ".join(k for k in kept if k)).strip()
    wording = [w for w in re.findall(r"[a-z']+", value.lower()) if w not in _COURTESY]
    return value if len(wording) >= 3 else ""


# A note that opens with who may see it: "internal: RAM on backorder", "public - on its way"
_VISIBILITY_LABEL_RE = re.compile(
    r"^\s*\(?((?:internal|private|hidden|staff[- ]only|confidential|public|visible)(?:\s+(?:note|comment))?)\)?"
    r"\s*(?::|\s-\s)\s*(?=\S)",
    IGNORE_CASE,
)


def build_resolve(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    _secondary_note(sc, slots)
    reason = freetext.resolve_reason(sc, intent)
    if intent.kind == "statement":
        # "I don't need ticket 3115 anymore": the whole statement is the reason and it also
        # names the ticket, so the ticket is read before the reason is blanked.
        _ticket_target(Scratch(sc.text, doc), slots)
    freetext.blank(sc, reason)
    _ticket_and_reason(doc, sc, intent, reason, slots)
    return slots


def build_reopen(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    """ "Reopen ticket 3101, the printer jams again": the ticket, and why it is back."""
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    reason = freetext.resolve_reason(sc, intent)
    freetext.blank(sc, reason)
    _ticket_and_reason(doc, sc, intent, reason, slots)
    return slots


def _ticket_and_reason(
    doc: Prepared, sc: Scratch, intent: Intent, reason: freetext.Span | None, slots: dict[str, Any]
) -> None:
    """The ticket of a resolve or reopen, and why, once the reason's words are blanked."""
    _ticket_target(sc, slots)
    if reason and reason.value and not {"ticket_id", "ticket_ids"} & slots.keys():
        # "3018 is resolved, you can close it", "3067 jams again, please reopen": the number
        # is in the reason
        found: dict[str, Any] = {}
        extract_ticket_id(Scratch(reason.value, doc), found, bare_ok=True)
        if found:
            slots.pop("ticket_hint", None)
            slots.update(found)
    if not (reason and reason.value) and "ticket_id" in slots:
        # "reopen 3150 the camera is broken again": what follows the number, unpunctuated
        reason = freetext.leftover_description(sc, intent.end)
    if reason and reason.value:
        # ("The printer problem is back. Can 3067 ...": the asking is no part of why)
        value = _ASKING_AFTER_RE.sub("", reason.value) or reason.value
        slots["reason"] = value
        _hint_from_reason(doc, value, slots)


_ASKING_AFTER_RE = re.compile(
    r"[\s.,;]+(?:(?:can|could|would|will|please|pls)\s+)*(?:ticket\s*)?#?\s*\d{3,10}\W*$",
    IGNORE_CASE,
)
_SUBJECT_RE = re.compile(
    r"\bmy\s+(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:works|is|are|has|have|now|issue|"
    r"problem|was|got|get|gets|been|being)\b|"
    # "vpn is working now", "the printer works again": what works opens the reason
    r"^\W*(?:the\s+)?(?P<what2>(?!(?:it|this|that|everything|all)\b)[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:works|is\s+working|is\s+fine|is\s+ok|is\s+back|is\s+sorted|is\s+fixed)\b|"
    # "when will Mia's laptop be ready?": her laptop, on one of my tickets
    r"\b(?P<owner>(?!(?:it|that|what|there|here|who|let|he|she|today|one)'s)[a-z]+)'s\s+"
    r"(?P<what3>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:be|is|are|was|has|have|get|got|been|being|works?)\b",
    IGNORE_CASE,
)


_UNNEEDED_RE = re.compile(
    r"\b(?:don't|do\s+not|dont|no\s+longer)\s+(?:need|want|require)\s+(?:the|my|a|an|that|this)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+?)(?=\s+(?:any\s*more|now|after\s+all)\b|\s*$|\s*[,.;!])",
    IGNORE_CASE,
)


def _hint_from_reason(doc: Prepared, reason: str, slots: dict[str, Any]) -> None:
    """Describe the ticket from the reason when the request did not.

    "the VPN issue is resolved" -> hint "VPN"; "My VPN works again" -> mine, hint "VPN".
    """
    if "ticket_id" in slots or slots.get("ticket_hint"):
        return
    found: dict[str, Any] = {}
    extract_ticket_hint(Scratch(reason, doc), found)
    if found.get("ticket_hint"):
        slots.update(found)
        return
    unneeded = _UNNEEDED_RE.search(reason)
    if unneeded:  # "I don't need the second monitor anymore": that is the ticket
        slots["ticket_hint"] = unneeded.group("what")
        return
    _hint_from_subject(reason, slots)


def _hint_from_subject(text: str, slots: dict[str, Any]) -> None:
    """ "My VPN works again", "did my password reset get done?": the thing the sentence is
    about describes the ticket."""
    subject = _SUBJECT_RE.search(text)
    if subject and subject.group("owner"):
        slots["ticket_hint"] = f"{subject.group('owner')} {subject.group('what3')}"
    elif subject:
        slots["mine"] = True
        what = re.sub(
            r"^(?:issue|problem|trouble)s?\s+with\s+",
            "",
            subject.group("what") or subject.group("what2"),
            flags=IGNORE_CASE,
        )
        # "the sharepoint thing works": the thing, not the word "thing"; "what the status of
        # my ticket is": some ticket of mine, described by nothing
        what = re.sub(r"\s+(?:thing|things|stuff|one|issue|problem)$", "", what, flags=IGNORE_CASE)
        slots["ticket_hint"] = "" if _TICKET_NOUN_ONLY_RE.fullmatch(what) else what


_TICKET_NOUN_ONLY_RE = re.compile(
    r"\s*(?:tickets?|requests?|cases?|calls?|incidents?|issues?|problems?)\s*", IGNORE_CASE
)


# "Change 3115 to a Problem ticket"
# "into a Problem ticket"; "make 3160 a Problem ticket" (the ticket number is blanked)
_TYPE_INTO_RE = re.compile(
    r"(?:\b(?:in)?to|\b(?:make|turn)\s+¦+)\s+an?\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+ticket\b",
    IGNORE_CASE,
)
# "3099 should be a problem", "3099 is a problem, not an incident"
_TYPE_IS_RE = re.compile(
    r"^[^\w¦]*(?:ticket\s*)?¦++\s+(?:should\s+be|is\s+(?:actually|really)|is)\s+an?\s+"
    r"(problem|incident|service\s+request|change(?:\s+request)?|alert)\b",
    IGNORE_CASE,
)
_TYPE_CHANGE_RE = re.compile(
    r"\b(?:ticket\s*)?type\s*(?:of\s+[^,;]{1,30}?\s+)?(?:to|=|:|as)\s+(?:an?\s+)?", IGNORE_CASE
)


# A person named after the team in one assignment: "to the Network team and Marcus Reid".
_AND_AGENT_RE = re.compile(
    r"(?:,|\band\b|&)\s*(?:to\s+)?(?:agent\s+)?((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)"
    r"(?:\s+(?:please|pls|plz|thanks|thx))?\s*[.!]?\s*$",
    IGNORE_CASE,
)


# "3101 needs Field Services": the team it needs, by its name
_TICKET_NEEDS_RE = re.compile(
    r"^[^\w¦]*(?:ticket\s*)?¦++\s+needs\s+(?:to\s+go\s+to\s+)?(?:the\s+)?"
    r"(?=(?-i:[A-Z])|\d(?:st|nd|rd|th)\s+line\b)",
    IGNORE_CASE,
)
_TICKET_TO_RE = re.compile(
    # ("change 3089 to 1st Line Support": the verb first; "change 3089 to In Progress" is a status)
    r"^[^\w¦]*(?:(?:change|switch|move|put|shift)\s+)?(?:ticket\s*)?¦++\s+(?:over\s+)?to\s+"
    rf"(?:the\s+)?(?!{STATUS_AHEAD})(?=(?-i:[A-Z0-9])|«|"
    # "3089 to priya", typed all in lower case; "3055 to tom", a name that ends the request
    r"(?=(?-i:[^A-Z])*$)(?!(?:me|my|you|it|do|be|see|check|know)\b)[a-z]|"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s*(?:please|pls|thanks)?\W*$)"
    r"(?!(?:P[1-5]|(?:very\s+)?(?:low|medium|normal|high|critical|urgent)|me|you|it|them)\b)",
    IGNORE_CASE,
)
# "3140 type service request": the ticket (blanked), "type" and the new type
_TYPE_TERSE_RE = re.compile(
    r"^[^\w¦]*(?:ticket\s*)?¦+\s*(?:[,:-]\s*)?(?:ticket\s+)?type\s+(?:to\s+)?(?:an?\s+)?",
    IGNORE_CASE,
)
# "change 3101 to a Problem", "switch 3160 to ticket type Problem": a ticket (blanked)
# becomes a type, with nothing after it
_TYPE_TO_END_RE = re.compile(
    r"\b(?:change|convert|turn|switch|make)\s+¦+\s+(?:in)?to\s+(?:an?|(?:the\s+)?(?:ticket\s+)?type)\s+"
    r"(?!(?:p[1-5]|(?:very\s+)?(?:low|medium|normal|high|critical|urgent))\b)"
    r"((?:[\w-]+\s+){0,2}?[\w-]+)\s*[.!]?\s*$",
    IGNORE_CASE,
)


def build_update(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    _secondary_note(sc, slots)
    _ticket_target(sc, slots)
    person = PERSON_ON_TICKET_RE.search(sc.text)
    if person and not {"team", "agent"} & slots.keys():  # "put Marcus on 3101"
        name = (
            person.group("name")
            or person.group("name2")
            or person.group("name3")
            or person.group("name4")
        )
        if person.group("team"):  # "have the network team look at 3160"
            # ("the service desk" is the Service Desk team)
            slots["team"] = without_team_noun(person.group("team"))
        else:
            slots[assignee_kind(name) if " " in name else "agent"] = name
        sc.blank(person.start(), person.end())
    lead = _TICKET_TO_RE.match(sc.text) or _TICKET_NEEDS_RE.match(sc.text)
    if lead and not {"team", "agent"} & slots.keys():  # "3099 to Daniel Kim please"
        name, end = take_name(sc.text, lead.end())
        if name:
            kind = assignee_kind(sc.value(name))
            value = sc.value(name)
            slots[kind] = without_team_noun(value) if kind == "team" else value
            sc.blank(lead.start(), end)
    kind = (
        sc.take_after(_TYPE_CHANGE_RE)
        or sc.take_after(_TYPE_TERSE_RE)
        or sc.take_group(_TYPE_INTO_RE)
        or sc.take_group(_TYPE_IS_RE)
        or sc.take_group(_TYPE_TO_END_RE)
    )
    if kind:
        slots["tickettype"] = kind
    extract_fields(sc, slots, owner=False, bare_urgent=True)
    if "team" in slots and not {"agent", "agent_id"} & slots.keys():
        agent = _AND_AGENT_RE.search(sc.text)
        name = agent.group(1) if agent else ""
        if name and (looks_like_person(name) or " " not in name):  # a first name alone
            slots["agent"] = name  # "3250 -> Network team, Marcus please"
    tail = _TEAM_AFTER_AGENT_RE.search(sc.text) if "agent" in slots else None
    if tail and "team" not in slots:
        slots["team_guess"] = tail.group(1)  # "3110 assign Hannah Fischer, Field Services"
    return slots


# A few words after a comma at the very end of an assignment: maybe the team (see team_tail)
_TEAM_AFTER_AGENT_RE = re.compile(
    r"¦\s*,\s*((?:[\w&-]+\s+){0,3}[\w&-]+)[\s.!]*$",
    IGNORE_CASE,
)


# A question that takes for granted the ticket is not done yet is about one still open ("when
# is my vpn issue getting fixed"); "what's the status of my password ticket" may mean an old
# one too, so it offers both.
_PROGRESS_RE = re.compile(
    r"\bwhen\s+(?:will|is|are|does|do|can|could)\b|\bgetting\s+(?:fixed|sorted|done|resolved|"
    r"looked\s+at)|\bstill\s+(?:open|waiting|pending|not|broken)|\byet\b|\bhow\s+long\b|\beta\b|"
    r"\b(?:anyone|anybody|someone|somebody)\s+(?:working|looking)|"
    r"\bwho(?:'s|\s+is|\s+are)\s+(?:working|looking|dealing|handling)\b|\balready\b|"
    r"\bhow(?:'s|s|\s+is|\s+are)\b.*?\b(?:going|coming\s+along|progressing)\b|\bany\s+luck\b|"
    r"\bbeing\s+(?:worked|looked|handled|fixed|dealt)\b",
    IGNORE_CASE,
)
_PAST_RE = re.compile(
    r"\b(?:old|older|previous|earlier|last|closed|cancell?ed|in\s+the\s+end|before|history|ever|"
    r"was|were|did|happened)\b",
    IGNORE_CASE,
)


def build_get(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    _ticket_target(sc, slots)
    if not {"ticket_id", "ticket_ids"} & slots.keys() and not slots.get("ticket_hint"):
        _hint_from_subject(doc.text, slots)  # "did my password reset get done?"
        terse = TERSE_QUESTION_RE.match(doc.text)
        if terse and not slots.get("ticket_hint"):  # "laptop fan - news?"
            slots["ticket_hint"] = doc.restore(terse.group("words"))
    if _PROGRESS_RE.search(doc.text) and not _PAST_RE.search(doc.text):
        slots["open_only"] = True
    return slots
