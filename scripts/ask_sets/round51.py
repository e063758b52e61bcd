"""Round 51: a blind set of Ask-box requests, with the plan each should give.

What the set is: a second independent acceptance sample of about 260 requests as employees and
the portal admin would type them into the Ask box the first time, each paired with the one action
(and key ids) the portal should propose, or with a refusal at plan time, or with candidate
tickets where the ticket meant is ambiguous. Written without reading the parser, its tests or
earlier sets' cases (held out).

Style: written by someone used to other IT self-service portals and chat bots (ServiceNow,
Zendesk, Jira Service Management), who types the way those taught them: "raise an incident",
"log a service request", "check the status of ticket 3042" (ids written as 3042, ticket 3042 or
#3042, never with an INC prefix), "update my ticket 3042: ..." (a note), "escalate" (the admin's
team or priority change; an employee asking it is refused), "close my request" (resolve),
"I need help with ...", "request access to ...". Alongside these, ordinary problems, reads,
own lists with date phrases, notes, resolves (some with "a visible note summarising the fix"),
reopens, star ratings, how-to questions, refusals, candidates, and the admin's updates and
directory look-ups. Every case has exactly one fair reading; "open ticket N" is avoided for
closed tickets (it could mean reopen).

Mix (260 cases): ~27 % new problems (55 employee, 10 admin for a customer and site in one
phrase, 4 for a named user), ~9 % reads (17 single, 6 several ids), ~7 % own lists (17, many
with dates), ~9 % notes (23), ~5 % resolve (12), ~4 % reopen (10), ~3 % rate (7), ~8 % how-to
(20), ~10 % refused (27), ~4 % candidates (10), ~16 % admin updates and look-ups (17 updates,
16 look-ups, 3 team members, 2 customer ticket lists, 4 customer-filtered look-ups).

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
  "Asset warranty expiry"), appointments, invoices."""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto
team_members, customer_tickets = book.team_members, book.customer_tickets

