"""Blind set, round 10: plain-language requests for the portal's Ask box.

Written blind: the writer never read the parser (halo_integration/nl/), its tests, the earlier
ask sets or the measurement script. The only sources were README.md, DESIGN.md,
the Ask box's contract (issue 10), and the simulator's demo data (halo_integration/simulator/seed_*.py).
Style: busy office workers at a desk (full sentences, pasted e-mails with greeting and sign-off,
some terse chat lines); the admin writes like an experienced service-desk technician.

Seed facts relied on
--------------------
People: emma = Emma Jones (user 201), liam = Liam Patel (user 202), both Acme Inc (12) / HQ (31).
Emma's tickets (requester 201):
  open:   3042 "VPN disconnects when working from home" (With User),
          3089 "Access to the Finance SharePoint site" (New),
          3115 "Outlook keeps asking for my password" (In Progress),
          3131 "Request for a second monitor" (On Hold)
  closed: 3005 "Password reset after holiday", 3018 "VPN client missing on new laptop",
          3067 "Printer on the 2nd floor keeps jamming", 3150 "Teams camera not detected"
          (Cancelled, a closed status)
Liam's tickets (requester 202):
  3120 "Laptop fan very loud and overheating" (In Progress, open),
  3121 "Wi-Fi drops in meeting room 2" (Closed),
  3076 "New starter: Mia Chen" (Pending Closure; never resolved/reopened here)
Other fixed tickets: 3030 Olivia/Globex Closed; 3110 Olivia In Progress; 3140 Olivia New
  (priority Medium, type Incident, team Field Services); 3101 Noah Williams Action Required;
  3012 Joanna Baker Closed; 3055 Peter Gibbons In Progress (priority High); 3099 Michael Bolton
  Action Required (priority Critical); 3160 Samir With User (team 2nd Line, agent Daniel Kim);
  789 Olivia Closed. Tickets exist for ids 3001..3260 and 789 only (so 3300+, 4xxx, 9999 do not).
Customers/sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33); Globex 17 (Springfield
  Campus 41, Cypress Creek 44); Initech 42 (Main Office 101, Austin Branch 102); Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53); Stark Logistics 27 (Distribution
  Centre 61, Fleet Depot 62); Wayne Foundation 35 (Gotham Office 71).
Users: Noah Williams 203, Joanna Baker 404, Barbara Gordon 702, Pepper Potts 601.
Teams: Service Desk 2, 1st Line 5, 2nd Line 6, Messaging 11, Network 12, Field Services 15.
Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6, Chloe Martin 7,
  Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2, Action
  Required 3, With User 4, With Supplier 5, On Hold 28, Pending Closure 25, Closed 9, Cancelled 10.
Ticket types: Incident 1, Service Request 3, Problem 21, Change 22, Alert 27.
KB articles: VPN from home, self-service password reset, paper jams, MFA setup, Outlook password
  prompts, office Wi-Fi, SharePoint access, Teams meetings, new starter checklist, mapping a
  network drive, phishing, Windows updates. Asset AC-2219 is Emma's laptop. Reports include
  "SLA compliance (last 30 days)".
"""

from __future__ import annotations

CASES: list[dict] = []


def _add(who: str, text: str, expect: dict) -> None:
    CASES.append({"as": who, "text": text, "expect": expect})


def create(who: str, text: str, has: str | None = None, **ids: int) -> None:
    params: dict = dict(ids)
    expect: dict = {"action": "create_ticket", "params": params}
    if has:
        expect["summary_has"] = has
    _add(who, text, expect)


def get(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "get_ticket", "params": {"ticket_id": ticket_id}})


def listing(who: str, text: str, ids: list[int] | None = None) -> None:
    params = {"ticket_ids": sorted(ids)} if ids else {}
    _add(who, text, {"action": "list_tickets", "params": params})


