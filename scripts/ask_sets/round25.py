"""Round 25: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: IT-savvy power users and a busy admin. Abbreviations and technical terms (MFA, SSO, DNS,
VPN split tunnel, BSOD with a stop code, 0x80070005, OneDrive sync, Intune, BitLocker, asset tags
such as AC-2219), references to earlier messages ("same as yesterday", "the thing I reported",
"still", "again"), ticket numbers quoted in brackets or with prefixes ("[3042]", "T3042",
"req 3089", "#3115", "ticket#3131"), terse imperatives, mostly lower case. About a sixth of the
requests ask for several things where one is clearly the main one; the expectation is the main
one (marked "# multi" below). Mix: ~32 % new problems and requests, ~9 % reading one own ticket,
~7 % listing, ~9 % notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~7 % how-to (knowledge base),
~7 % refused, ~4 % candidates, ~15 % admin.

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), site HQ (31).
  Acme sites: 31 HQ, 32 Warehouse, 33 Remote Workers. Other customers: Globex 17 (sites 41
  Springfield Campus, 44 Cypress Creek), Initech 42 (101 Main Office, 102 Austin Branch),
  Umbrella Health 23 (51 Raccoon City Clinic, 52 Laboratory, 53 Head Office), Stark Logistics 27
  (61 Distribution Centre, 62 Fleet Depot), Wayne Foundation 35 (71 Gotham Office).
  Users: 203 Noah Williams, 301 Olivia Brown, 302 Hank Scorpio, 401 Peter Gibbons,
  403 Samir Nagheenanajar, 404 Joanna Baker, 602 Happy Hogan.
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two password
  tickets (3005, 3115).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams), 3055 and 3099 (Initech), 3160 (Samir),
  3110 and 3140 and 3030 (Olivia Brown).
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- Look-ups: assets AC-2219 (Emma's laptop), AC-2231 (Liam's laptop); contracts GLX-MSP-2026,
  ACME-MSA-2026, STARK-NETWORK; reports "SLA compliance (last 30 days)", "Tickets closed per
  agent", "Asset warranty expiry"; KB articles on VPN from home, self-service password reset,
  paper jams, MFA / Authenticator, Outlook password prompts, office Wi-Fi, SharePoint access,
  Teams meetings, new starters, mapping network drives, phishing, Windows updates.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates, add = book.lookup, book.refused, book.candidates, book.add
E, L, A = "emma", "liam", "admin"

# --- new problems and requests (~32 %) -------------------------------------------------------
create(
    E, "getting a bsod on AC-2219, stop code DRIVER_IRQL_NOT_LESS_OR_EQUAL, 3x since lunch", "bsod"
)
create(
    E,
    "onedrive sync stuck on 'processing changes' since this morning, ~4k files pending",
    "onedrive",
)
create(
    E,
    "0x80070005 access denied when installing the sap gui update from company portal",
    "0x80070005",
)
create(E, "mfa push notifications not arriving since i moved to a new iphone", "mfa")
create(E, "intune flags my laptop as non-compliant but bitlocker is definitely on", "compliant")
create(E, "dns not resolving internal hostnames on wired at hq, external sites load fine", "dns")
create(E, "need a usb-c dock for hot desk 4.12, the old one is dead", "dock")
create(E, "keyboard on AC-2219 double-types every other letter", "keyboard")
create(
    E,
    "new ticket: excel crashes opening any xlsx straight from sharepoint, started after last night's m365 update",
    "excel",
)
create(E, "battery on AC-2219 draining ~20%/hr even when idle", "battery")
create(E, "need local admin temporarily to install python 3.12 for a data project", "python")
create(E, "request: full access + send-as on the hr shared mailbox", "mailbox")
create(
    E, "calendar delegation broken, my manager can't see or accept invites on my behalf", "calendar"
)
create(
    E,
    "reporting a suspicious email: 'ceo' asking for gift cards with a fake o365 login link",
    "suspicious",
)
create(E, "corp wifi in the 3rd floor kitchen drops every ~30 min, same as yesterday", "wifi")
create(E, "bitlocker recovery key prompt on every boot since the bios update", "bitlocker")
create(E, "edge throws NET::ERR_CERT_DATE_INVALID on the intranet homepage", "intranet")
create(E, "sso loop on the expenses app, keeps bouncing me back to the login page", "expenses")
create(E, "zscaler blocks github.com, need it allow-listed for work", "github")
create(E, "acrobat pro says licence expired every time i open a pdf", "acrobat")
create(E, "touchpad on AC-2219 stopped working after windows update kb5034441", "touchpad")
create(E, "mapped drives vanish after every reboot, have to remap S: and P: each morning", "drives")
create(
    E, "lost ms authenticator after a phone reset, can't sign in from home at all", "authenticator"
)
create(
    E, "excel macros blocked ('microsoft has blocked macros') even on our signed template", "macros"
)
create(E, "need visio pro installed on AC-2219", "visio")
create(E, "request access to the power bi workspace 'sales kpis'", "power")
create(E, "guest wifi voucher for a visitor tomorrow 10am, 1 day", "guest")
create(E, "windows hello face sign-in stopped working, falls back to pin", "hello")
create(
    E,
    "disk at 98% on AC-2219 and i can't install anything, can someone clean up or swap the ssd",
    "disk",
)
create(E, "laptop clock is 7 min off and totp codes get rejected", "clock")
create(E, "bluetooth mouse lags and jumps around since yesterday", "mouse")
create(E, "excel opens everything read-only from the network share, even files i own", "read-only")
create(E, "software request: notepad++ and 7-zip", "notepad")
create(E, "pls issue a replacement yubikey, lost mine on the train", "yubikey")
create(E, "KERNEL_SECURITY_CHECK_FAILURE bsod every time the laptop wakes from sleep", "bsod")
create(E, "conf room 4 screen won't pick up my laptop over hdmi or miracast", "room")
create(E, "mailbox full warning at 49.5gb, please enable online archive", "archive")
create(E, "new ticket - company portal on my mac stuck on 'verifying' forever", "portal")
create(L, "webcam flickers green in zoom and teams, external logi c920", "webcam")
create(L, "docking station ethernet negotiates at 100mbps only, cable already swapped", "ethernet")
create(L, "can't print to the 3rd floor mfp, jobs just sit in the queue", "print")
create(L, "outlook search returns nothing older than 3 months", "search")
create(L, "need a new headset, mic on my jabra is crackling on every call", "headset")
create(L, "file explorer hangs whenever i open the S: drive", "explorer")
create(L, "teams presence stuck on 'away' all day even when i'm active", "away")
create(L, "self-service password reset page returns a 500 error", "reset")
create(L, "rdp to the build server times out when i'm on vpn", "rdp")
create(
    L, "vpn split tunnel not applying, all traffic goes over the tunnel and teams lags", "tunnel"
)
create(L, "dns suffix missing on the vpn adapter, can't reach fileserver by short name", "dns")
create(L, "gpupdate /force fails: 'the processing of group policy failed'", "policy")
create(L, "hinge on AC-2231 cracked, screen wobbles when i type", "hinge")
create(L, "zoom add-in vanished from outlook after the update", "zoom")
create(L, "teams meeting recordings not showing up in the chat afterwards", "recordings")
create(L, "dead pixels cluster in the middle of my external monitor", "pixels")
create(L, "ios mail app keeps asking for my password every hour", "mail")
create(L, "new joiner next mon: kit + accounts for raj singh, sales team", "raj")
create(L, "intune enrolment fails on my android with error 0x80180014", "intune")
create(L, "ssl vpn client says 'connection terminated by peer' right after mfa", "vpn")
create(L, "onedrive shows a red x on the projects library, nothing syncs", "onedrive")
create(L, "badge no longer opens the 2nd floor server room door", "badge")
create(L, "need a shared calendar for the design team", "calendar")
create(L, "chrome keeps crashing with STATUS_ACCESS_VIOLATION on any google doc", "chrome")
create(L, "mfa number matching shows a different number than the login screen", "mfa")
create(L, "sso to salesforce fails with AADSTS50105", "salesforce")
create(
    A,
    "log one for globex springfield campus: boardroom projector no signal",
    "projector",
    client_id=17,
    site_id=41,
)
create(
    A,
    "new ticket for initech austin branch - internet down for the whole office",
    "internet",
    client_id=42,
    site_id=102,
)
create(A, "raise a ticket for umbrella health: lab label printer offline", "printer", client_id=23)
# multi: one clearly main request
create(
    E,
    "onedrive won't sign in, error 0x8004de40. btw thanks for sorting the printer last month",
    "onedrive",
)  # multi
create(
    E,
    "new laptop arrived without intune enrolment so no company apps. also no rush but could someone glance at my monitor req sometime",
    "intune",
)  # multi
create(
    E,
    "bsod 0x0000009F DRIVER_POWER_STATE_FAILURE twice today on wake — please look. (also is there a kb on windows updates? not urgent)",
    "bsod",
)  # multi
create(
    L,
    "outlook crashes on launch since this morning, safe mode works. fyi i'm wfh tomorrow so call my mobile",
    "outlook",
)  # multi
create(
    L,
    "need a second docking station for home office; also thanks for the fan fix progress so far",
    "docking",
)  # multi
create(
    E,
    "dns issue again — intranet.acme.local won't resolve on wifi, fine on wired. same as yesterday, nobody picked it up. please log it",
    "dns",
)  # multi
create(
    L,
    "printer on 4 prints blank pages from every laptop. also the toner light is on, not sure if related",
    "printer",
)  # multi
create(
    E,
    "please open a ticket: teams screen share shows a black window for others. cheers, and ignore my earlier email",
    "share",
)  # multi
create(
    L,
    "sharepoint 'access denied' on the marketing site, need edit rights — and ping me when done pls",
    "marketing",
)  # multi
create(
    E,
    "keyboard backlight dead on AC-2219 and the fn keys are swapped. mostly the fn keys bother me",
    "keyboard",
)  # multi
create(
    L,
    "laptop AC-2231 won't charge on the usb-c dock, only the barrel charger. also can i get a spare charger for travel?",
    "charge",
)  # multi
create(
    E,
    "excel keeps freezing on the budget file (>80mb). also fyi the 2nd floor printer is fine now",
    "excel",
)  # multi
create(
    L,
    "usb headset not detected since intune pushed the new audio driver; also my mouse is fine now so ignore yesterday's email",
    "headset",
)  # multi
create(
    E,
    "need a 2nd charger for the office, forgot mine at home again. also thanks for the quick vpn help last time",
    "charger",
)  # multi
create(
    L,
    "authenticator shows 'request denied' when i approve, locked out of owa twice today. also is mfa supposed to ask every day?",
    "authenticator",
)  # multi

# --- reading one own ticket (~9 %) ------------------------------------------------------------
get(E, "[3115] status?", 3115)
get(E, "T3042 where are we at", 3042)
get(E, "req 3089 - any movement?", 3089)
get(E, "ticket#3131 eta?", 3131)
get(E, "what did it say last on #3115", 3115)
get(E, "show me 3042", 3042)
get(E, "the sharepoint access one, still new?", 3089)
get(E, "status of my second monitor request", 3131)
get(E, "what was the fix on 3067 in the end", 3067)
get(E, "the outlook prompting ticket, any update", 3115)
get(E, "pull up my teams camera ticket", 3150)
get(L, "T3120 eta?", 3120)
get(L, "[3076] where's that at", 3076)
get(L, "what's happening on the new starter ticket for mia", 3076)
get(L, "latest on the overheating laptop one", 3120)
get(L, "3121 - what did they do to fix it", 3121)
get(L, "details of my meeting room wifi ticket", 3121)
get(
    E, "3042 status pls, vpn died again this morning but want to see what they said first", 3042
)  # multi
get(
    L, "quick one: 3120 status? also the fan is louder today but i'll add that later", 3120
)  # multi
get(E, "what's the latest on [3089]? need finance access by friday for month end", 3089)  # multi
get(E, "is T3131 still on hold? my back hurts from squinting, lol", 3131)  # multi
get(
    L, "where is 3076 at - mia starts monday and i need to know if her laptop is imaged", 3076
)  # multi

# --- listing (~7 %) -----------------------------------------------------------------------------
listing(E, "ls my open tickets")
listing(E, "list everything i've raised")
listing(E, "my closed tickets")
listing(E, "what's waiting on me?")
listing(E, "open tix")
listing(L, "list my tickets")
listing(L, "anything of mine still open?")
listing(L, "all my requests, open and closed")
listing(E, "status of 3089 and 3131", [3089, 3131])
listing(E, "[3042] [3115] - updates?", [3042, 3115])
listing(L, "3120 + 3076 status", [3076, 3120])
listing(E, "show 3042, 3089 and 3115", [3042, 3089, 3115])
listing(E, "what do i have open right now? trying to clean up before leave", None)  # multi
listing(L, "show my open ones, want to chase before my 1:1", None)  # multi
listing(E, "summary of all my tickets pls — also which ones need something from me", None)  # multi
listing(L, "t3120 and t3076 where are they", [3076, 3120])
listing(E, "my tickets from the last few months, incl closed")
listing(L, "which of my tickets are still in progress")

# --- notes (~9 %) -------------------------------------------------------------------------------
note(
    E,
    "[3042] add note: still dropping every ~10 min on split tunnel, logs to follow",
    3042,
    "split",
)
note(E, "T3115 note: cleared credential manager, still prompting", 3115, "credential")
note(E, "add to req 3089: my manager approved it in email this morning", 3089, "approved")
note(E, "note on #3131: desk moved to 4.12, deliver there", 3131, "4.12")
note(E, "3042 - fyi happens on home wifi and on 4g hotspot too", 3042, "hotspot")
note(E, "update 3115: it stops after i sign out of teams, weird", 3115, "teams")
note(E, "add note [3089]: need edit, not just read", 3089, "edit")
note(E, "on T3042 tell them the client version is 5.1.2", 3042, "5.1.2")
note(L, "3120 note - fan still at 100% after the bios update", 3120, "bios")
note(L, "add to 3076: mia's start date moved to wednesday", 3076, "wednesday")
note(L, "[3120] i'm in the office tue/wed if someone wants to grab the laptop", 3120, "office")
note(L, "note for T3076: she also needs adobe cc", 3076, "adobe")
note(L, "3120: heat gets worse when docked, fine on battery", 3120, "docked")
note(E, "add note to 3115 'remote session tomorrow 10am works for me'", 3115, "10am")
note(
    E,
    "[3042] still. same as yesterday, disconnect at 10:02 and 10:13. please add that",
    3042,
    "10:02",
)  # multi
note(
    E,
    "T3115 add note: started right after the intune policy push. also is there a kb for this? no worries if not",
    3115,
    "intune",
)  # multi
note(
    L,
    "add to 3120 that it now shuts down at 95c; and thanks daniel for the quick reply",
    3120,
    "95c",
)  # multi
note(
    E,
    "note on 3131: any 27\" is fine, doesn't need to be 4k. also could it come with a hdmi cable",
    3131,
    "27",
)  # multi
note(
    L,
    "3076 note: manager is priya in sales, send the welcome pack to her. also happy to test the laptop",
    3076,
    "welcome",
)  # multi
note(
    E,
    "add to [3089]: site url is /sites/finance-reporting — i need it before the audit next week",
    3089,
    "finance-reporting",
)  # multi
note(E, "3042 note - reinstalled the client, no change", 3042, "reinstalled")
note(L, "pls note on 3120 i can't be without a laptop more than a day", 3120, "day")

# --- resolve (~4 %) -----------------------------------------------------------------------------
resolve(E, "close [3042], vpn stable since the split tunnel change", 3042)
resolve(E, "3089 can be resolved, i've got access now", 3089)
resolve(E, "mark T3131 resolved, monitor arrived and works", 3131)
resolve(E, "#3115 fixed after the profile reset, close it", 3115)
resolve(L, "resolve 3120, fan replaced and it's quiet", 3120)
resolve(L, "3076 done, mia is all set up, close it off", 3076)
resolve(E, "resolve my sharepoint access ticket, works now", 3089)
resolve(L, "close the laptop fan one, sorted", 3120)
resolve(
    E, "vpn's been solid for a week, please close T3042. thanks marcus for the config", 3042
)  # multi
resolve(
    L,
    "3076 can be closed, laptop + accounts all working. (she still wants a bigger monitor but that's another ticket)",
    3076,
)  # multi

# --- reopen (~4 %) ------------------------------------------------------------------------------
reopen(E, "reopen [3067], 2nd floor printer jamming again", 3067)
reopen(E, "T3018 reopen - vpn client vanished again after the reimage", 3018)
reopen(E, "3005 reopen pls, locked out again after the holiday", 3005)
reopen(E, "reopen 3150, camera still not detected in teams", 3150)
reopen(L, "reopen 3121, room 2 wifi dropping again", 3121)
reopen(E, "my printer ticket is back, reopen it", 3067)
reopen(L, "the meeting room wifi issue came back, please reopen that ticket", 3121)
reopen(E, "the teams camera one got cancelled but it's still broken, reopen", 3150)
reopen(
    E,
    "reopen T3067 — same jam as before, tray 2. also fyi someone left a stack of paper in the rear door",
    3067,
)  # multi
reopen(
    L,
    "3121 needs reopening, drops every call again. also i'll be in room 2 all afternoon if someone wants to test",
    3121,
)  # multi

# --- rate (~3 %) --------------------------------------------------------------------------------
rate(E, "rate 3067 5/5", 3067, 5)
rate(E, "[3018] 4 stars", 3018, 4)
rate(E, "3005: 3 out of 5, took ages", 3005, 3)
rate(L, "rate T3121 2, took over a week", 3121, 2)
rate(E, "give the printer ticket 5 stars, hannah was great", 3067, 5)
rate(L, "3121 rating 4/5", 3121, 4)
rate(E, "rate 3018 1/5 - had to chase three times", 3018, 1)
rate(E, "5 stars for 3005 please, quick reset. also thanks to sarah", 3005, 5)  # multi

# --- how-to, knowledge base (~7 %) --------------------------------------------------------------
lookup(E, "how do i set up mfa on a new phone", "kb_articles", "mfa")
lookup(E, "how to map a network drive", "kb_articles", "drive")
lookup(E, "how do i report a phishing email", "kb_articles", "phishing")
lookup(L, "how to connect to corp wifi", "kb_articles", "wifi")
lookup(L, "how do i install windows updates manually", "kb_articles", "update")
lookup(E, "how to clear a paper jam", "kb_articles", "jam")
lookup(L, "how do i request access to a sharepoint site", "kb_articles", "sharepoint")
lookup(L, "how do i reset my password myself", "kb_articles", "password")
lookup(E, "how do i pick the right mic in teams", "kb_articles", "teams")
lookup(L, "how to connect to the vpn from home", "kb_articles", "vpn")
lookup(E, "kb for outlook password prompts?", "kb_articles", "outlook")
lookup(L, "how do i register the authenticator app", "kb_articles", "authenticator")
lookup(L, "how do i onboard a new starter, what does it need", "kb_articles", "starter")
lookup(E, "any kb article on phishing?", "kb_articles", "phishing")
lookup(
    E,
    "how do i stop outlook asking for my password — kb pls, don't open a ticket",
    "kb_articles",
    "outlook",
)  # multi
lookup(
    L, "how to map the s: drive? also which letter should finance use", "kb_articles", "drive"
)  # multi
lookup(
    E, "how do i set up mfa before travelling next week? want to do it myself", "kb_articles", "mfa"
)  # multi
lookup(L, "how do i update windows on my laptop", "kb_articles", "windows")

# --- refused for an employee (~7 %) -------------------------------------------------------------
refused(E, "status of T3101")
refused(E, "[3055] what's the update")
refused(L, "show me 3115")
refused(E, "add note to 3120: fan noise at the next desk too")
refused(E, "assign [3042] to marcus reid")
refused(E, "bump 3115 priority to critical")
refused(L, "set 3120 status to on hold")
refused(E, "look up noah williams' phone number")
refused(E, "run the sla compliance report")
refused(E, "which contracts does acme have")
refused(L, "list globex open tickets")
refused(E, "add note to 3067: jamming again")
refused(E, "close 3018")
refused(L, "resolve T3121")
refused(E, "note on [3150]: camera works now")
refused(L, "resolve 3160 for samir, he's out this week")
refused(E, "move req 3089 to the network team")
refused(L, "what's the latest on 3140")

# --- candidates: the ticket meant is ambiguous (~4 %) -------------------------------------------
candidates(E, "status of my vpn ticket?", "get_ticket")
candidates(E, "what's happening with the password one", "get_ticket")
candidates(E, "any update on my ticket?", "get_ticket")
candidates(E, "close my ticket, it's sorted", "resolve_ticket")
candidates(L, "close my ticket pls, all good now", "resolve_ticket")
candidates(L, "what's the latest on my ticket", "get_ticket")
candidates(E, "add a note to my open ticket: back in office tue", "add_note")
candidates(L, "add to my open ticket: i'm remote thursday", "add_note")
candidates(E, "reopen my closed ticket, the issue is back", "reopen_ticket")
candidates(E, "show the vpn req, need the details for my manager", "get_ticket")

# --- admin (~15 %) ------------------------------------------------------------------------------
get(A, "T3099 status", 3099)
get(A, "[3101] details", 3101)
get(A, "pull up 3160", 3160)
get(A, "what's on 3055", 3055)
get(A, "show req 3110", 3110)
update(A, "assign 3099 to daniel", 3099, agent_id=6)
update(A, "T3101 -> marcus reid", 3101, agent_id=8)
update(A, "3140 assign hannah fischer", 3140, agent_id=9)
update(A, "set [3160] to in progress", 3160, status_id=2)
update(A, "3055 prio critical", 3055, priority_id=1)
update(A, "3110 status on hold", 3110, status_id=28)
update(A, "move 3140 to field services", 3140, team_id=15)
update(A, "3160 to the messaging team", 3160, team_id=11)
update(A, "req 3089 assign to priya sharma", 3089, agent_id=5)
update(A, "3042 priority low", 3042, priority_id=4)
update(A, "give 3140 to tom walsh, hannah's off", 3140, agent_id=11)  # multi
update(A, "T3101 with supplier, waiting on zebra rma", 3101, status_id=5)
lookup(A, "find user hank scorpio", "users", "scorpio")
lookup(A, "email for joanna baker?", "users", "baker")
lookup(A, "look up customer umbrella health", "customers", "umbrella")
lookup(A, "find site fleet depot", "sites", "fleet")
lookup(A, "find agent chloe", "agents", "chloe")
lookup(A, "list teams", "teams")
lookup(A, "asset ac-2219", "assets", "2219")
lookup(A, "contract glx-msp-2026 details", "contracts", "glx")
lookup(A, "sla compliance report", "reports", "sla")
lookup(A, "kb on phishing", "kb_articles", "phishing")
lookup(A, "who is happy hogan", "users", "hogan")
lookup(A, "asset warranty expiry report", "reports", "warranty")
add(A, "globex open tix", {"action": "list_tickets", "params": {"client_id": 17}})
add(A, "initech tickets", {"action": "list_tickets", "params": {"client_id": 42}})
add(A, "umbrella health backlog", {"action": "list_tickets", "params": {"client_id": 23}})
add(A, "stark logistics open queue", {"action": "list_tickets", "params": {"client_id": 27}})
add(A, "wayne foundation tickets pls", {"action": "list_tickets", "params": {"client_id": 35}})
add(
    A,
    "tickets for acme site warehouse",
    {"action": "list_tickets", "params": {"client_id": 12, "site_id": 32}},
)
update(
    A,
    "3099 assign daniel kim asap — user's been down since monday, also ping me when it's picked up",
    3099,
    agent_id=6,
)  # multi
get(A, "3160 — what's the last public note? samir's manager is asking", 3160)  # multi
