"""Round 22: plain-language requests for the portal's Ask box, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would say them into the
Ask box the first time they use it, each paired with the one action (and key ids) the portal
should propose, or with a refusal at plan time, or with a list of candidate tickets where the
ticket meant is ambiguous. Written blind (without reading the parser or earlier cases).

Style: voice dictation on a phone by people in a hurry between meetings: little or no
punctuation, run-on sentences, filler words ("um", "so yeah", "basically"), the odd dictation
slip (homophones such as "there/their", "to/too", "male" for "mail", "week" for "weak", "wear"
for "where"), ticket numbers as digits, sometimes with a hash or "number". Employees mention a
colleague or a place in passing ("Liam said", "in the Leeds office", "Noah in the warehouse")
without it changing whose ticket is meant. Problem descriptions keep everyday words that are
also Halo nouns (Teams, Outlook, site, asset, contract). The admin dictates too, with ids as
digits and service-desk jargon: P1/P2, "bump", "kick it to second line", "park it", "chase the
supplier", "with user". Mix: ~32 % new problems and requests, ~9 % reading one own ticket,
~7 % listing, ~9 % notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~7 % how-to questions
(knowledge base), ~7 % refused, ~4 % candidates, ~15 % admin.

Seed facts relied on (simulator demo data):
- People: emma = Emma Jones (user 201), liam = Liam Patel (user 202), both Acme Inc (client 12),
  site HQ (31). Other users: 203 Noah Williams (Acme Warehouse), 301 Olivia Brown (Globex 17),
  302 Hank Scorpio (Globex, Cypress Creek 44), 401 Peter Gibbons (Initech 42, Main Office 101),
  402 Michael Bolton (Initech), 403 Samir Nagheenanajar (Initech).
- Customers and sites: Acme Inc 12, Globex 17 (Springfield Campus 41, Cypress Creek 44),
  Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23, Stark Logistics 27
  (Distribution Centre 61, Fleet Depot 62), Wayne Foundation 35.
- Emma's tickets: open 3042 "VPN disconnects when working from home", 3089 "Access to the Finance
  SharePoint site", 3115 "Outlook keeps asking for my password", 3131 "Request for a second
  monitor"; closed 3005 "Password reset after holiday", 3018 "VPN client missing on new laptop",
  3067 "Printer on the 2nd floor keeps jamming"; cancelled 3150 "Teams camera not detected".
  "My VPN ticket" (3018, 3042) and "my password ticket" (3005, 3115) are ambiguous when read;
  "my ticket" with no topic is ambiguous for both employees.
- Liam's tickets: open 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud
  and overheating" (In Progress); closed 3121 "Wi-Fi drops in meeting room 2".
- Other people's tickets: 3101 Noah Williams (scanner Wi-Fi, priority High, Network team,
  Action Required), 3055 Peter Gibbons (blue screen, In Progress, 2nd Line), 3099 Michael Bolton
  (laptop will not boot, Action Required), 3160 Samir (Teams audio, 2nd Line, Daniel Kim,
  Medium), 3110 Olivia Brown (VPN for a contractor, Low, In Progress), 3140 Olivia Brown
  (monitor flickering, no agent, Medium).
- Agents: 3 Sarah Mitchell, 5 Priya Sharma (1st Line), 6 Daniel Kim and 11 Tom Walsh (2nd Line),
  7 Chloe Martin (Messaging), 8 Marcus Reid (Network), 9 Hannah Fischer (Field Services).
- Teams: 2 Service Desk, 5 1st Line Support, 6 2nd Line Support, 11 Messaging, 12 Network,
  15 Field Services.
- Statuses: 2 In Progress, 4 With User, 5 With Supplier, 28 On Hold ("park"). Priorities:
  1 Critical (P1), 2 High (P2), 3 Medium (P3), 4 Low (P4).
- Look-ups: assets AC-2219 (Emma's laptop) and GX-1042 (Olivia's laptop), contracts
  GLX-MSP-2026 and INI-SUPPORT, reports "SLA compliance (last 30 days)", "Tickets closed per
  agent", "Asset warranty expiry"; knowledge-base articles on VPN, password reset, paper jams,
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

# --- new problems and requests -------------------------------------------------------------
create(E, "um so basically my laptop wont charge anymore the light doesnt even come on", "laptop")
create(L, "the printer on the third floor is printing everything really faded so yeah", "printer")
create(
    E,
    "Liam said i should put a ticket in the projector in meeting room 4 wont turn on",
    "projector",
)
create(E, "so Outlook says my male box is full and i cant send anything to clients", "Outlook")
create(L, "my keyboard has a sticky space bar can i get a new one please", "keyboard")
create(
    E,
    "basically Excel crashes every time i open the budget spreadsheet off the shared drive",
    "Excel",
)
create(L, "um the wifi in the Leeds office keeps dropping out every half hour or so", "wifi")
create(E, "i need a headset for calls mine snapped this morning", "headset")
create(
    L,
    "can i get access to the marketing SharePoint site please my manager said its fine",
    "SharePoint",
)
create(E, "my phone isnt getting work emails since the update yesterday", "phone")
create(L, "the monitor at my desk keeps going black for a few seconds then comes back", "monitor")
create(E, "so yeah Teams keeps freezing when i share my screen in meetings", "freezing")
create(
    L, "need a new starter set up for next monday her name is grace lee shes in finance", "starter"
)
create(E, "the docking station in hot desk area b doesnt detect my laptop anymore", "docking")
create(L, "i think i clicked a dodgy link in an email earlier can someone check my laptop", "link")
create(E, "my mouse is double clicking on its own its driving me mad", "mouse")
create(L, "the shared calendar for the sales team isnt showing up in Outlook anymore", "calendar")
create(E, "cant print to the colour printer near reception it just sits in the queue", "printer")
create(
    L,
    "basically the vpn wont connect at all from the hotel wifi im at a conference in manchester",
    "vpn",
)
create(E, "i need Adobe Acrobat installed to edit some contracts for the legal team", "Acrobat")
create(L, "the laptop i got yesterday has a cracked screen straight out of the box", "screen")
create(E, "um my account got locked out after i typed the password wrong to many times", "locked")
create(L, "the scanner by the post room isnt sending scans to my email anymore", "scanner")
create(E, "the big screen in the boardroom says no signal when we plug the hdmi in", "boardroom")
create(L, "my laptop battery only lasts about an hour now its like two years old", "battery")
create(E, "please can i have a second charger for working from home", "charger")
create(L, "i keep getting kicked out of the finance app every five minutes", "finance")
create(E, "the network drive for hr is really slow today taking ages to open anything", "drive")
create(L, "my webcam just shows a black picture in Zoom", "webcam")
create(E, "um i need the Sage software installed on my laptop for payroll", "Sage")
create(L, "Noah in the warehouse says the label printer is down and asked me to log it", "printer")
create(E, "my OneDrive says its not syncing and theres a red cross on all my files", "OneDrive")
create(L, "the desk phone has no dial tone since we moved floors", "phone")
create(E, "can you set up a shared mailbox for the events team we need it by friday", "mailbox")
create(L, "i need my email signature changed my job title is now senior analyst", "signature")
create(E, "the wifi in meeting room two is really week today cant even load my emails", "wifi")
create(L, "my laptop makes a clicking noise and then just freezes", "clicking")
create(
    E,
    "um keyboard shortcuts stopped working in Word since yesterday like control c does nothing",
    "shortcuts",
)
create(L, "please can i get a license for Visio i need it for the network diagrams", "Visio")
create(
    E,
    "Sophie in the remote team cant open the shared folder i sent her can someone check the permissions",
    "folder",
)
create(L, "the printer on floor 2 is out of toner again", "toner")
create(E, "my screen flickers when i plug my laptop into the monitor at home", "flickers")
create(L, "my computer is super slow since the update on tuesday takes ten minutes to boot", "slow")
create(E, "so basically i need a new phone mine fell in the sink", "phone")
create(L, "the badge reader at the side entrance doesnt read my card", "badge")
create(E, "i left my laptop charger on the train can i get a replacement", "charger")
create(L, "um the projector in training room b has a purple tint on everything", "projector")
create(E, "i cant open any PDFs it says adobe has stopped working", "PDFs")
create(L, "need a usb c to hdmi adapter for presenting at the client site tomorrow", "adapter")
create(E, "my out of office wont turn off its still sending replies to everyone", "office")
create(L, "my headphones keep disconnecting from the laptop bluetooth", "headphones")
create(E, "i need access to the HR shared drive from next week i moved teams", "drive")
create(L, "my second screen is upside down and i cant work out how to fix it", "screen")
create(E, "the asset tag on my laptop has peeled off do you need to put a new one on", "tag")
create(L, "i get a certificate error every time i open the intranet", "certificate")
create(E, "so yeah Teams notifications stopped coming through on my phone", "notifications")
create(
    L,
    "our team calendar in the Leeds office shows the wrong time zone since the clocks changed",
    "calendar",
)
create(E, "um could i get a new monitor arm the one on my desk is broken and droops", "arm")
create(L, "i cant get a visitor onto the guest wifi they are here at two", "guest")
create(E, "the fan on my laptop is really loud today like a jet engine", "fan")
create(L, "please reset my MFA i got a new phone and the authenticator app is empty", "MFA")
create(E, "i need a new starter account for a temp starting thursday called dan", "starter")
create(L, "the sound doesnt work on my laptop no speakers no headphones nothing", "sound")
create(E, "um my laptop wont connect to the wifi at home but my phone does fine", "wifi")
create(L, "can i get a bigger mailbox im at 49 gig and it keeps warning me", "mailbox")
create(E, "so yeah the scanner on the 2nd floor says memory full", "scanner")
create(L, "i spilled tea on my keyboard and some of the keys dont work now", "keyboard")
create(
    E,
    "theres an error when i try to join the wifi at the warehouse it says cant connect to this network",
    "wifi",
)
create(L, "the clock on my laptop is an hour out and it keeps resetting itself", "clock")
create(E, "i need the Power BI desktop app installed please for the quarterly numbers", "Power")
create(L, "my laptop screen has a line of dead pixels down the middle", "pixels")
create(E, "um the printer by the kitchen is printing blank pages", "printer")
create(
    L, "files on our team site in sharepoint have disappeared i think someone deleted them", "files"
)
create(E, "phone extension 5521 has no dial tone since the office move", "dial")
create(L, "my laptop wont wake up from sleep i have to hold the power button every time", "sleep")
create(
    E,
    "i need a mobile hotspot for a trip to the warehouse next week there is know signal there",
    "hotspot",
)
create(L, "so the booking screen outside meeting room 3 is stuck on loading", "booking")
create(E, "the voicemail light on my desk phone is on but there are no messages", "voicemail")
create(L, "Excel keeps opening files read only even when nobody else has them open", "Excel")
create(E, "my calendar invites are going to Ava instead of me which is weird", "calendar")

# --- reading one own ticket ------------------------------------------------------------------
get(E, "um whats the latest on 3115", 3115)
get(E, "any news on ticket number 3042", 3042)
get(E, "is anyone actually looking at #3089", 3089)
get(E, "whats the status of my monitor request", 3131)
get(E, "so yeah where are we with the outlook ticket", 3115)
get(E, "can you tell me what happened with 3067 before it got closed", 3067)
get(E, "what did they say on the sharepoint one", 3089)
get(E, "check 3131 for me please", 3131)
get(E, "show me 3150 the teams camera one", 3150)
get(E, "did my second monitor get approved yet", 3131)
get(E, "um 3042 any update at all", 3042)
get(E, "Liam asked me if my outlook ticket got fixed has it", 3115)
get(L, "whats the status of 3120", 3120)
get(L, "hey is the fan ticket moving at all", 3120)
get(L, "whats happening with the new starter ticket for Mia", 3076)
get(L, "show me ticket number 3121", 3121)
get(L, "hows my laptop overheating ticket going", 3120)
get(L, "did IT reply on 3076 yet", 3076)
get(E, "what was the fix on 3005 in the end", 3005)
get(E, "read me the last update on #3115", 3115)
get(L, "so yeah what happened with the meeting room 2 wifi one", 3121)
get(E, "what does the vpn client missing ticket say", 3018)

# --- listing ---------------------------------------------------------------------------------
listing(E, "um can i see whatever tickets ive got open")
listing(E, "what tickets have i got on the go at the moment")
listing(L, "list all my tickets")
listing(L, "so what have i got open with IT")
listing(E, "show me my closed ones")
listing(E, "whats waiting on me")
listing(L, "my tickets please")
listing(E, "all my tickets from this week")
listing(E, "whats going on with 3042 and 3115", [3042, 3115])
listing(E, "check 3089 and 3131 for me", [3089, 3131])
listing(L, "3120 and 3076 any news on either of them", [3076, 3120])
listing(E, "um tickets i opened since monday")
listing(L, "have i got anything still open")
listing(E, "so yeah can i see everything ive ever raised")
listing(E, "show me 3115 3042 and 3131", [3042, 3115, 3131])
listing(L, "whats the status of all my stuff")
listing(E, "are any of my tickets waiting for a reply from me")

# --- notes -----------------------------------------------------------------------------------
note(E, "add a note to 3115 it happened again this morning at nine", 3115, "morning")
note(E, "um on 3042 tell them i tried the new vpn config and it still drops", 3042, "config")
note(E, "put on my outlook ticket that im out tomorrow so call me friday", 3115, "friday")
note(E, "add to 3089 that my manager approved the access by email yesterday", 3089, "approved")
note(E, "note for 3131 i only need the monitor on tuesdays and thursdays", 3131, "tuesdays")
note(E, "tell IT on the monitor ticket that Liam has a spare one i could use", 3131, "spare")
note(E, "so yeah 3042 add that it only happens on my home wifi not in the office", 3042, "home")
note(L, "add a note to 3120 the fan is even louder today", 3120, "louder")
note(L, "on ticket number 3076 let them know mias start date moved to the 14th", 3076, "14th")
note(L, "tell them on my fan ticket i can drop the laptop off at reception", 3120, "reception")
note(L, "note on 3120 um im in the Leeds office all week if they need it", 3120, "Leeds")
note(E, "add to the sharepoint ticket its the finance budgets folder i need", 3089, "budgets")
note(E, "3115 note it asks for the password every ten minutes now not every hour", 3115, "minutes")
note(E, "please add on 3042 that im happy for them to remote in whenever", 3042, "remote")
note(L, "on 3076 mia also needs a phone as well as the laptop", 3076, "phone")
note(E, "add a comment to number 3131 no rush on this one", 3131, "rush")
note(E, "let the outlook ticket people know ive restarted twice already", 3115, "restarted")
note(L, "add note 3120 it shut down by itself during a call", 3120, "shut")
note(
    E,
    "for 3089 add that my manager is away till monday so approval might be slow",
    3089,
    "approval",
)
note(E, "um reply on 3115 yes i signed out and back in still the same", 3115, "signed")
note(L, "put a note on the mia chen ticket that shell be at the Leeds office", 3076, "Leeds")
note(E, "on the monitor request add that my desk is 4B by the window", 3131, "window")

# --- resolve ---------------------------------------------------------------------------------
resolve(E, "3115 is sorted now you can close it", 3115)
resolve(E, "um outlook stopped asking for my password so yeah close that ticket", 3115)
resolve(E, "please resolve ticket number 3089 i got access", 3089)
resolve(E, "close #3131 i dont need the monitor anymore", 3131)
resolve(L, "3120 can be closed the fan is fine now", 3120)
resolve(L, "mia is all set up you can close the new starter ticket", 3076)
resolve(E, "its working again close 3042 thanks", 3042)
resolve(L, "resolve 3076 everything arrived thanks", 3076)
resolve(E, "sharepoint access works now mark that one as resolved", 3089)
resolve(L, "so basically the laptop fan thing fixed itself close it", 3120)

# --- reopen ----------------------------------------------------------------------------------
reopen(E, "3067 printer is jamming again can you reopen it", 3067)
reopen(E, "reopen 3018 the vpn client vanished again after the update", 3018)
reopen(E, "um the password reset one from after my holiday its happening again please reopen", 3005)
reopen(L, "wifi in room 2 is dropping again reopen 3121", 3121)
reopen(E, "can you reopen ticket number 3067 it wasnt actually fixed", 3067)
reopen(L, "the meeting room wifi one needs reopening its back", 3121)
reopen(E, "open 3018 back up please same problem", 3018)
reopen(E, "so yeah reopen the printer ticket the 2nd floor one is jamming again", 3067)
reopen(L, "reopen #3121 please Noah said its dropping for him too", 3121)
reopen(E, "3005 needs reopening i got locked out again", 3005)

# --- rate ------------------------------------------------------------------------------------
rate(E, "give 3067 five stars the guy was great", 3067, 5)
rate(E, "rate 3018 4 out of 5", 3018, 4)
rate(L, "rate 3121 two out of five it took ages", 3121, 2)
rate(E, "i want to rate my printer ticket 3 stars", 3067, 3)
rate(L, "one star for 3121 nobody called me back", 3121, 1)
rate(E, "um rate 3005 five out of five super quick", 3005, 5)
rate(E, "3018 was brilliant give it a 5", 3018, 5)
rate(L, "rating for the meeting room wifi ticket 4 stars", 3121, 4)

# --- how-to (knowledge base) -----------------------------------------------------------------
lookup(E, "how do i connect to the vpn from home", "kb_articles", "vpn")
lookup(
    L, "um whats the way to reset my own password without calling anyone", "kb_articles", "password"
)
lookup(E, "whats the trick for clearing a paper jam", "kb_articles", "jam")
lookup(L, "how do i set up the authenticator app for mfa", "kb_articles", "mfa")
lookup(E, "how do i stop Outlook asking for my password all the time", "kb_articles", "Outlook")
lookup(L, "how do i get on the office wifi", "kb_articles", "wifi")
lookup(E, "how do i request access to a SharePoint site", "kb_articles", "SharePoint")
lookup(L, "how do i pick the right microphone in Teams", "kb_articles", "microphone")
lookup(E, "how do i set up a new starter whats the checklist", "kb_articles", "starter")
lookup(L, "how do i map a network drive", "kb_articles", "drive")
lookup(E, "how can i tell if an email is phishing", "kb_articles", "phishing")
lookup(L, "how do i install windows updates", "kb_articles", "updates")
lookup(E, "um is there a guide for the vpn somewhere", "kb_articles", "vpn")
lookup(L, "how do i join a teams meeting from the calendar", "kb_articles", "meeting")
lookup(E, "how do i report a phishing email", "kb_articles", "phishing")
lookup(L, "how do i connect my laptop to the Corp wifi", "kb_articles", "wifi")
lookup(E, "whats the way to map the finance share as a drive", "kb_articles", "drive")
lookup(L, "how do i change my password", "kb_articles", "password")

# --- refused (someone else's ticket, closed tickets, admin-only) -----------------------------
refused(E, "um whats the status on 3120 for me")
refused(E, "Liams laptop fan ticket any update")
refused(L, "show me emmas outlook ticket")
refused(L, "add a note to 3115 saying emma is off today")
refused(E, "close 3101 the scanner works now Noah said")
refused(E, "um whats happening on 3055")
refused(E, "assign my outlook ticket to chloe she fixed it last time")
refused(E, "can you bump 3042 to high priority its really urgent")
refused(E, "change 3131 to in progress")
refused(L, "whats olivia browns phone number")
refused(E, "show me the SLA compliance report")
refused(L, "whats on the globex contract")
refused(E, "add a note to 3067 the paper tray is cracked too")
refused(E, "um close 3018 please")
refused(E, "note on 3150 the camera works in zoom though")
refused(L, "add a note to 3121 thanks for the help")
refused(L, "what tickets does Noah have open")
refused(E, "look up the user account for hank scorpio")
refused(L, "3099 whats the latest")

# --- candidates (the ticket meant is ambiguous) ----------------------------------------------
candidates(E, "um whats going on with my vpn ticket", "get_ticket")
candidates(E, "any update on the password one", "get_ticket")
candidates(E, "so yeah can you close my ticket its working now", "resolve_ticket")
candidates(L, "my ticket can be closed now thanks", "resolve_ticket")
candidates(E, "add a note to my ticket saying im out tomorrow", "add_note")
candidates(L, "add to my ticket that im working from home friday", "add_note")
candidates(E, "the vpn one whats the latest", "get_ticket")
candidates(E, "my password ticket did anyone reply", "get_ticket")
candidates(L, "whats the status of my ticket", "get_ticket")
candidates(E, "Liam wants to know if my ticket is done yet", "get_ticket")

# --- admin -----------------------------------------------------------------------------------
lookup(A, "find the user olivia brown", "users", "olivia")
lookup(A, "um whats hank scorpios phone number", "users", "hank")
lookup(A, "look up the customer globex", "customers", "globex")
lookup(A, "pull up initech as a customer", "customers", "initech")
lookup(A, "find the site fleet depot", "sites", "fleet")
lookup(A, "look up the agent hannah fischer", "agents", "hannah")
lookup(A, "look up the messaging team", "teams", "messaging")
lookup(A, "asset AC-2219 details", "assets", "AC-2219")
lookup(A, "whos got laptop GX-1042", "assets", "GX-1042")
lookup(A, "pull up contract GLX-MSP-2026", "contracts", "GLX-MSP-2026")
lookup(A, "run the SLA compliance report", "reports", "SLA")
lookup(A, "find the report for tickets closed per agent", "reports", "closed")
lookup(A, "kb article on phishing", "kb_articles", "phishing")
update(A, "bump 3101 to P1", 3101, priority_id=1)
update(A, "3140 drop it to P4 its just a flicker", 3140, priority_id=4)
update(A, "kick 3101 to second line", 3101, team_id=6)
update(A, "3140 assign to hannah", 3140, agent_id=9)
update(A, "give 3089 to priya", 3089, agent_id=5)
update(A, "park 3110 for now", 3110, status_id=28)
update(
    A, "3055 were chasing the supplier for a ram stick flip it to with supplier", 3055, status_id=5
)
update(A, "bump 3160 to P2 and give it to tom walsh", 3160, priority_id=2, agent_id=11)
update(A, "mark 3101 in progress marcus is on it", 3101, status_id=2)
update(A, "reassign 3160 to the messaging team", 3160, team_id=11)
update(A, "3099 put it with user were waiting on michael to try safe mode", 3099, status_id=4)
update(A, "3110 make it P2 and assign daniel", 3110, priority_id=2, agent_id=6)
add(A, "open tickets for initech", {"action": "list_tickets", "params": {"client_id": 42}})
add(A, "um whats open at umbrella health", {"action": "list_tickets", "params": {"client_id": 23}})
add(A, "show me stark logistics tickets", {"action": "list_tickets", "params": {"client_id": 27}})
add(
    A,
    "so whats outstanding for wayne foundation",
    {"action": "list_tickets", "params": {"client_id": 35}},
)
get(A, "pull up 3101", 3101)
get(A, "whats going on with 3160", 3160)
listing(A, "show me 3099 and 3055", [3055, 3099])
create(
    A,
    "log one for globex site springfield campus the printer is offline",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    A,
    "new ticket for initech austin branch their internet is down",
    "internet",
    client_id=42,
    site_id=102,
)
create(A, "raise a ticket for peter gibbons his monitor is dead", "monitor", user_id=401)
note(A, "note on 3099 chased the supplier no eta yet", 3099, "supplier")
resolve(A, "close off 3101 the scanners back on the wifi", 3101)
