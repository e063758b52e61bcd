"""Round 55: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: real messages from a help-desk inbox, rewritten for the Ask box: what employees of a
mid-sized company send IT in an ordinary week (printers, laptops, accounts, access, software,
phones, meeting rooms, new starters, leavers), chasers on existing tickets, thanks-and-close
messages, complaints that a fix did not hold (reopen), ratings, questions on how to do things,
and the portal admin's triage and look-ups. Greetings and sign-offs ("Hi IT,", "Cheers, Emma")
kept where people write them; most messages short, some long with context; ordinary wording,
the odd typo. Every case has exactly one fair reading.

Mix: ~28 % new problems (employees, plus 8 admin tickets for a customer and site named in one
phrase and 3 for a named user), ~9 % reads (one own ticket, or several ids at once), ~7 % own
lists (some with date phrases), ~9 % notes, ~5 % resolve (some with a visible note summarising
the fix), ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~10 % refused at plan time,
~4 % candidates (reads of Emma's VPN and password tickets), ~13 % admin updates and look-ups.

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

# --- New problems: Emma (off VPN, SharePoint, Outlook password, monitor, reset, printer, camera)
create(
    "emma",
    "Hi IT, the space bar on my laptop keyboard sticks and I have to hit it twice. Thanks, Emma",
    "keyboard",
)
create("emma", "my mouse has stopped working, tried new batteries already", "mouse")
create(
    "emma",
    "The docking station at my desk doesn't charge the laptop anymore, the light comes on but nothing happens.",
    "docking",
)
create(
    "emma",
    "Morning - Excel crashes every time I open the quarterly budget workbook. Other files are fine.",
    "Excel",
)
create(
    "emma",
    "Could I get Visio installed please? I need it for process diagrams for the audit.",
    "Visio",
)
create(
    "emma",
    "I dropped my work mobile and the screen is cracked, it still turns on but the touch is patchy",
    "screen",
)
create(
    "emma",
    "my headset mic isn't picked up in calls, people say they can't hear me at all",
    "headset",
)
create(
    "emma",
    "Hi, OneDrive says 'sync paused' and won't restart. I've got files I need to share by Thursday.",
    "OneDrive",
)
create(
    "emma",
    "The projector in the Boardroom shows 'no signal' when I plug in with HDMI. We have the board meeting there at 2.",
    "projector",
)
create(
    "emma",
    "Please can I have access to the hr-recruitment shared mailbox? My manager has approved it.",
    "mailbox",
)
create(
    "emma",
    "laptop battery drains from full to 0 in about an hour even when I'm just typing",
    "battery",
)
create(
    "emma", "Adobe Acrobat keeps saying my licence has expired when I try to edit a PDF", "Acrobat"
)
create(
    "emma",
    "Hello, my desk phone shows 'registering' all morning and I can't make calls out.",
    "phone",
)
create(
    "emma",
    "can someone add me to the finance-team distribution list? i'm not getting the month end emails",
    "distribution",
)
create(
    "emma", "My door badge stopped working on the 3rd floor entrance today, it beeps red.", "badge"
)
create(
    "emma",
    "The Wi-Fi in the staff kitchen is really weak, can't even load a webpage there",
    "Wi-Fi",
)
create("emma", "Zoom won't update - it gets to 80% and then says installation failed", "Zoom")
create(
    "emma",
    "Hi team, my calendar isn't showing the meetings other people send me, they just vanish from the inbox and never appear in the calendar.",
    "calendar",
)
create(
    "emma",
    "I need a USB-C to HDMI adapter for presenting from the new meeting rooms please",
    "adapter",
)
create("emma", "the laptop screen flickers when I tilt the lid, started yesterday", "flicker")
create("emma", "Every time I print to PDF from Word the fonts come out garbled", "PDF")
create(
    "emma", "My webcam image is upside down in Zoom. Only started after the last update.", "webcam"
)
create(
    "emma",
    "Hi IT, the scanner next to reception saves the scans somewhere but they never arrive in my email. Could you take a look?",
    "scanner",
)
create(
    "emma",
    "I'd like a spare keyboard and mouse for when I work at the hot desks, is that possible? Thanks",
    "keyboard",
)
create(
    "emma", "Chrome is really slow and keeps freezing on every site since this morning", "Chrome"
)
create("emma", "Laptop won't wake from sleep, I have to hold the power button every time.", "sleep")
create(
    "emma",
    "The large TV screen in meeting room 4 isn't turning on at all, remote does nothing.",
    "screen",
)
create(
    "emma",
    "Hiya, the Bluetooth on my laptop has vanished from settings, so my wireless headphones won't connect.",
    "Bluetooth",
)
create(
    "emma",
    "Hi IT,\n\nSince Friday my laptop takes nearly ten minutes to start up. It sits on the spinning dots for ages before the login screen appears. I haven't installed anything new. Could someone have a look when you get a chance?\n\nThanks,\nEmma",
    "start",
)
create(
    "emma",
    "Can I have a parking permit pass added to my ID badge? Facilities said IT does the badge system.",
    "badge",
)
create(
    "emma", "the clock on my laptop is an hour wrong and keeps changing back when I fix it", "clock"
)
create(
    "emma",
    "I'm getting loads of spam emails since Monday, like 50 a day, all about invoices.",
    "spam",
)

# --- New problems: Liam (off laptop fan/overheating, Wi-Fi in meeting room 2, new starter Mia)
create(
    "liam",
    "Hi, the printer on the 4th floor is out of toner and the spare cartridge in the cupboard is the wrong one.",
    "toner",
)
create(
    "liam",
    "We've got a new starter, Oliver Grant, joining Sales on the 3rd of next month. He'll need a laptop, email and CRM access.",
    "Oliver",
)
create(
    "liam",
    "Jack Turner leaves us this Friday. Please disable his accounts at 5pm and forward his email to me.",
    "Jack",
)
create(
    "liam",
    "the conference phone in meeting room 5 has a horrible echo, clients complained on this morning's call",
    "echo",
)
create(
    "liam",
    "Can my team get Power BI Pro licences? There are four of us, I can send names.",
    "Power BI",
)
create("liam", "I'm locked out of the CRM after too many attempts, can someone unlock me?", "CRM")
create(
    "liam",
    "My iPhone isn't getting work emails anymore, the mail app just says cannot get mail",
    "mail",
)
create("liam", "Please set up a shared calendar for the sales team's holiday bookings", "calendar")
create(
    "liam", "The booking screen outside meeting room 3 is stuck on a blank white page.", "booking"
)
create(
    "liam",
    "Printer in the sales area prints every page with a grey streak down the middle",
    "streak",
)
create(
    "liam",
    "Hi all, one of my team, Ruth Adams, has moved to Marketing. Can you move her access from the sales share to the marketing one?",
    "Ruth",
)
create(
    "liam",
    "the monitor on my desk keeps going to sleep every 2 minutes even while I'm using it",
    "monitor",
)
create(
    "liam",
    "Can we get a new starter set up - Kate Lin, starts Monday 10th, needs standard kit and Salesforce",
    "Kate",
)
create(
    "liam",
    "Teams keeps signing me out several times a day. Annoying in the middle of client calls.",
    "Teams",
)
create(
    "liam",
    "Need a replacement charger for my phone, the cable has frayed right at the end",
    "charger",
)
create(
    "liam",
    "Our sales shared drive has gone read-only for everyone in the team since this morning",
    "drive",
)
create(
    "liam",
    "Hi, my Outlook search doesn't find anything older than last month. I need old client emails for a renewal.",
    "search",
)
create(
    "liam",
    "Morning. The big screen in the sales pit that shows the dashboards has gone black. Nobody touched it as far as I know.",
    "screen",
)
create(
    "liam",
    "Could you give Priyanka in my team access to the Pricing folder on the sales drive? Read-only is fine.",
    "Pricing",
)
create(
    "liam", "My work phone keeps saying storage full and won't take photos of receipts", "storage"
)
create(
    "admin",
    "Raise a ticket for Mia Chen: her keyboard is missing two keys.",
    "keyboard",
    user_id=206,
)
create(
    "liam",
    "Hello IT. Sam Wood is leaving at the end of the month, please collect his laptop and phone on his last day.",
    "Sam",
)

# --- New problems: admin, for a customer and site named in one phrase
create(
    "admin",
    "New ticket for Globex at Springfield Campus: the lobby check-in kiosk is frozen on the welcome screen.",
    "kiosk",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Log a call for Initech, Austin Branch - their main printer is offline for everyone.",
    "printer",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Raise a ticket for Umbrella Health's Laboratory site: the sample-tracking PC won't boot past the logo.",
    "PC",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot rang: the handheld scanners won't connect to the network. Open a ticket please.",
    "scanners",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Create a ticket for Wayne Foundation, Gotham Office: the meeting room speakerphone has no sound.",
    "speakerphone",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "ticket for Acme Warehouse - goods-in label printer is printing blank labels",
    "label",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Open one for Globex Cypress Creek: the door access controller is showing an error and staff can't badge in.",
    "door",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "New incident for Initech Main Office, internet down across the whole floor since 9",
    "internet",
    client_id=42,
    site_id=101,
)

# --- New problems: admin, for a named user
create(
    "admin",
    "Raise a ticket for Hank Scorpio: he can't open attachments in Outlook, says they're blocked.",
    "attachments",
    user_id=302,
)
create(
    "admin",
    "Log this for Pepper Potts - her laptop won't connect to the docking station monitors.",
    "docking",
    user_id=601,
)
create(
    "admin",
    "New ticket on behalf of Joanna Baker: she needs Adobe Acrobat Pro installed.",
    "Acrobat",
    user_id=404,
)

# --- Reads: one ticket, or several at once
get("emma", "Hi, any update on 3131?", 3131)
get("emma", "what's the latest on ticket 3089", 3089)
get("emma", "Where are we with my second monitor request? It's been a couple of weeks.", 3131)
get("emma", "Could you show me ticket 3042 please", 3042)
get("emma", "Any news on the Finance SharePoint access? My manager keeps asking.", 3089)
get("emma", "Can I see what was done on 3067?", 3067)
get("emma", "status of 3115?", 3115)
get("liam", "How's the ticket about my noisy laptop fan going?", 3120)
get("liam", "Is Mia's new starter setup done yet? Ticket 3076", 3076)
get("liam", "show me 3121", 3121)
get("admin", "Bring up 3101 for me", 3101)
get("admin", "pull up ticket 3055", 3055)
get("admin", "What's 3160 about?", 3160)
listing("emma", "Can I see 3042 and 3115 together?", [3042, 3115])
listing("emma", "show me tickets 3089, 3131 and 3042", [3042, 3089, 3131])
listing("liam", "Details of 3120 and 3076 please", [3076, 3120])
listing("admin", "Show me 3055 and 3099 side by side", [3055, 3099])
listing("admin", "pull up 3110, 3140 and 3101", [3101, 3110, 3140])
get(
    "emma",
    "Hello, I had a ticket about the printer jamming on the 2nd floor, could you show me it?",
    3067,
)
get("liam", "What happened with the Wi-Fi ticket for meeting room 2?", 3121)
get("emma", "Did anyone reply on my Outlook password ticket, 3115?", 3115)
get("admin", "show me ticket 789", 789)

# --- Own lists
listing("emma", "show me my tickets")
listing("emma", "What have I got open with IT at the moment?")
listing("emma", "tickets I've raised since Monday")
listing("emma", "Can I see everything I logged this month?")
listing("emma", "list my closed tickets")
listing("emma", "what did I send you last week?")
listing("emma", "Hi, can you list all my requests please")
listing("liam", "My open tickets")
listing("liam", "What have I raised since the start of the year?")
listing("liam", "show my requests from the last 30 days")
listing("liam", "everything of mine that's still in progress")
listing("liam", "Can I get a list of my tickets?")
listing("emma", "my tickets from January")
listing("liam", "tickets I opened yesterday")
listing("emma", "which of my tickets are waiting on me?")
listing("liam", "list what I've logged since 1 March")
listing("emma", "All my tickets, open and closed")

# --- Notes
note(
    "emma", "Add a note to 3131: I'd prefer a 27 inch monitor if there's a choice.", 3131, "27 inch"
)
note(
    "emma",
    "Please let the engineer on 3042 know the VPN dropped again at 10:15 today.",
    3042,
    "10:15",
)
note(
    "emma",
    "On 3089 - my manager Sarah Green has approved the access, she can confirm by email.",
    3089,
    "approved",
)
note(
    "emma", "Add to my Outlook password ticket that it also happens on my phone now.", 3115, "phone"
)
note(
    "emma",
    "For 3131, I'm working from home Wednesday and Thursday so please deliver on Friday.",
    3131,
    "Friday",
)
note(
    "emma",
    "add a note to the SharePoint access ticket: I need edit rights, not just read",
    3089,
    "edit",
)
note(
    "emma",
    "3042: I'm on the home broadband, router is a BT Hub 6 in case that helps",
    3042,
    "router",
)
note(
    "emma",
    "Reply on 3115 that I've cleared the saved credentials like you asked and it's still prompting.",
    3115,
    "credentials",
)
note(
    "liam",
    "Add a note to 3120: the fan is worst when I'm on Teams calls with video.",
    3120,
    "video",
)
note(
    "liam",
    "On Mia's ticket 3076, please note she'll also need access to the sales shared drive.",
    3076,
    "drive",
)
note(
    "liam",
    "3120 - I can drop the laptop at the IT desk any time Thursday morning",
    3120,
    "Thursday",
)
note("liam", "Let IT know on 3076 that Mia's start date moved to Wednesday.", 3076, "Wednesday")
note(
    "admin", "Add an internal note to 3160: waiting on Samir to send the error logs.", 3160, "logs"
)
note("admin", "Note on 3101: replacement part ordered, arriving Tuesday", 3101, "Tuesday")
note("admin", "put a note on 3055 saying we've escalated to the vendor", 3055, "vendor")
note(
    "admin",
    "On 3140 note that Olivia called and said it's urgent for her client demo",
    3140,
    "demo",
)
note(
    "admin",
    "Add note to 3099: customer confirmed the issue affects the whole Austin team",
    3099,
    "Austin",
)
note(
    "emma",
    "Add a note to ticket 3042 - it seems to drop every time my laptop goes to sleep",
    3042,
    "sleep",
)
note(
    "liam", "please add to 3120 that it's got worse, it shut itself down twice today", 3120, "twice"
)
note("admin", "note on 3110: spoke to Olivia, she'll test the fix after lunch", 3110, "lunch")
note("emma", "On 3131, happy with any monitor - my desk is number 14 on the 3rd floor.", 3131, "14")
note("admin", "Add a note to 3120 telling Liam the new fan is in stock", 3120, "fan")

# --- Resolve (thanks-and-close, some with a visible note)
resolve(
    "emma", "Thanks for sorting the SharePoint access, all working now - you can close 3089.", 3089
)
resolve(
    "emma",
    "3115 is fixed, the password prompts stopped after the profile rebuild. Please close it.",
    3115,
)
resolve("emma", "Monitor arrived and is set up, thanks! Close 3131 please", 3131)
resolve("liam", "The fan's been quiet all week since the clean. Happy for 3120 to be closed.", 3120)
resolve("liam", "Mia's all set up and working, please close 3076. Thanks for the help", 3076)
resolve(
    "admin",
    "Resolve 3101 and add a visible note summarising the fix: replaced the faulty network cable at his desk.",
    3101,
)
resolve(
    "admin",
    "close 3160 with a visible note: Samir's mailbox permissions re-applied, confirmed working",
    3160,
)
resolve("admin", "Resolve 3055 - vendor patch applied, customer confirmed", 3055)
resolve(
    "admin",
    "mark 3110 resolved and leave Olivia a visible note summarising what we did: reinstalled the printer driver",
    3110,
)
resolve("emma", "VPN's been rock solid since the new client went on. Resolve 3042 please.", 3042)
resolve("admin", "Resolve 3140, the user says it's fine now", 3140)
resolve(
    "admin",
    "Resolve 3099 with a visible note summarising the fix: reset the Austin branch switch, all users back online",
    3099,
)
resolve("liam", "you can resolve the fan ticket, the new fan fixed it", 3120)

# --- Reopen (fix did not hold)
reopen(
    "emma", "Hi, the 2nd floor printer is jamming again, same as before. Can you reopen 3067?", 3067
)
reopen(
    "emma",
    "Please reopen 3018 - the VPN client has disappeared off my laptop again after the update.",
    3018,
)
reopen(
    "emma", "The password reset on 3005 didn't stick, I'm locked out again. Reopen it please.", 3005
)
reopen("liam", "Wi-Fi in meeting room 2 is dropping during calls again. Reopen 3121 please.", 3121)
reopen("liam", "3121 isn't fixed, room 2 lost signal three times in this morning's call", 3121)
reopen("admin", "Reopen 3030, Olivia says the problem came back", 3030)
reopen("admin", "reopen ticket 789 for Olivia", 789)
reopen("emma", "Sorry, ticket 3067 needs reopening, the jams started again this morning", 3067)
reopen(
    "liam",
    "the meeting room 2 wifi ticket was closed but it's still cutting out, please reopen it",
    3121,
)
reopen("emma", "Can you reopen 3018? Same problem as last time.", 3018)

# --- Rate
rate("emma", "I'd give 3067 five stars, fixed really quickly", 3067, 5)
rate("emma", "Rate 3018 4 out of 5", 3018, 4)
rate("emma", "3005: 3/5 - it was fixed but took a few days", 3005, 3)
rate("liam", "Rating for 3121: 4 stars", 3121, 4)
rate("emma", "give my printer jam ticket 3067 a 2, it took three visits", 3067, 2)
rate("liam", "5/5 for 3121, Marcus was great", 3121, 5)
rate("emma", "I want to rate ticket 3005 as 4 stars", 3005, 4)
rate("emma", "3018 gets a 1 out of 5 from me, I was without VPN for a week", 3018, 1)

# --- How-to (knowledge base)
howto("emma", "How do I map the shared drive on my laptop?", "drive")
howto("emma", "is there a guide for setting up Authenticator on a new phone?", "Authenticator")
howto("emma", "How can I tell if an email is phishing?", "phishing")
howto("liam", "How do I clear a paper jam myself?", "jam")
howto("liam", "What's the process for onboarding a new starter? Is there a checklist?", "checklist")
howto("emma", "How do I join a Teams meeting from the browser?", "Teams")
howto("liam", "how do I connect to the office wifi on my phone", "Wi-Fi")
howto("emma", "Is there an article on how Windows updates work and when they install?", "Windows")
howto("liam", "How do I reset my own password without calling IT?", "password")
howto("emma", "where can I find the IT how-to guides?")
howto("liam", "how do I set up the VPN at home?", "VPN")
howto("emma", "How do I get access to a SharePoint site, what's the process?", "SharePoint")
howto("liam", "Is there a guide for stopping Outlook asking for my password?", "Outlook")
howto("emma", "How do I report a phishing email I received?", "phishing")
howto("liam", "how do I set up MFA?", "MFA")
howto("emma", "Any guide on mapping a network drive from home?", "drive")
howto("liam", "Hi, how do I book a Teams meeting with people outside the company?", "Teams")
howto("emma", "Do you have instructions for using the self-service password reset?", "password")
howto("liam", "What do I need to do before a new starter's first day?", "starter")
howto("emma", "how do I add a shared mailbox to Outlook myself?", "mailbox")
howto("admin", "Find KB articles about Windows updates", "Windows")

# --- Refused at plan time
refused("emma", "What's the status of ticket 3101?")
refused("emma", "Can you show me 3110, it's Olivia's but I'm covering for her")
refused("emma", "Add a note to 3140 saying Olivia's off sick today")
refused("emma", "Show me ticket 3999")
refused("liam", "any update on 4242?")
refused("liam", "Show me Emma's VPN ticket 3042")
refused("emma", "what's happening with 3120?")
refused("emma", "Please make 3089 high priority, it's blocking month end.")
refused("emma", "Assign 3042 to Marcus Reid please, he fixed it last time")
refused("liam", "Change the status of 3120 to on hold, I'm away for two weeks")
refused("emma", "Who works in the Network team?")
refused("liam", "List all our customers")
refused("liam", "Show me all of Olivia Brown's tickets")
refused("liam", "Show me every open ticket in the company")
refused("emma", "Close 3067 please")
refused("emma", "Rate 3131 five stars")
refused("emma", "Reopen 3115, it's still happening")
refused("liam", "Resolve 3121 please")
refused("emma", "Resolve ticket 3160 for Samir, he's sorted it")
refused("liam", "I'd like to rate 3120, 5 stars")
refused("emma", "Which contracts do we have with Globex?")
refused("emma", "Add to 4242 that I'm still waiting")
refused("liam", "Can you show me the list of agents and what they're working on")
refused("liam", "Can you show me Noah Williams' ticket 3101? He's in my team")
refused("emma", "Can I get a list of all the customers you look after?")
refused("emma", "Move my ticket 3131 to the Field Services team")

# --- Candidates (reads of Emma's VPN and password tickets)
candidates("emma", "Can I see my VPN ticket?", "get_ticket")
candidates("emma", "what's happening with my password ticket", "get_ticket")
candidates("emma", "Pull up the VPN ticket I raised", "get_ticket")
candidates("emma", "show me my password ticket please", "get_ticket")
candidates("emma", "Hi, can you open my ticket about the VPN?", "get_ticket")
candidates("emma", "I'd like to look at my password one", "get_ticket")
candidates("emma", "details of my VPN ticket", "get_ticket")
candidates("emma", "Open the ticket I logged about my password", "get_ticket")
candidates("emma", "what did IT write on my VPN ticket?", "get_ticket")
candidates("emma", "status of the password ticket?", "get_ticket")

# --- Admin updates
update("admin", "Set 3101 to High priority", 3101, priority_id=2)
update("admin", "assign 3055 to Daniel Kim", 3055, agent_id=6)
update("admin", "Move 3160 to the Network team", 3160, team_id=12)
update("admin", "Put 3140 on hold", 3140, status_id=28)
update("admin", "3099 is with the supplier now, update the status", 3099, status_id=5)
update("admin", "Give 3110 to Tom Walsh and make it Critical", 3110, agent_id=11, priority_id=1)
update("admin", "Change 3042 to In Progress", 3042, status_id=2)
update("admin", "drop 3131 to low priority", 3131, priority_id=4)
update("admin", "Reassign 3120 to Hannah Fischer", 3120, agent_id=9)
update("admin", "Send 3089 over to 2nd Line Support", 3089, team_id=6)
update(
    "admin", "3140: move to 1st Line Support and assign Priya Sharma", 3140, team_id=5, agent_id=5
)
update("admin", "mark 3101 as Action Required", 3101, status_id=3)
update("admin", "Set 3115 to With User", 3115, status_id=4)
update("admin", "Make 3055 Medium priority", 3055, priority_id=3)
update("admin", "hand 3160 to Chloe Martin", 3160, agent_id=7)

# --- Admin look-ups
team_members("admin", "Who's in the Network team?", 12)
team_members("admin", "list the agents in 2nd Line Support", 6)
team_members("admin", "Who is on Field Services?", 15)
lookup("admin", "List all agents", "agents")
lookup("admin", "Find the customer Stark Logistics", "customers", "Stark")
lookup("admin", "look up user Joanna Baker", "users", "Joanna")
lookup("admin", "Find asset AC-2231", "assets", "AC-2231")
lookup("admin", "What reports do we have?", "reports")
lookup("admin", "Show me the SLA compliance report", "reports", "SLA")
lookup("admin", "List this week's appointments", "appointments")
lookup("admin", "show me the invoices", "invoices")
lookup("admin", "What statuses can a ticket have?", "statuses")
lookup("admin", "list the priority levels", "priorities")
lookup("admin", "Find the contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
customer_records("admin", "Which sites does Umbrella Health have?", "sites", 23)
customer_records("admin", "Show Globex's contracts", "contracts", 17)
customer_tickets("admin", "Show me all of Initech's tickets", 42)
customer_tickets("admin", "What tickets does Stark Logistics have open?", 27)
team_members("admin", "who's in 1st Line Support at the moment?", 5)
customer_records("admin", "List Stark Logistics' users", "users", 27)
lookup("admin", "find Pepper Potts in the users", "users", "Pepper")
