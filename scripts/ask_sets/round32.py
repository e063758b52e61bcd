"""Round 32: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box, each paired with the one action (and key ids) the portal should propose, or with a
refusal at plan time, or with candidate tickets where the ticket meant is ambiguous. Written
without reading the parser, its tests or earlier sets' cases (held out).

Style: a realistic everyday mix, as the portal's first month of real traffic would look. Office
staff, managers, a receptionist, warehouse workers and people on the road, phrasing things the
ordinary, most common ways (not an extreme style): short and long, with and without greetings
("hi", "morning", "thanks"), some typos and all-lowercase, some questions ("can you...?",
"what's happening with...?"), some bare commands ("close 3042", "show my tickets"). Admin
requests are the terse working shorthand of someone tidying the queue ("3101 -> with supplier",
"give 3055 to Tom") alongside full sentences. Everyday words that are also Halo nouns (Teams,
Outlook, site, asset, contract, report, agent, customer) appear inside problem descriptions and
how-to questions, where they stay part of the description. Emma's new problems stay off the
topics of her open tickets (VPN, SharePoint access, Outlook password, second monitor) and her
closed ones (password reset, VPN client, 2nd-floor printer, Teams camera), and Liam's off his
laptop fan/overheating, Wi-Fi in meeting room 2 and new-starter (Mia) tickets, so that a new
ticket is the only fair reading.

Mix: ~30 % new problems and requests (employees, plus admin tickets for a customer/site or a
named user), ~9 % reading one own ticket (or several at once), ~7 % listing own tickets, ~9 %
notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~8 % refused at plan
time (someone else's ticket, a missing one, an admin-only action or look-up asked by an
employee, a closed ticket to resolve, an open one to rate, a colleague's or the whole company's
tickets), ~4 % candidates, ~15 % admin (update_ticket with status/priority/agent/team ids,
look-ups, listing for a customer, reads, notes, resolve).

Look-ups (how-to and admin directory questions) are checked by action `lookup`, the entity
meant and, where the person typed a clear search word, `search_has`.

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), sites HQ (31),
  Warehouse (32), Remote Workers (33). Other customers: Globex 17 (sites 41 Springfield Campus,
  44 Cypress Creek), Initech 42 (101 Main Office, 102 Austin Branch), Umbrella Health 23 (51
  Raccoon City Clinic, 52 Laboratory, 53 Head Office), Stark Logistics 27 (61 Distribution
  Centre, 62 Fleet Depot), Wayne Foundation 35 (71 Gotham Office). Users: 203 Noah Williams
  (Acme Warehouse), 204 Ava Thompson (Acme Remote Workers), 206 Mia Chen (Acme HQ), 302 Hank
  Scorpio (Globex), 401 Peter Gibbons (Initech), 404 Joanna Baker (Initech), 503 Jill Valentine
  (Umbrella), 601 Pepper Potts (Stark), 701 Lucius Fox (Wayne).
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two password
  tickets (3005, 3115); three closed tickets not rated (3005, 3018, 3067).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams, "Warehouse scanner cannot join Wi-Fi", Action
  Required), 3055 (Initech, "Blue screen on desktop PC", In Progress) and 3099 (Initech, "Laptop
  will not boot after Windows update", Action Required), 3160 (Samir, "Teams calls dropping
  audio", With User), 3110 (Olivia Brown, "VPN access for a contractor", In Progress), 3140
  (Olivia Brown, "Monitor flickering", New), 3030 (Olivia Brown, closed), 789 (Olivia Brown,
  closed). No ticket 3999, 4242 or 5000 (ids run 3001-3260, plus 789).
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
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


# --- New problems and requests: Emma --------------------------------------------------------
create("emma", "my keyboard has stopped working, some keys just don't type anything", "keyboard")
create(
    "emma",
    "Hi, Excel crashes every time I open the budget spreadsheet. Can someone have a look?",
    "Excel",
)
create("emma", "the mouse on my desk is really jumpy", "mouse")
create(
    "emma", "Morning! OneDrive says it can't sync and there's a red cross on the icon", "OneDrive"
)
create(
    "emma",
    "I need Adobe Acrobat Pro installed please, I have to edit PDFs for the customer contracts",
    "Adobe",
)
create("emma", "headset crackles on calls, can I get a new one?", "headset")
create("emma", "The docking station in hot desk 14 isn't charging my laptop", "docking")
create("emma", "can't log in to the expenses system, it says my account is locked", "expenses")
create("emma", "Hello, could I get access to the shared mailbox for accounts payable?", "mailbox")
create("emma", "my laptop is SO slow since this morning, takes 5 min to open anything", "slow")
create(
    "emma",
    "Teams chat notifications have stopped popping up, I keep missing messages",
    "notifications",
)
create("emma", "Please can you set up my email signature with the new company logo", "signature")
create("emma", "I'm at reception and the desk phone has no dial tone", "phone")
create("emma", "Getting loads of spam emails since yesterday, like 50 an hour", "spam")
create("emma", "the projector in the boardroom won't pick up my laptop over HDMI", "projector")
create(
    "emma",
    "Hi there, I've spilled coffee on my laptop keyboard. It still turns on but the trackpad is dead",
    "trackpad",
)
create("emma", "cant open attachments in outlook, it says the file type is blocked", "attachments")
create("emma", "need a new phone charger, mine snapped", "charger")
create("emma", "The scanner by the kitchen scans blank pages", "scanner")
create(
    "emma",
    "Can I get Power BI? My manager wants me to build the monthly sales report in it",
    "Power BI",
)
create("emma", "my calendar shows meetings at the wrong time since the clocks changed", "calendar")
create(
    "emma",
    "I'm working from the Warehouse site today and none of the network sockets at the spare desk work",
    "sockets",
)
create("emma", "Zoom won't let me share my screen, the button is greyed out", "Zoom")
create("emma", "Could you install the French language pack on my laptop? Thanks", "language")
create("emma", "Laptop battery only lasts about an hour now", "battery")
create("emma", "I deleted a folder from the S: drive by mistake - can it be restored??", "folder")
create("emma", "my laptop screen is flickering after I dropped it, sorry!", "screen")
create("emma", "the label printer in the post room keeps printing half labels", "label")

# --- New problems and requests: Liam --------------------------------------------------------
create("liam", "Hi, my phone won't get work emails anymore since the iOS update", "iOS")
create("liam", "I need a Visio licence for drawing the warehouse layout", "Visio")
create("liam", "The big screen in the training room is stuck on 'no signal'", "screen")
create(
    "liam",
    "on the road this week and my mobile hotspot won't share data with the laptop",
    "hotspot",
)
create(
    "liam",
    "can you give Ava Thompson edit rights on the team planner? she's covering for me",
    "planner",
)
create("liam", "voicemail on my desk phone is full and I can't delete the messages", "voicemail")
create(
    "liam",
    "Hello - the card reader on the warehouse door isn't reading anyone's badge this morning",
    "badge",
)
create("liam", "Our team's shared calendar disappeared from Outlook", "calendar")
create("liam", "excel macro for the stock report throws 'runtime error 1004'", "macro")
create("liam", "I need a 4G dongle for when I'm visiting customer sites", "dongle")
create("liam", "The CRM is timing out every few minutes, the whole sales team is affected", "CRM")
create("liam", "Please order a replacement for my cracked phone screen", "phone")
create("liam", "the webcam in meeting room 4 shows a black picture", "webcam")
create("liam", "Can't print to PDF anymore, the option has vanished from the print menu", "PDF")
create(
    "liam",
    "i need remote access to the payroll app while I'm at the Fleet Depot next week",
    "payroll",
)
create("liam", "Good morning, the handheld scanners at goods-in keep logging out", "scanners")
create(
    "liam",
    "Please can we get a second headset for the warehouse office, the current one is broken",
    "headset",
)
create("liam", "my outlook search doesn't find any emails older than last month", "search")
create(
    "liam",
    "I clicked a link in a phishing email pretending to be our CEO before I realised, please can someone check my account",
    "phishing",
)
create("liam", "Word keeps freezing when I paste from the intranet", "Word")
create("liam", "hey, the wall clock display in reception shows the wrong date", "clock")
create("liam", "Request: a standing desk monitor arm for Isla Murphy's desk", "arm")
create("liam", "the car's satnav tablet needs the fleet app reinstalling", "tablet")
create(
    "liam",
    "my laptop won't wake up from sleep, I have to hold the power button every time",
    "sleep",
)

# --- New tickets raised by the admin for a customer, site or named user ---------------------
create(
    "admin",
    "New ticket for Globex, Cypress Creek site: the label printer at dispatch is offline",
    "printer",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "log a ticket for Hank Scorpio - he can't sign in to Teams on his phone",
    "Teams",
    user_id=302,
)
create(
    "admin",
    "Raise one for Stark Logistics at the Fleet Depot: tablets in the vans not syncing routes",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Please open a ticket for Joanna Baker, her laptop keyboard is missing two keys",
    "keyboard",
    user_id=404,
)
create(
    "admin",
    "Umbrella Health, Laboratory site - the fridge temperature monitor has lost its network connection, please log it",
    "monitor",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "ticket for Pepper Potts: needs a new mobile phone, current one won't charge",
    "phone",
    user_id=601,
)
create(
    "admin",
    "Create a ticket for Initech's Austin Branch - the internet line is down",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "new ticket for Noah Williams at the warehouse, forklift terminal won't boot",
    "terminal",
    user_id=203,
)
create(
    "admin",
    "Wayne Foundation, Gotham Office: backup job failed last night",
    "backup",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "open a ticket on behalf of Jill Valentine - Outlook crashes when she opens shared calendars",
    "Outlook",
    user_id=503,
)
create(
    "admin",
    "Raise a ticket for Globex - their firewall licence expires next week and needs renewing",
    "firewall",
    client_id=17,
)
create(
    "admin",
    "Can you log a request for Lucius Fox to get access to the board papers folder",
    "folder",
    user_id=701,
)
create(
    "admin",
    "Acme Remote Workers site: several people say the softphone app keeps crashing",
    "softphone",
    client_id=12,
    site_id=33,
)
create(
    "admin",
    "New starter for Umbrella Health at the Raccoon City Clinic, Dr Alice Wong, starts on the 3rd, needs laptop + email",
    "Wong",
    client_id=23,
    site_id=51,
)
create(
    "admin", "ticket for Peter Gibbons: his second screen has dead pixels", "pixels", user_id=401
)
create(
    "admin",
    "For Stark Logistics Distribution Centre please log: barcode printers printing faded",
    "barcode",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "raise a ticket for Ava Thompson, she can't connect her home printer to her work laptop",
    "printer",
    user_id=204,
)
create(
    "admin",
    "Initech Main Office - new starter Tom Smykowski needs an account setting up for Monday",
    "Smykowski",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "open a ticket for Acme HQ: the meeting room booking panels are all blank",
    "panels",
    client_id=12,
    site_id=31,
)
create("admin", "Log for Mia Chen: she needs Adobe Creative Cloud installed", "Adobe", user_id=206)

# --- Reading one own ticket, or several at once ---------------------------------------------
get("emma", "what's the status of 3042?", 3042)
get("emma", "Hi, any update on ticket 3089 please?", 3089)
get("emma", "show me 3115", 3115)
get("emma", "Has anyone looked at my second monitor request yet?", 3131)
get("emma", "can i see my sharepoint access ticket", 3089)
get("emma", "What did they say when they closed the printer jamming ticket?", 3067)
get("emma", "open ticket #3150", 3150)
get("emma", "whats happening with my outlook password issue", 3115)
get("emma", "Could you tell me who is working on 3131?", 3131)
get("emma", "details of 3018 please", 3018)
get("liam", "Any news on the laptop fan ticket?", 3120)
get("liam", "where are we with Mia Chen's setup, is her laptop ready?", 3076)
get("liam", "pull up 3121", 3121)
get("liam", "Hi, can you show me the latest on ticket 3120? Thanks", 3120)
get("liam", "why is my new starter ticket pending closure? nobody told me it was done", 3076)
get("liam", "what was the fix on the meeting room 2 wifi one?", 3121)
listing("emma", "show me 3042 and 3115", [3042, 3115])
listing("emma", "Can I see tickets 3089, 3131 and 3042 please", [3042, 3089, 3131])
listing("emma", "status of 3005 & 3067?", [3005, 3067])
listing("liam", "how are 3120 and 3076 getting on?", [3076, 3120])
listing("liam", "Open 3121 and 3120 for me", [3120, 3121])
listing("emma", "both of these please: #3131, #3115", [3115, 3131])

# --- Listing own tickets --------------------------------------------------------------------
listing("emma", "my tickets")
listing("emma", "Can you show me all my open tickets?")
listing("emma", "what have I logged this month")
listing("emma", "Hi, which of my requests are still waiting on me?")
listing("emma", "list everything I've raised since Monday")
listing("emma", "show closed tickets")
listing("emma", "do I have anything open at the moment?")
listing("emma", "What tickets have I got on hold?")
listing("liam", "show my tickets please")
listing("liam", "List my open requests")
listing("liam", "how many tickets do I have open?")
listing("liam", "what did i raise last week")
listing("liam", "Morning, can I get an overview of everything I've asked IT for?")
listing("liam", "any of my tickets closed recently?")
listing("emma", "all my tickets from this year")
listing("liam", "my stuff in progress")
listing("emma", "tickets i opened today?")
listing("liam", "Could you list the tickets I've got with you at the moment")

# --- Notes on own tickets -------------------------------------------------------------------
note("emma", "add a note to 3042: it dropped again three times this morning", 3042, "dropped")
note("emma", "For ticket 3089 - my manager Lucas has approved the access now", 3089, "approved")
note(
    "emma",
    "Please tell whoever has 3115 that it's still asking for my password after the profile reset",
    3115,
    "profile",
)
note("emma", "on 3131: I'm happy with any size, 24 inch is fine", 3131, "24")
note(
    "emma",
    "Update for my VPN drop-out ticket 3042 - I've tried a cable instead of wifi and it still disconnects",
    3042,
    "cable",
)
note(
    "emma",
    "3115 - I'm out of the office Thursday and Friday, please call me on my mobile instead",
    3115,
    "mobile",
)
note(
    "emma",
    "can you add to the SharePoint request that I need it by end of month for the audit",
    3089,
    "audit",
)
note("emma", "Hi, re 3131, my desk has moved to the 3rd floor, desk 22", 3131, "desk")
note(
    "emma",
    "add comment to 3042 'happens on home broadband only, fine in the office'",
    3042,
    "broadband",
)
note(
    "emma",
    "Let the tech on my outlook password ticket know I'm available after 2pm today",
    3115,
    "2pm",
)
note("liam", "add note to 3120: the fan is now making a grinding noise too", 3120, "grinding")
note("liam", "For 3076 - Mia also needs access to the warehouse stock system", 3076, "stock")
note(
    "liam",
    "please note on my laptop fan ticket that I can drop it at the desk tomorrow morning",
    3120,
    "tomorrow",
)
note("liam", "3120 add: asset tag is AC-2231 if that helps", 3120, "AC-2231")
note("liam", "Can you update 3076 to say Mia's start date has moved to the 14th", 3076, "14th")
note("liam", "note for 3120 - it got so hot it shut down during a customer call", 3120, "shut")
note("emma", "Tell them on 3089 that it's the Finance site, not Finance Archive", 3089, "Archive")
note("liam", "on ticket 3076 pls add that her laptop should have Visio as well", 3076, "Visio")
note("emma", "I'd like to add some info to 3042: my router was replaced last week", 3042, "router")
note("emma", "3131 comment: my manager is asking when this will arrive", 3131, "manager")
note("liam", "Add to 3120 that I'm working from home Weds so any time Thurs is good", 3120, "Thurs")
note("emma", "reply on 3115: yes I restarted the laptop, no change", 3115, "restarted")

# --- Resolve own tickets --------------------------------------------------------------------
resolve("emma", "close 3042, the VPN has been fine all week", 3042)
resolve("emma", "You can close my SharePoint request, I've got access now thanks!", 3089)
resolve("emma", "3115 is sorted, please mark it resolved", 3115)
resolve("emma", "I don't need the second monitor anymore, please close that ticket", 3131)
resolve("liam", "fan's been replaced and it's quiet now - close 3120", 3120)
resolve("liam", "Mia is all set up, you can close the new starter ticket", 3076)
resolve(
    "emma",
    "outlook stopped asking for the password after the restart, you can close the ticket",
    3115,
)
resolve("liam", "please resolve ticket 3076", 3076)
resolve("emma", "Hi, the VPN issue (3042) fixed itself after the update. Ok to close", 3042)
resolve("liam", "mark 3120 as fixed", 3120)

# --- Reopen own closed tickets --------------------------------------------------------------
reopen("emma", "the printer on the 2nd floor is jamming again, can you reopen that ticket?", 3067)
reopen("emma", "reopen 3018 please, the VPN client disappeared again after an update", 3018)
reopen("liam", "Wi-Fi in meeting room 2 is dropping again, please reopen 3121", 3121)
reopen("emma", "Can 3005 be reopened? The new password stopped working", 3005)
reopen("emma", "ticket 3067 isn't fixed, still jams on every job", 3067)
reopen("liam", "reopen my wifi ticket, it's no better", 3121)
reopen("emma", "Please reopen #3018", 3018)
reopen("liam", "3121 needs reopening, dropped out twice in today's call", 3121)
reopen("emma", "hi, I need my password reset ticket opened again, I'm locked out once more", 3005)
reopen("emma", "The 2nd floor printer problem is back. Reopen it please", 3067)

# --- Rate own closed tickets ----------------------------------------------------------------
rate("emma", "rate 3067 5 stars", 3067, 5)
rate("emma", "I'd give the password reset ticket a 4 out of 5, quick and friendly", 3005, 4)
rate("liam", "3121: 3/5, took a while but got there", 3121, 3)
rate("emma", "Can I leave feedback on 3018? 2 stars, it took a week to get the VPN client", 3018, 2)
rate("emma", "five stars for the printer fix!", 3067, 5)
rate("liam", "rate the wifi ticket 4", 3121, 4)
rate("emma", "3005 - 1 star, I had to chase three times", 3005, 1)
rate("emma", "give 3018 a 3", 3018, 3)

# --- How-to questions (knowledge base) ------------------------------------------------------
howto("emma", "how do I map a network drive?", "drive")
howto(
    "emma", "Is there a guide for setting up the Authenticator app on a new phone?", "Authenticator"
)
howto("liam", "how do i connect to the office wifi on my personal phone", "wifi")
howto("emma", "What's the procedure for reporting a phishing email?", "phishing")
howto("liam", "how do I install windows updates", "updates")
howto("emma", "How do I clear a paper jam?", "jam")
howto("liam", "is there a checklist for new starters? got someone joining next month", "starter")
howto("emma", "how do I reset my own password without calling the helpdesk", "password")
howto("liam", "How do you share your screen in a Teams meeting?", "Teams")
howto("emma", "where can I find instructions for the VPN at home", "VPN")
howto("liam", "How do I set up MFA?", "MFA")
howto("emma", "how do I request access to a SharePoint site for someone in my team?", "SharePoint")
howto(
    "liam",
    "is there an article on what to do when Outlook keeps asking for your password? my colleague has that",
    "Outlook",
)
howto("emma", "Any tips on spotting dodgy emails?")
howto("liam", "how do i pick a different microphone in Teams")
howto(
    "emma", "Where's the guide for getting on the guest wifi for visitors? I'm on reception", "wifi"
)
howto("liam", "How do I map the S drive on my laptop", "drive")
howto("emma", "what's the best way to keep my laptop updated")
howto("liam", "do we have any documentation on multi factor authentication", "authentication")
howto("emma", "how do I join a Teams meeting from the calendar invite?", "Teams")

# --- Refused at plan time -------------------------------------------------------------------
refused("emma", "show me ticket 3101")
refused("emma", "what's going on with 3110?")
refused("liam", "can I see 3042? Emma said it's the same VPN problem I have")
refused("emma", "status of 3999 please")
refused("liam", "add a note to 4242 saying I'm back from leave")
refused("emma", "change the priority of 3042 to high please, it's really urgent now")
refused("emma", "assign 3115 to Chloe Martin, she helped me last time")
refused("liam", "move 3120 to the 2nd line team")
refused("emma", "set 3131 to in progress")
refused("emma", "list all our customers")
refused("liam", "who are the agents on the service desk?")
refused("emma", "show me the Globex contract")
refused("liam", "run the SLA compliance report for me")
refused("emma", "what's Noah Williams' email address?")
refused("emma", "close 3067")
refused("emma", "rate 3042 5 stars")
refused("liam", "I'd rate 3120 four out of five so far")
refused("emma", "can you show me Liam's tickets")
refused("liam", "list every open ticket in the company")
refused("emma", "resolve ticket 3140")
refused("liam", "reopen 3030 please")
refused("emma", "whats the status of ticket 5000")

# --- Candidates: the ticket meant is ambiguous between two of Emma's own tickets ------------
candidates("emma", "what's happening with my VPN ticket?", "get_ticket")
candidates("emma", "any update on the password ticket", "get_ticket")
candidates("emma", "show me my vpn one", "get_ticket")
candidates(
    "emma", "add a note to my VPN ticket: I've got a wired connection at home now", "add_note"
)
candidates("emma", "Can you open my password ticket?", "get_ticket")
candidates("emma", "my password ticket - note that I'm off tomorrow", "add_note")
candidates("emma", "The VPN ticket, who's handling it?", "get_ticket")
candidates("emma", "details of the password issue I logged", "get_ticket")
candidates(
    "emma", "put a note on my VPN ticket that I'll be in the office all next week", "add_note"
)
candidates("emma", "where's my vpn request at", "get_ticket")

# --- Admin: updates -------------------------------------------------------------------------
update("admin", "3101 -> with supplier", 3101, status_id=5)
update("admin", "set priority of 3055 to critical", 3055, priority_id=1)
update("admin", "give 3055 to Tom", 3055, agent_id=11)
update("admin", "move 3140 to 1st Line Support", 3140, team_id=5)
update("admin", "Please assign 3110 to Sarah Mitchell", 3110, agent_id=3)
update("admin", "3160 on hold please", 3160, status_id=28)
update(
    "admin", "change 3089 priority to high and assign it to Priya", 3089, priority_id=2, agent_id=5
)
update("admin", "Can you put 3131 back to in progress", 3131, status_id=2)
update(
    "admin", "3042 should be with 2nd Line Support, low priority", 3042, team_id=6, priority_id=4
)
update("admin", "reassign ticket 3120 to Chloe Martin", 3120, agent_id=7)
update("admin", "mark 3055 as action required", 3055, status_id=3)
update("admin", "bump 3101 to critical", 3101, priority_id=1)
update("admin", "3140 status: with user", 3140, status_id=4)
update("admin", "send 3115 over to 2nd Line and give it to Tom Walsh", 3115, team_id=6, agent_id=11)
update("admin", "set 3110 to pending closure", 3110, status_id=25)
update("admin", "move 3160 to the service desk team", 3160, team_id=2)
update("admin", "Hannah should pick up 3140", 3140, agent_id=9)
update("admin", "3099 to James O'Connor, priority medium", 3099, agent_id=4, priority_id=3)

# --- Admin: look-ups ------------------------------------------------------------------------
lookup("admin", "find customer Umbrella Health", "customers", "Umbrella")
lookup("admin", "what sites does Globex have?", "sites")
lookup("admin", "look up Pepper Potts", "users", "Pepper")
lookup("admin", "list the teams", "teams")
lookup("admin", "show me all agents", "agents")
lookup("admin", "show me Globex's contracts", "contracts")
lookup("admin", "find asset AC-2219", "assets", "AC-2219")
lookup("admin", "what reports are available?", "reports")
lookup("admin", "any appointments booked for this week?", "appointments")
lookup("admin", "search users called Baker", "users", "Baker")
lookup("admin", "find the contract STARK-NETWORK", "contracts", "STARK")
lookup("admin", "open the asset warranty expiry report", "reports", "warranty")
lookup("admin", "kb articles about Windows updates", "kb", "Windows")
lookup("admin", "which customers do we have?", "customers")
lookup("admin", "Is there an agent called Hannah?", "agents", "Hannah")

# --- Admin: listing for a customer, reads, notes, resolve, reopen ---------------------------
book.add(
    "admin",
    "show all open tickets for Globex",
    {"action": "list_tickets", "params": {"client_id": 17}},
)
book.add("admin", "tickets for Initech?", {"action": "list_tickets", "params": {"client_id": 42}})
book.add(
    "admin",
    "List Stark Logistics tickets from this month",
    {"action": "list_tickets", "params": {"client_id": 27}},
)
get("admin", "show me 3101", 3101)
get("admin", "what's the latest on the Initech blue screen ticket 3055?", 3055)
listing("admin", "open 3099 and 3055", [3055, 3099])
get("admin", "pull up the old ticket 789", 789)
note(
    "admin",
    "note on 3101: spoke to Noah, scanner firmware update booked for Thursday",
    3101,
    "firmware",
)
note(
    "admin",
    "Add an internal note to 3160 - waiting on Samir to test the new headset",
    3160,
    "headset",
)
note(
    "admin",
    "3099: user confirmed it's still stuck on the spinning dots after safe mode",
    3099,
    "safe mode",
)
resolve("admin", "close 3140, the blinds were the problem", 3140)
resolve("admin", "Resolve 3101 please, scanner is back on the Wi-Fi", 3101)
reopen("admin", "reopen 3030, Olivia says the calendar stopped syncing again", 3030)
