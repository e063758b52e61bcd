"""Blind set, round 17: plain-language requests for the portal's Ask box.

Written blind by someone who had not seen the parser, from the Ask box's contract (issue 10),
the README and the simulator's demo data only (halo_integration/simulator/seed_tickets.py, seed_customers.py, seed_reference.py,
seed_extras.py, seed_texts.py). The writer never saw the parser, its tests or earlier sets.
Style: people trying the portal for the first time after an announcement e-mail (testing what it
can do, chatting as to a colleague, pasting from other systems); the admin trying the console's
plain-language box for the first time.

Seed facts relied on:
- Emma Jones (user 201, Acme Inc 12 / HQ 31):
  open   3042 "VPN disconnects when working from home" (With User), 3089 "Access to the Finance
         SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
         3131 "Request for a second monitor" (On Hold);
  closed 3005 "Password reset after holiday", 3018 "VPN client missing on new laptop",
         3067 "Printer on the 2nd floor keeps jamming", 3150 "Teams camera not detected"
         (Cancelled).
- Liam Patel (user 202, Acme Inc / HQ): 3076 "New starter: Mia Chen" (Pending Closure),
  3120 "Laptop fan very loud and overheating" (open, In Progress), 3121 "Wi-Fi drops in meeting
  room 2" (Closed).
- Other tickets: 3101 Noah Williams (203) "Warehouse scanner cannot join Wi-Fi" (open), 3012
  Joanna Baker "Printer on the 1st floor keeps jamming" (closed), 3055 "Blue screen on desktop PC"
  (open), 3099 "Laptop will not boot after Windows update" (open), 3160 "Teams calls dropping
  audio" (open), Olivia Brown (301, Globex): 3030 (closed), 3110 (open), 3140 (open, New), 789
  (closed). Ticket ids exist only for 789 and 3001..3260.
- Customers: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17 (Springfield Campus
  41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution
  Centre 61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
- Users: Noah Williams 203, Pepper Potts 601, Jill Valentine 503.
- Teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11, Network 12,
  Field Services 15. Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6,
  Chloe Martin 7, Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
- Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2, Action
  Required 3, With User 4, With Supplier 5, On Hold 28, Pending Closure 25, Closed 9,
  Cancelled 10. Ticket types: Incident 1, Service Request 3, Problem 21, Change 22, Alert 27.
- KB articles: VPN from home, self-service password reset, paper jams, MFA, Outlook password
  prompts, office Wi-Fi, SharePoint access, Teams meetings, new starter checklist, mapping a
  network drive, phishing, Windows updates.
"""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []


def _add(who: str, text: str, expect: dict[str, Any]) -> None:
    CASES.append({"as": who, "text": text, "expect": expect})


def create(who: str, text: str, word: str | None = None, **ids: int) -> None:
    params: dict[str, Any] = dict(ids)
    if word:
        params["summary_has"] = word
    _add(who, text, {"action": "create_ticket", "params": params})


def get(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "get_ticket", "params": {"ticket_id": ticket_id}})


def listing(who: str, text: str, ids: list[int] | None = None) -> None:
    params: dict[str, Any] = {"ticket_ids": sorted(ids)} if ids else {}
    _add(who, text, {"action": "list_tickets", "params": params})


def note(who: str, text: str, ticket_id: int, word: str | None = None) -> None:
    params: dict[str, Any] = {"ticket_id": ticket_id}
    if word:
        params["note_has"] = word
    _add(who, text, {"action": "add_note", "params": params})


def resolve(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}})


def reopen(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "reopen_ticket", "params": {"ticket_id": ticket_id}})


def rate(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "rate_ticket", "params": {"ticket_id": ticket_id}})


def update(who: str, text: str, ticket_id: int, **field: int) -> None:
    _add(who, text, {"action": "update_ticket", "params": {"ticket_id": ticket_id, **field}})


def lookup(who: str, text: str, entity: str) -> None:
    _add(who, text, {"action": "lookup", "params": {"entity": entity}})


def refused(who: str, text: str) -> None:
    _add(who, text, {"refused": True})


def vague(who: str, text: str, action: str) -> None:
    _add(who, text, {"candidates": True, "action": action})


