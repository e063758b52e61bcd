"""Round 54: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: an independent acceptance test written by a QA engineer: systematic but natural. Each
intent is exercised in several shapes the way different people would type it: a short direct
command, a polite question, a sentence with background before the ask, one with the ask first
and the background after, and one with a typo or missing punctuation. Emma, Liam and the portal
admin all type. The headline features are covered (customer + site in one phrase, resolve with a
visible note summarising the fix, teams and the agents in them, several ids at once, date
phrases, how-to questions, everyday Halo-noun words such as site, asset, contract, report,
agent, customer, Teams inside problem descriptions) along with plan-time refusals. Every case
is written to have exactly one fair reading.

Mix: ~28 % new problems (incl. ~11 admin tickets for a customer and site, 4 for a named user),
~9 % reads (one id, a described own ticket, or several ids at once), ~7 % own lists (some with
date phrases), ~9 % notes, ~5 % resolve (some with a visible note summarising the fix), ~4 %
reopen, ~3 % rate, ~8 % how-to, ~10 % refused at plan time, ~4 % candidates, ~13 % admin
updates and look-ups (teams and their agents, customer listings, directory searches).

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
  3999 or 4242 (ids run 3001-3260, plus 789). 3012 (Joanna Baker, Initech, closed).
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

# --- New problems: Emma (off VPN, SharePoint, Outlook password, monitor, password reset,
# 2nd-floor printer, Teams camera) -------------------------------------------------------------
create("emma", "My keyboard is missing the E key", "keyboard")
create("emma", "Could you help me? My mouse stopped working this morning.", "mouse")
create(
    "emma",
    "I came back from lunch and my laptop battery was at 0 even though it was plugged in. "
    "Please log a ticket for the charger.",
    "charger",
)
create(
    "emma",
    "Please raise a ticket: Excel crashes every time I open the budget workbook, it started "
    "after yesterday's restart.",
    "Excel",
)
create("emma", "my headset mic isnt working in calls", "headset")
create("emma", "The asset tag sticker on my laptop has peeled off, can I get a new one?", "tag")
create(
    "emma",
    "Would you be able to look at my docking station? It no longer charges my laptop.",
    "docking",
)
create(
    "emma",
    "The customer contracts folder on the shared drive says access denied when I open it.",
    "contracts",
)
create("emma", "Adobe Reader won't open any PDFs", "PDF")
create(
    "emma",
    "The room booking site shows every room as taken, even the empty ones.",
    "booking",
)
create("emma", "Log a ticket please - my desk phone has no dial tone", "phone")
create(
    "emma",
    "I'm working from the Warehouse today and the badge reader at the side door won't accept "
    "my card.",
    "badge",
)
create("emma", "the antivirus agent on my pc keeps popping up a warning every 5 min", "antivirus")
create(
    "emma",
    "Is it possible to get the webcam driver reinstalled? My laptop's built-in webcam shows a "
    "black image in the browser.",
    "webcam",
)
create(
    "emma",
    "The monthly sales report macro fails with a runtime error 1004.",
    "macro",
)
create("emma", "Need a ticket: Chrome freezes whenever I upload a file", "Chrome")
create(
    "emma",
    "I was preparing slides for the customer visit and PowerPoint keeps closing without saving.",
    "PowerPoint",
)
create("emma", "my laptop screen has a crack accross the corner", "screen")
create(
    "emma", "Calculator app is gone from my start menu. Could someone put it back?", "Calculator"
)
create(
    "emma",
    "Can you report a problem for me: the scanner next to reception sends scans to nobody.",
    "scanner",
)
create("emma", "OneDrive stopped syncing my Documents folder", "OneDrive")
create("emma", "The USB-C port on my laptop is loose", "USB")
create(
    "emma",
    "I need a new ticket. Since the weekend my Zoom client says 'unable to connect'.",
    "Zoom",
)
create(
    "emma",
    "pls help, the kitchen tv screen for announcements is stuck on a loading logo",
    "kitchen",
)

create(
    "emma",
    "Hi, small one: the clock on my laptop is an hour behind and won't correct itself.",
    "clock",
)
create("emma", "The contract template in Word opens as read-only for me", "template")
create("emma", "Can you help me? The Report button in the CRM does nothing when I click it.", "CRM")
create(
    "emma",
    "Please set up a shared mailbox for the events team - we launch the spring programme next "
    "month and need one address.",
    "mailbox",
)

# --- New problems: Liam (off laptop fan/overheating, meeting room 2 Wi-Fi, new starter Mia) ---
create("liam", "Teams crashes when I share my screen", "Teams")
create(
    "liam",
    "Could you please look into why our team's shared calendar isn't syncing to my phone?",
    "calendar",
)
create(
    "liam",
    "We have the quarterly review on Thursday and the projector in the boardroom won't pick up "
    "HDMI. Please raise a ticket.",
    "projector",
)
create(
    "liam",
    "Raise a ticket for the report server, it times out whenever I run the headcount report.",
    "report",
)
create("liam", "my mouse scroll wheel jumps all over the place", "mouse")
create("liam", "I need a replacement power adapter, mine is frayed near the plug", "adapter")
create(
    "liam",
    "Would you mind logging that the expense app rejects every receipt photo I upload?",
    "expense",
)
create(
    "liam",
    "Our customer portal login page shows a certificate warning for everyone in my team.",
    "certificate",
)
create("liam", "Word keeps crashing when I insert a table", "Word")
create("liam", "Log this: the shared mailbox for sales isn't showing new emails", "mailbox")
create(
    "liam",
    "After the latest update my laptop's touchpad stopped clicking. Can you help?",
    "touchpad",
)
create("liam", "the door access panel on the 3rd floor beeps red for my badge", "badge")
create(
    "liam",
    "Please open a ticket - our Teams channel files tab says 'something went wrong'.",
    "Teams",
)
create("liam", "I can't install the budgeting software, it says admin rights required", "software")
create(
    "liam",
    "Two people on my team can't print to the 4th floor colour printer, it says offline.",
    "printer",
)
create("liam", "Bluetooth headphones won't pair with my laptop anymore", "Bluetooth")
create(
    "liam",
    "The asset register lists the wrong serial number for my laptop, please get it corrected.",
    "serial",
)
create("liam", "my laptop keyboard is typing double leters", "keyboard")
create(
    "liam",
    "I'm travelling next week, my mobile hotspot won't share internet with the laptop. "
    "Please log a ticket.",
    "hotspot",
)
create("liam", "Excel pivot tables won't refresh from the data source", "pivot")

create("liam", "The agent dashboard in our CRM shows zero leads for everyone", "dashboard")
create(
    "liam",
    "Could you log that the lobby screen in reception is showing a Windows error?",
    "Windows",
)
create("liam", "pls raise ticket my team cant open the shared contracts spreadsheet", "spreadsheet")

# --- New problems: admin, customer + site in one phrase -----------------------------------------
create(
    "admin",
    "New ticket for Globex at Springfield Campus: the badge reader at the main entrance is dead.",
    "badge",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Log a ticket for Initech Austin Branch, their router keeps rebooting every hour.",
    "router",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health Laboratory reports the barcode scanner has stopped reading sample labels. "
    "Please raise a ticket.",
    "scanner",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Could you create a ticket for Stark Logistics Fleet Depot? The tablets in the vans won't "
    "sync their delivery lists.",
    "tablet",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Wayne Foundation Gotham Office - the boardroom projector has no signal",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Raise a ticket for Globex Cypress Creek: the shared drive is read-only for all staff.",
    "drive",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Initech Main Office called, all desk phones are down. Open a ticket.",
    "phone",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Stark Logistics Distribution Centre: the shipping label printer on the loading dock prints "
    "blank labels",
    "label",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Open a ticket for Umbrella Health Raccoon City Clinic, the check-in kiosk at reception is "
    "frozen.",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "ticket for umbrella health head office - email bouncing back for the whole finance team",
    "email",
    client_id=23,
    site_id=53,
)
create(
    "admin",
    "Please log for Acme Inc HQ that the lobby display screen shows nothing.",
    "screen",
    client_id=12,
    site_id=31,
)

create(
    "admin",
    "Globex Springfield Campus needs a ticket: their guest Wi-Fi network is down.",
    "guest",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "new ticket for stark logistics fleet depot, tracker in van 12 offline",
    "tracker",
    client_id=27,
    site_id=62,
)

# --- New problems: admin, for a named user -----------------------------------------------------
create("admin", "Raise a ticket for Hank Scorpio: his laptop won't charge.", "laptop", user_id=302)
create(
    "admin",
    "Joanna Baker rang, she can't open any Excel attachments. Log it for her please.",
    "Excel",
    user_id=404,
)
create(
    "admin",
    "Open a ticket on behalf of Pepper Potts - her docking station isn't detecting screens",
    "docking",
    user_id=601,
)
create(
    "admin",
    "Could you create a ticket for Mia Chen? Her keyboard is missing several keys.",
    "keyboard",
    user_id=206,
)

# --- Reads ------------------------------------------------------------------------------------
get("emma", "Show ticket 3089", 3089)
get("emma", "Could you tell me the status of 3131?", 3131)
get("emma", "I asked for a second monitor a while ago. What's happening with that request?", 3131)
get("emma", "What's the latest on my SharePoint access request? It's been a few days.", 3089)
get("emma", "open 3067 pls", 3067)
get("emma", "Any update on ticket #3115", 3115)
get("emma", "Show me my Teams camera ticket", 3150)
get("liam", "Status of 3120?", 3120)
get(
    "liam",
    "Mia starts soon and I raised a ticket for her laptop and accounts. Where is it at?",
    3076,
)
get("liam", "Show me the ticket about my laptop fan, I want to see who's on it.", 3120)
get("liam", "whats going on with 3076", 3076)
get("liam", "Can you show me ticket 3121 again? I want to check what was done.", 3121)
get("admin", "Show ticket 3160", 3160)
get("admin", "Can you pull up 3055 for me?", 3055)
get("admin", "open ticket 789", 789)
listing("emma", "Show 3042 and 3089", [3042, 3089])
listing("emma", "Could you show me tickets 3115, 3131 and 3089?", [3089, 3115, 3131])
listing("liam", "show 3120 & 3121", [3120, 3121])
listing("admin", "Show me 3101, 3055 and 3099", [3055, 3099, 3101])
listing("admin", "I'm reviewing Olivia's work: pull up 3110 and 3140 please.", [3110, 3140])
listing("admin", "tickets 3160,3055", [3055, 3160])
get("admin", "Details for 3099, I want to see who has it.", 3099)

# --- Own lists (some with date phrases) --------------------------------------------------------
listing("emma", "My tickets")
listing("emma", "Could you list all the tickets I have open?")
listing("emma", "I lose track of what I've asked for. What have I raised since Monday?")
listing("emma", "Show me everything I logged this month")
listing("emma", "what tickets have i raised last week")
listing("emma", "List my requests from the last 30 days, please.")
listing("emma", "Any of my tickets still open?")
listing("liam", "List my tickets")
listing("liam", "Would you show me the tickets I've opened this year?")
listing("liam", "Before my 1:1 I want an overview: show my tickets since Friday.")
listing("liam", "show my open tickets pls")
listing("liam", "What have I logged in the past two weeks?")
listing("liam", "my tickets from yesterday")
listing("emma", "Show my closed tickets")
listing("liam", "Which of my requests are still waiting?")
listing("emma", "Tickets I raised since 1 March")
listing("liam", "everything i raised this quarter")

# --- Notes -----------------------------------------------------------------------------------
note("emma", "Add a note to 3089: my manager has approved the access.", 3089, "approved")
note(
    "emma",
    "Could you let them know on 3115 that I'll be out of the office on Friday?",
    3115,
    "Friday",
)
note(
    "emma",
    "I tried the steps they sent for 3042 and the VPN still drops after ten minutes. "
    "Please add that to the ticket.",
    3042,
    "drops",
)
note(
    "emma",
    "Add to 3131 that a 24-inch screen would be fine, I sit at desk 14.",
    3131,
    "desk",
)
note("emma", "note on 3089 - i need edit rights not just read", 3089, "edit")
note(
    "emma",
    "On my VPN ticket that's still open, please tell them I'm home all week for a remote session.",
    3042,
    "remote",
)
note(
    "emma",
    "Tell the agent on 3115 that the prompt appears again after every reboot.",
    3115,
    "reboot",
)
note("liam", "Add a note to 3120: it shut down by itself twice today.", 3120, "shut")
note(
    "liam",
    "Could you add to 3076 that Mia's start date has moved to the 15th?",
    3076,
    "15th",
)
note(
    "liam",
    "The fan noise got worse after the BIOS update yesterday. Add this to ticket 3120.",
    3120,
    "BIOS",
)
note(
    "liam",
    "Add to my laptop fan ticket that I can drop the laptop off at the desk on Tuesday.",
    3120,
    "Tuesday",
)
note("liam", "pls note on 3076 mia also needs access to the finance drive", 3076, "finance")
note("admin", "Add a note to 3101: replacement scanner ordered.", 3101, "ordered")
note(
    "admin",
    "Could you put a note on 3055 saying the memory test passed?",
    3055,
    "memory",
)
note(
    "admin",
    "I spoke to the supplier this morning. Add to 3099 that the engineer visits on Wednesday.",
    3099,
    "Wednesday",
)
note(
    "admin",
    "Note on 3160 please: asked the user to try a wired headset, awaiting reply.",
    3160,
    "headset",
)
note(
    "admin", "add note to 3110 contractor account created, expires in 3 months", 3110, "contractor"
)
note("admin", "Add an internal note to 3140: need the asset number of the monitor.", 3140, "asset")
note(
    "emma",
    "Please add a comment to 3131: my manager Liam has signed off on the monitor.",
    3131,
    "signed",
)
note(
    "liam",
    "Add a note on 3120 saying the serial number is on the sticker underneath.",
    3120,
    "serial",
)
note("admin", "put a note on 3101 - scanner 4 firmware updated", 3101, "firmware")
note(
    "emma", "Reply on 3115: the new profile didn't help, still asks for password.", 3115, "profile"
)

# --- Resolve ---------------------------------------------------------------------------------
resolve("emma", "Resolve 3089", 3089)
resolve("emma", "Could you close 3131? I don't need the monitor any more.", 3131)
resolve(
    "emma",
    "The Outlook prompts stopped after I signed out and back in. Please resolve 3115.",
    3115,
)
resolve("liam", "Close 3120, the new fan fixed it", 3120)
resolve("liam", "mia is all set up, you can close 3076 now", 3076)
resolve(
    "admin",
    "Resolve 3101 and add a visible note summarising the fix: replaced the scanner's Wi-Fi module.",
    3101,
)
resolve(
    "admin",
    "Please resolve 3055 with a visible note summarising the fix (faulty RAM stick replaced).",
    3055,
)
resolve(
    "admin",
    "The laptop boots again after rolling back the update. Resolve 3099 and leave a note for the "
    "user explaining that.",
    3099,
)
resolve(
    "admin", "close ticket 3160 and add a visible note: audio fixed by a new headset driver", 3160
)
resolve(
    "emma",
    "My VPN is stable now after the reinstall, please resolve 3042 and add a note saying the "
    "reinstall fixed it.",
    3042,
)
resolve("admin", "Resolve 3110, contractor VPN access done.", 3110)
resolve("admin", "Mark 3140 as resolved, the monitor cable was swapped.", 3140)

# --- Reopen ----------------------------------------------------------------------------------
reopen("emma", "Reopen 3067", 3067)
reopen("emma", "Could you reopen 3018? The VPN client vanished again after an update.", 3018)
reopen(
    "emma",
    "The 2nd floor printer is jamming on every job again. Please reopen my old ticket 3067.",
    3067,
)
reopen("emma", "reopen 3005 pls, forgot the new password already", 3005)
reopen("liam", "Reopen 3121, the Wi-Fi is dropping again in meeting room 2.", 3121)
reopen("liam", "Can you re-open my Wi-Fi ticket? Room 2 drops calls again.", 3121)
reopen("admin", "Reopen ticket 3030", 3030)
reopen("admin", "Olivia says the battery swelled again, reopen 789 please", 789)
reopen("liam", "please reopen 3121 its happening again", 3121)
reopen("admin", "Could you reopen 3012? The 1st floor printer is jamming again.", 3012)

# --- Rate ------------------------------------------------------------------------------------
rate("emma", "Rate 3067 5 stars", 3067, 5)
rate("emma", "Could I give ticket 3005 a 4 out of 5?", 3005, 4)
rate("emma", "The fix took a while but it works. I'd rate 3018 3/5.", 3018, 3)
rate("liam", "Rate 3121 2 stars - it took three visits.", 3121, 2)
rate("emma", "give 3067 a rating of 4", 3067, 4)
rate("liam", "I'd like to rate ticket 3121 five out of five", 3121, 5)
rate("emma", "rate 3005 1 star, took a week", 3005, 1)
rate("emma", "Please score ticket 3018 with 5 stars.", 3018, 5)

# --- How-to (knowledge base) --------------------------------------------------------------------
howto("emma", "How do I map a network drive?", "drive")
howto("emma", "Is there a guide for setting up the Authenticator app?", "Authenticator")
howto("emma", "I keep getting strange emails. How do I spot phishing?", "phishing")
howto("emma", "how do i clear a paper jam", "jam")
howto("emma", "How can I reset my own password without calling the desk?", "password")
howto("liam", "How do I book a Teams meeting with an external guest?", "Teams")
howto("liam", "Is there a new starter checklist?", "starter")
howto("liam", "how to install windows updates", "Windows")
howto("liam", "How do I connect to the office wifi on my phone?", "wifi")
howto("liam", "How do I request access to a SharePoint site?", "SharePoint")
howto("emma", "Do you have any how-to guides?")
howto("liam", "Where can I find instructions for using the VPN from home?", "VPN")
howto("liam", "Outlook keeps asking me to sign in - is there an article on that?", "Outlook")
howto("liam", "how do i set up mfa on a new phone", "mfa")
howto("emma", "Is there a knowledge base article on Windows updates?", "Windows")
howto("liam", "What's the procedure to report a phishing email?", "phishing")
howto("emma", "Show me the help articles")
howto("liam", "Could you point me to a guide on mapping a shared drive?", "drive")
howto("admin", "Search the knowledge base for paper jam", "jam")
howto("emma", "how do i join a teams meeting from a browser", "teams")

# --- Refused at plan time ----------------------------------------------------------------------
refused("emma", "Show ticket 3101")
refused("emma", "Could you show me ticket 3110?")
refused("emma", "Olivia said she had a monitor ticket, 3140. Can I see it?")
refused("emma", "Open ticket 3999")
refused("emma", "what's the status of 4242")
refused("emma", "Add a note to 3140: same problem on my desk.")
refused("emma", "Resolve 3055")
refused("emma", "Set 3042 to high priority")
refused("emma", "Please assign 3089 to Marcus Reid, he knows the system.")
refused("emma", "Change the status of 3131 to In Progress")
refused("emma", "List all agents")
refused("emma", "Could you show me the list of customers?")
refused("emma", "show me the contracts for Globex")
refused("liam", "Show me all tickets in the company")
refused("liam", "Can you list Emma's tickets? She's in my team.")
refused("liam", "Show ticket 3055")
refused("emma", "Resolve 3067")
refused("emma", "Rate 3042 5 stars")
refused("emma", "Reopen 3115")
refused("liam", "rate 3120 4 stars")
refused("liam", "Reopen 3120")
refused("liam", "Close 3121")
refused("liam", "Move 3120 to the Network team")
refused("emma", "Who is in the Network team?")
refused("liam", "Note on 4242: please call me back.")

# --- Candidates (reads where the ticket meant is ambiguous) -------------------------------------
candidates("emma", "Show my VPN ticket", "get_ticket")
candidates("emma", "What's the status of my VPN ticket?", "get_ticket")
candidates("emma", "I had an issue with the VPN. Can you pull up my VPN ticket?", "get_ticket")
candidates("emma", "whats happening with my vpn ticket", "get_ticket")
candidates("emma", "Show my password ticket", "get_ticket")
candidates("emma", "Could you open my password ticket for me?", "get_ticket")
candidates("emma", "Where is my password ticket at? I can't remember which one.", "get_ticket")
candidates("emma", "Any news on my password ticket", "get_ticket")
candidates("emma", "show me the vpn one", "get_ticket")
candidates("emma", "Can I see the ticket about my password?", "get_ticket")

# --- Admin updates -----------------------------------------------------------------------------
update("admin", "Set 3101 to high priority", 3101, priority_id=2)
update("admin", "Could you assign 3055 to Daniel Kim?", 3055, agent_id=6)
update("admin", "This is a network fault really. Move 3099 to the Network team.", 3099, team_id=12)
update("admin", "Put 3160 on hold, the user is on leave.", 3160, status_id=28)
update("admin", "change status of 3110 to with supplier", 3110, status_id=5)
update("admin", "Make 3140 critical", 3140, priority_id=1)
update("admin", "Give 3042 to Marcus Reid", 3042, agent_id=8)
update("admin", "Reassign 3120 to 2nd Line Support please", 3120, team_id=6)
update(
    "admin",
    "Please assign 3101 to Priya Sharma and set the priority to high.",
    3101,
    agent_id=5,
    priority_id=2,
)
update("admin", "Lower 3089 to low priority", 3089, priority_id=4)
update("admin", "3115 should go to the Messaging team", 3115, team_id=11)
update("admin", "set 3131 status to in progress", 3131, status_id=2)
update("admin", "Assign ticket 3140 to Hannah Fischer, she's on site tomorrow.", 3140, agent_id=9)

# --- Admin look-ups ----------------------------------------------------------------------------
team_members("admin", "Who is in the Network team?", 12)
team_members("admin", "Which agents are in 1st Line Support?", 5)
team_members("admin", "I need to plan the rota. Who's on the Service Desk team?", 2)
team_members("admin", "list the members of field services", 15)
team_members("admin", "Could you show me the agents in 2nd Line Support?", 6)
team_members("admin", "who works in the messaging team", 11)
lookup("admin", "List all teams", "teams")
lookup("admin", "Find the agent called Hannah", "agents", "Hannah")
lookup("admin", "Look up customer Globex", "customers", "Globex")
lookup("admin", "Find user Pepper Potts", "users", "Pepper")
lookup("admin", "look up asset AC-2219", "assets", "AC-2219")
lookup("admin", "Show me the reports", "reports")
lookup("admin", "Can you find the SLA compliance report?", "reports", "SLA")
lookup("admin", "Show upcoming appointments", "appointments")
lookup("admin", "List the invoices", "invoices")
lookup("admin", "What statuses are available?", "statuses")
lookup("admin", "list priorities", "priorities")
lookup("admin", "Search contracts for STARK-NETWORK", "contracts", "STARK-NETWORK")
customer_records("admin", "What sites does Umbrella Health have?", "sites", 23)
customer_records("admin", "Show Globex's contracts", "contracts", 17)
customer_records("admin", "list the users at Stark Logistics", "users", 27)
customer_tickets("admin", "Show all tickets for Initech", 42)
customer_tickets("admin", "Could you list Umbrella Health's tickets?", 23)
customer_tickets("admin", "wayne foundation tickets", 35)
