"""Round 26: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written from the outside, without reading the parser, its tests or earlier sets' cases (held out).

Style: people typing on a phone while busy with something else. Very short, fragments, missing
words ("printer 3rd floor out of toner", "3120 update?"), autocorrect slips ("out look", "Vpn",
"pw", "tix", "u", "w"), the odd all-caps burst ("STATUS OF 3115"), emoji, "pls" / "thx" /
"asap"; the admin types quick console shorthand ("3101 -> in progress", "p1 on 3160",
"3012 -> sarah", "cust initech"). A few requests add something minor (a thank-you, "asap",
a remark); the expectation is the main request. Problem descriptions keep everyday words that
are also Halo nouns (Teams, Outlook, site, asset, contract) as part of the description.

Mix (of 250): 73 new problems and requests (create_ticket with a key word of the summary; 4 of
them by the admin for a customer/site or user), 22 reading one own ticket, 16 listing own tickets
(6 naming several ids), 22 notes on an own open ticket, 10 resolve, 10 reopen (an own closed
ticket), 8 rate (score given as a number, "N stars" or "N/5"), 20 how-to questions (knowledge
base; 1 of them by the admin), 22 refused at plan time (9 someone else's ticket, 4 a closed or
cancelled ticket to resolve, 9 admin-only things asked by an employee: customer or team
look-ups, reports, contracts, reassigning, changing priority or team, other customers' tickets),
10 candidates (Emma's two VPN tickets 3018/3042 and two password tickets 3005/3115), 37 admin
(18 update_ticket with status/priority/agent/team ids, 14 look-ups of customers, sites, users,
teams, assets, contracts and reports, 4 listings filtered by customer, 1 read of any ticket).
Counted with the admin's creates and KB question, the admin has 42 requests (about 17 %).

Seed facts relied on (simulator demo data, checked in halo_integration/simulator/seed*.py):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), site HQ (31).
  Other customers: Globex 17 (sites 41 Springfield Campus, 44 Cypress Creek), Initech 42 (101
  Main Office, 102 Austin Branch), Umbrella Health 23 (51 Raccoon City Clinic, 52 Laboratory,
  53 Head Office), Stark Logistics 27 (61 Distribution Centre, 62 Fleet Depot), Wayne Foundation
  35 (71 Gotham Office). Users: 203 Noah Williams, 301 Olivia Brown, 302 Hank Scorpio,
  401 Peter Gibbons, 403 Samir Nagheenanajar, 404 Joanna Baker.
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two password
  tickets (3005, 3115). None of the closed ones is rated in the seed.
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams), 3012 (Joanna Baker), 3055 and 3099 (Initech),
  3160 (Samir), 3110 and 3140 and 3030 (Olivia Brown).
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services. Every admin update below
  changes a value the ticket does not already have.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical (P1), 2 High, 3 Medium,
  4 Low.
- Look-ups: assets AC-2219 (Emma's laptop), AC-2231 (Liam's laptop); contracts GLX-MSP-2026,
  STARK-NETWORK; reports "SLA compliance (last 30 days)", "Asset warranty expiry"; KB articles on
  VPN from home, self-service password reset, paper jams, MFA / Authenticator, Outlook password
  prompts, office Wi-Fi, SharePoint access, Teams meetings, new starters, mapping network drives,
  phishing, Windows updates.
- Caveat for the reopen cases: in the seed every closed ticket was closed weeks ago (longer than
  the default REOPEN_DAYS of 14); the cases expect the reopen_ticket plan as the brief asks, as a
  careful agent would read the request.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates, add = book.lookup, book.refused, book.candidates, book.add


# --- New problems and requests (create_ticket) ------------------------------------------------
create("emma", "printer 3rd floor out of toner pls", "toner")
create("emma", "keyboard stopped working", "keyboard")
create("emma", "out look crashes every time i open an attachment", "crashes")
create("emma", "teams mic not working in calls", "mic")
create("emma", "need adobe acrobat installed pls thx", "acrobat")
create("emma", "CANT LOG IN TO PAYROLL", "payroll")
create("emma", "phone wont sync work email", "sync")
create("emma", "excel freezing every time i save 😩", "excel")
create("emma", "mouse dead. changed batteries, still dead", "mouse")
create("emma", "My laptop gets hot during Teams calls", "hot")
create("emma", "new headset pls mine broke", "headset")
create("emma", "laptop screen flickering", "flickering")
create("emma", "cant print to the colour printer", "colour")
create("emma", "onedrive not syncing 😤", "onedrive")
create("emma", "locked out of my account!!", "locked")
create("emma", "wifi in canteen super slow", "canteen")
create("emma", "need access to HR share drive", "HR")
create("emma", "docking station not charging laptop", "docking")
create("emma", "calendar invites not showing up", "calendar")
create("emma", "webcam black in zoom", "webcam")
create("emma", "Bluetooth wont pair w my earbuds", "Bluetooth")
create("emma", "need a new charger, left mine at hotel", "charger")
create("emma", "Marketing sharepoint site loading forever", "Marketing")
create("emma", "laptop battery draining v fast", "battery")
create("emma", "spell check gone in word??", "spell")
create("emma", "zoom keeps crashing on my laptop", "zoom")
create("emma", "cant open pdfs anymore", "pdf")
create("emma", "need visio pls for a project", "visio")
create("emma", "Windows update stuck at 35% since 9am", "stuck")
create("emma", "mfa app not sending codes on my new phone", "mfa")
create("emma", "projector in boardroom no signal, meeting in 10 min!!", "projector")
create("emma", "files on the S drive vanished", "drive")
create("emma", "Out look signature disappeared", "signature")
create("emma", "laptop very slow since yesterday", "slow")
create("emma", "laptop wont turn on at all", "turn on")
create("emma", "scanner by reception not emailing scans", "scanner")
create("emma", "cant hear anyone on teams. speakers fine elsewhere", "hear")
create("liam", "vpn wont connect from hotel", "vpn")
create("liam", "Vpn asks for a certificate every morning", "certificate")
create("liam", "printer at warehouse offline", "offline")
create("liam", "pls reset my SAP password", "SAP")
create("liam", "outlook search not finding anything", "search")
create("liam", "Teams status stuck on away all day", "away")
create("liam", "need a license for power bi", "power bi")
create("liam", "monitor wont wake up after lunch", "monitor")
create("liam", "excel macros blocked??", "macros")
create("liam", "cant open shared mailbox sales@", "mailbox")
create("liam", "wifi down in kitchen area", "kitchen")
create("liam", "TEAMS WONT START", "Teams")
create("liam", "need access to finance folder pls", "finance")
create("liam", "chrome keeps crashing 😤", "chrome")
create("liam", "work iphone screen cracked", "iphone")
create("liam", "asset tag fell off my laptop", "tag")
create("liam", "headphones crackle on calls", "headphones")
create("liam", "onedrive says storage full", "storage")
create("liam", "printer printing blank pages", "blank")
create("liam", "contract templates folder gone from sharepoint", "templates")
create("liam", "can someone install python on my laptop thx", "python")
create("liam", "out look calendar shows wrong time zone", "time zone")
create("liam", "usb stick not recognised", "usb")
create("liam", "cant log in to expenses site", "expenses")
create("liam", "mic echo in teams meetings, others hear themselves", "echo")
create("liam", "copier jammed on ground floor", "copier")
create("liam", "need dropbox unblocked for client files", "dropbox")
create("liam", "screen goes black randomly", "black")
create("liam", "forgot pin for laptop", "pin")
create("liam", "email stuck in outbox", "outbox")
create("liam", "Voicemail not working on desk phone", "voicemail")
create("liam", "site visit tmrw - need a 4g dongle", "dongle")

# --- Reading one own ticket (get_ticket) ------------------------------------------------------
get("emma", "3115 status?", 3115)
get("emma", "whats happening w 3042", 3042)
get("emma", "any update on 3089 pls", 3089)
get("emma", "show 3131", 3131)
get("emma", "status #3067", 3067)
get("emma", "my outlook ticket status", 3115)
get("emma", "where r we w the monitor request", 3131)
get("emma", "sharepoint ticket - news?", 3089)
get("emma", "the printer one from before, what happened", 3067)
get("emma", "teams camera ticket?? what happened to it", 3150)
get("emma", "show me 3018", 3018)
get("emma", "3005 details", 3005)
get("emma", "STATUS OF 3115", 3115)
get("emma", "did IT reply on 3042?", 3042)
get("liam", "3120 update?", 3120)
get("liam", "mia chen ticket status", 3076)
get("liam", "whats up with my fan ticket", 3120)
get("liam", "check 3121", 3121)
get("liam", "new starter ticket where is it at", 3076)
get("liam", "3076 pls", 3076)
get("liam", "laptop overheating ticket any news 🙏", 3120)
get("liam", "wifi ticket - what was the fix", 3121)

# --- Listing own tickets (list_tickets) -------------------------------------------------------
listing("emma", "my tickets")
listing("emma", "show all my open ones")
listing("emma", "closed tickets pls")
listing("emma", "3042 & 3115 status", [3042, 3115])
listing("emma", "3089, 3131 - any movement?", [3089, 3131])
listing("emma", "list my stuff")
listing("emma", "show 3005 3018 3067", [3005, 3018, 3067])
listing("emma", "MY TICKETS")
listing("emma", "all open 🙏")
listing("emma", "whats waiting on me")
listing("liam", "my tix")
listing("liam", "open tickets?")
listing("liam", "3120 and 3076 pls", [3076, 3120])
listing("liam", "all my tickets incl closed")
listing("liam", "anything open for me")
listing("liam", "status of 3121 + 3120", [3120, 3121])

# --- Notes on an own ticket (add_note) --------------------------------------------------------
note("emma", "3042 still drops every 10 min at home", 3042, "drops")
note("emma", "add to 3115: happened again this morning", 3115, "morning")
note("emma", "note 3089 - my manager approved it", 3089, "approved")
note("emma", "3131 - any 24 inch one is fine", 3131, "inch")
note("emma", "tell them on 3115 i tried restarting, no luck", 3115, "restarting")
note("emma", "for the sharepoint one: need edit not just read", 3089, "edit")
note("emma", "monitor ticket: im at desk 4B", 3131, "4B")
note("emma", "outlook ticket - still asking for pw 😩", 3115, "still")
note("emma", "3042 tried another cable, same", 3042, "cable")
note("emma", "re 3089 its the Finance site, urgent for month end", 3089, "month")
note("emma", "add note 3131 thx for update, it can wait", 3131, "wait")
note("emma", "3115: screenshot coming in a sec", 3115, "screenshot")
note("emma", "3042 — works on hotspot, not on home wifi", 3042, "hotspot")
note("liam", "3120 fan even louder today", 3120, "louder")
note("liam", "add to mia chen ticket: she needs a mac not windows", 3076, "mac")
note("liam", "3076 start date moved to the 15th", 3076, "15th")
note("liam", "note on laptop fan one: im in office thurs if u need it", 3120, "thurs")
note("liam", "3120 - cleaned the vents, still hot", 3120, "vents")
note("liam", "3076 pls add she needs adobe too", 3076, "adobe")
note("liam", "for my new starter ticket - her manager is Ava Thompson", 3076, "Ava")
note("liam", "3120 it shut down by itself twice", 3120, "shut")
note("liam", "mia chen one: her desk is on 3rd floor", 3076, "floor")

# --- Resolve an own open ticket (resolve_ticket) ----------------------------------------------
resolve("emma", "3042 working now, close it", 3042)
resolve("emma", "pls resolve 3115 outlook fine now", 3115)
resolve("emma", "3131 dont need it anymore, close pls", 3131)
resolve("emma", "close the sharepoint one, got access 👍", 3089)
resolve("emma", "RESOLVE 3042", 3042)
resolve("emma", "outlook fixed itself lol close 3115, thx for the help!!", 3115)
resolve("liam", "3120 fixed after new fan, close", 3120)
resolve("liam", "mia chen all set up, close ticket", 3076)
resolve("liam", "resolve 3076 thx", 3076)
resolve("liam", "fan ticket can be closed now", 3120)

# --- Reopen an own closed ticket (reopen_ticket) ----------------------------------------------
reopen("emma", "3067 jamming again, reopen", 3067)
reopen("emma", "reopen 3018 vpn client gone again", 3018)
reopen("emma", "reopen the printer ticket pls, still jams", 3067)
reopen("emma", "reopen 3005 pls", 3005)
reopen("emma", "REOPEN 3067 😡", 3067)
reopen("emma", "can u reopen my vpn client one, its missing again", 3018)
reopen("liam", "3121 wifi dropping again in room 2 reopen", 3121)
reopen("liam", "reopen 3121", 3121)
reopen("liam", "wifi ticket not fixed, pls reopen", 3121)
reopen("liam", "3121 came back, open it again", 3121)

# --- Rate an own closed ticket (rate_ticket) --------------------------------------------------
rate("emma", "3067 5/5 thx", 3067, 5)
rate("emma", "rate 3018 4 stars", 3018, 4)
rate("emma", "give 3005 a 3", 3005, 3)
rate("emma", "rating for printer ticket: 4", 3067, 4)
rate("emma", "3005 1 star, way too slow", 3005, 1)
rate("liam", "rate 3121 2/5 took forever", 3121, 2)
rate("liam", "3121 5 stars great job", 3121, 5)
rate("liam", "wifi ticket 4/5", 3121, 4)

# --- How-to questions (lookup kb_articles) ----------------------------------------------------
lookup("emma", "how do i connect vpn from home", "kb_articles", "vpn")
lookup("liam", "how 2 reset password", "kb_articles", "password")
lookup("emma", "how clear paper jam??", "kb_articles", "jam")
lookup("liam", "set up mfa how", "kb_articles", "mfa")
lookup("emma", "how map network drive", "kb_articles", "drive")
lookup("liam", "how do i join office wifi", "kb_articles", "wifi")
lookup("emma", "whats the process for a new starter?", "kb_articles", "starter")
lookup("liam", "how to report a phishing email", "kb_articles", "phishing")
lookup("emma", "how install windows updates", "kb_articles", "updates")
lookup("liam", "how do i get access to a sharepoint site", "kb_articles", "sharepoint")
lookup("emma", "how do i pick the right mic in teams meetings", "kb_articles", "teams")
lookup("liam", "how do i stop Outlook asking for my password", "kb_articles", "outlook")
lookup("emma", "HOW DO I SET UP AUTHENTICATOR", "kb_articles", "authenticator")
lookup("liam", "guide for vpn?", "kb_articles", "vpn")
lookup("emma", "how do i reset my pw myself", "kb_articles", "reset")
lookup("liam", "where's the article on mapping network drives", "kb_articles", "mapping")
lookup("emma", "how to connect to wifi on laptop", "kb_articles", "wifi")
lookup("liam", "how do i clear a printer jam", "kb_articles", "jam")
lookup("emma", "how to share screen in teams?", "kb_articles", "teams")
lookup("admin", "kb articles about mfa", "kb_articles", "mfa")

# --- Refused at plan time ---------------------------------------------------------------------
# someone else's ticket
refused("emma", "status of 3101")
refused("emma", "show ticket 3160")
refused("emma", "add note to 3140: monitor looks fine now")
refused("emma", "3076 status?")
refused("liam", "whats happening on 3042")
refused("liam", "3055 update")
refused("liam", "add note to 3115 pls: emma is out today")
refused("liam", "close 3099")
refused("liam", "3110 status")
# a closed or cancelled ticket to resolve
refused("emma", "resolve 3067")
refused("emma", "close 3005 pls")
refused("emma", "resolve 3150")
refused("liam", "resolve 3121")
# admin-only things asked by an employee
refused("emma", "list all globex tickets")
refused("emma", "assign 3115 to chloe")
refused("emma", "set 3042 priority critical!!")
refused("emma", "show me liam's tickets")
refused("emma", "who are the agents in the network team")
refused("liam", "show customer list")
refused("liam", "move 3120 to 2nd line team")
refused("liam", "show sla report")
refused("liam", "contracts for stark?")

# --- Candidates: the text fits two of the person's tickets equally ----------------------------
candidates("emma", "vpn ticket status?", "get_ticket")
candidates("emma", "whats up w my password ticket", "get_ticket")
candidates("emma", "show the vpn one", "get_ticket")
candidates("emma", "password one - details", "get_ticket")
candidates("emma", "Vpn ticket pls", "get_ticket")
candidates("emma", "what did IT say on the password ticket", "get_ticket")
candidates("emma", "VPN TICKET", "get_ticket")
candidates("emma", "my vpn ticket?? 🤔", "get_ticket")
candidates("emma", "add note to vpn ticket: im on leave next week", "add_note")
candidates("emma", "password ticket add note: my new mobile is 07700 900123", "add_note")

# --- Admin: updates ---------------------------------------------------------------------------
update("admin", "3101 -> in progress", 3101, status_id=2)
update("admin", "set 3042 prio low", 3042, priority_id=4)
update("admin", "assign 3099 to tom", 3099, agent_id=11)
update("admin", "3160 to network team", 3160, team_id=12)
update("admin", "3140 assign priya", 3140, agent_id=5)
update("admin", "3055 status on hold", 3055, status_id=28)
update("admin", "p1 on 3160", 3160, priority_id=1)
update("admin", "3110 with supplier", 3110, status_id=5)
update("admin", "3131 → 1st line", 3131, team_id=5)
update("admin", "3120 to james o'connor", 3120, agent_id=4)
update("admin", "3089 prio critical", 3089, priority_id=1)
update("admin", "3115 set with user", 3115, status_id=4)
update("admin", "move 3101 to 2nd line", 3101, team_id=6)
update("admin", "3030 reassign daniel", 3030, agent_id=6)
update("admin", "3012 -> sarah", 3012, agent_id=3)
update("admin", "3110 field services + hannah", 3110, team_id=15, agent_id=9)
update("admin", "3055 give to marcus", 3055, agent_id=8)
update("admin", "3160 ACTION REQUIRED", 3160, status_id=3)

# --- Admin: look-ups --------------------------------------------------------------------------
lookup("admin", "customer globex", "customers", "globex")
lookup("admin", "cust initech", "customers", "initech")
lookup("admin", "umbrella health customer record", "customers", "umbrella")
lookup("admin", "site fleet depot", "sites", "fleet")
lookup("admin", "lookup site raccoon city clinic", "sites", "raccoon")
lookup("admin", "user hank scorpio", "users", "hank")
lookup("admin", "find user joanna", "users", "joanna")
lookup("admin", "show team Network", "teams", "network")
lookup("admin", "asset AC-2219", "assets", "AC-2219")
lookup("admin", "whose laptop is AC-2231", "assets", "AC-2231")
lookup("admin", "contract STARK-NETWORK", "contracts", "STARK-NETWORK")
lookup("admin", "contracts glx-msp-2026", "contracts", "GLX-MSP-2026")
lookup("admin", "sla report", "reports", "SLA")
lookup("admin", "report asset warranty expiry", "reports", "warranty")

# --- Admin: listings by customer, a read, creates for a customer/site/user ---------------------
add("admin", "open tix for globex", {"action": "list_tickets", "params": {"client_id": 17}})
add("admin", "initech tickets", {"action": "list_tickets", "params": {"client_id": 42}})
add(
    "admin", "all tickets wayne foundation", {"action": "list_tickets", "params": {"client_id": 35}}
)
add("admin", "tickets umbrella health pls", {"action": "list_tickets", "params": {"client_id": 23}})
get("admin", "3101 details", 3101)
create(
    "admin",
    "new tkt globex springfield campus: printer offline",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "log ticket for initech austin branch - internet down",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "stark logistics fleet depot: tablets not charging",
    "tablets",
    client_id=27,
    site_id=62,
)
create("admin", "raise tkt for hank scorpio, laptop stolen", "stolen", user_id=302)
