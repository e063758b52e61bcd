"""Round 33: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box, each paired with the one action (and key ids) the portal should propose, or with a
refusal at plan time, or with candidate tickets where the ticket meant is ambiguous. Written
without reading the parser, its tests or earlier sets' cases (held out).

Style: the portal's headline understanding features, exercised the way real people word them
(about 45 % of the set): admin tickets "for <customer> at <site>" said in one phrase in many
wordings ("log a ticket for Globex at Cypress Creek: ...", "Initech Austin Branch printer down");
"resolve/close N and add a visible note summarising the fix" and its variants (admin, and
employees on their own open tickets); questions about teams and the people in them (listing
teams, one named team, who is in a team, one named agent), refused when an employee asks for
the agent/team directory, while an employee's problem that merely mentions Teams (the app) stays
a new ticket; several ticket ids in one request (read several at once; a note on one of them is
still a note); date phrases in own listings ("opened this week", "since Monday", "last month",
"from yesterday"); and "how do I ...?" questions (knowledge base). The rest is an ordinary mix:
employees' new problems, reading one ticket, notes, reopen, rate, admin updates (status,
priority, agent, team), other admin look-ups and customer listings, refusals (~10 %) and
candidates (~5 %). Everyday words that are also Halo nouns (Teams, Outlook, site, asset,
contract, report, agent, customer) appear inside problem descriptions and how-to questions.
Emma's new problems stay off the topics of her tickets (VPN, SharePoint access, Outlook
password, second monitor, password reset, 2nd-floor printer, Teams camera), Liam's off laptop
fan/overheating, Wi-Fi in meeting room 2 and new starter Mia.

Mix: ~11 % admin tickets for a customer/site (or a named user), ~9 % resolve with a fix note,
~10 % team/agent questions, ~6 % several ids at once, ~6 % dated own listings, ~7 % how-to,
~14 % employees' new problems, ~5 % reading one ticket, ~7 % notes, ~3 % reopen, ~3 % rate,
~6 % admin updates, ~4 % other admin look-ups and customer listings, ~10 % refused,
~5 % candidates.

Look-ups are checked by action `lookup`, the entity meant and, where the person typed a clear
search word, `search_has`; "who is in team X" is a look-up of agents with that `team_id`.

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
  (e.g. GLX-MSP-2026), reports 1-5 (e.g. "SLA compliance (last 30 days)"), appointments, invoices.
"""

from __future__ import annotations

import functools

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto
team_members = book.team_members
client_list = functools.partial(book.customer_tickets, "admin")


# --- Admin: new tickets for a customer at a site, said in one phrase -------------------------

