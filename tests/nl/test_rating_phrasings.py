"""Rating a closed ticket in plain words, as the rule parser reads it: by number and by
description, a score in each notation (digits, "x/5", "x out of 5", "x stars", star characters),
no score at all (the card then asks for one), a comment made of whatever else the text says,
and the requests that only look like ratings.

Each row is (text, expected action, expected slots), as in test_newcomer_phrasings: ABSENT must
not be in the result, `Has(...)` is a string containing that text (case-insensitive), anything
else must be equal. BY_ID, BY_DESCRIPTION, NO_GUESS and NOT_RATINGS were written before the
parser learnt ratings (then none of their 43 ratings passed; the 7 requests that only look like
ratings did); MORE came from trying the first version (9 of its 13 failed there). Against the
simulator's seed: emma owns 3005 "Password reset after holiday", 3018 "VPN client missing on new
laptop", 3067 "Printer on the 2nd floor keeps jamming" and 3150 "Teams camera not detected" (all
closed), and 3042 (VPN) and 3115 (Outlook), open; liam owns 3121 "Wi-Fi drops in meeting room 2"
(closed) and 3120 (laptop fan), open.
"""

from __future__ import annotations

import pytest

from halo_integration.nl.parse.rules import parse
from tests.nl.test_newcomer_phrasings import ABSENT, Has, Row, _check

RATE = "rate_ticket"

# --- by number ---------------------------------------------------------------------------------

BY_ID: list[Row] = [
    ("rate 3067 5 stars", RATE, {"ticket_id": 3067, "score": 5, "comment": ABSENT}),
    ("Rate ticket #3067: 4/5", RATE, {"ticket_id": 3067, "score": 4, "comment": ABSENT}),
    ("3121 👍 great job", RATE, {"ticket_id": 3121, "score": ABSENT, "comment": "great job"}),
    ("rate 3121 ⭐⭐⭐⭐⭐", RATE, {"ticket_id": 3121, "score": 5, "comment": ABSENT}),
    ("3067: ★★★☆☆", RATE, {"ticket_id": 3067, "score": 3, "comment": ABSENT}),
    ("give ticket 3005 five stars", RATE, {"ticket_id": 3005, "score": 5, "comment": ABSENT}),
    (
        "rating for 3018: 4 out of 5, took a while but it works",
        RATE,
        {"ticket_id": 3018, "score": 4, "comment": "took a while but it works"},
    ),
    (
        "I'd rate ticket 3005 a 5 - Sarah was brilliant",
        RATE,
        {"ticket_id": 3005, "score": 5, "comment": "Sarah was brilliant"},
    ),
    (
        "feedback on 3018: brilliant",
        RATE,
        {"ticket_id": 3018, "score": ABSENT, "comment": "brilliant"},
    ),
    (
        "leave a review for ticket 3005: excellent service",
        RATE,
        {"ticket_id": 3005, "score": ABSENT, "comment": "excellent service"},
    ),
    ("rate 3067 excellent", RATE, {"ticket_id": 3067, "score": ABSENT, "comment": "excellent"}),
    (
        "3121 - 2 stars, the wifi still drops sometimes",
        RATE,
        {"ticket_id": 3121, "score": 2, "comment": "the wifi still drops sometimes"},
    ),
    ("rate 3121 1/5", RATE, {"ticket_id": 3121, "score": 1, "comment": ABSENT}),
    (
        "5/5 for ticket 3067, very quick",
        RATE,
        {"ticket_id": 3067, "score": 5, "comment": "very quick"},
    ),
    ("rate #3150 3 out of five", RATE, {"ticket_id": 3150, "score": 3, "comment": ABSENT}),
    ("thumbs up for 3121!", RATE, {"ticket_id": 3121, "score": ABSENT, "comment": ABSENT}),
    (
        "3005 👎 took three days to reset a password",
        RATE,
        {"ticket_id": 3005, "score": ABSENT, "comment": "took three days to reset a password"},
    ),
    ("rate 3067 4", RATE, {"ticket_id": 3067, "score": 4, "comment": ABSENT}),
    ("pls rate 3018 with 4 stars thx", RATE, {"ticket_id": 3018, "score": 4}),
    (
        "3121 5⭐ Marcus sorted it in minutes",
        RATE,
        {"ticket_id": 3121, "score": 5, "comment": "Marcus sorted it in minutes"},
    ),
    (
        "Rating 3067: 2/5. Took a week and it still jams.",
        RATE,
        {"ticket_id": 3067, "score": 2, "comment": "Took a week and it still jams."},
    ),
]