E, L, A = "emma", "liam", "admin"

# ---------------------------------------------------------------------------------------------
# Employees reporting problems (new tickets). Emma's avoid her own ticket topics (VPN, printer,
# passwords, SharePoint, monitor, Teams camera, Outlook); Liam's avoid laptop fan, Wi-Fi, new starter.
# ---------------------------------------------------------------------------------------------
create(
    E,
    "Hi! Just trying this out after the email 🙂 My laptop battery dies after an hour even when it says 80%.",
    "battery",
)
create(
    E,
    "can you log a ticket for me? the spacebar on my laptop sticks and I have to hit it twice",
    "spacebar",
)
create(
    E,
    "Are you able to raise tickets? If so: the Wi-Fi near the kitchen on the 3rd floor is super slow today",
    "Wi-Fi",
)
create(E, "My mouse stopped working. Tried new batteries, nothing.", "mouse")
create(E, "Excel crashes every single time I open the Q3 budget file", "Excel")
create(
    E,
    "Error copied from the installer: 'Error 0x80070005: Access is denied' when I try to install the Zoom update",
    "Zoom",
)
create(
    E,
    "Hey, the projector in meeting room 4 won't show my laptop screen, meeting at 2pm 😬",
    "projector",
)
create(E, "I need Adobe Acrobat Pro installed so I can edit PDFs please", "Acrobat")
create(E, "OneDrive says 'sync paused' and won't resume no matter what I click", "OneDrive")
create(E, "the badge reader at the HQ side entrance doesn't accept my badge any more", "badge")
create(E, "my headset mic isn't picked up in Zoom calls, people can't hear me at all", "headset")
create(E, "could I get a new docking station? mine keeps turning both screens off and on", "dock")
create(
    E,
    "Got a popup saying my computer is infected and to call a phone number. I didn't call. Can someone check my PC?",
    "popup",
)
create(E, "Calendar invites from outside the company show up an hour off", "calendar")
create(
    E,
    "Can you install Python 3.12 on my laptop? I need it for a data course starting next week",
    "Python",
)
create(E, "The shared drive S: disappeared from my computer this morning", "drive")
create(E, "my screen stays black and the laptop beeps three times when I turn it on", "beep")
create(E, "URGENT!!! cant log into SAP, says user locked", "SAP")
create(
    E,
    "Please set up an email distribution list for the marketing team, about 12 people",
    "distribution",
)
create(
    E,
    "Windows keeps restarting to install updates in the middle of my calls, can IT stop that?",
    "update",
)
create(E, "I spilled tea on my keyboard 🙈 it types random letters now", "keyboard")
create(
    E,
    'This came up when I logged in: "The trust relationship between this workstation and the primary domain failed."',
    "trust relationship",
)
create(E, "Our team needs a new shared mailbox called events@acme.example", "mailbox")
create(E, "can you order me a laptop stand? my neck is killing me", "stand")
create(E, "The Wi-Fi on the 3rd floor keeps dropping every few minutes since yesterday", "Wi-Fi")
create(
    E, "I think someone got into my account, I had an MFA prompt at 3am that I didn't start", "MFA"
)
create(E, "My laptop charger stopped working, the light on the brick doesn't come on", "charger")
create(E, "Salesforce shows a blank white page after login in Chrome", "Salesforce")
create(
    E, "Is it possible to get a bigger mailbox? I keep getting 'mailbox full' warnings", "mailbox"
)
create(E, "The microphone on my laptop is really quiet in every app", "microphone")
create(
    E,
    "Need access to the Marketing folder on the S drive please, my manager Isla approved it",
    "Marketing",
)
create(E, "My laptop (asset tag AC-2219) has a cracked screen, it slid off the desk", "crack")
create(E, "Chrome keeps opening a weird search page I never set, maybe an extension?", "Chrome")
create(E, "bluetooth won't turn on, the toggle is just gone from settings", "Bluetooth")
create(
    E,
    "Hello, first time using this. The clock on my PC is 10 minutes behind and it makes me late for meetings",
    "clock",
)
create(
    E,
    "I'm going on leave from 1 March, please forward my mail to Isla Murphy while I'm away",
    "forward",
)
create(E, "Laptop is super slow, takes 10 minutes to start up and everything freezes", "slow")
create(E, "the left speaker on my laptop crackles whenever I play anything", "speaker")
create(
    E,
    "Hi team, Word won't let me save documents to OneDrive, it says 'upload blocked'. Thanks, Emma",
    "Word",
)
create(E, "need a USB stick that's encrypted for sending files to the auditors", "USB")
create(E, "PLEASE HELP MY FILES ARE ALL RENAMED TO .LOCKED", "locked")
create(E, "I'd like a wireless keyboard and mouse for home working please", "wireless")
create(
    E,
    "The Remote Workers site list on the intranet is out of date and shows people who left",
    "intranet",
)
create(E, "The contract management app won't open, it spins forever then says timeout", "contract")