create(
    "admin",
    "log a ticket for Globex at Cypress Creek: the badge reader at reception is dead",
    "badge",
    client_id=17,
    site_id=44,
)
create("admin", "Initech Austin Branch printer down", "printer", client_id=42, site_id=102)
create(
    "admin",
    "new ticket, Umbrella Health, Laboratory site - the fridge temperature logger "
    "stopped uploading readings",
    "logger",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics Fleet Depot: handheld scanners won't sync with the depot server",
    "scanners",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "raise one for Wayne Foundation, Gotham Office. Their switch in the comms cupboard is beeping",
    "switch",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Globex Springfield Campus has no internet since 8am, please open a ticket",
    "internet",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "can you open a ticket for Acme's Warehouse - the label printer is printing blank labels",
    "label",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Umbrella Health / Raccoon City Clinic / reception PC blue-screens on boot",
    "blue-screens",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Ticket please: Initech Main Office, projector in the boardroom shows no signal",
    "projector",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Distribution Centre at Stark Logistics reports the loading bay CCTV is offline",
    "CCTV",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "for Acme HQ: the door entry intercom at the front gate doesn't ring through",
    "intercom",
    client_id=12,
    site_id=31,
)
create(
    "admin",
    "Umbrella Head Office want a new starter laptop built for Monday, log it against "
    "their head office site",
    "laptop",
    client_id=23,
    site_id=53,
)
create(
    "admin",
    "Globex (Cypress Creek site) says the shared scanner emails never arrive",
    "scanner",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "put a ticket in for Initech at the Austin Branch, their UPS is showing a battery fault",
    "UPS",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Acme Remote Workers site - several people can't reach the softphone app",
    "softphone",
    client_id=12,
    site_id=33,
)
create(
    "admin",
    "Wayne Foundation Gotham Office meeting room screen flickering",
    "flickering",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "record an incident: Stark Logistics, Fleet Depot, the vehicle tracking dashboard times out",
    "tracking",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Springfield Campus (Globex) - new wireless access point needed in the canteen",
    "access point",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Umbrella Health's Laboratory: the plate reader PC needs its Windows licence reactivated",
    "licence",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Raise a ticket for Initech at their Main Office site re: phones dropping calls "
    "after 30 seconds",
    "phones",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Acme warehouse forklift tablets keep losing the stock app login",
    "tablets",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "open a ticket for Globex: the site at Cypress Creek needs two extra network points in the lab",
    "network points",
    client_id=17,
    site_id=44,
)
# admin tickets for a named user
create(
    "admin",
    "raise a ticket for Hank Scorpio, his docking station doesn't charge his laptop",
    "docking",
    user_id=302,
)
create(
    "admin",
    "Pepper Potts can't open encrypted PDFs - please log it under her name",
    "PDFs",
    user_id=601,
)
create("admin", "new ticket on behalf of Joanna Baker: needs Visio installed", "Visio", user_id=404)
create(
    "admin",
    "for Mia Chen - her keyboard is missing keys, order a replacement",
    "keyboard",
    user_id=206,
)
create(
    "admin",
    "Customer Globex, no particular site, asks for a quote on 10 new headsets",
    "headsets",
    client_id=17,
)


# --- Resolve / close with a visible note summarising the fix ----------------------------------

resolve(
    "admin",
    "resolve 3101 and add a visible note summarising the fix: replaced the faulty "
    "network cable under his desk",
    3101,
)
resolve(
    "admin",
    "Close 3055 with a public note - Initech's file share permissions were reset and "
    "they confirmed access",
    3055,
)
resolve(
    "admin",
    "3099 is sorted. Mark it resolved and tell the customer we rebooted the firewall "
    "and the tunnel came back",
    3099,
)
resolve(
    "admin", "please close off ticket 3160, note for the user: mailbox quota raised to 100GB", 3160
)
resolve(
    "admin",
    "resolve #3110 - fix summary (visible to Olivia): cleared the print queue and "
    "reinstalled the driver",
    3110,
)
resolve(
    "admin",
    "can we close 3140? add a note she can see saying the licence was assigned this morning",
    3140,
)
resolve(
    "admin",
    "wrap up 3042 for Emma with a customer-visible note: new VPN profile pushed, stable for 3 days",
    3042,
)
resolve(
    "admin",
    "Resolve ticket 3120. Visible note: fan cleaned and BIOS updated, temps normal now",
    3120,
)
resolve(
    "admin",
    "mark 3089 as fixed, and let Emma know in a note that she's been added to the Finance group",
    3089,
)
resolve(
    "admin",
    "close 3131 out - note to user summarising: second screen delivered and set up at her desk",
    3131,
)
resolve(
    "emma",
    "You can close 3042, it's been fine all week after the update. Please add a note "
    "saying the new profile fixed it",
    3042,
)
resolve(
    "emma",
    "resolve my ticket 3115 please - I removed the old saved credentials and the "
    "prompts stopped, put that in a note",
    3115,
)
resolve(
    "emma",
    "3089 can be closed, I can get into the Finance site now (someone added me yesterday)",
    3089,
)
resolve(
    "emma",
    "I don't need 3131 any more, I borrowed a screen from the spare pile. Close it "
    "and note that please",
    3131,
)
resolve(
    "emma",
    "Please mark ticket 3115 resolved with a short summary: the password prompt went "
    "away after the Office update",
    3115,
)
resolve(
    "liam", "close 3120 with a note that the fan noise stopped after the cleaning, thanks", 3120
)
resolve(
    "liam",
    "Mia is all set up, so 3076 can be resolved - add a note that her account and laptop both work",
    3076,
)
resolve(
    "liam",
    "my fan ticket 3120 is fixed, please resolve it and write a quick summary of what was done",
    3120,
)
resolve(
    "admin",
    "Closing 3101: summary note for the customer - DNS cache flushed, site loads again",
    3101,
)
resolve(
    "admin",
    "resolve 3055, and in the visible note say the mapped drive was re-pointed to the new server",
    3055,
)
resolve(
    "admin",
    "done with 3160 - close it with a public update explaining the calendar permissions were fixed",
    3160,
)


