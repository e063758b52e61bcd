"""Round 7: a blind, held-out set of plain-language Ask-box requests (test data only).

Written from the README, DESIGN.md, issue 10 and the simulator's seed data alone, without
reading the parser or its phrasing tests; measured before the parser learnt from it (87 %
understood), then kept here as tests (tests/nl/test_round7_phrasings.py for the parser,
tests/halo_integration/test_planner_round7.py for the plans).

Conventions in ``expect``:
- ``params`` lists only the key params, each of which must have exactly this value (ids as ints).
  Free text is checked by ``summary_has`` (create_ticket) or ``note_has`` (add_note): the words
  must appear in the planned summary / note (case-insensitive is fine).
- Several ticket ids in one request: ``{"action": "get_ticket", "params": {"ticket_ids": [...]}}``;
  a plan that reads exactly these tickets (one card each, or a list limited to them) counts.
- ``{"refused": True}``: refused at plan time (not yours / does not exist / closed where it matters /
  admin-only), with no Confirm offered.
- ``{"candidates": True, "action": ...}``: the portal must offer choices, not guess.

Seed facts relied on (halo_integration/simulator/seed_*.py):
- emma (user 201, Acme Inc / HQ): open 3042 (VPN disconnects at home, With User), 3089 (Finance
  SharePoint access, New), 3115 (Outlook keeps asking for my password, In Progress), 3131 (second
  monitor, On Hold); closed 3005 (password reset), 3018 (VPN client missing on new laptop),
  3067 (2nd-floor printer jamming), 3150 (Teams camera, Cancelled).
- liam (user 202, Acme Inc / HQ): 3076 (New starter: Mia Chen, Pending Closure), 3120 (laptop fan,
  In Progress), 3121 (Wi-Fi drops in meeting room 2, Closed).
- others: 3030 / 3110 / 3140 / 789 Olivia Brown (Globex), 3101 Noah Williams, 3055 / 3099 / 3160
  Initech; tickets exist only as 789 and 3001..3260.  Closed, among those used: 3003, 3012, 3030,
  3121, 3210.
- teams: Service Desk 2, 1st Line Support 5, 2nd Line Support 6, Messaging 11, Network 12,
  Field Services 15.  agents: Sarah Mitchell 3, James O'Connor 4, Priya Sharma 5, Daniel Kim 6,
  Chloe Martin 7, Marcus Reid 8, Hannah Fischer 9, Tom Walsh 11.
- priorities: Critical 1, High 2, Medium 3, Low 4.  statuses: With Supplier 5, On Hold 28.
  ticket types: Incident 1, Service Request 3, Problem 21, Change 22.
- customers / sites: Acme Inc 12 (HQ 31, Warehouse 32, Remote Workers 33), Globex 17
  (Springfield Campus 41, Cypress Creek 44), Initech 42 (Main Office 101, Austin Branch 102),
  Umbrella Health 23 (Raccoon City Clinic 51, Laboratory 52, Head Office 53), Stark Logistics 27
  (Distribution Centre 61, Fleet Depot 62), Wayne Foundation 35 (Gotham Office 71).
- Every seeded closed ticket was closed well over REOPEN_DAYS (14) before the simulator starts;
  the reopen cases below state the intent (reopen_ticket + id).
"""

from __future__ import annotations

from typing import Any

from tests.nl.expect import new_ticket

Case = dict[str, Any]


def _get(ticket_id: int) -> dict[str, Any]:
    return {"action": "get_ticket", "params": {"ticket_id": ticket_id}}


def _many(*ids: int) -> dict[str, Any]:
    return {"action": "get_ticket", "params": {"ticket_ids": sorted(ids)}}


def _list(**params: Any) -> dict[str, Any]:
    return {"action": "list_tickets", "params": params}


def _note(ticket_id: int, words: str | None = None, **params: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"ticket_id": ticket_id, **params}
    if words is not None:
        found["note_has"] = words
    return {"action": "add_note", "params": found}


def _resolve(ticket_id: int) -> dict[str, Any]:
    return {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}}


def _reopen(ticket_id: int) -> dict[str, Any]:
    return {"action": "reopen_ticket", "params": {"ticket_id": ticket_id}}


def _update(ticket_id: int, **params: Any) -> dict[str, Any]:
    return {"action": "update_ticket", "params": {"ticket_id": ticket_id, **params}}


