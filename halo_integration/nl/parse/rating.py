"""Rating a resolved ticket: "rate 3067 5 stars", "3121 👍 great job", "I'd like to give
feedback on my password reset ticket: quick and friendly, 5/5".

`rating_cues.RATING_CUES` say a rating is asked for; `build_rating` takes which ticket, the
score and the comment. A score comes only from what the person wrote: a number ("4", "four", "4/5", "4 out of
5", "4 stars") or star characters ("⭐⭐⭐⭐" is 4, "★★★☆☆" is 3). Praise ("great job",
"brilliant") is comment, never a number; a thumb (👍, 👎, "thumbs up") says a rating is meant
and gives no score, so the card asks for one. A number outside 1 to 5 ("0 stars", "6/5", "five
hundred", "8/10") is kept as written for the planner to refuse: it is never rounded or rescaled.
The comment is whatever else the text says once the command words, the ticket and the score
are taken out.
"""

from __future__ import annotations

import re
from typing import Any

from .cue_parts import POLITE, Intent
from .intents import QueryObject
from .names import BLANK
from .rating_cues import EMPTY_STARS, FEEDBACK, GIVE, RATE_WORD, STARS
from .slots import Scratch
from .text import Prepared, clean_fragment, prepare, words
from .ticket_refs import extract_ticket_hint, extract_ticket_id
from .ticket_slots import is_mine

IGNORE_CASE = re.IGNORECASE

# A number's position in the list is its value.
_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_SCALES])
# "5", "4.5", "five", "five hundred", "a hundred", "twenty-one"
NUMBER = (
    r"(?:\d{1,4}(?:[.,]\d)?(?!\d)"
    rf"|(?:a\s+(?=hundred|thousand))?(?:{_NUMBER_WORD})\b"
    rf"(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD})\b)*)"
)

# --- the score ------------------------------------------------------------------------------

# "5⭐", "4 ★": a number before one star; a run of stars is counted instead
_SCORE_BEFORE_STAR_RE = re.compile(
    rf"(?<![\w.,])(\d{{1,2}}(?:[.,]\d)?|{_NUMBER_WORD})\s?[{STARS}](?![{STARS}])", IGNORE_CASE
)
_STAR_RUN_RE = re.compile(rf"[{STARS}{EMPTY_STARS}]+")
_OUT_OF_RE = re.compile(
    rf"(?<![\w.,/])({NUMBER})\s*(?:/|\bout\s+of\b|\bof\b)\s*(\d+|five|ten)\b(?!\s*/)", IGNORE_CASE
)
# "rate it a 10", "give this one 4": the ticket is "it", so the number is no ticket number
_SCORE_FOR_IT_RE = re.compile(
    rf"\b(?:rate|give|gave)\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|them)\s+(?:a\s+|an\s+)?"
    rf"({NUMBER})(?!\s*(?:/|out\b|of\b|stars?\b))",
    IGNORE_CASE,
)
_STARS_WORD_RE = re.compile(rf"(?<![\w.,/])({NUMBER})[\s-]*stars?\b", IGNORE_CASE)
_BLANKS = rf"(?:{BLANK}[{BLANK}\s]*)"
_NOT_A_SCORE_AFTER = r"(?!\s*(?:/|out\b|of\b))"  # "one of the best" says no number
# Once the ticket is taken: "rating: 4", "score of 5", "rate ¦¦¦¦ 5", "give ¦¦¦¦ a 4", and a
# number standing alone beside the ticket ("¦¦¦¦: 4")
_SCORE_AFTER_RES = (
    re.compile(
        rf"\b(?:score|rating|rated|grade|mark|stars)\s*(?:{_BLANKS})?(?:of|:|=|is|as|at|-)?\s*"
        rf"(?:a\s+|an\s+)?({NUMBER}){_NOT_A_SCORE_AFTER}",
        IGNORE_CASE,
    ),
    re.compile(
        rf"\b(?:rate|give|giving|gave|gets|deserves|earns)\s+(?:(?:it|this|that|them)\s+|{_BLANKS})?"
        rf"(?:a\s+|an\s+|with\s+(?:a\s+)?)?({NUMBER}){_NOT_A_SCORE_AFTER}",
        IGNORE_CASE,
    ),
    # ("rate my Wi-Fi ticket 3121 a 3")
    re.compile(rf"(?:{_BLANKS}[:,-]?\s*)(?:an?\s+)?(\d(?:[.,]\d)?)(?=\s*(?:$|[,;.!]|-))"),
)


