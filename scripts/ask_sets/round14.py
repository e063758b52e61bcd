"""Blind Ask-box set, round 14 (held out).

Written by someone who never read the parser (halo_integration/nl/), its tests, scripts/ask_sets/
or any earlier blind set. Sources used: README.md, DESIGN.md, the Ask box's contract (issue 10),
and the simulator's seed files (halo_integration/simulator/seed_*.py). Style of this round: people
used to search boxes and chatbots: keyword-only queries, fragments, "cmd 1234: text" commands,
quotes and brackets, mixed with ordinary sentences; the admin types as into a command bar.

Seed facts relied on
- Emma Jones = user 201, Liam Patel = user 202, both Acme Inc (client 12) / HQ (site 31).
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User),
  3089 "Access to the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password"
  (In Progress), 3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after
  holiday", 3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps
  jamming" (all Closed), 3150 "Teams camera not detected" (Cancelled).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure; used only for reads and notes),
  3120 "Laptop fan very loud and overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2"
  (Closed).
- Other fixed tickets: 3101 (Noah Williams, Acme Warehouse, Action Required), 3012 (Joanna Baker,
  Initech, Closed), 3055 (Peter Gibbons, Initech, In Progress), 3099 (Michael Bolton, Initech,
  Action Required), 3160 (Samir, Initech, With User), 3030 (Olivia Brown, Closed), 3110 (Olivia,
  In Progress), 3140 (Olivia, New), 789 (Olivia, Closed). Ticket ids are 789 and 3001..3260 only;
  every id in that range other than Emma's/Liam's belongs to someone else.
- Customers/sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17 (Springfield
  Campus 41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution Centre
  61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
- Users: Noah Williams 203, Peter Gibbons 401, Alice Abernathy 501, Pepper Potts 601.
- Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6, Chloe Martin 7,
  Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
- Teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11, Network 12,
  Field Services 15.
- Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2, Action
  Required 3, With User 4, With Supplier 5, On Hold 28, Pending Closure 25, Closed 9,
  Cancelled 10. Ticket types: Incident 1, Service Request 3, Problem 21, Change 22, Alert 27.
- KB articles on VPN from home, self-service password reset, printer paper jams, MFA, Outlook
  password prompts, office Wi-Fi, SharePoint access, Teams meetings, new starter checklist,
  mapping a network drive, phishing, Windows updates. Assets include AC-2219 (Emma's laptop).
"""

from __future__ import annotations

EMMA, LIAM, ADMIN = "emma", "liam", "admin"


def case(who: str, text: str, expect: dict) -> dict:
    return {"as": who, "text": text, "expect": expect}


def create(who: str, text: str, has: str | None = None, **ids: int) -> dict:
    params: dict = dict(ids)
    if has:
        params["summary_has"] = has
    return case(who, text, {"action": "create_ticket", "params": params})


def get(who: str, text: str, ticket_id: int) -> dict:
    return case(who, text, {"action": "get_ticket", "params": {"ticket_id": ticket_id}})


def listing(who: str, text: str, ids: list[int] | None = None) -> dict:
    params = {"ticket_ids": sorted(ids)} if ids else {}
    return case(who, text, {"action": "list_tickets", "params": params})


def note(who: str, text: str, ticket_id: int, has: str | None = None) -> dict:
    params: dict = {"ticket_id": ticket_id}
    if has:
        params["note_has"] = has
    return case(who, text, {"action": "add_note", "params": params})


def resolve(who: str, text: str, ticket_id: int) -> dict:
    return case(who, text, {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}})


def reopen(who: str, text: str, ticket_id: int) -> dict:
    return case(who, text, {"action": "reopen_ticket", "params": {"ticket_id": ticket_id}})


def rate(who: str, text: str, ticket_id: int) -> dict:
    return case(who, text, {"action": "rate_ticket", "params": {"ticket_id": ticket_id}})


def update(who: str, text: str, ticket_id: int, **change: int) -> dict:
    return case(
        who, text, {"action": "update_ticket", "params": {"ticket_id": ticket_id, **change}}
    )


