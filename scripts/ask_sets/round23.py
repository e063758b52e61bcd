"""Round 23: plain-language requests for the portal's Ask box, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time they use it, each paired with the one action (and key ids) the portal
should propose, or with a refusal at plan time, or with a list of candidate tickets where the
ticket meant is ambiguous. Written blind (without reading the parser or earlier sets' cases).

Style: polite, formal office staff and managers who write as in a letter or a form: greetings
and sign-offs ("Dear IT team", "Kind regards, Emma"), full sentences, several paragraphs, now and
then a subject line first ("Subject: Keyboard"), error messages quoted, bullet lists of symptoms
with dashes, and sometimes two requests in one message where one is clearly the main one (the
main one is expected). Employees name their tickets by number or by topic ("my Outlook ticket",
"the second monitor request"). The admin types terse console commands in varied forms
("3099 -> daniel", "reassign 3160 / 2nd line", "open for initech", "contract GLX-BACKUP-2026").
Mix: ~32 % new problems and requests, ~9 % reading one own ticket, ~7 % listing, ~9 % notes,
~4 % resolve, ~4 % reopen, ~3 % rate, ~7 % how-to questions (knowledge base), ~7 % refused,
~4 % candidates, ~15 % admin.

Seed facts relied on (simulator demo data):
- People: emma = Emma Jones (user 201), liam = Liam Patel (user 202), both Acme Inc (client 12),
  site HQ (31). Other users: 203 Noah Williams (Acme Warehouse), 206 Mia Chen (Acme HQ),
  301 Olivia Brown (Globex 17), 302 Hank Scorpio (Globex, Cypress Creek 44), 401 Peter Gibbons,
  402 Michael Bolton, 403 Samir Nagheenanajar (Initech 42, Main Office 101), 501 Alice Abernathy
  (Umbrella Health 23), 602 Happy Hogan (Stark Logistics 27), 703 Alfred Pennyworth (Wayne
  Foundation 35, Gotham Office 71).
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User),
  3089 "Access to the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password"
  (In Progress), 3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after
  holiday", 3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps
  jamming"; cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two
  password tickets (3005, 3115).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams), 3055 (Peter Gibbons), 3099 (Michael Bolton),
  3160 (Samir), 3110 and 3140 (Olivia Brown), 789 (Olivia Brown, old).
- Agents: 3 Sarah Mitchell, 6 Daniel Kim, 7 Chloe Martin, 8 Marcus Reid, 9 Hannah Fischer,
  11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support, 6 2nd Line Support, 11 Messaging,
  12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 4 With User, 5 With Supplier, 28 On Hold, 9 Closed.
  Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- Look-ups: assets AC-2219, GX-1042; contracts GLX-BACKUP-2026, INI-SUPPORT; reports "SLA
  compliance (last 30 days)", "Asset warranty expiry"; knowledge-base articles on VPN, password
  reset, paper jams, MFA, Outlook password prompts, office Wi-Fi, SharePoint access, Teams
  meetings, new starters, network drives, phishing and Windows updates.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates, add = book.lookup, book.refused, book.candidates, book.add
E, L, A = "emma", "liam", "admin"

# ---------------------------------------------------------------- new problems and requests
create(
    E,
    "Subject: Keyboard\n\nDear IT team,\n\nSeveral keys on my keyboard have stopped "
    "working, namely the E, R and T keys. I would be grateful if someone could replace it.\n\n"
    "Kind regards,\nEmma Jones",
    "keyboard",
)
create(
    E,
    "Dear Service Desk,\n\nI am writing to report that Excel closes without warning whenever "
    'I open the quarterly budget workbook. The message shown is "Microsoft Excel has stopped '
    'working".\n\nMany thanks in advance,\nEmma',
    "Excel",
)
create(
    L,
    "Good morning,\n\nThe projector in the main boardroom does not display anything when a "
    "laptop is connected. We have a board meeting on Thursday, so I would appreciate a prompt "
    "look.\n\nBest regards,\nLiam Patel",
    "projector",
)
create(
    E,
    "Subject: Docking station\n\nHello,\n\nSince this morning my docking station no longer "
    "charges my laptop, and the USB devices attached to it are not recognised.\n\n- The light "
    'on the dock is off\n- The laptop shows "Plugged in, not charging"\n\nThank you,\nEmma',
    "dock",
)
create(
    L,
    "Dear IT,\n\nCould you please install Microsoft Visio on my laptop? I need it to prepare "
    "floor plans for the office move.\n\nYours sincerely,\nLiam Patel",
    "Visio",
)
create(
    E,
    "Dear colleagues,\n\nMy headset microphone is not picked up by the laptop at all. The "
    "headset works on my phone, so I believe the problem lies with the laptop.\n\nKind regards,"
    "\nEmma",
    "headset",
)
create(
    L,
    "Subject: Account locked\n\nDear Service Desk,\n\nI have been locked out of my account "
    'after entering the wrong password this morning. The screen says "The referenced account '
    'is currently locked out". Could you unlock it, please?\n\nRegards,\nLiam',
    "locked",
)
create(
    E,
    'Hello IT team,\n\nThe shared drive folder "Finance Reports 2025" appears to have been '
    "deleted. It was there yesterday afternoon. Would it be possible to restore it from the "
    "backup?\n\nWith thanks,\nEmma Jones",
    "folder",
)
create(
    L,
    "Dear IT,\n\nI would like to request a new mobile phone for our new operations "
    "coordinator, as the old handset has a cracked screen and no longer charges.\n\nKind "
    "regards,\nLiam",
    "phone",
)
create(
    E,
    "Dear Sir or Madam,\n\nMy laptop has become extremely slow over the past week. Opening a "
    "simple document now takes several minutes.\n\n- Start-up takes about ten minutes\n- The "
    "disk is always at 100 %\n\nI would be grateful for your assistance.\n\nEmma Jones",
    "slow",
)
create(
    L,
    "Subject: Teams Room display\n\nGood afternoon,\n\nThe screen in meeting room 4 shows "
    '"No signal" whenever we start a Teams meeting from the room console. Could someone '
    "please have a look?\n\nMany thanks,\nLiam Patel",
    "room",
)
create(
    E,
    "Dear IT Support,\n\nI would like to request access to the Accounts shared mailbox. My "
    "manager, Mr Garcia, has approved this.\n\nKind regards,\nEmma",
    "mailbox",
)
create(
    L,
    "Hello,\n\nOur office scanner on the ground floor no longer sends scans to e-mail. It "
    'displays "SMTP connection failed" after each attempt.\n\nThank you for your help,\nLiam',
    "scanner",
)
create(
    E,
    "Dear IT team,\n\nThe screen of my laptop has developed a crack in the lower left corner "
    "after it was knocked off my desk. I would like to arrange a repair.\n\nApologies for the "
    "trouble,\nEmma",
    "screen",
)
create(
    L,
    "Subject: Adobe Acrobat\n\nDear colleagues,\n\nPlease could you install Adobe Acrobat "
    "Pro for me? I need to sign and edit supplier contracts.\n\nWith kind regards,\nLiam Patel",
    "Acrobat",
)
create(
    E,
    "Good morning,\n\nI am unable to print to any printer since the Windows update last "
    'night. Each job remains in the queue with the status "Error - Printing".\n\nKind '
    "regards,\nEmma Jones",
    "print",
)
create(
    L,
    'Dear Service Desk,\n\nOneDrive on my laptop has shown "Processing changes" for three '
    "days and my files do not appear on my desktop computer.\n\nBest regards,\nLiam",
    "OneDrive",
)
create(
    E,
    "Dear IT,\n\nI would like to be added to the Marketing distribution list, as I have "
    "joined the campaign working group.\n\nMany thanks,\nEmma",
    "distribution",
)
create(
    L,
    "Subject: Guest Wi-Fi\n\nHello,\n\nWe are expecting eight visitors from a supplier on "
    "Wednesday. Could you please arrange guest Wi-Fi access for them for the day?\n\nKind "
    "regards,\nLiam Patel\nOffice Manager",
    "Wi-Fi",
)
create(
    E,
    "Dear IT team,\n\nThe mouse supplied with my workstation has stopped responding, even "
    "with new batteries. Could a replacement be arranged?\n\nKind regards,\nEmma",
    "mouse",
)
create(
    L,
    'Good afternoon,\n\nThe intranet site returns "503 Service Unavailable" for everyone on '
    "the third floor. We have checked on several computers.\n\nThank you,\nLiam",
    "intranet",
)
create(
    E,
    'Dear Support,\n\nWhen I try to open the payroll system I receive the error "Your '
    'session could not be established (code 0x80070005)". This began on Monday.\n\nYours '
    "faithfully,\nEmma Jones",
    "payroll",
)
create(
    L,
    "Dear IT,\n\nPlease could you arrange a laptop, an e-mail account and building access "
    "for a new starter, Grace Hall, who joins the Sales team on the first of next month?\n\n"
    "Kind regards,\nLiam Patel",
    "starter",
)
create(
    E,
    "Subject: Calendar\n\nHello IT,\n\nMy Outlook calendar no longer shows the meetings "
    "that colleagues send me, although the invitations arrive in my inbox.\n\nWith thanks,\n"
    "Emma",
    "calendar",
)
create(
    L,
    "Dear colleagues,\n\nThe desk phone at reception has no dial tone since the power cut "
    "this morning.\n\n- The display is blank\n- The cable appears to be connected\n\nRegards,"
    "\nLiam",
    "phone",
)
create(
    E,
    'Dear IT team,\n\nE-mails I send to our auditors are returned with the message "550 '
    '5.7.1 Message rejected". Could you investigate, please?\n\nKind regards,\nEmma Jones',
    "rejected",
)
create(
    L,
    "Subject: Replacement laptop\n\nDear Service Desk,\n\nThe laptop used by our temporary "
    "receptionist is over six years old and the battery lasts barely thirty minutes. I should "
    "like to request a replacement.\n\nMany thanks,\nLiam Patel",
    "laptop",
)
create(
    E,
    "Hello,\n\nThe USB ports on the left side of my laptop no longer recognise any device. "
    "The ports on the right still work.\n\nThank you for looking into this,\nEmma",
    "USB",
)
create(
    L,
    "Dear IT,\n\nThe printer on the 4th floor has run out of toner and the spare cartridge "
    "in the cupboard is the wrong model. Could you order the correct one?\n\nKind regards,\n"
    "Liam",
    "toner",
)
create(
    E,
    "Dear IT Support,\n\nI receive a great deal of spam in my inbox since last week, around "
    "fifty messages a day, many of them in languages I do not speak.\n\nBest wishes,\nEmma",
    "spam",
)
create(
    L,
    "Good morning,\n\nI should be grateful if you could grant me edit rights to the "
    '"Office Move 2026" folder on the S: drive. At present I can only read the files.\n\n'
    "Yours sincerely,\nLiam Patel",
    "folder",
)
create(
    E,
    "Subject: Webcam\n\nDear IT team,\n\nThe built-in webcam on my laptop shows only a black "
    "image in every application.\n\nKind regards,\nEmma Jones",
    "webcam",
)
create(
    L,
    "Dear Service Desk,\n\nThe Wi-Fi on the 5th floor is extremely slow today; a speed test "
    "shows less than 1 Mbps. Several colleagues have noticed the same.\n\nThank you,\nLiam",
    "Wi-Fi",
)
create(
    E,
    "Dear IT,\n\nI would like to request a licence for Power BI Pro, as I have been asked to "
    "prepare the monthly finance dashboards.\n\nWith kind regards,\nEmma",
    "Power BI",
)
create(
    L,
    'Hello IT team,\n\nMy laptop shows a blue screen with "DRIVER_IRQL_NOT_LESS_OR_EQUAL" '
    "whenever I connect it to the projector.\n\nKind regards,\nLiam Patel",
    "blue screen",
)
create(
    E,
    "Dear colleagues,\n\nThe MFA prompt no longer arrives on my phone since I replaced the "
    "handset on Saturday, so I cannot sign in from home.\n\nKind regards,\nEmma Jones",
    "MFA",
)
create(
    L,
    "Subject: Conference phone\n\nDear IT,\n\nThe conference phone in meeting room 1 makes "
    "a loud echo on every call. Callers say they hear themselves twice.\n\nMany thanks,\nLiam",
    "conference",
)
create(
    E,
    "Dear IT Support,\n\nI am writing to ask for a laptop stand and an external keyboard for "
    "my home office, following my workstation assessment.\n\nKind regards,\nEmma",
    "keyboard",
)
create(
    L,
    "Good morning,\n\nThe door badge reader at the rear entrance connects to the network "
    "but no longer accepts any badges. It shows a red light.\n\nBest regards,\nLiam Patel",
    "badge",
)
create(
    E,
    "Dear Service Desk,\n\nWord crashes whenever I insert a picture into a document. The "
    'message reads "Word has encountered a problem and needs to close".\n\nWith thanks,\n'
    "Emma Jones",
    "Word",
)
create(
    L,
    "Dear IT team,\n\nPlease could you set up a shared calendar for booking the pool cars? "
    "The whole office should be able to see it and make bookings.\n\nKind regards,\nLiam",
    "calendar",
)
create(
    E,
    'Subject: Deleted folder\n\nHello,\n\nI accidentally deleted a folder named "Invoices '
    'March" from my OneDrive this morning and it is not in the recycle bin. Is it possible to '
    "recover it?\n\nKind regards,\nEmma",
    "folder",
)
create(
    L,
    "Dear Support,\n\nThe large screen in the reception area keeps switching itself off "
    "after about five minutes.\n\nYours sincerely,\nLiam Patel",
    "screen",
)
create(
    E,
    "Dear IT,\n\nI am unable to join the Wi-Fi on the 3rd floor at all; my laptop reports "
    '"Can\'t connect to this network". It works perfectly at my own desk.\n\nKind regards,\n'
    "Emma",
    "Wi-Fi",
)
create(
    L,
    "Hello,\n\nPlease could you remove e-mail and system access for Jack Robinson, who left "
    "the company last Friday?\n\nThank you,\nLiam Patel\nOffice Manager",
    "access",
)
create(
    E,
    "Dear IT team,\n\nThe contract templates folder on the legal site has disappeared from "
    "my SharePoint list of shortcuts. I use it daily.\n\nKind regards,\nEmma Jones",
    "template",
)
create(
    L,
    "Subject: E-mail on iPhone\n\nDear colleagues,\n\nI cannot set up my work e-mail on my new "
    'iPhone. The Outlook app reports "Your organisation\'s policies are preventing us".\n\n'
    "Kind regards,\nLiam",
    "iPhone",
)
create(
    E,
    "Good afternoon,\n\nMy laptop battery has begun to swell, and the case no longer closes "
    "properly. I have stopped using it for safety reasons.\n\nKind regards,\nEmma",
    "battery",
)
create(
    L,
    "Dear IT,\n\nOur team would like a new Teams channel for the office relocation project, "
    "with the six members of the move committee.\n\nBest regards,\nLiam Patel",
    "channel",
)
create(
    E,
    "Dear Service Desk,\n\nThe asset tag on my docking station has come off and the label "
    "is no longer legible. Could someone bring a new label?\n\nMany thanks,\nEmma",
    "tag",
)
create(
    L,
    'Hello IT team,\n\nThe CCTV monitor in the post room shows "No input" on all '
    "channels since the weekend.\n\nKind regards,\nLiam",
    "CCTV",
)
create(
    E,
    "Dear IT,\n\nI should like to request a second charger for my laptop, as I work on "
    "alternate days at the Warehouse site.\n\nKind regards,\nEmma Jones",
    "charger",
)
create(
    L,
    "Dear colleagues,\n\nThe Sales team's shared mailbox no longer appears in Outlook for "
    "any of us since yesterday evening.\n\n- It is missing from the folder list\n- Sending as "
    "Sales fails\n\nThank you,\nLiam",
    "mailbox",
)
create(
    E,
    "Subject: Tableau Reader\n\nDear IT team,\n\nCould you kindly install the Tableau "
    "Reader application on my computer?\n\nKind regards,\nEmma",
    "Tableau",
)
create(
    L,
    "Good morning,\n\nOne of the two monitors on the hot desk by the window flickers "
    "constantly and gives everyone a headache.\n\nRegards,\nLiam Patel",
    "flicker",
)
create(
    E,
    'Dear IT Support,\n\nI am receiving the error "The trust relationship between this '
    'workstation and the primary domain failed" when I try to sign in to my desktop.\n\nKind '
    "regards,\nEmma",
    "trust",
)
create(
    L,
    "Dear IT,\n\nI would be grateful if you could create a new e-mail address, "
    "events@acme.example, that forwards to me and to Isla Murphy.\n\nMany thanks,\nLiam",
    "events",
)
create(
    E,
    'Hello,\n\nThe accounting software displays "Database connection lost" several times '
    "an hour, and I lose the entries I was typing.\n\nKind regards,\nEmma Jones",
    "database",
)
create(
    L,
    "Subject: Printer\n\nDear Service Desk,\n\nThe colour printer next to the kitchen prints "
    "every page with a grey stripe down the middle.\n\nKind regards,\nLiam",
    "print",
)
create(
    E,
    "Dear colleagues,\n\nAs of this morning my laptop no longer connects to the external "
    "speakers in the small meeting room via Bluetooth.\n\nWith thanks,\nEmma",
    "Bluetooth",
)
create(
    L,
    "Dear IT team,\n\nPlease could you order six wireless headsets for the customer service "
    "desk? The current ones are worn out.\n\nKind regards,\nLiam Patel",
    "headset",
)
create(
    E,
    "Good afternoon,\n\nI would like to request read access to the HR SharePoint site, which "
    "my manager has approved for the pay review.\n\nKind regards,\nEmma Jones",
    "HR",
)
create(
    L,
    "Dear Service Desk,\n\nThe network socket at desk 14 on the second floor appears to be "
    "dead; nothing works when a cable is plugged in.\n\nBest regards,\nLiam",
    "socket",
)
create(
    E,
    "Subject: Zoom\n\nDear IT,\n\nI have been asked to attend a client's Zoom webinar next "
    "week, but Zoom is blocked on my laptop. Could it be installed?\n\nKind regards,\nEmma",
    "Zoom",
)
create(
    L,
    "Hello,\n\nThe wall clock display in the reception area shows the wrong time since the "
    "clocks changed, and it is connected to the network.\n\nThank you,\nLiam",
    "clock",
)
create(
    E,
    'Dear IT team,\n\nMy laptop makes a clicking noise and has twice shown "No bootable '
    'device" this week. I fear the disk may be failing.\n\nKind regards,\nEmma Jones',
    "disk",
)
create(
    L,
    "Dear IT,\n\nI would like to request a laptop with a larger screen for our designer, "
    "who works with floor plans all day.\n\nYours sincerely,\nLiam Patel",
    "laptop",
)
create(
    E,
    "Dear Support,\n\nI would like to report a suspicious e-mail claiming to come from our "
    "bank, asking me to confirm our account details. I have not clicked anything. Please "
    "log this so that security can review it.\n\nKind regards,\nEmma",
    "suspicious",
)
create(
    L,
    "Subject: Room booking panel\n\nGood morning,\n\nThe room booking panel outside "
    "meeting room 3 has frozen and shows yesterday's schedule.\n\nKind regards,\nLiam",
    "panel",
)
create(
    E,
    "Dear IT team,\n\nPlease could you increase the size of my mailbox? I keep receiving "
    'the warning "Your mailbox is almost full".\n\nMany thanks,\nEmma Jones',
    "mailbox",
)
create(
    L,
    "Dear colleagues,\n\nThe label printer in the post room prints blank labels since we "
    "changed the roll.\n\nKind regards,\nLiam Patel",
    "label",
)
create(
    E,
    "Hello IT,\n\nThe PDF files I download from our supplier portal open as a blank grey "
    "page in the browser.\n\nKind regards,\nEmma",
    "PDF",
)
create(
    L,
    "Dear Service Desk,\n\nWe would like a second Wi-Fi access point in the canteen, as the "
    "signal there is very weak at lunchtime.\n\nBest regards,\nLiam",
    "access point",
)
create(
    E,
    "Subject: Excel add-in\n\nDear IT,\n\nThe Power Query add-in has vanished from Excel "
    "after yesterday's update and my reports no longer refresh.\n\nKind regards,\nEmma Jones",
    "add-in",
)
create(
    L,
    "Good afternoon,\n\nThe franking machine in the post room can no longer reach its "
    'server and displays "Connection error 12".\n\nThank you,\nLiam Patel',
    "franking",
)
create(
    E,
    "Dear IT team,\n\nMy computer clock is running twenty minutes slow, which causes "
    "problems with my meeting reminders.\n\nKind regards,\nEmma",
    "clock",
)
create(
    L,
    "Dear IT,\n\nThe laptop issued to our intern, Ava, will not switch on at all, even "
    "after a night on charge.\n\nKind regards,\nLiam",
    "laptop",
)
create(
    E,
    "Dear Support,\n\nI would like to request a privacy screen filter for my laptop, as I "
    "often work on the train.\n\nWith thanks,\nEmma Jones",
    "privacy",
)
create(
    L,
    "Subject: Sound\n\nHello,\n\nThere is no sound from my desktop computer's speakers or "
    "headphones since this morning; the volume icon shows a red cross.\n\nKind regards,\nLiam",
    "sound",
)
create(
    E,
    "Good morning,\n\nMy e-mail signature has disappeared from all new messages, and the "
    "signature settings are greyed out.\n\nKind regards,\nEmma",
    "signature",
)

# ---------------------------------------------------------------- reading one own ticket
get(
    E,
    "Dear IT team,\n\nCould you kindly let me know the current status of ticket 3115?\n\nKind "
    "regards,\nEmma",
    3115,
)
get(
    E,
    "Subject: Ticket 3042\n\nHello,\n\nI should be grateful for an update on ticket 3042. Has "
    "there been any progress?\n\nThank you,\nEmma Jones",
    3042,
)
get(
    E,
    "Dear Service Desk,\n\nMay I ask where my request for access to the Finance SharePoint "
    "site stands?\n\nKind regards,\nEmma",
    3089,
)
get(
    E,
    "Good morning,\n\nI am writing to enquire about my request for a second monitor. Is there "
    "an expected delivery date?\n\nMany thanks,\nEmma",
    3131,
)
get(
    E,
    "Dear IT,\n\nPlease could you show me the details of my Outlook ticket?\n\nKind regards,\n"
    "Emma Jones",
    3115,
)
get(
    E,
    "Hello,\n\nWould you be able to tell me what happened with ticket 3067? I would like to "
    "see how it was resolved.\n\nKind regards,\nEmma",
    3067,
)
get(
    E,
    "Dear IT team,\n\nI would like to review ticket 3150 about my Teams camera, please.\n\n"
    "Regards,\nEmma",
    3150,
)
get(
    L,
    "Dear Service Desk,\n\nCould you please let me know the status of ticket 3120?\n\nKind "
    "regards,\nLiam Patel",
    3120,
)
get(
    L,
    "Hello,\n\nI am enquiring about the new starter request for Mia Chen. Is everything "
    "ready?\n\nThank you,\nLiam",
    3076,
)
get(
    L,
    "Subject: Laptop fan\n\nDear IT,\n\nWhat is the latest on my ticket about the loud laptop "
    "fan?\n\nKind regards,\nLiam",
    3120,
)
get(
    L,
    "Dear colleagues,\n\nI should like to look at ticket 3121 again to see what was done about "
    "the Wi-Fi in meeting room 2.\n\nBest regards,\nLiam Patel",
    3121,
)
get(
    E,
    "Dear IT,\n\nIs there any news regarding my SharePoint access request? My manager asked me "
    "this morning.\n\nKind regards,\nEmma",
    3089,
)
get(
    E,
    "Good afternoon,\n\nCould I please see the full history of ticket 3018?\n\nWith thanks,\n"
    "Emma Jones",
    3018,
)
get(
    E,
    "Dear Service Desk,\n\nI note that ticket 3042 is waiting on me. Could you show me what "
    "you need from me?\n\nKind regards,\nEmma",
    3042,
)
get(
    L,
    "Dear IT team,\n\nKindly provide an update on ticket 3076.\n\nYours sincerely,\nLiam Patel",
    3076,
)
get(
    E,
    "Hello IT,\n\nWhen is the technician coming about my second monitor request? I should "
    "like to make sure I am at my desk.\n\nKind regards,\nEmma",
    3131,
)
get(
    E,
    "Subject: Status enquiry 3089\n\nDear IT,\n\nPlease let me know the status.\n\nKind "
    "regards,\nEmma Jones",
    3089,
)
get(
    E,
    "Dear colleagues,\n\nWhat did the last reply on ticket 3115 say? I could not find the "
    "e-mail.\n\nKind regards,\nEmma",
    3115,
)
get(L, "Good morning,\n\nHas anyone been assigned to ticket 3120 yet?\n\nKind regards,\nLiam", 3120)
get(
    E,
    "Dear IT,\n\nMay I see ticket 3005, please? I would like to remind myself of the steps you "
    "gave me.\n\nThank you,\nEmma",
    3005,
)
get(
    E,
    "Dear Service Desk,\n\nI would appreciate an update on my printer ticket from the 2nd "
    "floor.\n\nKind regards,\nEmma Jones",
    3067,
)
get(
    L,
    "Dear IT team,\n\nCould you tell me whether ticket 3121 was closed by you or by "
    "me?\n\nRegards,\nLiam",
    3121,
)

# ---------------------------------------------------------------- listing
listing(
    E, "Dear IT team,\n\nCould you please show me all of my open tickets?\n\nKind regards,\nEmma"
)
listing(
    E,
    "Hello,\n\nI should like a list of every ticket I have raised, open and closed.\n\n"
    "Thank you,\nEmma Jones",
)
listing(
    L,
    "Dear Service Desk,\n\nPlease could you list my current tickets?\n\nKind regards,\nLiam Patel",
)
listing(
    E, "Good morning,\n\nWhich of my tickets are still open at the moment?\n\nMany thanks,\nEmma"
)
listing(L, "Dear IT,\n\nCould I see my closed tickets, please?\n\nRegards,\nLiam")
listing(
    E,
    "Dear colleagues,\n\nPlease let me know the status of tickets 3042 and 3115.\n\nKind "
    "regards,\nEmma Jones",
    [3042, 3115],
)
listing(
    E,
    "Subject: Outstanding requests\n\nDear IT,\n\nI would be grateful for an overview of "
    "my outstanding requests.\n\nKind regards,\nEmma",
)
listing(
    L,
    "Hello IT team,\n\nCould you show me tickets 3120 and 3076 together?\n\nThank you,\nLiam",
    [3076, 3120],
)
listing(
    E,
    "Dear Service Desk,\n\nWhich of my tickets are waiting on me to reply?\n\nKind regards,\nEmma",
)
listing(
    E,
    "Dear IT,\n\nMay I have a summary of the tickets I opened this month?\n\nKind regards,\n"
    "Emma Jones",
)
listing(L, "Good afternoon,\n\nPlease show me all my tickets.\n\nBest regards,\nLiam Patel")
listing(
    E,
    "Dear IT team,\n\nCould you give me the status of 3089, 3131 and 3042, please?\n\n"
    "Kind regards,\nEmma",
    [3042, 3089, 3131],
)
listing(E, "Hello,\n\nWhat tickets do I have open with you at present?\n\nKind regards,\nEmma")
listing(
    L,
    "Dear Service Desk,\n\nI would like to see which of my tickets have been resolved.\n\n"
    "Yours sincerely,\nLiam",
)
listing(E, "Subject: My tickets\n\nDear IT,\n\nPlease list my tickets.\n\nThank you,\nEmma")
listing(
    L,
    "Dear IT,\n\nCould you show me the tickets I have raised since Monday?\n\nKind regards,"
    "\nLiam Patel",
)
listing(
    E,
    "Good morning,\n\nI should like an overview of my closed tickets from the last few "
    "months.\n\nKind regards,\nEmma Jones",
)
listing(
    E,
    "Dear colleagues,\n\nCould you tell me where tickets 3115 and 3131 stand?\n\nKind "
    "regards,\nEmma",
    [3115, 3131],
)

# ---------------------------------------------------------------- notes on own open tickets
note(
    E,
    "Dear IT team,\n\nPlease add the following to ticket 3042: I have now tried a wired "
    "connection at home and the VPN still drops after ten minutes.\n\nKind regards,\nEmma",
    3042,
    "wired",
)
note(
    E,
    "Subject: Ticket 3115\n\nHello,\n\nPlease note on my ticket that Outlook asked for my "
    "password again at 9:40 this morning, straight after signing in.\n\nThank you,\nEmma",
    3115,
    "9:40",
)
note(
    E,
    "Dear Service Desk,\n\nFurther to my SharePoint access request, my manager Lucas Garcia "
    "has approved it by e-mail today. Could you add this to the ticket?\n\nKind regards,\nEmma",
    3089,
    "approved",
)
note(
    E,
    "Dear IT,\n\nRegarding my request for a second monitor, please add a note that I have "
    "moved to desk 22 on the third floor.\n\nKind regards,\nEmma Jones",
    3131,
    "desk 22",
)
note(
    L,
    "Dear IT team,\n\nPlease add to ticket 3120 that the fan is now loud even when the "
    "laptop is idle.\n\nKind regards,\nLiam",
    3120,
    "idle",
)
note(
    E,
    "Good morning,\n\nFor ticket 3115, I would like to add: I removed the Office entries "
    "from Credential Manager as suggested, but the prompt came back.\n\nMany thanks,\nEmma",
    3115,
    "Credential Manager",
)
note(
    E,
    "Dear colleagues,\n\nAdd a note to 3042, please: I will be working from home on Tuesday "
    "and Wednesday if you would like to test the connection.\n\nKind regards,\nEmma",
    3042,
    "Tuesday",
)
note(
    L,
    "Hello,\n\nPlease note on ticket 3076 that Mia's start date has moved to the 14th.\n\n"
    "Thank you,\nLiam Patel",
    3076,
    "14th",
)
note(
    E,
    'Dear IT,\n\nCould you add the following to my Outlook ticket: the prompt reads "Enter '
    'password for emma.jones@acme.example".\n\nKind regards,\nEmma',
    3115,
    "Enter password",
)
note(
    E,
    "Subject: 3089\n\nDear Service Desk,\n\nPlease add a note: I need edit access, not just "
    "read access, to the Finance site.\n\nKind regards,\nEmma Jones",
    3089,
    "edit access",
)
note(
    L,
    "Dear IT,\n\nPlease add to my laptop fan ticket that the laptop switched itself off from "
    "the heat during a presentation today.\n\nRegards,\nLiam",
    3120,
    "presentation",
)
note(
    E,
    "Dear IT team,\n\nI would like to add some information to ticket 3131: a 24-inch screen "
    "would be sufficient.\n\nKind regards,\nEmma",
    3131,
    "24-inch",
)
note(
    E,
    "Hello IT,\n\nPlease record on ticket 3042 that my home router was replaced by my "
    "provider yesterday and the drops are still happening.\n\nWith thanks,\nEmma",
    3042,
    "router",
)
note(
    L,
    "Good afternoon,\n\nKindly add a note to ticket 3120: I am available for the laptop "
    "inspection any morning this week.\n\nBest regards,\nLiam Patel",
    3120,
    "morning",
)
note(
    E,
    "Dear Service Desk,\n\nOn ticket 3115, please add that the problem also happens on my "
    "phone's Outlook app.\n\nKind regards,\nEmma",
    3115,
    "phone",
)
note(
    E,
    "Dear IT,\n\nIn reply to your question on ticket 3042: yes, the problem still happens "
    "after a restart.\n\nKind regards,\nEmma Jones",
    3042,
    "restart",
)
note(
    L,
    "Dear colleagues,\n\nPlease add to the new starter ticket for Mia Chen that she will also "
    "need access to the Sales shared mailbox.\n\nKind regards,\nLiam",
    3076,
    "Sales",
)
note(
    E,
    'Subject: Additional information for 3089\n\nHello,\n\nThe site I need is called "Finance '
    '- Month End". Please add this to the ticket.\n\nKind regards,\nEmma',
    3089,
    "Month End",
)
note(
    E,
    "Dear IT team,\n\nPlease add a note to ticket 3131 saying that I am on annual leave "
    "from the 3rd to the 10th, so delivery should be after that.\n\nKind regards,\nEmma",
    3131,
    "annual leave",
)
note(
    L,
    "Dear IT,\n\nAdd to 3120, please: a screenshot of the temperature reading shows 96 "
    "degrees.\n\nThank you,\nLiam",
    3120,
    "96",
)
note(
    E,
    "Dear Service Desk,\n\nFor my VPN ticket 3042, please add that the error shown is "
    '"Connection terminated by the remote peer".\n\nKind regards,\nEmma Jones',
    3042,
    "remote peer",
)
note(
    E,
    "Good morning,\n\nI would be grateful if you could add this to my Outlook ticket: "
    "the prompts stop when I use webmail.\n\nKind regards,\nEmma",
    3115,
    "webmail",
)

# ---------------------------------------------------------------- resolve own open tickets
resolve(
    E,
    "Dear IT team,\n\nI am pleased to say that Outlook has stopped asking for my password. "
    "Please close ticket 3115.\n\nThank you for your help,\nEmma",
    3115,
)
resolve(
    E,
    "Subject: 3089 can be closed\n\nHello,\n\nI now have access to the Finance SharePoint "
    "site, so the ticket may be resolved.\n\nKind regards,\nEmma",
    3089,
)
resolve(
    E,
    "Dear Service Desk,\n\nThe second monitor has arrived and works well. Please mark my "
    "request as resolved.\n\nMany thanks,\nEmma Jones",
    3131,
)
resolve(
    L,
    "Dear IT,\n\nThe laptop fan is quiet again since the cleaning. Please resolve ticket "
    "3120.\n\nKind regards,\nLiam",
    3120,
)
resolve(
    E,
    "Dear IT,\n\nPlease resolve ticket 3042. The VPN has been stable all week since your "
    "change.\n\nKind regards,\nEmma",
    3042,
)
resolve(
    E,
    "Good afternoon,\n\nI no longer need the second monitor, as I am moving to a "
    "different role. Kindly close ticket 3131.\n\nRegards,\nEmma",
    3131,
)
resolve(
    L,
    "Dear Service Desk,\n\nI am writing to confirm that my laptop fan problem is fixed. "
    "You may close the ticket.\n\nBest regards,\nLiam Patel",
    3120,
)
resolve(
    E,
    "Dear colleagues,\n\nMy Outlook ticket can be closed: the password prompts have not "
    "returned for three days.\n\nKind regards,\nEmma",
    3115,
)
resolve(
    E,
    "Hello IT,\n\nPlease close my SharePoint access request; the site owner has added me "
    "directly.\n\nWith thanks,\nEmma Jones",
    3089,
)
resolve(
    E,
    "Dear IT team,\n\nTicket 3042 may now be resolved. Working from home has been fine "
    "since Monday.\n\nKind regards,\nEmma",
    3042,
)

# ---------------------------------------------------------------- reopen own closed tickets
reopen(
    E,
    "Dear IT team,\n\nUnfortunately the printer on the 2nd floor has started jamming again "
    "on every job. Could you please reopen ticket 3067?\n\nKind regards,\nEmma",
    3067,
)
reopen(
    E,
    "Subject: Ticket 3018\n\nHello,\n\nThe VPN client has disappeared from my laptop again "
    "after the latest update. Please reopen ticket 3018.\n\nThank you,\nEmma",
    3018,
)
reopen(
    L,
    "Dear Service Desk,\n\nThe Wi-Fi in meeting room 2 is dropping during calls again. "
    "Please reopen ticket 3121.\n\nKind regards,\nLiam Patel",
    3121,
)
reopen(
    E,
    "Dear IT,\n\nI am afraid the password problem from ticket 3005 has returned. Could the "
    "ticket be reopened?\n\nKind regards,\nEmma",
    3005,
)
reopen(
    E,
    "Good morning,\n\nI would like to reopen my printer ticket, as the jams have come back "
    "this week.\n\nRegards,\nEmma Jones",
    3067,
)
reopen(
    L,
    "Dear IT,\n\nI must ask you to reopen my ticket about the Wi-Fi in meeting room 2. The "
    "problem was not fully solved.\n\nKind regards,\nLiam",
    3121,
)
reopen(
    E,
    "Dear colleagues,\n\nPlease reopen 3018. The VPN client is missing once more.\n\n"
    "Kind regards,\nEmma",
    3018,
)
reopen(
    E,
    "Dear Service Desk,\n\nTicket 3067 was closed, but the printer jammed twice this "
    "morning. I should be grateful if you would reopen it.\n\nKind regards,\nEmma",
    3067,
)
reopen(
    L,
    "Subject: Reopen 3121\n\nHello,\n\nThe fix did not last. Please reopen the ticket.\n\n"
    "Thank you,\nLiam Patel",
    3121,
)
reopen(
    E,
    "Dear IT team,\n\nKindly reopen ticket 3005: I am again unable to sign in after my "
    "holiday.\n\nKind regards,\nEmma",
    3005,
)

# ---------------------------------------------------------------- rate own closed tickets
rate(
    E,
    "Dear IT team,\n\nI should like to rate ticket 3067 five out of five. The technician was "
    "quick and very courteous.\n\nKind regards,\nEmma",
    3067,
    5,
)
rate(
    L,
    "Dear Service Desk,\n\nPlease record a rating of 4 out of 5 for ticket 3121.\n\nKind "
    "regards,\nLiam",
    3121,
    4,
)
rate(
    E,
    "Hello,\n\nI would rate ticket 3018 three stars: the problem was fixed, but it took "
    "rather long.\n\nRegards,\nEmma Jones",
    3018,
    3,
)
rate(
    E,
    "Dear IT,\n\nI give ticket 3005 a rating of 5. Thank you for the swift password "
    "reset.\n\nKind regards,\nEmma",
    3005,
    5,
)
rate(
    L,
    "Subject: Feedback on 3121\n\nGood morning,\n\nI would like to give this ticket 2 out of "
    "5, as the Wi-Fi problem took several weeks to resolve.\n\nKind regards,\nLiam Patel",
    3121,
    2,
)
rate(
    E, "Dear colleagues,\n\nPlease rate my printer ticket 4 stars.\n\nKind regards,\nEmma", 3067, 4
)
rate(
    E,
    "Dear Service Desk,\n\nFor ticket 3018 I should like to leave a rating of 1 out of 5; "
    "I had to chase three times.\n\nYours sincerely,\nEmma Jones",
    3018,
    1,
)
rate(E, "Dear IT team,\n\nI rate ticket 3005 four out of five.\n\nKind regards,\nEmma", 3005, 4)

# ---------------------------------------------------------------- how-to (knowledge base)
lookup(
    E,
    "Dear IT team,\n\nHow do I connect to the VPN from home? I have a new home office and "
    "would like to set it up myself.\n\nKind regards,\nEmma",
    "kb_articles",
    "vpn",
)
lookup(
    L,
    "Hello,\n\nCould you tell me how to reset my password myself, without calling the "
    "service desk?\n\nThank you,\nLiam",
    "kb_articles",
    "password",
)
lookup(
    E,
    "Dear Service Desk,\n\nIs there a guide on how to clear a paper jam in the floor "
    "printers?\n\nKind regards,\nEmma Jones",
    "kb_articles",
    "jam",
)
lookup(
    L,
    "Dear IT,\n\nHow do I set up multi-factor authentication on my new phone?\n\nKind "
    "regards,\nLiam Patel",
    "kb_articles",
    "authentication",
)
lookup(
    E,
    "Good morning,\n\nHow can I map a network drive on my laptop?\n\nKind regards,\nEmma",
    "kb_articles",
    "drive",
)
lookup(
    L,
    "Dear colleagues,\n\nHow does one report a phishing e-mail?\n\nRegards,\nLiam",
    "kb_articles",
    "phishing",
)
lookup(
    E,
    "Dear IT,\n\nWhat is the correct way to install Windows updates on my laptop?\n\nKind "
    "regards,\nEmma Jones",
    "kb_articles",
    "update",
)
lookup(
    L,
    "Subject: Office Wi-Fi\n\nHello IT team,\n\nHow do I connect my laptop to the office "
    "Wi-Fi?\n\nMany thanks,\nLiam",
    "kb_articles",
    "wi",
)
lookup(
    E,
    "Dear Service Desk,\n\nHow do I request access to a SharePoint site?\n\nKind regards,\nEmma",
    "kb_articles",
    "sharepoint",
)
lookup(
    L,
    "Dear IT,\n\nWhat information do you need from me before a new starter joins? Is there "
    "a checklist?\n\nKind regards,\nLiam Patel",
    "kb_articles",
    "starter",
)
lookup(
    E,
    "Hello,\n\nHow do I choose the right microphone in Teams meetings?\n\nThank you,\nEmma",
    "kb_articles",
)
lookup(
    L,
    "Dear IT team,\n\nIs there an article explaining how to map a shared network drive?\n\n"
    "Kind regards,\nLiam",
    "kb_articles",
    "drive",
)
lookup(
    E,
    "Dear colleagues,\n\nHow can I stop Outlook from asking for my password all the time? "
    "Is there a guide?\n\nKind regards,\nEmma Jones",
    "kb_articles",
    "outlook",
)
lookup(
    L,
    "Good afternoon,\n\nHow do I spot a phishing e-mail? I would like to brief my team.\n\n"
    "Regards,\nLiam",
    "kb_articles",
    "phishing",
)
lookup(
    E,
    "Dear IT,\n\nHow do I set up MFA before I travel next week?\n\nKind regards,\nEmma",
    "kb_articles",
    "mfa",
)
lookup(
    L,
    "Dear Service Desk,\n\nWhere can I find instructions for connecting to the VPN?\n\n"
    "Kind regards,\nLiam Patel",
    "kb_articles",
    "vpn",
)
lookup(
    E,
    "Subject: Printer jam\n\nHello,\n\nHow do I clear a paper jam myself?\n\nKind regards,\nEmma",
    "kb_articles",
    "jam",
)
lookup(
    L,
    "Dear IT,\n\nHow can I reset a forgotten password with the self-service page?\n\nKind "
    "regards,\nLiam",
    "kb_articles",
    "password",
)

# ---------------------------------------------------------------- refused (employees)
refused(
    E, "Dear IT team,\n\nCould you please tell me the status of ticket 3101?\n\nKind regards,\nEmma"
)
refused(
    E,
    "Dear Service Desk,\n\nPlease assign my ticket 3115 to Chloe Martin, who helped me "
    "before.\n\nKind regards,\nEmma Jones",
)
refused(
    L,
    "Dear IT,\n\nI should like the priority of ticket 3120 raised to Critical.\n\nKind "
    "regards,\nLiam",
)
refused(
    E,
    "Hello,\n\nCould you show me Liam Patel's open tickets? I am covering for him this "
    "week.\n\nThank you,\nEmma",
)
refused(
    E,
    "Dear IT,\n\nPlease add a note to ticket 3067: the printer is still jamming.\n\nKind "
    "regards,\nEmma",
)
refused(L, "Dear colleagues,\n\nWhat is the latest on ticket 3042?\n\nKind regards,\nLiam Patel")
refused(
    E,
    "Dear Service Desk,\n\nPlease resolve ticket 3018; it is no longer needed.\n\nKind "
    "regards,\nEmma",
)
refused(
    L,
    "Dear IT team,\n\nCould you send me the SLA compliance report for the last 30 days?"
    "\n\nKind regards,\nLiam",
)
refused(
    E,
    "Good morning,\n\nI would like to see the Globex contracts, please.\n\nKind regards,\n"
    "Emma Jones",
)
refused(
    E,
    "Dear IT,\n\nCould you give me the phone number of Olivia Brown at Globex?\n\nKind "
    "regards,\nEmma",
)
refused(
    L,
    "Dear IT,\n\nPlease add a note to ticket 3121 saying the Wi-Fi is fine now.\n\nKind "
    "regards,\nLiam",
)
refused(
    E,
    "Dear Service Desk,\n\nPlease change the status of ticket 3131 to In Progress, as it "
    "has been on hold too long.\n\nKind regards,\nEmma",
)
refused(
    L,
    "Hello,\n\nHow is Noah Williams's ticket about the warehouse scanner coming along?\n\n"
    "Thank you,\nLiam",
)
refused(
    E,
    "Dear IT team,\n\nPlease close ticket 3076 on Liam's behalf; Mia has everything she "
    "needs.\n\nKind regards,\nEmma",
)
refused(
    L, "Dear IT,\n\nKindly reassign ticket 3120 to the Field Services team.\n\nRegards,\nLiam Patel"
)
refused(E, "Dear colleagues,\n\nPlease resolve ticket 3150.\n\nKind regards,\nEmma")
refused(
    L,
    "Dear Service Desk,\n\nPlease add a note to ticket 3055 that I have the same blue "
    "screen.\n\nKind regards,\nLiam",
)
refused(
    E,
    "Dear IT,\n\nCould you please send me the list of open tickets for Globex? We share "
    "a project with them.\n\nKind regards,\nEmma",
)

# ---------------------------------------------------------------- candidates (ambiguous own ticket)
candidates(
    E,
    "Dear IT team,\n\nCould you let me know the status of my VPN ticket?\n\nKind regards,\nEmma",
    "get_ticket",
)
candidates(
    E,
    "Hello,\n\nI should like to see my password ticket, please.\n\nThank you,\nEmma",
    "get_ticket",
)
candidates(
    E,
    "Dear Service Desk,\n\nIs there any news on the VPN issue I reported?\n\nKind "
    "regards,\nEmma Jones",
    "get_ticket",
)
candidates(
    E,
    "Dear IT,\n\nMay I have an update on my password ticket?\n\nKind regards,\nEmma",
    "get_ticket",
)
candidates(
    E,
    "Dear IT team,\n\nPlease add a note to my ticket: I shall be out of the office "
    "on Friday.\n\nKind regards,\nEmma",
    "add_note",
)
candidates(
    E,
    "Good morning,\n\nPlease close my ticket, everything is working now.\n\nMany thanks,\nEmma",
    "resolve_ticket",
)
candidates(
    E,
    "Dear IT,\n\nThe issue I reported has been sorted out. Please resolve my "
    "ticket.\n\nKind regards,\nEmma",
    "resolve_ticket",
)
candidates(
    E,
    "Dear Service Desk,\n\nPlease add a note to my ticket that I can be reached on "
    "extension 4410 this week.\n\nKind regards,\nEmma Jones",
    "add_note",
)
candidates(
    E,
    "Dear colleagues,\n\nCould you add a note to my open ticket that my mobile number "
    "has changed?\n\nKind regards,\nEmma Jones",
    "add_note",
)
candidates(
    E,
    "Subject: VPN\n\nHello IT,\n\nPlease show me my VPN ticket.\n\nThank you,\nEmma",
    "get_ticket",
)

# ---------------------------------------------------------------- admin: updates
update(A, "3099 -> daniel", 3099, agent_id=6)
update(A, "assign 3140 to hannah fischer", 3140, agent_id=9)
update(A, "3101 => marcus reid", 3101, agent_id=8)
update(A, "3120 to tom walsh", 3120, agent_id=11)
update(A, "reassign 3160 / 2nd line support", 3160, team_id=6)
update(A, "move 3089 to 1st line support team", 3089, team_id=5)
update(A, "3099 prio critical", 3099, priority_id=1)
update(A, "set priority high on 3140", 3140, priority_id=2)
update(A, "3055 priority: low", 3055, priority_id=4)
update(A, "3089 status in progress", 3089, status_id=2)
update(A, "3110 -> with supplier", 3110, status_id=5)
update(A, "status 3101 on hold", 3101, status_id=28)

# ---------------------------------------------------------------- admin: look-ups
lookup(A, "user lookup: samir", "users", "samir")
lookup(A, "find user hank scorpio", "users", "scorpio")
lookup(A, "contact details peter gibbons", "users", "gibbons")
lookup(A, "customer wayne foundation", "customers", "wayne")
lookup(A, "find client stark", "customers", "stark")
lookup(A, "agent chloe", "agents", "chloe")
lookup(A, "list teams", "teams")
lookup(A, "asset AC-2219", "assets", "AC-2219")
lookup(A, "lookup asset GX-1042", "assets", "GX-1042")
lookup(A, "contract GLX-BACKUP-2026", "contracts", "GLX-BACKUP-2026")
lookup(A, "contract INI-SUPPORT details", "contracts", "INI-SUPPORT")
lookup(A, "report: sla compliance", "reports", "sla")
lookup(A, "asset warranty expiry report", "reports", "warranty")
lookup(A, "kb phishing", "kb_articles", "phishing")

# ---------------------------------------------------------------- admin: customer listings
add(A, "globex: open tickets", {"action": "list_tickets", "params": {"client_id": 17}})
add(A, "initech open list", {"action": "list_tickets", "params": {"client_id": 42}})
add(A, "umbrella health open tickets", {"action": "list_tickets", "params": {"client_id": 23}})
add(A, "tickets for stark logistics", {"action": "list_tickets", "params": {"client_id": 27}})
add(
    A,
    "open for globex site cypress creek",
    {"action": "list_tickets", "params": {"client_id": 17, "site_id": 44}},
)
add(
    A,
    "wayne foundation gotham office tickets",
    {"action": "list_tickets", "params": {"client_id": 35, "site_id": 71}},
)

# ---------------------------------------------------------------- admin: reading any ticket
get(A, "3055?", 3055)
get(A, "show 3160", 3160)
get(A, "ticket 3101 details", 3101)
get(A, "pull up 789", 789)
get(A, "3110 status", 3110)
listing(A, "3055 3099 3160", [3055, 3099, 3160])

# ---------------------------------------------------------------- admin: create for a customer
create(
    A,
    "new ticket for initech main office: reception printer offline",
    "printer",
    client_id=42,
    site_id=101,
)