def note(who: str, text: str, ticket_id: int, has: str | None = None) -> None:
    expect: dict = {"action": "add_note", "params": {"ticket_id": ticket_id}}
    if has:
        expect["note_has"] = has
    _add(who, text, expect)


def resolve(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}})


def reopen(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "reopen_ticket", "params": {"ticket_id": ticket_id}})


def rate(who: str, text: str, ticket_id: int) -> None:
    _add(who, text, {"action": "rate_ticket", "params": {"ticket_id": ticket_id}})


def lookup(who: str, text: str, entity: str) -> None:
    _add(who, text, {"action": "lookup", "params": {"entity": entity}})


def kb(who: str, text: str) -> None:
    lookup(who, text, "kb_articles")


def update(text: str, ticket_id: int, **field: int) -> None:
    _add("admin", text, {"action": "update_ticket", "params": {"ticket_id": ticket_id, **field}})


def refused(who: str, text: str) -> None:
    _add(who, text, {"refused": True})


def vague(who: str, text: str, action: str) -> None:
    _add(who, text, {"candidates": True, "action": action})


# ---------------------------------------------------------------------------------------------
# Employees reporting problems (create_ticket)
# ---------------------------------------------------------------------------------------------
create(
    "emma",
    "My keyboard has stopped working. Half the keys on the right-hand side do nothing at all.",
    "keyboard",
)
create(
    "emma",
    "Hi IT,\n\nSince this morning my laptop won't connect to the office Wi-Fi. It can see the Corp "
    'network but says "Can\'t connect to this network". Could someone take a look?\n\nThanks,\nEmma',
    "Wi-Fi",
)
create("emma", "Excel crashes every single time I open the quarterly budget workbook.", "Excel")
create("emma", "The projector in the boardroom isn't picking up my laptop over HDMI.", "projector")
create(
    "emma",
    "Please could I have Visio installed? I need it for the process diagrams we're doing this quarter.",
    "Visio",
)
create(
    "emma",
    "I'm getting 'Your mailbox is almost full' warnings in Outlook about once an hour.",
    "mailbox",
)
create(
    "emma",
    "Good morning,\n\nI have received several suspicious emails today pretending to be from our bank "
    "and asking me to confirm payment details. I haven't clicked on anything. Could someone look "
    "into it?\n\nKind regards,\nEmma Jones\nFinance",
    "suspicious",
)
create(
    "emma",
    "laptop screen flickering since yesterday's update, really hard to read anything",
    "flickering",
)
create(
    "emma",
    "Teams won't let me share my screen in meetings, the Share button is greyed out.",
    "share",
)
create(
    "emma",
    "My headset microphone isn't working. People on calls can't hear me at all.",
    "microphone",
)
create(
    "emma",
    "URGENT: I can't log in to the payroll system and payroll has to go out by 3pm today!!",
    "payroll",
)
create("emma", "The badge reader at the HQ side entrance no longer recognises my card.", "badge")
create("emma", "Could I get a new mouse? The scroll wheel on mine has broken.", "mouse")
create(
    "emma",
    "Adobe Acrobat keeps telling me my licence has expired whenever I try to edit a PDF.",
    "Acrobat",
)
create(
    "emma",
    "Hello,\nI'm working from the Warehouse tomorrow and the hot-desk PC there won't accept my login. "
    "Can this be sorted before 9am?\nThanks",
    "login",
)
create(
    "emma", "my calendar invites aren't reaching people, they say they never got them", "invites"
)
create(
    "emma",
    "The TV screen in reception is showing 'No signal' and visitors are arriving at 10.",
    "signal",
)
create("emma", "OneDrive says I'm out of storage, but I've barely put anything in it.", "OneDrive")
create(
    "emma",
    "Can you set up a shared calendar for the Finance team? We need one for booking holidays.",
    "calendar",
)
create(
    "emma",
    "The copier on our floor emails scans to the wrong address, they all go to someone in Sales.",
    "scans",
)
create("emma", "My laptop battery now goes from full to empty in about an hour.", "battery")
create(
    "emma",
    "Word freezes whenever I paste from Excel and I have to force-quit it. Lost work twice today.",
    "Word",
)
create(
    "emma",
    "I've locked myself out of my account after too many attempts. Could you unlock it please?",
    "locked",
)
create(
    "emma",
    "Hi there, I think my laptop has a virus. Loads of pop-ups keep appearing and the fan is going crazy.",
    "virus",
)
create(
    "emma", "The Finance shared drive (S:) has disappeared from File Explorer on my PC.", "drive"
)
create(
    "emma",
    "We have a new starter, Tom Baker, joining Finance on the 3rd. He'll need a laptop, an email "
    "account and Teams.",
    "starter",
)
create(
    "emma", "Please could you order a laptop stand and a wireless keyboard for my desk?", "stand"
)
create(
    "emma",
    "The sound on my laptop has stopped working. No audio from the speakers or the headphones.",
    "audio",
)
create("emma", "Zoom won't install on my machine, it says I need administrator rights.", "Zoom")
create(
    "emma",
    'got this when opening SAP just now: "RFC_ERROR_COMMUNICATION: connection refused". '
    "can't do any invoicing",
    "SAP",
)
create(
    "emma",
    "Dear Service Desk,\n\nI would like to request access to the HR SharePoint site for the "
    "upcoming audit. My manager has approved this.\n\nBest regards,\nEmma",
    "HR",
)
create("emma", "The printer at the Remote Workers hub keeps printing blank pages.", "blank")
create(
    "emma",
    "I can't open any websites since lunch, the browser just says DNS_PROBE_FINISHED_NXDOMAIN.",
    "websites",
)
create("emma", "Chrome crashes whenever I upload files to the supplier portal.", "Chrome")
create("emma", "hi, the phone on my desk has no dial tone", "dial tone")
create("emma", "Please add me to the Marketing distribution list.", "Marketing")
create(
    "emma", "MY LAPTOP WON'T TURN ON AT ALL. I left it charging overnight and nothing.", "laptop"
)
create(
    "emma",
    "I spilled coffee on my laptop 😬 the trackpad is now sticky and the cursor jumps around.",
    "trackpad",
)
create(
    "emma",
    "Since last night's Windows update my laptop boots to a black screen with only a cursor.",
    "black screen",
)
create("emma", "The Outlook add-in for our CRM has vanished from the ribbon.", "add-in")
create(
    "emma",
    "Teams notifications don't pop up any more, so I keep missing messages from my team.",
    "notifications",
)
create(
    "emma",
    "The contract PDFs on the Legal share won't open, they say the file is damaged.",
    "damaged",
)
create("emma", "I need a loan laptop for a conference next Tuesday to Thursday.", "loan")

