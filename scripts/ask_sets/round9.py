"""Round 9: a blind, held-out set of plain-language requests for the portal's Ask box.

Written from README.md, DESIGN.md, issue 10 and the simulator's seed data only (never the
parser or the existing phrasing tests). Facts relied on (simulator seed):

- emma (user 201, Acme Inc / HQ): open 3042 (VPN disconnects at home, With User), 3089 (Finance
  SharePoint access, New), 3115 (Outlook keeps asking for my password, In Progress), 3131 (second
  monitor, On Hold); closed 3005 (password reset), 3018 (VPN client missing), 3067 (2nd-floor
  printer jamming), 3150 (Teams camera, Cancelled).
- liam (user 202, Acme Inc / HQ): 3076 (new starter Mia Chen, Pending Closure), 3120 (laptop fan,
  In Progress); closed 3121 (Wi-Fi meeting room 2).
- Other people's tickets: 789/3030/3110/3140 (Olivia, Globex), 3101 (Noah, Acme), 3055/3099/3160
  (Initech), 3012 (Joanna, Initech). Ids above 3260 (and below 3001, apart from 789) do not exist.
- Recently closed (admin reopen): 3237, 3256, 3239, 3227, 3219.
- Teams: 2 Service Desk, 5 1st Line Support, 6 2nd Line Support, 11 Messaging, 12 Network,
  15 Field Services. Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim,
  7 Chloe Martin, 8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh.
- Priorities 1 Critical, 2 High, 3 Medium, 4 Low. Statuses 1 New, 2 In Progress, 3 Action
  Required, 4 With User, 5 With Supplier, 28 On Hold, 25 Pending Closure, 9 Closed, 10 Cancelled.
  Ticket types 1 Incident, 3 Service Request, 21 Problem, 22 Change, 27 Alert.
- Customers/sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17 (Springfield
  Campus 41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution Centre
  61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).

"summary_has" holds words that must appear in the drafted summary (case-insensitive).
"""

from __future__ import annotations

from typing import Any


def _create(words: str, **params: Any) -> dict[str, Any]:
    return {"action": "create_ticket", "params": {"summary_has": words, **params}}


def _get(ticket_id: int) -> dict[str, Any]:
    return {"action": "get_ticket", "params": {"ticket_id": ticket_id}}


def _list(**params: Any) -> dict[str, Any]:
    return {"action": "list_tickets", "params": params}


def _ids(*ids: int) -> dict[str, Any]:
    return {"action": "list_tickets", "params": {"ticket_ids": sorted(ids)}}


def _note(ticket_id: int, **params: Any) -> dict[str, Any]:
    return {"action": "add_note", "params": {"ticket_id": ticket_id, **params}}


def _resolve(ticket_id: int) -> dict[str, Any]:
    return {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}}


def _reopen(ticket_id: int) -> dict[str, Any]:
    return {"action": "reopen_ticket", "params": {"ticket_id": ticket_id}}


def _update(ticket_id: int, **params: Any) -> dict[str, Any]:
    return {"action": "update_ticket", "params": {"ticket_id": ticket_id, **params}}


def _lookup(entity: str) -> dict[str, Any]:
    return {"action": "lookup", "params": {"entity": entity}}


KB = _lookup("kb_articles")
REFUSED: dict[str, Any] = {"refused": True}


def _choices(action: str) -> dict[str, Any]:
    return {"candidates": True, "action": action}


def _c(who: str, text: str, expect: dict[str, Any]) -> dict[str, Any]:
    return {"as": who, "text": text, "expect": expect}