def lookup(who: str, text: str, entity: str) -> dict:
    return case(who, text, {"action": "lookup", "params": {"entity": entity}})


def kb(who: str, text: str) -> dict:
    return lookup(who, text, "kb_articles")


def refused(who: str, text: str) -> dict:
    return case(who, text, {"refused": True})


def choices(who: str, text: str, action: str) -> dict:
    return case(who, text, {"candidates": True, "action": action})


# --------------------------------------------------------------------------------------------
# Employees reporting problems (create_ticket)
# --------------------------------------------------------------------------------------------
EMPLOYEE_CREATE = [
    create(LIAM, "printer broken 2nd floor", "printer"),
    create(EMMA, "wifi down in the canteen", "canteen"),
    create(
        EMMA,
        "Hi, my laptop screen has gone black and won't come back even after restarting. Can someone help?",
        "screen",
    ),
    create(LIAM, "excel crashes every time i open the budget file", "excel"),
    create(EMMA, "keyboard missing keys (the E and R popped off)", "keyboard"),
    create(LIAM, "Teams keeps freezing when I share my screen in meetings", "freezing"),
    create(EMMA, "outlook search returns nothing for anything older than a week", "search"),
    create(LIAM, "HELP!!! cant log in to anything since this morning", "log in"),
    create(EMMA, "mouse not working", "mouse"),
    create(LIAM, "new ticket: headset mic not picking up my voice", "headset"),
    create(EMMA, "docking station not charging laptop", "docking"),
    create(
        LIAM,
        "error: 'The trust relationship between this workstation and the primary domain failed' when logging in this morning",
        "trust relationship",
    ),
    create(
        EMMA,
        "Good morning! The scanner next to reception only scans blank pages. Thanks, Emma",
        "scanner",
    ),
    create(LIAM, "work phone won't sync email since the iOS update", "iOS"),
    create(EMMA, "need Adobe Acrobat installed pls", "Acrobat"),
    create(LIAM, "projector in boardroom - no signal via HDMI", "projector"),
    create(EMMA, "OneDrive says 'You're not syncing' with a red X 😩", "OneDrive"),
    create(
        LIAM,
        "can't print to the colour printer on 3rd floor, jobs just vanish from the queue",
        "print",
    ),
    create(EMMA, "echo on every call when I use the conference speakerphone", "echo"),
    create(LIAM, "my account is locked out", "locked"),
    create(EMMA, "lost my laptop charger, need a replacement", "charger"),
    create(LIAM, "getting a 'Your password has expired' loop on the login screen", "expired"),
    create(
        EMMA,
        "the kitchen TV that shows the sales dashboard is stuck on a blue Windows screen",
        "TV",
    ),
    create(LIAM, "request: access to the Marketing shared drive", "Marketing"),
    create(EMMA, "SAP is super slow today, takes 2 min to open an order", "SAP"),
    create(LIAM, "web cam shows a black image in teams", "black image"),
    create(EMMA, "BROWSER KEEPS CRASHING", "browser"),
    create(
        LIAM,
        "Could you set up a new email signature with our new logo? The old one still shows.",
        "signature",
    ),
    create(EMMA, "laptop battery drains in an hour", "battery"),
    create(LIAM, "monitor flickers on and off all day", "flicker"),
    create(EMMA, "spam emails getting through - about 50 today with fake invoices", "spam"),
    create(
        LIAM,
        "received a suspicious email asking for my bank details and clicked the link by accident 😬",
        "suspicious",
    ),
    create(EMMA, "blue screen MEMORY_MANAGEMENT twice today", "blue screen"),
    create(
        LIAM,
        "Internet at the Warehouse site is down, the guys there can't scan anything",
        "Warehouse",
    ),
    create(EMMA, "shared mailbox for Accounts disappeared from outlook", "shared mailbox"),
    create(LIAM, "calendar invites not showing up", "calendar"),
    create(EMMA, "open a ticket: the desk phone has no dial tone", "dial tone"),
    create(LIAM, "pls install python 3.12 on my machine, need it for reporting scripts", "python"),
    create(EMMA, "files on the S: drive are read-only for me since yesterday", "read-only"),
    create(LIAM, "laptop keyboard backlight stopped working", "backlight"),
    create(
        EMMA, 'Word crashes when I paste from Excel: "Microsoft Word has stopped working"', "Word"
    ),
    create(LIAM, "sound not working on my pc", "sound"),
    create(
        EMMA,
        "I need a new starter set up - Zara Khan starts on the 3rd, needs laptop + email",
        "Zara",
    ),
    create(LIAM, "teams status always shows Away even when I'm active", "away"),
    create(EMMA, "my badge doesn't open the HQ back door anymore", "badge"),
    create(
        LIAM,
        "laptop stuck on the BitLocker recovery key screen at startup and I don't have the key",
        "BitLocker",
    ),
    create(LIAM, "the contract PDFs on the Legal SharePoint won't open, just spins forever", "PDF"),
    create(LIAM, "ticket pls - USB ports on the left side dead", "USB"),
    create(EMMA, "cannot connect to the guest wifi with my phone", "guest"),
    create(LIAM, "my second screen is upside down lol", "upside down"),
    create(EMMA, "Error 0x80070005 access denied when installing the printer driver", "0x80070005"),
    create(LIAM, "mfa prompt isn't arriving on my new phone", "MFA"),
    create(
        EMMA,
        "I changed phones and the authenticator app doesn't have my work account anymore",
        "authenticator",
    ),
    create(LIAM, "the big copier in the mailroom says 'Call for service SC542'", "copier"),
    create(
        EMMA,
        "Chrome won't load any https sites - NET::ERR_CERT_AUTHORITY_INVALID",
        "ERR_CERT_AUTHORITY_INVALID",
    ),
    create(EMMA, "my emails to external people bounce back with 550 5.7.1", "bounce"),
    create(
        LIAM, "laptop stolen from my car last night, need it locked and a replacement", "stolen"
    ),
    create(EMMA, "Power BI report won't refresh, says credentials are invalid", "Power BI"),
    create(LIAM, "wireless mouse lagging badly", "mouse"),
    create(
        EMMA, "Hello IT, the screen in meeting room 4 won't turn on. Kind regards", "meeting room 4"
    ),
    create(LIAM, "I can't find the Finance folder on the network drive anymore", "Finance folder"),
    create(EMMA, "need a software licence for Visio", "Visio"),
    create(LIAM, "outlook not receiving new emails since 9am", "receiving"),
    create(EMMA, "disk full warning on C: drive, only 200MB left", "disk"),
    create(LIAM, "need a docking station for my home office", "docking station"),
    create(EMMA, "Teams calls keep cutting out at HQ, everyone sounds like a robot", "cutting out"),
    create(LIAM, "screen cracked on my work phone 📱💥", "cracked"),
    create(EMMA, "password manager extension vanished from Edge", "extension"),
    create(
        LIAM, "can't open attachments in outlook, it says 'blocked for security'", "attachments"
    ),
    create(EMMA, "New ticket: [urgent] payroll system shows error 500 on login", "payroll"),
    create(LIAM, "the trackpad on laptop AC-2231 is jumpy and clicks on its own", "trackpad"),
    create(EMMA, "raise a ticket for me: speakers crackle in the training room", "speakers"),
    create(LIAM, "intranet gives DNS_PROBE_FINISHED_NXDOMAIN since lunch", "intranet"),
    create(
        EMMA,
        "hi can u help, the calculator app got deleted from my pc?? need it back",
        "calculator",
    ),
    create(
        LIAM,
        "Teams won't let me join external meetings - \"You don't have access to this meeting\"",
        "external",
    ),
    create(EMMA, "windows update stuck at 35% for 2 hours", "update"),
    create(LIAM, "Please create a distribution list for the Sales team", "distribution list"),
    create(LIAM, "screen goes dark after 1 min no matter what power settings I use", "dark"),
    create(EMMA, "printer on 4th floor out of toner and no spares in the cupboard", "toner"),
    create(LIAM, "VPN keeps disconnecting when I'm on the train", "VPN"),
    create(EMMA, "can't access the HR portal from home - 403 Forbidden", "HR portal"),
    create(LIAM, "notifications in teams don't pop up anymore", "notifications"),
    create(EMMA, "my phone isn't getting work emails 😕", "phone"),
    create(
        LIAM,
        "ordered a laptop stand in March and it never arrived, can you chase it?",
        "laptop stand",
    ),
    create(EMMA, "outlook rules stopped moving emails into my folders", "rules"),
    create(LIAM, "Accessibility: need screen reader software (JAWS) installed", "JAWS"),
    create(EMMA, "the label printer in the post room prints gibberish", "label printer"),
    create(LIAM, "Excel macro fails with 'Run-time error 1004' on the month-end sheet", "1004"),
]