def number_value(text: str) -> int | float | None:
    """ "4" -> 4, "4.5" -> 4.5, "five hundred" -> 500, "twenty-one" -> 21; None for no number."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        value = float(text.replace(",", "."))
        return int(value) if value.is_integer() else value
    total, current = 0, 0
    for word in re.findall(r"[a-z]+", text):
        if word in _UNITS:
            current += _UNITS.index(word)
        elif word in _TENS:
            current += 10 * (_TENS.index(word) + 2)
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]  # "a hundred": one hundred
            current = 0
        elif word not in ("a", "and"):
            return None
    return total + current


def _take_score(sc: Scratch, slots: dict[str, Any]) -> None:
    """The score written with its unit: "5⭐", "⭐⭐⭐⭐", "4/5", "4 out of 5", "four stars".
    The first one counts; any other is blanked too, so that no score reaches the comment."""
    before_star = _SCORE_BEFORE_STAR_RE.search(sc.text)
    if before_star:
        _keep_score(sc, slots, before_star)
    runs = list(_STAR_RUN_RE.finditer(sc.text))
    filled = sum(char in STARS for run in runs for char in run.group(0))
    for run in runs:
        sc.blank(run.start(), run.end())
    if filled:
        slots.setdefault("score", filled)
    for pattern in (_OUT_OF_RE, _STARS_WORD_RE, _SCORE_FOR_IT_RE):
        match = pattern.search(sc.text)
        if match is None:
            continue
        if pattern is _OUT_OF_RE and match.group(2).lower() not in ("5", "five"):
            # Another scale ("8/10") is not turned into stars: the planner refuses it as written.
            slots.setdefault("score", " ".join(match.group(0).split()))
            sc.blank(match.start(), match.end())
        elif pattern is _SCORE_FOR_IT_RE:
            value = number_value(match.group(1))
            if value is not None:
                slots.setdefault("score", value)
                sc.blank(match.start(1), match.end())  # "rate it" still names the ticket
        else:
            _keep_score(sc, slots, match)


# "rate my wifi ticket 5", "the printer one 4 please": a ticket described, then one digit
# (no ticket has a one-digit number; a described ticket needs none)
_SCORE_AFTER_DESCRIBED_RE = re.compile(
    r"\b(?:my|the|our|this|that)\s+(?:[\w-]+\s+){1,3}?(?:ticket|request|case|one|issue)\s+"
    r"(?:a\s+)?([0-9])\b(?!\s*(?:/|out\s+of|of\s+\d|stars?|\d))",
    IGNORE_CASE,
)


def _take_score_after_described(sc: Scratch, slots: dict[str, Any]) -> None:
    match = _SCORE_AFTER_DESCRIBED_RE.search(sc.text)
    if match and "score" not in slots:
        value = number_value(match.group(1))
        if value is not None:
            slots["score"] = value
            sc.blank(match.start(1), match.end(1))


def _take_score_after_ticket(sc: Scratch, slots: dict[str, Any]) -> None:
    for pattern in _SCORE_AFTER_RES:
        match = pattern.search(sc.text)
        if match and "score" not in slots:
            _keep_score(sc, slots, match)


def _keep_score(sc: Scratch, slots: dict[str, Any], match: re.Match[str]) -> None:
    value = number_value(match.group(1))
    if value is not None:
        slots.setdefault("score", value)
        sc.blank(match.start(), match.end())


# --- which ticket ------------------------------------------------------------------------------

# "rate how the printer jam was handled", "feedback on the VPN fix", "the help with my laptop":
# a ticket described without the word "ticket"
_DESCRIBED_RE = re.compile(
    rf"(?:\b(?:rate|rating|review|feedback|job|work|support|help|stars?)|{BLANK})\s+"
    r"(?:(?:on|for|about|of|regarding|with)\s+)?(?:how\s+)?(?P<det>my|the|our|this)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+?)"
    r"(?:\s+(?:fix|repair|support|help|issue|problem|job|work))?"
    r"(?:\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:handled|fixed|resolved|sorted|dealt\s+with))?"
    r"(?=\s*[:,.;!?-]|\s*¦|\s*$|\s+(?:was|were|got|went)\b)",
    IGNORE_CASE,
)


def _take_ticket(sc: Scratch, slots: dict[str, Any]) -> None:
    """A number, else a description; with neither, one of the person's own tickets is meant
    (only a ticket's requester rates it), so the planner offers their closed ones."""
    extract_ticket_id(sc, slots, bare_ok=True)
    extract_ticket_hint(sc, slots)
    if not {"ticket_id", "ticket_ids"} & slots.keys() and not slots.get("ticket_hint"):
        described = _DESCRIBED_RE.search(sc.text)
        if described:
            slots["ticket_hint"] = sc.doc.restore(described.group("what"))
            if described.group("det").lower() == "my":
                slots["mine"] = True
            sc.blank(described.start("det"), described.end())
    if is_mine(sc.doc.text):
        slots["mine"] = True
    hint = str(slots.get("ticket_hint") or "")
    if hint:
        # "feedback for my closed ticket", "my closed vpn ticket": every ticket rated is
        # closed, so those words say nothing of which one
        slots["ticket_hint"] = " ".join(w for w in hint.split() if w.lower() not in _DONE_WORDS)
    if not {"ticket_id", "ticket_ids", "ticket_hint"} & slots.keys():
        slots["ticket_hint"] = ""


# Words that say only that a ticket is done (or which one in time), not what it was about
_DONE_WORDS = words("""
    closed resolved finished done completed solved fixed sorted old older previous past last
    latest recent ticket tickets request requests case cases call one
    """)


# --- the comment ------------------------------------------------------------------------------

_COMMAND_RES = (
    re.compile(rf"^\W*(?:{POLITE}\s+)*", IGNORE_CASE),
    re.compile(
        r"\b(?:i|we)(?:'d|\s+would)\s+(?:like\s+to\s+)?(?=¦|rate|give|leave)|"
        r"\b(?:i|we)\s+(?:want|wanted|wish)\s+to\s+(?=¦|rate|give|leave)|"
        r"\b(?:let\s+me|can\s+i|could\s+i|may\s+i|i'?ll|i\s+will)\s+(?=¦|rate|give|leave)|"
        r"^\W*(?:how|where)\s+(?:do|can|could|should|would)\s+(?:i|we)\s+|"
        # ("is there a way to rate a ticket? I'd like to give 3067 4 stars": asked, then done)
        r"^\W*is\s+there\s+(?:a|any)\s+way\s+(?:to|i\s+can)\s+",
        IGNORE_CASE,
    ),
    re.compile(
        rf"\b{GIVE}\s+(?:(?:a|my|your|some|the)\s+)?(?:quick\s+|short\s+|little\s+)?{FEEDBACK}\b"
        r"(?:\s+(?:for|of|on|about|regarding|to))?",
        IGNORE_CASE,
    ),
    re.compile(
        r"\b(?:(?:my|a|the)\s+)?(?:rating|review|feedback|score)\b(?:\s+(?:for|of|on|about|regarding))?|"
        rf"{RATE_WORD}[ds]?\b(?:\s+(?:how|it|this))?"
        r"(?:\s+(?:the\s+)?(?:support|service|help|work|job)(?:\s+(?:on|for|with))?(?=\s+¦))?|"
        r"\bstars?\b|\bthumbs?[\s-]+(?:up|down)\b(?:\s+(?:for|to|on))?",
        IGNORE_CASE,
    ),
    re.compile(r"👍|👎|[\U0001F3FB-\U0001F3FF]"),
    # ("give my printer jam ticket 3067 a 2": the words that name the ticket are no comment)
    re.compile(r"\b(?:give|gave)\s+(?:my|the)\s+(?:[\w-]+\s+){0,3}?(?=ticket\b|¦)", IGNORE_CASE),
    # "how was my ticket handled? I'd say 3 out of 5": the question the score answers
    re.compile(
        r"\bhow\s+(?:was|were|did)\s+¦[¦\s]*(?:handled|dealt\s+with|go|went)\b\s*\??|"
        r"\b(?:i'?d|i\s+would|we'?d)\s+say\b",
        IGNORE_CASE,
    ),
    re.compile(r"\b(?:ticket|case|request)\b(?:\s*(?:#|no\.?|number))?", IGNORE_CASE),
)
# A piece of leftover text made only of these says nothing.
_FILLER = words("""
    i i'd i'm i'll we we'd you me my mine our it its it's this that these is was be been are
    a an the and or but so with for on of to at in by as just also then please pls now here
    there want wanted like would could can will may let give gave leave ticket number no id
    thanks
    """)
_CONNECTIVES = words("and with for on of to as but so also please pls just then")
_EDGE_WORDS = _CONNECTIVES | words("is was were")  # "¦¦¦¦ was great": great
_TAIL_WORDS = _CONNECTIVES | words("a an the my our is was")


def _leftover_pieces(text: str) -> list[str]:
    """The pieces of text between the blanked words that say something. A connective left
    hanging beside a blank ("excellent job on ¦¦¦") goes; at either end of the text it stays
    ("spot on")."""
    pieces = []
    for match in re.finditer(rf"[^{BLANK}]+", text):
        tokens = clean_fragment(match.group(0), keep_end=True).split()
        if match.start() > 0:
            while tokens and tokens[0].lower().strip(",;:") in _EDGE_WORDS:
                tokens.pop(0)
        if match.end() < len(text):
            while tokens and tokens[-1].lower().strip(",;:") in _TAIL_WORDS:
                tokens.pop()
        piece = clean_fragment(" ".join(tokens), keep_end=True)
        content = [t for t in re.findall(r"[\w'«»]+", piece) if t.lower() not in _FILLER]
        if content:
            pieces.append(piece)
    return pieces


def _take_comment(sc: Scratch, slots: dict[str, Any]) -> None:
    for pattern in _COMMAND_RES:
        for match in list(pattern.finditer(sc.text)):
            sc.blank(match.start(), match.end())
    pieces = _leftover_pieces(sc.text)
    if not pieces:
        return
    comment = pieces[0]
    for piece in pieces[1:]:
        comment += (" " if comment[-1:] in ".!?" else ", ") + piece
    slots["comment"] = comment


def build_rating(doc: Prepared, intent: Intent, obj: QueryObject | None) -> dict[str, Any]:
    """The ticket (an id, a description, or "" for "my ticket"), `score` when one was written,
    and `comment` when the rest of the text says something."""
    sc, slots = _ticket_and_score(doc)
    _take_comment(sc, slots)
    return slots


def score_in_text(text: str) -> int | float | str | None:
    """The score this text gives, read as the rule parser reads it (None when it gives none):
    what a language model's proposed score is checked against."""
    score: int | float | str | None = _ticket_and_score(prepare(text))[1].get("score")
    return score


def _ticket_and_score(doc: Prepared) -> tuple[Scratch, dict[str, Any]]:
    # The score written with its unit comes first ("rate 3067 5 stars": 5 is no ticket), then
    # the ticket, then a bare number beside it ("rate 3067 4").
    sc = Scratch(doc.text, doc)
    slots: dict[str, Any] = {}
    _take_score(sc, slots)
    _take_score_after_described(sc, slots)
    _take_ticket(sc, slots)
    _take_score_after_ticket(sc, slots)
    return sc, slots
