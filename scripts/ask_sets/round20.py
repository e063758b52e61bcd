"""Round 20: plain-language requests typed into the portal's Ask box, with the plan each should get.

What the set is
    About 250 requests from two employees of Acme Inc (Emma Jones, Liam Patel) and the portal
    admin, each paired with what the Ask box should propose: the action and its key ids, a
    refusal at plan time, or a list of candidate tickets when the ticket meant is ambiguous.

Style
    Experienced office workers and managers who have used other service desks before: they cite
    tickets as 3042, #3042, INC-3042, "ticket no. 3042", "ref 3115" or describe them loosely
    ("the Outlook one", "my oldest open one"), ask about dates and status, and wrap requests in
    greetings and thanks. Some type on a phone: lower case, missing punctuation, the odd typo.
    The admin is a team lead doing the morning triage in the console: terse, ids first, Halo
    vocabulary. Nothing in the texts is marked or contrived.

Seed facts relied on (the simulator's demo company)
    People: Emma Jones = Halo user 201, Liam Patel = 202, both Acme Inc (client 12), site HQ (31).
        Other users: Noah Williams 203 (Acme Warehouse 32), Olivia Brown 301 (Globex 17,
        Springfield Campus 41), Hank Scorpio 302 (Globex, Cypress Creek 44), Peter Gibbons 401
        (Initech 42, Main Office 101), Samir Nagheenanajar 403 (Initech 101), Joanna Baker 404
        (Initech, Austin Branch 102), Carlos Oliveira 502 (Umbrella Health 23, Laboratory 52),
        Jill Valentine 503 (Umbrella, Head Office 53), Happy Hogan 602 (Stark Logistics 27,
        Fleet Depot 62), Lucius Fox 701 (Wayne Foundation 35, Gotham Office 71).
    Emma's tickets (all hers, no others):
        3005 "Password reset after holiday"            Closed (9)
        3018 "VPN client missing on new laptop"        Closed (9)
        3042 "VPN disconnects when working from home"  With User (4), priority High; oldest open
        3067 "Printer on the 2nd floor keeps jamming"  Closed (9)
        3089 "Access to the Finance SharePoint site"   New (1), unassigned
        3115 "Outlook keeps asking for my password"    In Progress (2), agent Chloe Martin (7)
        3131 "Request for a second monitor"            On Hold (28); newest open
        3150 "Teams camera not detected"               Cancelled (10)
        So: two VPN tickets (3018 closed, 3042 open), two mentioning a password (3005, 3115),
        four open (3042, 3089, 3115, 3131), four closed or cancelled (3005, 3018, 3067, 3150).
    Liam's tickets: 3076 "New starter: Mia Chen" Pending Closure (25); 3120 "Laptop fan very
        loud and overheating" In Progress (2), priority Medium; 3121 "Wi-Fi drops in meeting
        room 2" Closed (9).
    Other tickets used: 3101 Noah's "Warehouse scanner cannot join Wi-Fi" Action Required (3),
        priority High; 3140 Olivia's "Monitor flickering" New, unassigned, Incident; 3110
        Olivia's "VPN access for a contractor" In Progress, Network team; 3055 Peter's "Blue
        screen on desktop PC" In Progress; 3099 Michael Bolton's "Laptop will not boot after
        Windows update" Action Required, priority Critical; 3160 Samir's "Teams calls dropping
        audio" With User, 2nd Line Support. 9999 does not exist.
    Reference data: statuses New 1, In Progress 2, Action Required 3, With User 4, With
        Supplier 5, On Hold 28, Pending Closure 25, Closed 9, Cancelled 10; priorities Critical 1,
        High 2, Medium 3, Low 4; ticket types Incident 1, Service Request 3, Problem 21,
        Change 22; teams Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11,
        Network 12, Field Services 15; agents Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5,
        Daniel Kim 6, Chloe Martin 7, Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
    Directory: KB articles on VPN from home, password self-service reset, printer paper jams,
        MFA, Outlook password prompts, office Wi-Fi, SharePoint access, Teams meetings, new
        starter checklist, mapping a network drive, phishing, Windows updates; contract
        ACME-MSA-2026; asset AC-2219 (Emma's laptop); reports incl. "SLA compliance (last 30
        days)"; invoices, appointments.
    Dates: the seed spreads tickets over the last ~120 days; Emma's and Liam's tickets were all
        closed well over two weeks ago, so the reopen cases assume the reopen window is checked
        on Confirm (or not at all) rather than by refusing the plan.
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
    "Hi, my laptop screen keeps flickering since this morning, it's quite distracting",
    "flickering",
)
create(
    E,
    "The printer on the 3rd floor is printing everything with grey streaks down the page",
    "streaks",
)
create(
    E,
    "my keyboard's spacebar keeps sticking, could I get a replacement keyboard please?",
    "keyboard",
)
create(
    E, "Open a ticket please: my laptop gets really hot during Teams calls and then freezes", "hot"
)
create(
    E, "Good morning! Excel crashes every time I open the quarterly forecast workbook.", "crashes"
)
create(E, "I need Adobe Acrobat Pro installed so I can edit and sign supplier contracts", "Acrobat")
create(E, "outlook search isn't finding any emails older than about a month", "search")
create(
    E,
    "Can't get into the HR SharePoint site, it just says access denied. I had access last week.",
    "HR",
)
create(E, "The headset mic stopped working, nobody can hear me on calls", "headset")
create(E, "OneDrive says sync is paused and the resume button does nothing", "sync")
create(
    E,
    "Could you set up a shared mailbox for the events team? Something like events@acme",
    "mailbox",
)
create(
    E,
    "I'm locked out of my account after changing my password this morning - sending this from my phone",
    "locked",
)
create(
    E, "The projector in meeting room 4 shows 'no signal' whatever laptop we plug in", "projector"
)
create(
    E,
    "we have a new starter, Tom Reeve, starting on the 3rd. He'll need a laptop, email and Teams set up. Thanks!",
    "Reeve",
)
create(E, "wifi on the 2nd floor keeps dropping every half hour or so", "dropping")
create(E, "my docking station has stopped charging the laptop", "charging")
create(
    E,
    "Please log a ticket: the kitchen TV screen in reception is stuck on a Windows update message",
    "reception",
)
create(E, "hello, the scanner on the copier won't send scans to my email anymore", "scanner")
create(E, "My mouse is double clicking on its own. Can I have a new mouse?", "mouse")
create(
    E,
    "Would it be possible to get Visio installed? Need it for process maps for the audit.",
    "Visio",
)
create(E, "Teams keeps signing me out every afternoon around 3pm", "signing")
create(
    E,
    "I clicked a link in what I think was a phishing email this morning, can someone from security call me please",
    "phishing",
)
create(E, "The shared calendar for the meeting rooms doesn't show bookings any more", "calendar")
create(
    E,
    "Raise a request for me - I need access to the Marketing shared drive (S:), my manager Isla has approved",
    "Marketing",
)
create(E, "laptop battery drains from 100 to 0 in about an hour now", "battery")
create(E, "hi there, the phone on my desk has no dial tone", "dial")
create(
    E,
    "Our team's distribution list is missing two people, Sophie Turner and Ava Thompson. Could you add them?",
    "distribution",
)
create(
    E,
    "New ticket: can't print to the colour printer on the ground floor, jobs just sit in the queue",
    "queue",
)
create(E, "My password expires tomorrow and the change screen keeps throwing an error", "expires")
create(
    E,
    "I've been getting a 'your mailbox is almost full' warning all week, can my mailbox quota be increased?",
    "quota",
)
create(E, "The contract template in Word opens as read-only for everyone in Finance", "read-only")
create(E, "my webcam image is upside down in every app", "webcam")
create(E, "Zoom won't install, it asks for an admin password", "Zoom")
create(
    E,
    "There's a funny burning smell from the printer by the lifts, we've switched it off.",
    "smell",
)
create(
    E,
    "Can I get a laptop stand and a separate keyboard? Occupational health recommended it after my assessment",
    "stand",
)
create(E, "Morning, the VPN asks me for MFA three or four times every time I connect", "MFA")
create(E, "please could someone look at my laptop fan, it sounds like a hairdryer", "fan")
create(E, "Outlook on my iPhone stopped syncing contacts since the iOS update", "contacts")
create(E, "the site for our expense claims won't load in Edge, works in Chrome", "expense")
create(E, "Need a loan laptop for a client visit next Tuesday to Thursday please", "loan")
create(E, "PowerPoint freezes when I paste charts from Excel", "PowerPoint")
create(
    E,
    "I'd like to report a lost security badge - I think it fell out of my bag on the train",
    "badge",
)
create(
    E,
    "the asset sticker on my monitor came off and facilities want the number, could someone re-label it?",
    "sticker",
)
create(
    E,
    "Our team needs a new Teams channel for the Q3 project with guest access for our agency",
    "channel",
)
create(E, "Files on the S: drive show as offline since this morning", "offline")
create(L, "Hi, my second screen goes black for a few seconds every few minutes", "black")
create(
    L, "Can you order me a USB-C to HDMI adapter? Presenting at the board meeting Friday", "adapter"
)
create(
    L,
    "Outlook won't open at all, just hangs on the splash screen. Tried restarting twice.",
    "splash",
)
create(L, "iphone not getting work email since yesterday afternoon", "email")
create(
    L,
    "I need the Sales SharePoint site shared with our new contractor, her email is j.doe@partner.example",
    "contractor",
)
create(L, "The meeting room 3 screen won't mirror from my laptop", "mirror")
create(L, "Please create a ticket - the coffee machine's payment reader is offline", "coffee")
create(L, "laptop keeps blue screening when I undock it", "undock")
create(
    L,
    "Good afternoon. I'd like to request a new starter setup for Ruby Clarke (sales), starting 14th. Laptop, phone, email. Many thanks",
    "Clarke",
)
create(L, "My Teams status is stuck on 'away' even when I'm typing", "status")
create(
    L,
    "can't connect to the guest wifi with my personal tablet, is that allowed? if so it doesn't work",
    "guest",
)
create(L, "Excel macros are disabled and I need them for the monthly stock report", "macros")
create(L, "Hello, my account shows the wrong job title and manager in the address book", "title")
create(L, "The desk phone display is cracked, could it be swapped?", "cracked")
create(L, "Printer in the post room prints blank pages", "blank")
create(L, "Please add me to the Operations distribution list, thanks", "Operations")
create(L, "the VPN won't connect at all from the hotel wifi, error 809", "809")
create(
    L,
    "My laptop's touchpad stopped working after the last update, using an external mouse for now",
    "touchpad",
)
create(L, "We need six guest wifi codes for visitors on Thursday", "visitors")
create(
    L,
    "Hi team - I need Power BI Desktop installed, have a report to build for my director by end of week",
    "Power",
)
create(L, "Microphone picks up loads of echo on Teams, colleagues are complaining", "echo")
create(
    L, "Windows keeps asking me to restart for updates but the restart never finishes", "restart"
)
create(L, "Got a new phone, need the authenticator moved over to it", "authenticator")
create(L, "files I save to OneDrive disappear from my other laptop", "disappear")
create(L, "Raise a ticket for a replacement charger, mine has a frayed cable", "charger")
create(L, "the big screen in the boardroom has a dead pixel line across the middle", "pixel")
create(
    L,
    "I keep getting 'your organization's data cannot be pasted here' in Outlook on my phone",
    "pasted",
)
create(
    L,
    "Can my calendar be shared with my new PA Isla Murphy so she can book meetings for me?",
    "calendar",
)
create(L, "laptop is really slow in the mornings, takes 15 mins before I can open anything", "slow")
create(
    L, "The label printer in the warehouse office is printing labels half off the sticker", "label"
)
create(
    L, "Hi! Please could I have a second monitor? Working on big spreadsheets all day", "monitor"
)
create(
    E,
    "Sorry to bother you - the blinds remote in the big meeting room is fine but the room's touch panel is frozen",
    "panel",
)
create(
    L,
    "Hey, I've spilt tea on my laptop keyboard. It still works but some keys are sticky. Can someone have a look today?",
    "tea",
)
create(
    E,
    "Since Monday I can't open any attachments in Outlook, it says the file type is blocked",
    "attachments",
)
create(
    L,
    "Our sales team needs access to the new CRM, five licences please. Names to follow once approved",
    "CRM",
)

# ---------------------------------------------------------------------------------------------
# Employees: reading one of their own tickets
# ---------------------------------------------------------------------------------------------
get(E, "What's the status of my ticket 3115?", 3115)
get(E, "any update on #3042?", 3042)
get(E, "Hi, could you tell me where INC-3089 is at? It's been a while", 3089)
get(E, "ticket no. 3131 - is the monitor coming?", 3131)
get(E, "Has anyone picked up the Outlook password one yet?", 3115)
get(E, "show me my oldest open ticket", 3042)
get(E, "when did I raise the SharePoint access request? has anyone looked at it?", 3089)
get(E, "what happened with the printer jam ticket, who fixed it in the end?", 3067)
get(E, "Can I see ref 3005 please", 3005)
get(E, "Why was my Teams camera ticket cancelled?", 3150)
get(E, "what's going on with my second monitor request? it's been on hold for ages", 3131)
get(E, "pull up 3018 for me", 3018)
get(E, "Good morning, just checking in on 3042 - is it waiting on me?", 3042)
get(E, "status of the one about the missing vpn client on my new laptop?", 3018)
get(L, "what's the latest on 3120?", 3120)
get(L, "Hi, is Mia's new starter ticket done? she starts Monday", 3076)
get(L, "can I look at the wifi meeting room ticket again, #3121", 3121)
get(L, "Any news on my laptop fan? it's still roaring", 3120)
get(L, "INC-3076 status pls", 3076)
get(L, "Show me ticket 3121 please, I want to see what the fix was", 3121)
get(L, "when is someone coming to look at my overheating laptop?", 3120)
get(E, "Is there anything new on my Finance SharePoint ticket since last week?", 3089)
get(E, "Hiya - who's working on 3115 and when did they last update it?", 3115)
get(L, "ticket 3120 - has it been assigned to anyone yet?", 3120)

# ---------------------------------------------------------------------------------------------
# Employees: listing
# ---------------------------------------------------------------------------------------------
listing(E, "show my open tickets")
listing(E, "What tickets do I have open at the moment?")
listing(E, "anything still open since Monday?")
listing(E, "list everything I've ever raised")
listing(E, "Which of my tickets are waiting on me?")
listing(E, "can you show me 3042 and 3115 side by side", [3042, 3115])
listing(E, "my closed tickets please")
listing(E, "What did I log this week?")
listing(E, "Hi, could I get a list of my requests that are still outstanding? Thanks")
listing(E, "tickets 3089, 3131 and 3042 - where are they all at?", [3042, 3089, 3131])
listing(L, "what have I got open")
listing(L, "List my tickets")
listing(L, "Show me all my tickets, open and closed")
listing(L, "anything of mine closed in the last month?")
listing(L, "do I have any tickets waiting for a reply from me?")
listing(L, "my tickets from this month")
listing(E, "which of my tickets were opened before Christmas and are still not fixed?")
listing(E, "everything I reported about the VPN")
listing(L, "3120 and 3076, any progress on either?", [3076, 3120])
listing(E, "What's outstanding for me? Heading into a busy week and want to chase anything old")

# ---------------------------------------------------------------------------------------------
# Employees: notes on their own tickets
# ---------------------------------------------------------------------------------------------
note(
    E,
    "Add a note to 3115: tried the Credential Manager fix, it still prompts every 10 minutes",
    3115,
    "Credential",
)
note(
    E, "on #3042 - the VPN dropped again last night at about 9pm, screenshot to follow", 3042, "9pm"
)
note(
    E,
    "please add to my SharePoint access request that my manager Isla Murphy has approved it",
    3089,
    "approved",
)
note(
    E,
    "INC-3131: I'm in the office Tuesday and Thursday if someone wants to bring the monitor",
    3131,
    "Thursday",
)
note(
    E,
    "Update on 3042: switched to the wired connection at home and it hasn't dropped since",
    3042,
    "wired",
)
note(
    E,
    "for the Outlook ticket, please add: it only happens in the desktop app, webmail is fine",
    3115,
    "webmail",
)
note(E, "add a comment on ticket no. 3089: I need edit access, not just read", 3089, "edit")
note(
    E,
    "Can you tell whoever has 3115 that I'm out tomorrow, any time Friday works for a remote session",
    3115,
    "Friday",
)
note(E, "add to 3131: still need this one, it's been on hold for a while now", 3131, "hold")
note(
    E,
    "Note for my VPN ticket that's still open: it happens on the home broadband only, my phone hotspot is fine",
    3042,
    "hotspot",
)
note(E, "re 3042: happy for you to remote in any afternoon this week", 3042, "afternoon")
note(
    E, "add to the second monitor request: a 27 inch one would be ideal if you have any", 3131, "27"
)
note(
    E,
    "On 3115 please note the prompts started after the password change on the 1st",
    3115,
    "prompts",
)
note(
    E,
    "Hi, please add to 3089 that I need it before the month-end close on Friday. Thank you!",
    3089,
    "month-end",
)
note(L, "add a note to 3120: it's worse when the laptop is on the docking station", 3120, "docking")
note(L, "For ticket 3120 - I've cleaned the vents, no change", 3120, "vents")
note(L, "3120: can someone come before 11? I have client calls after lunch", 3120, "11")
note(L, "INC-3120 update: the fan noise stops when I close Chrome", 3120, "Chrome")
note(
    L,
    "on my laptop fan ticket, please note it's also getting very hot on the left side",
    3120,
    "left",
)
note(
    E,
    "Add to #3115: same thing on my colleague's laptop, so maybe it's not just me",
    3115,
    "colleague",
)
note(
    E,
    "for 3042 please add - error message says 'connection to the VPN server was lost'",
    3042,
    "server",
)
note(L, "Note on 3120 please: serial number is on the sticker, PF2X91K", 3120, "PF2X91K")
note(
    E, "3089 - add that I also need the Finance Reports subsite, same permissions", 3089, "subsite"
)
note(
    E, "Just add to 3131 that I've moved desks, now by the window on the 2nd floor", 3131, "window"
)

# ---------------------------------------------------------------------------------------------
# Employees: resolve / close their own
# ---------------------------------------------------------------------------------------------
resolve(E, "Please resolve my VPN ticket, it works again since the config push", 3042)
resolve(
    E, "You can close 3115, Outlook hasn't asked for my password since Tuesday. Thanks Chloe!", 3115
)
resolve(E, "close INC-3131, a colleague gave me their spare monitor", 3131)
resolve(E, "I don't need the SharePoint access anymore, you can close that one", 3089)
resolve(E, "3042 is fixed, mark it resolved please", 3042)
resolve(E, "the Outlook one is sorted, thanks - please close it", 3115)
resolve(L, "please close 3120, the fan was just dust and it's quiet now", 3120)
resolve(L, "Resolve ticket no. 3120 - the new thermal paste fixed it. Cheers", 3120)
resolve(E, "All good with the monitor now, close ticket 3131 please", 3131)
resolve(E, "#3089 can be closed, Isla sorted my access directly", 3089)
resolve(L, "my laptop overheating ticket can be closed, got a replacement from a colleague", 3120)
resolve(E, "hi, just to let you know the VPN is fine now - please close #3042", 3042)

# ---------------------------------------------------------------------------------------------
# Employees: reopen
# ---------------------------------------------------------------------------------------------
reopen(E, "reopen 3067, the printer is jamming again on every job", 3067)
reopen(
    E, "The printer ticket came back - 2nd floor printer is jamming again. Can you reopen it?", 3067
)
reopen(
    E, "Please reopen ticket no. 3018, the VPN client vanished again after the last update", 3018
)
reopen(E, "3005 needs reopening, the reset didn't stick and I'm locked out again", 3005)
reopen(
    E,
    "Can you reopen my Teams camera ticket? It was cancelled but the camera still isn't detected",
    3150,
)
reopen(L, "reopen 3121, the wifi in meeting room 2 is dropping again", 3121)
reopen(L, "Hi, the Wi-Fi drops in room 2 are back. Please reopen #3121", 3121)
reopen(E, "INC-3067 isn't fixed after all - paper jam again this morning, please reopen", 3067)
reopen(L, "Sorry, need to reopen 3121 - same problem as before during calls", 3121)
reopen(
    E,
    "my password reset ticket from a while back, can it be reopened? the new password stopped working",
    3005,
)

# ---------------------------------------------------------------------------------------------
# Employees: rating
# ---------------------------------------------------------------------------------------------
rate(E, "rate 3067 5 stars", 3067, 5)
rate(E, "Feedback on my password reset ticket: quick and friendly, 5/5", 3005, 5)
rate(E, "3018 - 3 out of 5, took a while but got there", 3018, 3)
rate(L, "I'd give 3121 four stars, thanks for sorting the wifi", 3121, 4)
rate(E, "rate the printer ticket 4/5 please", 3067, 4)
rate(L, "Rating for #3121: 5, very quick", 3121, 5)
rate(E, "give 3005 a 2, had to chase three times", 3005, 2)
rate(E, "For the VPN client ticket 3018 I'd say 4 stars, Marcus was great", 3018, 4)

# ---------------------------------------------------------------------------------------------
# Employees: how-to questions (knowledge base)
# ---------------------------------------------------------------------------------------------
lookup(E, "how do I reset my password?", "kb_articles", "password")
lookup(E, "How do I connect to the vpn from home?", "kb_articles", "vpn")
lookup(E, "how to clear a paper jam on the printer", "kb_articles", "jam")
lookup(L, "How do I set up MFA on my new phone?", "kb_articles", "MFA")
lookup(L, "how do i map a network drive", "kb_articles", "drive")
lookup(E, "Is there a guide for reporting phishing emails?", "kb_articles", "phishing")
lookup(E, "how do I connect to the office wifi on my laptop?", "kb_articles", "wifi")
lookup(L, "How do I request access to a SharePoint site?", "kb_articles", "SharePoint")
lookup(
    E, "what's the process for a new starter? what does IT need from me", "kb_articles", "starter"
)
lookup(L, "how do I install windows updates myself", "kb_articles", "updates")
lookup(E, "how do I stop Outlook asking for my password all the time?", "kb_articles", "Outlook")
lookup(L, "how do I pick the right microphone in teams", "kb_articles", "microphone")
lookup(E, "Any articles on setting up the authenticator app?", "kb_articles", "authenticator")
lookup(
    L,
    "How can I reset my own password without calling the service desk?",
    "kb_articles",
    "password",
)
lookup(E, "how do I join a teams meeting from the calendar invite?", "kb_articles", "meeting")
lookup(
    L,
    "Where's the article about the vpn? I need to set it up at home tonight",
    "kb_articles",
    "vpn",
)
lookup(E, "how to spot a phishing email", "kb_articles", "phishing")
lookup(L, "What do I do when the printer jams?", "kb_articles", "jams")
lookup(E, "Hi, how do I map the finance shared drive?", "kb_articles", "drive")
lookup(L, "is there a how-to for the guest wifi?", "kb_articles", "wifi")

# ---------------------------------------------------------------------------------------------
# Employees: refused (someone else's ticket, admin operations)
# ---------------------------------------------------------------------------------------------
refused(E, "Can you check on ticket 3120 for me? Liam's away and it's his laptop")
refused(E, "add a note to 3101: the warehouse scanner is still offline")
refused(E, "close INC-3140 please, Olivia says her monitor is fine now")
refused(E, "bump my VPN ticket to critical please, I can't work")
refused(E, "Please assign my Outlook ticket to Chloe Martin")
refused(E, "look up the customer record for Globex")
refused(E, "which agents are in the network team?")
refused(E, "show me ticket 9999")
refused(E, "rate 3115 5 stars")
refused(
    E, "Please move my monitor request to the Field Services team, they're the ones who deliver"
)
refused(E, "set 3131 to in progress, it shouldn't be on hold")
refused(L, "what's the latest on 3115?")
refused(L, "Can you show me Emma's tickets? She's off sick and asked me to chase them")
refused(L, "reopen 3067 for Emma, the printer is jamming again")
refused(L, "note on 3042: Emma says it's still dropping")
refused(L, "change 3120 to high priority, it's urgent")
refused(L, "what invoices do we have outstanding with IT?")
refused(L, "list the contracts for Acme")
refused(L, "Can you give me Olivia Brown's phone number from the user list?")
refused(E, "close 3067 please, that printer's fine now")

# ---------------------------------------------------------------------------------------------
# Employees: ambiguous ticket, candidates expected
# ---------------------------------------------------------------------------------------------
candidates(E, "What's the latest on my ticket?", "get_ticket")
candidates(E, "show me my VPN ticket", "get_ticket")
candidates(E, "can you close my ticket, all sorted now thanks", "resolve_ticket")
candidates(E, "add a note to my ticket: I'm in the office on Thursday", "add_note")
candidates(E, "rate my ticket 4 stars", "rate_ticket")
candidates(E, "what's happening with my password ticket?", "get_ticket")
candidates(L, "any update on my ticket?", "get_ticket")
candidates(E, "reopen my ticket please, the problem is back", "reopen_ticket")
candidates(E, "Update my open ticket: I'll be working from home tomorrow", "add_note")
candidates(E, "Hi, please resolve my open one, it works now", "resolve_ticket")

# ---------------------------------------------------------------------------------------------
# Admin: morning triage in the console
# ---------------------------------------------------------------------------------------------
create(
    A,
    "Log a ticket for Globex, Springfield Campus: projector in the main boardroom won't power on",
    "projector",
    client_id=17,
    site_id=41,
)
create(
    A,
    "New ticket for Peter Gibbons at Initech - his docking station is dead. Priority high.",
    "docking",
    client_id=42,
    user_id=401,
    priority_id=2,
)
create(
    A,
    "raise a change for Stark Logistics Fleet Depot: replace the depot firewall Saturday night, team Network",
    "firewall",
    client_id=27,
    site_id=62,
    tickettype_id=22,
    team_id=12,
)
create(
    A,
    "Create an incident for Umbrella Health, site Laboratory, user Carlos Oliveira: label printer offline. Critical",
    "printer",
    client_id=23,
    site_id=52,
    user_id=502,
    tickettype_id=1,
    priority_id=1,
)
create(
    A,
    "ticket for Wayne Foundation, Lucius Fox needs a new mobile phone. Service request, low priority, give it to Hannah",
    "phone",
    client_id=35,
    user_id=701,
    tickettype_id=3,
    priority_id=4,
    agent_id=9,
)
create(
    A,
    "Acme Warehouse - Noah Williams reports the label printer is out of toner, medium",
    "toner",
    client_id=12,
    site_id=32,
    user_id=203,
    priority_id=3,
)
create(
    A,
    "open a problem record for Acme HQ: recurring Outlook disconnects across the 2nd floor, Messaging team",
    "disconnects",
    client_id=12,
    site_id=31,
    tickettype_id=21,
    team_id=11,
)
create(
    A,
    "For Initech Austin Branch, Joanna Baker can't print to the front desk printer. 1st Line Support please",
    "print",
    client_id=42,
    site_id=102,
    user_id=404,
    team_id=5,
)
create(
    A,
    "Globex Cypress Creek, Hank Scorpio: needs VPN access for two new contractors. SR, assign Marcus Reid",
    "contractors",
    client_id=17,
    site_id=44,
    user_id=302,
    tickettype_id=3,
    agent_id=8,
)
update(A, "3101 - bump to critical, the warehouse is down to one scanner", 3101, priority_id=1)
update(A, "assign 3140 to Hannah Fischer", 3140, agent_id=9)
update(A, "put 3099 on hold until the replacement part arrives", 3099, status_id=28)
update(A, "3160 is really a Teams client issue, move it to the Messaging team", 3160, team_id=11)
update(A, "3055 status With Supplier, waiting on the RAM from the vendor", 3055, status_id=5)
update(A, "change 3140 to a service request", 3140, tickettype_id=3)
update(A, "reassign 3115 to Daniel Kim and make it high priority", 3115, agent_id=6, priority_id=2)
update(A, "3089 -> Priya Sharma", 3089, agent_id=5)
update(A, "Drop 3120 to low priority, Liam says it's bearable for now", 3120, priority_id=4)
update(A, "3110: team Field Services, agent Hannah", 3110, team_id=15, agent_id=9)
update(A, "set 3042 back to in progress, Marcus is working on it", 3042, status_id=2)
note(A, "3099 internal note: Dell engineer booked for Thursday to swap the board", 3099, "engineer")
note(
    A,
    "add a public note to 3160 asking Samir to try the wired headset and report back",
    3160,
    "headset",
)
note(A, "hidden note on 3101: AP in aisle 4 rebooted, monitoring for 24h", 3101, "rebooted")
note(
    A,
    "Tell Olivia on 3140 that Hannah will come by tomorrow at 10 to check the monitor",
    3140,
    "tomorrow",
)
note(A, "3055 - add note: memory replaced, running diagnostics overnight", 3055, "diagnostics")
resolve(A, "close 3101, the scanner is connecting fine now", 3101)
resolve(A, "resolve 3055 and add a visible note summarising the fix", 3055)
resolve(A, "3110 can be resolved, contractor VPN access is set up", 3110)
resolve(A, "mark 3160 resolved, Samir confirmed the audio is fine", 3160)
get(A, "pull up 3099", 3099)
get(A, "what's the story with INC-3055?", 3055)
listing(A, "show me 3101, 3099 and 3055", [3055, 3099, 3101])
listing(A, "list tickets opened since Monday")
lookup(A, "find customer Umbrella", "customers", "Umbrella")
lookup(A, "look up Jill Valentine", "users", "Valentine")
lookup(A, "list our teams", "teams")
lookup(A, "asset AC-2219 - who has it?", "assets", "AC-2219")
lookup(A, "which invoices are still unpaid?", "invoices")
lookup(A, "what appointments are booked this week", "appointments")
lookup(A, "pull up contract ACME-MSA-2026", "contracts", "ACME-MSA-2026")
lookup(A, "show me the SLA compliance report", "reports", "SLA")
lookup(A, "what ticket types are set up?", "ticket_types")
lookup(A, "list all agents", "agents")
lookup(A, "kb articles about phishing", "kb_articles", "phishing")
lookup(A, "sites for Globex", "sites")
