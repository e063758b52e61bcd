"""An admin's new ticket that ends in a list of its fields, each item alone: the priority
("... offline. High", "..., medium"), the kind of ticket, in words or in its ITIL short form
("SR", "INC", "problem"), a team shaped like one ("2nd Line", "Service Desk please"), a
hand-over ("give it to ..."); a kind said with "record" ("a change record for ..."); "ticket
for <customer>, <person> needs ..." going on to hand the ticket to someone; and customer, site
and person listed with commas (or "<customer> <site> for <person> - ...") before the problem. An employee's fault told as what only
partly works ("only one screen works"); a "how do I ...?" that ends a message after what led
to it. First the rule parser's action and slots,
then the plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # the priority alone as an item of the list
    (
        "new ticket for Globex: badge reader dead at reception. High",
        "create_ticket",
        {"priority": "high", "summary": "badge reader dead at reception", "details": ABSENT},
    ),
    (
        "log a ticket for Acme: scanner jams on every page, low",
        "create_ticket",
        {"priority": "low", "summary": "scanner jams on every page"},
    ),
    (
        "raise an incident for Initech: server room too warm. critical, hand it to Daniel Kim",
        "create_ticket",
        {"priority": "critical", "agent": "Daniel Kim", "summary": "server room too warm"},
    ),
    ("new ticket: my chair is too high, thanks", "create_ticket", {"priority": ABSENT}),
    ("open a ticket - the shelf is set too high", "create_ticket", {"priority": ABSENT}),
    # the kind of ticket alone, or in its short form
    (
        "new ticket for Globex: two new starters need accounts. SR, low",
        "create_ticket",
        {"tickettype": "service request", "priority": "low", "summary": Has("starters")},
    ),
    (
        "log for Acme: core switch swap on Saturday, CHG, Network team",
        "create_ticket",
        {"tickettype": "change", "team": "Network", "summary": Has("switch")},
    ),
    (
        "new ticket for Initech: shared drive slow every afternoon, problem, Messaging",
        "create_ticket",
        {"tickettype": "problem", "team_guess": "Messaging", "summary": Has("shared drive")},
    ),
    ("new ticket: I have a problem with Outlook", "create_ticket", {"tickettype": ABSENT}),
    # a team shaped like one, then a sign-off
    (
        "new ticket for Acme: monitor flickers. Service Desk please",
        "create_ticket",
        {"team_guess": "Service Desk", "summary": "monitor flickers"},
    ),
    (
        "log for Globex: keyboard missing keys, 2nd line thanks",
        "create_ticket",
        {"team_guess": "2nd line", "summary": "keyboard missing keys"},
    ),
    # a kind said before "record", or before "ticket" for someone
    (
        "log a change record for Acme HQ: move the printers to the new VLAN",
        "create_ticket",
        {"tickettype": "change", "client": "Acme HQ", "summary": Has("VLAN")},
    ),
    (
        "raise an incident record for Globex: mail flow stopped",
        "create_ticket",
        {"tickettype": "incident", "summary": "mail flow stopped"},
    ),
    (
        "create a problem ticket for Initech: repeated VPN drops",
        "create_ticket",
        {"tickettype": "problem", "summary": "repeated VPN drops"},
    ),
    ("log a problem ticket: my laptop is broken", "create_ticket", {"tickettype": ABSENT}),
    # "ticket for <customer>, <person> ...", then a hand-over: a new ticket's fields
    (
        "ticket for Globex, Hank Scorpio cannot reach the VPN, hand it over to Marcus Reid",
        "create_ticket",
        {"client": "Globex", "agent": "Marcus Reid", "summary": Has("VPN")},
    ),
    (
        "ticket for Acme, Noah Williams needs a headset. Service request, medium, give to Hannah",
        "create_ticket",
        {"tickettype": "Service request", "priority": "medium", "summary": Has("headset")},
    ),
    ("the ticket for Acme, give it to Hannah", "update_ticket", {}),
    ("ticket 3140 for Acme, give it to Hannah", "update_ticket", {"ticket_id": 3140}),
    # customer, site and person listed with commas, then the problem
    (
        "Globex Cypress Creek, Hank Scorpio, Teams keeps crashing, p2",
        "create_ticket",
        {"owner_lead": "owner", "priority": "P2"},
    ),
    # something works only in part: a fault, not praise
    (
        "my webcam works only in Zoom, not in Teams",
        "create_ticket",
        {"summary": Has("webcam")},
    ),
    ("only the left speaker works on my headset", "create_ticket", {"summary": Has("speaker")}),
    (
        "Headset is crackling, only one ear works since the update",
        "create_ticket",
        {"summary": Has("crackling")},
    ),
    ("the printer works great now, thanks", None, {}),
    # what led to it, then "how do I ...?" ending the message
    (
        "Sorry to bother you again. How can I set up my out of office?",
        "lookup",
        {"entity": "kb_articles", "search": Has("out of office")},
    ),
    (
        "I'm new here and nobody showed me - how do we book a meeting room?",
        "lookup",
        {"entity": "kb_articles", "search": Has("meeting room")},
    ),
    (
        "note on 3115: tried again - how do I clear the cache?",
        "add_note",
        {"ticket_id": 3115, "note": Has("clear the cache")},
    ),
    ("my laptop is slow, how do I fix it", "create_ticket", {}),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_admin_field_list_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    asked(
        "admin",
        "new ticket for Umbrella Health, site Laboratory, user Carlos Oliveira: centrifuge PC "
        "frozen. High",
        {
            "action": "create_ticket",
            "params": {"client_id": 23, "site_id": 52, "user_id": 502, "priority_id": 2},
        },
    ),
    asked(
        "admin",
        "Initech Austin Branch - Joanna Baker says the scanner is offline, low",
        {
            "action": "create_ticket",
            "params": {"client_id": 42, "site_id": 102, "user_id": 404, "priority_id": 4},
        },
    ),
    asked(
        "admin",
        "For Globex Cypress Creek, Hank Scorpio needs a second monitor. SR, give it to Hannah",
        {
            "action": "create_ticket",
            "params": {"client_id": 17, "site_id": 44, "tickettype_id": 3, "agent_id": 9},
        },
    ),
    asked(
        "admin",
        "raise a problem record for Acme HQ: Wi-Fi drops every hour, Network team",
        {
            "action": "create_ticket",
            "params": {"client_id": 12, "site_id": 31, "tickettype_id": 21, "team_id": 12},
        },
    ),
    asked(
        "admin",
        "For Initech Main Office, Michael Bolton's dock is dead. 1st Line Support thanks",
        {"action": "create_ticket", "params": {"client_id": 42, "site_id": 101, "team_id": 5}},
    ),
    asked(
        "admin",
        "ticket for Wayne Foundation, Lucius Fox lost his badge. low priority, assign Marcus Reid",
        {
            "action": "create_ticket",
            "params": {"client_id": 35, "user_id": 701, "priority_id": 4, "agent_id": 8},
        },
    ),
    asked(
        "admin",
        "Stark Logistics Fleet Depot, Happy Hogan, scanner guns won't sync, high",
        {
            "action": "create_ticket",
            "params": {"client_id": 27, "site_id": 62, "user_id": 602, "priority_id": 2},
        },
    ),
    asked(
        "admin",
        "Umbrella Health Raccoon City Clinic, Alice Abernathy: printer offline. critical",
        {
            "action": "create_ticket",
            "params": {"client_id": 23, "site_id": 51, "user_id": 501, "priority_id": 1},
        },
    ),
    asked(
        "admin",
        "Initech Austin Branch for Joanna Baker - scanner keeps jamming, incident, 1st Line",
        {
            "action": "create_ticket",
            "params": {"client_id": 42, "site_id": 102, "user_id": 404, "tickettype_id": 1},
        },
    ),
    asked(
        "admin",
        "Acme Warehouse for Noah Williams: label printer offline, high",
        {
            "action": "create_ticket",
            "params": {"client_id": 12, "site_id": 32, "user_id": 203, "priority_id": 2},
        },
    ),
    asked(
        "liam",
        "Laptop charger is loose, it only works if I hold the cable at an angle",
        {"action": "create_ticket", "params": {"summary_has": "charger"}},
    ),
    asked(
        "emma",
        "I always forget where it is, sorry - how can I add a shared mailbox in Outlook?",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "mailbox"}},
    ),
    asked(
        "emma",
        "new ticket: the desk in my office is too high",
        {"action": "create_ticket", "params": {"summary_has": "too high"}},
    ),
]


@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_admin_field_list_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