# --- Teams and the people in them ---------------------------------------------------------------

lookup("admin", "list the teams", "teams")
lookup("admin", "what support teams do we have set up?", "teams")
lookup("admin", "show me all teams in Halo", "teams")
lookup("admin", "which teams exist besides the service desk?", "teams")
lookup("admin", "tell me about the Network team", "teams", "Network")
lookup("admin", "find the Messaging team", "teams", "Messaging")
lookup("admin", "details for team Field Services", "teams", "Field")
lookup("admin", "is there a team called 2nd Line Support?", "teams", "2nd Line")
team_members("admin", "who is in the Network team?", 12)
team_members("admin", "list the agents on Field Services", 15)
team_members("admin", "which people are in 1st Line Support", 5)
team_members("admin", "members of the 2nd Line Support team please", 6)
team_members("admin", "who works in Messaging?", 11)
team_members("admin", "show me the Service Desk team's agents", 2)
lookup("admin", "look up agent Hannah", "agents", "Hannah")
lookup("admin", "who is Marcus Reid?", "agents", "Marcus")
lookup("admin", "find the agent called Priya", "agents", "Priya")
lookup("admin", "what's Tom Walsh's email address and team?", "agents", "Walsh")
lookup("admin", "show me all agents", "agents")
lookup("admin", "list every technician we have", "agents")
lookup("admin", "agent details for Chloe Martin", "agents", "Chloe")
lookup("admin", "Daniel Kim - which team is he on?", "agents", "Daniel")
refused("emma", "which engineers are on the Network team?")
refused("liam", "can you list all the agents and which team they're in")
refused("emma", "what teams are there in IT?")
refused("liam", "look up Hannah Fischer for me, I need her phone number")
# the Teams app in a problem description stays a new ticket
create("emma", "Teams crashes every time I try to share my screen in a meeting", "Teams")
create("liam", "my Teams status is stuck on 'Away' even when I'm typing", "Teams")
create(
    "emma", "I can't see the chat history in one of my Teams channels since this morning", "chat"
)
create("liam", "Teams notifications make no sound on my laptop any more", "notifications")


# --- Several ticket ids in one request ------------------------------------------------------

listing("emma", "show me 3042, 3115 and 3131", [3042, 3115, 3131])
listing("emma", "can I see where 3089 and 3131 are up to?", [3089, 3131])
listing("emma", "status of tickets 3005 & 3067 please", [3005, 3067])
listing("liam", "what's happening on 3120 and 3076?", [3076, 3120])
listing("liam", "pull up my tickets 3121, 3120", [3120, 3121])
listing("admin", "open 3055 and 3099 side by side", [3055, 3099])
listing("admin", "give me a quick look at 3101, 3110 and 3140", [3101, 3110, 3140])
listing("admin", "read me #3160 and #3042", [3042, 3160])
listing("emma", "Any news on either of my tickets 3042 or 3115?", [3042, 3115])
listing("admin", "details of tickets 3030 and 789 please", [789, 3030])
note(
    "emma",
    "About 3042 and 3115 - please add a note to 3115 that I changed my password "
    "yesterday and it still prompts",
    3115,
    "changed",
)
note(
    "liam", "re 3120 and 3076: on 3076 note that Mia starts on the 14th, not the 7th", 3076, "14th"
)
note(
    "admin",
    "3055 and 3099 are both Initech; on 3099 add a note that we're waiting on their ISP",
    3099,
    "ISP",
)
refused("emma", "show me 3042 and 3101 together")


# --- Own listings with date phrases ------------------------------------------------------------