create(
    "liam",
    "Hi team, my monitor keeps switching itself off at random. The cable seems fine. Cheers, Liam",
    "monitor",
)
create("liam", "Outlook search doesn't find any emails older than about a month.", "search")
create("liam", "I need Power BI Desktop installed for the sales dashboards.", "Power BI")
create(
    "liam",
    "The printer near the kitchen is out of toner and the spare cartridges have all gone.",
    "toner",
)
create(
    "liam",
    "Could you reset my MFA? I got a new phone and the Authenticator app no longer has my work account.",
    "MFA",
)
create("liam", "The screen in meeting room 4 won't wake up from sleep.", "screen")
create(
    "liam",
    "Good afternoon,\n\nWe have a contractor, Ana Silva, starting on Monday who will need a laptop, "
    "an email account and access to the Operations SharePoint.\n\nMany thanks,\nLiam Patel",
    "contractor",
)
create(
    "liam",
    "Excel macros have stopped running. It says macros have been disabled by your administrator.",
    "macros",
)
create("liam", "my laptop charger is frayed near the plug, can I get a replacement?", "charger")
create("liam", "Can't connect to the VPN from the hotel, error 809 every time.", "VPN")
create("liam", "The webcam on my laptop shows a black image in every app.", "webcam")
create(
    "liam",
    "Our team's shared mailbox 'Sales Ops' hasn't shown in Outlook since yesterday.",
    "shared mailbox",
)
create(
    "liam",
    "Can't log in to my desktop: \"The trust relationship between this workstation and the "
    'primary domain failed."',
    "trust relationship",
)
create(
    "liam", "Hey, the Wi-Fi on the 3rd floor is super slow today, speed test shows 1 Mbps.", "slow"
)
create("liam", "I'd like a second docking station for working from home please.", "docking")
create("liam", "Files I save to OneDrive don't show up on my other laptop.", "OneDrive")
create("liam", "Teams keeps signing me out several times a day.", "signing")
create("liam", "My phone stopped getting work email after I changed my password.", "phone")
create(
    "liam",
    "Hi, could you give me edit rights on the Sales pricing spreadsheet in SharePoint? It opens "
    "read-only for me.",
    "pricing",
)
create("liam", "PowerPoint crashes when I insert a video.", "PowerPoint")
create(
    "liam",
    "The label printer at the Warehouse prints everything shifted to the left.",
    "label printer",
)
create("liam", "I keep getting a certificate error when I open the intranet.", "certificate")
create("liam", "We need Slack installed, our biggest client only works over Slack.", "Slack")
create(
    "liam",
    "laptop keeps blue-screening with DRIVER_IRQL_NOT_LESS_OR_EQUAL, 3 times this morning",
    "DRIVER_IRQL",
)
create("liam", "My desk phone rings but there's no sound when I pick it up.", "desk phone")
create(
    "liam",
    "Could you please set up a mailbox for our new generic address, sales-support@acme.example?",
    "mailbox",
)
create("liam", "my USB-C hub has stopped working, nothing plugged into it gets detected", "hub")
create(
    "liam",
    "Dear IT,\n\nThe Operations team can't open the inventory database since this morning, it says "
    "'database is locked by another user'. This is holding up picking at the warehouse.\n\nRegards,\nLiam",
    "database",
)
create(
    "liam",
    "Remote Desktop to the finance server times out after about 30 seconds.",
    "Remote Desktop",
)
create("liam", "I lost my work phone on the train this morning, please can you block it.", "lost")
create("liam", "Audio crackles on all my Teams calls when I use the Jabra headset.", "headset")
create(
    "liam", "Can you install Python 3.12 on my laptop? I need it for a reporting script.", "Python"
)
create(
    "liam",
    "The clock on my laptop is 7 minutes out and my MFA codes keep failing because of it.",
    "clock",
)
create("liam", "I can't print double-sided any more, the option has disappeared.", "double-sided")
create(
    "liam",
    "The password manager extension disappeared from Edge after the update.",
    "password manager",
)
create(
    "liam", "Hi, the big screen in the canteen that shows the sales board has frozen.", "canteen"
)
create(
    "liam",
    "We need two more Adobe Creative Cloud licences for the marketing interns.",
    "Creative Cloud",
)
create("liam", "Files on the S: drive take about two minutes each to open.", "drive")
create(
    "liam", "SharePoint says 'Access denied' on the Operations site I use every day.", "Operations"
)
create("liam", 'my laptop keyboard types the wrong characters, @ and " are swapped', "characters")
create(
    "liam",
    "Hello. My Outlook signature has disappeared and the option to edit it is greyed out. Thanks",
    "signature",
)
create(
    "liam",
    "The wireless presenter clicker for the boardroom doesn't work, new batteries didn't help.",
    "clicker",
)

