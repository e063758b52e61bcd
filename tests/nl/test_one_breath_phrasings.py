"""An admin's new ticket typed in one breath ("ticket for initech main office peter gibbons
printer jam critical", "acme warehouse noah williams scanner smashed p2 assign hannah"), a
customer and its site heading the problem ("Umbrella Health, Laboratory site: ..."), a team
named bare at the end; and an employee's request with no problem word: things for someone
joining, a licence to be assigned, "not urgent, but ...", "kindly check and resolve". First
the rule parser's action and slots, then the plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # someone joining needs things set up: no problem word, still a new ticket
    (
        "our new starter needs a laptop and an email account by monday",
        "create_ticket",
        {"summary": Has("starter")},
    ),
    (
        "the new temp joining on the 3rd will need access to the shared drive",
        "create_ticket",
        {"summary": Has("temp")},
    ),
    (
        "new hire starts next week, requires a phone and a badge",
        "create_ticket",
        {"summary": Has("phone")},
    ),
    (
        "can you organise a headset for the new apprentice",
        "create_ticket",
        {"summary": Has("headset")},
    ),
    (
        "please prepare two laptops for the incoming consultants",
        "create_ticket",
        {"summary": Has("laptops")},
    ),
    # ... but a question about it, or about its ticket, is no new request
    ("whats the news on the new starter ticket for mia chen?", "get_ticket", {}),
    # how soon it is wanted, before the statement
    (
        "No rush, but the scanner by reception saves everything as tiny images.",
        "create_ticket",
        {"summary": Has("scanner")},
    ),
    (
        "Hello! When you get a chance, the projector in room 4 shows everything green.",
        "create_ticket",
        {"summary": Has("projector")},
    ),
    (
        "Hi, not urgent: the clock on my desk phone is an hour behind",
        "create_ticket",
        {"summary": Has("clock")},
    ),
    # resolving asked for as the work to do, with no ticket named
    (
        "outlook keeps freezing since the update, please look into it and fix asap",
        "create_ticket",
        {"summary": Has("outlook")},
    ),
    (
        "Dear team, my laptop is very slow today, kindly check and fix at the earliest",
        "create_ticket",
        {"summary": Has("laptop")},
    ),
    ("the wifi is fixed, kindly check and resolve", "resolve_ticket", {}),
    (
        "my vpn is fixed, kindly check and resolve ticket 3042",
        "resolve_ticket",
        {"ticket_id": 3042},
    ),
    # a licence assigned to someone's account is a request; a ticket assigned is an update
    (
        "I need a Project licence, could you assign it to my account please",
        "create_ticket",
        {"summary": Has("licence"), "agent": ABSENT},
    ),
    ("please assign an Adobe licence to me, thanks", "create_ticket", {"summary": Has("Adobe")}),
    ("allocate me a Visio seat", "create_ticket", {"summary": Has("Visio")}),
    ("assign 3101 to hannah fischer", "update_ticket", {"ticket_id": 3101}),
    # a priority at the end with no comma is a field; "is critical" says how bad it is
    ("printer jam critical", "create_ticket", {"summary": "printer jam", "priority": "critical"}),
    (
        "my printer jam is critical",
        "create_ticket",
        {"summary": Has("is critical"), "priority": ABSENT},
    ),
    # words left after those fields may name a team; a sign-off names none
    (
        "umbrella health head office jill valentine vpn keeps dropping low prio 1st line",
        "create_ticket",
        {"priority": "low", "team_guess": "1st line", "team": ABSENT},
    ),
    (
        "email bouncing, priority high thanks",
        "create_ticket",
        {"priority": "high", "team_guess": ABSENT},
    ),
    # a Problem raised for someone is the Problem type; one "with" something is a complaint
    ("raise a problem for globex: repeated vpn drops", "create_ticket", {"tickettype": "problem"}),
    ("log a problem with my laptop", "create_ticket", {"tickettype": ABSENT}),
]


# ruff: noqa: E501 (one phrasing a line reads best)
@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_one_breath_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    # "ticket for" / "incident for" / "service request for" the customer, site and person
    asked(
        "admin",
        "ticket for globex springfield campus olivia brown outlook calendar empty",
        new_ticket("calendar", client_id=17, site_id=41, user_id=301),
    ),
    asked(
        "admin",
        "incident for stark logistics fleet depot happy hogan tablet screen cracked",
        new_ticket("tablet", client_id=27, site_id=62, user_id=602, tickettype_id=1),
    ),
    asked(
        "admin",
        "service request for initech austin branch joanna baker second monitor",
        new_ticket("monitor", client_id=42, site_id=102, user_id=404, tickettype_id=3),
    ),
    asked(
        "admin",
        "ticket for umbrella health laboratory carlos oliveira label printer jammed p1",
        new_ticket("printer", client_id=23, site_id=52, user_id=502, priority_id=1),
    ),
    # no command at all: names, the problem, then its fields with no comma
    asked(
        "admin",
        "globex cypress creek hank scorpio keyboard smashed high prio",
        new_ticket("keyboard", client_id=17, site_id=44, user_id=302, priority_id=2),
    ),
    asked(
        "admin",
        "initech main office samir nagheenanajar mails bouncing p3 assign priya sharma",
        new_ticket("bouncing", client_id=42, site_id=101, user_id=403, priority_id=3, agent_id=5),
    ),
    asked(
        "admin",
        "initech austin branch joanna baker vpn keeps dropping p2 2nd line",
        new_ticket("vpn", client_id=42, site_id=102, user_id=404, priority_id=2, team_id=6),
    ),
    # ... words that name no team are no team
    asked(
        "admin",
        "globex springfield campus olivia brown mouse not working p3 reception",
        new_ticket("mouse", client_id=17, site_id=41, user_id=301, priority_id=3, team_id=None),
    ),
    # a Problem raised for a customer
    asked(
        "admin",
        "raise a problem for globex site cypress creek: repeated vpn drops, network team",
        new_ticket("vpn", client_id=17, site_id=44, team_id=12, tickettype_id=21),
    ),
    asked(
        "admin",
        "log a problem for initech: nightly backup job fails every friday",
        new_ticket("backup", client_id=42, tickettype_id=21),
    ),
    # "<Customer>, <Site> site: ..."
    asked(
        "admin",
        "Stark Logistics, Fleet Depot site: tracker gateway has no network. prio high",
        new_ticket("tracker", client_id=27, site_id=62, priority_id=2),
    ),
    asked(
        "admin",
        "Globex, Springfield Campus site - lobby screen stays black",
        new_ticket("screen", client_id=17, site_id=41),
    ),
    # the person after a label, a team named bare at the end
    asked(
        "admin",
        "ticket for Initech / Austin Branch, user Joanna Baker, printer offline, Field Services",
        new_ticket("printer", client_id=42, site_id=102, user_id=404, team_id=15),
    ),
    asked(
        "admin",
        "ticket for Umbrella Health / Head Office, contact Jill Valentine, scanner jams, Service Desk",
        new_ticket("scanner", client_id=23, site_id=53, user_id=503, team_id=2),
    ),
    # a question about a customer's ticket is no new ticket
    asked("admin", "ticket for globex?", {"refused": True}),
    # employees
    asked("liam", "new contractor starts tuesday and needs a vpn token", new_ticket("contractor")),
    asked(
        "emma",
        "I need a Project licence, could you assign it to my account please",
        new_ticket("licence"),
    ),
    asked(
        "liam",
        "Respected Madam, my desktop is running very slow, kindly check and resolve at the earliest.",
        new_ticket("slow"),
    ),
    asked(
        "emma",
        "No rush, but the scanner by reception saves everything as tiny images.",
        new_ticket("scanner"),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_one_breath_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
