"""Blind set, round 16: plain-language requests for the portal's Ask box.

Written blind by someone who had not seen the parser, from the Ask box's contract (issue 10),
README.md, DESIGN.md and the simulator's seed files only (seed_customers.py, seed_reference.py, seed_tickets.py,
seed_texts.py, seed_extras.py). The writer never saw the parser, its tests or earlier sets.

Seed facts relied on:
- Emma Jones = user 201, Liam Patel = user 202, both Acme Inc (client 12), site HQ (31).
- Emma's tickets: 3005 "Password reset after holiday" (Closed), 3018 "VPN client missing on new
  laptop" (Closed), 3042 "VPN disconnects when working from home" (With User, open),
  3067 "Printer on the 2nd floor keeps jamming" (Closed), 3089 "Access to the Finance SharePoint
  site" (New, open), 3115 "Outlook keeps asking for my password" (In Progress, open),
  3131 "Request for a second monitor" (On Hold, open), 3150 "Teams camera not detected"
  (Cancelled, closed).  Open: 3042 3089 3115 3131; closed: 3005 3018 3067 3150.
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress, open), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Not theirs: 3030, 3110, 3140, 789 (Olivia Brown, Globex; 789 Closed), 3101 (Noah Williams, Acme
  Warehouse, Action Required), 3012, 3055, 3099, 3160 (other customers' users; 3055 / 3099 / 3160
  open). Ticket ids exist only as 789 and 3001..3260.
- Customers: Acme 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17 (Springfield Campus 41,
  Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution
  Centre 61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
- Users: Noah Williams 203, Peter Gibbons 401, Barbara Gordon 702, Jill Valentine 503.
- Teams: Service Desk 2, 1st Line 5, 2nd Line 6, Messaging 11, Network 12, Field Services 15.
- Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6, Chloe Martin 7,
  Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
- Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2, Action
  Required 3, With User 4, With Supplier 5, On Hold 28, Pending Closure 25, Closed 9, Cancelled 10.
- Ticket types: Incident 1, Service Request 3, Problem 21, Change 22, Alert 27.
- KB articles: VPN from home, self-service password reset, paper jams, MFA setup, Outlook password
  prompts, office Wi-Fi, SharePoint access, Teams meetings, new starter checklist, network drives,
  phishing, Windows updates.
"""

CASES: list[dict] = []


def _add(who, text, expect):
    CASES.append({"as": who, "text": text, "expect": expect})


def create(who, text, has=None, **ids):
    params = dict(ids)
    if has:
        params["summary_has"] = has
    _add(who, text, {"action": "create_ticket", "params": params})


def get(who, text, tid):
    _add(who, text, {"action": "get_ticket", "params": {"ticket_id": tid}})


def lst(who, text, ids=None):
    params = {"ticket_ids": sorted(ids)} if ids else {}
    _add(who, text, {"action": "list_tickets", "params": params})


def note(who, text, tid, has=None):
    params = {"ticket_id": tid}
    if has:
        params["note_has"] = has
    _add(who, text, {"action": "add_note", "params": params})


def resolve(who, text, tid):
    _add(who, text, {"action": "resolve_ticket", "params": {"ticket_id": tid}})


def reopen(who, text, tid):
    _add(who, text, {"action": "reopen_ticket", "params": {"ticket_id": tid}})


def rate(who, text, tid):
    _add(who, text, {"action": "rate_ticket", "params": {"ticket_id": tid}})


def update(who, text, tid, **field):
    _add(who, text, {"action": "update_ticket", "params": {"ticket_id": tid, **field}})


def lookup(who, text, entity):
    _add(who, text, {"action": "lookup", "params": {"entity": entity}})


def refused(who, text):
    _add(who, text, {"refused": True})


def vague(who, text, action):
    _add(who, text, {"candidates": True, "action": action})


# ---------------------------------------------------------------------------------------------
# Employees reporting problems (new tickets)
# ---------------------------------------------------------------------------------------------
E, L, A = "emma", "liam", "admin"