# --- by description (and "my ticket" with no description) ----------------------------------

BY_DESCRIPTION: list[Row] = [
    (
        "rate the printer ticket ⭐⭐⭐⭐",
        RATE,
        {"ticket_hint": "printer", "score": 4, "comment": ABSENT, "ticket_id": ABSENT},
    ),
    (
        "I'd like to give feedback on my password reset ticket: quick and friendly, 5/5",
        RATE,
        {
            "ticket_hint": "password reset",
            "mine": True,
            "score": 5,
            "comment": "quick and friendly",
        },
    ),
    (
        "i want to rate my ticket",
        RATE,
        {"ticket_hint": "", "mine": True, "score": ABSENT, "comment": ABSENT},
    ),
    (
        "rate my VPN ticket 3 stars, took a while",
        RATE,
        {"ticket_hint": "VPN", "score": 3, "comment": "took a while"},
    ),
    (
        "give my wifi ticket a thumbs up",
        RATE,
        {"ticket_hint": "wifi", "mine": True, "score": ABSENT, "comment": ABSENT},
    ),
    (
        "my Teams camera ticket: 2/5, nobody called me back",
        RATE,
        {"ticket_hint": "Teams camera", "score": 2, "comment": "nobody called me back"},
    ),
    (
        "rate how the printer jam was handled: 5 stars",
        RATE,
        {"ticket_hint": Has("printer"), "score": 5, "comment": ABSENT},
    ),
    ("I want to leave feedback", RATE, {"ticket_hint": "", "score": ABSENT, "comment": ABSENT}),
    ("how do I rate my ticket?", RATE, {"ticket_hint": "", "mine": True, "score": ABSENT}),
    (
        "Rating: 4 stars for my password reset ticket",
        RATE,
        {"ticket_hint": "password reset", "score": 4, "comment": ABSENT},
    ),
    (
        "rate the wi-fi ticket 5 out of 5, great job Marcus",
        RATE,
        {"ticket_hint": "wi-fi", "score": 5, "comment": "great job Marcus"},
    ),
    (
        "review of my printer ticket: 4/5 fast and friendly",
        RATE,
        {"ticket_hint": "printer", "score": 4, "comment": "fast and friendly"},
    ),
    (
        "excellent job on my VPN ticket, 5 stars",
        RATE,
        {"ticket_hint": "VPN", "score": 5, "comment": "excellent job"},
    ),
    (
        "thanks for the help with my laptop, 4 stars",
        RATE,
        {"ticket_hint": "laptop", "mine": True, "score": 4},
    ),
]

# --- other ways of putting it ------------------------------------------------------------------

MORE: list[Row] = [
    ("Can I rate ticket 3067?", RATE, {"ticket_id": 3067, "score": ABSENT, "comment": ABSENT}),
    (
        "I'd give 3067 four stars, the engineer was lovely",
        RATE,
        {"ticket_id": 3067, "score": 4, "comment": "the engineer was lovely"},
    ),
    ("5 stars for the printer fix!", RATE, {"ticket_hint": "printer fix", "score": 5}),
    ("3067 rating 4", RATE, {"ticket_id": 3067, "score": 4, "comment": ABSENT}),
    ("score 3067 as 4", RATE, {"ticket_id": 3067, "score": 4, "comment": ABSENT}),
    (
        "rate the support on my VPN ticket: 2/5",
        RATE,
        {"ticket_hint": "VPN", "score": 2, "comment": ABSENT},
    ),
    (
        "first rate support on 3067, 5 stars",
        RATE,
        {"ticket_id": 3067, "score": 5, "comment": "first rate support"},
    ),
    ("I want to review my printer ticket", RATE, {"ticket_hint": "printer", "score": ABSENT}),
    (
        "how was my ticket handled? I'd say 3 out of 5",
        RATE,
        {"ticket_hint": "", "mine": True, "score": 3, "comment": ABSENT},
    ),
    (
        "Ticket 3067 - ⭐⭐⭐⭐⭐ - excellent",
        RATE,
        {"ticket_id": 3067, "score": 5, "comment": "excellent"},
    ),
    ("thumbs down for 3005, nobody replied for a week", RATE, {"ticket_id": 3005, "score": ABSENT}),
    ("ticket 3067 was great, 5/5", RATE, {"ticket_id": 3067, "score": 5, "comment": "great"}),
    ("rate 3067 5/5 spot on", RATE, {"ticket_id": 3067, "score": 5, "comment": "spot on"}),
]