# --- employees: everyday problems -> create_ticket ---------------------------------------------
_CREATE = [
    _c(
        "emma",
        "Hi there, my laptop gets really hot every time I'm on a Teams call, is that normal? Thanks, Emma",
        _create("laptop"),
    ),
    _c("emma", "outlook crashes as soon as i open an attachment", _create("outlook")),
    _c("emma", "The label printer at the Warehouse site prints blank pages", _create("printer")),
    _c(
        "emma", "my keyboard is missing the letter E key lol, it just fell off", _create("keyboard")
    ),
    _c(
        "emma",
        "Good morning! Could someone please look at my docking station? The second screen stays black.",
        _create("docking station"),
    ),
    _c("emma", "can't log in to the expenses app, says account locked", _create("expenses")),
    _c("emma", "MY MOUSE STOPPED WORKING", _create("mouse")),
    _c("emma", "Teams shows me as offline all day even though I'm working", _create("teams")),
    _c("emma", "excel closes by itself whenever I open the budget file 😩", _create("excel")),
    _c(
        "emma",
        "I cannot open the shared contract folder on the S drive, access denied",
        _create("contract"),
    ),
    _c(
        "emma",
        "the asset sticker on my laptop peeled off, do you need to replace it?",
        _create("sticker"),
    ),
    _c(
        "emma",
        "hello, the projector in meeting room 3 has no signal from hdmi",
        _create("projector"),
    ),
    _c("emma", "pls help phone wont get work email since this morning", _create("email")),
    _c(
        "emma",
        "My headset microphone is not picked up in Teams meetings, people can't hear me",
        _create("microphone"),
    ),
    _c(
        "emma",
        "I need Adobe Acrobat Pro installed on my laptop for signing PDFs",
        _create("acrobat"),
    ),
    _c("emma", "Onedrive says sync is paused and won't restart", _create("onedrive")),
    _c(
        "emma",
        "Dear IT, the badge reader at the HQ entrance does not accept my badge since Monday. Kind regards",
        _create("badge"),
    ),
    _c("emma", "the wifi in the canteen is super slow today", _create("wifi")),
    _c("emma", "Could I get a new charger? Mine is frayed near the plug", _create("charger")),
    _c("emma", "calendar invites from outside the company land in junk", _create("junk")),
    _c(
        "emma",
        "There is a strange popup saying my computer is infected, call this number. I did not click it.",
        _create("popup"),
    ),
    _c(
        "emma",
        "i think i got a phishing mail and clicked the link 😬 what now",
        _create("phishing"),
    ),
    _c("emma", "screen flickers when I plug in the laptop to the power", _create("flickers")),
    _c(
        "emma",
        "Please order a webcam for me, the built-in one is too blurry for customer calls",
        _create("webcam"),
    ),
    _c("emma", "laptop battery only lasts 40 minutes now", _create("battery")),
    _c("emma", "word keeps freezing when i paste tables in it", _create("word")),
    _c(
        "emma", "The site contact list on the intranet shows old phone numbers", _create("intranet")
    ),
    _c("emma", "Scanner on 2nd floor sends scans to the wrong email address", _create("scanner")),
    _c(
        "emma",
        "Hi! Small thing: the clock on my laptop is one hour wrong since the weekend",
        _create("clock"),
    ),
    _c("emma", "NEED ACCESS TO THE HR SHAREPOINT SITE FOR THE ONBOARDING PROJECT", _create("hr")),
    _c(
        "emma",
        "my outlook signature disappeared after the update, can you put it back",
        _create("signature"),
    ),
    _c("emma", "sound not working on laptop no speakers no headphones nothing", _create("sound")),
    _c("emma", "The desk phone at my desk has no dial tone", _create("phone")),
    _c(
        "emma",
        "I would like to ask for a bigger monitor because my eyes hurt with the small one, thank you very much",
        _create("monitor"),
    ),
    _c("emma", "zoom installer blocked on my laptop by some security thing", _create("zoom")),
    _c(
        "emma",
        "hey it team, the printer near reception prints everything in pink 🙃",
        _create("printer"),
    ),
    _c("emma", "I keep getting logged out of Teams every hour", _create("teams")),
    _c(
        "emma",
        "Our team calendar in Outlook is not shared with the new colleague",
        _create("calendar"),
    ),
    _c("emma", "Laptop fan noise is very loud when I run the reporting tool", _create("fan")),
    _c("emma", "files on the network drive show up with red crosses", _create("network drive")),
    _c("liam", "yo my second screen goes black every few minutes", _create("screen")),
    _c(
        "liam",
        "Hello, I am not able to print from my laptop to any printer since today morning. Please kindly help.",
        _create("print"),
    ),
    _c("liam", "VPN wont connect from the hotel wifi, error 809", _create("vpn")),
    _c("liam", "the warehouse site has no internet at all right now!!", _create("internet")),
    _c("liam", "need a license for visio pls", _create("visio")),
    _c("liam", "Teams keeps crashing when I share my screen", _create("teams")),
    _c("liam", "my laptop touchpad doesnt click anymore", _create("touchpad")),
    _c(
        "liam",
        "Good afternoon, could you set up a shared mailbox for the sales team? Best, Liam",
        _create("mailbox"),
    ),
    _c("liam", "I spilled coffee on my keyboard ☕ keys are sticky now", _create("keyboard")),
    _c("liam", "the contract template in Word opens read only", _create("template")),
    _c("liam", "Outlook search finds nothing older than one week", _create("search")),
    _c("liam", "NEW PHONE NEEDS WORK EMAIL SET UP", _create("phone")),
    _c(
        "liam",
        "i get a certificate warning on every website since yesterday",
        _create("certificate"),
    ),
    _c(
        "liam",
        "please can I have admin rights to install python for data analysis",
        _create("python"),
    ),
    _c(
        "liam",
        "The big screen in the boardroom does not turn on with the remote",
        _create("boardroom"),
    ),
    _c("liam", "Meeting room 4 booking panel shows the wrong meetings", _create("booking panel")),
    _c(
        "liam",
        "my account is locked after too many tries, I was typing the old password",
        _create("locked"),
    ),
    _c(
        "liam",
        "Hi, the asset register says I have two laptops but I only have one. Can you fix the record?",
        _create("asset"),
    ),
    _c("liam", "bluetooth headset keeps disconnecting from laptop", _create("headset")),
    _c("liam", "Slow computer. Takes 10 minutes to start in the morning.", _create("slow")),
    _c("liam", "sharepoint page for projects gives error 500", _create("sharepoint")),
    _c("liam", "I lost my work phone on the train yesterday, please block it", _create("phone")),
    _c("liam", "excel macro stopped working after the office update", _create("macro")),
    _c(
        "liam",
        "Could you please reset the PIN of the copier for me, I forgot it",
        _create("copier"),
    ),
    _c(
        "liam",
        "new joiner Ruby needs a laptop and an email account by next Monday",
        _create("laptop"),
    ),
    _c("liam", "Teams channel for the Warehouse site is missing from my list", _create("channel")),
    _c("liam", "laptop screen has a crack in the corner after travel", _create("crack")),
    _c("liam", "the wifi password for guests is not working for our visitors", _create("guests")),
    _c(
        "liam",
        "my calendar shows meetings at wrong times after I traveled to another time zone",
        _create("calendar"),
    ),
    _c("liam", "Hey team 👋 printer on 3rd floor out of toner again", _create("toner")),
    _c(
        "liam",
        "I cannot find the support contract PDF for our copier on the shared drive",
        _create("contract"),
    ),
    _c("liam", "microphone picks up a buzzing sound on every call", _create("buzzing")),
    _c("liam", "PLEASE HELP URGENT laptop shows blue screen and restarts", _create("blue screen")),
    _c("liam", "camera on my laptop shows only a black image in Teams", _create("camera")),
    _c(
        "liam",
        "Dear support, I kindly request the installation of the Power BI desktop application. Regards, Liam Patel",
        _create("power bi"),
    ),
    _c("liam", "usb stick not recognized on my laptop", _create("usb")),
    _c("liam", "the door display outside meeting room 2 is frozen", _create("display")),
]

