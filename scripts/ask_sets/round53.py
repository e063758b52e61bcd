"""Round 53: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: mixed styles in one sample. About a quarter typed on a phone (all lowercase, short, "pls",
"wont", dropped apostrophes, the odd typo, never in the key word), a quarter polite or formal
("Good morning, could you please...", "I would be grateful if..."), a quarter plain everyday
sentences, and a quarter admin shorthand from the service desk (terse updates such as "3101 prio
-> high", look-ups such as "sites for Stark", tickets for a customer and site or a named user).
Everyday words that are also Halo nouns (Teams, Outlook, report, site) appear inside problem
descriptions and how-to questions. Emma's new problems stay off the topics of her own tickets,
Liam's off his, so a new ticket is the only fair reading.

Mix: ~27 % new problems (incl. 9 admin tickets for a customer and site, 3 for a named user),
~9 % reads (one own ticket, or several ids at once), ~7 % own lists (some with date phrases),
~9 % notes, ~5 % resolve (some with a visible note summarising the fix), ~4 % reopen, ~3 % rate,
~8 % how-to, ~10 % refused at plan time, ~4 % candidates (Emma's VPN and password tickets, reads
only), ~14 % admin updates and look-ups (teams and their agents, a customer's tickets and sites).

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), sites HQ (31),
  Warehouse (32), Remote Workers (33). Other customers: Globex 17 (sites 41 Springfield Campus,
  44 Cypress Creek), Initech 42 (101 Main Office, 102 Austin Branch), Umbrella Health 23 (51
  Raccoon City Clinic, 52 Laboratory, 53 Head Office), Stark Logistics 27 (61 Distribution
  Centre, 62 Fleet Depot), Wayne Foundation 35 (71 Gotham Office). Users: 206 Mia Chen (Acme HQ),
  302 Hank Scorpio (Globex), 404 Joanna Baker (Initech), 601 Pepper Potts (Stark).
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two password
  tickets (3005, 3115); three closed tickets not rated (3005, 3018, 3067).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams, Action Required), 3055 (Initech, In Progress) and
  3099 (Initech, Action Required), 3160 (Samir, With User), 3110 (Olivia Brown, In Progress),
  3140 (Olivia Brown, New), 3030 (Olivia Brown, closed), 789 (Olivia Brown, closed). No ticket
  3999 or 4242 (ids run 3001-3260, plus 789).
- Agents: 3 Sarah Mitchell (Service Desk), 4 James O'Connor and 5 Priya Sharma (1st Line),
  6 Daniel Kim and 11 Tom Walsh (2nd Line), 7 Chloe Martin (Messaging), 8 Marcus Reid (Network),
  9 Hannah Fischer (Field Services). Teams: 2 Service Desk, 5 1st Line Support, 6 2nd Line
  Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- KB articles (visible): 101 VPN from home, 102 password self-service reset, 103 paper jam, 104
  MFA / Authenticator, 105 Outlook password prompts, 106 office Wi-Fi, 107 SharePoint access, 108
  Teams meetings, 109 new starter checklist, 110 mapping a network drive, 111 phishing, 112
  Windows updates. Assets AC-2219, AC-2220 (Emma), AC-2231 (Liam). Contracts per customer
  (e.g. GLX-MSP-2026, STARK-NETWORK), reports 1-5 (e.g. "SLA compliance (last 30 days)",
  "Asset warranty expiry"), appointments, invoices."""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto
team_members, customer_tickets = book.team_members, book.customer_tickets

