"""Blind set, round 15: plain-language requests for the portal's Ask box.

Written by someone who never saw the portal's parser (halo_integration/nl/), its tests,
the measurement script or any earlier ask set. Sources used: README.md, DESIGN.md,
the Ask box's contract (issue 10) and the simulator's seed files (seed_customers.py, seed_reference.py,
seed_tickets.py, seed_texts.py, seed_extras.py).

Seed facts relied on:
- Emma Jones = Halo user 201, Liam Patel = user 202, both Acme Inc (client 12), site HQ (31).
- Emma's tickets. Open: 3042 "VPN disconnects when working from home" (With User),
  3089 "Access to the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password"
  (In Progress), 3131 "Request for a second monitor" (On Hold). Closed: 3005 "Password reset after
  holiday", 3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps
  jamming"; 3150 "Teams camera not detected" is Cancelled.
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure: not used for resolve/reopen),
  3120 "Laptop fan very loud and overheating" (open, In Progress), 3121 "Wi-Fi drops in meeting
  room 2" (Closed).
- Other people's tickets: 3030 (Olivia, closed), 3110 (Olivia, open), 3140 (Olivia, open, New),
  789 (Olivia, closed), 3101 (Noah Williams 203, open), 3012 (Joanna Baker 404, closed),
  3055 (Peter Gibbons 401, open), 3099 (Michael Bolton 402, open), 3160 (Samir 403, open).
  Ticket ids run 3001..3260 plus 789; anything else does not exist.
- Customers: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17 (Springfield Campus
  41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution Centre
  61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
- Users: Noah Williams 203, Pepper Potts 601, Peter Gibbons 401, Jill Valentine 503, Joanna Baker
  404, Lucius Fox 701.
- Teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11, Network 12, Field
  Services 15. Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6, Chloe
  Martin 7, Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
- Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2, Action Required
  3, With User 4, With Supplier 5, On Hold 28, Pending Closure 25, Closed 9, Cancelled 10.
  Ticket types: Incident 1, Service Request 3, Problem 21, Change 22, Alert 27.
- KB articles exist on VPN, password self-service, paper jams, MFA, Outlook password prompts,
  Wi-Fi, SharePoint access, Teams meetings, new starters, network drives, phishing, Windows updates.
"""

from __future__ import annotations

EMMA, LIAM, ADMIN = "emma", "liam", "admin"


def _case(who: str, text: str, expect: dict) -> dict:
    return {"as": who, "text": text, "expect": expect}


def create(who: str, text: str, has: str | None = None, **ids: int) -> dict:
    params: dict = dict(ids)
    if has:
        params["summary_has"] = has
    return _case(who, text, {"action": "create_ticket", "params": params})


def get(who: str, text: str, ticket_id: int) -> dict:
    return _case(who, text, {"action": "get_ticket", "params": {"ticket_id": ticket_id}})


def listing(who: str, text: str, ids: list[int] | None = None) -> dict:
    params = {"ticket_ids": sorted(ids)} if ids else {}
    return _case(who, text, {"action": "list_tickets", "params": params})


def note(who: str, text: str, ticket_id: int, has: str | None = None) -> dict:
    params: dict = {"ticket_id": ticket_id}
    if has:
        params["note_has"] = has
    return _case(who, text, {"action": "add_note", "params": params})


def resolve(who: str, text: str, ticket_id: int) -> dict:
    return _case(who, text, {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}})


def reopen(who: str, text: str, ticket_id: int) -> dict:
    return _case(who, text, {"action": "reopen_ticket", "params": {"ticket_id": ticket_id}})


def rate(who: str, text: str, ticket_id: int) -> dict:
    return _case(who, text, {"action": "rate_ticket", "params": {"ticket_id": ticket_id}})


def update(text: str, ticket_id: int, **change: int) -> dict:
    return _case(
        ADMIN, text, {"action": "update_ticket", "params": {"ticket_id": ticket_id, **change}}
    )


def lookup(who: str, text: str, entity: str) -> dict:
    return _case(who, text, {"action": "lookup", "params": {"entity": entity}})


def refused(who: str, text: str) -> dict:
    return _case(who, text, {"refused": True})


def vague(who: str, text: str, action: str) -> dict:
    return _case(who, text, {"candidates": True, "action": action})


