"""Round 34: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as people would type them into the Ask box, each paired with
the one action (and key ids) the portal should propose, or with a refusal at plan time, or with
candidate tickets where the ticket meant is ambiguous. Written without reading the parser, its
tests or earlier sets' cases (held out).

Style: an ordinary week of real traffic from a sales team, finance clerks, field engineers and an
office manager, plus the portal admin working the queue. The most common everyday ways of saying
each thing, short and long: some typos, some all-lowercase, some with greetings and sign-offs
("hi", "thanks, Emma", "cheers"), some with the ticket number first ("3042 - ..."). No single
gimmick. Everyday words that are also Halo nouns (Teams, Outlook, site, asset, contract, report,
agent, customer) appear inside problem descriptions and how-to questions, where they stay part of
the description. Emma's new problems stay off the topics of her tickets (VPN, SharePoint access,
Outlook password, second monitor, password reset, 2nd-floor printer, Teams camera) and Liam's off
laptop fan/overheating, Wi-Fi in meeting room 2 and new starter Mia, so that a new ticket is the
only fair reading.

Mix: ~28 % new problems (incl. 8 admin tickets for a customer and site said in one phrase and 4
for a named user), ~9 % reading one own ticket or several ids at once, ~7 % listing own tickets
(some with date phrases), ~9 % notes, ~4 % resolve (some "and add a visible note summarising the
fix"), ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~9 % refused at plan time, ~4 %
candidates (reads only: Emma's "my VPN ticket" -> 3018/3042, "my password ticket" -> 3005/3115),
~15 % admin (update_ticket with status/priority/agent/team ids, look-ups incl. teams and the
agents in them, customer listings, reads, notes).

Look-ups (how-to and admin directory questions) are checked by action `lookup`, the entity meant
and, where the person typed a clear search word, `search_has`.

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
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- KB articles (visible): 101 VPN from home, 102 password self-service reset, 103 paper jam, 104
  MFA / Authenticator, 105 Outlook password prompts, 106 office Wi-Fi, 107 SharePoint access, 108
  Teams meetings, 109 new starter checklist, 110 mapping a network drive, 111 phishing, 112
  Windows updates. Assets AC-2219, AC-2220 (Emma), AC-2231 (Liam). Contracts per customer
  (e.g. GLX-MSP-2026), reports 1-5 (e.g. "SLA compliance (last 30 days)"), appointments, invoices.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto


# --- New problems: Emma (finance clerk) -------------------------------------------------------
create("emma", "my keyboard has a few keys that stopped working, mainly E and R", "keyboard")
create("emma", "Excel crashes every time I open the month end budget spreadsheet", "Excel")
create("emma", "hi, my headset mic isnt picking anything up on calls. thanks, Emma", "headset")
create("emma", "mouse is dead even with new batteries", "mouse")
create("emma", "OneDrive says sync is paused and it won't resume", "OneDrive")
create(
    "emma",
    "Could I please get Adobe Acrobat Pro installed? I need to edit PDFs for the auditors.",
    "Adobe",
)
create("emma", "laptop battery drains in about an hour now, it used to last all day", "battery")
create("emma", "my desk phone has no dial tone since this morning", "phone")
create("emma", "The scanner on the 3rd floor won't send scans to my email anymore", "scanner")
create("emma", "cant log into the expenses system, it says my account is locked", "expenses")
create("emma", "Zoom keeps crashing when i share my screen", "Zoom")
create(
    "emma",
    "I need a docking station for my desk please, I'm moving to a permanent desk on Monday",
    "docking",
)
create(
    "emma",
    "Hello, the projector in the board room won't pick up HDMI from my laptop. We have a meeting at 2. Emma",
    "projector",
)
create("emma", "calendar invites are showing an hour off ever since the clocks changed", "calendar")
create("emma", "the macro in the finance report workbook throws a runtime error 1004", "macro")
create("emma", "Sage won't open, I get error 1603 when I launch it", "Sage")
create("emma", "my door badge doesn't open the side entrance anymore", "badge")
create("emma", "Chrome keeps freezing when I have more than a few tabs open", "Chrome")
create("emma", "laptop wont charge with the usb-c charger, light doesnt come on", "charger")
create(
    "emma",
    "I can't open the contract PDFs customers send us, it says the file is corrupt",
    "corrupt",
)
create("emma", "Power BI dashboard for accounts payable hasn't refreshed since Friday", "dashboard")
create("emma", "my speakers crackle really badly whenever anything plays", "speakers")
create("emma", "I keep getting logged out of the HR portal every 5 minutes", "HR")
create(
    "emma",
    "good morning, the S: drive has disappeared from my computer and I need the invoices on it",
    "drive",
)
create(
    "emma",
    "Please can someone look at my chair, the gas lift is broken and it keeps sinking",
    "chair",
)
create("emma", "need a bigger mailbox, getting mailbox full warnings every day", "mailbox")
create("emma", "the bank reconciliation software shows a licence expired message", "licence")
create(
    "emma",
    "hi team - my laptop is really slow to boot, takes 10+ mins. could someone take a look? cheers",
    "slow",
)

# --- New problems: Liam (sales) ---------------------------------------------------------------
create("liam", "Outlook calendar won't show my team's shared calendars", "calendar")
create("liam", "Teams chat messages are arriving about 10 minutes late", "Teams")
create("liam", "my docking station doesnt detect either of my monitors", "docking")
create("liam", "the label printer in the post room prints blank labels", "label")
create("liam", "Can I get a Visio licence please? need it for a customer proposal", "Visio")
create("liam", "work email stopped syncing on my phone yesterday", "email")
create("liam", "spacebar on my keyboard is stuck", "spacebar")
create("liam", "I can't reach the stock system for the Warehouse site from home", "stock")
create("liam", "customer portal login page is throwing a 500 error for me", "login")
create("liam", "the sales report in the CRM is blank since yesterday afternoon", "CRM")
create("liam", "salesforce keeps logging me out every hour or so", "Salesforce")
create("liam", "the agent desktop in the call centre software can't hear callers", "call")
create("liam", "the asset tag on my laptop fell off, can I get a new one?", "tag")
create("liam", "Outlook search returns nothing at all, even for emails from today", "search")
create("liam", "screen in meeting room 4 won't turn on, clients arriving at 11", "screen")
create("liam", "my mouse scroll wheel jumps all over the place", "scroll")
create("liam", "the VPN says my certificate has expired when I try to connect", "certificate")
create("liam", "Word crashes when I try to print the contract renewal doc", "Word")
create("liam", "Excel pivot tables are super slow on the forecast file", "pivot")
create("liam", "hot desk booking app shows every desk full but the floor is empty", "booking")
create("liam", "I spilled coffee on my keyboard, a few keys are sticky now", "coffee")
create(
    "liam",
    "Hi, the shared mailbox for sales@ stopped receiving emails this morning. Thanks, Liam",
    "mailbox",
)
create("liam", "Teams won't let me join meetings hosted by external clients", "Teams")
create("liam", "need my Zoom account upgraded to Pro so I can run webinars", "webinars")
create("liam", "USB stick is blocked, I need to copy slides for a client visit tomorrow", "USB")
create("liam", "the quote template in Word is still showing the old logo", "template")
create("liam", "my headphones keep disconnecting from bluetooth", "bluetooth")
create("liam", "DocuSign emails from customers are going straight to junk", "DocuSign")
create("liam", "company mobile screen cracked, dropped it in the car park", "cracked")
create("liam", "hey, the CRM app on my ipad crashes on launch since the update", "iPad")

# --- New problems raised by the admin for a customer and site, or a named user -----------------
create(
    "admin",
    "new ticket for Globex at Springfield Campus: printer offline in reception",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "log a ticket for Initech Austin Branch - internet down since 8am",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "raise one for Umbrella Health Laboratory: fridge temperature sensor not sending readings",
    "sensor",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot have a broken barcode scanner, please create a ticket",
    "barcode",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "create ticket - Wayne Foundation, Gotham Office: new laptop needed for the director",
    "laptop",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Acme Warehouse: the handheld scanners can't connect to the stock system",
    "handheld",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Globex Cypress Creek says their desk phones are all down, log it please",
    "phones",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "new ticket Umbrella Health Raccoon City Clinic, reception PC won't boot",
    "PC",
    client_id=23,
    site_id=51,
)
create(
    "admin", "open a ticket for Hank Scorpio: he can't get into his mailbox", "mailbox", user_id=302
)
create(
    "admin",
    "raise a ticket on behalf of Joanna Baker - her laptop screen is cracked",
    "screen",
    user_id=404,
)
create(
    "admin",
    "new ticket for Pepper Potts, she needs her new iPhone set up with email",
    "iPhone",
    user_id=601,
)
create(
    "admin",
    "log a call for Mia Chen, her Outlook signature has the wrong job title",
    "signature",
    user_id=206,
)

# --- Reading one own ticket, or several at once -----------------------------------------------
get("emma", "whats the status of 3042", 3042)
get("emma", "Hi, any update on ticket 3089? Thanks", 3089)
get("emma", "3115 - where are we with this one?", 3115)
get("emma", "can you show me ticket #3131", 3131)
get("emma", "show me 3005", 3005)
get("emma", "open ticket 3018 pls", 3018)
get("emma", "what happened with my sharepoint access request?", 3089)
get("emma", "any news on the second monitor I asked for", 3131)
get("emma", "can I see the ticket about the 2nd floor printer jamming", 3067)
get("emma", "what was the outcome of the teams camera ticket", 3150)
get("emma", "details of 3150 please", 3150)
get("liam", "status on 3120?", 3120)
get("liam", "Can you pull up my laptop fan ticket? It's still roaring", 3120)
get("liam", "whats going on with the new starter ticket for Mia", 3076)
get("liam", "show me 3121", 3121)
get("liam", "what did IT say on my wifi ticket for meeting room 2", 3121)
get("liam", "ticket 3076 - is it done?", 3076)
listing("emma", "can you show me 3042 and 3115", [3042, 3115])
listing("emma", "status of 3089, 3131 please", [3089, 3131])
listing("emma", "pull up 3005, 3018 and 3067", [3005, 3018, 3067])
listing("liam", "3120 and 3121 - updates?", [3120, 3121])
listing("liam", "show me tickets 3076 & 3120", [3076, 3120])

# --- Listing own tickets -----------------------------------------------------------------------
listing("emma", "my tickets")
listing("emma", "show me all my open tickets")
listing("emma", "what tickets have I got open at the moment?")
listing("emma", "list everything I've raised this month")
listing("emma", "hi, can I see the tickets I logged since Monday")
listing("emma", "which of my tickets are closed")
listing("emma", "any of my requests waiting on me?")
listing("emma", "show my tickets from last week")
listing("emma", "what have i got outstanding with IT")
listing("liam", "list my tickets")
listing("liam", "what's open under my name")
listing("liam", "can you show me my requests from the last 30 days")
listing("liam", "my open calls pls")
listing("liam", "Hi, could you list all the tickets I've submitted? Thanks")
listing("liam", "tickets i raised this week")
listing("liam", "everything I've got in progress")
listing("liam", "show me my closed tickets from this year")

# --- Notes -------------------------------------------------------------------------------------
note("emma", "add a note to 3042: it dropped again at 9am this morning", 3042, "dropped")
note(
    "emma",
    "3042 - fyi I'm in the office all week so can't test from home until Monday",
    3042,
    "Monday",
)
note("emma", "please add to 3089 that my manager Claire has approved the access", 3089, "approved")
note(
    "emma",
    "on my SharePoint access request can you note that I need it before the audit on the 15th",
    3089,
    "audit",
)
note("emma", "note on 3115: it's also happening on my phone now", 3115, "phone")
note(
    "emma",
    "For ticket 3115 - I restarted the laptop as suggested and it still asks for the password every hour",
    3115,
    "restarted",
)
note("emma", "update 3131 with: a 24 inch is fine, doesn't need to be anything fancy", 3131, "24")
note(
    "emma",
    "can you add a comment on the second monitor request saying I've cleared space on the desk now",
    3131,
    "space",
)
note("emma", "add a note to ticket 3042 saying the error code is 809", 3042, "809")
note("emma", "hi, just adding to 3089: the site is called Finance Team Hub. thanks", 3089, "Hub")
note("emma", "3115 note - I changed my password yesterday in case that helps", 3115, "yesterday")
note("emma", "tell the engineer on 3131 that I'm off on Friday", 3131, "Friday")
note(
    "emma",
    "add to my monitor ticket that HDMI or DisplayPort both work on my dock",
    3131,
    "DisplayPort",
)
note("liam", "add a note to 3120 - it's making a clicking noise as well now", 3120, "clicking")
note("liam", "3120: I can drop the laptop at the service desk tomorrow at 10", 3120, "tomorrow")
note(
    "liam",
    "please note on the laptop fan ticket that it shuts itself down when on video calls",
    3120,
    "shuts",
)
note("liam", "on 3076 can you add that Mia's start date moved to the 12th", 3076, "12th")
note("liam", "Add a comment to ticket 3076: Mia also needs a CRM login", 3076, "CRM")
note("liam", "note for 3120 - asset number is AC-2231", 3120, "AC-2231")
note("liam", "hey can you add to my new starter ticket that Mia will sit at desk 14", 3076, "desk")
note("liam", "3120 add note: still overheating after the bios update", 3120, "bios")
note("liam", "pop a note on 3076 saying thanks, all sorted from my side", 3076, "sorted")

# --- Resolve -----------------------------------------------------------------------------------
resolve("emma", "3042 is working fine now, you can close it", 3042)
resolve("emma", "please resolve 3089, I've got access now", 3089)
resolve("emma", "the outlook password prompts have stopped, please close my ticket 3115", 3115)
resolve("emma", "I don't need the second monitor anymore, close the request please", 3131)
resolve("liam", "close 3120, laptop got replaced", 3120)
resolve("liam", "mark 3076 as resolved, Mia is all set up", 3076)
resolve(
    "admin",
    "resolve 3110 and add a visible note summarising the fix: replaced the faulty network cable",
    3110,
)
resolve(
    "admin",
    "3055 - close it off and add a visible note summarising the fix (driver rolled back)",
    3055,
)
resolve("admin", "resolve 3160, user confirmed working", 3160)
resolve("admin", "please close ticket 3140 as fixed", 3140)

# --- Reopen ------------------------------------------------------------------------------------
reopen("emma", "the 2nd floor printer is jamming again, can you reopen my ticket 3067", 3067)
reopen("emma", "reopen 3018 please, the vpn client vanished again after the update", 3018)
reopen("emma", "3005 - my password reset didn't stick, please reopen", 3005)
reopen("emma", "Hi, could you reopen ticket 3067? Same problem with the paper jams. Emma", 3067)
reopen("emma", "re-open 3018", 3018)
reopen(
    "emma",
    "can my password reset ticket from after the holiday be reopened? still can't log in",
    3005,
)
reopen("liam", "wifi in meeting room 2 is dropping again, reopen 3121", 3121)
reopen("liam", "please reopen my closed wifi ticket, it's not fixed", 3121)
reopen("liam", "3121 needs reopening, dropped twice during a client demo", 3121)
reopen("emma", "the printer ticket was closed but it's still jamming, pls open it again", 3067)

# --- Rate --------------------------------------------------------------------------------------
rate("emma", "rate 3005 5 stars", 3005, 5)
rate("emma", "I'd give ticket 3018 a 4 out of 5, thanks for the quick fix", 3018, 4)
rate("emma", "3067 - 3/5, took a while but got there", 3067, 3)
rate("emma", "feedback for 3018: 5 stars, James was great", 3018, 5)
rate("liam", "rate my wifi ticket 2 stars, it took weeks", 3121, 2)
rate("liam", "3121 gets a 4", 3121, 4)
rate("emma", "can I rate the printer ticket? 1 star, it took three visits", 3067, 1)
rate("emma", "give 3005 four stars please", 3005, 4)

# --- How-to (knowledge base) -------------------------------------------------------------------
howto("emma", "how do I connect to the VPN from home?", "VPN")
howto("emma", "is there a guide for resetting my own password?", "password")
howto("emma", "how do i set up the authenticator app on my new phone", "authenticator")
howto("emma", "how do I clear a paper jam myself", "jam")
howto("emma", "How do I map a network drive?", "drive")
howto("emma", "how can I tell if an email is phishing", "phishing")
howto("emma", "what's the best way to report a phishing email in Outlook?", "phishing")
howto("emma", "how do I install windows updates", "updates")
howto("emma", "is there an article on joining the office wifi")
howto("emma", "how do I share my screen in a Teams meeting", "Teams")
howto("liam", "how do i schedule a teams meeting with external guests", "Teams")
howto("liam", "where's the new starter checklist?", "starter")
howto("liam", "how do I stop Outlook asking for my password all the time", "Outlook")
howto("liam", "how do I request access to a SharePoint site?", "SharePoint")
howto("liam", "how to set up MFA", "MFA")
howto("liam", "is there a how-to for the VPN client on a mac", "VPN")
howto("liam", "how do I set an out of office reply in Outlook", "Outlook")
howto("liam", "guide for mapping the S drive pls", "drive")
howto("liam", "how do I change my password before it expires?", "password")
howto("liam", "any kb article on getting a new starter's laptop ready", "starter")

# --- Refused at plan time ----------------------------------------------------------------------
refused("emma", "can you show me ticket 3101")
refused("emma", "what's the latest on 3110?")
refused("emma", "open 3999 for me")
refused("emma", "status of 4242?")
refused("emma", "please set my ticket 3042 to high priority, it's urgent")
refused("emma", "can you assign 3115 to Chloe Martin, she fixed it last time")
refused("emma", "change the status of 3089 to in progress")
refused("emma", "rate 3042 5 stars")
refused("emma", "close 3067 please")
refused("emma", "show me all the tickets for the whole company")
refused("emma", "what tickets has Liam got open?")
refused("emma", "look up the customer Globex for me")
refused("emma", "who are the agents on the Network team")
refused("emma", "show me Acme's contract")
refused("emma", "run the SLA compliance report")
refused("emma", "find Hank Scorpio's phone number")
refused("emma", "add a note to 3120 that Liam's laptop is still loud")
refused("liam", "read 3042")
refused("liam", "rate 3120 4 stars")
refused("liam", "resolve 3121")
refused("liam", "change the priority of 3120 to critical")
refused("liam", "list everyone's open tickets in the office")
refused("liam", "can I see 3160")
refused("liam", "what tickets does Olivia Brown have?")

# --- Candidates (ambiguous between two of Emma's own tickets) -----------------------------------
candidates("emma", "what's the status of my VPN ticket", "get_ticket")
candidates("emma", "any news on my vpn ticket?", "get_ticket")
candidates("emma", "hi, can you pull up my ticket about the VPN", "get_ticket")
candidates("emma", "show me the vpn one", "get_ticket")
candidates("emma", "where are we with my VPN issue ticket", "get_ticket")
candidates("emma", "my password ticket - any update?", "get_ticket")
candidates("emma", "open my password ticket please", "get_ticket")
candidates("emma", "show the ticket about my password", "get_ticket")
candidates("emma", "status of password ticket", "get_ticket")
candidates("emma", "Morning! Can I see my ticket about the password? Thanks, Emma", "get_ticket")

# --- Admin: updates ----------------------------------------------------------------------------
update("admin", "3101 set to in progress", 3101, status_id=2)
update("admin", "bump 3055 to high priority", 3055, priority_id=2)
update("admin", "assign 3099 to Priya", 3099, agent_id=5)
update("admin", "move 3160 to the Network team", 3160, team_id=12)
update("admin", "3110 -> on hold, priority low", 3110, status_id=28, priority_id=4)
update("admin", "put 3140 with Messaging and give it to Chloe", 3140, team_id=11, agent_id=7)
update("admin", "change 3042 status to with supplier", 3042, status_id=5)
update("admin", "3131 critical pls", 3131, priority_id=1)
update("admin", "reassign 3120 to Daniel Kim in 2nd Line Support", 3120, agent_id=6, team_id=6)
update("admin", "set ticket 3089 to action required", 3089, status_id=3)
update("admin", "hand 3076 over to Hannah Fischer", 3076, agent_id=9)
update("admin", "3055 pending closure", 3055, status_id=25)
update("admin", "give 3160 to Tom Walsh", 3160, agent_id=11)
update(
    "admin", "3099: medium priority and move it to 1st Line Support", 3099, priority_id=3, team_id=5
)
update("admin", "mark 3140 as with user, waiting on Olivia", 3140, status_id=4)
update("admin", "route 3110 to Field Services", 3110, team_id=15)
update("admin", "James O'Connor should pick up 3101", 3101, agent_id=4)

# --- Admin: look-ups ---------------------------------------------------------------------------
lookup("admin", "list all the teams", "teams")
lookup("admin", "who's in the Network team?", "agents")
lookup("admin", "which agents are in 2nd Line Support", "agents")
lookup("admin", "show me all agents", "agents")
lookup("admin", "find customer Umbrella", "customers", "Umbrella")
lookup("admin", "what sites does Stark Logistics have", "sites")
lookup("admin", "look up user Joanna Baker", "users", "Baker")
lookup("admin", "show the contracts for Globex", "contracts")
lookup("admin", "pull up the SLA compliance report for me", "reports", "SLA")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "what appointments are booked this week", "appointments")
lookup("admin", "find the service desk team", "teams", "Service")
lookup("admin", "customer list please", "customers")

# --- Admin: customer listings, reads, notes ----------------------------------------------------
book.add(
    "admin", "all open tickets for Initech", {"action": "list_tickets", "params": {"client_id": 42}}
)
book.add(
    "admin", "show me Globex's tickets", {"action": "list_tickets", "params": {"client_id": 17}}
)
book.add(
    "admin",
    "tickets for Umbrella Health this month",
    {"action": "list_tickets", "params": {"client_id": 23}},
)
book.add(
    "admin", "stark logistics tickets pls", {"action": "list_tickets", "params": {"client_id": 27}}
)
get("admin", "open 3101", 3101)
get("admin", "show me the details on 3055", 3055)
get("admin", "what's happening on 3160?", 3160)
note("admin", "note on 3099: called Joanna, waiting for her callback", 3099, "callback")
note("admin", "add an internal note to 3055 that the replacement part is ordered", 3055, "ordered")
note("admin", "3140 note - looks like a duplicate of 3110", 3140, "duplicate")
