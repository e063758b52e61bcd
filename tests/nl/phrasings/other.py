"""Other tenants' vocabulary and layouts, and what is not understood, unsupported or ambiguous."""

from __future__ import annotations

from tests.nl.phrasings.base import ABSENT, Case

CASES: list[Case] = [
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
