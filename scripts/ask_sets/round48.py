"""Round 48: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: a month in the life of the service desk. Emma on reception and office admin (door entry,
visitor sign-in, the franking machine, couriers, meeting-room bookings, the front-desk phone),
Liam as a sales manager with a team (CRM, phones for his reps, forecasts, expenses, the
boardroom), and the portal admin acting as the service desk for several customers: triage
(status, priority, agent, team, or a few at once), tickets for a customer and site or a named
user, directory look-ups (teams and their members, agents, customers, a customer's sites,
contracts and users, reports, assets, appointments) and one customer's tickets. Lengths from one
word to several sentences; mostly neutral, some polite, some impatient; questions, commands,
statements of a problem, and a ticket number first followed by a remark. Ordinary phrasing.

Mix: ~28 % new problems (8 admin tickets for a customer and site, 4 for a named user), ~9 %
reads (one or several ids), ~7 % own lists (some with dates), ~9 % notes, ~5 % resolve (some
with a visible note summarising the fix), ~4 % reopen, ~3 % rate, ~8 % how-to, ~10 % refused,
~4 % candidates, ~13 % admin updates and look-ups.

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
  "Asset warranty expiry"), appointments, invoices.
- Also from the simulator seed: user 503 Jill Valentine (Umbrella Health, Head Office).
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto
team_members, customer_tickets = book.team_members, book.customer_tickets
customer_records = book.customer_records

# --- New problems: Emma (reception / office admin) ---------------------------------------
create("emma", "The door entry buzzer at reception isn't working", "buzzer")
create("emma", "visitor sign-in ipad frozen on the welcome page", "ipad")
create(
    "emma",
    "Hi, the franking machine in the post room says its postage credit can't be downloaded. "
    "We have a big mailout going today so it's quite urgent.",
    "franking",
)
create("emma", "front desk phone has no dial tone", "phone")
create("emma", "The booking panel outside Meeting Room 4 is showing the wrong bookings", "booking")
create("emma", "my keyboard has stopped working, a few keys don't type anything", "keyboard")
create("emma", "mouse is really jumpy", "mouse")
create(
    "emma",
    "Could someone look at the scanner by reception? It scans but the file never arrives "
    "in my email.",
    "scanner",
)
create("emma", "Excel crashes every time I open the visitor log spreadsheet", "excel")
create("emma", "The guest Wi-Fi code for visitors has stopped working", "guest")
create(
    "emma",
    "I can't log in to the courier booking website any more, it says my account is locked",
    "courier",
)
create("emma", "my headset crackles on calls", "headset")
create("emma", "Word keeps freezing when I open the letterhead template", "word")
create(
    "emma",
    "Please can I have the reception shared mailbox added to my account? Sam is on leave and I'm "
    "covering.",
    "mailbox",
)
create("emma", "the TV in the lobby has no signal", "tv")
create("emma", "Voicemail on the reception line isn't recording messages", "voicemail")
create("emma", "Key card reader on the side door keeps flashing red for everyone", "card")
create("emma", "laptop battery only lasts about 40 minutes now", "battery")
create("emma", "Adobe keeps asking me to sign in to edit PDFs", "adobe")
create("emma", "Zoom won't share my screen with the visitors' meeting room", "zoom")
create("emma", "The calendar for the boardroom has disappeared from my view", "calendar")
create(
    "emma",
    "New issue: the label maker at the front desk prints blank labels. I've changed the tape "
    "and it's still the same.",
    "label",
)
create("emma", "USB stick not showing up on my PC", "usb")
create("emma", "need the sound fixed on my PC - no audio at all", "audio")
create("emma", "the laminator in the post room won't heat up", "laminator")
create("emma", "Can't hear anything through the reception intercom", "intercom")
create("emma", "Can we set up a login for the temp covering reception from Monday?", "temp")
create("emma", "Parcel tracking site won't load on my PC, other sites are fine", "parcel")
create("emma", "I accidentally deleted the visitor log folder, can it be restored?", "folder")
create("emma", "Spam emails flooding the reception inbox", "spam")

# --- New problems: Liam (sales manager) ---------------------------------------------------
create("liam", "CRM is really slow for the whole sales team this morning", "crm")
create(
    "liam",
    "One of my reps, Lucas, has a cracked screen on his work mobile. Can we get it replaced?",
    "mobile",
)
create("liam", "Need a Salesforce licence for Isla, she's moving into sales", "licence")
create("liam", "the projector in the boardroom won't turn on", "projector")
create("liam", "Expenses app rejects every receipt I upload", "expenses")
create(
    "liam",
    "Please create a distribution list for the sales team, sales-team@ or similar",
    "distribution",
)
create("liam", "My phone won't sync my work email since the update", "email")
create("liam", "sales dashboard in the CRM shows last month's numbers", "dashboard")
create("liam", "headset mic not picking me up", "headset")
create("liam", "Can't get into the sales shared drive, says access denied", "drive")
create(
    "liam",
    "The quoting tool throws an error when we try to export a quote to PDF. It's blocking two "
    "deals, so I'd appreciate someone looking at it today.",
    "quoting",
)
create("liam", "docking station at hot desk 12 doesn't charge anything", "docking")
create("liam", "LinkedIn Sales Navigator licence expired for my team", "navigator")
create("liam", "conference phone in the boardroom keeps dropping calls", "conference")
create("liam", "need a new charger, mine's broken", "charger")
create("liam", "Excel forecast workbook won't open, says it's corrupted", "forecast")
create("liam", "Ava can't log in to the CRM from home", "crm")
create("liam", "The boardroom TV won't mirror from my phone", "tv")
create("liam", "my desk phone is showing someone else's name", "phone")
create("liam", "Can we get a second SIM for my tablet for when I'm on the road?", "sim")
create("liam", "calendar invites from clients aren't showing up", "calendar")
create("liam", "webcam on my docking station is upside down in every call lol", "webcam")
create("liam", "Two of my team can't see the new pricing sheet", "pricing")
create("liam", "printer by the sales pod prints everything in a tiny font", "printer")
create(
    "liam",
    "Please give Ethan access to the CRM reports, he's covering my team while I'm away",
    "Ethan",
)

# --- New problems: admin for a customer and site -------------------------------------------
create(
    "admin",
    "New ticket for Globex, Springfield Campus: the badge printer at the gate is offline",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Stark Logistics Fleet Depot - tracker tablets not syncing since last night",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "log a ticket for Umbrella Health at the Laboratory: fridge temperature sensor offline",
    "sensor",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Initech Austin Branch has no internet since 8am, raise a ticket",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Raise one for Wayne Foundation, Gotham Office: boardroom projector not working",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Acme Warehouse - handheld scanners won't connect to the network",
    "scanners",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Globex Cypress Creek called, their phones are down. Open a ticket please.",
    "phones",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "create a ticket for Umbrella Health Head Office - shared drive is nearly full",
    "drive",
    client_id=23,
    site_id=53,
)

# --- New problems: admin for a named user --------------------------------------------------
create("admin", "Log a ticket for Hank Scorpio: his mailbox is full", "mailbox", user_id=302)
create("admin", "Joanna Baker can't print anything, raise a ticket for her", "print", user_id=404)
create(
    "admin",
    "Pepper Potts needs a replacement phone, please open a ticket in her name",
    "phone",
    user_id=601,
)
create(
    "admin",
    "new ticket for Jill Valentine - keyboard missing keys",
    "keyboard",
    user_id=503,
)

# --- Reads ----------------------------------------------------------------------------------
get("emma", "any news on 3042?", 3042)
get("emma", "3089", 3089)
get("emma", "What's the status of my SharePoint access request?", 3089)
get("emma", "Where are we with the second monitor?", 3131)
get("emma", "3115 - any update?", 3115)
get("emma", "Can you show me ticket 3067 please", 3067)
get("emma", "what happened with the Teams camera ticket", 3150)
get("liam", "where are we with 3120", 3120)
get("liam", "status of the Mia Chen ticket?", 3076)
get("liam", "Any progress on my loud laptop fan?", 3120)
get("liam", "show me 3121", 3121)
get("liam", "3076?", 3076)
get("admin", "show me 3101", 3101)
get("admin", "pull up 3099", 3099)
get("admin", "what's going on with 3160", 3160)
get("admin", "Details of ticket 3110 please", 3110)
listing("emma", "show me 3089 and 3131", [3089, 3131])
listing("emma", "status of 3042, 3115 and 3131?", [3042, 3115, 3131])
listing("liam", "can I see 3120 and 3076", [3076, 3120])
listing("admin", "3055 and 3099 please", [3055, 3099])
listing("admin", "Show me tickets 3101, 3140 and 3160", [3101, 3140, 3160])
listing("emma", "3005 and 3018", [3005, 3018])

# --- Own lists ------------------------------------------------------------------------------
listing("emma", "my tickets")
listing("emma", "What have I got open at the moment?")
listing("emma", "show my tickets since Monday")
listing("emma", "tickets I raised this month")
listing("emma", "list my requests from last week")
listing("emma", "Can I see all my tickets, including the closed ones?")
listing("emma", "anything of mine still outstanding?")
listing("emma", "tickets")
listing("emma", "everything I've logged since the 1st")
listing("liam", "show my tickets")
listing("liam", "What's still open from me?")
listing("liam", "my tickets from the last 30 days")
listing("liam", "list what I've raised this year")
listing("liam", "My open requests please")
listing("liam", "what did I log in March?")
listing("liam", "my requests")
listing("emma", "Show me my closed tickets")
listing("liam", "tickets I opened yesterday")

# --- Notes ----------------------------------------------------------------------------------
note("emma", "3042 - still dropping every hour or so, fyi", 3042, "dropping")
note(
    "emma",
    "Add a note to 3042: I tried the ethernet cable at home and it dropped again at 10am",
    3042,
    "ethernet",
)
note(
    "emma",
    "Please add to 3089 that my manager Karen has approved the access",
    3089,
    "approved",
)
note("emma", "3115: it asked for the password three times this morning", 3115, "three")
note(
    "emma",
    "On 3131 - I'm in the office Tuesday and Thursday if someone needs to bring the monitor",
    3131,
    "Tuesday",
)
note("emma", "note for 3115: happening on my phone too now", 3115, "phone")
note("emma", "tell them on 3089 that I need it before the month-end close", 3089, "month-end")
note(
    "emma",
    "Can you update 3042 to say I'm working from home all next week so they can call me any time",
    3042,
    "home",
)
note("emma", "add a comment on 3131: any desk-size monitor is fine", 3131, "desk")
note("liam", "3120 - it's got louder, it sounds like a hairdryer now", 3120, "hairdryer")
note(
    "liam",
    "Add to 3120 that I can drop the laptop at the IT desk tomorrow morning",
    3120,
    "tomorrow",
)
note("liam", "note on 3076: Mia still can't open the CRM", 3076, "CRM")
note("liam", "Please add a note to 3076 that her badge works fine now", 3076, "badge")
note(
    "liam",
    "3120: I'm out at client meetings Wednesday, any other day works",
    3120,
    "Wednesday",
)
note("liam", "update 3076 with: she also needs the sales shared drive", 3076, "drive")
note("admin", "add a note to 3101: engineer booked for Thursday", 3101, "Thursday")
note("admin", "3055 - waiting on the memory from the supplier, note that", 3055, "memory")
note(
    "admin",
    "Note on 3160 for the user: please restart and let us know if it persists",
    3160,
    "restart",
)
note("admin", "3140, add note: monitor swap scheduled", 3140, "swap")
note("emma", "3042 — the error says 'tunnel closed'", 3042, "tunnel")
note("emma", "Add to 3115 that I've already cleared the saved passwords", 3115, "cleared")
note("liam", "on 3120 add that it shuts itself down now when it gets hot", 3120, "shuts")

# --- Resolve --------------------------------------------------------------------------------
resolve("emma", "you can close 3089, I've got access now", 3089)
resolve("emma", "3115 is sorted, thanks", 3115)
resolve(
    "emma",
    "Resolve 3131 and add a visible note saying the monitor arrived and is working",
    3131,
)
resolve("emma", "The VPN is fine now, please close 3042", 3042)
resolve("liam", "3120 fixed now thanks", 3120)
resolve("liam", "Mia's all set up, you can close 3076", 3076)
resolve(
    "liam",
    "please resolve 3120 with a note: fan replaced by Daniel, running quiet now",
    3120,
)
resolve("admin", "resolve 3101", 3101)
resolve(
    "admin",
    "Close 3055 and add a visible note summarising the fix: memory replaced, tested OK",
    3055,
)
resolve("admin", "mark 3160 resolved", 3160)
resolve("emma", "Please mark 3089 as resolved", 3089)
resolve("admin", "3110 is done, resolve it", 3110)

# --- Reopen ---------------------------------------------------------------------------------
reopen("emma", "The 2nd floor printer is jamming again, can you reopen 3067?", 3067)
reopen("emma", "reopen 3018", 3018)
reopen("emma", "Please reopen 3005, the reset didn't stick", 3005)
reopen("liam", "wifi in meeting room 2 is dropping again, reopen 3121 please", 3121)
reopen("liam", "Can you open 3121 back up? Same problem as before.", 3121)
reopen("emma", "3067 needs reopening", 3067)
reopen("admin", "reopen 3030", 3030)
reopen("liam", "reopen ticket 3121", 3121)
reopen("emma", "I need 3018 reopened, the VPN client vanished again after the update", 3018)
reopen("admin", "Reopen 789 for Olivia", 789)

# --- Rate -----------------------------------------------------------------------------------
rate("emma", "rate 3067 5 stars", 3067, 5)
rate("emma", "3018 - 4 out of 5", 3018, 4)
rate("emma", "Give 3005 a 3", 3005, 3)
rate("liam", "I'd give 3121 four stars", 3121, 4)
rate("liam", "rate 3121: 2/5, took far too long", 3121, 2)
rate("emma", "5/5 for 3018, really quick", 3018, 5)
rate("emma", "Can I rate ticket 3067? One star, it took weeks", 3067, 1)
rate("liam", "3121 gets a 5", 3121, 5)

# --- How-to ---------------------------------------------------------------------------------
howto("emma", "How do I connect to the VPN from home?", "VPN")
howto("emma", "how do i map a network drive", "drive")
howto(
    "emma", "Is there a guide for setting up the Authenticator app on a new phone?", "Authenticator"
)
howto("emma", "how do I clear a paper jam", "jam")
howto("emma", "How can I tell if an email is phishing?", "phishing")
howto("emma", "how do I reset my own password", "password")
howto("emma", "How do I join the office Wi-Fi on my phone?", "Wi-Fi")
howto("emma", "is there a checklist for new starters?", "starter")
howto("liam", "How do I set up a Teams meeting for a client?", "Teams")
howto("liam", "how do i install windows updates", "updates")
howto("liam", "Is there an article on getting SharePoint access?", "SharePoint")
howto("liam", "how do I stop Outlook asking for my password", "Outlook")
howto("liam", "What's the process for onboarding a new starter?")
howto("liam", "how to report a phishing email", "phishing")
howto("emma", "Any guides on MFA?", "MFA")
howto("liam", "How do I map the sales drive on my laptop?", "drive")
howto("emma", "How do I get the VPN client installed?", "VPN")
howto("liam", "Is there a how-to for Windows updates?", "Windows")
howto("emma", "where can I find the knowledge base articles?")
howto("liam", "how do I use the self-service password reset", "reset")

# --- Refused --------------------------------------------------------------------------------
refused("emma", "show me ticket 3101")
refused("emma", "what's happening with 3120?")
refused("liam", "show me 3042")
refused("emma", "ticket 3999")
refused("liam", "add a note to 4242: still broken")
refused("emma", "change the priority of 3042 to high")
refused("liam", "assign 3120 to Daniel Kim")
refused("emma", "list all the agents")
refused("liam", "Which customers do we have?")
refused("liam", "show me the Globex contracts")
refused("emma", "show me all the tickets in the company")
refused("liam", "what tickets has Noah Williams logged?")
refused("emma", "close 3067")
refused("emma", "resolve 3018")
refused("liam", "resolve 3121")
refused("emma", "rate 3042 5 stars")
refused("liam", "give 3120 a 4 out of 5")
refused("emma", "reopen 3115")
refused("liam", "reopen 3120")
refused("emma", "set 3089 to in progress")
refused("emma", "add a note to 3110: the user called back")
refused("emma", "resolve 3160")
refused("liam", "who is in the network team?")
refused("emma", "what's the status of 4242")
refused("liam", "Put 3120 on critical priority, I can't work")

# --- Candidates (reads where the ticket is ambiguous) ---------------------------------------
candidates("emma", "my VPN ticket", "get_ticket")
candidates("emma", "What's the latest on my password ticket?", "get_ticket")
candidates("emma", "status of the vpn one?", "get_ticket")
candidates("emma", "can you pull up my password ticket", "get_ticket")
candidates("emma", "vpn ticket pls", "get_ticket")
candidates("emma", "Show me the ticket about my password", "get_ticket")
candidates("emma", "Where are we with my VPN ticket?", "get_ticket")
candidates("emma", "any update on my VPN ticket", "get_ticket")
candidates("emma", "my password ticket - what happened with it?", "get_ticket")
candidates("emma", "the VPN ticket, please", "get_ticket")

# --- Admin updates --------------------------------------------------------------------------
update("admin", "3101 in progress please", 3101, status_id=2)
update("admin", "assign 3055 to Daniel Kim", 3055, agent_id=6)
update("admin", "move 3099 to the Network team", 3099, team_id=12)
update("admin", "3160: make it high and give it to Priya", 3160, priority_id=2, agent_id=5)
update("admin", "put 3140 on hold", 3140, status_id=28)
update("admin", "3110 is critical, bump it", 3110, priority_id=1)
update("admin", "Marcus should take 3042", 3042, agent_id=8)
update("admin", "send 3120 to 2nd Line, Tom Walsh", 3120, team_id=6, agent_id=11)
update("admin", "3089 - set it to With User", 3089, status_id=4)
update("admin", "drop 3131 to low priority", 3131, priority_id=4)
update("admin", "3099 is with the supplier now", 3099, status_id=5)
update("admin", "Give 3140 to Hannah and mark it in progress", 3140, agent_id=9, status_id=2)
update("admin", "3101 needs Field Services", 3101, team_id=15)
update("admin", "set 3055 to pending closure", 3055, status_id=25)
update("admin", "3160 -> 1st Line, medium priority", 3160, team_id=5, priority_id=3)

# --- Admin look-ups -------------------------------------------------------------------------
team_members("admin", "who's in 2nd line?", 6)
team_members("admin", "members of the Field Services team", 15)
team_members("admin", "Who do we have on the Network team?", 12)
lookup("admin", "list the agents", "agents")
lookup("admin", "find agent Priya", "agents", "Priya")
lookup("admin", "what teams do we have?", "teams")
lookup("admin", "customer list", "customers")
lookup("admin", "look up the customer Wayne Foundation", "customers", "Wayne")
customer_records("admin", "What sites does Stark Logistics have?", "sites", 27)
customer_records("admin", "Globex contracts", "contracts", 17)
customer_records("admin", "list the users at Initech", "users", 42)
customer_records("admin", "show Umbrella Health's contracts", "contracts", 23)
customer_records("admin", "Umbrella Health sites", "sites", 23)
lookup("admin", "what reports are there?", "reports")
lookup("admin", "find the SLA report", "reports", "SLA")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "What appointments are coming up?", "appointments")
lookup("admin", "list ticket statuses", "statuses")
customer_tickets("admin", "Globex tickets", 17)
customer_tickets("admin", "show me Initech's tickets", 42)
customer_tickets("admin", "any tickets from Stark Logistics?", 27)