def _lookup(entity: str, search: str | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {"entity": entity}
    if search is not None:
        params["search"] = search
    return {"action": "lookup", "params": params}


def _members(team_id: int) -> dict[str, Any]:
    return {"action": "lookup", "params": {"entity": "agents", "team_id": team_id}}


def _choices(action: str) -> dict[str, Any]:
    return {"candidates": True, "action": action}


KB = _lookup("kb_articles")
NO: dict[str, Any] = {"refused": True}


def _c(who: str, text: str, expect: dict[str, Any]) -> Case:
    return {"as": who, "text": text, "expect": expect}


# fmt: off
# One case per line: a table reads better than the formatter's layout.
# --- employees' everyday problems: create_ticket --------------------------------------------------
_PROBLEMS: list[Case] = [
    _c("emma", "hi, my laptop gets really hot whenever I'm on a Teams call for more than half an hour", new_ticket("Teams")),
    _c("emma", "Outlook crashes every time I open an attachment sent by the Finance team", new_ticket("Outlook")),
    _c("emma", "the printer at the warehouse site prints everything in faded grey", new_ticket("printer")),
    _c("emma", "the keyboard on my laptop has a sticky space bar, half my words run together", new_ticket("keyboard")),
    _c("emma", "cant log in to the expenses app since this morning, it says account disabled", new_ticket("expenses")),
    _c("emma", "My main monitor went black and won't wake up anymore", new_ticket("monitor")),
    _c("emma", "pls help wifi on 3rd floor super slow cant load anything", new_ticket("wifi")),
    _c("emma", "I need Visio installed for the process diagrams we are drawing", new_ticket("Visio")),
    _c("emma", "The contract template in Word won't let me edit the header", new_ticket("contract")),
    _c("emma", "please send me a new asset tag sticker, the old one peeled off my laptop", new_ticket("asset tag")),
    _c("emma", "Good morning! Teams won't share my screen in meetings, the others only see black", new_ticket("Teams")),
    _c("emma", "MY MOUSE IS NOT WORKING AT ALL", new_ticket("MOUSE")),
    _c("emma", "headset mic not picked up by zoom 🎧", new_ticket("headset")),
    _c("emma", "Excel freezes when I open the big budget workbook and I have to kill it in Task Manager", new_ticket("Excel")),
    _c("emma", "The customer portal we use for orders shows a certificate warning in Chrome", new_ticket("certificate")),
    _c("emma", "got a new phone, I need my work email set up on it", new_ticket("email")),
    _c("emma", "OneDrive says I'm out of storage but I only have a few files in it", new_ticket("OneDrive")),
    _c("emma", "I clicked a link in a dodgy email and typed my password in, please check my account asap", new_ticket("account")),
    _c("emma", "The site visit appointment reminders in Outlook pop up for meetings that were cancelled", new_ticket("Outlook")),
    _c("emma", "Could you order me a laptop stand and a wireless keyboard? My manager said ok", new_ticket("keyboard")),
    _c("emma", "sharepoint says access denied on the HR site which I could open yesterday", new_ticket("HR")),
    _c("emma", "my desk phone shows 'no service' since the office move", new_ticket("phone")),
    _c("emma", "Outlook search doesn't find any emails older than a month", new_ticket("search")),
    _c("emma", "Teams keeps signing me out every hour, really annoying", new_ticket("Teams")),
    _c("emma", "The report I export from Power BI every Monday comes out empty", new_ticket("Power BI")),
    _c("emma", "The invoice PDFs from our accounting tool open as gibberish", new_ticket("invoice")),
    _c("emma", "docking station at hot desk 14 doesnt charge my laptop", new_ticket("docking station")),
    _c("emma", "Laptop battery dies after 40 minutes and it's only a year old", new_ticket("battery")),
    _c("emma", "Need access to the Legal shared drive please, I'm on the contracts project from next week", new_ticket("Legal")),
    _c("emma", "printer says toner low but we just replaced it", new_ticket("toner")),
    _c("emma", "blue screen twice today on my PC, the error says CRITICAL_PROCESS_DIED", new_ticket("blue screen")),
    _c("emma", "the webcam image is upside down in every video call", new_ticket("webcam")),
    _c("emma", "Hello IT, the projector in meeting room 4 won't detect any HDMI input. Thanks, Emma", new_ticket("projector")),
    _c("emma", "calendar invites from external customers land in my junk folder", new_ticket("junk")),
    _c("emma", "My Outlook signature disappeared after the update", new_ticket("signature")),
    _c("emma", "no sound from the laptop speakers since yesterday", new_ticket("sound")),
    _c("emma", "We need guest wifi codes for 3 visitors from a supplier on Thursday", new_ticket("guest")),
    _c("emma", "Adobe Acrobat keeps asking me to sign in with a licence I don't have", new_ticket("Acrobat")),
    _c("emma", "The Teams room display in the boardroom is stuck on a Windows update screen", new_ticket("boardroom")),
    _c("emma", "can you install python on my laptop for some data analysis, thanks", new_ticket("python")),
    _c("emma", "mfa codes are not arriving by sms anymore", new_ticket("sms")),
    _c("emma", "I'm locked out of my account after typing the wrong password too many times", new_ticket("locked")),
    _c("emma", "Please set up an out of office on my mailbox, I'm in hospital from tomorrow", new_ticket("out of office")),
    _c("emma", "The agent who visited yesterday left my PC without the network cable plugged in, now no internet", new_ticket("network cable")),
    _c("emma", "the HR users can't see the new payroll folder, can you check the permissions", new_ticket("payroll")),
    _c("emma", "Our team site in SharePoint lost all its files overnight!!!", new_ticket("SharePoint")),
    _c("emma", "The scanner on the copier sends my scans to an old email address", new_ticket("scans")),
    _c("emma", "😩 laptop screen flickering again and again", new_ticket("flickering")),
    _c("emma", "my computer is very slow in the mornings, it takes 20 min to start", new_ticket("slow")),
    _c("emma", "Hi there, could I get a second charger for the office? I keep carrying mine home", new_ticket("charger")),
    _c("emma", "Word crashes when I paste text from the contract database", new_ticket("Word")),
    _c("emma", "I need the Marketing distribution list added to my Outlook please", new_ticket("Marketing")),
    _c("emma", "the wifi at the warehouse site drops whenever the loading doors open", new_ticket("warehouse")),
    _c("emma", "there's a burning smell coming from the printer next to reception", new_ticket("burning")),
    _c("emma", "can't print to the colour printer from my Mac", new_ticket("Mac")),
    _c("emma", "my password expired while I was away and the change screen just errors, please help", new_ticket("password")),
    _c("emma", "Teams notifications make no sound any more", new_ticket("notifications")),
    _c("emma", "Requesting a standing desk converter for my workstation, I have a doctor's note", new_ticket("standing desk")),
    _c("emma", "ms teams chat history is gone for one of my group chats", new_ticket("chat")),
    _c("emma", "the Authenticator app on my new phone shows no accounts at all", new_ticket("Authenticator")),
    _c("liam", "yo, the monitor in meeting room 1 has dead pixels all over", new_ticket("dead pixels")),
    _c("liam", "Liam here. Outlook rules stopped moving my mails into folders", new_ticket("rules")),
    _c("liam", "the touchpad doesn't respond after the laptop wakes from sleep", new_ticket("touchpad")),
    _c("liam", "Need a Jira licence, I'm joining the dev team next sprint", new_ticket("Jira")),
    _c("liam", "excel macros are disabled by some policy, I need them for the monthly report", new_ticket("macros")),
    _c("liam", "HELP my screen is cracked, dropped the laptop on the train", new_ticket("cracked")),
    _c("liam", "Our contractor needs a temporary account for two weeks, can you create one", new_ticket("contractor")),
    _c("liam", "Teams meeting recordings don't show up in the chat afterwards", new_ticket("recordings")),
    _c("liam", "bluetooth headphones keep disconnecting from my laptop", new_ticket("bluetooth")),
    _c("liam", "the door badge reader at the HQ site rejects my badge since Monday", new_ticket("badge")),
    _c("liam", "My files on the S: drive are suddenly read-only", new_ticket("read-only")),
    _c("liam", "can u reset the pin on my work phone i forgot it", new_ticket("pin")),
    _c("liam", "Chrome keeps crashing when I open the customer CRM", new_ticket("Chrome")),
    _c("liam", "need a new laptop bag, the zip broke", new_ticket("laptop bag")),
    _c("liam", "the asset register spreadsheet on SharePoint won't open, it says it's locked by another user", new_ticket("asset register")),
    _c("liam", "Please could someone look at the printer on the 1st floor, it jams on every job", new_ticket("printer")),
    _c("liam", "I'd like to request Adobe Photoshop for the marketing materials", new_ticket("Photoshop")),
    _c("liam", "internet extremely slow at my desk only, colleagues are fine", new_ticket("internet")),
    _c("liam", "Outlook shows my calendar in the wrong time zone since I got back from the US", new_ticket("time zone")),
    _c("liam", "my second screen is blurry with the new dock", new_ticket("blurry")),
    _c("liam", "the shared calendar for the support team is not updating for anyone", new_ticket("calendar")),
    _c("liam", "Cheers in advance - the laptop camera shutter is stuck closed", new_ticket("camera")),
    # phone style, typos, non-native English
    _c("emma", "hello, computer not start since morning, only black screen with small cursor. please to help", new_ticket("black screen")),
    _c("liam", "printer is make strange noise and paper come out wrinkly", new_ticket("printer")),
    _c("emma", "outlok not sendng emails they stuck in outbox", new_ticket("outbox")),
    _c("liam", "wifi not working on my laptop can sombody check", new_ticket("wifi")),
    _c("emma", "i have problem with Teams, the camera is not showing me to the others", new_ticket("camera")),
    _c("liam", "keyboard letters wrong, when i type z it comes y", new_ticket("letters")),
    _c("emma", "Dear support team, I am not able to open the attached files in the mails since yesterday. Kindly do the needful.", new_ticket("attached files")),
    _c("liam", "my acount is blocked pls unblock asap meeting in 10 min", new_ticket("blocked")),
    _c("emma", "the screen of laptop have many lines, cannot read anything", new_ticket("lines")),
    _c("liam", "Good day. I would like to have installed the program Notepad++ on my computer. Best regards, Liam", new_ticket("Notepad++")),
    _c("emma", "hi!! new colleague starting monday needs a laptop + email + teams access, her name is Zoe Adams", new_ticket("Zoe Adams")),
    _c("liam", "mic not work in teams but work in zoom??", new_ticket("mic")),
    _c("emma", "CAN SOMEONE FIX THE PRINTER IN THE KITCHEN IT ATE MY PAPERS AGAIN", new_ticket("PRINTER")),
    _c("liam", "laptop wont charge at all with the usb c cable", new_ticket("charge")),
    _c("emma", "sory for bother, the mouse wheel scroll the wrong way after update", new_ticket("mouse")),
]

# --- status / list questions ------------------------------------------------------------------
_STATUS: list[Case] = [
    _c("emma", "what's happening with 3115?", _get(3115)),
    _c("emma", "any update on ticket #3042", _get(3042)),
    _c("emma", "status 3089", _get(3089)),
    _c("emma", "Is my monitor request still on hold?", _get(3131)),
    _c("emma", "show me ticket 3067", _get(3067)),
    _c("emma", "where are we with my Outlook password problem", _get(3115)),
    _c("emma", "what's the status of my VPN ticket", _choices("get_ticket")),
    _c("emma", "any news on my ticket?", _choices("get_ticket")),
    _c("emma", "how is my sharepoint access request going", _get(3089)),
    _c("emma", "did anyone ever look at my printer ticket", _get(3067)),
    _c("emma", "list my open tickets", _list(open_only=True)),
    _c("emma", "show everything I've ever logged with IT", _list()),
    _c("emma", "which tickets did I open this week?", _list()),
    _c("emma", "tickets since Monday?", _list()),
    _c("emma", "show my closed tickets", _list()),
    _c("emma", "is anything waiting on me?", _list()),
    _c("emma", "3115 and 3042 status please", _many(3115, 3042)),
    _c("emma", "can you check 3089, 3131 and 3115 for me", _many(3089, 3131, 3115)),
    _c("emma", "my tickets from last month", _list()),
    _c("emma", "do I have any open tickets right now?", _list(open_only=True)),
    _c("emma", "hi what are my tickets", _list()),
    _c("emma", "SHOW MY TICKETS", _list()),
    _c("emma", "what did IT last say on 3115", _get(3115)),
    _c("emma", "is ticket 3150 closed?", _get(3150)),
    _c("emma", "when was 3005 resolved", _get(3005)),
    _c("emma", "give me the details of ticket number 3131 thx", _get(3131)),
    _c("emma", "what is going on with 3042 and 3089", _many(3042, 3089)),
    _c("liam", "status of 3120", _get(3120)),
    _c("liam", "what's up with my laptop ticket", _get(3120)),
    _c("liam", "is the new starter ticket for Mia done yet", _get(3076)),
    _c("liam", "show my wifi ticket", _get(3121)),
    _c("liam", "list my open tickets pls", _list(open_only=True)),
    _c("liam", "anything opened by me this week?", _list()),
    _c("liam", "check 3120 and 3076", _many(3120, 3076)),
    _c("liam", "what's the latest on my ticket", _choices("get_ticket")),
    _c("liam", "my tickets", _list()),
    _c("liam", "which tickets have I raised since monday", _list()),
    _c("liam", "any reply from IT on 3121?", _get(3121)),
    _c("liam", "show 3076 please 🙏", _get(3076)),
    _c("liam", "WHAT IS THE STATUS OF 3120", _get(3120)),
    _c("liam", "tickets 3120, 3121", _many(3120, 3121)),
]

# --- notes, resolve, reopen --------------------------------------------------------------------
_CHANGES: list[Case] = [
    _c("emma", "add a note to 3115: I signed out and back in, it still asks", _note(3115, "signed out")),
    _c("emma", "please tell IT on ticket 3042 that I'm home on Friday if they want to call", _note(3042, "Friday")),
    _c("emma", "note on my monitor request: any news on delivery?", _note(3131, "any news on delivery?")),
    _c("emma", "update my sharepoint ticket - my manager approved it this morning", _note(3089, "approved")),
    _c("emma", "on 3115 add: it happens on my phone too", _note(3115, "phone too")),
    _c("emma", "add a note to my ticket: I'm out of office tomorrow", _choices("add_note")),
    _c("emma", "add a note to my password ticket saying it still happens after the profile reset", _note(3115, "profile reset")),
    _c("emma", "3115 is fixed, you can close it", _resolve(3115)),
    _c("emma", "resolve 3042 works fine again since the update", _resolve(3042)),
    _c("emma", "please close my VPN ticket, no drops all week", _resolve(3042)),
    _c("emma", "close 3115 and put a public note summarising what fixed it", _resolve(3115)),
    _c("emma", "I don't need the second monitor anymore, please close that request", _resolve(3131)),
    _c("emma", "close my ticket", _choices("resolve_ticket")),
    _c("emma", "resolve my printer ticket", NO),
    _c("emma", "add a note to 3150 the camera works now", NO),
    _c("emma", "resolve 3005", NO),
    _c("emma", "reopen 3067, the printer is jamming again", _reopen(3067)),
    _c("emma", "please reopen my printer ticket, same jam again on the 2nd floor", _reopen(3067)),
    _c("emma", "add to 3089: I need edit rights, not just read", _note(3089, "edit rights")),
    _c("emma", "Tell them on the Outlook ticket that the remote session tomorrow at 10 is fine", _note(3115, "remote session")),
    _c("emma", "all good now with 3131 - monitor arrived and works. resolve it please", _resolve(3131)),
    _c("emma", "resolve ticket 3089, I got access through a colleague", _resolve(3089)),
    _c("emma", "note for 3042: the drops started again after I changed router", _note(3042, "router")),
    _c("liam", "add a note to 3120 - the fan noise is worse when charging", _note(3120, "charging")),
    _c("liam", "3120 fixed after the BIOS update, please resolve", _resolve(3120)),
    _c("liam", "note on the new starter ticket: Mia's start date moved to the 15th", _note(3076, "15th")),
    _c("liam", "close 3076 Mia has everything she needs", _resolve(3076)),
    _c("liam", "resolve my wifi ticket", NO),
    _c("liam", "reopen 3121 wifi drops again in room 2", _reopen(3121)),
    _c("liam", "add to my laptop ticket: the fan now clicks as well", _note(3120, "clicks")),
    _c("liam", "mark 3120 as solved and write a short public note on what fixed it", _resolve(3120)),
    _c("liam", "add a note to 3121: still fine", NO),
    _c("admin", "add a hidden note to 3140: waiting on a replacement monitor from the vendor", _note(3140, "replacement monitor", hiddenfromuser=True)),
    _c("admin", "internal note on 3055 - memory ordered, arrives Thursday", _note(3055, "memory ordered", hiddenfromuser=True)),
    _c("admin", "public note on 3101: technician on site tomorrow 9am", _note(3101, "technician", hiddenfromuser=False)),
    _c("admin", "resolve 3099 and leave the user a visible note summing up the fix", _resolve(3099)),
    _c("admin", "close 3160, audio fixed by rolling back the driver", _resolve(3160)),
    _c("admin", "reopen 3030 for Olivia, her calendar stopped syncing again", _reopen(3030)),
    _c("admin", "resolve 3012", NO),
    _c("admin", "add a private note to ticket 3222: VIP, keep it tight", _note(3222, "VIP", hiddenfromuser=True)),
    _c("admin", "reply to the user on 3255: please restart OneDrive and tell us if it syncs", _note(3255, "restart OneDrive", hiddenfromuser=False)),
]

# --- "how do I ...?" --------------------------------------------------------------------------
_HOWTO: list[Case] = [
    _c("emma", "how do I connect to the VPN from home?", KB),
    _c("emma", "How can I reset my password myself?", KB),
    _c("emma", "how do i clear a paper jam", KB),
    _c("emma", "how do I set up MFA on my new phone", KB),
    _c("emma", "how to map a network drive", KB),
    _c("emma", "How do I report a phishing email?", KB),
    _c("emma", "how do i join the office wifi", KB),
    _c("emma", "how do I get access to a SharePoint site?", KB),
    _c("emma", "how do I pick the right microphone in Teams?", KB),
    _c("emma", "how to install windows updates", KB),
    _c("emma", "how do I stop Outlook asking for my password all the time?", KB),
    _c("emma", "HOW DO I CHANGE MY PASSWORD", KB),
    _c("emma", "hi, how do I use Teams for meetings with external people? thanks", KB),
    _c("emma", "is there an article on how to set up the authenticator app?", KB),
    _c("liam", "how do I onboard a new starter, what does IT need from me?", KB),
    _c("liam", "how do i share my screen in teams", KB),
    _c("liam", "how do I add a shared mailbox in Outlook?", KB),
    _c("liam", "how can I connect to the printer on my floor", KB),
    _c("liam", "how do visitors get on the guest wifi?", KB),
    _c("liam", "how do I report a lost laptop", KB),
    _c("liam", "how to connect vpn", KB),
    _c("liam", "How do I update Windows on my laptop? 🤔", KB),
    _c("liam", "any kb article about phishing?", KB),
    _c("liam", "how do i get my files from the S: drive when i'm at home", KB),
    _c("liam", "how do I fix Outlook when it keeps prompting for a password", KB),
    _c("admin", "how do I map a network drive", KB),
    _c("admin", "how do users set up MFA?", KB),
    _c("emma", "what kinds of tickets can I raise?", _lookup("ticket_types")),
    _c("liam", "which ticket types are there", _lookup("ticket_types")),
]

# --- admin operations -------------------------------------------------------------------------
_ADMIN: list[Case] = [
    _c("admin", "new ticket for Globex site Cypress Creek: the switch in the server cupboard is beeping", new_ticket("switch", client_id=17, site_id=44)),
    _c("admin", "for Initech site Austin Branch, log a ticket: printer offline", new_ticket("printer", client_id=42, site_id=102)),
    _c("admin", "open a ticket for Umbrella Health, Laboratory site - fridge temperature monitor offline", new_ticket("fridge", client_id=23, site_id=52)),
    _c("admin", "log a ticket for Acme Inc site Warehouse: barcode printer out of labels", new_ticket("barcode", client_id=12, site_id=32)),
    _c("admin", "create a ticket for Pepper Potts: can't get into the fleet tracking system", new_ticket("fleet tracking", user_id=601)),
    _c("admin", "raise a ticket for Hank Scorpio at Globex: laptop stolen from his car", new_ticket("stolen", user_id=302)),
    _c("admin", "for Stark Logistics site Fleet Depot create a high priority ticket: depot wifi down", new_ticket("wifi", client_id=27, site_id=62, priority_id=2)),
    _c("admin", "Wayne Foundation, site Gotham Office - new ticket for Lucius Fox: cannot print", new_ticket("print", client_id=35, site_id=71, user_id=701)),
    _c("admin", "create a Service Request for Isla Murphy: new headset", new_ticket("headset", user_id=210, tickettype_id=3)),
    _c("admin", "ticket for Jill Valentine: Outlook keeps crashing on startup", new_ticket("Outlook", user_id=503)),
    _c("admin", "assign 3235 to Field Services", _update(3235, team_id=15)),
    _c("admin", "reassign 3101 to Daniel Kim", _update(3101, agent_id=6)),
    _c("admin", "move 3255 to the 2nd Line Support team", _update(3255, team_id=6)),
    _c("admin", "give 3200 to James O'Connor", _update(3200, agent_id=4)),
    _c("admin", "set the priority of 3055 to critical", _update(3055, priority_id=1)),
    _c("admin", "3235 priority low", _update(3235, priority_id=4)),
    _c("admin", "put 3110 on hold", _update(3110, status_id=28)),
    _c("admin", "set 3160 to With Supplier", _update(3160, status_id=5)),
    _c("admin", "change the type of 3101 to Problem", _update(3101, tickettype_id=21)),
    _c("admin", "assign ticket 3258 to Sarah Mitchell and make it high priority", _update(3258, agent_id=3, priority_id=2)),
    _c("admin", "hand 3099 over to Tom Walsh", _update(3099, agent_id=11)),
    _c("admin", "assign 3140 to line support", _choices("update_ticket")),
    _c("admin", "reassign 3055 to the Messaging team", _update(3055, team_id=11)),
    _c("admin", "3250 -> Network team, Marcus please", _update(3250, team_id=12, agent_id=8)),
    # Written as look-ups of the team itself; the portal answers "who is in" with the team's
    # agents (the contract in tests/nl/test_newcomer_phrasings.py), so these expect that.
    _c("admin", "who is in the Network team?", _members(12)),
    _c("admin", "which people are in Field Services", _members(15)),
    _c("admin", "list all teams", _lookup("teams")),
    _c("admin", "show me the agents", _lookup("agents")),
    _c("admin", "look up customer Globex", _lookup("customers", "Globex")),
    _c("admin", "what sites does Umbrella Health have", _lookup("sites")),
    _c("admin", "find user Peter Gibbons", _lookup("users", "Peter Gibbons")),
    _c("admin", "list the assets for Acme Inc", _lookup("assets")),
    _c("admin", "what contracts does Globex have", _lookup("contracts")),
    _c("admin", "any appointments this week?", _lookup("appointments")),
    _c("admin", "show unpaid invoices", _lookup("invoices")),
    _c("admin", "show me the SLA compliance report", _lookup("reports")),
    _c("admin", "kb articles about printers", _lookup("kb_articles")),
    _c("admin", "what ticket types exist", _lookup("ticket_types")),
    _c("admin", "open tickets for Initech", _list(client_id=42, open_only=True)),
    _c("admin", "show ticket 3250", _get(3250)),
    _c("admin", "status of 3140 and 3101", _many(3140, 3101)),
    _c("admin", "show ticket 5000", NO),
    _c("admin", "bump the printer ticket to high", _choices("update_ticket")),
]

# --- forbidden or nonexistent for employees -----------------------------------------------------
_FORBIDDEN: list[Case] = [
    _c("emma", "show me ticket 3120", NO),
    _c("liam", "what's the status of 3115", NO),
    _c("emma", "add a note to 3101: the scanner works now", NO),
    _c("emma", "resolve 3030", NO),
    _c("emma", "ticket 9999", NO),
    _c("liam", "close ticket 3300", NO),
    _c("emma", "add a hidden note to 3115 that only IT can see", NO),
    _c("liam", "make 3120 critical priority", NO),
    _c("emma", "assign my ticket 3115 to Chloe Martin", NO),
    _c("liam", "move 3120 to the Network team", NO),
    _c("emma", "who is in the Messaging team?", NO),
    _c("liam", "list all agents", NO),
    _c("emma", "show me all tickets for Globex", NO),
    _c("liam", "look up Olivia Brown's email address", NO),
    _c("emma", "show me the invoices for Acme", NO),
    _c("liam", "what contracts do we have with you", NO),
    _c("emma", "show Noah Williams' tickets", NO),
    _c("liam", "run the SLA compliance report", NO),
    _c("emma", "which assets are registered to Liam Patel", NO),
    _c("liam", "show me ticket 789", NO),
    _c("emma", "reopen 3121", NO),
    _c("liam", "reopen ticket 4711, it broke again", NO),
    _c("emma", "change the status of 3131 to in progress", NO),
    _c("liam", "what appointments does Daniel Kim have tomorrow", NO),
    _c("emma", "set my ticket 3089 to type Change", NO),
    _c("emma", "status of 3115 and 3120", NO),
    _c("liam", "look up the customer Initech", NO),
    _c("emma", "show me the Acme sites", NO),
]

CASES: list[Case] = [*_PROBLEMS, *_STATUS, *_CHANGES, *_HOWTO, *_ADMIN, *_FORBIDDEN]
# fmt: on
