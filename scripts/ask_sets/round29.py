"""Round 29: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: frustrated and impatient people chasing and escalating. Caps ("the printer is DEAD"),
repeated punctuation ("???", "!!!"), sarcasm ("great, the VPN is down AGAIN", "thanks for
nothing"), "this is the third time", deadlines ("I have a client call at 3"), threats to call
someone ("or I'm calling your manager", "I'll escalate to the CFO"), complaints mixed with the
actual request, and an admin triaging fast under pressure (terse, arrows, "NOW"). Everyday words
that are also Halo nouns (Teams, Outlook, site, asset, contract, report) appear inside problem
descriptions, where they stay part of the description. Requests that also ask for something minor
("... and tell me who's on it") expect the main one. Emma's new problems stay off the topics of
her open tickets (VPN, SharePoint access, Outlook password, monitor) and her closed printer one,
and Liam's off his laptop fan and Wi-Fi tickets (his new starter is someone other than Mia), so
that a new ticket is the only fair reading.

Mix: ~30 % new problems and requests, ~9 % reading one own ticket, ~7 % listing own tickets,
~9 % notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~8 % how-to (knowledge base), ~8 % refused at
plan time (someone else's ticket, a missing one, an admin-only action or look-up asked by an
employee, a closed ticket to resolve, an open one to rate), ~4 % candidates, ~15 % admin
(update_ticket with status/priority/agent/team ids, look-ups, listing for a customer, reads).

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), site HQ (31).
  Other customers: Globex 17 (sites 41 Springfield Campus, 44 Cypress Creek), Initech 42 (101
  Main Office, 102 Austin Branch), Umbrella Health 23 (51 Raccoon City Clinic, 52 Laboratory,
  53 Head Office), Stark Logistics 27 (61 Distribution Centre, 62 Fleet Depot), Wayne Foundation
  35 (71 Gotham Office). Users: 302 Hank Scorpio, 404 Joanna Baker.
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two password
  tickets (3005, 3115).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams), 3055 and 3099 (Initech), 3160 (Samir),
  3110 and 3140 (Olivia Brown). No ticket 3999.
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- Look-ups: assets AC-2219 (Emma's laptop), AC-2231 (Liam's laptop); contracts GLX-MSP-2026,
  ACME-MSA-2026, STARK-NETWORK; reports "SLA compliance (last 30 days)", "Tickets closed per
  agent", "Asset warranty expiry"; KB articles on VPN from home, self-service password reset,
  paper jams, MFA / Authenticator, Outlook password prompts, office Wi-Fi, SharePoint access,
  Teams meetings, new starters, mapping network drives, phishing, Windows updates.
- Listing for a customer and creating for a customer and site use `client_id` / `site_id`.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
add, create, get, listing, note = book.add, book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates = book.lookup, book.refused, book.candidates

# --- new problems and requests (create_ticket) -------------------------------------------------
create("liam", "great, the VPN is down AGAIN. I can't reach anything from home. fix it!!!", "VPN")
create("emma", "My keyboard has stopped working AGAIN, half the keys do nothing!!", "keyboard")
create(
    "emma", "EXCEL CRASHES EVERY TIME I OPEN THE BUDGET FILE. I have a deadline at 5pm!!!", "Excel"
)
create(
    "liam",
    "this is the third time today: the printer on floor 3 says OFFLINE. please send someone",
    "printer",
)
create(
    "emma",
    "Teams keeps freezing in every single call, I look like an idiot in front of clients",
    "Teams",
)
create(
    "emma",
    "my mouse is dead. totally dead. new batteries, nothing. I need a new one TODAY",
    "mouse",
)
create(
    "liam",
    "Outlook won't open at all, it just spins forever. I've got 200 unread mails waiting. Sort it out.",
    "Outlook",
)
create("emma", "the docking station doesn't charge my laptop anymore?!?! seriously??", "docking")
create(
    "liam",
    "Need Adobe Acrobat Pro installed. I asked my manager 2 weeks ago and NOTHING happened",
    "Adobe",
)
create(
    "emma",
    "OneDrive says 'sync paused' for the FOURTH day in a row. I'm losing work here",
    "OneDrive",
)
create(
    "liam", "my headset mic doesn't work, people can't hear me in calls. unacceptable.", "headset"
)
create(
    "liam",
    "Wow, my phone can't get my work email anymore. Brilliant. Fix it before Friday please",
    "email",
)
create(
    "liam",
    "The shared drive is SO slow it takes 5 minutes to open a file. This is ridiculous!!!",
    "drive",
)
create(
    "emma", "need a new laptop charger, mine is frayed and sparking. yes SPARKING. hurry", "charger"
)
create(
    "liam",
    "I can't log in to the expense system, it says my account is locked. I need to submit by tonight",
    "expense",
)
create("emma", "The Wi-Fi in the 3rd floor kitchen is useless, drops every 2 minutes", "Wi-Fi")
create(
    "liam",
    "my second screen keeps going black!!! every 10 minutes!!! I can't work like this",
    "screen",
)
create("emma", "Zoom won't share my screen. client demo in one hour. ONE HOUR. please help", "Zoom")
create(
    "liam",
    "Salesforce is not loading for me, blank white page. everyone else is fine apparently??",
    "Salesforce",
)
create(
    "emma",
    "My badge doesn't open the car park barrier anymore, I've been stuck outside twice this week",
    "badge",
)
create(
    "liam",
    "The projector in the boardroom does not work, AGAIN, and the board meets at 2",
    "projector",
)
create("emma", "I need Visio installed. It's been promised for a month. A MONTH.", "Visio")
create(
    "liam",
    "Teams shows me as 'away' all day even when I'm typing. my boss thinks I'm slacking. FIX THIS",
    "Teams",
)
create(
    "emma",
    "my laptop is soooo slow since the last update, 10 minutes to boot. unbelievable",
    "slow",
)
create("liam", "Please reset my MFA, I got a new phone and now I'm locked out of EVERYTHING", "MFA")
create(
    "liam",
    "the SharePoint site for Marketing throws an error page since this morning, nobody can upload",
    "Marketing",
)
create(
    "liam",
    "My desk phone has no dial tone. Third day. I'm using my personal mobile for work calls!!",
    "phone",
)
create(
    "emma",
    "Can someone PLEASE set up the new starter's email? Her name is Ruby Lane, she started TODAY and has nothing",
    "Ruby",
)
create("liam", "BSOD again. blue screen twice this morning, lost my spreadsheet both times", "blue")
create(
    "emma",
    "I keep getting phishing emails pretending to be the CEO, 20 today. do something!!",
    "phishing",
)
create("liam", "I need access to the HR shared folder. My manager approved it LAST WEEK.", "HR")
create(
    "emma",
    "the scanner next to reception just jams and eats the paper. no idea why nobody fixes it",
    "scanner",
)
create(
    "liam",
    "USB ports on my laptop stopped working, can't plug in anything. great timing, right before my presentation",
    "USB",
)
create(
    "emma",
    "I can't print to PDF anymore, the option just vanished. why does everything break on a Monday",
    "PDF",
)
create(
    "liam",
    "Our team calendar disappeared from Outlook!!! the whole team's meetings are gone",
    "calendar",
)
create(
    "emma", "My webcam image is upside down in every call. yes, really. it's embarrassing", "webcam"
)
create("liam", "CAN SOMEONE PLEASE INSTALL PYTHON ON MY MACHINE. ASKED THREE TIMES.", "Python")
create(
    "emma",
    "The asset tag sticker fell off my laptop and now security won't let me take it home?! sort this out",
    "tag",
)
create(
    "liam",
    "the contract templates folder on the S: drive is empty, did someone delete it?? we need them for a signing at 4",
    "contract",
)
create(
    "emma", "I need a Jira licence. my project starts Monday and I have no access. not ok", "Jira"
)
create(
    "liam", "sick of this: the meeting room 5 screen won't connect to anything over HDMI", "HDMI"
)
create(
    "emma",
    "the weekly sales report macro crashes Excel now. that report goes to the board tomorrow!!!",
    "macro",
)
create(
    "liam",
    "My Windows update has been stuck at 35% for an HOUR. I can't use the laptop at all",
    "update",
)
create("emma", "Spam filter ate an important client email. AGAIN. I need it back", "email")
create(
    "liam",
    "please order me a new ergonomic chair-- wait, that's facilities. ok then: I need a standing desk keyboard tray and a wrist rest",
    "wrist",
)
create(
    "emma",
    "Why does Chrome keep logging me out of every site??? every hour. it's driving me mad",
    "Chrome",
)
create(
    "liam", "the office printer in the warehouse prints blank pages. all of them. blank.", "blank"
)
create(
    "emma",
    "I'm travelling to Berlin tomorrow and my roaming doesn't work on the work phone. need it fixed before 8am",
    "roaming",
)
create(
    "liam",
    "New starter on Monday, Oliver Stone, needs a laptop and accounts. Yes I know it's short notice.",
    "Oliver",
)
create(
    "liam",
    "My password expired while I was on leave and now nothing lets me in. I'm calling the helpdesk if this isn't done in an hour",
    "expired",
)
create("liam", "laptop screen cracked. don't ask. I need a replacement asap", "cracked")
create(
    "emma",
    "the audio in Teams meetings cuts out every few minutes, people think I'm hanging up on them",
    "audio",
)
create(
    "liam",
    "I can't connect to the guest Wi-Fi for a visitor. the visitor is in reception NOW",
    "guest",
)
create(
    "emma",
    "My files on the network drive say 'access denied' since this morning??? they're MY files",
    "denied",
)
create(
    "liam",
    "Power BI dashboard won't refresh. the CFO is asking me why. please escalate",
    "Power BI",
)
create(
    "emma",
    "the microwave-- no sorry. the coffee-room TV display shows a Windows error, it's been like that for a week, looks terrible for visitors",
    "display",
)
create(
    "liam",
    "I've been waiting for a replacement battery for my mouse for TWO WEEKS. is it coming or not?? raise a request for it",
    "mouse",
)
create(
    "emma",
    "Office activation failed, every app says 'unlicensed product'. I can't edit anything!!",
    "unlicensed",
)
create(
    "liam",
    "outlook search returns nothing. NOTHING. can't find a single email from last year",
    "search",
)
create("emma", "I need a laptop bag. mine broke and I commute by bike in the rain. please.", "bag")
create(
    "liam",
    "Third time I report this: the door entry system at the side entrance doesn't read my card",
    "card",
)
create(
    "emma",
    "the Finance app keeps timing out when I export the month-end figures, month end is TOMORROW",
    "timing",
)
create("liam", "CAN'T SIGN IN TO THE INTRANET. 'Error 500'. FOR EVERYONE ON MY FLOOR.", "intranet")
create(
    "emma", "my laptop fan is making a grinding noise, sounds like it's about to die", "grinding"
)
create(
    "liam", "Mobile phone for the new sales guy please, he's been using his own for a week", "phone"
)
create(
    "emma",
    "Please unblock YouTube for the training videos we're REQUIRED to watch. the irony.",
    "YouTube",
)
create(
    "liam",
    "The time-tracking website shows someone else's timesheet when I log in. that's a privacy problem!!",
    "timesheet",
)
create(
    "emma",
    "just a heads up since nobody else will report it: the big printer by the lifts is showing 'toner low' and printing grey",
    "toner",
)
create(
    "liam",
    "I need a VPN token for my contractor starting tomorrow. yes tomorrow. don't look at me like that",
    "contractor",
)
create(
    "emma",
    "the remote desktop to the accounting server fails with 'credentials did not work'. fix before payroll runs!!",
    "remote desktop",
)
create(
    "admin",
    "log a ticket for Globex site Cypress Creek: their whole floor lost internet, they're screaming",
    "internet",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "new ticket for Stark Logistics, Fleet Depot: label printer dead, trucks can't leave",
    "label printer",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "raise one for Umbrella Health site Laboratory -- freezer monitoring PC won't boot, URGENT",
    "freezer",
    client_id=23,
    site_id=52,
)

# --- reading one own ticket (get_ticket) -------------------------------------------------------
get("emma", "WHAT is going on with 3042?? it's been days", 3042)
get("emma", "has anyone even LOOKED at ticket 3089??", 3089)
get("emma", "status of 3115. now please.", 3115)
get("emma", "Where are we with my second monitor request? It's been on hold forever!!!", 3131)
get("emma", "show me 3131, I want to see what excuse they gave this time", 3131)
get("emma", "what's the latest on my Outlook ticket? still asks for my password every 5 min", 3115)
get("emma", "Is the SharePoint access ticket EVER going to move?", 3089)
get("emma", "show me #3067, I want to see what they said when they closed it", 3067)
get("emma", "what happened to my Teams camera ticket? who cancelled it and why??", 3150)
get("emma", "show ticket 3018. I want to know who 'fixed' it", 3018)
get("emma", "3005 - what did they actually do? I need to know for next time", 3005)
get("liam", "where is 3120?? my laptop sounds like a jet engine", 3120)
get("liam", "what's the status of the new starter ticket for Mia? she starts MONDAY", 3076)
get("liam", "Ticket 3076, anyone? hello??", 3076)
get("liam", "show me the wifi ticket, I want to see what they wrote before closing it", 3121)
get("liam", "3120 status. is someone on it or not", 3120)
get("liam", "any progress on my fan ticket or am I buying earplugs", 3120)
get("emma", "ticket 3042 - who is working on it?? I'd like a NAME", 3042)
get("liam", "what did IT say last on 3121?", 3121)
get("emma", "details of 3089 please, my manager is breathing down my neck", 3089)
get("emma", "is my printer ticket closed or what? show me", 3067)
get("liam", "pull up my ticket about Mia Chen's laptop and accounts", 3076)

# --- listing own tickets (list_tickets) --------------------------------------------------------
listing("emma", "show me ALL my tickets. I've lost track of how many I've had to raise", None)
listing("emma", "what tickets do I even have open right now???", None)
listing("liam", "list my tickets", None)
listing(
    "emma",
    "3042, 3089 and 3115 -- status of ALL of them please, I'm reporting to my boss at noon",
    [3042, 3089, 3115],
)
listing("liam", "what's happening with 3076 and 3120? both are taking forever", [3076, 3120])
listing("emma", "my open tickets. all of them. now.", None)
listing("liam", "show my tickets, I want to see how long they've been sitting there", None)
listing("emma", "3115 and 3131?? any movement on either??", [3115, 3131])
listing("emma", "give me a list of every ticket I have with you people", None)
listing("liam", "Which of my tickets are still open? honestly I expect all of them", None)
listing("emma", "show me 3005, 3018 and 3067, the ones you claim are 'fixed'", [3005, 3018, 3067])
listing("liam", "my tickets pls. quickly.", None)
listing("emma", "status on 3042 & 3089!!!", [3042, 3089])
listing("liam", "I'd like to see all my requests. ALL of them, closed ones too", None)
listing("emma", "what have I got open with IT? I swear it's like 10 tickets", None)
listing("liam", "tickets 3120, 3121, 3076 - where are they at", [3076, 3120, 3121])
listing("emma", "list everything I've ever raised. I'm building a case for my manager.", None)
listing("emma", "how many tickets do I have with you?? show me", None)

# --- notes on an own ticket (add_note) ---------------------------------------------------------
note("emma", "add a note to 3042: it dropped FIVE times this morning. FIVE.", 3042, "FIVE")
note(
    "emma",
    "3115 - tell them it's STILL asking for my password, the profile reset did nothing",
    3115,
    "profile",
)
note(
    "emma",
    "Please add to my SharePoint ticket: my manager approved it in writing, again",
    3089,
    "approved",
)
note("emma", "note on 3131: I'll take ANY monitor at this point, even an old one", 3131, "old")
note(
    "liam",
    "add a note to 3120: it shut itself down during a client call today. thanks a lot",
    3120,
    "client",
)
note(
    "liam",
    "3076 -- Mia still has no email account and she started today. add that please",
    3076,
    "email",
)
note(
    "emma",
    "tell IT on ticket 3042 that I'm working from home all week so they can call me on my mobile",
    3042,
    "mobile",
)
note(
    "emma",
    "update 3089: I need this before the audit on Thursday or Finance will escalate to the CFO",
    3089,
    "Thursday",
)
note("liam", "add to the fan ticket: the laptop is now too hot to touch. literally", 3120, "hot")
note(
    "emma",
    "Add a comment to 3115 saying I'm calling the service desk manager if it isn't fixed by Friday",
    3115,
    "Friday",
)
note(
    "liam",
    "please add a note on 3076 that Mia also needs a VPN token, nobody told me that",
    3076,
    "VPN",
)
note("emma", "3131 note: I've been waiting 6 weeks. SIX WEEKS. for a monitor.", 3131, "weeks")
note("emma", "on my Outlook ticket add: it happens on my phone too now, wonderful", 3115, "phone")
note(
    "liam",
    "note for 3120: I can bring it to the IT desk tomorrow at 9, IF someone is actually there",
    3120,
    "tomorrow",
)
note(
    "emma",
    "add to 3042 - I already reinstalled the client twice like you asked. it's not me, it's the VPN",
    3042,
    "reinstalled",
)
note(
    "emma",
    "reply on 3089: yes the site is 'Finance', I told you that already in the ticket",
    3089,
    "Finance",
)
note("liam", "add a note to ticket 3076: laptop arrived but it has no Office on it", 3076, "Office")
note(
    "emma",
    "3115: screenshot of the prompt attached... well, I would attach it if this worked. just note it's the 'Need password' banner",
    3115,
    "banner",
)
note("liam", "put this on 3120: the noise starts as soon as I open Teams", 3120, "Teams")
note(
    "emma",
    "let them know on the monitor request that my desk is 4.12, in case they ever deliver it",
    3131,
    "4.12",
)
note(
    "emma",
    "add note to 3042: happened again during my presentation to the board. humiliating.",
    3042,
    "presentation",
)
note("liam", "3076: tell them Mia's manager is Sarah from Sales and she's furious", 3076, "furious")

# --- resolve an own open ticket (resolve_ticket) -----------------------------------------------
resolve("emma", "close 3042, it finally works. no thanks to you.", 3042)
resolve("emma", "resolve my Outlook ticket, it fixed itself after I restarted. typical.", 3115)
resolve("liam", "3120 can be closed, I gave up and got a new laptop from my manager", 3120)
resolve("liam", "close 3076, Mia is sorted. FINALLY.", 3076)
resolve(
    "emma", "you can close the SharePoint one, someone in Finance gave me access themselves", 3089
)
resolve("emma", "resolve 3131, I bought my own monitor. seriously.", 3131)
resolve(
    "emma", "Please resolve ticket 3115 and add a note that it was the cached password thing", 3115
)
resolve("liam", "mark 3120 as resolved!! fan replaced, all quiet", 3120)
resolve("emma", "ok 3042 is fixed, close it before it breaks again", 3042)
resolve("liam", "the Mia Chen ticket can be resolved, she has everything now", 3076)

# --- reopen a closed own ticket (reopen_ticket) ------------------------------------------------
reopen("emma", "REOPEN 3067. the printer is jamming AGAIN. who closed this??", 3067)
reopen("emma", "reopen 3018, the VPN client vanished from my laptop again after the update", 3018)
reopen("liam", "reopen 3121!!! the wifi in meeting room 2 is dropping again, same as before", 3121)
reopen("emma", "my printer ticket was closed but nothing was fixed. reopen it please", 3067)
reopen("emma", "reopen the password reset ticket, the new password stopped working already", 3005)
reopen("liam", "can you reopen my Wi-Fi ticket? this is the third time it's 'fixed'", 3121)
reopen("emma", "3067 - not fixed. reopen. jammed twice this morning", 3067)
reopen("emma", "open ticket 3005 again, the reset didn't stick", 3005)
reopen("liam", "3121 is NOT resolved. reopen it. calls dropped again in room 2", 3121)
reopen("emma", "please reopen 3018, the client is missing again on my laptop", 3018)

# --- rate a resolved own ticket (rate_ticket) --------------------------------------------------
rate("emma", "rate 3067 1 star. took forever and it still jams.", 3067, 1)
rate("emma", "3005: 5/5, at least that one was quick", 3005, 5)
rate("liam", "3121 gets 2 stars. fixed, eventually, after three tries", 3121, 2)
rate("emma", "feedback on 3018: 3 out of 5, it worked but it took a week", 3018, 3)
rate("liam", "rate ticket 3121 four stars, fine, the wifi works now", 3121, 4)
rate("emma", "give 3067 two stars. two.", 3067, 2)
rate(
    "emma",
    "rating for my password reset ticket: 4/5, quick but nobody told me the new rules",
    3005,
    4,
)

# --- how-to questions (lookup kb_articles) -----------------------------------------------------
lookup(
    "emma",
    "HOW do I reset my password myself?? I'm not waiting 3 days for IT again",
    "kb_articles",
    "password",
)
lookup(
    "liam",
    "how am I supposed to connect to the VPN from home?! nobody ever explained it",
    "kb_articles",
    "VPN",
)
lookup(
    "emma",
    "how do I clear a paper jam, since apparently I have to do it myself now",
    "kb_articles",
    "jam",
)
lookup(
    "liam",
    "how do I set up the Authenticator app for MFA? the email you sent makes no sense",
    "kb_articles",
    "Authenticator",
)
lookup(
    "emma",
    "how do I stop Outlook asking for my password?? is there a guide or not",
    "kb_articles",
    "Outlook",
)
lookup(
    "liam",
    "how do I get on the office Wi-Fi? the instructions on the wall are WRONG",
    "kb_articles",
    "Wi-Fi",
)
lookup(
    "emma",
    "how do I request access to a SharePoint site? do I really need a ticket for everything?",
    "kb_articles",
    "SharePoint",
)
lookup(
    "liam",
    "how do I pick the right microphone in Teams? people keep telling me they can't hear me",
    "kb_articles",
    "Teams",
)
lookup(
    "emma",
    "what does IT need for a new starter?? I don't want to get this wrong AGAIN",
    "kb_articles",
    "starter",
)
lookup(
    "liam",
    "how do I map a network drive. step by step. I've asked three people",
    "kb_articles",
    "drive",
)
lookup("emma", "how do I report a phishing email? I get ten a day", "kb_articles", "phishing")
lookup(
    "liam",
    "how do I install Windows updates myself, since they never install on their own",
    "kb_articles",
    "update",
)
lookup(
    "emma",
    "is there an article on connecting to the VPN from home or do I have to guess",
    "kb_articles",
    "VPN",
)
lookup("liam", "HOW DO I MAP THE S: DRIVE", "kb_articles", "drive")
lookup(
    "emma",
    "how do I set up multi-factor authentication? I keep getting locked out",
    "kb_articles",
    "multi-factor",
)
lookup(
    "liam",
    "any guide on spotting phishing? my manager wants us all to read one by Friday",
    "kb_articles",
    "phishing",
)
lookup(
    "emma",
    "how do I join a Teams meeting properly? every time I click the invite it does something different",
    "kb_articles",
    "Teams",
)
lookup(
    "liam",
    "where's the how-to for resetting a password? I can't find ANYTHING on this portal",
    "kb_articles",
    "password",
)
lookup(
    "emma",
    "how do I fix the printer jamming, just tell me, I'll do it myself",
    "kb_articles",
    "jam",
)
lookup(
    "liam",
    "how do I connect my laptop to the Corp wifi?? it rejects my password",
    "kb_articles",
    "wifi",
)

# --- refused at plan time ----------------------------------------------------------------------
refused("emma", "what's the status of 3121? Liam said I should check it")
refused("emma", "show me ticket 3101, the warehouse scanner one, we're all waiting on it")
refused("liam", "open 3042 for me, Emma's on holiday and I'm covering")
refused("liam", "add a note to 3115: Emma says it's still broken")
refused("emma", "resolve 3160, Samir told me it's fine now")
refused("emma", "close 3055 NOW, it's blocking everyone")
refused("liam", "what's going on with 3110?")
refused("emma", "resolve 3067. it's done.")
refused("liam", "close 3121 please")
refused("emma", "resolve 3005 for good")
refused("emma", "rate 3115 5 stars, they're trying at least")
refused("emma", "assign 3042 to Marcus Reid, he's the only one who knows the VPN")
refused("liam", "set 3120 to CRITICAL priority, I can't work!!!")
refused("emma", "list all the tickets for Globex, I want to compare")
refused("liam", "show me all customers")
refused("emma", "pull up the SLA compliance report, I want to see how bad you really are")
refused("liam", "look up contract ACME-MSA-2026, I want to know what we pay you for")
refused("emma", "who is in the Network team? I want names")
refused("emma", "find the user Hank Scorpio, I need his phone number")
refused("liam", "show me asset AC-2219")
refused("emma", "status of ticket 3999??? it was raised ages ago")

# --- candidates (the text fits two or more of the person's tickets equally) ---------------------
candidates("emma", "what's happening with my VPN ticket?!", "get_ticket")
candidates("emma", "status of the VPN one, NOW please", "get_ticket")
candidates("emma", "show me my password ticket", "get_ticket")
candidates("emma", "any news on the VPN ticket??? anything at all???", "get_ticket")
candidates("emma", "rate my ticket", "rate_ticket")
candidates("emma", "reopen my closed ticket, the problem is BACK", "reopen_ticket")
candidates("emma", "resolve my ticket, it's fine now", "resolve_ticket")
candidates("emma", "add a note to my ticket: still broken, still waiting", "add_note")
candidates("liam", "resolve my ticket, I'm done waiting", "resolve_ticket")
candidates(
    "liam", "add a note to my ticket saying I'm out tomorrow so don't bother calling", "add_note"
)

# --- admin: update_ticket ----------------------------------------------------------------------
update("admin", "3101 -> CRITICAL. warehouse is dead in the water", 3101, priority_id=1)
update("admin", "assign 3055 to Priya Sharma NOW", 3055, agent_id=5)
update("admin", "give 3099 to Tom Walsh, Daniel is drowning", 3099, agent_id=11)
update("admin", "move 3160 to the Messaging team", 3160, team_id=11)
update("admin", "put 3110 on hold, the contractor's start got pushed", 3110, status_id=28)
update("admin", "3101 status With Supplier -- waiting on the scanner vendor", 3101, status_id=5)
update("admin", "mark 3089 in progress, I'm sick of it sitting in New", 3089, status_id=2)
update("admin", "3140 -> Chloe Martin", 3140, agent_id=7)
update("admin", "bump 3042 to critical, Emma's director called me", 3042, priority_id=1)
update("admin", "drop 3120 to low priority, he has a loaner", 3120, priority_id=4)
update("admin", "3160 set to Action Required", 3160, status_id=3)
update("admin", "reassign 3120 to Hannah Fischer", 3120, agent_id=9)
update("admin", "send 3099 to 1st Line Support", 3099, team_id=5)
update("admin", "3055 priority HIGH. the CEO is asking.", 3055, priority_id=2)
update("admin", "3089 over to 2nd Line Support please", 3089, team_id=6)
update("admin", "3101: assign to Marcus Reid and make it critical", 3101, agent_id=8, priority_id=1)
update(
    "admin", "set 3140 to With User, she has to tell us when the blinds are open", 3140, status_id=4
)

# --- admin: look-ups ---------------------------------------------------------------------------
lookup("admin", "look up Stark Logistics, quick", "customers", "Stark")
lookup("admin", "find customer Wayne Foundation", "customers", "Wayne")
lookup("admin", "which site is Fleet Depot? need the details now", "sites", "Fleet")
lookup("admin", "site Raccoon City Clinic -- pull it up", "sites", "Raccoon")
lookup("admin", "find user Hank Scorpio, he's called four times", "users", "Scorpio")
lookup("admin", "look up the user Joanna Baker", "users", "Joanna")
lookup("admin", "show me the Network team, who's on it", "teams", "Network")
lookup("admin", "asset AC-2231 -- what is it and who has it", "assets", "AC-2231")
lookup("admin", "look up asset AC-2219", "assets", "AC-2219")
lookup(
    "admin",
    "pull contract GLX-MSP-2026, Globex is threatening to leave",
    "contracts",
    "GLX-MSP-2026",
)
lookup("admin", "find contract STARK-NETWORK", "contracts", "STARK-NETWORK")
lookup("admin", "SLA compliance report. now. the board wants numbers", "reports", "SLA")
lookup("admin", "run the asset warranty expiry report", "reports", "warranty")

# --- admin: listing for a customer, reads ------------------------------------------------------
add(
    "admin",
    "show me all Globex tickets, they're on the phone yelling",
    {"action": "list_tickets", "params": {"client_id": 17}},
)
add("admin", "list tickets for Initech", {"action": "list_tickets", "params": {"client_id": 42}})
add(
    "admin",
    "Umbrella Health tickets -- all of them, go",
    {"action": "list_tickets", "params": {"client_id": 23}},
)
add(
    "admin",
    "what tickets does Stark Logistics have with us?",
    {"action": "list_tickets", "params": {"client_id": 27}},
)
add(
    "admin",
    "Wayne Foundation's tickets please, the foundation is asking",
    {"action": "list_tickets", "params": {"client_id": 35}},
)
get("admin", "what's going on with 3101?? Noah keeps calling", 3101)
get("admin", "show 3160", 3160)
listing("admin", "3055 and 3099 -- status, both Initech, both angry", [3055, 3099])
