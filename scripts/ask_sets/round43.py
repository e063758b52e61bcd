"""Round 43: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: a balanced, representative sample, as a careful evaluator would write it to judge the
portal fairly. Each intent comes in several natural wordings (a plain command, a polite
question, a terse fragment, a sentence with context) from office staff (Emma), a manager (Liam)
and the portal admin acting as service desk for every customer. Sentence shapes vary widely:
questions, statements of need ("I need ..."), statements of a problem with no request verb at
all ("the projector in room 4 shows no signal"), requests naming the ticket by number at the
start, in the middle or at the end, and admin directory questions in many shapes. No exotic
phrasing: what ordinary people type most often.

Mix: ~28 % new problems (employees, plus 8 admin tickets for a customer and site named in one
phrase and 3 for a named user), ~9 % reads (one own ticket, or several ids at once), ~7 % own
lists (some with date phrases), ~9 % notes, ~5 % resolve (some with "add a visible note
summarising the fix"), ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~10 % refused at
plan time, ~4 % candidates (reads only), ~13 % admin updates and look-ups (teams and their
agents, a customer's tickets and sites included).

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

# --- New problems: Emma (office staff) ---------------------------------------------------
create("emma", "My keyboard has stopped working", "keyboard")
create("emma", "Could you help? My mouse keeps freezing on the screen.", "mouse")
create("emma", "the projector in room 4 shows no signal", "projector")
create("emma", "Excel crashes every time I open the budget spreadsheet", "Excel")
create("emma", "I need Adobe Acrobat installed so I can edit PDFs", "Adobe")
create("emma", "desk phone not working", "phone")
create("emma", "My docking station isn't charging my laptop any more", "docking")
create("emma", "Please log a ticket: the scanner by reception won't send scans to email", "scanner")
create("emma", "Hi, my headset has no sound in either ear since this morning.", "headset")
create("emma", "I can't get into the S: drive, it says access denied", "drive")
create("emma", "Word keeps freezing when I try to save a document", "Word")
create("emma", "The kitchen TV screen in the break room is stuck on a blue screen", "screen")
create("emma", "I need a new laptop charger, mine has frayed near the plug", "charger")
create("emma", "My laptop battery drains in about an hour", "battery")
create("emma", "Can someone look at my USB ports? None of them recognise my memory stick.", "USB")
create(
    "emma", "My calendar invites are showing at the wrong time since the clocks changed", "calendar"
)
create("emma", "The shared mailbox for accounts has disappeared from my inbox", "mailbox")
create("emma", "I'd like to report that the Sage payroll app won't start", "Sage")
create("emma", "my spacebar sticks", "spacebar")
create("emma", "I'm getting a certificate error when I open the intranet", "certificate")
create("emma", "Zoom won't let me share my screen with external clients", "Zoom")
create("emma", "The door badge reader on the 3rd floor rejects my card", "badge")

create("emma", "the room booking panel outside room 6 is blank", "panel")
create("emma", "Hello, I need access to the Xero accounts package for month-end", "Xero")
create("emma", "My computer is really slow since yesterday afternoon", "slow")
create("emma", "no sound from the speakers in room 4", "speakers")
create("emma", "Could someone install Python on my PC for a data course?", "Python")
create("emma", "I've spilt coffee on my keyboard and now half the keys don't work", "keyboard")
create("emma", "The wall clock display in reception shows the wrong date", "clock")
create("emma", "I keep getting kicked out of the timesheet website", "timesheet")

# --- New problems: Liam (manager) --------------------------------------------------------
create(
    "liam", "The projector in the boardroom keeps switching off during presentations", "projector"
)
create("liam", "I need a Visio licence for the process mapping work", "Visio")
create("liam", "my mobile phone isn't syncing my work email", "phone")
create("liam", "Can you raise a ticket? The expenses system won't accept my receipts.", "expenses")
create("liam", "Power BI dashboards aren't refreshing for the sales team", "Power")
create("liam", "Please set up a shared calendar for my team's holiday planner", "calendar")
create("liam", "The conference phone in meeting room 5 has a loud echo", "echo")
create("liam", "I can't log in to the HR system, it just spins", "HR")
create("liam", "We need a new starter account for Tom Baker joining on the 1st", "Baker")
create("liam", "The printer in my office prints blank pages", "printer")
create("liam", "My keyboard's Enter key has come off", "keyboard")
create("liam", "Could you order a webcam for our new meeting pod please?", "webcam")
create("liam", "Chrome keeps crashing whenever I open more than a few tabs", "Chrome")
create("liam", "The sales team can't see the new CRM reports folder", "CRM")
create("liam", "I need a distribution list for the regional managers", "distribution")
create("liam", "My desk phone shows 'no service'", "phone")
create("liam", "The big screen in reception keeps losing its HDMI input", "HDMI")
create("liam", "access to the payroll folder for my deputy, please", "payroll")
create("liam", "Adobe keeps asking me to sign in again every day", "Adobe")
create("liam", "Hi team, the scanner in the post room jams on every page", "scanner")
create("liam", "I'd like someone to check why my Excel macros are blocked", "macros")

create("liam", "Our team's shared inbox isn't receiving customer emails", "inbox")
create("liam", "the TV in meeting room 3 has no picture", "TV")
create("liam", "I need my deputy Sophie given access to approve purchase orders", "purchase")
create("liam", "Could you replace the broken mouse at hot desk 12?", "mouse")
create("liam", "My Outlook signature has disappeared", "signature")
create("liam", "Hi, the label printer in the warehouse office is printing smudged labels", "label")
create("liam", "The QuickBooks sync has failed for two days now", "QuickBooks")
create("liam", "I need four new headsets for the sales team", "headsets")

# --- New problems: admin (for a customer and site, or a named user) ---------------------
create(
    "admin",
    "Log a ticket for Globex at Springfield Campus: the main entrance badge reader is dead",
    "badge",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "New ticket for Initech, Austin Branch - the receptionist's PC won't boot",
    "PC",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health Laboratory reports that their label printer is offline",
    "printer",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Raise a ticket for Stark Logistics at the Fleet Depot: the tracking tablets can't get online",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Can you open a ticket for Wayne Foundation, Gotham Office? Their internet is down.",
    "internet",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Create a ticket for Acme Inc at the Warehouse: the barcode scanners won't charge",
    "scanners",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Globex Cypress Creek: the meeting room projector has no picture",
    "projector",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Initech Main Office needs a new network switch in the server cupboard, please log it",
    "switch",
    client_id=42,
    site_id=101,
)
create("admin", "Raise a ticket for Hank Scorpio: his laptop won't boot", "laptop", user_id=302)
create(
    "admin",
    "Joanna Baker called, her Outlook calendar isn't syncing to her phone. Please log it for her.",
    "calendar",
    user_id=404,
)
create("admin", "New ticket for Pepper Potts: she needs a second monitor", "monitor", user_id=601)

# --- Reads --------------------------------------------------------------------------------
get("emma", "Show me ticket 3089", 3089)
get("emma", "What's the status of 3131?", 3131)
get("emma", "Any news on my SharePoint access request?", 3089)
get("emma", "Can you tell me where my Outlook ticket is at?", 3115)
get("emma", "3042 details please", 3042)
get("emma", "I'd like to see my second monitor request", 3131)
get("emma", "view ticket 3067", 3067)
get("liam", "Where are we with ticket 3120?", 3120)
get("liam", "How is the new starter ticket for Mia getting on?", 3076)
get("liam", "show 3121", 3121)
get("liam", "Is there any update on my laptop fan ticket?", 3120)
get("admin", "Show me ticket 3101", 3101)
get("admin", "What's going on with 3055?", 3055)
get("admin", "Pull up 3160 for me", 3160)
get("admin", "I need the details of ticket 3140", 3140)
listing("emma", "Show me 3042 and 3089", [3042, 3089])
listing("emma", "Can I see tickets 3115, 3131 and 3089?", [3089, 3115, 3131])
listing("liam", "status of 3120 and 3076", [3076, 3120])
listing("admin", "Show tickets 3055 and 3099", [3055, 3099])
listing("admin", "I'd like to look at 3110, 3140 and 3030", [3030, 3110, 3140])
get("emma", "What's happening with the printer ticket I raised?", 3067)
get("liam", "Can you show me the Wi-Fi ticket for meeting room 2?", 3121)

# --- Own lists ------------------------------------------------------------------------
listing("emma", "Show my tickets")
listing("emma", "What tickets do I have open?")
listing("emma", "my requests")
listing("emma", "Can you list everything I've raised since Monday?")
listing("emma", "I need a list of my tickets from this month")
listing("emma", "tickets I logged in the last two weeks")
listing("liam", "List my tickets")
listing("liam", "What have I got open at the moment?")
listing("liam", "Could you show me all my requests, please?")
listing("liam", "my tickets since last Friday")
listing("liam", "Show me the tickets I raised this year")
listing("emma", "Which of my tickets are still open?")
listing("liam", "everything I've reported since 1 March")
listing("emma", "Show me my closed tickets")
listing("liam", "what are my outstanding tickets")
listing("emma", "I'd like to see my tickets from last week")
listing("liam", "my open requests?")

# --- Notes ------------------------------------------------------------------------------
note("emma", "Add a note to 3042 saying I'm in the office on Thursday", 3042, "Thursday")
note("emma", "3089: my manager has approved the access, please go ahead", 3089, "approved")
note("emma", "Please add to ticket 3115 that it happens on my phone too", 3115, "phone")
note("emma", "For 3131, I'd like a 27-inch monitor if possible - please note that", 3131, "27")
note("emma", "Can you let them know on 3042 that I've restarted the router?", 3042, "router")
note(
    "emma",
    "On my SharePoint ticket, add that I need edit rights, not just read",
    3089,
    "edit",
)
note("emma", "note on 3115: the prompt appears every 10 minutes", 3115, "minutes")
note("liam", "Add a note to 3120: the fan is loudest during video calls", 3120, "video")
note("liam", "Tell them on 3076 that Mia starts on Monday at 9", 3076, "Monday")
note("liam", "3120 - I'm out tomorrow, any visit will need to be Friday", 3120, "Friday")
note(
    "liam",
    "Please update my new starter ticket: Mia will need access to the sales drive",
    3076,
    "sales",
)
note(
    "liam",
    "Could you add a comment to ticket 3120 that it's happening on battery too?",
    3120,
    "battery",
)
note(
    "admin",
    "Add a note to 3101: waiting on the replacement part from the supplier",
    3101,
    "supplier",
)
note("admin", "3055: engineer visit booked for Wednesday morning", 3055, "Wednesday")
note("admin", "Put a note on ticket 3099 saying we've called the user twice", 3099, "called")
note("admin", "Can you note on 3110 that the user is on leave until the 20th?", 3110, "leave")
note("admin", "On 3160 add an internal note: remote session failed, retry tomorrow", 3160, "remote")
note("admin", "Add to 3140 that the monitor cable was swapped", 3140, "cable")
note("emma", "I want to add a note to 3131: I've moved desks to 3B", 3131, "3B")
note("emma", "add note to ticket 3042 - it dropped again at 2pm", 3042, "2pm")
note("liam", "For ticket 3076, note that her laptop should be a 14-inch model", 3076, "14")
note("admin", "Note on 3099: user confirmed the fault is still there", 3099, "confirmed")

# --- Resolve --------------------------------------------------------------------------
resolve("emma", "My VPN is working fine now, you can close 3042", 3042)
resolve("emma", "Please resolve ticket 3089, I've got access now", 3089)
resolve("emma", "3131 can be closed, I don't need the monitor any more", 3131)
resolve("liam", "Resolve 3076 please, Mia is all set up", 3076)
resolve("liam", "The fan issue has gone away, please close ticket 3120", 3120)
resolve("emma", "mark 3115 as resolved", 3115)
resolve("admin", "Resolve 3110 and add a visible note summarising the fix: replaced the dock", 3110)
resolve("admin", "Close off 3101, the part was fitted", 3101)
resolve(
    "admin",
    "Please resolve ticket 3055 and add a visible note summarising the fix (memory replaced)",
    3055,
)
resolve("admin", "3160 is sorted - resolve it", 3160)
resolve("admin", "Resolve 3140 with a visible note summarising the fix: new cable fitted", 3140)
resolve("admin", "Can you resolve ticket 3099? The user confirmed it's working.", 3099)

# --- Reopen ---------------------------------------------------------------------------
reopen("emma", "3067 is jamming again, please reopen it", 3067)
reopen("emma", "Can you reopen ticket 3018? The VPN client vanished after an update.", 3018)
reopen("emma", "reopen 3005", 3005)
reopen("emma", "Please reopen my printer ticket, it's happening again", 3067)
reopen("liam", "The Wi-Fi in meeting room 2 is dropping again, reopen 3121 please", 3121)
reopen("liam", "I need ticket 3121 reopened", 3121)
reopen("admin", "Reopen 3030, the user says it's back", 3030)
reopen("admin", "Please reopen ticket 789", 789)
reopen("emma", "I'd like to reopen 3005, the new password stopped working", 3005)
reopen("liam", "Could you reopen the Wi-Fi ticket? Same problem today.", 3121)

# --- Rate -----------------------------------------------------------------------------
rate("emma", "Rate 3067 four stars", 3067, 4)
rate("emma", "I'd like to give ticket 3005 a 5 out of 5", 3005, 5)
rate("emma", "3018: 3 stars, it took a while", 3018, 3)
rate("liam", "Rate ticket 3121 2 out of 5", 3121, 2)
rate("liam", "Can I give 3121 four stars?", 3121, 4)
rate("emma", "5 stars for ticket 3067, great job", 3067, 5)
rate("emma", "please rate my printer ticket 1 star, it was slow", 3067, 1)
rate("liam", "give the meeting room 2 Wi-Fi ticket 5 stars", 3121, 5)

# --- How-to (knowledge base) ---------------------------------------------------------------
howto("emma", "How do I map a network drive?", "drive")
howto("emma", "Is there a guide for setting up MFA?", "MFA")
howto("emma", "how to connect to the VPN from home", "VPN")
howto("emma", "How can I reset my own password?", "password")
howto("emma", "What should I do with a phishing email?", "phishing")
howto("emma", "Is there an article about clearing a paper jam?", "jam")
howto("liam", "How do I get on the office Wi-Fi with my phone?", "Wi-Fi")
howto("liam", "Is there a new starter checklist I can follow?", "starter")
howto("liam", "how do I install Windows updates", "updates")
howto("liam", "How do I set up a Teams meeting?", "Teams")
howto("liam", "Can you point me to the guide on requesting SharePoint access?", "SharePoint")
howto("emma", "How do I stop Outlook asking for my password?", "Outlook")
howto("emma", "Where can I find instructions for the Authenticator app?", "Authenticator")
howto("liam", "guide for mapping the shared drive?", "drive")
howto("emma", "how do I report a suspicious email", "email")
howto("liam", "Is there a how-to for joining Teams calls from a meeting room?", "Teams")
howto("admin", "Find KB articles about the VPN", "VPN")
howto("admin", "Do we have a knowledge base article on phishing?", "phishing")
howto("emma", "How do I set up my email on my phone?", "email")
howto("liam", "What's the best way to connect to the VPN from a hotel?", "VPN")

# --- Refused at plan time --------------------------------------------------------------
refused("emma", "Can I see ticket 3101?")
refused("emma", "Add a note to 3110 saying the user called")
refused("emma", "What's the status of ticket 3999?")
refused("liam", "open 4242")
refused("emma", "Change the priority of 3042 to high")
refused("liam", "Assign my ticket 3120 to Daniel Kim")
refused("emma", "List all the agents")
refused("liam", "Which customers do we have?")
refused("emma", "show me the contracts")
refused("liam", "Show me every ticket in the company")
refused("emma", "Can I see Liam's tickets?")
refused("emma", "Resolve 3067")
refused("emma", "Rate 3042 five stars")
refused("emma", "Please reopen ticket 3115")
refused("liam", "Give 3120 four stars")
refused("liam", "close ticket 3121")
refused("emma", "Close Noah's ticket 3101")
refused("liam", "Reopen 3030")
refused("liam", "Set ticket 3076 to on hold")
refused("emma", "What's in ticket 3140?")
refused("liam", "add a note to 3055: chasing")
refused("emma", "Move my ticket 3089 to the Network team")
refused("liam", "Show me Olivia Brown's tickets")
refused("emma", "Resolve 4242 please")
refused("liam", "List all the agents in 2nd Line Support")

# --- Candidates (ambiguous reads) -------------------------------------------------------
candidates("emma", "What's the latest on my VPN ticket?", "get_ticket")
candidates("emma", "Show my password ticket", "get_ticket")
candidates("emma", "any update on the VPN ticket", "get_ticket")
candidates("emma", "Can I see my password ticket, please?", "get_ticket")
candidates("emma", "status of my VPN ticket", "get_ticket")
candidates("emma", "I'd like to look at the ticket about my password", "get_ticket")
candidates("emma", "Where's my VPN ticket at?", "get_ticket")
candidates("emma", "my password ticket - what's happening with it?", "get_ticket")
candidates("emma", "View my VPN ticket", "get_ticket")
candidates("emma", "Could you show me the VPN ticket I raised?", "get_ticket")

# --- Admin updates --------------------------------------------------------------------------
update("admin", "Set 3101 to high priority", 3101, priority_id=2)
update("admin", "Assign 3110 to Marcus Reid", 3110, agent_id=8)
update("admin", "Move ticket 3140 to the Network team", 3140, team_id=12)
update("admin", "Put 3099 on hold", 3099, status_id=28)
update(
    "admin", "3055 is waiting on the supplier, set the status to With Supplier", 3055, status_id=5
)
update("admin", "Can you make 3160 critical?", 3160, priority_id=1)
update("admin", "Give ticket 3101 to Hannah Fischer", 3101, agent_id=9)
update("admin", "Change the priority of 3140 to low", 3140, priority_id=4)
update("admin", "Please reassign 3099 to the 2nd Line Support team", 3099, team_id=6)
update("admin", "set status of 3110 to Action Required", 3110, status_id=3)
update(
    "admin",
    "Assign ticket 3055 to Daniel Kim and set it to high priority",
    3055,
    agent_id=6,
    priority_id=2,
)
update("admin", "I need 3160 moved to the Messaging team", 3160, team_id=11)
update("admin", "Mark 3140 as in progress", 3140, status_id=2)
update("admin", "3101 should be medium priority", 3101, priority_id=3)

# --- Admin look-ups ---------------------------------------------------------------------------
lookup("admin", "List all agents", "agents")
lookup("admin", "What teams do we have?", "teams")
lookup("admin", "Find the customer Globex", "customers", "Globex")
lookup("admin", "Show me all customers", "customers")
lookup("admin", "Which statuses can a ticket have?", "statuses")
lookup("admin", "list priorities", "priorities")
lookup("admin", "Show me the reports", "reports")
lookup("admin", "Find the user Hank Scorpio", "users", "Scorpio")
lookup("admin", "What appointments are coming up?", "appointments")
lookup("admin", "Show me the invoices", "invoices")
lookup("admin", "Find asset AC-2231", "assets", "AC-2231")
lookup("admin", "Is there an agent called Priya?", "agents", "Priya")
lookup("admin", "list all contracts", "contracts")
team_members("admin", "Who is in the Network team?", 12)
team_members("admin", "Which agents are in 1st Line Support?", 5)
team_members("admin", "members of Field Services", 15)
customer_tickets("admin", "Show me Stark Logistics' tickets", 27)
customer_tickets("admin", "What tickets does Initech have open?", 42)
book.add(
    "admin",
    "What sites does Umbrella Health have?",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 23}},
)
book.add(
    "admin",
    "Show the contracts for Globex",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