# --- New problems: employees (incidents and service requests) ---
create(
    "emma",
    "I'd like to raise an incident: my keyboard has stopped typing the letters E and R",
    "keyboard",
)
create(
    "emma",
    "raise an incident - my laptop docking station isn't charging the laptop anymore",
    "docking",
)
create(
    "emma",
    "Log a service request for a new headset, the mic on mine crackles on every call",
    "headset",
)
create("emma", "I need help with my mouse, the scroll wheel jumps all over the place", "mouse")
create("emma", "request access to the HR shared drive please, I've moved into the HR team", "HR")
create(
    "emma",
    "I'd like to log a service request for Adobe Acrobat Pro to be installed on my laptop",
    "Acrobat",
)
create("emma", "Raise an incident: Excel crashes every time I open the budget spreadsheet", "Excel")
create(
    "emma",
    "i need help with my phone, the desk phone shows 'no service' since this morning",
    "phone",
)
create(
    "emma",
    "Please log an incident - my laptop battery drains from full to zero in about an hour",
    "battery",
)
create(
    "emma",
    "request access to the Salesforce reporting dashboards for the marketing team",
    "Salesforce",
)
create(
    "emma",
    "Raise a ticket: the kitchen TV that shows the office dashboards is just a black screen",
    "TV",
)
create(
    "emma",
    "I need help with the Zoom add-in, it vanished from my calendar after the update",
    "Zoom",
)
create("emma", "log a service request: I need a laptop bag, the strap on mine broke", "bag")
create(
    "emma",
    "Incident: my laptop won't wake up from sleep, I have to hold the power button every time",
    "sleep",
)
create(
    "emma",
    "Can you raise an incident for me? OneDrive says 'sync paused' and won't resume",
    "OneDrive",
)
create("emma", "request access to the Jira project for the website redesign", "Jira")
create("emma", "I need help with my USB-C adapter, nothing plugged into it is detected", "adapter")
create(
    "emma",
    "Raise an incident, the sound on my laptop is gone, no audio through the speakers or headphones",
    "audio",
)
create(
    "emma", "log a new request: I need my email signature updated to my new job title", "signature"
)
create(
    "emma",
    "New incident please - the badge reader on the 3rd floor door doesn't accept my card",
    "badge",
)
create(
    "emma",
    "My Windows keeps showing a blue screen when I unplug from the dock. Please raise an incident",
    "blue",
)
create("emma", "service request: can I get a licence for Visio?", "Visio")
create(
    "emma",
    "raise an incident — my laptop takes 15 minutes to boot and everything is really slow once it does",
    "slow",
)
create(
    "emma",
    "I need help with the calendar in my mailbox, meeting invites from externals never arrive",
    "invites",
)
create(
    "emma",
    "Please log a service request to add me to the all-staff distribution list",
    "distribution",
)
create(
    "emma",
    "Raise an incident: the touchpad on my laptop stopped responding, only an external mouse works",
    "touchpad",
)
create("emma", "request access to the finance expenses app, Concur", "Concur")
create(
    "emma",
    "Hi, I need help with my laptop, the charger port is loose and it only charges at an angle",
    "charger",
)
create(
    "emma",
    "raise an incident, the office Wi-Fi on the 4th floor keeps dropping my laptop off",
    "Wi-Fi",
)
create("emma", "log a service request for a standing desk assessment", "desk")
create("liam", "Raise an incident: the projector in the boardroom won't pick up HDMI", "projector")
create("liam", "log a service request for a second docking station for my home office", "docking")
create(
    "liam",
    "I need help with the label printer in the warehouse office, it prints blank labels",
    "label",
)
create(
    "liam",
    "Please raise an incident, my laptop screen flickers when I open the lid past 90 degrees",
    "screen",
)
create("liam", "request access to the Power BI workspace for regional sales", "Power BI")
create(
    "liam",
    "raise an incident - the shared team calendar is showing everyone's meetings an hour late",
    "calendar",
)
create("liam", "Log a service request: I need a mobile phone for my new team lead role", "phone")
create(
    "liam",
    "I need help with Excel macros, the ones in our forecast workbook are blocked now",
    "macros",
)
create(
    "liam",
    "Raise an incident: my laptop keyboard backlight is stuck on full brightness",
    "backlight",
)
create(
    "liam", "log an incident, the conference phone in room 4 has a loud echo on every call", "echo"
)
create(
    "liam",
    "request access to the procurement folder on the file server for me and my deputy",
    "procurement",
)
create("liam", "Service request please: replace the broken chair at desk 14 in my area", "chair")
create("liam", "Raise an incident — Outlook crashes when I open a shared mailbox", "mailbox")
create("liam", "I need help with my VoIP softphone, it logs me out every few minutes", "softphone")
create("liam", "log a service request for an extra 1TB of storage on my OneDrive", "storage")
create(
    "liam",
    "raise an incident: the scanner on the 1st floor copier won't send scans to email",
    "scanner",
)
create(
    "liam",
    "I need help with the expenses app on my phone, it won't load past the login screen",
    "expenses",
)
create("emma", "I need help with Word, it freezes whenever I insert a table", "Word")
create(
    "emma",
    "raise an incident: the timesheet system shows error 500 when I submit my hours",
    "timesheet",
)
create("emma", "log a service request for a privacy screen filter for my laptop", "privacy")
create(
    "emma", "Raise an incident: the room booking panel outside meeting room 6 is frozen", "booking"
)
create("liam", "log a service request for Adobe Photoshop for the designer in my team", "Photoshop")
create("liam", "Raise an incident — my laptop won't detect my external hard drive", "drive")
create("liam", "I need help with the CRM, edits to client records won't save", "CRM")
create(
    "liam",
    "raise an incident: the printer in the sales area prints everything in grey even in colour mode",
    "printer",
)