# --- New problems: Emma (off VPN, SharePoint, Outlook password, monitor, password reset,
# 2nd-floor printer, Teams camera) ---
create("emma", "my keyboard stopped working, half the keys do nothin", "keyboard")
create(
    "emma",
    "Hello, could you please help? My headset crackles on every call and people can't hear me.",
    "headset",
)
create("emma", "Excel crashes every time I open the budget file.", "Excel")
create("emma", "docking station wont charge my laptop anymore", "docking")
create(
    "emma",
    "Good afternoon. I would like to request Adobe Acrobat Pro on my PC to edit contracts.",
    "Acrobat",
)
create("emma", "mouse is dead, tried new batteries already", "mouse")
create("emma", "My building badge stopped opening the side door this morning.", "badge")
create(
    "emma",
    "Dear IT, since this morning I cannot open the shared S: drive. It says access denied.",
    "drive",
)
create("emma", "my desk phone has no dial tone", "phone")
create("emma", "The projector in the boardroom won't show anything from my laptop.", "projector")
create("emma", "zoom wont install, says i need admin rights", "zoom")
create(
    "emma",
    "Could someone please look at my laptop battery? It goes from full to empty in an hour.",
    "battery",
)
create("emma", "The scanner by reception saves every page as a blank PDF.", "scanner")
create("emma", "need a new charger, mine is frayed near the plug", "charger")
create(
    "emma",
    "A Windows update failed overnight and now my PC shows error 0x80070005 at start-up.",
    "update",
)
create("emma", "macros are disabled in all my spreadsheets since yesterday, can u fix", "macros")
create(
    "emma",
    "Calendar invites from people outside the company have stopped arriving for me.",
    "calendar",
)
create(
    "emma",
    "Please could you set up a shared mailbox for the events team? I'd like to be the owner.",
    "mailbox",
)
create("emma", "The TV in the break room shows 'no signal' all the time.", "TV")
create("emma", "usb stick not recognised on my pc, tried 2 different ones", "USB")
create(
    "emma",
    "I would be grateful if you could install Python on my machine for some data analysis.",
    "Python",
)
create("emma", "my laptop speakers stopped working, no sound at all", "speakers")
create("emma", "The Power BI dashboard throws an error whenever I refresh it.", "dashboard")
create(
    "emma",
    "Good morning. May I please order a replacement laptop bag? The strap has broken.",
    "bag",
)
create("emma", "copy and paste has stopped working between apps on my PC", "paste")
create("emma", "file explorer crashes whenever i open my downloads folder", "explorer")
create("emma", "The payroll app says my account is not set up for payslips.", "payroll")
create("emma", "Chrome keeps opening a strange search page instead of my homepage.", "Chrome")

# --- New problems: Liam (off laptop fan/overheating, Wi-Fi in meeting room 2, new starter Mia) ---
create("liam", "the printer in the sales area prints everything faded grey", "printer")
create(
    "liam",
    "Could you please arrange access to the HR system for my team lead, Ben Turner?",
    "HR",
)
create("liam", "The big screen in meeting room 4 won't turn on.", "screen")
create("liam", "need a visio licence asap for a client diagram", "Visio")
create("liam", "Our team's shared calendar has disappeared for everyone.", "calendar")
create("liam", "cracked my mobile phone screen, need a replacement phone", "phone")
create(
    "liam",
    "Please could you order a new monitor for the hot desk by the window? It has none.",
    "monitor",
)
create("liam", "The CRM is really slow today, each account takes a minute to load.", "CRM")
create("liam", "expense report upload fails with error 500", "expense")
create(
    "liam",
    "Good morning, I would like to request a VPN token for my business trip next week.",
    "VPN",
)
create("liam", "bluetooth headphones wont pair with my pc", "headphones")
create(
    "liam",
    "The sales team needs a new distribution list for the summer campaign, please.",
    "distribution",
)
create("liam", "The door entry reader at the back entrance isn't reading cards.", "door")
create("liam", "Word shows an 'Unlicensed Product' banner at the top since this morning.", "Word")
create("liam", "salesforce login just loops back to the sign in page", "Salesforce")
create("liam", "Photocopier on the ground floor is out of toner and we have no spare.", "toner")
create("liam", "the touchpad on my laptop doesnt click anymore", "touchpad")
create("liam", "Teams won't let me share my screen in meetings.", "Teams")
create(
    "liam",
    "I would be most grateful for a conference phone for the sales room before Thursday.",
    "conference",
)
create("liam", "pls add Dan Hughes to the sales shared mailbox", "mailbox")
create("liam", "The demo iPad won't update past iOS 16.", "iPad")
create("liam", "The label printer in dispatch is printing blank labels.", "label")
create("liam", "my outlook signature has vanished", "signature")
create("liam", "My desktop PC won't boot, it's stuck on the logo.", "boot")
create("liam", "onedrive not syncing, red x on every file", "OneDrive")
create(
    "liam",
    "Dear Service Desk, the sales forecast spreadsheet is corrupted. Could it be restored?",
    "spreadsheet",
)
create("liam", "keyboard on the sales hot desk has a sticky space bar", "keyboard")

