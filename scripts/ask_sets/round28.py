"""Round 28: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: team leads and managers asking for their people or about them. A new starter next week,
"my team", "one of my reports", a colleague off sick, delegation ("on behalf of", "for Lucas in
my team"), deadlines for the team ("before Monday", "by the end of the quarter"); they also try
to see or change colleagues' tickets, which must be refused at plan time. The admin gets
requests a manager sent on, phrased as forwarded mail ("FW:", "from Liam:", "Karen in Finance
asks ..."). Lengths vary from three words to a short paragraph; tone from curt to chatty. A
request that also asks for something minor expects the main one (marked "# multi" below).
Mix: ~30 % new problems and requests, ~9 % reading one own ticket, ~7 % listing, ~9 % notes,
~4 % resolve, ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~8 % refused, ~4 %
candidates, ~15 % admin (updates, look-ups, listings filtered by customer).

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), site HQ (31).
  Acme sites: 31 HQ, 32 Warehouse, 33 Remote Workers. Other customers: Globex 17 (sites 41
  Springfield Campus, 44 Cypress Creek), Initech 42 (101 Main Office, 102 Austin Branch),
  Umbrella Health 23 (51 Raccoon City Clinic, 52 Laboratory, 53 Head Office), Stark Logistics 27
  (61 Distribution Centre, 62 Fleet Depot), Wayne Foundation 35 (71 Gotham Office).
  Acme users: 203 Noah Williams, 204 Ava Thompson, 205 Lucas Garcia, 206 Mia Chen,
  207 Ethan Wright, 208 Sophie Turner, 210 Isla Murphy. Others: 301 Olivia Brown,
  302 Hank Scorpio, 401 Peter Gibbons, 403 Samir Nagheenanajar, 404 Joanna Baker,
  602 Happy Hogan, 701 Lucius Fox.
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two password
  tickets (3005, 3115).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams, Acme), 3012 (Joanna Baker), 3055 and 3099
  (Initech), 3160 (Samir), 3110, 3140 and 3030 (Olivia Brown), 789 (Olivia, old).
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- Look-ups: assets AC-2219 (Emma's laptop), AC-2220 (Emma's monitor), AC-2231 (Liam's laptop),
  GX-1042 (Olivia's laptop); contracts ACME-MSA-2026, GLX-MSP-2026, GLX-BACKUP-2026,
  INI-SUPPORT, UH-MSA-2026, STARK-NETWORK; reports "Open tickets by customer", "SLA compliance
  (last 30 days)", "Tickets closed per agent", "Average first response time", "Asset warranty
  expiry"; KB articles on VPN from home, self-service password reset, paper jams, MFA /
  Authenticator, Outlook password prompts, office Wi-Fi, SharePoint access, Teams meetings, new
  starter checklist, mapping network drives, phishing, Windows updates.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
add = book.add
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates = book.lookup, book.refused, book.candidates

# --- New problems and requests (create_ticket) -------------------------------------------------

create(
    "emma",
    "New starter in my team next Monday, Ben Carter. He'll need a laptop, an email account and VPN.",
    "Ben",
)
create(
    "emma",
    "we have someone joining the team on the 3rd - Zoe Adams, junior analyst. Laptop + accounts please",
    "Zoe",
)
create(
    "liam",
    "I've got a new starter next week (Omar Haddad) and nothing is set up for him yet",
    "Omar",
)
create(
    "liam",
    "Onboarding request: Grace Lee starts in Finance on Monday, needs laptop, Outlook and access to the Finance drive",
    "Grace",
)
create(
    "emma",
    "Can you set up a desk phone for my new team member Ravi Menon, he starts Tuesday",
    "phone",
)
create(
    "emma",
    "Logging this on behalf of Lucas in my team: his keyboard has stopped working completely",
    "keyboard",
)
create(
    "liam",
    "on behalf of Isla Murphy (she's off sick and can't log in herself): her laptop won't charge",
    "charge",
)
create(
    "emma",
    "Raising this for Ava who works remotely - her headset mic isn't picked up by the laptop",
    "headset",
)
create(
    "liam",
    "Sophie on my team says her second screen goes black every few minutes. Can someone look?",
    "screen",
)
create("emma", "My whole team can't print to the 3rd floor printer since this morning", "print")
create(
    "liam",
    "Nobody in my team can open the shared Sales folder on the S: drive, access denied for all of us",
    "Sales",
)
create(
    "emma", "Ethan in the warehouse team needs a new barcode scanner, his one is cracked", "scanner"
)
create(
    "emma", "Please order a docking station for Mia Chen, she's moving to hot-desking", "docking"
)
create(
    "liam",
    "Need a shared mailbox for my team: sales-team@acme.example, members me, Lucas and Isla",
    "mailbox",
)
create("emma", "Our team's shared calendar has disappeared from Outlook for everyone", "calendar")
create(
    "liam",
    "My team's laptops keep restarting overnight for updates and we lose unsaved work. Can this be scheduled differently?",
    "restarting",
)
create(
    "emma", "Teams keeps freezing during our daily stand-up for three people in my team", "freezing"
)
create("liam", "Lucas needs a Salesforce licence before his training on Thursday", "Salesforce")
create(
    "emma",
    "leaver: Jack Robinson left on Friday, please disable his accounts and collect his laptop",
    "Jack",
)
create(
    "liam",
    "One of my reports is leaving at the end of the month, what do you need from me to offboard her? Her name is Isla Murphy",
    "Isla",
)
create(
    "emma", "I need a temporary laptop for a contractor joining my team for six weeks", "contractor"
)
create(
    "emma",
    "My direct report Lucas Garcia needs admin rights to install Power BI Desktop",
    "Power BI",
)
create(
    "liam",
    "Requesting access to the Finance SharePoint site for Isla, I'm her manager and I approve",
    "SharePoint",
)
create(
    "emma",
    "the projector in meeting room 4 won't pick up anyone's laptop, we have a client demo at 2",
    "projector",
)
create(
    "liam",
    "Urgent - my team can't get on the Wi-Fi in the 5th floor kitchen area, affects 6 people",
    "Wi-Fi",
)
create(
    "emma",
    "Could someone replace the broken chair-side monitor arm for Sophie Turner? It keeps dropping",
    "monitor arm",
)
create(
    "emma",
    "Please create a distribution list 'acme-hq-ops' with my team on it",
    "distribution list",
)
create("liam", "need 3 extra licences for Adobe Acrobat for my team before quarter end", "Acrobat")
create(
    "emma",
    "Ava's VPN token expired while she was on leave and she can't get in this morning",
    "token",
)
create(
    "liam",
    "Noah says the warehouse label printer prints blank labels. I'm raising it for him as he has no PC access",
    "label",
)
create(
    "emma",
    "Hi, my team of five is moving from HQ to the Warehouse next week. Can you move our desk phones and network points?",
    "move",
)
create(
    "liam",
    "new joiner on Monday: Nina Kowalski. Please prepare laptop, phone, and add her to the Sales Teams channel",
    "Nina",
)
create("emma", "Please give Mia Chen read access to the HR policies SharePoint site", "HR")
create(
    "liam",
    "I'm off from tomorrow - can my out of office be set up, I can't find the option in Outlook",
    "out of office",
)
create(
    "emma",
    "Delegate access to my mailbox for Isla while I'm on maternity leave, from 1 March",
    "delegate",
)
create("liam", "Give Lucas access to my calendar so he can book meetings on my behalf", "calendar")
create(
    "emma",
    "my team lead laptop (AC-2219) battery is swelling, lid doesn't close properly",
    "battery",
)
create("emma", "Laptop running hot and the fan is really loud since the update", "fan")
create("liam", "My laptop screen has a crack in the top corner after travel", "crack")
create(
    "emma",
    "I keep getting 'your mailbox is almost full' emails and I'm the one who stores all the team's reports",
    "mailbox",
)
create(
    "liam",
    "Phishing? Two people in my team got an email asking them to confirm their payroll details. Please check",
    "phishing",
)
create(
    "emma", "Please set up MFA on a new phone for Lucas, he lost his old one on the train", "phone"
)
create(
    "liam",
    "Can we get a webcam for Ethan - he joins all our calls from the warehouse and has none",
    "webcam",
)
create("emma", "Sophie's account is locked out and she's presenting to the board at 11", "locked")
create(
    "liam",
    "We need a team site in SharePoint for the Q3 launch project. Owners: me and Mia.",
    "SharePoint",
)
create(
    "emma",
    "Isla has returned from long-term sick leave and her login doesn't work anymore",
    "login",
)
create("liam", "three of us can't connect to the VPN from the hotel at the sales conference", "VPN")
create(
    "emma", "Our team printer on the 2nd floor says toner low, please send a new cartridge", "toner"
)
create("liam", "Isla's new laptop is missing Excel", "Excel")
create(
    "emma",
    "Need an extra monitor and a docking station for the new starter desk, ready by Monday the 10th",
    "monitor",
)
create("liam", "The meeting room 2 screen shows 'no signal' for everybody, not just me", "signal")
create(
    "emma",
    "could you add Ethan Wright and Noah Williams to the Warehouse Ops Teams channel? thanks",
    "Teams",
)
create(
    "liam",
    "My team's shared drive mapping vanished after yesterday's update - the P: drive is gone on every laptop",
    "drive",
)
create(
    "emma",
    "Lucas can't see the Finance SharePoint site even though I approved it last week. Could you check his permissions?",
    "Lucas",
)
create(
    "liam",
    "Please arrange a laptop swap for Sophie Turner: hers is 5 years old and takes ten minutes to boot",
    "laptop",
)
create(
    "emma",
    "Our team needs a Zoom licence for external webinars, just one shared one is fine",
    "Zoom",
)
create(
    "liam",
    "Forwarding on behalf of Ava Thompson: she has no sound in Teams calls on her home setup",
    "sound",
)
create(
    "emma",
    "I'd like to request a mobile phone for my deputy, Lucas Garcia, for on-call weeks",
    "mobile",
)
create(
    "liam",
    "the team's wall-mounted dashboard TV in the sales area is stuck on a Windows update screen",
    "dashboard",
)
create("emma", "Keyboard and mouse for our new starter Ravi please, wireless if possible", "mouse")
create(
    "liam", "hi! I need a guest Wi-Fi code for 4 visitors from a partner company tomorrow", "guest"
)
create(
    "emma",
    "Can you restore a folder Mia deleted by mistake from the team OneDrive yesterday afternoon?",
    "restore",
)
create(
    "liam",
    "Deadline Friday: my team has to submit expenses in the new Concur system but none of us can sign in",
    "Concur",
)
create(
    "emma",
    "My new starter's email address is spelled wrong - it says zoe.adam instead of zoe.adams",
    "email",
)
create("liam", "Please install Visio on Lucas's laptop, he needs it for process maps", "Visio")
create("emma", "Outlook crashes when I open the shared team inbox", "crashes")
create("liam", "Isla says her laptop camera shows a black picture in every app", "camera")
create(
    "emma",
    "I'm the manager for the Remote Workers - four of them report their home broadband router from us is failing",
    "router",
)
create(
    "emma",
    "Please give my team (Lucas, Isla, Sophie) access to the Warehouse stock spreadsheet",
    "spreadsheet",
)
create(
    "liam",
    "Headsets x4 for the new sales hires starting next week. Can they be delivered to HQ reception?",
    "Headsets",
)
create(
    "emma", "Ethan's desk in the warehouse has no network, the wall socket seems dead", "network"
)
create(
    "liam",
    "The printer by my desk prints everything twice. Also could you tell me how long toner usually lasts?",
    "printer",
)  # multi
create(
    "emma",
    "My manager Isla asked me to get BitLocker recovery for her laptop, it's asking for a key at startup",
    "BitLocker",
)
create(
    "admin",
    "FW from Liam Patel: new starter Grace Lee joins Acme HQ on Monday, please raise the onboarding ticket",
    "Grace",
)
create(
    "admin",
    "Karen in Finance asked me to log this: the Finance printer at Globex site Cypress Creek is offline",
    "printer",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Please log for Initech, Austin Branch: the manager there reports the door badge reader is broken",
    "badge",
    client_id=42,
    site_id=102,
)

# --- Reading one own ticket (get_ticket) -------------------------------------------------------

get("emma", "what's the status of 3089? My manager keeps asking when I'll get Finance access", 3089)
get("emma", "Any update on ticket 3131? The team budget for the monitor runs out this month", 3131)
get("emma", "show me 3115", 3115)
get("emma", "Can you tell me where my Outlook password ticket is at?", 3115)
get("emma", "Where are we with the second monitor request?", 3131)
get("emma", "has anyone picked up my SharePoint access ticket yet?", 3089)
get("emma", "status of #3042 please, my team depends on me being online from home", 3042)
get("emma", "What did IT last say on 3067?", 3067)
get("emma", "show me ticket 3150, the Teams camera one", 3150)
get("liam", "where is the new starter ticket for Mia at? She starts soon", 3076)
get("liam", "Is 3076 done? I need to tell Mia whether her laptop is ready", 3076)
get("liam", "what's happening with my laptop fan ticket", 3120)
get("liam", "status 3120", 3120)
get("liam", "Has anyone replied on 3121? It's the meeting room 2 Wi-Fi one", 3121)
get("liam", "Quick one - who is working on my overheating laptop?", 3120)
get(
    "emma",
    "my team lead wants an update on the Finance SharePoint access, what's its status?",
    3089,
)
get("emma", "Details of ticket 3018 please", 3018)
get("emma", "Did the 2nd floor printer ticket ever get fixed? what was the resolution", 3067)
get("liam", "look at ticket no. 3076 for me", 3076)
get("emma", "what's the latest on the monitor? I want to tell my boss before Friday", 3131)
get("admin", "FW: Noah asks what's happening with 3101, the warehouse scanner", 3101)
get("admin", "show ticket 3055", 3055)

# --- Listing own tickets (list_tickets) --------------------------------------------------------

listing("emma", "show my open tickets")
listing(
    "emma", "What tickets do I have open at the moment? I'm preparing for my 1:1 with my manager"
)
listing("liam", "list my tickets")
listing("liam", "all my tickets, open and closed")
listing("emma", "What requests have I got with IT right now?")
listing("emma", "my tickets please")
listing("liam", "What have I got open with IT?")
listing("emma", "show my closed tickets")
listing("emma", "show 3042 and 3115", [3042, 3115])
listing(
    "emma", "Can I see 3089, 3131 and 3115 together? My manager wants a summary", [3089, 3115, 3131]
)
listing("liam", "status of 3076 and 3120?", [3076, 3120])
listing("emma", "where are 3042 & 3131 at", [3042, 3131])
listing("liam", "3120, 3121 - any news on either?", [3120, 3121])
listing("emma", "give me an overview of everything I've raised this year")
listing("liam", "before my leave starts: what tickets of mine are still open?")
listing(
    "emma", "I need the status of tickets 3005, 3018 and 3067 for our audit", [3005, 3018, 3067]
)
listing("liam", "my requests")
listing("emma", "list the tickets I raised")

# --- Notes on an own ticket (add_note) ---------------------------------------------------------

note(
    "emma",
    "Add a note to 3131: my manager has approved the budget for the second monitor",
    3131,
    "approved",
)
note(
    "emma",
    "on 3089 please tell them my line manager, Isla Murphy, approves the Finance access",
    3089,
    "approves",
)
note("liam", "Add to 3076: Mia's start date has moved to the 14th", 3076, "14th")
note("liam", "Please note on 3076 that Mia will also need a headset", 3076, "headset")
note("liam", "tell IT on 3120 that the fan is now making a grinding noise too", 3120, "grinding")
note(
    "emma",
    "Reply on 3042: I'm in the office all week, so they can test the VPN on Friday",
    3042,
    "Friday",
)
note(
    "emma",
    "add a comment to 3115 - it happened again this morning on my team's shared mailbox too",
    3115,
    "again",
)
note(
    "emma",
    "Note on ticket 3131: the monitor should go to desk 14, I'm moving desks",
    3131,
    "desk 14",
)
note(
    "liam",
    "Update for 3120: I'll be at HQ Tuesday if someone wants to take the laptop",
    3120,
    "Tuesday",
)
note("emma", "for 3089, add that I need it before the month-end close on the 28th", 3089, "28th")
note(
    "emma",
    "Add a note to my Outlook ticket: I'm on leave from Thursday, please contact Lucas Garcia instead",
    3115,
    "Lucas",
)
note(
    "liam",
    "On the new starter ticket for Mia, add that her manager will be me, not Isla",
    3076,
    "manager",
)
note(
    "emma",
    "Please let them know on the second monitor request that any 24 inch model is fine",
    3131,
    "24",
)
note(
    "liam",
    "add a note to my laptop fan ticket: it overheated and shut down during a client call",
    3120,
    "shut down",
)
note(
    "emma",
    "3042 - add: the drops happen only on my home Wi-Fi, not on the phone hotspot",
    3042,
    "hotspot",
)
note("emma", "Put a note on 3089 saying the site owner is Ava Thompson", 3089, "Ava")
note("liam", "comment on 3076: laptop collected by Mia today, thanks", 3076, "collected")
note(
    "emma",
    "add note to 3115: deadline for our team is Monday, I really need email working by then",
    3115,
    "Monday",
)
note("liam", "Note for 3120 - asset tag is AC-2231", 3120, "AC-2231")
note(
    "emma",
    "Add this to the SharePoint access ticket: I need edit rights, not just read",
    3089,
    "edit",
)
note("emma", "on ticket 3131 tell them the team's order code is CC-4410", 3131, "CC-4410")
note("liam", "3076: add that Mia also needs access to the Sales drive", 3076, "Sales")

# --- Resolve an own open ticket (resolve_ticket) -----------------------------------------------

resolve("emma", "Please resolve 3131, the team got a spare monitor from another department", 3131)
resolve("emma", "close 3089, my manager gave me access himself", 3089)
resolve("emma", "The Outlook password prompt stopped, you can close my ticket", 3115)
resolve("liam", "resolve 3120 - the fan was replaced and it's quiet now", 3120)
resolve("liam", "Mia is all set up, please close the new starter ticket", 3076)
resolve("emma", "VPN has been fine all week, close 3042", 3042)
resolve("liam", "3076 can be closed, thanks", 3076)
resolve("emma", "mark my second monitor request as resolved, we no longer need it", 3131)
resolve("emma", "you can resolve my SharePoint ticket, I have access now", 3089)
resolve("liam", "the laptop's fixed, resolve my overheating ticket please", 3120)

# --- Reopen a closed own ticket (reopen_ticket) ------------------------------------------------

reopen("emma", "reopen 3067, the 2nd floor printer is jamming again and my team can't print", 3067)
reopen("emma", "Please reopen the printer jam ticket, it's back", 3067)
reopen(
    "emma", "3018 needs reopening - the VPN client disappeared again after the laptop reset", 3018
)
reopen("liam", "reopen 3121, Wi-Fi in meeting room 2 drops again during calls", 3121)
reopen("liam", "The meeting room 2 Wi-Fi problem is back. Reopen my ticket please", 3121)
reopen(
    "emma", "can you reopen ticket 3005? The password reset didn't stick and I'm locked out", 3005
)
reopen("emma", "Reopen 3067 - not fixed", 3067)
reopen("liam", "please re-open 3121", 3121)
reopen("emma", "reopen my VPN client ticket, 3018, same problem on the replacement laptop", 3018)
reopen(
    "liam",
    "Wi-Fi ticket 3121 was closed but it isn't fixed, my team still loses calls. Reopen it",
    3121,
)

# --- Rate a closed own ticket (rate_ticket) ----------------------------------------------------

rate("emma", "rate 3067 5 stars, quick fix and my team could print again", 3067, 5)
rate("emma", "3018: 4/5, good but took a while", 3018, 4)
rate("liam", "rate 3121 3 out of 5", 3121, 3)
rate("emma", "feedback on 3005: 5 stars, very friendly", 3005, 5)
rate("liam", "give ticket 3121 two stars, it took a week", 3121, 2)
rate("emma", "I'd rate the printer ticket 4 out of 5", 3067, 4)
rate("emma", "rating for 3018 - 5/5", 3018, 5)
rate("liam", "3121 score 4", 3121, 4)

# --- How-to questions (lookup kb_articles) -----------------------------------------------------

lookup(
    "emma",
    "how do I get a new starter set up? what do you need from me as the manager?",
    "kb_articles",
    "starter",
)
lookup("liam", "What does IT need before someone joins my team?", "kb_articles")
lookup("emma", "how does my team connect to the VPN from home?", "kb_articles", "VPN")
lookup("liam", "how do I reset my password?", "kb_articles", "password")
lookup(
    "emma",
    "How can my people reset their own passwords without calling you?",
    "kb_articles",
    "password",
)
lookup("liam", "how do I set up MFA on my phone?", "kb_articles", "MFA")
lookup("emma", "How do I clear a paper jam? The team printer jams a lot", "kb_articles", "jam")
lookup("liam", "how do I map a network drive", "kb_articles", "drive")
lookup(
    "emma",
    "What's the process for requesting access to a SharePoint site for someone in my team?",
    "kb_articles",
    "SharePoint",
)
lookup("liam", "How should my team report a phishing email?", "kb_articles", "phishing")
lookup("emma", "how do I join the office Wi-Fi", "kb_articles", "Wi-Fi")
lookup("liam", "how do I install Windows updates on my laptop?", "kb_articles", "updates")
lookup(
    "emma",
    "Outlook keeps asking for the password for half my team - is there a guide for that?",
    "kb_articles",
    "Outlook",
)
lookup("liam", "How do I pick the right microphone in Teams meetings?", "kb_articles", "microphone")
lookup(
    "emma",
    "is there an article on setting up the Authenticator app for new starters?",
    "kb_articles",
    "Authenticator",
)
lookup("liam", "how do we spot phishing?", "kb_articles", "phishing")
lookup("emma", "how do I map the department drive for a new team member?", "kb_articles", "drive")
lookup("liam", "what's the guide for connecting to the VPN?", "kb_articles", "VPN")
lookup("emma", "How do I test my audio before a Teams meeting?", "kb_articles", "audio")
lookup("liam", "how to get on the Corp Wi-Fi with a work account?", "kb_articles", "Wi-Fi")

# --- Refused at plan time ----------------------------------------------------------------------

# someone else's ticket
refused("emma", "Show me Noah's ticket 3101, he's in my team and off sick")
refused("emma", "Add a note to 3101 on behalf of Noah: the scanner is still not connecting")
refused("liam", "close 3101 for Noah, the warehouse scanner works now")
refused("emma", "what's the status of 3140? It's my colleague's monitor ticket")
refused("liam", "I manage Joanna - can you show me her ticket 3012?")
refused("emma", "Please resolve 3110 on behalf of Olivia")
refused("liam", "reopen 3030 for Olivia, her calendar stopped syncing again")
refused("emma", "add to ticket 3160: Samir asked me to chase this")
refused("liam", "show 3055 and tell me who it's assigned to")
refused("emma", "rate 3030 5 stars for my colleague")
# admin-only things asked by an employee
refused("emma", "Set 3042 to critical priority, my whole team is blocked")
refused("liam", "reassign 3120 to Daniel Kim, he knows this laptop model")
refused("emma", "move my ticket 3131 to the Field Services team")
refused("liam", "set the status of 3076 to On Hold, Mia's start is delayed")
refused("emma", "list all the tickets for Acme so I can see what my team raised")
refused("liam", "Show me the SLA compliance report for the last 30 days")
refused("emma", "look up the Acme contract ACME-MSA-2026 so I know what we pay for")
# closed ticket to resolve
refused("emma", "resolve 3067")
refused("liam", "please close 3121")
refused("emma", "resolve ticket 3150, the camera works now")

# --- Candidates (two own tickets fit equally) --------------------------------------------------

candidates("emma", "show me my VPN ticket", "get_ticket")
candidates("emma", "What did IT say on the VPN ticket? My manager asked", "get_ticket")
candidates("emma", "open the password ticket", "get_ticket")
candidates("emma", "status of my password ticket?", "get_ticket")
candidates("emma", "can I see the details of my VPN request", "get_ticket")
candidates("liam", "what's the latest on my ticket?", "get_ticket")
candidates("emma", "any news on the ticket about my password", "get_ticket")
candidates("emma", "I need the VPN ticket for my team's report - show it", "get_ticket")
candidates("liam", "show me my ticket", "get_ticket")
candidates("emma", "the password one - what's its status", "get_ticket")

# --- Admin: updates ----------------------------------------------------------------------------

update(
    "admin",
    "FW from Emma Jones: her whole team is blocked by the VPN, please raise 3042 to high",
    3042,
    priority_id=2,
)
update("admin", "Liam asked: assign 3120 to Daniel Kim", 3120, agent_id=6)
update(
    "admin",
    "From Noah's manager: 3101 is stopping the warehouse, set it to critical",
    3101,
    priority_id=1,
)
update("admin", "set 3131 to In Progress, Emma's manager approved the monitor", 3131, status_id=2)
update("admin", "move 3115 to the Messaging team", 3115, team_id=11)
update("admin", "Please give 3089 to Priya Sharma", 3089, agent_id=5)
update("admin", "Karen asks: 3140 should go to Field Services", 3140, team_id=15)
update("admin", "put 3110 on hold until the contractor's start date", 3110, status_id=28)
update(
    "admin",
    "FW: Liam says Mia's onboarding is urgent - 3076 priority high please",
    3076,
    priority_id=2,
)
update("admin", "3099 -> Tom Walsh", 3099, agent_id=11)
update(
    "admin",
    "Set status of 3042 to With Supplier, we're waiting on the VPN vendor",
    3042,
    status_id=5,
)
update(
    "admin", "Emma's manager forwarded this: 3089 can be low priority, no rush", 3089, priority_id=4
)
update("admin", "reassign ticket 3160 to the Network team", 3160, team_id=12)
update("admin", "assign 3140 to Hannah Fischer", 3140, agent_id=9)

# --- Admin: look-ups ---------------------------------------------------------------------------

lookup("admin", "find the customer Stark Logistics", "customers", "Stark")
lookup(
    "admin",
    "FW from a Globex manager: please pull up the Globex customer record",
    "customers",
    "Globex",
)
lookup("admin", "what sites does Umbrella Health have?", "sites")
lookup("admin", "look up the user Mia Chen, Liam wants her details checked", "users", "Mia")
lookup("admin", "Find Happy Hogan's user record", "users", "Hogan")
lookup("admin", "who's in the Network team?", "teams", "Network")
lookup(
    "admin",
    "look up the 2nd Line Support team, Liam wants to know who is on it",
    "teams",
    "2nd Line",
)
lookup(
    "admin", "look up asset AC-2231, Liam says his laptop is out of warranty", "assets", "AC-2231"
)
lookup("admin", "asset AC-2219?", "assets", "AC-2219")
lookup("admin", "Show me contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
lookup(
    "admin",
    "FW from Stark's ops manager: what does STARK-NETWORK cover?",
    "contracts",
    "STARK-NETWORK",
)
lookup("admin", "run the SLA compliance report, the Acme managers want figures", "reports", "SLA")
lookup("admin", "Tickets closed per agent report please", "reports", "closed per agent")
lookup(
    "admin",
    "asset warranty expiry report - Emma's manager wants to plan laptop swaps",
    "reports",
    "warranty",
)
lookup("admin", "find the customer Wayne Foundation", "customers", "Wayne")
lookup("admin", "look up user Lucius Fox", "users", "Lucius")

# --- Admin: listings filtered by customer ------------------------------------------------------

add(
    "admin", "list open tickets for Globex", {"action": "list_tickets", "params": {"client_id": 17}}
)
add(
    "admin",
    "FW: the Initech office manager wants to know what's open for them. Show Initech's tickets",
    {"action": "list_tickets", "params": {"client_id": 42}},
)
add(
    "admin",
    "show all tickets for Stark Logistics",
    {"action": "list_tickets", "params": {"client_id": 27}},
)
add(
    "admin",
    "Umbrella Health tickets please",
    {"action": "list_tickets", "params": {"client_id": 23}},
)
add(
    "admin",
    "what's open at Wayne Foundation?",
    {"action": "list_tickets", "params": {"client_id": 35}},
)
add(
    "admin",
    "Liam's director asked for a list of Acme Inc tickets",
    {"action": "list_tickets", "params": {"client_id": 12}},
)
add(
    "admin",
    "list tickets for customer Globex, their manager is chasing",
    {"action": "list_tickets", "params": {"client_id": 17}},
)
add("admin", "tickets for Initech", {"action": "list_tickets", "params": {"client_id": 42}})
