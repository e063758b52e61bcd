"""Blind set, round 13: plain-language requests for the portal's Ask box.

Written blind by someone who had not seen the parser, from README.md, DESIGN.md and
the simulator's seed files only (halo_integration/simulator/seed_customers.py, seed_reference.py,
seed_tickets.py, seed_texts.py, seed_extras.py). The writer never read the parser, its tests, the
measurement script or any earlier set.

Style: employees from all over the company (sales, warehouse, finance, HR, managers) describing
everyday IT in their own words, often with why it matters; the admin is the service-desk team lead
typing quickly between calls.

Seed facts relied on
- Emma Jones = user 201, Liam Patel = user 202 (Acme Inc 12, site HQ 31).
- Emma's tickets: 3005 "Password reset after holiday" (Closed), 3018 "VPN client missing on new
  laptop" (Closed), 3042 "VPN disconnects when working from home" (With User, open), 3067 "Printer
  on the 2nd floor keeps jamming" (Closed), 3089 "Access to the Finance SharePoint site" (New,
  open), 3115 "Outlook keeps asking for my password" (In Progress, open), 3131 "Request for a second
  monitor" (On Hold, open), 3150 "Teams camera not detected" (Cancelled). Open: 3042, 3089, 3115,
  3131; closed: 3005, 3018, 3067 (and 3150, cancelled; not used for reopen/rate).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure; used only for reads and notes),
  3120 "Laptop fan very loud and overheating" (In Progress, open), 3121 "Wi-Fi drops in meeting
  room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams, Warehouse scanner, Action Required), 3012 (Joanna
  Baker, Closed), 3055 (Peter Gibbons, In Progress), 3099 (Michael Bolton, Action Required), 3160
  (Samir, With User), 3030 (Olivia Brown, Closed), 3110 (Olivia, In Progress), 3140 (Olivia, New),
  789 (Olivia, Closed). Ticket ids exist only as 789 and 3001..3260; 3000, 4521, 5150, 8812,
  9876, 70001 and the like do not.
- Customers: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17 (Springfield Campus
  41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution Centre
  61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
- Users used: Noah Williams 203, Joanna Baker 404, Pepper Potts 601, Lucius Fox 701.
- Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6, Chloe Martin 7,
  Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11. Teams: Service Desk 2, 1st Line Support 5,
  2nd Line Support 6, Messaging 11, Network 12, Field Services 15.
- Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2, Action
  Required 3, With User 4, With Supplier 5, On Hold 28. Ticket types: Incident 1, Service
  Request 3, Problem 21, Change 22.
- KB articles exist on VPN, password self-service reset, paper jams, MFA, Outlook password
  prompts, office Wi-Fi, SharePoint access, Teams meetings, new starter checklist, mapping a
  network drive, phishing, Windows updates. Asset AC-2219 is Emma's laptop, AC-2231 Liam's.
"""

from __future__ import annotations

EMMA, LIAM, ADMIN = "emma", "liam", "admin"


def create(who: str, text: str, has: str | None = None, **params: int) -> dict:
    expect: dict = {"action": "create_ticket", "params": dict(params)}
    if has:
        expect["params"]["summary_has"] = has
    return {"as": who, "text": text, "expect": expect}


def act(who: str, action: str, text: str, **params: object) -> dict:
    return {"as": who, "text": text, "expect": {"action": action, "params": dict(params)}}


def get(who: str, text: str, tid: int) -> dict:
    return act(who, "get_ticket", text, ticket_id=tid)


def listing(who: str, text: str, ids: list[int] | None = None) -> dict:
    if ids:
        return act(who, "list_tickets", text, ticket_ids=sorted(ids))
    return act(who, "list_tickets", text)


def note(who: str, text: str, tid: int, has: str | None = None) -> dict:
    if has:
        return act(who, "add_note", text, ticket_id=tid, note_has=has)
    return act(who, "add_note", text, ticket_id=tid)


def resolve(who: str, text: str, tid: int) -> dict:
    return act(who, "resolve_ticket", text, ticket_id=tid)


def reopen(who: str, text: str, tid: int) -> dict:
    return act(who, "reopen_ticket", text, ticket_id=tid)


def rate(who: str, text: str, tid: int) -> dict:
    return act(who, "rate_ticket", text, ticket_id=tid)


