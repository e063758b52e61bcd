"""Round 7 of blind phrasings (tests/nl/round7_cases.py), as the pure parser reads them: the
action and the raw slots that the planner then resolves (tests/halo_integration/
test_planner_round7.py checks the resolved ids, the refusals and the choices offered).

Each row is (text, expected action, expected slots): ABSENT, the slot must not be there; Has,
a string slot containing that text (case-insensitive); anything else, equal. A bare "for X" is
a `client` here even for a person: the planner falls back to a user search (see rules.py).
Several tickets at once are a `get_ticket` of `ticket_ids` here, a list of them once planned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from halo_integration.nl.parse.rules import parse
from tests.nl.round7_cases import CASES

ABSENT = object()


@dataclass(frozen=True)
class Has:
    text: str


Row = tuple[str, str, dict[str, Any]]

# fmt: off
# One row per line: a table reads better than the formatter's layout.
ROWS: list[Row] = [
    ("hi, my laptop gets really hot whenever I'm on a Teams call for more than half an hour", 'create_ticket', {"summary": Has('Teams')}),
    ('Outlook crashes every time I open an attachment sent by the Finance team', 'create_ticket', {"summary": Has('Outlook')}),
    ('the printer at the warehouse site prints everything in faded grey', 'create_ticket', {"summary": Has('printer')}),
    ('the keyboard on my laptop has a sticky space bar, half my words run together', 'create_ticket', {"summary": Has('keyboard')}),
    ('cant log in to the expenses app since this morning, it says account disabled', 'create_ticket', {"summary": Has('expenses')}),
    ("My main monitor went black and won't wake up anymore", 'create_ticket', {"summary": Has('monitor')}),
    ('pls help wifi on 3rd floor super slow cant load anything', 'create_ticket', {"summary": Has('wifi')}),
    ('I need Visio installed for the process diagrams we are drawing', 'create_ticket', {"summary": Has('Visio')}),
    ("The contract template in Word won't let me edit the header", 'create_ticket', {"summary": Has('contract')}),
    ('please send me a new asset tag sticker, the old one peeled off my laptop', 'create_ticket', {"summary": Has('asset tag')}),
    ("Good morning! Teams won't share my screen in meetings, the others only see black", 'create_ticket', {"summary": Has('Teams')}),
    ('MY MOUSE IS NOT WORKING AT ALL', 'create_ticket', {"summary": Has('MOUSE')}),
    ('headset mic not picked up by zoom 🎧', 'create_ticket', {"summary": Has('headset')}),
    ('Excel freezes when I open the big budget workbook and I have to kill it in Task Manager', 'create_ticket', {"summary": Has('Excel')}),
    ('The customer portal we use for orders shows a certificate warning in Chrome', 'create_ticket', {"summary": Has('certificate')}),
    ('got a new phone, I need my work email set up on it', 'create_ticket', {"summary": Has('email')}),
    ("OneDrive says I'm out of storage but I only have a few files in it", 'create_ticket', {"summary": Has('OneDrive')}),
    ('I clicked a link in a dodgy email and typed my password in, please check my account asap', 'create_ticket', {"summary": Has('account')}),
    ('The site visit appointment reminders in Outlook pop up for meetings that were cancelled', 'create_ticket', {"summary": Has('Outlook')}),
    ('Could you order me a laptop stand and a wireless keyboard? My manager said ok', 'create_ticket', {"summary": Has('keyboard')}),
    ('sharepoint says access denied on the HR site which I could open yesterday', 'create_ticket', {"summary": Has('HR')}),
    ("my desk phone shows 'no service' since the office move", 'create_ticket', {"summary": Has('phone')}),
    ("Outlook search doesn't find any emails older than a month", 'create_ticket', {"summary": Has('search')}),
    ('Teams keeps signing me out every hour, really annoying', 'create_ticket', {"summary": Has('Teams')}),
    ('The report I export from Power BI every Monday comes out empty', 'create_ticket', {"summary": Has('Power BI')}),
    ('The invoice PDFs from our accounting tool open as gibberish', 'create_ticket', {"summary": Has('invoice')}),
    ('docking station at hot desk 14 doesnt charge my laptop', 'create_ticket', {"summary": Has('docking station')}),
    ("Laptop battery dies after 40 minutes and it's only a year old", 'create_ticket', {"summary": Has('battery')}),
    ("Need access to the Legal shared drive please, I'm on the contracts project from next week", 'create_ticket', {"summary": Has('Legal')}),
    ('printer says toner low but we just replaced it', 'create_ticket', {"summary": Has('toner')}),
    ('blue screen twice today on my PC, the error says CRITICAL_PROCESS_DIED', 'create_ticket', {"summary": Has('blue screen')}),
    ('the webcam image is upside down in every video call', 'create_ticket', {"summary": Has('webcam')}),
    ("Hello IT, the projector in meeting room 4 won't detect any HDMI input. Thanks, Emma", 'create_ticket', {"summary": Has('projector')}),
    ('calendar invites from external customers land in my junk folder', 'create_ticket', {"summary": Has('junk')}),
    ('My Outlook signature disappeared after the update', 'create_ticket', {"summary": Has('signature')}),
    ('no sound from the laptop speakers since yesterday', 'create_ticket', {"summary": Has('sound')}),
    ('We need guest wifi codes for 3 visitors from a supplier on Thursday', 'create_ticket', {"summary": Has('guest')}),
    ("Adobe Acrobat keeps asking me to sign in with a licence I don't have", 'create_ticket', {"summary": Has('Acrobat')}),
    ('The Teams room display in the boardroom is stuck on a Windows update screen', 'create_ticket', {"summary": Has('boardroom')}),
    ('can you install python on my laptop for some data analysis, thanks', 'create_ticket', {"summary": Has('python')}),
    ('mfa codes are not arriving by sms anymore', 'create_ticket', {"summary": Has('sms')}),
    ("I'm locked out of my account after typing the wrong password too many times", 'create_ticket', {"summary": Has('locked')}),
    ("Please set up an out of office on my mailbox, I'm in hospital from tomorrow", 'create_ticket', {"summary": Has('out of office')}),
    ('The agent who visited yesterday left my PC without the network cable plugged in, now no internet', 'create_ticket', {"summary": Has('network cable')}),
    ("the HR users can't see the new payroll folder, can you check the permissions", 'create_ticket', {"summary": Has('payroll')}),
    ('Our team site in SharePoint lost all its files overnight!!!', 'create_ticket', {"summary": Has('SharePoint')}),
    ('The scanner on the copier sends my scans to an old email address', 'create_ticket', {"summary": Has('scans')}),
    ('😩 laptop screen flickering again and again', 'create_ticket', {"summary": Has('flickering')}),
    ('my computer is very slow in the mornings, it takes 20 min to start', 'create_ticket', {"summary": Has('slow')}),
    ('Hi there, could I get a second charger for the office? I keep carrying mine home', 'create_ticket', {"summary": Has('charger')}),
    ('Word crashes when I paste text from the contract database', 'create_ticket', {"summary": Has('Word')}),
    ('I need the Marketing distribution list added to my Outlook please', 'create_ticket', {"summary": Has('Marketing')}),
    ('the wifi at the warehouse site drops whenever the loading doors open', 'create_ticket', {"summary": Has('warehouse')}),
    ("there's a burning smell coming from the printer next to reception", 'create_ticket', {"summary": Has('burning')}),
    ("can't print to the colour printer from my Mac", 'create_ticket', {"summary": Has('Mac')}),
    ('my password expired while I was away and the change screen just errors, please help', 'create_ticket', {"summary": Has('password')}),
    ('Teams notifications make no sound any more', 'create_ticket', {"summary": Has('notifications')}),
    ("Requesting a standing desk converter for my workstation, I have a doctor's note", 'create_ticket', {"summary": Has('standing desk')}),
    ('ms teams chat history is gone for one of my group chats', 'create_ticket', {"summary": Has('chat')}),
    ('the Authenticator app on my new phone shows no accounts at all', 'create_ticket', {"summary": Has('Authenticator')}),
    ('yo, the monitor in meeting room 1 has dead pixels all over', 'create_ticket', {"summary": Has('dead pixels')}),
    ('Liam here. Outlook rules stopped moving my mails into folders', 'create_ticket', {"summary": Has('rules')}),
    ("the touchpad doesn't respond after the laptop wakes from sleep", 'create_ticket', {"summary": Has('touchpad')}),
    ("Need a Jira licence, I'm joining the dev team next sprint", 'create_ticket', {"summary": Has('Jira')}),
    ('excel macros are disabled by some policy, I need them for the monthly report', 'create_ticket', {"summary": Has('macros')}),
    ('HELP my screen is cracked, dropped the laptop on the train', 'create_ticket', {"summary": Has('cracked')}),
    ('Our contractor needs a temporary account for two weeks, can you create one', 'create_ticket', {"summary": Has('contractor')}),
    ("Teams meeting recordings don't show up in the chat afterwards", 'create_ticket', {"summary": Has('recordings')}),
    ('bluetooth headphones keep disconnecting from my laptop', 'create_ticket', {"summary": Has('bluetooth')}),
    ('the door badge reader at the HQ site rejects my badge since Monday', 'create_ticket', {"summary": Has('badge')}),
    ('My files on the S: drive are suddenly read-only', 'create_ticket', {"summary": Has('read-only')}),
    ('can u reset the pin on my work phone i forgot it', 'create_ticket', {"summary": Has('pin')}),
    ('Chrome keeps crashing when I open the customer CRM', 'create_ticket', {"summary": Has('Chrome')}),
    ('need a new laptop bag, the zip broke', 'create_ticket', {"summary": Has('laptop bag')}),
    ("the asset register spreadsheet on SharePoint won't open, it says it's locked by another user", 'create_ticket', {"summary": Has('asset register')}),
    ('Please could someone look at the printer on the 1st floor, it jams on every job', 'create_ticket', {"summary": Has('printer')}),
    ("I'd like to request Adobe Photoshop for the marketing materials", 'create_ticket', {"summary": Has('Photoshop')}),
    ('internet extremely slow at my desk only, colleagues are fine', 'create_ticket', {"summary": Has('internet')}),
    ('Outlook shows my calendar in the wrong time zone since I got back from the US', 'create_ticket', {"summary": Has('time zone')}),
    ('my second screen is blurry with the new dock', 'create_ticket', {"summary": Has('blurry')}),
    ('the shared calendar for the support team is not updating for anyone', 'create_ticket', {"summary": Has('calendar')}),
    ('Cheers in advance - the laptop camera shutter is stuck closed', 'create_ticket', {"summary": Has('camera')}),
    ('hello, computer not start since morning, only black screen with small cursor. please to help', 'create_ticket', {"summary": Has('black screen')}),
    ('printer is make strange noise and paper come out wrinkly', 'create_ticket', {"summary": Has('printer')}),
    ('outlok not sendng emails they stuck in outbox', 'create_ticket', {"summary": Has('outbox')}),
    ('wifi not working on my laptop can sombody check', 'create_ticket', {"summary": Has('wifi')}),
    ('i have problem with Teams, the camera is not showing me to the others', 'create_ticket', {"summary": Has('camera')}),
    ('keyboard letters wrong, when i type z it comes y', 'create_ticket', {"summary": Has('letters')}),
    ('Dear support team, I am not able to open the attached files in the mails since yesterday. Kindly do the needful.', 'create_ticket', {"summary": Has('attached files')}),
    ('my acount is blocked pls unblock asap meeting in 10 min', 'create_ticket', {"summary": Has('blocked')}),
    ('the screen of laptop have many lines, cannot read anything', 'create_ticket', {"summary": Has('lines')}),
    ('Good day. I would like to have installed the program Notepad++ on my computer. Best regards, Liam', 'create_ticket', {"summary": Has('Notepad++')}),
    ('hi!! new colleague starting monday needs a laptop + email + teams access, her name is Zoe Adams', 'create_ticket', {"summary": Has('Zoe Adams')}),
    ('mic not work in teams but work in zoom??', 'create_ticket', {"summary": Has('mic')}),
    ('CAN SOMEONE FIX THE PRINTER IN THE KITCHEN IT ATE MY PAPERS AGAIN', 'create_ticket', {"summary": Has('PRINTER')}),
    ('laptop wont charge at all with the usb c cable', 'create_ticket', {"summary": Has('charge')}),
    ('sory for bother, the mouse wheel scroll the wrong way after update', 'create_ticket', {"summary": Has('mouse')}),
    ("what's happening with 3115?", 'get_ticket', {"ticket_id": 3115}),
    ('any update on ticket #3042', 'get_ticket', {"ticket_id": 3042}),
    ('status 3089', 'get_ticket', {"ticket_id": 3089}),
    ('Is my monitor request still on hold?', 'get_ticket', {"ticket_hint": Has('monitor')}),
    ('show me ticket 3067', 'get_ticket', {"ticket_id": 3067}),
    ('where are we with my Outlook password problem', 'get_ticket', {"ticket_hint": Has('Outlook password')}),
    ('how is my sharepoint access request going', 'get_ticket', {"ticket_hint": Has('sharepoint access')}),
    ('did anyone ever look at my printer ticket', 'get_ticket', {"ticket_hint": Has('printer')}),
    ('list my open tickets', 'list_tickets', {"open_only": True}),
    ("show everything I've ever logged with IT", 'list_tickets', {"mine": True}),
    ('which tickets did I open this week?', 'list_tickets', {"opened": "this week", "mine": True, "client": ABSENT, "open_only": ABSENT}),
    ('tickets since Monday?', 'list_tickets', {"opened": Has("monday")}),
    ('show my closed tickets', 'list_tickets', {"closed_only": True}),
    ('is anything waiting on me?', 'list_tickets', {"mine": True}),
    ('3115 and 3042 status please', 'get_ticket', {"ticket_ids": [3115, 3042]}),
    ('can you check 3089, 3131 and 3115 for me', 'get_ticket', {"ticket_ids": [3089, 3131, 3115]}),
    ('my tickets from last month', 'list_tickets', {}),
    ('do I have any open tickets right now?', 'list_tickets', {"open_only": True}),
    ('hi what are my tickets', 'list_tickets', {}),
    ('SHOW MY TICKETS', 'list_tickets', {}),
    ('what did IT last say on 3115', 'get_ticket', {"ticket_id": 3115}),
    ('is ticket 3150 closed?', 'get_ticket', {"ticket_id": 3150}),
    ('when was 3005 resolved', 'get_ticket', {"ticket_id": 3005}),
    ('give me the details of ticket number 3131 thx', 'get_ticket', {"ticket_id": 3131}),
    ('what is going on with 3042 and 3089', 'get_ticket', {"ticket_ids": [3042, 3089]}),
    ('status of 3120', 'get_ticket', {"ticket_id": 3120}),
    ("what's up with my laptop ticket", 'get_ticket', {"ticket_hint": Has('laptop')}),
    ('is the new starter ticket for Mia done yet', 'get_ticket', {"ticket_hint": Has('starter Mia')}),
    ('show my wifi ticket', 'get_ticket', {"ticket_hint": Has('wifi')}),
    ('list my open tickets pls', 'list_tickets', {"open_only": True}),
    ('anything opened by me this week?', 'list_tickets', {"opened": "this week", "mine": True}),
    ('check 3120 and 3076', 'get_ticket', {"ticket_ids": [3120, 3076]}),
    ('my tickets', 'list_tickets', {}),
    ('which tickets have I raised since monday', 'list_tickets', {"opened": "monday", "mine": True, "client": ABSENT}),
    ('any reply from IT on 3121?', 'get_ticket', {"ticket_id": 3121}),
    ('show 3076 please 🙏', 'get_ticket', {"ticket_id": 3076}),
    ('WHAT IS THE STATUS OF 3120', 'get_ticket', {"ticket_id": 3120}),
    ('tickets 3120, 3121', 'get_ticket', {"ticket_ids": [3120, 3121]}),
    ('add a note to 3115: I signed out and back in, it still asks', 'add_note', {"ticket_id": 3115, "note": Has('signed out')}),
    ("please tell IT on ticket 3042 that I'm home on Friday if they want to call", 'add_note', {"ticket_id": 3042, "note": Has('Friday')}),
    ('note on my monitor request: any news on delivery?', 'add_note', {"ticket_hint": Has('monitor'), "note": Has('any news on delivery?')}),
    ('update my sharepoint ticket - my manager approved it this morning', 'add_note', {"ticket_hint": Has('sharepoint'), "note": Has('approved')}),
    ('on 3115 add: it happens on my phone too', 'add_note', {"ticket_id": 3115, "note": Has('phone too')}),
    ('add a note to my password ticket saying it still happens after the profile reset', 'add_note', {"ticket_hint": Has('password'), "note": Has('profile reset')}),
    ('3115 is fixed, you can close it', 'resolve_ticket', {"ticket_id": 3115}),
    ('resolve 3042 works fine again since the update', 'resolve_ticket', {"ticket_id": 3042}),
    ('please close my VPN ticket, no drops all week', 'resolve_ticket', {"ticket_hint": Has('VPN')}),
    ('close 3115 and put a public note summarising what fixed it', 'resolve_ticket', {"ticket_id": 3115}),
    ("I don't need the second monitor anymore, please close that request", 'resolve_ticket', {"ticket_hint": Has('second monitor')}),
    ('reopen 3067, the printer is jamming again', 'reopen_ticket', {"ticket_id": 3067}),
    ('please reopen my printer ticket, same jam again on the 2nd floor', 'reopen_ticket', {"ticket_hint": Has('printer')}),
    ('add to 3089: I need edit rights, not just read', 'add_note', {"ticket_id": 3089, "note": Has('edit rights')}),
    ('Tell them on the Outlook ticket that the remote session tomorrow at 10 is fine', 'add_note', {"ticket_hint": Has('Outlook'), "note": Has('remote session')}),
    ('all good now with 3131 - monitor arrived and works. resolve it please', 'resolve_ticket', {"ticket_id": 3131}),
    ('resolve ticket 3089, I got access through a colleague', 'resolve_ticket', {"ticket_id": 3089}),
    ('note for 3042: the drops started again after I changed router', 'add_note', {"ticket_id": 3042, "note": Has('router')}),
    ('add a note to 3120 - the fan noise is worse when charging', 'add_note', {"ticket_id": 3120, "note": Has('charging')}),
    ('3120 fixed after the BIOS update, please resolve', 'resolve_ticket', {"ticket_id": 3120}),
    ("note on the new starter ticket: Mia's start date moved to the 15th", 'add_note', {"ticket_hint": Has('starter'), "note": Has('15th')}),
    ('close 3076 Mia has everything she needs', 'resolve_ticket', {"ticket_id": 3076}),
    ('reopen 3121 wifi drops again in room 2', 'reopen_ticket', {"ticket_id": 3121}),
    ('add to my laptop ticket: the fan now clicks as well', 'add_note', {"ticket_hint": Has('laptop'), "note": Has('clicks')}),
    ('mark 3120 as solved and write a short public note on what fixed it', 'resolve_ticket', {"ticket_id": 3120}),
    ('add a hidden note to 3140: waiting on a replacement monitor from the vendor', 'add_note', {"ticket_id": 3140, "hiddenfromuser": True, "note": Has('replacement monitor')}),
    ('internal note on 3055 - memory ordered, arrives Thursday', 'add_note', {"ticket_id": 3055, "hiddenfromuser": True, "note": Has('memory ordered')}),
    ('public note on 3101: technician on site tomorrow 9am', 'add_note', {"ticket_id": 3101, "hiddenfromuser": False, "note": Has('technician')}),
    ('resolve 3099 and leave the user a visible note summing up the fix', 'resolve_ticket', {"ticket_id": 3099}),
    ('close 3160, audio fixed by rolling back the driver', 'resolve_ticket', {"ticket_id": 3160}),
    ('reopen 3030 for Olivia, her calendar stopped syncing again', 'reopen_ticket', {"ticket_id": 3030}),
    ('add a private note to ticket 3222: VIP, keep it tight', 'add_note', {"ticket_id": 3222, "hiddenfromuser": True, "note": Has('VIP')}),
    ('reply to the user on 3255: please restart OneDrive and tell us if it syncs', 'add_note', {"ticket_id": 3255, "hiddenfromuser": False, "note": Has('restart OneDrive')}),
    ('how do I connect to the VPN from home?', 'lookup', {"entity": 'kb_articles'}),
    ('How can I reset my password myself?', 'lookup', {"entity": 'kb_articles'}),
    ('how do i clear a paper jam', 'lookup', {"entity": 'kb_articles'}),
    ('how do I set up MFA on my new phone', 'lookup', {"entity": 'kb_articles'}),
    ('how to map a network drive', 'lookup', {"entity": 'kb_articles'}),
    ('How do I report a phishing email?', 'lookup', {"entity": 'kb_articles'}),
    ('how do i join the office wifi', 'lookup', {"entity": 'kb_articles'}),
    ('how do I get access to a SharePoint site?', 'lookup', {"entity": 'kb_articles'}),
    ('how do I pick the right microphone in Teams?', 'lookup', {"entity": 'kb_articles'}),
    ('how to install windows updates', 'lookup', {"entity": 'kb_articles'}),
    ('how do I stop Outlook asking for my password all the time?', 'lookup', {"entity": 'kb_articles'}),
    ('HOW DO I CHANGE MY PASSWORD', 'lookup', {"entity": 'kb_articles'}),
    ('hi, how do I use Teams for meetings with external people? thanks', 'lookup', {"entity": 'kb_articles'}),
    ('is there an article on how to set up the authenticator app?', 'lookup', {"entity": 'kb_articles'}),
    ('how do I onboard a new starter, what does IT need from me?', 'lookup', {"entity": 'kb_articles'}),
    ('how do i share my screen in teams', 'lookup', {"entity": 'kb_articles'}),
    ('how do I add a shared mailbox in Outlook?', 'lookup', {"entity": 'kb_articles'}),
    ('how can I connect to the printer on my floor', 'lookup', {"entity": 'kb_articles'}),
    ('how do visitors get on the guest wifi?', 'lookup', {"entity": 'kb_articles'}),
    ('how do I report a lost laptop', 'lookup', {"entity": 'kb_articles'}),
    ('how to connect vpn', 'lookup', {"entity": 'kb_articles'}),
    ('How do I update Windows on my laptop? 🤔', 'lookup', {"entity": 'kb_articles'}),
    ('any kb article about phishing?', 'lookup', {"entity": 'kb_articles'}),
    ("how do i get my files from the S: drive when i'm at home", 'lookup', {"entity": 'kb_articles'}),
    ('how do I fix Outlook when it keeps prompting for a password', 'lookup', {"entity": 'kb_articles'}),
    ('how do I map a network drive', 'lookup', {"entity": 'kb_articles'}),
    ('how do users set up MFA?', 'lookup', {"entity": 'kb_articles'}),
    ('what kinds of tickets can I raise?', 'lookup', {"entity": 'ticket_types'}),
    ('which ticket types are there', 'lookup', {"entity": 'ticket_types'}),
    ('new ticket for Globex site Cypress Creek: the switch in the server cupboard is beeping', 'create_ticket', {"summary": Has('switch'), "client": 'Globex', "site": 'Cypress Creek'}),
    ('for Initech site Austin Branch, log a ticket: printer offline', 'create_ticket', {"summary": Has('printer'), "client": 'Initech', "site": 'Austin Branch'}),
    ('open a ticket for Umbrella Health, Laboratory site - fridge temperature monitor offline', 'create_ticket', {"summary": Has('fridge'), "client": 'Umbrella Health', "site": 'Laboratory'}),
    ('log a ticket for Acme Inc site Warehouse: barcode printer out of labels', 'create_ticket', {"summary": Has('barcode'), "client": 'Acme Inc', "site": 'Warehouse'}),
    ("create a ticket for Pepper Potts: can't get into the fleet tracking system", 'create_ticket', {"summary": Has('fleet tracking'), "client": 'Pepper Potts'}),
    ('raise a ticket for Hank Scorpio at Globex: laptop stolen from his car', 'create_ticket', {"summary": Has('stolen'), "client": 'Hank Scorpio'}),
    ('for Stark Logistics site Fleet Depot create a high priority ticket: depot wifi down', 'create_ticket', {"summary": Has('wifi'), "client": 'Stark Logistics', "site": 'Fleet Depot', "priority": 'high'}),
    ('Wayne Foundation, site Gotham Office - new ticket for Lucius Fox: cannot print', 'create_ticket', {"summary": Has('print'), "client": 'Wayne Foundation', "site": 'Gotham Office', "user": 'Lucius Fox'}),
    ('create a Service Request for Isla Murphy: new headset', 'create_ticket', {"summary": Has('headset'), "client": 'Isla Murphy', "tickettype": 'Service Request'}),
    ('ticket for Jill Valentine: Outlook keeps crashing on startup', 'create_ticket', {"summary": Has('Outlook'), "client": 'Jill Valentine'}),
    ('assign 3235 to Field Services', 'update_ticket', {"ticket_id": 3235, "team": 'Field Services'}),
    ('reassign 3101 to Daniel Kim', 'update_ticket', {"ticket_id": 3101, "agent": 'Daniel Kim'}),
    ('move 3255 to the 2nd Line Support team', 'update_ticket', {"ticket_id": 3255, "team": '2nd Line Support'}),
    ("give 3200 to James O'Connor", 'update_ticket', {"ticket_id": 3200, "agent": "James O'Connor"}),
    ('set the priority of 3055 to critical', 'update_ticket', {"ticket_id": 3055, "priority": 'critical'}),
    ('3235 priority low', 'update_ticket', {"ticket_id": 3235, "priority": 'low'}),
    ('put 3110 on hold', 'update_ticket', {"ticket_id": 3110, "status": 'on hold'}),
    ('set 3160 to With Supplier', 'update_ticket', {"ticket_id": 3160, "status": 'With Supplier'}),
    ('change the type of 3101 to Problem', 'update_ticket', {"ticket_id": 3101, "tickettype": 'Problem'}),
    ('assign ticket 3258 to Sarah Mitchell and make it high priority', 'update_ticket', {"ticket_id": 3258, "agent": 'Sarah Mitchell', "priority": 'high'}),
    ('hand 3099 over to Tom Walsh', 'update_ticket', {"ticket_id": 3099, "agent": 'Tom Walsh'}),
    ('reassign 3055 to the Messaging team', 'update_ticket', {"ticket_id": 3055, "team": 'Messaging'}),
    ('3250 -> Network team, Marcus please', 'update_ticket', {"ticket_id": 3250, "team": 'Network', "agent": 'Marcus'}),
    ('who is in the Network team?', 'lookup', {"entity": 'agents', "team": 'Network'}),
    ('which people are in Field Services', 'lookup', {"entity": 'agents', "team": 'Field Services'}),
    ('list all teams', 'lookup', {"entity": 'teams'}),
    ('show me the agents', 'lookup', {"entity": 'agents'}),
    ('look up customer Globex', 'lookup', {"entity": 'customers', "search": 'Globex'}),
    ('what sites does Umbrella Health have', 'lookup', {"entity": 'sites'}),
    ('find user Peter Gibbons', 'lookup', {"entity": 'users', "search": 'Peter Gibbons'}),
    ('list the assets for Acme Inc', 'lookup', {"entity": 'assets'}),
    ('what contracts does Globex have', 'lookup', {"entity": 'contracts'}),
    ('any appointments this week?', 'lookup', {"entity": 'appointments'}),
    ('show unpaid invoices', 'lookup', {"entity": 'invoices'}),
    ('show me the SLA compliance report', 'lookup', {"entity": 'reports'}),
    ('kb articles about printers', 'lookup', {"entity": 'kb_articles'}),
    ('what ticket types exist', 'lookup', {"entity": 'ticket_types'}),
    ('open tickets for Initech', 'list_tickets', {"client": 'Initech', "open_only": True}),
    ('show ticket 3250', 'get_ticket', {"ticket_id": 3250}),
    ('status of 3140 and 3101', 'get_ticket', {"ticket_ids": [3140, 3101]}),
]
# fmt: on


def _check(text: str, action: str, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action, parsed
    for key, expected in slots.items():
        if expected is ABSENT:
            assert key not in parsed.slots, (key, parsed)
        elif isinstance(expected, Has):
            value = parsed.slots.get(key)
            assert isinstance(value, str) and expected.text.lower() in value.lower(), (key, parsed)
        else:
            assert parsed.slots.get(key) == expected, (key, parsed)


@pytest.mark.parametrize(("text", "action", "slots"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_round7_phrasing(text: str, action: str, slots: dict[str, Any]) -> None:
    _check(text, action, slots)


def test_every_case_the_parser_can_tell_is_a_row() -> None:
    """Refusals and choices depend on whose tickets exist: those are the planner's tests."""
    told = {
        c["text"]
        for c in CASES
        if not (c["expect"].get("refused") or c["expect"].get("candidates"))
    }
    assert {r[0] for r in ROWS} == told
    assert len(ROWS) == len(told)
