"""Table-driven tests of the deterministic rule parser (no database, no network).

Each row is (text, expected action, expected slot subset). A slot expected as ABSENT must not
be in the result. The verbatim phrasings of the issue are also checked for exact slots.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from halo_integration.nl.parse.names import assignee_kind, looks_like_person, owner_kind, take_name
from halo_integration.nl.parse.rules import ParsedRequest, parse
from halo_integration.nl.parse.text import correct_word, normalise, prepare, summarise

ABSENT = object()

# --- the phrasings of the issue, with their exact slots -------------------------------------

VERBATIM: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Open a ticket — the office printer on the 3rd floor jams every print job since yesterday",
        "create_ticket",
        {"summary": "the office printer on the 3rd floor jams every print job since yesterday"},
    ),
    ("What's the status of my ticket 3115?", "get_ticket", {"ticket_id": 3115, "mine": True}),
    (
        "Add a note to my open ticket: 'Tried rebooting twice, same error'",
        "add_note",
        {
            "mine": True,
            "ticket_hint": "",
            "open_only": True,
            "note": "Tried rebooting twice, same error",
        },
    ),
    (
        "Please resolve my VPN ticket — it's working since the config push",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "VPN", "reason": "it's working since the config push"},
    ),
    ("show my open tickets", "list_tickets", {"mine": True, "open_only": True}),
    (
        "Open a HaloPSA Incident ticket for the Acme Inc customer, site HQ — 'Exchange hybrid "
        "mail flow stalls after 5pm', priority High, assign to the Messaging team",
        "create_ticket",
        {
            "product": "halopsa",
            "tickettype": "Incident",
            "client": "Acme Inc",
            "site": "HQ",
            "summary": "Exchange hybrid mail flow stalls after 5pm",
            "priority": "High",
            "team": "Messaging",
        },
    ),
    (
        "List every ticket for customer ID 42 that isn't in a closed status",
        "list_tickets",
        {"client_id": 42, "open_only": True},
    ),
    (
        "List every open Incident assigned to agent ID 6",
        "list_tickets",
        {"tickettype": "Incident", "open_only": True, "agent_id": 6},
    ),
    (
        "Add a hidden-from-user note to ticket 3120: 'Escalated to L3, tagged asset AC-2219 "
        "for replacement'",
        "add_note",
        {
            "ticket_id": 3120,
            "hiddenfromuser": True,
            "note": "Escalated to L3, tagged asset AC-2219 for replacement",
        },
    ),
    (
        "Resolve ticket 3101 and add a visible note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "Bump ticket 789 to priority High and reassign it to 2nd Line Support",
        "update_ticket",
        {"ticket_id": 789, "priority": "High", "team": "2nd Line Support"},
    ),
    (
        "Show me the active contracts for customer 'Globex' and their renewal dates",
        "lookup",
        {
            "entity": "contracts",
            "client": "Globex",
            "active_only": True,
            "fields": ["renewal_date"],
        },
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), VERBATIM, ids=[v[0][:50] for v in VERBATIM])
def test_issue_phrasings_exactly(text: str, action: str, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action
    assert parsed.slots == slots
    assert parsed.reason == ""
    assert parsed.confidence >= 0.8


# --- variations, other tenants' vocabulary, typos, negatives and ambiguous requests ---------

CASES: list[tuple[str, str | None, dict[str, Any]]] = [
    # create_ticket: separators, quotes, politeness, word order
    (
        "open a ticket: printer on 3rd floor keeps jamming",
        "create_ticket",
        {"summary": "printer on 3rd floor keeps jamming"},
    ),
    (
        "Open a ticket - the office printer jams",
        "create_ticket",
        {"summary": "the office printer jams", "tickettype": ABSENT},
    ),
    (
        "Open a ticket – the office printer jams",
        "create_ticket",
        {"summary": "the office printer jams"},
    ),
    (
        "Log a ticket — “Teams calls drop after 10 minutes”",
        "create_ticket",
        {"summary": "Teams calls drop after 10 minutes"},
    ),
    (
        'Raise a ticket: "VPN drops every hour"',
        "create_ticket",
        {"summary": "VPN drops every hour"},
    ),
    (
        "Please open a new ticket, my laptop won't boot",
        "create_ticket",
        {"summary": "my laptop won't boot", "mine": ABSENT},
    ),
    (
        "hi, can you open a ticket? the wifi in building B keeps dropping",
        "create_ticket",
        {"summary": "the wifi in building B keeps dropping"},
    ),
    (
        "Can you raise a ticket for me? Outlook keeps crashing when I open attachments. It started "
        "this morning after the update.",
        "create_ticket",
        {
            "summary": "Outlook keeps crashing when I open attachments",
            "details": "Outlook keeps crashing when I open attachments. It started this morning "
            "after the update",
        },
    ),
    (
        "Raise a ticket: Outlook search not working. Reinstalled Office already, no luck.",
        "create_ticket",
        {"summary": "Outlook search not working"},
    ),
    (
        "Log a ticket about the broken projector in meeting room 2",
        "create_ticket",
        {"summary": "the broken projector in meeting room 2"},
    ),
    (
        "The printer is jammed again - can you log a ticket?",
        "create_ticket",
        {"summary": "The printer is jammed again"},
    ),
    (
        "I'd like to report that the coffee machine on level 2 is leaking",
        "create_ticket",
        {"summary": "the coffee machine on level 2 is leaking"},
    ),
    (
        "Could you log a new ticket for me: password expired and I can't reset it",
        "create_ticket",
        {"summary": "password expired and I can't reset it"},
    ),
    ("New ticket: keyboard missing keys", "create_ticket", {"summary": "keyboard missing keys"}),
    (
        "create an urgent ticket: server room AC failed",
        "create_ticket",
        {"summary": "server room AC failed", "priority": "urgent", "tickettype": ABSENT},
    ),
    # create_ticket: problem statements and needs
    (
        "My laptop screen is flickering",
        "create_ticket",
        {"summary": "My laptop screen is flickering"},
    ),
    ("Hello! My monitor won't turn on", "create_ticket", {"summary": "My monitor won't turn on"}),
    ("I can't access SharePoint", "create_ticket", {"summary": "I can't access SharePoint"}),
    ("I need a new keyboard", "create_ticket", {"summary": "I need a new keyboard"}),
    (
        "i need access to the finance share",
        "create_ticket",
        {"summary": "i need access to the finance share"},
    ),
    ("My password expired", "create_ticket", {"summary": "My password expired"}),
    (
        "The Wi-Fi is down in the warehouse",
        "create_ticket",
        {"summary": "The Wi-Fi is down in the warehouse"},
    ),
    (
        "I can't delete files on the shared drive",
        "create_ticket",
        {"summary": "I can't delete files on the shared drive"},
    ),
    # create_ticket: admins, other tenants' names, structural extraction
    (
        'Raise a Major Incident ticket for the Contoso Ltd customer, site Main Office - "Email is '
        'down for everyone", priority Urgent, assign to the Collaboration team',
        "create_ticket",
        {
            "tickettype": "Major Incident",
            "client": "Contoso Ltd",
            "site": "Main Office",
            "summary": "Email is down for everyone",
            "priority": "Urgent",
            "team": "Collaboration",
        },
    ),
    (
        "Open a ticket for the Contoso Ltd customer, site Main Office – “Teams meeting rooms can't "
        "join calls”, priority Urgent, assign to the Collaboration team",
        "create_ticket",
        {
            "client": "Contoso Ltd",
            "site": "Main Office",
            "priority": "Urgent",
            "team": "Collaboration",
            "summary": "Teams meeting rooms can't join calls",
        },
    ),
    (
        "Create a Service Request for customer Contoso Ltd: new starter laptop for Jane Doe, "
        "priority Medium",
        "create_ticket",
        {
            "tickettype": "Service Request",
            "client": "Contoso Ltd",
            "priority": "Medium",
            "summary": "new starter laptop for Jane Doe",
        },
    ),
    (
        "Log an incident for client Fabrikam at site Warehouse 3: barcode scanners offline",
        "create_ticket",
        {
            "tickettype": "incident",
            "client": "Fabrikam",
            "site": "Warehouse 3",
            "summary": "barcode scanners offline",
        },
    ),
    (
        "Open a Change ticket for customer Northwind - firewall rule update, assign to Network "
        "Operations",
        "create_ticket",
        {
            "tickettype": "Change",
            "client": "Northwind",
            "team": "Network Operations",
            "summary": "firewall rule update",
        },
    ),
    (
        "Create a Major Incident ticket for customer Woodgrove Bank - 'Core banking API timeouts', "
        "priority P1, assign to Platform Engineering",
        "create_ticket",
        {
            "tickettype": "Major Incident",
            "client": "Woodgrove Bank",
            "priority": "P1",
            "team": "Platform Engineering",
            "summary": "Core banking API timeouts",
        },
    ),
    (
        "Open an Incident for the Wide World Importers customer, site Seattle - 'POS terminals "
        "offline since 9am', priority Critical, assign to the Store Systems team",
        "create_ticket",
        {
            "tickettype": "Incident",
            "client": "Wide World Importers",
            "site": "Seattle",
            "priority": "Critical",
            "team": "Store Systems",
            "summary": "POS terminals offline since 9am",
        },
    ),
    (
        "Log a service request for Tailspin Toys: onboard 3 new starters, assign to the "
        "Provisioning team",
        "create_ticket",
        {
            "tickettype": "service request",
            "client": "Tailspin Toys",
            "team": "Provisioning",
            "summary": "onboard 3 new starters",
        },
    ),
    (
        "Raise a Problem ticket for client Adventure Works re: recurring DNS failures",
        "create_ticket",
        {"tickettype": "Problem", "client": "Adventure Works", "summary": "recurring DNS failures"},
    ),
    (
        "new incident for customer ID 12 - website down",
        "create_ticket",
        {"tickettype": "incident", "client_id": 12, "summary": "website down"},
    ),
    (
        "Please raise a HaloITSM service request: new monitor for the finance team",
        "create_ticket",
        {
            "product": "haloitsm",
            "tickettype": "service request",
            "summary": "new monitor for the finance team",
            "team": ABSENT,
        },
    ),
    (
        "Submit a ticket for user Jane Doe, customer Contoso: cannot print to Finance-PR01",
        "create_ticket",
        {"user": "Jane Doe", "client": "Contoso", "summary": "cannot print to Finance-PR01"},
    ),
    (
        'Create ticket for customer "Ben & Jerry\'s": walk-in freezer alarm, priority P2',
        "create_ticket",
        {"client": "Ben & Jerry's", "priority": "P2", "summary": "walk-in freezer alarm"},
    ),
    (
        "Please log a ticket on behalf of jane.doe@contoso.com: laptop battery swelling",
        "create_ticket",
        {"user": "jane.doe@contoso.com", "summary": "laptop battery swelling"},
    ),
    ("Open a ticket for the Acme customer", "create_ticket", {"client": "Acme", "summary": ABSENT}),
    (
        "Log a ticket for customer Litware the scanner is broken",
        "create_ticket",
        {"client": "Litware", "summary": "the scanner is broken"},
    ),
    # get_ticket
    ("status of ticket 3115", "get_ticket", {"ticket_id": 3115}),
    ("what's the stauts of #3115", "get_ticket", {"ticket_id": 3115}),
    ("Any update on ticket no 3115?", "get_ticket", {"ticket_id": 3115}),
    ("ticket no. 3115 status?", "get_ticket", {"ticket_id": 3115}),
    ("What's the status of 3115?", "get_ticket", {"ticket_id": 3115}),
    ("whats happening with 3115", "get_ticket", {"ticket_id": 3115}),
    ("Any news on my VPN ticket?", "get_ticket", {"mine": True, "ticket_hint": "VPN"}),
    ("Is my ticket 3115 resolved yet?", "get_ticket", {"ticket_id": 3115, "mine": True}),
    ("check on my printer ticket", "get_ticket", {"mine": True, "ticket_hint": "printer"}),
    (
        "has anyone looked at my printer ticket yet?",
        "get_ticket",
        {"mine": True, "ticket_hint": "printer"},
    ),
    (
        "I opened a ticket yesterday about my VPN, any update?",
        "get_ticket",
        {"mine": True, "ticket_hint": "VPN"},
    ),
    ("Show ticket #3120", "get_ticket", {"ticket_id": 3120}),
    ("open ticket 3115", "get_ticket", {"ticket_id": 3115}),
    ("Open my VPN ticket", "get_ticket", {"mine": True, "ticket_hint": "VPN"}),
    ("who is working on ticket 3115?", "get_ticket", {"ticket_id": 3115}),
    ("why did you close my ticket?", "get_ticket", {"mine": True}),
    ("When will my ticket be resolved?", "get_ticket", {"mine": True, "ticket_hint": ""}),
    ("where are we with ticket 3115", "get_ticket", {"ticket_id": 3115}),
    ("#3115", "get_ticket", {"ticket_id": 3115}),
    ("3115", "get_ticket", {"ticket_id": 3115}),
    ("ticket no 3115", "get_ticket", {"ticket_id": 3115}),
    # add_note
    (
        "Add a note to ticket 3115: user is on leave until Monday",
        "add_note",
        {"ticket_id": 3115, "note": "user is on leave until Monday", "hiddenfromuser": ABSENT},
    ),
    (
        "add note to #3115 saying the user has rebooted",
        "add_note",
        {"ticket_id": 3115, "note": "the user has rebooted"},
    ),
    (
        'Please add a comment on my VPN ticket - "still failing after reinstall"',
        "add_note",
        {"mine": True, "ticket_hint": "VPN", "note": "still failing after reinstall"},
    ),
    (
        "Update ticket 3115 with: tried a different cable, no change",
        "add_note",
        {"ticket_id": 3115, "note": "tried a different cable, no change"},
    ),
    (
        "update my VPN ticket: still broken this morning",
        "add_note",
        {"mine": True, "ticket_hint": "VPN", "note": "still broken this morning"},
    ),
    (
        "Add an internal note to ticket 3120 - waiting on vendor RMA",
        "add_note",
        {"ticket_id": 3120, "hiddenfromuser": True, "note": "waiting on vendor RMA"},
    ),
    (
        "add a public note to 3120: we have ordered the part",
        "add_note",
        {"ticket_id": 3120, "hiddenfromuser": False, "note": "we have ordered the part"},
    ),
    (
        "Add a private note to ticket 42",
        "add_note",
        {"ticket_id": 42, "hiddenfromuser": True, "note_requested": True, "note": ABSENT},
    ),
    (
        "Add note to tikcet 3115: user confirms issue persists",
        "add_note",
        {"ticket_id": 3115, "note": "user confirms issue persists"},
    ),
    (
        "Pls add a note to my ticket saying I'm available after 2pm",
        "add_note",
        {"mine": True, "ticket_hint": "", "note": "I'm available after 2pm"},
    ),
    (
        "Tell the technician I'll be out of office tomorrow",
        "add_note",
        {"ticket_hint": "", "note": "I'll be out of office tomorrow"},
    ),
    (
        "could you tell the engineer that I'm working from home today",
        "add_note",
        {"note": "I'm working from home today"},
    ),
    (
        "let the tech know the laptop is at reception",
        "add_note",
        {"note": "the laptop is at reception"},
    ),
    (
        "Add a note to my open ticket: \u2018Tried rebooting twice, same error\u2019",
        "add_note",
        {"mine": True, "open_only": True, "note": "Tried rebooting twice, same error"},
    ),
    # resolve_ticket
    (
        "Close ticket 3115, the issue is fixed",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": "the issue is fixed"},
    ),
    (
        "Close #3115 because the user confirmed the fix",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": "the user confirmed the fix"},
    ),
    (
        "close ticket #3115 - fixed by reboot",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": "fixed by reboot"},
    ),
    (
        "please could you resolve ticket #3115 – user confirmed it's working",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": "user confirmed it's working"},
    ),
    (
        "Please close my printer ticket, it works now",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "printer"},
    ),
    (
        "It's fixed, you can close my ticket",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "", "reason": "It's fixed"},
    ),
    (
        "my VPN works again, please close the ticket",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "VPN", "reason": "my VPN works again"},
    ),
    (
        "Could you please close the ticket about the VPN? It's working now.",
        "resolve_ticket",
        {"ticket_hint": "VPN", "reason": "It's working now"},
    ),
    (
        "ticket 3115 - please close it, all working now",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": "all working"},
    ),
    (
        "3115: please close, user confirmed fix",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": "user confirmed fix"},
    ),
    ("Could you close 3115?", "resolve_ticket", {"ticket_id": 3115}),
    ("Close ticket: 3115", "resolve_ticket", {"ticket_id": 3115}),
    ("Please close ticket number 3115", "resolve_ticket", {"ticket_id": 3115}),
    ("resolve #3101", "resolve_ticket", {"ticket_id": 3101}),
    ("Mark ticket 3101 as resolved", "resolve_ticket", {"ticket_id": 3101}),
    ("Mark my VPN ticket as done", "resolve_ticket", {"mine": True, "ticket_hint": "VPN"}),
    (
        "close my open ticket",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "", "open_only": True},
    ),
    ("plz resovle tikcet 3115", "resolve_ticket", {"ticket_id": 3115}),
    (
        "Resovle my printer ticket pls, its fixed",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "printer", "reason": "its fixed"},
    ),
    (
        "Cancel my laptop request, I no longer need it",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "laptop", "reason": "I no longer need it"},
    ),
    (
        "Resolve ticket 3101 with the note 'Replaced toner'",
        "resolve_ticket",
        {"ticket_id": 3101, "note": "Replaced toner"},
    ),
    (
        "resolve ticket 3101 and add a hidden note: root cause was a bad GPO",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": True, "note": "root cause was a bad GPO"},
    ),
    (
        "Close 3101 and leave a public note saying the fix was a driver rollback",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": False, "note": "the fix was a driver rollback"},
    ),
    # update_ticket
    (
        "set priority of ticket 3115 to high",
        "update_ticket",
        {"ticket_id": 3115, "priority": "high"},
    ),
    ("change ticket 3115 priority to P1", "update_ticket", {"ticket_id": 3115, "priority": "P1"}),
    (
        "Can you set ticket 3115 to priority critical?",
        "update_ticket",
        {"ticket_id": 3115, "priority": "critical"},
    ),
    ("make ticket 3115 high priority", "update_ticket", {"ticket_id": 3115, "priority": "high"}),
    ("bump 789 to high", "update_ticket", {"ticket_id": 789, "priority": "high"}),
    ("ticket 3115 priority high", "update_ticket", {"ticket_id": 3115, "priority": "high"}),
    (
        "Update ticket 3115: priority high",
        "update_ticket",
        {"ticket_id": 3115, "priority": "high", "note": ABSENT},
    ),
    (
        "update ticket 3115 with priority low",
        "update_ticket",
        {"ticket_id": 3115, "priority": "low"},
    ),
    (
        "Bump #789 to urgent and assign it to me",
        "update_ticket",
        {"ticket_id": 789, "priority": "urgent", "agent": "me"},
    ),
    (
        "Reassign ticket 455 to the Service Desk team",
        "update_ticket",
        {"ticket_id": 455, "team": "Service Desk"},
    ),
    ("Reassign 3115 to Service Desk", "update_ticket", {"ticket_id": 3115, "team": "Service Desk"}),
    ("assign ticket 455 to Jane Doe", "update_ticket", {"ticket_id": 455, "agent": "Jane Doe"}),
    ("transfer #500 to agent Bob Jones", "update_ticket", {"ticket_id": 500, "agent": "Bob Jones"}),
    ("assign 3115 to technician Alice", "update_ticket", {"ticket_id": 3115, "agent": "Alice"}),
    ("Escalate ticket 455 to 3rd Line", "update_ticket", {"ticket_id": 455, "team": "3rd Line"}),
    ("Escalate #3120 to the Tier 2 team", "update_ticket", {"ticket_id": 3120, "team": "Tier 2"}),
    (
        "move ticket 3115 to the Networking team",
        "update_ticket",
        {"ticket_id": 3115, "team": "Networking"},
    ),
    (
        "Assign ticket 3115 to Second Line Support and set priority to Medium",
        "update_ticket",
        {"ticket_id": 3115, "team": "Second Line Support", "priority": "Medium"},
    ),
    (
        "Set ticket 3115 priority to Critical and assign it to Maria Garcia",
        "update_ticket",
        {"ticket_id": 3115, "priority": "Critical", "agent": "Maria Garcia"},
    ),
    (
        "assign my VPN ticket to the network team",
        "update_ticket",
        {"mine": True, "ticket_hint": "VPN", "team": "network"},
    ),
    (
        "set status of ticket 3115 to In Progress",
        "update_ticket",
        {"ticket_id": 3115, "status": "In Progress"},
    ),
    (
        "Change the status of ticket 3115 to Waiting on Customer",
        "update_ticket",
        {"ticket_id": 3115, "status": "Waiting on Customer"},
    ),
    (
        "set ticket 3115 status: Waiting for Parts",
        "update_ticket",
        {"ticket_id": 3115, "status": "Waiting for Parts"},
    ),
    ("put ticket 3115 on hold", "update_ticket", {"ticket_id": 3115, "status": "on hold"}),
    # reopening is its own declared action (with a reason), not a status change
    ("reopen ticket 3115", "reopen_ticket", {"ticket_id": 3115, "reason": ABSENT}),
    (
        "reopen ticket 3101, the printer jams again",
        "reopen_ticket",
        {"ticket_id": 3101, "reason": "the printer jams again"},
    ),
    (
        "Please re-open my VPN ticket - it stopped working again",
        "reopen_ticket",
        {"mine": True, "ticket_hint": "VPN", "reason": "it stopped working again"},
    ),
    (
        "change the ticket type of 3115 to Problem",
        "update_ticket",
        {"ticket_id": 3115, "tickettype": "Problem"},
    ),
    (
        "change priority on 3115 to low please",
        "update_ticket",
        {"ticket_id": 3115, "priority": "low"},
    ),
    # list_tickets
    ("list my tickets", "list_tickets", {"mine": True, "open_only": ABSENT}),
    ("what tickets do I have open?", "list_tickets", {"mine": True, "open_only": True}),
    ("show me my closed tickets", "list_tickets", {"mine": True, "closed_only": True}),
    ("show my resolved tickets", "list_tickets", {"mine": True, "closed_only": True}),
    ("tickets", "list_tickets", {}),
    (
        "show all closed tickets for customer Contoso",
        "list_tickets",
        {"closed_only": True, "client": "Contoso"},
    ),
    (
        "List open tickets for customer 'Globex' assigned to the Messaging team",
        "list_tickets",
        {"open_only": True, "client": "Globex", "team": "Messaging"},
    ),
    (
        "list every open ticket for the Contoso customer",
        "list_tickets",
        {"open_only": True, "client": "Contoso"},
    ),
    (
        "show open tickets for Tailspin Toys",
        "list_tickets",
        {"open_only": True, "client": "Tailspin Toys"},
    ),
    ("show tickets assigned to John Smith", "list_tickets", {"agent": "John Smith"}),
    ("Which tickets are assigned to me?", "list_tickets", {"agent": "me"}),
    ("list tickets assigned to team Service Desk", "list_tickets", {"team": "Service Desk"}),
    (
        "list open tickets in the Messaging team",
        "list_tickets",
        {"open_only": True, "team": "Messaging"},
    ),
    ("find tickets about VPN", "list_tickets", {"search": "VPN"}),
    ('find tickets mentioning "disk space"', "list_tickets", {"search": "disk space"}),
    ("search tickets for outlook", "list_tickets", {"search": "outlook", "tickettype": ABSENT}),
    ("Show all VPN tickets", "list_tickets", {"search": "VPN", "tickettype": ABSENT}),
    ("show all P1 tickets", "list_tickets", {"priority": "P1"}),
    (
        "List all open Service Requests for client ID 12",
        "list_tickets",
        {"tickettype": "Service Request", "open_only": True, "client_id": 12},
    ),
    (
        "show open Service Request tickets for customer Fabrikam",
        "list_tickets",
        {"tickettype": "Service Request", "open_only": True, "client": "Fabrikam"},
    ),
    (
        "Show every open Hardware Fault assigned to team Field Services",
        "list_tickets",
        {"tickettype": "Hardware Fault", "open_only": True, "team": "Field Services"},
    ),
    (
        "List every Major Incident for the Woodgrove Bank customer",
        "list_tickets",
        {"tickettype": "Major Incident", "client": "Woodgrove Bank"},
    ),
    (
        "List every open Problem for customer ID 3",
        "list_tickets",
        {"tickettype": "Problem", "open_only": True, "client_id": 3},
    ),
    (
        "list closed incidents for client ID 7",
        "list_tickets",
        {"tickettype": "incident", "closed_only": True, "client_id": 7},
    ),
    (
        "List unresolved incidents at site HQ with priority High",
        "list_tickets",
        {"tickettype": "incident", "open_only": True, "site": "HQ", "priority": "High"},
    ),
    ("list open changes", "list_tickets", {"tickettype": "change", "open_only": True}),
    (
        "what incidents are open for customer ID 42?",
        "list_tickets",
        {"tickettype": "incident", "open_only": True, "client_id": 42},
    ),
    (
        "how many open tickets does customer Fabrikam have?",
        "list_tickets",
        {"open_only": True, "client": "Fabrikam"},
    ),
    (
        "Show me all incidents for customer Litware Inc raised this week",
        "list_tickets",
        {"client": "Litware Inc"},
    ),
    (
        "List tickets in status Waiting on Customer",
        "list_tickets",
        {"status": "Waiting on Customer"},
    ),
    ("List tickets for site HQ", "list_tickets", {"site": "HQ"}),
    (
        "show me tickets raised by jane.doe@contoso.com",
        "list_tickets",
        {"user": "jane.doe@contoso.com"},
    ),
    (
        "Show me tickets for customer ID 42 that are not closed",
        "list_tickets",
        {"client_id": 42, "open_only": True, "closed_only": ABSENT},
    ),
    (
        "List all tickets for customer ID 42 except closed ones",
        "list_tickets",
        {"client_id": 42, "open_only": True},
    ),
    (
        "list all open tickets for client Contoso with priority urgent",
        "list_tickets",
        {"open_only": True, "client": "Contoso", "priority": "urgent"},
    ),
    # lookup
    ("list customers", "lookup", {"entity": "customers"}),
    ("find customer Contoso", "lookup", {"entity": "customers", "search": "Contoso"}),
    (
        "Look up the customer Woodgrove Bank",
        "lookup",
        {"entity": "customers", "search": "Woodgrove Bank"},
    ),
    ("show sites for customer Contoso Ltd", "lookup", {"entity": "sites", "client": "Contoso Ltd"}),
    ("List sites of customer Fabrikam", "lookup", {"entity": "sites", "client": "Fabrikam"}),
    ("find site Warehouse 3", "lookup", {"entity": "sites", "search": "Warehouse 3"}),
    (
        "look up user jane.doe@contoso.com",
        "lookup",
        {"entity": "users", "search": "jane.doe@contoso.com"},
    ),
    ("show users at customer Contoso", "lookup", {"entity": "users", "client": "Contoso"}),
    ("find contacts named Smith", "lookup", {"entity": "users", "search": "Smith"}),
    ("list all agents", "lookup", {"entity": "agents"}),
    ("who are the technicians?", "lookup", {"entity": "agents"}),
    (
        "list agents in the Service Desk team",
        "lookup",
        {"entity": "agents", "team": "Service Desk"},
    ),
    ("what teams are there", "lookup", {"entity": "teams"}),
    ("find asset AC-2219", "lookup", {"entity": "assets", "search": "AC-2219"}),
    ("show all assets for customer Fabrikam", "lookup", {"entity": "assets", "client": "Fabrikam"}),
    (
        "Show me the contracts for Northwind Traders",
        "lookup",
        {"entity": "contracts", "client": "Northwind Traders"},
    ),
    ("what contracts does Fabrikam have?", "lookup", {"entity": "contracts", "client": "Fabrikam"}),
    (
        "show expired contracts for client ID 9",
        "lookup",
        {"entity": "contracts", "active_only": False, "client_id": 9},
    ),
    (
        "Show me active contracts for Tailspin Toys with their renewal dates",
        "lookup",
        {
            "entity": "contracts",
            "active_only": True,
            "client": "Tailspin Toys",
            "fields": ["renewal_date"],
        },
    ),
    (
        "show contracts expiring for customer Contoso",
        "lookup",
        {"entity": "contracts", "client": "Contoso", "fields": ["end_date"], "search": ABSENT},
    ),
    (
        'search the knowledge base for "VPN setup"',
        "lookup",
        {"entity": "kb_articles", "search": "VPN setup"},
    ),
    ("kb articles about Outlook", "lookup", {"entity": "kb_articles", "search": "Outlook"}),
    (
        "find KB article on password reset",
        "lookup",
        {"entity": "kb_articles", "search": "password reset"},
    ),
    ("show appointments for agent ID 4", "lookup", {"entity": "appointments", "agent_id": 4}),
    (
        "find appointments for customer Contoso",
        "lookup",
        {"entity": "appointments", "client": "Contoso"},
    ),
    ("show invoices for customer ID 42", "lookup", {"entity": "invoices", "client_id": 42}),
    (
        "list invoices for the Contoso customer",
        "lookup",
        {"entity": "invoices", "client": "Contoso"},
    ),
    ("show the SLA report", "lookup", {"entity": "reports", "search": "SLA"}),
    ("show ticket types", "lookup", {"entity": "ticket_types"}),
    ("what statuses are there?", "lookup", {"entity": "statuses"}),
    ("list priorities", "lookup", {"entity": "priorities"}),
    ("list outcomes", "lookup", {"entity": "outcomes"}),
    ("find contarcts for Globex", "lookup", {"entity": "contracts", "client": "Globex"}),
    # other tenants' vocabulary and layouts (nothing here is known to the parser)
    (
        "Create a ticket for client Initech, site Austin — 'Printer queue stuck', priority Low, "
        "assign to the Desktop Support team",
        "create_ticket",
        {
            "client": "Initech",
            "site": "Austin",
            "summary": "Printer queue stuck",
            "priority": "Low",
            "team": "Desktop Support",
        },
    ),
    (
        "Open a Service Request for the Umbrella Corp customer: new laptop for new hire",
        "create_ticket",
        {
            "tickettype": "Service Request",
            "client": "Umbrella Corp",
            "summary": "new laptop for new hire",
        },
    ),
    (
        "Create ticket — customer: Initech; site: Austin; summary: 'Printer down'; priority: High; "
        "team: Desktop Support",
        "create_ticket",
        {
            "client": "Initech",
            "site": "Austin",
            "summary": "Printer down",
            "priority": "High",
            "team": "Desktop Support",
        },
    ),
    (
        "New incident | customer Initech | priority High | 'Printer down'",
        "create_ticket",
        {
            "tickettype": "incident",
            "client": "Initech",
            "priority": "High",
            "summary": "Printer down",
        },
    ),
    (
        "Open a ticket for Initech, site Austin, priority High: 'Phones down', assign to Bill "
        "Lumbergh",
        "create_ticket",
        {
            "client": "Initech",
            "site": "Austin",
            "priority": "High",
            "summary": "Phones down",
            "agent": "Bill Lumbergh",
        },
    ),
    (
        'Please open a HaloITSM Change ticket for customer Globex Corporation - "Patch Exchange '
        'CU14", assign to the Messaging team, priority Normal',
        "create_ticket",
        {
            "product": "haloitsm",
            "tickettype": "Change",
            "client": "Globex Corporation",
            "summary": "Patch Exchange CU14",
            "team": "Messaging",
            "priority": "Normal",
        },
    ),
    (
        "Open a P1 incident for Initech - core switch down",
        "create_ticket",
        {
            "priority": "P1",
            "tickettype": "incident",
            "client": "Initech",
            "summary": "core switch down",
        },
    ),
    (
        "Log a high priority ticket for customer Initech: VPN concentrator down",
        "create_ticket",
        {"priority": "high", "client": "Initech", "summary": "VPN concentrator down"},
    ),
    (
        "Please create an incident: 'SAN latency high', customer Initech, priority 2",
        "create_ticket",
        {
            "tickettype": "incident",
            "client": "Initech",
            "priority": "2",
            "summary": "SAN latency high",
        },
    ),
    (
        "Need a ticket opened for customer Initech - email bouncing",
        "create_ticket",
        {"client": "Initech", "summary": "email bouncing"},
    ),
    (
        "Open ticket for Initech: printers offline",
        "create_ticket",
        {"client": "Initech", "summary": "printers offline"},
    ),
    (
        "Raise a ticket for user bob@initech.com: can't log into Salesforce",
        "create_ticket",
        {"user": "bob@initech.com", "summary": "can't log into Salesforce"},
    ),
    (
        "Can you put in a ticket for me? My headset is broken",
        "create_ticket",
        {"summary": "My headset is broken"},
    ),
    ("I have a problem with my VPN", "create_ticket", {"summary": "I have a problem with my VPN"}),
    (
        "Hi team, my laptop is really slow since the update. Can you look at it?",
        "create_ticket",
        {"summary": "my laptop is really slow since the update"},
    ),
    (
        "Add an internal note to ticket 5521: 'Vendor case opened #A-77'",
        "add_note",
        {"ticket_id": 5521, "hiddenfromuser": True, "note": "Vendor case opened #A-77"},
    ),
    (
        "Update 5521 - rebooted the server, monitoring",
        "add_note",
        {"ticket_id": 5521, "note": "rebooted the server, monitoring"},
    ),
    (
        "Add a note to 5521 that the user is on holiday",
        "add_note",
        {"ticket_id": 5521, "note": "the user is on holiday"},
    ),
    (
        "Close ticket 5521 and add an internal note 'customer unresponsive'",
        "resolve_ticket",
        {"ticket_id": 5521, "hiddenfromuser": True, "note": "customer unresponsive"},
    ),
    ("Mark 5521 complete", "resolve_ticket", {"ticket_id": 5521}),
    (
        "the VPN issue is resolved, thanks",
        "resolve_ticket",
        {"ticket_hint": "VPN", "reason": "the VPN issue is resolved"},
    ),
    (
        "Could you close off my VPN ticket please? The new config fixed it.",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "VPN", "reason": "The new config fixed it"},
    ),
    ("I'd like to close my ticket 4411", "resolve_ticket", {"ticket_id": 4411, "reason": ABSENT}),
    (
        "Can you reassign 5521 to Bill Lumbergh?",
        "update_ticket",
        {"ticket_id": 5521, "agent": "Bill Lumbergh"},
    ),
    (
        "Change 5521 status to Waiting on Third Party",
        "update_ticket",
        {"ticket_id": 5521, "status": "Waiting on Third Party"},
    ),
    (
        "Move 5521 to the Service Desk queue",
        "update_ticket",
        {"ticket_id": 5521, "team": "Service Desk"},
    ),
    ("set 5521 to critical", "update_ticket", {"ticket_id": 5521, "priority": "critical"}),
    (
        "assign ticket 5521 to myself",
        "update_ticket",
        {"ticket_id": 5521, "agent": "me", "mine": ABSENT},
    ),
    (
        "Escalate my ticket, it's urgent",
        "update_ticket",
        {"mine": True, "ticket_hint": "", "priority": "urgent"},
    ),
    (
        "please escalate ticket 3115 to the Security Operations team, it's a phishing attempt",
        "update_ticket",
        {"ticket_id": 3115, "team": "Security Operations"},
    ),
    ("show me Initech's open tickets", "list_tickets", {"client": "Initech", "open_only": True}),
    (
        "Show tickets for the Initech customer that are not closed",
        "list_tickets",
        {"client": "Initech", "open_only": True},
    ),
    (
        "List every open Service Request assigned to agent ID 3",
        "list_tickets",
        {"tickettype": "Service Request", "open_only": True, "agent_id": 3},
    ),
    ("List tickets assigned to agent Peter Gibbons", "list_tickets", {"agent": "Peter Gibbons"}),
    ("what's in my queue?", "list_tickets", {"agent": "me"}),
    ("Do I have any open tickets?", "list_tickets", {"mine": True, "open_only": True}),
    ("list tickets assigned to nobody", "list_tickets", {"team": ABSENT, "agent": ABSENT}),
    ("Show me users at Initech", "lookup", {"entity": "users", "client": "Initech"}),
    (
        "Look up site 'Austin' for customer Initech",
        "lookup",
        {"entity": "sites", "search": "Austin", "client": "Initech"},
    ),
    ("what assets does Initech have?", "lookup", {"entity": "assets", "client": "Initech"}),
    ("find the device with serial ABC123", "lookup", {"entity": "assets", "search": "ABC123"}),
    ("search KB: reset MFA", "lookup", {"entity": "kb_articles", "search": "reset MFA"}),
    ("show me the list of ticket types", "lookup", {"entity": "ticket_types"}),
    (
        "Which agents are in the Infrastructure team?",
        "lookup",
        {"entity": "agents", "team": "Infrastructure"},
    ),
    (
        "Please can you log this: my monitor is flickering",
        "create_ticket",
        {"summary": "my monitor is flickering"},
    ),
    ("Ticket: printer jam on floor 3", "create_ticket", {"summary": "printer jam on floor 3"}),
    (
        "Open a ticket for Acme Inc. - site: HQ - priority: P2 - 'Label printer offline'",
        "create_ticket",
        {"client": "Acme Inc", "site": "HQ", "priority": "P2", "summary": "Label printer offline"},
    ),
    (
        "Create a user account for new starter John Smith",
        "create_ticket",
        {"summary": "Create a user account for new starter John Smith"},
    ),
    (
        "Append to ticket 3115: customer called back",
        "add_note",
        {"ticket_id": 3115, "note": "customer called back"},
    ),
    (
        "Add 'rebooted, no change' to my ticket",
        "add_note",
        {"mine": True, "note": "rebooted, no change"},
    ),
    ("Give me a summary of ticket 3115", "get_ticket", {"ticket_id": 3115}),
    ("Who's handling my printer issue?", "get_ticket", {"mine": True, "ticket_hint": "printer"}),
    (
        "Change 3115 to a Problem ticket",
        "update_ticket",
        {"ticket_id": 3115, "tickettype": "Problem"},
    ),
    ("Assign 3115 to agent 7", "update_ticket", {"ticket_id": 3115, "agent_id": 7}),
    ("I don't need ticket 3115 anymore", "resolve_ticket", {"ticket_id": 3115}),
    (
        "My issue with Teams has gone away, thanks",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "Teams"},
    ),
    ("Show Globex's sites", "lookup", {"entity": "sites", "client": "Globex"}),
    ("export all tickets to CSV", None, {}),
    ("I love this portal", None, {}),
    ("Who are you?", None, {}),
    ("close ticket no. 3115", "resolve_ticket", {"ticket_id": 3115, "reason": ABSENT}),
    (
        "add a note to 3115, not visible to the customer: vendor is slow",
        "add_note",
        {"ticket_id": 3115, "hiddenfromuser": True, "note": "vendor is slow"},
    ),
    (
        "Log a ticket for the London office printer",
        "create_ticket",
        {"client": ABSENT, "summary": "the London office printer"},
    ),
    (
        "Open a ticket for customer Müller GmbH – 'Drucker defekt', priority Hoch",
        "create_ticket",
        {"client": "Müller GmbH", "priority": "Hoch", "summary": "Drucker defekt"},
    ),
    (
        "Please note on my VPN ticket that I'm travelling next week",
        "add_note",
        {"mine": True, "ticket_hint": "VPN", "note": "I'm travelling next week"},
    ),
    # not understood, unsupported, ambiguous
    ("hello", None, {}),
    ("thanks!", None, {}),
    ("thank you so much", None, {}),
    ("good morning", None, {}),
    ("what is the meaning of life", None, {}),
    ("What's the weather like today?", None, {}),
    ("", None, {}),
    ("   ", None, {}),
    ("?!", None, {}),
    ("asdfghjkl", None, {}),
    ("the printer", None, {}),
    ("ticket", None, {}),
    ("delete all tickets", None, {}),
    ("delete ticket 3115", None, {}),
    ("please remove the note from ticket 3115", None, {}),
    ("merge tickets 3115 and 3120", None, {}),
    ("Remove ticket 42", None, {}),
    ("my ticket", "get_ticket", {"mine": True, "ticket_hint": ""}),
]


@pytest.mark.parametrize(("text", "action", "slots"), CASES, ids=[c[0][:60] for c in CASES])
def test_phrasing_table(text: str, action: str | None, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action, parsed
    for key, expected in slots.items():
        if expected is ABSENT:
            assert key not in parsed.slots, parsed
        else:
            assert parsed.slots.get(key) == expected, (key, parsed)
    if action is None:
        assert parsed.slots == {}
        assert parsed.reason
        assert parsed.confidence == 0.0


def test_table_is_large_enough() -> None:
    assert len(VERBATIM) + len(CASES) >= 100


# --- contract --------------------------------------------------------------------------------

ALLOWED_SLOTS = {
    "ticket_id": int,
    "ticket_hint": str,
    "mine": bool,
    "summary": str,
    "details": str,
    "note": str,
    "hiddenfromuser": bool,
    "note_requested": bool,
    "reason": str,
    "tickettype": str,
    "priority": str,
    "status": str,
    "client": str,
    "client_id": int,
    "site": str,
    "user": str,
    "team": str,
    "agent": str,
    "agent_id": int,
    "product": str,
    "open_only": bool,
    "closed_only": bool,
    "search": str,
    "entity": str,
    "active_only": bool,
    "fields": list,
    "ticket_ids": list,
    "opened": str,
    "question": bool,
}
ENTITIES = {
    "customers",
    "sites",
    "users",
    "agents",
    "teams",
    "assets",
    "contracts",
    "kb_articles",
    "appointments",
    "invoices",
    "reports",
    "ticket_types",
    "statuses",
    "priorities",
    "outcomes",
}
ACTIONS = {
    None,
    "update_ticket",
    "create_ticket",
    "add_note",
    "resolve_ticket",
    "reopen_ticket",
    "list_tickets",
    "get_ticket",
    "lookup",
}


@pytest.mark.parametrize("text", [v[0] for v in VERBATIM] + [c[0] for c in CASES])
def test_slots_follow_the_contract(text: str) -> None:
    parsed = parse(text)
    assert parsed.action in ACTIONS
    assert 0.0 <= parsed.confidence <= 1.0
    for key, value in parsed.slots.items():
        assert key in ALLOWED_SLOTS, key
        assert type(value) is ALLOWED_SLOTS[key], (key, value)
        if isinstance(value, str) and key != "ticket_hint":
            assert value.strip() == value and value, (key, value)
    if parsed.action == "lookup":
        assert parsed.slots["entity"] in ENTITIES


def test_parsed_request_is_frozen_and_deterministic() -> None:
    first = parse("Bump ticket 789 to priority High and reassign it to 2nd Line Support")
    assert isinstance(first, ParsedRequest)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.action = "lookup"  # type: ignore[misc]
    assert parse("Bump ticket 789 to priority High and reassign it to 2nd Line Support") == first
    assert hash(first) == hash(
        parse("Bump ticket 789 to priority High and reassign it to 2nd Line Support")
    )


def test_unsupported_action_says_so() -> None:
    parsed = parse("delete all tickets")
    assert parsed.action is None
    assert "not something the portal can do" in parsed.reason


def test_lone_ticket_word_is_not_guessed() -> None:
    parsed = parse("ticket")
    assert parsed.action is None
    assert "which ticket" in parsed.reason


def test_gaps_are_reported_not_guessed() -> None:
    assert "description" in parse("Open a ticket for the Acme customer").reason
    assert "note" in parse("Add a private note to ticket 42").reason
    assert (
        "which ticket" in parse("add a note: I'm back tomorrow").reason
        or parse("add a note: I'm back tomorrow").slots.get("ticket_hint") == ""
    )


def test_typos_lower_confidence() -> None:
    clean = parse("please resolve ticket 3115")
    typo = parse("plz resovle tikcet 3115")
    assert clean.action == typo.action == "resolve_ticket"
    assert typo.confidence < clean.confidence


@pytest.mark.parametrize(
    "text",
    ["«0»", "'''", '"', "#", "ticket #", "- - -", ":", "x" * 5000, "\u200b", "¦¦", "3115" * 50],
)
def test_never_raises_on_odd_input(text: str) -> None:
    parsed = parse(text)
    assert parsed.action in ACTIONS


# --- helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("tikcet", "ticket"),
        ("ticekt", "ticket"),
        ("stauts", "status"),
        ("resovle", "resolve"),
        ("prioirty", "priority"),
        ("custmer", "customer"),
        ("contrcts", "contracts"),
        ("pls", "please"),
        ("plz", "please"),
        ("opne", "open"),
        ("ticket", None),
        ("items", None),
        ("states", None),
        ("opened", None),
        ("reopen", None),
        ("contacts", None),
    ],
)
def test_keyword_typos(typed: str, fixed: str | None) -> None:
    assert correct_word(typed) == fixed


def test_names_are_never_corrected() -> None:
    doc = prepare("Open a ticket for customer Tikcet Ltd")
    assert "Tikcet Ltd" in doc.text


def test_normalise_quotes_and_dashes() -> None:
    assert normalise("a\u2014b  \u201cc\u201d \u2018d\u2019") == "a - b \"c\" 'd'"
    doc = prepare("note: 'it's fine' and \"more\"")
    assert doc.quotes == ("it's fine", "more")


def test_summary_and_details() -> None:
    assert summarise("Printer jams. Since Monday.") == (
        "Printer jams",
        "Printer jams. Since Monday.",
    )
    summary, details = summarise("word " * 60)
    assert len(summary) <= 120 and details


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("2nd Line Support", "team"),
        ("Messaging", "team"),
        ("Service Desk", "team"),
        ("Jane Doe", "agent"),
        ("Maria Garcia", "agent"),
        ("jane@contoso.com", "agent"),
        ("Field Services", "team"),
    ],
)
def test_assignee_heuristic(name: str, kind: str) -> None:
    assert assignee_kind(name) == kind
    assert looks_like_person(name) == (kind == "agent")


def test_owner_heuristic() -> None:
    assert owner_kind("Tailspin Toys") == "client"
    assert owner_kind("jane@contoso.com") == "user"


def test_take_name_stops_at_clause() -> None:
    text = "customer Acme Inc. site HQ, priority High"
    assert take_name(text, len("customer "))[0] == "Acme Inc"
    assert take_name("to the IT team", len("to the "))[0] == "IT"
