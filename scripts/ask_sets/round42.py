"""Round 42: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: an independent evaluator checking the headline features, as a careful product reviewer
would test them, each feature in many natural wordings (polite, terse, a question, with context,
all lowercase, with typos): admin tickets "for <customer> site <site>" said in one phrase in many
shapes; "resolve/close N and add a visible note summarising the fix"; questions about teams and
the people in them (who is in a team, which team an agent is on, list the teams, an agent's
details by name); several ticket ids in one read; date phrases for one's own tickets ("opened
this week", "since Monday", "last month", "from the past 3 days"); "how do I ...?" questions
answered from the knowledge base; refusals (someone else's ticket, a missing one, a closed ticket
to resolve, an admin-only action or slot asked by an employee); and everyday words that are also
Halo nouns (Teams, Outlook, site, asset, contract, report, agent, customer, team) inside
employees' problem descriptions, where they stay part of a new ticket.

Mix (259 cases): ~26 % new problems (67: 52 employees, many with Halo nouns in the text, 11
admin tickets for a customer and site named in one phrase, 4 for a named user), ~7 % reads (9
one ticket, 10 several ids at once), ~7 % own lists (mostly date phrases), ~8 % notes, ~6 %
resolve (8 asking to add a visible note summarising the fix), ~4 % reopen, ~3 % rate, ~8 %
how-to (knowledge base), ~12 % refused at plan time, ~4 % candidates (reads only), ~15 % admin
updates (13) and look-ups (27: teams and their agents, agent details by name, customer
listings, a customer's sites, contracts and users).

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

# ---------------------------------------------------------------------------------------------
# (1) Admin tickets for a customer and site, said in one phrase, in many shapes.
# ---------------------------------------------------------------------------------------------
create(
    "admin",
    "New ticket for Globex site Springfield Campus: the boardroom projector won't power on.",
    "projector",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "log a ticket for globex at cypress creek - the badge readers on the front door are offline",
    "badge",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Could you raise a ticket for Initech's Austin Branch? Their receipt printer stopped printing.",
    "printer",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Initech / Main Office: the shared scanner emails arrive blank",
    "scanner",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "open a ticket for Umbrella Health, Laboratory site, the fridge temperature sensor has stopped "
    "reporting",
    "sensor",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Please create a ticket for customer Stark Logistics site Fleet Depot: the depot's "
    "router keeps rebooting every hour.",
    "router",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "ticket for wayne foundation gotham office, reception phone has no dial tone",
    "phone",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "For Umbrella Health at the Raccoon City Clinic please log: label printer is out of alignment",
    "label",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "new tikcet for Stark Logistics Distribution Centre - forklift tablet cant connect to the "
    "warehouse system",
    "tablet",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Raise one for Acme Inc at the Warehouse site: the goods-in PC won't boot.",
    "PC",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Globex, Cypress Creek site: the meeting room display shows no signal. Can you log it?",
    "display",
    client_id=17,
    site_id=44,
)

# Admin tickets for a named user.
create(
    "admin",
    "Log a ticket for Hank Scorpio: his keyboard has stopped working.",
    "keyboard",
    user_id=302,
)
create(
    "admin",
    "raise a ticket on behalf of Joanna Baker, she can't open any PDF attachments",
    "PDF",
    user_id=404,
)
create(
    "admin",
    "new ticket for Pepper Potts - her docking station isn't charging the laptop",
    "docking",
    user_id=601,
)
create(
    "admin",
    "Please open a ticket for Mia Chen: she's locked out of the payroll app.",
    "payroll",
    user_id=206,
)

# ---------------------------------------------------------------------------------------------
# (8) Employees' new problems, many with everyday words that are also Halo nouns.
# ---------------------------------------------------------------------------------------------
create("liam", "Teams keeps crashing whenever I try to share my screen in a call", "Teams")
create("liam", "outlook search finds nothing older than a week", "Outlook")
create(
    "emma",
    "The asset tag on my docking station came off and now the dock doesn't charge my laptop.",
    "dock",
)
create(
    "emma",
    "The contract management system won't load for me, it just shows a grey page.",
    "contract",
)
create("liam", "our team shared drive says access denied since this morning", "drive")
create(
    "emma",
    "The call centre agent software freezes every time a customer rings in.",
    "freezes",
)
create("liam", "The site survey app on my iPad won't sync any more.", "sync")
create(
    "emma",
    "the weekly sales report in Power BI shows blank charts since friday",
    "blank",
)
create("emma", "I need a new customer added to the CRM but the save button is greyed out", "CRM")
create(
    "liam",
    "Outlook crashes when I open the shared Sales calendar. Could someone look at it?",
    "calendar",
)
create(
    "liam",
    "Teams notifications stopped completely on my phone, I'm missing messages from my team",
    "notifications",
)
create("emma", "can't print the contract PDFs from the legal site, they come out blank", "print")
create(
    "emma",
    "Hi, my headset mic isn't picked up by Teams or by anything else on the PC.",
    "headset",
)
create("liam", "the report builder in the finance system throws an error 0x80004005", "error")
create(
    "emma",
    "The hinge on my laptop (asset AC-2219) has cracked and the lid won't stay up.",
    "hinge",
)
create("liam", "Our customer feedback site loads really slowly for everyone in sales.", "slow")

# Employees' everyday problems, other wordings.
create("emma", "my keyboard's spacebar sticks and types double spaces", "keyboard")
create("emma", "Excel crashes as soon as I open any file with macros.", "Excel")
create("emma", "hi, the webcam on my laptop shows only a black image in Zoom", "webcam")
create("liam", "The mouse I was given stops working every few minutes.", "mouse")
create(
    "emma",
    "Could you help? My laptop battery drains from full to empty in about an hour.",
    "battery",
)
create("liam", "docking station at my desk doesnt detect the monitors at all", "docking")
create("emma", "I got a strange pop-up saying my licence for Adobe Acrobat has expired", "Adobe")
create("liam", "Please could I have Visio installed? I need it for process diagrams.", "Visio")
create("emma", "the kitchen TV on our floor has no signal", "TV")
create("liam", "my desk phone keeps ringing with no one on the line", "phone")
create("emma", "OneDrive is stuck on 'processing changes' for two days now", "OneDrive")
create("liam", "i need a new charger, mine is frayed near the plug", "charger")
create("emma", "The scanner by reception saves scans as empty files.", "scanner")
create("liam", "need access to the Marketing shared mailbox please", "mailbox")
create("emma", "my laptop screen flickers when I unplug the charger", "flickers")
create("liam", "Chrome keeps logging me out of every website after I close it.", "Chrome")
create("emma", "The audio on my laptop crackles with any headphones.", "audio")
create(
    "liam",
    "Since the update this morning my laptop takes 15 minutes to get to the login screen.",
    "login",
)
create("emma", "could i get a larger mouse mat and a wrist rest, my wrist is sore", "wrist")
create("liam", "Zoom says my microphone is being used by another application.", "microphone")
create("emma", "the time sheet app rejects my hours with 'invalid project code'", "project")
create("liam", "Bluetooth won't turn on on my laptop, the toggle is missing.", "Bluetooth")

# More new problems, with Halo nouns kept inside the description.
create("liam", "The Teams room console in the boardroom is stuck on a blue screen.", "console")
create("emma", "outlook won't let me add the shared HR calendar, it says permission denied", "HR")
create("liam", "Our project site on the intranet shows a 404 since the weekend.", "404")
create(
    "emma",
    "I can't open the asset register spreadsheet, Excel says it's locked by another user",
    "locked",
)
create(
    "liam",
    "please could i get a new contract template folder set up for my team on the drive",
    "folder",
)
create(
    "emma", "The customer database search box doesn't return any results for surnames.", "database"
)
create("liam", "I need the expenses report app installed on my new phone.", "expenses")
create("emma", "hi - the agent login for the helpline phones says my PIN is invalid", "PIN")
create("liam", "Outlook rules I set up have disappeared, so my inbox is a mess", "rules")
create("emma", "Our team calendar in Teams isn't showing anyone's leave anymore", "leave")
create("liam", "Can't log in to the customer site admin page, it loops back to the login", "loops")
create("emma", "The site's guest wifi password on the reception card doesn't work", "guest")
create("liam", "my screen goes black for a second every few minutes", "screen")
create("emma", "i need adobe photoshop for a marketing brochure pls", "Photoshop")

# ---------------------------------------------------------------------------------------------
# (4) Reads: one own ticket, and several ids in one request.
# ---------------------------------------------------------------------------------------------
get("emma", "What's the latest on 3089?", 3089)
get("emma", "status of ticket 3131 please", 3131)
get("emma", "show me 3115", 3115)
get("liam", "Where are we with 3120?", 3120)
get("liam", "any news on ticket #3076", 3076)
get("admin", "open up 3101 for me", 3101)
get("admin", "details of ticket 3055", 3055)
get("emma", "can you pull up my ticket about the second monitor?", 3131)
get("liam", "what's happening with my laptop fan ticket", 3120)
listing("emma", "Show me 3042 and 3089.", [3042, 3089])
listing("emma", "status of 3115, 3131 please", [3115, 3131])
listing("emma", "3042 3089 3115?", [3042, 3089, 3115])
listing("liam", "can you show me 3120 and 3076", [3076, 3120])
listing("admin", "pull up 3055, 3099 and 3101", [3055, 3099, 3101])
listing("admin", "Could I see tickets 3110 and 3140 side by side?", [3110, 3140])
listing("emma", "whats the status on 3131 & 3089", [3089, 3131])
listing("admin", "show tickets 3160, 3101", [3101, 3160])
listing("liam", "Please give me an update on 3120, 3076 and 3121.", [3076, 3120, 3121])
listing("emma", "look up #3005 and #3067 for me", [3005, 3067])

# ---------------------------------------------------------------------------------------------
# (5) Own lists, mostly with date phrases.
# ---------------------------------------------------------------------------------------------
listing("emma", "Which tickets did I open this week?", None)
listing("emma", "show my tickets since Monday", None)
listing("emma", "what did I log last month", None)
listing("emma", "my tickets from the past 3 days", None)
listing("liam", "List the tickets I've raised in the last fortnight, please.", None)
listing("liam", "tickets i opened today", None)
listing("emma", "Anything I submitted since the 1st of this month?", None)
listing("liam", "what have I logged this year", None)
listing("emma", "my tickets", None)
listing("liam", "Could you list all my open tickets?", None)
listing("emma", "show me my closed tickets", None)
listing("liam", "tickets I opened yesterday?", None)
listing("emma", "my requests from the last 7 days pls", None)
listing("liam", "What's still open from what I raised last week?", None)
listing("emma", "list evrything i've opened since january", None)
listing("emma", "Show the tickets I created in the past two weeks.", None)
listing("liam", "my tickets over the last 30 days", None)
listing("emma", "what are all my tickets and where are they at?", None)

# ---------------------------------------------------------------------------------------------
# Notes.
# ---------------------------------------------------------------------------------------------
note(
    "emma", "Add to 3042: it only drops on my home wifi, not on my phone hotspot.", 3042, "hotspot"
)
note("emma", "please note on 3089 that my manager Liam has approved the access", 3089, "approved")
note("emma", "add a note to 3131: a 24 inch screen would be fine", 3131, "24")
note(
    "emma",
    "on my Outlook ticket, tell them the prompt comes back after every restart",
    3115,
    "restart",
)
note("liam", "Note on 3120: it's worse when the laptop is on the dock.", 3120, "dock")
note("liam", "add to 3076 - mia's start date moved to wednesday", 3076, "wednesday")
note(
    "liam",
    "Can you add a comment to ticket 3120 saying I'm in the office all day Thursday?",
    3120,
    "Thursday",
)
note("admin", "Add a note to 3101: engineer on site tomorrow at 9am.", 3101, "engineer")
note("admin", "note on 3055 - waiting on replacement RAM from the supplier", 3055, "RAM")
note(
    "emma",
    "For 3115 can you let the agent know I'm free after 2pm to do a remote session?",
    3115,
    "2pm",
)
note("emma", "add to 3042 that I already reinstalled the VPN client", 3042, "reinstalled")
note("liam", "update 3076 with a note: she needs Salesforce access too", 3076, "Salesforce")
note("admin", "put a visible note on 3160 asking Samir to try a wired headset", 3160, "headset")
note("emma", "3089: the site is called Finance-Reporting if that helps", 3089, "Finance-Reporting")
note("admin", "comment on 3099: the BIOS update fixed it on a test machine", 3099, "BIOS")
note("emma", "Please add to my monitor request that HDMI is the port I have.", 3131, "HDMI")
note("liam", "add a note to my fan ticket: it's now making a clicking noise", 3120, "clicking")
note("admin", "3140 note: asked Olivia for a photo of the flicker", 3140, "photo")
note("emma", "Tell them on 3042: the error code is 809", 3042, "809")
note("liam", "note for ticket 3076, laptop can be left at reception", 3076, "reception")

# ---------------------------------------------------------------------------------------------
# (2) Resolve / close, often with a visible note summarising the fix.
# ---------------------------------------------------------------------------------------------
resolve(
    "admin",
    "Resolve 3101 and add a visible note summarising the fix: replaced the scanner's Wi-Fi card.",
    3101,
)
resolve(
    "admin",
    "close 3055 with a note to the user saying the faulty RAM stick was swapped",
    3055,
)
resolve(
    "admin",
    "Please resolve ticket 3160 and leave a visible note summarising what fixed it - new headset "
    "driver.",
    3160,
)
resolve(
    "admin",
    "resolve 3099, visible note: rolled back the Windows update and paused updates for a week",
    3099,
)
resolve(
    "admin",
    "Can you close 3140 and add a public note summarising the fix (monitor cable replaced)?",
    3140,
)
resolve(
    "admin",
    "mark 3110 resolved and add a note the customer can see: contractor VPN account created",
    3110,
)
resolve(
    "admin",
    "Resolve 3120 - summarise the fix in a visible note: cleaned the fan and reapplied thermal paste.",
    3120,
)
resolve("admin", "close off 3101 please", 3101)
resolve("emma", "you can close 3131, facilities gave me a monitor", 3131)
resolve("emma", "Please resolve 3089 - I have access now, thanks!", 3089)
resolve(
    "emma", "3115 is fixed, mark it resolved and add a note that the new profile fixed it", 3115
)
resolve("liam", "resolve 3120, the fan is quiet since the BIOS update", 3120)
resolve("emma", "my Outlook ticket can be closed, it's working", 3115)
resolve("liam", "Close 3076 please, Mia is all set up.", 3076)
resolve("emma", "the vpn is fine now, close 3042", 3042)

# ---------------------------------------------------------------------------------------------
# Reopen.
# ---------------------------------------------------------------------------------------------
reopen("emma", "3067 is jamming again, please reopen it", 3067)
reopen("emma", "Reopen ticket 3005 - the reset didn't stick.", 3005)
reopen("emma", "can you re-open 3018? the VPN client vanished again after an update", 3018)
reopen("liam", "reopen my wifi ticket, it's dropping again in room 2", 3121)
reopen("liam", "Please reopen 3121.", 3121)
reopen("admin", "reopen 3030 for Olivia, the calendar stopped syncing again", 3030)
reopen("emma", "the printer ticket 3067 needs reopening, same problem", 3067)
reopen("admin", "Re-open ticket 789 please", 789)
reopen("liam", "3121 isn't fixed after all, open it back up", 3121)
reopen("emma", "I'd like to reopen my old printer ticket, it's back to jamming", 3067)

# ---------------------------------------------------------------------------------------------
# Rate.
# ---------------------------------------------------------------------------------------------
rate("emma", "Rate 3067 five stars.", 3067, 5)
rate("emma", "give 3018 a 4 out of 5", 3018, 4)
rate("emma", "3005: 3/5, took a while", 3005, 3)
rate("liam", "rate 3121 2 stars, it took ages", 3121, 2)
rate("emma", "I'd like to rate ticket 3018 - 5 stars, great job", 3018, 5)
rate("liam", "Can I give 3121 a score of 4?", 3121, 4)
rate("emma", "rating for 3067: 1 star, it broke again within a day", 3067, 1)
rate("emma", "leave 4 stars on my password reset from after the holiday", 3005, 4)

# ---------------------------------------------------------------------------------------------
# (6) How-to questions answered from the knowledge base.
# ---------------------------------------------------------------------------------------------
howto("emma", "How do I map a network drive?", "drive")
howto("liam", "how do i set up the authenticator app on a new phone", "authenticator")
howto("emma", "Is there a guide for joining Teams meetings from a browser?", "Teams")
howto("liam", "How can I tell if an email is phishing?", "phishing")
howto("emma", "how do I reset my own password without calling IT?", "password")
howto("liam", "How do I install Windows updates manually?", "updates")
howto("liam", "what's the checklist for a new starter?", "starter")
howto("emma", "how do I clear a paper jam", "jam")
howto("emma", "How do I request access to a SharePoint site?", "SharePoint")
howto("liam", "how do i stop outlook asking for my password all the time?", "Outlook")
howto("emma", "How do I connect to the VPN from home?", "VPN")
howto("liam", "is there an article on setting up MFA?", "MFA")
howto("emma", "how do i get on the office wifi with my own laptop", None)
howto("liam", "Any guide for reporting a phishing email?", "phishing")
howto("emma", "where can I read how to map the S: drive", "drive")
howto("liam", "How do I schedule a Teams meeting with an external guest?", "Teams")
howto("emma", "how to set up two-factor on my account?", None)
howto("liam", "Is there a how-to for pausing Windows updates during a presentation?", "updates")
howto("emma", "How do I fix a printer that keeps jamming? Is there a guide?", "jam")
howto("liam", "how do I onboard a new starter in my team", "starter")
howto("emma", "Do you have instructions for the VPN on a Mac?", "VPN")
howto("admin", "find the kb article about sharepoint access", "SharePoint")

# ---------------------------------------------------------------------------------------------
# (7) Refused at plan time.
# ---------------------------------------------------------------------------------------------
# Someone else's ticket.
refused("emma", "show me ticket 3101")
refused("emma", "What's the status of 3110?")
refused("liam", "add a note to 3160: try restarting Teams")
refused("emma", "please close 3140 for Olivia, she's off today")
refused("liam", "can I see 3055")
refused("emma", "reopen 3030")
# A missing ticket.
refused("emma", "what's going on with 3999?")
refused("liam", "Add a note to ticket 4242: still broken.")
refused("emma", "resolve 4242")
refused("liam", "show 3999 please")
# A closed ticket to resolve, an open one to rate or reopen.
refused("emma", "close 3005")
refused("emma", "Please resolve ticket 3018.")
refused("liam", "resolve 3121, it's fine")
refused("emma", "rate 3042 five stars")
refused("liam", "reopen 3120")
# Admin-only actions and slots asked by an employee.
refused("emma", "set the priority of 3042 to high")
refused("liam", "assign my ticket 3120 to Daniel Kim")
refused("emma", "change the status of 3089 to In Progress")
refused("liam", "move 3120 to the Network team please")
refused("emma", "who is in the 2nd line support team?")
refused("liam", "which team is Marcus Reid on?")
refused("emma", "list all the agents")
refused("liam", "show me the contracts for Stark Logistics")
refused("emma", "show me all of Globex's tickets")
refused("emma", "what tickets does Olivia Brown have open?")
refused("liam", "list every ticket in the company")
refused("emma", "log a ticket for Globex site Springfield Campus: projector broken")
refused("liam", "raise a ticket on behalf of Hank Scorpio, his keyboard is dead")
# Admin: a closed ticket to resolve, a missing one.
refused("admin", "resolve 3030 and add a note that it's fixed")
refused("admin", "close ticket 4242")

# ---------------------------------------------------------------------------------------------
# Candidates (reads where the ticket meant is ambiguous).
# ---------------------------------------------------------------------------------------------
candidates("emma", "What's happening with my VPN ticket?", "get_ticket")
candidates("emma", "show my password ticket", "get_ticket")
candidates("emma", "any update on the vpn one?", "get_ticket")
candidates("emma", "Can I see my ticket about the password?", "get_ticket")
candidates("emma", "status of my vpn ticket pls", "get_ticket")
candidates("emma", "pull up the password ticket I logged", "get_ticket")
candidates("emma", "where is my VPN request at", "get_ticket")
candidates("emma", "details of my password one please", "get_ticket")
candidates("emma", "whats the latest on my vpn tiket", "get_ticket")
candidates("emma", "Could you show me the ticket about my password?", "get_ticket")

# ---------------------------------------------------------------------------------------------
# Admin updates.
# ---------------------------------------------------------------------------------------------
update("admin", "set 3101 to high priority", 3101, priority_id=2)
update("admin", "Assign 3140 to Hannah Fischer.", 3140, agent_id=9)
update("admin", "move 3055 to the Network team", 3055, team_id=12)
update("admin", "put 3099 on hold", 3099, status_id=28)
update("admin", "mark 3160 as with supplier", 3160, status_id=5)
update("admin", "3110: priority low and give it to Marcus Reid", 3110, priority_id=4, agent_id=8)
update("admin", "Please make 3099 critical.", 3099, priority_id=1)
update("admin", "reassign 3042 to priya sharma", 3042, agent_id=5)
update("admin", "send 3089 to 2nd line support", 3089, team_id=6)
update("admin", "change the status of 3140 to In Progress", 3140, status_id=2)
update(
    "admin",
    "can you give 3115 to Chloe Martin and set it to medium?",
    3115,
    agent_id=7,
    priority_id=3,
)
update("admin", "3131 status: with user", 3131, status_id=4)
update("admin", "assign 3101 to the Field Services team", 3101, team_id=15)

# ---------------------------------------------------------------------------------------------
# (3) Teams and the people in them; other admin look-ups.
# ---------------------------------------------------------------------------------------------
team_members("admin", "Who's in the Network team?", 12)
team_members("admin", "which agents are in 1st line support", 5)
team_members("admin", "list the members of the 2nd Line Support team", 6)
team_members("admin", "who works on the service desk team?", 2)
team_members("admin", "Show me the people in Field Services.", 15)
team_members("admin", "messaging team members?", 11)
team_members("admin", "who do we have in 2nd line", 6)
team_members("admin", "Which agents belong to the Network team?", 12)
lookup("admin", "Which team is Priya on?", "agents", "Priya")
lookup("admin", "what team is tom walsh in", "agents", "Walsh")
lookup("admin", "Show me Marcus Reid's details.", "agents", "Reid")
lookup("admin", "agent details for Hannah Fischer", "agents", "Fischer")
lookup("admin", "List the teams.", "teams")
lookup("admin", "what teams do we have?", "teams")
lookup("admin", "list all agents", "agents")
lookup("admin", "Who is Daniel Kim?", "agents", "Kim")
lookup("admin", "show our customers", "customers")
lookup("admin", "find asset AC-2231", "assets", "AC-2231")
lookup("admin", "what reports are available?", "reports")
lookup("admin", "look up the contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
lookup("admin", "list the ticket statuses", "statuses")
customer_tickets("admin", "Show Initech's tickets.", 42)
customer_tickets("admin", "what tickets does globex have open", 17)
customer_tickets("admin", "list all tickets for Umbrella Health", 23)
book.add(
    "admin",
    "What sites does Stark Logistics have?",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 27}},
)
book.add(
    "admin",
    "show the contracts for Globex",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
book.add(
    "admin",
    "list the users at Initech",
    {"action": "lookup", "params": {"entity": "users", "client_id": 42}},
)
