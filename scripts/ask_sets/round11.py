"""Blind set, round 11: plain-language requests for the portal's Ask box.

A blind (held-out) set. It was written by someone who read only README.md, DESIGN.md,
the Ask box's contract (issue 10), and the simulator's demo data (halo_integration/simulator/seed_*.py). The writer never
saw the parser (halo_integration/nl/), its tests, the measurement script or any earlier set.

Style of this round: people typing on phones: short, lowercase, abbreviations (pls, thx, u, asap,
tkt), typos, missing punctuation, emoji; some non-native speakers with unusual word order; the
admin types terse, command-like shorthand.

Seed facts relied on
--------------------
People: emma = Emma Jones (user 201), liam = Liam Patel (user 202), both Acme Inc (12) / HQ (31).
Emma's tickets (her only ones; random tickets never go to her):
  open:   3042 "VPN disconnects when working from home" (With User),
          3089 "Access to the Finance SharePoint site" (New),
          3115 "Outlook keeps asking for my password" (In Progress),
          3131 "Request for a second monitor" (On Hold)
  closed: 3005 "Password reset after holiday", 3018 "VPN client missing on new laptop",
          3067 "Printer on the 2nd floor keeps jamming" (all Closed),
          3150 "Teams camera not detected" (Cancelled)
Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress, open), 3121 "Wi-Fi drops in meeting room 2" (Closed).
Other people's tickets: 3030 (Olivia, closed), 3110 (Olivia, open), 3140 (Olivia, open, New),
  789 (Olivia, closed), 3101 (Noah 203, open), 3012 (Joanna 404, closed), 3055 (Peter 401, open),
  3099 (Michael 402, open), 3160 (Samir 403, open).
Ticket ids that exist: 789 and 3001..3260; so 3999, 4321, 12345, 5000 do not.
Customers/sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33); Globex 17 (Springfield
  Campus 41, Cypress Creek 44); Initech 42 (Main Office 101, Austin Branch 102); Umbrella Health
  23 (Raccoon City Clinic 51, Laboratory 52, Head Office 53); Stark Logistics 27 (Distribution
  Centre 61, Fleet Depot 62); Wayne Foundation 35 (Gotham Office 71).
Users: Noah Williams 203, Pepper Potts 601, Alfred Pennyworth 703.
Teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11, Network 12,
  Field Services 15.
Agents: Sarah Mitchell 3, Priya Sharma 5, Daniel Kim 6, Chloe Martin 7, Marcus Reid 8,
  Hannah Fischer 9, Tom Walsh 11.
Priorities: Critical 1, High 2, Medium 3, Low 4.
Statuses: New 1, In Progress 2, Action Required 3, With User 4, With Supplier 5, On Hold 28,
  Pending Closure 25, Closed 9, Cancelled 10.
Ticket types: Incident 1, Service Request 3, Problem 21, Change 22, Alert 27.
KB articles on VPN from home, self-service password reset, paper jams, MFA, Outlook password
  prompts, office Wi-Fi, SharePoint access, Teams meetings/devices, new starter checklist,
  mapping a network drive, phishing, Windows updates.
"""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []


def _add(who: str, text: str, expect: dict[str, Any]) -> None:
    CASES.append({"as": who, "text": text, "expect": expect})


def new(who: str, text: str, word: str | None = None, **ids: int) -> None:
    params: dict[str, Any] = dict(ids)
    if word:
        params["summary_has"] = word
    _add(who, text, {"action": "create_ticket", "params": params})


def act(who: str, text: str, action: str, **params: Any) -> None:
    _add(who, text, {"action": action, "params": params})


def note(who: str, text: str, ticket_id: int, word: str | None = None) -> None:
    params: dict[str, Any] = {"ticket_id": ticket_id}
    if word:
        params["note_has"] = word
    _add(who, text, {"action": "add_note", "params": params})


def kb(who: str, text: str) -> None:
    act(who, text, "lookup", entity="kb_articles")


def look(who: str, text: str, entity: str) -> None:
    act(who, text, "lookup", entity=entity)


def refuse(who: str, text: str) -> None:
    _add(who, text, {"refused": True})