def update(text: str, tid: int, **field: int) -> dict:
    return act(ADMIN, "update_ticket", text, ticket_id=tid, **field)


def lookup(who: str, text: str, entity: str) -> dict:
    return act(who, "lookup", text, entity=entity)


def refused(who: str, text: str) -> dict:
    return {"as": who, "text": text, "expect": {"refused": True}}


def vague(who: str, text: str, action: str) -> dict:
    return {"as": who, "text": text, "expect": {"candidates": True, "action": action}}


# --------------------------------------------------------------------------------------------
# 1. Employees reporting problems (new tickets)
# --------------------------------------------------------------------------------------------
EMPLOYEE_CREATE = [
    create(
        EMMA,
        "Hi, Excel freezes every time I open the Q3 forecast workbook and I'm presenting "
        "it to the board at 3pm. Can someone help asap?",
        "Excel",
    ),
    create(EMMA, "my keyboard's E key literally fell off 😂 can I get a new keyboard", "keyboard"),
    create(
        EMMA,
        "The badge reader at reception won't accept my card since this morning, I had to "
        "be buzzed in",
        "badge",
    ),
    create(
        EMMA,
        "Sage keeps logging me out in the middle of posting invoices – lost 20 mins of "
        "work twice today",
        "Sage",
    ),
    create(
        EMMA,
        "The projector in Boardroom B says 'No signal' when I plug my laptop in. Board "
        "meets at 3!!",
        "projector",
    ),
    create(
        EMMA,
        "Could someone install Power BI Desktop on my laptop please? Finance wants the "
        "new dashboards by Friday.",
        "Power BI",
    ),
    create(
        EMMA,
        "My headset mic isn't being picked up on calls, customers keep saying they can't hear me",
        "headset",
    ),
    create(
        EMMA,
        "OneDrive says my storage is full and has stopped syncing my expense receipts",
        "OneDrive",
    ),
    create(
        EMMA, "I spilled coffee on my laptop ☕ and now some keys type twice. Sorry!!", "coffee"
    ),
    create(
        EMMA,
        "The Accounts Payable shared mailbox has vanished from my Outlook. Suppliers are "
        "chasing payments and I can't see their emails",
        "mailbox",
    ),
    create(
        EMMA,
        "My laptop charger cable is frayed and sparks a bit near the plug, I need a "
        "replacement charger",
        "charger",
    ),
    create(
        EMMA,
        "We have a new HR assistant, Ruby Clarke, starting on the 3rd – she'll need a "
        "laptop, email and access to the HR drive",
        "Ruby",
    ),
    create(
        EMMA,
        "Please set up a distribution list for the regional sales managers, about 12 people",
        "distribution list",
    ),
    create(
        EMMA,
        "Our team drive S: shows a red X and says disconnected. Month-end close is "
        "tomorrow so this is urgent",
        "drive",
    ),
    create(
        EMMA, "Acrobat says my licence has expired whenever I open a contract to sign it", "Acrobat"
    ),
    create(EMMA, "mouse double clicks on its own, driving me mad", "mouse"),
    create(
        EMMA,
        "Zoom won't let me share my screen and I'm presenting to a client in 20 minutes!!!",
        "Zoom",
    ),
    create(
        EMMA,
        "Windows keeps forcing a restart every hour ('Your organization requires "
        "updates') and I keep losing my spreadsheets",
        "restart",
    ),
    create(
        EMMA,
        "Locked out of the CRM after too many attempts — customer is on hold on the "
        "other line, please help!",
        "CRM",
    ),
    create(
        EMMA,
        "I need access to the HR shared folder for the appraisal round starting next week",
        "HR",
    ),
    create(
        EMMA,
        "My laptop battery dies after 40 minutes and I'm on the train to the Leeds office tomorrow",
        "battery",
    ),
    create(
        EMMA,
        "Can't open any PDF attachments, it says the file is corrupted. Tried three "
        "different ones from different senders.",
        "PDF",
    ),
    create(
        EMMA,
        "Laptop screen went black and it won't turn on at all, I've held the power "
        "button for 30 seconds",
        "laptop",
    ),
    create(
        EMMA,
        "Got an email pretending to be payroll asking me to confirm my bank details. "
        "Pretty sure it's phishing, I didn't click anything.",
        "email",
    ),
    create(
        EMMA,
        "Client meeting invites show up an hour off in my calendar since the clocks changed",
        "calendar",
    ),
    create(
        EMMA,
        "Need Visio installed for the org charts, the HR director wants them on Thursday",
        "Visio",
    ),
    create(
        EMMA, "expense app on my phone won't upload receipts, just says 'network error'", "expense"
    ),
    create(
        EMMA,
        "The Warehouse site has no internet at all – pickers can't see the order queue",
        "internet",
    ),
    create(EMMA, "GOOD MORNING. THE SCANNER ON THE 3RD FLOOR ONLY SCANS BLANK PAGES", "scanner"),
    create(
        EMMA,
        "hi there, Word keeps crashing when I insert a table. Error: 'Microsoft Word has "
        "stopped working'. It's the tender document due at 5pm",
        "Word",
    ),
    create(
        EMMA,
        "The payroll system shows everyone's hours as zero this morning and payday is Friday",
        "payroll",
    ),
    create(
        EMMA, "My laptop clock is 7 minutes fast and it's messing up the timesheet system", "clock"
    ),
    create(
        EMMA,
        "The Teams channel for the audit committee has disappeared, the external auditors "
        "were using it all week",
        "channel",
    ),
    create(
        EMMA,
        "Could someone put an out of office on Kate's mailbox? She's off sick and I'm her manager",
        "mailbox",
    ),
    create(
        EMMA,
        "The contract templates folder is suddenly read-only for me, I could edit it last week",
        "templates",
    ),
    create(EMMA, "Need a USB-C to HDMI adapter for client presentations please", "adapter"),
    create(
        EMMA,
        "hiya 👋 my laptop speakers crackle constantly, any chance someone could have a look",
        "speakers",
    ),
    create(
        EMMA,
        "Browser says 'Your connection is not private' on the intranet since this "
        "morning – NET::ERR_CERT_DATE_INVALID",
        "intranet",
    ),
    create(
        EMMA,
        "the visitor sign-in screen in reception has frozen and visitors are queuing out the door",
        "screen",
    ),
    create(EMMA, "My new iPhone won't pick up work email, the old one was fine", "iPhone"),
    create(
        EMMA,
        "I'm going on maternity leave next month, can my mail be forwarded to my deputy "
        "while I'm away?",
        "forward",
    ),
    create(
        EMMA,
        "Salesforce dashboards are still showing last quarter's numbers, they haven't "
        "refreshed since Sunday",
        "Salesforce",
    ),
    create(
        EMMA, "Desk phone keeps ringing with nobody on the line, every 15 minutes or so", "phone"
    ),
    create(
        EMMA,
        "Can I get Adobe Illustrator? Marketing sent me brochure files I need to tweak",
        "Illustrator",
    ),
    create(
        EMMA,
        "The Excel add-in we use for bank reconciliations has disappeared from the ribbon",
        "add-in",
    ),
    create(
        EMMA,
        "Two-factor codes by text aren't arriving any more and I'm stuck outside the "
        "expenses portal",
        "Two-factor",
    ),
    create(
        EMMA,
        "The HR system won't load my team's holiday requests, just a spinning wheel",
        "holiday",
    ),
    create(
        EMMA,
        "Hi IT team, hope you're well! My laptop's Wi-Fi seems to have died, it can't "
        "see any networks at all. Cheers, Emma",
        "Wi-Fi",
    ),
    create(EMMA, "Please reset the voicemail PIN on my desk phone, I've forgotten it", "voicemail"),
    # Liam
    create(
        LIAM,
        "Printer in the sales area prints everything faint grey, customer quotes look awful",
        "printer",
    ),
    create(
        LIAM,
        "Label printer in dispatch is spitting out blank labels and the trucks leave at 4!",
        "label",
    ),
    create(
        LIAM,
        "Teams crashes every time I share my screen in a client demo. Happened 3 times today.",
        "Teams",
    ),
    create(
        LIAM,
        "cant log in to salesforce – AADSTS50105: The signed in user is not assigned to "
        "a role for the application",
        "salesforce",
    ),
    create(LIAM, "The barcode scanner at goods-in won't pair with the tablet anymore", "barcode"),
    create(LIAM, "My docking station stopped charging my laptop overnight", "docking"),
    create(
        LIAM, "We've got a contractor starting Monday who needs VPN access for about 6 weeks", "VPN"
    ),
    create(
        LIAM,
        "Outlook won't send anything, it's all stuck in the Outbox and I've got a quote "
        "to get to a customer today",
        "Outlook",
    ),
    create(LIAM, "desk phone has no dial tone", "dial tone"),
    create(LIAM, "My monitor flickers non-stop, I've got a headache by lunchtime", "monitor"),
    create(
        LIAM,
        "please add me to the Marketing distribution list, I'm covering campaigns now",
        "Marketing",
    ),
    create(
        LIAM,
        "The TV in meeting room 4 won't mirror from any laptop and I've a customer demo "
        "in there at 2",
        "TV",
    ),
    create(
        LIAM,
        "All the warehouse tablets are showing 'No internet' since the power cut this morning",
        "tablets",
    ),
    create(LIAM, "The forklift terminal in aisle 7 keeps rebooting every few minutes", "terminal"),
    create(
        LIAM,
        "I left my work phone on the train 😩 please block it asap, it has customer contacts on it",
        "phone",
    ),
    create(
        LIAM,
        "ERP is crawling today, every screen takes 30 secs and order entry is backing up",
        "ERP",
    ),
    create(
        LIAM,
        "Could we get Tableau for the sales pipeline reports? The sales director has approved it",
        "Tableau",
    ),
    create(
        LIAM,
        "MFA codes aren't coming through on my new phone, I switched from Android to "
        "iPhone at the weekend",
        "MFA",
    ),
    create(
        LIAM,
        "The stock count spreadsheet on SharePoint says it's locked for editing by me, "
        "but I don't have it open anywhere",
        "spreadsheet",
    ),
    create(LIAM, "scroll wheel on my mouse is broken, need a new mouse pls", "mouse"),
    create(
        LIAM,
        "The shared delivery calendar vanished from Outlook and the drivers' schedule is in it",
        "calendar",
    ),
    create(
        LIAM, "pls install Zoom on my laptop, a customer insists on it for tomorrow's call", "Zoom"
    ),
    create(LIAM, "KEYBOARD NOT WORKING AT ALL. TYPING THIS ON MY PHONE", "keyboard"),
    create(LIAM, "Webcam picture is upside down in every meeting lol", "webcam"),
    create(
        LIAM,
        "Windows Update failed with 0x80070002 and it tries again at every restart",
        "Windows Update",
    ),
    create(
        LIAM,
        "Sales team needs a shared mailbox for enquiries@ so we can all answer leads",
        "shared mailbox",
    ),
    create(LIAM, "My laptop screen cracked on the way back from the trade show", "cracked"),
    create(
        LIAM,
        "Stock levels in the ERP don't match the warehouse system since last night's sync",
        "stock",
    ),
    create(
        LIAM, "the handheld printer for delivery notes won't connect over bluetooth", "bluetooth"
    ),
    create(
        LIAM,
        "Hello, the CCTV monitor in the yard has gone blank and security needs it back "
        "before the night shift",
        "CCTV",
    ),
    create(
        LIAM,
        "Can't get into the customer portal, it says 'session expired' straight after I log in",
        "portal",
    ),
    create(
        LIAM,
        "hi! our new sales rep Oscar Bell starts on the 14th and needs a laptop, phone "
        "and CRM login",
        "Oscar",
    ),
    create(LIAM, "Excel closes by itself whenever I paste from the ERP export", "Excel"),
    create(
        LIAM,
        "Outlook search doesn't find anything older than a week and I need an old order "
        "confirmation for a customer dispute",
        "search",
    ),
    create(
        LIAM,
        "The goods-in PC wants an admin password to install the courier's label software",
        "courier",
    ),
    create(
        LIAM,
        "I lose my network drive mappings after every reboot, have to redo them each morning",
        "drive",
    ),
    create(LIAM, "Need a second headset for the call centre temp who starts Monday", "headset"),
    create(
        LIAM,
        "Teams shows me as 'Away' all day even while I'm typing, customers think I'm ignoring them",
        "Away",
    ),
    create(LIAM, "the big copier in the warehouse office jams on A3 paper only", "copier"),
]