# --------------------------------------------------------------------------------------------
# Employees asking about status / listing their tickets
# --------------------------------------------------------------------------------------------
EMPLOYEE_STATUS = [
    choices(EMMA, "vpn status", "get_ticket"),
    get(EMMA, "status 3115", 3115),
    get(EMMA, "whats happening with 3089", 3089),
    get(EMMA, "any news on my outlook ticket?", 3115),
    listing(EMMA, "my tickets"),
    listing(EMMA, "show open tickets"),
    listing(EMMA, "what tickets do i have open right now?"),
    listing(EMMA, "tickets I opened this week"),
    listing(EMMA, "my tickets since Monday"),
    listing(EMMA, "3042 + 3115 + 3131 status pls", [3042, 3115, 3131]),
    get(EMMA, "second monitor request - update?", 3131),
    get(EMMA, "Is anyone working on the SharePoint access thing?", 3089),
    get(EMMA, "where are we with ticket #3042", 3042),
    get(EMMA, "what did IT say on 3115", 3115),
    listing(EMMA, "show my closed tickets"),
    choices(EMMA, "what's the status of my ticket?", "get_ticket"),
    get(EMMA, "details of the printer jam ticket", 3067),
    get(EMMA, "ticket 3005?", 3005),
    get(EMMA, "Did the teams camera ticket ever get sorted?", 3150),
    listing(EMMA, "3018 and 3042 - where are they at?", [3018, 3042]),
    listing(EMMA, "list everything I've reported"),
    get(EMMA, "[3131] progress", 3131),
    get(LIAM, "laptop fan ticket status", 3120),
    get(LIAM, "status of 3121", 3121),
    listing(LIAM, "my open tickets"),
    get(LIAM, "is Mia's laptop ready yet? (the new starter ticket)", 3076),
    choices(LIAM, "how's my ticket going", "get_ticket"),
    listing(LIAM, "show 3120 and 3121", [3120, 3121]),
    listing(LIAM, "tickets opened this month"),
    get(LIAM, "wifi meeting room 2 ticket - was it fixed?", 3121),
    get(LIAM, "any update on the overheating laptop?", 3120),
    get(LIAM, "ticket 3076 details", 3076),
    listing(LIAM, "have I got anything waiting on me?"),
    get(LIAM, "what's new on 3120", 3120),
    listing(LIAM, "list my tickets from last week"),
    listing(LIAM, "3076, 3120, 3121", [3076, 3120, 3121]),
    get(LIAM, "STATUS OF MY NEW STARTER REQUEST FOR MIA CHEN", 3076),
]