def vague(who: str, text: str, action: str) -> None:
    _add(who, text, {"candidates": True, "action": action})


E, L, A = "emma", "liam", "admin"

# ---------------------------------------------------------------------------------------------
# 1. Employees reporting problems (create_ticket)
# ---------------------------------------------------------------------------------------------
new(E, "hi my keyboard stoped working, half the keys dont type 😩", "keyboard")
new(E, "mouse dead. new batteries didnt help", "mouse")
new(E, "cant login to SAP since this morning, says user locked", "SAP")
new(E, "pls help excel crashes evry time i open the budget file", "excel")
new(E, "projector in the boardroom no signal from my laptop", "projector")
new(E, "wifi on 3rd floor super slow today, cant even load emails", "wifi")
new(E, "my headset mic not working in calls, ppl cant hear me at all", "headset")
new(E, "outlook search returns nothing, cant find any old mails", "search")
new(E, "laptop screen cracked 😭 dropped it on the train", "screen")
new(E, "need adobe acrobat installed pls, have to edit contracts", "acrobat")
new(E, "got new phone, need work email set up on it", "phone")
new(E, "printer 3rd floor out of toner + blinking red light", "printer")
new(E, "I am not able to open the pdf files, it says the file is damaged", "pdf")
new(E, "onedrive not syncing my desktop folder since the update", "onedrive")
new(E, "teams crashes every time i try share my screen", "teams")
new(E, "can u install zoom on my laptop, customer meeting tmrw", "zoom")
new(E, "door badge reader at hq entrance dont accept my card anymore", "badge")
new(E, "reporting a phishing mail i got, 'CEO' asking me to buy gift cards 🙄", "phishing")
new(E, "my calendar shows all meetings 1h wrong, timezone issue?", "calendar")
new(E, "need access to the HR sharepoint site pls, my manager approved", "HR")
new(E, "computer sooo slow, takes like 10 min to boot", "slow")
new(E, "the shared drive S: is gone from my pc", "drive")
new(E, "word keeps freezing when i paste from excel", "word")
new(E, "docking station not charging the laptop anymore", "docking")
new(
    E,
    "cant log in, it says: The trust relationship between this workstation and the primary "
    "domain failed.",
    "trust relationship",
)
new(E, "bluetooth earbuds wont pair w laptop", "bluetooth")
new(E, "SO MUCH SPAM in my inbox today like 200 mails!!!", "spam")
new(E, "need a new laptop charger, mine broke at the cable", "charger")
new(E, "authenticator app gives no code since i changed phone", "authenticator")
new(E, "webcam is black in zoom but works in other apps??", "webcam")
new(E, "printer by the kitchen says offline but its on", "offline")
new(E, "pls order me an ergonomic keyboard, wrist hurts", "ergonomic")
new(E, "Printer in kitchen is not printing colour, only black it prints", "colour")
new(E, "For me is not possible to open Teams, always white screen", "white screen")
new(E, "I want request new mouse, the old one is broken the wheel", "mouse")
new(E, "outlook signature disappeared 😕 can someone fix", "signature")
new(E, "LAPTOP WONT TURN ON AT ALL. HELP", "laptop")
new(E, "Can you give me access to the Legal shared mailbox please", "mailbox")
new(
    E,
    "Hi team, hope ur well. My laptop keeps going to sleep in the middle of presentations, "
    "very embarassing. thx, Emma",
    "sleep",
)
new(E, "pls set up a distribution list for the events team", "distribution list")
new(E, "cant scan to email from the big copier", "scan")
new(E, "someone logged into my account from abroad?? got an alert just now", "account")
new(E, "the wifi in meeting room 5 no internet", "room 5")
new(E, "usb stick not recognised on my laptop", "usb")
new(E, "citrix session freezes every hour or so", "citrix")
new(E, "my laptop AC-2219 has dead pixels in the middle of the screen", "pixels")
new(E, "request: software install - Tableau desktop", "Tableau")
new(E, "the wifi keeps asking me to accept a certificate on my phone", "certificate")
new(E, "Good morning! The microwave... no sorry, the MONITOR in room 4 is dead 😅", "monitor")
new(E, "my outlook calendar is not syncing w teams calendar", "syncing")
new(E, "excel says 'file locked for editing by another user' but nobody has it open", "locked")
new(E, "sound not working in teams only, youtube fine", "sound")
new(E, "new guy in my team monday, Oscar Bell, he needs laptop and login pls", "Oscar")
new(E, "hey can i get a bigger mailbox, mine is full and cant receive mails", "mailbox")

