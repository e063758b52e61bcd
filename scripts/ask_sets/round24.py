"""Round 24: plain-language requests for the portal's Ask box, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time they use it, each paired with the one action (and key ids) the portal
should propose, or with a refusal at plan time, or with a list of candidate tickets where the
ticket meant is ambiguous. Written blind (without reading the parser or earlier sets' cases).

Style: people for whom English is a second language and who think in another language: missing
articles and prepositions ("printer 3rd floor prints only white pages"), literal translations and
false friends ("actual" for current, "eventually" for possibly, "I have a doubt" for a question,
"since two days", "it does not function", "make a restart"), present tense for the past, wrong
word order in questions ("why my ticket is on hold?"). Some messages are very short ("mouse
broken", "3042 status?"), others long and very polite with greetings and thanks. Employees name
their own tickets by number or loosely by topic ("the ticket of the monitor", "my wifi ticket").
The admin is a non-native speaker too: terse, with ids, no verbs sometimes ("3099 priority
critical"). Mix: ~32 % new problems and requests, ~9 % reading one own ticket, ~7 % listing,
~9 % notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~7 % how-to questions (knowledge base), ~7 %
refused, ~4 % candidates, ~15 % admin.

Seed facts relied on (simulator demo data):
- People: emma = Emma Jones (user 201), liam = Liam Patel (user 202), both Acme Inc (client 12),
  site HQ (31). Other users: 203 Noah Williams (Acme Warehouse), 206 Mia Chen, 205 Lucas Garcia,
  301 Olivia Brown (Globex 17), 302 Hank Scorpio (Globex, Cypress Creek 44), 401 Peter Gibbons,
  402 Michael Bolton, 403 Samir Nagheenanajar (Initech 42; Austin Branch 102), 501 Alice
  Abernathy (Umbrella Health 23), 602 Happy Hogan (Stark Logistics 27, Fleet Depot 62), Wayne
  Foundation 35.
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User),
  3089 "Access to the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password"
  (In Progress), 3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after
  holiday", 3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps
  jamming"; cancelled 3150 "Teams camera not detected". "My VPN ticket" (3018, 3042) and "my
  password ticket" (3005, 3115) are ambiguous when read; the reopen/rate cases name closed
  tickets by number or by a topic only one closed ticket has.
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams), 3055 (Peter Gibbons), 3099 (Michael Bolton),
  3160 (Samir), 3110 and 3140 (Olivia Brown), 789 (old Olivia ticket).
- Agents: 8 Marcus Reid (Network), 9 Hannah Fischer (Field Services), 11 Tom Walsh (2nd Line),
  7 Chloe Martin (Messaging). Teams: 6 2nd Line Support, 15 Field Services.
- Statuses: 3 Action Required, 5 With Supplier, 28 On Hold. Priorities: 1 Critical, 2 High.
- Look-ups: assets AC-2219 and GX-1042, contracts GLX-MSP-2026 and INI-SUPPORT, reports "SLA
  compliance (last 30 days)" and "Tickets closed per agent", knowledge-base articles on VPN,
  password reset, paper jams, MFA/Authenticator, Outlook password prompts, office Wi-Fi,
  SharePoint access, Teams meetings, new starters, network drives, phishing and Windows updates.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates, add = book.lookup, book.refused, book.candidates, book.add
E, L, A = "emma", "liam", "admin"

# --- New problems and requests (employees) ------------------------------------------------------
create(E, "My laptop does not function since two days, the screen stays all black.", "laptop")
create(
    E,
    "Good morning, I am Emma from the finance. I have a problem with the keyboard, some letters "
    "are not writing anymore (the e and the r). Can you help me please? Thank you in advance",
    "keyboard",
)
create(E, "mouse broken", "mouse")
create(E, "The Excel makes crash every time when I open the big file of budget", "Excel")
create(E, "Teams is not functioning since this morning, in the calls there is no sound", "Teams")
create(E, "I need Adobe Acrobat for edit the PDF, eventually you can install it?", "Acrobat")
create(E, "my headset makes noise, the people don't hear me good", "headset")
create(E, "Please I need access on the shared folder of Marketing", "Marketing")
create(E, "The battery of my laptop holds only one hour now", "battery")
create(E, "My phone of the company is not receiving the mails since yesterday", "phone")
create(E, "Docking station not gives image on the two screens", "Docking")
create(E, "OneDrive not synchronise my files, always there is a red cross", "OneDrive")
create(E, "webcam of laptop shows all black in Zoom", "webcam")
create(E, "need new charger, the old one is broken", "charger")
create(
    E,
    "Hello, excuse my English. Since monday the computer is very very slow, for open a file it "
    "needs 5 minutes. I make restart but nothing changes. Please can someone look?",
    "slow",
)
create(E, "Outlook calendar shows the meetings in wrong hour since the change of time", "calendar")
create(E, "Request: licence for Visio, I need it for the diagrams of process", "Visio")
create(E, "The wifi in the cafeteria is not arriving, no signal at all", "cafeteria")
create(E, "Please install me Python on my laptop, I need for data analysis", "Python")
create(
    E,
    "Can you recover the file I deleted yesterday from the network drive? It was called "
    "Budget_2026.xlsx",
    "file",
)
create(E, "the projector in room Berlin does not find my laptop", "projector")
create(
    E,
    "New colleague starts the 1st of next month, Marco Rossi, he needs a laptop and email",
    "Marco",
)
create(E, "My SAP is not opening, error 'connection refused'", "SAP")
create(E, "The telephone on my desk has no tone", "telephone")
create(E, "Microsoft Word closes alone when I save the document", "Word")
create(
    E,
    "Please can you change my surname in the email, I am married. Now it is Jones-Keller",
    "surname",
)
create(E, "access to the Salesforce please, my manager already agreed", "Salesforce")
create(E, "laptop fell down from table, the screen is broken in the corner", "laptop")
create(E, "Spam arrives a lot since one week, 50 mails for day", "Spam")
create(E, "the computer makes blue screen two times today", "blue")
create(E, "The sound of laptop is not functioning, nothing comes from speakers", "sound")
create(E, "Eventually can I have a bigger mailbox? It is full every week", "mailbox")
create(E, "pls laptop very hot, I can not touch it", "hot")
create(E, "I can not open the attachments pdf from the clients, appears an error", "attachments")
create(E, "touchpad not works", "touchpad")
create(E, "After the update of Windows my laptop asks always a BitLocker key", "BitLocker")
create(E, "I need company mobile phone because now I travel for the work", "phone")
create(E, "the MFA app in my new phone does not receive the notifications", "MFA")
create(E, "Adobe asks me the licence every time I open it", "Adobe")
create(E, "the internet is very slow in all the floor 2 since this morning", "internet")
create(
    E,
    "Dear colleagues, I hope you are well. I write you because the scanner near my desk makes "
    "the scans all grey and not readable. It happens since the last week. Many thanks, Emma",
    "scanner",
)
create(E, "My screen saver has a password now and I did not put it, it is strange", "screen")
create(E, "I become an error 0x80070005 when I install the printer driver", "driver")
create(E, "keyboard english please, I have the german one with the Z in wrong place", "keyboard")
create(E, "The lamp of the beamer in the meeting room Paris is dead", "beamer")
create(E, "Since the new update the Chrome is in Spanish, I want it in English", "Chrome")
create(L, "printer 3rd floor offline", "printer")
create(L, "Printer in 3rd floor prints only white pages since two days", "printer")
create(L, "My account is blocked, I put wrong password 3 times and now I can not enter", "account")
create(L, "The screen is blinking when I connect it with the HDMI cable", "screen")
create(L, "I need to have a licence of Power BI for the reports of sales", "Power BI")
create(L, "the mobile phone of company has the display broken", "display")
create(L, "In the meeting room 4 the cable for the projector is missing", "projector")
create(
    L,
    "Dear IT, I hope you are fine. I write because from yesterday I am not able to open the "
    "shared drive S:, it says access denied. Before it functioned without problem. Thanks and "
    "regards, Liam",
    "drive",
)
create(L, "Citrix is not starting", "Citrix")
create(L, "Teams: I don't see the chat of my team since the update", "chat")
create(L, "need a bag for the laptop, my one is broken", "bag")
create(L, "The outlook does not send the mails, they stay in the outbox", "Outlook")
create(L, "Mouse wireless not works, I changed already the battery", "Mouse")
create(L, "need install Zoom, the client uses only Zoom for meetings", "Zoom")
create(L, "Please give me rights of administrator on my pc for install drivers", "rights")
create(L, "The clock of my computer is wrong of one hour", "clock")
create(L, "Excel is in German, I want it in English", "Excel")
create(L, "I receive error 'disk full' on C:", "disk")
create(L, "My email signature is gone after the update", "signature")
create(L, "can not login in the intranet since this morning", "intranet")
create(L, "Browser Chrome opens always strange pages with advertisement", "Chrome")
create(L, "Liam here, the scanner of office does not send the scans to my email anymore", "scanner")
create(L, "Please a new password for the guest wifi, we have visitors tomorrow", "guest")
create(L, "my headphones bluetooth does not connect with the laptop", "bluetooth")
create(L, "Files on the desktop are disappeared after the restart", "desktop")
create(
    L, "It does not function the microphone in Teams calls, the others hear nothing", "microphone"
)
create(L, "Need keyboard with Italian layout", "keyboard")
create(L, "Request of a new laptop for the intern Giulia who comes the next week", "laptop")
create(L, "Monitor of my desk goes black after 5 minutes", "Monitor")
create(L, "The app of expenses (Concur) says my user not exists", "Concur")
create(L, "since three days I don't receive emails from external", "emails")
create(
    L,
    "Good afternoon, sorry for disturb. The printer of the 1st floor makes a big noise and the "
    "paper comes out wrinkled. Can somebody come to see it? Thank you very much",
    "printer",
)

# --- Reading one own ticket ---------------------------------------------------------------------
get(E, "In what state is my ticket 3115?", 3115)
get(E, "3042 status?", 3042)
get(E, "what's new with the sharepoint access ticket?", 3089)
get(E, "Is there news for my request of second monitor?", 3131)
get(E, "Can you tell me what happened with the printer ticket?", 3067)
get(E, "the ticket of teams camera, what is the situation?", 3150)
get(E, "I want to see ticket 3005", 3005)
get(E, "show me 3018", 3018)
get(E, "when arrives my monitor? ticket 3131", 3131)
get(E, "the technician answered in my Outlook ticket? I don't see the mail", 3115)
get(E, "Who is working on 3089 actually?", 3089)
get(E, "ticket 3042 which is the last answer", 3042)
get(E, "give me details of my ticket for Outlook", 3115)
get(E, "why my ticket 3131 is on hold?", 3131)
get(L, "how is going the ticket for Mia Chen?", 3076)
get(L, "status 3120", 3120)
get(L, "my laptop fan ticket, somebody is working on it?", 3120)
get(L, "the wifi ticket of meeting room 2 - what was the solution?", 3121)
get(L, "I want to know the state of ticket 3076", 3076)
get(L, "3121 show please", 3121)
get(L, "any news about the laptop overheating ticket?", 3120)
get(L, "Mia Chen new starter, it is ready? laptop and accounts", 3076)

# --- Listing ------------------------------------------------------------------------------------
listing(E, "show my tickets")
listing(E, "which tickets I have open actually?")
listing(E, "all my tickets please, also the closed")
listing(E, "list of my closed tickets")
listing(E, "what I have still open?")
listing(E, "my requests")
listing(E, "3042 and 3115, how are they?", [3042, 3115])
listing(E, "give me status of 3089 and 3131", [3089, 3131])
listing(E, "tickets open from me")
listing(E, "ticket 3005, 3018 and 3067 - show", [3005, 3018, 3067])
listing(E, "what tickets are waiting for me?")
listing(L, "my tickets")
listing(L, "which are my tickets open")
listing(L, "show 3076 and 3120", [3076, 3120])
listing(L, "I have some ticket closed?")
listing(L, "the list of all my tickets")
listing(L, "3120, 3121 state", [3120, 3121])
listing(L, "open tickets mine")

# --- Notes on own open tickets ------------------------------------------------------------------
note(
    E, "Add in ticket 3042 that the VPN falls also in the office, not only at home", 3042, "office"
)
note(E, "for 3115 please write: I am in holidays from monday to friday", 3115, "holidays")
note(
    E, "note to my sharepoint ticket: my manager Lucas Garcia approved yesterday", 3089, "approved"
)
note(E, "3131 add comment: I prefer the monitor of 27 inch if possible", 3131, "27")
note(E, "Please say to the technician of 3042 that I can be reached after 14h", 3042, "14h")
note(E, "add note 3115: I tried the reset of profile, still asks password", 3115, "profile")
note(E, "in my Outlook ticket put that it happens also on my phone", 3115, "phone")
note(
    E, "Add to the ticket of the monitor: I am in office only Tuesday and Thursday", 3131, "Tuesday"
)
note(E, "3089 - add: I need only reading, not writing", 3089, "reading")
note(E, "write in 3042 that I sent the screenshot of the error by mail", 3042, "screenshot")
note(E, "comment for my VPN ticket 3042: the router at home is new", 3042, "router")
note(E, "update to 3115: from today it asks each 5 minutes", 3115, "minutes")
note(E, "attach a note to 3089: the name of the site is Finance-Reports", 3089, "Finance-Reports")
note(E, "add note to ticket 3131 - the old monitor I can give back", 3131, "old")
note(
    E,
    "i want add information in 3042: the problem is only with wifi, with cable is ok",
    3042,
    "cable",
)
note(L, "add to 3120: the fan is loud also when the laptop is closed", 3120, "loud")
note(L, "note for 3076: Mia needs also access to the CRM", 3076, "CRM")
note(
    L,
    "please write in my laptop ticket that I can leave the laptop to you on Friday",
    3120,
    "Friday",
)
note(L, "add note 3120 I am home office tomorrow, call me on mobile", 3120, "mobile")
note(L, "For the new starter ticket add that Mia starts now the 15th, not Monday", 3076, "15th")
note(L, "add comment 3076: the laptop must have the Office in English", 3076, "English")
note(L, "tell in ticket 3120 that the fan makes noise from 2 days", 3120, "noise")

# --- Resolve own open tickets -------------------------------------------------------------------
resolve(E, "3115 you can close, Outlook not asks anymore the password", 3115)
resolve(E, "the sharepoint access functions now, thank you, close the ticket", 3089)
resolve(E, "I received the second monitor, ticket 3131 can be closed", 3131)
resolve(E, "VPN is stable since the new router, please resolve 3042", 3042)
resolve(E, "resolve 3089", 3089)
resolve(E, "the Outlook problem is gone, you can close my ticket for Outlook", 3115)
resolve(L, "fan is quiet now after the cleaning, close 3120", 3120)
resolve(L, "Mia Chen has all now, you can close the new starter ticket", 3076)
resolve(L, "my laptop fan ticket is solved, thank you very much, close it", 3120)
resolve(L, "3076 is done, please close", 3076)

# --- Reopen own closed tickets ------------------------------------------------------------------
reopen(E, "printer 2nd floor jams again, please open again the ticket 3067", 3067)
reopen(E, "3018 please reopen, the VPN client is gone again after the update", 3018)
reopen(E, "The problem of ticket 3005 comes back, I can not login again. Reopen please", 3005)
reopen(E, "reopen the printer ticket, it jams again since yesterday", 3067)
reopen(E, "my ticket about VPN client missing on new laptop, I want to re-open it", 3018)
reopen(E, "the password after holiday ticket please open again, the new password not works", 3005)
reopen(L, "wifi in meeting room 2 drops again, reopen 3121", 3121)
reopen(L, "can you reopen my wifi ticket? it is not fixed", 3121)
reopen(L, "3121 reopen pls", 3121)
reopen(E, "Ticket 3067 is not solved, the paper still stucks. Open it again.", 3067)

# --- Rate own closed tickets --------------------------------------------------------------------
rate(E, "the printer ticket was solved very fast, I give 5 stars", 3067, 5)
rate(E, "for ticket 3018 I give 4 of 5", 3018, 4)
rate(E, "3005: rating 3, it took too long", 3005, 3)
rate(E, "give 4 stars for 3067", 3067, 4)
rate(E, "Password reset after holiday ticket - I rate it with 5, very kind people", 3005, 5)
rate(L, "rate 3121 with 2 stars, it took one week", 3121, 2)
rate(L, "my wifi ticket: one star. nobody called me", 3121, 1)
rate(L, "3121 - I am satisfied, 4 stars", 3121, 4)

# --- How-to questions (knowledge base) ----------------------------------------------------------
lookup(E, "how I can connect to VPN from my home?", "kb_articles", "VPN")
lookup(E, "I have a doubt: how to reset my password alone?", "kb_articles", "password")
lookup(L, "how to clear paper jam?", "kb_articles", "jam")
lookup(E, "how to configure the MFA in new phone?", "kb_articles", "MFA")
lookup(L, "Outlook asks always password, how I solve it myself?", "kb_articles", "Outlook")
lookup(E, "how I connect to the wifi of the office with my laptop?", "kb_articles", "wifi")
lookup(L, "how to ask access to a sharepoint site?", "kb_articles", "sharepoint")
lookup(E, "how do I make the test of sound in Teams before the meeting?", "kb_articles", "Teams")
lookup(L, "what IT needs for a new starter? there is a checklist?", "kb_articles", "starter")
lookup(E, "how to map network drive in windows 11?", "kb_articles", "drive")
lookup(L, "how I recognise a phishing mail?", "kb_articles", "phishing")
lookup(E, "how I install the windows updates myself?", "kb_articles", "update")
lookup(
    L,
    "I have a doubt, how can I change the password when I am outside of office?",
    "kb_articles",
    "password",
)
lookup(E, "instructions for VPN, please", "kb_articles", "VPN")
lookup(L, "where I find how to install the VPN client?", "kb_articles", "VPN")
lookup(E, "how to report a phishing?", "kb_articles", "phishing")
lookup(L, "how can I set up the authenticator app?", "kb_articles", "authenticator")
lookup(E, "how to make a new password with the self-service?", "kb_articles", "password")

# --- Refused for an employee --------------------------------------------------------------------
refused(E, "what is the status of ticket 3101?")
refused(E, "show me ticket 3120 of Liam")
refused(L, "add note to 3042: I have the same problem")
refused(E, "close ticket 3055 please, my colleague Peter asked me")
refused(E, "assign my ticket 3115 to Chloe Martin, she knows already the problem")
refused(E, "put priority critical on 3042, I can not work at all")
refused(L, "give me phone number of Olivia Brown")
refused(E, "show the tickets of Noah Williams")
refused(L, "I want see the SLA compliance report")
refused(E, "which contract has Acme with you?")
refused(E, "add note to 3018: now it functions")
refused(E, "please close 3067, is solved")
refused(L, "write in ticket 3121 that I changed the office")
refused(E, "note for 3150: camera functions now")
refused(L, "change status of my ticket 3120 to on hold")
refused(E, "list all users of Acme")
refused(L, "what tickets has Emma Jones?")
refused(E, "resolve 3160 for my colleague Samir, he is on holiday")
refused(E, "which is the asset number of the laptop of Liam?")
refused(L, "reopen 3042")

# --- Ambiguous: candidates ----------------------------------------------------------------------
candidates(E, "what is with my VPN ticket?", "get_ticket")
candidates(E, "the password ticket, there is news?", "get_ticket")
candidates(E, "please tell me the state of my ticket", "get_ticket")
candidates(L, "my ticket is solved or not?", "get_ticket")
candidates(E, "add in my ticket that I am in office only on Tuesday", "add_note")
candidates(L, "put comment in my ticket: I am back from holidays", "add_note")
candidates(E, "you can close my ticket, the problem is gone", "resolve_ticket")
candidates(L, "close my ticket please, all functions", "resolve_ticket")
candidates(E, "open again my closed ticket, the problem returns", "reopen_ticket")
candidates(E, "I want to see the VPN one", "get_ticket")

# --- Admin --------------------------------------------------------------------------------------
lookup(A, "user hank scorpio", "users", "scorpio")
lookup(A, "find user Alice Abernathy", "users", "Abernathy")
lookup(A, "user Happy Hogan phone", "users", "Hogan")
lookup(A, "customer Stark", "customers", "Stark")
lookup(A, "search client umbrella health", "customers", "umbrella")
lookup(A, "customer wayne", "customers", "wayne")
lookup(A, "site Fleet Depot", "sites", "Fleet")
lookup(A, "agent Hannah Fischer", "agents", "Fischer")
lookup(A, "list teams", "teams")
lookup(A, "asset AC-2219", "assets", "AC-2219")
lookup(A, "asset GX-1042 who has it", "assets", "GX-1042")
lookup(A, "contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
lookup(A, "contract INI-SUPPORT when expires", "contracts", "INI-SUPPORT")
lookup(A, "report sla compliance", "reports", "sla")
lookup(A, "report tickets closed per agent", "reports", "closed")
update(A, "3101 assign Marcus Reid", 3101, agent_id=8)
update(A, "3099 priority critical", 3099, priority_id=1)
update(A, "3140 give to team field services", 3140, team_id=15)
update(A, "3055 status on hold", 3055, status_id=28)
update(A, "3160 put in action required", 3160, status_id=3)
update(A, "3110 prio high", 3110, priority_id=2)
update(A, "3140 assign to Hannah Fischer", 3140, agent_id=9)
update(A, "set 3101 in status with supplier", 3101, status_id=5)
update(A, "3099 to team 2nd line, agent Tom Walsh", 3099, team_id=6, agent_id=11)
add(A, "open tickets of initech", {"action": "list_tickets", "params": {"client_id": 42}})
add(A, "tickets umbrella health", {"action": "list_tickets", "params": {"client_id": 23}})
add(A, "list stark logistics tickets", {"action": "list_tickets", "params": {"client_id": 27}})
add(A, "globex open tickets pls", {"action": "list_tickets", "params": {"client_id": 17}})
add(
    A,
    "wayne foundation - which tickets open?",
    {"action": "list_tickets", "params": {"client_id": 35}},
)
get(A, "3101 details", 3101)
get(A, "show 3055", 3055)
get(A, "ticket 3160 state", 3160)
get(A, "3110?", 3110)
get(A, "what is with 789", 789)
note(A, "3099 note: part ordered, arrives thursday", 3099, "thursday")
note(A, "add hidden note 3101: scanner firmware is old", 3101, "firmware")
resolve(A, "resolve 3140", 3140)
create(
    A,
    "new ticket for globex site cypress creek: printer offline",
    "printer",
    client_id=17,
    site_id=44,
)
create(A, "ticket for Initech Austin Branch, internet down", "internet", client_id=42, site_id=102)
