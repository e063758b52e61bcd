"""Cues that a request rates a resolved ticket, and the word pieces `rating` reads it with.

Explicit commands ("rate 3067", "give feedback on my ticket", "rating: 4") are strong cues;
a score or a thumb beside a ticket ("3067: ★★★☆☆", "3121 👍") is a weaker one, so that "add a
note to 3018 👍" still adds a note and "mark it as resolved 👍" still resolves."""

from __future__ import annotations

from halo_integration.actions.lifecycle import RATE_TICKET

from .cue_parts import POLITE, Cue, cue

STARS = "⭐★🌟"  # a filled star each; an empty one (☆, ✩) counts nothing
EMPTY_STARS = "☆✩"
THUMBS = r"(?:👍|👎)[\U0001F3FB-\U0001F3FF]?|\bthumbs?[\s-]+(?:up|down)\b"
GIVE = r"(?:give|leave|submit|add|post|send|write|provide|share)"
FEEDBACK = r"(?:rating|review|feedback|stars?)"
RATE_WORD = r"(?<!\bfirst\s)(?<!\bfirst-)\b(?:re-?)?rate"  # "first rate support" praises
RATE_VERB = RATE_WORD + r"\b"

# "rate 3067", "rate my ticket", "rate how it went"; never "the rate of", "rate limit"
_RATE_OBJECT = (
    r"(?=\s*(?:#|\d|:|$)|\s+(?:ticket|case|call|request|issue|incident|my|the|this|that|it|"
    r"our|your|you|how|support|service|them|him|her|a|an)\b)"
)
# Someone asking to do it, not describing something: "I'd like to leave", "can I give"
_ASKING = (
    rf"(?:^\W*(?:{POLITE}\s+)*|{POLITE}\s+|\b(?:i|we|i'?d|we'?d|i'?ll|i\s+will|let\s+me|"
    r"can\s+i|could\s+i|may\s+i|want\s+to|like\s+to|wanna)\s+)"
)
_TICKETISH = r"(?:#|\d+\b|(?:ticket|case|call|request|my|the|this|that|it|our)\b)"
# "4/5," "4 out of 5 for ...", but not "fails 3/5 times"
_SCORE_AHEAD = r"(?=\s*(?:$|[,.;:!?)]|-|stars?\b|for\b|from\b|on\b|and\b|but\b|¦))"