# --- Employees reporting problems (new tickets) ---------------------------------------------
EMPLOYEE_CREATE = [
    create(EMMA, "The printer on the 3rd floor says offline and nobody can print", "printer"),
    create(
        EMMA, "my laptop battery dies after about 40 minutes, can someone look at it?", "battery"
    ),
    create(EMMA, "Excel crashes every time I open the budget file", "Excel"),
    create(EMMA, "Teams keeps freezing when I share my screen in meetings", "Teams"),
    create(EMMA, "Outlook search returns nothing for emails older than a week", "search"),
    create(EMMA, "i cant log into the HR portal, it says my account is disabled", "HR portal"),
    create(EMMA, "New ticket please: my keyboard is missing the E key", "keyboard"),
    create(EMMA, "I need Adobe Acrobat Pro installed so I can sign PDFs", "Acrobat"),
    create(EMMA, "can I get a new headset for calls? mine snapped", "headset"),
    create(EMMA, "PLEASE HELP MY SCREEN IS BLACK AND THE LAPTOP WONT WAKE UP", "screen"),
    create(
        EMMA,
        'Getting "Your organization\'s data cannot be pasted here" when I copy from Outlook '
        "into WhatsApp on my phone",
        "paste",
    ),
    create(EMMA, "the wifi at the Warehouse site is really patchy near loading bay 3", "wifi"),
    create(EMMA, "my mouse scroll wheel stopped working 🙄", "mouse"),
    create(EMMA, "OneDrive says I'm out of storage but I barely have anything on it", "OneDrive"),
    create(EMMA, "Could you please set up my new iPhone with my work email? Thank you!", "iPhone"),
    create(EMMA, "Word freezes whenever I open the supplier contract template", "Word"),
    create(EMMA, "the projector in the boardroom says no signal on HDMI", "projector"),
    create(EMMA, "My laptop AC-2219 has started making a clicking noise", "clicking"),
    create(EMMA, "I get error 0x80070005 when installing the Zoom plugin", "Zoom"),
    create(
        EMMA, "Calendar invites from external people don't show up in my Outlook at all", "invites"
    ),
    create(
        EMMA,
        "Locked out of my account after three wrong passwords, I'm on a colleague's PC right now",
        "locked",
    ),
    create(EMMA, "Requesting access to the Marketing shared drive (S:) please", "Marketing"),
    create(
        EMMA,
        "Our team's shared mailbox Accounts isn't showing in Outlook anymore",
        "shared mailbox",
    ),
    create(EMMA, "the dock on my desk doesn't charge the laptop anymore", "dock"),
    create(EMMA, "Desk phone extension 4412 has no dial tone", "dial tone"),
    create(
        EMMA,
        "I got a weird email asking me to confirm my bank details and I clicked the link by "
        "mistake. Can someone check my account?",
        "email",
    ),
    create(EMMA, "hey can u install python on my machine, need it for a data project", "python"),
    create(
        EMMA,
        "Printer in room 2.14 prints everything in black and white even when I pick colour",
        "colour",
    ),
    create(EMMA, "My Teams status is stuck on Away all day even when I'm typing", "Away"),
    create(
        EMMA,
        "I can't hear anything through my headphones on the laptop, sound works on the speakers",
        "headphones",
    ),
    create(
        EMMA,
        "Please open a ticket: the badge reader at the back entrance rejects my card",
        "badge",
    ),
    create(EMMA, "Windows update failed overnight and now it keeps rolling back", "update"),
    create(EMMA, "SAP says 'user locked' when I try to log in", "SAP"),
    create(EMMA, "Need a new laptop charger, the cable is frayed near the plug", "charger"),
    create(EMMA, "I'd like to order a monitor arm for my desk please", "monitor arm"),
    create(
        EMMA,
        "Browser keeps saying 'Your connection is not private' when I open the intranet",
        "intranet",
    ),
    create(EMMA, "outlook wont open at all. just sits on 'loading profile'", "loading profile"),
    create(
        EMMA,
        "Good morning! Our team needs a new distribution list for the Q3 launch project.",
        "distribution list",
    ),
    create(
        EMMA,
        "Several of us on the 4th floor can't connect to the wifi since the power cut",
        "wifi",
    ),
    create(EMMA, "Laptop is super slow since yesterday, takes 10 minutes to start", "slow"),
    create(
        EMMA,
        "Just moved desks to 3rd floor east and the network port under my desk is dead",
        "network port",
    ),
    create(EMMA, "Adobe asks me to sign in every single time I open a PDF", "Adobe"),
    create(EMMA, "My calendar shows every meeting an hour late since the clocks changed", "hour"),
    create(EMMA, "the Zoom Rooms tablet in the boardroom is unresponsive", "tablet"),
    create(EMMA, "Can't save files to SharePoint, I get an 'upload blocked' error", "upload"),
    create(
        EMMA,
        "Hi there,\n\nSince this morning none of my emails are going out, they just sit in "
        "the Outbox.\n\nThanks,\nEmma",
        "Outbox",
    ),
    create(EMMA, "The visitor sign-in iPad at reception has frozen", "iPad"),
    create(EMMA, "lost my work phone on the train, it needs to be blocked asap", "phone"),
    create(EMMA, "Please install the Miro desktop app for me", "Miro"),
    create(
        EMMA,
        "my laptop won't show anything on the monitors in hot desk area B when docked",
        "hot desk",
    ),
    create(EMMA, "The timesheet app shows error 500 when I press submit", "500"),
    create(EMMA, "kindly arrange a laptop for our summer intern starting in July", "intern"),
    create(EMMA, "The conference phone in meeting room 1 has a terrible echo", "echo"),
    create(
        EMMA,
        "Getting this when I open Teams:\n\nError code - caa70004\nWe're sorry, we've run into "
        "an issue.\n\nRestarted twice already.",
        "Teams",
    ),
    create(EMMA, "Our team's scanner emails the scans to the wrong address", "scan"),
    create(EMMA, "the big TV in the canteen won't turn on for the all-hands", "TV"),
    create(EMMA, "hiya, the laptop's touchpad jumps all over the place when I type", "touchpad"),
    create(
        EMMA, "I'm starting a project with Globex and need a Teams channel with guests", "Globex"
    ),
    # Liam
    create(
        LIAM,
        "Cannot print to the label printer from my laptop, error 'driver unavailable'",
        "driver",
    ),
    create(
        LIAM,
        "Hi team, my Outlook signature disappeared after the update. Can you help?",
        "signature",
    ),
    create(LIAM, "need access to the Legal SharePoint site for the Henderson case", "Legal"),
    create(LIAM, "My phone won't sync emails since I changed my password", "sync"),
    create(LIAM, "the VPN won't connect at all from the hotel, error 809", "VPN"),
    create(LIAM, "MFA codes aren't arriving on my new phone", "MFA"),
    create(LIAM, "my webcam just shows a black picture in Zoom", "webcam"),
    create(
        LIAM,
        "Teams won't let me join meetings from the calendar, the Join button is greyed out",
        "join",
    ),
    create(LIAM, "Can we get guest wifi for 8 visitors on Thursday?", "guest"),
    create(LIAM, "There's water dripping onto the server cabinet in the comms room!!!", "water"),
    create(LIAM, "my laptop keyboard backlight stopped working", "backlight"),
    create(LIAM, "I've spilled coffee on my keyboard and some keys are sticky now", "coffee"),
    create(
        LIAM,
        "Please create a ticket - the display in meeting room 4 is stuck on the Windows login "
        "screen",
        "display",
    ),
    create(LIAM, "Could someone reset my SAP password? I forgot it over the weekend.", "SAP"),
    create(LIAM, "I need Visio installed please", "Visio"),
    create(LIAM, "File Explorer crashes whenever I open the S: drive", "Explorer"),
    create(LIAM, "i keep getting logged out of the CRM every 5 mins", "CRM"),
    create(
        LIAM,
        "New joiner Omar Haddad starts Monday the 3rd, he needs a laptop, email and Teams",
        "Omar",
    ),
    create(LIAM, "Our team printer is printing blank pages", "blank"),
    create(
        LIAM,
        "Hi, I work from home a lot and the 4G router IT gave me has stopped working",
        "router",
    ),
    create(LIAM, "Screen cracked after I dropped my laptop 😬", "cracked"),
    create(LIAM, "The Power BI add-in for Excel has been missing since yesterday", "Power BI"),
    create(LIAM, "URGENT: can't access any shared drives, whole team affected", "shared drives"),
    create(
        LIAM,
        "Got this on login: The trust relationship between this workstation and the primary "
        "domain failed",
        "trust relationship",
    ),
    create(LIAM, "Please could I have a second monitor for my desk?", "monitor"),
    create(LIAM, "Bluetooth mouse keeps disconnecting every few minutes", "Bluetooth"),
    create(
        LIAM,
        "The microphone on my headset doesn't work in Teams calls, nobody can hear me",
        "microphone",
    ),
    create(LIAM, "Chrome won't install extensions, says blocked by administrator", "extensions"),
    create(LIAM, "request: add me to the Sales distribution list", "Sales"),
    create(LIAM, "OneNote notebooks aren't syncing between my laptop and phone", "OneNote"),
    create(
        LIAM,
        "I think my account has been hacked, I keep getting MFA prompts I didn't ask for",
        "MFA",
    ),
    create(LIAM, "the prnter on 1st flor is jammed agian", "jammed"),
    create(LIAM, "cant acess my emails on my phone since this mornign", "emails"),
    create(
        LIAM,
        "Outlook error: 'Cannot start Microsoft Outlook. Cannot open the Outlook window. The set "
        "of folders cannot be opened.'",
        "Outlook",
    ),
    create(
        LIAM,
        "Password expiry warning keeps popping up even though I changed it yesterday",
        "expiry",
    ),
]