# --- New problems: admin for a customer and site in one phrase ---
create(
    "admin",
    "Raise an incident for Globex at Springfield Campus: the badge reader at reception is dead",
    "badge",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "log a service request for Initech Austin Branch - they need 3 new laptops for new hires",
    "laptops",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "New incident for Umbrella Health, Laboratory site: the sample fridge temperature sensor is offline",
    "sensor",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Raise an incident for Stark Logistics at the Fleet Depot, the vehicle tracking server is unreachable",
    "tracking",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "log an incident for Wayne Foundation at the Gotham Office: their internet line is down",
    "internet",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Raise an incident for Acme Warehouse: the handheld scanners can't connect to the stock system",
    "scanners",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Log a service request for Umbrella Health Head Office, they want a new conference room display installed",
    "display",
    client_id=23,
    site_id=53,
)
create(
    "admin",
    "raise an incident for Globex Cypress Creek - the main file server is out of disk space",
    "disk",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "New service request for Initech's Main Office: set up a guest network for visitors",
    "guest",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Raise an incident for Stark Logistics, Distribution Centre: the loading bay label printer is jammed",
    "printer",
    client_id=27,
    site_id=61,
)

# --- New problems: admin for a named user ---
create(
    "admin",
    "Raise an incident on behalf of Hank Scorpio: his laptop won't boot past the logo",
    "boot",
    user_id=302,
)
create(
    "admin",
    "log a service request for Joanna Baker, she needs Visio installed",
    "Visio",
    user_id=404,
)
create(
    "admin",
    "Raise an incident for Pepper Potts: her phone isn't receiving company email",
    "email",
    user_id=601,
)
create(
    "admin",
    "log a ticket for Mia Chen - her access badge hasn't been activated yet",
    "badge",
    user_id=206,
)

# --- Reads ---
get("emma", "check the status of ticket 3042", 3042)
get("emma", "What's the status of my request 3089?", 3089)
get("emma", "show me #3115", 3115)
get("emma", "can you pull up ticket 3131 for me", 3131)
get("emma", "view request 3067", 3067)
get("emma", "I'd like to check the progress on 3089", 3089)
get("emma", "any update on ticket 3150?", 3150)
get("liam", "check the status of ticket 3120", 3120)
get("liam", "status of #3076 please", 3076)
get("liam", "pull up ticket 3121 so I can see what was done", 3121)
get("liam", "where is my request 3076 at?", 3076)
get("admin", "check the status of ticket 3101", 3101)
get("admin", "show me #3055", 3055)
get("admin", "pull up 3160", 3160)
get("admin", "view incident 3140 details", 3140)
get("admin", "show me ticket 789", 789)
get("admin", "check the status of ticket 3121", 3121)
listing("emma", "check the status of tickets 3042 and 3089", [3042, 3089])
listing("emma", "show me 3115, 3131 and 3089", [3089, 3115, 3131])
listing("liam", "what's the status of 3120 and 3076?", [3076, 3120])
listing("admin", "show tickets 3055 and 3099", [3055, 3099])
listing("admin", "pull up #3110, #3140 and #3030", [3030, 3110, 3140])
listing("emma", "view 3005 and 3018 please", [3005, 3018])

# --- Own lists ---
listing("emma", "show my open tickets")
listing("emma", "list all my requests")
listing("emma", "what incidents have I raised this month?")
listing("emma", "my tickets since Monday")
listing("emma", "show the requests I logged in the last 7 days")
listing("emma", "list my closed tickets")
listing("emma", "what have I got open with the service desk right now?")
listing("emma", "show me everything I raised since 1 March")
listing("liam", "list my tickets")
listing("liam", "show my open service requests")
listing("liam", "what did I log last week?")
listing("liam", "my incidents from the past 30 days")
listing("liam", "view all my requests since January")
listing("emma", "check the status of all my tickets")
listing("liam", "show my tickets raised today")
listing("emma", "list the requests I've logged this year")
listing("liam", "what's the status of my open requests?")