create(L, "Outlook search doesn't find any emails older than last week", "search")
create(L, "Teams keeps crashing when I share my screen", "Teams")
create(L, "printer on the 3rd floor says toner low and the pages come out faded", "toner")
create(
    L,
    "can you unlock my account for the HR portal? I typed the wrong password too many times",
    "HR",
)
create(L, "I need VPN access so I can work from home next week", "VPN")
create(L, "My monitor keeps going to sleep every 2 minutes", "monitor")
create(L, "Request: a new SharePoint site for the Projects team please", "SharePoint")
create(
    L,
    "the webcam picture is upside down in Zoom, everyone thinks it's hilarious except me",
    "webcam",
)
create(L, "Can't join Teams meetings from the browser, it says browser not supported", "Teams")
create(L, "I'd like a new mobile phone, the battery on mine lasts 3 hours", "phone")
create(
    L,
    'Outlook won\'t start: "Cannot start Microsoft Outlook. Cannot open the Outlook window."',
    "Outlook",
)
create(L, "Need Visio installed for process diagrams", "Visio")
create(
    L,
    "The VPN client says 'certificate expired' when I try to connect from the hotel",
    "certificate",
)
create(
    L, "Can someone look at the big screen in the boardroom? the HDMI cable seems broken", "HDMI"
)
create(
    L, "My password expires tomorrow and the change-password page just gives an error", "password"
)
create(L, "Emails I send to Globex bounce back with 550 5.7.1 rejected", "bounc")
create(L, "the printer in the warehouse office keeps printing blank pages", "blank")
create(L, "Our team's shared calendar disappeared from Outlook overnight", "calendar")
create(L, "Excel macro gives 'Run-time error 1004' since the Office update", "macro")
create(L, "plz help my screen is flickering like crazy", "flicker")
create(L, "the USB-C port on my dock doesn't charge anything anymore", "dock")
create(L, "Can you add me to the sales@ distribution list?", "distribution")
create(
    L,
    "My authenticator app got wiped when I changed phones, now I can't sign in on the new one",
    "authenticator",
)
create(L, "Need a loan laptop for a visitor from Initech next Tuesday", "visitor")
create(L, "The 'Report Phishing' button vanished from my Outlook toolbar", "Phishing")
create(
    L,
    "hi, im new to this. my docking station doesnt detect my second screen since friday. thx",
    "dock",
)
create(L, "PowerPoint freezes whenever I insert a video", "PowerPoint")
create(L, "Adobe keeps asking me to sign in every time I open a PDF", "Adobe")
create(L, "I can't print to the colour printer at HQ from my Mac", "print")
create(L, "Calls on my desk phone drop after about 30 seconds", "phone")
create(L, "Please install the Jabra drivers, my headset isn't recognised", "headset")
create(L, "Can you order a replacement charger? I left mine in a taxi last night", "charger")
create(
    L,
    'Getting "Your organization\'s data cannot be pasted here" when I copy from Outlook into WhatsApp',
    "paste",
)
create(L, "the network drive P: asks for my credentials every morning", "drive")
create(L, "My access card stopped opening the server room door", "card")
create(L, "SOS: the CRM is down? getting 503 Service Unavailable for my whole team", "CRM")
create(L, "I deleted a section in OneNote by accident yesterday, can it be restored?", "OneNote")
create(L, "Are you able to create a ticket? Our Teams channel for Projects vanished", "channel")
create(L, "Good morning! The scanner on the 1st floor copier won't send scans to my email.", "scan")
create(L, "Zoom audio echoes for everyone else when I join from the quiet room", "echo")
create(L, "my keyboard's Enter key fell off 😅 need a replacement keyboard", "keyboard")
create(L, "Would like Power BI Desktop installed please — manager approved", "Power BI")
create(
    L,
    "Spotify?? no, kidding. Real one: my Outlook signature lost its logo after the update",
    "signature",
)

