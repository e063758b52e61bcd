"""create_ticket: separators, quotes, politeness, word order, problem statements, admins."""

from __future__ import annotations

from tests.nl.phrasings.base import ABSENT, Case

CASES: list[Case] = [
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
]
