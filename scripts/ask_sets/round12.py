"""Blind set, round 12: plain-language requests for the portal's Ask box.

This is a held-out set. Its writer never read the parser (halo_integration/nl/), its tests, the
scripts/ask_sets/ sets or any other blind set. It was written only from README.md,
DESIGN.md, the Ask box's contract (issue 10), and the simulator's demo data
(halo_integration/simulator/seed_customers.py, seed_reference.py, seed_tickets.py, seed_texts.py,
seed_extras.py).

Voices: half of the employees' requests come from a cautious new starter who explains a lot and
asks indirectly, half from someone frustrated or sarcastic; the admin narrates what they need.

Seed facts relied on
--------------------
People: Emma Jones = user 201, Liam Patel = user 202, both Acme Inc (client 12), site HQ (31).
Other users used: Joanna Baker 404 (Initech, Austin Branch 102), Pepper Potts 601 (Stark
Logistics, Distribution Centre 61), Lucius Fox 701 (Wayne Foundation 35), Jill Valentine 503.

Emma's tickets (requester 201):
  3005 "Password reset after holiday"                    Closed (9)
  3018 "VPN client missing on new laptop"                Closed (9)
  3042 "VPN disconnects when working from home"          With User (4), open
  3067 "Printer on the 2nd floor keeps jamming"          Closed (9)
  3089 "Access to the Finance SharePoint site"           New (1), open, team 1st Line (5)
  3115 "Outlook keeps asking for my password"            In Progress (2), open
  3131 "Request for a second monitor"                    On Hold (28), open
  3150 "Teams camera not detected"                       Cancelled (10)
  -> 4 open, 4 closed; two VPN tickets (3018 closed, 3042 open), so "my VPN ticket" is vague
     unless the wording (at home / client missing) or the action (close / reopen) singles one out.
Liam's tickets (requester 202):
  3076 "New starter: Mia Chen"                           Pending Closure (25) (never resolved or
                                                         reopened here: its open/closed state is
                                                         not obvious)
  3120 "Laptop fan very loud and overheating"            In Progress (2), open
  3121 "Wi-Fi drops in meeting room 2"                   Closed (9)
Other people's tickets: 3030 (Olivia, Closed), 3110 (Olivia, In Progress, agent 8, priority 4),
  3140 (Olivia, New, unassigned, team Field 15, priority 3), 789 (Olivia, Closed),
  3101 (Noah 203, Action Required, team Network), 3012 (Joanna 404, Closed),
  3055 (Peter 401, In Progress, priority 2), 3099 (Michael 402, Action Required, Incident, agent 6),
  3160 (Samir 403, With User, agent 6). Tickets exist only as 789 and 3001..3260, so 3999, 4711,
  5000 and 12345 do not exist.
Teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11, Network 12,
  Field Services 15. Agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5 (1st Line),
  Daniel Kim 6, Tom Walsh 11 (2nd Line), Chloe Martin 7, Marcus Reid 8, Hannah Fischer 9.
Priorities: Critical 1, High 2, Medium 3, Low 4. Statuses: New 1, In Progress 2,
  Action Required 3, With User 4, With Supplier 5, On Hold 28, Pending Closure 25, Closed 9,
  Cancelled 10. Ticket types: Incident 1, Service Request 3, Problem 21, Change 22, Alert 27.
Customers/sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17 (Springfield
  Campus 41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102), Umbrella Health 23
  (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27 (Distribution Centre
  61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
Extras: asset AC-2219 (Emma's laptop), AC-2220 (Emma's monitor); contract GLX-BACKUP-2026 (Globex);
  invoices for Initech; appointments for Hannah; report "SLA compliance (last 30 days)"; KB
  articles on VPN from home, password self-service, paper jams, MFA, Outlook password prompts,
  office Wi-Fi, SharePoint access, Teams meetings, new starter checklist, mapping a network drive,
  phishing, Windows updates.
"""

from __future__ import annotations

CASES: list[dict] = []


def _add(who: str, text: str, expect: dict) -> None:
    CASES.append({"as": who, "text": text, "expect": expect})


def act(action: str, **params: object) -> dict:
    return {"action": action, "params": dict(params)}


def create(word: str | None = None, **ids: int) -> dict:
    params: dict[str, object] = dict(ids)
    if word:
        params["summary_has"] = word
    return {"action": "create_ticket", "params": params}


def note(ticket_id: int, word: str | None = None) -> dict:
    params: dict[str, object] = {"ticket_id": ticket_id}
    if word:
        params["note_has"] = word
    return {"action": "add_note", "params": params}


def get(ticket_id: int) -> dict:
    return act("get_ticket", ticket_id=ticket_id)


def listing(*ids: int) -> dict:
    return act("list_tickets", ticket_ids=sorted(ids)) if ids else act("list_tickets")