# ---------------------------------------------------------------------------------------------
# Employees asking about status / listing their tickets.
# ---------------------------------------------------------------------------------------------
get(E, "What's the status of 3115?", 3115)
get(E, "any news on ticket #3042?", 3042)
get(E, "is anyone working on my SharePoint access request?", 3089)
get(E, "whats happening with the second monitor I asked for", 3131)
get(E, "details on the Outlook password one please", 3115)
get(E, "Is the VPN dropping at home issue waiting on me? what do they need?", 3042)
get(E, "what happened in the end with my printer jam ticket", 3067)
get(E, "did the Teams camera ticket get closed?", 3150)
get(E, "Show me ticket 3005", 3005)
get(E, "can you tell me if 3089 has been approved yet?", 3089)
get(E, "Hi, what's the latest on 3131? Thanks!", 3131)
get(E, "tell me about the ticket where my new laptop had no VPN client", 3018)
listing(E, "can you show me my tickets?")
listing(E, "Are you able to list everything I have open right now?")
listing(E, "show my closed tickets")
listing(E, "which tickets did I open this week?")
listing(E, "Have I raised anything since Monday?")
listing(E, "status of 3042 and 3115 please", [3042, 3115])
listing(E, "Can you pull up 3089, 3131 and 3115?", [3089, 3115, 3131])
vague(E, "what's going on with my ticket?", "get_ticket")
lookup(E, "what kinds of tickets can I raise here?", "ticket_types")

get(L, "status 3120?", 3120)
get(L, "how's my laptop fan ticket going", 3120)
get(L, "any progress on Mia Chen's onboarding?", 3076)
get(L, "What did IT say about the wifi in meeting room 2?", 3121)
get(L, "can you check on ticket 3076 for me", 3076)
get(L, "ticket 3121 — was that ever fixed?", 3121)
get(L, "Are you able to tell me what's happening with the overheating laptop?", 3120)
listing(L, "list my tickets")
listing(L, "show me my open ones")
listing(L, "tickets I raised in the last 7 days")
listing(L, "what have I opened today?")
listing(L, "3120 and 3121 status", [3120, 3121])
listing(L, "show all my tickets, open and closed")
vague(L, "whats the status of my ticket", "get_ticket")
lookup(L, "list ticket types", "ticket_types")

# ---------------------------------------------------------------------------------------------
# Employees: notes, resolve, reopen, rate (own tickets, by id and by description).
# ---------------------------------------------------------------------------------------------
note(E, "add a note to 3042: it dropped 4 times this morning, mostly around 10am", 3042, "10am")
note(
    E,
    "Please tell whoever has my VPN disconnect ticket that I'm in the office Thursday so they can look at it",
    3042,
    "Thursday",
)
note(E, "reply on 3115: signed out and back in like you said, still asking", 3115, "still asking")
note(E, "For 3089 — my manager Isla Murphy has approved the Finance access", 3089, "approved")
note(E, "update my monitor request: a 27 inch one would be best", 3131, "27")
note(
    E,
    "On the Outlook ticket, let them know the prompt now comes every 30 min instead of 10",
    3115,
    "30 min",
)
note(E, "can you add this to 3042? the error says 'Tunnel closed by peer'", 3042, "Tunnel closed")
note(E, "Add a note to 3131 — Hannah can drop it at my desk any afternoon", 3131, "afternoon")
note(E, "Hi, on 3089 can you add that I need edit rights, not just read", 3089, "edit")
vague(E, "add a comment to my ticket: I'll be working from home tomorrow", "add_note")
note(L, "note for 3120: fan noise is worse when it's charging", 3120, "charging")
note(L, "add to my laptop ticket that I can bring it to the service desk at 3pm", 3120, "3pm")
note(L, "tell IT on the new starter ticket that Mia needs Salesforce too", 3076, "Salesforce")
note(L, "Add to 3076: Mia's start date moved to Wednesday", 3076, "Wednesday")
note(L, "comment on 3120: serial number from the sticker is 5CG1234XYZ", 3120, "5CG1234XYZ")

