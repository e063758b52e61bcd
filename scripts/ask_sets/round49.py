"""Round 49: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: first-time users of the Ask box who do not know what it can do. Employees and a new
portal admin trying it out, so many requests are phrased as questions about the portal itself
turned into real asks ("can you show me my tickets?", "can this thing open a ticket for my
broken mouse?", "are you able to close 3042 for me?", "is it possible to..."), some as plain
problem statements with no verb for the box at all ("my keyboard is missing the E key"), some
as instructions to a person ("hi, could someone look at my laptop, it won't charge", "tell
whoever has 3115 that..."), plus the ordinary mix of reads, own lists with dates, notes,
resolves (some with a visible note summarising the fix), reopens, star ratings, how-to
questions, refusals, candidates (reads only) and admin updates and directory look-ups. Each case
is kept to one fair reading; Emma's and Liam's new problems stay off their own tickets' topics.

Mix: ~28 % new problems (incl. 10 admin tickets for a customer and site in one phrase and 4 for a
named user), ~9 % reads (one or several ids), ~7 % own lists (some with dates), ~9 % notes, ~5 %
resolve, ~4 % reopen, ~3 % rate, ~8 % how-to, ~10 % refused, ~4 % candidates, ~13 % admin
updates and look-ups.

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

# --- New problems: Emma (off VPN, SharePoint, Outlook password, second monitor, password
# reset, 2nd-floor printer, Teams camera) ---
create("emma", "can this thing open a ticket for my broken mouse?", "mouse")
create("emma", "hi, could someone look at my laptop, it won't charge", "charge")
create("emma", "my keyboard is missing the E key", "keyboard")
create("emma", "can you log a ticket? Excel crashes every time I open the budget file", "Excel")
create("emma", "my headset mic isn't picking me up on calls, people can't hear me", "headset")
create("emma", "is it possible to get Adobe Acrobat installed on my PC?", "Acrobat")
create(
    "emma", "my docking station stopped working, none of the USB ports on it do anything", "docking"
)
create("emma", "Hello, I need a new phone charger, mine has frayed", "charger")
create("emma", "the scanner next to reception doesn't email the scans anymore", "scanner")
create("emma", "could someone fix my desk phone please? there's no dial tone", "phone")
create("emma", "my laptop screen keeps flickering", "screen")
create(
    "emma",
    "I got a weird email asking for my bank details, I think it's phishing, can you report it?",
    "phishing",
)
create("emma", "does this raise tickets? OneDrive isn't syncing my files", "OneDrive")
create("emma", "the HR system shows error 500 whenever I submit my timesheet", "timesheet")
create("emma", "my laptop battery looks swollen, the case is bulging", "battery")
create("emma", "Zoom won't install on my machine, it fails halfway", "Zoom")
create("emma", "please can I have access to the Marketing shared drive?", "Marketing")
create("emma", "my computer has been really slow since this morning", "slow")
create("emma", "my USB stick isn't recognised by my PC", "USB")
create("emma", "can you create a request for a new laptop bag? the strap broke", "bag")
create("emma", "my calendar invites aren't showing up on my work phone", "calendar")
create("emma", "hi is anyone there? the projector in the boardroom won't turn on", "projector")
create("emma", "my Bluetooth earbuds won't pair with my laptop", "Bluetooth")
create("emma", "my laptop's trackpad stopped working after the update", "trackpad")
create("emma", "the expenses system says my licence has expired and won't let me log in", "licence")
create("emma", "the display screen in the kitchen is showing the wrong date", "kitchen")
create("emma", "Word keeps crashing when I paste images into documents", "Word")
create("emma", "I'd like to ask IT for a wireless keyboard and mouse set", "wireless")
create("emma", "Chrome keeps closing by itself every few minutes", "Chrome")
create("emma", "the smartboard in training room B doesn't respond to touch", "smartboard")
create("emma", "could someone help, my screen went black and won't wake up", "black")

# --- New problems: Liam (off laptop fan/overheating, Wi-Fi in meeting room 2, new starter Mia) ---
create("liam", "can this open a ticket for me? my mobile won't get work email", "email")
create("liam", "the shared printer in Finance prints blank pages", "blank")
create("liam", "hi, could someone help? my keyboard's spacebar is stuck", "spacebar")
create("liam", "the Power BI dashboard for sales won't refresh", "dashboard")
create("liam", "is it possible to get Visio installed for me?", "Visio")
create("liam", "the TV in the boardroom shows nothing when I plug in the HDMI", "HDMI")
create("liam", "my team can't open the Sales folder on the file server since yesterday", "Sales")
create("liam", "the conference phone in meeting room 4 crackles on every call", "phone")
create("liam", "I'm locked out of Salesforce", "Salesforce")
create("liam", "my mouse scroll wheel doesn't work", "scroll")
create("liam", "the badge reader on the level 3 door won't let me in", "badge")
create("liam", "Excel macros are blocked on all my spreadsheets", "macros")
create("liam", "could someone order a headset for me please", "headset")
create("liam", "I keep getting pop-ups saying my PC has a virus", "virus")
create("liam", "Outlook won't let me share my calendar with my assistant", "calendar")
create("liam", "the expense app crashes when I upload receipts", "expense")
create("liam", "the docking station at hot desk 12 isn't working", "docking")
create(
    "liam",
    "my phone was reset and the Authenticator app is gone, I can't approve sign-ins",
    "Authenticator",
)
create("liam", "can someone set up a shared mailbox for the sales team?", "mailbox")
create("liam", "the CRM is painfully slow for the whole team today", "CRM")
create(
    "liam", "hello, could someone come and look at the plotter, it smudges everything", "plotter"
)
create("liam", "I can't connect to the VPN from my hotel", "VPN")
create("liam", "the sales team needs Adobe licences for three people", "Adobe")
create("liam", "Slack won't load past the splash screen", "Slack")
create("liam", "my desk phone just says no service", "service")

# --- New problems: admin, for a customer and site in one phrase ---
create(
    "admin",
    "new ticket for Globex, Springfield Campus: the reception printer is offline",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Initech Austin Branch says all their desk phones are dead, can you log that?",
    "phones",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "raise one for Umbrella Health at the Laboratory: the label printer won't print",
    "label",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot - the tracking tablets can't sync",
    "tablet",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "can this log a ticket for Wayne Foundation, Gotham Office? they need a new keyboard at the front desk",
    "keyboard",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Globex Cypress Creek has had no internet since 9am",
    "internet",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "open a ticket for Umbrella Health Raccoon City Clinic, the check-in kiosk is frozen",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Initech Main Office: the scanner on the first floor jams on every page",
    "scanner",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Stark Logistics at the Distribution Centre reports the barcode guns won't connect",
    "barcode",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Umbrella Health Head Office: the Wi-Fi keeps dropping in the boardroom",
    "Wi-Fi",
    client_id=23,
    site_id=53,
)

# --- New problems: admin, for a named user ---
create(
    "admin", "open a ticket for Hank Scorpio, he's locked out of his email", "locked", user_id=302
)
create("admin", "Joanna Baker can't print to the copier, log it for her", "copier", user_id=404)
create("admin", "Pepper Potts needs her docking station replaced", "docking", user_id=601)
create(
    "admin", "Mia Chen's headset is broken, please raise a ticket for her", "headset", user_id=206
)

# --- Reads ---
get("emma", "can you show me 3042?", 3042)
get("emma", "are you able to show me ticket 3089?", 3089)
get("emma", "what's the status of 3131", 3131)
get("emma", "details of 3067 please", 3067)
get("emma", "what happened in the end with 3018?", 3018)
get("emma", "could someone tell me where 3115 is at?", 3115)
get("emma", "can I see ticket 3150 here?", 3150)
get("liam", "show me 3076", 3076)
get("liam", "any news on 3120?", 3120)
get("liam", "what was the outcome of 3121", 3121)
get("liam", "is there a way to view ticket 3120 in this box?", 3120)
get("admin", "show me 3101", 3101)
get("admin", "can I look at 3055 from here?", 3055)
get("admin", "what's happening on 3160", 3160)
get("admin", "pull up ticket 789", 789)
get("admin", "open up the details of 3140 for me", 3140)
listing("emma", "show me 3042 and 3089", [3042, 3089])
listing("emma", "can I see 3115, 3131 and 3089 together?", [3089, 3115, 3131])
listing("liam", "show 3120 and 3121", [3120, 3121])
listing("admin", "pull up 3055 and 3099", [3055, 3099])
listing("admin", "can you show me 3110, 3140 and 3030?", [3030, 3110, 3140])
listing("emma", "what's the latest on 3042 and 3115?", [3042, 3115])

# --- Own lists ---
listing("emma", "can you show me my tickets?", None)
listing("emma", "what tickets have I got?", None)
listing("emma", "is there a way to see all my requests?", None)
listing("emma", "show me everything I've raised since Monday", None)
listing("emma", "my tickets from this month", None)
listing("emma", "did I log anything last week?", None)
listing("emma", "what have I asked IT for this year?", None)
listing("emma", "can this thing list what I've reported?", None)
listing("emma", "tickets I opened in the last 30 days please", None)
listing("liam", "show my tickets", None)
listing("liam", "are you able to list my requests since the 1st?", None)
listing("liam", "what tickets do I have with IT at the moment", None)
listing("liam", "my tickets from January", None)
listing("liam", "anything I raised yesterday?", None)
listing("liam", "hi, could someone send me a list of my tickets", None)
listing("emma", "where can I see the tickets I've logged?", None)
listing("liam", "what did I submit this week?", None)
listing("emma", "list my requests since 1 March", None)

# --- Notes ---
note(
    "emma",
    "could you tell the person working on 3042 that it drops every 20 minutes",
    3042,
    "minutes",
)
note("emma", "add a note to 3089: my manager Liam has approved this", 3089, "approved")
note("emma", "can I add something to 3115? It happens on my phone too", 3115, "phone")
note("emma", "please note on 3131 that I'd prefer a 27 inch screen", 3131, "inch")
note(
    "emma",
    "hi, for ticket 3042, I'm in the office all next week so you can test it then",
    3042,
    "office",
)
note("emma", "tell the tech on 3089 I only need read access", 3089, "read")
note("emma", "on 3131, my desk number is 4B12", 3131, "4B12")
note(
    "emma", "update 3115 with: I changed my password yesterday and it still asks", 3115, "yesterday"
)
note("emma", "are you able to add a note to 3042 saying I'm on Windows 11?", 3042, "Windows")
note("emma", "let them know on 3089 that it's urgent for the month-end close", 3089, "month-end")
note("emma", "add to 3042: it also happens on my phone hotspot", 3042, "hotspot")
note("liam", "add a note to 3120: it gets loud mostly during video calls", 3120, "video")
note("liam", "on 3076, Mia's start date has moved to the 14th", 3076, "14th")
note(
    "liam",
    "could someone tell whoever has 3120 I can drop the laptop off Thursday",
    3120,
    "Thursday",
)
note("liam", "note on 3076: she'll need Salesforce access too", 3076, "Salesforce")
note(
    "liam",
    "can this add a comment to 3120? the noise is worst first thing in the morning",
    3120,
    "morning",
)
note("admin", "add a note to 3101: waiting on the replacement part", 3101, "replacement")
note("admin", "note on 3160: called Samir, no answer", 3160, "Samir")
note("admin", "put a note on 3055 that the engineer visits Friday", 3055, "Friday")
note("admin", "add an internal note to 3099: checked the logs, nothing unusual", 3099, "logs")
note("admin", "leave a note on 3140 asking Olivia for a screenshot", 3140, "screenshot")
note("admin", "add to 3110: remote session booked for 2pm", 3110, "2pm")

# --- Resolve ---
resolve("emma", "are you able to close 3042 for me?", 3042)
resolve("emma", "3089 is sorted now, I've got access, you can close it", 3089)
resolve("emma", "please mark 3115 as resolved, it stopped asking", 3115)
resolve("emma", "I don't need the monitor anymore, can you close 3131", 3131)
resolve("emma", "hi, could someone close ticket 3042, it's working again", 3042)
resolve("liam", "resolve 3120, the fan's fine after the clean", 3120)
resolve("liam", "3076 can be closed, Mia's all set up", 3076)
resolve(
    "admin",
    "resolve 3110 and add a visible note summarising the fix: replaced the docking station",
    3110,
)
resolve("admin", "close 3140 with a visible note saying the user confirmed it works", 3140)
resolve("admin", "resolve 3101", 3101)
resolve("admin", "mark 3160 as resolved and add a visible note summarising the fix", 3160)
resolve("admin", "resolve 3055 and add a visible note: firmware updated on the router", 3055)
resolve("admin", "can I resolve 3099 from here? the supplier fixed it", 3099)

# --- Reopen ---
reopen("emma", "the 2nd floor printer is jamming again, can you reopen 3067?", 3067)
reopen("emma", "3018 needs reopening, the VPN client has vanished again", 3018)
reopen("emma", "can this thing reopen a ticket? 3005, the same problem is back", 3005)
reopen("emma", "please reopen 3067", 3067)
reopen("liam", "the Wi-Fi drops are back, reopen 3121 please", 3121)
reopen("liam", "are you able to reopen 3121?", 3121)
reopen("admin", "reopen 3030", 3030)
reopen("admin", "789 needs to be reopened, Olivia says it's back", 789)
reopen("admin", "reopen 3067 for Emma", 3067)
reopen("admin", "could you reopen 3018", 3018)

# --- Rate ---
rate("emma", "can I rate 3005? 4 stars", 3005, 4)
rate("emma", "give 3018 5 out of 5", 3018, 5)
rate("emma", "rate 3067 three stars, it took a while", 3067, 3)
rate("emma", "I'd give 3005 2/5", 3005, 2)
rate("emma", "is there a way to rate a ticket? I'd like to give 3067 4 stars", 3067, 4)
rate("liam", "rate 3121 4 out of 5", 3121, 4)
rate("liam", "I want to score 3121 a 5", 3121, 5)
rate("emma", "1 star for 3018 please, nobody called me back", 3018, 1)

# --- How-to (knowledge base) ---
howto("emma", "how do I set up the VPN at home?", "VPN")
howto("emma", "is there a guide for resetting my password myself?", "password")
howto("emma", "how do I clear a paper jam?", "jam")
howto("liam", "how do I set up Microsoft Authenticator on a new phone?", "Authenticator")
howto("emma", "how do I connect to the office Wi-Fi?", "Wi-Fi")
howto("liam", "how do I map a network drive?", "drive")
howto("emma", "is there a guide on spotting phishing emails?", "phishing")
howto("liam", "how do I install Windows updates?", "Windows")
howto("emma", "how do I join a Teams meeting from my phone?", "Teams")
howto("liam", "is there a new starter checklist I can read?", "checklist")
howto("liam", "how do I request access to a SharePoint site?", "SharePoint")
howto("liam", "how can I stop Outlook asking for my password all the time?", "Outlook")
howto("emma", "do you have any articles about MFA?", "MFA")
howto("emma", "where can I find the help articles?", None)
howto("liam", "how do I change my password?", "password")
howto("emma", "can this show me how to add a printer on my laptop?", "printer")
howto("admin", "search the knowledge base for VPN", "VPN")
howto("admin", "find KB articles about phishing", "phishing")
howto("admin", "what does the knowledge base say about Windows updates?", "Windows")
howto("liam", "is there a how-to for using Teams meetings?", "Teams")

# --- Refused at plan time ---
refused("emma", "can you show me ticket 3101?")
refused("emma", "what's the latest on 3120?")
refused("emma", "add a note to 3110 saying I'm also affected")
refused("emma", "close 3160 for me")
refused("emma", "show me ticket 3999")
refused("emma", "can you add a note to 4242 that I'm still waiting?")
refused("emma", "set 3042 to high priority please")
refused("emma", "assign 3089 to Daniel Kim")
refused("emma", "can you show me the list of agents?")
refused("emma", "which customers are in the system?")
refused("emma", "show me everyone's tickets")
refused("emma", "are you able to close 3067 for me?")
refused("emma", "I'd like to rate 3042 5 stars")
refused("emma", "reopen 3115")
refused("emma", "what tickets has Olivia Brown got open?")
refused("emma", "show me the contracts")
refused("emma", "can I see Liam's tickets?")
refused("liam", "show me Emma's ticket 3042")
refused("liam", "resolve 3121")
refused("liam", "rate 3120 4 out of 5")
refused("liam", "reopen 3120")
refused("liam", "show me all the tickets in the company")
refused("liam", "change the status of 3120 to on hold")
refused("liam", "who is in the Network team?")
refused("liam", "read ticket 4242")
refused("liam", "add a note to 3101: any update?")

# --- Candidates (reads only) ---
candidates("emma", "can you show me my VPN ticket?", "get_ticket")
candidates("emma", "what's going on with my password ticket", "get_ticket")
candidates("emma", "any update on the VPN ticket I raised?", "get_ticket")
candidates("emma", "pull up my password ticket please", "get_ticket")
candidates("emma", "is my vpn ticket still open?", "get_ticket")
candidates("emma", "show me the ticket about my password", "get_ticket")
candidates("emma", "I'd like to see my VPN ticket", "get_ticket")
candidates("emma", "where is my password ticket at?", "get_ticket")
candidates("emma", "hi, could someone check the status of my VPN ticket", "get_ticket")
candidates("emma", "are you able to show me my password ticket?", "get_ticket")

# --- Admin updates ---
update("admin", "can I change 3101 to high priority?", 3101, priority_id=2)
update("admin", "assign 3140 to Priya", 3140, agent_id=5)
update("admin", "give 3160 to Tom Walsh", 3160, agent_id=11)
update("admin", "move 3110 over to the Network team", 3110, team_id=12)
update("admin", "put 3055 on hold", 3055, status_id=28)
update("admin", "3099 is waiting on the vendor, set it to With Supplier", 3099, status_id=5)
update("admin", "make 3042 critical", 3042, priority_id=1)
update("admin", "3089 should be low priority", 3089, priority_id=4)
update("admin", "send 3131 to the Field Services team", 3131, team_id=15)
update("admin", "hand 3120 to Daniel Kim", 3120, agent_id=6)
update("admin", "set 3140 to In Progress", 3140, status_id=2)
update("admin", "change the status of 3160 to Pending Closure", 3160, status_id=25)
update("admin", "assign 3115 to Chloe Martin", 3115, agent_id=7)
update(
    "admin",
    "set 3055 to medium priority and assign it to Marcus Reid",
    3055,
    priority_id=3,
    agent_id=8,
)
update("admin", "is it possible to move 3101 to the 2nd Line Support team?", 3101, team_id=6)

# --- Admin look-ups ---
lookup("admin", "who are the agents here?", "agents")
lookup("admin", "show me the list of teams", "teams")
team_members("admin", "who's in the Network team?", 12)
team_members("admin", "who works on 1st Line Support?", 5)
team_members("admin", "can you show me the agents in Field Services?", 15)
lookup("admin", "which customers do we have?", "customers")
lookup("admin", "find a user called Joanna", "users", "Joanna")
customer_records("admin", "what sites does Stark Logistics have?", "sites", 27)
customer_records("admin", "show me Globex's contracts", "contracts", 17)
customer_tickets("admin", "can you show me Initech's tickets?", 42)
customer_tickets("admin", "tickets for Umbrella Health", 23)
lookup("admin", "what reports are there?", "reports")
lookup("admin", "can you find the asset AC-2231?", "assets", "AC-2231")
lookup("admin", "show me the upcoming appointments", "appointments")
lookup("admin", "list the invoices", "invoices")
lookup("admin", "what statuses can a ticket have?", "statuses")
lookup("admin", "what are the priority levels?", "priorities")
lookup("admin", "find the agent called Hannah", "agents", "Hannah")