# --- New problems: admin for a customer and site, or a named user ---
create(
    "admin",
    "new ticket Globex / Springfield Campus: reception printer offline",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "log for Stark Logistics Fleet Depot - vehicle tracker not reporting location",
    "tracker",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Umbrella Health, Laboratory site: fridge temperature logger stopped uploading",
    "fridge",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Initech Austin Branch - internet down since 9am",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Raise one for Wayne Foundation at the Gotham Office: boardroom projector has no signal.",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "ticket for Acme at the Warehouse site: barcode scanner 7 won't charge",
    "scanner",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Please open a ticket for Umbrella Health at the Raccoon City Clinic: the check-in kiosk "
    "is frozen.",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Globex Cypress Creek: desk phones down on the 2nd floor",
    "phones",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Stark Logistics, Distribution Centre - forklift terminal can't reach the server",
    "terminal",
    client_id=27,
    site_id=61,
)
create("admin", "ticket for Hank Scorpio: can't print to the plotter", "plotter", user_id=302)
create(
    "admin",
    "log a call on behalf of Joanna Baker - her mailbox archive is full",
    "archive",
    user_id=404,
)
create(
    "admin",
    "raise a ticket for Pepper Potts, her headset mic is not picked up",
    "headset",
    user_id=601,
)

# --- Reads: one ticket, or several ids at once ---
get("emma", "whats happening w 3089", 3089)
get("emma", "Any update on my second monitor request?", 3131)
get("emma", "Could you tell me the current status of ticket 3115, please?", 3115)
get("emma", "show me ticket 3042", 3042)
get("emma", "pull up 3067", 3067)
get("emma", "What happened to my Teams camera ticket?", 3150)
get("emma", "the sharepoint access one, wheres it at", 3089)
get("liam", "status of my laptop fan ticket?", 3120)
get("liam", "Has the new starter request for Mia been looked at yet?", 3076)
get("liam", "3121 details pls", 3121)
get("liam", "I would like to see the latest on ticket 3120, thank you.", 3120)
get("admin", "t#3101", 3101)
get("admin", "view 3160", 3160)
get("admin", "3140 details", 3140)
get("admin", "pull up the old ticket 789", 789)
get("admin", "Show me ticket 3055.", 3055)
listing("emma", "show me 3042 and 3115", [3042, 3115])
listing("emma", "Could I see tickets 3089, 3131 and 3150, please?", [3089, 3131, 3150])
listing("liam", "3076 + 3120 status", [3076, 3120])
listing("admin", "3055, 3099 - where are they", [3055, 3099])
listing("admin", "Show 3101, 3110 and 3140.", [3101, 3110, 3140])
listing("emma", "what's the latest on 3005 and 3018", [3005, 3018])