create(
    E,
    "Hi, the projector in the boardroom won't pick up my laptop over HDMI. Meeting at 2pm!",
    "projector",
)
create(E, "my keyboard has stopped working properly, some keys type twice", "keyboard")
create(E, "Excel crashes every single time I open the budget spreadsheet", "Excel")
create(E, "Teams keeps freezing whenever I share my screen in a call", "Teams")
create(E, "I can't log into the expenses system, it says my account is locked", "expenses")
create(E, "wifi on the 3rd floor is really slow today, pages take ages to load", "wifi")
create(E, "I need Adobe Acrobat Pro installed please, I have to edit PDFs for a client", "Acrobat")
create(E, "My laptop battery dies after about an hour even when it's fully charged", "battery")
create(E, "OUTLOOK WON'T SEND ANY EMAILS, THEY'RE ALL STUCK IN THE OUTBOX", "outbox")
create(E, "hey, my headset mic isnt working in teams, people cant hear me 🙁", "headset")
create(
    E,
    "Phishing email: I clicked a link asking for my bank details before I realised 😬 please check my account",
    "phishing",
)
create(
    E,
    "Can't sign in to my desktop, it says: The trust relationship between this workstation and the primary domain failed.",
    "desktop",
)
create(E, "Please could I get access to the HR shared drive? My manager has approved it.", "HR")
create(E, "The scanner by reception only produces blank pages", "scanner")
create(
    E, "OneDrive says sync is paused and it won't restart, my files aren't backing up", "OneDrive"
)
create(
    E,
    "I get 'Your mailbox is almost full' every morning, can you increase my mailbox size?",
    "mailbox",
)
create(E, "The door badge reader at HQ hasn't recognised my card since yesterday", "badge")
create(
    E,
    "hi!! can someone set up the new label printer in the post room, it's still in the box",
    "label printer",
)
create(E, "Zoom won't install on my laptop, it says I need admin rights", "Zoom")
create(E, "My work phone stopped getting emails after I updated iOS last night", "phone")
create(
    E,
    "No internet at all at the Warehouse site, I'm here for the stocktake and nothing loads",
    "internet",
)
create(
    E,
    "Dear IT, my mouse cursor jumps around on its own. I've tried a different mouse mat. Thanks, Emma",
    "mouse",
)
create(E, "I spilled tea on my laptop 😭 it still turns on but half the keys are sticky", "laptop")
create(E, "Word crashes whenever I try to save a document", "Word")
create(
    E,
    "can't print to the colour printer on the 1st floor, the job just sits in the queue",
    "printer",
)
create(E, "I need a webcam for working from home please, mine snapped", "webcam")
create(E, "The meeting room booking calendar doesn't show any bookings today", "calendar")
create(
    E, "Windows update has been stuck at 35% for two hours now and the laptop is unusable", "update"
)
create(
    E,
    "my docking station stopped charging the laptop and the monitors don't wake up",
    "docking station",
)
create(
    E,
    "Please install Power BI Desktop on my PC, I've got a training course on Thursday",
    "Power BI",
)
create(
    E,
    "There's a popup on my screen saying my computer is infected and I should call a phone number",
    "popup",
)
create(
    E,
    "I think someone else is using my account, I got sign-in alerts from another country overnight",
    "account",
)
create(
    E,
    "the PC in meeting room 4 has no keyboard at all, someone must have taken it",
    "meeting room 4",
)
create(E, "All my files on the S: drive have disappeared, the folder is empty!!", "files")
create(
    E,
    "The Teams app on my phone won't let me sign in, it just loops back to the login page",
    "Teams",
)
create(E, "I need a new charger for my laptop please, I left mine on the train", "charger")
create(E, "calls to the HQ reception phone are going straight to voicemail", "voicemail")
create(
    E,
    "sorry to bother you, my email signature still shows my old job title, I'm now Senior Analyst",
    "signature",
)
create(E, "I can't open any PDF attachments in Outlook, it says the file is damaged", "PDF")
create(E, "Our team needs a shared mailbox for invoices@acme.example please", "shared mailbox")
create(E, "my laptop screen flickers whenever I unplug the charger", "flickers")
create(
    E, "urgent: the card payment terminal at the Warehouse isn't connecting to anything", "terminal"
)
create(
    E,
    "Good morning, the big printer at HQ reception says 'Toner low' and won't print anything",
    "printer",
)
create(E, "My Excel add-in for the finance reports vanished after the weekend", "add-in")
create(E, "laptop won't wake from sleep, I have to hold the power button every time", "sleep")

