"""Requests that name people and records, typed fast or written as an e-mail: an admin's
terse change that ends in "assign <person>" or names the person before the ticket; a
person's contact details asked for (an employee may not look people up); another person's
tickets ("Emma Jones' tickets"); records of a customer wanted ("I need the invoices of ...");
a size in a note ("27 inch") that is no ticket number; how a described request is going; a
closed ticket to rate with nothing else said; and a person named as whose the ticket is, when
the ticket is the employee's own ("Mia Chen's new starter ticket"). First the rule parser's
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
    # the ticket, its new values in shorthand, then "assign <person>"
    ("3131 p1 assign chloe martin", "update_ticket", {"ticket_id": 3131, "priority": "P1"}),
    (
        "#3099 on hold + assign sarah mitchell",
        "update_ticket",
        {"ticket_id": 3099, "status": Has("hold")},
    ),
    ("3140 team network, assign hannah", "update_ticket", {"ticket_id": 3140, "team": "network"}),
    # the person first, then the ticket they take
    ("assign hannah fischer on 3140", "update_ticket", {"ticket_id": 3140}),
    ("pls assign chloe martin onto #3099 thx", "update_ticket", {"ticket_id": 3099}),
    # typed in lower case, a customer's name after its records
    ("unpaid invoices globex", "lookup", {"entity": "invoices", "search": "globex"}),
    ("contracts stark logistics pls", "lookup", {"entity": "contracts", "search": Has("stark")}),
    ("contracts expiring soon", "lookup", {"entity": "contracts", "search": ABSENT}),
    ("invoices overdue", "lookup", {"entity": "invoices", "search": ABSENT}),
    # a person's contact details
    (
        "find Olivia Brown at Globex, I need her phone number",
        "lookup",
        {"entity": "users", "search": "Olivia Brown", "client": "Globex"},
    ),
    (
        "what's the email address of peter gibbons?",
        "lookup",
        {"entity": "users", "search": "peter gibbons"},
    ),
    ("whats jill valentine extension", "lookup", {"entity": "users", "search": "jill valentine"}),
    ("my email is not working since this morning", "create_ticket", {"summary": Has("email")}),
    ("I need Mia Chen's email set up", "create_ticket", {"summary": Has("set up")}),
    ("I need a new phone number for my mobile", "create_ticket", {}),
    # another person's tickets, the apostrophe alone after a name ending in s
    ("show me Chris Evans' open tickets", "list_tickets", {"client": "Chris Evans"}),
    ("what are james' tickets", "list_tickets", {"client": "james"}),
    # a customer's records wanted
    ("we'd like copies of the contracts for Initech", "lookup", {"entity": "contracts"}),
    ("I want to see the assets of Acme", "lookup", {"entity": "assets"}),
    ("I need the contracts folder on the shared drive fixed", "create_ticket", {}),
    ("I need a new laptop for the sales team", "create_ticket", {}),
    # a size in a note is no ticket number
    (
        "note on my monitor ticket: 24 inch is fine too",
        "add_note",
        {"ticket_id": ABSENT, "ticket_hint": "monitor", "note": Has("24 inch")},
    ),
    ("add to ticket 3131: 27 inch please", "add_note", {"ticket_id": 3131, "note": Has("inch")}),
    # how a described request is going
    (
        "is someone already working on my outlook ticket?",
        "get_ticket",
        {"ticket_hint": "outlook"},
    ),
    ("I logged a request about the printer, what's the latest?", "get_ticket", {}),
    # a closed ticket to rate, with nothing more said about it
    ("rate my resolved ticket 4 stars", "rate_ticket", {"score": 4, "ticket_hint": ""}),
    ("5 stars for my closed vpn ticket", "rate_ticket", {"ticket_hint": "vpn"}),
    # whose ticket: the whole name of the person
    (
        "what is the status of Mia Chen's new starter ticket?",
        "get_ticket",
        {"user": "Mia Chen"},
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_people_and_records_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


REFUSED = {"refused": True}

PLANNED: list[dict[str, Any]] = [
    asked(
        "admin",
        "3160 p2 assign daniel kim",
        {"action": "update_ticket", "params": {"ticket_id": 3160, "priority_id": 2, "agent_id": 6}},
    ),
    asked(
        "admin",
        "assign tom walsh team network on 3055",
        {"action": "update_ticket", "params": {"ticket_id": 3055, "team_id": 12, "agent_id": 11}},
    ),
    asked(
        "admin",
        "3140 team network, assign hannah fischer",
        {"action": "update_ticket", "params": {"ticket_id": 3140, "team_id": 12, "agent_id": 9}},
    ),
    asked(
        "admin",
        "assign priya sharma for ticket 3160",
        {"action": "update_ticket", "params": {"ticket_id": 3160, "agent_id": 5}},
    ),
    asked(
        "admin",
        "unpaid invoices initech",  # the customer's invoices, not invoices named "initech"
        {"action": "lookup", "params": {"entity": "invoices", "client_id": 42}},
    ),
    asked(
        "admin",
        "phone number for peter gibbons at initech",
        {
            "action": "lookup",
            "params": {"entity": "users", "search_has": "gibbons", "client_id": 42},
        },
    ),
    asked("emma", "look up olivia brown at globex i need her email", REFUSED),
    asked("liam", "what's peter gibbons' phone number?", REFUSED),
    asked("emma", "i would like the contracts of Initech please", REFUSED),
    asked("liam", "show emma jones' tickets", REFUSED),
    asked(
        "admin",
        "show emma jones' tickets",
        {"action": "list_tickets", "params": {"user_id": 201}},
    ),
    asked(
        "emma",
        "add to my monitor ticket: 24 inch is fine too",
        {"action": "add_note", "params": {"ticket_id": 3131, "note_has": "24 inch"}},
    ),
    asked(
        "emma",
        "is anyone already working on my sharepoint request?",
        {"action": "get_ticket", "params": {"ticket_id": 3089}},
    ),
    asked(
        "emma",
        "I sent a ticket about the finance sharepoint, what's the latest?",
        {"action": "get_ticket", "params": {"ticket_id": 3089}},
    ),
    asked("emma", "5 stars for my resolved ticket", {"candidates": True, "action": "rate_ticket"}),
    # a person named in the employee's own ticket: that ticket, not someone else's
    asked(
        "liam",
        "what is the status of Mia Chen's new starter ticket?",
        {"action": "get_ticket", "params": {"ticket_id": 3076}},
    ),
    asked(
        "liam",
        "how is Mia's ticket going?",
        {"action": "get_ticket", "params": {"ticket_id": 3076}},
    ),
    # ... and with no ticket of theirs about that person, refused like any ticket not theirs
    asked("emma", "show liam's laptop ticket", REFUSED),
    asked("emma", "close liam's laptop ticket, it works", REFUSED),
    asked("liam", "what about Emma Jones's vpn ticket", REFUSED),
    asked(
        "admin",
        "show liam's laptop ticket",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
]


@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_people_and_records_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
