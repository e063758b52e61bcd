"""Round 45: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box, each paired with the one action (and key ids) the portal should propose, or with a
refusal at plan time, or with candidate tickets where the ticket meant is ambiguous. Written
without reading the parser, its tests or earlier sets' cases (held out).

Style: a representative week of real traffic at a mid-sized company, sampled the way a careful
evaluator would: the phrasings office staff (Emma), a manager (Liam) and the portal admin (the
service desk for every customer) use most often. Each intent comes in several wordings: plain
commands, polite questions, terse fragments, statements of a problem with no request verb,
sentences with context before or after the ask, the ticket number at the start, middle or end,
a few typos and all-lowercase messages. Admin traffic: updates (status, priority, agent, team,
several at once), tickets for a customer and site or a named user, directory look-ups (teams
and who is in them, agents by name, customers, a customer's sites/contracts/users, reports,
assets) and one customer's tickets. No exotic phrasing.

Mix (252 cases): ~28 % new problems (58 employee, 9 admin for a customer and site, 3 admin for
a named user), ~9 % reads (one id, or several at once), ~7 % own lists (some with dates), ~9 %
notes, ~5 % resolve (some with a visible note summarising the fix), ~4 % reopen, ~3 % rate,
~8 % how-to (knowledge base), ~10 % refused at plan time, ~4 % candidates (Emma's "my VPN
ticket" / "my password ticket" reads), ~14 % admin updates (15) and look-ups (20, incl. team
members and customer ticket listings).

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

# --- New problems: Emma (off VPN, SharePoint, Outlook password, monitor, password, printer,
# Teams camera) ---
create("emma", "My keyboard has stopped working.", "keyboard")
create("emma", "Excel crashes every time I open the budget spreadsheet", "Excel")
create("emma", "Can you help? My laptop battery only lasts about an hour now.", "battery")
create("emma", "the scanner by reception won't send scans to my email", "scanner")
create("emma", "headset mic not working on calls", "headset")
create("emma", "I need Adobe Acrobat installed please", "Acrobat")
create("emma", "My docking station isn't charging my laptop any more.", "docking")
create("emma", "mouse is really laggy, can someone take a look", "mouse")
create("emma", "The S: drive has disappeared from my computer since yesterday.", "drive")
create("emma", "My desk phone has no dial tone", "phone")
create(
    "emma",
    "I can't log in to the expenses system, it says my account is not recognised.",
    "expenses",
)
create("emma", "laptop screen flickers when I move the lid", "screen")
create("emma", "Word keeps freezing when I try to save documents", "Word")
create(
    "emma",
    "I clicked a link in a dodgy email before I realised it was phishing. "
    "Could someone check my laptop please?",
    "phishing",
)
create("emma", "The projector in the 3rd floor meeting room shows no signal", "projector")
create(
    "emma",
    "Could I get a replacement charger for my laptop? The cable on mine is frayed.",
    "charger",
)
create("emma", "zoom won't let me share my screen", "Zoom")
create("emma", "hi, my calendar isn't syncing to my phone", "calendar")
create("emma", "The payroll app gives an error 500 when I open my payslip.", "payroll")
create("emma", "I need access to the HR folder on the file server for the audit next week.", "HR")
create("emma", "none of the USB ports on my laptop work", "USB")
create(
    "emma",
    "My computer has been really slow since this morning, everything takes minutes to open.",
    "slow",
)
create("emma", "no sound from my laptop speakers", "sound")
create("emma", "The Wi-Fi keeps dropping at my desk on the 4th floor.", "Wi-Fi")
create("emma", "Please set up an email distribution list for the marketing team.", "distribution")
create("emma", "Our Salesforce licence has expired and I can't log in", "Salesforce")
create("emma", "chrome keeps crashing on startup", "Chrome")
create(
    "emma", "I'd like to report a problem: my headphones jack is loose and cuts out.", "headphone"
)
create("emma", "Can someone install the Xero app on my laptop? My manager has approved it.", "Xero")
create("emma", "the label maker in the post room won't print anything", "label")

# --- New problems: Liam (off laptop fan, Wi-Fi in meeting room 2, new starter Mia) ---
create("liam", "The projector in the boardroom won't turn on", "projector")
create("liam", "Need Visio installed on my machine please", "Visio")
create("liam", "My mobile phone has stopped syncing email", "phone")
create("liam", "The team's shared calendar isn't showing in Outlook.", "calendar")
create("liam", "the printer in the finance office is printing blank pages", "printer")
create("liam", "I can't open the sales dashboard in Power BI, it just spins.", "dashboard")
create("liam", "docking station at hot desk 14 is dead", "docking")
create("liam", "My headset crackles whenever I'm on a call.", "headset")
create("liam", "Teams meetings in the boardroom have a bad echo", "echo")
create("liam", "The conference phone in room 5 has no sound", "phone")
create("liam", "Please create a shared mailbox for sales enquiries.", "mailbox")
create("liam", "Since last night's update nobody in my team can open the CRM.", "CRM")
create("liam", "a couple of keys on my keyboard are sticking", "keyboard")
create("liam", "The badge reader at the side entrance isn't reading cards.", "badge")
create("liam", "I need access to the Finance drive to prepare the budgets.", "Finance")
create("liam", "excel macros are disabled after the update", "macros")
create("liam", "My desk phone keeps dropping calls after a few minutes", "phone")
create("liam", "The TV screen in reception is blank this morning.", "screen")
create("liam", "Could I get a new mouse? The scroll wheel on mine is broken.", "mouse")
create("liam", "The expenses app keeps logging me out before I can submit anything.", "expenses")
create("liam", "adobe keeps asking me to sign in for a licence", "Adobe")
create("liam", "The file share is very slow today for the whole team", "slow")
create("liam", "My tablet won't charge", "tablet")
create("liam", "I'm getting spam emails every few minutes, can you block them?", "spam")
create("liam", "the scanner on the 1st floor jams on every page", "scanner")
create("liam", "The softphone app won't install on my mobile.", "softphone")
create(
    "liam",
    "We need a larger screen for the sales team's meeting room, ours is too small to read.",
    "screen",
)
create(
    "liam",
    "Hi, the shared printer in our area says toner low but the new cartridge isn't recognised",
    "toner",
)

# --- New problems: admin, for a customer and site in one phrase ---
create(
    "admin",
    "Log a ticket for Globex at Springfield Campus: their main printer is offline.",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "new ticket for Initech Austin Branch - internet down since 9am",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health, Laboratory site: the lab PC won't boot",
    "boot",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot need a new label printer set up",
    "label",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Raise a ticket for Wayne Foundation at the Gotham Office, email isn't sending.",
    "email",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Can you create a ticket for Acme Warehouse? The barcode scanners won't connect.",
    "scanner",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Initech Main Office report that their file server is full",
    "server",
    client_id=42,
    site_id=101,
)
create(
    "admin", "ticket for globex cypress creek: phones are down", "phone", client_id=17, site_id=44
)
create(
    "admin",
    "Umbrella Health Raccoon City Clinic - the reception PC is showing a virus warning",
    "virus",
    client_id=23,
    site_id=51,
)

# --- New problems: admin, for a named user ---
create("admin", "Open a ticket for Hank Scorpio: his laptop won't boot.", "laptop", user_id=302)
create(
    "admin",
    "Joanna Baker can't get into the accounting software, please log it for her",
    "accounting",
    user_id=404,
)
create(
    "admin",
    "new ticket on behalf of Pepper Potts - her mobile isn't getting email",
    "mobile",
    user_id=601,
)

# --- Reads ---
get("emma", "What's the status of 3042?", 3042)
get("emma", "show me ticket 3089", 3089)
get("emma", "any update on 3131?", 3131)
get("emma", "3115 - where are we with this?", 3115)
get("emma", "Can you pull up 3067 for me?", 3067)
get("emma", "details of 3005 please", 3005)
get("emma", "whats happening with 3089", 3089)
get("emma", "Can you check on my second monitor request? It's 3131.", 3131)
get("emma", "3089 status", 3089)
listing("emma", "Could you show me 3131 and 3089?", [3089, 3131])
listing("emma", "show 3042, 3115 and 3131", [3042, 3115, 3131])
get("liam", "Status of 3120?", 3120)
get("liam", "show me 3076", 3076)
get("liam", "Any news on ticket 3120?", 3120)
get("liam", "I'd like to view 3121 please", 3121)
get("liam", "has anyone looked at my ticket 3120 yet", 3120)
listing("liam", "I'd like to see 3076 and 3120", [3076, 3120])
get("admin", "show ticket 3101", 3101)
get("admin", "pull up 3055", 3055)
get("admin", "What's going on with 3160?", 3160)
get("admin", "Show me 3110 please.", 3110)
listing("admin", "details for 3099 and 3055", [3055, 3099])

# --- Own lists ---
listing("emma", "show my tickets")
listing("emma", "What tickets do I have open?")
listing("emma", "my tickets")
listing("emma", "Can you list all my requests?")
listing("emma", "What have I raised since Monday?")
listing("emma", "tickets I logged this month")
listing("emma", "anything of mine still open?")
listing("emma", "do i have any open tickets")
listing("emma", "Please show me everything I've reported this week.")
listing("emma", "my requests from last week")
listing("liam", "List my tickets")
listing("liam", "what have I logged since last Friday?")
listing("liam", "Show me everything I've raised.")
listing("liam", "my open requests please")
listing("liam", "my tickets from the last 30 days")
listing("liam", "Which of my tickets are still open?")
listing("liam", "tickets i raised in january")
listing("liam", "Could you show me my tickets?")

# --- Notes ---
note("emma", "Add a note to 3042: it dropped again at 10am today.", 3042, "dropped")
note(
    "emma",
    "Please add to ticket 3089 that my manager Liam has approved the access.",
    3089,
    "approved",
)
note("emma", "3115 note: it happens on my phone too", 3115, "phone")
note("emma", "for 3131 - a 24 inch screen would be fine", 3131, "inch")
note(
    "emma",
    "Can you let them know on 3042 that I'm in the office all day Thursday?",
    3042,
    "Thursday",
)
note("emma", "update 3089 with: I only need read access", 3089, "read")
note(
    "emma",
    "Tell the engineer on ticket 3115 that I restarted my laptop and it's still happening.",
    3115,
    "restarted",
)
note("emma", "note on 3131 please - my desk is G14", 3131, "G14")
note("emma", "i tried the fix on 3042 but no luck, pls add that to the ticket", 3042, "fix")
note(
    "emma",
    "Add a comment to 3089: the deadline for this is the end of the month.",
    3089,
    "deadline",
)
note("emma", "On 3131, can you add that I work from home on Mondays?", 3131, "Mondays")
note("liam", "add a note to 3120 - it's getting louder", 3120, "louder")
note("liam", "3076: Mia's start date has moved to the 14th, please note that", 3076, "14th")
note("liam", "Please note on 3120 that I can bring the laptop in on Friday.", 3120, "Friday")
note(
    "liam",
    "Can you add to my ticket 3076 that she needs Salesforce access too?",
    3076,
    "Salesforce",
)
note("liam", "comment on 3120: happens mostly in the afternoon", 3120, "afternoon")
note("liam", "Note for 3076 - her desk will be next to mine, D12.", 3076, "D12")
note("admin", "Add a note to 3101: waiting on parts from Dell.", 3101, "Dell")
note("admin", "note on 3055 that the replacement has been shipped", 3055, "shipped")
note("admin", "Put an internal note on 3160: called the user, no answer.", 3160, "called")
note("admin", "3099 add note - left a voicemail for the contact", 3099, "voicemail")
note("emma", "Just to add to 3115 - the prompt comes back every 5 minutes.", 3115, "minutes")

# --- Resolve ---
resolve("emma", "Resolve 3042, it's working again.", 3042)
resolve("emma", "You can close 3089, I've got access now.", 3089)
resolve("emma", "3115 is fixed, please resolve it", 3115)
resolve("emma", "i dont need 3131 anymore, close it please", 3131)
resolve(
    "emma",
    "Resolve 3115 and add a visible note summarising the fix: the cached password was cleared.",
    3115,
)
resolve(
    "emma",
    "Please mark ticket 3089 as resolved and add a visible note saying Finance granted the access.",
    3089,
)
resolve("liam", "close 3120, the new fan sorted it", 3120)
resolve("liam", "Please resolve 3076, Mia is all set up now.", 3076)
resolve("liam", "3120 can be resolved", 3120)
resolve(
    "liam",
    "Resolve 3120 and add a visible note summarising the fix (fan replaced under warranty).",
    3120,
)
resolve("admin", "resolve 3101", 3101)
resolve(
    "admin", "Resolve 3160 with a visible note: user confirmed it works after the update.", 3160
)

# --- Reopen ---
reopen("emma", "Reopen 3067, the printer is jamming again.", 3067)
reopen("emma", "3018 - the VPN client has vanished again after the update, please reopen", 3018)
reopen("emma", "Can you reopen ticket 3005? I'm locked out again.", 3005)
reopen("emma", "please reopen 3067", 3067)
reopen("emma", "The issue in 3018 is back. Reopen it please.", 3018)
reopen("emma", "reopn 3005 pls", 3005)
reopen("liam", "reopen 3121, the wifi is dropping again in meeting room 2", 3121)
reopen("liam", "Could you reopen 3121? It's happening again.", 3121)
reopen("liam", "3121 needs reopening", 3121)
reopen("admin", "reopen 3030", 3030)

# --- Rate ---
rate("emma", "rate 3067 5 stars", 3067, 5)
rate("emma", "I'd give 3005 a 4 out of 5.", 3005, 4)
rate("emma", "3018: 3/5, took a while", 3018, 3)
rate("emma", "Rate ticket 3067 two stars", 3067, 2)
rate("emma", "Can I rate 3005? 5 out of 5, that was really quick.", 3005, 5)
rate("emma", "give 3018 five stars", 3018, 5)
rate("emma", "4 stars for 3067 please", 3067, 4)
rate("emma", "Rating for 3005: 1 star, it took over a week.", 3005, 1)

# --- How-to (knowledge base) ---
howto("emma", "How do I connect to the VPN from home?", "VPN")
howto("emma", "how do i reset my password myself", "password")
howto("emma", "Is there a guide for setting up the Authenticator app?", "Authenticator")
howto("emma", "how do I map a network drive", "drive")
howto("emma", "How do I spot a phishing email?", "phishing")
howto("emma", "how to clear a paper jam", "jam")
howto("emma", "How do I get access to a SharePoint site?", "SharePoint")
howto("emma", "Is there an article on installing Windows updates?", "update")
howto("emma", "how do I connect to the office Wi-Fi?", "Wi-Fi")
howto("emma", "How do I add an email signature?", "signature")
howto("emma", "Is there a guide on how to stop Outlook asking for my password all the time?")
howto("liam", "How do I join a Teams meeting from my phone?", "Teams")
howto("liam", "Is there a checklist for new starters?")
howto("liam", "how do I set up MFA on a new phone", "MFA")
howto("liam", "how to share my screen in a Teams meeting", "Teams")
howto("liam", "guide for connecting to vpn?", "vpn")
howto("liam", "How do I report a phishing email?", "phishing")
howto("liam", "how do i map the shared drive on my laptop", "drive")
howto("admin", "Is there a KB article on mapping network drives?", "drive")
howto("admin", "find the knowledge base article about phishing", "phishing")

# --- Refused at plan time ---
refused("emma", "show me ticket 3101")
refused("emma", "What's the status of 3110?")
refused("emma", "Add a note to 3140: I have the same problem.")
refused("emma", "show me 4242")
refused("emma", "Change the priority of 3042 to high.")
refused("emma", "assign 3089 to Chloe Martin please")
refused("emma", "list all agents")
refused("emma", "Show me Liam's tickets.")
refused("emma", "resolve 3067")
refused("emma", "rate 3042 5 stars")
refused("emma", "Please reopen 3115.")
refused("emma", "What contracts does Acme have?")
refused("emma", "show all tickets for the company")
refused("emma", "note on 3999: still broken")
refused("emma", "details of 3076")
refused("liam", "Show me Emma's tickets.")
refused("liam", "set 3120 to high priority")
refused("liam", "Assign my ticket 3120 to Marcus Reid.")
refused("liam", "show me 3042")
refused("liam", "resolve 3121")
refused("liam", "reopen 3120")
refused("liam", "rate 3120 4 stars")
refused("liam", "list all customers")
refused("liam", "What's happening with ticket 4242?")
refused("admin", "show ticket 3999")

# --- Candidates (Emma's two VPN tickets 3018/3042, two password tickets 3005/3115) ---
candidates("emma", "What's the status of my VPN ticket?", "get_ticket")
candidates("emma", "any update on my vpn ticket", "get_ticket")
candidates("emma", "show me my password ticket", "get_ticket")
candidates("emma", "Where are we with the password ticket?", "get_ticket")
candidates("emma", "Can you pull up my VPN ticket please?", "get_ticket")
candidates("emma", "my VPN ticket - any news?", "get_ticket")
candidates("emma", "check my password ticket", "get_ticket")
candidates("emma", "details of my vpn ticket pls", "get_ticket")
candidates("emma", "Has anyone looked at my password ticket yet?", "get_ticket")
candidates("emma", "I'd like to see my VPN ticket.", "get_ticket")

# --- Admin updates ---
update("admin", "set 3101 to in progress", 3101, status_id=2)
update("admin", "3055 priority high please", 3055, priority_id=2)
update("admin", "Assign 3099 to Priya.", 3099, agent_id=5)
update("admin", "move 3110 to the Network team", 3110, team_id=12)
update(
    "admin", "3140: assign to Daniel Kim and make it high priority", 3140, agent_id=6, priority_id=2
)
update("admin", "Can you put 3160 on hold?", 3160, status_id=28)
update("admin", "Change the priority of ticket 3042 to critical.", 3042, priority_id=1)
update("admin", "give 3120 to Hannah Fischer", 3120, agent_id=9)
update(
    "admin",
    "3089 should go to the Messaging team, medium priority",
    3089,
    team_id=11,
    priority_id=3,
)
update("admin", "mark 3131 as with supplier", 3131, status_id=5)
update("admin", "Please reassign 3055 to Tom Walsh.", 3055, agent_id=11)
update("admin", "lower the priority on 3101 to low", 3101, priority_id=4)
update("admin", "3099 - status action required, assign to James", 3099, status_id=3, agent_id=4)
update("admin", "Route ticket 3140 to 2nd Line Support.", 3140, team_id=6)
update(
    "admin",
    "set ticket 3115 to pending closure and assign it to Chloe Martin",
    3115,
    status_id=25,
    agent_id=7,
)

# --- Admin look-ups ---
lookup("admin", "list the teams", "teams")
lookup("admin", "What teams do we have?", "teams")
team_members("admin", "Who's in the Network team?", 12)
team_members("admin", "members of 2nd line support", 6)
team_members("admin", "Which agents are on the Service Desk team?", 2)
team_members("admin", "list the agents in field services", 15)
team_members("admin", "who is in 1st line", 5)
lookup("admin", "find agent Priya", "agents", "Priya")
lookup("admin", "Find the agent called Tom Walsh.", "agents", "Walsh")
lookup("admin", "list customers", "customers")
lookup("admin", "find customer Umbrella", "customers", "Umbrella")
book.add(
    "admin",
    "Which sites does Stark Logistics have?",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 27}},
)
book.add(
    "admin",
    "show Globex contracts",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
book.add(
    "admin",
    "List the users at Initech.",
    {"action": "lookup", "params": {"entity": "users", "client_id": 42}},
)
lookup("admin", "what reports are available?", "reports")
lookup("admin", "run the SLA compliance report", "reports", "SLA")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
customer_tickets("admin", "Show all tickets for Initech.", 42)
customer_tickets("admin", "globex tickets please", 17)
customer_tickets("admin", "What tickets does Umbrella Health have?", 23)