new(L, "vpn says certificate expired when i connect from hotel wifi", "certificate")
new(L, "hi, screen flickers on my 2nd monitor", "flickers")
new(L, "my account locked again after pw change 🙃", "locked")
new(L, "need a license for visio pls", "visio")
new(L, "cant print to the warehouse label printer", "label")
new(L, "chrome keeps logging me out of everything", "chrome")
new(L, "microphone not working on my laptop", "microphone")
new(L, "new starter Zoe Adams joins on the 1st, needs laptop + accounts", "Zoe")
new(L, "outlook not receiving any emails since 9am", "emails")
new(L, 'laptop keyboard types wrong letters, @ gives " 🤔', "keyboard")
new(L, "teams shows me as away all the time even when im active", "away")
new(L, "excel macro error 'Run-time error 1004' on the sales report", "1004")
new(L, "laptop wont connect to the office wifi in the kitchen, phone connects fine", "wifi")
new(L, "pls install python on my machine for data stuff", "python")
new(L, "cannot access payroll site, 403 forbidden", "payroll")
new(L, "my laptop battery dies after 1 hour", "battery")
new(L, "desk phone no dial tone", "dial tone")
new(L, "moving desks to the 2nd floor on fri, need my pc moved and set up", "moved")
new(L, "i got a popup saying my pc is infected and to call a number!! virus?", "virus")
new(L, "Since yesterday my laptop the sound is not working", "sound")
new(L, "please, the monitor of me is making noise like buzz", "buzz")
new(L, "URGENT CANT ACCESS ANY FILES ON THE SERVER", "files")
new(L, "yo the guest wifi password doesnt work, visitors here now", "guest")
new(L, "need to reset my password, forgot it 🙈 pls do it for me", "password")
new(L, "calendar invites not showing up on my iphone", "iphone")
new(L, "my name is spelled wrong in the email directory, its Patel not Patell", "directory")
new(L, "error 0x80070005 when installing updates", "0x80070005")
new(L, "teams meeting recordings not saving anywhere", "recordings")
new(L, "need 2 more monitors for the new hires desk", "monitors")
new(L, "powerpoint crashes when i add a video", "powerpoint")
new(L, "lost my laptop in a taxi last night 😰 pls block it", "lost")
new(L, "need admin rights to install drivers for my drawing tablet", "tablet")
new(L, "the big screen in reception shows 'no signal'", "reception")
new(L, "keyboard shortcuts stopped working after update, ctrl c ctrl v nothing", "shortcuts")
new(L, "mail stuck in outbox wont send", "outbox")
new(L, "hello IT, for the sales team we need shared calendar please, thank you", "calendar")
new(L, "the coffee area printer jams, paper everywhere", "printer")
new(L, "sharepoint gives error when i upload files to marketing site", "upload")
new(L, "cant join the meeting room display from teams, says device not found", "device")