# --- Own lists, some with dates ---
listing("emma", "my tickets")
listing("emma", "show me everything ive raised")
listing("emma", "What tickets do I have at the moment?")
listing("emma", "tickets i opened since monday")
listing("emma", "Anything I logged this month?")
listing("emma", "Please list my requests from last week.")
listing("emma", "my tix pls")
listing("emma", "Could you show me all of my tickets, please?")
listing("liam", "What have I raised in the last 30 days?")
listing("liam", "list mine")
listing("liam", "Could you list the tickets I have submitted this year, please?")
listing("liam", "my tickets since 1 March")
listing("liam", "Show me my tickets.")
listing("liam", "what did i log yesterday")
listing("emma", "Which tickets have I raised since the start of the year?")
listing("liam", "all my requests")
listing("emma", "tickets from me in the past two weeks")

# --- Notes ---
note("emma", "add a note to 3042: it dropped again at 9:15 this morning", 3042, "dropped")
note("emma", "pls tell them on 3089 that my manager approved it", 3089, "approved")
note(
    "emma",
    "Please add to ticket 3115 that the prompts stopped after I restarted, but came back "
    "after lunch.",
    3115,
    "restarted",
)
note(
    "emma",
    "note on 3131: im in the office tues and thurs if they want to drop it off",
    3131,
    "office",
)
note(
    "emma",
    "Re my SharePoint request, can you add that I need edit rights and not just view?",
    3089,
    "edit",
)
note("emma", "add to 3042 - happens on my home broadband and on my phone hotspot", 3042, "hotspot")
note(
    "emma",
    "For ticket 3115, please note that I am on leave next week, so contact me before Friday.",
    3115,
    "leave",
)
note("emma", "Can you add a comment to 3131 saying any size of monitor is fine?", 3131, "size")
note(
    "emma",
    "add a note to my vpn ticket that the client version is 5.2",
    3042,
    "5.2",
)
note("liam", "note for 3120: fan is even louder after the bios update", 3120, "louder")
note("liam", "add to 3076 that Mia's start date has moved to the 14th", 3076, "14th")
note(
    "liam",
    "Please note on ticket 3076 that Mia will also need a building pass.",
    3076,
    "pass",
)
note("liam", "3120 - add note: I can drop the laptop at the desk tomorrow at 10", 3120, "tomorrow")
note(
    "liam",
    "Tell whoever has my overheating laptop ticket that I'm in the office all day Wednesday.",
    3120,
    "Wednesday",
)
note("liam", "comment on 3120: the laptop is now shutting itself off", 3120, "shutting")
note("admin", "note 3101: replacement scanner ordered, eta thu", 3101, "scanner")
note(
    "admin", "add note to 3099: customer confirmed rollback worked on one machine", 3099, "rollback"
)
note("admin", "3160 note - asked user to test with a wired headset", 3160, "headset")
note(
    "admin",
    "note on 3110: contractor VPN account created, expires 30 June",
    3110,
    "contractor",
)
note("admin", "Add a note to 3140 saying Hannah will visit on Friday.", 3140, "Hannah")
note("admin", "3055 add note: memtest found a bad memory stick", 3055, "memtest")
note(
    "emma",
    "Could you add to 3089 that Sam in Finance can confirm I need the access?",
    3089,
    "Sam",
)

# --- Resolve (some with a visible note summarising the fix) ---
resolve("emma", "3089 can be closed now, i have access", 3089)
resolve("emma", "pls close 3131, dont need the monitor anymore", 3131)
resolve(
    "emma",
    "The Outlook issue (3115) seems fixed now, you can mark it as resolved. Thank you.",
    3115,
)
resolve(
    "emma",
    "Resolve 3042 and add a visible note summarising the fix: the new router firmware "
    "stopped the drops.",
    3042,
)
resolve("emma", "my vpn problem is fixed now, you can close the ticket", 3042)
resolve("liam", "3120 is fine now, resolve it", 3120)
resolve("liam", "Mia is all set up, please resolve 3076.", 3076)
resolve(
    "liam",
    "Please resolve ticket 3120 and add a visible note summarising the fix: the fan was "
    "replaced and temperatures are normal.",
    3120,
)
resolve("liam", "sorted the fan issue myself, mark it solved", 3120)
resolve("admin", "resolve 3101 - scanner replaced", 3101)
resolve(
    "admin",
    "resolve 3160 + visible note summarising fix: audio driver updated",
    3160,
)
resolve("admin", "3055 fixed, resolve it", 3055)