def resolve(ticket_id: int) -> dict:
    return act("resolve_ticket", ticket_id=ticket_id)


def reopen(ticket_id: int) -> dict:
    return act("reopen_ticket", ticket_id=ticket_id)


def rate(ticket_id: int) -> dict:
    return act("rate_ticket", ticket_id=ticket_id)


def update(ticket_id: int, **change: int) -> dict:
    return act("update_ticket", ticket_id=ticket_id, **change)


def lookup(entity: str) -> dict:
    return act("lookup", entity=entity)


def vague(action: str) -> dict:
    return {"candidates": True, "action": action}


REFUSED = {"refused": True}


def E(text: str, expect: dict) -> None:
    _add("emma", text, expect)


def L(text: str, expect: dict) -> None:
    _add("liam", text, expect)


def A(text: str, expect: dict) -> None:
    _add("admin", text, expect)


# ---------------------------------------------------------------------------------------------
# 1. Employees reporting problems (create_ticket). Cautious new starter first, then frustrated.
# ---------------------------------------------------------------------------------------------
E(
    "Hi, sorry to bother you, I'm new here and I'm not sure if this is the right place, but the "
    "scanner next to reception doesn't seem to send anything to my email. Would it be possible "
    "for someone to have a look?",
    create("scanner"),
)
L(
    "I was wondering whether someone could help me - the printer on the 3rd floor says it's out "
    "of toner and I can't find any spare cartridges anywhere.",
    create("printer"),
)
E(
    "Good morning! I don't want to make a fuss but a few keys on my keyboard have stopped working "
    "(the E and the R, which is awkward). Could I possibly get a replacement?",
    create("keyboard"),
)
L(
    "Would it be possible to get Visio installed on my laptop? My manager said I'd need it for "
    "the process diagrams. Thank you so much.",
    create("visio"),
)
E(
    "Sorry if this is a silly question, but I can't see the Marketing shared drive that the rest "
    "of my team uses. Is it possible to get access to it?",
    create("marketing"),
)
L(
    "Hello, I think my mouse might be broken, the cursor jumps all over the screen even on a "
    "mouse mat. Could someone take a look when they have a moment?",
    create("mouse"),
)
E(
    "I hope this is the right place. Since this morning Excel crashes every time I open the "
    "budget spreadsheet. I can send a screenshot if that helps.",
    create("excel"),
)
L(
    "Hi there, I'm not sure who handles this, but the projector in the boardroom won't pick up "
    "my laptop over HDMI. We've got a client meeting at 2 so if anyone could help that would be "
    "lovely.",
    create("projector"),
)
E(
    "I was wondering whether I could get a headset with a microphone? I'm on calls most of the "
    "day and the built-in laptop mic isn't great.",
    create("headset"),
)
L(
    "Apologies for the trouble - my phone stopped getting work emails after I updated it to "
    "iOS 18. Would someone be able to help?",
    create("phone"),
)
E(
    "Hi! Quick one, hopefully: the Wi-Fi in the kitchen area on the ground floor keeps "
    "disconnecting me. Not urgent, just thought I should let you know.",
    create("wi-fi"),
)
L(
    "Sorry to bother you but I think I may have clicked a link in a dodgy-looking email asking "
    "me to confirm my payroll details. I didn't type anything in, but could someone check my "
    "laptop just in case?",
    create("email"),
)
E(
    "Would it be possible to have my display name changed? I got married and my surname is now "
    "Jones-Baker, but Outlook still shows the old one to everyone.",
    create("name"),
)
L(
    "Hello, the badge reader on the side door doesn't recognise my card any more. I'm not sure "
    "if that's IT but I thought I'd ask here first.",
    create("badge"),
)
E(
    "I'm so sorry, I've managed to spill a little tea on my laptop. It still turns on but some "
    "of the keys are sticky. Could somebody have a look before it gets worse?",
    create("laptop"),
)
L(
    "Good afternoon, I was hoping to get access to the HR SharePoint site so I can upload the "
    "training records. My manager has approved it.",
    create("sharepoint"),
)
E(
    "Hi IT, I'm going to be working from the Warehouse two days a week from now on. Would it be "
    "possible to have a desk phone set up for me there?",
    create("phone"),
)
L(
    "I was wondering whether you could help - Zoom won't let me share my screen, it says I need "
    "to allow it in the settings but I don't have admin rights on this machine.",
    create("zoom"),
)
E(
    "Sorry to be a pain, but the calendar invites I send from Outlook arrive an hour off for my "
    "colleagues in Chicago. Is that something you could look into?",
    create("calendar"),
)
L(
    "Hi, I'm not very technical so please bear with me: when I try to open the expenses app it "
    "just shows a white screen and then closes. Would you be able to take a look?",
    create("expenses"),
)
E(
    "Would it be possible to get a laptop stand? I've been getting neck pain from looking down at "
    "the laptop screen all day. Thank you!",
    create("stand"),
)
L(
    "Hello team, I think my account might be locked - it keeps saying 'Your account has been "
    "locked. Contact your administrator.' I'm a bit stuck as I can't log in to anything.",
    create("locked"),
)
E(
    "Hi, sorry to trouble you. My computer has become really slow since last week, it takes "
    "about ten minutes to start up in the morning. Is there anything you could do?",
    create("slow"),
)
L(
    "Hello, I'd like to request a new mobile phone please, the screen on mine cracked when I "
    "dropped it in the car park this morning.",
    create("phone"),
)
L(
    "Hope you're well. I'm trying to print double-sided to the 4th floor printer but the option "
    "is greyed out for me. Would it be possible for someone to enable it?",
    create("printer"),
)
E(
    "Hello, I wondered if someone could set up an out of office reply for me? I'm in hospital "
    "from tomorrow and won't be able to get to my laptop. Sorry for the short notice.",
    create("office"),
)
L(
    "I'm new to the company and I still don't have a login for the CRM. Could that be arranged "
    "at some point? Thank you!",
    create("crm"),
)
E(
    "Hi, I was wondering whether you could install Python on my machine? The analytics team "
    "asked me to run one of their scripts.",
    create("python"),
)
L(
    "Hello! There's a loud beeping coming from the server cupboard on the first floor. I don't "
    "know if it's important but I thought I'd mention it.",
    create("server"),
)
E(
    "I'm not sure if this counts, but I've had a couple of emails from our CEO asking me to buy "
    "gift cards urgently. It doesn't look right to me. Could someone check them?",
    create("email"),
)
L(
    "Would it be possible to have my mailbox size increased? Outlook says I've used 49.5 of my "
    "50 GB and I'm scared to delete anything.",
    create("mailbox"),
)
E(
    "I'm really sorry, I think I've lost my work phone on the train this morning. It has a "
    "passcode but I thought I should report it straight away.",
    create("phone"),
)
E(
    "Hi, my laptop battery only lasts about forty minutes now, even when it's fully charged. I "
    "wondered whether it could be replaced?",
    create("battery"),
)
L(
    "Good morning, could I ask to be added to the Sales distribution list? I moved over from "
    "Operations last week. Many thanks.",
    create("sales"),
)
L(
    "Hi, I have a visitor coming in on Thursday who'll need to get online. Would it be possible "
    "to arrange a guest Wi-Fi login for them?",
    create("guest"),
)
E(
    "When I dock my laptop in the morning, none of the USB ports on the docking station work. "
    "Would it be possible for someone to take a look? Thanks ever so much.",
    create("docking"),
)
L(
    "I was wondering whether there's any chance of getting Adobe Acrobat Pro? I need to edit "
    "some PDFs for the contracts team.",
    create("acrobat"),
)
E(
    "Hi, the site I use for booking travel says its certificate is invalid and won't load for "
    "me. Everyone else seems fine. Would someone mind checking my browser?",
    create("certificate"),
)
L(
    "Apologies, I'm not sure this is IT: the big TV screen in meeting room 4 shows 'No signal' "
    "whatever we plug into it. Could someone take a look?",
    create("screen"),
)
E(
    "Hi, sorry, I've been asked to look after the Legal team's shared mailbox while Karen is "
    "away, but I can't see it in Outlook. Could I be given access?",
    create("mailbox"),
)
L(
    "I'm a bit embarrassed but I've forgotten the PIN for my laptop and Windows Hello won't "
    "recognise my face today. Could someone help me get back in?",
    create("pin"),
)
E(
    "Hello, the microphone on my headset isn't being picked up by Teams - people say they can't "
    "hear me at all. Is someone able to help?",
    create("microphone"),
)
# Frustrated / sarcastic voice.
L(
    "Outlook has crashed FIVE times this morning. FIVE. Every time I try to attach a file it just "
    "dies. Fix it please.",
    create("outlook"),
)
E(
    "Seriously, the Wi-Fi on the 3rd floor is unusable. Third time this month. Can someone "
    "actually fix it this time??",
    create("wi-fi"),
)
L(
    "great, another monday, another 'your password has expired' loop. i change it, it tells me "
    "it's expired again. what is going on",
    create("password"),
)
E(
    "my laptop won't turn on. at all. nothing. black screen. i have a presentation in an hour 🙃",
    create("laptop"),
)
L(
    "Why does the shared calendar for the sales team show everyone as busy all day?? It's been "
    "like this since Friday and nobody can book anything.",
    create("calendar"),
)
E(
    "OneDrive is stuck on 'processing changes' AGAIN. I've restarted it, I've restarted the "
    "laptop, I've sacrificed a goat. Nothing.",
    create("onedrive"),
)
L(
    "thanks for the 'upgrade' to Windows 11, now my monitor flickers and goes black every few "
    "seconds. love it.",
    create("monitor"),
)
E(
    "Teams has logged me out about ten times today. Every single meeting I have to sign in "
    "again. It's driving me mad.",
    create("teams"),
)
L(
    "the MFA prompt never arrives on my phone. been stuck outside my email for an hour. not "
    "impressed",
    create("mfa"),
)
E(
    "The space bar sticks, the trackpad clicks by itself and now the fan sounds like a jet "
    "engine. Can I just have a laptop that works?",
    create("laptop"),
)
L(
    "ERROR: 'The trust relationship between this workstation and the primary domain failed.' "
    "That's what I get at the login screen. Can't log in. Help.",
    create("trust"),
)
E(
    "Is it too much to ask for the S: drive not to disconnect every time I lock my screen? "
    "Because it does. Every. Time.",
    create("drive"),
)
L(
    "Excel keeps telling me the file is locked for editing by... me. I'm the only one who has it "
    "open. Genius.",
    create("excel"),
)
E(
    "The intranet has been down for me since 9am - '503 Service Unavailable'. Nobody else on my "
    "team seems bothered but I need it to submit my timesheet!!",
    create("intranet"),
)
L(
    "So apparently I can't install ANYTHING without an admin password. I just need Notepad++. "
    "It's a text editor. Please.",
    create("notepad"),
)
E(
    "The booking screen outside meeting room 3 has been frozen on last Tuesday's schedule for a "
    "week. People keep walking into my meetings.",
    create("booking"),
)
L(
    "Why is the internet so slow today??? Speedtest says 1.2 Mbps. I'm at HQ, not on the moon.",
    create("internet"),
)
E(
    "Sorry but this is ridiculous: I was sent the wrong charger with my laptop, it doesn't even "
    "fit. Can I get the right one?",
    create("charger"),
)
L(
    "USB stick not recognised. Tried every port. It's got the board pack on it and the meeting "
    "is at 3. Marvellous.",
    create("usb"),
)
E(
    "Every time I open Chrome it opens 15 tabs of some shopping site I never asked for. I think "
    "I've got a virus or something. Not happy.",
    create("chrome"),
)
L(
    "audio crackles on every teams call, ppl say i sound like a robot. tried 2 different "
    "headsets already",
    create("audio"),
)
E(
    "I've been locked out of the payroll system three times this week. THREE. It just says "
    "'invalid credentials' even though I changed the password yesterday.",
    create("payroll"),
)
L(
    "The label printer in the post room prints everything blank. Blank labels. Hundreds of them.",
    create("label"),
)
E(
    "DocuSign links from our suppliers open a blank page on my laptop. Everyone else can sign. "
    "I've had contracts waiting since Tuesday.",
    create("docusign"),
)
L(
    "the hot desk monitors on the 4th floor only take HDMI and there isn't a single HDMI cable "
    "up there. genius setup.",
    create("monitor"),
)
E(
    "I CANNOT LOG IN TO SAGE. IT SAYS LICENCE EXPIRED. MONTH END IS TOMORROW.",
    create("sage"),
)
L(
    "My Outlook signature vanished after the update and now I have to type it out by hand on "
    "every email like it's 1995.",
    create("signature"),
)
E(
    "lol so the laptop you gave me doesn't have Office installed. kind of important for an "
    "office job",
    create("office"),
)
L(
    "Thanks to whoever moved my desk, my desk phone no longer has a dial tone. Just silence. Very "
    "zen.",
    create("phone"),
)
E(
    "Not again. Concur throws 'Session expired' the moment I log in. Every. Single. Time.",
    create("concur"),
)
L(
    "Copying files to the S: drive takes 20 minutes for a 5 MB file. This cannot be normal.",
    create("drive"),
)
E(
    "The sound on my laptop doesn't work at all. Speakers, headphones, nothing. Tried the "
    "obvious. Now I'm asking you.",
    create("sound"),
)
L(
    "Someone keeps booking meeting room 1 under MY name and I have no idea how. Has my account "
    "been hacked?? Sort it out please",
    create("meeting room"),
)
E(
    "Why does my laptop restart itself at 3pm every day for updates?? I was in the middle of a "
    "client call. AGAIN.",
    create("restart"),
)
L(
    "pls help cant open any pdfs, adobe says 'file damaged' for every single one, even ones that "
    "opened fine yday",
    create("pdf"),
)
E(
    "hiya, the wifi keeps dropping in the 2nd floor breakout area, any chance someone cd look? "
    "thx x",
    create("breakout"),
)
L(
    "Error 0x80070005 access denied when I try to install the driver for the 3rd floor printer. "
    "Tried three times. Anyone?",
    create("printer"),
)
E(
    "Good morning. My screen went all pink and stripy after I dropped my bag (with the laptop in "
    "it). Yes, I know. Could someone please look at it? Many thanks, Emma",
    create("screen"),
)
L(
    "Hi - my laptop won't connect to the hotel Wi-Fi while I'm travelling, the login page never "
    "appears. I'm away until Friday. Thanks, Liam",
    create("hotel"),
)
E(
    "Can't get into the HR portal since this morning: 'HTTP 500 Internal Server Error'. Would "
    "someone be able to check? I need to book my annual leave.",
    create("portal"),
)
L(
    "Our team's Planner board has disappeared from Teams. All our tasks were on it 😭",
    create("planner"),
)
E(
    "Teams chat won't load any images, just grey boxes where the pictures should be. Sorry for "
    "the hassle!",
    create("images"),
)
L(
    "I need a new laptop bag, the strap broke on the way in. Is that an IT thing? If so could I "
    "please have one",
    create("bag"),
)
E(
    "Hello, could I be added to the Operations distribution list please? I've just joined that "
    "team. Thanks a lot!",
    create("distribution"),
)
E(
    "THE PRINTER IN THE POST ROOM SMELLS OF BURNING. not on fire yet. should I unplug it or wait "
    "for you lot to turn up next week?",
    create("printer"),
)
L(
    "my usb-c to hdmi adapter died this morning. could I get a new one? ta",
    create("adapter"),
)