# ---------------------------------------------------------------------------------------------
# 2. Employees asking about status / listing their tickets
# ---------------------------------------------------------------------------------------------
act(E, "status of 3115?", "get_ticket", ticket_id=3115)
act(E, "any news on 3042 pls", "get_ticket", ticket_id=3042)
act(E, "whats happening w my outlook tkt", "get_ticket", ticket_id=3115)
act(E, "hows my sharepoint request going", "get_ticket", ticket_id=3089)
act(E, "monitor request, any update??", "get_ticket", ticket_id=3131)
act(E, "did u guys do anything on 3089 yet", "get_ticket", ticket_id=3089)
act(E, "details 3150", "get_ticket", ticket_id=3150)
act(E, "is the vpn at home ticket still open?", "get_ticket", ticket_id=3042)
act(E, "what happened with the password reset after holiday one", "get_ticket", ticket_id=3005)
act(E, "whats up with the second screen thing", "get_ticket", ticket_id=3131)
act(E, "why my teams camera ticket was cancelled?", "get_ticket", ticket_id=3150)
act(E, "show my tickets", "list_tickets")
act(E, "my open tkts pls", "list_tickets")
act(E, "list all my tickets incl closed ones", "list_tickets")
act(E, "tickets i opened this week", "list_tickets")
act(E, "what did i report since monday", "list_tickets")
act(E, "which of my tickets are closed", "list_tickets")
act(E, "do i have anything still open?", "list_tickets")
act(E, "open tickets since friday", "list_tickets")
act(E, "3042 and 3115 status", "list_tickets", ticket_ids=[3042, 3115])
act(E, "show me 3005, 3018 and 3067", "list_tickets", ticket_ids=[3005, 3018, 3067])
vague(E, "whats the status of my ticket", "get_ticket")
vague(E, "any update on my request?", "get_ticket")
vague(E, "status of my vpn ticket", "get_ticket")

act(L, "laptop fan ticket status?", "get_ticket", ticket_id=3120)
act(L, "3076 whats the status", "get_ticket", ticket_id=3076)
act(L, "any news abt mia chen setup", "get_ticket", ticket_id=3076)
act(L, "wifi room 2 ticket, was it closed?", "get_ticket", ticket_id=3121)
act(L, "3120 any progress", "get_ticket", ticket_id=3120)
act(L, "check ticket 3121 pls", "get_ticket", ticket_id=3121)
act(L, "is someone working on my overheating laptop?", "get_ticket", ticket_id=3120)
act(L, "my tickets pls", "list_tickets")
act(L, "what tickets i have open", "list_tickets")
act(L, "tkts from last week", "list_tickets")
act(L, "everything i raised this month", "list_tickets")
act(L, "show me 3120 & 3121", "list_tickets", ticket_ids=[3120, 3121])
vague(L, "update on my ticket??", "get_ticket")

# ---------------------------------------------------------------------------------------------
# 3. Employees: notes, resolve, reopen, rate (by id and by description)
# ---------------------------------------------------------------------------------------------
note(E, "add note to 3115: still happening after the profile reset", 3115, "still happening")
note(E, "pls tell them on 3042 i tried another wifi, same drops", 3042, "another wifi")
note(E, "for my outlook ticket: it asks again every 10 min 😤", 3115, "10 min")
note(E, "note on the sharepoint request - my manager Anna Lee approved it", 3089, "Anna")
note(E, "reply to 3042: im home on thursday u can call me", 3042, "thursday")
note(E, "add to my monitor request: moved to desk 4B, deliver there pls", 3131, "4B")
note(E, "add comment 3089 - need it by friday for month end", 3089, "friday")
note(E, "comment on the vpn drops ticket: happens also on phone hotspot", 3042, "hotspot")
note(E, "3131 add note: any size ok, 24 inch preferred", 3131, "24 inch")
note(E, "pls add a note on 3042 that vpn ok at office, only home bad", 3042, "office")
note(E, "msg IT on outlook ticket: when can u do the remote session?", 3115, "remote session")
vague(E, "can u add to my ticket that i restarted twice", "add_note")

act(E, "close 3115 outlook ok now 👍", "resolve_ticket", ticket_id=3115)
act(E, "vpn works again pls close my vpn ticket", "resolve_ticket", ticket_id=3042)
act(E, "3089 can be closed, got access already", "resolve_ticket", ticket_id=3089)
act(E, "dont need the second monitor anymore, close pls", "resolve_ticket", ticket_id=3131)
act(
    E, "outlook stopped asking for password, u can mark it solved", "resolve_ticket", ticket_id=3115
)
act(E, "finance sharepoint works now thank you, close it", "resolve_ticket", ticket_id=3089)
act(E, "vpn at home fine since router change, resolve 3042 thx", "resolve_ticket", ticket_id=3042)
vague(E, "its fixed! close it", "resolve_ticket")
vague(E, "resolve my ticket pls", "resolve_ticket")