# --- Reopen ---
reopen("emma", "reopen 3067, the printer is jamming again", 3067)
reopen("emma", "Could you please reopen ticket 3005? The reset didn't stick.", 3005)
reopen("emma", "3018 needs reopening, vpn client vanished after an update", 3018)
reopen("liam", "wifi in room 2 dropping again, reopen it pls", 3121)
reopen("liam", "Please reopen 3121.", 3121)
reopen(
    "emma",
    "The printer on the 2nd floor is jamming again. Can you reopen my old ticket?",
    3067,
)
reopen("admin", "reopen 3030", 3030)
reopen("admin", "reopen 789, user says it's back", 789)
reopen("emma", "reopen my password reset ticket", 3005)
reopen("liam", "I'd like the meeting room Wi-Fi ticket reopened, please.", 3121)

# --- Rate ---
rate("emma", "rate 3067 5 stars", 3067, 5)
rate("emma", "I would like to give ticket 3005 four out of five.", 3005, 4)
rate("emma", "3018 - 3/5, took a while", 3018, 3)
rate("liam", "rate 3121 two stars", 3121, 2)
rate("liam", "Please rate ticket 3121 as 5 out of 5. Excellent service.", 3121, 5)
rate("emma", "give the printer ticket 4 stars", 3067, 4)
rate("emma", "Rating for 3005: 1 star, it took a week.", 3005, 1)
rate("emma", "The VPN client install (3018) deserves 5/5.", 3018, 5)

# --- How-to (knowledge base) ---
howto("emma", "how do i map a network drive", "drive")
howto(
    "liam",
    "Is there a guide for setting up the Authenticator app on a new phone?",
    "Authenticator",
)
howto("emma", "how to reset my own password without calling anyone", "password")
howto("liam", "How do I spot a phishing email?", "phishing")
howto("emma", "Could you point me to instructions for connecting to the office Wi-Fi?")
howto("liam", "how do windows updates work here, can i postpone them", "Windows")
howto("emma", "Is there a checklist for new starters?", "checklist")
howto("emma", "how do I join a Teams meeting from my browser", "Teams")
howto("liam", "What's the process to get SharePoint access for my team?", "SharePoint")
howto("liam", "How do I set up the VPN at home?", "VPN")
howto("emma", "guide for clearing a paper jam?", "jam")
howto("emma", "how can i set up mfa on my phone", "MFA")
howto("liam", "Where can I find instructions for mapping a network drive?", "drive")
howto(
    "emma",
    "Hello, is there any documentation on what to do with a suspicious email?",
    "suspicious",
)
howto("liam", "how to schedule a Teams meeting", "Teams")
howto("emma", "How do I install Windows updates myself?", "Windows")
howto("liam", "Any how-to for adding a shared calendar in Outlook?", "calendar")
howto("liam", "how do i print double sided")
howto("emma", "how do i change my password", "password")
howto(
    "liam",
    "Would you kindly point me to an article on requesting new software?",
    "software",
)

# --- Refused at plan time ---
refused("emma", "show me ticket 3101")
refused("emma", "What's the status of 3120?")
refused("emma", "open 3110 for me")
refused("emma", "Could you show me ticket 3999, please?")
refused("liam", "add a note to 4242: still waiting")
refused("emma", "raise the priority of 3042 to high")
refused("emma", "Please assign my ticket 3089 to Priya Sharma.")
refused("emma", "list all agents")
refused("emma", "show me the customer list")
refused("liam", "What contracts does Globex have?")
refused("liam", "show me emma's tickets")
refused("emma", "Show every open ticket in the company.")
refused("emma", "resolve 3067")
refused("liam", "Please resolve ticket 3121.")
refused("emma", "rate 3115 5 stars")
refused("liam", "rate 3120 four out of five")
refused("emma", "reopen 3042")
refused("liam", "Could you reopen 3120, please?")
refused("emma", "add a note to 3140: I have the same monitor problem")
refused("liam", "resolve 3101, the scanner works now")
refused("emma", "change the status of 3131 to in progress")
refused("liam", "who is in the network team?")
refused("emma", "pull up 789")
refused("liam", "I'd like to see all of Olivia Brown's tickets.")
refused("emma", "close 3005 pls")

