"""The phrasings of the issue, with their exact slots."""

from __future__ import annotations

from typing import Any

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