create(L, "My monitor won't turn on this morning, the power light just blinks orange", "monitor")
create(
    L,
    "New starter on 12 May: Zoe Adams, Marketing. She'll need a laptop, email and Teams.",
    "Zoe Adams",
)
create(L, "Can you reset my MFA? I got a new phone and the Authenticator app is empty", "MFA")
create(
    L,
    "Excel macros are blocked since yesterday – 'Microsoft has blocked macros from running'",
    "macros",
)
create(L, "the sales team SharePoint page throws a 403 forbidden error at me", "403")
create(L, "The printer in the Warehouse office prints everything in a tiny font", "printer")
create(L, "Outlook search doesn't find any emails older than last month", "search")
create(L, "I need Visio installed for drawing network diagrams", "Visio")
create(
    L,
    "my laptop asks me to accept a wifi certificate every time I walk into the office",
    "certificate",
)
create(L, "The VPN won't connect at all from my hotel, error 691", "VPN")
create(L, "my password expired while I was on leave and now I can't get into anything", "password")
create(
    L,
    "Please remove Jack Robinson's access to everything, he left the company last Friday",
    "Jack Robinson",
)
create(L, "The big TV in the canteen doesn't show the sales dashboards anymore", "TV")
create(L, "desk phone display says 'No service' and I can't make calls", "phone")
create(L, "Chrome keeps crashing with 'Aw, Snap!' on every website", "Chrome")
create(
    L, "Please give me access to the Finance SharePoint site, my manager has approved it", "Finance"
)
create(L, "In Teams meetings everyone's video is frozen for me but the audio is fine", "video")
create(L, "the warehouse scanners lost their network connection again, nobody can scan", "scanners")
create(L, "my laptop's USB-C ports stopped working, nothing charges or connects", "USB")
create(
    L,
    "Outlook crashes on start-up since this morning: 'Microsoft Outlook has stopped working'",
    "Outlook",
)
create(L, "I can't see the shared Sales calendar anymore", "calendar")
create(
    L, "Please set an out of office on Mia Chen's mailbox, she's off sick and can't get in", "Mia"
)
create(L, "File Explorer freezes whenever I open the P: drive", "File Explorer")
create(L, "the remote for the projector in meeting room 3 has gone missing", "projector")
create(L, "I'm locked out of my account after too many wrong passwords, please unlock it", "locked")
create(L, "hello, the guest Wi-Fi password at HQ isn't working for our visitors today", "guest")
create(L, "Need a new work mobile, the screen is smashed", "mobile")
create(L, "teams status stuck on Away even when I'm typing", "Away")
create(L, "Audio crackles in my headset during every call", "headset")
create(L, "Can you install Python on my laptop? I'm starting a data course next week", "Python")
create(L, "i think my laptop has a virus, loads of ads keep popping up in the browser", "virus")
create(
    L, "PowerPoint won't open attachments from email, it gets stuck in Protected View", "PowerPoint"
)
create(L, "our department printer keeps printing the same job over and over", "printer")
create(L, "HELP my screen is upside down and I can't fix it", "upside down")
create(
    L,
    "After the update my two monitors swapped sides, the mouse goes off the wrong edge",
    "monitors",
)
create(L, "I lost my work phone on the bus this morning, please wipe it", "phone")
create(
    L, "Hi, I need a licence for Adobe Photoshop for the new brochure. Cheers, Liam", "Photoshop"
)
create(
    L,
    "The Remote Workers can't reach the intranet since this morning, I'm getting calls about it",
    "intranet",
)
create(L, "keyboard on my desk is missing the E key, it just fell off", "keyboard")
create(L, "the laptop I was given for the Warehouse visit has no Office installed", "Office")
create(
    L,
    "Getting 'Your organization's data cannot be pasted here' when I copy from Outlook to Notepad",
    "pasted",
)
create(
    L, "Could I get a second docking station for when I work at the Warehouse?", "docking station"
)
create(L, "Emails to our supplier bounce back with '550 5.7.1 Message rejected'", "bounce")
create(L, "My laptop clock is 1 hour wrong and Teams meetings show the wrong times", "clock")