# ---------------------------------------------------------------------------------------------
# Employees: status and list questions
# ---------------------------------------------------------------------------------------------
get("emma", "Any news on ticket 3042?", 3042)
get(
    "emma",
    "Hi, could you tell me where things are with 3089? It's been a little while. Thanks",
    3089,
)
get("emma", "status 3131", 3131)
get("emma", "Is there an update on my Outlook password ticket?", 3115)
get("emma", "What's happening with my request for a second monitor?", 3131)
get("emma", "Has anyone picked up my Finance SharePoint access request yet?", 3089)
get("emma", "Can you show me what happened on my printer jam ticket?", 3067)
get("emma", "What was the outcome of the Teams camera ticket?", 3150)
get("emma", "Show me the password reset ticket from after my holiday.", 3005)
get("emma", "Where are we with the VPN dropping out when I work from home?", 3042)
get("emma", "Can I see the details of 3018 please?", 3018)
listing("emma", "Show me my open tickets.")
listing("emma", "What tickets do I have at the moment?")
listing("emma", "Please list all my closed tickets.")
listing("emma", "Which tickets have I raised since Monday?")
listing("emma", "Show me 3042 and 3115 please.", [3042, 3115])
listing("emma", "can I see tickets 3005, 3018 and 3067", [3005, 3018, 3067])
vague("emma", "Any update on my ticket?", "get_ticket")
vague("emma", "What's the status of my VPN ticket?", "get_ticket")
lookup("emma", "What ticket types can I choose from when I log something?", "ticket_types")