# --- Candidates (Emma's ambiguous reads) ---
candidates("emma", "whats the status of my vpn ticket", "get_ticket")
candidates("emma", "Any news on my VPN ticket?", "get_ticket")
candidates("emma", "Could you show me my password ticket, please?", "get_ticket")
candidates("emma", "password ticket update?", "get_ticket")
candidates("emma", "show my vpn ticket", "get_ticket")
candidates("emma", "wheres my password ticket at", "get_ticket")
candidates("emma", "I'd like to see the VPN ticket I logged.", "get_ticket")
candidates("emma", "check on the password one i raised", "get_ticket")
candidates("emma", "vpn ticket pls", "get_ticket")
candidates("emma", "Can I see my ticket about my password?", "get_ticket")

# --- Admin updates ---
update("admin", "3101 prio -> high", 3101, priority_id=2)
update("admin", "assign 3140 to Priya", 3140, agent_id=5)
update("admin", "move 3055 to 2nd line", 3055, team_id=6)
update("admin", "3099 status: with supplier", 3099, status_id=5)
update("admin", "Please set ticket 3160 to On Hold.", 3160, status_id=28)
update("admin", "3110 priority critical", 3110, priority_id=1)
update("admin", "give 3140 to the Network team", 3140, team_id=12)
update("admin", "3140: assign Hannah Fischer, prio low", 3140, agent_id=9, priority_id=4)
update("admin", "reassign 3099 to Tom Walsh", 3099, agent_id=11)
update("admin", "bump 3042 to high priority", 3042, priority_id=2)
update("admin", "3089 -> 1st line, Priya", 3089, team_id=5, agent_id=5)
update("admin", "set status of 3131 to in progress", 3131, status_id=2)
update("admin", "Could you change the priority of 3055 to medium, please?", 3055, priority_id=3)
update("admin", "3120 assign Daniel Kim", 3120, agent_id=6)
update("admin", "3160 to messaging team", 3160, team_id=11)

# --- Admin look-ups ---
lookup("admin", "find agent Tom", "agents", "Tom")
lookup("admin", "list all teams", "teams")
lookup("admin", "customer lookup: Wayne", "customers", "Wayne")
book.add(
    "admin",
    "sites for Stark Logistics",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 27}},
)
book.add(
    "admin",
    "users at Initech",
    {"action": "lookup", "params": {"entity": "users", "client_id": 42}},
)
lookup("admin", "find user Joanna Baker", "users", "Baker")
book.add(
    "admin",
    "contracts for Globex",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
lookup("admin", "look up contract STARK-NETWORK", "contracts", "STARK-NETWORK")
lookup("admin", "asset AC-2231", "assets", "AC-2231")
lookup("admin", "SLA compliance report", "reports", "SLA")
lookup("admin", "appointments today", "appointments")
lookup("admin", "show invoices", "invoices")
lookup("admin", "what statuses do we have", "statuses")
lookup("admin", "list priorities", "priorities")
lookup("admin", "kb articles about MFA", "kb", "MFA")
team_members("admin", "who's in 2nd line", 6)
team_members("admin", "Please list the members of the Network team.", 12)
team_members("admin", "agents in field services?", 15)
customer_tickets("admin", "Initech tickets", 42)
customer_tickets("admin", "all tickets for Umbrella Health", 23)
book.add(
    "admin",
    "Globex's sites",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 17}},
)