# ---------------------------------------------------------------------------------------------
# 2. Employees asking about status, or listing their tickets.
# ---------------------------------------------------------------------------------------------
E(
    "Hi, sorry to chase, I was wondering whether there's been any progress on ticket 3089?",
    get(3089),
)
E(
    "Would it be possible to know where my second monitor request has got to? No rush at all.",
    get(3131),
)
L(
    "Hello, I just wanted to check on the ticket about my laptop fan - has an engineer been "
    "assigned yet?",
    get(3120),
)
L("Sorry to bother you, is there any news on the new starter setup for Mia Chen?", get(3076))
E(
    "I was wondering if you could tell me what's happening with 3115, the Outlook one?",
    get(3115),
)
E("Could you show me all the tickets I've raised? I've lost track, sorry.", listing())
L("Hi, would it be possible to see a list of my open tickets?", listing())
E("Apologies, I'd like to see the tickets I've opened this week, if that's possible.", listing())
L("Hello, what's the latest on #3121? I think it might be closed but I'm not sure.", get(3121))
E(
    "Just checking - has anyone had a chance to look at my Finance SharePoint access request?",
    get(3089),
)
E(
    "I hope you don't mind me asking, could you tell me the status of 3042 and 3131?",
    listing(3042, 3131),
)
L("Would you mind listing my closed tickets? I want to check something from last month.", listing())
E(
    "Sorry, I'm probably being silly, but is my ticket about the VPN dropping at home still open?",
    get(3042),
)
L("Hi, could I see everything I've logged since Monday?", listing())
E(
    "Hello, I wondered what the status of my ticket is? I can't remember the number, sorry.",
    vague("get_ticket"),
)
L("Is there any update on my ticket please?", vague("get_ticket"))
E(
    "Hi there, would it be possible to see the details of ticket 3005? I want to check what was "
    "done.",
    get(3005),
)
E(
    "I was wondering whether 3067 was ever properly fixed - could you show me what happened?",
    get(3067),
)
E("3115. Status. Now. It's been days.", get(3115))
L("is anyone actually working on my laptop fan ticket or is it just sitting there", get(3120))
E("what's the holdup on my monitor request?? it's been 'on hold' forever", get(3131))
E("any news on my VPN ticket or should I just give up", vague("get_ticket"))
L("show me my tickets. all of them. I want to see how many you've ignored", listing())
E("so what's happening with 3042? someone said they'd call me", get(3042))
L("Has ANYONE looked at 3120 yet??", get(3120))
E("list my open tickets so I can see how many things are broken at once", listing())
L(
    "whats the deal with the mia chen new starter ticket, she starts monday and has nothing",
    get(3076),
)
E("Still waiting on that SharePoint access. Status please?", get(3089))
E("tickets i opened this week?", listing())
L("show me the tickets I raised since monday, I've honestly lost count", listing())
E(
    "3042, 3089, 3115 - where are we with these? Because from here it looks like nowhere.",
    listing(3042, 3089, 3115),
)
L("give me the status of 3120 and 3076 please, quickly", listing(3076, 3120))
E(
    "is my outlook password ticket still open or did someone close it without telling me AGAIN",
    get(3115),
)
L(
    "what happened with my wifi ticket in the end? someone closed it and I never heard why",
    get(3121),
)
E("Do you people even read these? What's the status of my printer ticket", get(3067))
L("what's going on with my ticket, nobody's told me a thing", vague("get_ticket"))
E("show me the closed ones. the tickets you 'resolved'.", listing())
E("stauts of 3131 pls", get(3131))