get("liam", "Where is 3120 at?", 3120)
get("liam", "Has anything happened on my laptop fan ticket?", 3120)
get("liam", "Is the new starter setup for Mia Chen done? Her first day is Monday.", 3076)
get("liam", "Quick one: ticket 3121, what was the outcome?", 3121)
get("liam", "What's the latest on the Wi-Fi in meeting room 2 ticket?", 3121)
get("liam", "Morning! Just checking in on 3076, is there an ETA? Cheers", 3076)
get("liam", "Details for 3120 please.", 3120)
get("liam", "any news on my overheating laptop?", 3120)
get("liam", "What did IT last say on my new starter ticket?", 3076)
listing("liam", "list my tickets")
listing("liam", "Show me everything I've opened this week.")
listing("liam", "Which of my tickets are still open?")
listing("liam", "Tickets 3120 and 3121, can I see both?", [3120, 3121])
listing("liam", "show 3076, 3120, 3121", [3076, 3120, 3121])
vague("liam", "What's the status of my ticket?", "get_ticket")
lookup("liam", "Which kinds of ticket can I raise here?", "ticket_types")
listing("liam", "Have I logged anything since last Monday?")

# ---------------------------------------------------------------------------------------------
# Employees: notes, resolve, reopen, rate (by id and by description)
# ---------------------------------------------------------------------------------------------
note(
    "emma",
    "Add a note to 3115: I signed out and back in like you said, but it still asks every 10 minutes.",
    3115,
    "signed out",
)
note(
    "emma",
    "On ticket 3042 please note that the drops also happen on my home ethernet, not just Wi-Fi.",
    3042,
    "ethernet",
)
note(
    "emma",
    "For my Finance SharePoint request: my manager has now approved it by email.",
    3089,
    "approved",
)
note(
    "emma",
    "Re the second monitor request, a 24 inch one is fine, it doesn't need to be fancy.",
    3131,
    "24 inch",
)
note(
    "emma",
    "Hi, replying on 3042: I'm free for the VPN call any time after 2pm today. Emma",
    3042,
    "2pm",
)
note(
    "emma",
    "Can you add to my Outlook password ticket that it started right after I changed my password?",
    3115,
    "changed my password",
)
note(
    "emma",
    "Good morning,\n\nFurther to ticket 3089, my manager has confirmed I only need read-only access."
    "\n\nBest,\nEmma",
    3089,
    "read-only",
)
note("emma", "add a comment to 3131: happy to collect it from the IT room myself", 3131, "collect")
note(
    "emma",
    "Please tell the engineer on 3042 that I've updated the VPN client to the latest version.",
    3042,
    "updated",
)
vague("emma", "Please add a note to my ticket: I'm on leave from Friday for a week.", "add_note")
resolve("emma", "Please close 3131, I've borrowed a monitor from a colleague who left.", 3131)
resolve(
    "emma",
    "Outlook has stopped asking for my password since the profile reset. You can close that ticket, thanks!",
    3115,
)
resolve("emma", "resolve 3089, I can get into the Finance SharePoint now", 3089)
resolve(
    "emma",
    "The VPN has been rock solid at home for a week now, please mark my VPN disconnect ticket as resolved.",
    3042,
)
resolve("emma", "It's fixed, close it: 3042", 3042)
resolve("emma", "Close my second monitor request please, I no longer need it.", 3131)
resolve("emma", "The Outlook password pop-ups are gone 🎉 Please close 3115.", 3115)
resolve(
    "emma",
    "Hi,\n\nI've moved teams and no longer need access to the Finance SharePoint site, so please "
    "close that request.\n\nThanks,\nEmma",
    3089,
)
vague("emma", "Everything's working now, please close my ticket.", "resolve_ticket")
reopen("emma", "Please reopen 3067, the 2nd floor printer is jamming again.", 3067)
reopen(
    "emma",
    "The VPN client has vanished from my new laptop again. Can you reopen the ticket about the missing VPN client?",
    3018,
)
reopen(
    "emma", "reopen my password reset ticket please, the new password isn't working either", 3005
)
reopen("emma", "Could you reopen 3150? Teams still can't find my camera.", 3150)
reopen("emma", "Reopen the 2nd floor printer ticket, it jammed three times this morning.", 3067)
vague("emma", "Can you reopen my ticket? The problem is back.", "reopen_ticket")
rate("emma", "I'd like to rate 3067. The technician was brilliant, 5 stars.", 3067)
rate("emma", "Feedback on my password reset ticket: quick and painless, thank you.", 3005)
rate("emma", "rate ticket 3018 4/5", 3018)
rate("emma", "Leave feedback on 3067 please: 2 out of 5, it took over a week.", 3067)
rate(
    "emma",
    "I want to rate the ticket where you installed the missing VPN client on my laptop: 5 stars.",
    3018,
)
vague("emma", "I'd like to leave feedback on my ticket.", "rate_ticket")