# --- Employees: status and list questions ---------------------------------------------------
EMPLOYEE_STATUS = [
    get(EMMA, "what's the status of ticket 3115?", 3115),
    get(EMMA, "any news on 3042?", 3042),
    get(EMMA, "3089 status pls", 3089),
    get(EMMA, "Is anyone working on my second monitor request yet?", 3131),
    get(EMMA, "what's happening with my Finance SharePoint access?", 3089),
    get(EMMA, "did anyone reply on the Outlook password thing?", 3115),
    get(EMMA, "Tell me about my printer ticket", 3067),
    get(EMMA, "what happened with my Teams camera ticket in the end?", 3150),
    get(EMMA, "show me ticket #3018", 3018),
    get(EMMA, "Can u check ticket 3131 for me", 3131),
    get(EMMA, "Hi, could you tell me where things are with 3005? Thanks", 3005),
    listing(EMMA, "show me my open tickets"),
    listing(EMMA, "list all my tickets"),
    listing(EMMA, "which of my tickets are closed?"),
    listing(EMMA, "what did I raise this week?"),
    listing(EMMA, "tickets I opened since Monday"),
    listing(EMMA, "can you show me 3042 and 3131", [3042, 3131]),
    listing(EMMA, "status of 3005, 3018 and 3067?", [3005, 3018, 3067]),
    listing(EMMA, "show me everything I've got open at the moment"),
    vague(EMMA, "what's the status of my ticket?", "get_ticket"),
    vague(EMMA, "any update on my VPN ticket?", "get_ticket"),
    vague(EMMA, "where are we with my password ticket", "get_ticket"),
    lookup(EMMA, "what ticket types can I pick from when I raise something?", "ticket_types"),
    get(LIAM, "hi, what's the latest on 3120", 3120),
    get(LIAM, "has anyone looked at my laptop fan ticket yet?", 3120),
    get(LIAM, "is the new starter stuff for Mia Chen sorted?", 3076),
    get(LIAM, "the meeting room 2 wifi ticket, what was the outcome?", 3121),
    get(LIAM, "view ticket 3121", 3121),
    listing(LIAM, "my tickets"),
    listing(LIAM, "show my open tickets please"),
    listing(LIAM, "anything I logged in the last 7 days?"),
    listing(LIAM, "3076 and 3120 status?", [3076, 3120]),
    vague(LIAM, "what's going on with my ticket", "get_ticket"),
    lookup(LIAM, "which types of ticket are there?", "ticket_types"),
]

