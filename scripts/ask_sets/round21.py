"""Round 21: plain-language requests for the portal's Ask box, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time they use it, each paired with the one action (and key ids) the portal
should propose, or with a refusal at plan time, or with a list of candidate tickets where the
ticket meant is ambiguous.

Style: mostly stressed or annoyed people (a deadline, a client meeting, a laptop that died, the
third time the same thing fails) who wrap the request in context and feelings, sometimes with the
real question buried in a complaint; a fair number of very short, blunt ones; loose spelling,
casing and punctuation. Employees name their own tickets by number or loosely by topic ("my
Outlook ticket", "the SharePoint access one"). The admin writes tersely with ids, during an
outage. Mix: ~32 % new problems and requests, ~9 % reading one own ticket, ~7 % listing,
~9 % notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~7 % how-to questions (knowledge base), ~7 %
refused, ~4 % candidates, ~15 % admin.

Seed facts relied on (simulator demo data):
- People: emma = Emma Jones (user 201), liam = Liam Patel (user 202), both Acme Inc (client 12),
  site HQ (31). Other users: 203 Noah Williams (Acme Warehouse 32), 207 Ethan Wright (Warehouse 32),
  301 Olivia Brown (Globex 17, Springfield Campus 41), 302 Hank Scorpio (Globex, Cypress Creek 44),
  401 Peter Gibbons, 402 Michael Bolton, 403 Samir Nagheenanajar (Initech 42, Main Office 101),
  404 Joanna Baker (Initech, Austin Branch 102), 501 Alice Abernathy (Umbrella Health 23,
  Raccoon City Clinic 51), 502 Carlos Oliveira (Umbrella Health, Laboratory 52),
  602 Happy Hogan (Stark Logistics 27, Fleet Depot 62), 703 Alfred Pennyworth (Wayne Foundation 35,
  Gotham Office 71).
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User),
  3089 "Access to the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password"
  (In Progress), 3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after
  holiday", 3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps
  jamming"; cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two
  password tickets (3005, 3115), so "my VPN ticket" / "my password ticket" is ambiguous when read.
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 "Warehouse scanner cannot join Wi-Fi" (Noah Williams, Action
  Required), 3055 "Blue screen on desktop PC" (Peter Gibbons), 3099 "Laptop will not boot after
  Windows update" (Michael Bolton, Action Required), 3160 "Teams calls dropping audio" (Samir,
  With User), 3110 "VPN access for a contractor" and 3140 "Monitor flickering" (Olivia Brown).
- Agents: 3 Sarah Mitchell (Service Desk), 6 Daniel Kim and 11 Tom Walsh (2nd Line Support),
  7 Chloe Martin (Messaging), 8 Marcus Reid (Network), 9 Hannah Fischer (Field Services).
- Teams: 2 Service Desk, 5 1st Line Support, 6 2nd Line Support, 11 Messaging, 12 Network,
  15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
  Ticket types: 1 Incident, 3 Service Request, 21 Problem, 22 Change.
- Look-ups: asset AC-2219 (Emma's laptop), contracts such as GLX-MSP-2026 (Globex), report
  "SLA compliance (last 30 days)", knowledge-base articles on VPN, password reset, paper jams,
  MFA, Outlook password prompts, office Wi-Fi, SharePoint access, Teams meetings, new starters,
  network drives, phishing and Windows updates.
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
    "ok so I have a client presentation at 2 and my laptop just died. like completely, black screen, won't turn on even plugged in. I've held the power button for 30 secs, tried Liam's charger, nothing. I need someone to look at it NOW or lend me a loaner, please please",
    "laptop",
)
create(
    E,
    "My laptop gets really hot during Teams calls and then everything freezes. Had to drop off a call with a customer twice today which was mortifying.",
    "hot",
)
create(
    E,
    "keyboard on my laptop is sticking, the E and R keys only work if I hammer them. can I get a new keyboard",
    "keyboard",
)
create(
    E,
    "Third time this week the printer by reception has chewed up my document. It's not jammed exactly, it just crumples the paper and shows error 13.B2. I have contracts to print for signing by end of day!! Can someone come and sort it out?",
    "printer",
)
create(
    E,
    "I need Adobe Acrobat Pro installed please, I have to edit PDFs for the board pack tomorrow and the free reader won't let me change anything.",
    "Acrobat",
)
create(E, "mouse stopped working", "mouse")
create(
    E,
    "Excel crashes every single time I open the Q3 forecast workbook. It's the one on the Finance share. Other files open fine. I've restarted twice. This is due to my manager at 5pm and honestly I'm panicking a bit.",
    "Excel",
)
create(
    E,
    "can't log in to the expenses system, it says my account is disabled?? I haven't done anything to it. I need to submit my claims before the cut-off on friday",
    "expenses",
)
create(
    E,
    "work phone screen cracked, dropped it in the car park this morning :( it still works but the touch is patchy at the bottom. could I get it replaced?",
    "phone",
)
create(
    E,
    "Hi there, hope you're well. From next month I'll be working from the Warehouse site two days a week and I'll need a docking station and a desk phone there. Could you arrange that? Many thanks, Emma",
    "docking",
)
create(
    E,
    "my calendar in outlook shows every meeting an hour off since the clocks changed. I've nearly missed two meetings already. please fix",
    "calendar",
)
create(
    E,
    "webcam is so blurry in every call, it's like looking through vaseline. I've cleaned it. still bad.",
    "webcam",
)
create(
    E,
    "Please can I get access to the HR shared drive? My manager Kate approved it by email yesterday.",
    "HR",
)
create(
    E,
    "The wifi on the 3rd floor keeps dropping every 20 min or so. I'm on calls all day so this is really disruptive, and people around me have the same thing",
    "wifi",
)
create(
    E,
    "URGENT - I clicked a link in an email that looked like it came from DHL and it asked for my password and I typed it in before I realised. I think it was a scam. I haven't done anything else. Please can someone check my account asap",
    "link",
)
create(
    E,
    "sound not working on my laptop. no audio from the speakers or the headset, tried 2 different headsets",
    "sound",
)
create(
    E,
    "Need a new laptop charger, mine has frayed near the plug and it sparked a bit this morning which really scared me",
    "charger",
)
create(
    E,
    "Can someone set up my new iPhone with work email? The old one's battery finally gave up.",
    "iPhone",
)
create(
    E,
    "Word keeps crashing when I try to save to OneDrive and I've just lost 2 hours of work on a proposal. Autosave saved nothing. I'm so angry right now. Please stop it happening again, and if there is any way to get the document back that would be amazing",
    "crashing",
)
create(
    E,
    "teams won't let me share my screen, the button is just greyed out. had to email the slides to everyone in the middle of a pitch. embarrassing",
    "share",
)
create(
    E,
    "The big screen in meeting room 4 won't pick up my laptop over HDMI, just says no signal. I'm hosting a client workshop in there at 9 tomorrow morning so it really needs to work",
    "HDMI",
)
create(
    E,
    "hi! I got married last month and changed my surname, could my email and display name be updated to Emma Jones-Carter? thank you",
    "surname",
)
create(
    E,
    "My account keeps getting locked, like every hour. I have to ring the desk each time to get unlocked. This is day three of this and I'm losing my mind",
    "locked",
)
create(E, "I need a Visio licence please, for the process maps for the audit", "Visio")
create(E, "the badge reader at the side entrance won't read my card anymore", "badge")
create(
    E,
    "Could I get Zoom installed? One of our customers insists on Zoom and won't use Teams.",
    "Zoom",
)
create(
    E,
    "laptop battery goes from 100 to 0 in about an hour even when I'm only doing emails. I'm travelling to the client site on Thursday and there are no plugs on that train",
    "battery",
)
create(
    E,
    "new hire starting monday in my team - Zoe Adams - she'll need a laptop, email and teams. sorry for the short notice!!",
    "Zoe",
)
create(
    E,
    "Hello IT, my OneDrive has said 'processing changes' for two days now and nothing is syncing. I need those files on my home PC tonight.",
    "OneDrive",
)
create(E, "projector in the boardroom has no picture", "projector")
create(
    E,
    "Outlook search doesn't find anything older than about a month. I'm trying to find an old thread with a supplier and it just says no results",
    "search",
)
create(
    E,
    "So I've been waiting for SAP to load for 20 minutes. It just spins. Everyone else in my row can get in. It's month end close today, I can't stress enough how bad the timing is. Please help",
    "SAP",
)
create(
    E,
    "can i have a headset with a proper mic? the laptop one picks up the whole open plan office",
    "headset",
)
create(E, "touchpad stopped responding after last night's update", "touchpad")
create(
    E,
    "I keep getting 'your mailbox is almost full' warnings and now I can't send anything at all. I literally cannot do my job without email",
    "mailbox",
)
create(
    E,
    "Please install Power BI Desktop on my laptop, our team is moving all the reports over next week and I'm the one building them",
    "Power",
)
create(
    E,
    "the wifi in the HQ canteen doesn't work at all, it connects and then nothing loads",
    "canteen",
)
create(
    E,
    "screen went black with coloured lines across it after I closed the lid. tried a restart, same thing. I have a 3pm with a client",
    "screen",
)
create(
    E,
    "Can someone give me edit rights on the Marketing SharePoint site? I've only got read-only and I need to update the campaign page before launch on Monday",
    "Marketing",
)
create(
    E,
    "My laptop is making a weird buzzing noise from the left side when it's plugged in",
    "buzzing",
)

create(
    L,
    "Laptop keeps blue screening, 4 times today, error says CRITICAL_PROCESS_DIED. I'm presenting to the Globex people in an hour and I honestly don't know if I can even open my slides. Help.",
    "blue",
)
create(L, "need vpn access set up for a contractor starting next week, for 3 months", "contractor")
create(L, "my monitor is flickering", "monitor")
create(
    L,
    "printer on the 2nd floor says toner low and everything comes out faded. can someone replace the toner please",
    "toner",
)
create(
    L,
    "Outlook isn't getting any new emails since about 9, it just says 'updating folders' forever. I'm waiting on a signed contract from a customer so this is killing me",
    "Outlook",
)
create(L, "The Accounts shared mailbox vanished from my Outlook this morning", "mailbox")
create(
    L,
    "MFA prompt never arrives on my new phone. Got a new Samsung on Saturday, moved the Authenticator app over, and now I can't sign in from home at all. I'm working from home tomorrow so need this sorted today please",
    "MFA",
)
create(L, "can I get a second laptop charger for home", "charger")
create(
    L,
    "Docking station isn't detecting my 2nd monitor, only one screen works when I dock",
    "docking",
)
create(
    L,
    "Hi team, we've got six visitors from Stark Logistics on Wednesday for a workshop and they'll need guest wifi. Could you set up access for the day? Thanks, Liam",
    "guest",
)
create(L, "add me to the Sales distribution list pls", "Sales")
create(
    L,
    "Teams calls keep dropping audio after like 10 min, people just stop hearing me. Happened in 3 calls today, one with my director. I've swapped headsets already. Is this a known thing??",
    "audio",
)
create(L, "password expired while I was on leave and now I cant log in to anything", "password")
create(L, "My desk phone just shows 'no service'", "phone")
create(
    L,
    "the S: network drive isn't mapping anymore, it just says path not found. All our team's files are on there and we've got a deadline friday",
    "drive",
)
create(
    L,
    "Need access to the Legal SharePoint site for the contract review next week, my manager has approved",
    "Legal",
)
create(
    L,
    "My laptop is five years old and the battery lasts under an hour now. Can I get a replacement?",
    "battery",
)
create(
    L,
    "wireless keyboard and mouse set please, the dongle one I have keeps disconnecting mid-sentence",
    "keyboard",
)
create(
    L,
    "excel macros are disabled all of a sudden and our reporting workbook won't run. the weekly report goes to the board tomorrow",
    "macros",
)
create(
    L,
    "I'm locked out. Changed my password this morning and now it says wrong password everywhere, even the email on my phone. Just sitting here unable to do anything.",
    "locked",
)
create(
    L,
    "Could you install Python and VS Code on my laptop? I'm starting the data course next week",
    "Python",
)
create(L, "wifi in meeting room 3 is super slow, 2mbps on a speed test. fine at my desk", "slow")
create(
    L,
    "The big printer in the warehouse office is offline for everyone, shows 'error' on all our PCs. The drivers are waiting on their delivery notes and they're getting impatient with me",
    "printer",
)
create(
    L,
    "New starter Oscar Bell joins on Monday, he needs a laptop, email and Teams. Same setup as the rest of the sales team please",
    "Oscar",
)
create(L, "bluetooth headset won't pair with my laptop", "headset")
create(
    L,
    "calendar invites from outside the company all show up as plain text attachments instead of meetings, I've missed one already",
    "calendar",
)
create(
    L,
    "USB ports on my laptop have all stopped working. can't charge my phone or use my mouse",
    "USB",
)
create(
    L,
    "hi, I'm getting loads of spam pretending to be from our CEO, like 20 a day asking me to buy gift cards. can you block them?",
    "spam",
)
create(
    L,
    "browser keeps logging me out of the CRM every 5 minutes. lost a half-written customer note twice",
    "CRM",
)
create(L, "I need a bigger monitor please, my eyes are dying with this 19 inch one", "monitor")
create(
    L,
    "Windows update has been stuck at 35% for an hour and my laptop is completely unusable. I have a call with a supplier at 3.",
    "update",
)
create(L, "webcam not detected in Teams, it worked yesterday", "webcam")
create(L, "can't print from my laptop at all, every job just says 'error - printing'", "print")
create(L, "The asset tag sticker has come off my laptop. Do you need to re-tag it?", "tag")
create(L, "phone stopped syncing work email since the iOS update", "email")
create(
    L,
    "Can I get an Adobe Photoshop licence? I'm doing the marketing material for the trade show",
    "Photoshop",
)
create(L, "there's a line of dead pixels down the middle of my laptop screen", "pixels")
create(L, "C drive says 0 bytes free and nothing will save", "drive")
create(
    L, "file shares are really slow from home, takes a minute to open a tiny spreadsheet", "shares"
)
create(
    L,
    "Sorry to bother you again. The Teams app on my laptop won't open at all today, it just flashes and closes. I've got back to back meetings all afternoon and I'm joining from my phone which is a nightmare",
    "Teams",
)

# ---------------------------------------------------------------------------------------------
# Employees: reading one of their own tickets
# ---------------------------------------------------------------------------------------------
get(E, "What's the status of 3115?", 3115)
get(
    E,
    "has anyone actually looked at my Outlook password thing? it's been days. what's going on with it",
    3115,
)
get(
    E,
    "Sorry to chase but I really need to know - any news on the sharepoint access request? The auditors arrive Thursday and everything they want is in the Finance folder, and my manager keeps asking me whether it is sorted. I feel like I keep letting her down over something I can't control",
    3089,
)
get(E, "where are we with ticket 3131? the second monitor", 3131)
get(E, "show me 3042", 3042)
get(
    E,
    "What's the latest on the VPN dropping at home ticket? I got an email saying they need something from me",
    3042,
)
get(E, "can you show me what happened with my password reset ticket from after the holidays", 3005)
get(E, "what did IT say on my printer jam ticket in the end", 3067)
get(E, "Why was my Teams camera ticket cancelled?? I never said it was fixed", 3150)
get(E, "ticket 3018?", 3018)
get(E, "status 3089", 3089)
get(
    E,
    "I'm chasing the second monitor. It's been 'On Hold' for what feels like forever and nobody tells me why. I'm doing spreadsheets on a 13 inch laptop screen all day and my neck is killing me. What's the hold up on 3131?",
    3131,
)
get(E, "pull up my outlook ticket please", 3115)
get(E, "What did they write on 3115 last?", 3115)
get(L, "status of 3120 pls", 3120)
get(
    L,
    "Is anyone coming to look at my laptop? The fan noise is driving everyone around me mad and it's so hot I can't keep it on my lap. What's the latest on the overheating ticket?",
    3120,
)
get(
    L,
    "Mia keeps coming to my desk asking why she can't get into half the systems and I have no idea what to tell her. Did the Mia Chen new starter stuff all get done or not? I'd love to have an answer before our team meeting at 11",
    3076,
)
get(
    L,
    "The wifi in room 2 was terrible again in this morning's call but I'm not sure what was actually done last time. show me ticket 3121",
    3121,
)
get(L, "what happened with the meeting room 2 wifi ticket", 3121)
get(L, "3076 - where is it at?", 3076)
get(L, "can I see the details of my laptop fan ticket", 3120)
get(L, "When is someone coming for the laptop inspection on 3120?", 3120)
get(L, "hey what's the update on my new starter ticket", 3076)

# ---------------------------------------------------------------------------------------------
# Employees: listing their tickets
# ---------------------------------------------------------------------------------------------
listing(E, "show my open tickets")
listing(E, "what tickets have I got open at the moment?")
listing(E, "list all my tickets")
listing(E, "my closed tickets")
listing(E, "Is anything waiting on me?")
listing(E, "which of my tickets are still open, I've honestly lost track")
listing(E, "tickets I opened this week")
listing(E, "can I see 3042 and 3115 together", [3042, 3115])
listing(E, "show me 3089, 3131 and 3115", [3089, 3115, 3131])
listing(E, "everything I've raised since Monday")
listing(L, "my tickets")
listing(L, "what have I got open")
listing(L, "list my tickets please, including the old ones")
listing(L, "show 3120 and 3121", [3120, 3121])
listing(L, "anything from IT I need to reply to?")
listing(L, "Show me all my tickets from the last month")
listing(L, "what's open for me")
listing(L, "list my resolved tickets")

# ---------------------------------------------------------------------------------------------
# Employees: notes on their own tickets
# ---------------------------------------------------------------------------------------------
note(
    E,
    "add to 3115: I restarted Outlook and signed out and back in like you said, it still asks every 10 minutes",
    3115,
    "restarted",
)
note(E, "On my Outlook ticket please add that it happens on my phone now too", 3115, "phone")
note(
    E,
    "Honestly I'm at the end of my rope with this. Note for the VPN at home ticket: it dropped 6 times during my 10am call with the Umbrella Health people. I'm on home broadband, the router is a BT hub, nothing else in the house has problems. I really don't want to have to come into the office just to get a stable connection",
    3042,
    "router",
)
note(
    E,
    "please add a note to 3042 - I'm around all day tomorrow if the network person wants to do a remote session",
    3042,
    "tomorrow",
)
note(
    E,
    "tell them on the sharepoint access ticket that my manager has approved it, she sent the email this morning",
    3089,
    "approved",
)
note(E, "3089 add note: I need edit rights, not just read", 3089, "edit")
note(
    E,
    "for the second monitor request: I'd be happy with any size, even an old one, I just need something",
    3131,
    "size",
)
note(E, "add a note to 3131 saying I'm in the office on Tuesdays and Thursdays", 3131, "Tuesdays")
note(
    E,
    "Can you add to my VPN home ticket that I tried a wired connection and it still drops",
    3042,
    "wired",
)
note(
    E,
    "Update for ticket 3115 - a screenshot of the prompt is in my email to the service desk",
    3115,
    "screenshot",
)
note(
    E,
    "on the Finance SharePoint one, add: the deadline is end of month for the audit",
    3089,
    "audit",
)
note(E, "add note 3042 still dropping", 3042, "dropping")
note(E, "Reply on 3042: yes it still happens after a restart", 3042, "restart")
note(L, "add to 3120: it's now making a clicking noise as well", 3120, "clicking")
note(L, "note on my laptop ticket - I'm out Friday so any visit should be Mon-Thu", 3120, "Friday")
note(L, "3076: Mia's start date has moved to the 14th, please add that", 3076, "14th")
note(
    L,
    "for the new starter ticket add that she also needs to be on the Sales distribution list",
    3076,
    "Sales",
)
note(
    L,
    "This is getting ridiculous. Can you add a note on 3120 that it shut itself down twice today from overheating, once in the middle of saving a quote for a customer. I've got it propped up on two books so air gets under it. How long until someone looks at it properly?",
    3120,
    "overheating",
)
note(
    L,
    "Please add to my laptop fan one: I can bring it to the IT room at lunch if that's easier",
    3120,
    "lunch",
)
note(L, "note for 3120: battery might be swelling a bit too?", 3120, "battery")
note(L, "3076 add note Mia needs a laptop with 32GB, she does data work", 3076, "32GB")
note(
    L,
    "tell IT on my laptop overheating ticket the fan noise is worse in the afternoons",
    3120,
    "afternoons",
)
note(L, "add note to 3076: thanks, all her accounts work now", 3076, "accounts")

# ---------------------------------------------------------------------------------------------
# Employees: resolving / closing their own tickets
# ---------------------------------------------------------------------------------------------
resolve(
    E,
    "Please close my VPN ticket for home working, it's been fine since the update on Monday",
    3042,
)
resolve(E, "resolve 3115, outlook stopped asking", 3115)
resolve(
    E,
    "you can close the sharepoint access one, I got in this morning. thanks! just in time for the audit too, what a relief",
    3089,
)
resolve(E, "close 3131, don't need it anymore, my manager found me a spare monitor", 3131)
resolve(E, "3042 is fixed, close it", 3042)
resolve(
    E,
    "Good news for once! Outlook hasn't asked for my password in two days so I think we're finally good. Please mark the ticket as resolved. Thank you Chloe, you've saved my sanity, I was about to throw the laptop out of the window",
    3115,
)
resolve(L, "close 3120 the fan is fine after the clean", 3120)
resolve(L, "laptop fan ticket can be closed, it's quiet now", 3120)
resolve(L, "resolve my new starter ticket, Mia's all set up", 3076)
resolve(L, "3076 done, close pls", 3076)
resolve(
    L,
    "the overheating laptop one - sorted, you can resolve it and add a note that the vent cleaning fixed it",
    3120,
)

# ---------------------------------------------------------------------------------------------
# Employees: reopening
# ---------------------------------------------------------------------------------------------
reopen(
    E,
    "The printer on the 2nd floor is jamming again, exactly like before. Can you reopen my ticket for it? I've got 40 pages to print for tomorrow",
    3067,
)
reopen(
    E,
    "I can't believe this is happening again. The VPN client has disappeared from my laptop after last night's update, exactly like last time. Please reopen 3018, I'm supposed to be working from home tomorrow and I have a client call at 9",
    3018,
)
reopen(E, "please reopen 3005", 3005)
reopen(
    E, "my password reset ticket, can you open it back up? the new password stopped working", 3005
)
reopen(
    E,
    "Reopen the Teams camera ticket please. It got cancelled but the camera still isn't detected",
    3150,
)
reopen(
    E, "The VPN client missing ticket - reopen it please, same issue on my replacement laptop", 3018
)
reopen(L, "reopen 3121, the wifi in room 2 is dropping again during calls", 3121)
reopen(
    L,
    "The meeting room 2 wifi ticket was closed but it's doing it again. Third time I've reported this. Can it be reopened rather than me starting from scratch?",
    3121,
)
reopen(L, "reopen 3121", 3121)

# ---------------------------------------------------------------------------------------------
# Employees: rating a resolved ticket
# ---------------------------------------------------------------------------------------------
rate(E, "rate 3067 5 stars, the technician was great", 3067, 5)
rate(E, "I'd give the password reset ticket 4 out of 5, took a while but it got sorted", 3005, 4)
rate(
    E,
    "I know it got fixed in the end but I spent a whole week without VPN on my new laptop and had to come in every single day. 3018: 2/5. Sorry, but that's honest",
    3018,
    2,
)
rate(E, "Give 3005 a 5", 3005, 5)
rate(E, "rate my printer ticket 4", 3067, 4)
rate(L, "rate 3121 3 stars", 3121, 3)
rate(L, "Wi-Fi room 2 ticket - 1 star honestly, it took three weeks", 3121, 1)

# ---------------------------------------------------------------------------------------------
# Employees: how-to questions (knowledge base)
# ---------------------------------------------------------------------------------------------
lookup(E, "how do I connect to the VPN from home?", "kb_articles", "VPN")
lookup(L, "how do i reset my password", "kb_articles", "password")
lookup(E, "how do I clear a paper jam", "kb_articles", "jam")
lookup(L, "How do I set up MFA on my new phone?", "kb_articles", "MFA")
lookup(E, "how do I get on the office wifi", "kb_articles", "wifi")
lookup(L, "how do i map a network drive", "kb_articles", "drive")
lookup(E, "How do I report a phishing email?", "kb_articles", "phishing")
lookup(L, "how to request access to a SharePoint site", "kb_articles", "SharePoint")
lookup(E, "how do I pick the right microphone in teams", "kb_articles", "microphone")
lookup(L, "how do I install windows updates", "kb_articles", "updates")
lookup(E, "Is there a guide for setting up a new starter?", "kb_articles", "starter")
lookup(L, "how do I stop outlook asking for my password", "kb_articles", "Outlook")
lookup(E, "where's the article about MFA", "kb_articles", "MFA")
lookup(L, "how can I connect to the vpn when I'm at a hotel", "kb_articles", "vpn")
lookup(E, "how do I use Teams for a meeting with external people", "kb_articles", "Teams")
lookup(L, "any guide for connecting to the Corp wifi?", "kb_articles", "wifi")
lookup(
    E,
    "I feel bad calling the desk every time I forget it - how do I change my password myself without ringing you?",
    "kb_articles",
    "password",
)
lookup(L, "how do you spot a phishing email", "kb_articles", "phishing")

# ---------------------------------------------------------------------------------------------
# Employees: forbidden requests and other people's tickets
# ---------------------------------------------------------------------------------------------
refused(E, "what's happening with 3120?")
refused(L, "Can you show me ticket 3115? Emma said it's the same problem I have")
refused(E, "add a note to 3101 that the warehouse scanner is still down")
refused(
    L,
    "Emma's on holiday this week and asked me to sort this for her - can you close 3042? She said the VPN works now and she doesn't want the emails while she's away",
)
refused(
    E,
    "I've been patient but this Outlook thing is costing me hours every day, I type my password maybe 40 times a day. Can you change the priority on 3115 to critical please? It clearly isn't being treated as urgent",
)
refused(L, "assign my laptop ticket to Tom Walsh, he sorted it last time")
refused(E, "look up the customer Globex, I need their phone number")
refused(L, "list all open tickets for Initech")
refused(
    E,
    "I'm covering the Globex account this week and Olivia Brown keeps emailing me about her IT issues. Can I see Olivia Brown's tickets so I know what to tell her?",
)
refused(E, "what contracts do we have with Acme")
refused(L, "show me the invoices for this month")
refused(E, "which agents work in the Network team?")
refused(L, "move 3120 to the Network team")
refused(L, "list all the users at the Warehouse site")
refused(E, "rate 3121 five stars")
refused(L, "reopen 3067")
refused(E, "show me ticket 3055")
refused(E, "set 3131 to high priority, I've been waiting weeks for this")

# ---------------------------------------------------------------------------------------------
# Employees: ambiguous ticket, candidates expected
# ---------------------------------------------------------------------------------------------
candidates(E, "any update on my ticket?", "get_ticket")
candidates(E, "what's the status of my VPN ticket", "get_ticket")
candidates(E, "can you check my password ticket, what's happening with it", "get_ticket")
candidates(E, "add a note to my ticket: I'll be working from home all next week", "add_note")
candidates(E, "close my ticket, all working now", "resolve_ticket")
candidates(L, "what's happening with my ticket", "get_ticket")
candidates(E, "rate my ticket 5 stars", "rate_ticket")
candidates(E, "reopen my ticket please, it's broken again", "reopen_ticket")
candidates(E, "please add to my open ticket that I'm off on Friday", "add_note")
candidates(E, "need to give an update on one of my tickets - tell them I've rebooted", "add_note")

# ---------------------------------------------------------------------------------------------
# Admin (console), during an outage: terse, with ids
# ---------------------------------------------------------------------------------------------
create(
    A,
    "new ticket Globex / Springfield Campus for Olivia Brown: outlook calendar not syncing to iphone",
    "calendar",
    client_id=17,
    site_id=41,
    user_id=301,
)
create(
    A,
    "log for Initech Austin Branch, user Joanna Baker - printer offline, high",
    "printer",
    client_id=42,
    site_id=102,
    user_id=404,
    priority_id=2,
)
create(
    A,
    "Stark Logistics Fleet Depot, Happy Hogan, VPN down for all the drivers' tablets, P1, team Network",
    "VPN",
    client_id=27,
    site_id=62,
    user_id=602,
    priority_id=1,
    team_id=12,
)
create(
    A,
    "create for Umbrella Health site Laboratory user Carlos Oliveira: lab PC blue screen, critical",
    "blue",
    client_id=23,
    site_id=52,
    user_id=502,
    priority_id=1,
)
create(
    A,
    "service request for Wayne Foundation Gotham Office, user Alfred Pennyworth - new laptop",
    "laptop",
    client_id=35,
    site_id=71,
    user_id=703,
    tickettype_id=3,
)
create(
    A,
    "Acme Warehouse, Ethan Wright: scanner won't join wifi, assign Marcus Reid",
    "scanner",
    client_id=12,
    site_id=32,
    user_id=207,
    agent_id=8,
)
create(
    A,
    "raise a change for Acme Inc HQ - core switch firmware upgrade tonight 20:00, team Network",
    "firmware",
    client_id=12,
    site_id=31,
    tickettype_id=22,
    team_id=12,
)
create(
    A,
    "ticket for Michael Bolton (Initech Main Office): laptop won't boot after update. critical, give to Daniel Kim",
    "boot",
    client_id=42,
    site_id=101,
    user_id=402,
    priority_id=1,
    agent_id=6,
)
create(
    A,
    "outage - Umbrella Health Raccoon City Clinic, Alice Abernathy: no internet at the clinic. P1, Network team, Marcus Reid",
    "internet",
    client_id=23,
    site_id=51,
    user_id=501,
    priority_id=1,
    team_id=12,
    agent_id=8,
)
create(
    A,
    "Globex Cypress Creek for Hank Scorpio - email delivery delays, problem, Messaging",
    "email",
    client_id=17,
    site_id=44,
    user_id=302,
    tickettype_id=21,
    team_id=11,
)

update(A, "3099 -> Tom Walsh", 3099, agent_id=11)
update(A, "3101 P1, assign Marcus Reid", 3101, priority_id=1, agent_id=8)
update(A, "set 3160 in progress", 3160, status_id=2)
update(A, "3055 to critical", 3055, priority_id=1)
update(A, "3110 assign Hannah Fischer, Field Services", 3110, agent_id=9, team_id=15)
update(A, "3140 -> Hannah Fischer", 3140, agent_id=9)
update(A, "put 3042 on hold", 3042, status_id=28)
update(A, "3140 type problem", 3140, tickettype_id=21)
update(A, "reassign 3120 to Tom Walsh", 3120, agent_id=11)
update(A, "move 3160 to Network team, status with supplier", 3160, team_id=12, status_id=5)

note(A, "note on 3099: vendor engineer onsite 2pm", 3099, "vendor")
note(A, "internal note 3055 - replacement RAM ordered, HP-55821", 3055, "RAM")
note(A, "3101 public note: known outage on warehouse APs, ETA 30 min", 3101, "outage")
note(A, "add note to 3160: core switch reboot at 14:00, expect drops", 3160, "reboot")
note(A, "3042 note - VPN concentrator failed over, please retry now", 3042, "concentrator")

resolve(A, "close 3160", 3160)
resolve(A, "resolve 3101 - APs back up", 3101)
resolve(A, "3140 fixed, resolve", 3140)
resolve(A, "resolve 3099 and add a visible note summarising the fix", 3099)

lookup(A, "customer Globex", "customers", "Globex")
lookup(A, "lookup team Network", "teams", "Network")
lookup(A, "agent Marcus Reid", "agents", "Marcus")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records(A, "contracts for Globex", "contracts", 17)
lookup(A, "asset AC-2219", "assets", "AC-2219")
# (a customer's records are filtered by the customer, as round 40 scores them)
book.customer_records(A, "invoices Initech", "invoices", 42)
lookup(A, "SLA report", "reports", "SLA")
lookup(A, "find user Olivia Brown", "users", "Olivia")
lookup(A, "site Cypress Creek", "sites", "Cypress")