# ---------------------------------------------------------------------------------------------
# 3. Employees: notes, resolve, reopen, rate (by id and by description).
# ---------------------------------------------------------------------------------------------
# Notes.
E(
    "Hi, would it be possible to add a note to 3115 saying that I've tried signing out and back "
    "in as suggested, but it still asks for the password?",
    note(3115, "signing out"),
)
L(
    "Could I add something to 3120? The fan is even louder when I'm on Teams calls.",
    note(3120, "louder"),
)
E(
    "For ticket 3131, please note that I'd prefer a 24 inch monitor if possible. Thank you!",
    note(3131, "24 inch"),
)
L("add to 3076: Mia's start date has moved to the 14th", note(3076, "14th"))
E(
    "re 3042 - it dropped 4 times this morning between 9 and 10. Adding that in case it helps.",
    note(3042, "dropped"),
)
E(
    "Sorry to bother you, could you pass on to whoever has 3089 that my manager approved it by "
    "email yesterday?",
    note(3089, "approved"),
)
E(
    "On my VPN-at-home ticket, could you add that I'm on BT broadband with their standard router? "
    "It might be relevant.",
    note(3042, "broadband"),
)
L(
    "for my laptop overheating ticket: it shut itself down twice today. please add that",
    note(3120, "shut"),
)
E(
    "Could I add a comment to my Outlook password ticket? It happens on my phone too, not just "
    "the laptop.",
    note(3115, "phone"),
)
L(
    "Reply on the Mia Chen ticket: she'll also need access to the Sales SharePoint site.",
    note(3076, "sales"),
)
E(
    "Regarding my second monitor request: I'm in the office on Tuesdays and Thursdays if someone "
    "wants to drop it off.",
    note(3131, "tuesday"),
)
E(
    "Please let the person on my Finance SharePoint request know I only need read access, not "
    "edit.",
    note(3089, "read"),
)
L(
    "add a note to 3120: STILL overheating, now it's burning my legs. fix it.",
    note(3120, "overheating"),
)
E(
    "put this on 3115: your suggested fix didn't work. still prompting every 10 minutes. surprise "
    "surprise",
    note(3115, "prompting"),
)
E(
    "Note for the VPN-at-home ticket: it dropped in the middle of my appraisal. Nice.",
    note(3042, "appraisal"),
)
E(
    "Hi, I'd like to add a note to my ticket please: I'm working from home on Friday.",
    vague("add_note"),
)
L("add a comment to my ticket - I'm out until Wednesday", vague("add_note"))
L(
    "Hi, for 3076, could you let the engineer know Mia will need a Mac rather than a Windows "
    "laptop? Sorry for the late change.",
    note(3076, "mac"),
)
E(
    "Just wanted to let whoever is working on 3042 know I'm free for the troubleshooting call "
    "any time after 4pm.",
    note(3042, "4pm"),
)
E(
    "please add to my outlook ticket that i'm now getting a 'need password' banner in Teams too",
    note(3115, "banner"),
)
# Resolve.
E(
    "Good news - the Finance SharePoint access works now, so 3089 can be closed. Thank you so "
    "much!",
    resolve(3089),
)
L("close 3120 pls, they swapped the fan and it's quiet now", resolve(3120))
E(
    "Would it be possible to resolve 3131? A colleague lent me a spare monitor so I don't need "
    "it any more.",
    resolve(3131),
)
E("3115 is fixed. finally. close it.", resolve(3115))
E(
    "The VPN hasn't dropped at home for a whole week now, so I think my ticket about it can be "
    "closed. Thanks for your patience!",
    resolve(3042),
)
E("outlook finally stopped nagging me for my password. you can close that ticket", resolve(3115))
L(
    "My laptop is much cooler since the clean-out, so please go ahead and close the fan ticket.",
    resolve(3120),
)
E(
    "I don't need the second monitor after all, I'm moving desks. Please close that request.",
    resolve(3131),
)
E(
    "Is it possible to mark my Finance SharePoint ticket as resolved? I've got access now.",
    resolve(3089),
)
E("It's working now, please close my ticket.", vague("resolve_ticket"))
E(
    "you can close my ticket, it magically started working. no thanks to anyone",
    vague("resolve_ticket"),
)
L("ok the laptop fan ticket 3120 - fixed. close it before it breaks again", resolve(3120))
# Reopen.
E(
    "Sorry, the printer on the 2nd floor has started jamming again. Could you please reopen my "
    "old ticket for it?",
    reopen(3067),
)
L("reopen 3121. wifi in room 2 is dropping again. shocking.", reopen(3121))
E(
    "Hi, would it be possible to reopen 3018? The VPN client vanished from my laptop after the "
    "last update.",
    reopen(3018),
)
L(
    "The meeting room 2 Wi-Fi is back to cutting out during calls. I'd like my ticket reopened "
    "please.",
    reopen(3121),
)
E(
    "I was wondering whether ticket 3005 could be reopened - the reset didn't stick and I'm "
    "locked out again.",
    reopen(3005),
)
E("reopen my VPN client ticket, the client is missing AGAIN after the reimage", reopen(3018))
E("Please reopen my ticket, the problem has come back.", vague("reopen_ticket"))
E(
    "the password reset ticket - reopen it. the new password has already expired??",
    reopen(3005),
)
E(
    "The printer ticket from a while back (3067) needs reopening, it's chewing paper again 🙄",
    reopen(3067),
)
# Rate.
E("I'd like to leave some feedback on 3067 - the technician was lovely.", rate(3067))
L("Can I rate ticket 3121? 5 stars, quick fix.", rate(3121))
E(
    "I'd like to rate the service on my VPN client ticket. It was fixed really quickly.",
    rate(3018),
)
E("rate 3005: 1 star. took three weeks to reset a password.", rate(3005))
L("want to give a rating for the meeting room wifi ticket. it was ok i guess", rate(3121))
E("Can I leave a rating on one of my closed tickets?", vague("rate_ticket"))
E(
    "Would it be possible to leave feedback on the printer jam ticket? The engineer was very "
    "quick.",
    rate(3067),
)
L(
    "rate 3121 please - 4/5, would have been 5 if someone had told me it was done",
    rate(3121),
)

