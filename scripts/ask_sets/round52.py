"""Round 52: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box in their first week with it, each paired with the one action (and key ids) the portal
should propose, or with a refusal at plan time, or with candidate tickets where the ticket meant
is ambiguous. Written without reading the parser, its tests or earlier sets' cases (held out).

Style: a new user's first week with the Ask box, as an independent evaluator would write it to
test the portal as a newcomer finds it. Emma, Liam and a portal admin have never used it before
and type the way they would to a colleague on chat: natural sentences of mixed length, some
context ("first time using this", "not sure this is the right place"), some politeness, a few
typos, questions and commands, nothing exotic. Headline features throughout: a customer and site
named in one phrase, resolve with a visible note summarising the fix, teams and their people,
several ids at once, date phrases, how-to questions, and everyday words that are also Halo nouns
(Teams, site, report, customer, contract, asset, agent, status) inside problem descriptions.
Emma's new problems stay off the topics of her tickets, Liam's off his, so a new ticket is the
only fair reading.

Mix (of 250): ~28 % new problems (incl. 11 admin tickets for a customer + site, 4 for a named
user), ~8 % reads (one or several ids), ~7 % own lists (date phrases), ~9 % notes, ~4 % resolve
(some with a visible note summarising the fix), ~4 % reopen, ~3 % rate, ~8 % how-to, ~10 %
refused at plan time, ~4 % candidates, ~14 % admin updates and look-ups (teams and their
agents, a customer's sites/contracts/users/tickets).

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

# --- New problems: Emma (off VPN, SharePoint, Outlook, monitor, password, printer, Teams) ---
create(
    "emma",
    "Hi! First time using this box so bear with me. A few keys on my keyboard stopped working "
    "this morning, the E and the R. Could someone take a look?",
    "keyboard",
)
create(
    "emma",
    "The headset I was given last week crackles constantly on calls, could I get a replacement?",
    "headset",
)
create("emma", "hello, the scroll wheel on my mouse is stuck. not urgent but its anoying", "mouse")
create(
    "emma",
    "Excel crashes every single time I open the budget spreadsheet from the shared drive.",
    "Excel",
)
create(
    "emma",
    "I can't get into the expenses app, it just says my account is locked. Can you help?",
    "expenses",
)
create(
    "emma",
    "Could I get Adobe Acrobat Pro installed please? I need to edit PDFs for the contracts team "
    "from next week.",
    "Acrobat",
)
create(
    "emma",
    "The docking station at my desk has stopped charging my laptop, the light doesn't come on.",
    "docking",
)
create("emma", "my desk phone has been showing 'no service' since I got in today", "phone")
create(
    "emma",
    "Zoom won't let me share my screen, everyone just sees a black box. Can someone help before "
    "my client call at 3?",
    "Zoom",
)
create(
    "emma",
    "I'd like access to the Marketing shared drive please, Liam has already said it's fine.",
    "Marketing",
)
create(
    "emma",
    "My building badge stopped opening the side door on level 3, I have to go round every time.",
    "badge",
)
create(
    "emma",
    "The site inspection app on my work phone crashes whenever I try to upload photos.",
    "inspection",
)
create(
    "emma",
    "Our customer feedback report in Power BI hasn't refreshed since Tuesday, it still shows "
    "last week's numbers.",
    "report",
)
create("emma", "Chrome keeps logging me out of every website every few minutes", "Chrome")
create(
    "emma",
    "the speakers on my laptop make a buzzing noise whenever I play anything, even quietly",
    "speakers",
)
create(
    "emma",
    "Can I get a second charger for my laptop? I work between two desks and keep forgetting it.",
    "charger",
)
create("emma", "The scanner on the 3rd floor saves everything as blank pages.", "scanner")
create(
    "emma",
    "OneDrive says I'm out of space but I've barely got anything in there, I think it's wrong",
    "OneDrive",
)
create(
    "emma", "Hi, I need Visio installed for a project that starts next week, thank you!", "Visio"
)
create("emma", "the bluetooth on my laptop can't find any devices anymore", "bluetooth")
create(
    "emma",
    "The asset tag sticker has come off my laptop (AC-2219). Does someone need to put a new one on?",
    "tag",
)
create(
    "emma",
    "Since yesterday's update the CRM shows the wrong customer name on all my quotes.",
    "CRM",
)
create(
    "emma",
    "My Slack status is stuck on 'in a meeting' even after I change it. It's confusing people.",
    "Slack",
)
create(
    "emma",
    "The Jira plugin in Confluence throws an error whenever I open a page :(",
    "Jira",
)
create("emma", "the USB-C hub I use for presentations has stopped working completely", "hub")
create(
    "emma",
    "Please could you install Python on my machine? I'm starting a data course on Monday.",
    "Python",
)
create(
    "emma",
    "The timesheet system gives me a 500 error when I hit submit, I've tried three times now",
    "timesheet",
)
create(
    "emma",
    "Not sure this is the right place, but the hinge on my laptop is cracked and the lid wobbles.",
    "hinge",
)
create(
    "emma",
    "I need a licence for Miro, our team is running workshops with it from next month.",
    "Miro",
)
create(
    "emma",
    "My external hard drive isn't recognised by my laptop any more, it has the Q3 files on it.",
    "drive",
)

create(
    "emma",
    "Good morning! The wireless presenter for the training room has stopped working, we've "
    "already changed the batteries.",
    "presenter",
)
create(
    "emma", "I keep getting a certificate warning when I open the intranet homepage", "certificate"
)
create(
    "emma",
    "the label maker in the post room prints smudged labels, can someone have a look",
    "label",
)
create("emma", "My work phone's screen has cracked, can I get it repaired or swapped?", "phone")

# --- New problems: Liam (off laptop fan/overheating, meeting room 2 Wi-Fi, new starter Mia) ---
create(
    "liam",
    "Morning, first time trying this thing. The projector in the boardroom won't pick up any "
    "HDMI signal, we have a board meeting at 2.",
    "projector",
)
create(
    "liam",
    "My team needs a shared mailbox for client enquiries, could you set one up called sales-help?",
    "mailbox",
)
create(
    "liam",
    "Teams crashes every time I try to share my screen in a meeting. Really embarrassing with "
    "clients.",
    "Teams",
)
create(
    "liam",
    "Our contract renewals spreadsheet on the shared drive is locked by someone who left the "
    "company in March.",
    "spreadsheet",
)
create("liam", "the sales dashboard shows zeros for the whole of last month", "dashboard")
create(
    "liam",
    "Hi, the customer database is really slow today, it takes about a minute to load each record.",
    "database",
)
create(
    "liam",
    "My work iPhone won't install the latest iOS update, it fails at about halfway.",
    "iPhone",
)
create(
    "liam",
    "Could two people in my team, Ben and Aisha, get Salesforce access? They start using it "
    "next week.",
    "Salesforce",
)
create(
    "liam",
    "The printer in the sales area prints a grey stripe down every page.",
    "printer",
)
create(
    "liam",
    "the agent software for our call centre headsets keeps disconnecting people mid-call",
    "headset",
)
create(
    "liam",
    "Our team's shared calendar disappeared for everyone this morning, can someone look?",
    "calendar",
)
create(
    "liam",
    "Please set up a distribution list for the regional managers, I'll send the names over.",
    "distribution",
)
create("liam", "The conference phone in room 4 has a terrible echo on every call", "phone")
create(
    "liam",
    "I need a Power BI licence please, finance shared a report with me that I can't open.",
    "Power BI",
)
create(
    "liam",
    "the VPN keeps dropping every half hour when I work from home, is it just me?",
    "VPN",
)
create(
    "liam",
    "The status lights on the network cabinet in the sales office have been flashing orange all "
    "morning, can someone come and check it?",
    "cabinet",
)
create(
    "liam",
    "I've been locked out of the HR system after the weekend, could you unlock me?",
    "HR",
)
create(
    "liam",
    "Hey, the TV in the breakout area won't connect to anyone's laptop anymore",
    "TV",
)

create(
    "liam",
    "The agents in our inside sales team can't log into the dialler since this morning.",
    "dialler",
)
create(
    "liam",
    "Can you install Xero on my finance assistant's PC? Her name's Ruth, she sits next to me.",
    "Xero",
)
create("liam", "the site map page on our intranet is showing a 404 error", "intranet")

# --- New problems: admin, for a customer and site in one phrase ---
create(
    "admin",
    "New ticket for Globex at Springfield Campus: the reception PC won't boot at all.",
    "reception",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Please log a ticket for Initech Austin Branch, their internet has been down since 9am.",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health Laboratory says the label printer isn't printing barcodes, can you raise "
    "that for them?",
    "label",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot: the tracking tablets in the vans won't sync. Raise a ticket "
    "please.",
    "tablet",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Raise one for Wayne Foundation Gotham Office, the screen in their meeting room is stuck on "
    "a blue screen.",
    "screen",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Acme Warehouse needs a new barcode scanner, the old one's cracked and won't scan.",
    "scanner",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Log a ticket for Umbrella Health's Raccoon City Clinic — the check-in kiosk keeps freezing.",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Globex Cypress Creek called, all their desk phones are showing 'no line'. Can you open a "
    "ticket?",
    "phone",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "for Initech Main Office: mapping the shared drive fails for everyone since this morning",
    "drive",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Stark Logistics at the Distribution Centre has a dead network switch in bay 4, please raise "
    "it.",
    "switch",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Please raise a ticket for Umbrella Health Head Office, their main printer is offline.",
    "printer",
    client_id=23,
    site_id=53,
)

# --- New problems: admin, for a named user ---
create(
    "admin",
    "Could you open a ticket for Hank Scorpio? His Outlook crashes whenever he opens an "
    "attachment.",
    "Outlook",
    user_id=302,
)
create(
    "admin",
    "raise a ticket on behalf of Joanna Baker, she can't get into the payroll portal",
    "payroll",
    user_id=404,
)
create(
    "admin",
    "Pepper Potts needs a new laptop battery, it only lasts half an hour. Please log it for her.",
    "battery",
    user_id=601,
)
create(
    "admin",
    "New ticket for Mia Chen: her email signature is missing the company logo.",
    "signature",
    user_id=206,
)

# --- Reads: one ticket, or several at once ---
get("emma", "Hi, could you show me ticket 3089 please?", 3089)
get("emma", "what's the latest on 3131?", 3131)
get("emma", "Any update on my SharePoint access request? I still can't open the site.", 3089)
get("emma", "how is the second monitor request going? it's been a few weeks now", 3131)
get("emma", "Can I see the details of 3067? I want to check what they did to fix it.", 3067)
get("emma", "whats hapening with ticket #3115", 3115)
get("emma", "The Outlook password one, where's that at?", 3115)
get("emma", "I'd like to look at my old printer ticket, the one from the 2nd floor", 3067)
listing("emma", "show me 3042 and 3115 please", [3042, 3115])
listing("emma", "Could you pull up 3089, 3131 and 3115 for me?", [3089, 3115, 3131])
get("liam", "Where are we with the new starter ticket for Mia?", 3076)
get("liam", "How's the laptop fan ticket getting on?", 3120)
get("liam", "show me 3121", 3121)
get("liam", "what did IT say on 3120 so far?", 3120)
get("liam", "The meeting room 2 wifi ticket, what was the outcome in the end?", 3121)
listing("liam", "Can I see 3076 and 3120 together?", [3076, 3120])
get("admin", "pull up 3055 please", 3055)
get("admin", "Can you show me ticket 3160? I want to see what the user said last.", 3160)
get("admin", "what's the story with 789", 789)
listing("admin", "show me 3099 and 3101", [3099, 3101])
listing("admin", "tickets 3110, 3140 and 3030 — can I see all three?", [3030, 3110, 3140])

# --- Own lists, some with date phrases ---
listing("emma", "show me all my tickets")
listing("emma", "What tickets do I have open at the moment?")
listing("emma", "have I raised anything since Monday?")
listing("emma", "my tickets from this month pls")
listing("emma", "Can you list what I logged last week?")
listing(
    "emma",
    "I'm not sure what I've asked for before, can you show me everything I've submitted?",
)
listing("emma", "list my closed tickets")
listing("emma", "What did I open in the last 30 days?")
listing("emma", "what have I raised today?")
listing("liam", "What have I got open with IT right now?")
listing("liam", "show my tickets since the start of the year")
listing("liam", "List everything I've raised this week please")
listing("liam", "my tickets")
listing("liam", "Anything of mine that's been updated since yesterday?")
listing("liam", "can you give me a list of my requests from January")
listing("liam", "which of my tickets are still open?")
listing("emma", "Show me the tickets I've logged since the 1st of March")

# --- Notes ---
note(
    "emma",
    "Can you add a note to 3042 saying it also drops on my phone hotspot, not just home wifi?",
    3042,
    "hotspot",
)
note(
    "emma",
    "please tell them on 3089 that my manager Liam has approved the access",
    3089,
    "approved",
)
note("emma", "add to 3115: it started again after this morning's update", 3115, "update")
note("emma", "For 3131, I'm happy with any 24 inch model, could you add that?", 3131, "inch")
note(
    "emma",
    "On my VPN ticket, can you note that I'm in the office all next week so they can test there?",
    3042,
    "office",
)
note(
    "emma",
    "Let them know on the SharePoint request that I need it before the month end close.",
    3089,
    "month",
)
note("emma", "I'll be off on Friday, please add that to 3042", 3042, "Friday")
note("emma", "note on 3131: I've moved desks to 4B, please deliver it there", 3131, "4B")
note(
    "emma",
    "hi, can you add to 3089 that it's the Finance Reports folder I need specifically",
    3089,
    "folder",
)
note(
    "liam",
    "Add a note to 3120: the fan is even louder when I'm on video calls.",
    3120,
    "video",
)
note("liam", "On 3076, Mia's start date has moved to the 14th, please add that", 3076, "14th")
note(
    "liam",
    "Could you add to 3120 that I can bring the laptop in on Thursday?",
    3120,
    "Thursday",
)
note("liam", "tell IT on the Mia ticket that she'll need a Mac, not Windows", 3076, "Mac")
note(
    "liam",
    "Add a comment to the fan ticket: it now switches itself off when it gets too hot",
    3120,
    "hot",
)
note("admin", "add a note to 3101 saying we've ordered the replacement part", 3101, "ordered")
note(
    "admin",
    "Note on 3055: spoke to the customer, they'll reboot the server tonight.",
    3055,
    "reboot",
)
note(
    "admin",
    "put a note on 3099 that the supplier is sending an engineer tomorrow",
    3099,
    "engineer",
)
note(
    "admin",
    "add an internal note to 3160: waiting for Samir to reply to my email",
    3160,
    "Samir",
)
note(
    "admin",
    "Please add a note to 3110 that Olivia is testing the new driver on her desktop today.",
    3110,
    "desktop",
)
note(
    "admin",
    "log a note on 3140: called Olivia, no answer, will try again after lunch",
    3140,
    "lunch",
)
note(
    "admin",
    "On 3131 add a note for Emma that the monitors are back in stock next week",
    3131,
    "stock",
)
note("emma", "could you add to ticket 3115 that I'm using the Outlook desktop app", 3115, "desktop")

# --- Resolve, some with a visible note summarising the fix ---
resolve("emma", "You can close 3131, I found a spare monitor in the store room.", 3131)
resolve("emma", "my outlook problem sorted itself out, please resolve 3115", 3115)
resolve(
    "emma",
    "3089 can be resolved, I've got access now. Could you add a visible note summarising the "
    "fix? The site owner added me directly.",
    3089,
)
resolve(
    "emma",
    "The VPN issue went away after I updated my router, please mark 3042 as resolved.",
    3042,
)
resolve(
    "liam",
    "Please resolve 3120, they replaced the fan and it's quiet now. Add a visible note "
    "summarising the fix too.",
    3120,
)
resolve(
    "admin",
    "resolve 3101 and add a visible note summarising the fix: replaced the faulty docking station",
    3101,
)
resolve("admin", "Mark 3055 resolved, the server reboot fixed it.", 3055)
resolve("admin", "resolve 3160 please, Samir says it's working now", 3160)
resolve(
    "admin",
    "Resolve 3110 with a visible note summarising the fix — we reinstalled the print driver.",
    3110,
)
resolve(
    "admin",
    "3140 is sorted, please resolve it and leave a visible note summarising what fixed it "
    "(clearing the browser cache).",
    3140,
)
resolve("admin", "can you resolve 3099? the supplier swapped the router yesterday", 3099)

# --- Reopen ---
reopen("emma", "The printer on the 2nd floor is jamming again. Can you reopen 3067?", 3067)
reopen(
    "emma",
    "Please reopen 3018, the VPN client has vanished from my laptop again after an update.",
    3018,
)
reopen(
    "emma",
    "I need my password reset ticket reopened, the new password stopped working this morning",
    3005,
)
reopen("emma", "reopen ticket 3005 please", 3005)
reopen("emma", "it's jamming again 😩 reopen my printer ticket pls", 3067)
reopen(
    "liam",
    "The wifi in meeting room 2 is dropping again, please reopen my ticket for it.",
    3121,
)
reopen("liam", "Can 3121 be reopened? Same issue as before, sadly.", 3121)
reopen("admin", "reopen 3030, Olivia says the problem is back", 3030)
reopen("admin", "Please reopen 789.", 789)
reopen("liam", "hi, 3121 needs reopening, the drops started again yesterday", 3121)

# --- Rate ---
rate("emma", "I'd like to rate 3067, 5 stars, the printer has been perfect since.", 3067, 5)
rate("emma", "give 3018 a 4 out of 5 please", 3018, 4)
rate("emma", "Rate my password reset ticket 3 stars, it took a while to sort", 3005, 3)
rate("liam", "rate 3121 4/5", 3121, 4)
rate(
    "liam",
    "I want to leave feedback on the meeting room wifi ticket: 2 out of 5, it took three weeks.",
    3121,
    2,
)
rate("emma", "Can I give 3018 one star? It took ages to get the VPN client back.", 3018, 1)
rate("emma", "rate 3005 five out of five, thanks so much!", 3005, 5)
rate("liam", "3 stars for ticket 3121 please", 3121, 3)

# --- How-to questions (knowledge base, not a ticket) ---
howto("emma", "How do I map a network drive? I need the Projects share.", "drive")
howto("emma", "is there a guide for setting up the Authenticator app?", "Authenticator")
howto("emma", "how do I report a phishing email?", "phishing")
howto("emma", "What's the right way to install Windows updates on my laptop?", "Windows")
howto("emma", "how do I connect my new phone to the office wifi", "wifi")
howto("emma", "Is there an article about clearing paper jams?", "jam")
howto("emma", "How can I reset my own password without calling the helpdesk?", "password")
howto("emma", "where can I read how to get access to a SharePoint site?", "SharePoint")
howto("emma", "how do i set up mfa", "mfa")
howto("emma", "How do I turn on my out of office?")
howto("liam", "How do I join a Teams meeting from my phone?", "Teams")
howto(
    "liam",
    "What does IT need from me before someone new joins my team? Is there a checklist?",
)
howto("liam", "how do I connect to the VPN from home?", "VPN")
howto("liam", "Is there a guide for Outlook asking for a password over and over?", "Outlook")
howto("liam", "how do I set up the authenticator on a new phone", "authenticator")
howto("liam", "Is there a how-to for mapping drives? I keep losing the S: drive", "drive")
howto("admin", "Where's the KB article about phishing? I want to send it round.", "phishing")
howto("admin", "is there a knowledge base article on installing Windows updates", "Windows")
howto("emma", "how do I add a shared mailbox to my email?", "mailbox")
howto("liam", "how do I book a meeting room through the calendar?")

# --- Refused at plan time ---
refused("emma", "Can you show me ticket 3101?")
refused("emma", "What's the status of 3110? Olivia asked me to check it for her.")
refused("emma", "add a note to 3140 saying Olivia is off today")
refused("emma", "please resolve 3160")
refused("emma", "show me ticket 3999")
refused("emma", "Can you look up 4242 for me?")
refused("emma", "Please bump 3042 up to high priority, it's getting urgent.")
refused("emma", "assign 3115 to Chloe please, she fixed it last time")
refused("emma", "close 3067")
refused("emma", "rate 3042 five stars")
refused("emma", "reopen 3089")
refused("emma", "show me all the agents and which teams they're in")
refused("emma", "Which customers do we support?")
refused("emma", "list Liam's tickets")
refused("emma", "Show me everyone's tickets from this week")
refused("liam", "I'm Mia's manager, can you show me her tickets?")
refused("liam", "rate 3120 4 stars")
refused("liam", "reopen 3120")
refused("liam", "resolve 3121")
refused("liam", "show me all the tickets for the whole company")
refused("liam", "What contracts do we have with you?")
refused("liam", "move 3120 to the Network team")
refused("liam", "add a note on 3055 that I spoke to Initech about it")
refused("liam", "what's happening with ticket 4242?")
refused("liam", "change the status of 3120 to on hold, I'm travelling for two weeks")

# --- Candidates: Emma's two VPN and two password tickets (reads only) ---
candidates("emma", "what's happening with my VPN ticket?", "get_ticket")
candidates("emma", "can you show me my password ticket", "get_ticket")
candidates("emma", "Any news on the VPN ticket I raised?", "get_ticket")
candidates("emma", "Hi, I'd like to check on my password ticket please", "get_ticket")
candidates("emma", "show me my vpn ticket", "get_ticket")
candidates("emma", "where are we with my password ticket? 🙏", "get_ticket")
candidates("emma", "I have a question about my VPN ticket, can I see it first?", "get_ticket")
candidates("emma", "pull up my ticket about my password", "get_ticket")
candidates("emma", "what did they say on my VPN ticket", "get_ticket")
candidates("emma", "status of my password ticket?", "get_ticket")

# --- Admin: updates ---
update("admin", "set 3101 to high priority please", 3101, priority_id=2)
update("admin", "Assign 3055 to Daniel Kim.", 3055, agent_id=6)
update("admin", "can you move 3099 over to the Network team?", 3099, team_id=12)
update("admin", "put 3140 on hold", 3140, status_id=28)
update(
    "admin",
    "Change the status of 3110 to With Supplier, we're waiting on Dell.",
    3110,
    status_id=5,
)
update("admin", "3160 should be critical, the whole office is affected", 3160, priority_id=1)
update("admin", "give 3140 to Priya and make it low priority", 3140, agent_id=5, priority_id=4)
update("admin", "reassign 3101 to Tom Walsh", 3101, agent_id=11)
update("admin", "3055 needs to go to 2nd Line Support", 3055, team_id=6)
update("admin", "mark 3099 as In Progress", 3099, status_id=2)
update("admin", "Please change 3131's priority to medium.", 3131, priority_id=3)
update("admin", "send 3042 to the Field Services team", 3042, team_id=15)
update("admin", "assign 3160 to Marcus", 3160, agent_id=8)
update("admin", "set 3110 to Action Required", 3110, status_id=3)

# --- Admin: look-ups, teams and their people, a customer's records and tickets ---
lookup("admin", "I'm the new portal admin, what teams are set up?", "teams")
team_members("admin", "who's in the 2nd Line team?", 6)
team_members("admin", "Who works in Network?", 12)
team_members("admin", "who are the people on the Service Desk team", 2)
team_members("admin", "list the agents in 1st Line Support", 5)
lookup("admin", "show me all our customers", "customers")
customer_records("admin", "What sites does Umbrella Health have?", "sites", 23)
customer_records("admin", "which contracts does Globex have?", "contracts", 17)
customer_records("admin", "show me the users at Stark Logistics", "users", 27)
lookup("admin", "find the user Joanna Baker", "users", "Joanna")
lookup("admin", "what statuses can a ticket have?", "statuses")
lookup("admin", "list the priority levels", "priorities")
lookup("admin", "What reports are there?", "reports")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
customer_tickets("admin", "show me Initech's tickets", 42)
customer_tickets("admin", "All tickets for Wayne Foundation please", 35)
lookup("admin", "any appointments booked?", "appointments")
lookup("admin", "show me the invoices", "invoices")
lookup("admin", "find the SLA compliance report", "reports", "SLA")
lookup("admin", "list all the agents", "agents")
lookup("admin", "find agent Hannah", "agents", "Hannah")
lookup("admin", "is there a contract called STARK-NETWORK?", "contracts", "STARK-NETWORK")
