"""Round 38: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees (Emma Jones, Liam Patel) and the portal admin
would type them into the Ask box, each paired with the one action (and key ids) the portal should
propose, or with a refusal at plan time, or with candidate tickets where the ticket meant is
ambiguous. Written without reading the parser, its tests or earlier sets' cases (held out).

Style: a balanced, representative sample of everything the Ask box is for, as a careful
evaluator would write it to judge the portal fairly. Each intent appears in several natural
wordings: a plain command ("show ticket 3042"), a polite question ("could you tell me where
3131 is at?"), a terse fragment ("3089 status?"), and a sentence with context ("I've been
waiting on the monitor for a while, can I see 3131"). Everyday words that are also Halo nouns
(Teams, Outlook, site, asset, contract, report, agent, customer) appear inside problem
descriptions and how-to questions, where they stay part of the description. Emma's new problems
stay off the topics of her tickets (VPN, SharePoint access, Outlook password, second monitor,
password reset, 2nd-floor printer, Teams camera) and Liam's off laptop fan/overheating, Wi-Fi in
meeting room 2 and new starter Mia, so that a new ticket is the only fair reading.

Mix: ~28 % new problems (employees; ~8 admin tickets for a customer and site said in one phrase
and ~3 for a named user), ~9 % reading one ticket or several ids at once, ~7 % listing own
tickets (some with date phrases), ~9 % notes, ~5 % resolve (some "resolve N and add a visible
note summarising the fix"), ~4 % reopen, ~3 % rate, ~8 % how-to (KB articles first), ~10 %
refused at plan time (someone else's ticket, a missing one, admin-only actions or look-ups asked
by an employee, resolving a closed ticket, rating an open one, a colleague's or the whole
company's tickets), ~4 % candidates (reads only: Emma's "my VPN ticket" -> 3018/3042, "my
password ticket" -> 3005/3115), ~13 % admin updates and look-ups (statuses, priorities, agents,
teams, who is in a team -> agents with team_id, agents by name, customers, sites, users,
contracts, assets, reports, appointments, and tickets of one customer).

Look-ups (how-to and admin directory questions) are checked by action `lookup`, the entity
meant and, where the person typed a clear search word, `search_has`.

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), sites HQ (31),
  Warehouse (32), Remote Workers (33). Other customers: Globex 17 (sites 41 Springfield Campus,
  44 Cypress Creek), Initech 42 (101 Main Office, 102 Austin Branch), Umbrella Health 23 (51
  Raccoon City Clinic, 52 Laboratory, 53 Head Office), Stark Logistics 27 (61 Distribution
  Centre, 62 Fleet Depot), Wayne Foundation 35 (71 Gotham Office). Users: 206 Mia Chen (Acme HQ),
  302 Hank Scorpio (Globex), 404 Joanna Baker (Initech), 601 Pepper Potts (Stark), 503 Jill
  Valentine (Umbrella Head Office).
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
  3140 (Olivia Brown, New), 3030 (Olivia Brown, closed), 789 (Olivia Brown, closed), 3012
  (Joanna Baker, closed). No ticket 3999 or 4242 (ids run 3001-3260, plus 789).
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
  "Asset warranty expiry"), appointments.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto
team_members = book.team_members
customer_tickets = book.customer_tickets


# ---------------------------------------------------------------------------------------------
# New problems: Emma (off VPN, SharePoint access, Outlook password, monitor, password reset,
# 2nd-floor printer, Teams camera).
# ---------------------------------------------------------------------------------------------
create("emma", "My keyboard's spacebar keeps sticking", "spacebar")
create("emma", "Excel crashes every time I open the quarterly sales report", "Excel")
create(
    "emma",
    "Could you help me? Outlook calendar invites are arriving an hour late for everyone in my team",
    "calendar",
)
create("emma", "the scanner on my desk won't send scans to my email anymore", "scanner")
create("emma", "I need Adobe Acrobat installed so I can sign supplier contracts", "Acrobat")
create("emma", "mouse double-clicking on its own", "mouse")
create("emma", "My laptop battery goes from full to empty in about an hour now", "battery")
create("emma", "OneDrive has been stuck on 'processing changes' since yesterday", "OneDrive")
create(
    "emma",
    "The customer portal site we use for orders is showing a certificate warning in Chrome",
    "certificate",
)
create("emma", "Please could you set up a shared mailbox for the events team?", "mailbox")
create("emma", "Work emails stopped arriving on my phone after the iOS update", "phone")
create(
    "emma",
    "I'd like access to the Salesforce dashboards for the northern region, my manager has approved it",
    "Salesforce",
)
create("emma", "Zoom says my licence has expired and I have a client call at 3", "Zoom")
create("emma", "projector in meeting room 4 - no HDMI signal", "projector")
create("emma", "My desk phone has no dial tone this morning", "dial")
create(
    "emma",
    "A pop-up just appeared saying my computer is infected and to call a number. I haven't clicked anything.",
    "infected",
)
create("emma", "Print to PDF has vanished from the print menu", "PDF")
create("emma", "Can I get Visio installed please? I need it for process diagrams", "Visio")
create("emma", "Word freezes whenever I paste text from a website", "Word")
create("emma", "The USB ports on my docking station don't detect anything", "docking")
create("emma", "The expenses app rejects every receipt photo I upload", "receipt")
create(
    "emma",
    "I think I entered my details on a fake login page from a suspicious email, what now?",
    "suspicious",
)
create(
    "emma", "The asset sticker on my laptop has peeled off and the barcode is unreadable", "sticker"
)
create("emma", "Our team's shared calendar in Outlook disappeared from my sidebar", "calendar")
create(
    "emma",
    "I'm going on maternity leave next month and need an out-of-office set up on the shared inbox",
    "out-of-office",
)
create(
    "emma",
    "The wall screen in the sales area that shows our weekly report dashboard has been stuck on last week's numbers",
    "dashboard",
)

# ---------------------------------------------------------------------------------------------
# New problems: Liam (off laptop fan/overheating, Wi-Fi in meeting room 2, new starter Mia).
# ---------------------------------------------------------------------------------------------
create("liam", "Teams won't let me share my screen in meetings, the button is greyed out", "screen")
create("liam", "Outlook search doesn't find any email older than a month", "search")
create("liam", "boardroom TV won't turn on", "TV")
create("liam", "I need a new laptop charger, the cable on mine is frayed", "charger")
create("liam", "Could you install Python 3.12 on my machine? I need it for a data script", "Python")
create("liam", "Our project site on SharePoint returns a 404 since this morning", "SharePoint")
create("liam", "The printer in the basement is printing blank pages", "blank")
create("liam", "My external monitor goes black every few minutes", "monitor")
create("liam", "Can someone create an email alias sales-north@ that forwards to me?", "alias")
create(
    "liam", "Our contract management tool throws an error when I try to upload a PDF", "contract"
)
create("liam", "I need local admin rights to install the drivers for a lab instrument", "admin")
create("liam", "Room booking for meeting room 5 doesn't show up in anyone's calendar", "booking")
create("liam", "headphones crackle on every Teams call", "headphones")
create("liam", "Jira is painfully slow today, pages take 30 seconds to load", "Jira")
create(
    "liam", "Dropped my company phone and the screen is cracked, can I get it replaced?", "phone"
)
create(
    "liam",
    "I can't sign in to the time tracking system, it says my account is disabled",
    "tracking",
)
create("liam", "Windows update keeps failing with error 0x80070005", "update")
create("liam", "The antivirus agent on my laptop says its definitions are out of date", "antivirus")
create("liam", "my building access card stopped working at the side door", "card")
create("liam", "The Power BI report I built won't refresh overnight anymore", "Power BI")
create("liam", "Bluetooth mouse disconnects every ten minutes", "mouse")
create("liam", "We need a webcam for the interview room on the 3rd floor", "webcam")
create(
    "liam",
    "The toner in the 3rd-floor printer ran out and there are no spares in the cupboard",
    "toner",
)
create("liam", "The shared drive for Marketing is read-only for me all of a sudden", "read-only")
create("liam", "Please raise a request for a second keyboard for hot-desking", "keyboard")
create("liam", "Half the call-centre staff can't log in to the softphone this morning", "softphone")
create(
    "liam",
    "Could someone from IT come and fix the loose network cabling under my desk? I keep losing connection to the site intranet",
    "cabling",
)

# ---------------------------------------------------------------------------------------------
# New problems: admin, for a customer and site in one phrase, for a named user, and its own.
# ---------------------------------------------------------------------------------------------
create(
    "admin",
    "Log a ticket for Globex Springfield Campus: the badge readers at reception are offline",
    "badge",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "New ticket for Initech Austin Branch - their label printer won't print shipping labels",
    "label",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health Laboratory: the fridge temperature monitor lost its network connection, raise a ticket",
    "temperature",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot needs a ticket, the vehicle tracking tablets can't sync",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Please open a ticket for Wayne Foundation Gotham Office; the boardroom projector shows no signal",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Acme Warehouse - the forklift terminal keeps rebooting. New ticket please.",
    "terminal",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "create a ticket for Globex at Cypress Creek: the sales shared mailbox stopped receiving mail",
    "mailbox",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Umbrella Health Raccoon City Clinic reports that the patient check-in kiosk is frozen. Can you log that?",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "raise one for Initech Main Office, their door entry system has dropped off the network",
    "door",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Umbrella Health Head Office needs a new ticket - scan to email fails since their password change",
    "scan",
    client_id=23,
    site_id=53,
)
create(
    "admin",
    "Open a ticket on behalf of Hank Scorpio: his docking station stopped charging his laptop",
    "docking",
    user_id=302,
)
create(
    "admin",
    "Pepper Potts can't get into the expense app, please log it for her",
    "expense",
    user_id=601,
)
create(
    "admin",
    "new ticket for Joanna Baker - her keyboard is missing two keys",
    "keyboard",
    user_id=404,
)
create(
    "admin",
    "Log it for Jill Valentine: her email signature has disappeared",
    "signature",
    user_id=503,
)
create("admin", "Raise a ticket: the UPS in our server room is beeping constantly", "UPS")
create(
    "admin",
    "I need a ticket for the backup job that failed last night on the file server",
    "backup",
)

# ---------------------------------------------------------------------------------------------
# Reading one ticket, or several ids at once.
# ---------------------------------------------------------------------------------------------
get("emma", "show ticket 3042", 3042)
get("emma", "Could you tell me where 3131 is at?", 3131)
get("emma", "3089 status?", 3089)
get("emma", "I've been waiting on the Outlook issue for ages, can I see the latest on 3115", 3115)
get("emma", "What was the resolution on ticket 3067?", 3067)
get("emma", "open #3005 please", 3005)
get("emma", "Why was 3150 cancelled?", 3150)
get("liam", "Any progress on 3120?", 3120)
get("liam", "details of ticket 3076", 3076)
get("liam", "Can you pull up 3121 for me - I want to check what was done", 3121)
get("liam", "ticket 3120 - who's working on it?", 3120)
get("admin", "Show me 3101", 3101)
get("admin", "What's going on with Initech's blue screen ticket, 3055?", 3055)
get("admin", "pull up the old ticket 789", 789)
get("admin", "Can I see ticket 3160 please", 3160)
get("admin", "I need the full history of 3099", 3099)
listing("emma", "Show me 3089 and 3131", [3089, 3131])
listing("emma", "could I see 3042, 3115 and 3131 together?", [3042, 3115, 3131])
listing("liam", "status of 3120 and 3076", [3076, 3120])
listing("admin", "pull up 3055 and 3099 side by side", [3055, 3099])
listing("admin", "Let me see tickets 3110, 3140 and 3030", [3030, 3110, 3140])
listing("emma", "3005, 3018 - what happened on those?", [3005, 3018])

# ---------------------------------------------------------------------------------------------
# Listing own tickets (and the admin's listing for one customer).
# ---------------------------------------------------------------------------------------------
listing("emma", "my tickets")
listing("emma", "Can you show me all the tickets I've raised?")
listing("emma", "Which of my tickets are still open?")
listing("emma", "list what I opened this week")
listing("emma", "Have I logged anything since Monday?")
listing("emma", "I want an overview of everything I've got with IT at the moment")
listing("emma", "my closed tickets from last month")
listing("liam", "Show my open requests")
listing("liam", "what tickets do I have")
listing("liam", "Could you list the tickets I submitted in the last 30 days?")
listing("liam", "anything of mine still waiting on IT?")
listing("liam", "List my tickets opened since the 1st")
listing("liam", "I'd like to see all my requests, including the closed ones")
listing("liam", "What have I got open from this month?")
customer_tickets("admin", "Show Globex's open tickets", 17)
customer_tickets("admin", "list every ticket for Initech", 42)
customer_tickets("admin", "What tickets does Umbrella Health have with us at the moment?", 23)

# ---------------------------------------------------------------------------------------------
# Notes.
# ---------------------------------------------------------------------------------------------
note("emma", "Add a note to 3042: it dropped again at 9:15 this morning", 3042, "9:15")
note(
    "emma",
    "Please tell them on 3089 that my manager Sarah has approved the Finance access",
    3089,
    "approved",
)
note("emma", "on 3115 - still getting the prompt after the profile reset", 3115, "prompt")
note("emma", "Could you update 3131 to say I'm happy with any 24-inch screen?", 3131, "24-inch")
note(
    "emma",
    "note for ticket 3042: I'm working from the office on Thursday if you want to look at the laptop",
    3042,
    "Thursday",
)
note("emma", "For 3089, I only need read access, not edit", 3089, "read")
note("emma", "Let the engineer on 3115 know I'm out from Friday until the 14th", 3115, "Friday")
note("liam", "add to 3120: the fan noise is worse when charging", 3120, "charging")
note("liam", "Put a comment on 3076 - Mia's start date moved to the 12th", 3076, "12th")
note("liam", "3120: I can drop the laptop at the desk tomorrow at 10", 3120, "tomorrow")
note("liam", "Please add a note on ticket 3076 that Mia also needs a headset", 3076, "headset")
note("liam", "Reply on 3120 saying the BIOS update didn't help", 3120, "BIOS")
note(
    "admin",
    "Add an internal note to 3101: waiting on the replacement scanner from the supplier",
    3101,
    "supplier",
)
note("admin", "note on 3055 - memory test passed, next step is reseating the RAM", 3055, "RAM")
note("admin", "Tell the user on 3140 we'll send a technician on Wednesday", 3140, "Wednesday")
note("admin", "3110: contractor access approved until end of June", 3110, "June")
note(
    "admin",
    "Could you add a visible note to 3160 asking Samir to try a wired headset?",
    3160,
    "headset",
)
note("admin", "Append to 3099: rolled back the Windows update in safe mode", 3099, "safe mode")
note("admin", "log a private note on 3042 that Marcus suspects the home router", 3042, "router")
note("emma", "3131 - add that I've moved desks to 4B", 3131, "4B")
note(
    "liam",
    "Can you add to my fan ticket 3120 that it's now shutting itself down?",
    3120,
    "shutting",
)

# ---------------------------------------------------------------------------------------------
# Resolve (some with a visible note summarising the fix).
# ---------------------------------------------------------------------------------------------
resolve("emma", "The Outlook prompts have stopped, you can close 3115", 3115)
resolve("emma", "resolve 3089, I've got access now", 3089)
resolve("emma", "Please mark ticket 3042 as resolved - the new router fixed it", 3042)
resolve("liam", "close 3120, they replaced the fan and it's quiet now", 3120)
resolve("liam", "3076 can be closed, Mia is all set up", 3076)
resolve("emma", "I don't need the second monitor any more, could you close 3131?", 3131)
resolve(
    "admin",
    "Resolve 3101 and add a visible note summarising the fix: scanner re-enrolled on the warehouse Wi-Fi",
    3101,
)
resolve("admin", "close 3140 with a public note saying the monitor cable was replaced", 3140)
resolve(
    "admin",
    "Please resolve 3055 - faulty RAM stick swapped - and let the user know in a note",
    3055,
)
resolve("admin", "resolve 3160", 3160)
resolve(
    "admin",
    "Can you close 3110 and leave a visible note that the contractor account is live?",
    3110,
)
resolve("admin", "mark 3099 resolved, fix was rolling back the update", 3099)

# ---------------------------------------------------------------------------------------------
# Reopen.
# ---------------------------------------------------------------------------------------------
reopen("emma", "reopen 3067, the 2nd floor printer is jamming again", 3067)
reopen("emma", "Could you reopen ticket 3005? The new password stopped working", 3005)
reopen("emma", "3018 needs reopening - the VPN client disappeared after an update", 3018)
reopen("liam", "Please reopen 3121, the Wi-Fi in meeting room 2 is dropping again", 3121)
reopen("liam", "3121 isn't fixed, reopen it", 3121)
reopen("admin", "reopen 3030 for Olivia", 3030)
reopen("admin", "Liam says the meeting room 2 access point is flaky again, reopen 3121", 3121)
reopen("admin", "Reopen ticket 789, the replacement battery is swelling too", 789)
reopen("admin", "Joanna says the 1st floor printer is jamming again - reopen 3012", 3012)
reopen("emma", "The printer problem is back. Can 3067 be opened again?", 3067)

# ---------------------------------------------------------------------------------------------
# Rate closed tickets.
# ---------------------------------------------------------------------------------------------
rate("emma", "rate 3005 5 stars", 3005, 5)
rate("emma", "I'd like to give ticket 3018 a 4 out of 5", 3018, 4)
rate("emma", "3067: 2/5, it took two weeks", 3067, 2)
rate("liam", "Rate 3121 three stars please", 3121, 3)
rate("liam", "Can I leave feedback on 3121? 5 out of 5, great job", 3121, 5)
rate("emma", "Give 3018 one star, nobody told me it was closed", 3018, 1)
rate("emma", "score ticket 3005 as 4", 3005, 4)
rate("liam", "3121 deserves a 4, quick fix", 3121, 4)

# ---------------------------------------------------------------------------------------------
# How-to questions: knowledge-base articles, not a new ticket.
# ---------------------------------------------------------------------------------------------
howto("liam", "How do I connect to the VPN from home?", "VPN")
howto("emma", "is there a guide for resetting my own password?", "password")
howto("emma", "how to clear a paper jam", "jam")
howto("liam", "How do I set up MFA on my new phone?", "MFA")
howto("emma", "What's the way to set up the Authenticator app?", "Authenticator")
howto("liam", "Is there an article about Outlook asking for my password over and over?", "Outlook")
howto("emma", "Steps for getting my laptop onto the office Wi-Fi?")
howto("liam", "What's the process for requesting access to a SharePoint site?", "SharePoint")
howto("emma", "Any tips for running meetings in Teams?", "Teams")
howto(
    "liam", "What does IT need before a new starter's first day? Is there a checklist?", "checklist"
)
howto("emma", "mapping a network drive - instructions?", "drive")
howto("liam", "How can I tell if an email is phishing?", "phishing")
howto("emma", "Where do I find instructions for installing Windows updates?", "Windows")
howto("liam", "guide: mapping the finance share in File Explorer")
howto(
    "emma",
    "Can you point me to the knowledge base article on reporting phishing emails?",
    "phishing",
)
howto("admin", "Is there a KB article on the new starter checklist?", "starter")
howto("liam", "Where can I read about choosing my microphone in Teams settings?", "microphone")
howto("emma", "Self-service password reset - how does it work?", "password")
howto("admin", "find KB articles about VPN", "VPN")
howto("liam", "Which Wi-Fi network should visitors use, and what are the steps to connect?")

# ---------------------------------------------------------------------------------------------
# Candidates: Emma's ambiguous tickets (reads only).
# ---------------------------------------------------------------------------------------------
candidates("emma", "What's happening with my VPN ticket?", "get_ticket")
candidates("emma", "show me the VPN one", "get_ticket")
candidates("emma", "any update on my password ticket", "get_ticket")
candidates("emma", "Could I see the ticket I raised about my password?", "get_ticket")
candidates("emma", "status of the VPN ticket", "get_ticket")
candidates("emma", "I'd like to check on my VPN issue", "get_ticket")
candidates("emma", "the password one - where's it at?", "get_ticket")
candidates("emma", "open my password request", "get_ticket")
candidates("emma", "Can you pull up my ticket about the VPN please", "get_ticket")
candidates("emma", "details of my password ticket", "get_ticket")

# ---------------------------------------------------------------------------------------------
# Refused at plan time.
# ---------------------------------------------------------------------------------------------
refused("emma", "show me ticket 3101")
refused("emma", "Add a note to 3120 saying the fan is still loud")
refused("liam", "What's the status of 3042?")
refused("liam", "Can you show me ticket 789?")
refused("emma", "open ticket 3999")
refused("liam", "any news on 4242?")
refused("admin", "Show me ticket 3999")
refused("emma", "Set the priority of 3042 to high please")
refused("liam", "assign 3120 to Daniel Kim")
refused("emma", "Move 3131 over to the Field Services team")
refused("liam", "put 3120 on hold")
refused("emma", "list all customers")
refused("liam", "Who are the agents in the Network team?")
refused("emma", "Could you show me the Globex contracts?")
refused("liam", "run the SLA compliance report")
refused("emma", "look up Hank Scorpio's phone number")
refused("emma", "resolve 3067")
refused("liam", "Close 3121 please, it's sorted")
refused("admin", "resolve 3030")
refused("emma", "rate 3042 five stars")
refused("liam", "I'd give 3120 a 4/5 so far")
refused("emma", "Show me Liam's tickets")
refused("liam", "list all open tickets for the whole company")
refused("emma", "What tickets has Noah Williams got open?")
refused("emma", "reopen 3110")
refused("liam", "What's the email address for Joanna Baker at Initech?")

# ---------------------------------------------------------------------------------------------
# Admin: updates (status, priority, agent, team).
# ---------------------------------------------------------------------------------------------
update("admin", "set 3101 priority to critical", 3101, priority_id=1)
update("admin", "Assign 3140 to Hannah Fischer", 3140, agent_id=9)
update("admin", "move 3055 to the 2nd Line Support team", 3055, team_id=6)
update(
    "admin", "Change the status of 3099 to With Supplier - we're waiting on Dell", 3099, status_id=5
)
update("admin", "Please put 3089 on hold until the Finance owner replies", 3089, status_id=28)
update("admin", "3160 -> Tom Walsh", 3160, agent_id=11)
update("admin", "bump 3110 up to high priority", 3110, priority_id=2)
update(
    "admin",
    "Reassign 3042 to the Network team and make it critical",
    3042,
    team_id=12,
    priority_id=1,
)
update("admin", "could you mark 3140 as in progress?", 3140, status_id=2)
update("admin", "Lower the priority on 3120 to low, it's not urgent", 3120, priority_id=4)
update("admin", "give 3089 to Priya Sharma", 3089, agent_id=5)
update("admin", "3101 should sit with Daniel Kim", 3101, agent_id=6)
update("admin", "status of 3115 -> Action Required", 3115, status_id=3)
update("admin", "Transfer 3140 to Field Services", 3140, team_id=15)
update("admin", "Set 3160 to Pending Closure, Samir hasn't replied in a week", 3160, status_id=25)
update(
    "admin",
    "I want 3131 handled by the Service Desk team at medium priority",
    3131,
    team_id=2,
    priority_id=3,
)

# ---------------------------------------------------------------------------------------------
# Admin: look-ups (customers, sites, users, teams, team members, agents, contracts, assets,
# reports, appointments).
# ---------------------------------------------------------------------------------------------
lookup("admin", "list our customers", "customers")
lookup("admin", "Find the customer Umbrella Health", "customers", "Umbrella")
lookup("admin", "What sites does Stark Logistics have?", "sites")
lookup("admin", "look up the user Joanna Baker", "users", "Joanna")
lookup("admin", "Who is Pepper Potts? Pull up her contact details", "users", "Pepper")
lookup("admin", "show me all the teams", "teams")
team_members("admin", "Who is in the Network team?", 12)
team_members("admin", "members of 2nd Line Support", 6)
team_members("admin", "Which agents work on the Service Desk team?", 2)
team_members("admin", "list the people in Field Services", 15)
lookup("admin", "find agent Chloe", "agents", "Chloe")
lookup("admin", "Is there an agent called Daniel Kim?", "agents", "Kim")
lookup("admin", "list all agents", "agents")
lookup("admin", "Show me contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
lookup("admin", "what contracts do we have on file?", "contracts")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "Which reports are available?", "reports")
lookup("admin", "open the SLA compliance report", "reports", "SLA")
lookup("admin", "Any appointments booked this week?", "appointments")
lookup("admin", "asset warranty expiry report", "reports", "warranty")