# --- Notes ---
note("emma", "update my ticket 3042: it's still dropping every hour or so", 3042, "dropping")
note("emma", "add a note to 3089 saying my manager Liam has approved the access", 3089, "approved")
note(
    "emma",
    "Update ticket 3115 - the prompt came back again this morning after the restart",
    3115,
    "restart",
)
note("emma", "please add to #3131 that I'm happy with any 24 inch model", 3131, "24")
note(
    "emma",
    "add a comment on ticket 3042: I'm in the office all day Thursday if you want to look at it",
    3042,
    "Thursday",
)
note("emma", "update my request 3089 with the cost code FIN-204", 3089, "FIN-204")
note(
    "emma",
    "Add a note to 3115: the error says 'credentials required' every time",
    3115,
    "credentials",
)
note("emma", "update ticket 3131 - my desk number is 3.14", 3131, "3.14")
note("liam", "update my ticket 3120: the fan got louder after the Windows update", 3120, "louder")
note("liam", "add a note to 3076 saying Mia's start date moved to the 14th", 3076, "14th")
note("liam", "Add to #3120 that I can drop the laptop at the desk on Friday", 3120, "Friday")
note("liam", "update request 3076: she also needs access to the sales shared drive", 3076, "sales")
note(
    "liam",
    "add a comment to ticket 3120 - it shuts itself down during video calls now",
    3120,
    "shuts",
)
note(
    "admin",
    "add a note to 3101: waiting on the replacement part from the supplier",
    3101,
    "supplier",
)
note(
    "admin",
    "update ticket 3055 with a note that the engineer is booked for Tuesday",
    3055,
    "Tuesday",
)
note(
    "admin",
    "Add an internal note to #3099: customer confirmed the issue is still happening",
    3099,
    "confirmed",
)
note("admin", "add a note on 3160 asking Samir to try the fix and report back", 3160, "Samir")
note("admin", "note on 3110: called Olivia, no answer, will try again after lunch", 3110, "lunch")
note("admin", "add a comment to ticket 3140 that the licence has been ordered", 3140, "licence")
note(
    "emma",
    "please update ticket 3042 with this: the disconnects only happen on my home broadband, not on my phone hotspot",
    3042,
    "hotspot",
)
note("emma", "add a note to my request 3089 - I only need read access", 3089, "read")
note("liam", "Update #3076 to say the laptop should go to the HQ reception", 3076, "reception")
note(
    "liam",
    "Add a note to ticket 3120: the serial number is on the sticker under the laptop",
    3120,
    "serial",
)

# --- Resolve ---
resolve("emma", "close my request 3089, I don't need it any more", 3089)
resolve("emma", "resolve ticket 3042, it's been fine all week", 3042)
resolve("emma", "please close #3131, I got a monitor from a colleague", 3131)
resolve("emma", "Resolve 3115 and add a visible note summarising the fix", 3115)
resolve("liam", "close my ticket 3120, the fan was cleaned and it's quiet now", 3120)
resolve("liam", "resolve #3076, Mia is all set up", 3076)
resolve("admin", "resolve 3101 and add a visible note summarising the fix", 3101)
resolve("admin", "close ticket 3160, Samir confirmed it works", 3160)
resolve("admin", "Resolve #3110 with a visible note summarising what we did", 3110)
resolve("admin", "mark 3055 as resolved", 3055)
resolve("emma", "you can close ticket 3042 now, the issue has gone away", 3042)
resolve("admin", "resolve ticket 3140", 3140)

