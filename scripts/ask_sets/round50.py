"""Round 50: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees (Emma, Liam) and the portal admin would type them
into the Ask box, each paired with the one action (and key ids) the portal should propose, or with
a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous. Written
without reading the parser, its tests or earlier sets' cases (held out).

Style: the final acceptance sample. A careful, independent evaluator writing the held-out set that
decides whether the Ask box understands at least 97 % of requests: representative of real use,
every intent in its most common natural wordings plus some less common ones ("reply on", "opened
back up", "should go to"), short and long, polite and curt, a few typos and lowercase. The headline
features are all present: a customer and site in one phrase, resolve with a visible note
summarising the fix, teams and the agents in them, several ids at once, date phrases, how-to
questions answered from the knowledge base, and everyday words that are Halo nouns (report,
contract, site, customer, agents, asset, invoice, Teams, Outlook) inside problem descriptions,
plus refusals at plan time. Every case has exactly one fair reading.

Mix: ~27 % new problems (56 employee, 9 admin tickets for a customer and site in one phrase, 4 for
a named user), ~9 % reads (16 single, 6 several ids at once), ~7 % own lists (half with date
phrases), ~9 % notes, ~5 % resolve (6 with a visible note summarising the fix), ~4 % reopen, ~3 %
rate, ~8 % how-to, ~11 % refused, ~4 % candidates (Emma's VPN and password tickets, reads only),
~14 % admin updates (14) and look-ups (21: directory, teams and their agents, a customer's sites,
contracts, users and tickets).

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

# ---------------------------------------------------------------- new problems: Emma
create("emma", "My keyboard has stopped working, half the keys don't type anything", "keyboard")
create("emma", "mouse keeps double clicking on its own", "mouse")
create(
    "emma",
    "The Excel file on the shared drive won't open, it says it's locked for editing by another user but nobody has it open",
    "Excel",
)
create("emma", "I can't log in to the expenses app since this morning, it just spins", "expenses")
create(
    "emma", "My headset microphone isn't picked up on Zoom calls, people can't hear me", "headset"
)
create(
    "emma", "The projector in the boardroom says no signal whatever laptop we plug in", "projector"
)
create("emma", "docking station has stopped charging my laptop", "docking")
create(
    "emma", "The weekly sales report that gets emailed every Monday didn't arrive today", "report"
)
create(
    "emma",
    "A customer sent us a signed contract as a Word document and Word says the file is corrupted",
    "contract",
)
create("emma", "The site we use for timesheets gives a certificate error in Chrome", "certificate")
create("emma", "I'm not getting work emails on my phone any more since Friday", "phone")
create(
    "emma",
    "Could I get Adobe Acrobat Pro installed please? I need to edit PDFs for the board pack",
    "Acrobat",
)
create("emma", "The badge reader at the side entrance doesn't recognise my card", "badge")
create("emma", "laptop battery only lasts about an hour now, it used to be all day", "battery")
create(
    "emma",
    "I need access to the Marketing shared drive for a project starting next week",
    "Marketing",
)
create(
    "emma", "I accidentally deleted a folder from OneDrive yesterday, can it be restored?", "folder"
)
create(
    "emma",
    "The call-queue dashboard says no agents are logged in but there are five of us on the phones",
    "dashboard",
)
create("emma", "the contract template in Word has lost all its formatting", "template")
create("emma", "An invoice PDF from our supplier won't open, Adobe says it's damaged", "invoice")
create(
    "emma",
    "Hi, hope you had a good weekend! Our intranet homepage is showing a 404 error for everyone on my floor",
    "intranet",
)
create("emma", "scanner by reception not sending scans to email", "scanner")
create("emma", "My desk phone has no dial tone", "phone")
create("emma", "The kitchen TV screen that shows the company news is stuck on a blue screen", "TV")
create("emma", "Please can you install Visio on my PC", "Visio")
create("emma", "my laptop speakers crackle really badly whenever i play anything", "speakers")
create("emma", "Chrome crashes every time I open the HR portal", "Chrome")
create("emma", "The room booking panel outside meeting room 6 is blank", "booking")
create(
    "emma",
    "I think I clicked a dodgy link in an email just now, the page asked for my bank details 😬",
    "link",
)
create("emma", "USB stick not showing up when I plug it into my laptop", "USB")
create("emma", "The CRM is really slow today, every customer record takes a minute to load", "CRM")
# ---------------------------------------------------------------- new problems: Liam
create("liam", "The screen in meeting room 4 won't connect over HDMI", "HDMI")
create(
    "liam", "Our team's shared mailbox isn't receiving emails from outside the company", "mailbox"
)
create("liam", "The printer in the finance office is printing blank pages", "printer")
create(
    "liam",
    "Can you set up a distribution list for the sales team please? About 12 people",
    "distribution",
)
create("liam", "Teams crashes whenever I try to share my screen in a call", "Teams")
create("liam", "I need Power BI Pro licences for two people in my team", "Power")
create(
    "liam",
    "We've got a new starter, Raj Mehta, joining on 1 June in sales. He'll need a laptop, email and CRM access",
    "Raj",
)
create("liam", "Excel freezes every time I refresh the pivot table in the budget workbook", "Excel")
create(
    "liam",
    "The link between HQ and the warehouse is really slow today, file copies take forever",
    "warehouse",
)
create(
    "liam",
    "Outlook won't let me open the Sales shared calendar, says I don't have permission",
    "calendar",
)
create("liam", "My mobile phone screen is cracked, can I get it replaced?", "phone")
create(
    "liam",
    "The asset tag on my docking station has fallen off, could someone put a new one on",
    "asset",
)
create("liam", "the customer database keeps timing out when we run searches", "database")
create("liam", "Teams chat notifications have stopped popping up on my PC", "notifications")
create("liam", "Need a second keyboard and mouse for the hot desk near my office", "keyboard")
create("liam", "Zoom says my webcam is in use by another app even after a restart", "webcam")
create(
    "liam",
    "The door access system won't let my team into the archive room since the weekend",
    "archive",
)
create(
    "liam",
    "Please install Adobe Acrobat for Jess in my team, she needs to sign supplier contracts",
    "Acrobat",
)
create("liam", "our team site on the intranet shows someone else's department name", "intranet")
create("liam", "Monthly report macro in Excel throws a runtime error 1004", "macro")
create("liam", "Hey, the label printer in the post room is printing everything sideways", "label")
create("liam", "i keep getting a 'disk almost full' warning on my PC", "disk")
create("liam", "The VoIP handset on my desk reboots itself every few minutes", "handset")
create(
    "liam",
    "Can we get a projector for the training room? We're running sessions from next month",
    "projector",
)
create("liam", "Adobe keeps asking me to sign in every time I open a PDF", "Adobe")
create("liam", "The expenses app rejects every receipt I upload with 'invalid file'", "receipt")
# ---------------------------------------------------------------- new problems: admin for a customer and site
create(
    "admin",
    "Log a ticket for Globex at Springfield Campus: the core network switch is down",
    "switch",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "New ticket for Initech Austin Branch, their receipt printer is offline",
    "printer",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Raise one for Umbrella Health's Laboratory: the fridge temperature monitor has stopped reporting",
    "temperature",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot - vehicle trackers aren't syncing since last night, please open a ticket",
    "vehicle",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Open a ticket for Wayne Foundation, Gotham Office: the boardroom projector has no picture",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Create a ticket for Acme's Warehouse site, the goods-in label printer is jammed",
    "label",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Globex Cypress Creek reports nobody can print this morning, log it please",
    "print",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Umbrella Health Raccoon City Clinic: the patient check-in kiosk is frozen. New ticket please",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "ticket for Initech Main Office - internet has been down since 9am",
    "internet",
    client_id=42,
    site_id=101,
)
# ---------------------------------------------------------------- new problems: admin for a named user
create("admin", "Create a ticket for Hank Scorpio: his laptop won't charge", "laptop", user_id=302)
create(
    "admin",
    "Log a ticket on behalf of Pepper Potts, she can't get into the shipping dashboard",
    "dashboard",
    user_id=601,
)
create(
    "admin",
    "Joanna Baker's monitor keeps flickering, raise a ticket for her",
    "monitor",
    user_id=404,
)
create("admin", "Open a ticket for Mia Chen: she needs a headset for calls", "headset", user_id=206)
# ---------------------------------------------------------------- reads
get("emma", "What's the status of 3042?", 3042)
get("emma", "show me ticket 3089", 3089)
get("emma", "any update on 3115?", 3115)
get("emma", "Where are we with my second monitor request?", 3131)
get("emma", "what's happening with my SharePoint access request", 3089)
get("emma", "Has anyone replied on my Outlook ticket?", 3115)
get("emma", "can you show me the printer ticket I had", 3067)
get("liam", "how's my laptop fan ticket getting on", 3120)
get("liam", "Where are we with the Mia Chen onboarding request?", 3076)
get("liam", "show 3121", 3121)
get("liam", "Any news on ticket #3120?", 3120)
get("admin", "show me ticket 3101", 3101)
get("admin", "pull up 3055", 3055)
get("admin", "what's the latest on 3160?", 3160)
get("admin", "Can I see the details of ticket 789?", 789)
get("emma", "I'd like to see the full history of 3131 please", 3131)
listing("emma", "show me 3042 and 3089", [3042, 3089])
listing("emma", "What's the status of 3115, 3131 and 3042?", [3042, 3115, 3131])
listing("liam", "3120 and 3076 - where are they at?", [3076, 3120])
listing("admin", "show 3055, 3099 and 3160", [3055, 3099, 3160])
listing("emma", "whats going on with 3042 & 3115", [3042, 3115])
listing("admin", "Give me an update on tickets 3101 and 3140", [3101, 3140])
# ---------------------------------------------------------------- own lists
listing("emma", "show my tickets")
listing("emma", "What tickets do I have open?")
listing("emma", "list my requests")
listing("emma", "my tickets from this week")
listing("emma", "Anything I've logged since Monday?")
listing("emma", "tickets I raised in the last 30 days")
listing("emma", "Show me everything I've reported")
listing("emma", "list my tickets from last month")
listing("emma", "What have I asked IT for this year?")
listing("liam", "my tickets")
listing("liam", "What requests do I have in at the moment?")
listing("liam", "show my tickets since 1 March")
listing("liam", "tickets I opened yesterday")
listing("liam", "Show me my open tickets please")
listing("liam", "list everything I've submitted")
listing("liam", "what did I raise last week?")
listing("liam", "Can I see all my tickets from the past two weeks?")
listing("emma", "my requests since the 1st")
# ---------------------------------------------------------------- notes
note("emma", "Add a note to 3042: it dropped again at 3pm today", 3042, "3pm")
note("emma", "Please tell them on 3089 that my manager has approved it", 3089, "approved")
note("emma", "On 3131, add that I'd prefer a 27 inch screen if possible", 3131, "27")
note(
    "emma",
    "Update 3115: the prompts stopped after a restart but came back this morning",
    3115,
    "restart",
)
note("emma", "For 3042 - I'm in the office on Thursday so you can test it then", 3042, "Thursday")
note("emma", "add to my VPN ticket that it also happens on my phone hotspot", 3042, "hotspot")
note("emma", "Can you let the engineer on 3131 know I've moved to desk 14B", 3131, "14B")
note("emma", "Add a note to 3089: the site owner is Karen Lewis in Finance", 3089, "Karen")
note(
    "emma",
    "note on my Outlook ticket: I've attached a screenshot of the prompt",
    3115,
    "screenshot",
)
note("emma", "Reply on 3042 saying I'll be working from home all next week", 3042, "home")
note("liam", "Note on 3120: the fan noise is worse when it's docked", 3120, "docked")
note("liam", "Add to 3076 that Mia's start date has moved to Wednesday", 3076, "Wednesday")
note(
    "liam",
    "on my laptop ticket, add that I'm out Friday so please collect it before then",
    3120,
    "Friday",
)
note("liam", "Comment on 3076: she'll also need access to the CRM", 3076, "CRM")
note(
    "liam",
    "add a note to 3120 - the laptop also shuts down by itself when it gets hot",
    3120,
    "shuts",
)
note("liam", "Let the tech on 3076 know Mia's desk is 3.14", 3076, "3.14")
note("admin", "Add a note to 3101: replacement scanner ordered, arriving Tuesday", 3101, "scanner")
note(
    "admin",
    "Internal note on 3055: memory test passed, suspect the motherboard",
    3055,
    "motherboard",
)
note(
    "admin",
    "add a visible note to 3140 asking Olivia to send a photo of the monitor",
    3140,
    "photo",
)
note(
    "admin", "Note on 3099: rolled back KB5034441, waiting for the user to confirm", 3099, "rolled"
)
note("admin", "Put a note on 3160 that the new headset driver is being tested", 3160, "driver")
note("emma", "Add a comment to 3131 saying a standard 24 inch would be fine too", 3131, "24")
# ---------------------------------------------------------------- resolve
resolve("emma", "3115 is fixed now, you can close it", 3115)
resolve(
    "emma",
    "Please resolve 3042 and add a visible note summarising the fix: the new router sorted it",
    3042,
)
resolve("emma", "close my monitor request, I don't need it any more", 3131)
resolve("emma", "I got access to the Finance site in the end, please mark 3089 as resolved", 3089)
resolve("liam", "the fan ticket can be closed, they replaced the fan and it's quiet now", 3120)
resolve("liam", "3076 can be closed, Mia is all set up", 3076)
resolve(
    "liam",
    "Resolve 3120 with a visible note summarising the fix - new thermal paste and a BIOS update",
    3120,
)
resolve(
    "admin",
    "Resolve 3101 and add a visible note summarising the fix: replaced the scanner's Wi-Fi card",
    3101,
)
resolve(
    "admin",
    "Mark 3160 resolved with a public note saying the headset driver update fixed the audio",
    3160,
)
resolve("admin", "close off 3055 with a note to the user summarising what we did", 3055)
resolve(
    "admin",
    "Resolve 3099 - add a visible note summarising the fix (rolled back the Windows update)",
    3099,
)
resolve("emma", "All good with 3115 now, thanks! Please resolve it", 3115)
# ---------------------------------------------------------------- reopen
reopen("emma", "Reopen 3067, the printer is jamming again", 3067)
reopen("emma", "3018 needs reopening, the VPN client disappeared after the latest update", 3018)
reopen(
    "emma",
    "My password reset ticket from after the holiday - the problem is back, please reopen it",
    3005,
)
reopen("emma", "can you reopen ticket 3067? same jam on every job again", 3067)
reopen("liam", "The Wi-Fi in meeting room 2 is dropping again, please reopen my ticket", 3121)
reopen("liam", "reopen 3121", 3121)
reopen("admin", "Reopen 3030 for Olivia, her calendar stopped syncing again", 3030)
reopen("admin", "please reopen ticket 789", 789)
reopen("emma", "I need 3005 opened back up, the reset didn't stick", 3005)
reopen("liam", "Could you reopen 3121? It wasn't actually fixed", 3121)
# ---------------------------------------------------------------- rate
rate("emma", "Rate 3067 5 stars", 3067, 5)
rate("emma", "I'd give 3018 a 4 out of 5", 3018, 4)
rate("emma", "3005: 3/5, it took a while but got sorted", 3005, 3)
rate("liam", "rate 3121 two stars", 3121, 2)
rate("emma", "Leave feedback on 3067: 5 out of 5, really quick service", 3067, 5)
rate("emma", "1 star for 3018, nobody told me what was going on", 3018, 1)
rate("liam", "Please give ticket 3121 a rating of 4", 3121, 4)
rate("emma", "I want to rate 3005 four stars", 3005, 4)
# ---------------------------------------------------------------- how-to (knowledge base)
howto("emma", "How do I connect to the VPN from home?", "VPN")
howto("emma", "how do I set up the Authenticator app on a new phone?", "Authenticator")
howto("emma", "Is there a guide for mapping a network drive?", "drive")
howto("emma", "How can I tell if an email is phishing?", "phishing")
howto("emma", "where can I find the steps to clear a paper jam", "jam")
howto("emma", "How do I request access to a SharePoint site?", "SharePoint")
howto("emma", "how do I reset my password myself?", "password")
howto("emma", "Where's the guide for Teams meetings?", "Teams")
howto("emma", "How do I check for updates on my laptop?", "updates")
howto("emma", "how do i get on the guest wifi for a visitor", "wifi")
howto("emma", "How do I report a suspicious email?")
howto("liam", "Is there a new starter checklist?", "checklist")
howto("liam", "How do I pick the right microphone in Teams?")
howto("liam", "How do I stop Outlook asking for my password all the time?", "Outlook")
howto("liam", "Is there any guidance on what IT needs before someone starts?")
howto("liam", "how do I map the finance drive", "drive")
howto("liam", "how to connect my laptop to the VPN", "VPN")
howto("liam", "Is there an article on setting up multi-factor authentication?", "authentication")
howto("admin", "Is there a KB article about MFA?", "MFA")
howto("admin", "search the knowledge base for phishing", "phishing")
# ---------------------------------------------------------------- refused at plan time
refused("emma", "show me ticket 3101")
refused("emma", "What's the status of 3120?")
refused("emma", "show ticket 3999")
refused("emma", "Add a note to 4242 saying I'm back tomorrow")
refused("emma", "Change the priority of 3042 to critical")
refused("emma", "assign 3089 to Priya Sharma")
refused("emma", "set 3131 status to In Progress")
refused("emma", "list all the agents")
refused("emma", "Show me all the customers")
refused("emma", "What contracts does Globex have?")
refused("emma", "show me every ticket in the company")
refused("emma", "Show me Liam's tickets")
refused("emma", "resolve 3067")
refused("emma", "Rate 3042 five stars")
refused("emma", "reopen 3115")
refused("emma", "Close 3110 for Olivia please")
refused("emma", "Rate 3089 3 out of 5")
refused("emma", "resolve 3999, it's sorted")
refused("liam", "show me 3042")
refused("liam", "Add a note to 3005: Emma is off today")
refused("liam", "rate 3120 4 stars")
refused("liam", "reopen 3120")
refused("liam", "Resolve 3121")
refused("liam", "What tickets does Noah Williams have open?")
refused("liam", "Make 3120 high priority")
refused("liam", "show me all of Initech's tickets")
refused("liam", "read ticket 4242")
# ---------------------------------------------------------------- candidates (ambiguous reads)
candidates("emma", "What's the latest on my VPN ticket?", "get_ticket")
candidates("emma", "show me my VPN ticket", "get_ticket")
candidates("emma", "Any news on the VPN issue I reported?", "get_ticket")
candidates("emma", "status of my password ticket", "get_ticket")
candidates("emma", "can I see my password ticket", "get_ticket")
candidates("emma", "where's my password ticket at?", "get_ticket")
candidates("emma", "pull up my VPN request", "get_ticket")
candidates("emma", "What did IT say on my password ticket?", "get_ticket")
candidates("emma", "How's the VPN ticket going?", "get_ticket")
candidates("emma", "show the ticket about my password", "get_ticket")
# ---------------------------------------------------------------- admin updates
update("admin", "Set 3101 to high priority", 3101, priority_id=2)
update("admin", "assign 3140 to Hannah Fischer", 3140, agent_id=9)
update("admin", "Move 3055 to the Field Services team", 3055, team_id=15)
update("admin", "change 3160's status to With Supplier", 3160, status_id=5)
update("admin", "put 3099 on hold", 3099, status_id=28)
update("admin", "Make 3140 critical", 3140, priority_id=1)
update("admin", "give 3089 to Priya", 3089, agent_id=5)
update("admin", "bump 3110 down to low priority", 3110, priority_id=4)
update("admin", "Set 3042 to In Progress", 3042, status_id=2)
update(
    "admin",
    "Reassign 3055 to Tom Walsh and set it to high priority",
    3055,
    agent_id=11,
    priority_id=2,
)
update("admin", "send 3140 to the 1st Line Support team", 3140, team_id=5)
update("admin", "change the status of 3140 to With User", 3140, status_id=4)
update("admin", "3160 should go to Daniel Kim", 3160, agent_id=6)
update("admin", "Move ticket 3099 to the Messaging team", 3099, team_id=11)
# ---------------------------------------------------------------- admin look-ups
lookup("admin", "list all agents", "agents")
lookup("admin", "Which teams do we have?", "teams")
team_members("admin", "Who's in the Network team?", 12)
team_members("admin", "who works in 2nd Line Support", 6)
team_members("admin", "Show me the people in Field Services", 15)
team_members("admin", "members of the Service Desk team", 2)
team_members("admin", "Which agents are in 1st Line?", 5)
lookup("admin", "find customer Umbrella", "customers", "Umbrella")
book.add(
    "admin",
    "What sites does Stark Logistics have?",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 27}},
)
book.add(
    "admin",
    "show Globex's contracts",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
book.add(
    "admin",
    "list the users at Wayne Foundation",
    {"action": "lookup", "params": {"entity": "users", "client_id": 35}},
)
lookup("admin", "look up the user Hank Scorpio", "users", "Scorpio")
lookup("admin", "find asset AC-2219", "assets", "AC-2219")
lookup("admin", "Show me the SLA compliance report", "reports", "SLA")
lookup("admin", "show the appointments", "appointments")
lookup("admin", "What statuses are available?", "statuses")
lookup("admin", "list the priority levels", "priorities")
lookup("admin", "find the STARK-NETWORK contract", "contracts", "STARK-NETWORK")
lookup("admin", "show all invoices", "invoices")
customer_tickets("admin", "show all tickets for Initech", 42)
customer_tickets("admin", "Globex tickets please", 17)