# --------------------------------------------------------------------------------------------
# 2. Employees asking about status / listing their tickets
# --------------------------------------------------------------------------------------------
EMPLOYEE_STATUS = [
    get(EMMA, "What's the status of 3115?", 3115),
    get(EMMA, "any news on ticket #3131? it's the second monitor", 3131),
    get(
        EMMA,
        "hi, quick one - has anyone picked up 3089 yet? I need the access before month end",
        3089,
    ),
    get(EMMA, "3042 update pls", 3042),
    get(EMMA, "Can you show me ticket 3005", 3005),
    get(EMMA, "what happened with 3150 in the end?", 3150),
    get(EMMA, "can you show me what IT wrote on 3115", 3115),
    get(EMMA, "Is there any progress on my Finance SharePoint access?", 3089),
    get(EMMA, "where are we with the Outlook password pop-ups ticket?", 3115),
    get(EMMA, "whats happening w/ my second monitor request", 3131),
    get(EMMA, "Any update on the VPN dropping out when I work from home?", 3042),
    get(EMMA, "what was the outcome of my printer jam ticket?", 3067),
    get(EMMA, "did the Teams camera ticket ever get sorted?", 3150),
    get(EMMA, "When is someone coming about the extra monitor for my desk?", 3131),
    get(LIAM, "status of 3120?", 3120),
    get(LIAM, "3076 - is Mia's laptop ready yet? she starts Monday", 3076),
    get(LIAM, "show me 3121", 3121),
    get(LIAM, "any news on the loud laptop fan? it's like a jet engine in client calls", 3120),
    get(LIAM, "has the new starter setup for Mia Chen been done?", 3076),
    get(LIAM, "What did IT end up doing about the meeting room 2 wifi?", 3121),
    get(LIAM, "is my overheating laptop one still being worked on?", 3120),
    listing(EMMA, "show me all my tickets"),
    listing(EMMA, "What tickets do I have open right now?"),
    listing(EMMA, "list my closed tickets please"),
    listing(EMMA, "which tickets did I raise this week?"),
    listing(EMMA, "anything I've opened since Monday?"),
    listing(LIAM, "my tickets pls"),
    listing(LIAM, "What have I logged with IT in the last month?"),
    listing(EMMA, "Status of 3042 and 3115 please", [3042, 3115]),
    listing(
        EMMA,
        "can you check 3089, 3131 and 3115 for me before my 1:1 with my manager",
        [3089, 3115, 3131],
    ),
    listing(LIAM, "3120 and 3121 — where are they at?", [3120, 3121]),
    listing(EMMA, "show me my open tickets and when they were last updated"),
    listing(LIAM, "list everything I've reported, open or closed"),
    vague(EMMA, "what's the status of my ticket?", "get_ticket"),
    vague(EMMA, "any update on my VPN ticket?", "get_ticket"),
    vague(EMMA, "what's going on with my password ticket", "get_ticket"),
    vague(LIAM, "any update on my ticket?", "get_ticket"),
    vague(EMMA, "has anyone looked at my request yet?", "get_ticket"),
]