note(
    "liam",
    "Add a note to 3120: the fan gets even louder when the laptop is docked.",
    3120,
    "docked",
)
note(
    "liam",
    "For the laptop overheating ticket: the underside is now getting too hot to touch.",
    3120,
    "hot",
)
note(
    "liam",
    "Re Mia Chen's new starter ticket: her start date has moved to Wednesday.",
    3076,
    "Wednesday",
)
note(
    "liam",
    "Please add to 3076 that Mia also needs access to the Operations shared drive.",
    3076,
    "Operations",
)
note(
    "liam", "Reply on 3120: yes, tomorrow at 11 works for the laptop inspection.", 3120, "tomorrow"
)
note(
    "liam",
    "note on 3120 - I'm working from home Thursday and Friday, so Monday would be better.",
    3120,
    "Thursday",
)
note(
    "liam",
    "Hi,\n\nQuick update on the new starter request for Mia Chen: she'll need a standing desk as well."
    "\n\nThanks,\nLiam",
    3076,
    "standing desk",
)
vague("liam", "Add a note to my ticket please: I'm out of the office tomorrow.", "add_note")
resolve("liam", "Fan is quiet again after the BIOS update, please close 3120.", 3120)
resolve(
    "liam",
    "My laptop has stopped overheating since the clean-out, you can resolve my laptop ticket.",
    3120,
)
resolve("liam", "All good with the fan now. Resolve 3120.", 3120)
reopen(
    "liam",
    "The Wi-Fi in meeting room 2 is cutting out during calls again, please reopen that ticket.",
    3121,
)
reopen("liam", "reopen 3121 pls, same problem as before", 3121)
reopen("liam", "Could you open the meeting room 2 Wi-Fi ticket again? Still dropping.", 3121)
rate("liam", "I'd like to give feedback on 3121: sorted quickly, 5/5.", 3121)
rate("liam", "Rate my meeting room Wi-Fi ticket 3 stars, it took a while.", 3121)
rate("liam", "feedback for ticket 3121: great job, thanks", 3121)

