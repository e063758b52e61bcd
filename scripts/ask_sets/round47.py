"""Round 47: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: an independent evaluator's held-out sample, written to judge the portal fairly against
what the issue asks of the Ask box: every intent in several natural wordings (commands, polite
questions, terse fragments, problem statements with no request verb, context before or after
the ask, ticket numbers at the start, middle or end of the sentence, some lowercase, some
typos). Covered evenly: new problems whose descriptions use everyday words that are also Halo
nouns (Teams, Outlook, site, asset, contract, report, agent, customer, team); admin tickets
"for <customer> site <site>" in one phrase and for a named user; "resolve/close N and add a
visible note summarising the fix"; teams and the people in them; several ids in one request;
date phrases for own tickets; "how do I ...?" questions; refusals at plan time; and Emma's
ambiguous reads (candidates).

Mix (250 cases): 28 % new problems (57 employee, 9 admin for a customer and site, 4 for a named
user), 9 % reads (15 one id, 7 several ids), 7 % own lists (18, most with date phrases), 9 %
notes (22), 5 % resolve (12, five with a visible note summarising the fix), 4 % reopen (10),
3 % rate (8), 8 % how-to (20), 10 % refused (25), 4 % candidates (10), 13 % admin updates and
look-ups (14 updates, 19 look-ups incl. team members and customer listings).

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
customer_records = book.customer_records

# --- New problems: Emma (off VPN, SharePoint, Outlook password, monitor, password reset,
# 2nd-floor printer, Teams camera) ---------------------------------------------------------
create("emma", "Excel freezes every time I open the quarterly sales report", "Excel")
create("emma", "the customer database app crashes when I export to CSV", "database")
create(
    "emma",
    "The asset label on my laptop (AC-2219) has peeled off, can I get a new one printed?",
    "label",
)
create(
    "emma",
    "I can't log in to the contract management system, it says my account is locked",
    "contract",
)
create("emma", "intranet homepage showing a 500 error since this morning", "intranet")
create("emma", "My headset microphone isn't picking up my voice on calls", "headset")
create("emma", "mouse scroll wheel stopped working", "mouse")
create(
    "emma", "Could I get Adobe Acrobat Pro installed? I need to edit PDFs for a client", "Acrobat"
)
create(
    "emma",
    "My Teams status is stuck on Away even when I'm at my desk typing. Can someone look?",
    "Teams",
)
create("emma", "laptop battery only lasts about an hour now, it used to do a full day", "battery")
create(
    "emma",
    "I need access to the HR reporting dashboard in Power BI, my manager has approved it",
    "dashboard",
)
create("emma", "work emails stopped arriving on my phone after the iOS update", "phone")
create("emma", "there's a line of dead pixels down the middle of my laptop screen", "screen")
create(
    "emma",
    "The travel agent booking site won't accept my login, it just reloads the page",
    "booking",
)
create("emma", "zoom crashes whenever i try to share my screen", "Zoom")
create("emma", "Desk phone has no dial tone at all", "dial")
create(
    "emma",
    "I think I just typed my login into a phishing page from an email. Please help asap",
    "phishing",
)
create("emma", "Need a new laptop charger, the cable on mine is frayed", "charger")
create("emma", "OneDrive has a red X on it and my files aren't uploading", "OneDrive")
create("emma", "Could someone install Visio on my laptop please?", "Visio")
create(
    "emma",
    "The weekly report I schedule every Monday didn't arrive in my inbox this week",
    "report",
)
create("emma", "emails from one of our biggest customers keep going to junk", "junk")
create("emma", "badge reader at the site entrance keeps rejecting my card", "badge")
create("emma", "Word keeps crashing when I open the contract template", "template")
create(
    "emma",
    "my calculator app and the snipping tool both disappeared after last night's restart",
    "snipping",
)
create("emma", "keyboard: the E key has come off and won't click back on", "keyboard")
create(
    "emma",
    "Hi, the CRM shows the wrong agent assigned to all my customer accounts. Could it be fixed?",
    "CRM",
)
create("emma", "The scanner in the post room saves everything as blank PDFs", "scanner")

# --- New problems: Liam (off laptop fan, meeting room 2 Wi-Fi, new starter Mia) --------------
create("liam", "Outlook calendar isn't syncing with my phone", "calendar")
create("liam", "teams keeps signing me out every hour or so", "Teams")
create("liam", "Need a Power BI licence for two people on my team", "Power")
create("liam", "The projector in the boardroom won't turn on, we have a client at 2", "projector")
create(
    "liam",
    "Our team's shared mailbox stopped receiving emails yesterday afternoon",
    "mailbox",
)
create("liam", "Salesforce sales report still shows last month's numbers", "Salesforce")
create("liam", "the customer portal login page just times out for everyone on my team", "portal")
create(
    "liam",
    "Please give my team access to the Contracts folder on the shared drive",
    "Contracts",
)
create("liam", "docking station has stopped charging my laptop", "docking")
create("liam", "Excel macro in the budget workbook throws runtime error 1004", "macro")
create("liam", "conference phone in room 4 has a horrible echo", "echo")
create("liam", "The expense app on my iPhone won't open anymore", "expense")
create("liam", "my external hard drive isnt recognised by windows", "drive")
create(
    "liam",
    "The connection to the warehouse site is really slow today, shipping can't print labels",
    "warehouse",
)
create(
    "liam",
    "Outlook search returns nothing for emails older than a week",
    "search",
)
create("liam", "finance printer prints blank pages", "blank")
create(
    "liam",
    "I got a new work phone last week, it needs registering as an asset and setting up",
    "phone",
)
create("liam", "the Planner board for our team has vanished from Teams", "Planner")
create("liam", "SAP is painfully slow this morning, takes a minute per screen", "SAP")
create("liam", "Teams notifications don't pop up on my laptop anymore", "notifications")
create("liam", "Adobe keeps asking me to sign in every time I open a PDF", "Adobe")
create(
    "liam",
    "Reception can't print visitor badges, the badge printer shows an error light",
    "badge",
)
create("liam", "i need a usb-c to hdmi adapter for presenting", "adapter")
create("liam", "my Outlook rules have stopped running", "rules")
create("liam", "Laptop keyboard types double letters on every key press", "keyboard")
create(
    "liam",
    "One of my team can't open the customer contracts in DocuSign, she gets access denied",
    "DocuSign",
)
create("liam", "no sound from my laptop speakers", "sound")
create(
    "liam",
    "The agent dashboard in our call-centre software shows no live calls",
    "dashboard",
)

create("liam", "the webcam cover on my new monitor is stuck shut", "webcam")

# --- New problems: admin, for a customer and site in one phrase ------------------------------
create(
    "admin",
    "New ticket for Globex site Springfield Campus: the badge printer at reception is offline",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Log a ticket for Initech at the Austin Branch site, their internet line is down",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health, Laboratory site: the centrifuge PC won't boot",
    "centrifuge",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "raise one for Stark Logistics site Fleet Depot - the fuel card terminal keeps rebooting",
    "terminal",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "for Wayne Foundation site Gotham Office please open a ticket: boardroom projector shows "
    "no signal",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "handheld scanners at Acme Warehouse can't join the wifi, create a ticket",
    "scanner",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Open a ticket for Umbrella Health site Raccoon City Clinic, the check-in kiosk is frozen",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "globex cypress creek: UPS in the server room is beeping, pls log it",
    "UPS",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Create a ticket for Initech site Main Office - the shared drive is full",
    "drive",
    client_id=42,
    site_id=101,
)

# --- New problems: admin, for a named user ---------------------------------------------------
create(
    "admin",
    "Log a ticket for Hank Scorpio: his docking station isn't charging his laptop",
    "docking",
    user_id=302,
)
create(
    "admin",
    "new ticket on behalf of Joanna Baker, she can't open PDF attachments",
    "PDF",
    user_id=404,
)
create(
    "admin",
    "Pepper Potts needs a new keyboard, raise a ticket for her",
    "keyboard",
    user_id=601,
)
create(
    "admin",
    "create a ticket for Mia Chen - her badge doesn't open the 3rd floor doors",
    "badge",
    user_id=206,
)

# --- Reads: one id --------------------------------------------------------------------------
get("emma", "what's the status of 3089?", 3089)
get("emma", "show ticket 3131", 3131)
get("emma", "Any news on 3115?", 3115)
get("emma", "3042 details please", 3042)
get("emma", "Hi, could you tell me where my second monitor request is at?", 3131)
get("emma", "the sharepoint access request - where is it", 3089)
get("emma", "what happened with 3067 in the end", 3067)
get("emma", "can i see ticket #3150", 3150)
get("liam", "status of 3120", 3120)
get("liam", "Where are we with Mia's new starter ticket?", 3076)
get("liam", "ticket 3121 pls", 3121)
get("admin", "show ticket 3101", 3101)
get("admin", "open 3055 for me", 3055)
get("admin", "what is 3160 about?", 3160)
get("admin", "Can you pull up the details of ticket 789?", 789)

# --- Reads: several ids ---------------------------------------------------------------------
listing("emma", "show me 3042 and 3089", [3042, 3089])
listing("emma", "3115, 3131 status?", [3115, 3131])
listing("emma", "Could I see tickets 3005 and 3018 please", [3005, 3018])
listing("liam", "3120 and 3076 please", [3076, 3120])
listing("admin", "pull up 3055, 3099 and 3101", [3055, 3099, 3101])
listing("admin", "status of 3110 & 3140", [3110, 3140])
listing("emma", "what's the latest on my tickets 3042, 3089 and 3131?", [3042, 3089, 3131])

# --- Own lists, some with dates -------------------------------------------------------------
listing("emma", "show my tickets")
listing("emma", "what have I opened this week?")
listing("emma", "tickets I raised since Monday")
listing("emma", "my tickets from last month")
listing("emma", "anything I logged today?")
listing("emma", "What did I submit yesterday")
listing("emma", "list everything I've raised")
listing("emma", "since friday what have i raised")
listing("emma", "My requests opened this week please")
listing("emma", "could you list all my tickets?")
listing("liam", "my tickets")
listing("liam", "Show what I've opened since Monday")
listing("liam", "requests I made this month")
listing("liam", "Which tickets have I logged over the last 7 days?")
listing("liam", "list of my tickets pls")
listing("liam", "tickets i opened in the past two weeks")
listing("emma", "I need an overview of all the tickets I have with you")
listing("liam", "What have I got with the service desk at the moment?")

# --- Notes ----------------------------------------------------------------------------------
note("emma", "Add to 3042 that it also drops when I'm on my phone hotspot", 3042, "hotspot")
note("emma", "please note on 3089 that Liam has approved my access", 3089, "approved")
note("emma", "re 3115 - it only happens in the desktop app, not on the web", 3115, "desktop")
note("emma", "add a note to 3131: any 24 inch monitor would be fine", 3131, "inch")
note(
    "emma",
    "Add a note to my VPN ticket: it always drops around lunchtime",
    3042,
    "lunchtime",
)
note("emma", "it started after the windows update - pls add that to 3115", 3115, "update")
note(
    "emma",
    "For ticket 3089, can you add that I need edit rights, not just read?",
    3089,
    "edit",
)
note(
    "emma",
    "3131: I'm in the office Tuesdays and Thursdays if someone wants to drop it off",
    3131,
    "Tuesdays",
)
note("liam", "add a note on 3120: it's much worse while charging", 3120, "charging")
note("liam", "Note on 3076 - Mia also needs a Salesforce account", 3076, "Salesforce")
note("liam", "it only happens on battery, add that to 3120", 3120, "battery")
note("liam", "3076: please add that her desk is H-14", 3076, "H-14")
note(
    "liam",
    "Could you add a comment to ticket 3120 saying I can leave the laptop with you on Friday",
    3120,
    "Friday",
)
note("admin", "add a note to 3101: waiting on a replacement part from Dell", 3101, "part")
note("admin", "note on 3055 that the vendor called back this morning", 3055, "vendor")
note("admin", "3099 - add note: customer confirmed the issue is on all machines", 3099, "machines")
note("admin", "Put a note on 3160 saying we've asked Samir for a screenshot", 3160, "screenshot")
note(
    "admin", "add an internal note to 3110: firmware update scheduled for tonight", 3110, "firmware"
)
note(
    "admin",
    "on ticket 3140 add a note that Hannah will visit the site on Thursday",
    3140,
    "Thursday",
)
note("emma", "add to ticket 3042: my home router is a BT Hub 6", 3042, "router")
note("liam", "Please update 3076 with a note that Mia's start date moved to the 14th", 3076, "14th")
note("admin", "note for 3101: user says the scanner works again after a reboot", 3101, "reboot")

# --- Resolve --------------------------------------------------------------------------------
resolve("emma", "3115 is fixed now, you can close it", 3115)
resolve("emma", "please resolve 3089, I've got access now", 3089)
resolve("emma", "Close ticket 3131 - a colleague gave me their old monitor", 3131)
resolve("liam", "resolve 3120, the new fan is in and it's quiet", 3120)
resolve("liam", "3076 can be closed, Mia is all set up", 3076)
resolve("admin", "resolve 3101 and add a visible note summarising the fix", 3101)
resolve(
    "admin",
    "Close 3055 with a visible note summarising the fix: replaced the faulty switch port",
    3055,
)
resolve(
    "admin",
    "resolve 3160 and add a note the user can see that sums up what we did",
    3160,
)
resolve(
    "admin",
    "3110 is sorted - resolve it and leave a visible note summarising the fix",
    3110,
)
resolve("admin", "mark 3140 as resolved", 3140)
resolve(
    "admin",
    "Please resolve ticket 3099 and add a visible summary of the fix (printer driver reinstalled)",
    3099,
)
resolve("emma", "my vpn ticket can be closed, the new router sorted it", 3042)

# --- Reopen ---------------------------------------------------------------------------------
reopen("emma", "3067 is jamming again, please reopen it", 3067)
reopen("emma", "reopen 3018", 3018)
reopen("emma", "The problem from ticket 3005 is back, can you reopen it?", 3005)
reopen("emma", "my printer ticket needs reopening, it's doing it again", 3067)
reopen("liam", "wifi is dropping in meeting room 2 again - reopen 3121 please", 3121)
reopen("liam", "Can you reopen ticket 3121?", 3121)
reopen("admin", "reopen 3030", 3030)
reopen("admin", "789 needs reopening, Olivia says it's back", 789)
reopen("admin", "Please reopen ticket 3030 for Olivia Brown", 3030)
reopen("emma", "the VPN client has vanished from my laptop again. reopen 3018?", 3018)

# --- Rate -----------------------------------------------------------------------------------
rate("emma", "rate 3005 5 stars", 3005, 5)
rate("emma", "give 3018 four out of five", 3018, 4)
rate("emma", "3067: 3/5, it took a while", 3067, 3)
rate("emma", "I'd like to rate ticket 3005 a 4", 3005, 4)
rate("emma", "2 stars for 3067", 3067, 2)
rate("emma", "5/5 for 3018, thanks!", 3018, 5)
rate("emma", "rate my printer ticket 4 stars", 3067, 4)
rate("emma", "Score 3018 a 1 - it took two weeks to get the client installed", 3018, 1)

# --- How-to ---------------------------------------------------------------------------------
howto("emma", "How do I map a network drive?", "drive")
howto("emma", "how do i set up the authenticator app on my new phone", "authenticator")
howto("liam", "How do I connect to the office wifi?", "wifi")
howto("emma", "is there a guide for spotting phishing emails?", "phishing")
howto("liam", "how do I reset my own password", "password")
howto("emma", "How do I join a Teams meeting from my phone?", "Teams")
howto("liam", "how can I stop Outlook from asking for my password all the time?", "Outlook")
howto("emma", "how do I clear a paper jam", "jam")
howto("liam", "How do I install Windows updates myself?", "Windows")
howto("liam", "is there a checklist for new starters?", "starter")
howto("emma", "how do I connect to the VPN from home", "VPN")
howto("liam", "How do I get access to a SharePoint site?", "SharePoint")
howto("emma", "how do I report a phishing email?", "phishing")
howto("liam", "How do I add a shared mailbox in Outlook?", "mailbox")
howto("emma", "how do i share my screen in teams", "teams")
howto("liam", "how to set up MFA", "MFA")
howto("emma", "is there a KB article on mapping drives?", "drive")
howto("liam", "how do I set an out of office reply?")
howto("emma", "How do I change my password?", "password")
howto("liam", "what's the way to get on the VPN when I'm travelling? is there a guide", "VPN")

# --- Refused at plan time -------------------------------------------------------------------
refused("emma", "show me ticket 3101")
refused("emma", "what's the status of 3110?")
refused("emma", "add a note to 3076: Mia's desk is ready")
refused("emma", "read 3999")
refused("emma", "any update on 4242?")
refused("emma", "close 3067")
refused("emma", "please resolve 3005")
refused("emma", "rate 3042 5 stars")
refused("emma", "give 3131 four stars")
refused("emma", "reopen 3089")
refused("emma", "set 3042 to high priority")
refused("emma", "assign 3115 to Chloe Martin")
refused("emma", "list all agents")
refused("emma", "show me all the customers")
refused("emma", "what contracts does Acme have?")
refused("emma", "show Liam's tickets")
refused("emma", "every open ticket in the company please")
refused("liam", "read 3042")
refused("liam", "make 3120 critical")
refused("liam", "list all tickets for Acme")
refused("liam", "reopen 3120")
refused("liam", "rate 3120 5 stars")
refused("liam", "resolve 3121")
refused("liam", "add a note to 4242: still broken")
refused("liam", "set 3076 to on hold")

# --- Candidates (Emma's ambiguous reads) ----------------------------------------------------
candidates("emma", "what's happening with my VPN ticket?", "get_ticket")
candidates("emma", "show me my password ticket", "get_ticket")
candidates("emma", "status of the vpn ticket pls", "get_ticket")
candidates("emma", "Any update on my password ticket?", "get_ticket")
candidates("emma", "open my VPN ticket", "get_ticket")
candidates("emma", "Could you pull up my ticket about the password?", "get_ticket")
candidates("emma", "where's my vpn ticket at", "get_ticket")
candidates("emma", "my password ticket - what's the latest", "get_ticket")
candidates("emma", "vpn ticket?", "get_ticket")
candidates("emma", "Can I see the ticket I raised about my password", "get_ticket")

# --- Admin updates --------------------------------------------------------------------------
update("admin", "Set 3101 to high priority", 3101, priority_id=2)
update("admin", "assign 3055 to Daniel Kim", 3055, agent_id=6)
update("admin", "3099 should go to the Network team", 3099, team_id=12)
update("admin", "put 3160 on hold please", 3160, status_id=28)
update(
    "admin", "change the status of 3110 to With Supplier, we're waiting on Dell", 3110, status_id=5
)
update("admin", "give 3140 to Priya Sharma and make it critical", 3140, agent_id=5, priority_id=1)
update("admin", "lower the priority of 3131 to low", 3131, priority_id=4)
update("admin", "reassign ticket 3120 to 2nd Line Support", 3120, team_id=6)
update("admin", "3089 -> in progress", 3089, status_id=2)
update("admin", "hand 3042 over to Marcus Reid", 3042, agent_id=8)
update(
    "admin",
    "3115 is a messaging issue, move it to the Messaging team",
    3115,
    team_id=11,
)
update("admin", "mark 3055 as action required", 3055, status_id=3)
update("admin", "Assign 3160 to Hannah Fischer, she's on site tomorrow", 3160, agent_id=9)
update("admin", "tom walsh should take 3110", 3110, agent_id=11)

# --- Admin look-ups -------------------------------------------------------------------------
lookup("admin", "list all agents", "agents")
lookup("admin", "what teams are set up?", "teams")
lookup("admin", "look up the customer Wayne Foundation", "customers", "Wayne")
customer_records("admin", "what sites does Stark Logistics have?", "sites", 27)
lookup("admin", "find user Pepper Potts", "users", "Potts")
lookup("admin", "show contract GLX-BACKUP-2026", "contracts", "GLX-BACKUP-2026")
customer_records("admin", "Umbrella Health's contracts", "contracts", 23)
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "which reports do we have?", "reports")
lookup("admin", "find the SLA compliance report", "reports", "SLA")
lookup("admin", "show upcoming appointments", "appointments")
lookup("admin", "list the priority levels", "priorities")
team_members("admin", "who's in the Network team?", 12)
team_members("admin", "members of 1st Line Support", 5)
team_members("admin", "Which agents are in Field Services?", 15)
team_members("admin", "who works in messaging", 11)
customer_tickets("admin", "tickets for Initech", 42)
customer_tickets("admin", "show me Umbrella Health's tickets", 23)
customer_tickets("admin", "What tickets has Wayne Foundation logged with us?", 35)
