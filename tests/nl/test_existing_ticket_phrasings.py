"""Requests about tickets that already exist, and admin look-ups, in the shapes people type
without thinking of the portal: several numbers read at once, a ticket named by a made-up
hyphenated name or by what went wrong, a note said in the sentence after the one asking for it,
a question after a ticket named first, a polite "is it possible to close ...", a ticket that
"needs to be with" someone, and questions about who is in which team. First the rule parser's
action and slots, then the plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # several numbers and a word for reading them
    ("3042 and 3131 - where are they at?", "get_ticket", {"ticket_ids": [3042, 3131]}),
    ("can I see #3005 & #3018 side by side", "get_ticket", {"ticket_ids": [3005, 3018]}),
    ("how are 3120, 3121 doing?", "get_ticket", {"ticket_ids": [3120, 3121]}),
    ("I'd like to compare 3055 and 3099", "get_ticket", {"ticket_ids": [3055, 3099]}),
    ("tickets 3101 and 3160, what's their status", "get_ticket", {"ticket_ids": [3101, 3160]}),
    # ... a change of them stays a change
    ("close 3120 and 3121", "resolve_ticket", {"ticket_ids": [3120, 3121]}),
    ("move 3055 and 3099 to the Network team", "update_ticket", {"team": "Network"}),
    # something to add, said as "something" or "one more thing"
    (
        "can I add something to 3042: it drops on 4G too",
        "add_note",
        {"ticket_id": 3042, "note": "it drops on 4G too"},
    ),
    (
        "one more thing to add to my monitor request - I need a DisplayPort cable",
        "add_note",
        {"ticket_hint": "monitor", "note": Has("DisplayPort")},
    ),
    ("I've barely put anything in it and OneDrive is full", "create_ticket", {}),
    # the note asked for in one sentence and said in the other
    (
        "Could I add a note to 3131? The desk has room for two screens.",
        "add_note",
        {"ticket_id": 3131, "note": "The desk has room for two screens."},
    ),
    (
        "for my printer ticket: it jammed again with the A3 tray. please add that",
        "add_note",
        {"ticket_hint": "printer", "note": Has("A3 tray")},
    ),
    (
        "I'd like to leave a comment on my VPN ticket. It also drops on the hotel wifi.",
        "add_note",
        {"ticket_hint": "VPN", "note": Has("hotel wifi")},
    ),
    # ... a courtesy alone is no note: it is still asked for
    ("Can I add a note to 3042? Thanks a lot", "add_note", {"note_requested": True}),
    ("please add a comment to 3115. Cheers!", "add_note", {"note": ABSENT}),
    # a ticket named first, then a question about how it ended or stands
    ("3131 - has that been approved?", "get_ticket", {"ticket_id": 3131, "note": ABSENT}),
    ("ticket 3005: was it ever sorted?", "get_ticket", {"ticket_id": 3005}),
    (
        "the second floor printer ticket, what was the result?",
        "get_ticket",
        {"ticket_hint": Has("printer")},
    ),
    ("re 3120: is the fan fixed yet?", "get_ticket", {"ticket_id": 3120}),
    # ... news for the people on it is still a note
    ("For 3042: the router arrived today", "add_note", {"note": "the router arrived today"}),
    # a request put as a polite question is the request
    (
        "is it possible to close my printer ticket? it works now",
        "resolve_ticket",
        {"ticket_hint": "printer"},
    ),
    ("are you able to resolve 3131 for me", "resolve_ticket", {"ticket_id": 3131}),
    ("is it ok to mark 3089 as resolved?", "resolve_ticket", {"ticket_id": 3089}),
    ("is my printer ticket resolved?", "get_ticket", {"ticket_hint": "printer"}),
    # a ticket that needs to be with someone, or got over to them
    (
        "3055 needs to be with Marcus Reid from now on",
        "update_ticket",
        {"ticket_id": 3055, "agent": "Marcus Reid"},
    ),
    ("ticket 3101 should stay with Priya", "update_ticket", {"ticket_id": 3101}),
    ("can we get 3099 over to Field Services", "update_ticket", {"team": "Field Services"}),
    ("please take 3160 across to Daniel Kim", "update_ticket", {"agent": "Daniel Kim"}),
    ("3110 should be with the supplier now", "update_ticket", {"status": Has("supplier")}),
    ("I need to get my laptop over to the repair shop", "create_ticket", {"team": ABSENT}),
    # who is in which team, asked as a yes-or-no question or "everyone on ..."
    (
        "is Sarah Mitchell in the Service Desk team?",
        "lookup",
        {"entity": "agents", "search": "Sarah Mitchell"},
    ),
    ("does Daniel work on 2nd Line or Network?", "lookup", {"entity": "agents"}),
    (
        "show me everybody in the Messaging team",
        "lookup",
        {"entity": "agents", "team": "Messaging"},
    ),
    ("list everyone on Field Services", "lookup", {"entity": "agents"}),
    # a question put inside a request reads the ticket
    ("could you let me know where things stand with 3131?", "get_ticket", {"ticket_id": 3131}),
    ("please tell me what the technician wrote on 3042", "get_ticket", {"ticket_id": 3042}),
    ("I wonder if 3005 was actually resolved", "get_ticket", {"ticket_id": 3005}),
    ("what did support end up doing about my printer ticket?", "get_ticket", {"mine": True}),
    ("what did they decide on 3089?", "get_ticket", {"ticket_id": 3089}),
    # what to read, of a ticket described
    ("info about my Teams camera ticket", "get_ticket", {"ticket_hint": "Teams camera"}),
    ("history of the SharePoint one please", "get_ticket", {"ticket_hint": "SharePoint"}),
    ("is somebody looking at the monitor thing?", "get_ticket", {"ticket_hint": "monitor"}),
    ("is the laptop stuff for Mia sorted?", "get_ticket", {"ticket_hint": Has("Mia")}),
    # a priority or a type changed in other words
    ("lower the priority of 3160 to medium", "update_ticket", {"priority": "medium"}),
    ("bump the prio on ticket 3101 up to P1", "update_ticket", {"priority": "P1"}),
    ("switch 3099 to ticket type Incident", "update_ticket", {"tickettype": "Incident"}),
    ("change 3140 to type Service Request", "update_ticket", {"tickettype": "Service Request"}),
    # tickets logged in a time
    ("anything raised this week?", "list_tickets", {"opened": "this week"}),
    ("show everything that was logged yesterday", "list_tickets", {"opened": "yesterday"}),
    ("have I logged anything since Friday", "list_tickets", {"mine": True}),
    # the date of a record asks for the record
    (
        "when does Initech's support contract expire?",
        "lookup",
        {"entity": "contracts", "client": "Initech"},
    ),
    ("when is the next site visit for Globex", "lookup", {"entity": "appointments"}),
    ("when will my ticket be done?", "get_ticket", {}),
    # news that ends by asking for the close is a close
    (
        "just so you know 3131 arrived and works, please close it",
        "resolve_ticket",
        {"ticket_id": 3131},
    ),
    ("I can get into SharePoint now. Resolve it please", "resolve_ticket", {}),
    ("tell the tech I can't close the app", "add_note", {}),
    ("can you get me the Globex sites", "lookup", {"entity": "sites"}),
    # a message for whoever has the ticket
    (
        "please pass this along to whoever has 3120: it is quiet now",
        "add_note",
        {"ticket_id": 3120, "note": Has("quiet now")},
    ),
    (
        "let whoever is looking at 3115 know that it happens on webmail too",
        "add_note",
        {"ticket_id": 3115, "note": Has("webmail")},
    ),
    (
        "tell the engineer on my ticket about the printer jam that the A3 tray is fine",
        "add_note",
        {"note": "the A3 tray is fine"},
    ),
    # a reply named after the ticket, a long description after "re"
    ("3042 answer: no, it was on the home wifi", "add_note", {"ticket_id": 3042}),
    (
        "re the printer on the second floor - tray 2 jams too",
        "add_note",
        {"ticket_hint": Has("printer"), "note": "tray 2 jams too"},
    ),
    # "open it back up" reopens
    ("please open 3150 back up, the camera is gone again", "reopen_ticket", {"ticket_id": 3150}),
    ("can you open my printer ticket back up", "reopen_ticket", {"ticket_hint": "printer"}),
    # "my ticket" described by nothing but the word "ticket"
    (
        "I was wondering what the state of my request is? I lost the number",
        "get_ticket",
        {"ticket_hint": ""},
    ),
    # a quoted passage inside a message is part of it, with its quote marks
    (
        "please add to my VPN ticket that the client now shows 'authentication failed' at login",
        "add_note",
        {"note": 'the client now shows "authentication failed" at login'},
    ),
    (
        "note on 3120: the BIOS says 'fan error' on boot",
        "add_note",
        {"ticket_id": 3120, "note": 'the BIOS says "fan error" on boot'},
    ),
    ("add a note to 3042 saying 'rebooted twice'", "add_note", {"note": "rebooted twice"}),
    # a ticket described, then one digit: the score (no ticket has a one-digit number)
    ("rate my printer ticket 4", "rate_ticket", {"score": 4, "ticket_hint": "printer"}),
    ("rate the password reset one 5 please", "rate_ticket", {"score": 5, "ticket_id": ABSENT}),
    ("rate ticket 3067 3", "rate_ticket", {"ticket_id": 3067, "score": 3}),
    # what is awaited, asked about
    ("still waiting on the new laptop for Mia - any ETA?", "get_ticket", {}),
    ("I'm still waiting for my second monitor", "get_ticket", {}),
    (
        "has the VPN drops at home issue been picked up?",
        "get_ticket",
        {"note": ABSENT},
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_existing_ticket_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


def _get(ticket_id: int) -> dict[str, Any]:
    return {"action": "get_ticket", "params": {"ticket_id": ticket_id}}


def _note(ticket_id: int, words: str) -> dict[str, Any]:
    return {"action": "add_note", "params": {"ticket_id": ticket_id, "note_has": words}}


def _choices(action: str) -> dict[str, Any]:
    return {"candidates": True, "action": action}


PLANNED: list[dict[str, Any]] = [
    asked(
        "emma",
        "3005 and 3115 - where are they at?",
        {
            "action": "get_ticket",
            "params": {"ticket_ids": [3005, 3115]},
        },
    ),
    asked(
        "admin",
        "can I see 3055, 3099 and 3160 side by side",
        {
            "action": "get_ticket",
            "params": {"ticket_ids": [3055, 3099, 3160]},
        },
    ),
    # a name made up with hyphens finds the ticket that has its words
    asked("emma", "note on my VPN-at-home ticket: it dropped twice today", _note(3042, "twice")),
    asked("liam", "any news on the wifi-in-room-2 ticket?", _get(3121)),
    # of several tickets, the one the words fit best; a tie stays a choice
    asked("emma", "what's happening with the ticket about my new laptop's VPN client?", _get(3018)),
    asked("emma", "any update on the VPN dropping at home?", _get(3042)),
    asked("liam", "where are we with Mia Chen's onboarding?", _get(3076)),
    asked("emma", "my VPN ticket - any news?", _choices("get_ticket")),
    asked("emma", "close my ticket, it works since the config push", _choices("resolve_ticket")),
    # the note said in another sentence
    asked(
        "liam",
        "Could I add something to my laptop ticket? It is loud even when idle.",
        _note(3120, "idle"),
    ),
    # a question after the ticket reads it, even a closed one
    asked("liam", "ticket 3121, did that ever get fixed?", _get(3121)),
    asked("emma", "the printer jam ticket - what was the outcome?", _get(3067)),
    # a polite question that asks for the close
    asked(
        "emma",
        "is it possible to close my SharePoint ticket? I can get in now",
        {"action": "resolve_ticket", "params": {"ticket_id": 3089}},
    ),
    # an admin hands a ticket over; an employee may not
    asked(
        "admin",
        "3099 needs to be with Tom Walsh while Daniel is away",
        {"action": "update_ticket", "params": {"ticket_id": 3099, "agent_id": 11}},
    ),
    asked(
        "admin",
        "get 3055 over to Hannah please",
        {"action": "update_ticket", "params": {"ticket_id": 3055, "agent_id": 9}},
    ),
    asked("emma", "3042 needs to be with Tom Walsh", {"refused": True}),
    # team questions are for admins
    asked(
        "admin",
        "is Priya in 2nd Line or Messaging?",
        {"action": "lookup", "params": {"entity": "agents"}},
    ),
    asked("emma", "is Priya in the Network team?", {"refused": True}),
    # batch two
    asked("emma", "details on the Teams camera one", _get(3150)),
    asked("liam", "what did IT end up doing about the room 2 wifi?", _get(3121)),
    asked(
        "admin",
        "drop the priority of 3055 to low",
        {"action": "update_ticket", "params": {"ticket_id": 3055, "priority_id": 4}},
    ),
    asked(
        "emma",
        "I can open the Finance site now, thanks! Please close it",
        {"action": "resolve_ticket", "params": {"ticket_id": 3089}},
    ),
    asked(
        "emma",
        "could you pass on to whoever has 3131 that I work from home on Fridays",
        _note(3131, "Fridays"),
    ),
    asked(
        "emma",
        "re the Outlook password prompts - it happens on my phone as well",
        _note(3115, "phone"),
    ),
    asked(
        "emma",
        "Hi, I wondered how my ticket is going? I don't have the number",
        _choices("get_ticket"),
    ),
    asked("emma", "still waiting on that second monitor. any news?", _get(3131)),
    asked("emma", "Is the Outlook password prompts issue with someone yet?", _get(3115)),
    asked(
        "emma",
        "the printer keeps jamming again, could you open my old ticket back up?",
        {"action": "reopen_ticket", "params": {"ticket_id": 3067}},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_existing_ticket_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