# ---------------------------------------------------------------------------------------------
# How do I ...? (knowledge base)
# ---------------------------------------------------------------------------------------------
kb("emma", "How do I connect to the VPN from home?")
kb("emma", "How can I reset my own password?")
kb("emma", "how do i clear a paper jam")
kb("emma", "What's the right way to report a phishing email?")
kb("emma", "Is there a guide for setting up MFA on a new phone?")
kb("emma", "How do I map a network drive?")
kb("emma", "Where can I find instructions for joining a Teams meeting?")
kb("emma", "how to install windows updates on my laptop")
kb("emma", "Search the knowledge base for SharePoint access.")
kb("emma", "Hi! How do I connect to the office Wi-Fi? Thanks")
kb("liam", "How do I get my laptop onto the Corp Wi-Fi?")
kb("liam", "What does IT need from me before a new starter begins? Is there a checklist?")
kb("liam", "how do I request access to a SharePoint site?")
kb("liam", "How do I stop Outlook asking for my password all the time?")
kb("liam", "how do I pick the right microphone in Teams")
kb("liam", "Are there any KB articles about the VPN?")
kb("liam", "How do I set up the Authenticator app?")
kb("liam", "How can I tell whether an email is a phishing attempt?")
kb("liam", "how do you map a drive in File Explorer")
kb("liam", "Can you point me to an article on updating Windows?")

# ---------------------------------------------------------------------------------------------
# Admin console operations
# ---------------------------------------------------------------------------------------------
create(
    "admin",
    "For Globex site Cypress Creek: badge printer at reception offline since 8am.",
    "badge printer",
    client_id=17,
    site_id=44,
)
create(
    "admin",
    "Log a ticket for Umbrella Health, Laboratory site: centrifuge control PC won't boot.",
    "centrifuge",
    client_id=23,
    site_id=52,
)
create(
    "admin",
    "New ticket, Stark Logistics / Fleet Depot: rugged tablets not syncing with the dispatch app.",
    "tablets",
    client_id=27,
    site_id=62,
)
create(
    "admin",
    "Raise one for Initech, Austin Branch, user Joanna Baker: can't print to the copier on her floor.",
    "copier",
    client_id=42,
    site_id=102,
    user_id=404,
)
create(
    "admin",
    "Acme Inc Warehouse: label printer down, blocking outbound shipments.",
    "label printer",
    client_id=12,
    site_id=32,
)
create(
    "admin",
    "Create a ticket on behalf of Noah Williams: handheld scanner battery won't hold a charge.",
    "scanner",
    user_id=203,
)
create(
    "admin",
    "For Wayne Foundation, Gotham Office: Barbara Gordon reports her Outlook profile is corrupt.",
    "Outlook profile",
    client_id=35,
    site_id=71,
    user_id=702,
)
create(
    "admin",
    "open ticket for Acme Inc site HQ: meeting room 3 display has no HDMI signal",
    "HDMI",
    client_id=12,
    site_id=31,
)
resolve(
    "admin",
    "Resolve 3101 and add a visible note summarising the fix: re-provisioned the scanner's Wi-Fi certificate.",
    3101,
)
resolve(
    "admin",
    "Close 3055 with a public note for the user: replaced the faulty DIMM, memtest now clean.",
    3055,
)
resolve(
    "admin",
    "3099 is fixed, rolled back the Windows update. Close it and add a visible note explaining what we did.",
    3099,
)
reopen("admin", "Reopen 3030, user says the calendar has stopped syncing to her phone again.", 3030)
update("Assign 3140 to Hannah Fischer.", 3140, agent_id=9)
update("Reassign 3160 to Tom Walsh.", 3160, agent_id=11)
update("Move 3160 over to the Messaging team.", 3160, team_id=11)
update("Set the priority on 3140 to High.", 3140, priority_id=2)
update("3042: change status to With Supplier.", 3042, status_id=5)
update("Put 3110 on hold.", 3110, status_id=28)
update("Change the ticket type of 3140 to Service Request.", 3140, tickettype_id=3)
update("Drop 3055 to low priority.", 3055, priority_id=4)
lookup("admin", "Who's on the Network team?", "agents")
lookup("admin", "List all teams.", "teams")
lookup("admin", "Which agents are in 2nd Line Support?", "agents")
lookup("admin", "Look up the customer Umbrella Health.", "customers")
lookup("admin", "What sites does Globex have?", "sites")
lookup("admin", "Find user Pepper Potts.", "users")
lookup("admin", "Show the contracts for Initech.", "contracts")
lookup("admin", "Any unpaid invoices for Stark Logistics?", "invoices")
lookup("admin", "What appointments has Hannah Fischer got booked?", "appointments")
lookup("admin", "Run the SLA compliance report.", "reports")
lookup("admin", "Look up asset AC-2219.", "assets")
kb("admin", "Search the KB for phishing.")
listing("admin", "Show me the tickets opened this week.")
listing("admin", "What's been logged since Monday?")
listing("admin", "Pull up 3012, 3055 and 3160.", [3012, 3055, 3160])
get("admin", "Status of 3207?", 3207)
get("admin", "Who is 3099 assigned to at the moment?", 3099)
get("admin", "Show me 789.", 789)
note("admin", "Add an internal note to 3188: vendor ref HP-55821, awaiting part.", 3188, "HP-55821")
note(
    "admin", "Note on 3233 for the user: technician booked for Thursday morning.", 3233, "Thursday"
)