act(E, "reopen 3067 printer jamming again", "reopen_ticket", ticket_id=3067)
act(E, "3018 pls reopen, vpn client gone again after update", "reopen_ticket", ticket_id=3018)
act(
    E,
    "the password reset thing from after holiday is back, reopen pls",
    "reopen_ticket",
    ticket_id=3005,
)
act(E, "reopen printer ticket, 2nd floor jams again 😡", "reopen_ticket", ticket_id=3067)
act(E, "open 3005 again", "reopen_ticket", ticket_id=3005)
vague(E, "pls open again my ticket", "reopen_ticket")

act(E, "rate 3067 5 stars", "rate_ticket", ticket_id=3067)
act(E, "want to give feedback on 3018, very fast thx", "rate_ticket", ticket_id=3018)
act(E, "rate the printer ticket ⭐⭐⭐⭐", "rate_ticket", ticket_id=3067)
act(E, "feedback for password reset ticket: good service", "rate_ticket", ticket_id=3005)
act(E, "i give 3005 1 star, took a week", "rate_ticket", ticket_id=3005)
vague(E, "i want to rate my ticket", "rate_ticket")

note(L, "note 3120: it also smells a bit hot", 3120, "smells")
note(L, "add to the laptop fan ticket: happens even when idle", 3120, "idle")
note(L, "mia chen ticket - she also needs adobe, pls add", 3076, "adobe")
note(L, "add reply 3076: laptop arrived, thanks", 3076, "arrived")
note(L, "3120 note - can u come tmrw 10am", 3120, "10am")
note(L, "3076 add note: start date moved to the 15th", 3076, "15th")
vague(L, "pls add note my ticket: i'm wfh tomorrow", "add_note")
act(L, "fan ok now after cleaning, close 3120", "resolve_ticket", ticket_id=3120)
act(L, "laptop not overheating anymore, pls close the ticket", "resolve_ticket", ticket_id=3120)
act(L, "reopen 3121 wifi drops again in room 2", "reopen_ticket", ticket_id=3121)
act(L, "meeting room 2 wifi bad again, reopen that ticket pls", "reopen_ticket", ticket_id=3121)
act(L, "reopen the meeting room wifi one", "reopen_ticket", ticket_id=3121)
act(L, "rate 3121 👍 great job", "rate_ticket", ticket_id=3121)
act(L, "feedback on the wifi ticket: took too long 👎", "rate_ticket", ticket_id=3121)

# ---------------------------------------------------------------------------------------------
# 4. How do I ...? (knowledge base) and ticket types
# ---------------------------------------------------------------------------------------------
kb(L, "how do i connect vpn from home")
kb(L, "how to reset my password myself?")
kb(E, "how do i clear a paper jam")
kb(E, "how set up mfa on new phone?")
kb(L, "how do i map a network drive")
kb(E, "how do i report phishing")
kb(L, "how to connect to the office wifi")
kb(E, "how do i pick the right mic in teams")
kb(L, "how do i install windows updates")
kb(L, "how can i get access to a sharepoint site")
kb(L, "how do i get IT stuff ready for a new starter")
kb(E, "kb article about outlook password prompts?")
kb(E, "search kb for vpn")
kb(E, "is there a guide for mapping drives")
kb(L, "how do i change my email signature")
kb(E, "how to share screen in teams meeting?")
look(E, "what kind of tickets can i open", "ticket_types")
look(L, "list ticket types", "ticket_types")
kb(A, "kb phishing")
kb(A, "how do users reset pw themselves")

# ---------------------------------------------------------------------------------------------
# 5. Admin console operations
# ---------------------------------------------------------------------------------------------
act(A, "assign 3101 to marcus", "update_ticket", ticket_id=3101, agent_id=8)
act(A, "reassign 3160 to daniel kim", "update_ticket", ticket_id=3160, agent_id=6)
act(A, "move 3140 to field services team", "update_ticket", ticket_id=3140, team_id=15)
act(A, "prio 3099 critical", "update_ticket", ticket_id=3099, priority_id=1)
act(A, "set 3110 status with supplier", "update_ticket", ticket_id=3110, status_id=5)
act(A, "change 3055 ticket type to problem", "update_ticket", ticket_id=3055, tickettype_id=21)
act(A, "3089 assign priya", "update_ticket", ticket_id=3089, agent_id=5)
act(A, "3131 status in progress", "update_ticket", ticket_id=3131, status_id=2)
act(A, "3120 priority high", "update_ticket", ticket_id=3120, priority_id=2)
act(A, "give 3115 to messaging team", "update_ticket", ticket_id=3115, team_id=11)