# --------------------------------------------------------------------------------------------
# 3. Employees: notes, resolve, reopen, rate (by id and by description)
# --------------------------------------------------------------------------------------------
EMPLOYEE_CHANGES = [
    # notes by id
    note(
        EMMA, "Add a note to 3115: it happened again after the reboot this morning", 3115, "reboot"
    ),
    note(
        EMMA,
        "pls tell the tech on 3131 that I'm only in the office Tuesdays and Thursdays",
        3131,
        "Tuesdays",
    ),
    note(
        EMMA,
        "reply to 3042: the drops happen mostly around 2pm, I tried a cable too and same thing",
        3042,
        "2pm",
    ),
    note(
        EMMA,
        "For ticket 3089 — my manager has approved this, she replied to the email yesterday",
        3089,
        "approved",
    ),
    note(
        LIAM, "add a comment to 3120: it's even louder when I'm on video calls", 3120, "video calls"
    ),
    note(LIAM, "3076 note: Mia's start date has moved to Wednesday", 3076, "Wednesday"),
    note(
        EMMA,
        "Can you add to 3115 that I'm working from home tomorrow, so a remote session is best",
        3115,
        "remote session",
    ),
    note(
        LIAM,
        "tell whoever has 3120 I'm at the Birmingham office until Weds, I can drop the "
        "laptop off Thursday",
        3120,
        "Thursday",
    ),
    # notes by description
    note(
        EMMA,
        "For my second monitor request: a 24 inch one is fine, it doesn't need to be fancy",
        3131,
        "24 inch",
    ),
    note(
        EMMA,
        "add to the Outlook password ticket that it also happens on my phone now",
        3115,
        "phone",
    ),
    note(
        EMMA,
        "re the VPN dropping at home – my router is a BT Smart Hub 2 if that helps",
        3042,
        "Smart Hub",
    ),
    note(
        EMMA,
        "Can you note on the finance sharepoint request that I need edit rights, not just read",
        3089,
        "edit rights",
    ),
    note(
        LIAM, "on my laptop fan ticket: it's also getting really hot near the hinge", 3120, "hinge"
    ),
    note(
        LIAM,
        "add to the Mia Chen new starter ticket: she'll also need a Salesforce licence",
        3076,
        "Salesforce",
    ),
    note(
        EMMA,
        "Please put this on the monitor request: my desk is 4.12 on the 4th floor",
        3131,
        "4.12",
    ),
    note(
        EMMA,
        "reply on my VPN-at-home ticket: yes, it still happens after a restart",
        3042,
        "restart",
    ),
    note(
        LIAM,
        "the fan noise is back. add to 3120: it started again after the BIOS update",
        3120,
        "BIOS",
    ),
    vague(EMMA, "add a note to my ticket: I'm on annual leave 12th–19th", "add_note"),
    vague(LIAM, "please add to my ticket that I'm out all day tomorrow", "add_note"),
    vague(EMMA, "Tell IT on my open ticket that I'm back on Monday", "add_note"),
    # resolve by id
    resolve(EMMA, "please close 3115, outlook has stopped asking 🙌", 3115),
    resolve(EMMA, "3131 can be closed, I got a monitor from a colleague who left", 3131),
    resolve(EMMA, "Resolve ticket 3089 please – the access works now", 3089),
    resolve(EMMA, "you can mark 3042 as fixed, thanks for the help", 3042),
    resolve(LIAM, "close 3120, the fan was replaced and it's silent now", 3120),
    # resolve by description
    resolve(EMMA, "The VPN hasn't dropped once this week at home, you can close that one", 3042),
    resolve(EMMA, "I can get into the Finance SharePoint now, thanks! Please close it", 3089),
    resolve(EMMA, "please close my second monitor request, not needed any more", 3131),
    resolve(
        EMMA,
        "Outlook password prompts are gone after the profile reset. Feel free to close the ticket",
        3115,
    ),
    resolve(
        LIAM, "laptop is quiet now after the clean-out, you can close my overheating ticket", 3120
    ),
    vague(EMMA, "it's fixed, close my ticket", "resolve_ticket"),
    vague(EMMA, "all sorted now, you can close my open ticket", "resolve_ticket"),
    # reopen by id
    reopen(EMMA, "Please reopen 3067, the 2nd floor printer is jamming again", 3067),
    reopen(EMMA, "reopen 3018 – the VPN client vanished after the last update", 3018),
    reopen(EMMA, "can 3005 be reopened? the reset didn't stick and I'm locked out again", 3005),
    reopen(LIAM, "reopen 3121 pls, wifi dropping in room 2 again during my call", 3121),
    # reopen by description
    reopen(
        EMMA, "The printer on the 2nd floor is jamming again – can you reopen my old ticket?", 3067
    ),
    reopen(
        EMMA, "the VPN client has disappeared from my laptop again, please reopen that ticket", 3018
    ),
    reopen(LIAM, "the meeting room 2 wifi problem is back, can you reopen it?", 3121),
    reopen(
        EMMA,
        "my password reset ticket from after the holiday — please reopen it, same problem again",
        3005,
    ),
    vague(EMMA, "reopen my closed ticket please", "reopen_ticket"),
    # rate
    rate(EMMA, "I'd like to rate 3067 - Hannah was brilliant", 3067),
    rate(EMMA, "feedback on 3018: quick and friendly, 5 stars", 3018),
    rate(EMMA, "give 3005 a rating ⭐⭐⭐⭐⭐", 3005),
    rate(LIAM, "Rate my ticket 3121: 4/5, took a while but it got fixed", 3121),
    rate(LIAM, "I want to leave a rating for the meeting room 2 wifi fix — 5 stars", 3121),
    rate(EMMA, "I want to give feedback on how the VPN client install went on my new laptop", 3018),
    rate(EMMA, "rate my printer jam ticket please, excellent service", 3067),
    vague(EMMA, "rate my ticket", "rate_ticket"),
]