# ---------------------------------------------------------------------------------------------
# 4. How do I ...? (knowledge base) and ticket types.
# ---------------------------------------------------------------------------------------------
KB = lookup("kb_articles")
E("Sorry if this is obvious, but how do I connect to the VPN from home?", KB)
L("How do I map a network drive? I was wondering whether there's a guide.", KB)
E(
    "Would it be possible to point me to instructions for setting up MFA on my new phone?",
    KB,
)
L("how do I clear a paper jam on the floor printer, it's eaten my contract", KB)
E("how on earth do you reset your own password here?", KB)
L("Is there an article about spotting phishing emails? I'd like to brush up.", KB)
E("How do I pick the right microphone in Teams? People say I sound really far away.", KB)
L("how do i install windows updates myself without waiting days for IT", KB)
E("What do I need to send IT before a new starter joins? Is there a checklist somewhere?", KB)
L("How do I get onto the office Wi-Fi with my laptop?", KB)
E("how do i request access to a sharepoint site? is there a guide somewhere", KB)
L("Search the knowledge base for Outlook password prompts", KB)
E("How do I report a phishing email?", KB)
L(
    "I was wondering how I'd go about joining a Teams meeting from the calendar invite? Sorry, "
    "it's my first week here.",
    KB,
)
E("kb articles about vpn?", KB)
L("How do I stop Outlook asking for my password every five minutes??", KB)
E("Is there a how-to for setting up the Authenticator app?", KB)
L("how am I supposed to tell if an email is phishing or just marketing rubbish", KB)
A("find KB articles on MFA", KB)
A("how do users connect to the VPN from home? I need the article to send to someone", KB)
E(
    "Sorry, what kinds of ticket can I raise? I'm not sure whether I need an incident or a "
    "service request.",
    lookup("ticket_types"),
)
L("list the ticket types", lookup("ticket_types"))