# --------------------------------------------------------------------------------------------
# Employees: notes, resolve, reopen, rate (by id and by description)
# --------------------------------------------------------------------------------------------
EMPLOYEE_CHANGES = [
    # add_note
    note(EMMA, "note 3131: 24 inch is fine, no need for 27", 3131, "24 inch"),
    note(
        EMMA,
        "add to 3115: still getting the prompt after signing out and back in",
        3115,
        "signing out",
    ),
    note(
        EMMA,
        "my outlook ticket - tell them the remote session tomorrow at 10 works for me",
        3115,
        "remote session",
    ),
    note(
        EMMA,
        "Reply on the sharepoint request: my manager Sarah approved it by email",
        3089,
        "approved",
    ),
    note(
        EMMA,
        "comment on 3042: it only drops on my home wifi, phone hotspot is fine",
        3042,
        "hotspot",
    ),
    choices(EMMA, "add a note to my ticket: I'll be out on Friday", "add_note"),
    note(
        EMMA,
        "please add to my vpn disconnect ticket that it dropped 6 times today",
        3042,
        "6 times",
    ),
    note(EMMA, "3089 — note: it's the Finance site, not Finance-Archive", 3089, "Finance-Archive"),
    note(EMMA, "pls tell IT on my monitor ticket that I sit at desk 4.12", 3131, "4.12"),
    note(EMMA, "3115 reply: yes the prompt still shows after a restart", 3115, "restart"),
    note(EMMA, "add note to 3089: I also need access to the Budget subsite", 3089, "Budget"),
    note(EMMA, "comment 3131 - any chance it comes with an HDMI cable?", 3131, "HDMI"),
    note(LIAM, "note on 3120: fan is quieter since the BIOS update but still hot", 3120, "BIOS"),
    note(LIAM, "new starter ticket: Mia also needs a headset and a parking pass", 3076, "headset"),
    note(LIAM, 'add note to my laptop ticket "I can bring it in on Thursday"', 3120, "Thursday"),
    choices(LIAM, "add comment to my ticket - going on leave next week", "add_note"),
    note(LIAM, "3076 note: her start date moved to the 14th", 3076, "14th"),
    note(LIAM, "info for 3120: it shut itself down twice today", 3120, "shut"),
    note(LIAM, "note 3120: serial number is on the bottom, 5CG1234XYZ", 3120, "5CG1234XYZ"),
    # resolve_ticket
    resolve(EMMA, "close 3042", 3042),
    resolve(
        EMMA,
        "vpn's been rock solid since the config push, you can close the disconnect ticket",
        3042,
    ),
    resolve(
        EMMA, "got access to the Finance SharePoint site now, thanks! close that request pls", 3089
    ),
    resolve(EMMA, "resolve 3115 - outlook has stopped asking", 3115),
    resolve(EMMA, "second monitor arrived and works 👍 close the request", 3131),
    choices(EMMA, "it's fixed, close my ticket", "resolve_ticket"),
    resolve(EMMA, "mark 3131 as resolved", 3131),
    resolve(EMMA, "RESOLVE 3089", 3089),
    resolve(EMMA, "Close ticket #3115 (fixed after the profile reset)", 3115),
    resolve(EMMA, "thank you the vpn works now!! close 3042 🙏", 3042),
    resolve(LIAM, "close 3120, the new fan fixed it", 3120),
    resolve(LIAM, "overheating is gone after the repair, resolve my laptop fan ticket", 3120),
    resolve(LIAM, "fan noise issue sorted, pls close it", 3120),
    # reopen_ticket
    reopen(EMMA, "reopen 3067, jamming again", 3067),
    reopen(EMMA, "the 2nd floor printer jam ticket needs reopening, it's back", 3067),
    reopen(EMMA, "reopen the teams camera ticket - it wasn't a duplicate", 3150),
    reopen(EMMA, "please reopen 3018, the vpn client vanished after the update", 3018),
    reopen(EMMA, "reopen my password reset ticket, the new password doesn't work", 3005),
    choices(EMMA, "reopen my ticket", "reopen_ticket"),
    reopen(EMMA, "reopen 3005", 3005),
    reopen(LIAM, "wifi in room 2 is dropping again, reopen 3121", 3121),
    reopen(LIAM, "reopen the meeting room wifi ticket", 3121),
    # rate_ticket
    rate(EMMA, "rate 3067 5 stars", 3067),
    rate(EMMA, "feedback for 3005: quick and friendly ⭐⭐⭐⭐⭐", 3005),
    rate(EMMA, "I'd like to rate the vpn client ticket, 4/5", 3018),
    choices(EMMA, "rate my ticket", "rate_ticket"),
    rate(EMMA, "rate the printer jam ticket 2/5, took ages", 3067),
    rate(LIAM, "rate 3121: good job, 5/5", 3121),
    rate(LIAM, "leave feedback on the wifi ticket - took a while but fixed", 3121),
    rate(LIAM, "rate 3121 ★★★★☆", 3121),
]