listing("emma", "tickets I opened this week")
listing("emma", "what have I logged since Monday?")
listing("liam", "show me my tickets from last month")
listing("emma", "anything I raised yesterday?")
listing("liam", "my requests from the past 7 days")
listing("emma", "list what I opened in November")
listing("liam", "which of my tickets were created this month")
listing("emma", "my open tickets since the start of the week")
listing("liam", "have I submitted anything today?")
listing("emma", "show tickets I've created over the last 30 days")
listing("liam", "what did I put in since last Friday")
listing("emma", "Could you list my tickets from yesterday onwards")
listing("liam", "tickets raised by me last week, open or closed")
listing("emma", "everything I've reported since 1 November")


# --- How do I ...? ------------------------------------------------------------------------------

howto("emma", "how do I map a network drive?", "drive")
howto("liam", "how do I set up the Authenticator app on a new phone?", "Authenticator")
howto("emma", "is there a guide for reporting a phishing email?", "phishing")
howto("liam", "how do I reset my own password without calling the desk?", "password")
howto("emma", "how do I check for Windows updates?", "Windows")
howto("liam", "how do I join a Teams meeting from my browser", "Teams")
howto("emma", "what's the way to connect to the office Wi-Fi on my phone?", "Wi-Fi")
howto("liam", "how can I clear a paper jam myself", "jam")
howto("emma", "how do I add a shared mailbox in Outlook?", "Outlook")
howto("liam", "steps to get onto the VPN from home?", "VPN")
howto("emma", "how do I request access to a SharePoint site?", "SharePoint")
howto(
    "admin",
    "how do I walk a new starter through their first day - is there a checklist?",
    "checklist",
)
howto("liam", "how do I export a report from Excel to PDF?")
howto("emma", "how do I know if an email is a scam?")
howto("liam", "how do I stop Outlook asking for my password all the time?", "Outlook")
howto("emma", "is there an article on setting up MFA?", "MFA")


# --- Employees' new problems and requests ----------------------------------------------------

create("emma", "my keyboard has started typing double letters", "keyboard")
create("emma", "Excel freezes whenever I open the budget workbook", "Excel")
create("liam", "the webcam on my laptop shows a black image", "webcam")
create("liam", "need Adobe Acrobat Pro installed for editing contracts", "Acrobat")
create(
    "emma",
    "I clicked a dodgy link in an email and typed my login in, please check my account",
    "link",
)
create("liam", "OneDrive says 'sync paused' and won't restart", "OneDrive")
create("emma", "The headset I was given crackles on calls", "headset")
create("liam", "can I get a second charger for my laptop? I work between two desks", "charger")
create("emma", "Outlook calendar shows meetings an hour out since the clocks changed", "calendar")
create("liam", "my mouse scroll wheel jumps all over the place", "mouse")
create("emma", "Please install Power BI Desktop, my manager wants a report by Friday", "Power BI")
create("liam", "The customer portal we use for Globex orders gives a 403 error", "403")
create("emma", "my phone's email app stopped getting new messages", "email")
create("liam", "Zoom won't let me share audio when presenting", "Zoom")
create("emma", "the desk phone on my desk has no dial tone", "phone")
create("liam", "can't print to the colour printer on the ground floor", "printer")
create("emma", "Need a new laptop bag, the strap on mine snapped", "bag")
create("liam", "my screen goes black for a second every few minutes", "screen")
create("emma", "Word crashes when I insert a picture", "Word")
create("liam", "please give me access to the shared Marketing drive", "Marketing")
create("emma", "the battery on my laptop drains in an hour", "battery")
create("liam", "I got locked out of the expenses system after three wrong tries", "expenses")
create("emma", "Can't log into the HR site to book my annual leave", "HR")
create("liam", "my asset tag has peeled off the laptop, do I need a new one?", "tag")
create(
    "emma",
    "The agent on the phone support line told me to raise a ticket: my USB ports stopped working",
    "USB",
)
create("liam", "the contract template on the shared drive opens as read-only", "template")
create("emma", "a customer sent a file I can't open, it's a .heic picture", "heic")
create("liam", "My Bluetooth earbuds won't pair with the work laptop", "Bluetooth")
create("emma", "Chrome keeps signing me out of every site", "Chrome")
create("liam", "I need a software licence for Visual Studio", "Visual Studio")
create("emma", "The sales report in our CRM shows last quarter's figures only", "CRM")
create("liam", "there's a strange pop-up saying my computer is infected", "pop-up")
create("emma", "no sound comes out of my laptop speakers", "sound")
create("liam", "Teams and Outlook both say I'm offline though the internet works fine", "offline")