# --- Employees: notes, resolve, reopen, rate on their own tickets ---------------------------
EMPLOYEE_LIFECYCLE = [
    # notes
    note(
        EMMA,
        "add a note to 3115: it asked again this morning after the profile reset",
        3115,
        "asked again",
    ),
    note(
        EMMA,
        "please add to ticket 3042 that the VPN dropped 4 times yesterday evening",
        3042,
        "dropped",
    ),
    note(EMMA, "reply on 3089: my manager approved this on Friday", 3089, "manager"),
    note(
        EMMA,
        "note for 3131 - I work from home on Wednesdays, please deliver on another day",
        3131,
        "Wednesdays",
    ),
    note(
        EMMA,
        "Can you add to my SharePoint access request that I need edit rights, not just read?",
        3089,
        "edit",
    ),
    note(
        EMMA,
        "Tell the tech on my ticket about the VPN dropping at home that I've got a new router now",
        3042,
        "router",
    ),
    note(
        EMMA,
        "comment on the outlook ticket: signing out and back in didn't help",
        3115,
        "signing out",
    ),
    note(EMMA, "add to 3131: any size is fine, 24 inch preferred", 3131, "24"),
    note(
        EMMA,
        "Hi! Just to let you know on 3115 - it also happens in the Outlook app on my phone",
        3115,
        "phone",
    ),
    vague(EMMA, "add a note to my ticket: I'm out on friday", "add_note"),
    note(LIAM, "add note to 3120 - laptop shut itself down during a call today", 3120, "shut"),
    note(
        LIAM,
        "on the Mia Chen new starter ticket, please add that she needs Visio too",
        3076,
        "Visio",
    ),
    note(LIAM, "please let the engineer on 3120 know I'm in the office Tue and Thu", 3120, "Tue"),
    note(
        LIAM,
        "add a comment to my laptop overheating ticket: it's worse when charging",
        3120,
        "charging",
    ),
    note(LIAM, "Note on 3076: Mia would prefer a Mac if possible", 3076, "Mac"),
    vague(LIAM, "add a note to my ticket saying I'll be on leave next week", "add_note"),
    # resolve
    resolve(EMMA, "please close 3115, outlook stopped asking for the password", 3115),
    resolve(EMMA, "3131 can be resolved, I got a spare monitor from a colleague", 3131),
    resolve(EMMA, "my VPN ticket can be closed, it's been stable all week", 3042),
    resolve(EMMA, "Got into the Finance SharePoint now, thanks! Close the ticket", 3089),
    resolve(EMMA, "resolve ticket 3042 pls", 3042),
    resolve(EMMA, "It's fixed! you can close the outlook one", 3115),
    resolve(EMMA, "close 3089 please, no longer needed as I've moved teams", 3089),
    resolve(EMMA, "RESOLVE 3131", 3131),
    vague(EMMA, "close my ticket, all good now", "resolve_ticket"),
    resolve(LIAM, "fan's been fine since the cleaning, close 3120", 3120),
    resolve(LIAM, "Please mark my overheating laptop ticket as resolved", 3120),
    resolve(LIAM, "please close my laptop fan ticket, they swapped the laptop for a new one", 3120),
    # reopen
    reopen(EMMA, "reopen 3067, the 2nd floor printer is jamming again", 3067),
    reopen(
        EMMA,
        "The VPN client vanished from my new laptop again after the update - can you reopen "
        "that ticket?",
        3018,
    ),
    reopen(EMMA, "please re-open ticket 3005, the new password doesn't work", 3005),
    reopen(EMMA, "my printer ticket got closed but it's still jamming, reopen please", 3067),
    reopen(EMMA, "i'd like to reopen 3018", 3018),
    vague(EMMA, "reopen my closed ticket", "reopen_ticket"),
    reopen(LIAM, "wifi in meeting room 2 is dropping again, reopen 3121", 3121),
    reopen(LIAM, "can you reopen my wifi ticket? same problem in room 2", 3121),
    # rate
    rate(EMMA, "rate 3005 5 stars, super quick", 3005),
    rate(EMMA, "I want to leave feedback on ticket 3067: the technician was really helpful", 3067),
    rate(EMMA, "give my VPN client ticket 4 out of 5", 3018),
    rate(EMMA, "feedback for 3018: great job, thanks Marcus", 3018),
    vague(EMMA, "I'd like to rate my ticket", "rate_ticket"),
    rate(LIAM, "rate 3121 3/5, took a while", 3121),
    rate(LIAM, "I'd like to rate the meeting room wifi ticket - 5 stars", 3121),
    note(EMMA, "update 3042: happens on my phone hotspot too", 3042, "hotspot"),
    resolve(EMMA, "3042 please close it, working fine since the config push", 3042),
    note(LIAM, "For 3120: the fan noise starts as soon as I open Chrome", 3120, "Chrome"),
    rate(EMMA, "Rating for 3067: 5/5, the printer has been perfect since", 3067),
    resolve(EMMA, "The second monitor request isn't needed any more, please close it", 3131),
]