# --- praise gives no score; numbers out of range are kept for the planner to refuse ------------

NO_GUESS: list[Row] = [
    (
        "great job, brilliant support on 3121 👍",
        RATE,
        {"ticket_id": 3121, "score": ABSENT, "comment": "great job, brilliant support"},
    ),
    (
        "rate 3067 excellent, brilliant, great job",
        RATE,
        {"ticket_id": 3067, "score": ABSENT, "comment": "excellent, brilliant, great job"},
    ),
    ("rate ticket 3067 five hundred", RATE, {"ticket_id": 3067, "score": 500}),
    ("rate 3067 0 stars", RATE, {"ticket_id": 3067, "score": 0}),
    ("rate 3067 6/5 amazing", RATE, {"ticket_id": 3067, "score": 6, "comment": "amazing"}),
    ("rate 3018 4.5 stars", RATE, {"ticket_id": 3018, "score": 4.5}),
    ("rate 3018 8/10", RATE, {"ticket_id": 3018, "score": "8/10"}),
    ("I'd rate it a 10", RATE, {"ticket_hint": "", "score": 10, "ticket_id": ABSENT}),
]

# --- not ratings: what these said before stays what they say ------------------------------------

NOT_RATINGS: list[Row] = [
    ("add a note to 3018 👍", "add_note", {"ticket_id": 3018, "note": "👍"}),
    ("add a comment to 3115: 👍 thanks", "add_note", {"ticket_id": 3115}),
    ("👍👍", None, {}),
    ("Outlook works fine now, mark it as resolved 👍", "resolve_ticket", {}),
    ("the refresh rate of my monitor is stuck at 30Hz", "create_ticket", {}),
    ("Open a ticket: the feedback form on the intranet is broken", "create_ticket", {}),
    ("What's the status of my ticket 3115?", "get_ticket", {"ticket_id": 3115}),
    ("can you review ticket 3115 please", "get_ticket", {"ticket_id": 3115}),
    ("the success rate of our backups is low", None, {}),
    ("rate limit errors in our API integration", "create_ticket", {}),
    ("my laptop screen flickers 3/5 times when I open Teams", "create_ticket", {}),
    ("I can't send feedback in Teams, the button is greyed out", "create_ticket", {}),
    ("3042 works now 👍", "resolve_ticket", {"ticket_id": 3042}),
]

ROWS = BY_ID + BY_DESCRIPTION + MORE + NO_GUESS + NOT_RATINGS


@pytest.mark.parametrize(("text", "action", "slots"), ROWS, ids=[row[0][:60] for row in ROWS])
def test_rating_phrasing(text, action, slots):
    _check(text, action, slots)


def test_there_are_at_least_30_rating_phrasings():
    ratings = [row for row in ROWS if row[1] == RATE]
    assert len(ratings) >= 30
    assert len({row[0] for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(
    "text",
    ["great job!", "excellent, brilliant work on 3067", "3121 was handled brilliantly, thank you"],
)
def test_praise_never_becomes_a_score(text):
    assert "score" not in parse(text).slots


def test_the_comment_never_holds_the_command_the_number_or_the_score():
    slots = parse("Please rate ticket 3067 five stars: the printer works perfectly now").slots

    assert slots["comment"] == "the printer works perfectly now"
    assert (slots["ticket_id"], slots["score"]) == (3067, 5)
