"""How a newcomer actually types: casual, misspelt, phone-style, long descriptions full of
everyday words that are also Halo nouns (Teams, Outlook, site, asset, contract, report, invoice),
several ticket ids at once, date phrases, "how do I" questions, admin phrasings with a customer
and a site in one breath, and questions about teams and the people in them.

Each row is (text, expected action, expected slots). A slot value of ABSENT must not be in the
result; a `Has(...)` value must be a string containing that text (case-insensitive); any other
value must be equal. The rows were written before the parser learnt them, against the simulator's
seed (emma owns 3005, 3018, 3042, 3067, 3089, 3115, 3131, 3150; customers Acme Inc, Globex,
Initech, Umbrella Health, Stark Logistics, Wayne Foundation and their sites; teams Service Desk,
1st/2nd Line Support, Messaging, Network, Field Services).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from halo_integration.nl.parse.rules import parse

ABSENT = object()


@dataclass(frozen=True)
class Has:
    """The slot is a string that contains this text (case-insensitive)."""

    text: str


Row = tuple[str, str | None, dict[str, Any]]

CREATE: list[Row] = [
    (
        "My laptop gets hot during Teams calls",
        "create_ticket",
        {"summary": Has("hot during Teams calls"), "team": ABSENT, "entity": ABSENT},
    ),
    (
        "hi, teams keeps crashing when i share my screen",
        "create_ticket",
        {"summary": Has("teams keeps crashing"), "team": ABSENT},
    ),
    (
        "Outlook won't open since this morning",
        "create_ticket",
        {"summary": Has("Outlook won't open")},
    ),
    (
        "the site's wifi is really slow today",
        "create_ticket",
        {"summary": Has("wifi is really slow"), "site": ABSENT},
    ),
    (
        "I can't log in to the customer portal",
        "create_ticket",
        {"summary": Has("customer portal"), "client": ABSENT},
    ),
    (
        "The asset tag on my monitor fell off and the label printer is broken",
        "create_ticket",
        {"summary": Has("asset tag on my monitor"), "entity": ABSENT},
    ),
    (
        "I have a problem with the contract template in Word, it won't save",
        "create_ticket",
        {"summary": Has("contract template"), "entity": ABSENT},
    ),
    (
        "Excel crashes every time I open the monthly report",
        "create_ticket",
        {"summary": Has("monthly report"), "entity": ABSENT},
    ),
    (
        "can't print the invoice PDF from the finance app",
        "create_ticket",
        {"summary": Has("invoice PDF")},
    ),
    (
        "<script>alert('x')</script> my laptop is broken",
        "create_ticket",
        {"summary": "my laptop is broken"},
    ),
    (
        "<b>printer</b> on floor 2 is jammed again",
        "create_ticket",
        {"summary": "printer on floor 2 is jammed again"},
    ),
    ("keyboard broke, coffee spill 😬", "create_ticket", {"summary": Has("keyboard broke")}),
    ("pls raise a tkt - mouse not working", "create_ticket", {"summary": "mouse not working"}),
    (
        "need a new charger for my laptop, mine is frayed",
        "create_ticket",
        {"summary": Has("charger")},
    ),
    ("Screen flickering on my second monitor", "create_ticket", {"summary": Has("second monitor")}),
    (
        "my headset mic isn't working in Teams meetings",
        "create_ticket",
        {"summary": Has("Teams meetings"), "team": ABSENT},
    ),
    (
        "Zoom keeps freezing when I share my screen",
        "create_ticket",
        {"summary": Has("Zoom keeps freezing")},
    ),
    ("I forgot my password again", "create_ticket", {"summary": Has("forgot my password")}),
    (
        "locked out of my account after too many attempts",
        "create_ticket",
        {"summary": Has("locked out")},
    ),
    (
        "the VPN disconnects every hour when I work from home",
        "create_ticket",
        {"summary": Has("VPN disconnects")},
    ),
    (
        "could you set up a new mailbox for the sales team",
        "create_ticket",
        {"summary": Has("mailbox"), "team": ABSENT},
    ),
    (
        "Open a ticket: the shared drive for the finance team is read-only",
        "create_ticket",
        {"summary": Has("finance team is read-only"), "team": ABSENT},
    ),
    (
        "log a ticket, outlook keeps asking for my password",
        "create_ticket",
        {"summary": Has("outlook keeps asking")},
    ),
    (
        "Printer near reception says paper jam but there's no paper stuck",
        "create_ticket",
        {"summary": Has("paper jam")},
    ),
    (
        "new ticket - docking station not charging laptop",
        "create_ticket",
        {"summary": "docking station not charging laptop"},
    ),
    ("my phone won't sync email", "create_ticket", {"summary": Has("won't sync")}),
    (
        "The projector in meeting room 3 has no signal",
        "create_ticket",
        {"summary": Has("projector"), "ticket_id": ABSENT},
    ),
    (
        "raise an incident: payroll app down for everyone at the Warehouse site",
        "create_ticket",
        {"summary": Has("Warehouse site"), "site": ABSENT, "tickettype": "incident"},
    ),
    ("Wi-Fi keeps dropping in the canteen", "create_ticket", {"summary": Has("Wi-Fi")}),
    ("i need access to the HR SharePoint", "create_ticket", {"summary": Has("HR SharePoint")}),
    ("Can I get a second monitor please?", "create_ticket", {"summary": Has("second monitor")}),
    (
        "please order me a new keyboard, the space bar sticks",
        "create_ticket",
        {"summary": Has("keyboard")},
    ),
    ("my laptop battery dies after 20 minutes", "create_ticket", {"summary": Has("battery dies")}),
    (
        "Teams shows me as offline all the time",
        "create_ticket",
        {"summary": Has("Teams shows me as offline"), "team": ABSENT},
    ),
    (
        "when I open Outlook it says the mailbox is full",
        "create_ticket",
        {"summary": Has("mailbox is full")},
    ),
    (
        "can't connect to the printer from my Mac",
        "create_ticket",
        {"summary": Has("printer from my Mac")},
    ),
    (
        "the report button in the CRM gives an error",
        "create_ticket",
        {"summary": Has("report button"), "entity": ABSENT},
    ),
    (
        "asset management tool won't load",
        "create_ticket",
        {"summary": Has("asset management tool")},
    ),
    (
        "Antivirus popup says my subscription expired",
        "create_ticket",
        {"summary": Has("subscription expired")},
    ),
    (
        "Outlook calendar invites from the customer show the wrong time",
        "create_ticket",
        {"summary": Has("wrong time"), "client": ABSENT},
    ),
    (
        "the invoice scanner at reception jams on every page",
        "create_ticket",
        {"summary": Has("invoice scanner"), "entity": ABSENT},
    ),
    (
        "my teams status is stuck on away",
        "create_ticket",
        {"summary": Has("teams status"), "team": ABSENT},
    ),
    (
        "OneDrive says sync is paused and my files are missing!!",
        "create_ticket",
        {"summary": Has("OneDrive")},
    ),
    (
        "Hey, the sound on my laptop stopped working after the update",
        "create_ticket",
        {"summary": Has("sound on my laptop")},
    ),
    # admins: a customer and a site in one phrase
    (
        "Open a ticket for Acme Inc site Warehouse: scanner 4 won't charge",
        "create_ticket",
        {"client": "Acme Inc", "site": "Warehouse", "summary": "scanner 4 won't charge"},
    ),
    (
        "new incident for Globex site Cypress Creek - printer offline",
        "create_ticket",
        {
            "client": "Globex",
            "site": "Cypress Creek",
            "summary": "printer offline",
            "tickettype": "incident",
        },
    ),
    (
        "log a ticket for customer Initech at site Austin Branch: internet down",
        "create_ticket",
        {"client": "Initech", "site": "Austin Branch", "summary": "internet down"},
    ),
    (
        "raise a ticket for Umbrella Health site Laboratory - the centrifuge PC will not boot",
        "create_ticket",
        {"client": "Umbrella Health", "site": "Laboratory", "summary": Has("centrifuge PC")},
    ),
    (
        "create a high priority ticket for Stark Logistics site Fleet Depot - tablets not syncing",
        "create_ticket",
        {
            "client": "Stark Logistics",
            "site": "Fleet Depot",
            "priority": "high",
            "summary": "tablets not syncing",
        },
    ),
    (
        "Open a ticket for Wayne Foundation site Gotham Office, priority low: replace toner",
        "create_ticket",
        {
            "client": "Wayne Foundation",
            "site": "Gotham Office",
            "priority": "low",
            "summary": "replace toner",
        },
    ),
    (
        "open a ticket for noah.williams@acme.example - scanner broken",
        "create_ticket",
        {"user": "noah.williams@acme.example", "summary": "scanner broken"},
    ),
    (
        "Log an incident for Acme Inc site HQ, assign to Network: switch in rack 2 is beeping",
        "create_ticket",
        {
            "client": "Acme Inc",
            "site": "HQ",
            "team": "Network",
            "summary": "switch in rack 2 is beeping",
        },
    ),
    (
        "ticket for Globex site Springfield Campus: badge reader offline",
        "create_ticket",
        {"client": "Globex", "site": "Springfield Campus", "summary": "badge reader offline"},
    ),
    (
        "raise a P2 for Initech site Main Office - file server very slow",
        "create_ticket",
        {
            "client": "Initech",
            "site": "Main Office",
            "priority": "P2",
            "summary": "file server very slow",
        },
    ),
]

GET: list[Row] = [
    ("any news on 3115?", "get_ticket", {"ticket_id": 3115}),
    ("whats happening w/ ticket 3131", "get_ticket", {"ticket_id": 3131}),
    ("status of 3115 and 3120", "get_ticket", {"ticket_ids": [3115, 3120], "ticket_id": ABSENT}),
    (
        "can you check tickets 3115, 3131 and 3150 for me",
        "get_ticket",
        {"ticket_ids": [3115, 3131, 3150]},
    ),
    ("what's the status of #3042 and #3067?", "get_ticket", {"ticket_ids": [3042, 3067]}),
    ("progress on 3018 and 3042?", "get_ticket", {"ticket_ids": [3018, 3042]}),
    ("3115?", "get_ticket", {"ticket_id": 3115}),
    ("has anyone picked up 3131 yet", "get_ticket", {"ticket_id": 3131}),
    ("is 3150 closed?", "get_ticket", {"ticket_id": 3150}),
    ("who is working on my outlook ticket", "get_ticket", {"ticket_hint": "outlook", "mine": True}),
    ("how's my VPN ticket going", "get_ticket", {"ticket_hint": "VPN", "mine": True}),
    ("show me ticket no. 3089", "get_ticket", {"ticket_id": 3089}),
    (
        "Any update on the Teams camera ticket?",
        "get_ticket",
        {"ticket_hint": Has("Teams camera"), "team": ABSENT},
    ),
    (
        "when will my monitor request be done",
        "get_ticket",
        {"ticket_hint": "monitor", "mine": True},
    ),
    ("check on 3067 pls", "get_ticket", {"ticket_id": 3067}),
    ("what did the technician say on 3115", "get_ticket", {"ticket_id": 3115}),
    ("open ticket 3018", "get_ticket", {"ticket_id": 3018}),
    ("details for ticket 3042 please", "get_ticket", {"ticket_id": 3042}),
    ("status 3115", "get_ticket", {"ticket_id": 3115}),
    ("tell me about ticket 3131", "get_ticket", {"ticket_id": 3131}),
    ("where are we with 3150?", "get_ticket", {"ticket_id": 3150}),
    ("did someone look at my printer ticket?", "get_ticket", {"ticket_hint": "printer"}),
    ("Is my password reset ticket resolved yet?", "get_ticket", {"ticket_hint": "password reset"}),
    ("what's the latest on ticket 3005", "get_ticket", {"ticket_id": 3005}),
    ("stauts of my ticket 3131", "get_ticket", {"ticket_id": 3131}),
    ("any progress on the invoice ticket 3089?", "get_ticket", {"ticket_id": 3089}),
    ("whats up with 3042", "get_ticket", {"ticket_id": 3042}),
    ("show 3115 and 3131", "get_ticket", {"ticket_ids": [3115, 3131]}),
    ("tickets 3005 & 3018 - any news?", "get_ticket", {"ticket_ids": [3005, 3018]}),
    ("is anyone looking at 3150 or 3131?", "get_ticket", {"ticket_ids": [3150, 3131]}),
]

LIST: list[Row] = [
    ("show me everything I've opened", "list_tickets", {"mine": True}),
    ("my tickets", "list_tickets", {"mine": True}),
    ("list my closed tickets", "list_tickets", {"closed_only": True}),
    ("what tickets do I have open", "list_tickets", {"open_only": True}),
    ("tickets I opened this week", "list_tickets", {"opened": "this week"}),
    ("show my tickets opened since Monday", "list_tickets", {"opened": "monday"}),
    ("which of my tickets were opened yesterday", "list_tickets", {"opened": "yesterday"}),
    (
        "any open tickets from the last 7 days?",
        "list_tickets",
        {"opened": "7 days", "open_only": True},
    ),
    ("list tickets opened today", "list_tickets", {"opened": "today"}),
    (
        "show all tickets for Acme Inc opened this month",
        "list_tickets",
        {"client": "Acme Inc", "opened": "this month"},
    ),
    (
        "open tickets for Globex site Springfield Campus",
        "list_tickets",
        {"client": "Globex", "site": "Springfield Campus", "open_only": True},
    ),
    (
        "list tickets for Initech site Main Office",
        "list_tickets",
        {"client": "Initech", "site": "Main Office"},
    ),
    ("show tickets assigned to the Network team", "list_tickets", {"team": "Network"}),
    ("what's in the 2nd Line Support queue", "list_tickets", {"team": "2nd Line Support"}),
    (
        "all open tickets assigned to Daniel Kim",
        "list_tickets",
        {"agent": "Daniel Kim", "open_only": True},
    ),
    (
        "list high priority tickets for Acme Inc",
        "list_tickets",
        {"priority": "high", "client": "Acme Inc"},
    ),
    ("show me my tickets about outlook", "list_tickets", {"search": "outlook", "mine": True}),
    (
        "show closed tickets from last week",
        "list_tickets",
        {"closed_only": True, "opened": "last week"},
    ),
    (
        "list all tickets for user emma.jones@acme.example",
        "list_tickets",
        {"user": "emma.jones@acme.example"},
    ),
    (
        "show me open tickets for Stark Logistics",
        "list_tickets",
        {"client": "Stark Logistics", "open_only": True},
    ),
    ("list every ticket mentioning Teams", "list_tickets", {"search": "Teams", "team": ABSENT}),
    (
        "show tickets about the sales report",
        "list_tickets",
        {"search": "sales report", "entity": ABSENT},
    ),
    ("my open tickets since Monday", "list_tickets", {"open_only": True, "opened": "monday"}),
    (
        "show me Acme's tickets opened yesterday",
        "list_tickets",
        {"client": "Acme", "opened": "yesterday"},
    ),
    (
        "list tickets opened in the last 3 days for Globex",
        "list_tickets",
        {"opened": "3 days", "client": "Globex"},
    ),
    ("what have i raised this month?", "list_tickets", {"mine": True, "opened": "this month"}),
    ("show my tikets", "list_tickets", {"mine": True}),
    ("tickets since tuesday", "list_tickets", {"opened": "tuesday"}),
    (
        "open tickets for Umbrella Health site Laboratory this week",
        "list_tickets",
        {
            "client": "Umbrella Health",
            "site": "Laboratory",
            "opened": "this week",
            "open_only": True,
        },
    ),
    (
        "list the Service Desk team's open tickets",
        "list_tickets",
        {"team": "Service Desk", "open_only": True},
    ),
]

NOTE: list[Row] = [
    (
        "add a note to 3115: any news on delivery?",
        "add_note",
        {"ticket_id": 3115, "note": "any news on delivery?"},
    ),
    (
        "note on ticket 3131 - still waiting, can you chase?",
        "add_note",
        {"ticket_id": 3131, "note": "still waiting, can you chase?"},
    ),
    (
        "add to my outlook ticket that it happened again this morning!",
        "add_note",
        {"ticket_hint": "outlook", "note": "it happened again this morning!"},
    ),
    (
        "tell the tech on 3150 that the camera works in the browser but not in Teams",
        "add_note",
        {"ticket_id": 3150, "note": Has("not in Teams"), "team": ABSENT},
    ),
    ("add a comment to 3115: 👍 thanks", "add_note", {"ticket_id": 3115, "note": "👍 thanks"}),
    ("comment on 3067: 🙏", "add_note", {"ticket_id": 3067, "note": "🙏"}),
    (
        "please add a note to ticket 3089 saying I'm out until Monday.",
        "add_note",
        {"ticket_id": 3089, "note": "I'm out until Monday."},
    ),
    (
        "add note to 3042: it dropped 3 times today... ugh",
        "add_note",
        {"ticket_id": 3042, "note": "it dropped 3 times today... ugh"},
    ),
    (
        "update ticket 3131 with: the monitor arrived but the cable is missing",
        "add_note",
        {"ticket_id": 3131, "note": "the monitor arrived but the cable is missing"},
    ),
    (
        "add a note to 3115 - I tried the web version of Outlook and it works there",
        "add_note",
        {"ticket_id": 3115, "note": Has("web version of Outlook")},
    ),
    (
        "let the engineer know I'm working from the Warehouse site on Friday",
        "add_note",
        {"note": Has("Warehouse site"), "site": ABSENT},
    ),
    (
        "add a note to my VPN ticket: happens on the home wifi only",
        "add_note",
        {"ticket_hint": "VPN", "note": "happens on the home wifi only"},
    ),
    (
        "add a hidden note to 3101: scanner firmware is 2.1, needs 2.4",
        "add_note",
        {"ticket_id": 3101, "hiddenfromuser": True, "note": "scanner firmware is 2.1, needs 2.4"},
    ),
    (
        "leave a private note on 3055 - user already reimaged once",
        "add_note",
        {"ticket_id": 3055, "hiddenfromuser": True, "note": "user already reimaged once"},
    ),
    (
        "add a visible note to 3099 saying we're ordering a replacement SSD",
        "add_note",
        {"ticket_id": 3099, "hiddenfromuser": False, "note": "we're ordering a replacement SSD"},
    ),
    (
        "post an internal comment on ticket 3160: check the asset AC-1182 headset",
        "add_note",
        {"ticket_id": 3160, "hiddenfromuser": True, "note": "check the asset AC-1182 headset"},
    ),
    (
        "add a note to 3131: contract number is on the invoice, see attachment",
        "add_note",
        {"ticket_id": 3131, "note": "contract number is on the invoice, see attachment"},
    ),
    (
        "note for 3115: the report I mentioned is the weekly sales report",
        "add_note",
        {"ticket_id": 3115, "note": "the report I mentioned is the weekly sales report"},
    ),
    (
        "reply to ticket 3150: yes, tomorrow at 10:30 works",
        "add_note",
        {"ticket_id": 3150, "note": "yes, tomorrow at 10:30 works"},
    ),
    (
        "add a note to 3005 - 'new password works, thanks!'",
        "add_note",
        {"ticket_id": 3005, "note": "new password works, thanks!"},
    ),
    (
        "add a note to 3018: what should I do next?",
        "add_note",
        {"ticket_id": 3018, "note": "what should I do next?"},
    ),
    (
        "Can you add a comment to 3089: my manager approved it.",
        "add_note",
        {"ticket_id": 3089, "note": "my manager approved it."},
    ),
    ("add a note to 3131 : 😀😀", "add_note", {"ticket_id": 3131, "note": "😀😀"}),
    (
        "add a note to 3115: Teams crashed again during the customer call",
        "add_note",
        {
            "ticket_id": 3115,
            "note": "Teams crashed again during the customer call",
            "team": ABSENT,
            "client": ABSENT,
        },
    ),
    (
        "add note 3042 the vpn dropped twice this morning",
        "add_note",
        {"ticket_id": 3042, "note": Has("vpn dropped twice")},
    ),
    (
        "pls add a note to 3067: printer on 2nd floor jammed AGAIN!!!",
        "add_note",
        {"ticket_id": 3067, "note": "printer on 2nd floor jammed AGAIN!!!"},
    ),
    (
        "add a note to ticket 3150 saying the site visit can be on Thursday?",
        "add_note",
        {"ticket_id": 3150, "note": "the site visit can be on Thursday?", "site": ABSENT},
    ),
    (
        "add a note to my monitor ticket: any chance of an ETA?",
        "add_note",
        {"ticket_hint": "monitor", "note": "any chance of an ETA?"},
    ),
    (
        "add a note to 3089 <i>urgent</i> please approve",
        "add_note",
        {"ticket_id": 3089, "note": Has("please approve")},
    ),
    (
        "add a public note to 3101: the asset was swapped, new serial SN-7781",
        "add_note",
        {
            "ticket_id": 3101,
            "hiddenfromuser": False,
            "note": "the asset was swapped, new serial SN-7781",
        },
    ),
]

RESOLVE: list[Row] = [
    (
        "close 3115, outlook stopped asking",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": Has("outlook stopped asking")},
    ),
    (
        "you can close my monitor ticket, it arrived",
        "resolve_ticket",
        {"ticket_hint": "monitor", "mine": True},
    ),
    (
        "resolve 3055 and add a visible note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3055, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "close 3099 and add a note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3099, "note_requested": True},
    ),
    (
        "Close ticket 3160 and add a public note summarizing what fixed it",
        "resolve_ticket",
        {"ticket_id": 3160, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "resolve 3101 with a visible note summarising the resolution",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "resolve 3160 and add a hidden note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3160, "hiddenfromuser": True, "note_requested": True},
    ),
    ("the Teams camera works now, close it", "resolve_ticket", {"team": ABSENT}),
    (
        "please close #3042 - VPN has been fine for a week",
        "resolve_ticket",
        {"ticket_id": 3042, "reason": "VPN has been fine for a week"},
    ),
    ("3067 can be closed", "resolve_ticket", {"ticket_id": 3067}),
    (
        "my printer is working again, thanks!",
        "resolve_ticket",
        {"mine": True, "ticket_hint": "printer"},
    ),
    ("all sorted now, please close ticket 3131", "resolve_ticket", {"ticket_id": 3131}),
    ("mark 3018 as resolved", "resolve_ticket", {"ticket_id": 3018}),
    ("no longer need ticket 3089", "resolve_ticket", {"ticket_id": 3089}),
    (
        "cancel my second monitor request",
        "resolve_ticket",
        {"ticket_hint": "second monitor", "mine": True},
    ),
    ("shut 3005, I reset it myself", "resolve_ticket", {"ticket_id": 3005}),
    (
        "resolve 3150: camera driver reinstalled",
        "resolve_ticket",
        {"ticket_id": 3150, "reason": "camera driver reinstalled"},
    ),
    (
        "close out 3121 because the access point was replaced",
        "resolve_ticket",
        {"ticket_id": 3121, "reason": Has("access point was replaced")},
    ),
    ("pls close tkt 3115 ty", "resolve_ticket", {"ticket_id": 3115}),
    ("it's fixed, you can close 3042", "resolve_ticket", {"ticket_id": 3042}),
    ("I don't need 3131 anymore", "resolve_ticket", {"ticket_id": 3131}),
    (
        "resolve ticket 3099 and add a visible note summarising the fix, thanks",
        "resolve_ticket",
        {"ticket_id": 3099, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "close 3055 and leave a note for the user summarising what we did",
        "resolve_ticket",
        {"ticket_id": 3055, "note_requested": True},
    ),
    (
        "resolve 3012 - replaced the pickup roller on the 1st floor printer",
        "resolve_ticket",
        {"ticket_id": 3012, "reason": "replaced the pickup roller on the 1st floor printer"},
    ),
    (
        "please close ticket 3150, the Teams camera works since the driver update",
        "resolve_ticket",
        {"ticket_id": 3150, "reason": Has("Teams camera"), "team": ABSENT},
    ),
    (
        "resolve my outlook ticket, it's stopped asking for the password",
        "resolve_ticket",
        {"ticket_hint": "outlook", "mine": True},
    ),
    (
        "close 3067: the printer was replaced?",
        "resolve_ticket",
        {"ticket_id": 3067, "reason": "the printer was replaced?"},
    ),
    (
        "resolve 3101 & add a visible note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": False, "note_requested": True},
    ),
]

UPDATE: list[Row] = [
    ("bump 3101 to critical", "update_ticket", {"ticket_id": 3101, "priority": "critical"}),
    ("reassign 3055 to Daniel Kim", "update_ticket", {"ticket_id": 3055, "agent": "Daniel Kim"}),
    ("move 3160 to the Messaging team", "update_ticket", {"ticket_id": 3160, "team": "Messaging"}),
    (
        "assign 3099 to 2nd Line Support and set priority to high",
        "update_ticket",
        {"ticket_id": 3099, "team": "2nd Line Support", "priority": "high"},
    ),
    (
        "set the status of 3121 to On Hold",
        "update_ticket",
        {"ticket_id": 3121, "status": "On Hold"},
    ),
    ("put 3101 on hold", "update_ticket", {"ticket_id": 3101, "status": "on hold"}),
    ("change 3055's priority to low", "update_ticket", {"ticket_id": 3055, "priority": "low"}),
    (
        "escalate ticket 3012 to Field Services",
        "update_ticket",
        {"ticket_id": 3012, "team": "Field Services"},
    ),
    (
        "hand 3160 over to Chloe Martin",
        "update_ticket",
        {"ticket_id": 3160, "agent": "Chloe Martin"},
    ),
    ("make 3121 a P2", "update_ticket", {"ticket_id": 3121, "priority": "P2"}),
    # reopening is its own declared action now (it asks for a reason), not a status change
    ("reopen 3150", "reopen_ticket", {"ticket_id": 3150}),
    (
        "change the type of 3099 to Problem",
        "update_ticket",
        {"ticket_id": 3099, "tickettype": "Problem"},
    ),
    ("assign 3101 to me", "update_ticket", {"ticket_id": 3101, "agent": "me"}),
    (
        "lower the priority of 3012 to medium",
        "update_ticket",
        {"ticket_id": 3012, "priority": "medium"},
    ),
    (
        "transfer 3055 to the Service Desk team",
        "update_ticket",
        {"ticket_id": 3055, "team": "Service Desk"},
    ),
    (
        "set 3160 to status In Progress",
        "update_ticket",
        {"ticket_id": 3160, "status": "In Progress"},
    ),
    ("route 3012 to network team", "update_ticket", {"ticket_id": 3012, "team": "network"}),
    (
        "reassign 3121 to Marcus Reid and make it high priority",
        "update_ticket",
        {"ticket_id": 3121, "agent": "Marcus Reid", "priority": "high"},
    ),
    (
        "escalate 3099 to the 2nd line team, the user's asset is under contract",
        "update_ticket",
        {"ticket_id": 3099, "team": "2nd line"},
    ),
    ("pls bump 3160 to urgent", "update_ticket", {"ticket_id": 3160, "priority": "urgent"}),
]

LOOKUP: list[Row] = [
    ("who is in the Network team?", "lookup", {"entity": "agents", "team": "Network"}),
    ("who's on 2nd line support", "lookup", {"entity": "agents", "team": "2nd line support"}),
    ("list the members of the Messaging team", "lookup", {"entity": "agents", "team": "Messaging"}),
    ("which team is Daniel Kim in?", "lookup", {"entity": "agents", "search": "Daniel Kim"}),
    (
        "what team does Chloe Martin belong to",
        "lookup",
        {"entity": "agents", "search": "Chloe Martin"},
    ),
    ("list all teams", "lookup", {"entity": "teams"}),
    ("show me the teams", "lookup", {"entity": "teams"}),
    (
        "which agents are in Field Services",
        "lookup",
        {"entity": "agents", "team": "Field Services"},
    ),
    (
        "how many people are in the Service Desk team",
        "lookup",
        {"entity": "agents", "team": "Service Desk"},
    ),
    (
        "who works in the 1st Line Support team",
        "lookup",
        {"entity": "agents", "team": "1st Line Support"},
    ),
    ("members of team Network", "lookup", {"entity": "agents", "team": "Network"}),
    (
        "find customer Stark Logistics",
        "lookup",
        {"entity": "customers", "search": "Stark Logistics"},
    ),
    ("sites for Umbrella Health", "lookup", {"entity": "sites", "client": "Umbrella Health"}),
    ("what sites does Globex have", "lookup", {"entity": "sites", "client": "Globex"}),
    (
        "assets for Acme Inc site Warehouse",
        "lookup",
        {"entity": "assets", "client": "Acme Inc", "site": "Warehouse"},
    ),
    ("show contracts for Initech", "lookup", {"entity": "contracts", "client": "Initech"}),
    ("Wayne Foundation invoices", "lookup", {"entity": "invoices", "client": "Wayne Foundation"}),
    ("list reports", "lookup", {"entity": "reports"}),
    ("find the SLA report", "lookup", {"entity": "reports", "search": "SLA"}),
    ("look up user Mia Chen", "lookup", {"entity": "users", "search": "Mia Chen"}),
    ("find agent Priya Sharma", "lookup", {"entity": "agents", "search": "Priya Sharma"}),
    ("kb articles about vpn", "lookup", {"entity": "kb_articles", "search": "vpn"}),
    ("show me asset AC-2219", "lookup", {"entity": "assets", "search": "AC-2219"}),
    ("which customers do we have", "lookup", {"entity": "customers"}),
    ("show me the ticket types", "lookup", {"entity": "ticket_types"}),
    ("what statuses are there", "lookup", {"entity": "statuses"}),
    (
        "users for Globex site Cypress Creek",
        "lookup",
        {"entity": "users", "client": "Globex", "site": "Cypress Creek"},
    ),
    (
        "invoices for Stark Logistics site Distribution Centre",
        "lookup",
        {"entity": "invoices", "client": "Stark Logistics", "site": "Distribution Centre"},
    ),
    # "how do I ...?": articles first (a ticket is offered second, by the planner)
    (
        "how do I reset my password?",
        "lookup",
        {"entity": "kb_articles", "search": Has("password"), "question": True},
    ),
    (
        "How do I set up the VPN on my phone",
        "lookup",
        {"entity": "kb_articles", "search": Has("VPN"), "question": True},
    ),
    (
        "how can I connect to the office wifi?",
        "lookup",
        {"entity": "kb_articles", "search": Has("wifi"), "question": True},
    ),
    (
        "how to map a network drive",
        "lookup",
        {"entity": "kb_articles", "search": Has("network drive"), "question": True},
    ),
    (
        "how do i add a shared mailbox in outlook",
        "lookup",
        {"entity": "kb_articles", "search": Has("shared mailbox"), "question": True},
    ),
    (
        "How do I book a meeting room in Teams?",
        "lookup",
        {"entity": "kb_articles", "search": Has("meeting room"), "question": True, "team": ABSENT},
    ),
    (
        "how do I change my Teams background?",
        "lookup",
        {"entity": "kb_articles", "search": Has("Teams background"), "question": True},
    ),
    (
        "hw do i install the printer driver",
        "lookup",
        {"entity": "kb_articles", "search": Has("printer driver"), "question": True},
    ),
    (
        "how can i see my payslip report in the HR portal?",
        "lookup",
        {"entity": "kb_articles", "search": Has("payslip"), "question": True},
    ),
    (
        "How do I get access to the customer site SharePoint?",
        "lookup",
        {
            "entity": "kb_articles",
            "search": Has("SharePoint"),
            "question": True,
            "site": ABSENT,
            "client": ABSENT,
        },
    ),
]

OTHER: list[Row] = [
    ("🙂", None, {}),
    ("thanks a lot!", None, {}),
    ("hello?", None, {}),
]

# A second batch, written after the parser had learnt the first one, to see how far that
# learning carries to phrasings it has not been tuned on.
SECOND: list[Row] = [
    (
        "Teams won't let me join meetings from my browser",
        "create_ticket",
        {"summary": Has("join meetings"), "team": ABSENT},
    ),
    (
        "outlook crashes whenever I attach a file",
        "create_ticket",
        {"summary": Has("attach a file")},
    ),
    (
        "the invoice template in Excel is showing #REF errors",
        "create_ticket",
        {"summary": Has("invoice template"), "entity": ABSENT, "ticket_id": ABSENT},
    ),
    (
        "I think my laptop has a virus, pop ups everywhere",
        "create_ticket",
        {"summary": Has("virus")},
    ),
    (
        "keyboard on my laptop is typing double letters",
        "create_ticket",
        {"summary": Has("double letters")},
    ),
    (
        "my second screen isn't detected after the Windows update",
        "create_ticket",
        {"summary": Has("isn't detected")},
    ),
    (
        "Can someone look at my printer? It prints blank pages",
        "create_ticket",
        {"summary": Has("printer")},
    ),
    ("help! can't get into my email", "create_ticket", {"summary": Has("email")}),
    (
        "The site map page on our intranet returns a 404",
        "create_ticket",
        {"summary": Has("site map page"), "site": ABSENT, "ticket_id": ABSENT},
    ),
    (
        "New starter next Monday needs a laptop and an account",
        "create_ticket",
        {"summary": Has("New starter"), "opened": ABSENT},
    ),
    (
        "Request: a headset for Teams calls",
        "create_ticket",
        {"summary": Has("headset for Teams calls"), "team": ABSENT},
    ),
    (
        "raise a ticket for Globex site Cypress Creek, wifi down in the warehouse",
        "create_ticket",
        {"client": "Globex", "site": "Cypress Creek", "summary": Has("wifi down")},
    ),
    (
        "open an incident for Stark Logistics at site Distribution Centre - conveyor PC frozen",
        "create_ticket",
        {
            "client": "Stark Logistics",
            "site": "Distribution Centre",
            "summary": "conveyor PC frozen",
        },
    ),
    (
        "create ticket for customer Acme Inc, site Remote Workers: VPN certificate expired",
        "create_ticket",
        {"client": "Acme Inc", "site": "Remote Workers", "summary": "VPN certificate expired"},
    ),
    (
        "log a ticket for Initech site Austin Branch saying the printer is offline",
        "create_ticket",
        {"client": "Initech", "site": "Austin Branch", "summary": Has("printer is offline")},
    ),
    ("my mouse died", "create_ticket", {"summary": "my mouse died"}),
    (
        "Phone screen cracked, need a replacement",
        "create_ticket",
        {"summary": Has("screen cracked")},
    ),
    ("Adobe keeps asking me to sign in", "create_ticket", {"summary": Has("Adobe")}),
    (
        "there's a weird noise coming from the server room",
        "create_ticket",
        {"summary": Has("weird noise")},
    ),
    ("what's going on with 3131?", "get_ticket", {"ticket_id": 3131}),
    ("update on 3042 please", "get_ticket", {"ticket_id": 3042}),
    ("has 3115 been looked at?", "get_ticket", {"ticket_id": 3115}),
    ("status of tickets 3005, 3018", "get_ticket", {"ticket_ids": [3005, 3018]}),
    ("can I get an update on 3115 and 3067", "get_ticket", {"ticket_ids": [3115, 3067]}),
    (
        "any news about my Teams camera ticket",
        "get_ticket",
        {"ticket_hint": Has("Teams camera"), "team": ABSENT},
    ),
    ("3042 status?", "get_ticket", {"ticket_id": 3042}),
    ("is there an ETA on ticket 3131?", "get_ticket", {"ticket_id": 3131}),
    ("what is the state of 3018", "get_ticket", {"ticket_id": 3018}),
    ("show me tickets I opened last week", "list_tickets", {"opened": "last week"}),
    (
        "list my open tickets from this month",
        "list_tickets",
        {"opened": "this month", "open_only": True},
    ),
    ("tickets raised since Friday", "list_tickets", {"opened": "friday"}),
    (
        "open tickets for Wayne Foundation site Gotham Office",
        "list_tickets",
        {"client": "Wayne Foundation", "site": "Gotham Office", "open_only": True},
    ),
    (
        "list closed tickets since 2026-11-01",
        "list_tickets",
        {"opened": "2026-11-01", "closed_only": True},
    ),
    ("which tickets are assigned to the Messaging team", "list_tickets", {"team": "Messaging"}),
    ("all tickets in the Network queue", "list_tickets", {"team": "Network"}),
    ("show my tickets from the past 2 weeks", "list_tickets", {"opened": "14 days"}),
    (
        "add a note to 3115 saying Outlook asked again at 9:15?",
        "add_note",
        {"ticket_id": 3115, "note": "Outlook asked again at 9:15?"},
    ),
    (
        "put a note on ticket 3131: the monitor can go to desk 4B.",
        "add_note",
        {"ticket_id": 3131, "note": "the monitor can go to desk 4B."},
    ),
    (
        "comment on my VPN ticket: it's worse on Teams calls",
        "add_note",
        {"ticket_hint": "VPN", "note": "it's worse on Teams calls", "team": ABSENT},
    ),
    ("add a note to 3018 👍", "add_note", {"ticket_id": 3018, "note": "👍"}),
    (
        "tell whoever has 3067 that I'm in the office tomorrow",
        "add_note",
        {"ticket_id": 3067, "note": Has("in the office tomorrow")},
    ),
    (
        "add an internal note to 3055: customer asset AC-3391 out of warranty",
        "add_note",
        {
            "ticket_id": 3055,
            "hiddenfromuser": True,
            "note": "customer asset AC-3391 out of warranty",
        },
    ),
    (
        "add a note to ticket 3089: <b>approved</b> by my manager",
        "add_note",
        {"ticket_id": 3089, "note": "approved by my manager"},
    ),
    (
        "close 3018 and add a visible note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3018, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "resolve ticket 3121 and add a note for the customer summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3121, "note_requested": True, "client": ABSENT},
    ),
    (
        "please resolve 3012 with a public note summarizing what we did",
        "resolve_ticket",
        {"ticket_id": 3012, "hiddenfromuser": False, "note_requested": True},
    ),
    ("3131 is fixed, thanks", "resolve_ticket", {"ticket_id": 3131}),
    ("you can close 3005 now", "resolve_ticket", {"ticket_id": 3005}),
    (
        "close my VPN ticket please, works fine now",
        "resolve_ticket",
        {"ticket_hint": "VPN", "mine": True},
    ),
    (
        "resolve 3042: fixed by the new VPN profile!",
        "resolve_ticket",
        {"ticket_id": 3042, "reason": "fixed by the new VPN profile!"},
    ),
    (
        "assign 3012 to Hannah Fischer",
        "update_ticket",
        {"ticket_id": 3012, "agent": "Hannah Fischer"},
    ),
    (
        "set priority of 3121 to critical",
        "update_ticket",
        {"ticket_id": 3121, "priority": "critical"},
    ),
    (
        "move ticket 3055 to 1st Line Support",
        "update_ticket",
        {"ticket_id": 3055, "team": "1st Line Support"},
    ),
    (
        "put 3099 on hold until the part arrives",
        "update_ticket",
        {"ticket_id": 3099, "status": "on hold"},
    ),
    (
        "change status of 3160 to With User",
        "update_ticket",
        {"ticket_id": 3160, "status": "With User"},
    ),
    ("who is on the Field Services team", "lookup", {"entity": "agents", "team": "Field Services"}),
    (
        "which technicians are in 2nd Line Support?",
        "lookup",
        {"entity": "agents", "team": "2nd Line Support"},
    ),
    ("who are the members of Messaging", "lookup", {"entity": "agents", "team": "Messaging"}),
    ("what team is Marcus Reid on", "lookup", {"entity": "agents", "search": "Marcus Reid"}),
    ("list teams", "lookup", {"entity": "teams"}),
    ("show me all agents", "lookup", {"entity": "agents"}),
    ("sites for Acme Inc", "lookup", {"entity": "sites", "client": "Acme Inc"}),
    (
        "assets at Globex site Springfield Campus",
        "lookup",
        {"entity": "assets", "client": "Globex", "site": "Springfield Campus"},
    ),
    (
        "contracts for Umbrella Health",
        "lookup",
        {"entity": "contracts", "client": "Umbrella Health"},
    ),
    (
        "how do I connect to the VPN from home?",
        "lookup",
        {"entity": "kb_articles", "search": Has("VPN"), "question": True},
    ),
    (
        "how can I clear a paper jam",
        "lookup",
        {"entity": "kb_articles", "search": Has("paper jam"), "question": True},
    ),
    (
        "how to set up MFA on my new phone",
        "lookup",
        {"entity": "kb_articles", "search": Has("MFA"), "question": True},
    ),
    (
        "How do I share my calendar in Outlook?",
        "lookup",
        {"entity": "kb_articles", "search": Has("calendar"), "question": True},
    ),
    (
        "how do i get teams on my phone",
        "lookup",
        {
            "entity": "kb_articles",
            "search": Has("teams on my phone"),
            "question": True,
            "team": ABSENT,
        },
    ),
    ("👍👍", None, {}),
    ("ok thanks", None, {}),
]

# A third batch, written after the second was learnt, again to measure what carries over.
THIRD: list[Row] = [
    (
        "my laptop gets really hot when I'm on a Teams call",
        "create_ticket",
        {"summary": Has("Teams call"), "team": ABSENT},
    ),
    (
        "Outlook on my phone stopped syncing yesterday",
        "create_ticket",
        {"summary": Has("stopped syncing")},
    ),
    (
        "Excel freezes when I open the quarterly invoice report",
        "create_ticket",
        {"summary": Has("quarterly invoice report"), "entity": ABSENT},
    ),
    (
        "can't access the customer contracts folder on the shared drive",
        "create_ticket",
        {"summary": Has("customer contracts folder"), "client": ABSENT, "entity": ABSENT},
    ),
    (
        "the asset register spreadsheet won't open",
        "create_ticket",
        {"summary": Has("asset register")},
    ),
    (
        "printer at my site keeps printing gibberish",
        "create_ticket",
        {"summary": Has("printing gibberish"), "site": ABSENT},
    ),
    (
        "<img src=x onerror=alert(1)> monitor flickers",
        "create_ticket",
        {"summary": "monitor flickers"},
    ),
    (
        "Hi, my screen went black and won't come back on",
        "create_ticket",
        {"summary": Has("screen went black")},
    ),
    (
        "Need help: VPN says authentication failed",
        "create_ticket",
        {"summary": Has("authentication failed")},
    ),
    (
        "Teams notifications don't show up on my laptop",
        "create_ticket",
        {"summary": Has("Teams notifications"), "team": ABSENT},
    ),
    ("keyboard missing keys 😢", "create_ticket", {"summary": Has("keyboard missing keys")}),
    (
        "Open a ticket for Globex site Springfield Campus - projector in room 4 has no picture",
        "create_ticket",
        {"client": "Globex", "site": "Springfield Campus", "summary": Has("projector in room 4")},
    ),
    (
        "new ticket for Umbrella Health, site Head Office: phones down",
        "create_ticket",
        {"client": "Umbrella Health", "site": "Head Office", "summary": "phones down"},
    ),
    (
        "log an incident for Wayne Foundation site Gotham Office about the failing backup",
        "create_ticket",
        {
            "client": "Wayne Foundation",
            "site": "Gotham Office",
            "summary": Has("failing backup"),
            "tickettype": "incident",
        },
    ),
    ("what's the status of 3115 and 3131?", "get_ticket", {"ticket_ids": [3115, 3131]}),
    ("3115 and 3131 status", "get_ticket", {"ticket_ids": [3115, 3131]}),
    (
        "any updates on tickets 3018, 3042 and 3067?",
        "get_ticket",
        {"ticket_ids": [3018, 3042, 3067]},
    ),
    ("has anyone replied on 3089?", "get_ticket", {"ticket_id": 3089}),
    ("where is my monitor request at?", "get_ticket", {"ticket_hint": "monitor"}),
    ("show ticket 3150", "get_ticket", {"ticket_id": 3150}),
    ("tickets opened today", "list_tickets", {"opened": "today"}),
    ("what did I open yesterday?", "list_tickets", {"opened": "yesterday", "mine": True}),
    ("open tickets since Wednesday", "list_tickets", {"opened": "wednesday", "open_only": True}),
    ("show me last month's tickets", "list_tickets", {"opened": "last month"}),
    (
        "tickets for Stark Logistics site Fleet Depot opened this week",
        "list_tickets",
        {"client": "Stark Logistics", "site": "Fleet Depot", "opened": "this week"},
    ),
    ("show the Network team's tickets", "list_tickets", {"team": "Network"}),
    (
        "add a note to 3115: still happening after the update?",
        "add_note",
        {"ticket_id": 3115, "note": "still happening after the update?"},
    ),
    (
        "note on 3131 - delivered to reception, thanks!",
        "add_note",
        {"ticket_id": 3131, "note": "delivered to reception, thanks!"},
    ),
    (
        "add a comment to my printer ticket saying it jammed again",
        "add_note",
        {"ticket_hint": "printer", "note": "it jammed again"},
    ),
    ("add note to ticket 3042: 😀", "add_note", {"ticket_id": 3042, "note": "😀"}),
    (
        "add a private note to 3101: the asset AC-2219 is out of contract",
        "add_note",
        {"ticket_id": 3101, "hiddenfromuser": True, "note": "the asset AC-2219 is out of contract"},
    ),
    (
        "resolve 3121 and add a visible note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3121, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "close ticket 3012 and write a public note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3012, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "close 3099, add a visible note that summarises the fix",
        "resolve_ticket",
        {"ticket_id": 3099, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "you can close 3131, the monitor arrived",
        "resolve_ticket",
        {"ticket_id": 3131, "reason": Has("monitor arrived")},
    ),
    (
        "please cancel my password reset ticket",
        "resolve_ticket",
        {"ticket_hint": "password reset", "mine": True},
    ),
    ("3042 can be resolved now", "resolve_ticket", {"ticket_id": 3042}),
    ("assign 3101 to Tom Walsh", "update_ticket", {"ticket_id": 3101, "agent": "Tom Walsh"}),
    (
        "escalate 3055 to 2nd Line Support",
        "update_ticket",
        {"ticket_id": 3055, "team": "2nd Line Support"},
    ),
    (
        "change the priority on 3012 to high",
        "update_ticket",
        {"ticket_id": 3012, "priority": "high"},
    ),
    (
        "put ticket 3121 in the Network queue",
        "update_ticket",
        {"ticket_id": 3121, "team": "Network"},
    ),
    ("set 3099 to P1", "update_ticket", {"ticket_id": 3099, "priority": "P1"}),
    ("who's in the Messaging team", "lookup", {"entity": "agents", "team": "Messaging"}),
    ("who works on the Service Desk?", "lookup", {"entity": "agents", "team": "Service Desk"}),
    (
        "list members of 2nd Line Support",
        "lookup",
        {"entity": "agents", "team": "2nd Line Support"},
    ),
    ("what team is Priya Sharma in", "lookup", {"entity": "agents", "search": "Priya Sharma"}),
    ("which teams are there", "lookup", {"entity": "teams"}),
    (
        "how do I print from my phone?",
        "lookup",
        {"entity": "kb_articles", "search": Has("print from my phone"), "question": True},
    ),
    (
        "how can I reset my MFA?",
        "lookup",
        {"entity": "kb_articles", "search": Has("MFA"), "question": True},
    ),
    (
        "how do I add someone to a Teams channel?",
        "lookup",
        {"entity": "kb_articles", "search": Has("Teams channel"), "question": True, "team": ABSENT},
    ),
    ("show sites for Stark Logistics", "lookup", {"entity": "sites", "client": "Stark Logistics"}),
    (
        "contracts for Acme Inc site HQ",
        "lookup",
        {"entity": "contracts", "client": "Acme Inc", "site": "HQ"},
    ),
    ("find user Olivia Brown", "lookup", {"entity": "users", "search": "Olivia Brown"}),
    ("🙏", None, {}),
    ("good morning!", None, {}),
]

# Other ways of naming a customer and its site, found while probing after the third batch
# (the possessive, "site of", a person beside the customer); added once the parser read them.
SITE_VARIANTS: list[Row] = [
    (
        "raise a ticket at Acme Inc's Warehouse site: printer offline",
        "create_ticket",
        {"client": "Acme Inc", "site": "Warehouse", "summary": "printer offline"},
    ),
    (
        "raise a ticket for the Warehouse site of Acme Inc: printer offline",
        "create_ticket",
        {"client": "Acme Inc", "site": "Warehouse", "summary": "printer offline"},
    ),
    (
        "Open a ticket for Olivia Brown at Globex site Springfield Campus - monitor dead",
        "create_ticket",
        {
            "client": "Globex",
            "site": "Springfield Campus",
            "user": "Olivia Brown",
            "summary": "monitor dead",
        },
    ),
    (
        "open a ticket, customer Acme Inc, site Warehouse, printer offline",
        "create_ticket",
        {"client": "Acme Inc", "site": "Warehouse", "summary": "printer offline"},
    ),
    (
        "new ticket for Acme Inc (site Warehouse): printer offline",
        "create_ticket",
        {"client": "Acme Inc", "site": "Warehouse", "summary": "printer offline"},
    ),
    (
        "The Warehouse site printer is jammed",
        "create_ticket",
        {"summary": "The Warehouse site printer is jammed", "site": ABSENT},
    ),
    (
        "tickets for Acme Inc, site Warehouse, opened this week",
        "list_tickets",
        {"client": "Acme Inc", "site": "Warehouse", "opened": "this week"},
    ),
    (
        "show assets for Acme Inc at site HQ",
        "lookup",
        {"entity": "assets", "client": "Acme Inc", "site": "HQ"},
    ),
]

# A fourth batch: more typos, phone shorthand and admin phrasings, written after all of the above.
FOURTH: list[Row] = [
    ("pls chk status 3115", "get_ticket", {"ticket_id": 3115}),
    ("whats the status on my outlok ticket", "get_ticket", {"ticket_hint": Has("outl")}),
    ("can u close 3042 its working now", "resolve_ticket", {"ticket_id": 3042}),
    (
        "plz add note 3115 - still broken after reboot",
        "add_note",
        {"ticket_id": 3115, "note": "still broken after reboot"},
    ),
    ("opne a ticket: mouse broken", "create_ticket", {"summary": "mouse broken"}),
    ("my pc is sooo slow today", "create_ticket", {"summary": Has("slow")}),
    (
        "internet down on 3rd floor!!",
        "create_ticket",
        {"summary": Has("internet down"), "ticket_id": ABSENT},
    ),
    ("email not sending since 9am", "create_ticket", {"summary": Has("not sending")}),
    ("cant log into teams", "create_ticket", {"summary": Has("log into teams"), "team": ABSENT}),
    (
        "the customer portal login page is blank",
        "create_ticket",
        {"summary": Has("login page"), "client": ABSENT},
    ),
    ("I need Visio installed on my laptop", "create_ticket", {"summary": Has("Visio")}),
    ("request a new mouse", "create_ticket", {"summary": Has("mouse")}),
    ("where's my ticket about the monitor?", "get_ticket", {"ticket_hint": "monitor"}),
    ("what's happening with my VPN ticket?", "get_ticket", {"ticket_hint": "VPN"}),
    ("show status for 3005 + 3018", "get_ticket", {"ticket_ids": [3005, 3018]}),
    ("tickets 3115/3131 status", "get_ticket", {"ticket_ids": [3115, 3131]}),
    ("list my tickets created this week", "list_tickets", {"opened": "this week"}),
    ("tickets logged in the past 30 days", "list_tickets", {"opened": "30 days"}),
    ("show tickets from yesterday", "list_tickets", {"opened": "yesterday"}),
    (
        "open tickets for Acme Inc site HQ assigned to Network",
        "list_tickets",
        {"client": "Acme Inc", "site": "HQ", "team": "Network", "open_only": True},
    ),
    (
        "how many open tickets does Globex have",
        "list_tickets",
        {"client": "Globex", "open_only": True},
    ),
    (
        "add a note to 3131: Can you call me on ext 4455?",
        "add_note",
        {"ticket_id": 3131, "note": "Can you call me on ext 4455?"},
    ),
    (
        "note 3115: tried again, no luck :(",
        "add_note",
        {"ticket_id": 3115, "note": "tried again, no luck :("},
    ),
    (
        "add a note to my teams ticket: camera still not found",
        "add_note",
        {"ticket_hint": Has("teams"), "note": "camera still not found", "team": ABSENT},
    ),
    (
        "close 3115 - fixed by reinstalling Outlook",
        "resolve_ticket",
        {"ticket_id": 3115, "reason": "fixed by reinstalling Outlook"},
    ),
    (
        "resolve 3131, got the monitor, thanks",
        "resolve_ticket",
        {"ticket_id": 3131, "reason": Has("got the monitor")},
    ),
    (
        "close 3101 with a note summarising the fix for the user",
        "resolve_ticket",
        {"ticket_id": 3101, "note_requested": True, "user": ABSENT},
    ),
    (
        "resolve 3055 and post a summary of the fix as a visible note",
        "resolve_ticket",
        {"ticket_id": 3055, "note_requested": True, "hiddenfromuser": False},
    ),
    ("bump 3121 to high priority", "update_ticket", {"ticket_id": 3121, "priority": "high"}),
    (
        "assign ticket 3012 to the network team",
        "update_ticket",
        {"ticket_id": 3012, "team": "network"},
    ),
    ("who's in network team", "lookup", {"entity": "agents", "team": "network"}),
    ("list the people in Field Services", "lookup", {"entity": "agents", "team": "Field Services"}),
    (
        "how do I connect to wifi",
        "lookup",
        {"entity": "kb_articles", "search": Has("wifi"), "question": True},
    ),
    (
        "how do you reset a password",
        "lookup",
        {"entity": "kb_articles", "search": Has("password"), "question": True},
    ),
    (
        "how can we set up a shared mailbox?",
        "lookup",
        {"entity": "kb_articles", "search": Has("shared mailbox"), "question": True},
    ),
    (
        "How to book a meeting room",
        "lookup",
        {"entity": "kb_articles", "search": Has("meeting room"), "question": True},
    ),
    (
        "show contracts expiring this month for Acme Inc",
        "lookup",
        {"entity": "contracts", "client": "Acme Inc"},
    ),
    ("list Initech's sites", "lookup", {"entity": "sites", "client": "Initech"}),
    ("find asset AC-2219", "lookup", {"entity": "assets", "search": "AC-2219"}),
    ("invoices for Globex", "lookup", {"entity": "invoices", "client": "Globex"}),
    ("what reports are there", "lookup", {"entity": "reports"}),
    ("thanks, that's all", None, {}),
    ("👋", None, {}),
]

# A fifth batch: long, chatty descriptions and questions, written after the fourth was learnt.
FIFTH: list[Row] = [
    (
        "Hi team, since this morning whenever I open Outlook it freezes for about a minute and "
        "then says 'not responding'. I've restarted twice. Can you help?",
        "create_ticket",
        {"summary": Has("Outlook"), "team": ABSENT},
    ),
    (
        "Good morning, our site in Austin has no internet and the customers can't pay by card",
        "create_ticket",
        {"summary": Has("no internet"), "site": ABSENT, "client": ABSENT},
    ),
    (
        "Since the update my Teams and Outlook are both super slow, can someone have a look please",
        "create_ticket",
        {"summary": Has("super slow"), "team": ABSENT},
    ),
    (
        "The monthly sales report in Power BI shows last month's numbers, not this month's",
        "create_ticket",
        {"summary": Has("Power BI"), "entity": ABSENT, "opened": ABSENT},
    ),
    (
        "I'm getting an error 0x80070005 when installing updates",
        "create_ticket",
        {"summary": Has("0x80070005"), "ticket_id": ABSENT},
    ),
    (
        "hey can you guys reset my password, I'm locked out",
        "create_ticket",
        {"summary": Has("password")},
    ),
    (
        "Please log a ticket for me, my docking station keeps disconnecting my monitors",
        "create_ticket",
        {"summary": Has("docking station")},
    ),
    (
        "whenever I join a Teams meeting my camera shows a black screen",
        "create_ticket",
        {"summary": Has("black screen"), "team": ABSENT},
    ),
    (
        "the asset label printer in the warehouse prints blank labels",
        "create_ticket",
        {"summary": Has("blank labels"), "entity": ABSENT},
    ),
    (
        "there is water dripping from the ceiling onto the server rack!!",
        "create_ticket",
        {"summary": Has("server rack")},
    ),
    (
        "my manager asked me to get access to the Finance SharePoint site",
        "create_ticket",
        {"summary": Has("Finance SharePoint site"), "site": ABSENT},
    ),
    (
        "Can you check ticket 3115 and let me know when it'll be fixed?",
        "get_ticket",
        {"ticket_id": 3115},
    ),
    (
        "Is there any update on my request for a second monitor?",
        "get_ticket",
        {"ticket_hint": Has("monitor")},
    ),
    (
        "I opened a ticket last week about my VPN, any news?",
        "get_ticket",
        {"ticket_hint": Has("VPN")},
    ),
    (
        "what's the status of the ticket I raised about Outlook?",
        "get_ticket",
        {"ticket_hint": Has("Outlook")},
    ),
    (
        "show me all my open incidents",
        "list_tickets",
        {"open_only": True, "tickettype": "incident"},
    ),
    (
        "list every open ticket for Umbrella Health opened since Monday",
        "list_tickets",
        {"client": "Umbrella Health", "open_only": True, "opened": "monday"},
    ),
    (
        "Which tickets did I open in the last 2 weeks?",
        "list_tickets",
        {"opened": "14 days", "mine": True},
    ),
    (
        "add a note to ticket 3131 saying the monitor arrived but it's the wrong model?",
        "add_note",
        {"ticket_id": 3131, "note": "the monitor arrived but it's the wrong model?"},
    ),
    (
        "please let the technician know that I'll be working from home on Friday.",
        "add_note",
        {"note": "I'll be working from home on Friday."},
    ),
    (
        "for 3115 add a note: the password prompt came back at 2pm",
        "add_note",
        {"ticket_id": 3115, "note": "the password prompt came back at 2pm"},
    ),
    (
        "Resolve 3042 - the VPN has been stable since the new profile was pushed.",
        "resolve_ticket",
        {"ticket_id": 3042, "reason": "the VPN has been stable since the new profile was pushed"},
    ),
    ("The printer is fine now, please close ticket 3067", "resolve_ticket", {"ticket_id": 3067}),
    (
        "please close ticket 3160 and add a note for the user summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3160, "note_requested": True, "user": ABSENT},
    ),
    (
        "Reassign ticket 3055 to Daniel Kim and set it to high priority",
        "update_ticket",
        {"ticket_id": 3055, "agent": "Daniel Kim", "priority": "high"},
    ),
    (
        "change ticket 3121's team to Network",
        "update_ticket",
        {"ticket_id": 3121, "team": "Network"},
    ),
    (
        "Could you move 3012 to Field Services please?",
        "update_ticket",
        {"ticket_id": 3012, "team": "Field Services"},
    ),
    (
        "who are the people in the 2nd Line Support team?",
        "lookup",
        {"entity": "agents", "team": "2nd Line Support"},
    ),
    ("which agents are in the Messaging team", "lookup", {"entity": "agents", "team": "Messaging"}),
    (
        "How do I reset my password if I'm locked out?",
        "lookup",
        {"entity": "kb_articles", "search": Has("password"), "question": True},
    ),
    (
        "how would I go about getting a new laptop?",
        "lookup",
        {"entity": "kb_articles", "search": Has("laptop"), "question": True},
    ),
    ("is there a guide for setting up email on an iPhone?", "lookup", {"entity": "kb_articles"}),
    (
        "show me the sites for Wayne Foundation",
        "lookup",
        {"entity": "sites", "client": "Wayne Foundation"},
    ),
    (
        "what contracts does Stark Logistics have",
        "lookup",
        {"entity": "contracts", "client": "Stark Logistics"},
    ),
]

# A sixth batch: shouting, terse admin commands and odd punctuation, written after the fifth.
SIXTH: list[Row] = [
    ("OPEN A TICKET PRINTER BROKEN", "create_ticket", {"summary": Has("PRINTER BROKEN")}),
    ("ticket pls: wifi dead in room 2", "create_ticket", {"summary": "wifi dead in room 2"}),
    ("new request - need adobe acrobat pro", "create_ticket", {"summary": Has("adobe")}),
    ("Laptop screen cracked.", "create_ticket", {"summary": "Laptop screen cracked"}),
    ("outlook asking for password AGAIN", "create_ticket", {"summary": Has("password")}),
    ("my mic doesnt work in zoom", "create_ticket", {"summary": Has("mic")}),
    (
        "cannot print to the 2nd floor printer",
        "create_ticket",
        {"summary": Has("2nd floor printer")},
    ),
    (
        "hello, my VPN keeps disconnecting when I'm on Teams calls, it's really annoying",
        "create_ticket",
        {"summary": Has("VPN keeps disconnecting"), "team": ABSENT},
    ),
    ("Monitor not turning on", "create_ticket", {"summary": "Monitor not turning on"}),
    (
        "Excel keeps crashing when I open the invoice tracker spreadsheet from the finance team "
        "site",
        "create_ticket",
        {"summary": Has("invoice tracker"), "team": ABSENT, "site": ABSENT},
    ),
    (
        "for Acme Inc site HQ: new starter needs a laptop",
        "create_ticket",
        {"client": "Acme Inc", "site": "HQ", "summary": Has("new starter")},
    ),
    (
        "incident for Initech site Main Office: file server offline",
        "create_ticket",
        {"client": "Initech", "site": "Main Office", "summary": "file server offline"},
    ),
    ("3115 status pls", "get_ticket", {"ticket_id": 3115}),
    ("status?? 3131", "get_ticket", {"ticket_id": 3131}),
    ("whats up w 3042", "get_ticket", {"ticket_id": 3042}),
    ("any progress with 3018 or 3067", "get_ticket", {"ticket_ids": [3018, 3067]}),
    ("check 3115, 3131, 3150", "get_ticket", {"ticket_ids": [3115, 3131, 3150]}),
    ("what's the latest on my Outlook ticket", "get_ticket", {"ticket_hint": "Outlook"}),
    ("my open tickets pls", "list_tickets", {"open_only": True, "mine": True}),
    ("show tickets I raised in the last week", "list_tickets", {"opened": "last week"}),
    ("closed tickets this month", "list_tickets", {"closed_only": True, "opened": "this month"}),
    (
        "list tickets for Acme Inc site Warehouse opened today",
        "list_tickets",
        {"client": "Acme Inc", "site": "Warehouse", "opened": "today"},
    ),
    (
        "how many tickets has Initech opened this week",
        "list_tickets",
        {"client": "Initech", "opened": "this week"},
    ),
    ("note on 3131: ok thanks!", "add_note", {"ticket_id": 3131, "note": "ok thanks!"}),
    (
        "add note to 3042 - happened again at 15:40.",
        "add_note",
        {"ticket_id": 3042, "note": "happened again at 15:40."},
    ),
    (
        "put a comment on ticket 3115 that I'm available after 2pm",
        "add_note",
        {"ticket_id": 3115, "note": "I'm available after 2pm"},
    ),
    (
        "add a hidden note to 3160 - customer's contract covers onsite visits",
        "add_note",
        {
            "ticket_id": 3160,
            "hiddenfromuser": True,
            "note": "customer's contract covers onsite visits",
            "client": ABSENT,
        },
    ),
    ("close 3131 pls, all good", "resolve_ticket", {"ticket_id": 3131}),
    (
        "resolve 3018 as the vpn client is installed now",
        "resolve_ticket",
        {"ticket_id": 3018, "reason": Has("vpn client is installed")},
    ),
    (
        "we can close 3150, the camera works in Teams now",
        "resolve_ticket",
        {"ticket_id": 3150, "team": ABSENT},
    ),
    (
        "resolve 3099 and add a visible note that summarizes the fix",
        "resolve_ticket",
        {"ticket_id": 3099, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "close 3012 and add a note summarising what fixed it",
        "resolve_ticket",
        {"ticket_id": 3012, "note_requested": True},
    ),
    ("assign 3160 to Chloe", "update_ticket", {"ticket_id": 3160}),
    ("re-assign 3101 to the Network team", "update_ticket", {"ticket_id": 3101, "team": "Network"}),
    ("set 3055 priority critical", "update_ticket", {"ticket_id": 3055, "priority": "critical"}),
    ("who is in team Messaging", "lookup", {"entity": "agents", "team": "Messaging"}),
    (
        "members of the Field Services team?",
        "lookup",
        {"entity": "agents", "team": "Field Services"},
    ),
    ("which team does Tom Walsh work in", "lookup", {"entity": "agents", "search": "Tom Walsh"}),
    (
        "how do I get the VPN on my Mac",
        "lookup",
        {"entity": "kb_articles", "search": Has("VPN"), "question": True},
    ),
    (
        "how do I request a new laptop?",
        "lookup",
        {"entity": "kb_articles", "search": Has("laptop"), "question": True},
    ),
    ("list all customers", "lookup", {"entity": "customers"}),
    ("show me Acme Inc's sites", "lookup", {"entity": "sites", "client": "Acme Inc"}),
    ("find contracts for Globex", "lookup", {"entity": "contracts", "client": "Globex"}),
    ("sites at Umbrella Health", "lookup", {"entity": "sites", "client": "Umbrella Health"}),
]

# A seventh batch: new wordings of the twelve demo requests (the seeds), written
# after the sixth batch was learnt.
SEEDS: list[Row] = [
    (
        "Could you open a ticket? The printer on the 3rd floor keeps jamming on every job",
        "create_ticket",
        {"summary": Has("printer on the 3rd floor")},
    ),
    (
        "Printer on floor 3 jams every print since yesterday - please raise a ticket",
        "create_ticket",
        {"summary": Has("Printer on floor 3")},
    ),
    (
        "log a ticket: third floor printer jamming constantly",
        "create_ticket",
        {"summary": "third floor printer jamming constantly"},
    ),
    (
        "new ticket: 3rd floor office printer jams on every job since yesterday",
        "create_ticket",
        {"summary": "3rd floor office printer jams on every job since yesterday"},
    ),
    ("What is the status of ticket 3115?", "get_ticket", {"ticket_id": 3115}),
    ("status on 3115 please", "get_ticket", {"ticket_id": 3115}),
    ("can you tell me where ticket #3115 is at", "get_ticket", {"ticket_id": 3115}),
    ("how is my ticket 3115 doing?", "get_ticket", {"ticket_id": 3115}),
    (
        "Please add a note to my open ticket saying I tried rebooting twice, same error",
        "add_note",
        {"mine": True, "note": Has("rebooting twice")},
    ),
    (
        "add to my open ticket: tried rebooting twice, same error",
        "add_note",
        {"mine": True, "note": "tried rebooting twice, same error"},
    ),
    (
        "note on my open ticket - rebooted twice, still the same error",
        "add_note",
        {"mine": True, "note": "rebooted twice, still the same error"},
    ),
    (
        "Close my VPN ticket, it has worked since the config push",
        "resolve_ticket",
        {"ticket_hint": "VPN", "mine": True, "reason": Has("config push")},
    ),
    (
        "my VPN ticket can be resolved - working fine since the config change",
        "resolve_ticket",
        {"ticket_hint": "VPN", "mine": True},
    ),
    (
        "VPN works again since the config push, please close my ticket",
        "resolve_ticket",
        {"mine": True},
    ),
    ("resolve the VPN ticket please, it's fine now", "resolve_ticket", {"ticket_hint": "VPN"}),
    ("what are my open tickets?", "list_tickets", {"mine": True, "open_only": True}),
    ("show me my tickets that are still open", "list_tickets", {"mine": True, "open_only": True}),
    ("which of my tickets are open", "list_tickets", {"mine": True, "open_only": True}),
    (
        "Create an Incident for Acme Inc site HQ: Exchange hybrid mail flow stalls after 5pm, "
        "priority High, team Messaging",
        "create_ticket",
        {
            "tickettype": "Incident",
            "client": "Acme Inc",
            "site": "HQ",
            "summary": "Exchange hybrid mail flow stalls after 5pm",
            "priority": "High",
            "team": "Messaging",
        },
    ),
    (
        "New HaloPSA incident for customer Acme Inc at the HQ site - mail flow stalls after 5pm - "
        "high priority - Messaging team",
        "create_ticket",
        {
            "client": "Acme Inc",
            "site": "HQ",
            "summary": Has("mail flow stalls"),
            "priority": "high",
            "team": "Messaging",
        },
    ),
    (
        "raise a high priority incident for Acme Inc (site HQ) and assign it to Messaging: mail "
        "flow stalls after 5pm",
        "create_ticket",
        {
            "client": "Acme Inc",
            "site": "HQ",
            "priority": "high",
            "team": "Messaging",
            "summary": "mail flow stalls after 5pm",
        },
    ),
    (
        "show all tickets for customer 42 that are not closed",
        "list_tickets",
        {"client_id": 42, "open_only": True},
    ),
    ("list open tickets for client id 42", "list_tickets", {"client_id": 42, "open_only": True}),
    (
        "customer 42's tickets that aren't closed",
        "list_tickets",
        {"client_id": 42, "open_only": True},
    ),
    (
        "show open incidents assigned to agent 6",
        "list_tickets",
        {"agent_id": 6, "tickettype": "incident", "open_only": True},
    ),
    (
        "which open Incidents does agent ID 6 have?",
        "list_tickets",
        {"agent_id": 6, "tickettype": "Incident", "open_only": True},
    ),
    (
        "list all open incident tickets for agent #6",
        "list_tickets",
        {"agent_id": 6, "tickettype": "incident", "open_only": True},
    ),
    (
        "add an internal note to ticket 3120: escalated to L3, asset AC-2219 tagged for "
        "replacement",
        "add_note",
        {
            "ticket_id": 3120,
            "hiddenfromuser": True,
            "note": "escalated to L3, asset AC-2219 tagged for replacement",
        },
    ),
    (
        "private note on 3120 - escalated to L3",
        "add_note",
        {"ticket_id": 3120, "hiddenfromuser": True, "note": "escalated to L3"},
    ),
    (
        "put a note the user can't see on 3120: tagged AC-2219 for replacement",
        "add_note",
        {"ticket_id": 3120, "hiddenfromuser": True, "note": "tagged AC-2219 for replacement"},
    ),
    (
        "mark 3101 resolved and add a visible note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "close ticket 3101, adding a visible note that summarises the fix",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "raise the priority of ticket 789 to High and reassign it to 2nd Line Support",
        "update_ticket",
        {"ticket_id": 789, "priority": "High", "team": "2nd Line Support"},
    ),
    (
        "789: priority high, reassign to 2nd line support",
        "update_ticket",
        {"ticket_id": 789, "priority": "high", "team": "2nd line support"},
    ),
    (
        "escalate 789 to 2nd Line Support with high priority",
        "update_ticket",
        {"ticket_id": 789, "team": "2nd Line Support", "priority": "high"},
    ),
    (
        "set ticket 789 to high priority and move it to the 2nd Line Support team",
        "update_ticket",
        {"ticket_id": 789, "priority": "high", "team": "2nd Line Support"},
    ),
    (
        "which contracts does Globex have that are active, and when do they renew?",
        "lookup",
        {"entity": "contracts", "client": "Globex", "active_only": True},
    ),
    (
        "active contracts for Globex with renewal dates",
        "lookup",
        {
            "entity": "contracts",
            "client": "Globex",
            "active_only": True,
            "fields": ["renewal_date"],
        },
    ),
    (
        "Globex's active contracts and renewal dates",
        "lookup",
        {
            "entity": "contracts",
            "client": "Globex",
            "active_only": True,
            "fields": ["renewal_date"],
        },
    ),
]

# An eighth batch, mixed, written after the seventh was learnt.
EIGHTH: list[Row] = [
    (
        "can you help me with my outlook, it keeps freezing",
        "create_ticket",
        {"summary": Has("outlook")},
    ),
    (
        "I'm unable to connect to the wifi in meeting room 1",
        "create_ticket",
        {"summary": Has("wifi")},
    ),
    ("my laptop won't charge", "create_ticket", {"summary": "my laptop won't charge"}),
    (
        "the Teams app on my phone crashes on start",
        "create_ticket",
        {"summary": Has("Teams app"), "team": ABSENT},
    ),
    ("Zoom audio is choppy in every call", "create_ticket", {"summary": Has("choppy")}),
    (
        "ERROR 500 when I open the intranet",
        "create_ticket",
        {"summary": Has("intranet"), "ticket_id": ABSENT},
    ),
    ("new laptop please, mine is 6 years old", "create_ticket", {"summary": Has("laptop")}),
    ("can I have a new headset?", "create_ticket", {"summary": Has("headset")}),
    ("I'd like to request access to the HR folder", "create_ticket", {"summary": Has("HR folder")}),
    ("my account is locked", "create_ticket", {"summary": "my account is locked"}),
    (
        "please raise a ticket for my broken chair",
        "create_ticket",
        {"summary": Has("broken chair")},
    ),
    (
        "the wifi at the Warehouse site is down",
        "create_ticket",
        {"summary": Has("Warehouse site"), "site": ABSENT},
    ),
    ("what's the status of my ticket about the printer?", "get_ticket", {"ticket_hint": "printer"}),
    ("is my Outlook ticket still open?", "get_ticket", {"ticket_hint": "Outlook"}),
    ("did anyone look at 3131 yet?", "get_ticket", {"ticket_id": 3131}),
    ("tell me the status of 3150 and 3115", "get_ticket", {"ticket_ids": [3150, 3115]}),
    ("I'd like an update on ticket 3042", "get_ticket", {"ticket_id": 3042}),
    ("what tickets did I open last month?", "list_tickets", {"opened": "last month", "mine": True}),
    ("show my tickets from the last 10 days", "list_tickets", {"opened": "10 days"}),
    (
        "list open tickets opened since 2026-11-15",
        "list_tickets",
        {"opened": "2026-11-15", "open_only": True},
    ),
    (
        "show tickets opened this week for Globex site Cypress Creek",
        "list_tickets",
        {"opened": "this week", "client": "Globex", "site": "Cypress Creek"},
    ),
    ("show every ticket for Wayne Foundation", "list_tickets", {"client": "Wayne Foundation"}),
    ("list tickets assigned to me", "list_tickets", {"agent": "me"}),
    (
        "add a note to 3131: I'm away next week, please contact my manager.",
        "add_note",
        {"ticket_id": 3131, "note": "I'm away next week, please contact my manager."},
    ),
    (
        "add a comment to 3115 saying 'Outlook works in safe mode'",
        "add_note",
        {"ticket_id": 3115, "note": "Outlook works in safe mode"},
    ),
    (
        "let support know on 3042 that it dropped again",
        "add_note",
        {"ticket_id": 3042, "note": "it dropped again"},
    ),
    (
        "tell the engineer on my VPN ticket that home wifi is fine",
        "add_note",
        {"ticket_hint": "VPN", "note": "home wifi is fine"},
    ),
    ("close 3042 - sorted", "resolve_ticket", {"ticket_id": 3042, "reason": "sorted"}),
    (
        "please close off ticket 3067, printer replaced",
        "resolve_ticket",
        {"ticket_id": 3067, "reason": Has("printer replaced")},
    ),
    (
        "resolve 3101 and add a customer-facing note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3101, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "close 3055 with a hidden note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3055, "hiddenfromuser": True, "note_requested": True},
    ),
    ("3018 is resolved, you can close it", "resolve_ticket", {"ticket_id": 3018}),
    ("transfer 3160 to Daniel Kim", "update_ticket", {"ticket_id": 3160, "agent": "Daniel Kim"}),
    ("make 3012 high priority", "update_ticket", {"ticket_id": 3012, "priority": "high"}),
    (
        "set the status of 3099 to Waiting on Customer",
        "update_ticket",
        {"ticket_id": 3099, "status": "Waiting on Customer"},
    ),
    ("who's part of the Service Desk team", "lookup", {"entity": "agents", "team": "Service Desk"}),
    ("list the agents in Network", "lookup", {"entity": "agents", "team": "Network"}),
    ("which team is Chloe Martin on?", "lookup", {"entity": "agents", "search": "Chloe Martin"}),
    (
        "How do I find my VPN settings?",
        "lookup",
        {"entity": "kb_articles", "search": Has("VPN settings"), "question": True},
    ),
    (
        "how can I change my password?",
        "lookup",
        {"entity": "kb_articles", "search": Has("password"), "question": True},
    ),
    (
        "How should I report a phishing email?",
        "lookup",
        {"entity": "kb_articles", "search": Has("phishing"), "question": True},
    ),
    ("Show KB articles about printers", "lookup", {"entity": "kb_articles", "search": "printers"}),
    (
        "find the report called Monthly SLA",
        "lookup",
        {"entity": "reports", "search": "Monthly SLA"},
    ),
    (
        "list assets for Stark Logistics",
        "lookup",
        {"entity": "assets", "client": "Stark Logistics"},
    ),
    ("appointments for Acme Inc", "lookup", {"entity": "appointments", "client": "Acme Inc"}),
    ("show me invoices for Initech", "lookup", {"entity": "invoices", "client": "Initech"}),
]

# A ninth batch: non-native and regional English, written after the eighth was learnt.
NINTH: list[Row] = [
    ("my computer is not start since morning", "create_ticket", {"summary": Has("computer")}),
    ("the printer make a paper jam always", "create_ticket", {"summary": Has("paper jam")}),
    ("I cannot to login in Outlook", "create_ticket", {"summary": Has("Outlook")}),
    ("please I need new password for the SAP", "create_ticket", {"summary": Has("password")}),
    ("the mouse is not functioning", "create_ticket", {"summary": Has("mouse")}),
    ("my telephone has no dial tone", "create_ticket", {"summary": Has("dial tone")}),
    ("internet is very slowly today in my office", "create_ticket", {"summary": Has("internet")}),
    ("me laptop's knackered, screen's gone all wonky", "create_ticket", {"summary": Has("laptop")}),
    (
        "Teams is playing up again on my PC",
        "create_ticket",
        {"summary": Has("playing up"), "team": ABSENT},
    ),
    (
        "could somebody sort out my email, it's stopped syncing",
        "create_ticket",
        {"summary": Has("email")},
    ),
    (
        "kindly raise a ticket for the broken projector in room 5",
        "create_ticket",
        {"summary": Has("broken projector")},
    ),
    ("kindly update me on ticket 3115", "get_ticket", {"ticket_id": 3115}),
    ("please revert on the status of 3131", "get_ticket", {"ticket_id": 3131}),
    ("what about my ticket 3042?", "get_ticket", {"ticket_id": 3042}),
    ("status for ticket number 3067 pls", "get_ticket", {"ticket_id": 3067}),
    ("give me status of 3005 and 3089", "get_ticket", {"ticket_ids": [3005, 3089]}),
    ("do the needful for 3115 and tell me the status", "get_ticket", {"ticket_id": 3115}),
    ("show me all my tickets please", "list_tickets", {"mine": True}),
    ("list of my tickets since last Monday", "list_tickets", {"opened": "monday"}),
    ("my tickets of this week", "list_tickets", {"opened": "this week"}),
    ("which tickets I have open?", "list_tickets", {"open_only": True}),
    (
        "please add in ticket 3131 that the monitor is arrived",
        "add_note",
        {"ticket_id": 3131, "note": Has("monitor is arrived")},
    ),
    (
        "add one note to 3042: problem is again there",
        "add_note",
        {"ticket_id": 3042, "note": "problem is again there"},
    ),
    (
        "write in 3115 that I tried the solution, not working",
        "add_note",
        {"ticket_id": 3115, "note": Has("tried the solution")},
    ),
    ("you may close ticket 3131, it is solved", "resolve_ticket", {"ticket_id": 3131}),
    (
        "please to close 3042 because now it works",
        "resolve_ticket",
        {"ticket_id": 3042, "reason": Has("now it works")},
    ),
    ("kindly resolve 3067", "resolve_ticket", {"ticket_id": 3067}),
    ("close the ticket 3005, problem solved", "resolve_ticket", {"ticket_id": 3005}),
    (
        "resolve 3160 plus add a visible note summarising the fix",
        "resolve_ticket",
        {"ticket_id": 3160, "hiddenfromuser": False, "note_requested": True},
    ),
    (
        "kindly assign 3101 to Sarah Mitchell",
        "update_ticket",
        {"ticket_id": 3101, "agent": "Sarah Mitchell"},
    ),
    (
        "change 3121 to the Network team please",
        "update_ticket",
        {"ticket_id": 3121, "team": "Network"},
    ),
    ("give 3055 high priority", "update_ticket", {"ticket_id": 3055, "priority": "high"}),
    ("who are in Network team?", "lookup", {"entity": "agents", "team": "Network"}),
    (
        "tell me the members of Service Desk team",
        "lookup",
        {"entity": "agents", "team": "Service Desk"},
    ),
    (
        "in which team is Hannah Fischer?",
        "lookup",
        {"entity": "agents", "search": "Hannah Fischer"},
    ),
    (
        "how I can reset my password?",
        "lookup",
        {"entity": "kb_articles", "search": Has("password"), "question": True},
    ),
    (
        "how to do the VPN connection from home?",
        "lookup",
        {"entity": "kb_articles", "search": Has("VPN"), "question": True},
    ),
    (
        "what is the procedure to get a new laptop?",
        "lookup",
        {"entity": "kb_articles", "search": Has("new laptop"), "question": True},
    ),
]

ROWS: list[Row] = (
    CREATE
    + GET
    + LIST
    + NOTE
    + RESOLVE
    + UPDATE
    + LOOKUP
    + OTHER
    + SECOND
    + THIRD
    + SITE_VARIANTS
    + FOURTH
    + FIFTH
    + SIXTH
    + SEEDS
    + EIGHTH
    + NINTH
)


# Understood wrongly before the parser learnt them. The first 233 phrasings: 138 (59.2 %)
# passed before the parser changed, all after. The second batch (71): 62 (87.3 %) passed when
# it was written. The third batch (55): 52 (94.5 %) passed when it was written; the fourth
# (43): 37 (86.0 %); the fifth (34): 28 (82.4 %); the sixth (44): 39 (88.6 %); the seventh
# (39, the seeds reworded): 33 (84.6 %); the eighth (46): 41 (89.1 %); the ninth (38,
# non-native English): 30 (78.9 %).
KNOWN_FAILING: frozenset[str] = frozenset()


def _check(text: str, action: str | None, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action, parsed
    for key, expected in slots.items():
        if expected is ABSENT:
            assert key not in parsed.slots, (key, parsed)
        elif isinstance(expected, Has):
            value = parsed.slots.get(key)
            assert isinstance(value, str) and expected.text.lower() in value.lower(), (key, parsed)
        else:
            assert parsed.slots.get(key) == expected, (key, parsed)
    if action is None:
        assert parsed.reason and parsed.reason != "The request is empty.", parsed


PARAMS = [
    pytest.param(
        *row,
        id=row[0][:60],
        marks=[pytest.mark.xfail(strict=True)] if row[0] in KNOWN_FAILING else [],
    )
    for row in ROWS
]


@pytest.mark.parametrize(("text", "action", "slots"), PARAMS)
def test_newcomer_phrasing(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check(text, action, slots)


def test_there_are_at_least_200_phrasings() -> None:
    assert len(ROWS) >= 200
    assert len({r[0] for r in ROWS}) == len(ROWS)  # no phrasing counted twice