RATING_CUES: tuple[Cue, ...] = (
    # "how do I rate my ticket?": the rating itself answers it, ahead of the articles
    cue(
        RATE_TICKET,
        4,
        rf"^\W*(?:{POLITE}\s+)*(?:how|where)\s+(?:do|can|could|should|would)\s+(?:i|we)\s+"
        rf"(?:{RATE_VERB}|review\b|{GIVE}\s+(?:(?:a|my|some)\s+)?{FEEDBACK}\b)",
    ),
    cue(RATE_TICKET, 3, RATE_VERB + _RATE_OBJECT),
    cue(
        RATE_TICKET,
        3,
        rf"{_ASKING}{GIVE}\s+(?:(?:a|my|your|some|the)\s+)?(?:\w+\s+)?{FEEDBACK}\b",
    ),
    cue(
        RATE_TICKET,
        3,
        rf"\b(?:rating|review|feedback)\s+(?:for|of|on|about|regarding)\s+{_TICKETISH}",
    ),
    cue(RATE_TICKET, 3, r"^\W*(?:my\s+)?(?:rating|review|feedback)\b\s*(?::|-|#|\d)"),
    # "3067 rating 4", "score 3067 as 4", "rating: 5"
    cue(
        RATE_TICKET,
        3,
        r"\b(?:score|rating)\s*(?:[:=-]|of|as|is)?\s*(?:#?\d+|one|two|three|four|five)\b",
        needs_ticket=True,
    ),
    # "I want to review my printer ticket"; never "can you review ticket 3115" (asks IT to look)
    cue(
        RATE_TICKET,
        3,
        r"\b(?:(?:i|we)\s+(?:want|would\s+like|'d\s+like|wanna)\s+to|let\s+me|can\s+i|"
        rf"could\s+i|may\s+i)\s+review\s+{_TICKETISH}"
        # ("I would like to review my closed tickets": to read them, not to rate one)
        r"(?!(?:\s+(?:all|open|closed|old|recent|resolved|previous|past))*\s+(?:tickets|requests|cases)\b)",
    ),
    # "give my printer jam ticket 3067 a 2, it took three visits": a number given to a ticket
    cue(
        RATE_TICKET,
        3,
        r"\b(?:give|gave)\s+(?:my\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:ticket\s*)?#?\s*\d{3,}\s+(?:a\s+)?[1-5]\b"
        r"(?!\s*(?:days?|hours?|weeks?|minutes?|times?|people|of)\b)",
    ),
    # "give ticket 3005 five stars", "give my wifi ticket a thumbs up": giving a score
    cue(
        RATE_TICKET,
        3,
        rf"\b(?:give|gave)\b[^.!?]{{0,60}}?(?:\bstars?\b|[{STARS}]|{THUMBS}|\d\s*/\s*5\b|"
        r"\b(?:out\s+)?of\s+(?:5|five)\b|\b(?:rating|score)\b)",
        needs_ticket=True,
    ),
    # "give 3018 a 4", "gave ticket 3005 a five": a ticket number, then a score of one to five
    cue(
        RATE_TICKET,
        3,
        r"\b(?:give|gave)\s+(?:ticket\s*)?#?\s*\d{3,10}\s+(?:a\s+|an\s+)?(?:[1-5]|one|two|three|"
        r"four|five)\b(?!\s*(?:more|days?|hours?|weeks?|minutes?|%|of\s+(?!5\b|five\b)))",
    ),
    # "Give the password reset ticket a 4", "3121 gets a 4": a ticket described or numbered,
    # then a score of one to five and nothing more
    cue(
        RATE_TICKET,
        3,
        r"\b(?:give|gave)\s+(?:my|the|this|that)\s+(?:[\w-]+\s+){0,4}?(?:ticket|request|case|one|fix)\s+"
        r"(?:a\s+|an\s+)?(?:[1-5]|one|two|three|four|five)\W*$|"
        r"^\W*(?:ticket\s*)?#?\s*\d{3,10}\s+(?:gets|deserves|earns)\s+(?:a\s+|an\s+)?(?:[1-5]|one|two|three|"
        r"four|five)(?:\W*$|\s*[,.!-])|"
        # "score ticket 3005 as 4"
        r"\bscore\s+(?:ticket\s*)?#?\s*\d{3,10}\s+(?:as|at|with)\s+(?:a\s+|an\s+)?(?:[1-5]|one|two|three|four|"
        r"five)\b",
    ),
    # "3018 was brilliant give it a 5", "3121 rate it a four": the ticket first, then a score
    # of one to five for "it"
    cue(
        RATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,10}\b[^.!?]{0,60}?\b(?:give|rate)\s+(?:it|this\s+one)\s+"
        r"(?:a\s+|an\s+)?(?:[1-5]|one|two|three|four|five)\b"
        r"(?!\s*(?:more|days?|hours?|weeks?|minutes?|%|of\s+(?!5\b|five\b)))",
    ),
    # "3005 5/5 quick and friendly", "#3121 - 4 out of 5": a ticket number, then its score
    cue(
        RATE_TICKET,
        2,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,10}\s*(?:[:,-]\s*)?(?:[1-5]|one|two|three|four|five)\s*"
        r"(?:/\s*5|(?:out\s+)?of\s+(?:5|five))\b",
    ),
    cue(
        RATE_TICKET,
        2,
        rf"[{STARS}]|(?<![\w./,])(?:\d|one|two|three|four|five)[\s-]*stars?\b|"
        rf"(?<![\w./,])\d\s*(?:/\s*5|\s+out\s+of\s+(?:5|five))\b{_SCORE_AHEAD}",
        needs_ticket=True,
    ),
    # "5 stars for the printer fix!": a score for something of mine names a ticket too
    cue(
        RATE_TICKET,
        2,
        r"(?<![\w./,])(?:\d|one|two|three|four|five)(?:[\s-]*stars?|\s*/\s*5)\s+(?:for|on)\s+"
        r"(?:the|my|our|this|that)\b",
    ),
    cue(RATE_TICKET, 2, THUMBS, needs_ticket=True),
)