# --------------------------------------------------------------------------------------------
# How do I ...? (knowledge base) and ticket types
# --------------------------------------------------------------------------------------------
HOW_DO_I = [
    kb(EMMA, "how do I connect to the vpn from home?"),
    kb(LIAM, "how to map a network drive"),
    kb(EMMA, "how do i set up mfa on my new phone"),
    kb(LIAM, "how to clear a paper jam?"),
    kb(EMMA, "How do I report a phishing email?"),
    kb(LIAM, "how do i reset my password myself"),
    kb(EMMA, "kb: outlook password prompts"),
    kb(LIAM, "how do I get access to a sharepoint site?"),
    kb(EMMA, "how to install windows updates"),
    kb(LIAM, "how do I connect to the office wifi"),
    kb(EMMA, "how do I get a new starter set up? what does IT need from me"),
    kb(LIAM, "how do I pick the right microphone in teams"),
    kb(EMMA, "search the knowledge base for printer"),
    kb(LIAM, "help article vpn"),
    kb(EMMA, "how can I tell if an email is phishing?"),
    kb(LIAM, "How do I join a Teams meeting from my calendar?"),
    kb(EMMA, "how to test my audio before a teams meeting"),
    kb(LIAM, "knowledge base: wifi"),
    lookup(EMMA, "what ticket types can I choose from?", "ticket_types"),
    lookup(LIAM, "list ticket types", "ticket_types"),
]