# ---------------------------------------------------------------------------------------------
# Forbidden or impossible (refused at plan time)
# ---------------------------------------------------------------------------------------------
refused("emma", "What's the status of ticket 3120?")  # Liam's
refused("emma", "Can you show me ticket 3030?")  # Olivia's
refused("emma", "Please close 3101, it's sorted.")  # Noah's
refused("emma", "Add a note to 3160: the audio is fine now.")  # Samir's
refused("emma", "Any update on ticket 3999?")  # does not exist
refused("liam", "What's the latest on 3115?")  # Emma's
refused("liam", "Please reopen 3067, the printer's jamming again.")  # Emma's
refused("emma", "Please resolve 3067, the printer's fine now.")  # already closed
refused("emma", "Reopen 3115 please.")  # still open
refused("liam", "Reopen 3120, the fan is loud again.")  # still open
refused("liam", "Close 3121, the Wi-Fi is fine now.")  # already closed
refused("emma", "Assign my ticket 3115 to Chloe Martin please.")
refused("emma", "Change the priority of 3042 to critical, I can't work from home without it.")
refused(
    "emma",
    "Add an internal note to 3131 that only IT can see: my manager is being difficult about this.",
)
refused("emma", "List all the agents on the service desk.")
refused("liam", "Who is in the Network team?")
refused("emma", "Show me Acme's contracts.")
refused("liam", "Can I see the invoices for Acme?")
refused("emma", "What assets are registered to me?")
refused("liam", "Show me Emma Jones's tickets.")
refused("emma", "Set the status of 3089 to In Progress.")
refused("liam", "List all your customers.")
refused("emma", "Change the ticket type of 3131 to Incident.")
refused("admin", "Resolve 3030.")  # already closed
refused("admin", "Reopen 3101.")  # still open
refused("admin", "Show me ticket 4321.")  # does not exist
refused("admin", "Add a note to 3500: chased vendor.")  # does not exist
