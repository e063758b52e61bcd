"""Round 39: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: a busy Monday at a mid-sized company. Staff back from the weekend with several things
broken at once, managers chasing their requests ("any news on...", "where are we with..."), a
receptionist (front desk, visitor badges, the lobby screen), a warehouse supervisor (scanners,
label printers, the goods-in PC), a new hire in their first days, and the portal admin triaging
the queue (reassigning, re-prioritising, statuses, tickets for a customer and site or a named
user, directory look-ups of teams and the agents in them). Mostly one request per message,
written naturally: some long with context, some short, some with typos, some all lowercase,
some with emoji or "!!". Everyday words that are also Halo nouns (Teams, Outlook, site, asset,
contract, report, agent, customer) appear inside problem descriptions and how-to questions,
where they stay part of the description. Emma's new problems stay off the topics of her own
tickets (VPN, SharePoint access, Outlook password, second monitor, password reset, 2nd-floor
printer, Teams camera), Liam's off laptop fan/overheating, Wi-Fi in meeting room 2 and new
starter Mia, so that a new ticket is the only fair reading.

Mix: ~30 % new problems (employees, plus ~8 admin tickets for a customer and site named in one
phrase and ~3 for a named user), ~9 % reads (one own ticket, or several ids at once), ~7 % own
lists (date phrases such as "since Friday", "this month"), ~9 % notes, ~4 % resolve (some asking
to "add a visible note summarising the fix"), ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge
base), ~10 % refused at plan time (someone else's ticket, a missing one, an admin-only action or
look-up asked by an employee, a closed ticket to resolve, an open one to rate, a colleague's or
the whole company's tickets), ~4 % candidates (reads only: Emma's "my VPN ticket" -> 3018/3042,
"my password ticket" -> 3005/3115), ~12 % admin updates and look-ups (teams and the agents in
them included, customer listings).

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


# --- New problems: employees (Emma as receptionist / office staff, Liam as warehouse
# supervisor / manager) -----------------------------------------------------------------------
create(
    "emma",
    "Morning! Came in to find the lobby welcome screen completely black, it was fine on Friday. Visitors keep asking if we're open lol",
    "screen",
)
create(
    "emma",
    "the visitor badge printer at reception is printing blank badges, just white cards coming out",
    "badge",
)
create(
    "emma",
    "Keyboard on the front desk PC has a sticky spacebar, someone spilled coffee on it over the weekend I think",
    "keyboard",
)
create(
    "emma",
    "my desk phone shows 'no service' since this morning, can't transfer calls to anyone!!",
    "phone",
)
create(
    "emma",
    "Excel crashes every time I open the visitor log spreadsheet. Tried restarting twice. It's the one on the shared drive we use at reception",
    "Excel",
)
create("emma", "mouse not working at all, changed the batteries already 🙁", "mouse")
create(
    "emma",
    "The meeting room booking panel outside Boardroom B is frozen on last Thursday's schedule",
    "panel",
)
create(
    "emma",
    "Hi, over the weekend my laptop installed something and now the touchpad doesn't scroll anymore. Two-finger scrolling just does nothing.",
    "touchpad",
)
create(
    "emma",
    "can't open any PDF attachments, adobe says the file is damaged but my colleague can open the same one fine",
    "PDF",
)
create(
    "emma",
    "Our shared reception mailbox stopped showing in Outlook on the left side. I need it back, that's where all the courier bookings come in",
    "mailbox",
)
create(
    "emma",
    "the headset for the front desk crackles realy badly, callers say they can barely hear me",
    "headset",
)
create(
    "emma",
    "Need a webcam for the interview room please, the interviews start Wednesday and there's nothing in there",
    "webcam",
)
create(
    "emma", "laptop battery dies after about an hour now, it used to last the whole day", "battery"
)
create(
    "emma",
    "Teams chat notifications stopped popping up for me, I only see messages when I open the app. Calls ring fine though",
    "notifications",
)
create(
    "emma",
    "The scanner next to the post room won't send scans to my email anymore, it says SMTP error",
    "scanner",
)
create(
    "emma", "calendar in outlook shows all my meetings an hour late since the weekend??", "calendar"
)
create(
    "emma",
    "Please could someone look at the door entry intercom screen at reception, it's showing a grey picture and I can't see who's buzzing",
    "intercom",
)
create(
    "emma",
    "OneDrive is stuck on 'processing changes' and hasn't synced anything since Friday afternoon",
    "OneDrive",
)
create("emma", "My laptop screen flickers when I tilt the lid. Started this morning.", "flickers")
create(
    "emma",
    "can I get Adobe Acrobat Pro installed? I need to edit the contract templates for the new supplier and the reader version won't let me",
    "Acrobat",
)
create("emma", "the franking machine PC at reception won't boot, just beeps three times", "beeps")
create(
    "emma",
    "Hello, I think my email signature disappeared after the update. New emails go out with no signature at all",
    "signature",
)
create(
    "emma",
    "keyboard layout changed to US on its own, my @ and \" keys are swapped and it's driving me mad",
    "keyboard",
)
create("emma", "Word keeps freezing when I paste from the browser. Not urgent but annoying", "Word")
create(
    "emma",
    "The site map poster file on the shared drive won't open, says access denied — it's the one we print for the lobby",
    "denied",
)
create(
    "emma",
    "laptop charger sparked when i plugged it in this morning!! not using it now, need a new one",
    "charger",
)
create(
    "emma",
    "There's a weird pop-up saying my licence for Office is expiring in 3 days. Is that real? Can someone check",
    "licence",
)
create("emma", "the sound on my laptop is gone, no audio from speakers or headphones", "audio")
create(
    "emma",
    "Can't log in to the expenses app, it just spins forever after I click sign in",
    "expenses",
)
create(
    "emma",
    "Hi! Could I get a second headset for the temp covering reception on Fridays? thanks",
    "headset",
)
create(
    "liam",
    "Two of the handheld barcode scanners in the warehouse won't connect to the network since this morning. The guys are writing things down on paper 😩",
    "scanners",
)
create(
    "liam",
    "label printer at goods-in is printing labels half cut off, the barcode doesnt scan",
    "label",
)
create(
    "liam",
    "Goods-in PC is super slow, takes about 5 minutes to open the stock system. Was fine last week.",
    "slow",
)
create(
    "liam",
    "the forklift tablet cracked screen, someone dropped it friday. still works but hard to read",
    "tablet",
)
create(
    "liam",
    "Need 3 new user accounts for the agency pickers starting Wednesday, they need access to the picking app only",
    "accounts",
)
create("liam", "warehouse office printer says toner low and now prints really faint", "toner")
create(
    "liam",
    "Our CCTV monitor in the warehouse office has no signal on camera 4 (loading bay)",
    "camera",
)
create(
    "liam",
    "Hello, the stock report export from the WMS fails with 'timeout' every time I run it for last month. I need it for the Monday meeting at 11!!",
    "export",
)
create(
    "liam",
    "can't print delivery notes from the dispatch PC, jobs just sit in the queue",
    "delivery",
)
create(
    "liam",
    "The shared Outlook calendar for the loading bay bookings isn't updating for the drivers, they still see last week's slots",
    "calendar",
)
create(
    "liam",
    "new phone please, mine won't hold charge anymore and the screen has a crack across it",
    "phone",
)
create(
    "liam",
    "My Excel macros stopped running, says macros have been blocked by Microsoft. I use them for the weekly picking report",
    "macros",
)
create(
    "liam",
    "The weighing scale PC in dispatch shows a blue screen on startup. Error says something like INACCESSIBLE_BOOT_DEVICE",
    "blue",
)
create(
    "liam", "keyboard and mouse in the despatch office both dead, i think the usb hub died", "hub"
)
create(
    "liam",
    "We need a laptop for the new shift manager, Tom from agency, starting next Monday. Standard build is fine",
    "laptop",
)
create(
    "liam",
    "I keep getting emails bouncing back from one of our suppliers, 'recipient rejected'. Only started today",
    "bouncing",
)
create("liam", "the radio base station in the yard office isnt charging the handsets", "handsets")
create(
    "liam",
    "hi, Teams keeps signing me out every hour or so, have to sign back in each time. Very annoying in the middle of calls",
    "signing",
)
create(
    "liam",
    "access to the HR folder on the shared drive please, I need to see the rotas for my team. My manager Joe approved it",
    "HR",
)
create(
    "liam", "monitor in the warehouse office keeps going to sleep after like 30 seconds", "monitor"
)
create(
    "liam",
    "Whoever set up the new time clock at the warehouse entrance — it isn't recording anyone's clock-ins since Saturday",
    "clock",
)
create(
    "liam",
    "The dispatch label printer is jammed with a label wrapped around the roller, can't get it out without breaking it",
    "roller",
)
create(
    "liam",
    "Big one: the stock system won't let anyone log in this morning, error 'license server unavailable'. Whole warehouse blocked!!",
    "license",
)
create(
    "liam",
    "Our asset tags printer ran out of ribbon, can someone order more? We're tagging the new racking",
    "ribbon",
)
create(
    "liam", "zoom link from a customer won't open on my laptop, says app blocked by policy", "zoom"
)
create(
    "liam",
    "I only joined the warehouse team today and I can't see the Warehouse Ops channel in Teams, could someone add me?",
    "channel",
)
create(
    "liam",
    "Hi all, first day here and my laptop asks for a BitLocker recovery key when it starts. No idea what that is",
    "BitLocker",
)
create(
    "liam",
    "please set up a shared mailbox for dispatch@, the drivers need one place to send POD photos",
    "mailbox",
)
create(
    "liam",
    "The customer portal our clients use to book collections is showing an SSL certificate warning",
    "certificate",
)
create("liam", "headphones jack on my laptop doesn't work, only audio through speakers", "jack")
create(
    "emma",
    "hi I started last week in finance and I still don't have access to Sage, can I get that sorted? my manager is Rachel",
    "Sage",
)
create(
    "emma",
    "Our team's shared calendar shows 'you don't have permission' when I try to add the Monday standup",
    "permission",
)
create(
    "emma",
    "the coffee-stained keyboard in Boardroom A needs replacing, the Enter key is stuck down",
    "keyboard",
)
create(
    "emma",
    "Could someone set up the projector in the training room? It says no input detected for the HDMI",
    "projector",
)

# --- New problems raised by the admin for a customer and site, or a named user ----------------
create(
    "admin",
    "raise a ticket for Globex at Springfield Campus: their reception printer is offline since the weekend",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    "admin",
    "Log a new one for Initech Austin Branch - the whole office lost internet access this morning",
    "internet",
    client_id=42,
    site_id=102,
)
create(
    "admin",
    "new ticket, Umbrella Health Raccoon City Clinic, the patient check-in kiosk is stuck on a Windows update screen",
    "kiosk",
    client_id=23,
    site_id=51,
)
create(
    "admin",
    "Stark Logistics Fleet Depot called: the fuel card reader PC won't boot. Open a ticket for them please",
    "fuel",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "open a ticket for Wayne Foundation, Gotham Office — boardroom projector shows no signal",
    "projector",
    client_id=35,
    site_id=71,
)
create(
    "admin",
    "Create ticket: Globex Cypress Creek site needs two new docking stations for hot desks",
    "docking",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "umbrella health laboratory - the sample fridge temperature alarm emails stopped arriving, log it",
    "alarm",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "Acme warehouse: handheld scanners dropping off the wireless again, raise a ticket against that site",
    "scanners",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Log a ticket on behalf of Hank Scorpio: his laptop keyboard has several dead keys",
    "keyboard",
    user_id=302,
)
create(
    "admin",
    "Joanna Baker rang, she can't get into the payroll app since Friday. Make a ticket for her",
    "payroll",
    user_id=404,
)
create(
    "admin",
    "new ticket for Pepper Potts — her mobile isn't receiving work email",
    "mobile",
    user_id=601,
)

# --- Reads: one ticket, or several ids at once -----------------------------------------------
get("emma", "any news on 3131? my manager keeps asking when the monitor is arriving", 3131)
get("emma", "where are we with the SharePoint access request? it's been a week now", 3089)
get("emma", "can you show me ticket 3042", 3042)
get("emma", "whats the latest on 3115", 3115)
get(
    "emma",
    "Quick one - what did IT say on 3067 when they closed it? Someone on my floor has the same jam and I want to tell them what fixed it",
    3067,
)
get("emma", "status of #3089 please", 3089)
get("emma", "can I look at 3150? want to check why it was cancelled", 3150)
get(
    "liam",
    "Morning, has anyone picked up my laptop fan ticket yet? It sounded like a jet engine on Friday",
    3120,
)
get(
    "liam",
    "what's happening with 3076? Mia starts soon and I need to know her laptop is ready",
    3076,
)
get("liam", "3121 please, want to check something on it", 3121)
get("liam", "is there an update on ticket no. 3120", 3120)
get("admin", "what's on 3101", 3101)
get("admin", "What's the current state of 3160? Samir emailed me about it", 3160)
get("admin", "details for ticket 3055 please", 3055)
get("admin", "bring up 3140, want to see what Olivia logged", 3140)
get("admin", "3099 - who's on it and what's the last action?", 3099)
listing("emma", "show me 3042, 3115 and 3131", [3042, 3115, 3131])
listing("emma", "Can I see 3005 and 3018 side by side?", [3005, 3018])
listing("liam", "3120 and 3076 — quick status on both please", [3076, 3120])
listing("admin", "pull up 3055 and 3099, both Initech", [3055, 3099])
listing("admin", "show tickets 3110, 3140 and 3030", [3030, 3110, 3140])
listing("admin", "give me 3101 + 3160 together", [3101, 3160])

# --- Own lists -------------------------------------------------------------------------------
listing("emma", "what tickets do I have open at the moment?")
listing("emma", "show me everything I've raised since Friday")
listing("emma", "my tickets")
listing(
    "emma", "Can you list all my requests from this month? My manager wants a summary for our 1:1"
)
listing("emma", "which of my tickets are still waiting on me?")
listing("emma", "list my closed tickets")
listing("emma", "anything of mine that's on hold?")
listing("emma", "what have I logged in the last 30 days")
listing("liam", "show my open tickets pls")
listing("liam", "What have I got outstanding with IT? Trying to clear things before the stock take")
listing("liam", "everything I raised last week")
listing("liam", "list of my tickets, newest first")
listing("liam", "do i have anything pending closure")
listing(
    "emma",
    "Back from holiday — can you show me what's happened on my tickets while I was away (since the 10th)?",
)
listing("liam", "tickets i opened this year")
listing("emma", "all my tickets incl. cancelled ones")
listing("liam", "which of my requests are in progress right now")
book.add(
    "admin", "Globex: open tickets please", {"action": "list_tickets", "params": {"client_id": 17}}
)
book.add(
    "admin",
    "what's outstanding for Initech at the moment?",
    {"action": "list_tickets", "params": {"client_id": 42}},
)
book.add(
    "admin",
    "Stark Logistics - anything open for them?",
    {"action": "list_tickets", "params": {"client_id": 27}},
)

# --- Notes -----------------------------------------------------------------------------------
note(
    "emma",
    "add a note to 3042: it dropped four times this morning between 9 and 10",
    3042,
    "dropped",
)
note(
    "emma",
    "For 3131 - my manager has approved the cost now, can you let whoever is handling it know",
    3131,
    "approved",
)
note(
    "emma", "on 3115 please add that it happens on my phone too, not just the laptop", 3115, "phone"
)
note(
    "emma",
    "Can you update 3089 with: the site owner is Priya in Finance, she said she's fine with it",
    3089,
    "owner",
)
note(
    "emma",
    "tell them on ticket 3042 that I'm in the office all week so they can come to my desk",
    3042,
    "office",
)
note(
    "emma",
    "3131 note: I'm at desk 4.12 on the fourth floor now, we moved over the weekend",
    3131,
    "desk",
)
note(
    "emma",
    "add to my outlook password ticket (3115) that I already tried removing the credentials like the guide said, didnt help",
    3115,
    "credentials",
)
note(
    "liam",
    "Add a note on 3120: fan is even louder today and it shut itself down once during a call",
    3120,
    "shut",
)
note("liam", "3076 - Mia's start date moved to the 14th, please note it", 3076, "14th")
note(
    "liam",
    "on 3120 can you say I can drop the laptop off at the IT desk tomorrow morning",
    3120,
    "tomorrow",
)
note(
    "liam",
    "please add to 3076 that she'll need a headset as well as the laptop 👍",
    3076,
    "headset",
)
note(
    "liam", "note for ticket 3120: serial number is on the sticker, 5CG1234XYZ", 3120, "5CG1234XYZ"
)
note(
    "emma", "put a comment on 3089: I need it by Thursday for the month-end close", 3089, "Thursday"
)
note(
    "emma",
    "re 3042 - I've installed the update they sent, will monitor and report back",
    3042,
    "update",
)
note(
    "admin",
    "add an internal note to 3101: waiting on the supplier for the replacement part",
    3101,
    "supplier",
)
note(
    "admin",
    "note on 3055: spoke to Joanna, she'll be on site Wednesday for the engineer",
    3055,
    "Wednesday",
)
note(
    "admin",
    "3160 add note - chased Samir by phone, no answer, will try again after lunch",
    3160,
    "chased",
)
note("admin", "Put a note on 3110 saying the licence has been ordered", 3110, "licence")
note(
    "admin",
    "on 3099 note that the Initech firewall change is booked for Friday night",
    3099,
    "firewall",
)
note(
    "admin",
    "note 3140: duplicate of an older request, checking with Olivia before merging",
    3140,
    "duplicate",
)
note(
    "liam",
    "can you let the tech on 3120 know the laptop is also making a clicking noise now",
    3120,
    "clicking",
)
note("emma", "add this to 3131 pls: a 24 inch one is fine, doesn't need to be fancy", 3131, "24")

# --- Resolve ---------------------------------------------------------------------------------
resolve("emma", "You can close 3042, the VPN has been stable all weekend after the fix", 3042)
resolve("emma", "3089 is sorted, I can get into the site now. please close it", 3089)
resolve("liam", "mark 3120 as resolved, they swapped the fan and it's quiet as anything now", 3120)
resolve(
    "emma", "the Outlook prompts stopped after the update on Friday, you can resolve 3115", 3115
)
resolve(
    "admin",
    "resolve 3101 and add a visible note summarising the fix: replaced the faulty docking station",
    3101,
)
resolve(
    "admin",
    "close off 3160 — Samir confirmed it's working. Add a visible note summarising the fix (mailbox permissions re-applied)",
    3160,
)
resolve("admin", "resolve 3110", 3110)
resolve(
    "admin",
    "Please resolve 3055, Initech confirmed the engineer fixed the switch. add a visible note summarising the fix",
    3055,
)
resolve("liam", "3076 can be closed, Mia is all set up and happy", 3076)
resolve("admin", "3140 is done, mark it resolved", 3140)

# --- Reopen ----------------------------------------------------------------------------------
reopen("emma", "the printer on 2nd floor is jamming AGAIN, please reopen 3067", 3067)
reopen("emma", "3018 needs reopening, the VPN client vanished again after the weekend update", 3018)
reopen("emma", "reopen 3005 please - I'm locked out again", 3005)
reopen(
    "liam",
    "Wi-Fi in meeting room 2 dropped three times this morning, can you reopen my ticket 3121?",
    3121,
)
reopen("liam", "3121 isn't fixed, reopen it", 3121)
reopen("admin", "reopen 3030 for Olivia, the issue came back", 3030)
reopen("admin", "Olivia says 789 is happening again, reopen it", 789)
reopen("emma", "can we open 3067 back up? same jam in tray 2 😫", 3067)
reopen("emma", "sorry, 3005 wasn't really fixed, could you reopen it", 3005)
reopen("liam", "please re-open 3121, the drops are back since they moved the access point", 3121)

# --- Rate ------------------------------------------------------------------------------------
rate("emma", "rate 3067 5 stars, the tech was super quick", 3067, 5)
rate("emma", "I'd give 3018 a 4 out of 5", 3018, 4)
rate("emma", "3005: 3/5, took a while but got there", 3005, 3)
rate("liam", "rate my wifi ticket 3121 — 2 stars, it took three visits", 3121, 2)
rate("emma", "feedback for 3067: 4 stars", 3067, 4)
rate("liam", "give 3121 a 1, it took weeks to get anyone out", 3121, 1)
rate("emma", "5/5 for ticket 3018 👏", 3018, 5)
rate("emma", "can I rate 3005? two stars", 3005, 2)

# --- How-to questions (knowledge base) -------------------------------------------------------
howto("emma", "how do I connect to the VPN from home? I'm working from home on Wednesday", "VPN")
howto(
    "emma",
    "is there a guide for clearing a paper jam? the one by the kitchen keeps jamming and I don't want to log a ticket every time",
    "jam",
)
howto(
    "emma",
    "Got a new phone - is there a guide for moving the Authenticator app onto it?",
    "Authenticator",
)
howto("emma", "how can I reset my own password without calling IT", "password")
howto("emma", "what's the Wi-Fi for visitors? a guest at reception is asking", "Wi-Fi")
howto("emma", "got a weird email about a parcel, what are the signs of phishing?", "phishing")
howto("emma", "is there an article on how to run a Teams meeting with external guests?", "Teams")
howto(
    "emma",
    "my colleague says the marketing drive should be on my PC - what are the steps to map it myself?",
    "drive",
)
howto(
    "liam",
    "laptop keeps nagging me about Windows updates, whats the right way to install them",
    "updates",
)
howto(
    "liam",
    "what does IT need from me before a new starter joins? got two agency guys coming",
    "starter",
)
howto("liam", "guide for setting up MFA?", "MFA")
howto(
    "liam",
    "what's the process for getting access to a SharePoint site? it's for the logistics team",
    "SharePoint",
)
howto("liam", "Outlook keeps asking me for my password, is there a fix I can do myself?", "Outlook")
howto(
    "emma",
    "hi, where can I find instructions for connecting to the office wifi on a new laptop",
    "wifi",
)
howto("liam", "how do you report a phishing email in outlook", "phishing")
howto("emma", "mapping a network drive on windows 11 - any instructions?", "network drive")
howto(
    "liam",
    "people say I sound like I'm in a tunnel on calls, is there a tip for choosing the microphone in Teams?",
    "microphone",
)
howto(
    "emma",
    "before I start working remotely I need to register for multi-factor authentication, where are the instructions?",
    "multi-factor",
)
howto("liam", "any article about the vpn client not connecting from home", "vpn")
howto(
    "emma",
    "what's the checklist for new starters? my manager asked me to prep for someone joining reception",
    "checklist",
)

# --- Refused at plan time --------------------------------------------------------------------
refused("emma", "show me ticket 3101")
refused("emma", "add a note to 3110 saying Olivia is off today")
refused("emma", "what tickets has Liam got open? he's off sick and I'm covering")
refused("emma", "list every open ticket in the company")
refused("emma", "set 3042 to high priority please, it's urgent!!")
refused("emma", "assign 3115 to Chloe Martin, she fixed it last time")
refused("emma", "can you look up the Globex contract for me")
refused("emma", "who are the agents in the Network team")
refused("emma", "I'd like to see the SLA compliance report for last month")
refused("emma", "what's Hank Scorpio's email address")
refused("emma", "resolve 3067")
refused("emma", "3042 deserves five stars already, rate it")
refused("emma", "open ticket 3999")
refused("emma", "4242 - can you note that it's still broken")
refused("emma", "change the status of 3131 to In Progress")
refused("liam", "What's Emma Jones got open? I'm helping her out today")
refused("liam", "close 3121 please")
refused("liam", "rate 3120 4 stars, they're on it at least")
refused("liam", "move my ticket 3120 to the 2nd Line Support team")
refused("liam", "what customers do we have on the system")
refused("liam", "read 3055")
refused("liam", "reopen 3160 for Samir, he asked me to")
refused("liam", "what's going on with 4242?")
refused("liam", "pull up everything the pickers on my warehouse team have logged")
refused("emma", "which agent has the most closed tickets? show me that report")

# --- Candidates: ambiguous own ticket (reads) ------------------------------------------------
candidates("emma", "what's happening with my VPN ticket?", "get_ticket")
candidates("emma", "show me my password ticket", "get_ticket")
candidates("emma", "any update on the vpn ticket I raised", "get_ticket")
candidates("emma", "can I see my password ticket please", "get_ticket")
candidates("emma", "pull up my VPN one", "get_ticket")
candidates("emma", "I forgot what I wrote in my password ticket, can I see it?", "get_ticket")
candidates("emma", "status of my vpn ticket??", "get_ticket")
candidates("emma", "where's my password ticket at", "get_ticket")
candidates(
    "emma", "Hi, could you show me the VPN ticket of mine? My manager wants to know", "get_ticket"
)
candidates("emma", "details of my password ticket", "get_ticket")

# --- Admin: updates ----------------------------------------------------------------------------
update("admin", "bump 3101 to high priority", 3101, priority_id=2)
update("admin", "set 3099 to critical, Initech are down", 3099, priority_id=1)
update("admin", "3140 is low priority, it can wait", 3140, priority_id=4)
update("admin", "assign 3160 to Chloe Martin", 3160, agent_id=7)
update("admin", "give 3120 to Daniel Kim, it's a hardware swap", 3120, agent_id=6)
update("admin", "move 3055 to the Network team", 3055, team_id=12)
update("admin", "3131 should sit with Field Services", 3131, team_id=15)
update("admin", "put 3110 on hold, we're waiting for the licence", 3110, status_id=28)
update("admin", "change 3042 status to In Progress", 3042, status_id=2)
update("admin", "mark 3099 as with supplier", 3099, status_id=5)
update("admin", "reassign 3089 to Priya Sharma", 3089, agent_id=5)
update("admin", "3101 -> 2nd Line Support please", 3101, team_id=6)
update(
    "admin",
    "Set 3115 to medium priority and assign it to Chloe Martin",
    3115,
    priority_id=3,
    agent_id=7,
)
update("admin", "3140 status: action required", 3140, status_id=3)
update("admin", "hand 3076 over to Hannah Fischer for the desk setup", 3076, agent_id=9)

# --- Admin: look-ups -------------------------------------------------------------------------
lookup("admin", "what teams have we got set up?", "teams")
lookup("admin", "which agents are in the Network team?", "agents", "Network")
lookup("admin", "list the agents in 1st Line Support", "agents", "1st Line")
lookup("admin", "find the customer Umbrella Health", "customers", "Umbrella")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records("admin", "what sites does Stark Logistics have", "sites", 27)
lookup("admin", "Globex contracts - which ones are active?", "contracts", "Globex")
lookup("admin", "look up asset AC-2231", "assets", "AC-2231")
lookup("admin", "what reports are there?", "reports")
lookup("admin", "any appointments booked for today?", "appointments")
lookup("admin", "find user Joanna Baker", "users", "Joanna")
lookup("admin", "Marcus Reid's agent record please", "agents", "Marcus")
lookup("admin", "which team is Tom Walsh in", "agents", "Tom")
lookup("admin", "run the asset warranty expiry report", "reports", "warranty")
lookup("admin", "show the Messaging team", "teams", "Messaging")