# ---------------------------------------------------------------------------------------------
# 5. Admin console operations.
# ---------------------------------------------------------------------------------------------
A("I need to get 3140 over to Hannah", update(3140, agent_id=9))
A("3110 should go to James O'Connor, he set up the last contractor", update(3110, agent_id=4))
A("3160 needs to be with Tom Walsh now, Daniel's off for two weeks", update(3160, agent_id=11))
A(
    "Let's move 3101 to Field Services, it's a hardware fault on the scanner",
    update(3101, team_id=15),
)
A(
    "3089 has been sitting with 1st Line, bounce it over to the Service Desk team",
    update(3089, team_id=2),
)
A("can you put 3140 in the 2nd Line Support queue", update(3140, team_id=6))
A("bump 3055 to critical, the user can't work at all", update(3055, priority_id=1))
A("3140 isn't urgent, make it low priority", update(3140, priority_id=4))
A("put 3110 on hold until the contractor's start date is confirmed", update(3110, status_id=28))
A(
    "3101's waiting on the scanner vendor - set the status to With Supplier",
    update(3101, status_id=5),
)
A(
    "3099 is really a Problem, not an incident - can you change the ticket type?",
    update(3099, tickettype_id=21),
)
A(
    "can we close out 3055 and add a visible note summarising the fix: memory replaced, memtest "
    "clean",
    resolve(3055),
)
A(
    "Resolve 3110 and leave a public note for Olivia saying the contractor's VPN account is live.",
    resolve(3110),
)
A(
    "close out 3160 with a note to Samir: audio driver updated, calls stable for two days",
    resolve(3160),
)
A("reopen 3030 - Olivia says the calendar is empty on her phone again", reopen(3030))
A("Joanna's printer is jamming again, reopen 3012", reopen(3012))
A("add a note to 3101: replaced the scanner's Wi-Fi module, testing tomorrow", note(3101, "module"))
A("hidden note on 3099: waiting on Dell for the motherboard", note(3099, "dell"))
A(
    "For Globex site Cypress Creek, the receptionist's printer is jammed",
    create("printer", client_id=17, site_id=44),
)
A(
    "for Initech Austin Branch: Joanna Baker can't log in to the VPN",
    create("vpn", client_id=42, site_id=102, user_id=404),
)
A(
    "New ticket for Umbrella Health, Laboratory site - the fridge monitoring PC keeps blue "
    "screening",
    create("blue", client_id=23, site_id=52),
)
A(
    "log one for Pepper Potts at Stark Logistics Distribution Centre: her tablet won't connect "
    "to the Wi-Fi",
    create("tablet", client_id=27, site_id=61, user_id=601),
)
A(
    "raise a ticket for Acme Inc, Warehouse site: the label printer is offline",
    create("printer", client_id=12, site_id=32),
)
A(
    "Lucius Fox at Wayne Foundation needs a replacement laptop, can you open a ticket for him",
    create("laptop", client_id=35, user_id=701),
)
A("who's in the Network team?", lookup("agents"))
A("which agents sit in 2nd Line Support?", lookup("agents"))
A("is Priya in 1st Line or 2nd Line?", lookup("agents"))
A("who works in Messaging these days?", lookup("agents"))
A("list all our teams", lookup("teams"))
A("show me the customers", lookup("customers"))
A("what sites does Umbrella Health have?", lookup("sites"))
A("find the user Jill Valentine", lookup("users"))
A("look up asset AC-2219", lookup("assets"))
A("when does Globex's backup contract run out?", lookup("contracts"))
A("any unpaid invoices for Initech?", lookup("invoices"))
A("what appointments has Hannah got this week", lookup("appointments"))
A("pull up the SLA compliance report", lookup("reports"))
A("show me tickets opened this week", listing())
A("what tickets have come in since Monday?", listing())
A("I want to see 3101, 3055 and 3099 side by side", listing(3055, 3099, 3101))
A("what's going on with 3099?", get(3099))
A("I need the details on 3140 before I call Olivia back", get(3140))