# --------------------------------------------------------------------------------------------
# 4. How do I ...? (knowledge base) and ticket types
# --------------------------------------------------------------------------------------------
HOW_DO_I = [
    lookup(LIAM, "How do I connect to the VPN from home?", "kb_articles"),
    lookup(LIAM, "how do i reset my password myself?", "kb_articles"),
    lookup(LIAM, "How can I clear a paper jam on the floor printer?", "kb_articles"),
    lookup(EMMA, "how do I set up the authenticator app on a new phone", "kb_articles"),
    lookup(EMMA, "How do I map the S: drive on my laptop?", "kb_articles"),
    lookup(LIAM, "how do I get my laptop onto the office Wi-Fi?", "kb_articles"),
    lookup(EMMA, "How do I report a phishing email?", "kb_articles"),
    lookup(LIAM, "how do I pick the right microphone in Teams before a sales call", "kb_articles"),
    lookup(LIAM, "How do I request access to a SharePoint site?", "kb_articles"),
    lookup(EMMA, "how do i install windows updates on my laptop", "kb_articles"),
    lookup(
        LIAM,
        "Is there a new starter checklist? What does IT need from me as the manager?",
        "kb_articles",
    ),
    lookup(EMMA, "search the knowledge base for outlook", "kb_articles"),
    lookup(LIAM, "any KB articles about Wi-Fi?", "kb_articles"),
    lookup(LIAM, "how do I stop Outlook asking for my password all the time?", "kb_articles"),
    lookup(EMMA, "How do I join a Teams meeting from my phone?", "kb_articles"),
    lookup(EMMA, "how do I add a shared mailbox in Outlook", "kb_articles"),
    lookup(LIAM, "how do I set an out of office reply before my holiday?", "kb_articles"),
    lookup(EMMA, "How do I book a meeting room in Outlook for the board?", "kb_articles"),
    lookup(EMMA, "what kinds of tickets can I raise?", "ticket_types"),
    lookup(LIAM, "which ticket types are there?", "ticket_types"),
]

