"""Round 36: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as the portal admin and employees would type them into the
Ask box, each paired with the one action (and key ids) the portal should propose, or with a
refusal at plan time, or with candidate tickets where the ticket meant is ambiguous. Written
without reading the parser, its tests or earlier sets' cases (held out).

Style: the portal admin's working day (about 55 % of the cases) and employees for the rest. The
admin works the queue from the Ask box: new tickets for customers, sites and named users, with
the customer and site written every way round and with every punctuation ("Globex / Cypress
Creek: ...", "for Initech at Austin Branch - ...", "Stark Logistics Fleet Depot reports ...",
"ticket for Hank Scorpio: ..."), status / priority / agent / team changes (some two fields at
once), hand-overs, internal and visible notes, resolves (some "and add a visible note summarising
the fix"), reopens, reads of one or several tickets, a customer's ticket listing, and look-ups of
customers, sites, users, agents, teams, the agents in a team, contracts, assets, reports,
appointments and KB articles. Employees: ordinary new problems, reads, own lists with date
phrases, notes, resolves, reopens, ratings, how-to questions, and refusals (admin-only actions
and look-ups, others' tickets, missing tickets, closed tickets resolved, open tickets rated).
Candidates only for reads (Emma's "my VPN ticket" -> 3018/3042, "my password ticket" ->
3005/3115). Everyday words that are also Halo nouns (Teams, Outlook, site, asset, contract,
report, agent, customer) appear inside problem descriptions and how-to questions. Emma's new
problems stay off her tickets' topics, Liam's off laptop fan, meeting-room-2 Wi-Fi and Mia.

Mix: admin ~55 % (new tickets ~12 %, updates and hand-overs ~12 %, notes ~5 %, resolves ~4 %,
reopens ~2 %, reads ~4 %, customer listings ~3 %, look-ups ~14 %), employees ~45 % (new
problems ~12 %, reads ~4 %, candidates ~2 %, own lists ~4 %, notes ~5 %, resolves ~2 %,
reopens ~2 %, ratings ~2 %, how-to ~7 %, refused ~5 %).

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), sites HQ (31),
  Warehouse (32), Remote Workers (33). Other customers: Globex 17 (sites 41 Springfield Campus,
  44 Cypress Creek), Initech 42 (101 Main Office, 102 Austin Branch), Umbrella Health 23 (51
  Raccoon City Clinic, 52 Laboratory, 53 Head Office), Stark Logistics 27 (61 Distribution
  Centre, 62 Fleet Depot), Wayne Foundation 35 (71 Gotham Office). Users: 203 Noah Williams,
  204 Ava Thompson, 205 Lucas Garcia, 206 Mia Chen, 207 Ethan Wright, 208 Sophie Turner, 210 Isla
  Murphy (Acme); 301 Olivia Brown, 302 Hank Scorpio, 303 Frank Grimes, 304 Lenny Leonard, 305
  Karl Carlson (Globex); 401 Peter Gibbons, 402 Michael Bolton, 403 Samir Nagheenanajar, 404
  Joanna Baker, 405 Bill Lumbergh (Initech); 501 Alice Abernathy, 502 Carlos Oliveira, 503 Jill
  Valentine, 504 Rebecca Chambers (Umbrella); 601 Pepper Potts, 602 Happy Hogan, 603 Maria Hill
  (Stark); 701 Lucius Fox, 702 Barbara Gordon, 703 Alfred Pennyworth (Wayne).
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Three closed tickets not rated (3005, 3018, 3067).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other tickets: 3101 (Noah Williams, Action Required, warehouse scanner Wi-Fi), 3055 (Initech,
  In Progress, blue screen), 3099 (Initech, Action Required, laptop won't boot after update),
  3160 (Samir, With User, Teams audio), 3110 (Olivia Brown, In Progress, contractor VPN), 3140
  (Olivia Brown, New, monitor flickering), 3030 and 789 (Olivia Brown, closed), 3012 (Joanna
  Baker, closed). No ticket 3999 or 4242 (ids run 3001-3260, plus 789).
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- KB articles: 101 VPN from home, 102 password self-service reset, 103 paper jam, 104 MFA /
  Authenticator, 105 Outlook password prompts, 106 office Wi-Fi, 107 SharePoint access, 108
  Teams meetings, 109 new starter checklist, 110 mapping a network drive, 111 phishing, 112
  Windows updates. Assets AC-2219, AC-2220 (Emma), AC-2231 (Liam), GX-1042 (Olivia). Contracts
  ACME-MSA-2026, GLX-MSP-2026, GLX-BACKUP-2026, INI-SUPPORT, UH-MSA-2026, STARK-NETWORK,
  WAYNE-MSA-2025. Reports 1 "Open tickets by customer", 2 "SLA compliance (last 30 days)", 3
  "Tickets closed per agent", 4 "Average first response time", 5 "Asset warranty expiry".
  Appointments (e.g. "Core switch firmware upgrade window", "Acme quarterly service review").
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto
team_agents = book.team_members
client_tickets = book.customer_tickets


# --- Admin: new tickets for customers, sites and named users -------------------------------

create(
    "admin",
    "Globex / Cypress Creek: badge printer at reception is offline",
    "badge",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "new ticket for Initech at Austin Branch - the core router reboots itself every hour",
    "router",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Stark Logistics Fleet Depot reports the driver tablets have stopped syncing",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "ticket for Hank Scorpio: can't open the shared Outlook calendar for the board",
    "calendar",
    user_id=302,
)
create(
    "admin",
    "Umbrella Health (Laboratory) - centrifuge control PC won't power on",
    "centrifuge",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Wayne Foundation, Gotham Office: projector in the boardroom shows no signal",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "raise one on behalf of Pepper Potts, her docking station stopped charging",
    "docking",
    user_id=601,
)
create(
    "admin",
    "Log a ticket for Joanna Baker - Adobe Acrobat keeps saying her licence expired",
    "Acrobat",
    user_id=404,
)
create(
    "admin",
    "Acme Warehouse: the label printer on packing line 3 prints blank labels",
    "label",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Springfield Campus at Globex has no guest Wi-Fi since this morning",
    "guest",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Umbrella Health Raccoon City Clinic reception phones are dead",
    "phones",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "open a ticket: Initech / Main Office, the fax-to-email gateway is bouncing everything",
    "fax",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Distribution Centre (Stark Logistics) — handheld barcode guns can't reach the WMS server",
    "barcode",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Please create a ticket for Umbrella Health, Head Office: conference room display flickers green",
    "display",
    client_id=23,
    site_id=53,
)
create("admin", "for Globex: their backup job failed three nights running", "backup", client_id=17)
create(
    "admin",
    "New incident, customer Wayne Foundation — donor database is very slow",
    "database",
    client_id=35,
)
create(
    "admin",
    "Michael Bolton's keyboard is missing half its keys, log it for him",
    "keyboard",
    user_id=402,
)
create(
    "admin",
    "new ticket for Karl Carlson: his Teams status is stuck on offline",
    "Teams",
    user_id=305,
)
create(
    "admin",
    "Create a ticket for Lucius Fox — wants a new mobile phone set up with email",
    "phone",
    user_id=701,
)
create(
    "admin",
    "Carlos Oliveira at the lab needs a USB microscope driver installed",
    "microscope",
    user_id=502,
)
create(
    "admin",
    "ticket on behalf of Isla Murphy: OneDrive shows a red cross and nothing syncs",
    "OneDrive",
    user_id=210,
)
create(
    "admin",
    "Acme HQ - the card reader on the 4th floor door isn't accepting badges",
    "card reader",
    client_id=12,
    site_id=31,
)
create(
    "admin",
    "Acme Inc / Remote Workers: several home users report the softphone app crashing",
    "softphone",
    client_id=12,
    site_id=33,
)
create(
    "admin",
    "raise for Frank Grimes, scanner to email stopped working after the password change",
    "scanner",
    user_id=303,
)
create(
    "admin",
    "Can you log this for Barbara Gordon: she needs access to the Finance report folder",
    "Finance",
    user_id=702,
)
create(
    "admin",
    "Initech, Austin Branch. Monitor arm snapped, user needs a replacement",
    "monitor arm",
    client_id=42,
    site_id=102,
)
create("admin", "Happy Hogan reports his car GPS tracker isn't uploading trips", "GPS", user_id=602)
create(
    "admin",
    "ticket: Stark Logistics - the customer portal certificate expires on Friday",
    "certificate",
    client_id=27,
)
create(
    "admin",
    "Alice Abernathy needs a ticket, her clinic laptop's webcam light stays on",
    "webcam",
    user_id=501,
)
create(
    "admin",
    "For Globex at Cypress Creek — the site switch in cabinet B is beeping",
    "switch",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "new one for Sophie Turner: Excel crashes whenever she opens the sales forecast",
    "Excel",
    user_id=208,
)
create(
    "admin",
    "Umbrella Health's Laboratory freezer alarm PC lost its network share",
    "freezer",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Peter Gibbons — TPS report template in Word is corrupted, please raise",
    "template",
    user_id=401,
)

# --- Admin: status, priority, agent and team -------------------------------------------------

update("admin", "set 3101 to In Progress", 3101, status_id=2)
update("admin", "3055 is waiting on Dell for a part, mark it With Supplier", 3055, status_id=5)
update("admin", "put 3140 on hold until the user is back from leave", 3140, status_id=28)
update("admin", "Change the status of ticket 3110 to Action Required.", 3110, status_id=3)
update("admin", "3160 -> with user", 3160, status_id=4)
update("admin", "Mark 3099 as pending closure, the fix is in", 3099, status_id=25)
update(
    "admin", "priority on 3099 should be critical, the whole team is blocked", 3099, priority_id=1
)
update("admin", "drop 3131 to low priority", 3131, priority_id=4)
update("admin", "Bump ticket #3101 up to high.", 3101, priority_id=2)
update("admin", "3140: priority medium please", 3140, priority_id=3)
update("admin", "assign 3140 to Hannah Fischer", 3140, agent_id=9)
update("admin", "give 3089 to Priya", 3089, agent_id=5)
update("admin", "Tom Walsh should own 3055 from now on", 3055, agent_id=11)
update("admin", "hand 3160 over to Chloe Martin, it's really a Teams issue", 3160, agent_id=7)
update("admin", "reassign ticket 3110 to James O'Connor while Marcus is out", 3110, agent_id=4)
update("admin", "can Sarah Mitchell pick up 3076?", 3076, agent_id=3)
update("admin", "move 3101 to the Network team", 3101, team_id=12)
update("admin", "3115 belongs with Messaging, route it there", 3115, team_id=11)
update("admin", "Send ticket 3099 to 2nd Line Support.", 3099, team_id=6)
update("admin", "transfer 3140 to Field Services", 3140, team_id=15)
update("admin", "3089 should sit with the Service Desk team, not 1st line", 3089, team_id=2)
update("admin", "3055: status In Progress and priority High", 3055, status_id=2, priority_id=2)
update(
    "admin", "make 3110 critical and put it back to in progress", 3110, priority_id=1, status_id=2
)
update("admin", "hand 3120 to Daniel Kim in 2nd Line Support", 3120, agent_id=6, team_id=6)
update(
    "admin",
    "Reassign 3042 to Marcus Reid and the Network team please",
    3042,
    agent_id=8,
    team_id=12,
)
update("admin", "3131 — on hold, low priority", 3131, status_id=28, priority_id=4)
update(
    "admin",
    "move 3160 to 1st Line Support and give it to Priya Sharma",
    3160,
    team_id=5,
    agent_id=5,
)
update("admin", "set 3140 to New and assign it to Hannah", 3140, status_id=1, agent_id=9)
update("admin", "Priya's off sick, pass her 3089 over to James", 3089, agent_id=4)

# --- Admin: notes -------------------------------------------------------------------------------

note(
    "admin",
    "internal note on 3055: memory replaced, running diagnostics overnight",
    3055,
    "diagnostics",
)
note(
    "admin",
    "add a visible note to 3101 saying an engineer will be on site Thursday morning",
    3101,
    "Thursday",
)
note(
    "admin",
    "3099 - note for the customer: please leave the laptop plugged in tonight so the update can finish",
    3099,
    "plugged",
)
note("admin", "Put a private note on 3110: contractor's NDA still not signed", 3110, "NDA")
note(
    "admin",
    "note to 3160 visible to Samir: can you try the new headset we posted?",
    3160,
    "headset",
)
note(
    "admin", "On 3140 add internal: user says the flicker only happens after lunch", 3140, "flicker"
)
note("admin", "Tell Emma on 3131 that the monitor is in stock and ships Monday", 3131, "stock")
note(
    "admin",
    "add a public note to ticket 3115, profile rebuild booked for tomorrow 10am",
    3115,
    "rebuild",
)
note("admin", "internal only on 3042: suspect her home router firmware", 3042, "firmware")
note("admin", "3076 note: Mia's laptop is imaged and waiting at the desk", 3076, "imaged")
note("admin", "leave a note on 3120 for Liam - replacement fan ordered", 3120, "fan")
note(
    "admin",
    "update 3089 with a visible comment: Finance manager approval requested",
    3089,
    "approval",
)
note("admin", "jot on 3055 (internal): customer asked for a loan machine", 3055, "loan")

# --- Admin: resolves and reopens ---------------------------------------------------------------

resolve("admin", "resolve 3101", 3101)
resolve("admin", "3160 can be closed, Samir confirmed audio is fine now", 3160)
resolve(
    "admin",
    "close 3099 and add a visible note summarising the fix: rolled back the update and reinstalled",
    3099,
)
resolve(
    "admin",
    "Resolve ticket 3140 and add a visible note summarising the fix (new DisplayPort cable)",
    3140,
)
resolve("admin", "mark 3110 as resolved, VPN account created for the contractor", 3110)
resolve(
    "admin", "3055 is fixed - close it off with a public note that the faulty RAM was swapped", 3055
)
resolve("admin", "please close ticket 3076, Mia is all set up", 3076)
resolve("admin", "we're done with 3089, resolve it and let Emma know access was granted", 3089)
resolve("admin", "Resolve #3120. New fan fitted.", 3120)
reopen("admin", "reopen 3030, Olivia says the calendar stopped syncing again", 3030)
reopen("admin", "3012 needs reopening - printer jamming again on the 1st floor", 3012)
reopen("admin", "Open 789 back up please", 789)
reopen("admin", "Liam's 3121 is back, reopen it", 3121)
reopen("admin", "re-open ticket 3067", 3067)
refused("admin", "resolve 3030")
refused("admin", "add a note to 4242 that the parts arrived")

# --- Admin: reads and listings ---------------------------------------------------------------

get("admin", "show me 3055", 3055)
get("admin", "what's the status of ticket 3187?", 3187)
get("admin", "pull up 3099 for me", 3099)
get("admin", "Where are we with #3110", 3110)
get("admin", "any update on the warehouse scanner ticket 3101?", 3101)
listing("admin", "show 3055 and 3099", [3055, 3099])
listing("admin", "read 3110, 3140 and 3030 for me", [3030, 3110, 3140])
listing("admin", "I need 3042 & 3115 side by side", [3042, 3115])
client_tickets("admin", "list Globex's tickets", 17)
client_tickets("admin", "what tickets does Initech have open?", 42)
client_tickets("admin", "show all tickets for Umbrella Health", 23)
client_tickets("admin", "Stark Logistics tickets please", 27)
client_tickets("admin", "Wayne Foundation - what's in their queue?", 35)
client_tickets("admin", "tickets for customer Acme Inc", 12)

# --- Admin: look-ups --------------------------------------------------------------------------

lookup("admin", "look up the customer Globex", "customers", "Globex")
lookup("admin", "find customer Umbrella Health", "customers", "Umbrella")
lookup("admin", "list all our customers", "customers")
lookup("admin", "Is Wayne Foundation set up as a client?", "customers", "Wayne")
lookup("admin", "what sites do we have on file?", "sites")
lookup("admin", "find the Fleet Depot site", "sites", "Fleet")
lookup("admin", "look up site Cypress Creek", "sites", "Cypress")
lookup("admin", "site details for Raccoon City Clinic", "sites", "Raccoon")
lookup("admin", "look up the user Joanna Baker", "users", "Baker")
lookup("admin", "find end user Happy Hogan", "users", "Hogan")
lookup("admin", "who is Samir Nagheenanajar? pull up his contact", "users", "Samir")
lookup("admin", "what's Pepper Potts' email address", "users", "Pepper")
lookup("admin", "list the agents", "agents")
lookup("admin", "find agent Marcus Reid", "agents", "Marcus")
lookup("admin", "which team is Tom Walsh on?", "agents", "Walsh")
lookup("admin", "look up technician Chloe Martin", "agents", "Chloe")
lookup("admin", "show me all the teams", "teams")
lookup("admin", "look up the Field Services team", "teams", "Field")
team_agents("admin", "who is in the Network team?", 12)
team_agents("admin", "agents in 2nd Line Support", 6)
team_agents("admin", "who works on Messaging", 11)
team_agents("admin", "list the members of 1st Line Support", 5)
team_agents("admin", "Which agents sit in Service Desk?", 2)
team_agents("admin", "who's on Field Services today", 15)
lookup("admin", "show the contracts", "contracts")
lookup("admin", "look up contract GLX-BACKUP-2026", "contracts", "GLX-BACKUP-2026")
lookup("admin", "when does STARK-NETWORK run out?", "contracts", "STARK-NETWORK")
lookup("admin", "find the INI-SUPPORT contract", "contracts", "INI-SUPPORT")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "find asset GX-1042", "assets", "GX-1042")
lookup("admin", "list the assets", "assets")
lookup("admin", "what's the asset record for AC-2219?", "assets", "AC-2219")
lookup("admin", "which reports can I run?", "reports")
lookup("admin", "pull the SLA compliance report", "reports", "SLA")
lookup("admin", "find the report of tickets closed per agent", "reports", "closed")
lookup("admin", "asset warranty expiry report", "reports", "warranty")
lookup("admin", "what appointments are booked?", "appointments")
lookup(
    "admin",
    "when is the core switch firmware upgrade window scheduled?",
    "appointments",
    "firmware",
)
lookup("admin", "search the KB for phishing", "kb", "phishing")
lookup("admin", "find the knowledge base article on mapping a network drive", "kb", "drive")
lookup("admin", "KB articles about the Authenticator app", "kb", "Authenticator")
lookup("admin", "is there a KB article for new starters?", "kb", "starter")

# --- Employees: new problems -------------------------------------------------------------------

create("emma", "the spacebar on my keyboard sticks and types double spaces", "keyboard")
create("emma", "Excel freezes every time I open the budget workbook", "Excel")
create(
    "emma",
    "I can't log into the customer database since this morning, it says account locked",
    "database",
)
create("emma", "the desk booking site shows an error when I try to reserve a desk", "booking")
create("emma", "nobody can hear me through my headset mic", "headset")
create("emma", "OneDrive says I'm out of storage and stopped syncing", "OneDrive")
create("emma", "The Power BI sales report won't refresh, it still shows last month", "Power BI")
create("emma", "our contract template in Word loses all its formatting when I save it", "template")
create("emma", "my mouse double-clicks on its own", "mouse")
create(
    "emma", "could I get Photoshop installed? marketing asked me to edit some banners", "Photoshop"
)
create("emma", "desk phone just says no service", "phone")
create("emma", "the scanner by the kitchen sends me PDFs with no pages in them", "scanner")
create("emma", "the asset tag fell off my docking station, can you send a new sticker", "tag")
create("emma", "Zoom won't let me share my screen", "Zoom")
create("liam", "Outlook doesn't show the shared Sales mailbox any more", "mailbox")
create("liam", "Teams notifications have stopped popping up for chats", "notifications")
create("liam", "macros are blocked in the pricing spreadsheet", "macros")
create("liam", "3rd floor printer says toner low but the cartridge is brand new", "toner")
create("liam", "my monitor goes black for a second every few minutes", "monitor")
create("liam", "can't log into SAP since Friday - 'user not authorised'", "SAP")
create("liam", "I need a Visio licence for process diagrams", "Visio")
create("liam", "the backup agent keeps popping up an error about a missing folder", "backup")
create("liam", "the customer list in the CRM is empty for me but fine for my colleagues", "CRM")
create("liam", "my webcam picture is upside down in every app", "webcam")
create(
    "liam",
    "Phone was wiped and the Authenticator app is gone, please reset my MFA so I can sign in",
    "MFA",
)
create("liam", "The projector in the training room doesn't detect HDMI", "projector")
create("liam", "please give me access to the HR shared drive, my manager approved it", "HR")
create("liam", "Outlook meeting invites arrive an hour late", "invites")

# --- Employees: reads, candidates and own lists --------------------------------------------

get("emma", "what's the latest on 3042?", 3042)
get("emma", "any movement on my SharePoint request?", 3089)
get("emma", "status of my second monitor request", 3131)
get("emma", "show me 3115", 3115)
get("emma", "can I see ticket 3067 again", 3067)
listing("emma", "3089 and 3131 please", [3089, 3131])
get("liam", "how's 3120 going", 3120)
get("liam", "show me my fan ticket", 3120)
get("liam", "what happened with the meeting room Wi-Fi ticket in the end?", 3121)
get("liam", "the Mia Chen ticket - where is it at?", 3076)
listing("liam", "read 3076 and 3120", [3076, 3120])
candidates("emma", "what's the news on my VPN ticket?", "get_ticket")
candidates("emma", "can you pull up my password ticket", "get_ticket")
candidates("emma", "show me the VPN one", "get_ticket")
candidates("emma", "where is my ticket about the password?", "get_ticket")
candidates("emma", "status of my VPN issue", "get_ticket")
listing("emma", "show my tickets")
listing("emma", "what have I logged since Monday?")
listing("emma", "my open tickets")
listing("emma", "anything I raised last month?")
listing("emma", "list everything I've opened this year")
listing("liam", "my tickets from this week")
listing("liam", "what tickets do I have open")
listing("liam", "show me what I've raised in the last 30 days")
listing("liam", "list my closed tickets")
listing("liam", "everything I logged since 1 March")

# --- Employees: notes, resolves, reopens, ratings -----------------------------------------

note("emma", "add to 3042: it dropped three times during this morning's call", 3042, "dropped")
note("emma", "on my SharePoint request - my manager Lucas Garcia has approved it", 3089, "approved")
note("emma", "for 3131, my desk number is B14", 3131, "B14")
note("emma", "tell them on 3115 that the prompts stopped after the profile reset", 3115, "prompts")
note("emma", "note on my monitor ticket: any 24 inch screen is fine", 3131, "24")
note("emma", "add a comment to 3089 that I need it before the month-end close", 3089, "month")
note("liam", "add a note on 3120: it's worse when it's charging", 3120, "charging")
note("liam", "on 3076 - Mia also needs a Teams licence", 3076, "licence")
note("liam", "note for my fan ticket: I'm in the office all day Thursday", 3120, "Thursday")
note("liam", "3120: please call me before you come up", 3120, "call")
note("liam", "update 3076 saying her start date moved to the 14th", 3076, "14th")
note("liam", "add 'battery health at 60%' to 3120", 3120, "battery")
resolve("emma", "close 3115, Outlook is behaving now", 3115)
resolve("emma", "3042 can be resolved, the new router fixed it", 3042)
resolve("emma", "I don't need the second monitor any more, please close that request", 3131)
resolve("liam", "resolve 3120, the fan's quiet now", 3120)
resolve("liam", "Mia's all set, close 3076", 3076)
resolve("liam", "you can close my new starter ticket", 3076)
reopen("emma", "reopen 3067, it's jamming again", 3067)
reopen("emma", "3018 needs reopening - the VPN client vanished after an update", 3018)
reopen("emma", "can you reopen 3005? I'm locked out again, same as before", 3005)
reopen("liam", "reopen 3121, Wi-Fi is dropping again in room 2", 3121)
reopen("liam", "the meeting room Wi-Fi ticket needs to be reopened", 3121)
reopen("liam", "please open 3121 back up", 3121)
rate("emma", "rate 3067 5 stars", 3067, 5)
rate("emma", "give 3005 a 4", 3005, 4)
rate("emma", "3018 - 3 out of 5, took a while", 3018, 3)
rate("emma", "I'd rate the printer ticket 2/5", 3067, 2)
rate("liam", "rate 3121 four stars", 3121, 4)

# --- Employees: how-to --------------------------------------------------------------------

howto("emma", "how do I connect to the VPN from home?", "VPN")
howto(
    "emma", "is there a guide for setting up the Authenticator app on a new phone", "Authenticator"
)
howto("emma", "how do I map the S drive?", "drive")
howto("emma", "how can I reset my own password without calling you", "password")
howto("emma", "what should I do with a suspicious email?")
howto("emma", "how do I share my screen in a Teams meeting", "Teams")
howto("emma", "how do I clear a paper jam", "jam")
howto("emma", "how do I install Windows updates myself", "updates")
howto("emma", "how do I get my phone onto the office Wi-Fi", "Wi-Fi")
howto("liam", "what do I need to send IT before a new starter joins?", "starter")
howto("liam", "how do I request access to a SharePoint site", "SharePoint")
howto("liam", "how do I record a Teams meeting", "Teams")
howto("liam", "is there a guide for the VPN", "VPN")
howto("liam", "how can I report phishing", "phishing")
howto("liam", "where's the article on mapping network drives", "drive")
howto("liam", "how do I set up MFA", "MFA")
howto("liam", "how do I book a meeting room in Outlook", "Outlook")
howto("liam", "is there a how-to for adding a shared calendar?", "calendar")

# --- Employees: refused at plan time ---------------------------------------------------------

refused("emma", "what's the latest on 3101?")
refused("liam", "add a note to 3055 saying the user called again")
refused("emma", "show me ticket 4242")
refused("liam", "status of 3999?")
refused("emma", "bump 3042 to critical priority")
refused("liam", "assign my fan ticket to Daniel Kim")
refused("emma", "move 3131 to the Field Services team")
refused("liam", "list all the customers we support")
refused("emma", "what contracts does Acme have?")
refused("liam", "who are the agents in 2nd Line?")
refused("emma", "resolve 3067, it's sorted")
refused("liam", "rate 3120 five stars")
refused("emma", "show me Liam's tickets")
refused("liam", "can I see the tickets closed per agent report?")