resolve(E, "3115 is fixed now, you can close it 🎉", 3115)
resolve(E, "Please resolve my VPN ticket — it works again", 3042)
resolve(E, "close 3131, a colleague gave me their spare monitor", 3131)
resolve(E, "Finance SharePoint access works now, thanks! please close the ticket", 3089)
resolve(E, "The Outlook password prompts have stopped. Mark it resolved.", 3115)
resolve(E, "It's fixed, close 3042", 3042)
resolve(E, "pls close the second monitor request, don't need it anymore", 3131)
vague(E, "can you close my ticket? all good now", "resolve_ticket")
resolve(L, "laptop fan is quiet again after the BIOS update, close 3120", 3120)
resolve(L, "you can close my overheating laptop ticket, it's behaving now", 3120)
resolve(L, "Resolve 3120 pls", 3120)
resolve(L, "Are you able to close tickets? If yes, close 3120, the fan is fine now", 3120)

reopen(E, "reopen 3067, the printer is jamming again", 3067)
reopen(
    E,
    "The VPN client disappeared from my laptop again after the reinstall, please reopen that ticket",
    3018,
)
reopen(E, "Can you reopen 3005? the password reset didn't stick", 3005)
reopen(E, "The 2nd floor printer is jamming again, can you open my old ticket back up?", 3067)
vague(E, "I want to reopen my ticket, the problem came back", "reopen_ticket")
reopen(L, "Wi-Fi in meeting room 2 is dropping again during calls. reopen please", 3121)
reopen(L, "reopen ticket 3121", 3121)

rate(E, "rate 3067 5 stars", 3067)
rate(E, "feedback on my password reset ticket: quick and friendly, 5/5", 3005)
rate(E, "3018 👍 great job", 3018)
rate(E, "give the printer jam ticket 3 stars, it took a while", 3067)
vague(E, "I'd like to leave feedback on one of my tickets", "rate_ticket")
rate(L, "3121 was sorted really fast, 4 out of 5", 3121)
rate(L, "rate my wifi ticket 5", 3121)
rate(L, "rate 3121 ⭐⭐⭐⭐⭐", 3121)

# ---------------------------------------------------------------------------------------------
# How do I ...? (knowledge base).
# ---------------------------------------------------------------------------------------------
kb = "kb_articles"
lookup(E, "how do I map a network drive?", kb)
lookup(E, "How do I set up MFA on my new phone?", kb)
lookup(E, "how do i report a phishing email", kb)
lookup(E, "how do I get on the office Wi-Fi with my laptop?", kb)
lookup(E, "how to install windows updates?", kb)
lookup(E, "How can I request access to a SharePoint site?", kb)
lookup(E, "search the knowledge base for paper jams", kb)
lookup(E, "How do I reset my password myself?", kb)
lookup(E, "can you find me an article about joining Teams meetings?", kb)
lookup(L, "how do I stop Outlook asking for my password?", kb)
lookup(L, "How do I connect to the VPN from home?", kb)
lookup(L, "what does IT need before a new person starts? is there a checklist?", kb)
lookup(L, "kb article on vpn please", kb)
lookup(L, "how do I pick a different microphone in Teams", kb)
lookup(L, "how to map the S drive", kb)
lookup(L, "how do I clear a jam in the floor printer?", kb)
lookup(L, "Is there a guide for setting up the Authenticator app?", kb)
lookup(A, "search KB for MFA", kb)
lookup(A, "how do users connect to the Corp wifi? need the article to send someone", kb)
lookup(A, "how do I tell someone to reset their own password?", kb)

