"""One ticket: get, add a note, resolve, update, reopen."""

from __future__ import annotations

from tests.nl.phrasings.base import ABSENT, Case

CASES: list[Case] = [
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
]
