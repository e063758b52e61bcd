"""Requests told as a long story with the ask at the end: background first (leave, a manager's
say-so, what was tried), a word of small talk ("I hope you had a nice weekend", "hoping you can
help", "some background:"), then "Could someone ...?". The ticket's summary is what is asked
for, not the first line of the story. First the rule parser's action and slots, then the plan
each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_newcomer_phrasings import Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a story whose first sentence runs on past a summary's length: the closing ask titles it
    (
        "I started in the design team on Monday and my manager says I'll be doing all of the "
        "brochure layouts from now on, which means I will need the full design suite on my "
        "machine. Could I please request an InDesign licence?",
        "create_ticket",
        {"summary": Has("InDesign licence")},
    ),
    (
        "So my team lead told me yesterday that I am covering the invoice run while Priya is "
        "away, and for that I need to be able to see the shared ledgers in the finance system. "
        "Could you add me to the Ledger Readers group please?",
        "create_ticket",
        {"summary": Has("Ledger Readers")},
    ),
    (
        "We are moving the whole team from the second floor to the new annex in two weeks and "
        "I was told everyone's phones, drives and the big plotter have to come with us. "
        "I'd be grateful if IT could plan the relocation for us.",
        "create_ticket",
        {"summary": Has("relocation")},
    ),
    # ... and so does it after a long story of several sentences
    (
        "Since this morning the labels come out half printed whenever I print from the "
        "warehouse app. Printing from Excel is fine. Tom next to me has the same app and his "
        "prints well. Would someone be able to look at Zebra printing for me?",
        "create_ticket",
        {"summary": Has("Zebra")},
    ),
    # small talk that opens the story is no part of it
    (
        "Hi, I hope you had a good break. The badge reader at the back door beeps red for me "
        "since Tuesday.",
        "create_ticket",
        {"summary": Has("badge reader")},
    ),
    (
        "Hello, hoping you can help. My calendar has lost every recurring meeting since the "
        "weekend.",
        "create_ticket",
        {"summary": Has("calendar")},
    ),
    (
        "Hi, I was wondering if you could help. The docking station at hot desk 12 no longer "
        "charges my laptop.",
        "create_ticket",
        {"summary": Has("docking station")},
    ),
    (
        "Hi, I hope this makes sense. The shared Projects folder shows as empty for me today.",
        "create_ticket",
        {"summary": Has("Projects folder")},
    ),
    (
        "Hi, some background: the scanner on floor 4 only makes grey pages since the toner change.",
        "create_ticket",
        {"summary": Has("scanner")},
    ),
    # a note told first and asked for after: "add that", whatever the asking says after it
    # (why it should be added is no part of the note)
    (
        "My VPN stays connected all day at my sister's flat, so maybe it's my own router. Could "
        "you add that to 3042 please so the engineer knows.",
        "add_note",
        {"ticket_id": 3042, "note": Has("router")},
    ),
    (
        "The new joiner's start date has moved to the 3rd. Please add a note to 3076 so the team "
        "knows.",
        "add_note",
        {"ticket_id": 3076, "note": Has("3rd")},
    ),
    (
        "Chloe asked which browser I use - it's Firefox 128. Could you reply on ticket 3115 with "
        "that?",
        "add_note",
        {"ticket_id": 3115, "note": Has("Firefox 128")},
    ),
    (
        "I'll be off from the 3rd to the 9th, so any testing has to happen before. Could you "
        "note that on 3042?",
        "add_note",
        {"ticket_id": 3042, "note": Has("3rd")},
    ),
    # the ticket named first, then the news after a colon: the news is the note
    (
        "Hi, for my monitor ticket 3131: the new monitors should be delivered to the store room "
        "on the second floor. Could you add that to the ticket?",
        "add_note",
        {"ticket_id": 3131, "note": Has("store room")},
    ),
    (
        "A quick update for the VPN ticket 3042 - it drops only when I'm on the 5GHz network at "
        "home. Could you add that to 3042 so the engineer sees it?",
        "add_note",
        {"ticket_id": 3042, "note": Has("5GHz")},
    ),
    # the ticket described first, then "please add:" and the note
    (
        "Hi, on my request for the second monitor, please add: desk 14 has no power socket.",
        "add_note",
        {"ticket_hint": Has("monitor"), "note": Has("power socket")},
    ),
    # the ticket named, "any news?", then how long it has waited: a chase, which reads it
    (
        "Hi, my docking station ticket 3120 - any update? It's been sitting there since the "
        "start of the month and nobody has been in touch.",
        "get_ticket",
        {"ticket_id": 3120},
    ),
    (
        "the monitor request - what's happening with it? I raised it weeks ago and still haven't "
        "heard a thing.",
        "get_ticket",
        {"ticket_hint": Has("monitor")},
    ),
    # ... but news told after the question is for the people on the ticket
    (
        "For 3131: any news? I'm away next week so please deliver to reception.",
        "add_note",
        {"ticket_id": 3131},
    ),
    # a story about a ticket that ends by asking for a note is a note: the chase or the news
    # that opened it is why
    (
        "Hi, I'm following up on 3131 again, sorry. Could you add a note that I need the monitors "
        "by the 14th for the new starters?",
        "add_note",
        {"ticket_id": 3131, "note": Has("14th")},
    ),
    (
        "Hi, on 3042 (the VPN one) - the drops only happen on the office Wi-Fi now. Please add a "
        "note so the network team knows.",
        "add_note",
        {"ticket_id": 3042, "note": Has("office Wi-Fi")},
    ),
    # a story that asks for the close at the end is a close, "go ahead" or not
    (
        "Just letting you know the scanner works again since the driver update yesterday. "
        "Please go ahead and close 3067.",
        "resolve_ticket",
        {"ticket_id": 3067},
    ),
    # ... but never a close refused in so many words
    (
        "The scanner mostly works again since the driver update. Please don't go ahead and "
        "close 3067 yet.",
        "add_note",
        {"ticket_id": 3067},
    ),
    # a way of doing it yourself, asked for after the story: the articles
    (
        "Hello, my Outlook calendar stopped showing shared calendars again (sorry, second time "
        "this month). I was wondering if there's a way to add them back myself?",
        "lookup",
        {"entity": "kb_articles", "search": Has("add them back")},
    ),
    (
        "Hi, I was wondering whether there is a guide for setting up the new badge printer? I'd "
        "rather not bother the desk each time.",
        "lookup",
        {"entity": "kb_articles", "search": Has("badge printer")},
    ),
    # how people in general do a thing, asked after the story: the articles
    (
        "Hello, a contractor starts with us on Monday and will need the printers. How do "
        "contractors get printing set up?",
        "lookup",
        {"entity": "kb_articles"},
    ),
    # ... but a way told, not asked, is no question
    (
        "There's a way to open the scanner tray but it jams every time now.",
        "create_ticket",
        {"summary": Has("scanner")},
    ),
    # a short problem said first still titles the ticket, and a bare plea titles nothing
    (
        "The plotter in the print room is jamming. I cleared it twice and turned it off and "
        "on. Tom had the same thing yesterday. Could someone come and have a look at it?",
        "create_ticket",
        {"summary": Has("plotter")},
    ),
    (
        "My second monitor flickers. It started after the update and gets worse in the "
        "afternoon. I tried another cable. Could you replace the monitor?",
        "create_ticket",
        {"summary": Has("second monitor flickers")},
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_long_story_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked(
        "liam",
        "Hi, a bit of background first: I've been working from the Leeds office all month and "
        "came back today to find that my desk phone no longer rings or shows my extension. "
        "Could somebody reconnect my desk phone please?",
        new_ticket("desk phone"),
    ),
    asked(
        "emma",
        "Hello, hope all's well. The projector in the boardroom has been showing everything "
        "green since the weekend. Facilities said it's IT's. Could you arrange for the "
        "projector lamp to be swapped?",
        new_ticket("projector"),
    ),
    # a look-up asked for in a sentence of its own after the story is the look-up
    asked(
        "admin",
        "Initech's office manager is ringing me back after lunch and I've lost her number. "
        "Could you look up the customer Initech for me?",
        {"action": "lookup", "params": {"entity": "customers", "search_has": "Initech"}},
    ),
    asked(
        "admin",
        "Stark keeps asking what they pay for and I can't remember. Please find the contracts "
        "for Stark Logistics.",
        {"action": "lookup", "params": {"entity": "contracts"}},
    ),
    # the ticket to read named at the end, by what it is about
    asked(
        "liam",
        "Our office manager is ordering desks for next month and asked how far along the fan "
        "repair is. Could you check the overheating ticket for me?",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    asked(
        "emma",
        "Finance keep asking me whether I can see their folders yet. Can you look at the "
        "SharePoint ticket?",
        {"action": "get_ticket", "params": {"ticket_id": 3089}},
    ),
    # what is needed, asked in general at the end, is for the articles
    asked(
        "emma",
        "Our team is growing next month and two people start on the same day. What do we need "
        "to do before a new starter arrives?",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "starter"}},
    ),
    asked(
        "liam",
        "I'm off to the Leeds office for a week. What does IT need from me before I travel?",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "travel"}},
    ),
    # someone else's ticket stays refused, however long the story
    asked(
        "liam",
        "Hi, a bit of background: I'm covering for Emma while she is off today. Could you "
        "show me Emma's VPN ticket?",
        {"refused": True},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_long_story_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