# --- employees: status and lists -----------------------------------------------------------------
_STATUS = [
    _c("emma", "any update on 3115?", _get(3115)),
    _c("emma", "hey, where are we with the monitor request?", _get(3131)),
    _c("emma", "Is anyone looking at my Finance SharePoint access request?", _get(3089)),
    _c("emma", "show me ticket 3042", _get(3042)),
    _c("emma", "3067 details pls", _get(3067)),
    _c("emma", "What happened in the end with my old printer ticket?", _get(3067)),
    _c("emma", "OUTLOOK TICKET STATUS??", _get(3115)),
    _c("emma", "did IT reply on the VPN disconnect issue", _get(3042)),
    _c("emma", "What did they write on the Teams camera one?", _get(3150)),
    _c("liam", "how's my laptop fan ticket going", _get(3120)),
    _c("liam", "status of 3076?", _get(3076)),
    _c("liam", "pull up 3121 for me", _get(3121)),
    _c("liam", "Any news on the new starter request for Mia?", _get(3076)),
    _c("emma", "show my open tickets", _list(open_only=True)),
    _c("emma", "What tickets do I have open at the moment?", _list(open_only=True)),
    _c("emma", "list all my tickets", _list()),
    _c("emma", "which of my tickets got closed", _list()),
    _c("emma", "tickets I opened this week", _list()),
    _c("emma", "Have I raised anything since Monday?", _list()),
    _c("emma", "3042 and 3115 status", _ids(3042, 3115)),
    _c("emma", "can you check 3131, 3089 and 3115 for me", _ids(3089, 3115, 3131)),
    _c("emma", "what is going on with 3005 & 3067", _ids(3005, 3067)),
    _c("emma", "my tickets from last month", _list()),
    _c("emma", "hi, quick one: everything I logged this week please", _list()),
    _c("liam", "my open tickets pls", _list(open_only=True)),
    _c("liam", "show 3120 and 3076", _ids(3076, 3120)),
    _c("liam", "tickets i logged since monday", _list()),
    _c("liam", "What have I got open?", _list(open_only=True)),
    _c("liam", "status of 3121, 3120, 3076", _ids(3076, 3120, 3121)),
    _c("emma", "what's happening with my ticket?", _choices("get_ticket")),
    _c("emma", "What ticket types can I choose from?", _lookup("ticket_types")),
    _c("liam", "which kinds of request can I raise here", _lookup("ticket_types")),
    _c("emma", "list the ticket types", _lookup("ticket_types")),
]

