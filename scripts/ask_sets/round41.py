"""Round 41: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: emails and chat messages pasted into the box. Greetings ("Hi IT,", "Hello team", "Good
afternoon"), a sentence of context, the request, and sign-offs ("Thanks, Emma", "Cheers\\nLiam",
"Kind regards, Emma Jones | Reception | Acme Inc"), many with line breaks. Some are forwarded
from a colleague ("Liam asked me to pass this on:"), some carry quoted reply text ("> On Tue,
IT wrote: ..."), some open with a subject-like line naming the ticket ("Re: ticket 3115 - still
happening"). The portal admin pastes customer emails ("From Hank Scorpio: ...", "Umbrella
Health's lab (Laboratory site) writes: ...") and types short triage instructions between
them (reassign, re-prioritise, set a status, who is in a team, a customer's sites or tickets).
Each case keeps to one fair reading; signatures and quoted text never change what is asked.

Mix: ~28 % new problems (employees, plus 10 admin tickets for a customer and site named in one
phrase and 4 for a named user), ~9 % reads (one ticket, or several ids at once), ~7 % own lists
(some with dates), ~9 % notes, ~5 % resolve (some asking to add a visible note summarising the
fix), ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~10 % refused at plan time, ~4 %
candidates (reads only), ~13 % admin updates and look-ups (teams and their agents, a customer's
sites, contracts and tickets).

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

# --- New problems: Emma -------------------------------------------------------------------
create(
    "emma",
    "Hi IT,\n\nThe keyboard at the reception desk has stopped working, none of the keys do "
    "anything since this morning. Could someone take a look?\n\nThanks, Emma",
    "keyboard",
)
create(
    "emma",
    "Good afternoon,\n\nThe big screen in the lobby that shows the visitor welcome messages has "
    "gone completely black. It was fine yesterday.\n\nKind regards, Emma Jones | Reception | "
    "Acme Inc",
    "screen",
)
create(
    "emma",
    "Hello team,\nmy headset microphone isn't picking anything up - callers say they can hear "
    "nothing at all from my end. Can you help?\nCheers\nEmma",
    "headset",
)
create(
    "emma",
    "Hi,\n\nExcel crashes every time I open the visitor log spreadsheet. Other files open ok. "
    "Please could someone have a look.\n\nMany thanks\nEmma",
    "Excel",
)
create(
    "emma",
    "Liam asked me to pass this on: the projector in the boardroom won't turn on, the light "
    "just blinks orange. He has a client meeting there at 3.",
    "projector",
)
create(
    "emma",
    "Hi IT\n\nThe voicemail on the reception desk phone is full and callers can't leave "
    "messages. I don't know how to clear it.\n\nThanks\nEmma",
    "voicemail",
)
create(
    "emma",
    "Subject: docking station\n\nHello, my docking station no longer charges the laptop or "
    "shows the external screen when I plug in. Tried two cables.\n\nEmma",
    "docking",
)
create(
    "emma",
    "Hi all,\nOneDrive says 'sync paused' and won't start again no matter what I do. My files "
    "aren't backing up.\nThanks, Emma Jones",
    "OneDrive",
)
create(
    "emma",
    "Good morning,\n\nMy door access card stopped working at the side entrance today, the "
    "reader just beeps red. The front door still works.\n\nKind regards,\nEmma",
    "card",
)
create(
    "emma",
    "Hi IT, could I please get Adobe Acrobat Pro installed? I need to edit the visitor "
    "agreement PDFs. Thanks, Emma",
    "Acrobat",
)
create(
    "emma",
    "Hello,\n\nI received an email this morning claiming to be from our bank asking me to "
    "confirm card details. I haven't clicked anything but wanted to report it.\n\nThanks\nEmma",
    "email",
)
create(
    "emma",
    "Hi team,\n\nthe reception tablet that visitors sign in on is frozen on the Apple logo. "
    "Holding the button doesn't help.\n\nCheers, Emma",
    "tablet",
)
create(
    "emma",
    "Hiya, my mouse keeps double-clicking on its own which is making a mess of everything. "
    "Could I get a replacement? ta, Emma",
    "mouse",
)
create(
    "emma",
    "Hi IT,\n\nWord freezes whenever I try to save a document to my desktop. I've restarted "
    "twice.\n\nThanks\nEmma Jones\nReception",
    "Word",
)
create(
    "emma",
    "Good afternoon\n\nThe C: drive on my laptop is showing as almost full (1 GB left) and "
    "everything is really slow.\n\nRegards, Emma",
    "full",
)
create(
    "emma",
    "Hello,\nI can't log in to the CRM this morning, it says my account is locked. Could you "
    "unlock it please?\nThanks Emma",
    "CRM",
)
create(
    "emma",
    "Hi IT,\n\nForwarding from Noah in the warehouse, he's asked me to log it:\n\n> the label "
    "scanner at goods-in won't read any barcodes since the weekend\n\nThanks, Emma",
    "scanner",
)
create(
    "emma",
    "Hi there,\n\nChrome has started opening loads of pop-up ads on its own, even on work "
    "sites. I'm worried it's a virus.\n\nThanks,\nEmma",
    "Chrome",
)
create(
    "emma",
    "Hello team\n\nOur timesheet app shows an error 500 when I press submit. Deadline is "
    "Friday so a bit urgent.\n\nKind regards, Emma Jones | Reception | Acme Inc",
    "timesheet",
)
create(
    "emma",
    "Hi, the laptop battery on AC-2220 is draining from full to empty in about an hour. "
    "Could it be replaced?\nThanks, Emma",
    "battery",
)
create(
    "emma",
    "Good morning IT,\n\nThe shared reception mailbox has disappeared from my folder list. I "
    "need it back to answer visitor enquiries.\n\nEmma",
    "mailbox",
)
create(
    "emma",
    "Hi,\nmy laptop speakers make a loud crackling noise whenever anything plays. Headphones "
    "are fine.\nCheers\nEmma",
    "speakers",
)
create(
    "emma",
    "Hello IT,\n\nI got a blue screen twice today with the message CRITICAL_PROCESS_DIED. "
    "Laptop restarts by itself afterwards.\n\nThanks, Emma",
    "blue",
)
create(
    "emma",
    "Hi team, the payroll portal won't load my payslip, it just spins forever. Could you "
    "check? Many thanks, Emma",
    "payslip",
)
create(
    "emma",
    "Hi,\n\nThe USB ports on my laptop stopped working - none of my memory sticks show up.\n\n"
    "Thanks\nEmma",
    "USB",
)
create(
    "emma",
    "Good afternoon,\n\nI need a new laptop charger please, the cable on mine has split near "
    "the plug and sparks a bit.\n\nKind regards\nEmma",
    "charger",
)
create(
    "emma",
    "Hi IT,\n\nmy Bluetooth won't turn on at all, the toggle is greyed out in settings.\n\n"
    "Thanks, Emma",
    "Bluetooth",
)
create(
    "emma",
    "Hello,\n\nThe calendar booking screen outside meeting room 5 shows the wrong day and "
    "people keep double-booking.\n\nThanks, Emma (Reception)",
    "booking",
)
create(
    "emma",
    'Hi IT, Liam asked me to pass this on:\n"the conference phone in the boardroom has no '
    'dial tone"\nThanks, Emma',
    "phone",
)
create(
    "emma",
    "Hi,\n\nZoom keeps saying my audio device is unavailable, so I can't join the supplier "
    "calls.\n\nThanks\nEmma",
    "Zoom",
)

# --- New problems: Liam -------------------------------------------------------------------
create(
    "liam",
    "Hi IT,\n\nThe Power BI report for weekly sales stopped refreshing on Monday. The team "
    "relies on it for the Thursday meeting.\n\nCheers\nLiam",
    "Power BI",
)
create(
    "liam",
    "Hello team,\n\nmy work mobile won't receive any texts since the update last night. Calls "
    "are fine.\n\nThanks, Liam Patel",
    "mobile",
)
create(
    "liam",
    "Hi,\nThe team shared drive (S:) is showing as disconnected for everyone on my floor this "
    "morning.\nCheers\nLiam",
    "drive",
)
create(
    "liam",
    "Good morning,\n\nCould I get Visio installed please? Need it for process diagrams.\n\n"
    "Kind regards,\nLiam Patel | Sales Manager | Acme Inc",
    "Visio",
)
create(
    "liam",
    "Hi IT,\n\nThe expenses app keeps rejecting receipts with 'file too large' even for small "
    "photos.\n\nThanks\nLiam",
    "expenses",
)
create(
    "liam",
    "Hello,\n\nThe whiteboard screen in meeting room 4 won't respond to touch any more.\n\n"
    "Cheers, Liam",
    "whiteboard",
)
create(
    "liam",
    "Hi team,\n\nmy mailbox is full and I can't send anything. Could you increase the quota "
    "or archive some of it?\n\nThanks,\nLiam",
    "mailbox",
)
create(
    "liam",
    "Hi,\n\nSalesforce won't let me log in - it says my licence has expired.\n\nCheers\nLiam",
    "Salesforce",
)
create(
    "liam",
    "Good afternoon IT,\n\nI need the sales-team distribution list updated, two people left "
    "last month and still get the emails.\n\nRegards\nLiam",
    "distribution",
)
create(
    "liam",
    "Hi,\nthe printer by the sales desks prints everything with a grey streak down the "
    "middle.\nThanks, Liam",
    "printer",
)
create(
    "liam",
    "Hello,\n\nMy external hard drive isn't recognised by my laptop any more. It has the "
    "quarterly figures on it.\n\nCheers\nLiam",
    "hard drive",
)
create(
    "liam",
    "Hi IT,\n\nmy desk phone shows 'No service' since we moved desks on Friday.\n\nThanks\nLiam",
    "phone",
)
create(
    "liam",
    "Hi team,\n\nCould I please have a second docking station for the hot desk I use on "
    "Wednesdays?\n\nCheers,\nLiam",
    "docking",
)
create(
    "liam",
    "Hello,\n\nI clicked a link in a fake DHL email before I realised. Nothing seemed to "
    "happen but I thought I'd better tell you.\n\nLiam",
    "link",
)
create(
    "liam",
    "Hi IT, the webcam on my laptop shows a black picture in every app. Thanks, Liam",
    "webcam",
)
create(
    "liam",
    "Good morning,\n\nmy monitor arm has snapped and the screen is leaning on the desk. Could "
    "Field Services swap it?\n\nThanks, Liam",
    "arm",
)
create(
    "liam",
    "Hi,\n\nExcel macros in the commission workbook are blocked with a security warning and "
    "the button to enable them is missing.\n\nCheers\nLiam",
    "macros",
)
create(
    "liam",
    "Hello team,\n\nThe CRM dashboard shows last month's numbers for everyone in sales, it "
    "hasn't updated.\n\nRegards, Liam",
    "dashboard",
)
create(
    "liam",
    "Hi IT,\n\nMy keyboard's space bar is stuck. Could I get a new keyboard please?\n\n"
    "Cheers\nLiam",
    "keyboard",
)
create(
    "liam",
    "Hi,\n\nThe scanner on the sales floor sends scans to the wrong email address (someone "
    "who left).\n\nThanks, Liam",
    "scanner",
)
create(
    "liam",
    "Hello,\n\nI need access to the Marketing folder on the file server for the campaign "
    "budget.\n\nCheers,\nLiam Patel",
    "Marketing",
)
create(
    "liam",
    "Hi IT team,\n\nOutlook on my phone stopped showing new emails after I changed phones.\n\n"
    "Thanks\nLiam",
    "Outlook",
)
create(
    "liam",
    "Good afternoon,\n\nTeams keeps signing me out every hour and I miss calls.\n\nCheers, Liam",
    "Teams",
)
create(
    "liam",
    "Hi,\nthe TV in the sales breakout area won't pick up the HDMI from any laptop.\nLiam",
    "HDMI",
)
create(
    "liam",
    "Hello IT,\n\nMy laptop charger has stopped working, the light doesn't come on.\n\n"
    "Thanks\nLiam",
    "charger",
)
create(
    "liam",
    "Hi team,\n\nI'm getting 'certificate error' on the intranet homepage since this morning, "
    "same for a couple of my team.\n\nCheers,\nLiam",
    "certificate",
)

# --- New problems: admin for a customer and site, or a named user -----------------------
create(
    "admin",
    "Umbrella Health's lab (Laboratory site) writes:\n\n> Hello, the fridge temperature "
    "monitor PC in the lab has stopped logging readings since last night.\n\nPlease log it.",
    "temperature",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    'Log this for Globex, Springfield Campus:\n"Hi, the badge printer at our main gate is '
    'out of action, jammed with a card stuck inside. Thanks"',
    "badge",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "New one from Initech's Austin Branch: their receipt printer at the front counter stopped "
    "printing this morning.",
    "printer",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "Stark Logistics, Fleet Depot emailed:\n\n> Morning, the vehicle tracking screen in the "
    "depot office shows no trucks at all.\n> Regards, Depot Office\n\nRaise a ticket for them.",
    "tracking",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Open a ticket for Wayne Foundation (Gotham Office): the conference room projector has "
    "no picture.",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    'From Umbrella Health, Raccoon City Clinic:\n"Good afternoon, the appointment kiosk in '
    "reception won't print tickets for patients.\"\nCreate a ticket.",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Acme Warehouse says the goods-in PC won't boot, stuck on a black screen. Log it please.",
    "PC",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Globex Cypress Creek writes: 'Hi team, the Wi-Fi in our east wing has been down since "
    "8am.' New ticket for them please.",
    "Wi-Fi",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Stark Logistics' Distribution Centre: the handheld scanners can't sync with the stock "
    "system. Raise it.",
    "scanners",
    client_id=27,
    site_id=61,
)
create(
    "admin",
    "Ticket for Initech Main Office please:\n\n> Hello, our shared network printer shows "
    "offline for every PC on the 3rd floor.\n> Thanks, Facilities",
    "printer",
    client_id=42,
    site_id=101,
)
create(
    "admin",
    "From Hank Scorpio:\n\n> Hi, my laptop screen has a crack across the corner after a "
    "fall. Can someone replace it?\n> Hank\n\nLog a ticket for him.",
    "screen",
    user_id=302,
)
create(
    "admin",
    "Joanna Baker emailed: 'Hello, I can't open any attachments in Outlook, they all say "
    "blocked.' Raise a ticket on her behalf.",
    "attachments",
    user_id=404,
)
create(
    "admin",
    'Pepper Potts writes:\n"Hi, I need a new headset, the left earpiece is dead.\nThanks, '
    'Pepper"\nPlease create a ticket for her.',
    "headset",
    user_id=601,
)
create(
    "admin",
    "Create a ticket for Mia Chen - she says her keyboard is missing the Enter key.",
    "keyboard",
    user_id=206,
)

# --- Reads ----------------------------------------------------------------------------------
get(
    "emma",
    "Hi IT,\n\nCould you tell me where ticket 3089 is up to? It's been a while.\n\nThanks, Emma",
    3089,
)
get("emma", "Re: ticket 3131\n\nHello, any update on this one?\n\nEmma", 3131)
get(
    "emma",
    "Good morning,\n\nCan I see the latest on 3115 please?\n\nKind regards, Emma Jones | "
    "Reception | Acme Inc",
    3115,
)
get("emma", "Hi, what's the status of my ticket 3042? Cheers, Emma", 3042)
get(
    "emma",
    "Hello team,\nplease show me ticket 3067, I want to check what the fix was.\nThanks\nEmma",
    3067,
)
get(
    "emma",
    "Hi,\n\nWhere are we with the second monitor request?\n\nThanks\nEmma",
    3131,
)
get("emma", "Hi IT - any news on my SharePoint access request? Emma", 3089)
get("liam", "Hi,\n\nCan you show me ticket 3120?\n\nCheers\nLiam", 3120)
get(
    "liam",
    "Good afternoon,\n\nJust checking where 3076 has got to - Mia starts soon.\n\nLiam",
    3076,
)
get("liam", "Hello, what happened with my Wi-Fi ticket for meeting room 2? Liam", 3121)
get("liam", "Hi IT, any progress on the laptop fan issue? Cheers, Liam", 3120)
get("admin", "Pull up 3101 for me.", 3101)
get("admin", "Show me ticket 3055 - Initech are chasing.", 3055)
get("admin", "Next: pull up 3160 so I can read Samir's reply.", 3160)
listing(
    "emma",
    "Hi IT,\n\nCould you show me 3042 and 3089 together please?\n\nThanks, Emma",
    [3042, 3089],
)
listing(
    "emma",
    "Hello,\nPlease give me an update on tickets 3115, 3131 and 3089.\nEmma",
    [3089, 3115, 3131],
)
listing("liam", "Hi, can I see 3120 and 3076 please? Cheers, Liam", [3076, 3120])
listing("admin", "Show me 3055 and 3099, both Initech.", [3055, 3099])
listing("admin", "Pull up 3110, 3140 and 3030 - all Olivia's.", [3030, 3110, 3140])
listing(
    "emma",
    "Good afternoon,\n\nI'd like the latest on 3005 and 3018 please.\n\nKind regards, Emma",
    [3005, 3018],
)
get(
    "emma",
    "Fwd: Re: 3042\n\n> Emma, could you check the ticket for our last message?\n\nHi IT, can you "
    "show me the ticket please? Thanks",
    3042,
)
get("liam", "Hello team\n\nShow me ticket 3121.\n\nThanks\nLiam", 3121)

# --- Own lists ------------------------------------------------------------------------------
listing("emma", "Hi IT,\n\nCould you list all my open tickets please?\n\nThanks, Emma")
listing("emma", "Hello, what tickets have I raised since Monday? Emma")
listing(
    "emma",
    "Good morning,\n\nPlease can I see everything I've logged this month.\n\nKind regards, "
    "Emma Jones | Reception | Acme Inc",
)
listing("emma", "Hi team - show me my tickets. Cheers, Emma")
listing("emma", "Hi,\n\nWhich of my tickets are still open?\n\nThanks\nEmma")
listing("emma", "Hello IT,\nlist my tickets from the last 30 days please.\nEmma")
listing("emma", "Hi, can I get a list of my closed tickets? Thanks, Emma")
listing("emma", "Hi IT,\n\nWhat have I reported since the start of the year?\n\nEmma")
listing("liam", "Hi,\n\nCan you show me all my tickets?\n\nCheers\nLiam")
listing("liam", "Hello team, what tickets do I have open at the moment? Liam")
listing("liam", "Hi IT,\nplease list the tickets I've raised since last week.\nThanks, Liam")
listing("liam", "Good afternoon,\n\nmy tickets from this year please.\n\nRegards, Liam Patel")
listing("liam", "Hi - anything of mine still outstanding? Cheers, Liam")
listing("emma", "Good afternoon, please show the tickets I opened yesterday. Emma")
listing("emma", "Hello,\n\nDo I have any tickets waiting on me?\n\nThanks, Emma")
listing("liam", "Hi IT, list my closed tickets. Liam")
listing("emma", "Hey IT, my tickets since Friday please :) Emma")

# --- Notes ----------------------------------------------------------------------------------
note(
    "emma",
    "Re: ticket 3115 - still happening\n\nHi,\n\nOutlook asked for my password again at 9:15 "
    "this morning, straight after I logged in.\n\nThanks, Emma",
    3115,
    "9:15",
)
note(
    "emma",
    "Re: 3089 Finance SharePoint\n\n> On Tue, IT Service Desk wrote:\n> Hi Emma, which folder "
    "do you need access to?\n\nHi, it's the Budgets 2026 folder please.\n\nThanks\nEmma",
    3089,
    "Budgets",
)
note(
    "emma",
    "Hi IT,\n\nPlease add a note to 3042: the VPN dropped four times during yesterday "
    "afternoon's call.\n\nEmma",
    3042,
    "four",
)
note(
    "emma",
    "Hello,\nFor ticket 3131 - my manager has approved the second monitor, please add that to "
    "the ticket.\nThanks, Emma",
    3131,
    "approved",
)
note(
    "emma",
    "Re: ticket 3042\n\n> Could you tell us your home broadband provider?\n\nHi, it's "
    "Virgin Media. Please add that to the ticket.\n\nCheers\nEmma",
    3042,
    "Virgin",
)
note(
    "emma",
    "Hi team, add to 3115: it also happens on my phone's Outlook app, not just the laptop. "
    "Thanks, Emma",
    3115,
    "phone",
)
note(
    "emma",
    "Good morning,\n\nCould you update ticket 3089 to say I need edit access, not just "
    "read?\n\nKind regards, Emma Jones | Reception | Acme Inc",
    3089,
    "edit",
)
note(
    "emma",
    "Hi,\n\nOn 3131: I'm in the office Tuesdays and Thursdays if someone needs to fit the "
    "monitor. Please note that on the ticket.\n\nThanks\nEmma",
    3131,
    "Tuesdays",
)
note(
    "liam",
    "Re: 3120 laptop fan\n\nHi,\n\nPlease add: the fan is loudest when Teams video is on, and "
    "the base gets too hot to touch.\n\nCheers\nLiam",
    3120,
    "video",
)
note(
    "liam",
    "Hello,\nAdd a note to 3076 please: Mia will also need access to the Sales shared "
    "drive.\nThanks, Liam",
    3076,
    "Sales",
)
note(
    "liam",
    "Hi IT,\n\n> Liam, when can we collect the laptop?\n\nFor 3120 - you can collect it "
    "Friday after 2pm. Please add to the ticket.\n\nCheers\nLiam",
    3120,
    "Friday",
)
note(
    "liam",
    "Hi, on ticket 3076 note that Mia's start date moved to the 14th. Thanks, Liam",
    3076,
    "14th",
)
note(
    "emma",
    "Hi IT,\n\nAdd to my VPN ticket 3042: I've already tried reinstalling the client, no "
    "change.\n\nThanks\nEmma",
    3042,
    "reinstalling",
)
note(
    "admin",
    "Add a note to 3055: Peter says the blue screen happens right after lunch when he docks "
    "the PC.",
    3055,
    "lunch",
)
note(
    "admin",
    "Note on 3101 - Noah confirmed scanner 4 was reset to factory settings.",
    3101,
    "factory",
)
note(
    "admin",
    "From Samir on 3160:\n\n> audio still drops but now after about 20 minutes\n\nAdd that "
    "to his ticket as a note.",
    3160,
    "20 minutes",
)
note(
    "admin",
    "Put a note on 3099: replacement SSD ordered from the supplier, ETA Thursday.",
    3099,
    "SSD",
)
note(
    "emma",
    "Hello team\n\nPlease note on 3115 that I've changed my password this morning as "
    "suggested.\n\nThanks, Emma",
    3115,
    "changed",
)
note(
    "liam",
    "Hi,\n\nFor 3120 please add: the laptop asset tag is AC-2231.\n\nCheers, Liam",
    3120,
    "AC-2231",
)
note(
    "emma",
    "Hi IT,\n\nCan you add a comment to ticket 3089: my manager is Liam Patel if you need "
    "approval.\n\nEmma",
    3089,
    "approval",
)
note(
    "admin",
    "Olivia emailed about 3140:\n> the flicker stops when the blinds are closed\nAdd that as "
    "a note.",
    3140,
    "blinds",
)
note(
    "liam",
    "Re: ticket 3076\n\nHi, please add that Mia's laptop should be the 14-inch model.\n\n"
    "Thanks\nLiam",
    3076,
    "14-inch",
)

# --- Resolve --------------------------------------------------------------------------------
resolve(
    "emma",
    "Hi IT,\n\nYou can close 3131 - I found a spare monitor in the storeroom.\n\nThanks, Emma",
    3131,
)
resolve(
    "emma",
    "Re: ticket 3115\n\nHi, this is sorted now after the profile reset, please resolve it.\n\nEmma",
    3115,
)
resolve(
    "emma",
    "Hello,\n\nPlease resolve 3089 and add a visible note summarising the fix: access to the "
    "Finance site was granted by my manager.\n\nKind regards, Emma",
    3089,
)
resolve(
    "emma",
    "Hi team - the VPN has been fine all week since the router swap, please mark 3042 as "
    "resolved. Cheers, Emma",
    3042,
)
resolve(
    "liam",
    "Hi IT,\n\nPlease resolve 3120 - the new fan is quiet now.\n\nCheers\nLiam",
    3120,
)
resolve(
    "liam",
    "Hello,\n\nResolve 3076 and add a visible note summarising the fix: Mia has her laptop "
    "and all accounts work.\n\nThanks, Liam",
    3076,
)
resolve("admin", "Resolve 3140, Olivia's monitor was swapped.", 3140)
resolve(
    "admin",
    "Resolve 3101 and add a visible note summarising the fix: scanner 4 re-enrolled on the "
    "warehouse Wi-Fi.",
    3101,
)
resolve(
    "emma",
    "Hi,\n\nYou can close ticket 3089, I don't need the access any more.\n\nThanks\nEmma",
    3089,
)
resolve(
    "liam",
    "Hi team, my laptop fan ticket can be closed, all good now. Cheers, Liam",
    3120,
)
resolve(
    "admin",
    "Samir confirmed Teams audio is fine now - resolve 3160.",
    3160,
)
resolve(
    "emma",
    "Good afternoon,\n\nPlease resolve 3115 and add a visible note summarising the fix: "
    "re-adding the account in Outlook stopped the prompts.\n\nEmma",
    3115,
)

# --- Reopen ---------------------------------------------------------------------------------
reopen(
    "emma",
    "Re: ticket 3067 - still happening\n\nHi IT,\n\nThe 2nd floor printer is jamming again "
    "on every job. Please reopen the ticket.\n\nThanks, Emma",
    3067,
)
reopen(
    "emma",
    "Hello,\n\nCan you reopen 3018? The VPN client disappeared again after the laptop "
    "update.\n\nEmma",
    3018,
)
reopen("emma", "Hi, please reopen ticket 3005, the reset didn't stick. Thanks, Emma", 3005)
reopen(
    "liam",
    "Hi IT,\n\nThe Wi-Fi in meeting room 2 is dropping again. Please reopen 3121.\n\nCheers\nLiam",
    3121,
)
reopen(
    "liam",
    "Re: 3121\n\nHello, this has come back, can you reopen it please?\n\nThanks, Liam",
    3121,
)
reopen(
    "emma",
    "Good morning,\n\nPlease reopen my printer ticket 3067, the jams are back.\n\nKind "
    "regards, Emma Jones | Reception | Acme Inc",
    3067,
)
reopen("admin", "Reopen 3030 - Olivia says her calendar stopped syncing again.", 3030)
reopen(
    "admin",
    "From Olivia Brown:\n> the new battery is swelling too\nReopen 789.",
    789,
)
reopen(
    "emma",
    "Hi team,\n\nthe password reset from 3005 isn't working any more - please reopen that "
    "ticket.\n\nCheers\nEmma",
    3005,
)
reopen(
    "liam",
    "Hi,\n\nCould you reopen the meeting room 2 Wi-Fi ticket? Same problem today.\n\nLiam",
    3121,
)

# --- Rate -----------------------------------------------------------------------------------
rate(
    "emma",
    "Hi IT,\n\nI'd like to rate ticket 3067 - 5 stars, fixed quickly.\n\nThanks, Emma",
    3067,
    5,
)
rate("emma", "Hello, rate 3018 4 out of 5 please. Emma", 3018, 4)
rate(
    "emma",
    "Re: ticket 3005\n\nHi, please give this one 3 stars, it took a while.\n\nEmma",
    3005,
    3,
)
rate(
    "emma",
    "Good afternoon,\n\nFor 3067 I'd give 2/5, the printer needed three visits.\n\nKind "
    "regards, Emma",
    3067,
    2,
)
rate("emma", "Hi team, 5/5 for ticket 3005 please. Cheers, Emma", 3005, 5)
rate(
    "emma",
    "Hello,\n\nPlease rate my VPN client ticket 3018 with 1 star - I had to chase it.\n\nEmma",
    3018,
    1,
)
rate("emma", "Hi, I'd rate 3067 four stars. Thanks, Emma", 3067, 4)

# --- How-to (knowledge base) ---------------------------------------------------------------
howto(
    "emma",
    "Hi IT,\n\nHow do I map a network drive on my laptop?\n\nThanks, Emma",
    "drive",
)
howto(
    "emma",
    "Hello,\n\nIs there a guide for setting up the Authenticator app on a new phone?\n\nEmma",
    "Authenticator",
)
howto("emma", "Hi team, how do I spot a phishing email? Cheers, Emma", "phishing")
howto(
    "emma",
    "Good morning,\n\nHow can I reset my own password without calling the desk?\n\nKind "
    "regards, Emma",
    "password",
)
howto(
    "emma",
    "Hi,\n\nHow do I connect to the VPN from home?\n\nThanks\nEmma",
    "VPN",
)
howto(
    "emma",
    "Hello IT, is there an article on clearing a paper jam? Thanks, Emma",
    "jam",
)
howto(
    "emma",
    "Hi,\n\nHow do I install Windows updates myself?\n\nThanks, Emma",
    "Windows",
)
howto(
    "liam",
    "Hi IT,\n\nIs there a new starter checklist I can follow for my team?\n\nCheers\nLiam",
    "starter",
)
howto(
    "liam",
    "Hello,\n\nHow do I set up a Teams meeting with people outside the company?\n\nLiam",
    "Teams",
)
howto(
    "liam",
    "Hi team, how do I connect to the office Wi-Fi on a personal phone? Thanks, Liam",
    "Wi-Fi",
)
howto(
    "liam",
    "Hi,\n\nHow do I request access to a SharePoint site?\n\nCheers, Liam",
    "SharePoint",
)
howto(
    "liam",
    "Good afternoon,\n\nWhy does Outlook keep asking for my password, is there a guide for "
    "fixing that myself?\n\nThanks\nLiam",
    "Outlook",
)
howto("emma", "Hi IT, do you have any how-to guides? Thanks, Emma")
howto(
    "emma",
    "Hello,\n\nHow do I set up MFA on my account?\n\nEmma",
    "MFA",
)
howto(
    "liam",
    "Hi IT,\n\nHow do I report a phishing email?\n\nCheers\nLiam",
    "phishing",
)
howto(
    "emma",
    "Hi,\n\nIs there a guide on sharing my screen in a Teams meeting?\n\nThanks, Emma",
    "Teams",
)
howto("admin", "Find me the KB article on mapping network drives.", "drive")
howto(
    "liam",
    "Hi team, where can I find the instructions for working on VPN from home? Liam",
    "VPN",
)
howto(
    "emma",
    "Good morning, how do I pause Windows updates during a presentation? Emma",
    "Windows",
)
howto("admin", "Is there a knowledge base article about the Authenticator app?", "Authenticator")

# --- Refused at plan time ------------------------------------------------------------------
refused(
    "emma",
    "Hi IT,\n\nCould you show me ticket 3101? Noah said it's about the scanner.\n\nThanks, Emma",
)
refused("emma", "Hello, what's the status of 3110? Emma")
refused("emma", "Hi, please show me ticket 3999. Thanks, Emma")
refused("liam", "Hi IT,\n\nCan I see ticket 4242?\n\nCheers\nLiam")
refused(
    "emma",
    "Hi team,\n\nAdd a note to 3120 please: Liam's laptop is on his desk.\n\nThanks, Emma",
)
refused(
    "emma",
    "Hello,\n\nPlease change the priority of 3042 to Critical, I can't work.\n\nEmma",
)
refused("emma", "Hi IT, please assign 3115 to Chloe Martin. Thanks, Emma")
refused("emma", "Hi,\n\nCan you give me a list of all the agents?\n\nThanks\nEmma")
refused(
    "emma",
    "Good afternoon,\n\nCould I see all the company's open tickets please?\n\nKind regards, "
    "Emma Jones | Reception | Acme Inc",
)
refused("liam", "Hello, show me Noah Williams' tickets please. Liam")
refused(
    "emma",
    "Re: ticket 3067\n\nHi, please resolve this one.\n\nThanks, Emma",
)
refused("emma", "Hi IT, I'd like to rate 3042 five stars. Emma")
refused("emma", "Hello,\n\nPlease reopen 3115.\n\nThanks\nEmma")
refused("liam", "Hi IT,\n\nPlease reopen 3120.\n\nCheers, Liam")
refused("emma", "Hi, list the contracts we have with Globex please. Emma")
refused("liam", "Hi,\n\nWhich customers do we support?\n\nCheers\nLiam")
refused(
    "liam",
    "Hello team,\n\nChange the status of 3120 to On Hold, I'm away next week.\n\nLiam",
)
refused("emma", "Hi IT, add a note to 3160: Samir called. Thanks, Emma")
refused("liam", "Hi, resolve 3101 please, Noah says it's fixed. Liam")
refused("liam", "Hello,\n\nCan you show me every ticket in the company this week?\n\nLiam")
refused("emma", "Hi, rate ticket 3131 4 stars please. Emma")
refused("liam", "Hi IT, rate 3120 five stars. Cheers, Liam")
refused("admin", "Resolve 3030.")
refused("emma", "Hello IT,\n\nResolve 3018 please, it's done.\n\nEmma")
refused("emma", "Hi IT,\n\nPlease show me Olivia Brown's ticket 3140.\n\nThanks, Emma")

# --- Candidates (reads only) --------------------------------------------------------------
candidates("emma", "Hi IT,\n\nAny update on my VPN ticket?\n\nThanks, Emma", "get_ticket")
candidates(
    "emma",
    "Hello,\n\nCould you show me my password ticket please?\n\nEmma",
    "get_ticket",
)
candidates(
    "emma",
    "Good morning,\n\nWhere is my VPN ticket up to?\n\nKind regards, Emma Jones | Reception "
    "| Acme Inc",
    "get_ticket",
)
candidates(
    "emma", "Hi team, what's happening with the password ticket I raised? Emma", "get_ticket"
)
candidates("emma", "Hi,\n\nshow me the VPN ticket.\n\nCheers\nEmma", "get_ticket")
candidates(
    "emma",
    "Hello IT,\n\nCan I see the latest on my password one?\n\nThanks\nEmma",
    "get_ticket",
)
candidates("emma", "Hi, status of my VPN ticket please? Emma", "get_ticket")
candidates(
    "emma",
    "Re: my password ticket\n\nHi, could you pull that ticket up for me?\n\nThanks, Emma",
    "get_ticket",
)
candidates("emma", "Hello team, bring up my VPN ticket for me please. Emma", "get_ticket")
candidates("emma", "Hi IT - what's the news on my password ticket? Cheers, Emma", "get_ticket")

# --- Admin updates ---------------------------------------------------------------------------
update("admin", "Triage: 3140 to High priority.", 3140, priority_id=2)
update("admin", "Assign 3101 to Marcus.", 3101, agent_id=8)
update("admin", "Move 3099 over to the 2nd Line Support team.", 3099, team_id=6)
update("admin", "Set 3160 to Low.", 3160, priority_id=4)
update(
    "admin",
    "3055 - make it Critical and give it to Tom Walsh.",
    3055,
    priority_id=1,
    agent_id=11,
)
update("admin", "Put 3110 on hold until the contractor starts.", 3110, status_id=28)
update("admin", "3140: set status to In Progress.", 3140, status_id=2)
update("admin", "Give 3089 to Priya Sharma.", 3089, agent_id=5)
update(
    "admin",
    "Next one. 3099 is waiting on the supplier, set it to With Supplier.",
    3099,
    status_id=5,
)
update("admin", "Hand 3115 to the Messaging team.", 3115, team_id=11)
update("admin", "Reassign 3131 to Hannah Fischer.", 3131, agent_id=9)
update(
    "admin",
    "3160: status Action Required, priority High.",
    3160,
    status_id=3,
    priority_id=2,
)
update("admin", "Move 3140 to Field Services.", 3140, team_id=15)
update("admin", "Bump 3042 down to Medium priority.", 3042, priority_id=3)
update("admin", "3101 - set to Pending Closure.", 3101, status_id=25)
update("admin", "Give 3055 to Daniel Kim.", 3055, agent_id=6)

# --- Admin look-ups -------------------------------------------------------------------------
team_members("admin", "Who's in the Network team?", 12)
team_members("admin", "List the agents in 2nd Line Support.", 6)
team_members("admin", "Who do we have on Field Services?", 15)
customer_tickets("admin", "Show me Stark Logistics' tickets.", 27)
customer_tickets("admin", "What tickets does Initech have with us?", 42)
book.add(
    "admin",
    "What sites does Umbrella Health have?",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 23}},
)
book.add(
    "admin",
    "List Globex's contracts.",
    {"action": "lookup", "params": {"entity": "contracts", "client_id": 17}},
)
book.add(
    "admin",
    "Who are the users at Stark Logistics?",
    {"action": "lookup", "params": {"entity": "users", "client_id": 27}},
)
lookup("admin", "Find the agent Priya.", "agents", "Priya")
lookup("admin", "Look up the asset AC-2219.", "assets", "AC-2219")
lookup("admin", "Which reports do we have on SLA?", "reports", "SLA")
lookup("admin", "List all the statuses.", "statuses")
lookup("admin", "What priorities are set up?", "priorities")
lookup("admin", "Show me this week's appointments.", "appointments")
lookup("admin", "List the invoices.", "invoices")
lookup("admin", "Find the customer Wayne Foundation.", "customers", "Wayne")
lookup("admin", "Which teams do we have?", "teams")