# --- How do I ... ? (knowledge base) --------------------------------------------------------
HOW_DO_I = [
    lookup(EMMA, "how do I connect to the VPN from home?", "kb_articles"),
    lookup(LIAM, "how can I reset my password without calling IT?", "kb_articles"),
    lookup(EMMA, "how do i clear a paper jam?", "kb_articles"),
    lookup(LIAM, "how do I set up the authenticator app on a new phone", "kb_articles"),
    lookup(EMMA, "How do I map a network drive on Windows?", "kb_articles"),
    lookup(LIAM, "how do I report a phishing email?", "kb_articles"),
    lookup(EMMA, "how to join the office wifi on my laptop", "kb_articles"),
    lookup(LIAM, "how do I pick a different microphone in Teams?", "kb_articles"),
    lookup(EMMA, "how do I install windows updates", "kb_articles"),
    lookup(LIAM, "how do I get access to a SharePoint site?", "kb_articles"),
    lookup(EMMA, "How do I get a new starter set up? What does IT need from me?", "kb_articles"),
    lookup(LIAM, "search the knowledge base for outlook", "kb_articles"),
    lookup(EMMA, "any kb articles about mfa?", "kb_articles"),
    lookup(ADMIN, "search the KB for VPN", "kb_articles"),
    lookup(LIAM, "Is there a guide on connecting to the office Wi-Fi?", "kb_articles"),
    lookup(LIAM, "How do I stop Outlook from asking for my password all the time?", "kb_articles"),
    lookup(EMMA, "how do I book a meeting room in Teams", "kb_articles"),
    lookup(LIAM, "how can I tell if an email is phishing?", "kb_articles"),
    lookup(EMMA, "How do I install the VPN client on my laptop?", "kb_articles"),
    lookup(ADMIN, "kb articles about printers", "kb_articles"),
]