# ---------------------------------------------------------------------------------------------
# Employees' status / list questions
# ---------------------------------------------------------------------------------------------
get(E, "what's the status of 3115?", 3115)
get(E, "any news on ticket #3042", 3042)
get(E, "Where are we with my second monitor request?", 3131)
get(E, "has anyone looked at my Finance SharePoint access request yet?", 3089)
get(E, "whats going on with the outlook password thing", 3115)
get(E, "show me 3089", 3089)
get(E, "Can you show me the details of ticket 3067 please", 3067)
get(E, "what did IT say on my ticket about the VPN dropping at home?", 3042)
get(E, "ticket 3005?", 3005)
get(E, "Did anyone reply on 3131?", 3131)
get(E, "show me the conversation on my Outlook ticket", 3115)
get(E, "Is my camera ticket still open?", 3150)
lst(E, "show all my tickets")
lst(E, "what tickets have I got open at the moment?")
lst(E, "my closed tickets pls")
lst(E, "anything I raised this week?")
lst(E, "List everything I've logged since Monday")
lst(E, "Can I see 3042 and 3131 side by side?", [3042, 3131])
lst(E, "show 3115, 3089 and 3042", [3042, 3089, 3115])
lookup(E, "what types of tickets can I submit?", "ticket_types")
vague(E, "what's the status of my ticket?", "get_ticket")
vague(E, "any update on my VPN ticket?", "get_ticket")
vague(E, "whats happening with my password ticket", "get_ticket")

get(L, "status of 3120 please", 3120)
get(L, "Has the new starter setup for Mia Chen been done?", 3076)
get(L, "any update on my laptop overheating ticket?", 3120)
get(L, "what happened with my meeting room 2 wifi ticket in the end?", 3121)
get(L, "3076 status", 3076)
get(L, "Good morning! Just checking in on my laptop fan ticket, is an engineer coming?", 3120)
lst(L, "my tickets")
lst(L, "show me my open requests")
lst(L, "tickets I opened in the last 30 days")
lst(L, "show 3120 and 3121", [3120, 3121])
lookup(L, "which ticket types are there?", "ticket_types")
vague(L, "could you check on my ticket?", "get_ticket")

# ---------------------------------------------------------------------------------------------
# Employees' notes, resolve, reopen, rate (by id and by description)
# ---------------------------------------------------------------------------------------------
note(E, "add a note to 3115: I restarted Outlook twice and it still prompts", 3115, "restarted")
note(
    E,
    "On my Outlook ticket please tell them I cleared Credential Manager like the article said",
    3115,
    "Credential Manager",
)
note(E, "reply to 3042: I'm home all day Thursday if you want to call", 3042, "Thursday")
note(
    E,
    "for the VPN disconnect ticket - it drops on my home wifi but not on my phone hotspot",
    3042,
    "hotspot",
)
note(
    E,
    "Please add to my SharePoint access request that my manager Lucas Garcia has approved it",
    3089,
    "Lucas Garcia",
)
note(E, "3131 - note: I'd prefer a 27 inch if possible", 3131, "27 inch")
note(E, "Comment on my monitor request: I sit at desk 4B on the 2nd floor", 3131, "4B")
note(E, "tell whoever has 3089 that I need it by Friday for the quarter close", 3089, "Friday")
note(
    E,
    "Info for 3115: the prompt title says 'Microsoft 365 - Enter password'",
    3115,
    "Enter password",
)
note(E, "add to my VPN drops ticket: my router is a BT Smart Hub 2", 3042, "Smart Hub")
note(
    E,
    "I'd like to add something to the second monitor request: my laptop only has USB-C ports",
    3131,
    "USB-C",
)
note(
    E,
    "add note to 3042 – still dropping every 10 min, even with a network cable instead of wifi",
    3042,
    "cable",
)
vague(E, "add a note to my ticket: I'm on holiday from the 20th", "add_note")

note(L, "add note to 3120: it's worse when I'm on battery", 3120, "battery")
note(
    L,
    "On the new starter ticket for Mia, add that she'll also need a desk phone",
    3076,
    "desk phone",
)
note(
    L,
    "pls update my laptop fan ticket: I'm at the warehouse on wednesday so come tuesday",
    3120,
    "wednesday",
)
note(L, "3076: Mia's start date has moved to the 14th", 3076, "14th")
note(L, "Tell IT on 3120 that the fan noise starts as soon as Teams opens", 3120, "Teams")
vague(L, "add a note to my ticket: I'm out of the office tomorrow", "add_note")

