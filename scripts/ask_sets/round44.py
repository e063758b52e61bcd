"""Round 44: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: typed on a phone between meetings. Mostly lowercase, short, little punctuation, common
typos and autocorrect slips (recieve, teh, pls, thx, u, ur, cant, dont, wont, wifi, ty), missing
words ("3115 any update", "need new charger laptop"), voice-dictation run-ons without commas
("hi can you add a note to 3042 saying the router was replaced thanks"), emoji now and then, and
the portal admin triaging from a phone ("3110 high", "give 3140 to marcus", "who's in network
team", "new ticket globex springfield campus projector dead"). Each case keeps one fair reading.
Emma's new problems stay off the topics of her own tickets (VPN, SharePoint access, Outlook
password, second monitor, password reset, 2nd-floor printer, Teams camera), Liam's off laptop
fan/overheating, Wi-Fi in meeting room 2 and new starter Mia, so that a new ticket is the only
fair reading.

Mix: ~28 % new problems (employees, plus 10 admin tickets for a customer and site named in one
phrase and 3 for a named user), ~9 % reads (one ticket, or several ids at once), ~7 % own lists
(some with date phrases), ~9 % notes, ~5 % resolve (some "resolve N and add a visible note"),
~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~10 % refused at plan time, ~4 %
candidates (reads only: Emma's "my VPN ticket" -> 3018/3042, "my password ticket" ->
3005/3115), ~15 % admin updates and look-ups (teams and their agents, customer listings, a
customer's sites, contracts and users).

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

# --- New problems: Emma -------------------------------------------------------------------
create("emma", "need new charger laptop", "charger")
create("emma", "spilled coffee on my keyboard 😬 keys sticking now", "keyboard")
create("emma", "excel crashes evry time i open teh budget file", "excel")
create("emma", "headset mic not working ppl cant hear me on calls", "headset")
create("emma", "docking station not charging my laptop anymore", "docking")
create("emma", "mouse died need a new one pls", "mouse")
create("emma", "my badge doesnt open the 3rd floor door since mon", "badge")
create("emma", "can i get adobe acrobat installed pls need to edit pdfs", "acrobat")
create("emma", "desk phone no dial tone", "phone")
create("emma", "zoom wont install says i need admin rights", "zoom")
create("emma", "laptop battery drains in like an hour 🔋", "battery")
create("emma", "scanner on 3rd floor wont send to my email", "scanner")
create("emma", "onedrive not syncing my files keeps saying pending", "onedrive")
create("emma", "need access to the hr shared drive for the audit", "drive")
create("emma", "tv in teh breakroom wont turn on", "tv")
create("emma", "bluetooth wont connect to my earbuds on work laptop", "bluetooth")
create("emma", "start menu not opening when i click it", "start")
create("emma", "salesforce reports wont load just spinning", "salesforce")
create(
    "emma",
    "hi my laptop makes a clicking noise when i pick it up can someone look at it thanks",
    "noise",
)
create("emma", "usb ports dead on my laptop cant plug anything in", "usb")
create("emma", "need a new laptop bag strap broke", "bag")
create("emma", "projector in room 4b wont show my screen meeting in 10 min!!", "projector")
create("emma", "cant recieve files on teh sftp site getting access denied", "sftp")
create("emma", "calculator app gone after last update", "calculator")

# --- New problems: Liam -------------------------------------------------------------------
create("liam", "need 2 more visio licences for my team", "visio")
create("liam", "conference phone in boardroom crackles v badly", "conference")
create("liam", "my iphone wont get work email since update", "iphone")
create("liam", "pls set up shared mailbox for sales team", "mailbox")
create("liam", "1st floor printer out of toner", "toner")
create("liam", "can u make a distribution list for all managers", "distribution")
create("liam", "powerbi dashboard blank for my whole team", "dashboard")
create("liam", "monitor in my office flickers every few mins", "monitor")
create("liam", "need an account for contractor raj starting mon", "contractor")
create("liam", "timesheet app throws error 500 when i submit", "timesheet")
create("liam", "hotspot not working on my work phone", "hotspot")
create("liam", "new sharepoint site for project atlas pls", "sharepoint")
create("liam", "crm super slow today for everyone on my team", "crm")
create(
    "liam",
    "hi our team printer keeps printing blank pages could someone come and have a look thanks",
    "blank",
)
create("liam", "vpn wont connect from the hotel wifi", "vpn")
create("liam", "need 4 headsets for the new sales hires", "headsets")
create("liam", "docusign not loading in chrome", "docusign")
create("liam", "expense system wont let me submit my claim", "expense")
create("liam", "tv in my office wont pick up hdmi", "hdmi")
create("liam", "forgot my voicemail pin on desk phone", "voicemail")
create("liam", "keycard reader at side entrance beeping red for my whole team", "keycard")

create("emma", "my laptop wont wake from sleep have to hold power button", "sleep")
create("emma", "speakers on my laptop crackle when i play anything", "speakers")
create("emma", "cant open zip files says blocked by admin", "zip")
create("emma", "screen in the lobby by the lifts showing an error", "lobby")
create("emma", "pls install python on my laptop need it for reports", "python")
create("liam", "need new work phone old one has cracked screen", "cracked")
create("liam", "jira wont let my team log in says license expired", "jira")
create("liam", "need a projector for our offsite next tues", "projector")
create("liam", "my team needs access to the finance drive", "finance")
create("liam", "calendar not showing room bookings anymore", "calendar")
create(
    "liam",
    "hi the screen in the training room has gone black and wont come back on can someone take a look thanks",
    "training",
)

# --- New problems: admin for a customer and site, or a named user --------------------------
create(
    "admin",
    "new ticket globex springfield campus lobby projector dead",
    "projector",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "log one for initech austin branch printer offline",
    "printer",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "new ticket umbrella health laboratory label printer jammed",
    "label",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "stark logistics fleet depot scanners not syncing new tkt",
    "scanner",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "wayne foundation gotham office internet down raise ticket",
    "internet",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "acme warehouse goods in pc wont boot new ticket",
    "boot",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "new ticket initech main office network switch beeping",
    "switch",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "globex cypress creek door entry system offline ticket pls",
    "door",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "umbrella health raccoon city clinic reception pc frozen new ticket",
    "reception",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "raise one stark logistics distribution centre forklift tablet cracked screen",
    "tablet",
    client_id=27,
    site_id=61,
)
create("admin", "ticket for hank scorpio laptop wont boot", "laptop", user_id=302)
create("admin", "new ticket pepper potts phone not syncing calendar", "calendar", user_id=601)
create("admin", "joanna baker cant log in to crm raise a ticket for her", "crm", user_id=404)

# --- Reads --------------------------------------------------------------------------------
get("emma", "3115 any update", 3115)
get("emma", "whats up w 3089", 3089)
get("emma", "status 3131 pls", 3131)
get("emma", "can u show me 3042", 3042)
get("emma", "3067 details", 3067)
get("emma", "hi can you tell me whats going on with 3131 thanks", 3131)
get("emma", "any news 3089??", 3089)
listing("emma", "3042 and 3115 status pls", [3042, 3115])
listing("emma", "show 3089 3131", [3089, 3131])
get("liam", "3120 update?", 3120)
get("liam", "whats happening with 3076", 3076)
get("liam", "show me 3121", 3121)
listing("liam", "3120 & 3076 pls", [3076, 3120])
get("admin", "open 3110", 3110)
get("admin", "show 3055", 3055)
get("admin", "3099 details pls", 3099)
get("admin", "pull up 3160", 3160)
listing("admin", "3110 3140 3101", [3101, 3110, 3140])
get("admin", "whats 789", 789)
get("admin", "show 3030 quick", 3030)
listing("admin", "3055 and 3099 pls", [3055, 3099])
get("emma", "where r we w 3115 😩", 3115)

# --- Own lists ----------------------------------------------------------------------------
listing("emma", "my tickets")
listing("emma", "show my open tix")
listing("emma", "what have i logged since monday")
listing("emma", "my tickets this month")
listing("emma", "list all mine pls")
listing("emma", "anything open for me rn")
listing("emma", "my tickets from last week")
listing("emma", "what tickets do i have")
listing("emma", "tickets i raised since 1st feb")
listing("liam", "my tickets pls")
listing("liam", "what ive raised this week")
listing("liam", "my stuff since friday")
listing("liam", "my open ones")
listing("liam", "show all my requests")
listing("liam", "tickets i logged yesterday")
listing("emma", "whats still open of mine")
listing("liam", "list my tix from this year")

# --- Notes --------------------------------------------------------------------------------
note(
    "emma",
    "hi can you add a note to 3042 saying i restarted the router and its still dropping thanks",
    3042,
    "router",
)
note("emma", "3115 note: happens on my phone too", 3115, "phone")
note("emma", "add to 3089 my manager approved it", 3089, "approved")
note("emma", "3131 note im wfh till thurs so leave it on my desk", 3131, "desk")
note("emma", "pls add note 3042 dropped again at 2pm", 3042, "dropped")
note("emma", "note on 3115 tried clearing cache didnt help", 3115, "cache")
note("emma", "3089 add i need edit access not just read", 3089, "edit")
note("emma", "add to my vpn ticket it disconnected 3 times today", 3042, "disconnected")
note("liam", "note 3120 its worse when charging", 3120, "charging")
note("liam", "add to 3076 mia starts 3rd march not 1st", 3076, "march")
note("liam", "3120 pls note im in office all day tmrw u can grab it", 3120, "office")
note(
    "liam",
    "hi could you put a note on 3076 saying mia needs a second screen as well thank you",
    3076,
    "screen",
)
note("admin", "note 3110 waiting on parts from dell", 3110, "parts")
note("admin", "add note to 3140 called olivia no answer", 3140, "answer")
note("admin", "3101 note - remote session booked for 3pm", 3101, "remote")
note("admin", "3055 add note vendor escalated", 3055, "vendor")
note("admin", "note on 3160 samir confirmed its working now", 3160, "confirmed")
note("admin", "private note 3099 customer on holiday till mon", 3099, "holiday")
note("admin", "hi can you add a note to 3055 saying initech sent the logs thanks", 3055, "logs")
note("emma", "3131 add note any size is fine 👍", 3131, "size")
note("liam", "pls add to 3120 fan noise started again this morning", 3120, "morning")
note("admin", "add to 3101 noah prefers email contact", 3101, "email")

# --- Resolve ------------------------------------------------------------------------------
resolve("emma", "3131 can be closed dont need it anymore", 3131)
resolve("emma", "pls resolve 3089 got access now ty", 3089)
resolve("emma", "3115 fixed itself u can close", 3115)
resolve("emma", "close 3042 its been fine all week 👍", 3042)
resolve("liam", "3120 sorted pls close", 3120)
resolve("admin", "resolve 3110 and add a visible note saying replaced teh power supply", 3110)
resolve("admin", "close 3140 dupe of 3110", 3140)
resolve("admin", "3101 done pls resolve", 3101)
resolve("admin", "resolve 3160 w visible note reinstalled print driver", 3160)
resolve("admin", "mark 3099 resolved", 3099)
resolve("admin", "resolve 3055 add visible note summarising fix patched the server", 3055)
resolve("liam", "u can resolve 3120 new fan fitted works great", 3120)

# --- Reopen -------------------------------------------------------------------------------
reopen("emma", "3067 jamming again pls reopen", 3067)
reopen("emma", "reopen 3018", 3018)
reopen("emma", "pls reopen 3005 cant log in again", 3005)
reopen("emma", "my printer ticket is back jamming again can u reopen it", 3067)
reopen("liam", "reopen 3121 wifi dropping again", 3121)
reopen("liam", "3121 pls reopen its back 😤", 3121)
reopen("admin", "reopen 3030", 3030)
reopen("admin", "reopen 789 olivia says still broken", 789)
reopen("admin", "3030 reopen pls customer replied", 3030)
reopen("emma", "can u reopen 3018 vpn client vanished again", 3018)

# --- Rate ---------------------------------------------------------------------------------
rate("emma", "rate 3067 5 stars", 3067, 5)
rate("emma", "3018 4/5 ty", 3018, 4)
rate("emma", "give 3005 a 3", 3005, 3)
rate("emma", "rate 3018 ⭐⭐⭐⭐⭐", 3018, 5)
rate("liam", "rate 3121 5", 3121, 5)
rate("liam", "3121 4 stars thx", 3121, 4)
rate("emma", "3005 2 stars took ages", 3005, 2)

# --- How-to -------------------------------------------------------------------------------
howto("emma", "how do i map a network drive", "drive")
howto("emma", "how to set up mfa on new phone", "mfa")
howto("emma", "hw do i connect to office wifi", "wifi")
howto("emma", "how do i report a phishing email", "phishing")
howto("emma", "is there a guide for windows updates", "windows")
howto("emma", "how do i join a teams meeting from my phone", "teams")
howto("emma", "any how to guides")
howto("emma", "how do i clear a paper jam", "jam")
howto("emma", "is there a how to for mapping drives", "drive")
howto("liam", "how do i request sharepoint access for my team", "sharepoint")
howto("liam", "wheres the new starter checklist", "starter")
howto("liam", "how do i set up authenticator app", "authenticator")
howto("liam", "how to connect vpn from home", "vpn")
howto("liam", "how do i reset my password myself", "password")
howto("liam", "guide for outlook password popups pls", "outlook")
howto("liam", "how do i get on guest wifi for a visitor", "wifi")
howto("emma", "how do i install updates on my laptop", "updates")
howto("liam", "how to spot phishing emails? want to share w team", "phishing")
howto("emma", "how do i pick the right mic in teams", "teams")
howto("liam", "any kb articles i can read")

# --- Refused at plan time -----------------------------------------------------------------
refused("emma", "show me 3110")
refused("emma", "whats the status of 3101")
refused("emma", "3999 update?")
refused("emma", "add note to 3160 samir says hi")
refused("emma", "close 3067")
refused("emma", "rate 3042 5 stars")
refused("emma", "reopen 3115")
refused("emma", "make 3115 high priority pls")
refused("emma", "assign 3089 to marcus")
refused("emma", "who's in network team")
refused("emma", "list all customers")
refused("emma", "show globex contracts")
refused("emma", "show liams tickets")
refused("emma", "all open tickets in teh company pls")
refused("emma", "whats 4242")
refused("emma", "show me 3120")
refused("liam", "show 3042")
refused("liam", "3999 status")
refused("liam", "resolve 3121")
refused("liam", "rate 3120 4 stars")
refused("liam", "move 3120 to 2nd line team")
refused("liam", "list all agents")
refused("liam", "show me everyones tickets")
refused("liam", "note on 3110 olivia is off sick")
refused("liam", "reopen 3120")

# --- Candidates (reads of an ambiguous ticket) ---------------------------------------------
candidates("emma", "vpn ticket update?", "get_ticket")
candidates("emma", "whats the latest on my vpn ticket", "get_ticket")
candidates("emma", "show my password ticket", "get_ticket")
candidates("emma", "pasword ticket status", "get_ticket")
candidates("emma", "any news on the vpn ticket", "get_ticket")
candidates("emma", "my vpn ticket pls", "get_ticket")
candidates("emma", "password ticket?? whats happening", "get_ticket")
candidates("emma", "status of my password ticket thx", "get_ticket")
candidates("emma", "check my vpn ticket", "get_ticket")
candidates("emma", "where r we w my password ticket", "get_ticket")

# --- Admin updates ------------------------------------------------------------------------
update("admin", "3110 high", 3110, priority_id=2)
update("admin", "give 3140 to marcus", 3140, agent_id=8)
update("admin", "3101 critical", 3101, priority_id=1)
update("admin", "move 3055 to 2nd line", 3055, team_id=6)
update("admin", "3099 on hold", 3099, status_id=28)
update("admin", "3160 w supplier", 3160, status_id=5)
update("admin", "assign 3110 to priya", 3110, agent_id=5)
update("admin", "3140 low", 3140, priority_id=4)
update("admin", "set 3101 in progress", 3101, status_id=2)
update("admin", "3055 to network team", 3055, team_id=12)
update("admin", "3099 to hannah", 3099, agent_id=9)
update("admin", "3140 medium pri", 3140, priority_id=3)
update("admin", "3110 action required", 3110, status_id=3)
update("admin", "hand 3101 to tom walsh", 3101, agent_id=11)
update("admin", "3099 to field services team", 3099, team_id=15)
update("admin", "3055 pending closure", 3055, status_id=25)
update("admin", "make 3140 critical 🔥", 3140, priority_id=1)
update("admin", "3110 high and give to daniel", 3110, priority_id=2, agent_id=6)

# --- Admin look-ups -----------------------------------------------------------------------
team_members("admin", "who's in network team", 12)
team_members("admin", "whos on 1st line", 5)
team_members("admin", "2nd line members?", 6)
team_members("admin", "who is in messaging team", 11)
lookup("admin", "list teams", "teams")
lookup("admin", "find agent chloe", "agents", "chloe")
book.add(
    "admin", "globex sites", {"action": "lookup", "params": {"entity": "sites", "client_id": 17}}
)
book.add(
    "admin",
    "stark contracts",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 27}},
)
customer_tickets("admin", "initech tickets", 42)
customer_tickets("admin", "umbrella health tickets pls", 23)
lookup("admin", "find customer wayne", "customers", "wayne")
book.add(
    "admin",
    "users at initech",
    {"action": "lookup", "params": {"entity": "users", "client_id": 42}},
)
lookup("admin", "look up user hank", "users", "hank")
lookup("admin", "asset AC-2231 info", "assets", "AC-2231")
lookup("admin", "sla report", "reports", "sla")
lookup("admin", "list priorities", "priorities")
lookup("admin", "what statuses do we have", "statuses")
lookup("admin", "show invoices", "invoices")
lookup("admin", "list appointments", "appointments")
lookup("admin", "kb articles about phishing", "kb", "phishing")
lookup("admin", "find contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
