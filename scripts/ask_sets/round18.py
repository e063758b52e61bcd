"""Round 18: plain-language requests typed into the portal's Ask box, written blind.

The set holds about 260 requests as real first-time users type them: employees on their phones
between meetings (short, lowercase, typos and autocorrect slips, little or no punctuation,
abbreviations such as pls, thx, asap, pc, wfh, several things in one breath) and the portal admin
on call at night, working fast from the console. Length, tone, politeness, order of information
and spelling vary on purpose; nothing in a text is marked. Each case names who types it
("emma", "liam" or "admin") and what the box should propose: one action with its key ids, a
refusal at plan time, or a choice of candidate tickets where the ticket meant is ambiguous.

Seed facts relied on (the simulator's demo company):

- People: Emma Jones (user 201) and Liam Patel (user 202), both Acme Inc (client 12), site HQ (31).
  Other users: Noah Williams 203 (Acme Warehouse 32), Ava Thompson 204 (Acme Remote Workers 33),
  Olivia Brown 301 (Globex 17, Springfield Campus 41), Hank Scorpio 302 (Globex, Cypress Creek 44),
  Peter Gibbons 401 (Initech 42, Main Office 101), Joanna Baker 404 (Initech, Austin Branch 102),
  Samir Nagheenanajar 403 (Initech, Main Office 101), Carlos Oliveira 502 (Umbrella Health 23,
  Laboratory 52), Jill Valentine 503 (Umbrella Health, Head Office 53), Happy Hogan 602
  (Stark Logistics 27, Fleet Depot 62), Lucius Fox 701 (Wayne Foundation 35, Gotham Office 71).
- Emma's tickets: 3005 "Password reset after holiday" (Closed), 3018 "VPN client missing on new
  laptop" (Closed), 3042 "VPN disconnects when working from home" (With User, open), 3067
  "Printer on the 2nd floor keeps jamming" (Closed), 3089 "Access to the Finance SharePoint site"
  (New, open), 3115 "Outlook keeps asking for my password" (In Progress, open), 3131 "Request for
  a second monitor" (On Hold, open), 3150 "Teams camera not detected" (Cancelled).
  Two VPN tickets (3018 closed, 3042 open); four open tickets, so "my ticket" is ambiguous.
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets used: 3012 (Joanna Baker, printer 1st floor), 3055 (Peter Gibbons, blue
  screen), 3099 (Michael Bolton, laptop will not boot), 3101 (Noah Williams, warehouse scanner
  Wi-Fi), 3110 (Olivia Brown, VPN access for a contractor), 3140 (Olivia Brown, monitor
  flickering), 3160 (Samir Nagheenanajar, Teams calls dropping audio).
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
  Ticket types: 1 Incident, 3 Service Request, 21 Problem, 22 Change, 27 Alert.
- Teams: 2 Service Desk, 5 1st Line Support, 6 2nd Line Support, 11 Messaging, 12 Network,
  15 Field Services. Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim,
  7 Chloe Martin, 8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh.
- Knowledge base: VPN from home, self-service password reset, paper jams, MFA / Authenticator,
  Outlook password prompts, office Wi-Fi, SharePoint access, Teams meetings, new starter
  checklist, mapping a network drive, phishing, Windows updates.
- Directory: contracts such as GLX-MSP-2026 (Globex), assets such as AC-2219 (Emma's laptop),
  invoices for Initech and others, reports such as "SLA compliance (last 30 days)".
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates, add = book.lookup, book.refused, book.candidates, book.add

E, L, A = "emma", "liam", "admin"

# Employees: new problems and requests.
create(E, "printer on 3rd floor jammed again cant print anything pls help", "printer")
create(L, "my laptop wont turn on after the update this morning", "laptop")
create(E, "need a new mouse mine just stopped working", "mouse")
create(L, "keyboard is missing 2 keys lol can i get a new one", "keyboard")
create(E, "not getting any new emails since 9am, outbox fine but nothing coming in", "emails")
create(L, "wifi super slow in meeting room 3 cant do calls", "wifi")
create(E, "pls install adobe acrobat pro, need to edit pdfs for contracts", "acrobat")
create(L, "account locked out after i changed my password this morning", "locked")
create(E, "can i get access to the HR sharepoint site? manager approved", "sharepoint")
create(E, "laptop getting super hot on teams calls, fan going crazy", "hot")
create(L, "blue screen twice today on my desktop, says MEMORY_MANAGEMENT", "blue")
create(E, "onedrive stuck on processing changes for 2 days now", "onedrive")
create(L, "dock not detecting my second monitor only one screen works", "monitor")
create(E, "mfa prompt not coming thru on my new phone", "mfa")
create(L, "shared mailbox for accounts dissapeared from outlook", "mailbox")
create(E, "need a replacement laptop, battery lasts like 40 min", "laptop")
create(L, "pls add me to the sales distribution list", "distribution")
create(E, "guest wifi for 6 visitors on thursday pls", "guest")
create(L, "new starter oscar bell joining next monday, needs laptop email and teams", "oscar")
create(E, "work iphone screen cracked", "iphone")
create(L, "cant print to the warehouse printer from my laptop, says offline", "printer")
create(E, "teams keeps crashing whenever i share my screen", "teams")
create(L, "excel freezes everytime i open the budget file", "excel")
create(E, "headset mic not working in calls, people cant hear me", "headset")
create(L, "need access to the finance shared drive S: for month end", "drive")
create(E, "webcam really blurry on my laptop", "webcam")
create(L, "vpn wont connect error 809, wfh today", "vpn")
create(E, "cant log into the expenses portal it says account disabled??", "expenses")
create(L, "my pc is sooo slow takes 10 min to boot", "pc")
create(E, "the projector in meeting room 1 isnt working, meeting at 2", "projector")
create(L, "need visio installed pls", "visio")
create(E, "desk phone has no dial tone", "phone")
create(L, "think i got a phishing email and clicked the link by mistake, what now", "phishing")
create(E, "pls reset my sap password, locked out again", "sap")
create(L, "second screen flickering at my desk, gives me a headache", "flickering")
create(E, "calendar not syncing to my phone since yesterday", "calendar")
create(L, "the wifi in the kitchen area keeps dropping", "wifi")
create(E, "hi, my laptop charger stopped working can i get a new one asap", "charger")
create(L, "printer on 2nd floor out of toner", "toner")
create(E, "outlook search doesnt find anything older than a month", "search")
create(L, "could i get a standing desk converter, back is killing me", "desk")
create(E, "new laptop needed for new starter ruby clarke, starts 3rd of march", "ruby")
create(L, "zoom wont install, says need admin rights", "zoom")
create(E, "keyboard and mouse both dead tried new batteries", "keyboard")
create(L, "cant open the payroll folder, permission denied", "payroll")
create(E, "URGENT cant send emails, all stuck in outbox", "outbox")
create(L, "file explorer crashes when i open the network drive", "explorer")
create(E, "my badge doesnt open the 4th floor door anymore", "badge")
create(L, "need a usb-c adapter for presentations, mine went missing", "adapter")
create(E, "wfh today and cant reach the intranet at all", "intranet")
create(L, "laptop screen cracked, dropped it on the train :(", "screen")
create(E, "no sound on my pc at all, speakers and headphones", "sound")
create(L, "please set up a shared calendar for the ops team", "calendar")
create(E, "can someone look at the printer by the coffee machine its printing blank pages", "blank")
create(L, "getting 'something went wrong' every time i open teams", "teams")
create(E, "need edit access to the marketing sharepoint", "marketing")
create(L, "powerpoint keeps crashing when i save", "powerpoint")
create(E, "could i order a 2nd charger for my home office pls", "charger")
create(L, "windows update stuck at 30% for over an hour", "update")
create(E, "onedrive says im out of storage, cant save anything", "storage")
create(L, "hey can i get a new laptop bag the strap broke", "bag")
create(E, "my email signature vanished after the update", "signature")
create(L, "meeting room 2 screen wont pick up my laptop over hdmi", "hdmi")
create(E, "word keeps saying my license expired", "license")
create(L, "new contractor needs vpn access from monday for 3 months", "contractor")
create(E, "tons of spam in my inbox since yesterday", "spam")
create(L, "chrome asks me to sign in every single time", "chrome")
create(E, "label printer at the warehouse isnt printing anything", "label")
create(L, "lost my work phone on the bus, pls block it", "phone")
create(E, "laptop fan making a grinding noise", "fan")
create(L, "request 2 monitors for new hire max foster", "monitors")
create(E, "cant open pdf attachments in outlook anymore", "pdf")
create(L, "mouse scroll wheel broken", "mouse")
create(E, "got locked out of my account, tried 3 times", "locked")
create(L, "internet really slow in the office today everyones complaining", "internet")
create(
    E,
    "Hello IT team, my docking station at HQ stopped charging my laptop. Could you take a "
    "look when you get a chance? Thanks, Emma",
    "docking",
)
create(L, "new ticket: bluetooth headphones wont pair w laptop", "bluetooth")
create(E, "open a ticket pls - monitor arm broke, screen keeps sliding down", "arm")

# Employees: reading one of their own tickets.
get(E, "whats the status of 3115", 3115)
get(E, "any update on my outlook ticket?", 3115)
get(E, "3042 status?", 3042)
get(E, "where are we with the second monitor", 3131)
get(E, "any news on my finance sharepoint request", 3089)
get(E, "show me ticket 3089", 3089)
get(E, "did anyone reply on 3115", 3115)
get(E, "pull up 3067 pls", 3067)
get(E, "whats happening w the vpn at home ticket", 3042)
get(E, "what happened to my teams camera ticket", 3150)
get(E, "check 3005 for me", 3005)
get(E, "is my monitor request still on hold?", 3131)
get(E, "can u show me the details of 3018", 3018)
get(E, "whats the latest on 3131", 3131)
get(E, "my outlook password ticket, has anyone looked at it yet", 3115)
get(E, "status on the printer jam ticket from a while back", 3067)
get(L, "status 3120", 3120)
get(L, "any news on the laptop fan thing", 3120)
get(L, "hows the mia chen new starter ticket going", 3076)
get(L, "show me 3121", 3121)
get(L, "what did IT say on my overheating laptop ticket", 3120)
get(L, "details for 3076 pls", 3076)
get(L, "is the wifi room 2 ticket closed?", 3121)
get(L, "ticket 3120 ?", 3120)

# Employees: listing their tickets.
listing(E, "show my open tickets")
listing(E, "my tickets")
listing(E, "what tickets do i have open rn")
listing(E, "list all my closed tickets")
listing(E, "anything waiting on me?")
listing(E, "tickets i opened this month")
listing(E, "show 3042 and 3115", [3042, 3115])
listing(E, "status of 3089, 3131 and 3115 pls", [3089, 3115, 3131])
listing(E, "all my tickets incl the old ones")
listing(E, "what have i raised since monday")
listing(L, "list my tickets")
listing(L, "open tickets?")
listing(L, "show me everything ive logged")
listing(L, "3120 and 3076 status", [3076, 3120])
listing(L, "whats still open for me")
listing(L, "my closed ones pls")
listing(L, "tickets from this week")
listing(L, "show 3121 3120", [3120, 3121])
listing(L, "what tickets have i got with IT at the moment")

# Employees: notes on their own tickets.
note(E, "add note to 3115: still asking for password after the profile reset", 3115, "profile")
note(E, "pls add to my outlook ticket that it happens on my phone too", 3115, "phone")
note(E, "3042 note - vpn dropped 3 times this morning", 3042, "morning")
note(E, "update my vpn from home ticket: router restarted, still drops", 3042, "router")
note(E, "tell them on 3131 i can pick the monitor up myself", 3131, "pick")
note(E, "3089 my manager approved it already fyi", 3089, "approved")
note(E, "note for the sharepoint ticket: need edit not just read", 3089, "edit")
note(E, "add comment to 3115 sent a screenshot to chloe", 3115, "screenshot")
note(E, "on 3042 - ill be home all day tmrw if they want to call", 3042, "home")
note(E, "3131 pls add a note asking if theres an eta", 3131, "eta")
note(E, "reply to 3115: signed out and back in, still asks", 3115, "signed")
note(E, "add to my monitor ticket: 27 inch if possible", 3131, "inch")
note(E, "note on the vpn disconnect ticket: happens on hotel wifi too", 3042, "hotel")
note(E, "add note 3089 - its the finance one not hr", 3089, "finance")
note(E, "add to 3042 new error code 619 now", 3042, "619")
note(L, "add note to 3120 fan is even louder today", 3120, "louder")
note(L, "3120 - note: laptop shut itself down during a call", 3120, "shut")
note(L, "tell IT on my laptop ticket im in the office wed and thu", 3120, "office")
note(L, "add a note to the mia chen ticket: she needs a mac not windows", 3076, "mac")
note(L, "3076 note mias start date moved to the 14th", 3076, "14th")
note(
    L,
    "my overheating laptop ticket - add that its on a cooling stand now, no change",
    3120,
    "stand",
)
note(L, "comment on 3120 pls: can you just swap it instead of fixing", 3120, "swap")
note(L, "3076 add note: she also needs a phone", 3076, "phone")
note(L, "note to 3120 i can drop it at the IT desk at 2", 3120, "desk")

# Employees: resolving their own tickets.
resolve(E, "pls resolve my vpn ticket it works again", 3042)
resolve(E, "close 3115 outlook is fine now", 3115)
resolve(E, "3131 can be closed, got a monitor from a colleague", 3131)
resolve(E, "sharepoint access works now you can close that ticket", 3089)
resolve(E, "resolve 3042 thx", 3042)
resolve(E, "the outlook password thing fixed itself, close it pls", 3115)
resolve(E, "mark 3089 as resolved", 3089)
resolve(L, "close 3120 fan replaced all good", 3120)
resolve(L, "resolve my laptop ticket thx a lot", 3120)
resolve(L, "mias all set up, close the new starter ticket", 3076)
resolve(L, "3076 done pls close", 3076)
resolve(L, "laptops not overheating anymore, you can resolve it", 3120)

# Employees: reopening a closed ticket of their own.
reopen(E, "reopen 3067 printer jamming again", 3067)
reopen(E, "my vpn client ticket - can you reopen it, the client vanished again", 3018)
reopen(E, "reopen 3005 pls, password expired again and the reset didnt work", 3005)
reopen(E, "the printer ticket from before, its back, pls reopen", 3067)
reopen(E, "3018 isnt fixed, pls reopen", 3018)
reopen(E, "can u reopen the password reset one", 3005)
reopen(L, "reopen 3121 wifi dropping in room 2 again", 3121)
reopen(L, "wifi in meeting room 2 is bad again, reopen my ticket pls", 3121)
reopen(L, "3121 reopen", 3121)

# Employees: rating a resolved ticket.
rate(E, "rate 3067 5 stars", 3067, 5)
rate(E, "3005 5/5 quick and friendly", 3005, 5)
rate(E, "give 3018 a 4", 3018, 4)
rate(E, "feedback for my printer ticket 2 stars took ages", 3067, 2)
rate(E, "password reset ticket was great, 5 stars", 3005, 5)
rate(L, "3121 4 out of 5", 3121, 4)
rate(L, "rate my wifi ticket 5 stars great job", 3121, 5)
rate(L, "1 star for 3121 it broke again a week later", 3121, 1)

# Employees: how-to questions.
lookup(E, "how do i connect to vpn from home", "kb_articles", "vpn")
lookup(L, "how to reset my password", "kb_articles", "password")
lookup(E, "how do i set up mfa on my new phone", "kb_articles", "mfa")
lookup(L, "hw do i map a network drive", "kb_articles", "drive")
lookup(E, "how to clear a paper jam?", "kb_articles", "jam")
lookup(L, "how do i report a phishing email", "kb_articles", "phishing")
lookup(E, "how do i get on the office wifi", "kb_articles", "wifi")
lookup(L, "how do i request access to a sharepoint site?", "kb_articles", "sharepoint")
lookup(E, "how do i stop outlook asking for my password all the time", "kb_articles", "outlook")
lookup(L, "how to install windows updates", "kb_articles", "windows")
lookup(E, "is there a guide for teams meetings", "kb_articles", "teams")
lookup(L, "whats the new starter checklist", "kb_articles", "starter")
lookup(E, "how do i pick the right mic in teams", "kb_articles", "mic")
lookup(L, "kb article for vpn pls", "kb_articles", "vpn")
lookup(E, "how can i reset my own password without calling IT", "kb_articles", "password")
lookup(L, "how do i set up the authenticator app", "kb_articles", "authenticator")
lookup(E, "where are the instructions for mapping a drive", "kb_articles", "drive")
lookup(L, "how do visitors get on the guest wifi", "kb_articles", "wifi")
lookup(E, "how do i know if an email is phishing", "kb_articles", "phishing")
lookup(L, "how to join a teams meeting from my calendar", "kb_articles", "teams")

# Employees: requests they may not make.
refused(E, "whats the status of 3120")
refused(L, "show me 3115")
refused(E, "add a note to 3101 scanner still broken")
refused(L, "close 3042")
refused(E, "change priority of 3115 to critical")
refused(E, "assign my vpn ticket to marcus reid")
refused(L, "set 3120 to high priority pls its urgent")
refused(E, "look up customer globex")
refused(L, "list all agents in the network team")
refused(E, "show acme contracts")
refused(L, "what invoices are unpaid")
refused(E, "reopen 3121 for liam hes out today")
refused(L, "rate 3067 5 stars")
refused(E, "pls update 3160 to resolved, samir said its fixed")
refused(L, "move my laptop ticket to the 2nd line team")
refused(E, "show me the sla compliance report")
refused(L, "what assets are at the warehouse")
refused(E, "look up olivia brown at globex i need her email")
refused(L, "read ticket 3055")
refused(E, "change the status of 3131 to in progress")

# Employees: the ticket meant is ambiguous.
candidates(E, "any update on my ticket?", "get_ticket")
candidates(E, "add a note to my ticket: im out friday", "add_note")
candidates(E, "close my ticket pls its working now", "resolve_ticket")
candidates(E, "whats the status of my vpn ticket", "get_ticket")
candidates(E, "i want to rate my ticket 5 stars", "rate_ticket")
candidates(E, "reopen my ticket its broken again", "reopen_ticket")
candidates(L, "hows my ticket going", "get_ticket")
candidates(E, "pls add to my open ticket that im wfh tomorrow", "add_note")
candidates(E, "resolve my ticket thx", "resolve_ticket")
candidates(E, "whats the latest on my ticket", "get_ticket")

# Admin: creating tickets for a customer, site and user.
create(
    A,
    "new tkt globex springfield campus olivia brown - outlook calendar empty again",
    "calendar",
    client_id=17,
    site_id=41,
    user_id=301,
)
create(
    A,
    "log ticket for initech austin branch, joanna baker, printer down, high",
    "printer",
    client_id=42,
    site_id=102,
    user_id=404,
    priority_id=2,
)
create(
    A,
    "create incident for umbrella health laboratory carlos oliveira cant access lims",
    "lims",
    client_id=23,
    site_id=52,
    user_id=502,
    tickettype_id=1,
)
create(
    A,
    "open a ticket for stark logistics fleet depot, happy hogan, tablet wont charge, team field services",
    "tablet",
    client_id=27,
    site_id=62,
    user_id=602,
    team_id=15,
)
create(
    A,
    "service request for wayne foundation gotham office lucius fox new laptop",
    "laptop",
    client_id=35,
    site_id=71,
    user_id=701,
    tickettype_id=3,
)
create(
    A,
    "acme warehouse noah williams scanner 2 screen smashed p2 assign hannah fischer",
    "scanner",
    client_id=12,
    site_id=32,
    user_id=203,
    priority_id=2,
    agent_id=9,
)
create(
    A,
    "raise a problem for acme site hq: recurring outlook crashes, messaging team",
    "outlook",
    client_id=12,
    site_id=31,
    tickettype_id=21,
    team_id=11,
)
create(
    A,
    "ticket for initech main office peter gibbons printer jam critical",
    "printer",
    client_id=42,
    site_id=101,
    user_id=401,
    priority_id=1,
)
create(
    A,
    "for globex site cypress creek hank scorpio: door badge reader offline",
    "badge",
    client_id=17,
    site_id=44,
    user_id=302,
)
create(
    A,
    "umbrella health head office jill valentine email bouncing low prio 1st line",
    "email",
    client_id=23,
    site_id=53,
    user_id=503,
    priority_id=4,
    team_id=5,
)

# Admin: updating fields.
update(A, "3101 prio critical assign marcus reid", 3101, priority_id=1, agent_id=8)
update(A, "set 3055 to on hold", 3055, status_id=28)
update(A, "move 3140 to field services and give it to hannah", 3140, team_id=15, agent_id=9)
update(A, "3160 change type to problem", 3160, tickettype_id=21)
update(A, "reassign 3099 to tom walsh", 3099, agent_id=11)
update(A, "3110 status with supplier", 3110, status_id=5)
update(A, "bump 3089 to high", 3089, priority_id=2)
update(A, "3012 to 2nd line support, prio low", 3012, team_id=6, priority_id=4)
update(A, "set 3120 status with user", 3120, status_id=4)
update(A, "3131 assign priya sharma team 1st line support", 3131, agent_id=5, team_id=5)
update(A, "change 3115 type to service request", 3115, tickettype_id=3)

# Admin: notes.
note(A, "note on 3101: AP replaced in aisle 4, monitoring overnight", 3101, "replaced")
note(A, "internal note 3055 ordered new ram from vendor", 3055, "ram")
note(A, "add public note to 3099 rollback of the update scheduled tonight", 3099, "rollback")
note(A, "3160 note asked user to test with a headset", 3160, "headset")
note(A, "3140 tell the user a tech is coming thursday morning", 3140, "thursday")

# Admin: resolving.
resolve(A, "close 3099 fixed after rollback", 3099)
resolve(A, "resolve 3055 memory swapped", 3055)
resolve(A, "3160 resolved user confirmed audio ok", 3160)
refused(A, "mark 3012 done")  # 3012 is closed in the seed data

# Admin: reads and look-ups.
get(A, "pull up 3110", 3110)
listing(A, "open tickets for stark logistics")
lookup(A, "find customer globex", "customers", "globex")
lookup(A, "look up site fleet depot", "sites", "fleet")
lookup(A, "user olivia brown", "users", "olivia")
lookup(A, "agent priya", "agents", "priya")
add(
    A,
    "contracts for globex",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
lookup(A, "asset AC-2219", "assets", "2219")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records(A, "unpaid invoices initech", "invoices", 42)
lookup(A, "run the sla report", "reports", "sla")
lookup(A, "list ticket types", "ticket_types")