new(
    A, "new tkt globex cypress creek: printer offline in lobby", "printer", client_id=17, site_id=44
)
new(
    A,
    "for umbrella health site laboratory sensor pc not reporting",
    "sensor",
    client_id=23,
    site_id=52,
)
new(
    A, "log ticket for initech austin branch - internet down", "internet", client_id=42, site_id=102
)
new(
    A,
    "create for stark logistics site fleet depot: tablets wont sync",
    "tablets",
    client_id=27,
    site_id=62,
)
new(A, "new ticket for pepper potts: label printer offline", "label", user_id=601)
new(A, "raise tkt for noah williams, handheld scanner battery dead", "scanner", user_id=203)
new(A, "acme warehouse forklift terminal no network, new tkt", "forklift", client_id=12, site_id=32)
new(A, "for wayne foundation gotham office projector broken", "projector", client_id=35, site_id=71)

act(
    A,
    "close 3101 + visible note: replaced AP, scanner connects now",
    "resolve_ticket",
    ticket_id=3101,
)
act(
    A,
    "resolve 3160 and add visible note summarising fix: headset firmware updated",
    "resolve_ticket",
    ticket_id=3160,
)
act(A, "reopen 3030", "reopen_ticket", ticket_id=3030)
note(A, "internal note 3055: memory ordered from vendor", 3055, "memory")
note(A, "note 3099 visible: tech on site at 2pm", 3099, "2pm")

act(A, "show 3055", "get_ticket", ticket_id=3055)
act(A, "tkts opened this week", "list_tickets")
act(A, "open tickets since monday", "list_tickets")
act(A, "list 3099, 3055, 3160", "list_tickets", ticket_ids=[3055, 3099, 3160])

look(A, "who's in network team", "agents")
look(A, "agents on 2nd line?", "agents")
look(A, "teams list", "teams")
look(A, "contracts globex", "contracts")
look(A, "invoices initech", "invoices")
look(A, "assets for acme", "assets")
look(A, "appointments this week", "appointments")
look(A, "list reports", "reports")
look(A, "users at stark logistics", "users")
look(A, "sites umbrella", "sites")
look(A, "find customer wayne", "customers")

# ---------------------------------------------------------------------------------------------
# 6. Forbidden / impossible requests (refused at plan time)
# ---------------------------------------------------------------------------------------------
refuse(E, "status of 3120")  # Liam's
refuse(E, "show me ticket 3030")  # Olivia's
refuse(E, "close 3101 pls")  # Noah's
refuse(E, "add note to 3160: same problem here")  # Samir's
refuse(E, "whats up with 3999")  # does not exist
refuse(E, "reopen 3115")  # open
refuse(E, "close 3067")  # already closed
refuse(E, "assign 3115 to chloe pls")
refuse(E, "set my ticket 3042 priority to critical!!")
refuse(E, "who is in the network team")
refuse(E, "show acme contracts")
refuse(E, "list invoices")
refuse(E, "show me liams tickets")
refuse(E, "add internal note to 3089, only IT should see")
refuse(E, "change status of 3131 to in progress")
refuse(L, "ticket 3115 status?")  # Emma's
refuse(L, "reopen 3120")  # open
refuse(L, "close 3121")  # already closed
refuse(L, "details 789")  # Olivia's
refuse(L, "status of ticket 12345")  # does not exist
refuse(L, "list all agents")
refuse(L, "show assets for acme")
refuse(L, "what customers do we have")
refuse(A, "show 4321")  # does not exist
refuse(A, "close 3012")  # already closed
refuse(A, "reopen 3099")  # open