# --------------------------------------------------------------------------------------------
# 5. Admin console operations (service-desk team lead)
# --------------------------------------------------------------------------------------------
ADMIN_OPS = [
    create(
        ADMIN,
        "for Globex site Cypress Creek printer offline, whole floor can't print",
        "printer",
        client_id=17,
        site_id=44,
    ),
    create(
        ADMIN,
        "new ticket for Initech Austin Branch: Joanna Baker can't get into payroll",
        "payroll",
        client_id=42,
        site_id=102,
        user_id=404,
    ),
    create(
        ADMIN,
        "log one for Umbrella Health, Laboratory site — fridge temp PC dropped off the network",
        "fridge",
        client_id=23,
        site_id=52,
    ),
    create(
        ADMIN,
        "Stark Logistics / Fleet Depot: tracker tablets not syncing since 6am",
        "tablets",
        client_id=27,
        site_id=62,
    ),
    create(
        ADMIN,
        "raise one for Wayne Foundation Gotham Office, Lucius Fox laptop won't charge",
        "charge",
        client_id=35,
        site_id=71,
        user_id=701,
    ),
    create(
        ADMIN,
        "Acme Warehouse - Noah Williams says handheld scanner 7 won't hold a charge",
        "scanner",
        client_id=12,
        site_id=32,
        user_id=203,
    ),
    create(
        ADMIN,
        "create a ticket for Pepper Potts: CEO's phone not getting email",
        "email",
        user_id=601,
    ),
    create(
        ADMIN,
        "ticket for Acme HQ: boardroom screen flickering, board at 3",
        "boardroom",
        client_id=12,
        site_id=31,
    ),
    resolve(
        ADMIN,
        "resolve 3101 and add a visible note summarising the fix: replaced the "
        "scanner's wifi module",
        3101,
    ),
    resolve(ADMIN, "close 3055 with a public note - memory swapped, no crashes for 48h", 3055),
    resolve(ADMIN, "3160 can be closed, user confirmed audio fine", 3160),
    reopen(ADMIN, "reopen 3012, Joanna says it's jamming again", 3012),
    reopen(ADMIN, "reopen 789", 789),
    note(ADMIN, "internal note on 3099: waiting on Dell for replacement board", 3099, "Dell"),
    note(ADMIN, "add note to 3140 - tech booked for Thursday am", 3140, "Thursday"),
    update("assign 3101 to Marcus", 3101, agent_id=8),
    update("give 3140 to Hannah Fischer", 3140, agent_id=9),
    update("move 3110 to Field Services", 3110, team_id=15),
    update("bump 3160 to high", 3160, priority_id=2),
    update("3110 status -> With Supplier", 3110, status_id=5),
    update("3055 should be a Problem, not an Incident", 3055, tickettype_id=21),
    update("put 3140 on hold", 3140, status_id=28),
    update("drop 3089 to low priority", 3089, priority_id=4),
    update("assign 3115 to Chloe Martin", 3115, agent_id=7),
    update("reassign 3042 to the Network team", 3042, team_id=12),
    update("3099 over to Tom Walsh pls", 3099, agent_id=11),
    get(ADMIN, "what's the latest on 3160?", 3160),
    listing(ADMIN, "pull up 3099, 3055 and 3101", [3055, 3099, 3101]),
    listing(ADMIN, "what's come in since Monday?"),
    listing(ADMIN, "tickets opened this week"),
    lookup(ADMIN, "who's in 2nd line?", "agents"),
    lookup(ADMIN, "which agents are on the Network team", "agents"),
    lookup(ADMIN, "list teams", "teams"),
    lookup(ADMIN, "find customer Initech", "customers"),
    lookup(ADMIN, "sites for Umbrella Health", "sites"),
    lookup(ADMIN, "look up user Barbara Gordon", "users"),
    lookup(ADMIN, "asset AC-2219 details", "assets"),
    lookup(ADMIN, "Globex contracts", "contracts"),
    lookup(ADMIN, "unpaid invoices for Stark Logistics", "invoices"),
    lookup(ADMIN, "what appointments are booked for tomorrow", "appointments"),
    lookup(ADMIN, "SLA compliance report", "reports"),
    lookup(ADMIN, "kb articles on MFA", "kb_articles"),
]