# ---------------------------------------------------------------------------------------------
# Admin console operations.
# ---------------------------------------------------------------------------------------------
create(A, "for Globex site Cypress Creek printer offline", "printer", client_id=17, site_id=44)
create(
    A,
    "new ticket for Umbrella Health, Laboratory site: fridge temperature sensor not reporting",
    "temperature",
    client_id=23,
    site_id=52,
)
create(
    A,
    "log for Stark Logistics Fleet Depot - tablets can't sync routes",
    "tablet",
    client_id=27,
    site_id=62,
)
create(
    A,
    "raise a ticket on behalf of Noah Williams: his handheld scanner won't charge",
    "charge",
    user_id=203,
)
create(A, "Initech Austin Branch: internet down since 9am", "internet", client_id=42, site_id=102)
create(A, "for Wayne Foundation: set up a shared mailbox for donations", "mailbox", client_id=35)
create(
    A,
    "Acme Warehouse site, the label printer is jamming on every label",
    "label",
    client_id=12,
    site_id=32,
)
create(A, "open a ticket for Pepper Potts: laptop screen flickering", "flicker", user_id=601)

update(A, "assign 3101 to Marcus Reid", 3101, agent_id=8)
update(A, "give 3140 to Hannah Fischer please", 3140, agent_id=9)
update(A, "move 3160 to the Messaging team", 3160, team_id=11)
update(A, "set 3099 priority to critical", 3099, priority_id=1)
update(A, "3055 should be High priority", 3055, priority_id=2)
update(A, "put 3110 on hold", 3110, status_id=28)
update(A, "change 3160 to ticket type Problem", 3160, tickettype_id=21)
update(A, "set the status of 3140 to Action Required", 3140, status_id=3)

resolve(
    A,
    "resolve 3101 and add a visible note summarising the fix: scanner re-enrolled on the Corp Wi-Fi",
    3101,
)
resolve(
    A,
    "close 3099 with a public note saying we rolled back the Windows update and it boots fine",
    3099,
)
note(A, "add note to 3055: replaced RAM, monitoring for a week", 3055, "RAM")
reopen(A, "reopen 3030 — Olivia says her calendar is empty again", 3030)
get(A, "what's the latest on 3160?", 3160)
listing(A, "show me 3012, 3055 and 3099", [3012, 3055, 3099])
listing(A, "tickets opened this week")
listing(A, "anything logged since Monday?")

lookup(A, "who is in the Network team?", "agents")
lookup(A, "list all teams", "teams")
lookup(A, "which agents are in 2nd Line Support", "agents")
lookup(A, "show customers", "customers")
lookup(A, "sites for Umbrella Health", "sites")
lookup(A, "find user Jill Valentine", "users")
lookup(A, "what assets does Emma Jones have?", "assets")
lookup(A, "contracts for Globex", "contracts")
lookup(A, "any invoices for Acme this month?", "invoices")
lookup(A, "appointments tomorrow", "appointments")
lookup(A, "show me the reports", "reports")
lookup(A, "what ticket types do we have", "ticket_types")

# ---------------------------------------------------------------------------------------------
# Forbidden / impossible requests (refused at plan time).
# ---------------------------------------------------------------------------------------------
refused(E, "what's the status of 3120?")
refused(E, "show me ticket 3101")
refused(E, "close 3160 please")
refused(E, "reopen 789")
refused(E, "status of 4711?")
refused(E, "add a note to 3999: this is still broken")
refused(E, "close 3067")
refused(E, "resolve 3005, it's fine")
refused(E, "reopen 3115")
refused(E, "assign 3042 to Marcus Reid")
refused(E, "make 3115 critical priority")
refused(E, "set 3089 to In Progress")
refused(E, "add an internal note to 3131 that only IT can see")
refused(E, "which people are on the Network team? want to thank them")
refused(E, "list all customers")
refused(E, "show me Liam's tickets")
refused(E, "show me Acme's contracts")
refused(L, "what's happening with 3115?")
refused(L, "close Emma's Outlook ticket")
refused(L, "reopen 3042")
refused(L, "list the agents")
refused(L, "rate 3120 5 stars")
refused(L, "show all open tickets for Globex")
refused(L, "ticket 12345 status")
refused(L, "move my ticket 3120 to the Field Services team")
refused(L, "add a hidden note to 3120")
refused(A, "get ticket 99999")
refused(A, "close 3012")
refused(A, "reopen 3055")