resolve(E, "resolve 3115, Outlook stopped asking", 3115)
resolve(E, "The VPN has been stable all week at home, please close my VPN disconnect ticket", 3042)
resolve(E, "got my second monitor today 🎉 you can close the request", 3131)
resolve(E, "I can get into the Finance SharePoint site now, thanks! Close it please", 3089)
resolve(E, "please close 3042, it was fixed after I rebooted the router", 3042)
resolve(E, "it's fixed, close 3131", 3131)
resolve(E, "you can mark the outlook password one as resolved, all good now", 3115)
resolve(
    E, "Hi, just to let you know 3089 is sorted, I can open the Finance site. Please resolve.", 3089
)
resolve(E, "RESOLVE 3115 PLEASE IT WORKS", 3115)
vague(E, "close my ticket, all sorted", "resolve_ticket")

resolve(L, "close 3120 – the fan is quiet after the clean", 3120)
resolve(
    L, "The laptop doesn't overheat anymore since the BIOS update, you can resolve my ticket", 3120
)
resolve(L, "please close the laptop fan ticket, I got a replacement machine", 3120)

reopen(E, "reopen 3067, the 2nd floor printer is jamming again", 3067)
reopen(E, "The printer jam is back, please reopen my printer ticket", 3067)
reopen(E, "Can you reopen 3018? The VPN client disappeared again after an update", 3018)
reopen(E, "the VPN client is missing from my laptop again, please reopen that ticket", 3018)
reopen(E, "reopen 3005 please, the password problem is back", 3005)
reopen(E, "Teams still can't find my camera, please reopen the camera ticket", 3150)
reopen(E, "my printer ticket was closed but the jam came back this morning, reopen pls", 3067)
vague(E, "reopen my ticket", "reopen_ticket")

reopen(L, "room 2 wifi is dropping again, please reopen 3121", 3121)
reopen(
    L, "Wi-Fi in meeting room 2 is playing up again, can you reopen my old ticket about it?", 3121
)

rate(E, "I want to rate 3067 – great service", 3067)
rate(E, "5 stars for the password reset after my holiday, thanks Sarah!", 3005)
rate(E, "leave feedback on 3018: quick fix, friendly tech", 3018)
rate(E, "Can I give feedback on how my printer jam ticket was handled?", 3067)
vague(E, "rate my ticket", "rate_ticket")

rate(L, "rate 3121 ⭐⭐⭐⭐", 3121)
rate(L, "I'd like to give feedback on the meeting room 2 wifi fix", 3121)
rate(L, "feedback for 3121: took a week but works great now", 3121)

# ---------------------------------------------------------------------------------------------
# How do I ...? (knowledge base)
# ---------------------------------------------------------------------------------------------
lookup(E, "how do I connect to the VPN from home?", "kb_articles")
lookup(L, "how do i map a network drive", "kb_articles")
lookup(E, "How can I set up MFA on my phone?", "kb_articles")
lookup(L, "how do I get onto the office wifi with my laptop?", "kb_articles")
lookup(E, "how to report a phishing email?", "kb_articles")
lookup(L, "How do I reset my password if I've forgotten it?", "kb_articles")
lookup(E, "how do I clear a paper jam on the floor printer", "kb_articles")
lookup(L, "how do I install windows updates on my laptop", "kb_articles")
lookup(E, "how do I pick the right microphone in Teams?", "kb_articles")
lookup(L, "is there a new starter checklist somewhere?", "kb_articles")
lookup(E, "how do I get access to a SharePoint site?", "kb_articles")
lookup(L, "search the knowledge base for outlook password", "kb_articles")
lookup(E, "any kb articles about printers?", "kb_articles")
lookup(L, "how do I stop Outlook asking for my password all the time?", "kb_articles")
lookup(E, "How do I join a Teams meeting from my calendar?", "kb_articles")
lookup(L, "got any guides on using the VPN?", "kb_articles")
lookup(E, "how do i change my password", "kb_articles")
lookup(L, "how do I set up the Authenticator app?", "kb_articles")
lookup(A, "search KB for phishing", "kb_articles")
lookup(A, "find the knowledge base article on mapping network drives", "kb_articles")