# --- employees: notes, resolve, reopen -------------------------------------------------------------
_LIFECYCLE = [
    _c("emma", "add to 3115: I signed out and back in like you said, it still asks", _note(3115)),
    _c("emma", "note on my outlook ticket - it mostly happens in the mornings", _note(3115)),
    _c(
        "emma",
        "please tell them on the VPN disconnect ticket that I'm on 5GHz wifi at home",
        _note(3042),
    ),
    _c("emma", "For 3131: any news on delivery of the monitor?", _note(3131)),
    _c(
        "emma",
        "Add a comment to my SharePoint access request: my manager approved it yesterday",
        _note(3089),
    ),
    _c("emma", "Update on 3042 — the drops happen exactly every 10 min", _note(3042)),
    _c("emma", "add note to my monitor request: I sit at desk 4B", _note(3131)),
    _c("emma", "add a note to my ticket: I'll be out of office tomorrow", _choices("add_note")),
    _c("emma", "vpn has been stable since yesterday, you can close my VPN one", _resolve(3042)),
    _c("emma", "resolve 3115 and add a visible note summarising the fix", _resolve(3115)),
    _c(
        "emma",
        "Outlook stopped nagging me for the password 🎉 close 3115 and put a short note about what fixed it",
        _resolve(3115),
    ),
    _c("emma", "3131 can be closed, the monitor arrived", _resolve(3131)),
    _c(
        "emma",
        "I no longer need the Finance SharePoint access, please cancel that request",
        _resolve(3089),
    ),
    _c("emma", "close my ticket, all good now", _choices("resolve_ticket")),
    _c("emma", "mark 3042 as resolved", _resolve(3042)),
    _c("emma", "PLEASE CLOSE TICKET 3131 THANKS", _resolve(3131)),
    _c(
        "emma",
        "The Outlook password problem is solved, resolve it and write a public note with what fixed it",
        _resolve(3115),
    ),
    _c(
        "liam",
        "add a note to 3120: fan is quieter after the BIOS update but still hot",
        _note(3120),
    ),
    _c("liam", "note for my laptop ticket: I can bring it to IT on Thursday", _note(3120)),
    _c("liam", "3076 - Mia's start date moved to next Wednesday, please note that", _note(3076)),
    _c("liam", "the laptop fan thing is fixed, close it", _resolve(3120)),
    _c("liam", "Mia has everything she needs, resolve 3076", _resolve(3076)),
    _c("liam", "add a note to my ticket: I'm working from home all week", _choices("add_note")),
    _c("liam", "close 3120 and add a note for the user summarising what was done", _resolve(3120)),
    _c("emma", "just add this to 3089: I need read-only access, not edit", _note(3089)),
    _c("emma", "could you write on my monitor ticket that any 24 inch model is fine", _note(3131)),
    _c(
        "emma",
        "3115: the prompt now comes up in the Teams app too, not only in Outlook",
        _note(3115),
    ),
    _c("emma", "resolve the SharePoint access one, I got in", _resolve(3089)),
    _c("emma", "close 3042 and leave a visible note summarising what fixed it", _resolve(3042)),
    _c(
        "emma",
        "add a note to 3042 saying the problem is back after the router restart",
        _note(3042),
    ),
    _c("liam", "for ticket 3120 - IT can pick the laptop up from my desk anytime", _note(3120)),
    _c("liam", "the new starter request can be resolved now", _resolve(3076)),
    _c("liam", "fixed!! close 3120 pls", _resolve(3120)),
    _c("liam", "add a note to 3076: her laptop needs Visio installed too", _note(3076)),
]