# --- Reading one ticket -----------------------------------------------------------------------

get("emma", "what's the latest on 3089?", 3089)
get("emma", "show me ticket 3131", 3131)
get("liam", "any update on #3120", 3120)
get("liam", "open 3121 for me", 3121)
get("emma", "Has anyone looked at 3115 yet?", 3115)
get("admin", "pull up 3101", 3101)
get("admin", "what's the story with Initech's 3055?", 3055)
get("emma", "can I see the notes on my old ticket 3067", 3067)
get("liam", "who is working on 3076?", 3076)
get("admin", "show 789", 789)
get("emma", "my Teams camera ticket - what happened to it?", 3150)
get("liam", "the meeting room Wi-Fi ticket, what did they find?", 3121)
get("admin", "Read ticket 3140", 3140)


# --- Notes ------------------------------------------------------------------------------------

note(
    "emma",
    "add a note to 3042: it dropped three times this morning between 9 and 10",
    3042,
    "three",
)
note("emma", "on 3131 please note that I'm in the office Tuesdays and Thursdays", 3131, "Tuesdays")
note("liam", "tell them on 3120 that the fan gets loud mostly during video calls", 3120, "video")
note("liam", "For 3076 - Mia needs access to the Sales Teams channel too", 3076, "Sales")
note("emma", "update 3089 with: my manager Sarah approved the access by email", 3089, "approved")
note("emma", "3115: add that it happens on my phone as well as the laptop", 3115, "phone")
note(
    "admin",
    "internal note on 3101 - waiting for the replacement cable from the supplier",
    3101,
    "cable",
)
note("admin", "add a note to 3160 saying we called Samir and left a voicemail", 3160, "voicemail")
note("admin", "3110: note that the driver package is version 4.2", 3110, "4.2")
note(
    "liam", "can you add to my laptop ticket that I can bring it in on Wednesday", 3120, "Wednesday"
)
note(
    "emma",
    "just so the tech knows on 3042, I'm using the home router from my ISP not my own",
    3042,
    "router",
)
note("admin", "comment on 3140: licence order placed, PO 55812", 3140, "55812")
note(
    "emma",
    "put a note on my SharePoint access ticket that I need edit rights, not just read",
    3089,
    "edit",
)
note("liam", "3120 - I've attached a photo of the vent, add a note pointing to it", 3120, "photo")
note("admin", "Note for 3099: Initech's ISP reference is INC-7781", 3099, "INC-7781")
note("emma", "on the monitor request, add that a 24 inch one is fine", 3131, "24")


# --- Reopen and rate ---------------------------------------------------------------------------

reopen("emma", "the printer on the 2nd floor is jamming again, please reopen 3067", 3067)
reopen("emma", "reopen 3018 - the VPN client vanished again after the update", 3018)
reopen("liam", "Wi-Fi in meeting room 2 is dropping again, can you reopen 3121?", 3121)
reopen("emma", "3005 needs reopening, my new password expired already", 3005)
reopen("admin", "reopen 3030 for Olivia, the fix didn't hold", 3030)
reopen("admin", "bring 789 back to life please", 789)
reopen("liam", "can we open 3121 back up? same problem as before", 3121)
rate("emma", "rate 3067 five stars", 3067, 5)
rate("emma", "I'd give 3005 a 4 out of 5", 3005, 4)
rate("emma", "3018 was slow to fix, 2 stars", 3018, 2)
rate("liam", "rate my Wi-Fi ticket 3121 a 3", 3121, 3)
rate("liam", "feedback for 3121: excellent, 5/5", 3121, 5)
rate("emma", "give the printer ticket one star, it took two weeks", 3067, 1)