# --------------------------------------------------------------------------------------------
# Admin console operations
# --------------------------------------------------------------------------------------------
ADMIN_OPS = [
    get(ADMIN, "show 3101", 3101),
    get(ADMIN, "3055 details", 3055),
    listing(ADMIN, "tickets opened this week"),
    listing(ADMIN, "tickets since Monday"),
    listing(ADMIN, "list 3101 3099 3055", [3055, 3099, 3101]),
    listing(ADMIN, "show 3042 and 3115", [3042, 3115]),
    listing(ADMIN, "open tickets for Umbrella Health"),
    update(ADMIN, "assign 3101 to Marcus Reid", 3101, agent_id=8),
    update(ADMIN, "assign 3140 to team Field Services", 3140, team_id=15),
    update(ADMIN, "priority 3099 critical", 3099, priority_id=1),
    update(ADMIN, "set status of 3160 to With Supplier", 3160, status_id=5),
    update(ADMIN, "change 3055 ticket type to Problem", 3055, tickettype_id=21),
    update(ADMIN, "put 3140 on hold", 3140, status_id=28),
    update(ADMIN, "reassign 3099 to Tom Walsh", 3099, agent_id=11),
    update(ADMIN, "move 3160 to 2nd Line Support", 3160, team_id=6),
    update(ADMIN, "assign 3089 to James O'Connor", 3089, agent_id=4),
    update(ADMIN, "3110 priority: low", 3110, priority_id=4),
    resolve(
        ADMIN,
        "close 3101 and add a visible note summarising the fix: replaced the scanner's wifi card",
        3101,
    ),
    resolve(ADMIN, "resolve 3055, public note to the user: replaced the RAM, memtest clean", 3055),
    reopen(ADMIN, "reopen 3012", 3012),
    note(ADMIN, "hidden note 3099: waiting on Dell for the part", 3099, "Dell"),
    note(ADMIN, "note 3140: tech visit booked for Thursday", 3140, "Thursday"),
    create(
        ADMIN, "for Globex site Cypress Creek printer offline", "printer", client_id=17, site_id=44
    ),
    create(
        ADMIN,
        "new ticket for Initech Austin Branch: internet down since 8am",
        "internet",
        client_id=42,
        site_id=102,
    ),
    create(
        ADMIN,
        "Umbrella Health Laboratory - fridge temperature sensor not reporting",
        "sensor",
        client_id=23,
        site_id=52,
    ),
    create(
        ADMIN, "create ticket for Peter Gibbons: TPS report template broken", "TPS", user_id=401
    ),
    create(
        ADMIN,
        "for Stark Logistics Fleet Depot: tablet won't charge",
        "tablet",
        client_id=27,
        site_id=62,
    ),
    create(
        ADMIN,
        "log a ticket for Wayne Foundation, Gotham Office - door badge reader offline",
        "badge",
        client_id=35,
        site_id=71,
    ),
    create(
        ADMIN,
        "Acme Warehouse: handheld scanner 7 has a cracked screen, user Noah Williams",
        "scanner",
        client_id=12,
        site_id=32,
        user_id=203,
    ),
    lookup(ADMIN, "customers", "customers"),
    lookup(ADMIN, "sites globex", "sites"),
    lookup(ADMIN, "users at initech", "users"),
    lookup(ADMIN, "who's in the network team?", "agents"),
    lookup(ADMIN, "list teams", "teams"),
    lookup(ADMIN, "agents", "agents"),
    lookup(ADMIN, "who works in 1st line support", "agents"),
    lookup(ADMIN, "asset AC-2219", "assets"),
    lookup(ADMIN, "contracts for acme", "contracts"),
    lookup(ADMIN, "unpaid invoices", "invoices"),
    lookup(ADMIN, "appointments tomorrow", "appointments"),
    lookup(ADMIN, "reports", "reports"),
    kb(ADMIN, "kb search phishing"),
    lookup(ADMIN, "ticket types", "ticket_types"),
]