# --- "how do I ...?" -> knowledge base ---------------------------------------------------------------
_HOWTO = [
    _c("emma", "how do I connect to the VPN when I'm at home?", KB),
    _c("emma", "how can I change my password myself", KB),
    _c("emma", "How do I set up MFA on a new phone?", KB),
    _c("emma", "how to clear a paper jam", KB),
    _c("emma", "how do I stop Outlook asking for my password all the time?", KB),
    _c("emma", "how do i get onto the office wifi", KB),
    _c("emma", "How do I request access to a SharePoint site?", KB),
    _c("emma", "how do I pick the right microphone in Teams", KB),
    _c("emma", "how do I map a network drive", KB),
    _c("emma", "how do I report a phishing email?", KB),
    _c("emma", "hOW dO i join a teams meeting from my calendar", KB),
    _c("emma", "is there a guide for connecting to the vpn?", KB),
    _c("emma", "how do I update windows on my laptop 🙂", KB),
    _c("liam", "how do I get IT ready for a new starter?", KB),
    _c("liam", "How do I install Windows updates", KB),
    _c("liam", "where can I read how to map a drive", KB),
    _c("liam", "how can i fix outlook password popups myself", KB),
    _c("liam", "how do I enrol in multi-factor authentication", KB),
    _c("liam", "how to connect to the Corp wifi on my phone?", KB),
    _c("liam", "any article on spotting phishing?", KB),
    _c("liam", "HOW DO I RESET MY OWN PASSWORD", KB),
    _c("admin", "how do I map a network drive for a user", KB),
]

# --- admins: console operations ------------------------------------------------------------------------
_ADMIN = [
    _c(
        "admin",
        "new ticket for Globex site Cypress Creek: the label printer is offline",
        _create("printer", client_id=17, site_id=44),
    ),
    _c(
        "admin",
        "Log an incident for Umbrella Health, site Laboratory - the centrifuge PC won't boot",
        _create("centrifuge", client_id=23, site_id=52),
    ),
    _c(
        "admin",
        "raise a ticket for Stark Logistics at the Fleet Depot: tablet chargers missing",
        _create("chargers", client_id=27, site_id=62),
    ),
    _c(
        "admin",
        "create ticket for Initech site Austin Branch, printer toner empty",
        _create("toner", client_id=42, site_id=102),
    ),
    _c(
        "admin",
        "for Acme Inc site Warehouse: barcode scanners not syncing",
        _create("scanners", client_id=12, site_id=32),
    ),
    _c(
        "admin",
        "Wayne Foundation / Gotham Office - projector in the boardroom is dead",
        _create("projector", client_id=35, site_id=71),
    ),
    _c(
        "admin",
        "open a ticket for Peter Gibbons: TPS report template is corrupted",
        _create("template", user_id=401),
    ),
    _c(
        "admin",
        "on behalf of Jill Valentine: cannot access the lab results portal",
        _create("lab results", user_id=503),
    ),
    _c("admin", "assign 3140 to Hannah Fischer", _update(3140, agent_id=9)),
    _c("admin", "move ticket 3099 to the Network team", _update(3099, team_id=12)),
    _c("admin", "reassign 3160 to Messaging", _update(3160, team_id=11)),
    _c("admin", "give 3252 to Chloe", _update(3252, agent_id=7)),
    _c("admin", "hand 3259 over to 2nd line support", _update(3259, team_id=6)),
    _c("admin", "3254 -> Priya Sharma please", _update(3254, agent_id=5)),
    _c("admin", "put 3257 in the 1st Line Support queue", _update(3257, team_id=5)),
    _c("admin", "assign 3110 to Tom Walsh", _update(3110, agent_id=11)),
    _c("admin", "set the priority of 3099 to low", _update(3099, priority_id=4)),
    _c("admin", "bump 3101 to critical", _update(3101, priority_id=1)),
    _c("admin", "3160 should be high priority", _update(3160, priority_id=2)),
    _c("admin", "mark 3140 as in progress", _update(3140, status_id=2)),
    _c("admin", "put 3110 on hold", _update(3110, status_id=28)),
    _c("admin", "change 3160 into a Problem", _update(3160, tickettype_id=21)),
    _c(
        "admin",
        "add an internal note to 3055: waiting on RAM from the supplier",
        _note(3055, hiddenfromuser=True),
    ),
    _c(
        "admin",
        "hidden note on 3099 - VIP user, handle with care",
        _note(3099, hiddenfromuser=True),
    ),
    _c(
        "admin",
        "add a public note to 3101 saying the technician arrives at 2pm",
        _note(3101, hiddenfromuser=False),
    ),
    _c("admin", "close 3101 and add a visible note summarising the fix", _resolve(3101)),
    _c("admin", "resolve 3160", _resolve(3160)),
    _c("admin", "reopen 3237, the user says the VPN drops are back", _reopen(3237)),
    _c("admin", "Reopen ticket 3256 please", _reopen(3256)),
    _c("admin", "reopen 3219 - still not on the Sales list", _reopen(3219)),
    _c("admin", "show ticket 3160", _get(3160)),
    _c("admin", "status of 3055, 3099 and 3160?", _ids(3055, 3099, 3160)),
    _c("admin", "show all tickets for Initech", _list(client_id=42)),
    _c("admin", "tickets opened since Monday across all customers", _list()),
    _c("admin", "which teams do we have?", _lookup("teams")),
    _c("admin", "who is on the network team", _lookup("agents")),
    _c("admin", "which people work in 2nd Line Support", _lookup("agents")),
    _c("admin", "list the members of Field Services", _lookup("agents")),
    _c("admin", "show me all agents", _lookup("agents")),
    _c("admin", "look up the customer Globex", _lookup("customers")),
    _c("admin", "what sites does Umbrella Health have", _lookup("sites")),
    _c("admin", "find the user Jill Valentine", _lookup("users")),
    _c("admin", "which assets are assigned to Emma Jones", _lookup("assets")),
    _c("admin", "show the Globex contracts", _lookup("contracts")),
    _c("admin", "what appointments are booked this week", _lookup("appointments")),
    _c("admin", "list unpaid invoices", _lookup("invoices")),
    _c("admin", "which reports are available", _lookup("reports")),
    _c("admin", "reassign 3254 to line support", _choices("update_ticket")),
    _c("admin", "add a note to Emma Jones's ticket saying we're on it", _choices("add_note")),
    _c("admin", "show ticket 4711", REFUSED),
    _c("admin", "resolve ticket 12345", REFUSED),
]

