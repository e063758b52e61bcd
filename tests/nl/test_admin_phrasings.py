"""An admin's requests in the shapes desk workers and phone users type, written afresh (not the
blind sets' sentences): new tickets naming a customer, site or person in any order and
punctuation, ticket updates in shorthand, lists of several tickets or of a directory, and an
agent's appointments. Checked as the plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

# demo ids: customers Acme Inc 12 (HQ 31, Warehouse 32), Globex 17 (Springfield Campus 41,
# Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
# (Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution Centre 61, Fleet Depot 62),
# Wayne Foundation 35 (Gotham Office 71); priorities critical 1, high 2, medium 3, low 4;
# statuses In Progress 2, With User 4, With Supplier 5, On Hold 28.


def _new(text: str, summary: str, **ids: int) -> dict[str, Any]:
    params: dict[str, Any] = {"summary_has": summary, **ids}
    return {"as": "admin", "text": text, "expect": {"action": "create_ticket", "params": params}}


def _update(text: str, ticket: int, **change: int) -> dict[str, Any]:
    params = {"ticket_id": ticket, **change}
    return {"as": "admin", "text": text, "expect": {"action": "update_ticket", "params": params}}


def _look(text: str, entity: str, **params: Any) -> dict[str, Any]:
    expect = {"action": "lookup", "params": {"entity": entity, **params}}
    return {"as": "admin", "text": text, "expect": expect}


def _tickets(text: str, *ids: int) -> dict[str, Any]:
    params = {"ticket_ids": list(ids)} if ids else {}
    return {"as": "admin", "text": text, "expect": {"action": "list_tickets", "params": params}}


PLANNED: list[dict[str, Any]] = [
    # a customer and its site between the command and the description, any separator
    _new(
        "New ticket, Globex / Springfield Campus: projector flickers",
        "projector",
        client_id=17,
        site_id=41,
    ),
    _new(
        "new ticket - Umbrella Health / Head Office: shared drive is read only",
        "shared drive",
        client_id=23,
        site_id=53,
    ),
    _new(
        "Ticket for Initech | Main Office: file server offline",
        "file server",
        client_id=42,
        site_id=101,
    ),
    _new(
        "New ticket, Stark Logistics - Distribution Centre: conveyor PC frozen",
        "conveyor",
        client_id=27,
        site_id=61,
    ),
    # "for X, Y" names the customer and one of its sites; a third name with "user" the person
    _new(
        "Log one for Acme Inc, Warehouse: handheld scanner won't charge",
        "scanner",
        client_id=12,
        site_id=32,
    ),
    _new(
        "Raise one for Globex, Cypress Creek, user Hank Scorpio: monitor has dead pixels",
        "dead pixels",
        client_id=17,
        site_id=44,
        user_id=302,
    ),
    _new(
        "open one for Umbrella Health, Laboratory: fridge logger offline",
        "fridge",
        client_id=23,
        site_id=52,
    ),
    _new(
        "Hi, new ticket for Wayne Foundation, Gotham Office: the lobby screen is blank. Thanks, Sam",
        "lobby screen",
        client_id=35,
        site_id=71,
    ),
    # after the customer and site, the person the description opens with is the one it is for
    _new(
        "For Initech, Main Office: Peter Gibbons says his report template is missing",
        "report template",
        client_id=42,
        site_id=101,
        user_id=401,
    ),
    _new(
        "For Stark Logistics, Distribution Centre: Pepper Potts reports the label printer jams",
        "label printer",
        client_id=27,
        site_id=61,
        user_id=601,
    ),
    _new(
        "New ticket for Wayne Foundation, Gotham Office: Lucius Fox can't open the finance app.",
        "finance app",
        client_id=35,
        site_id=71,
        user_id=701,
    ),
    # typed in lower case, customer and site run together
    _new(
        "new tkt initech main office: file share unreachable",
        "file share",
        client_id=42,
        site_id=101,
    ),
    _new(
        "new ticket stark logistics distribution centre - conveyor pc frozen",
        "conveyor",
        client_id=27,
        site_id=61,
    ),
    _new(
        "create for umbrella health site head office: phones have no dial tone",
        "dial tone",
        client_id=23,
        site_id=53,
    ),
    _new(
        "log for acme inc site hq: meeting room screen blank",
        "meeting room",
        client_id=12,
        site_id=31,
    ),
    _new("for globex site springfield campus: wifi dropping", "wifi", client_id=17, site_id=41),
    # ... and with no separator: Halo's names tell where the customer and site end
    _new(
        "for globex site springfield campus wifi dropping in the library",
        "wifi dropping",
        client_id=17,
        site_id=41,
    ),
    _new(
        "for initech austin branch printer jammed again",
        "printer jammed",
        client_id=42,
        site_id=102,
    ),
    _new(
        "for stark logistics fleet depot tablets won't charge", "tablets", client_id=27, site_id=62
    ),
    _new("for acme site hq printer jammed", "printer jammed", client_id=12, site_id=31),
    _new(
        "for umbrella health laboratory freezer alarm beeping", "freezer", client_id=23, site_id=52
    ),
    # phone style: the customer and/or site, the thing and its failure, nothing else
    _new("acme inc hq projector dead", "projector dead", client_id=12, site_id=31),
    _new("warehouse scanner dead", "scanner dead", client_id=12, site_id=32),
    _new("hq printer jammed", "printer jammed", client_id=12, site_id=31),
    _new("head office phones dead", "phones dead", client_id=23, site_id=53),
    _new("globex vpn down", "vpn down", client_id=17),
    # part of a customer's name alone is that customer only when one of its sites follows or
    # a colon ends it
    _new("acme printer broken, new tkt", "acme printer broken", client_id=None),
    _new("for acme: printer broken", "printer broken", client_id=12),
    # a person named in lower case before a colon, a first name alone included
    _new("for emma: laptop replacement", "laptop replacement", user_id=201),
    _new("for emma jones: laptop replacement", "laptop replacement", user_id=201),
    _new("for the printer in reception: toner empty", "toner empty", client_id=None, user_id=None),
    # capitalised names run together with the problem, no separator
    _new("Acme Inc Warehouse label printer down", "label printer", client_id=12, site_id=32),
    _new(
        "Globex Cypress Creek badge reader offline - pls log",
        "badge reader",
        client_id=17,
        site_id=44,
    ),
    _new("Outlook Calendar invites vanish, new ticket", "Outlook Calendar invites", client_id=None),
    # dashes pasted from mail between the command, the customer, the site and the problem
    _new(
        "New ticket \u2014 Initech \u2014 Austin Branch \u2014 printer jams",
        "printer jams",
        client_id=42,
        site_id=102,
    ),
    # the command last
    _new(
        "globex cypress creek badge reader offline, new tkt",
        "badge reader",
        client_id=17,
        site_id=44,
    ),
    _new(
        "umbrella health laboratory freezer alarm beeping - new ticket",
        "freezer",
        client_id=23,
        site_id=52,
    ),
    _new("initech main office vpn down, raise a ticket", "vpn down", client_id=42, site_id=101),
    _new("printer in the lobby is offline, new tkt", "printer"),
    # a person named in lower case, then a comma
    _new("raise tkt for hank scorpio, laptop fan very loud", "laptop fan", user_id=302),
    _new("new ticket for pepper potts, dock not detecting monitors", "dock", user_id=601),
    _new("log one for lucius fox, keyboard missing keys", "keyboard", user_id=701),
    # shouted
    _new(
        "NEW TICKET FOR GLOBEX CYPRESS CREEK: PRINTER OFFLINE",
        "printer offline",
        client_id=17,
        site_id=44,
    ),
    # a heading that names nobody stays in the summary
    _new("New ticket, Outlook: crashes when opening attachments", "Outlook: crashes"),
    {
        "as": "admin",
        "text": "New ticket, Outlook: crashes when opening attachments",
        "expect": {"action": "create_ticket", "params": {"client_id": None, "site_id": None}},
    },
    # the customer and site before the command, the description after it
    _new(
        "Globex, Cypress Creek - new ticket: printer offline",
        "printer offline",
        client_id=17,
        site_id=44,
    ),
    _new("Initech / Austin Branch: new ticket - wifi down", "wifi down", client_id=42, site_id=102),
    _new(
        "Stark Logistics, Fleet Depot - raise a ticket: dock scanner dead",
        "dock scanner",
        client_id=27,
        site_id=62,
    ),
    _new(
        "Umbrella Health, Head Office: new ticket, switch in comms room beeping",
        "switch",
        client_id=23,
        site_id=53,
    ),
    _new(
        "Ticket please for Umbrella Health / Laboratory - centrifuge PC won't boot",
        "centrifuge",
        client_id=23,
        site_id=52,
    ),
    # mail pasted in: greeting, a capitalised "Please", line breaks, a sign-off
    _new(
        "Please log a ticket for Initech, Austin Branch: the copier jams on every job.",
        "copier",
        client_id=42,
        site_id=102,
    ),
    _new(
        "Hi team,\n\nPlease log a ticket for Stark Logistics, Fleet Depot: the tablets won't sync."
        "\n\nThanks,\nDana",
        "tablets",
        client_id=27,
        site_id=62,
    ),
    _new(
        "New ticket\nCustomer: Globex\nSite: Cypress Creek\nIssue: printer offline",
        "printer offline",
        client_id=17,
        site_id=44,
    ),
    _new(
        "new ticket for stark logistics fleet depot\ntablets won't sync",
        "tablets",
        client_id=27,
        site_id=62,
    ),
    # how urgent, before the command or in it
    _new(
        "URGENT new ticket for Globex Cypress Creek - whole site offline",
        "offline",
        client_id=17,
        site_id=44,
        priority_id=1,
    ),
    _new(
        "new p1 ticket for initech main office: server down",
        "server down",
        client_id=42,
        site_id=101,
        priority_id=1,
    ),
    _new(
        "P2 new ticket for acme inc warehouse: scanner dead",
        "scanner",
        client_id=12,
        site_id=32,
        priority_id=2,
    ),
    # the customer and site in brackets after the person
    _new(
        "New ticket for Noah Williams (Acme Warehouse): scanner dead",
        "scanner",
        user_id=203,
        client_id=12,
        site_id=32,
    ),
    # the person named before "at <customer>", in lower case
    _new(
        "new ticket for olivia brown at globex: laptop wont boot",
        "laptop",
        client_id=17,
        user_id=301,
    ),
    _new(
        "raise a ticket for joanna baker at initech - copier jams",
        "copier",
        client_id=42,
        user_id=404,
    ),
    # the customer, then a second heading naming its site
    _new(
        "New ticket, Stark Logistics - Distribution Centre: conveyor PC frozen",
        "conveyor",
        client_id=27,
        site_id=61,
    ),
    _new(
        "ticket for Acme Inc: Warehouse: label printer jams",
        "label printer",
        client_id=12,
        site_id=32,
    ),
    # typed in lower case with keywords and no separator: the last name runs on into the
    # description, and only what Halo has under that name is taken
    _new(
        "create ticket customer globex site cypress creek printer offline",
        "printer offline",
        client_id=17,
        site_id=44,
    ),
    _new("new ticket customer globex printer offline", "printer offline", client_id=17),
    _new("new ticket for user noah williams scanner dead", "scanner dead", user_id=203),
    _new(
        "log ticket client initech site austin branch phones dead",
        "phones dead",
        client_id=42,
        site_id=102,
    ),
    # the field first, then the ticket and its value
    _update("prio 3140 high", 3140, priority_id=2),
    _update("priority 3055 low", 3055, priority_id=4),
    _update("prio 3160 p1", 3160, priority_id=1),
    _update("priority of 3055 to high", 3055, priority_id=2),
    _update("status 3110 on hold", 3110, status_id=28),
    _update("status 3140 in progress", 3140, status_id=2),
    # the ticket, the field, the value
    _update("3120 status with user", 3120, status_id=4),
    _update("3099 status waiting on supplier", 3099, status_id=5),
    _update("3140 prio critical", 3140, priority_id=1),
    _update("set 3140 status on hold", 3140, status_id=28),
    _update("change 3160 status in progress", 3160, status_id=2),
    _update("update 3055 status with supplier", 3055, status_id=5),
    # the ticket, then "assign" and a name with no "to"
    _update("3160 assign tom walsh", 3160, agent_id=11),
    _update("3140 reassign marcus", 3140, agent_id=8),
    _update("#3120 assign Daniel Kim", 3120, agent_id=6),
    # the ticket and nothing but its new value
    _update("3160 p1", 3160, priority_id=1),
    _update("3160 high prio", 3160, priority_id=2),
    _update("3140 critical", 3140, priority_id=1),
    _update("3055 on hold", 3055, status_id=28),
    _update("3055 in progress", 3055, status_id=2),
    _update("3110 with supplier", 3110, status_id=5),
    _update("3140 team network", 3140, team_id=12),
    _update("3140 type service request", 3140, tickettype_id=3),
    _update("3089 to priya", 3089, agent_id=5),
    _update("3140 high pls", 3140, priority_id=2),
    _update("3140 on hold thx", 3140, status_id=28),
    _update("ticket 3140 prio -> high", 3140, priority_id=2),
    _update("3140 pri high", 3140, priority_id=2),
    # the value first, then the ticket
    _update("p1 3140", 3140, priority_id=1),
    _update("critical 3140", 3140, priority_id=1),
    _update("high 3140 pls", 3140, priority_id=2),
    # "prioritise" is a verb, not a misspelt "priorities"
    _update("prioritise 3140 high", 3140, priority_id=2),
    _update("prioritize 3160 as critical", 3160, priority_id=1),
    # misspelt keywords
    _update("prioirty 3140 high", 3140, priority_id=2),
    _update("stauts 3140 in progress", 3140, status_id=2),
    _update("assing 3140 to marcus", 3140, agent_id=8),
    # "escalate N to <priority>" raises the priority; it hands the ticket to nobody
    _update("escalate 3160 to critical", 3160, priority_id=1),
    # a verb of moving and a priority
    _update("drop 3140 to medium", 3140, priority_id=3),
    _update("lower 3160 to low priority", 3160, priority_id=4),
    _update("knock 3099 down to p4", 3099, priority_id=4),
    _update("bump 3055 up to critical", 3055, priority_id=1),
    _update("Drop ticket 3120 to low.", 3120, priority_id=4),
    _update("PLS DROP 3140 TO LOW", 3140, priority_id=4),
    # lists: "tkts", several ids after a verb, a directory noun then "list"
    _tickets("tkts opened today"),
    _tickets("tkts logged since monday"),
    _tickets("all tckts from last week"),
    _tickets("show 3140, 3160 and 3099", 3099, 3140, 3160),
    _tickets("list #3012 #3055", 3012, 3055),
    _tickets("pull up 3110 + 3120", 3110, 3120),
    _tickets("ticket list"),
    _tickets("details 3140 and 3160", 3140, 3160),
    # whose tickets: a customer in lower case before "tickets", "what's open for ...", an agent
    {
        "as": "admin",
        "text": "globex tickets since monday",
        "expect": {"action": "list_tickets", "params": {"client_id": 17, "search": None}},
    },
    {
        "as": "admin",
        "text": "what's open for stark logistics",
        "expect": {"action": "list_tickets", "params": {"client_id": 27, "open_only": True}},
    },
    {
        "as": "admin",
        "text": "printer tickets",
        "expect": {"action": "list_tickets", "params": {"search": "printer"}},
    },
    # a site's own name is whose tickets they are
    {
        "as": "admin",
        "text": "open tickets at cypress creek",
        "expect": {
            "action": "list_tickets",
            "params": {"site_id": 44, "client_id": 17, "open_only": True},
        },
    },
    {
        "as": "admin",
        "text": "cypress creek tickets",
        "expect": {"action": "list_tickets", "params": {"site_id": 44, "search": None}},
    },
    {
        "as": "admin",
        "text": "priya's tickets",
        "expect": {"action": "list_tickets", "params": {"agent_id": 5}},
    },
    {
        "as": "admin",
        "text": "Marcus Reid's open tickets",
        "expect": {"action": "list_tickets", "params": {"agent_id": 8, "open_only": True}},
    },
    {
        "as": "admin",
        "text": "emma's tickets",
        "expect": {"action": "list_tickets", "params": {"user_id": 201}},
    },
    _tickets("status of 3012, 3055", 3012, 3055),
    _look("customers list", "customers"),
    _look("agents list pls", "agents"),
    _look("sites list", "sites"),
    _look("Teams list?", "teams"),
    # "kb <topic>": a knowledge-base search, whatever the topic sounds like
    _look("kb vpn", "kb_articles", search="vpn"),
    _look("KB password reset", "kb_articles", search="password reset"),
    _look("knowledge base outlook", "kb_articles", search="outlook"),
    _look("kb ransomware", "kb_articles", search="ransomware"),
    _look("search kb vpn", "kb_articles", search="vpn"),
    _look("kb search: printer drivers", "kb_articles", search="printer drivers"),
    # the team named before "members"
    _look("network team members", "agents", team_id=12),
    _look("Field Services team members?", "agents", team_id=15),
    # appointments are an agent's: a name that is no customer's but an agent's is that agent
    _look("appointments for Marcus Reid", "appointments", agent_id=8),
    _look("Daniel Kim's appointments this week", "appointments", agent_id=6),
    _look("what site visits does Hannah Fischer have?", "appointments", agent_id=9),
    _look("any appointments booked for tom walsh", "appointments", agent_id=11),
    _look("appointments for Stark Logistics", "appointments", client_id=27),
    _look("hannah fischer appointments", "appointments", agent_id=9),
    # typed in lower case, the words before the noun say whose records are meant
    _look("globex users", "users", client_id=17),
    _look("initech sites", "sites", client_id=42),
    _look("stark logistics contracts", "contracts", client_id=27),
    _look("acme assets", "assets", client_id=12),
    _look("unpaid invoices", "invoices", client_id=None),
    # an employee's shorthand still may not change what only admins change
    {"as": "emma", "text": "prio 3115 critical", "expect": {"refused": True}},
    {"as": "emma", "text": "3115 status in progress", "expect": {"refused": True}},
    {"as": "emma", "text": "3115 assign priya", "expect": {"refused": True}},
    # ... and an employee's new ticket names no customer from its first words
    {
        "as": "emma",
        "text": "new ticket, printer: jams on every page",
        "expect": {"action": "create_ticket", "params": {"summary_has": "jams", "client_id": None}},
    },
    {
        "as": "emma",
        "text": "acme warehouse scanner broken, new tkt",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "acme warehouse scanner", "client_id": None},
        },
    },
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_admin_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # the words between the command and the description are kept in the summary until Halo
    # says they name a customer
    (
        "New ticket, Stark Logistics / Fleet Depot: tablets not syncing",
        "create_ticket",
        {"owner_heading": "Stark Logistics / Fleet Depot", "summary": Has("tablets not syncing")},
    ),
    # a time or a ticket noun between them is no name
    (
        "log a ticket for Acme Inc at 7am: backups failed",
        "create_ticket",
        {"owner_heading": ABSENT},
    ),
    (
        "incident for Initech site Main Office: file server offline",
        "create_ticket",
        {"owner_heading": ABSENT},
    ),
    (
        "Can you raise a ticket for me? Outlook keeps crashing",
        "create_ticket",
        {"owner_heading": ABSENT},
    ),
    # with no separator, the lead is the resolver's to read
    (
        "for wayne foundation gotham office projector broken",
        "create_ticket",
        {"owner_lead": "owner"},
    ),
    (
        "Barbara Gordon says her mailbox is full, new ticket",
        "create_ticket",
        {"owner_lead": "person"},
    ),
    ("my laptop is broken", "create_ticket", {"owner_lead": ABSENT}),
    # shorthand updates and reads keep apart
    ("3131 status?", "get_ticket", {"ticket_id": 3131, "status": ABSENT}),
    ("3131 status please", "get_ticket", {"ticket_id": 3131, "status": ABSENT}),
    ("status of 3207?", "get_ticket", {"ticket_id": 3207}),
    ("3131 status in progress", "update_ticket", {"ticket_id": 3131, "status": "in progress"}),
    ("3055 in progress?", "get_ticket", {"ticket_id": 3055, "status": ABSENT}),
    ("3140 team?", "get_ticket", {"ticket_id": 3140}),
    ("3140 team please", "get_ticket", {"ticket_id": 3140, "team": ABSENT}),
    # a trailing "please log a ticket" names no ticket type
    ("The printer is jammed - please log a ticket", "create_ticket", {"tickettype": ABSENT}),
    ("prio 3099 critical", "update_ticket", {"ticket_id": 3099, "priority": "critical"}),
    ("3089 assign priya", "update_ticket", {"ticket_id": 3089, "team": "priya"}),
    # "kb" opens a search, not a problem report
    ("kb phishing", "lookup", {"entity": "kb_articles", "search": "phishing"}),
    ("the kb page is broken", "create_ticket", {"entity": ABSENT}),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_admin_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)