# --- Admin console ---------------------------------------------------------------------------
ADMIN_OPS = [
    create(
        ADMIN,
        "for Globex site Cypress Creek printer offline in reception",
        "printer",
        client_id=17,
        site_id=44,
    ),
    create(
        ADMIN,
        "Initech Austin Branch - internet down since 9am, whole office affected",
        "internet",
        client_id=42,
        site_id=102,
    ),
    create(
        ADMIN,
        "new ticket for Umbrella Health at the Laboratory site: centrifuge PC won't boot",
        "centrifuge",
        client_id=23,
        site_id=52,
    ),
    create(
        ADMIN,
        "raise a ticket for Acme, Warehouse site: label printer prints smudged labels",
        "label",
        client_id=12,
        site_id=32,
    ),
    create(
        ADMIN,
        "for Stark Logistics site Fleet Depot, drivers' tablets can't sync the delivery app",
        "tablets",
        client_id=27,
        site_id=62,
    ),
    create(
        ADMIN,
        "log a ticket for Pepper Potts at Stark Logistics: laptop won't charge",
        "charge",
        client_id=27,
        user_id=601,
    ),
    create(
        ADMIN,
        "create a ticket for Peter Gibbons at Initech - the TPS report template is corrupted",
        "template",
        client_id=42,
        user_id=401,
    ),
    create(
        ADMIN,
        "open a ticket for Wayne Foundation, Gotham Office: the meeting room camera is upside down",
        "camera",
        client_id=35,
        site_id=71,
    ),
    create(
        ADMIN,
        "ticket for Noah Williams: handheld scanner battery won't hold a charge",
        "battery",
        user_id=203,
    ),
    update("assign 3140 to Hannah Fischer", 3140, agent_id=9),
    update("reassign 3160 to Tom Walsh please", 3160, agent_id=11),
    update("move 3110 to the 2nd Line Support team", 3110, team_id=6),
    update("3099 needs to be critical priority", 3099, priority_id=1),
    update("drop the priority of 3131 to low", 3131, priority_id=4),
    update("set the status of 3055 to On Hold", 3055, status_id=28),
    update("change 3042's status to In Progress", 3042, status_id=2),
    update("change the ticket type of 3160 to Problem", 3160, tickettype_id=21),
    update("hand 3089 over to the Service Desk team", 3089, team_id=2),
    update("give 3101 to Daniel Kim", 3101, agent_id=6),
    lookup(ADMIN, "who is in the Network team?", "agents"),
    lookup(ADMIN, "list everyone on 1st Line Support", "agents"),
    lookup(ADMIN, "what teams have we got?", "teams"),
    lookup(ADMIN, "find customer Umbrella Health", "customers"),
    lookup(ADMIN, "list the sites for Globex", "sites"),
    lookup(ADMIN, "look up the user Joanna Baker", "users"),
    lookup(ADMIN, "what assets does Emma Jones have?", "assets"),
    lookup(ADMIN, "show contracts for Acme Inc", "contracts"),
    lookup(ADMIN, "any unpaid invoices for Initech?", "invoices"),
    lookup(ADMIN, "upcoming appointments for Marcus Reid", "appointments"),
    lookup(ADMIN, "what reports are available?", "reports"),
    listing(ADMIN, "tickets opened this week"),
    listing(ADMIN, "show me everything logged since Monday"),
    listing(ADMIN, "list 3012, 3101 and 3067", [3012, 3067, 3101]),
    listing(ADMIN, "pull up 3099 and 3055", [3055, 3099]),
    get(ADMIN, "what's the latest on 3099?", 3099),
    get(ADMIN, "details of ticket 789", 789),
    note(
        ADMIN,
        "add an internal note to 3099: waiting on Dell for a replacement motherboard",
        3099,
        "Dell",
    ),
    note(
        ADMIN, "note on 3110: contractor access approved until the end of March", 3110, "contractor"
    ),
    resolve(
        ADMIN,
        "close 3101 and add a visible note summarising the fix: scanner re-enrolled on the Corp SSID",
        3101,
    ),
    resolve(ADMIN, "resolve 3140 with a public note saying we replaced the monitor cable", 3140),
    reopen(ADMIN, "reopen 3012, Joanna says it's jamming again", 3012),
]

