"""Requests said indirectly: an excuse or introduction before the problem, the need said in a
second sentence, and "how do I" questions asked around the corner."""

from __future__ import annotations

from tests.nl.phrasings.base import Case

CASES: list[Case] = [
    # the writer introduces or excuses themselves first; the summary starts at the problem
    (
        "I hope this is the right place. My monitor flickers whenever I move the cable.",
        "create_ticket",
        {"summary": "My monitor flickers whenever I move the cable"},
    ),
    (
        "Not sure if this is the right place. The scanner on floor 4 won't send to e-mail",
        "create_ticket",
        {"summary": "The scanner on floor 4 won't send to e-mail"},
    ),
    (
        "First time using this portal. My keyboard types double letters",
        "create_ticket",
        {"summary": "My keyboard types double letters"},
    ),
    (
        "I'm new here, sorry. The headset I was given has no sound in the left ear",
        "create_ticket",
        {"summary": "The headset I was given has no sound in the left ear"},
    ),
    (
        "hey, im still new to this. the printer in room 5 prints blank pages",
        "create_ticket",
        {"summary": "the printer in room 5 prints blank pages"},
    ),
    (
        "Here we go again. Teams crashes whenever I share my screen",
        "create_ticket",
        {"summary": "Teams crashes whenever I share my screen"},
    ),
    # the need, or the rest of the thought, comes in the next sentence
    (
        "I'm moving to the second floor next week. Could someone set up a docking station there?",
        "create_ticket",
        {
            "summary": "I'm moving to the second floor next week. Could someone set up a "
            "docking station there"
        },
    ),
    (
        "Our intern starts on Monday. We need a laptop and a badge for her",
        "create_ticket",
        {"summary": "Our intern starts on Monday. We need a laptop and a badge for her"},
    ),
    (
        "the projector won't turn on. the lamp light blinks orange",
        "create_ticket",
        {"summary": "the projector won't turn on. the lamp light blinks orange"},
    ),
    # a plea that names nothing new stays out of the summary
    (
        "The shared drive is read-only for me since Tuesday. Could you have a look at it?",
        "create_ticket",
        {"summary": "The shared drive is read-only for me since Tuesday"},
    ),
    # "how do I" asked indirectly: the knowledge base answers
    (
        "Sorry if this is a silly question, but how do I add a printer?",
        "lookup",
        {"entity": "kb_articles", "search": "add a printer"},
    ),
    (
        "This may be a daft question but how can I change my display language?",
        "lookup",
        {"entity": "kb_articles", "search": "change my display language"},
    ),
    (
        "just wondering how we book the big meeting room on a screen",
        "lookup",
        {"entity": "kb_articles", "search": "book the big meeting room on a screen"},
    ),
    (
        "I'm not sure how I would set up an out-of-office reply. Thanks",
        "lookup",
        {"entity": "kb_articles", "search": "set up an out-of-office reply"},
    ),
    (
        "how exactly do I share a calendar with my team?",
        "lookup",
        {"entity": "kb_articles", "search": "share a calendar with my team"},
    ),
    (
        "how are we meant to report a lost phone?",
        "lookup",
        {"entity": "kb_articles", "search": "report a lost phone"},
    ),
    (
        "do we have a template for leaver requests somewhere?",
        "lookup",
        {"entity": "kb_articles", "search": "leaver requests"},
    ),
    (
        "Is there an onboarding checklist?",
        "lookup",
        {"entity": "kb_articles", "search": "onboarding checklist"},
    ),
    (
        "could you point me to a guide on encrypting a USB stick",
        "lookup",
        {"entity": "kb_articles", "search": "encrypting a USB stick"},
    ),
]