# ---------------------------------------------------------------------------------------------
# 6. Refused at plan time.
# ---------------------------------------------------------------------------------------------
E(
    "Sorry to bother you, could you tell me the status of ticket 3120? It's my colleague Liam's "
    "but he's on leave.",
    REFUSED,
)
L("what's happening with 3115", REFUSED)
E("add a note to 3140 please: the monitor is flickering again", REFUSED)
L("close 3042, Emma says it's fine now", REFUSED)
E("Would it be possible to check on ticket 3999? I think that's the number I was given.", REFUSED)
L("status of 12345", REFUSED)
E("I was wondering if 3067 could be closed now? It's all fine.", REFUSED)
L("reopen 3120, it's still broken", REFUSED)
E("reopen 3115, the fix didn't work", REFUSED)
E("Could you assign my ticket 3115 to Chloe? She helped me last time.", REFUSED)
L("make 3120 critical priority. it's literally cooking my desk", REFUSED)
E(
    "Would it be possible to add an internal note to 3131 that only IT can see?",
    REFUSED,
)
L("list all the agents", REFUSED)
E("who is in the Network team? I'd rather speak to them directly", REFUSED)
L("show me Acme's contracts", REFUSED)
E("can I see the invoices for Acme", REFUSED)
L("what tickets has Emma got open?", REFUSED)
E("change the status of 3089 to In Progress, someone should be on it by now", REFUSED)
L("show me the list of customers", REFUSED)
E("look up the asset AC-2220 for me", REFUSED)
L("move my laptop fan ticket to the Field Services team, whoever has it now is useless", REFUSED)
L("Sorry, could you show me Mia Chen's tickets? I'm her manager.", REFUSED)
E("what's the latest on 5000", REFUSED)
A("resolve 3121", REFUSED)
A("reopen 3115, Emma says it's still asking for her password", REFUSED)
A("assign 4711 to Tom", REFUSED)
A("close out 3030 with a note saying the calendar sync is fixed", REFUSED)
