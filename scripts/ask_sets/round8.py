"""Round 8: a blind, held-out set of plain-language Ask-box requests.

Written only from the README, DESIGN.md, issue 10 and the simulator's seed data; the parser's
code and the existing phrasing tests were not read.

Seed facts the expectations rely on:
- Emma Jones (user 201, Acme HQ): open 3042 (VPN, With User), 3089 (Finance SharePoint, New),
  3115 (Outlook password, In Progress), 3131 (second monitor, On Hold); closed 3005 (password
  reset), 3018 (VPN client missing), 3067 (2nd-floor printer), 3150 (Teams camera, Cancelled).
- Liam Patel (user 202, Acme HQ): 3076 (new starter Mia Chen, Pending Closure), 3120 (laptop fan,
  In Progress), 3121 (Wi-Fi meeting room 2, Closed).
- Every other ticket 3001..3260 and 789 belongs to someone else; 3000, 4xxx, 9999... do not exist.
- Teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11, Network 12,
  Field Services 15. Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6,
  Chloe Martin 7, Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
- Customers / sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17
  (Springfield Campus 41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102),
  Umbrella Health 23 (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27
  (Distribution Centre 61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
- Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2, Action
  Required 3, With User 4, With Supplier 5, On Hold 28, Pending Closure 25, Closed 9.
  Ticket types: Incident 1, Service Request 3, Problem 21, Change 22.
"""

from __future__ import annotations

from typing import Any


def _create(who: str, text: str, words: str, **ids: int) -> dict[str, Any]:
    params: dict[str, Any] = {"summary_has": words}
    params.update(ids)
    return {"as": who, "text": text, "expect": {"action": "create_ticket", "params": params}}


def _act(who: str, text: str, action: str, **params: Any) -> dict[str, Any]:
    return {"as": who, "text": text, "expect": {"action": action, "params": params}}


def _lookup(who: str, text: str, entity: str) -> dict[str, Any]:
    return {"as": who, "text": text, "expect": {"action": "lookup", "params": {"entity": entity}}}


def _refused(who: str, text: str) -> dict[str, Any]:
    return {"as": who, "text": text, "expect": {"refused": True}}


def _choices(who: str, text: str, action: str) -> dict[str, Any]:
    return {"as": who, "text": text, "expect": {"candidates": True, "action": action}}


def _ids(who: str, text: str, ids: list[int]) -> dict[str, Any]:
    return _act(who, text, "list_tickets", ticket_ids=sorted(ids))


CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------------------------------
    # Employee everyday problems -> create_ticket
    # ------------------------------------------------------------------------------------------
    _create(
        "emma",
        "Hi team, my laptop gets really hot whenever I'm on a Teams call and then it "
        "freezes. Could someone look at it? Thanks, Emma",
        "Teams",
    ),
    _create("emma", "the scanner by reception wont scan to email anymore", "scan"),
    _create("liam", "Good morning! Excel crashes every time I open the budget workbook.", "Excel"),
    _create("emma", "keyboard missing the letter E key came off", "keyboard"),
    _create("liam", "Outlook search returns nothing for mails older than a week", "Outlook"),
    _create("emma", "MY MOUSE STOPPED WORKING PLEASE HELP", "mouse"),
    _create("liam", "pls new headset, mine broke 🙁", "headset"),
    _create(
        "emma",
        "Hello, I am not able to print in colour since yesterday, only black "
        "comes out. Kind regards",
        "colour",
    ),
    _create("liam", "The intranet site shows a certificate error on Chrome", "certificate"),
    _create("emma", "OneDrive is not syncing my Desktop folder, it says sync paused", "OneDrive"),
    _create("liam", "docking station doesnt detect my second screen", "docking"),
    _create(
        "emma",
        "hey so my phone won't get work emails any more after the iOS update, can u help",
        "emails",
    ),
    _create("liam", "Need Adobe Acrobat Pro installed for contract signing please", "Acrobat"),
    _create("emma", "The webcam picture is completely black in Teams meetings", "webcam"),
    _create("liam", "my battery dies after 40 minutes, laptop is only a year old", "battery"),
    _create("emma", "Zoom keeps saying my microphone is muted by the system", "microphone"),
    _create("liam", "Cannot open any PDF attachments in Outlook, it just spins", "PDF"),
    _create("emma", "The projector in the boardroom shows no signal from my laptop", "projector"),
    _create(
        "liam",
        "i think i clicked a dodgy link in an email, what now?? my browser opened a weird page",
        "link",
    ),
    _create(
        "emma",
        "Hello IT, please could I get access to the shared Marketing mailbox? Many thanks",
        "Marketing",
    ),
    _create("liam", "screen flickering again on the laptop, worse when on battery", "flickering"),
    _create("emma", "The asset tag on my laptop fell off, do I need a new sticker?", "asset tag"),
    _create("liam", "Wi-Fi in the canteen is super slow at lunchtime", "canteen"),
    _create("emma", "I need a new charger, the cable on mine is frayed", "charger"),
    _create("liam", "Teams status always shows me as away even when I am typing", "Teams"),
    _create(
        "emma",
        "Good afternoon, the contract template in Word is locked and I cannot edit it.",
        "template",
    ),
    _create("liam", "my account got locked after I typed the password wrong", "locked"),
    _create(
        "emma", "Calendar invites from external people arrive without the Teams link", "invites"
    ),
    _create("liam", "Please install Python 3.12 on my workstation for a data project", "Python"),
    _create("emma", "OUTLOOK CRASHES WHEN I ATTACH A FILE", "attach"),
    _create("liam", "hello, the desk phone in room 4 has no dial tone", "dial tone"),
    _create(
        "emma", "Sound doesn't come through my headphones, only the laptop speakers", "headphones"
    ),
    _create(
        "liam",
        "I have problem with the printer, it print only half of page. Please to help me",
        "printer",
    ),
    _create(
        "emma",
        "Me laptop very slow since two days, many time it freeze. Thank you for help",
        "slow",
    ),
    _create(
        "liam", "Where my files gone? The shared drive folder Projects is empty today", "Projects"
    ),
    _create(
        "emma", "Excuse me, the Wi-Fi in meeting room 5 is not connect for all colleagues", "Wi-Fi"
    ),
    _create("liam", "My laptop screen cracked when I dropped it on the train, sorry!", "cracked"),
    _create("emma", "touchpad not working at all, have to use external mouse", "touchpad"),
    _create("liam", "Can you set up a shared calendar for the sales team please?", "calendar"),
    _create("emma", "the Teams app on my phone won't let me join meetings", "Teams"),
    _create("liam", "Our site's visitor Wi-Fi password doesn't work for guests today", "guests"),
    _create(
        "emma", "I got a new phone and need the authenticator moved over to it", "authenticator"
    ),
    _create("liam", "SharePoint page for HR shows access denied, I had access last week", "HR"),
    _create(
        "emma",
        "hiya!! printer on 3rd floor says toner low but it's printing blank pages xx",
        "toner",
    ),
    _create("liam", "Need a laptop for new intern starting 1st of next month", "intern"),
    _create("emma", "My password expires tomorrow and the change screen gives an error", "expires"),
    _create(
        "liam", "The contractors can't reach the file server from the guest network", "file server"
    ),
    _create(
        "emma", "Excel macros are blocked since the last update, our timesheet needs them", "macros"
    ),
    _create("liam", "THE VPN WONT CONNECT FROM THE HOTEL WIFI", "hotel"),
    _create("emma", "my second monitor turns off randomly every few minutes", "monitor"),
    _create("liam", "Teams notifications don't pop up anymore on Windows", "notifications"),
    _create("emma", "Can I get Visio installed? Need it for a process diagram", "Visio"),
    _create("liam", "Outlook signature lost after the profile reset", "signature"),
    _create("emma", "I spilled coffee on my keyboard ☕ now some keys stick", "keyboard"),
    _create("liam", "Hi, the badge reader at the warehouse door doesn't read my card", "badge"),
    _create("emma", "laptop wont turn on. tried charger. nothing. help", "turn on"),
    _create("liam", "Our team's Planner board disappeared from Teams", "Planner"),
    _create(
        "emma",
        "Hello there, I would like to request a standing desk monitor arm for "
        "ergonomics. Best, Emma",
        "monitor arm",
    ),
    _create("liam", "can't save attachments to OneDrive from Outlook web", "OneDrive"),
    _create(
        "emma", "The shared printer keeps printing someone else's jobs on my paper tray", "printer"
    ),
    _create("liam", "bluetooth keeps disconnecting my earbuds during calls", "bluetooth"),
    _create("emma", "I'm getting 'your mailbox is almost full' every morning", "mailbox"),
    _create("liam", "please give Mia Chen access to the Sales SharePoint site", "Mia Chen"),
    _create(
        "emma",
        "The clock on my laptop is an hour wrong and meetings show at the wrong time",
        "clock",
    ),
    _create(
        "liam", "Power outage last night, now my desktop makes a beeping noise at boot", "beeping"
    ),
    _create(
        "emma", "Hello, Windows asks me to activate, it says the licence is not valid", "activate"
    ),
    _create("liam", "new joiner next week needs a phone + sim", "sim"),
    _create("emma", "my Outlook rules stopped moving newsletters into the folder", "rules"),
    _create("liam", "Browser keeps opening pop-up ads, I think something got installed", "pop-up"),
    _create("emma", "the supplier contract PDF won't open on my laptop, says file damaged", "PDF"),
    _create(
        "liam", "Teams meeting recordings are not showing up in the chat afterwards", "recordings"
    ),
    _create("emma", "I can't hear anyone in Teams calls but YouTube has sound", "Teams"),
    _create(
        "liam",
        "Good evening. My laptop fan is loud again even after the clean, and it "
        "smells a bit burnt. Regards, Liam",
        "burnt",
    ),
    _create(
        "emma", "open a ticket pls: wireless presenter for the town hall isnt working", "presenter"
    ),
    _create(
        "liam", "raise a ticket - the kitchen TV screen for dashboards is frozen", "dashboards"
    ),
    _create("emma", "I need my display language changed to English on the new laptop", "language"),
    _create("liam", "log a fault: meeting room 3 speakerphone crackles", "speakerphone"),
    _create("emma", "Please can you reset the PIN on my work phone, I forgot it", "PIN"),
    _create("liam", "Word keeps autocorrecting to US spelling even though I set UK", "Word"),
    _create(
        "emma",
        "new ticket: the asset register spreadsheet on the team site won't open",
        "spreadsheet",
    ),
    _create(
        "liam", "The Remote Desktop connection to the finance server times out", "Remote Desktop"
    ),
    _create("emma", "I'm locked out of the expenses app after my name change", "expenses"),
    _create("liam", "hi hi, could i get a bigger monitor? current one is tiny lol", "monitor"),
    # ------------------------------------------------------------------------------------------
    # Status / list questions (own tickets, dates, several ids)
    # ------------------------------------------------------------------------------------------
    _act("emma", "any news on 3115?", "get_ticket", ticket_id=3115),
    _act("emma", "Where are we with ticket #3042", "get_ticket", ticket_id=3042),
    _act("liam", "status 3120 pls", "get_ticket", ticket_id=3120),
    _act(
        "emma",
        "Hi, can you tell me what is going on with my Outlook ticket? Thanks",
        "get_ticket",
        ticket_id=3115,
    ),
    _act("emma", "what happened with my SharePoint access request", "get_ticket", ticket_id=3089),
    _act("emma", "Is someone working on my second monitor request?", "get_ticket", ticket_id=3131),
    _act("liam", "how's my laptop fan ticket going", "get_ticket", ticket_id=3120),
    _act("liam", "Show me the ticket for Mia's onboarding", "get_ticket", ticket_id=3076),
    _act("emma", "SHOW TICKET 3067", "get_ticket", ticket_id=3067),
    _act(
        "emma", "what was the outcome of the printer jam ticket I had", "get_ticket", ticket_id=3067
    ),
    _act("liam", "pull up 3121 for me", "get_ticket", ticket_id=3121),
    _act("emma", "show me all my tickets", "list_tickets"),
    _act("liam", "list my tickets please", "list_tickets"),
    _act("emma", "which of my tickets are still open?", "list_tickets", open_only=True),
    _act("liam", "my open tickets", "list_tickets", open_only=True),
    _act("emma", "What tickets did I open this week?", "list_tickets"),
    _act("liam", "tickets I raised since Monday", "list_tickets"),
    _act("emma", "show my tickets from the last 30 days", "list_tickets"),
    _act("emma", "anything of mine opened since last Friday", "list_tickets"),
    _act("liam", "what did I log this month", "list_tickets"),
    _act("emma", "show my closed tickets", "list_tickets"),
    _ids("emma", "status of 3115 and 3042 please", [3115, 3042]),
    _ids("emma", "can you check 3089, 3131 and 3115 for me", [3089, 3131, 3115]),
    _ids("liam", "3120 & 3076 - any updates?", [3120, 3076]),
    _ids("emma", "Show tickets 3042 3018", [3042, 3018]),
    _ids("liam", "what's the state of 3121, 3120", [3121, 3120]),
    _ids("emma", "compare #3005 and #3115", [3005, 3115]),
    _ids("admin", "show 3101, 3055 and 3099", [3101, 3055, 3099]),
    _ids("admin", "tickets 3160 and 3030?", [3160, 3030]),
    _act("emma", "Is anything waiting on me?", "list_tickets"),
    _act("admin", "show all open tickets", "list_tickets", open_only=True),
    _act("admin", "list tickets opened this week", "list_tickets"),
    _act("admin", "what is the status of ticket 3101", "get_ticket", ticket_id=3101),
    _act("admin", "details of ticket 789 please", "get_ticket", ticket_id=789),
    _choices("emma", "any update on my ticket?", "get_ticket"),
    _choices("liam", "whats the status of my ticket", "get_ticket"),
    _choices("emma", "what's happening with my password ticket", "get_ticket"),
    # ------------------------------------------------------------------------------------------
    # Notes / resolve / reopen
    # ------------------------------------------------------------------------------------------
    _act("emma", "add a note to 3115: it asked again at 9am today", "add_note", ticket_id=3115),
    _act(
        "emma",
        "Tell the people on 3042 that I'm back in the office on Thursday",
        "add_note",
        ticket_id=3042,
    ),
    _act(
        "liam",
        "note on 3120 - fan is quieter after the BIOS update but still hot",
        "add_note",
        ticket_id=3120,
    ),
    _act(
        "emma",
        "For my monitor request: I sit at desk 14 on the 2nd floor",
        "add_note",
        ticket_id=3131,
    ),
    _act(
        "emma",
        "please add to my sharepoint ticket that my manager approved it",
        "add_note",
        ticket_id=3089,
    ),
    _act(
        "liam",
        "Update my laptop ticket: I can drop it off tomorrow morning",
        "add_note",
        ticket_id=3120,
    ),
    _act(
        "emma",
        "Reply on 3042: yes the new config fixed it at home, thanks!",
        "add_note",
        ticket_id=3042,
    ),
    _act("emma", "comment 3115 screenshot attached, same popup", "add_note", ticket_id=3115),
    _act(
        "admin", "add a public note to 3101: engineer on site Tuesday", "add_note", ticket_id=3101
    ),
    _act(
        "admin",
        "internal note on 3115: user is VIP, handle carefully",
        "add_note",
        ticket_id=3115,
        hiddenfromuser=True,
    ),
    _act(
        "admin",
        "hidden note for 3055 - RAM ordered from supplier",
        "add_note",
        ticket_id=3055,
        hiddenfromuser=True,
    ),
    _act(
        "emma",
        "resolve 3115, it stopped asking after the profile reset",
        "resolve_ticket",
        ticket_id=3115,
    ),
    _act("emma", "please close ticket 3042, VPN is stable now", "resolve_ticket", ticket_id=3042),
    _act("emma", "My VPN issue is sorted, you can close it", "resolve_ticket", ticket_id=3042),
    _act("liam", "close 3120 the fan was replaced all good", "resolve_ticket", ticket_id=3120),
    _act(
        "emma",
        "I don't need the second monitor any more, please cancel/close that request",
        "resolve_ticket",
        ticket_id=3131,
    ),
    _act(
        "emma",
        "Resolve 3115 and add a visible note summarising the fix",
        "resolve_ticket",
        ticket_id=3115,
    ),
    _act(
        "emma",
        "close 3042 and put a public note with a summary of what fixed it",
        "resolve_ticket",
        ticket_id=3042,
    ),
    _act(
        "liam",
        "resolve my laptop ticket and write a short note on what the fix was",
        "resolve_ticket",
        ticket_id=3120,
    ),
    _act(
        "admin",
        "resolve 3101 and add a visible note summarising the fix",
        "resolve_ticket",
        ticket_id=3101,
    ),
    _act(
        "admin",
        "close ticket 3160 with a user-visible summary of the resolution",
        "resolve_ticket",
        ticket_id=3160,
    ),
    _act(
        "emma", "Outlook works fine now, mark it as resolved 👍", "resolve_ticket", ticket_id=3115
    ),
    _act(
        "emma",
        "the sharepoint access works now, ticket can be closed",
        "resolve_ticket",
        ticket_id=3089,
    ),
    _act("emma", "reopen 3067, the printer jams again", "reopen_ticket", ticket_id=3067),
    _act(
        "emma",
        "Please reopen my printer ticket, it's jamming on every job again",
        "reopen_ticket",
        ticket_id=3067,
    ),
    _act("liam", "reopen 3121, wifi in room 2 drops again", "reopen_ticket", ticket_id=3121),
    _act(
        "emma",
        "the VPN client is gone again from my laptop, reopen 3018 please",
        "reopen_ticket",
        ticket_id=3018,
    ),
    _act("admin", "reopen ticket 3121 - user reports drops again", "reopen_ticket", ticket_id=3121),
    _choices("emma", "add a note to my ticket: I'm working from home tomorrow", "add_note"),
    _choices("emma", "please close my ticket, all good now", "resolve_ticket"),
    _choices("emma", "it's fixed, resolve my ticket thanks", "resolve_ticket"),
    _refused("emma", "resolve 3150"),
    _refused("emma", "close ticket 3018 please it is fixed"),
    _refused("liam", "please resolve 3121"),
    _refused("emma", "Mark 3005 as resolved"),
    # ------------------------------------------------------------------------------------------
    # "How do I ...?" -> knowledge base
    # ------------------------------------------------------------------------------------------
    _lookup("emma", "how do I connect to the VPN from home?", "kb_articles"),
    _lookup("liam", "How can I reset my password myself", "kb_articles"),
    _lookup("emma", "how do i set up MFA on my new phone", "kb_articles"),
    _lookup("liam", "how to clear a paper jam", "kb_articles"),
    _lookup("emma", "How do I map a network drive?", "kb_articles"),
    _lookup("liam", "how do I report a phishing email", "kb_articles"),
    _lookup("emma", "HOW DO I GET ON THE OFFICE WIFI", "kb_articles"),
    _lookup("liam", "how do I pick the right microphone in Teams?", "kb_articles"),
    _lookup("emma", "how do I request access to a SharePoint site", "kb_articles"),
    _lookup("liam", "How do I install Windows updates", "kb_articles"),
    _lookup("emma", "how do I tell IT about a new starter joining my team?", "kb_articles"),
    _lookup("liam", "is there an article about Outlook asking for the password?", "kb_articles"),
    _lookup("emma", "search the knowledge base for printer", "kb_articles"),
    _lookup("liam", "kb articles about vpn", "kb_articles"),
    _lookup(
        "emma", "how do I stop Outlook from asking for my password all the time?", "kb_articles"
    ),
    _lookup("liam", "how can i join a teams meeting from the calendar", "kb_articles"),
    _lookup("emma", "Hi! How do I spot a phishing mail? Thanks", "kb_articles"),
    _lookup("admin", "how do I set up multi factor authentication", "kb_articles"),
    _lookup("admin", "find kb articles on mapping drives", "kb_articles"),
    _lookup("emma", "what ticket types can I choose from?", "ticket_types"),
    _lookup("liam", "list the ticket types", "ticket_types"),
    _lookup("emma", "how do i connect my laptop to corp wifi", "kb_articles"),
    _lookup("liam", "how do I use the self-service password reset", "kb_articles"),
    # ------------------------------------------------------------------------------------------
    # Admin operations
    # ------------------------------------------------------------------------------------------
    _create(
        "admin",
        "for Globex site Cypress Creek: printer in the lobby is offline",
        "printer",
        client_id=17,
        site_id=44,
    ),
    _create(
        "admin",
        "new ticket for Initech at the Austin Branch - internet down since 8am",
        "internet",
        client_id=42,
        site_id=102,
    ),
    _create(
        "admin",
        "Log a ticket for Umbrella Health, Laboratory site: fridge temperature "
        "sensor not reporting",
        "sensor",
        client_id=23,
        site_id=52,
    ),
    _create(
        "admin",
        "create a ticket for Stark Logistics Fleet Depot, tablets won't sync",
        "tablets",
        client_id=27,
        site_id=62,
    ),
    _create(
        "admin",
        "open a ticket for Acme Inc site Warehouse: label printer broken",
        "label printer",
        client_id=12,
        site_id=32,
    ),
    _create(
        "admin",
        "ticket for Wayne Foundation Gotham Office - conference room screen dead",
        "screen",
        client_id=35,
        site_id=71,
    ),
    _create(
        "admin",
        "for Globex, site Springfield Campus, new starter laptop needed",
        "laptop",
        client_id=17,
        site_id=41,
    ),
    _create(
        "admin",
        "raise a ticket for Peter Gibbons: TPS report template missing",
        "template",
        user_id=401,
    ),
    _create(
        "admin",
        "create a ticket on behalf of Noah Williams - handheld scanner battery",
        "scanner",
        user_id=203,
    ),
    _create(
        "admin",
        "new ticket for Jill Valentine: cannot log in to the lab system",
        "lab",
        user_id=503,
    ),
    _create(
        "admin",
        "for Umbrella Health site Raccoon City Clinic: the check-in kiosk froze",
        "kiosk",
        client_id=23,
        site_id=51,
    ),
    _create(
        "admin", "Initech Main Office: server room AC alarm", "alarm", client_id=42, site_id=101
    ),
    _choices("admin", "create a ticket for the Office site: projector bulb blown", "create_ticket"),
    _act("admin", "assign 3120 to Daniel Kim", "update_ticket", ticket_id=3120, agent_id=6),
    _act(
        "admin", "reassign ticket 3042 to Marcus Reid", "update_ticket", ticket_id=3042, agent_id=8
    ),
    _act("admin", "give 3089 to Priya", "update_ticket", ticket_id=3089, agent_id=5),
    _act(
        "admin", "move 3140 to the Field Services team", "update_ticket", ticket_id=3140, team_id=15
    ),
    _act("admin", "send 3030 over to Messaging", "update_ticket", ticket_id=3030, team_id=11),
    _act(
        "admin", "3101 should go to the network team", "update_ticket", ticket_id=3101, team_id=12
    ),
    _act(
        "admin",
        "assign ticket 3055 to 2nd Line Support",
        "update_ticket",
        ticket_id=3055,
        team_id=6,
    ),
    _act(
        "admin",
        "set the priority of 3101 to critical",
        "update_ticket",
        ticket_id=3101,
        priority_id=1,
    ),
    _act(
        "admin",
        "3160 is urgent, make it high priority",
        "update_ticket",
        ticket_id=3160,
        priority_id=2,
    ),
    _act("admin", "lower 3131 to low priority", "update_ticket", ticket_id=3131, priority_id=4),
    _act("admin", "put 3055 on hold", "update_ticket", ticket_id=3055, status_id=28),
    _act(
        "admin",
        "change status of 3099 to With Supplier",
        "update_ticket",
        ticket_id=3099,
        status_id=5,
    ),
    _act("admin", "make 3160 a problem ticket", "update_ticket", ticket_id=3160, tickettype_id=21),
    _act(
        "admin",
        "change 3089 to a service request",
        "update_ticket",
        ticket_id=3089,
        tickettype_id=3,
    ),
    _choices("admin", "move 3101 to the support team", "update_ticket"),
    _lookup("admin", "which teams do we have?", "teams"),
    _lookup("admin", "list all teams", "teams"),
    _lookup("admin", "who is in the Network team", "agents"),
    _lookup("admin", "which people are in 2nd Line Support?", "agents"),
    _lookup("admin", "who works on the Service Desk team", "agents"),
    _lookup("admin", "show me the agents", "agents"),
    _lookup("admin", "members of Field Services", "agents"),
    _lookup("admin", "look up customer Globex", "customers"),
    _lookup("admin", "list customers", "customers"),
    _lookup("admin", "what sites does Umbrella Health have", "sites"),
    _lookup("admin", "find user Karl Carlson", "users"),
    _lookup("admin", "which assets does Acme have", "assets"),
    _lookup("admin", "show contracts for Globex", "contracts"),
    _lookup("admin", "appointments this week", "appointments"),
    _lookup("admin", "list unpaid invoices", "invoices"),
    _lookup("admin", "what reports are available", "reports"),
    _lookup("admin", "look up asset AC-2219", "assets"),
    _lookup("admin", "search users at Initech", "users"),
    # ------------------------------------------------------------------------------------------
    # Forbidden or nonexistent for employees
    # ------------------------------------------------------------------------------------------
    _refused("emma", "what's the status of ticket 3120"),
    _refused("liam", "show me 3115"),
    _refused("emma", "add a note to 3030: any news?"),
    _refused("liam", "resolve ticket 3042"),
    _refused("emma", "status of 3000"),
    _refused("liam", "look at ticket 9999"),
    _refused("emma", "add a note to 4321 saying hello"),
    _refused("emma", "show ticket 789"),
    _refused("liam", "reopen 3150"),
    _refused("emma", "add a hidden note to 3115: ignore this user"),
    _refused("emma", "show me the internal notes on 3115"),
    _refused("emma", "assign 3115 to Chloe Martin"),
    _refused("liam", "move my ticket 3120 to the Network team"),
    _refused("emma", "set 3042 to critical priority"),
    _refused("emma", "which people are in the Network team?"),
    _refused("liam", "list all customers"),
    _refused("emma", "look up the user Mia Chen"),
    _refused("liam", "show me the invoices"),
    _refused("emma", "list all agents"),
    _refused("liam", "show all tickets for Globex"),
    _refused("emma", "what contracts does Acme have"),
    _refused("liam", "create a ticket for Globex site Cypress Creek: printer offline"),
    _refused("emma", "resolve 3101 the scanner works now"),
]