# --- employees: forbidden or nonexistent ---------------------------------------------------------------
_FORBIDDEN = [
    _c("emma", "what's the status of 3120", REFUSED),
    _c("emma", "show me ticket 3030", REFUSED),
    _c("emma", "add a note to 3101: I saw the scanner working this morning", REFUSED),
    _c("emma", "add an internal note to 3115 that only IT can see", REFUSED),
    _c("emma", "make a hidden note on my outlook ticket: don't tell my manager", REFUSED),
    _c("emma", "assign 3115 to Chloe Martin", REFUSED),
    _c("emma", "send my VPN disconnect ticket to Field Services", REFUSED),
    _c("emma", "set 3131 to high priority", REFUSED),
    _c("emma", "who's in the Network team?", REFUSED),
    _c("emma", "look up the Globex customer record", REFUSED),
    _c("emma", "list the contracts for Acme", REFUSED),
    _c("emma", "show me all open invoices", REFUSED),
    _c("emma", "show me Liam Patel's tickets", REFUSED),
    _c("emma", "resolve ticket 3067", REFUSED),
    _c("emma", "close 3150 please", REFUSED),
    _c("emma", "ticket 9999 status?", REFUSED),
    _c("emma", "what is the status of ticket 789", REFUSED),
    _c("emma", "reopen 3120", REFUSED),
    _c("emma", "which assets does Noah Williams have", REFUSED),
    _c("liam", "show ticket 3115", REFUSED),
    _c("liam", "close 3121 for me", REFUSED),
    _c("liam", "which agents are there", REFUSED),
    _c("liam", "reassign my laptop fan ticket to Tom Walsh", REFUSED),
    _c("liam", "status of ticket 3500", REFUSED),
    _c("liam", "list all tickets for Initech", REFUSED),
    _c("liam", "change the status of 3120 to on hold", REFUSED),
]

CASES: list[dict[str, Any]] = _CREATE + _STATUS + _LIFECYCLE + _HOWTO + _ADMIN + _FORBIDDEN
