"""Round 46: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: "two tones". About half the messages come from people who are frustrated or chasing
("this is the third time I'm asking", "still nothing on 3131??", "why is my ticket still
open", "honestly the wifi is useless again"): capitals, "!!"/"??", sarcasm, blunt imperatives.
The other half are very polite and formal ("Dear IT team, I would be grateful if you could ...",
"Would it be possible to kindly ...", "I wish to report that ..."). Emma, Liam and the portal
admin type them; the admin also relays customers' complaints and writes formal notes on
tickets. Covered: problems, chasers that read a ticket, chasers that add a note, resolves,
reopens and ratings said emotionally or formally, how-to questions, refusals, candidates,
admin updates and look-ups. Each case has one fair reading.

Mix: ~28 % new problems (59 employees, 10 admin for a customer and site, 4 for a named user),
~8 % reads (one or several ids), ~7 % own lists (some with dates), ~8 % notes, ~4 % resolve
(some with a visible note summarising the fix), ~4 % reopen, ~3 % rate, ~8 % how-to, ~10 %
refused, ~4 % candidates, ~15 % admin updates and look-ups.

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

# --- New problems: Emma (off her own tickets' topics) ---------------------------------------
create(
    "emma",
    "honestly the wifi in the canteen is useless again, can't even load my email at lunch",
    "canteen",
)
create(
    "emma",
    "Dear IT team, I would be grateful if you could look into my laptop battery, which now lasts barely an hour away from the charger.",
    "battery",
)
create(
    "emma",
    "my keyboard has three keys sticking, E R and T, and I've been putting up with it for a week. sort it please",
    "keyboard",
)
create(
    "emma",
    "I wish to report that the docking station at my desk no longer charges my laptop, nor does its network port work.",
    "docking",
)
create(
    "emma",
    "Excel crashes EVERY time I open the budget workbook. every single time. I am losing hours here",
    "Excel",
)
create(
    "emma",
    "Would it be possible to kindly arrange for Adobe Acrobat Pro to be installed on my laptop? I need to edit contracts sent by suppliers.",
    "Acrobat",
)
create(
    "emma",
    "OneDrive has stopped syncing AGAIN. red cross on the icon, yesterday's files never uploaded",
    "OneDrive",
)
create(
    "emma",
    "Dear IT team, I wish to report that my desk phone displays 'No service' and cannot make or receive calls.",
    "phone",
)
create(
    "emma",
    "my headset mic doesn't work on any calls, people keep saying they can't hear me, this is embarrassing",
    "headset",
)
create(
    "emma",
    "I would be grateful if you could replace my mouse; the scroll wheel has stopped working entirely.",
    "mouse",
)
create(
    "emma",
    "the badge reader at the side entrance won't let me in, third morning in a row I've had to wait for someone to open the door",
    "badge",
)
create(
    "emma",
    "Dear IT team, the scanner on the copier by reception fails to send scans to my email address. I would appreciate your assistance.",
    "scanner",
)
create(
    "emma",
    "the expenses app just spins forever when I try to submit my claims. deadline is tomorrow, please actually help",
    "expenses",
)
create(
    "emma",
    "I wish to report that my laptop screen flickers intermittently, particularly when the lid is moved.",
    "screen",
)
create(
    "emma",
    "emails with attachments bounce back every time I send to a supplier. how many times am I meant to resend them",
    "attachments",
)
create(
    "emma",
    "Would it be possible to kindly look at the boardroom projector? It will not detect any laptop connected via HDMI.",
    "projector",
)
create(
    "emma",
    "my laptop takes 15 minutes to boot now. FIFTEEN. it's unusable first thing in the morning",
    "boot",
)
create(
    "emma",
    "Dear IT team, my S: drive has disappeared from File Explorer since this morning, and I cannot reach the shared team files.",
    "drive",
)
create(
    "emma",
    "the calendar on my work phone stopped updating and I missed a meeting because of it. great.",
    "calendar",
)
create(
    "emma",
    "I would be grateful for your help: the HR portal displays a blank page after I log in, in both Chrome and Edge.",
    "HR",
)
create(
    "emma",
    "chrome keeps crashing whenever I open more than a few tabs, honestly fed up with it",
    "Chrome",
)
create(
    "emma",
    "I wish to request access to the Marketing shared mailbox, as I am covering for a colleague next week.",
    "mailbox",
)
create(
    "emma",
    "the label printer in the post room won't print anything, it just blinks orange. nothing in this building works",
    "label",
)
create(
    "emma",
    "Dear IT team, I would be most grateful if you could check my laptop's speakers, which produce only a crackling sound.",
    "speakers",
)
create(
    "emma",
    "my laptop froze twice this morning and I lost a whole document. this needs looking at TODAY",
    "laptop",
)
create(
    "emma",
    "Would it be possible to kindly set up a new distribution list for the events team? There are eight members.",
    "distribution",
)
create(
    "emma",
    "none of the USB ports on my laptop work anymore, not even to charge my phone. ugh",
    "USB",
)
create(
    "emma",
    "I wish to report a suspicious email claiming to be from our CEO and asking me to buy gift cards.",
    "email",
)
create(
    "emma",
    "the clock on my laptop is an hour wrong and keeps resetting itself, so my meetings show at the wrong time!!",
    "clock",
)

# --- New problems: Liam (off laptop fan, meeting room 2 Wi-Fi, new starter Mia) --------------
create(
    "liam",
    "the conference phone in the boardroom is dead AGAIN and I've got a client call at 2",
    "conference",
)
create(
    "liam",
    "Dear IT team, I would be grateful if you could arrange a privacy screen filter for my laptop, as I often work on trains.",
    "privacy",
)
create(
    "liam",
    "Outlook on my phone hasn't had a single email since yesterday. I manage a team, I can't be offline like this",
    "Outlook",
)
create(
    "liam",
    "I wish to request a Power BI Pro licence for my role, as I now produce the monthly team reports.",
    "Power",
)
create(
    "liam",
    "the third floor printer has been offline all day and my whole team is traipsing to another floor to print. ridiculous",
    "printer",
)
create(
    "liam",
    "Would it be possible to kindly grant my team access to the Budget 2026 folder on the finance share?",
    "Budget",
)
create(
    "liam",
    "my password expired in the middle of a presentation and now I'm locked out of everything. fix it please",
    "password",
)
create(
    "liam",
    "Dear IT team, I wish to report that the screen in meeting room 4 shows 'no signal' regardless of which cable is used.",
    "screen",
)
create(
    "liam",
    "VPN won't connect from the hotel, I'm travelling all week and can't get to anything. need this sorted now",
    "VPN",
)
create(
    "liam",
    "I would be grateful if you could increase the size of my mailbox; I keep receiving warnings that it is almost full.",
    "mailbox",
)
create(
    "liam", "the CRM keeps logging me out every ten minutes. seriously, EVERY ten minutes", "CRM"
)
create(
    "liam",
    "Dear IT team, the screen of my mobile phone is cracked and I would like to arrange a repair or replacement.",
    "phone",
)
create(
    "liam",
    "the shared calendar for my team has vanished from Outlook, so now nobody can see anyone's leave",
    "calendar",
)
create(
    "liam",
    "I wish to report that the door access panel on the 4th floor is not accepting any badges this morning.",
    "badge",
)
create("liam", "Teams crashes whenever I share my screen. every. single. meeting.", "Teams")
create(
    "liam",
    "Would it be possible to kindly install Visio on my laptop? I need it for process diagrams.",
    "Visio",
)
create("liam", "my webcam image is upside down in every call, I look like an idiot", "webcam")
create(
    "liam",
    "Dear IT team, I would be grateful if you could restore a file I accidentally deleted from the team share yesterday: Q3 forecast.xlsx.",
    "forecast",
)
create(
    "liam",
    "our team's shared mailbox stopped receiving emails from customers this morning. this is costing us business",
    "mailbox",
)
create(
    "liam", "I wish to report that my laptop keyboard backlight no longer turns on.", "backlight"
)
create("liam", "I can't print to PDF anymore, the option just vanished. who changed this??", "PDF")
create(
    "liam",
    "Would it be possible to kindly provide a wireless presenter for my team's client pitches?",
    "presenter",
)
create(
    "liam",
    "sharepoint says I don't have access to the Sales site even though I'm the manager. sort it out",
    "SharePoint",
)
create(
    "liam",
    "Dear IT team, I wish to report that the company website loads extremely slowly from the office network.",
    "website",
)
create(
    "liam",
    "my laptop won't charge at all, it's on 4% and I've got meetings all afternoon!!",
    "charge",
)
create(
    "liam",
    "Dear IT team, my team cannot open the purchase order system since this morning's update; it shows error 500.",
    "purchase",
)

# --- New problems: admin, for a customer and site said in one phrase --------------------------
create(
    "admin",
    "Globex Springfield Campus rang, their whole floor has had no internet since 9am and they are not happy",
    "internet",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Please log a ticket for Initech Austin Branch: the receptionist's PC will not power on.",
    "PC",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Umbrella Health Laboratory are furious, their sample label printer has been down two days and nobody called them back",
    "printer",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Kindly raise a ticket for Stark Logistics Fleet Depot: the vehicle tracking screen in the dispatch office is frozen.",
    "tracking",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Wayne Foundation Gotham Office says email has been bouncing all morning and they want someone on it NOW",
    "email",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "I wish to log an issue on behalf of Umbrella Health Raccoon City Clinic: their patient booking system is unavailable.",
    "booking",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "complaint from Globex Cypress Creek: the Wi-Fi keeps dropping out and they've had enough",
    "Wi-Fi",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Please open a ticket for Initech Main Office: a new member of staff requires a laptop and an email account.",
    "laptop",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "Stark Logistics Distribution Centre again, the barcode scanners won't connect, third call from them today",
    "scanner",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Kindly record a ticket for Acme Warehouse: the goods-in PC cannot reach the stock system.",
    "stock",
    client_id=12,
    site_id=32,
)

# --- New problems: admin, for a named user ---------------------------------------------------
create(
    "admin",
    "Hank Scorpio is on the phone shouting that his laptop won't print to anything. raise it",
    "print",
    user_id=302,
)
create(
    "admin",
    "Please log a ticket for Joanna Baker: her Outlook calendar fails to sync with her mobile device.",
    "calendar",
    user_id=404,
)
create(
    "admin",
    "Pepper Potts emailed AGAIN, her VPN token has expired and she can't work remotely",
    "token",
    user_id=601,
)
create(
    "admin",
    "Kindly raise a ticket on behalf of Mia Chen: she requires access to the Finance shared drive.",
    "Finance",
    user_id=206,
)

# --- Reads (chasers that read a ticket) ------------------------------------------------------
get("emma", "still nothing on 3131??", 3131)
get(
    "emma",
    "Dear IT team, I would be grateful if you could let me know the current status of ticket 3089.",
    3089,
)
get("emma", "why is my ticket 3042 still open, it's been WEEKS", 3042)
get("emma", "Would it be possible to kindly show me the details of 3115?", 3115)
get("emma", "what is actually happening with my SharePoint request, honestly", 3089)
get("emma", "I wish to enquire about the progress of my request for a second monitor.", 3131)
listing("emma", "show me 3042 and 3131, both of them, I'm tired of waiting", [3042, 3131])
listing("emma", "Could I kindly see the details of tickets 3089 and 3115?", [3089, 3115])
get("emma", "What was the outcome of my printer ticket? I would like to read it, please.", 3067)
get("emma", "my Outlook ticket. where is it at??", 3115)
get("liam", "this is the third time I'm asking, what is going on with 3120", 3120)
get("liam", "Dear IT team, could you kindly show me ticket 3076?", 3076)
get("liam", "why is my fan ticket STILL not done", 3120)
listing("liam", "I would appreciate sight of tickets 3120 and 3121.", [3120, 3121])
get("liam", "where's my ticket for Mia's setup at, she's asking me daily", 3076)
get("liam", "Could you kindly remind me what was done on my Wi-Fi ticket for meeting room 2?", 3121)
get("admin", "pull up 3099, Initech are chasing it again", 3099)
get("admin", "I would be grateful to see ticket 3055.", 3055)
listing("admin", "show me 3110 and 3140, Olivia's been on the phone twice", [3110, 3140])
get("admin", "Kindly display ticket 3160.", 3160)
get("admin", "what's the state of 3101, Noah keeps emailing me", 3101)

# --- Own lists ---------------------------------------------------------------------------------
listing("emma", "show me all my tickets. all of them.")
listing("emma", "Dear IT team, I would be grateful for a list of my open tickets.")
listing("emma", "what have I raised since Monday, I've lost track")
listing("emma", "Would it be possible to kindly list the tickets I have logged this month?")
listing("emma", "list everything I've got open, I'm sick of chasing")
listing("emma", "I wish to see all requests I have submitted in the past 30 days.")
listing("emma", "my tickets from last week?")
listing("emma", "which of my tickets are still waiting on IT")
listing("emma", "I would like to review my closed tickets, please.")
listing("liam", "what tickets do I even have open right now")
listing("liam", "Dear IT team, please kindly provide a list of all my tickets.")
listing("liam", "anything I logged since Friday?")
listing("liam", "I would be grateful for an overview of the tickets I have raised this year.")
listing("liam", "show my tickets. the closed ones too.")
listing("liam", "Could you kindly show my requests from the last two weeks?")
listing("liam", "my stuff. all of it. what's still open")
listing("liam", "my tickets since 1 March")

# --- Notes (chasers that add a note, formal notes) ---------------------------------------------
note(
    "emma",
    "third time I'm chasing 3089. add a note that I need the access before Friday's month-end close",
    3089,
    "Friday",
)
note(
    "emma",
    "Dear IT team, I would be grateful if you could add a note to ticket 3131 stating that my desk has now moved to 3.14.",
    3131,
    "desk",
)
note(
    "emma",
    "add to 3042: it dropped FIVE times during my client call this morning, this is unbearable",
    3042,
    "client",
)
note(
    "emma",
    "Would it be possible to kindly note on 3115 that the prompt now also appears on my phone?",
    3115,
    "phone",
)
note(
    "emma",
    "I wish to add to ticket 3089 that my manager, Liam Patel, has approved the access.",
    3089,
    "approved",
)
note(
    "emma",
    "put on 3131 that I'm STILL waiting and working off a tiny laptop screen",
    3131,
    "waiting",
)
note(
    "emma",
    "Kindly add a comment to 3042 that I will be in the office on Wednesday should an engineer wish to check the laptop.",
    3042,
    "Wednesday",
)
note(
    "emma",
    "update 3115 with this: it happened again at 9am, 2pm and 4pm today. I'm done",
    3115,
    "4pm",
)
note(
    "liam",
    "I've asked three times now. add to 3120 that the fan is so loud I can't take calls",
    3120,
    "calls",
)
note(
    "liam",
    "Dear IT team, I would be grateful if you could add a note to 3076 confirming that Mia's start date has moved to the 14th.",
    3076,
    "14th",
)
note("liam", "note on 3120: it shut itself down twice today from the heat", 3120, "shut")
note(
    "liam",
    "I wish to add to ticket 3076 that Mia will also require access to the CRM.",
    3076,
    "CRM",
)
note(
    "liam",
    "stick a note on my fan ticket: I'm in the office Thursday, come and grab the laptop then",
    3120,
    "Thursday",
)
note(
    "liam",
    "Would you kindly note on 3076 that her laptop has arrived but has no Office installed?",
    3076,
    "Office",
)
note(
    "admin",
    "Please add a note to 3055: the customer has confirmed the engineer visit for Thursday morning.",
    3055,
    "Thursday",
)
note(
    "admin",
    "Initech have chased 3099 twice today, add a note saying they want a callback before 5",
    3099,
    "callback",
)
note(
    "admin",
    "Kindly record on ticket 3110 that Olivia Brown will be on leave until the 20th.",
    3110,
    "leave",
)
note(
    "admin",
    "note on 3160: Samir still hasn't replied to us, chased him again today",
    3160,
    "chased",
)
note(
    "admin",
    "I wish to add a formal note to 3101: escalated following the customer's complaint about response times.",
    3101,
    "escalated",
)
note(
    "admin",
    "add to 3140: customer rang, furious, says nobody has contacted her since she logged it",
    3140,
    "contacted",
)
note(
    "admin",
    "Please add an internal note to 3055 stating that replacement parts have been ordered.",
    3055,
    "parts",
)

# --- Resolve -----------------------------------------------------------------------------------
resolve("emma", "3131: forget it, I bought my own monitor. close it.", 3131)
resolve(
    "emma", "Dear IT team, the issue in 3115 has now been resolved; you may close the ticket.", 3115
)
resolve(
    "emma",
    "resolve 3042 and add a visible note summarising the fix: updating the VPN client stopped the drops",
    3042,
)
resolve(
    "emma",
    "I wish to confirm that my SharePoint access now works; kindly resolve ticket 3089.",
    3089,
)
resolve("liam", "Mia's been fully set up for ages, why is 3076 still open?? close it", 3076)
resolve(
    "liam",
    "Would it be possible to kindly resolve 3120, with a visible note summarising the fix: the fan was replaced and temperatures are normal.",
    3120,
)
resolve("liam", "the fan's fixed. FINALLY. resolve 3120", 3120)
resolve("liam", "I am pleased to confirm that 3076 is complete; please resolve it.", 3076)
resolve(
    "admin",
    "Please resolve 3055 and add a visible note summarising the fix: the faulty switch port was replaced.",
    3055,
)
resolve(
    "admin",
    "3160, Samir says it's working, resolve it and add a note summarising the fix: re-enrolled his phone for MFA",
    3160,
)
resolve("emma", "the Outlook thing stopped on its own in the end, mark 3115 resolved", 3115)

# --- Reopen ------------------------------------------------------------------------------------
reopen("emma", "3067 is jamming AGAIN. reopen it, this is ridiculous", 3067)
reopen(
    "emma",
    "Dear IT team, I regret to report that the fault in ticket 3018 has returned; I would be grateful if you could reopen it.",
    3018,
)
reopen(
    "emma", "the printer on the 2nd floor is chewing paper again. reopen my printer ticket", 3067
)
reopen(
    "emma",
    "Would it be possible to kindly reopen 3005? The new password stopped working after a day.",
    3005,
)
reopen("emma", "reopen 3018, the VPN client vanished AGAIN after the update", 3018)
reopen("liam", "room 2 wifi is useless again. reopen 3121", 3121)
reopen(
    "liam",
    "I wish to request that ticket 3121 be reopened, as the Wi-Fi drops in meeting room 2 have resumed.",
    3121,
)
reopen("liam", "the wifi in meeting room 2 is dropping again, reopen my ticket", 3121)
reopen("admin", "Please reopen 3030 on behalf of Olivia Brown; the issue has recurred.", 3030)
reopen("admin", "789 needs reopening, Olivia says it's broken again", 789)

# --- Rate --------------------------------------------------------------------------------------
rate("emma", "3067 took forever. 2 out of 5.", 3067, 2)
rate("emma", "I would like to rate ticket 3018 five stars; the engineer was most helpful.", 3018, 5)
rate("emma", "1 star for 3005. one. it took three weeks", 3005, 1)
rate("emma", "Kindly record a rating of 4 out of 5 for ticket 3005.", 3005, 4)
rate("emma", "3018 gets 3 stars, it's fine I guess, took long enough", 3018, 3)
rate("emma", "I wish to award ticket 3067 four stars.", 3067, 4)
rate("liam", "rate 3121 3 stars, it got fixed but it took way too long", 3121, 3)
rate("liam", "Dear IT team, I would like to give ticket 3121 a rating of 5 out of 5.", 3121, 5)

# --- How-to (knowledge base) -------------------------------------------------------------------
howto("emma", "Dear IT team, is there a guide for mapping a network drive?", "drive")
howto(
    "emma",
    "how am I supposed to set up the Authenticator app, nobody ever explains anything",
    "Authenticator",
)
howto(
    "emma",
    "Would it be possible to point me to an article on recognising phishing emails?",
    "phishing",
)
howto(
    "emma",
    "I would be grateful for instructions on installing Windows updates manually.",
    "updates",
)
howto("emma", "is there seriously no guide on connecting to the office Wi-Fi?", "Wi-Fi")
howto("emma", "Could you kindly direct me to guidance on setting up MFA?", "MFA")
howto("emma", "how do I set up a Teams meeting, honestly it can't be this hard", "Teams")
howto("emma", "Kindly advise where I may find the new starter checklist.", "checklist")
howto("liam", "how do I reset my own password without ringing you lot every time", "password")
howto(
    "liam",
    "Dear IT team, is there an article explaining how to request access to a SharePoint site?",
    "SharePoint",
)
howto(
    "liam",
    "is there a new starter checklist I can actually follow, or is that a secret",
    "checklist",
)
howto("liam", "how do I join a Teams meeting from a browser", "Teams")
howto(
    "liam",
    "I would be grateful if you could point me to the guide for connecting to the VPN from home.",
    "VPN",
)
howto("liam", "how do I clear a paper jam myself, waiting for someone takes ages", "jam")
howto(
    "liam",
    "Would you kindly advise how to stop Outlook from repeatedly prompting for my password?",
    "Outlook",
)
howto("liam", "how do I map the team drive, the instructions I was given are useless", "drive")
howto("liam", "Is there guidance available on reporting a phishing email?", "phishing")
howto("liam", "I would appreciate a guide to installing Windows updates.", "updates")
howto(
    "liam", "where's the article on the Authenticator app, I've looked everywhere", "Authenticator"
)

# --- Refused at plan time ----------------------------------------------------------------------
refused("emma", "show me 3101, I need to see what Noah's waiting on")
refused("emma", "Dear IT team, I would be grateful to see ticket 3110.")
refused("emma", "why is 3999 still open??")
refused(
    "emma",
    "Would it be possible to kindly add a note to ticket 4242 saying that I am still waiting?",
)
refused("emma", "resolve 3067, it's done")
refused("emma", "I would like to rate ticket 3042 five stars.")
refused("emma", "Kindly reopen ticket 3089.")
refused("emma", "change 3042 to Critical priority, I can't work like this")
refused("emma", "Dear IT team, would it be possible to assign ticket 3131 to Hannah Fischer?")
refused("emma", "show me every ticket in the company, I want to see if it's just me")
refused("emma", "who are the agents in the Network team")
refused("emma", "I wish to view the list of customers.")
refused("emma", "list the contracts for Globex")
refused("emma", "show me Liam's tickets")
refused("liam", "Dear IT team, could I see Emma's ticket 3042?")
refused("liam", "close 3121, it's fixed")
refused("liam", "rate 3120 5 stars")
refused("liam", "reopen 3120")
refused("liam", "set 3120 to High priority, this is killing my productivity")
refused("liam", "I would be grateful for a list of all tickets raised by my team.")
refused("liam", "what's on ticket 3160")
refused("liam", "add a note to 3999: still broken")
refused("liam", "Would it be possible to kindly show me all agents in 2nd Line Support?")
refused("liam", "move 3120 to the Network team")
refused("liam", "look up the Initech customer record")

# --- Candidates (ambiguous reads) --------------------------------------------------------------
candidates("emma", "still nothing on my VPN ticket??", "get_ticket")
candidates(
    "emma", "Dear IT team, could you kindly tell me the status of my VPN ticket?", "get_ticket"
)
candidates("emma", "what's going on with my password ticket, honestly", "get_ticket")
candidates("emma", "I would be grateful to see my password ticket.", "get_ticket")
candidates("emma", "open my VPN ticket", "get_ticket")
candidates("emma", "I wish to review my ticket about the VPN.", "get_ticket")
candidates("emma", "where's my password ticket at. third time asking", "get_ticket")
candidates("emma", "Would it be possible to show me the ticket about my password?", "get_ticket")
candidates("emma", "show me the VPN one", "get_ticket")
candidates("emma", "my password ticket please, the details", "get_ticket")

# --- Admin updates -----------------------------------------------------------------------------
update("admin", "3101 has been sitting there for days. High priority, now.", 3101, priority_id=2)
update("admin", "Please assign ticket 3099 to Marcus Reid.", 3099, agent_id=8)
update("admin", "move 3055 to the Network team", 3055, team_id=12)
update("admin", "Kindly place ticket 3140 on hold.", 3140, status_id=28)
update("admin", "3110 is waiting on the supplier, set it to With Supplier", 3110, status_id=5)
update(
    "admin", "I would be grateful if you could set 3160 to Critical priority.", 3160, priority_id=1
)
update("admin", "give 3099 to Daniel Kim, Initech have had enough", 3099, agent_id=6)
update("admin", "Please reassign 3140 to the 1st Line Support team.", 3140, team_id=5)
update("admin", "3120: assign to Tom Walsh and set it to High", 3120, agent_id=11, priority_id=2)
update("admin", "Kindly change the status of 3089 to In Progress.", 3089, status_id=2)
update(
    "admin",
    "put 3131 back to Action Required, the user's been waiting far too long",
    3131,
    status_id=3,
)
update("admin", "Please set the priority of 3042 to Low.", 3042, priority_id=4)
update("admin", "3055 needs someone on site, assign it to Hannah Fischer", 3055, agent_id=9)
update(
    "admin",
    "I wish to have ticket 3101 assigned to the Messaging team and set to Medium priority.",
    3101,
    team_id=11,
    priority_id=3,
)
update("admin", "set 3160 to Pending Closure, Samir says it works now", 3160, status_id=25)
update("admin", "Kindly assign 3110 to Priya Sharma.", 3110, agent_id=5)

# --- Admin look-ups ----------------------------------------------------------------------------
team_members("admin", "who's in 2nd Line, I need someone who actually answers", 6)
team_members("admin", "Could you kindly list the members of the Network team?", 12)
team_members("admin", "who is in the Service Desk team", 2)
lookup("admin", "show all agents", "agents")
lookup("admin", "I would be grateful for a list of all teams.", "teams")
lookup("admin", "find the customer Stark", "customers", "Stark")
book.add(
    "admin",
    "Which sites does Umbrella Health have?",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 23}},
)
book.add(
    "admin",
    "Globex contracts, show me",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
book.add(
    "admin",
    "Kindly show me the users at Initech.",
    {"action": "lookup", "params": {"entity": "users", "client_id": 42}},
)
book.add(
    "admin",
    "show Stark Logistics' sites",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 27}},
)
customer_tickets(
    "admin", "all of Initech's tickets, they're complaining about every one of them", 42
)
customer_tickets("admin", "Please list the tickets for Globex.", 17)
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "Would it be possible to view the SLA compliance report?", "reports", "SLA")
lookup("admin", "list the statuses", "statuses")
lookup("admin", "Kindly show the priorities.", "priorities")
lookup("admin", "show me the appointments, all of them", "appointments")
lookup("admin", "I wish to view the list of invoices.", "invoices")
lookup("admin", "find KB articles on MFA", "kb", "MFA")
lookup("admin", "find the user Joanna Baker", "users", "Joanna")
