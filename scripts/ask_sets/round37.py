"""Round 37: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box, each paired with the one action (and key ids) the portal should propose, or with a
refusal at plan time, or with candidate tickets where the ticket meant is ambiguous. Written
without reading the parser, its tests or earlier sets' cases (held out).

Style: people new to a self-service portal typing into a chat box the way they would message a
colleague: natural sentences, varied verbs and word order, questions as often as commands
("can you...", "is it possible to...", "what's happening with..."), occasional context before
the ask ("I'm working from the café today and..."), lower-case starts, a few typos ("recieve",
"pleae", "tikcet"). About 80 % of the cases are the employees Emma and Liam, the rest the portal
admin (ordinary ticket updates, directory look-ups including teams and agents, tickets for a
customer and site or a named user, listing a customer's tickets). Everyday words that are also
Halo nouns (Teams, Outlook, site, asset, contract, report, agent, customer) appear inside problem
descriptions and how-to questions, where they stay part of the description. Emma's new problems
stay off the topics of her own tickets (VPN, SharePoint access, Outlook password, second
monitor, password reset, 2nd-floor printer, Teams camera) and Liam's off his laptop
fan/overheating, Wi-Fi in meeting room 2 and new-starter (Mia) tickets, so that a new ticket is
the only fair reading.

Mix: ~30 % new problems and requests (employees, plus admin tickets for a customer/site or a
named user), ~8 % reading one own ticket or several ids at once, ~7 % listing own tickets (open,
closed, this week, since Monday, waiting on me), ~8 % notes (ticket by number or described),
~5 % resolve (sometimes with what fixed it), ~4 % reopen, ~4 % rate (1-5), ~8 % how-to
(knowledge base), ~10 % refused at plan time (someone else's ticket, a missing one such as 3999,
an admin-only action or look-up asked by an employee, resolving a closed ticket, rating an open
one), ~5 % candidates (reads only: Emma's "my VPN ticket" -> 3018/3042, "my password ticket" ->
3005/3115), ~14 % other admin work (update_ticket with status/priority/agent/team ids, look-ups,
listing for a customer).

Look-ups (how-to and admin directory questions) are checked by action `lookup`, the entity
meant and, where the person typed a clear search word, `search_has`.

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
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- KB articles (visible): 101 VPN from home, 102 password self-service reset, 103 paper jam, 104
  MFA / Authenticator, 105 Outlook password prompts, 106 office Wi-Fi, 107 SharePoint access, 108
  Teams meetings, 109 new starter checklist, 110 mapping a network drive, 111 phishing, 112
  Windows updates. Assets AC-2219, AC-2220 (Emma), AC-2231 (Liam). Contracts per customer
  (e.g. GLX-MSP-2026, INI-SUPPORT), reports 1-5 (e.g. "SLA compliance (last 30 days)",
  "Asset warranty expiry"), appointments (e.g. "Core switch firmware upgrade window").
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto


# --- New problems and requests: Emma -------------------------------------------------------------
create("emma", "my keyboard has stopped typing the letter e, can someone have a look?", "keyboard")
create("emma", "Hi, the docking station on my desk isn't charging my laptop anymore", "docking")
create(
    "emma",
    "is it possible to get Adobe Acrobat Pro installed? I need to edit PDFs for a client contract",
    "Acrobat",
)
create("emma", "Excel crashes every time I open the quarterly budget spreadsheet", "Excel")
create(
    "emma",
    "I'm working from the café today and my mouse just died, could I get a new wireless one sent over?",
    "mouse",
)
create(
    "emma",
    "could someone fix the heating display in the kitchen? no wait, sorry, it's the badge reader on the kitchen door that won't read my card",
    "badge",
)
create("emma", "OneDrive says 'sync paused' and won't start again no matter what I do", "OneDrive")
create("emma", "my headset mic cuts out on calls, people say I sound like a robot", "headset")
create("emma", "Can I request a phone charger? Mine snapped this morning", "charger")
create(
    "emma", "the projector in the boardroom shows no signal when I plug my laptop in", "projector"
)
create(
    "emma",
    "we have a customer visiting on Thursday and the guest wifi code isnt working for visitors",
    "guest",
)
create(
    "emma",
    "I need access to the HR shared mailbox please, my manager approved it yesterday",
    "mailbox",
)
create("emma", "my work phone won't connect to my email since the update", "phone")
create(
    "emma",
    "Hello! I'd like to report that the site map on the intranet page is showing a 404 error",
    "404",
)
create(
    "emma",
    "the sales report in Power BI won't refresh, it's stuck on data from last month",
    "Power",
)
create("emma", "When I try to print to PDF nothing happens at all, the window just closes", "PDF")
create(
    "emma",
    "Can you set me up with Zoom? A supplier insists on using it for our weekly call",
    "Zoom",
)
create(
    "emma", "my screen keeps flickering when I open Chrome, it's giving me a headache", "flickering"
)
create(
    "emma",
    "there's water dripping from the ceiling above the server cupboard on the 3rd floor!!",
    "water",
)
create(
    "emma", "Somehow my calendar in Outlook lost all my recurring meetings overnight", "calendar"
)
create(
    "emma",
    "I think I clicked a dodgy link in an email about a parcel delivery, what should I do, can someone check my pc",
    "link",
)
create("emma", "need a licence for Visio pls", "Visio")
create("emma", "The asset tag sticker on my laptop has peeled off, do I need a new one?", "sticker")
create("emma", "my USB stick isn't recognised by the computer but it works at home", "USB")
create(
    "emma",
    "Could I get a larger mailbox? I keep getting warnings that mine is almost full",
    "mailbox",
)
create("emma", "the speakerphone in meeting room 4 echoes on every call lol", "speakerphone")
create("emma", "files on the S drive open as read-only for me since friday", "read-only")
create(
    "emma",
    "Hi team, my laptop's battery only lasts about an hour now, could it be replaced?",
    "battery",
)
create("emma", "the expenses app crashes whenever I upload a photo of a receipt", "expenses")
create("emma", "after the Windows update last night my sound doesn't work at all", "sound")

# --- New problems and requests: Liam -------------------------------------------------------------
create("liam", "Teams keeps signing me out every hour or so, really annoying during calls", "Teams")
create(
    "liam",
    "could I get a second keyboard for the hot desk area? the one there is missing half its keys",
    "keyboard",
)
create(
    "liam",
    "Outlook won't let me attach files bigger than 10MB, is there a way round it or can you raise the limit?",
    "attach",
)
create("liam", "The printer in the warehouse office is printing everything in pink", "pink")
create(
    "liam",
    "I've started managing the Stark account and need the customer portal login for their site",
    "login",
)
create("liam", "my monitor arm is broken and the screen keeps sliding down", "arm")
create(
    "liam",
    "can someone install Python and VS Code on my machine? I'm doing a data course",
    "Python",
)
create(
    "liam", "The shared calendar for the delivery team isn't showing up in my Outlook", "calendar"
)
create("liam", "my desk phone has no dial tone since they moved my desk", "phone")
create(
    "liam",
    "Is it possible to get a mobile hotspot for a trip to the Fleet Depot next week? there's no signal there",
    "hotspot",
)
create(
    "liam",
    "Getting 'disk almost full' warnings on my pc, I dont know what's taking the space",
    "disk",
)
create("liam", "I'd like to order a new laptop bag, the strap on mine ripped", "bag")
create("liam", "the agent app for the call queue won't load, it's just a white screen", "white")
create(
    "liam",
    "somebody sent me a zip file from a customer and my antivirus quarantined it, can I get it released?",
    "zip",
)
create("liam", "My Teams status is stuck on 'away' even when I'm typing", "status")
create("liam", "Hey, our team needs a new shared folder for the Q3 contract renewals", "folder")
create("liam", "Can't open any links in emails, they just do nothing when I click", "links")
create(
    "liam",
    "I spilled coffee on my keyboard, sorry!! it's sticky and some keys don't work",
    "coffee",
)
create(
    "liam",
    "is there any chance of getting a standing desk? doctor recommended it for my back",
    "desk",
)
create(
    "liam",
    "my scanner software stopped working after the upgrade, it says driver not found",
    "scanner",
)
create(
    "liam",
    "Please can you give me access to the Salesforce reports for the north region",
    "Salesforce",
)
create(
    "liam",
    "The clock on my computer is 7 minutes fast and it's messing up my meeting reminders",
    "clock",
)
create(
    "liam", "i need to recieve faxes from a supplier, do we even have a fax number anymore?", "fax"
)
create(
    "liam",
    "Our team site on the intranet has the wrong manager listed, can it be updated?",
    "manager",
)
create("liam", "My mouse pointer jumps around the screen randomly", "pointer")
create(
    "liam", "need my email signature updated with my new job title: Account Manager", "signature"
)
create("liam", "The TV screen in reception is stuck on a Windows error message", "reception")
create(
    "liam", "Could I get an extra charger for the office so I don't have to carry mine?", "charger"
)

# --- Reading one ticket, or several ids at once --------------------------------------------------
get("emma", "what's happening with 3089?", 3089)
get("emma", "can you show me ticket 3131", 3131)
get("emma", "Any update on my SharePoint access request? it's been a week", 3089)
get("emma", "I'd like to see the details of #3115 please", 3115)
get("emma", "whats the status of my second monitor request", 3131)
get("emma", "could you pull up 3067 for me, I want to check what they did to the printer", 3067)
get("emma", "has anyone replied on ticket 3042 yet?", 3042)
get("emma", "show me 3150 please, I forgot what happened with it", 3150)
get("liam", "where are we with 3120?", 3120)
get("liam", "Show me the ticket about my noisy laptop fan", 3120)
get("liam", "is Mia's onboarding ticket done yet?", 3076)
get("liam", "I want to look at 3121 again, what was the fix for the meeting room wifi?", 3121)
get("liam", "tikcet 3076 - what's it waiting on?", 3076)
listing("emma", "can I see 3042 and 3089 together?", [3042, 3089])
listing("emma", "Show me 3005, 3018 and 3067", [3005, 3018, 3067])
listing("emma", "what's the status on 3115 and 3131?", [3115, 3131])
listing("liam", "pull up 3120 and 3121 pls", [3120, 3121])
listing("liam", "Could you show tickets 3076, 3120 and 3121 side by side", [3076, 3120, 3121])
listing("emma", "quick look at 3089 & 3131?", [3089, 3131])

# --- Listing own tickets -------------------------------------------------------------------------
listing("emma", "what tickets do I have open at the moment?")
listing("emma", "Show me everything I've raised")
listing("emma", "which of my tickets are closed?")
listing("emma", "have I logged anything this week?")
listing("emma", "list my requests since Monday")
listing("emma", "Are any of my tickets waiting on me to do something?")
listing("emma", "my tickets")
listing("emma", "can you remind me what I've got open with IT")
listing("liam", "What have I got outstanding?")
listing("liam", "show my closed tickets from this month")
listing("liam", "anything of mine that needs a reply from me?")
listing("liam", "I lost track, how many tickets do I have open?")
listing("liam", "list all my tickets please")
listing("liam", "did I open any tickets since monday?")
listing("liam", "which tickets of mine are still in progress")
listing("emma", "Give me an overview of my open requests, newest first")

# --- Candidates: the ticket meant is ambiguous (reads only) -------------------------------------
candidates("emma", "what's going on with my VPN ticket?", "get_ticket")
candidates("emma", "show me my vpn ticket", "get_ticket")
candidates("emma", "Can I see my password ticket please", "get_ticket")
candidates("emma", "any news on the password ticket I raised?", "get_ticket")
candidates("emma", "pull up my VPN ticket for me", "get_ticket")
candidates("emma", "I want to check my ticket about the VPN", "get_ticket")
candidates("emma", "where's my password ticket at?", "get_ticket")
candidates("emma", "open the ticket about my password", "get_ticket")
candidates("emma", "What did IT say on my VPN ticket", "get_ticket")
candidates(
    "emma", "could you find my password ticket? I need to check something in it", "get_ticket"
)
candidates("emma", "status of my VPN ticket?", "get_ticket")
candidates("emma", "hey, what's the latest on my password ticket", "get_ticket")

# --- Adding notes (ticket by number or described) ------------------------------------------------
note("emma", "can you add to 3042 that it dropped again at 10am today, twice", 3042, "dropped")
note(
    "emma",
    "Please let them know on my SharePoint ticket that my manager Raj has approved the access",
    3089,
    "Raj",
)
note("emma", "add a note on 3131: I'm happy with any size, 24 inch is fine", 3131, "24")
note(
    "emma",
    "For the Outlook ticket, tell them the prompt also appears on my phone now",
    3115,
    "phone",
)
note(
    "emma",
    "I'm off on Friday so on 3115 please mention that the remote session needs to be before then",
    3115,
    "Friday",
)
note("emma", "on my monitor request, can you note that I sit at desk 14B", 3131, "14B")
note("emma", "update 3089 with: I need edit rights, not just read", 3089, "edit")
note(
    "emma",
    "could you add a comment to ticket 3042 saying I've restarted the router and it still happens",
    3042,
    "router",
)
note(
    "emma",
    "tell IT on the Finance SharePoint one that the link they sent me gives 'access denied'",
    3089,
    "denied",
)
note(
    "liam",
    "add to 3120 that it's got worse, the fan is now running all the time even when idle",
    3120,
    "idle",
)
note(
    "liam",
    "Can you let them know on my laptop ticket that I'm at the Warehouse all Tuesday",
    3120,
    "Tuesday",
)
note("liam", "note on 3076: Mia's start date has moved to the 14th", 3076, "14th")
note(
    "liam",
    "on Mia's new starter ticket pls add that she'll need a Salesforce account too",
    3076,
    "Salesforce",
)
note(
    "liam", "For 3120 — I'm happy to swap laptops if that's easier, just tell me when", 3120, "swap"
)
note(
    "liam",
    "could you write on ticket 3076 that her desk will be next to mine on the 1st floor",
    3076,
    "desk",
)
note(
    "emma",
    "I have a screenshot of the error for 3115, can you note that I'll email it across",
    3115,
    "screenshot",
)
note("liam", "the laptop one: add that it made a burning smell this morning", 3120, "smell")
note(
    "emma",
    "Just add on my VPN ticket that's still open that it only happens on the home wifi, not on my phone hotspot",
    3042,
    "hotspot",
)
note(
    "liam",
    "add a note to 3120 saying thanks for the update, Thursday 11am works for the visit",
    3120,
    "Thursday",
)
note("emma", "Re 3131: my manager said the budget code is FIN-204", 3131, "FIN-204")

# --- Resolving own tickets (sometimes with what fixed it) ----------------------------------------
resolve("emma", "you can close 3042, the VPN has been fine all week", 3042)
resolve("emma", "I got into the Finance SharePoint now, please mark 3089 as resolved", 3089)
resolve(
    "emma", "The Outlook password thing fixed itself after I restarted, so 3115 can be closed", 3115
)
resolve("emma", "please resolve my second monitor request, facilities found me a spare one", 3131)
resolve("emma", "Can we close ticket 3115? clearing the saved credentials fixed it", 3115)
resolve("liam", "3120 can be resolved, the new fan was fitted and it's quiet now", 3120)
resolve("liam", "Mia's all set up and working, so please close her new starter ticket", 3076)
resolve("liam", "resolve 3076 pls", 3076)
resolve("liam", "my laptop is fine now after the BIOS update, mark the ticket as fixed", 3120)
resolve(
    "emma",
    "no need for 3131 anymore, i moved desks and there's already two screens here. close it?",
    3131,
)
resolve("emma", "Mark 3042 solved - reinstalling the client did the trick", 3042)
resolve("emma", "the SharePoint access ticket can be closed, thanks for the help!", 3089)

# --- Reopening closed tickets --------------------------------------------------------------------
reopen("emma", "the printer on the 2nd floor is jamming again, can you reopen 3067?", 3067)
reopen("emma", "Please reopen 3018, the VPN client disappeared again after the update", 3018)
reopen(
    "emma", "my password reset ticket got closed but I still can't get in, can it be reopened", 3005
)
reopen("emma", "re-open ticket 3005 please", 3005)
reopen("liam", "The wifi in meeting room 2 is dropping again, reopen 3121", 3121)
reopen("liam", "can you open 3121 back up? same problem as before", 3121)
reopen("emma", "I'd like the printer ticket reopened, it's happening again this morning", 3067)
reopen("liam", "3121 was closed too early, it's not fixed, please reopen it", 3121)
reopen("emma", "is it possible to reopen 3018? the fix didn't stick", 3018)
reopen("liam", "Wi-Fi ticket came back, please put it back open", 3121)

# --- Rating closed tickets -----------------------------------------------------------------------
rate("emma", "I'd give 3067 a 5, the printer has been perfect since", 3067, 5)
rate("emma", "rate 3005 4 out of 5", 3005, 4)
rate("emma", "For 3018 I'd say 3/5, took a while but got there", 3018, 3)
rate("liam", "can I rate ticket 3121? 2 stars, it took three visits", 3121, 2)
rate("emma", "the password reset ticket was handled really quickly, 5 stars", 3005, 5)
rate("liam", "give 3121 a rating of 4", 3121, 4)
rate("emma", "How do I leave feedback on 3067? I want to give it a 4", 3067, 4)
rate("emma", "3018: one star, honestly. nobody got back to me for days", 3018, 1)
rate("liam", "I'd like to rate the meeting room wifi ticket a 3", 3121, 3)
rate("emma", "score 3005 as 2 please, I had to chase it twice", 3005, 2)

# --- How-to questions (knowledge base) -----------------------------------------------------------
howto("emma", "how do I map a network drive?", "drive")
howto(
    "emma", "is there a guide for setting up the Authenticator app on a new phone?", "Authenticator"
)
howto("emma", "How can I tell if an email is phishing?", "phishing")
howto("emma", "what's the easiest way to join a Teams meeting from a browser", "Teams")
howto("emma", "How do I connect my phone to the office wifi?")
howto("emma", "where can I find instructions for installing Windows updates myself?", "Windows")
howto("emma", "is there an article explaining how to share my screen in a Teams call", "Teams")
howto("emma", "Do we have a guide on setting up MFA?", "MFA")
howto("emma", "how do i stop windows from restarting for updates in the middle of the day")
howto(
    "emma",
    "what do I do if I get a suspicious email asking me to confirm my bank details? is there any guidance",
)
howto("liam", "how do I request access to a SharePoint site for my team?", "SharePoint")
howto(
    "liam",
    "Is there a new starter checklist I can follow for someone joining my team?",
    "checklist",
)
howto("liam", "how do I stop Outlook asking for my password all the time?", "Outlook")
howto("liam", "can you point me to the guide for using the VPN from home", "VPN")
howto("liam", "What's the process for resetting my own password if I forget it?", "password")
howto("liam", "how can I clear a paper jam myself instead of waiting for IT", "jam")
howto("liam", "is there a how-to for mapping the shared drive on a Mac?", "drive")
howto("liam", "how do I set up a Teams meeting with an external customer", "Teams")
howto("liam", "Any instructions for getting onto the office Wi-Fi with a personal laptop?", "Wi-Fi")
howto("liam", "how do I report a phishing email in Outlook", "phishing")
howto("emma", "guide for mapping network drives pleae", "drive")

# --- Refused at plan time ------------------------------------------------------------------------
refused("emma", "can you show me ticket 3101?")
refused("emma", "what's the status of Olivia's ticket 3110")
refused("liam", "Add a note to 3160 saying I can cover for Samir")
refused("liam", "please close 3140 for Olivia, she's on holiday")
refused("emma", "show me ticket 3999")
refused("liam", "what's happening with 4242?")
refused("emma", "reopen 3999 please")
refused("emma", "can you bump 3042 up to high priority? it's urgent")
refused("liam", "Assign my laptop ticket 3120 to Daniel Kim please")
refused("emma", "move 3089 to the 2nd Line Support team")
refused("liam", "set 3120 to on hold")
refused("emma", "Can you look up the contract we have with Globex?")
refused("liam", "which agents are on the Network team?")
refused("emma", "show me the list of customers")
refused("liam", "can I see the SLA compliance report?")
refused("emma", "what's Hank Scorpio's phone number?")
refused("emma", "close 3067, it's fixed")
refused("liam", "please resolve 3121")
refused("emma", "I want to rate 3042 a 5, they've been great")
refused("liam", "give 3120 4 stars")
refused("liam", "show me all of Emma's tickets")
refused("emma", "list every open ticket in the company")
refused("liam", "What tickets does Initech have open?")
refused("emma", "can you change the status of 3115 to pending closure?")
refused("liam", "I'd like to see Noah Williams' tickets please")

# --- Admin: tickets for a customer and site, a customer, or a named user -------------------------
create(
    "admin",
    "we've got a new starter at Globex Springfield Campus on Monday, needs a laptop and accounts",
    "starter",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "log a ticket for Initech's Austin Branch: their internet line has been down since 8am",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health, Laboratory site - the label printer has stopped printing barcodes",
    "label",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "raise a ticket for Hank Scorpio, his Outlook crashes whenever he opens a shared calendar",
    "Outlook",
    user_id=302,
)
create(
    "admin",
    "Pepper Potts can't get into the fleet tracking system, can you open a ticket for her?",
    "fleet",
    user_id=601,
)
create(
    "admin",
    "Stark Logistics Distribution Centre says the handheld scanners aren't syncing stock counts",
    "scanners",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "new ticket for Wayne Foundation at the Gotham Office: projector in the main hall is broken",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Acme Warehouse reports a faulty network switch in bay 3, several PCs offline",
    "switch",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "open a ticket for Mia Chen: she needs a Teams licence assigned",
    "licence",
    user_id=206,
)
create(
    "admin",
    "CCTV recorder offline at Globex's Cypress Creek site, please log it",
    "CCTV",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Could you create a ticket for Umbrella Health - Raccoon City Clinic, they can't print prescriptions",
    "prescriptions",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "the meeting room booking screens at Acme HQ are all blank, log it for them",
    "booking",
    client_id=12,
    site_id=31,
)
create(
    "admin",
    "Initech Main Office wants five new user accounts for contract staff starting next week",
    "accounts",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Joanna Baker needs a replacement docking station, can you raise that for her",
    "docking",
    user_id=404,
)
create(
    "admin",
    "Wayne Foundation called: their overnight backup job failed, log a ticket for them",
    "backup",
    client_id=35,
)

# --- Admin: ordinary ticket updates --------------------------------------------------------------
update("admin", "set 3101 to In Progress", 3101, status_id=2)
update("admin", "can you change the priority of 3055 to high", 3055, priority_id=2)
update("admin", "assign 3099 to Priya Sharma", 3099, agent_id=5)
update("admin", "3160 should be with the Network team", 3160, team_id=12)
update("admin", "put 3110 on hold until the parts arrive", 3110, status_id=28)
update("admin", "3140 is critical, bump it up", 3140, priority_id=1)
update("admin", "give 3042 to Marcus Reid please", 3042, agent_id=8)
update("admin", "move 3131 over to Field Services", 3131, team_id=15)
update("admin", "mark 3101 as with supplier", 3101, status_id=5)
update("admin", "Drop 3089 to low priority, it's not urgent", 3089, priority_id=4)
update("admin", "hand 3120 over to Daniel Kim", 3120, agent_id=6)
update(
    "admin",
    "reassign 3140 to Hannah Fischer and make it medium priority",
    3140,
    agent_id=9,
    priority_id=3,
)
update("admin", "3099: send it to 2nd Line Support", 3099, team_id=6)
update("admin", "Tom Walsh is taking over 3110", 3110, agent_id=11)
update("admin", "can we set 3055 to Action Required?", 3055, status_id=3)
update("admin", "route 3089 to 1st Line Support", 3089, team_id=5)

# --- Admin: look-ups (directory, teams and agents, KB) -------------------------------------------
lookup("admin", "show me all the teams", "teams")
lookup("admin", "is there a Messaging team?", "teams", "Messaging")
lookup("admin", "look up the agent Marcus Reid", "agents", "Marcus")
lookup("admin", "list our agents", "agents")
lookup("admin", "find the customer Globex", "customers", "Globex")
lookup("admin", "what sites does Umbrella Health have?", "sites")
lookup("admin", "can you look up the user Joanna Baker", "users", "Joanna")
lookup("admin", "find contract INI-SUPPORT", "contracts", "INI-SUPPORT")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "pull up the SLA compliance report", "reports", "SLA")
lookup("admin", "what appointments are booked in for this week?", "appointments")
lookup("admin", "which reports do we have?", "reports")
lookup("admin", "any kb articles on phishing I can send to a customer?", "kb", "phishing")
lookup("admin", "Who's Chloe Martin? is she one of our agents?", "agents", "Chloe")

# --- Admin: a customer's tickets, reads, notes, resolve ------------------------------------------
book.add(
    "admin", "show me Initech's tickets", {"action": "list_tickets", "params": {"client_id": 42}}
)
book.add(
    "admin",
    "what has Globex got logged with us?",
    {"action": "list_tickets", "params": {"client_id": 17}},
)
book.add(
    "admin",
    "list the tickets for Stark Logistics",
    {"action": "list_tickets", "params": {"client_id": 27}},
)
get("admin", "what's the latest on 3101?", 3101)
note("admin", "add a note to 3055: replacement memory ordered, arriving Wednesday", 3055, "memory")
resolve("admin", "close off 3160, Samir confirmed it's working again", 3160)
reopen("admin", "reopen 3030 for Olivia, the issue is back", 3030)