# --- Forbidden / impossible: refused at plan time ------------------------------------------
REFUSED = [
    refused(EMMA, "show me ticket 3120"),
    refused(EMMA, "what's the status of 3101?"),
    refused(EMMA, "close ticket 3076"),
    refused(EMMA, "add a note to 3030: same thing happens to me"),
    refused(EMMA, "status of ticket 9999"),
    refused(EMMA, "reopen 3115"),
    refused(EMMA, "close 3067, thanks"),
    refused(EMMA, "assign 3115 to Chloe Martin"),
    refused(EMMA, "set my ticket 3042 to critical priority"),
    refused(EMMA, "add an internal note to 3089 that only IT can see"),
    refused(EMMA, "who is in the Network team?"),
    refused(EMMA, "show me all of Liam's tickets"),
    refused(EMMA, "list Acme's contracts"),
    refused(LIAM, "what's the status of 3115?"),
    refused(LIAM, "reopen 3120"),
    refused(LIAM, "close 3121"),
    refused(LIAM, "change the status of 3120 to in progress"),
    refused(LIAM, "list all agents"),
    refused(LIAM, "show me the unpaid invoices"),
    refused(LIAM, "what assets are registered at HQ?"),
    refused(LIAM, "show ticket 3261"),
    refused(LIAM, "look up the customer Globex"),
    refused(ADMIN, "show ticket 4711"),
    refused(ADMIN, "resolve 3030"),
    refused(ADMIN, "reopen 3099"),
    refused(ADMIN, "details for ticket 3300"),
]

CASES: list[dict] = (
    EMPLOYEE_CREATE + EMPLOYEE_STATUS + EMPLOYEE_LIFECYCLE + HOW_DO_I + ADMIN_OPS + REFUSED
)