# ---------------------------------------------------------------------------------------------
# Admin console operations
# ---------------------------------------------------------------------------------------------
create(
    A,
    "for Globex site Cypress Creek: printer by the loading bay is offline",
    "printer",
    client_id=17,
    site_id=44,
)
create(
    A,
    "New ticket for Umbrella Health, Laboratory site: the sample fridge monitoring PC won't boot",
    "PC",
    client_id=23,
    site_id=52,
)
create(
    A,
    "log a ticket for Stark Logistics Fleet Depot - tablets not syncing",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    A,
    "open a ticket for Peter Gibbons at Initech: report template missing from Word",
    "template",
    client_id=42,
    user_id=401,
)
create(
    A,
    "Create a ticket for Acme, Warehouse site: barcode printer jams on labels",
    "barcode",
    client_id=12,
    site_id=32,
)
create(
    A,
    "raise one for Wayne Foundation, Gotham Office, user Barbara Gordon: can't access the donor database",
    "donor database",
    client_id=35,
    site_id=71,
    user_id=702,
)
create(
    A, "for Initech Austin Branch internet down since 9am", "internet", client_id=42, site_id=102
)
create(
    A,
    "new ticket for Noah Williams: handheld scanner 7 battery won't hold charge",
    "scanner",
    user_id=203,
)

update(A, "assign 3101 to Marcus Reid", 3101, agent_id=8)
update(A, "give 3140 to Hannah Fischer", 3140, agent_id=9)
update(A, "move 3099 to 2nd Line Support", 3099, team_id=6)
update(A, "set the priority on 3160 to critical", 3160, priority_id=1)
update(A, "3055 is waiting on HP, set its status to With Supplier", 3055, status_id=5)
update(A, "change the ticket type of 3099 to Problem", 3099, tickettype_id=21)
update(A, "put 3140 on hold", 3140, status_id=28)
update(A, "reassign 3115 to Daniel Kim", 3115, agent_id=6)
update(A, "send 3030 over to the Messaging team", 3030, team_id=11)

resolve(
    A,
    "resolve 3101 and add a visible note: replaced the scanner's Wi-Fi module, it connects now",
    3101,
)
resolve(
    A,
    "close 3160 with a public note summarising the fix: updated the Teams client and headset drivers",
    3160,
)
note(A, "internal note on 3055: HP case HP-55821 still open", 3055, "HP-55821")
note(A, "add a note to 3140 saying a technician will visit Thursday at 10am", 3140, "Thursday")
reopen(A, "reopen 789 – the battery is swelling again", 789)
get(A, "what's the latest on 3099?", 3099)

lst(A, "show tickets 3101, 3055 and 3160", [3055, 3101, 3160])
lst(A, "tickets opened this week")
lst(A, "what's come in since Monday?")

lookup(A, "who is in the Network team?", "agents")
lookup(A, "which agents are on 2nd Line Support?", "agents")
lookup(A, "list our teams", "teams")
lookup(A, "find customer Umbrella Health", "customers")
lookup(A, "sites for Stark Logistics", "sites")
lookup(A, "look up the user Jill Valentine", "users")
lookup(A, "show assets for Acme", "assets")
lookup(A, "contracts for Globex", "contracts")
lookup(A, "show invoices for Wayne Foundation", "invoices")
lookup(A, "list appointments for Daniel Kim", "appointments")
lookup(A, "which reports are available?", "reports")

# ---------------------------------------------------------------------------------------------
# Forbidden / impossible requests (refused at plan time)
# ---------------------------------------------------------------------------------------------
refused(E, "what's the status of 3120?")
refused(E, "close 3030")
refused(E, "show me ticket 9999")
refused(E, "add a note to 3101: the warehouse scanner is fine now")
refused(E, "reopen 3115")
refused(E, "close 3067 please")
refused(E, "assign my Outlook ticket 3115 to Chloe Martin")
refused(E, "make 3042 high priority please, it's urgent")
refused(E, "add an internal note to 3115 that only IT can see")
refused(E, "who works in the Network team?")
refused(E, "show me Acme's contracts")
refused(E, "list the invoices")
refused(E, "what tickets does Liam Patel have?")
refused(E, "look up asset AC-2219")
refused(L, "status of 3115")
refused(L, "reopen 3120")
refused(L, "resolve 3121")
refused(L, "change the status of 3120 to on hold")
refused(L, "list all customers")
refused(L, "show me ticket 3500")
refused(L, "rate 3042")
refused(A, "close 3121")
refused(A, "reopen 3101")
refused(A, "what's the status of 4321?")
refused(A, "add a note to 3300: called the user back")
