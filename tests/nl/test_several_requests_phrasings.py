"""Phrasings of people who ask several things at once and write as they would in a mail or a
chat with the desk: a ticket number in square brackets, the way a desk's mail subject carries it
("[3042] any news?"), stands for that ticket."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check

BRACKETED: list[dict[str, Any]] = [
    asked("emma", "[3042] any news?", {"action": "get_ticket", "params": {"ticket_id": 3042}}),
    asked("emma", "[#3115] status pls", {"action": "get_ticket", "params": {"ticket_id": 3115}}),
    asked("admin", "[3101] full details", {"action": "get_ticket", "params": {"ticket_id": 3101}}),
    asked(
        "emma",
        "[3115] [3042] - progress?",
        {"action": "list_tickets", "params": {"ticket_ids": [3115, 3042]}},
    ),
    asked(
        "emma",
        "note on [3042]: the error shows up again after lunch",
        {"action": "add_note", "params": {"ticket_id": 3042, "note_has": "lunch"}},
    ),
    asked(
        "admin",
        "move [3101] to in progress",
        {"action": "update_ticket", "params": {"ticket_id": 3101, "status_id": 2}},
    ),
    # safety holds as for any other spelling of the number
    asked("liam", "[3101] any news?", {"refused": True}),  # Noah's ticket
    asked("liam", "close [3121]", {"refused": True}),  # closed already
    asked(
        "emma",
        "don't close [3042] yet, it came back",
        {"action": "add_note", "params": {"ticket_id": 3042, "note_has": "close"}},
    ),  # a note, never a close
    # a bracket that is no ticket number stays part of the problem
    asked(
        "emma", "outlook shows error [0x80070005] when i open the calendar", new_ticket("outlook")
    ),
]


@pytest.mark.parametrize("case", BRACKETED, ids=[f"{c['as']}: {c['text'][:60]}" for c in BRACKETED])
def test_ticket_numbers_in_brackets(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# A ticket named first, then a question whose answer is in the ticket: how it was fixed, its
# last note, whether it is still where it was. That reads the ticket; it is no note.
HEADED_QUESTIONS: list[dict[str, Any]] = [
    asked(
        "liam",
        "3121: how did they fix it in the end?",
        {"action": "get_ticket", "params": {"ticket_id": 3121}},
    ),
    asked(
        "liam",
        "ticket 3121 - what did IT do to sort it? it's dropping again",
        {"action": "get_ticket", "params": {"ticket_id": 3121}},
    ),
    asked(
        "admin",
        "3101: what was the latest note?",
        {"action": "get_ticket", "params": {"ticket_id": 3101}},
    ),
    asked(
        "emma",
        "3042 - what's the most recent update? my boss wants to know",
        {"action": "get_ticket", "params": {"ticket_id": 3042}},
    ),
    asked(
        "emma",
        "the outlook password one, still open?",
        {"action": "get_ticket", "params": {"ticket_id": 3115}},
    ),
    asked(
        "liam",
        "my fan ticket - still in progress?",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    # news for the people on the ticket stays a note
    asked(
        "liam",
        "3120: still overheating after the clean, fan at full speed",
        {"action": "add_note", "params": {"ticket_id": 3120, "note_has": "overheating"}},
    ),
    asked(
        "emma",
        "3042 - any news on the replacement router?",
        {"action": "add_note", "params": {"ticket_id": 3042, "note_has": "router"}},
    ),
    # and a question about someone else's ticket is refused as before
    asked("liam", "3101: how did they fix it?", {"refused": True}),
]


@pytest.mark.parametrize(
    "case", HEADED_QUESTIONS, ids=[f"{c['as']}: {c['text'][:60]}" for c in HEADED_QUESTIONS]
)
def test_question_after_a_named_ticket_reads_it(
    case: dict[str, Any], halo_connected, request
) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# "company portal", "company laptop": the company's own thing, which an employee reports like
# any other; no customer called "portal" or "laptop" is meant.
COMPANY_THINGS: list[dict[str, Any]] = [
    asked(
        "emma",
        "new ticket - company portal on my iphone says 'checking status' all day",
        new_ticket("portal"),
    ),
    asked(
        "liam",
        "open a ticket: company phone on 'no service' since this morning",
        new_ticket("phone"),
    ),
    # a customer named after the word is still an admin's customer
    asked(
        "admin",
        "new ticket for company Globex: printer jams",
        {"action": "create_ticket", "params": {"client_id": 17, "summary_has": "printer"}},
    ),
]


@pytest.mark.parametrize(
    "case", COMPANY_THINGS, ids=[f"{c['as']}: {c['text'][:60]}" for c in COMPANY_THINGS]
)
def test_company_things_are_no_customer(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# "req" is how people in a hurry write "request", as they write "tkt" for "ticket".
SHORT_REQUEST: list[dict[str, Any]] = [
    asked(
        "emma",
        "status of the sharepoint req?",
        {"action": "get_ticket", "params": {"ticket_id": 3089}},
    ),
    asked(
        "emma",
        "can i see the vpn req pls, need the details",
        {"candidates": True, "action": "get_ticket"},
    ),
    asked("liam", "new req: second monitor for my desk", new_ticket("monitor")),
]


@pytest.mark.parametrize(
    "case", SHORT_REQUEST, ids=[f"{c['as']}: {c['text'][:60]}" for c in SHORT_REQUEST]
)
def test_req_is_a_request(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# The IT words of people who know their machines: a blue screen, disk encryption, sign-in
# codes, the start-up firmware. A statement about one of them is a problem to report, as a
# statement about a laptop is.
SECURITY_AND_STARTUP: list[dict[str, Any]] = [
    asked(
        "emma", "bitlocker asks for the recovery key after every restart", new_ticket("bitlocker")
    ),
    asked("liam", "IRQL_NOT_LESS_OR_EQUAL bsod twice since yesterday's patch", new_ticket("bsod")),
    asked("emma", "blue screen on shutdown every evening this week", new_ticket("blue screen")),
    asked(
        "liam",
        "mfa prompts never arrive on the authenticator since the phone swap",
        new_ticket("mfa"),
    ),
    asked("emma", "2fa code rejected every time, tried 5 times", new_ticket("2fa")),
    asked("liam", "bios password prompt appeared out of nowhere this morning", new_ticket("bios")),
    # a question about one is still no problem report
    asked("emma", "what is bitlocker?", {"refused": True}),
]

# Asking for a site or an app to be let through the company's filter is a request to the desk.
ALLOW_LISTING: list[dict[str, Any]] = [
    asked(
        "emma",
        "web filter blocks stackoverflow.com, please allow-list it",
        new_ticket("stackoverflow"),
    ),
    asked("liam", "can someone whitelist zoom.us for the sales team", new_ticket("zoom")),
]


@pytest.mark.parametrize(
    "case",
    SECURITY_AND_STARTUP + ALLOW_LISTING,
    ids=[f"{c['as']}: {c['text'][:60]}" for c in SECURITY_AND_STARTUP + ALLOW_LISTING],
)
def test_it_savvy_problem_reports(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# Several things in one message: what the person will add later themselves is no note to add
# now, and a ticket described as "the ___ one" is read even when the words describe a fault.
SEVERAL_AT_ONCE: list[dict[str, Any]] = [
    asked(
        "liam",
        "3120 status pls? the noise is worse today but i will add that later",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    asked(
        "emma",
        "where is 3042 at? there's more to say but i'll add that tomorrow",
        {"action": "get_ticket", "params": {"ticket_id": 3042}},
    ),
    asked(
        "emma",
        "add to 3042 that it also drops on the office wifi",
        {"action": "add_note", "params": {"ticket_id": 3042, "note_has": "office"}},
    ),
    asked(
        "liam",
        "news on the overheating fan one?",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    asked(
        "liam",
        "latest on the noisy overheating one",
        {"action": "get_ticket", "params": {"ticket_id": 3120}},
    ),
    # a fault with no ticket described is still a new problem
    asked("emma", "my laptop is overheating again, the new one too", new_ticket("overheating")),
]


@pytest.mark.parametrize(
    "case", SEVERAL_AT_ONCE, ids=[f"{c['as']}: {c['text'][:60]}" for c in SEVERAL_AT_ONCE]
)
def test_several_things_at_once(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# "who is <a name>?" asks who that person is: an admin's look-up of users. A question about who
# works on a ticket still reads the ticket, and an employee may not look people up.
WHO_IS: list[dict[str, Any]] = [
    asked(
        "admin",
        "who's peter gibbons?",
        {"action": "lookup", "params": {"entity": "users", "search_has": "gibbons"}},
    ),
    asked(
        "admin",
        "who is Olivia Brown at Globex",
        {
            "action": "lookup",
            "params": {"entity": "users", "search_has": "olivia", "client_id": 17},
        },
    ),
    asked(
        "admin", "who is working on 3101", {"action": "get_ticket", "params": {"ticket_id": 3101}}
    ),
    asked(
        "emma",
        "who is looking at my outlook ticket?",
        {"action": "get_ticket", "params": {"ticket_id": 3115}},
    ),
    asked("emma", "who is peter gibbons", {"refused": True}),
]


@pytest.mark.parametrize("case", WHO_IS, ids=[f"{c['as']}: {c['text'][:60]}" for c in WHO_IS])
def test_who_is_a_person(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# "list globex open tickets": a customer's name between the command and the tickets asked for
# is whose they are (for an admin; an employee's list is of their own tickets only).
CUSTOMER_BEFORE_STATE: list[dict[str, Any]] = [
    asked(
        "admin",
        "show initech open tickets",
        {"action": "list_tickets", "params": {"client_id": 42, "open_only": True}},
    ),
    asked(
        "admin",
        "list umbrella health closed tickets",
        {"action": "list_tickets", "params": {"client_id": 23, "closed_only": True}},
    ),
    asked(
        "liam", "list my open tickets", {"action": "list_tickets", "params": {"open_only": True}}
    ),
]


@pytest.mark.parametrize(
    "case",
    CUSTOMER_BEFORE_STATE,
    ids=[f"{c['as']}: {c['text'][:60]}" for c in CUSTOMER_BEFORE_STATE],
)
def test_customer_named_after_the_command(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


def test_employee_list_stays_their_own(employee, halo_connected) -> None:
    plan = plan_request("show initech open tickets", actor=employee)
    assert plan.refused or not {"client_id", "user_id", "agent_id"} & plan.params.keys(), plan


# "software request: visio and snagit": a request of a kind that asks for something new (software,
# hardware, equipment, a licence) headed by its kind opens a ticket; it is no note on a request
# the person has open.
KIND_HEADED_REQUESTS: list[dict[str, Any]] = [
    asked("emma", "software request: visio + snagit for the design work", new_ticket("visio")),
    asked("liam", "hardware request - usb-c dock and a second charger", new_ticket("dock")),
    asked("emma", "licence request: adobe acrobat pro", new_ticket("acrobat")),
    # a request named by what it is about is still the person's own ticket
    asked("emma", "vpn request: any news?", {"candidates": True, "action": "get_ticket"}),
]


@pytest.mark.parametrize(
    "case", KIND_HEADED_REQUESTS, ids=[f"{c['as']}: {c['text'][:60]}" for c in KIND_HEADED_REQUESTS]
)
def test_request_headed_by_its_kind(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# "... - and which ones are still open?": a question that points back at the tickets asked for
# keeps the list; it asks for no other record.
POINTING_BACK: list[dict[str, Any]] = [
    asked(
        "emma",
        "summary of my tickets pls — which ones need me?",
        {"action": "list_tickets", "params": {}},
    ),
    asked(
        "liam",
        "rundown of all my tickets - which of them are still open?",
        {"action": "list_tickets", "params": {}},
    ),
]


@pytest.mark.parametrize(
    "case", POINTING_BACK, ids=[f"{c['as']}: {c['text'][:60]}" for c in POINTING_BACK]
)
def test_question_pointing_back_at_the_list(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


# A newcomer's department ("..., sales team") says where the new person works; it hands the
# ticket to no team of the desk, so an employee may ask for it.
NEWCOMERS_TEAM: list[dict[str, Any]] = [
    asked(
        "liam",
        "new starter on monday: laptop and logins for ana lima, finance team",
        new_ticket("ana"),
    ),
    asked(
        "emma",
        "new joiner on the 1st - accounts and laptop for tom wu, marketing team",
        new_ticket("tom"),
    ),
    # a team named in any other request is still an admin's field
    asked("emma", "printer on floor 2 jams every morning, network team", {"refused": True}),
]


@pytest.mark.parametrize(
    "case", NEWCOMERS_TEAM, ids=[f"{c['as']}: {c['text'][:60]}" for c in NEWCOMERS_TEAM]
)
def test_a_newcomers_department(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
