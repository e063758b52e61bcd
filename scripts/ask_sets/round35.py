"""Round 35: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box, each paired with the one action (and key ids) the portal should propose, or with a
refusal at plan time, or with candidate tickets where the ticket meant is ambiguous. Written
without reading the parser, its tests or earlier sets' cases (held out).

Style: people who are in a hurry or annoyed, and an admin clearing a backlog at the end of the
day. Direct, sometimes blunt ("3120 still loud", "printer again!!", "just close it"), sometimes
several sentences of context before the ask, sometimes only a fragment; some polite, some not,
some with typos, capitals and exclamation marks. The admin works through a queue: tickets "for
<customer> site <site>" in one phrase, "resolve/close N and add a visible note summarising the
fix", reassigning, re-prioritising, asking which teams exist and who is in them, several ticket
ids in one go. Everyday words that are also Halo nouns (Teams, Outlook, site, asset, contract,
report, agent, customer) appear inside problem descriptions and how-to questions, where they
stay part of the description. Emma's new problems stay off the topics of her own tickets (VPN,
SharePoint access, Outlook password, second monitor, password reset, 2nd-floor printer, Teams
camera) and Liam's off his laptop fan/overheating, Wi-Fi in meeting room 2 and new starter Mia,
so that a new ticket is the only fair reading.

Mix: ~27 % new problems and requests (employees, plus admin tickets for a customer and site in
one phrase, or for a named user), ~9 % reading tickets (one, or several ids at once), ~7 %
listing own tickets (often with a date phrase: "opened this week", "since Monday"), ~8 % notes,
~5 % resolve (admin: "resolve N and add a visible note summarising the fix"), ~4 % reopen,
~3 % rate, ~8 % how-to (knowledge base), ~10 % refused at plan time, ~3 % candidates (reads
only: Emma's "my VPN ticket" -> 3018/3042, "my password ticket" -> 3005/3115), ~16 % admin
updates and look-ups (teams, a named team, the agents in a team by team_id, agents by name,
customers, sites, users, contracts, reports, assets, appointments, listing for a customer).
About 35 % of the cases use the portal's headline features (customer+site tickets, resolve
with a visible note, teams and their agents, several ids, dated own listings, how-to).

Look-ups are checked by action `lookup`, the entity meant and, where the person typed a clear
search word, `search_has`; "who is in team X" expects entity agents with that team's team_id.

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
- Other people's tickets: 3101 (Noah Williams, "Warehouse scanner cannot join Wi-Fi", Action
  Required), 3055 (Initech, "Blue screen on desktop PC", In Progress) and 3099 (Initech, "Laptop
  will not boot after Windows update", Action Required), 3160 (Samir, "Teams calls dropping
  audio", With User), 3110 (Olivia Brown, "VPN access for a contractor", In Progress), 3140
  (Olivia Brown, "Monitor flickering", New), 3030 (Olivia Brown, closed), 789 (Olivia Brown,
  closed). No ticket 3999 or 4242 (ids run 3001-3260, plus 789).
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- KB articles (visible): 101 VPN from home, 102 password self-service reset, 103 paper jam, 104
  MFA / Authenticator, 105 Outlook password prompts, 106 office Wi-Fi, 107 SharePoint access, 108
  Teams meetings, 109 new starter checklist, 110 mapping a network drive, 111 phishing, 112
  Windows updates. Assets AC-2219, AC-2220 (Emma), AC-2231 (Liam), GX-1042. Contracts per
  customer (e.g. GLX-MSP-2026, GLX-BACKUP-2026, STARK-NETWORK), reports 1-5 ("Open tickets by
  customer", "SLA compliance (last 30 days)", "Tickets closed per agent", "Average first
  response time", "Asset warranty expiry"), appointments.
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
client_listing = functools.partial(book.customer_tickets, "admin")


# --- New problems: Emma -------------------------------------------------------------------------
create("emma", "excel keeps crashing every time i open the budget file. fix please", "excel")
create("emma", "Keyboard is missing the E key. Literally fell off. Need a new keyboard", "keyboard")
create("emma", "my mouse scroll wheel is dead", "mouse")
create(
    "emma",
    "The Teams app freezes whenever I try to share my screen in a call. Happened three times today in front of a client. Please sort it out.",
    "screen",
)
create(
    "emma",
    "Outlook search finds nothing older than March. I need old emails for an audit, today.",
    "search",
)
create("emma", "headset mic not working", "headset")
create(
    "emma",
    "Laptop battery drains from full to zero in about an hour. Can someone look at it",
    "battery",
)
create("emma", "the intranet site shows a certificate warning since this morning", "certificate")
create(
    "emma",
    "I need Adobe Acrobat Pro installed, the free reader can't edit the contract PDFs I get",
    "Acrobat",
)
create("emma", "Docking station in my hot desk doesn't charge the laptop anymore.", "docking")
create("emma", "OneDrive stopped syncing. red cross on the cloud icon. again.", "OneDrive")
create(
    "emma",
    "Calendar invites from external people arrive as plain text with no accept button. Annoying. please fix",
    "invites",
)
create("emma", "phone won't pick up work email since the update", "email")
create("emma", "Can I get a standing desk converter? Back's killing me.", "desk")
create("emma", "Touchpad on my laptop jumps all over the place", "touchpad")
create("emma", "The quarterly report macro in Excel throws a runtime error 1004", "macro")
create("emma", "No sound from laptop speakers at all", "sound")
create(
    "emma",
    "Spam. Loads of it. Something like 200 junk emails a day getting past the filter.",
    "junk",
)
create(
    "emma",
    "The backup agent on my PC keeps popping up an error saying it can't reach the server",
    "backup",
)
create(
    "emma",
    "The expenses app says my account isn't licensed since the system change. Can't submit a single claim and month end is Friday.",
    "expenses",
)
create(
    "emma",
    "fingerprint reader on my laptop stopped recognising me, have to type the PIN every time. fix?",
    "fingerprint",
)

# --- New problems: Liam -------------------------------------------------------------------------
create("liam", "printer again!! 3rd floor one is jammed solid", "printer")
create("liam", "Need Visio. Project starts Monday.", "Visio")
create("liam", "laptop screen has a line of dead pixels down the middle", "pixels")
create("liam", "Our shared mailbox for sales stopped receiving anything since lunch", "mailbox")
create(
    "liam",
    "The customer portal site we use for orders keeps logging me out after 2 minutes",
    "logging",
)
create("liam", "I spilled coffee on my keyboard. Yes I know. Need a replacement", "keyboard")
create("liam", "Zoom won't install, says admin rights required", "Zoom")
create("liam", "Can't print to PDF anymore, the option is gone from the print menu", "PDF")
create(
    "liam",
    "Our team needs a shared calendar in Outlook for holiday planning, can you set one up",
    "calendar",
)
create("liam", "USB-C port on the left side is loose, charger keeps falling out", "charger")
create(
    "liam",
    "Teams chat notifications stopped. I miss messages from my manager all day. This is the third week.",
    "notifications",
)
create("liam", "new phone for work pls, current one's screen is cracked", "phone")
create(
    "liam", "the asset tag sticker on my laptop peeled off, do you need to put a new one on?", "tag"
)
create("liam", "Bluetooth mouse disconnects every few minutes", "Bluetooth")
create(
    "liam",
    "Got an email asking me to confirm my payroll details, looks dodgy. I clicked the link before I noticed. Help",
    "payroll",
)
create(
    "liam",
    "Excel file on the S drive says locked for editing by me, but I don't have it open",
    "locked",
)
create("liam", "access to the Power BI sales dashboard please", "Power BI")
create(
    "liam",
    "Windows keeps restarting to install updates in the middle of meetings. I've lost work twice.",
    "restarting",
)
create("liam", "Meeting room 4 TV won't show my laptop over HDMI", "HDMI")

# --- New tickets: admin for a customer and site, or a named user ----------------------------------
create(
    "admin",
    "new ticket for Globex site Cypress Creek: the badge readers at the front door are offline",
    "badge",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Log one for Umbrella Health, Laboratory site - the label printer for sample tubes is printing blank labels",
    "label",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Stark Logistics, Fleet Depot site: tablets in the vans can't sync delivery routes. Raise it.",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Initech Austin Branch reports their conference phone is dead. Ticket please.",
    "phone",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "raise a ticket for Wayne Foundation at the Gotham Office site, the lobby kiosk PC is stuck on a boot loop",
    "kiosk",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "For Acme, Warehouse site: the forklift terminal keeps losing its network connection",
    "terminal",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Umbrella Health Raccoon City Clinic - reception PC very slow, create a ticket",
    "reception",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Globex Springfield Campus needs 5 new laptops set up for the intake next month, open a request",
    "laptops",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Stark Logistics site Distribution Centre: CCTV recorder disk full. Log it.",
    "CCTV",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Open a ticket for Hank Scorpio: his Outlook profile corrupts on every restart",
    "profile",
    user_id=302,
)
create(
    "admin",
    "Joanna Baker rang, her docking station is dead. Ticket for her please.",
    "docking",
    user_id=404,
)
create(
    "admin", "ticket for Pepper Potts - needs access to the finance share", "finance", user_id=601
)
create(
    "admin", "Mia Chen's laptop won't turn on, raise a ticket in her name", "laptop", user_id=206
)
create(
    "admin",
    "Acme Remote Workers site: the home broadband allowance form is broken on the intranet. New ticket.",
    "broadband",
    client_id=12,
    site_id=33,
)

# --- Reading tickets ------------------------------------------------------------------------------
get("emma", "3131?", 3131)
get("emma", "any movement on 3089 or is it still sitting there", 3089)
get("emma", "What's the latest on my SharePoint access request? It's been a week.", 3089)
get("emma", "status of the monitor request. I asked ages ago", 3131)
get("emma", "Show me 3115. Whoever has it, I want to see what they've done.", 3115)
get("liam", "3120 - where are we", 3120)
get("liam", "what happened with the Mia Chen ticket? is she set up or not", 3076)
get("liam", "Pull up my overheating laptop ticket", 3120)
get("liam", "show 3121", 3121)
get("admin", "open 3101", 3101)
get("admin", "What's going on with 3055? Initech are chasing me.", 3055)
get("admin", "details for ticket 3160 please", 3160)
get("admin", "3140 - has anyone even looked at it", 3140)
get(
    "emma",
    "I'd like to read what was said on the printer ticket from last month before I raise anything new",
    3067,
)

# several ids at once
listing("emma", "3042, 3089 and 3131 - status on all three please", [3042, 3089, 3131])
listing("emma", "show me 3115 and 3131", [3115, 3131])
listing("liam", "3076 + 3120?", [3076, 3120])
listing(
    "admin",
    "Give me 3055, 3099 and 3101 side by side, I'm going through the red ones",
    [3055, 3099, 3101],
)
listing("admin", "pull 3110 3140 3160", [3110, 3140, 3160])
listing("admin", "End of day. Let me see 3099 and 3055 together, both Initech.", [3055, 3099])

# --- Listing own tickets --------------------------------------------------------------------------
listing("emma", "my tickets")
listing("emma", "what have I opened this week")
listing("emma", "Anything of mine still open?")
listing("emma", "tickets I raised since Monday")
listing("emma", "List everything I've logged this month, closed ones too")
listing("liam", "show my open stuff")
listing("liam", "What did I log in the last 7 days?")
listing("liam", "my tickets from this week pls")
listing("liam", "Which of my tickets are waiting on me?")
listing("emma", "I lose track. Which tickets do I have with you lot right now?")
listing("liam", "everything I've raised since the start of the month")
listing("emma", "anything I opened yesterday?")
listing("liam", "closed tickets of mine")
listing("emma", "opened since Friday - list")

# --- Notes ----------------------------------------------------------------------------------------
note("liam", "3120 still loud", 3120, "loud")
note("liam", "add to 3120: it shut itself down twice this morning from the heat", 3120, "shut")
note(
    "emma",
    "Tell whoever has 3089 that my manager approved it by email this morning",
    3089,
    "approved",
)
note("emma", "note on 3131: I've moved desks, I'm now at desk 14 on the 3rd floor", 3131, "desk")
note(
    "emma",
    "For 3042: it drops every 10 min again today, even on the home router cable",
    3042,
    "drops",
)
note(
    "emma",
    "On my Outlook ticket, tell them the prompts started again after the restart",
    3115,
    "restart",
)
note("liam", "3076 - Mia also needs access to the sales mailbox, please add that", 3076, "mailbox")
note(
    "emma",
    "Add a comment to 3131: any date yet? My neck can't take much more of one screen.",
    3131,
    "date",
)
note(
    "emma",
    "Update for 3115 - I've cleared the Credential Manager entries like the article said. No change.",
    3115,
    "Credential",
)
note(
    "liam",
    "Can you put on my laptop fan ticket that I'm in the office Thursday if someone wants to grab it",
    3120,
    "Thursday",
)
note("admin", "note on 3101: replacement scanner ordered, ETA Friday", 3101, "scanner")
note("admin", "Add an internal note to 3055 - memory test failed on slot 2", 3055, "memory")
note("admin", "3160: asked Samir to try the headset from stores, waiting on him", 3160, "headset")
note(
    "admin",
    "put a note on 3110 that the contractor's account expires end of June",
    3110,
    "contractor",
)
note("emma", "3089: it's the Finance site, not HR. Someone asked. FINANCE.", 3089, "Finance")
note("liam", "Tell them on 3120 I'm happy to swap the laptop if that's easier", 3120, "swap")
note(
    "admin",
    "3140 - user says flicker only happens on the HDMI cable, not DisplayPort. Note it.",
    3140,
    "HDMI",
)
note(
    "emma",
    "re 3042 - the IT guy said to try the other VPN profile, tried it, same thing",
    3042,
    "profile",
)

# --- Resolve / close ------------------------------------------------------------------------------
resolve("emma", "close 3089, got access from the owner directly", 3089)
resolve("liam", "3120 can be closed, new fan fitted and it's silent", 3120)
resolve("emma", "The monitor one can be closed, I bought my own. Whatever.", 3131)
resolve("liam", "Mia's all set. Close the new starter ticket.", 3076)
resolve(
    "admin",
    "resolve 3099 and add a visible note summarising the fix: rolled back the Windows update and paused updates for a week",
    3099,
)
resolve(
    "admin",
    "Close 3101 with a visible note: new scanner joined the warehouse Wi-Fi after the firmware update",
    3101,
)
resolve(
    "admin",
    "3055 done - resolve it and leave a note the customer can see saying RAM stick replaced",
    3055,
)
resolve("admin", "resolve 3160, note for the user: new headset fixed the audio drops", 3160)
resolve(
    "admin",
    "Please close 3140 and add a public note summarising: replaced the HDMI cable, flicker gone.",
    3140,
)
resolve(
    "admin", "3110 - resolve. Visible note: contractor VPN account created, expires 30 June.", 3110
)
resolve("emma", "Outlook's fine now. Close 3115.", 3115)

# --- Reopen ---------------------------------------------------------------------------------------
reopen("emma", "3067 is jamming AGAIN. reopen it", 3067)
reopen(
    "emma", "Reopen the VPN client ticket from the new laptop, it vanished after the rebuild", 3018
)
reopen("liam", "3121 - wifi dropping in room 2 again. reopen please", 3121)
reopen("emma", "you closed 3005 but I still can't get in. Open it back up.", 3005)
reopen("liam", "Meeting room 2 wifi ticket, reopen. Same problem, worse.", 3121)
reopen("admin", "reopen 3030, Olivia says the calendar stopped syncing again", 3030)
reopen("admin", "Reopen 789.", 789)
reopen("emma", "The printer ticket shouldn't have been closed. Nothing was fixed. Reopen.", 3067)

# --- Rate -----------------------------------------------------------------------------------------
rate("emma", "3067 - 2 stars. Took forever.", 3067, 2)
rate("emma", "rate 3018 five out of five, quick fix", 3018, 5)
rate("emma", "Give the password reset ticket a 4", 3005, 4)
rate("liam", "rate 3121 3/5", 3121, 3)
rate("emma", "1 star for 3067. It came back twice.", 3067, 1)
rate("emma", "3005: 5 stars, thanks Sarah", 3005, 5)

# --- Candidates (reads only) ----------------------------------------------------------------------
candidates("emma", "my VPN ticket - status?", "get_ticket")
candidates("emma", "what's happening with the VPN one", "get_ticket")
candidates("emma", "show me my password ticket", "get_ticket")
candidates(
    "emma", "Where's my password ticket at? Need to know before I call the desk.", "get_ticket"
)
candidates("emma", "pull up the vpn ticket", "get_ticket")
candidates("emma", "password ticket?", "get_ticket")
candidates("emma", "Can I see the ticket about my VPN", "get_ticket")

# --- How-to (knowledge base) ----------------------------------------------------------------------
howto("emma", "how do I map the S drive? new laptop doesn't have it", "drive")
howto("liam", "How do I set up MFA on my new phone?", "MFA")
howto("emma", "is there a guide for spotting phishing emails? my team keeps asking", "phishing")
howto("liam", "how do i install windows updates myself, it keeps nagging", "updates")
howto("emma", "How do I pick the right microphone in Teams before a meeting?", "Teams")
howto("liam", "how do I clear a paper jam, the desk printer is flashing orange", "jam")
howto("emma", "Quick one - how do I connect to the office Wi-Fi on a personal tablet?", "Wi-Fi")
howto("liam", "what does IT need before a new starter joins? is there a checklist", "starter")
howto("emma", "how do I reset my own password without calling you", "password")
howto(
    "liam",
    "How do I get the Authenticator app working? Not raising a ticket, just tell me",
    "Authenticator",
)
howto("emma", "Guide for requesting access to a SharePoint site?", "SharePoint")
howto("liam", "how do i connect to vpn from home, never done it", "VPN")
howto("emma", "is there an article on how to report a phishing email in Outlook", "phishing")
howto("liam", "How do I add a shared contract folder as a network drive?", "drive")
howto("emma", "how do I join a Teams meeting from my phone", "Teams")
howto("liam", "Any KB on the Corp wifi network?", "wifi")
howto(
    "emma",
    "how do I stop Outlook asking for my password, is there a fix I can do myself",
    "Outlook",
)
howto("liam", "How do I set up an email signature in Outlook?", "signature")
howto("emma", "what's the process for onboarding someone? guide?", "onboarding")
howto("admin", "how do I map a network drive - user wants the steps", "drive")
howto("liam", "how do I check for Windows updates", "Windows")
howto(
    "emma",
    "Is there a how-to for multi-factor authentication? I got a new phone and it stopped working",
    "authentication",
)

# --- Admin: updates -------------------------------------------------------------------------------
update("admin", "3101 -> Marcus", 3101, agent_id=8)
update("admin", "move 3140 to Field Services", 3140, team_id=15)
update("admin", "3055 priority high", 3055, priority_id=2)
update("admin", "put 3110 on hold, waiting on the contractor's paperwork", 3110, status_id=28)
update("admin", "3160 is with the supplier now", 3160, status_id=5)
update("admin", "Assign 3140 to Hannah Fischer", 3140, agent_id=9)
update("admin", "bump 3099 to critical, whole office can't work", 3099, priority_id=1)
update("admin", "give 3055 to Tom Walsh", 3055, agent_id=11)
update("admin", "3101: set status In Progress", 3101, status_id=2)
update("admin", "Send 3160 to the Messaging team", 3160, team_id=11)
update("admin", "3042 priority low, user is on leave for two weeks", 3042, priority_id=4)
update("admin", "Reassign 3115 to Chloe Martin", 3115, agent_id=7)
update("admin", "3140 -> 2nd Line Support, Daniel Kim", 3140, team_id=6, agent_id=6)
update(
    "admin", "change status of 3089 to With User, we need the manager's approval", 3089, status_id=4
)
update("admin", "3131 back to In Progress, monitors arrived", 3131, status_id=2)
update("admin", "3110 needs to go to Priya", 3110, agent_id=5)
update("admin", "set 3120 to medium priority", 3120, priority_id=3)
update("admin", "3099 -> Network team", 3099, team_id=12)
update("admin", "Mark 3076 as pending closure, Liam confirmed Mia is set up", 3076, status_id=25)
update("admin", "3055 action required - waiting on our side now", 3055, status_id=3)

# --- Admin: teams and agents ----------------------------------------------------------------------
lookup("admin", "what teams do we have", "teams")
lookup("admin", "list teams", "teams")
lookup("admin", "Is there a Network team? Need the id", "teams", "Network")
lookup("admin", "find the Field Services team", "teams", "Field")
lookup("admin", "Messaging team - look it up", "teams", "Messaging")
team_members("admin", "who's in the Network team", 12)
team_members("admin", "Which agents are in 2nd Line Support? Need someone free for 3055", 6)
team_members("admin", "list the agents in Field Services", 15)
team_members("admin", "who is on 1st Line Support at the moment", 5)
team_members("admin", "members of the Service Desk team?", 2)
team_members("admin", "Show me everyone in the Messaging team", 11)
lookup("admin", "look up agent Marcus Reid", "agents", "Marcus")
lookup("admin", "where's Priya Sharma in the agent list, need her details", "agents", "Priya")
lookup("admin", "Which team is Daniel Kim in? Look him up", "agents", "Daniel")
lookup("admin", "list all agents", "agents")
lookup("admin", "agent Hannah Fischer - details", "agents", "Hannah")

# --- Admin: other look-ups and customer listings --------------------------------------------------
lookup("admin", "find customer Umbrella Health", "customers", "Umbrella")
lookup("admin", "list customers", "customers")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records("admin", "sites for Stark Logistics?", "sites", 27)
lookup("admin", "look up user Joanna Baker", "users", "Joanna")
lookup("admin", "Who is Hank Scorpio? pull his user record", "users", "Hank")
lookup("admin", "show contract GLX-BACKUP-2026", "contracts", "GLX-BACKUP-2026")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records("admin", "contracts for Globex", "contracts", 17)
lookup("admin", "run the SLA compliance report", "reports", "SLA")
lookup("admin", "what reports are there", "reports")
lookup("admin", "find asset AC-2231", "assets", "AC-2231")
lookup("admin", "Any appointments booked for today?", "appointments")
lookup("admin", "show me the asset warranty expiry report", "reports", "warranty")
lookup("admin", "look up the Cypress Creek site", "sites", "Cypress")
client_listing("list open tickets for Initech", 42)
client_listing("Globex tickets - show me the lot", 17)
client_listing("what's open for Umbrella Health", 23)
client_listing(
    "Show all tickets for Stark Logistics, I want to clear their backlog before I go home", 27
)
client_listing("Wayne Foundation's tickets please", 35)

# --- Refused at plan time -------------------------------------------------------------------------
refused("emma", "what's the status of 3101")
refused("emma", "show me Olivia Brown's tickets, she's off and I'm covering")
refused("emma", "change 3115 to critical priority, it's urgent")
refused("emma", "Assign 3042 to Marcus Reid. He fixed it last time, he knows it.")
refused("emma", "close 3067")
refused("emma", "rate 3042 4 stars")
refused("emma", "show 3999")
refused("emma", "give me a list of all your support agents, I want to know who to call")
refused("emma", "look up the Globex contract")
refused("emma", "Who is Hank Scorpio? I need his phone number")
refused("emma", "all tickets for Acme please, curious how busy you are")
refused("emma", "add a note to 3110 saying the contractor starts Monday")
refused("emma", "move 3131 to the Field Services team, they're the ones with the monitors")
refused("emma", "run the tickets closed per agent report")
refused("liam", "reopen 3042")
refused("liam", "rate 3120 5")
refused("liam", "resolve 3121")
refused("liam", "4242 - what's the update")
refused("liam", "What's Emma working on? Show me her tickets.")
refused("liam", "find customer Initech")
refused("liam", "put 3120 on hold, I'm away for two weeks")
refused("liam", "which agents are in 2nd Line Support")
refused("admin", "resolve 3030")
refused("admin", "close 3121 with a visible note saying wifi fixed")
refused("admin", "3999 -> Marcus")
refused("admin", "add note to 4242: called the user, no answer")

# --- More new problems, longer context before the ask ---------------------------------------------
create(
    "emma",
    "I've restarted twice, unplugged everything, tried another socket. The laptop still won't wake up from sleep without holding the power button. Please send someone.",
    "sleep",
)
create(
    "liam",
    "Right. Third time this week my files on the desktop have disappeared after login. They come back after an hour. I need this fixed, not a workaround.",
    "files",
)
create(
    "emma",
    "We're expecting a new agency contract to be signed electronically and DocuSign won't load in the browser. Just a blank white page. Can someone look before 3pm?",
    "DocuSign",
)
create("liam", "teams recordings not showing up after meetings", "recordings")
create("emma", "need a loan laptop for a conference next week", "loan")
create(
    "liam",
    "The report server link in the finance site gives a 404. Been like that since the weekend.",
    "404",
)
create("emma", "Caps lock light stuck on and I can only type capitals. SERIOUSLY.", "capitals")
create(
    "admin",
    "Umbrella Health Head Office site - new starter needs a desk phone and a laptop by Monday. Raise it.",
    "starter",
    client_id=23,
    site_id=53,
)
create(
    "admin",
    "Initech, Main Office: the server room aircon alarm is going off, log a ticket",
    "aircon",
    client_id=42,
    site_id=101,
)
create("liam", "Chrome crashes whenever I open more than five tabs", "Chrome")

# --- More reads and odds and ends -----------------------------------------------------------------
get("admin", "3099 - anything new from the customer?", 3099)
get("emma", "Has anybody picked up 3042 or is it still With User? I replied days ago.", 3042)
get("liam", "Is the Mia Chen one closed yet", 3076)
listing("admin", "3030 and 789, both Olivia's, show me", [789, 3030])
note(
    "admin",
    "3099: user confirmed laptop boots fine now, leaving open until tomorrow",
    3099,
    "boots",
)
resolve(
    "admin",
    "Close 3089 and add a visible note summarising: owner granted access to the Finance SharePoint site.",
    3089,
)
reopen("admin", "reopen 3121 - Liam says room 2 is dropping again", 3121)
rate("emma", "honestly 3 for the VPN laptop one, 3018", 3018, 3)
update("admin", "3042 to Network team, Marcus Reid", 3042, team_id=12, agent_id=8)
howto("liam", "how do I book a Teams meeting room from Outlook", "Teams")