# --------------------------------------------------------------------------------------------
# 6. Forbidden / impossible requests (refused at plan time)
# --------------------------------------------------------------------------------------------
REFUSED = [
    refused(EMMA, "What's the status of ticket 3101?"),
    refused(EMMA, "show me 3120 please, Liam said it's the same issue I have"),
    refused(LIAM, "add a note to 3115: Emma asked me to say she's out today"),
    refused(LIAM, "close 3042, Emma says it's fine now"),
    refused(EMMA, "what's Liam waiting on? show me his tickets"),
    refused(EMMA, "what about ticket 789?"),
    refused(EMMA, "assign 3115 to Chloe Martin please, she knows the issue"),
    refused(EMMA, "set 3131 to high priority, my manager needs it this week"),
    refused(LIAM, "change the status of 3120 to In Progress"),
    refused(EMMA, "change the ticket type of 3089 to Incident"),
    refused(EMMA, "add an internal note to 3042 that only IT can see"),
    refused(EMMA, "show me the hidden notes on 3115"),
    refused(LIAM, "who are the agents on the service desk?"),
    refused(EMMA, "list all customers"),
    refused(LIAM, "what's on the Acme support contract?"),
    refused(EMMA, "show me the latest invoices"),
    refused(LIAM, "look up the asset record for AC-2231"),
    refused(EMMA, "close 3005"),
    refused(LIAM, "please resolve 3121"),
    refused(EMMA, "reopen 3115"),
    refused(LIAM, "reopen 3120 please"),
    refused(EMMA, "status of 4521?"),
    refused(LIAM, "add a note to 8812: tried again, no luck"),
    refused(ADMIN, "close 3121"),
    refused(ADMIN, "reopen 3101"),
    refused(ADMIN, "show me ticket 5150"),
    refused(ADMIN, "assign 9876 to Marcus"),
    refused(ADMIN, "add note to 3000: called user"),
]

CASES: list[dict] = (
    EMPLOYEE_CREATE + EMPLOYEE_STATUS + EMPLOYEE_CHANGES + HOW_DO_I + ADMIN_OPS + REFUSED
)