# --- Admin updates ----------------------------------------------------------------------------

update("admin", "assign 3140 to Hannah", 3140, agent_id=9)
update("admin", "move 3101 to the Network team", 3101, team_id=12)
update("admin", "3055 is urgent now - set priority to critical", 3055, priority_id=1)
update("admin", "put 3160 on hold", 3160, status_id=28)
update("admin", "give 3110 to Daniel Kim", 3110, agent_id=6)
update("admin", "change the status of 3099 to With Supplier", 3099, status_id=5)
update("admin", "3042 should sit with the Messaging team, not the service desk", 3042, team_id=11)
update("admin", "drop 3131 to low priority", 3131, priority_id=4)
update("admin", "hand 3120 over to Tom Walsh", 3120, agent_id=11)
update("admin", "set 3089 to in progress", 3089, status_id=2)
update("admin", "bump 3115 up to high", 3115, priority_id=2)
update("admin", "route 3140 to Field Services", 3140, team_id=15)
update("admin", "Marcus should take 3099", 3099, agent_id=8)
update("admin", "3101: status action required -> in progress", 3101, status_id=2)


# --- Other admin look-ups and customer listings ------------------------------------------------

lookup("admin", "find customer Umbrella Health", "customers", "Umbrella")
lookup("admin", "find the site called Fleet Depot", "sites", "Fleet")
lookup("admin", "look up the user Joanna Baker", "users", "Joanna")
lookup("admin", "look up contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
lookup("admin", "list all the assets we track", "assets")
lookup("admin", "run the SLA compliance report", "reports", "SLA")
lookup("admin", "what appointments are booked for this week?", "appointments")
lookup("admin", "find asset AC-2231", "assets", "AC-2231")
lookup("admin", "list all our customers", "customers")
client_list("list Globex's tickets", 17)
client_list("show me every ticket for Initech", 42)
client_list("what tickets does Umbrella Health have with us?", 23)
client_list("Stark Logistics ticket list please", 27)


# --- Refused at plan time ---------------------------------------------------------------------

refused("emma", "what's going on with 3101?")
refused("liam", "add a note to 3042 saying I have the same VPN issue")
refused("emma", "show me ticket 3999")
refused("liam", "close 4242")
refused("emma", "set my ticket 3042 to high priority")
refused("liam", "assign 3120 to Marcus Reid please")
refused("emma", "move 3089 to the Network team")
refused("emma", "look up the customer Globex")
refused("liam", "which contracts do we have with Stark Logistics?")
refused("emma", "run the SLA compliance report for me")
refused("emma", "resolve 3018, it's fixed")
refused("admin", "close 3005 with a note saying the password was reset")
refused("emma", "rate 3115 five stars")
refused("liam", "give 3120 a 4 out of 5")
refused("emma", "show me all of Olivia Brown's tickets")
refused("liam", "list every ticket in the company from this week")
refused("emma", "find the user Pepper Potts and her phone number")
refused("liam", "resolve 3110 and add a note that Olivia's printer works now")
refused("admin", "resolve 4242 and note the fix")
refused("liam", "change the status of my ticket 3120 to on hold")


# --- Candidates (ambiguous between two of Emma's own tickets) -----------------------------------

candidates("emma", "what's happening with my VPN ticket?", "get_ticket")
candidates("emma", "show me the password one", "get_ticket")
candidates("emma", "add a note to my VPN ticket: it happened again at lunchtime", "add_note")
candidates("emma", "any news on the ticket about my password?", "get_ticket")
candidates("emma", "on my password ticket please note that I'm off tomorrow", "add_note")
candidates("emma", "open the VPN case", "get_ticket")
candidates("emma", "can I read my ticket about the VPN again", "get_ticket")
candidates("emma", "the password ticket - who handled it?", "get_ticket")
candidates("emma", "note on the VPN one: I'm using a new laptop now", "add_note")
candidates("emma", "status of my password issue?", "get_ticket")
candidates("emma", "add to the password ticket that my manager knows", "add_note")
candidates("emma", "VPN ticket details please", "get_ticket")