# --- Reopen ---
reopen("emma", "reopen ticket 3067, the printer is jamming again", 3067)
reopen(
    "emma", "please reopen my request 3018, the VPN client disappeared again after the update", 3018
)
reopen("emma", "Reopen #3005 - my new password stopped working", 3005)
reopen("liam", "reopen 3121, the Wi-Fi in room 2 is dropping again", 3121)
reopen("emma", "the jam on ticket 3067 is back, can you reopen it?", 3067)
reopen("admin", "reopen ticket 3030", 3030)
reopen("admin", "reopen #789, the customer says the fault has returned", 789)
reopen("liam", "I need ticket 3121 reopened, it's not fixed", 3121)
reopen("emma", "reopen request 3018", 3018)
reopen("admin", "reopen 3121, Liam says the drops are back", 3121)

# --- Rate ---
rate("emma", "rate ticket 3067 5 stars", 3067, 5)
rate("emma", "I'd give #3005 a 4 out of 5", 3005, 4)
rate("emma", "rate my request 3018 3/5, it took a while", 3018, 3)
rate("emma", "leave a 2 star rating on 3067", 3067, 2)
rate("emma", "feedback for ticket 3005: 5 out of 5, great service", 3005, 5)
rate("emma", "score 3018 as 4 stars", 3018, 4)
rate("emma", "rate 3067 one star, it broke again two days later", 3067, 1)

# --- How-to (knowledge base) ---
howto("emma", "how do I set up the Authenticator app on my new phone?", "Authenticator")
howto("emma", "is there a guide for mapping a network drive?", "drive")
howto("emma", "how do I connect to the VPN from home?", "VPN")
howto("emma", "How do I reset my own password without calling the service desk?", "password")
howto("emma", "is there a knowledge article on spotting phishing emails?", "phishing")
howto("emma", "how do I clear a paper jam?", "jam")
howto("liam", "how do I join the office Wi-Fi on a new phone?", "Wi-Fi")
howto("liam", "is there a new starter checklist I can follow for my team?", "checklist")
howto("liam", "how do I schedule a Teams meeting with external guests?", "Teams")
howto("liam", "how do I install Windows updates myself?", "updates")
howto("emma", "how do I request access to a SharePoint site?", "SharePoint")
howto("emma", "how do I stop Outlook asking for my password all the time?", "Outlook")
howto("liam", "is there a KB article about MFA?", "MFA")
howto("emma", "where can I find the how-to guides?")
howto("liam", "is there a guide for setting up VPN on a laptop?", "VPN")
howto("emma", "how do I report a phishing email?", "phishing")
howto("liam", "how do I map the shared drive on my laptop?", "drive")
howto("emma", "show me the knowledge base")
howto("liam", "how do I update Windows?", "Windows")
howto("admin", "search the knowledge base for phishing", "phishing")

# --- Refused at plan time ---
refused("emma", "check the status of ticket 3101")
refused("emma", "show me ticket 3999")
refused("emma", "add a note to #4242 saying I'm still waiting")
refused("emma", "close my request 3005")
refused("emma", "rate ticket 3115 5 stars")
refused("emma", "reopen ticket 3042")
refused("emma", "Please escalate ticket 3042 to Critical priority")
refused("emma", "reassign my incident 3115 to Chloe Martin")
refused("emma", "change the status of 3131 to In Progress")
refused("emma", "list all the agents")
refused("emma", "look up the Globex contracts")
refused("emma", "show me Liam's tickets")
refused("emma", "list every open incident in the company")
refused("emma", "update ticket 3160 with a note that it's urgent")
refused("emma", "resolve 3110")
refused("liam", "check the status of 3042")
refused("liam", "resolve ticket 3121")
refused("liam", "rate 3120 4 stars")
refused("liam", "reopen 3120")
refused("liam", "list all the customers")
refused("liam", "show all of Olivia Brown's tickets")
refused("liam", "set the priority of 3120 to High")
refused("liam", "show me ticket 4242")
refused("emma", "close ticket 3067")
refused("emma", "show all tickets for Initech")
refused("emma", "who's in the Network team?")
refused("admin", "check the status of ticket 4242")

