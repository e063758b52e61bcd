"""list_tickets and lookup."""

from __future__ import annotations

from tests.nl.phrasings.base import ABSENT, Case

CASES: list[Case] = [
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
]
