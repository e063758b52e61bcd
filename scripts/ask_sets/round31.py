"""Round 31: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: brand-new starters in their first week. Polite and apologetic ("sorry if this is the wrong
place", "sorry to bother you", "not sure if this counts as a ticket", "is this where I ask
for..."), unsure of IT words and of what the portal can do, describing things by what they see
rather than by name ("the blue app with the camera", "the little shield icon", "the cloud icon
with a red X", "the green spreadsheet app"), asking how things work ("how do I ...?", "is there a
guide for ..."), hedged requests ("would it be possible to maybe ...", "if that's ok", "could I
maybe"), and a portal admin onboarding people (new starters for a customer and site, tickets for
a named user) and tidying tickets (statuses, priorities, reassigning, closing, notes). Everyday
words that are also Halo nouns (Teams, Outlook, site, contract, report) appear inside problem
descriptions and how-to questions, where they stay part of the description. Emma's new problems
stay off the topics of her open tickets (VPN, SharePoint access, Outlook password, second
monitor) and her closed ones (password reset, VPN client, 2nd-floor printer, Teams camera), and
Liam's off his laptop fan/overheating, Wi-Fi and new-starter (Mia) tickets, so that a new ticket
is the only fair reading.

Mix: ~30 % new problems and requests (employees, plus admin tickets for a customer/site or a
named user), ~9 % reading one own ticket (or several at once), ~7 % listing own tickets, ~9 %
notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~8 % refused at plan
time (someone else's ticket, a missing one, an admin-only action or look-up asked by an employee,
a closed ticket to resolve, an open one to rate), ~4 % candidates, ~15 % admin (update_ticket
with status/priority/agent/team ids, look-ups, listing for a customer, reads, notes, resolve).

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
  (e.g. GLX-MSP-2026), reports 1-5 (e.g. "SLA compliance (last 30 days)"), appointments, invoices.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, note, listing = book.create, book.get, book.note, book.listing
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
refused, candidates = book.refused, book.candidates
lookup, howto = book.lookup, book.howto


# --- New problems and requests: Emma (off VPN, SharePoint/access, Outlook/password, monitor,
# printer, Teams camera) ---------------------------------------------------------------------
create(
    "emma",
    "Hi, sorry if this is the wrong place. The headset I was given makes a crackling noise whenever I move my head.",
    "headset",
)
create(
    "emma",
    "Not sure if this counts as a ticket, but a few keys on my keyboard stick (the E and the R mostly).",
    "keyboard",
)
create(
    "emma",
    "Is this where I ask for a new mouse? The one at my desk doesn't scroll anymore.",
    "mouse",
)
create(
    "emma",
    "Would it be possible to maybe get Visio installed? My manager said I'd need it for diagrams.",
    "Visio",
)
create(
    "emma",
    "There's a little shield icon near the clock that keeps popping up a red warning. Could someone take a look? I don't want to break anything.",
    "shield",
)
create(
    "emma",
    "Sorry to bother you, the cloud icon in the corner has a red X on it and my files don't seem to save there anymore",
    "cloud",
)
create(
    "emma",
    "The green spreadsheet app closes by itself whenever I open the budget file",
    "spreadsheet",
)
create(
    "emma",
    "My desk phone shows 'No service' since this morning. I'm not sure who looks after phones, sorry.",
    "phone",
)
create(
    "emma",
    "My laptop battery goes from full to empty in about an hour. Is that normal? Could someone check it please?",
    "battery",
)
create(
    "emma",
    "I think my laptop charger is broken, the little light on it doesn't come on anymore",
    "charger",
)
create(
    "emma",
    "would it be possible to get a laptop bag? I walk to the station every day and I'm scared of dropping it",
    "bag",
)
create(
    "emma",
    "my door badge doesn't open the third floor doors, I think it still needs setting up for me",
    "badge",
)
create(
    "emma",
    "I plugged in a USB stick and it says it's blocked by policy. I need to copy some photos for a presentation",
    "USB",
)
create(
    "emma",
    "The clock on my laptop is an hour wrong and it keeps making me late for meetings",
    "clock",
)
create(
    "emma",
    "My name is spelled wrong in the company address book, it says Ema instead of Emma",
    "address",
)
create(
    "emma",
    "when I press the windows key nothing happens and the start menu won't open at all",
    "menu",
)
create(
    "emma",
    "Hello! The sound from my laptop speakers is really quiet even on full volume",
    "speakers",
)
create(
    "emma",
    "I've been asked to join a Zoom call with a client next week but Zoom isn't on my laptop, could it be installed?",
    "Zoom",
)
create(
    "emma", "my laptop is very slow in the mornings, it takes ages to get to the desktop", "slow"
)
create(
    "emma",
    "the docking station on my desk doesn't charge my laptop, the light just blinks orange",
    "docking",
)
create(
    "emma",
    "my internet keeps saying 'limited' when I sit in the kitchen area, not sure if that's something you deal with",
    "kitchen",
)
create(
    "emma",
    "my microphone isn't picked up when I'm on calls, people say they can't hear me but it isn't muted",
    "microphone",
)
create(
    "emma",
    "Would it be possible to maybe have Adobe Acrobat so I can sign PDFs for the onboarding forms?",
    "Acrobat",
)
create(
    "emma",
    "There's a yellow triangle on the little network icon at the bottom right and then the internet stops",
    "triangle",
)
create(
    "emma",
    "the trackpad on my laptop jumps around when I type, the cursor ends up in random places",
    "trackpad",
)
create(
    "emma",
    "A window keeps popping up asking me to restart for updates but it never finishes, it's been three days",
    "restart",
)
create(
    "emma",
    "My keyboard keeps switching to a German layout and my Y and Z swap places. Could that be removed?",
    "layout",
)
create(
    "emma",
    "Is this where I ask for a work mobile? My contract says I get one but nobody has mentioned it.",
    "mobile",
)
create(
    "emma",
    "I don't seem to have the HR app on my laptop, the one with the orange leaf logo. I need it to book holidays.",
    "HR",
)
create(
    "emma",
    "Could someone maybe help set up the fingerprint sign-in? The little fingerprint icon says it's not available on this device",
    "fingerprint",
)
create(
    "emma",
    "my laptop makes a clicking noise from the bottom left corner, sorry if that's a silly thing to report",
    "clicking",
)
create(
    "emma", "The site that's supposed to show my payslip says the page can't be reached", "payslip"
)
create("emma", "Bluetooth doesn't find my wireless earbuds, it just keeps searching", "Bluetooth")
create(
    "emma",
    "The report I'm meant to run in Power BI says I don't have a licence. Not sure who gives those out.",
    "licence",
)
create(
    "emma",
    "Would it be possible to maybe get a laptop stand? My neck hurts looking down all day",
    "stand",
)
create(
    "emma",
    "the app with the purple icon for expenses says my profile isn't set up yet, so I can't claim my train ticket",
    "expenses",
)
create(
    "emma",
    "When I plug my phone into the laptop to charge it, the laptop restarts by itself",
    "restarts",
)
create(
    "emma",
    "the intranet homepage shows a big red certificate warning in the browser, is it safe?",
    "intranet",
)

# --- New problems and requests: Liam (off laptop fan/overheating, Wi-Fi, new starter) ---------
create(
    "liam",
    "Hi, the blue app with the camera (I think it's Zoom?) won't open, the icon bounces and then it closes",
    "Zoom",
)
create(
    "liam",
    "sorry if this is the wrong place, Outlook doesn't add my signature when I reply to people",
    "signature",
)
create(
    "liam",
    "Would it be possible to get access to the Marketing SharePoint site? my manager said to ask here",
    "Marketing",
)
create(
    "liam",
    "I can't connect to the VPN from the hotel, it says the certificate is invalid",
    "certificate",
)
create(
    "liam",
    "Is this where I ask for a second monitor? There's an empty spot on my desk and I'd really like one",
    "monitor",
)
create(
    "liam",
    "the printer on the 3rd floor prints everything with a grey stripe down the middle",
    "stripe",
)
create(
    "liam",
    "I got a little shield popup saying a file was quarantined. It was a spreadsheet from a supplier I need today.",
    "quarantined",
)
create(
    "liam",
    "the voicemail light on my desk phone keeps flashing but there's no voicemail when I check",
    "voicemail",
)
create(
    "liam",
    "the mouse I was given is wireless and it keeps freezing for a second every minute or so",
    "mouse",
)
create(
    "liam",
    "Could I maybe get a headset with a microphone for calls? Not sure if that's an IT thing",
    "headset",
)
create(
    "liam",
    "I need the shared drive for Sales, the S: one, it says access denied when I click it",
    "Sales",
)
create("liam", "my phone won't show my work calendar, only my personal one", "calendar")
create(
    "liam",
    "the little padlock screen on my laptop says BitLocker needs a recovery key, what do I do?",
    "BitLocker",
)
create(
    "liam",
    "Could someone maybe set up my work email on my iPhone? I tried and it says account not verified",
    "iPhone",
)
create(
    "liam",
    "The projector in meeting room 4 doesn't show my screen when I plug in the cable",
    "projector",
)
create("liam", "Excel freezes every time I open the big sales file with the macros in it", "Excel")
create(
    "liam",
    "I'd like to ask for a docking station if that's possible, I move between desks a lot",
    "docking",
)
create(
    "liam",
    "There's a pop-up every morning saying my OneDrive is full. I don't think I have that many files",
    "OneDrive",
)
create(
    "liam", "Teams won't let me share my screen in calls, the share button is greyed out", "share"
)
create(
    "liam",
    "Sorry, I deleted a folder by accident from our team drive, can it be brought back?",
    "folder",
)
create(
    "liam", "My keyboard doesn't have the £ sign where it should be, it types # instead", "keyboard"
)
create(
    "liam",
    "The time sheet website keeps logging me out every few minutes so I lose what I typed",
    "sheet",
)
create(
    "liam",
    "would it be possible to install Python on my laptop? I'm doing a data course for my role",
    "Python",
)
create(
    "liam",
    "the lights on the network socket under my desk are off and nothing works when I plug the cable in",
    "socket",
)
create(
    "liam",
    "I think my screen has a dead pixel, there's a tiny bright dot right in the middle",
    "pixel",
)
create("liam", "The camera on my laptop shows a black picture in every app I try", "camera")
create(
    "liam",
    "the badge reader at the side entrance beeps red for me, the others get in fine",
    "badge",
)
create(
    "liam",
    "Is it possible to get Adobe Photoshop? I've been asked to do the pictures for the newsletter",
    "Photoshop",
)
create("liam", "the USB-C port on my laptop is loose and the charger keeps falling out", "port")
create(
    "liam", "After the update last night my taskbar disappeared and I can't find my apps", "taskbar"
)
create(
    "liam",
    "my laptop beeps three times when I turn it on and then starts normally, is that bad?",
    "beeps",
)
create(
    "liam", "the scanner on the 2nd floor copier sends my scans to someone else's inbox", "scans"
)
create("liam", "Sorry to bother you, the work phone I was given says no SIM card", "SIM")
create(
    "liam",
    "the app that looks like a green speech bubble (WhatsApp?) is blocked on my work phone, could it be allowed?",
    "WhatsApp",
)

# --- New tickets from the admin: onboarding and tickets for named users ------------------------
create(
    "admin",
    "New starter for Globex, site Springfield Campus: Marge Bouvier joins Monday and needs a laptop, email and a badge",
    "Marge",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "open a ticket for Hank Scorpio: his new laptop needs the design software installed",
    "software",
    user_id=302,
)
create(
    "admin",
    "log one for Joanna Baker please, she can't print to the shared printer in her office",
    "printer",
    user_id=404,
)
create(
    "admin",
    "Initech, Austin Branch: set up two desks for new starters arriving on the 1st",
    "desks",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health site Laboratory - new lab technician starting next week, needs an account and a barcode scanner",
    "scanner",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "for Mia Chen (she started this week): she still has no login for the HR system, please create a ticket",
    "HR",
    user_id=206,
)
create(
    "admin",
    "Create a ticket for Stark Logistics, Fleet Depot: onboard three new drivers onto the tablet app",
    "tablet",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Acme, Remote Workers site: new starter Dev Nair starts Monday, needs a laptop posted to his home",
    "Nair",
    client_id=12,
    site_id=33,
)

# --- Reading one own ticket (or several) ------------------------------------------------------
get("emma", "Hi, could I see what's happening with 3115 please?", 3115)
get("emma", "has anyone had a chance to look at my second monitor request yet?", 3131)
get(
    "emma",
    "who is looking after my Finance SharePoint thing? sorry, I don't know how this works yet",
    3089,
)
get("emma", "sorry, what does 'With User' mean on my VPN-at-home ticket?", 3042)
get("emma", "is there any news on 3089?", 3089)
get("emma", "could you show me the old printer ticket? I want to see what they did to fix it", 3067)
get("emma", "what happened with the Teams camera one? it says cancelled and I'm not sure why", 3150)
get("emma", "I'm not sure I'm doing this right, but can I see ticket 3131?", 3131)
get("emma", "what did IT last say on my Outlook ticket?", 3115)
get("emma", "can I look at 3005 again? I want to remember how they reset it", 3005)
get("emma", "could I see the ticket about the VPN dropping when I work from home?", 3042)
get("emma", "what's the latest on the Finance SharePoint access?", 3089)
listing("emma", "show me 3042 and 3115 please", [3042, 3115])
get("liam", "any news on the fan one?", 3120)
get("liam", "is Mia's laptop ready yet? that's ticket 3076", 3076)
get("liam", "what's the latest on my laptop being so loud?", 3120)
get("liam", "can I see 3121 again? the Wi-Fi one", 3121)
get("liam", "how is the Mia Chen setup going?", 3076)
listing("liam", "what's the status of 3120 and 3076?", [3076, 3120])
get("liam", "who is working on my overheating laptop?", 3120)
get("liam", "please show me ticket 3121", 3121)
get("liam", "Is there anything new on 3076?", 3076)

# --- Listing own tickets ----------------------------------------------------------------------
listing("emma", "what tickets do I have?")
listing("emma", "sorry, where can I see all the requests I've made?")
listing("emma", "is anything waiting on me?")
listing("emma", "show me my open tickets please")
listing("emma", "could I see my old, closed tickets?")
listing("emma", "what have I asked IT for so far?")
listing("emma", "list everything I've raised since I started")
listing("emma", "do I have anything that needs a reply from me?")
listing("emma", "could you list my tickets that are still open?")
listing("liam", "what tickets have I got open?")
listing("liam", "show all my tickets, open and closed")
listing("liam", "is there anything I need to do something about?")
listing("liam", "list my requests please")
listing("liam", "what did I raise this month?")

# --- Notes on own tickets ---------------------------------------------------------------------
note(
    "emma",
    "Could you add to my ticket 3042 that it happened again at 9 this morning?",
    3042,
    "again",
)
note("emma", "For 3042: I tried the other router at home and it still drops", 3042, "router")
note(
    "emma",
    "On the working-from-home VPN ticket, please let them know I'm in the office Tuesday and Wednesday",
    3042,
    "Tuesday",
)
note(
    "emma",
    "I'd like to add something to 3115: it asked for the password five times today",
    3115,
    "five",
)
note(
    "emma",
    "Please tell whoever has my Outlook ticket that I'm free after 2pm for the remote session",
    3115,
    "2pm",
)
note(
    "emma",
    "for my Finance SharePoint request, my manager Lucy has approved it now",
    3089,
    "approved",
)
note(
    "emma",
    "could you add a note to 3089 saying I need it by month end, if that's ok",
    3089,
    "month",
)
note("emma", "For the second monitor request: my desk is number 14 on the 3rd floor", 3131, "14")
note("emma", "add to 3131: an HDMI one would be best, sorry I didn't say before", 3131, "HDMI")
note("emma", "Sorry, one more thing on 3115 - it also happens on my phone", 3115, "phone")
note(
    "emma",
    "not sure where to put this, but on ticket 3042 the error says 'tunnel closed'",
    3042,
    "tunnel",
)
note("emma", "please add to my ticket 3089 that Tom in Finance can confirm I need it", 3089, "Tom")
note("emma", "for 3131, the monitor can go on the left side of my desk", 3131, "left")
note("liam", "add to 3120: it's worse when I have the browser open", 3120, "browser")
note(
    "liam",
    "for the loud fan ticket, I'm at my desk all day tomorrow if someone wants to come and listen",
    3120,
    "tomorrow",
)
note("liam", "On 3076, Mia's start date has moved to the 14th", 3076, "14th")
note("liam", "please note on the Mia Chen ticket that she'll need Photoshop too", 3076, "Photoshop")
note("liam", "Could I add to 3120 that it also gets very hot on my lap?", 3120, "lap")
note(
    "liam",
    "on my overheating laptop ticket: I cleaned the vents and it made no difference",
    3120,
    "vents",
)
note("liam", "for Mia's setup: her line manager will be me", 3076, "manager")
note(
    "liam",
    "3120 - the noise started after I dropped it, sorry, I should have said",
    3120,
    "dropped",
)

# --- Resolve own tickets ----------------------------------------------------------------------
resolve("emma", "The Finance SharePoint works now! I think you can close that one", 3089)
resolve(
    "emma", "Outlook has stopped asking for my password, so 3115 can be closed, thank you", 3115
)
resolve("emma", "I don't need the second monitor after all, could you close the request?", 3131)
resolve("emma", "the VPN at home has been fine all week, please resolve that ticket", 3042)
resolve("emma", "would it be ok to mark 3042 as fixed?", 3042)
resolve("liam", "the fan is quiet since the update, you can close 3120", 3120)
resolve("liam", "Mia is all set up, thanks! please close her ticket", 3076)

# --- Reopen own closed tickets ----------------------------------------------------------------
reopen(
    "emma", "the 2nd floor printer is jamming again, could you reopen my old ticket about it?", 3067
)
reopen(
    "emma",
    "sorry, the VPN client has gone missing from my laptop again, can 3018 be reopened?",
    3018,
)
reopen("emma", "please reopen 3005, the reset didn't stick", 3005)
reopen("emma", "could the printer jam ticket be opened again? it's doing it on every print", 3067)
reopen("emma", "I'd like to reopen 3018 if that's possible", 3018)
reopen(
    "emma",
    "the VPN client is missing from the new laptop again, could you reopen that ticket please?",
    3018,
)
reopen(
    "liam",
    "the Wi-Fi in meeting room 2 is dropping again, would it be possible to reopen that ticket?",
    3121,
)
reopen("liam", "reopen 3121 please, same problem as before", 3121)
reopen("liam", "could my Wi-Fi ticket be reopened? it's back", 3121)

# --- Rate own closed tickets ------------------------------------------------------------------
rate("emma", "I'd like to give the printer fix 5 stars, they were lovely", 3067, 5)
rate("emma", "rate 3005 4 out of 5 please", 3005, 4)
rate("emma", "feedback on 3018: really quick, 5/5", 3018, 5)
rate("emma", "Can I rate my old VPN client ticket 3 stars? it took a while", 3018, 3)
rate("emma", "the password reset after my holiday: 5 stars from me", 3005, 5)
rate("liam", "rate the Wi-Fi ticket 4 stars", 3121, 4)
rate("liam", "3121: 5/5, Marcus was very patient with me", 3121, 5)
rate("liam", "I'd like to give 3121 five stars", 3121, 5)

# --- How-to (knowledge base) ------------------------------------------------------------------
howto("emma", "how do I set up the authenticator app? sorry, I'm new", "authenticator")
howto("emma", "how do I map a network drive? my team said I should have one", "drive")
howto("emma", "how do I spot a phishing email?", "phishing")
howto("emma", "How do I install Windows updates?", "updates")
howto("emma", "is there a checklist for new starters? it's my first week", "checklist")
howto("emma", "how do I use Teams for meetings? I've never used it before", "Teams")
howto("emma", "how do I connect to the office Wi-Fi?", "Wi-Fi")
howto("emma", "where can I read about setting up MFA?", "MFA")
howto("emma", "how do I report a suspicious email?", "suspicious")
howto("emma", "how do I pick the right microphone in Teams?", "microphone")
howto("emma", "how do I change my password myself? I was given a temporary one", "password")
howto("emma", "how do I connect a network drive?", "drive")
howto("liam", "how do I connect to the VPN from home?", "VPN")
howto("liam", "how do I reset my password?", "password")
howto("liam", "How do I get access to a SharePoint site?", "SharePoint")
howto("liam", "what do I do if Outlook keeps asking for my password?", "Outlook")
howto("liam", "How do I clear a paper jam on the floor printer?", "jam")
howto("liam", "is there a guide for mapping a drive?", "drive")
howto("liam", "how does the VPN work when I'm travelling? is there a guide?", "VPN")
howto("liam", "how do I spot phishing emails?", "phishing")

# --- Refused at plan time ---------------------------------------------------------------------
refused("emma", "My colleague Noah asked me to check on his ticket 3101, how is it going?")
refused("emma", "could I see ticket 3999? someone mentioned it at my induction")
refused("emma", "please close 3067, I forgot to say it was done")
refused("emma", "rate 3115 five stars, Chloe has been great so far")
refused("emma", "could you assign my Outlook ticket to Chloe Martin please?")
refused("emma", "would it be possible to set my monitor request to high priority?")
refused("emma", "can I see the contracts we have with IT?")
refused("emma", "show me ticket 3140 please")
refused("emma", "what's happening on 3055?")
refused("emma", "sorry, could I see all the invoices?")
refused("emma", "can you close 3150, I don't need it")
refused("emma", "could you look up the user Hank Scorpio for me?")
refused("liam", "what's going on with 3160? Samir said it's like mine")
refused("liam", "close 3121 please")
refused("liam", "rate 3120 4 stars")
refused("liam", "please reassign my fan ticket to Tom Walsh")
refused("liam", "can I look at 3110?")
refused("liam", "show me 4242")
refused("liam", "which customers does IT look after?")
refused("liam", "can you put 3076 on hold? Mia's start has been delayed")
refused("liam", "show me ticket 3030")
refused("admin", "resolve 3121")

# --- Candidates (the text fits two or more of the person's tickets) ---------------------------
candidates("emma", "sorry, what's happening with my VPN ticket?", "get_ticket")
candidates("emma", "could I see my password ticket please?", "get_ticket")
candidates("emma", "I'd like to rate my ticket, if that's something I can do here", "rate_ticket")
candidates("emma", "is there any update on the VPN one? I can't remember the number", "get_ticket")
candidates("emma", "can you show me the password one?", "get_ticket")
candidates("emma", "could I give a star rating to one of my closed tickets?", "rate_ticket")
candidates("emma", "how is my password thing going? sorry, still new", "get_ticket")
candidates("emma", "what did they say on my VPN ticket?", "get_ticket")
candidates("emma", "please add a note to my ticket: I'm out on Friday", "add_note")
candidates("liam", "sorry, how is my ticket doing?", "get_ticket")

# --- Admin: tidying tickets -------------------------------------------------------------------
update("admin", "could you put 3101 on hold for now?", 3101, status_id=28)
update("admin", "please give 3055 to Tom Walsh", 3055, agent_id=11)
update("admin", "3140: Field Services team, Hannah Fischer", 3140, team_id=15, agent_id=9)
update("admin", "bump 3160 to high priority", 3160, priority_id=2)
update("admin", "set 3110 to With Supplier", 3110, status_id=5)
update("admin", "3089 -> in progress, assign Priya Sharma", 3089, status_id=2, agent_id=5)
update("admin", "please make 3140 low priority, it's not urgent", 3140, priority_id=4)
update("admin", "move 3160 to the Messaging team", 3160, team_id=11)
update("admin", "set 3099 to With User, we're waiting on Michael", 3099, status_id=4)
update(
    "admin",
    "assign 3131 to Hannah Fischer and set it to In Progress, the monitor has arrived",
    3131,
    agent_id=9,
    status_id=2,
)
update("admin", "3115 - high priority please, she's been waiting a while", 3115, priority_id=2)
resolve("admin", "close 3101, the scanner was replaced", 3101)
resolve("admin", "resolve 3140 - it was the sunlight, nothing broken", 3140)
resolve("admin", "3110 can be resolved, the contractor has access now", 3110)
note("admin", "note on 3055: memory replaced, will watch it for a week", 3055, "memory")
note("admin", "add a note to 3101 for Noah: the new scanner arrives Thursday", 3101, "Thursday")
note("admin", "on 3160 tell Samir we need the model of his headset", 3160, "headset")
get("admin", "show me 3160", 3160)
get("admin", "what's on ticket 789?", 789)
get("admin", "show me 3110, I want to see where the contractor access is", 3110)
listing("admin", "pull up 3055 and 3099", [3055, 3099])
book.add(
    "admin", "open tickets for Initech", {"action": "list_tickets", "params": {"client_id": 42}}
)
book.add(
    "admin",
    "show me all the Globex tickets",
    {"action": "list_tickets", "params": {"client_id": 17}},
)
book.add(
    "admin",
    "what's open for Umbrella Health?",
    {"action": "list_tickets", "params": {"client_id": 23}},
)

# --- Admin: look-ups (onboarding questions) ---------------------------------------------------
lookup("admin", "who is in the Network team?", "teams", "Network")
lookup("admin", "look up Joanna Baker, I need her phone number for onboarding", "users", "Joanna")
lookup("admin", "what sites does Umbrella Health have?", "sites")
lookup("admin", "find the contracts for Globex", "contracts")
lookup("admin", "show me the asset AC-2220", "assets", "AC-2220")
lookup("admin", "any appointments coming up this week?", "appointments")
lookup("admin", "is there a report for SLA compliance?", "reports", "SLA")
lookup("admin", "find the customer Stark Logistics", "customers", "Stark")
lookup("admin", "find Pepper Potts, she's onboarding drivers", "users", "Pepper")