# --- Candidates (reads of an ambiguous ticket) ---
candidates("emma", "check the status of my VPN ticket", "get_ticket")
candidates("emma", "what's the latest on my VPN incident?", "get_ticket")
candidates("emma", "show me my password ticket", "get_ticket")
candidates("emma", "any update on my password request?", "get_ticket")
candidates("emma", "bring up my VPN ticket please", "get_ticket")
candidates("emma", "pull up the ticket about my password", "get_ticket")
candidates("emma", "I'd like to check on my password incident", "get_ticket")
candidates("emma", "view my VPN request", "get_ticket")
candidates("emma", "status of the VPN one I logged?", "get_ticket")
candidates("emma", "where are we with my password ticket", "get_ticket")

# --- Admin updates ---
update("admin", "set the priority of 3101 to High", 3101, priority_id=2)
update("admin", "assign 3055 to Priya Sharma", 3055, agent_id=5)
update("admin", "move ticket 3099 to the Network team", 3099, team_id=12)
update("admin", "change the status of 3160 to With Supplier", 3160, status_id=5)
update("admin", "put #3110 on hold", 3110, status_id=28)
update("admin", "escalate 3140 to 2nd Line Support", 3140, team_id=6)
update("admin", "escalate ticket 3101 to Critical priority", 3101, priority_id=1)
update("admin", "reassign 3099 to Daniel Kim", 3099, agent_id=6)
update("admin", "set 3055 to Action Required", 3055, status_id=3)
update("admin", "lower the priority of #3140 to Low", 3140, priority_id=4)
update("admin", "assign ticket 3042 to Marcus Reid", 3042, agent_id=8)
update("admin", "move 3131 to the Field Services team", 3131, team_id=15)
update("admin", "change 3115 to Messaging team", 3115, team_id=11)
update("admin", "set ticket 3160 to In Progress", 3160, status_id=2)
update("admin", "update the priority on 3089 to Medium", 3089, priority_id=3)
update("admin", "give ticket 3120 to Tom Walsh", 3120, agent_id=11)
update(
    "admin",
    "set 3099 priority to High and assign it to James O'Connor",
    3099,
    priority_id=2,
    agent_id=4,
)

# --- Admin directory look-ups ---
lookup("admin", "list all agents", "agents")
lookup("admin", "find the customer Globex", "customers", "Globex")
lookup("admin", "look up user Hank Scorpio", "users", "Scorpio")
lookup("admin", "list the teams", "teams")
lookup("admin", "look up asset AC-2219", "assets", "AC-2219")
lookup("admin", "find the report on SLA compliance", "reports", "SLA")
lookup("admin", "list all statuses", "statuses")
lookup("admin", "what priorities are there?", "priorities")
lookup("admin", "show today's appointments", "appointments")
lookup("admin", "find the contract STARK-NETWORK", "contracts", "STARK-NETWORK")
lookup("admin", "list all customers", "customers")
lookup("admin", "search for agent Hannah Fischer", "agents", "Hannah")
lookup("admin", "look up the user Joanna Baker", "users", "Baker")
lookup("admin", "list the reports", "reports")
lookup("admin", "find the asset warranty expiry report", "reports", "warranty")
lookup("admin", "find the site Gotham Office", "sites", "Gotham")
book.customer_records("admin", "list the invoices for Stark Logistics", "invoices", 27)
team_members("admin", "who's in the Network team?", 12)
team_members("admin", "list the agents in 2nd Line Support", 6)
team_members("admin", "which agents are in the Service Desk team?", 2)
customer_tickets("admin", "show all tickets for Initech", 42)
customer_tickets("admin", "list Stark Logistics' tickets", 27)
book.add(
    "admin",
    "which sites does Stark Logistics have?",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 27}},
)
book.add(
    "admin",
    "show the contracts for Globex",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
book.add(
    "admin",
    "list the users at Umbrella Health",
    {"action": "lookup", "params": {"entity": "users", "client_id": 23}},
)
