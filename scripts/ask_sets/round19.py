"""Round 19: plain-language requests for the portal's Ask box, written without sight of the parser.

What the set is
---------------
About 250 requests as first-time users type them into the Ask box: employees reporting new
problems and asking for things, reading, listing, annotating, resolving, reopening and rating
their own tickets, asking how to do something (knowledge base), asking for things they may not
have (someone else's ticket, admin-only changes, directory look-ups), and being vague about
which of their tickets they mean. The portal admin uses the same box in the console, in terse
service-desk shorthand, for work on any customer's tickets and for look-ups.

Style
-----
Most employee texts are written as people for whom English is a second language write them
(German, Spanish, Indian and Polish writers: formal openings, literal translations, unusual word
order, "kindly", "please do the needful", "I have a problem with my ..."), or as an e-mail to the
service desk (greeting, context, request, sign-off). Length, tone, order, politeness, spelling and
punctuation vary on purpose; nothing in a text is marked. Own tickets are named by number as
well as loosely by what they are about.

Seed facts relied on
--------------------
People (Acme Inc, client 12, site HQ 31):
  emma = Emma Jones (user 201), liam = Liam Patel (user 202); admin = the portal admin.
Emma's tickets:
  3005 "Password reset after holiday"            Closed (9)
  3018 "VPN client missing on new laptop"        Closed (9)
  3042 "VPN disconnects when working from home"  With User (4), priority High
  3067 "Printer on the 2nd floor keeps jamming"  Closed (9)
  3089 "Access to the Finance SharePoint site"   New (1), unassigned
  3115 "Outlook keeps asking for my password"    In Progress (2)
  3131 "Request for a second monitor"            On Hold (28); appointment "Deliver and set up
                                                 second monitor"
  3150 "Teams camera not detected"               Cancelled (10)
  So Emma has four open tickets (3042, 3089, 3115, 3131); "my VPN ticket" matches 3018 and 3042,
  "my password ticket" matches 3005 and 3115; her only open VPN ticket is 3042 and her only
  closed password-reset ticket is 3005.
Liam's tickets:
  3076 "New starter: Mia Chen"                   Pending Closure (25)
  3120 "Laptop fan very loud and overheating"    In Progress (2)
  3121 "Wi-Fi drops in meeting room 2"           Closed (9)
  So Liam has two tickets that are not closed (3076, 3120) and one closed (3121).
Other people's tickets used for refusals and admin work:
  3030 Olivia Brown (Globex) "Outlook calendar not syncing to phone" Closed;
  3110 Olivia Brown "VPN access for a contractor" In Progress, agent Marcus Reid;
  3140 Olivia Brown "Monitor flickering" New, unassigned, team Field Services;
  3101 Noah Williams (Acme, Warehouse) "Warehouse scanner cannot join Wi-Fi" Action Required;
  3012 Joanna Baker (Initech) "Printer on the 1st floor keeps jamming" Closed;
  3055 Peter Gibbons (Initech) "Blue screen on desktop PC" In Progress, agent Daniel Kim;
  3099 Michael Bolton (Initech) "Laptop will not boot after Windows update" Action Required;
  3160 Samir Nagheenanajar (Initech) "Teams calls dropping audio" With User.
Customers and sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33); Globex 17
  (Springfield Campus 41, Cypress Creek 44); Initech 42 (Main Office 101, Austin Branch 102);
  Umbrella Health 23 (Raccoon City Clinic 51, Laboratory 52, Head Office 53); Stark Logistics 27
  (Distribution Centre 61, Fleet Depot 62); Wayne Foundation 35 (Gotham Office 71).
Users named: Olivia Brown 301, Peter Gibbons 401, Jill Valentine 503 (Umbrella Head Office),
  Happy Hogan 602 (Stark Fleet Depot), Lucius Fox 701 (Wayne Gotham Office).
Agents: Sarah Mitchell 3, Priya Sharma 5, Daniel Kim 6, Chloe Martin 7, Marcus Reid 8,
  Hannah Fischer 9. Teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11,
  Network 12, Field Services 15.
Statuses: New 1, In Progress 2, Action Required 3, With User 4, With Supplier 5, On Hold 28,
  Pending Closure 25, Closed 9, Cancelled 10. Priorities: Critical 1, High 2, Medium 3, Low 4.
  Ticket types: Incident 1, Service Request 3, Problem 21, Change 22.
Directory: asset AC-2219 (Emma's laptop); contracts for Globex (GLX-...); invoices for Initech;
  appointments of Marcus Reid; report "SLA compliance (last 30 days)"; KB articles on the VPN
  from home, self-service password reset, paper jams, MFA, Outlook password prompts, office
  Wi-Fi, SharePoint access, Teams meetings, new starter checklist, mapping a network drive,
  phishing, Windows updates.

Notes on expectations
---------------------
Reopen cases name closed tickets (3005, 3018, 3067, 3121); the seed closes them weeks before
today, so what is expected is the proposal itself (action and ticket), not that the reopen
window is still open. Rating cases name closed tickets that have no rating in the seed.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates, add = book.lookup, book.refused, book.candidates, book.add

E, L, A = "emma", "liam", "admin"

# ---------------------------------------------------------------------------------------------
# Employees: new problems and requests
# ---------------------------------------------------------------------------------------------
create(
    E,
    "Good morning, I have a problem with my keyboard, some keys are not working since yesterday "
    "(the E and the R). Can you please check? Thank you, Emma",
    "keyboard",
)
create(
    L,
    "Kindly arrange one new mouse for me, the existing one is not working properly. Please do the needful.",
    "mouse",
)
create(
    E,
    "Hello IT team,\n\nsince this morning I cannot print to the printer in the 3rd floor, it shows "
    "offline. I already restarted my laptop.\n\nBest regards\nEmma Jones",
    "printer",
)
create(L, "My headset is not working in calls, the other persons cannot hear me", "headset")
create(
    E,
    "Dear Sir/Madam, I would like to request the installation of Adobe Acrobat Pro on my computer "
    "because I must edit PDF documents for the contracts. Thanking you in advance.",
    "Acrobat",
)
create(L, "excel is crashing every time when i open big file", "excel")
create(
    E,
    "Please can you give me access for the HR shared drive, my manager Mr. Garcia has approved it already.",
    "drive",
)
create(
    L,
    "Hi, the wifi in the canteen is not working at all since monday. Phone and laptop both can not connect. Regards Liam",
    "wifi",
)
create(
    E,
    "Buenos días, I write to you because my laptop battery is finishing very fast, in one hour it "
    "is empty. Is possible to change it? Thanks, Emma",
    "battery",
)
create(
    L,
    "Respected Sir, my system is running very slow since morning, kindly check and resolve at the earliest.",
    "slow",
)
create(E, "I need a new laptop charger, I forgot mine in the hotel in Munich 🙈", "charger")
create(
    L,
    "Dzień dobry. I have problem with my account, I can not login to the timesheet system since "
    "today. It says user is locked. Please for help. Liam",
    "timesheet",
)
create(
    E,
    "The screen of my phone is broken, I dropped it on the stairs. I need the company phone replaced please.",
    "phone",
)
create(
    L, "Teams is not showing my calendar meetings anymore, the calendar tab is empty", "calendar"
)
create(
    E,
    "could you please set up an email signature for me, with the new logo? Marketing sent the template.",
    "signature",
)
create(
    L,
    "Hello, I would need access to the Sales SharePoint site please, my manager has approved. Thank you!",
    "SharePoint",
)
create(
    E,
    "Dear IT Support,\n\nI am writing to inform you that the projector in the meeting room 4 does "
    "not show any picture from my laptop. We have an important customer meeting tomorrow at 10.\n\n"
    "Kind regards,\nEmma Jones\nAcme Inc",
    "projector",
)
create(
    L,
    "Mouse pointer jumping around by itself on the screen, also with the touchpad switched off",
    "pointer",
)
create(E, "I cannot open attachments in Outlook, it says 'cannot create file'.", "attachments")
create(
    L,
    "Kindly create new email id for our new joinee Mr. Rahul Verma in Finance dept. He is joining "
    "from 1st of next month.",
    "Rahul",
)
create(
    E,
    "Hallo, my docking station does not work anymore, no monitor and no USB when I connect the laptop. Greetings Emma",
    "docking",
)
create(L, "need admin rights to install python on my laptop for a data project", "python")
create(
    E,
    "Good afternoon. I am having an issue with the scanner at the reception: it scans but the "
    "email with the PDF never arrives. Could you please look? Many thanks",
    "scanner",
)
create(
    L,
    "Hi team, OneDrive is showing red crosses on all my files and nothing is syncing. Can someone help? Cheers, Liam",
    "OneDrive",
)
create(
    E,
    "I have been locked out of my account after changing the password this morning, everything says access denied",
    "locked",
)
create(
    L,
    "Please kindly install Zoom on my laptop, our client wants to do meetings only by Zoom.",
    "Zoom",
)
create(
    E,
    "Good day, since two days the MFA code is not coming on my new phone. I changed phone last "
    "week. Please help me because I cannot work from home.",
    "MFA",
)
create(L, "my laptop screen has a black line in the middle since I closed it yesterday", "screen")
create(
    E, "The door badge reader at the warehouse entrance doesn't accept my card anymore.", "badge"
)
create(
    L,
    "Respected team, I am unable to access the shared mailbox of accounts team since morning. "
    "Kindly look into this on priority.",
    "mailbox",
)
create(E, "Kindly requesting one laptop stand and a webcam for my home office.", "webcam")
create(
    L, "Hello, I want to request a new monitor, the old one has dead pixels everywhere", "monitor"
)
create(
    E,
    "Excel add-in for the budget tool is missing after the update, the ribbon tab is gone",
    "budget",
)
create(
    L,
    "Good morning!! The printer on 2nd floor printing everything with black stripes. Please send somebody. Thanks",
    "printer",
)
create(
    E,
    "Windows update is stuck at 35% since yesterday evening and the laptop is very slow now",
    "update",
)
create(L, "Can not connect to the VPN from the hotel, error 809", "VPN")
create(
    E,
    "I would like to order a headset with noise cancelling for the open office, my colleague has "
    "a Jabra, that would be perfect.",
    "headset",
)
create(
    L,
    "Sir, my outlook is not opening, it is showing 'processing' only since morning. Please do the needful asap.",
    "outlook",
)
create(
    E,
    "I accidentally deleted a folder 'Q3 budget' on the S: drive. Is it possible to restore it "
    "from the backup? It was there on Friday.",
    "folder",
)
create(
    L,
    "Please unblock the website linkedin.com, it is blocked by the proxy but I need it for recruiting.",
    "linkedin",
)
create(
    E,
    "Guten Tag, my laptop makes a clicking noise from the hard disk since Monday. I am afraid it "
    "will break. Can you please make a backup before? Mit freundlichen Grüßen, Emma Jones",
    "disk",
)
create(
    L,
    "I lost my company phone in the train this morning. Please block it and tell me what to do next.",
    "phone",
)
create(E, "Please reset the PIN of my desk phone, I forgot it.", "PIN")
create(L, "Hi, I need a license for Visio, can you assign it to my account? Thanks, L.", "Visio")
create(
    E,
    "Hello, the sound is not working on my laptop, no speakers and no headphones. Already checked the volume.",
    "sound",
)
create(
    L,
    "Power BI dashboard is showing old data since last week, the refresh is failing every night",
    "dashboard",
)
create(
    E,
    "I request you to please give me read access to the Marketing folder on SharePoint. Regards Emma",
    "Marketing",
)
create(
    L,
    "Our team needs a new distribution list for the project Phoenix, members: me, Mia Chen, Lucas Garcia.",
    "distribution",
)
create(
    E,
    "Hola! I have a problem with the internet cable at my desk, when I plug it the laptop says "
    "'unidentified network'. Gracias, Emma",
    "cable",
)
create(
    L,
    "I keep getting phishing emails from a fake DHL address, five today. Can you block the sender?",
    "phishing",
)
create(E, "my mouse is not working", "mouse")
create(
    L,
    "laptop keyboard letters wearing off, cannot see the keys anymore. need replacement keyboard",
    "keyboard",
)
create(
    E,
    "Dear Service Desk, would it be possible to install the Teams app on my private iPad? I would "
    "like to join calls when I travel. Thank you in advance, Emma",
    "iPad",
)
create(
    L,
    "Hi, I've started getting a certificate warning every time I open the intranet. Is it safe? I can send screenshot. Liam",
    "certificate",
)
create(E, "Please help, the PDF printer is missing from my print options after the update.", "PDF")
create(
    L,
    "Kindly provide access of Jira to me, my reporting manager has already approved in mail. Thanks & Regards, Liam Patel",
    "Jira",
)
create(
    E,
    "The microphone is not working in Teams calls, other people can not hear me at all",
    "microphone",
)
create(L, "Cannot log in to the expense portal, it says my user does not exist.", "expense")
create(
    E,
    "Good morning, my laptop camera shows only a black picture, also in the Windows camera app. Thank you",
    "camera",
)
create(L, "I need a bigger mailbox, I am getting 'mailbox almost full' every day.", "mailbox")
create(
    E,
    "Hi there! Not urgent, but the label printer in the warehouse office prints everything shifted to the left.",
    "label",
)
create(
    L,
    "My account shows wrong job title and department in the Outlook address book, it should be Operations not Sales.",
    "department",
)
create(
    E,
    "Kindly share the Wi-Fi access for the guest network, we have visitors from a customer on Thursday.",
    "guest",
)
create(
    L,
    "Please arrange a laptop for the new intern who starts on the 15th, name is Ola Nowak",
    "intern",
)
create(
    E,
    "My laptop doesn't wake up from sleep, I must press the power button 10 seconds every morning.",
    "sleep",
)
create(L, "The application SAP GUI gives error 'connection refused' when I try from home.", "SAP")
create(
    E,
    "Estimados, I need to request the software Tableau for analysing the sales numbers. My boss is "
    "agree. Thank you very much, Emma",
    "Tableau",
)
create(
    L,
    "The USB ports on my docking station stopped working, keyboard and mouse are dead when docked",
    "USB",
)
create(
    E,
    "The company intranet site is loading very slow, more than one minute for each page.",
    "intranet",
)
create(
    L,
    "Hi, my password expires in 2 days and I'm travelling without VPN. Can you extend it please?",
    "password",
)
create(
    E,
    "Greetings of the day! My laptop is not connecting to the office wifi, only to the guest one. Please look into it.",
    "wifi",
)
create(
    L,
    "Please remove Jack Robinson from the Operations distribution list, he left the company.",
    "distribution",
)
create(E, "The shortcuts in Word are all broken since yesterday, ctrl+c does nothing", "Word")
create(L, "hello, the fingerprint reader doesnt recognize my finger anymore", "fingerprint")
create(
    E,
    "Dear colleagues, I kindly ask you for a new toner for the small printer in the HR office, it is empty. Best, Emma",
    "toner",
)
create(
    L,
    "Computer restarts by itself several times a day. It is the desktop in the meeting room 3.",
    "restarts",
)
create(E, "Is it possible to get a bigger OneDrive? it says I have used 98%.", "OneDrive")
create(
    L,
    "Requesting to enable international roaming on my company phone for a business trip to Poland next week.",
    "roaming",
)
create(
    E, "I have problem with my calendar, meetings are disappearing after I accept them.", "calendar"
)
create(L, "please install Chrome on my laptop", "Chrome")
create(
    E,
    "Recieving no emails since lunch, outbox is also full with messages that dont go out",
    "emails",
)
create(
    L,
    "Hello Service Desk,\n\nthe TV in the big conference room doesn't find my laptop when I try to "
    "share the screen wireless. We have a board meeting on Wednesday.\n\nBest,\nLiam",
    "TV",
)

# ---------------------------------------------------------------------------------------------
# Employees: reading one own ticket
# ---------------------------------------------------------------------------------------------
get(E, "Hello, can you tell me please what is the status from ticket 3115?", 3115)
get(E, "any news about my Outlook ticket?", 3115)
get(
    E,
    "Dear team, I would like to know the current status of my request for the second monitor. Thank you.",
    3131,
)
get(E, "3042 status pls", 3042)
get(E, "Is somebody already working on my SharePoint access request?", 3089)
get(E, "What happened with my printer ticket from some weeks ago?", 3067)
get(E, "why was my Teams camera ticket cancelled?", 3150)
get(E, "Show me ticket 3018 please", 3018)
get(E, "Kindly share the latest update on ticket no. 3089", 3089)
get(E, "can i see the details of 3005", 3005)
get(L, "What is the progress on my laptop overheating ticket?", 3120)
get(L, "status of 3120?", 3120)
get(L, "Hi, is the new starter ticket for Mia Chen done? She starts Monday.", 3076)
get(L, "Please show me my ticket about the Wi-Fi in meeting room 2", 3121)
get(L, "Good morning, may I know the status of ticket number 3076?", 3076)
get(L, "let me see 3121", 3121)
get(E, "Where is my ticket about the VPN disconnecting at home?", 3042)
get(E, "Hello, I opened a ticket about the finance sharepoint, what is the news?", 3089)
get(L, "did anyone reply on my laptop ticket?", 3120)
get(E, "What did IT answer on 3115?", 3115)
get(E, "Guten Tag, I want to know in which state is my ticket 3131. Thanks", 3131)
get(L, "Kindly tell me who is working on my ticket 3120", 3120)
get(E, "When will the technician come for my second monitor?", 3131)

# ---------------------------------------------------------------------------------------------
# Employees: listing
# ---------------------------------------------------------------------------------------------
listing(E, "show my open tickets")
listing(L, "What tickets do I have open at the moment?")
listing(E, "Please list all my tickets, also the closed ones.")
listing(E, "my closed tickets")
listing(L, "Hello, can I see all the requests I have raised?")
listing(E, "Which of my tickets are waiting on me?")
listing(E, "tickets I opened this week")
listing(L, "Show me my tickets since Monday")
listing(E, "Can you show me 3042 and 3115 together?", [3042, 3115])
listing(E, "status of 3089, 3131 and 3115 please", [3089, 3115, 3131])
listing(L, "3120 and 3076 - any updates?", [3076, 3120])
listing(E, "Dear IT, could you send me an overview of all my open requests? Thank you, Emma")
listing(L, "list my tickets")
listing(E, "Do I have any tickets still open?")
listing(L, "show everything i raised last month")
listing(E, "Kindly show me the pending tickets on my name")
listing(E, "Which of my tickets are still not solved?")
listing(L, "my tickets pls")

# ---------------------------------------------------------------------------------------------
# Employees: notes on own tickets
# ---------------------------------------------------------------------------------------------
note(
    E,
    "Add to my ticket 3042: the VPN dropped again today three times between 9 and 11.",
    3042,
    "dropped",
)
note(
    E,
    "For my open VPN ticket: I tested with the new config from home yesterday, still disconnecting "
    "every 10 minutes.",
    3042,
    "config",
)
note(
    E,
    "Please add note to 3115: I did the sign out and in like you said, but it is asking again.",
    3115,
    "asking",
)
note(
    E,
    "Hi, regarding my Outlook ticket, the password window came again this morning after restart. Regards Emma",
    3115,
    "restart",
)
note(
    E,
    "Add comment to ticket 3089: my manager Lucas Garcia approved the Finance access by email today.",
    3089,
    "approved",
)
note(
    E, "for the sharepoint request please note that I need edit rights, not only read", 3089, "edit"
)
note(
    E,
    "note on 3131: I am in the office only Tuesday and Thursday for the monitor delivery",
    3131,
    "Tuesday",
)
note(
    E,
    "About my second monitor request – a 24 inch is enough, it doesn't need to be a big one.",
    3131,
    "inch",
)
note(L, "Add a note to 3120: the fan is loud even when only Outlook is open", 3120, "fan")
note(
    L,
    "For my laptop ticket: I can bring the laptop to IT on Friday morning if that's easier.",
    3120,
    "Friday",
)
note(
    L,
    "Please add to the new starter ticket: Mia's start date moved to the 3rd, she needs also a headset.",
    3076,
    "headset",
)
note(L, "note for 3076 - Mia Chen also needs access to the Sales SharePoint", 3076, "Sales")
note(E, "Pls add this info in ticket 3042 - router at home is a Fritzbox 7590", 3042, "Fritzbox")
note(
    E,
    "Kindly attach following note to my ticket 3115: issue persists even after the profile reset.",
    3115,
    "persists",
)
note(
    L,
    "Good morning, to my ticket 3120 I want to add that the laptop is also getting very hot on the keyboard.",
    3120,
    "hot",
)
note(
    E,
    "Hello, small addition to my ticket 3089: it's the Finance site, the subsite 'Budget 2026'.",
    3089,
    "Budget",
)
note(E, "Add note to my monitor request: my manager said he approves the cost.", 3131, "cost")
note(
    E,
    "Reply to the VPN ticket 3042: yes, it also happens on the cable, not only wifi.",
    3042,
    "cable",
)
note(L, "to 3120 please add: fan noise started after the BIOS update", 3120, "BIOS")
note(
    E,
    "Could you add to 3115 that I am available for a remote session tomorrow after 2 pm?",
    3115,
    "remote",
)
note(L, "add to ticket no 3076: laptop for Mia should be with German keyboard", 3076, "German")
note(
    E,
    "note: 3131 — I'm working from home next week, please deliver the monitor the week after.",
    3131,
    "week",
)
note(
    E,
    "Add a note to my SharePoint ticket: access is needed before the month end closing.",
    3089,
    "closing",
)

# ---------------------------------------------------------------------------------------------
# Employees: resolving / closing own tickets
# ---------------------------------------------------------------------------------------------
resolve(E, "You can close ticket 3042, the VPN is stable since the config push. Thanks!", 3042)
resolve(
    E,
    "Hello, my Outlook doesn't ask for the password anymore, so please close the ticket 3115. "
    "Thank you for the help!",
    3115,
)
resolve(E, "The problem with outlook is solved, you can close my outlook ticket.", 3115)
resolve(E, "please close 3089, I have the access now", 3089)
resolve(E, "I got the second monitor, the request can be closed. Regards, Emma", 3131)
resolve(E, "resolve my vpn ticket pls, working fine now", 3042)
resolve(L, "Laptop is quiet again after the cleaning, please close 3120.", 3120)
resolve(L, "My laptop fan issue is fixed, kindly close the ticket.", 3120)
resolve(L, "Mia has everything now, the new starter ticket can be closed", 3076)
resolve(E, "Kindly mark ticket 3089 as resolved.", 3089)
resolve(L, "Resolve 3120 – fixed", 3120)

# ---------------------------------------------------------------------------------------------
# Employees: reopening
# ---------------------------------------------------------------------------------------------
reopen(E, "The printer is jamming again like before, please reopen my ticket 3067.", 3067)
reopen(E, "Reopen 3018 please, the VPN client is gone again after the update", 3018)
reopen(
    E,
    "Hello, the ticket 3005 was closed but I still can not reset my password. Can you open it "
    "again?",
    3005,
)
reopen(L, "Wi-Fi in meeting room 2 drops again during calls, please reopen my old ticket.", 3121)
reopen(L, "reopen 3121", 3121)
reopen(E, "I want to reopen my printer ticket, the problem came back.", 3067)
reopen(L, "Hi, ticket 3121 was closed but the issue is not fixed. Kindly reopen the same.", 3121)
reopen(
    E, "Please open again the ticket 3067, the 2nd floor printer jams on every page again.", 3067
)
reopen(E, "reopen ticket 3018 - missing VPN client again", 3018)

# ---------------------------------------------------------------------------------------------
# Employees: rating
# ---------------------------------------------------------------------------------------------
rate(E, "I want to give 5 stars for ticket 3067, very fast help.", 3067, 5)
rate(L, "3121 was solved very good, 4 out of 5", 3121, 4)
rate(E, "Feedback for 3005: 5/5, quick and friendly.", 3005, 5)
rate(E, "rate my printer ticket 3 stars, it took too long", 3067, 3)
rate(L, "Please rate ticket 3121 with 5 stars. Thank you Marcus!", 3121, 5)
rate(E, "I give 2 of 5 for the ticket 3018, it took two weeks.", 3018, 2)
rate(E, "My rating for the password reset ticket is 4 stars.", 3005, 4)

# ---------------------------------------------------------------------------------------------
# How-to questions (knowledge base)
# ---------------------------------------------------------------------------------------------
lookup(E, "How do I connect to the VPN from home?", "kb_articles", "VPN")
lookup(L, "how can i reset my password myself?", "kb_articles", "password")
lookup(E, "How to set up MFA on my new phone?", "kb_articles", "MFA")
lookup(L, "Is there a guide for mapping a network drive?", "kb_articles", "drive")
lookup(E, "How do I clear a paper jam?", "kb_articles", "jam")
lookup(L, "How do I report a phishing email?", "kb_articles", "phishing")
lookup(E, "How can I connect my laptop to the office Wi-Fi?", "kb_articles", "Wi-Fi")
lookup(
    L, "what do I need to send for a new starter? is there a checklist?", "kb_articles", "starter"
)
lookup(E, "How to install windows updates on my laptop?", "kb_articles", "updates")
lookup(
    L,
    "Hello, where I can find instructions how to request access to a SharePoint site?",
    "kb_articles",
    "SharePoint",
)
lookup(E, "how do I choose the right microphone in Teams", "kb_articles", "microphone")
lookup(L, "Kindly guide me how to use Teams for meetings.", "kb_articles", "Teams")
lookup(
    E,
    "Outlook keeps asking for my password – is there an article for this?",
    "kb_articles",
    "Outlook",
)
lookup(L, "Any how-to for the Authenticator app?", "kb_articles", "Authenticator")
lookup(E, "Please, how I can map the S drive on my computer?", "kb_articles", "map")
lookup(L, "how do i get on the guest wifi", "kb_articles", "wifi")
lookup(E, "Is there a knowledge base article about phishing?", "kb_articles", "phishing")
lookup(L, "How do I change my password?", "kb_articles", "password")

# ---------------------------------------------------------------------------------------------
# Employees: requests that must be refused
# ---------------------------------------------------------------------------------------------
refused(E, "What is the status of ticket 3101?")
refused(L, "Please show me ticket 3115")
refused(E, "Add a note to ticket 3030: same problem here with the calendar")
refused(L, "Kindly close ticket 3042, Emma told me it's fixed.")
refused(E, "Please change the priority of my ticket 3042 to critical, I cannot work at all!")
refused(L, "Assign my laptop ticket 3120 to Daniel Kim please, he knows the problem.")
refused(E, "Can you give me the list of all customers?")
refused(L, "show me the contracts of Acme")
refused(E, "I need the invoices of Globex for last quarter")
refused(L, "Which agents are in the Network team?")
refused(E, "Set my ticket 3131 to status In Progress, it is on hold for too long")
refused(L, "rate ticket 3067 with 5 stars")
refused(E, "Reopen ticket 3012 please")
refused(L, "What are Emma Jones' open tickets?")
refused(L, "Open a ticket for Olivia Brown at Globex: her monitor flickers")
refused(E, "Resolve 3120 please, Liam is on holiday and asked me")
refused(L, "Hi, could you tell me the status of ticket 3055?")
refused(E, "please close my ticket 3018, the VPN client is there now")

# ---------------------------------------------------------------------------------------------
# Employees: ambiguous ticket, candidates expected
# ---------------------------------------------------------------------------------------------
candidates(E, "What is the status of my VPN ticket?", "get_ticket")
candidates(E, "any update on my password ticket?", "get_ticket")
candidates(
    E, "Please add a note to my ticket: I'm on holiday from Friday until the 14th.", "add_note"
)
candidates(E, "close my ticket please, all good now", "resolve_ticket")
candidates(E, "rate my ticket", "rate_ticket")
candidates(E, "I would like to give feedback for my closed ticket, 5 stars", "rate_ticket")
candidates(L, "Hi, any news on my ticket?", "get_ticket")
candidates(E, "Hello, what is happening with my ticket? Nobody called me.", "get_ticket")
candidates(L, "please add a note to my open ticket: I'm working from home tomorrow", "add_note")

# ---------------------------------------------------------------------------------------------
# Admin console: creates
# ---------------------------------------------------------------------------------------------
create(
    A,
    "new ticket Globex / Springfield Campus for Olivia Brown: monitor flickering again",
    "monitor",
    client_id=17,
    site_id=41,
    user_id=301,
)
create(
    A,
    "log incident for Initech, Austin Branch - label printer offline, prio high",
    "printer",
    client_id=42,
    site_id=102,
    priority_id=2,
    tickettype_id=1,
)
create(
    A,
    "create tkt for Peter Gibbons: Outlook crashes on start, assign Chloe Martin",
    "Outlook",
    user_id=401,
    agent_id=7,
)
create(
    A,
    "Umbrella Health, Laboratory site: centrifuge PC has no network. team Network, prio critical",
    "centrifuge",
    client_id=23,
    site_id=52,
    team_id=12,
    priority_id=1,
)
create(
    A,
    "new service request for Stark Logistics Fleet Depot, Happy Hogan needs a tablet",
    "tablet",
    client_id=27,
    site_id=62,
    user_id=602,
    tickettype_id=3,
)
create(
    A,
    "raise a change for Acme Inc HQ: replace core switch Saturday night, team Network",
    "switch",
    client_id=12,
    site_id=31,
    tickettype_id=22,
    team_id=12,
)
create(
    A,
    "ticket for Wayne Foundation / Gotham Office, user Lucius Fox, laptop won't boot, 2nd Line Support",
    "boot",
    client_id=35,
    site_id=71,
    user_id=701,
    team_id=6,
)
create(
    A,
    "open ticket for Jill Valentine (Umbrella Health / Head Office): VPN token expired, low prio",
    "VPN",
    client_id=23,
    site_id=53,
    user_id=503,
    priority_id=4,
)

# ---------------------------------------------------------------------------------------------
# Admin console: updates
# ---------------------------------------------------------------------------------------------
update(A, "3101 prio critical", 3101, priority_id=1)
update(A, "assign 3140 to Hannah Fischer", 3140, agent_id=9)
update(A, "3099 -> team 2nd Line Support", 3099, team_id=6)
update(A, "set 3160 status In Progress", 3160, status_id=2)
update(A, "change type of 3055 to Problem", 3055, tickettype_id=21)
update(A, "3110 reassign Priya Sharma, prio high", 3110, agent_id=5, priority_id=2)
update(A, "put 3089 on hold", 3089, status_id=28)
update(A, "3101 status with supplier", 3101, status_id=5)
update(A, "move 3140 to Field Services and set prio low", 3140, team_id=15, priority_id=4)

# ---------------------------------------------------------------------------------------------
# Admin console: notes
# ---------------------------------------------------------------------------------------------
note(A, "note 3101: AP replacement scheduled tomorrow 9am", 3101, "replacement")
note(A, "internal note on 3055: RAM ordered from Dell", 3055, "RAM")
note(A, "3099 add public note - reimaging tonight, pls leave laptop on", 3099, "reimaging")
note(A, "add note to 3042 for user: new VPN profile pushed, please test", 3042, "profile")
note(A, "private note 3160: vendor case opened with Microsoft", 3160, "vendor")
note(A, "3140 note: tech onsite Thursday", 3140, "Thursday")

# ---------------------------------------------------------------------------------------------
# Admin console: resolves
# ---------------------------------------------------------------------------------------------
resolve(A, "close 3055, RAM swapped, stable", 3055)
resolve(A, "resolve 3099", 3099)
resolve(A, "3101 resolved - scanner reconfigured", 3101)
resolve(A, "close 3160 and add a visible note summarising the fix", 3160)
resolve(A, "resolve 3110, contractor access set up", 3110)

# ---------------------------------------------------------------------------------------------
# Admin console: look-ups
# ---------------------------------------------------------------------------------------------
lookup(A, "list customers", "customers")
add(
    A,
    "sites for Umbrella Health",
    {"action": "lookup", "params": {"entity": "sites", "client_id": 23}},
)
lookup(A, "find user Gibbons", "users", "Gibbons")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records(A, "contracts Globex", "contracts", 17)
lookup(A, "asset AC-2219", "assets", "AC-2219")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records(A, "unpaid invoices Initech", "invoices", 42)
add(
    A,
    "appointments for Marcus Reid",
    {"action": "lookup", "params": {"entity": "appointments", "agent_id": 8}},
)
lookup(A, "list agents", "agents")
lookup(A, "show teams", "teams")
lookup(A, "reports SLA", "reports", "SLA")
lookup(A, "ticket types?", "ticket_types")
