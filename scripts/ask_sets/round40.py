"""Round 40: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 260 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: IT-literate people and a busy admin typing terse, jargon-heavy commands. Short imperative
fragments ("3042 -> resolved", "bump 3140 to P1", "assign 3110 to Tom", "sites @ Globex?"),
abbreviations (pls, thx, asap, ETA, FYI, w/, b/c, tkt), ticket numbers written as 3042, #3042,
T3042 or "ticket no. 3042" (no other prefixes), arrows and colons, mixed case, some typos.
Employees who know IT words (MFA, SSO, DNS, VPN, SSD, BSOD, docking station, drivers) describe
new problems in one or two lines. The admin share is higher than usual: ~20 % updates and
look-ups, and ~10 admin tickets for a customer and site written tersely in one phrase ("new tkt
Initech/Austin Branch: printer offline"), plus a few for a named user.

Mix: ~26 % new problems (employees, plus 10 admin tickets for a customer and site and 4 for a
named user), ~8 % reads (one id, or several at once), ~6 % own lists (some with dates), ~8 %
notes, ~4 % resolve (some "+ visible note summarising the fix"), ~4 % reopen, ~3 % rate, ~7 %
how-to (knowledge base), ~10 % refused at plan time, ~4 % candidates (reads only: Emma's "VPN
ticket" and "password ticket"), ~20 % admin updates and look-ups (teams and their agents,
customer sites/contracts/users, customer ticket listings).

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

# --- New problems: Emma (off VPN, SharePoint, Outlook password, monitor, password, printer,
# Teams camera) ---
create("emma", "BSOD x3 today, stop code IRQL_NOT_LESS_OR_EQUAL. pls look asap", "BSOD")
create("emma", "docking station not charging my laptop since the fw update", "docking")
create("emma", "MFA push notifs not arriving on new phone, cant approve sign-ins", "MFA")
create("emma", "SSO to Workday broken: loops straight back to login page", "Workday")
create("emma", "DNS not resolving intranet.acme.local from my HQ desk, ping by IP works", "DNS")
create("emma", "SSD almost full (3GB left) - need cleanup or bigger drive", "SSD")
create("emma", "audio drivers gone after Windows update, no sound at all", "audio")
create("emma", "BitLocker recovery key prompt on every boot, pls help", "BitLocker")
create("emma", "Excel crashes on open w/ macros enabled since this morning", "Excel")
create("emma", "laptop keyboard: several keys dead (E, R, T)", "keyboard")
create("emma", "USB-C headset mic not detected, tried 2 ports already", "headset")
create("emma", "OneDrive sync stuck on 'processing changes' for 2 days", "OneDrive")
create("emma", "need a Visio licence pls, for process diagrams. ETA?", "Visio")
create("emma", "Zoom client won't update, hangs at 40%", "Zoom")
create("emma", "trackpad jumpy / ghost clicks since yday", "trackpad")
create("emma", "battery drains 100->0 in 90 min, battery health says 61%", "battery")
create("emma", "mapped drive S: dropped, 'network path not found'", "drive")
create("emma", "need Python 3.12 installed, no local admin on my machine", "Python")
create("emma", "shared mailbox not showing in Outlook since the migration", "mailbox")
create("emma", "Adobe Acrobat asks me to sign in every launch, licence not picked up", "Acrobat")
create("emma", "ethernet port at desk 4.12 dead, no link light", "ethernet")
create(
    "emma",
    "FYI got a phishing mail, clicked the link by mistake (entered nothing). pls chk",
    "phishing",
)
create("emma", "fingerprint reader stopped working after BIOS update", "fingerprint")
create("emma", "SAP GUI times out connecting, err 'partner not reached'", "SAP")
create("emma", "wireless mouse lags badly, already swapped batteries", "mouse")
create("emma", "browser says proxy server refusing connections since this am", "proxy")
create("emma", "req: USB-C dock for WFH setup, thx", "dock")
create("emma", "Jira SSO error AADSTS50105 - user not assigned to app", "Jira")
create("emma", "scanner at reception not sending scan-to-email anymore", "scanner")
create("emma", "feature update failing w/ 0x800f0922, retried twice", "update")

# --- New problems: Liam (off laptop fan/overheating, Wi-Fi in meeting room 2, new starter Mia) ---
create("liam", "BSOD on my desktop PC (WHEA_UNCORRECTABLE_ERROR) twice since lunch", "BSOD")
create("liam", "docking station at hot desk 3 doesnt detect anything", "docking")
create("liam", "team can't reach the finance share \\\\fs01\\finance, DNS issue maybe?", "finance")
create("liam", "MFA prompt loop on Salesforce: approve -> asked again, repeat", "Salesforce")
create("liam", "need a licence for Adobe Illustrator for Jess on my team", "Illustrator")
create("liam", "SSO broken for Concur expense portal, 'SAML response invalid'", "Concur")
create("liam", "company iPhone not recieving email since iOS update", "iPhone")
create("liam", "boardroom projector shows 'no signal' over HDMI", "projector")
create("liam", "SSD SMART warning on my desktop, pls swap before it dies", "SSD")
create("liam", "boardroom speakerphone crackles on every call", "speakerphone")
create("liam", "pls create shared mailbox sales-eu@, owners me + Raj", "mailbox")
create("liam", "Wacom tablet drivers won't install: 'device not supported'", "Wacom")
create("liam", "printer on 3rd floor offline for the whole team", "printer")
create("liam", "CRM v slow, ~30s per page load, whole sales team affected", "CRM")
create("liam", "DHCP: several desks on 4th floor getting 169.254 addresses", "DHCP")
create("liam", "access req: Tableau dashboard 'Sales Q3' for my team", "Tableau")
create("liam", "USB ports on my desktop blocked by policy? cant use headset", "USB")
create("liam", "wireless keyboard + mouse receiver lost, need replacement set", "keyboard")
create("liam", "calendar sync broken between Outlook and my phone", "calendar")
create("liam", "need SIM for new company phone, port number from old one", "SIM")
create("liam", "web filter blocks LinkedIn for the recruiting team", "LinkedIn")
create("liam", "DocuSign integration in CRM failing w/ 401", "DocuSign")
create("liam", "desk phone handset dead, no dial tone", "phone")
create("liam", "Windows activation watermark on my desktop after mobo swap", "activation")

# --- New problems: admin, customer + site in one phrase ---
create(
    "admin", "new tkt Initech/Austin Branch: printer offline", "printer", client_id=42, site_id=102
)
create(
    "admin",
    "new ticket Globex @ Cypress Creek: core switch down, whole floor offline",
    "switch",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "tkt for Umbrella Health - Laboratory: fridge temp sensor not reporting",
    "sensor",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "log one: Stark Logistics / Fleet Depot, tablet MDM enrolment failing",
    "MDM",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "new tkt Wayne Foundation Gotham Office: DNS outage, ppl cant reach web",
    "DNS",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "raise tkt Acme Warehouse: label printer not printing",
    "label",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "new tkt Umbrella Health/Raccoon City Clinic: BSOD on reception PC",
    "BSOD",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Globex Springfield Campus -> new tkt: badge readers offline",
    "badge",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "new tkt Stark Logistics/Distribution Centre: barcode scanners won't pair",
    "barcode",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Initech Main Office new tkt: SSO failing for all users",
    "SSO",
    client_id=42,
    site_id=101,
)

# --- New problems: admin, for a named user ---
create(
    "admin",
    "tkt for Hank Scorpio: laptop won't boot, stuck on BitLocker prompt",
    "laptop",
    user_id=302,
)
create("admin", "new ticket for Joanna Baker: MFA reset needed, lost phone", "MFA", user_id=404)
create("admin", "log tkt for Pepper Potts - VPN token expired", "VPN", user_id=601)
create("admin", "new tkt on behalf of Mia Chen: docking station dead", "docking", user_id=206)

# --- Reads ---
get("emma", "#3042 status?", 3042)
get("emma", "T3115 - any update?", 3115)
get("emma", "ticket no. 3089 where r we", 3089)
get("emma", "details 3131 pls", 3131)
get("emma", "show #3067", 3067)
get("emma", "3005 details?", 3005)
get("emma", "ETA on #3131?", 3131)
get("emma", "whats happening w/ ticket 3115", 3115)
listing("emma", "#3089 + #3131 status", [3089, 3131])
listing("emma", "status 3042, 3115, 3131 pls", [3042, 3115, 3131])
get("liam", "#3120 ETA?", 3120)
get("liam", "T3076 status", 3076)
get("liam", "3121 details pls", 3121)
get("liam", "ticket no. 3120 - where are we", 3120)
listing("liam", "3120 & 3076 pls", [3076, 3120])
get("admin", "show 3101", 3101)
get("admin", "#3055 details", 3055)
get("admin", "pull up T3160", 3160)
get("admin", "view #3110", 3110)
listing("admin", "3099 + 3055", [3055, 3099])
listing("admin", "3110, 3140 status?", [3110, 3140])

# --- Own lists ---
listing("emma", "my tkts")
listing("emma", "list my open tickets")
listing("emma", "my tickets since Mon")
listing("emma", "tkts I raised last wk?")
listing("emma", "all my tickets this month pls")
listing("emma", "whats open for me?")
listing("emma", "show my tickets from yesterday")
listing("emma", "my tickets, last 7 days")
listing("emma", "overview of my tkts pls")
listing("liam", "my tickets")
listing("liam", "list mine since the 1st")
listing("liam", "tkts from past 2 wks")
listing("liam", "my open stuff?")
listing("liam", "anything of mine still open?")
listing("liam", "my tickets since Friday pls")

# --- Notes ---
note("emma", "#3042 note: drops every ~20 min, router reboot didnt help", 3042, "router")
note("emma", "add to T3115: prompt shows up even after MFA approve", 3115, "MFA")
note("emma", "note on 3089: my manager Liam approved the access", 3089, "approved")
note("emma", "3131 note: FYI WFH Tue/Wed, pls deliver Thursday", 3131, "Thursday")
note("emma", "add note #3042 - happens on phone hotspot too, so not my ISP", 3042, "hotspot")
note("emma", "ticket 3115 note: cleared Credential Manager, still prompting", 3115, "Credential")
note("emma", "pls add to #3089: need read-only, not edit", 3089, "read-only")
note("emma", "3131 note: need a USB-C cable w/ it too", 3131, "cable")
note("emma", "note to T3042: using FortiClient 7.2", 3042, "FortiClient")
note("emma", "3089: add comment, folder is 'FY26 Budget'", 3089, "FY26")
note("liam", "note #3120: fan now constant even at idle", 3120, "idle")
note("liam", "3120: add note that it shuts off at ~95C", 3120, "shuts")
note("liam", "T3076 note: Mia's start moved to the 21st", 3076, "21st")
note("liam", "add to 3076: she needs Adobe CC too", 3076, "Adobe")
note("liam", "note on ticket 3120: in office Fri if someone wants to look", 3120, "Fri")
note("liam", "#3076 add note - laptop ready for collection?", 3076, "collection")
note("admin", "note 3110: waiting on vendor RMA", 3110, "RMA")
note("admin", "3099 note: user confirmed BIOS update done", 3099, "BIOS")
note("admin", "add internal note #3160: audio drops linked to USB hub", 3160, "hub")
note("admin", "3055: note - new RAM ordered, ETA Fri", 3055, "RAM")
note("admin", "#3101 note: AP in aisle 7 replaced", 3101, "aisle")
note("admin", "note on #3140: blinds glare, suggest moving desk", 3140, "desk")

# --- Resolve ---
resolve("emma", "3042 -> resolved pls, fixed by new router", 3042)
resolve("emma", "close #3089, got access now thx", 3089)
resolve("emma", "T3115 fixed itself, pls resolve", 3115)
resolve(
    "emma", "resolve 3131 + add visible note summarising fix: monitor delivered & working", 3131
)
resolve("emma", "mark ticket no. 3089 resolved", 3089)
resolve("liam", "resolve #3120 - fan replaced, all good", 3120)
resolve("liam", "3120 resolved, add a visible note summarising the fix: new thermal paste", 3120)
resolve("liam", "3076 done, close it pls", 3076)
resolve("admin", "resolve 3140 + visible note: desk moved, flicker gone", 3140)
resolve("admin", "resolve #3160, add visible note summarising fix: replaced USB hub", 3160)

# --- Reopen ---
reopen("emma", "#3067 jamming again, reopen pls", 3067)
reopen("emma", "reopen T3018 - VPN client vanished after update", 3018)
reopen("emma", "3005 reopen, same issue again", 3005)
reopen("emma", "pls reopen ticket 3067, paper jams are back", 3067)
reopen("emma", "T3018 back again -> reopen", 3018)
reopen("emma", "reopen #3005 thx", 3005)
reopen("liam", "reopen 3121, wifi dropping again in room 2", 3121)
reopen("liam", "#3121 not fixed, reopen asap", 3121)
reopen("liam", "3121 -> reopen pls", 3121)
reopen("admin", "reopen 3030", 3030)

# --- Rate ---
rate("emma", "rate 3067 4/5", 3067, 4)
rate("emma", "#3018: 5 stars", 3018, 5)
rate("emma", "3005 -> 3/5", 3005, 3)
rate("emma", "T3067 rating: 2 stars, took 2 wks", 3067, 2)
rate("emma", "rate ticket 3018 1/5, slow", 3018, 1)
rate("emma", "give 3067 a 5 out of 5", 3067, 5)
rate("emma", "#3005 rating 4 stars thx", 3005, 4)
rate("emma", "3018 -> 3 stars", 3018, 3)

# --- How-to (knowledge base) ---
howto("emma", "how do I set up MFA on new phone?", "MFA")
howto("emma", "guide for mapping a network drive?", "drive")
howto("emma", "how to report phishing?", "phishing")
howto("emma", "KB for installing Windows updates?", "updates")
howto("emma", "how-to: clear a paper jam", "jam")
howto("emma", "how do I join a Teams mtg from my phone?", "Teams")
howto("emma", "how do I reset my password via self-service?", "password")
howto("emma", "how can I get onto office WiFi w/ my phone?", "WiFi")
howto("emma", "any KB articles I should read?")
howto("emma", "how to spot phishing mails", "phishing")
howto("liam", "new starter checklist - wheres the guide?", "checklist")
howto("liam", "how to request SharePoint access for my team?", "SharePoint")
howto("liam", "KB re Outlook pw prompts?", "Outlook")
howto("liam", "how do I map a drive for the team share", "drive")
howto("liam", "guide: VPN from home?", "VPN")
howto("liam", "how to set up Authenticator", "Authenticator")
howto("liam", "is there a guide for installing Windows updates", "updates")
howto("liam", "where are the IT how-to guides?")

# --- Refused at plan time ---
refused("emma", "show #3110")
refused("emma", "T3101 status?")
refused("emma", "add note to 3160: same here")
refused("emma", "resolve #3140")
refused("emma", "details 3999")
refused("emma", "ticket no. 4242?")
refused("emma", "bump #3042 to P1 asap")
refused("emma", "assign 3115 to Chloe pls")
refused("emma", "sites @ Globex?")
refused("emma", "list all agents")
refused("emma", "contracts for Acme?")
refused("emma", "all Globex tkts")
refused("emma", "show Liam's tickets")
refused("emma", "whole company's open tickets pls")
refused("emma", "resolve 3018")
refused("emma", "3067 -> resolved")
refused("emma", "rate 3042 5 stars")
refused("emma", "reopen 3115")
refused("emma", "set 3131 status: in progress")
refused("liam", "show 3055")
refused("liam", "note on 3099: same prob here")
refused("liam", "3120 -> P1 pls")
refused("liam", "who's in the 2nd line team?")
refused("liam", "list Noah's tkts")
refused("liam", "reopen #3120")
refused("liam", "rate 3120 4/5")
refused("liam", "resolve 3121")
refused("liam", "4242 status")

# --- Candidates (reads of an ambiguous ticket) ---
candidates("emma", "my VPN ticket - status?", "get_ticket")
candidates("emma", "show VPN tkt pls", "get_ticket")
candidates("emma", "VPN ticket details?", "get_ticket")
candidates("emma", "wheres my VPN ticket at", "get_ticket")
candidates("emma", "any update on my VPN tkt?", "get_ticket")
candidates("emma", "pw ticket status?", "get_ticket")
candidates("emma", "show my password ticket", "get_ticket")
candidates("emma", "details on the password tkt", "get_ticket")
candidates("emma", "my password ticket pls", "get_ticket")
candidates("emma", "status of my VPN tkt?", "get_ticket")

# --- Admin updates ---
update("admin", "bump 3140 to P1", 3140, priority_id=1)
update("admin", "assign 3110 to Tom", 3110, agent_id=11)
update("admin", "3101 -> 1st Line team", 3101, team_id=5)
update("admin", "3160 -> on hold", 3160, status_id=28)
update("admin", "3140 status: In Progress", 3140, status_id=2)
update("admin", "T3055 prio low", 3055, priority_id=4)
update("admin", "#3101 assign Marcus", 3101, agent_id=8)
update("admin", "move 3160 to Messaging team", 3160, team_id=11)
update("admin", "3110 -> with supplier", 3110, status_id=5)
update("admin", "ticket 3099 -> P2, assign Daniel", 3099, priority_id=2, agent_id=6)
update("admin", "3140: Field Services team, P3", 3140, team_id=15, priority_id=3)
update("admin", "reassign #3110 to Priya", 3110, agent_id=5)
update("admin", "3042 -> pending closure", 3042, status_id=25)
update("admin", "set 3089 prio high", 3089, priority_id=2)
update("admin", "assign 3131 -> Hannah", 3131, agent_id=9)
update("admin", "3115 to Messaging team, agent Chloe", 3115, team_id=11, agent_id=7)
update("admin", "T3120 status -> action required", 3120, status_id=3)
update("admin", "prio 3160 critical pls", 3160, priority_id=1)
update("admin", "3101 to Network team", 3101, team_id=12)
update("admin", "assign T3140 to James, status in progress", 3140, agent_id=4, status_id=2)
update("admin", "3055 -> With User", 3055, status_id=4)
update("admin", "#3099 -> Tom Walsh", 3099, agent_id=11)
update("admin", "change 3089 to 1st Line Support, Priya", 3089, team_id=5, agent_id=5)
update("admin", "3131 prio -> low", 3131, priority_id=4)
update("admin", "3110 to Service Desk team", 3110, team_id=2)
update("admin", "set #3042 owner Marcus Reid", 3042, agent_id=8)
update("admin", "3160 status -> New", 3160, status_id=1)
update("admin", "bump T3101 to high", 3101, priority_id=2)

# --- Admin look-ups ---
book.add(
    "admin", "sites @ Globex?", {"action": "lookup", "params": {"entity": "sites", "client_id": 17}}
)
book.add(
    "admin",
    "contracts Stark Logistics?",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 27}},
)
book.add(
    "admin", "users @ Initech", {"action": "lookup", "params": {"entity": "users", "client_id": 42}}
)
book.add(
    "admin",
    "sites for Umbrella Health",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 23}},
)
book.add(
    "admin",
    "Wayne Foundation contracts",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 35}},
)
team_members("admin", "who's in Network team?", 12)
team_members("admin", "2nd line members?", 6)
team_members("admin", "who's on 1st Line Support", 5)
customer_tickets("admin", "Globex tkts", 17)
customer_tickets("admin", "tickets for Umbrella Health", 23)
customer_tickets("admin", "Initech tkts pls", 42)
lookup("admin", "find user Pepper", "users", "Pepper")
lookup("admin", "asset AC-2231?", "assets", "AC-2231")
lookup("admin", "reports list", "reports")
lookup("admin", "SLA report?", "reports", "SLA")
lookup("admin", "appts this wk", "appointments")
lookup("admin", "invoices pls", "invoices")
lookup("admin", "statuses?", "statuses")
lookup("admin", "priority list", "priorities")
lookup("admin", "kb: phishing", "kb", "phishing")
lookup("admin", "list teams", "teams")
lookup("admin", "agents?", "agents")
lookup("admin", "customers list", "customers")
lookup("admin", "agent Priya?", "agents", "Priya")
lookup("admin", "lookup client Stark", "customers", "Stark")
lookup("admin", "contract GLX-BACKUP-2026?", "contracts", "GLX-BACKUP-2026")
lookup("admin", "warranty report", "reports", "warranty")