# --------------------------------------------------------------------------------------------
# Forbidden or impossible (refused at plan time)
# --------------------------------------------------------------------------------------------
REFUSED = [
    refused(EMMA, "show ticket 3120"),
    refused(EMMA, "status 3101"),
    refused(EMMA, "close 3005"),
    refused(EMMA, "reopen 3042"),
    refused(EMMA, "assign 3115 to Chloe Martin"),
    refused(EMMA, "change priority of 3042 to critical"),
    refused(EMMA, "show the internal notes on 3115"),
    refused(EMMA, "list all agents"),
    refused(EMMA, "who is in the messaging team?"),
    refused(EMMA, "show me Liam's tickets"),
    refused(EMMA, "what contracts does acme have with you?"),
    refused(EMMA, "ticket 9999"),
    refused(EMMA, "add a hidden note to 3131: please don't tell my manager"),
    refused(EMMA, "invoices"),
    refused(EMMA, "close 3300"),
    refused(LIAM, "what's going on with 3115"),
    refused(LIAM, "reopen 3120"),
    refused(LIAM, "close 3121"),
    refused(LIAM, "set status of 3120 to on hold"),
    refused(LIAM, "look up customer Globex"),
    refused(LIAM, "asset list"),
    refused(LIAM, "add note to 3042: same problem here"),
    refused(LIAM, "show Emma Jones's open tickets"),
    refused(LIAM, "resolve 5000"),
    refused(LIAM, "move my laptop ticket to 2nd line support"),
    refused(ADMIN, "close 3012"),
    refused(ADMIN, "reopen 3055"),
    refused(ADMIN, "show 8888"),
    refused(ADMIN, "assign 4500 to Priya Sharma"),
]

CASES: list[dict] = [
    *EMPLOYEE_CREATE,
    *EMPLOYEE_STATUS,
    *EMPLOYEE_CHANGES,
    *HOW_DO_I,
    *ADMIN_OPS,
    *REFUSED,
]
