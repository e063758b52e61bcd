"""Round 27: a blind set of Ask-box requests, with the plan each should give.

What the set is: about 250 requests as employees and the portal admin would type them into the
Ask box the first time, each paired with the one action (and key ids) the portal should propose,
or with a refusal at plan time, or with candidate tickets where the ticket meant is ambiguous.
Written without reading the parser, its tests or earlier sets' cases (held out).

Style: people who explain too much. Long, chatty, story-like messages that give the context
first (what they tried, who told them what, dates such as "since Monday", "last Thursday",
"on the 14th"), polite hedges ("I was wondering whether", "sorry to bother you", "if it's not
too much trouble"), apologies and thanks, and the actual request near the end. Everyday words
that are also Halo nouns (Teams, Outlook, site, contract, asset, report, customer) and people's
names (colleagues, managers, sometimes an agent) appear inside the story without being the
request. The admin writes full sentences to a colleague ("could you get 3160 over to Hannah and
bump it to high"). Where a message also asks for something minor, the expectation is the main
request. Mix: ~30 % new problems and requests, ~9 % reading one own ticket, ~7 % listing (ids
when several are named), ~9 % notes, ~4 % resolve, ~4 % reopen, ~3 % rate, ~8 % how-to
(knowledge base), ~8 % refused at plan time, ~4 % candidates, ~15 % admin.

Seed facts relied on (simulator demo data):
- emma = Emma Jones (user 201), liam = Liam Patel (user 202), Acme Inc (client 12), site HQ (31).
  Acme sites: 31 HQ, 32 Warehouse, 33 Remote Workers. Other customers: Globex 17 (sites 41
  Springfield Campus, 44 Cypress Creek), Initech 42 (101 Main Office, 102 Austin Branch),
  Umbrella Health 23 (51 Raccoon City Clinic, 52 Laboratory, 53 Head Office), Stark Logistics 27
  (61 Distribution Centre, 62 Fleet Depot), Wayne Foundation 35 (71 Gotham Office).
  Users: 203 Noah Williams, 301 Olivia Brown, 302 Hank Scorpio, 401 Peter Gibbons,
  403 Samir Nagheenanajar, 404 Joanna Baker, 602 Happy Hogan.
- Emma's tickets: open 3042 "VPN disconnects when working from home" (With User), 3089 "Access to
  the Finance SharePoint site" (New), 3115 "Outlook keeps asking for my password" (In Progress),
  3131 "Request for a second monitor" (On Hold); closed 3005 "Password reset after holiday",
  3018 "VPN client missing on new laptop", 3067 "Printer on the 2nd floor keeps jamming";
  cancelled 3150 "Teams camera not detected". Two VPN tickets (3018, 3042) and two password
  tickets (3005, 3115).
- Liam's tickets: 3076 "New starter: Mia Chen" (Pending Closure), 3120 "Laptop fan very loud and
  overheating" (In Progress), 3121 "Wi-Fi drops in meeting room 2" (Closed).
- Other people's tickets: 3101 (Noah Williams, "Warehouse scanner cannot join Wi-Fi"), 3055
  (Peter Gibbons, blue screen) and 3099 (Initech, laptop will not boot after Windows update),
  3160 (Samir, "Teams calls dropping audio"), 3110 ("VPN access for a contractor"), 3140
  ("Monitor flickering") and 3030 (Olivia Brown).
- Agents: 3 Sarah Mitchell, 4 James O'Connor, 5 Priya Sharma, 6 Daniel Kim, 7 Chloe Martin,
  8 Marcus Reid, 9 Hannah Fischer, 11 Tom Walsh. Teams: 2 Service Desk, 5 1st Line Support,
  6 2nd Line Support, 11 Messaging, 12 Network, 15 Field Services.
- Statuses: 1 New, 2 In Progress, 3 Action Required, 4 With User, 5 With Supplier, 28 On Hold,
  25 Pending Closure, 9 Closed, 10 Cancelled. Priorities: 1 Critical, 2 High, 3 Medium, 4 Low.
- Look-ups: assets AC-2219 (Emma's laptop), AC-2231 (Liam's laptop); contracts GLX-MSP-2026,
  ACME-MSA-2026, STARK-NETWORK; reports "SLA compliance (last 30 days)", "Asset warranty
  expiry"; KB articles on VPN from home, self-service password reset, paper jams, MFA /
  Authenticator, Outlook password prompts, office Wi-Fi, SharePoint access, Teams meetings
  (microphone), new starters, mapping network drives, phishing, Windows updates.
- Param names assumed for admin writes and filters: update_ticket takes status_id, priority_id,
  agent_id, team_id; a customer filter on list_tickets is client_id; an admin's new ticket for a
  customer site carries client_id and site_id.
"""

from __future__ import annotations

from scripts.ask_sets.scaffold import CaseBook

book = CaseBook()
CASES = book.cases
create, get, listing, note = book.create, book.get, book.listing, book.note
resolve, reopen, rate, update = book.resolve, book.reopen, book.rate, book.update
lookup, refused, candidates, add = book.lookup, book.refused, book.candidates, book.add
E, L, A = "emma", "liam", "admin"
KB = "kb_articles"

# --- New problems and requests (create_ticket) -------------------------------------------
create(
    E,
    "Hi there, sorry to bother you. Since Monday my keyboard has been doing something strange: every now and then the letters come out doubled, so 'meeting' turns into 'meeetting'. I tried a different USB port and even cleaned it with the little brush from the stationery cupboard, but no luck. I was wondering whether someone could have a look at the keyboard or maybe swap it for a new one?",
    "keyboard",
)
create(
    L,
    "Good morning! So last Thursday we moved desks on the 3rd floor and ever since then my docking station won't charge my laptop; the screens come on but the battery just drains. Tom from facilities said it's probably the power brick. Would it be possible to get the docking station checked or replaced?",
    "docking",
)
create(
    E,
    "Hello, I hope this is the right place. My headset (the Jabra one IT gave me last year) stopped working with my laptop on Tuesday - nobody can hear me at all, although I can hear them. I've tried unplugging it, restarting, the lot. Could I please get a replacement headset, or could someone take a look?",
    "headset",
)
create(
    L,
    "Hi, a bit of background first: I've been off on paternity leave for three weeks and came back yesterday to find that my door badge no longer opens the side entrance or the car park barrier. Reception let me in but said I should log it with IT. Could you sort out my badge access please?",
    "badge",
)
create(
    E,
    "Hiya, so this is a bit of a long story, but Excel has started crashing whenever I open the quarterly budget workbook. It gets to about 80% loading and then just closes without an error. It worked fine up to last Friday. I've tried opening it in safe mode as a colleague suggested and that does work, but it's slow. I was wondering whether someone could look into why Excel keeps crashing?",
    "Excel",
)
create(
    L,
    "Hello IT team, our team printer in the marketing corner (the big Ricoh by the window) has been printing everything with a grey streak down the middle since about Wednesday. We've changed the toner and it's still there. Could someone come and look at the printer when they have a moment?",
    "printer",
)
create(
    E,
    "Morning! I've had my work phone for about two years and since the update at the weekend the battery goes from full to empty by lunchtime. I tried turning off background refresh like the internet said, but it hasn't helped much. I was wondering whether it could be looked at, or whether I could get a new phone?",
    "phone",
)
create(
    L,
    "Hi, not urgent at all, but I thought I should mention it: my mouse has started double-clicking on its own, which made me delete a folder by accident on Monday (got it back from the recycle bin, phew). I'd be grateful for a new mouse if you have any spare.",
    "mouse",
)
create(
    E,
    "Hello, I've been asked by my manager, Rachel, to start working on the supplier contracts project from next week, and she mentioned I'd need Adobe Acrobat Pro to edit the PDFs. I only have the free reader at the moment. Could I please request an Acrobat licence?",
    "Acrobat",
)
create(
    L,
    "Hi! Quick one (well, not that quick, sorry). When I join Teams calls from the small meeting room downstairs, the room's speakerphone isn't picked up at all; Teams just shows 'no devices'. My laptop speakers work fine. Anna from finance had the same issue yesterday. Could someone have a look at the speakerphone in that room?",
    "speakerphone",
)
create(
    E,
    "Hi, I'm not sure if this is an IT thing or a facilities thing, but the big TV screen in the boardroom won't show my laptop when I plug in the HDMI cable - it just says 'no signal'. It worked last month for the all-hands. We have a client presentation in there on Thursday, so I was hoping someone could check the boardroom screen before then?",
    "screen",
)
create(
    L,
    "Hello, I was wondering whether you could help. Since the password change last week I can't get into the expenses system (Concur) - it says my account is locked. I tried the 'forgot password' link there but the email never arrives. Could someone unlock my Concur account please?",
    "Concur",
)
create(
    E,
    "Hey, so yesterday afternoon I got an email that looked like it came from our CEO asking me to buy gift cards, and I'm embarrassed to say I clicked the link before I realised. I didn't type anything in, I think. A colleague said I should report it straight away. Could someone please check my laptop and my email account to be on the safe side?",
    "email",
)
create(
    L,
    "Hi there. I'm setting up the new sales dashboard and I need read access to the 'Sales Reporting' shared drive - my manager Ruth has approved it by email already, I can forward that if useful. Could you please give me access to the Sales Reporting drive?",
    "Sales",
)
create(
    E,
    "Good afternoon! Since Monday there's been no Wi-Fi at all in the second floor kitchen and the little breakout area next to it. My laptop just says 'no networks found' there, and so do everybody else's. We use that space for stand-ups every morning. Could someone look at the Wi-Fi in the kitchen area please?",
    "Wi-Fi",
)
create(
    L,
    "Hi, our new intern Ben Okafor starts on the 14th and he'll need a laptop, an email account and access to the CRM. HR told me to put in a request with IT two weeks beforehand, which is why I'm writing now. Could you set Ben up please?",
    "Ben",
)
create(
    E,
    "Hi, I hope you're well. I've been getting a pop-up every morning since last Tuesday saying 'Your OneDrive is full' even though I hardly store anything there. I tried deleting some old photos but it still says 98%. Could someone look at my OneDrive storage please?",
    "OneDrive",
)
create(
    L,
    "Morning all. The projector in training room B has a really dim, yellowish picture; we had a workshop yesterday and people at the back couldn't read the slides. Someone said the bulb might be going. Could you arrange for the projector to be looked at or the bulb replaced?",
    "projector",
)
create(
    E,
    "Hi, so since last Thursday my laptop has been making a faint clicking noise from underneath, and yesterday it froze twice while saving files. My colleague Jo said it could be the hard drive and that I should get it looked at before it dies completely. Could someone check my laptop please?",
    "laptop",
)
create(
    L,
    "Hello! I'm going to the Berlin office for two weeks from the 3rd and I was told I'd need roaming switched on for my work mobile. I've tried calling the mobile provider but they said the request has to come from IT. Would you be able to enable roaming on my phone?",
    "roaming",
)
create(
    E,
    "Hello, the shared mailbox for customer service (cs@acme.example) disappeared from my mail on Monday. I used to see it under my own inbox, and I still get the notifications on my phone, so I think I still have permission. Lisa on my team still sees it. Could you add the shared mailbox back for me please?",
    "mailbox",
)
create(
    L,
    "Hi, I was on a call with a customer last Thursday and since then every time I open Outlook it says 'Cannot start Microsoft Outlook. Cannot open the set of folders'. I've restarted a few times and even reinstalled Office from the company portal, which took ages. I'd be really grateful if somebody could fix Outlook for me.",
    "Outlook",
)
create(
    E,
    "Hiya, the scanner on the ground floor copier no longer sends scans to my email since the weekend; it says 'SMTP error' every time. Reception uses it too and they get the same error. I've tried scanning to a USB stick and that works. Could someone sort the scan-to-email out?",
    "scan",
)
create(
    L,
    "Hi, some background: our department got the new CAD software approved last month (I have the approval from Sam in procurement). I've downloaded the installer but it needs admin rights, which I don't have. Could somebody install AutoCAD on my machine please?",
    "AutoCAD",
)
create(
    E,
    "Hi, I hope you had a nice weekend. Since this morning, whenever I try to print to PDF from our accounting software it produces a blank page. Printing from Word is fine, so it seems to be just Sage. My colleague Mark has the same version and his works. Would someone be able to look at Sage printing for me?",
    "Sage",
)
create(
    L,
    "Hi team, this one is a request rather than a problem: I've been asked to run the quarterly webinars from now on and I'd need a Zoom Webinar licence (we use Teams internally but the customers prefer Zoom). My manager said to ask you. Could I get a Zoom licence please?",
    "Zoom",
)
create(
    E,
    "Hi, so I accidentally deleted a whole folder called 'Supplier invoices 2025' from the Accounts shared drive on Friday afternoon, and it's not in my recycle bin. My manager is quite worried because the auditors come next week. Could you please restore the folder from backup?",
    "folder",
)
create(
    L,
    "Hi, the meeting room booking panel outside room 4 has been showing a frozen screen since last Wednesday - it still says Tuesday's meetings. People keep double-booking because of it. Could someone reboot or fix the booking panel please?",
    "panel",
)
create(
    E,
    "Hello, sorry, me again! My desk phone has shown 'no service' since the electricians were in on Thursday. I've checked that the cable is plugged in at both ends and I've unplugged it for a minute like you're supposed to. I've been using my mobile for calls, but customers have the desk number. Could someone come and fix the desk phone?",
    "phone",
)
create(
    L,
    "Hi, I'm running a training session for 20 people next Tuesday and I'd need 10 loan laptops for the day, with the standard image. Mike from the training team said IT keeps a pool of them. Could I please book 10 loan laptops?",
    "loan",
)
create(
    E,
    "Good morning, I'm moving from HQ to the Warehouse office on the 1st of next month, and I was told I need my network drives and printers moved over and my desk phone extension transferred. Could someone arrange the move for me?",
    "move",
)
create(
    L,
    "Hello, since updating Chrome on Monday our intranet pages don't load properly - the menus are gone and pictures don't show. Edge works fine, but all my bookmarks are in Chrome. Would someone mind having a look at Chrome?",
    "Chrome",
)
create(
    E,
    "Hello, I'm looking after the new-joiner packs and I need the colour printer in the HR office (HR-COLOR-01) added to my laptop. I tried adding it through Settings but it says I don't have permission to install the driver. Could you add the printer for me please?",
    "printer",
)
create(
    L,
    "Hi, I've been locked out of my laptop this morning after typing the password wrong a few times - I'm writing this from a colleague's computer. I was sure I had the right password, I changed it on Friday. Could you unlock my account please?",
    "locked",
)
create(
    E,
    "Hi, could I please get Visio installed? Background: I've just been asked to document our warehouse processes and everyone says Visio is the tool for flowcharts. I tried the web version but it wants a licence.",
    "Visio",
)
create(
    L,
    "Hello! Our CRM (Salesforce) keeps logging me out every five minutes since Tuesday, which means I lose whatever I'm typing. I've cleared my cookies and tried a private window, as the Salesforce help pages say, but it still happens. Could someone look into the Salesforce logouts?",
    "Salesforce",
)
create(
    E,
    "Hi, long story short: my laptop charger got left in a hotel in Leeds last Thursday and the hotel can't find it. I've been borrowing a colleague's but she needs it back. Could I please order a replacement charger?",
    "charger",
)
create(
    L,
    "Hi there, I'm not sure who handles this, but the TV in reception that shows the visitor welcome slides has been stuck on a Windows update screen since Monday. Visitors keep asking about it. Could someone sort out the reception screen please?",
    "reception",
)
create(
    E,
    "Hello, I was wondering whether it would be possible to get a privacy filter for my laptop screen. I sit right by the walkway and people can see the payroll figures I work with. My manager is fine with it.",
    "privacy",
)
create(
    L,
    "Hello, every time I try to save a file to the Projects folder on the S: drive since Wednesday I get 'access denied', though I can still open files there. Nothing's changed on my side as far as I know. Could you check my permissions on the Projects folder please?",
    "Projects",
)
create(
    L,
    "Hi, this has been going on since last week: when I share my screen in Teams the other people just see a black window, although they can hear me fine. I've tried both screens and a restart. It's a bit embarrassing in customer demos. Would someone be able to look into the Teams screen sharing?",
    "Teams",
)
create(
    E,
    "Hello, I need a replacement YubiKey because mine went through the washing machine in my jeans pocket last weekend (oops). It still lights up but doesn't do anything when I touch it. Could you send me a replacement YubiKey please?",
    "YubiKey",
)
create(
    L,
    "Hi, we've got three people from a supplier visiting on Friday for a full-day workshop and they'll need guest Wi-Fi access. Reception said IT has to create the vouchers. Could you set up guest Wi-Fi access for them please?",
    "guest",
)
create(
    E,
    "Hi, since the BIOS update on Tuesday my laptop asks for the BitLocker recovery key every time I start it. I've been reading the key out from the card IT gave me, but it's annoying and slow. Could someone stop it asking for the BitLocker key?",
    "BitLocker",
)
create(
    L,
    "Hello, hope all's well. Our team's old printer/fax in the corner is being thrown out on Friday and the fax number (a couple of suppliers still use it) needs to be moved to an e-fax service. My manager asked me to raise it. Could you arrange for the fax number to be moved?",
    "fax",
)
create(
    E,
    "Hi, my laptop's touchpad has stopped scrolling since last Thursday's update; two-finger scroll just does nothing, and the settings page for it is blank. It's driving me a bit mad. Could someone look at the touchpad?",
    "touchpad",
)
create(
    L,
    "Hi, so my manager told me this morning that I'm now the deputy for approving purchase orders, and for that I need to be in the 'PO Approvers' group in the finance system. Could you add me to the PO Approvers group please?",
    "Approvers",
)
create(
    E,
    "Hello, a new colleague, Tariq Aziz, joined our team on Monday and he still has no laptop - he's been sharing mine, which isn't great. His manager thought it had been ordered weeks ago. Could you get a laptop set up for Tariq please?",
    "Tariq",
)
create(
    L,
    "Hi, apologies if this isn't the right place. Since yesterday the number pad on my keyboard doesn't work unless I press Num Lock every time I log in; it resets every morning. Could someone make Num Lock stay on?",
    "Num",
)
create(
    E,
    "Hello, I've been trying since Tuesday to install the Webex app for the finance training, but it won't install - it says 'blocked by your organisation'. My training is on Friday. Could you install Webex for me or unblock it?",
    "Webex",
)
create(
    L,
    "Good morning, I'm organising our team's move to the 4th floor next month, and we'll need 12 network points patched and the desk phones moved. Facilities said to raise it with IT well in advance. Could you plan the network points for the move?",
    "network",
)
create(
    E,
    "Hi, I hope this makes sense. My email signature has disappeared since Monday, and I've tried setting it up again in the web version but it won't save. Marketing needs us all to use the new logo by Friday. Could someone help me fix the signature?",
    "signature",
)
create(
    L,
    "Hi, on Thursday the team's shared Excel file on SharePoint stopped letting more than one person edit at a time - it says 'locked for editing by another user' even when nobody else has it open. We've all closed it and waited an hour. Could someone look at the shared Excel file?",
    "Excel",
)
create(
    E,
    "Hello, I'm going on maternity leave from the end of the month and my manager wants my emails forwarded to Jo while I'm away, plus an out-of-office set up. I'd be grateful if IT could set up the forwarding for me.",
    "forwarding",
)
create(
    L,
    "Hey, so last night there was a power cut on our street and since then my laptop doesn't show any wireless networks at all, not at home and not in the office this morning either, whereas my phone finds them fine. I've tried turning flight mode on and off. Could someone look at the wireless on my laptop?",
    "wireless",
)
create(
    E,
    "Good afternoon, I need access to the HR recruitment system (Workday) because I'm going to help with interviews from next week - Claire from HR suggested I ask IT. Could I be given access to Workday?",
    "Workday",
)
create(
    L,
    "Hi, the monitor on my desk started showing a thin green line down the right-hand side on Monday, and today there are two. I've swapped the cable with my neighbour's and it's still there. Could I get the monitor swapped?",
    "monitor",
)
create(
    E,
    "Hi, I'm so sorry, I spilled coffee on my laptop keyboard this morning. I turned it off straight away and dried it like Google said, and it turns on, but several keys don't work now (e, r and the space bar). Could I get it repaired please?",
    "coffee",
)
create(
    L,
    "Hello, hoping you can help. I've been getting hundreds of spam emails a day since Monday, all in Russian, and they're burying the real ones. I've been marking them as junk but more keep coming. Could you put a stronger spam filter on my mailbox?",
    "spam",
)
create(
    E,
    "Hi, we're running the charity quiz in the canteen on the 20th and I was wondering whether IT could lend us a microphone and a speaker for the evening. Facilities said the AV kit belongs to you. Could we borrow a microphone?",
    "microphone",
)
create(
    L,
    "Hi there, a bit embarrassing, but I left my work laptop on the train last night. I've called lost property and they haven't got it. My manager said to tell IT straight away so it can be locked. Could you lock the laptop and sort out a replacement?",
    "laptop",
)
create(
    E,
    "Hello, the clock on my laptop has been an hour off since the clocks changed on Sunday, which means my meeting reminders are all wrong. I've tried setting the time zone but it's greyed out. Could someone fix the clock?",
    "clock",
)
create(
    L,
    "Hi, I've just been given responsibility for the company's social media and I need Canva and the Adobe Creative Cloud apps on the marketing laptop. My line manager okayed it on Tuesday. Could those be installed please?",
    "Canva",
)
create(
    E,
    "Hi, I'm at the Warehouse today and the door entry intercom by the loading bay has stopped ringing through to the office since yesterday, so drivers are left standing outside. The warehouse manager asked me to report it as I'm the one with a laptop. Could someone fix the intercom?",
    "intercom",
)
create(
    L,
    "Good morning, I'm writing on behalf of the whole sales floor: the internet has been really slow since about 10 o'clock, web pages take ages and Teams calls keep freezing. Everyone's affected, not just me. Could someone look into the slow internet urgently please?",
    "internet",
)
create(
    E,
    "Hi, a customer sent me a document in Apple's Pages format, and our laptops say the file type isn't supported. I tried opening it online but it wants an Apple account. Could IT install something that opens Pages files, or convert it for me?",
    "Pages",
)
create(
    L,
    "Hello, last Thursday I was asked to start covering the helpline, and for that I need the call-centre software (Genesys) installed. The team lead said IT does the install and the licence. Could I get Genesys set up please?",
    "Genesys",
)
create(
    E,
    "Hi there, I have three old laptops and a box of cables under my desk left over from the previous team, and I'd like them collected and disposed of properly - I was told IT needs to wipe the laptops first. Could someone come and collect the old laptops?",
    "laptops",
)
create(
    L,
    "Hello, my Bluetooth headphones won't pair with my laptop since Friday; they pair with my phone without any trouble. I've removed and re-added them twice. Could someone take a look at the Bluetooth?",
    "Bluetooth",
)
create(
    E,
    "Hi, I think my account might have been hacked - this morning at 6am I got three sign-in approval prompts on my phone that I definitely didn't ask for. I denied them all. A friend said that's how attackers try to get in. Could someone check my account please?",
    "account",
)
create(
    L,
    "Hi, our team's Power BI reports stopped refreshing on Monday; they all show data from last Friday. I don't own the reports, Gareth does, but he's off this week. Would someone be able to look at the Power BI refresh?",
    "Power BI",
)
create(
    E,
    "Hi, I'd like to request a USB-C to HDMI adapter. My laptop only has USB-C ports and the meeting rooms only have HDMI; I've been borrowing Tom's for weeks and he'd like it back. Could I get an adapter?",
    "adapter",
)

# --- Reading one own ticket (get_ticket) ----------------------------------------------------
get(
    E,
    "Hi, I hope you don't mind me asking. I raised a ticket about the Finance SharePoint access a while ago (3089, I think) and haven't heard anything since. I was wondering whether you could tell me where it's at?",
    3089,
)
get(
    E,
    "Hello! Sorry to chase. Could you tell me the status of ticket 3131? My manager asked me this morning whether the second monitor is coming.",
    3131,
)
get(
    E,
    "Hi there, I had a message from Chloe last week about my Outlook problem and I'm not sure whether she's waiting for me to do something. Could you show me ticket 3115?",
    3115,
)
get(
    E,
    "Morning, so the network people said they'd reply on my VPN ticket 3042 by Tuesday and it's Thursday now. Could you pull up 3042 and tell me what the latest is?",
    3042,
)
get(
    E,
    "Hi, just for my records: my old printer ticket from a few months ago, 3067 - what did they do in the end to fix it? Could I see it?",
    3067,
)
get(
    E,
    "Hello, my manager asked me what happened with the Teams camera ticket I raised (3150). I think it was cancelled, but I don't know why. Could you show it to me?",
    3150,
)
get(
    E,
    "Hiya, could you pull up ticket 3005 for me? I just want to check what the password reset steps were back then, because a colleague is asking.",
    3005,
)
get(
    E,
    "Hi, the monitor request - where is it at? I put it in ages ago and it seems to have been sitting there since.",
    3131,
)
get(
    E,
    "Hi, I'm sorry to bother you again but I was wondering whether there's any update on my SharePoint access request? I need it for month-end.",
    3089,
)
get(
    E,
    "Hello, before I try anything else myself, could you tell me what the latest is on my Outlook ticket? I don't want to undo whatever the engineer did last week.",
    3115,
)
get(
    E,
    "Hi, what's the story with 3018, the one about the VPN client on my new laptop? I'm just curious what they did in the end.",
    3018,
)
get(
    E,
    "Hello, I'm putting together notes for my review and I was wondering whether you could show me ticket 3042, the one about the VPN disconnecting when I work from home.",
    3042,
)
get(
    L,
    "Hi, I was wondering whether you could tell me what's happening with ticket 3120. The fan is still roaring away and I'd like to know whether anyone has looked at it yet.",
    3120,
)
get(
    L,
    "Hello, HR asked me this morning whether Mia Chen's laptop and accounts are ready, since she starts soon. Could you check the new starter ticket for me?",
    3076,
)
get(
    L,
    "Hey, ticket 3121 - the Wi-Fi one for meeting room 2 - it says closed, but could you show me what the fix was? Someone in another office has the same thing.",
    3121,
)
get(
    L,
    "Hi! My laptop fan ticket - any news? It's been In Progress since last week and I haven't heard a peep.",
    3120,
)
get(
    L,
    "Good morning, could I see the details of 3076 please? I want to double-check the start date I gave.",
    3076,
)
get(
    L,
    "Hi, sorry, I can't remember what I wrote in the Wi-Fi ticket for room 2. Could you show it to me?",
    3121,
)
get(
    L,
    "Hello, my manager wants an update on the overheating laptop ticket before our one-to-one this afternoon. What's its status?",
    3120,
)
get(
    E,
    "Hi, quick one before my meeting at 2: has anyone replied on my second monitor request? I'd just like to see what it says.",
    3131,
)
get(
    A,
    "Hi, Noah rang about 3101, the warehouse scanner one, and I'd like to see where we are before I call him back. Could you pull it up?",
    3101,
)
get(
    A,
    "Peter from Initech emailed this morning asking about his blue screen ticket, 3055. Could you show me the ticket before I reply to him?",
    3055,
)

# --- Listing own tickets (list_tickets) -------------------------------------------------------
listing(
    E,
    "Hi, I've lost track a bit - I know I've got a few things with IT at the moment (the VPN, Outlook and a couple of others). Could you show me all my tickets?",
)
listing(
    E,
    "Hello, could you list my tickets please? My manager wants to know what's outstanding before the quarter ends.",
)
listing(
    E,
    "Hi, I was wondering whether you could show me 3042 and 3115 together; I want to compare what the engineers said on each.",
    [3042, 3115],
)
listing(
    E,
    "Morning! Could I see tickets 3089 and 3131 please? Both have gone a bit quiet since last week.",
    [3089, 3131],
)
listing(
    E,
    "Hi, for my appraisal I need to look back at 3005, 3018 and 3067 - could you show me all three?",
    [3005, 3018, 3067],
)
listing(
    E,
    "Hello, could you show me everything I've ever raised with IT, open and closed? I'm doing a bit of a tidy-up of my inbox and want to see it all in one place.",
)
listing(
    E,
    "Hi, what do I have with you at the moment? I only ever see the emails, so I've no idea what's still going.",
)
listing(
    E,
    "Hi, would you show me 3042, 3089 and 3115? I'd like to see where each of them is before my one-to-one on Friday.",
    [3042, 3089, 3115],
)
listing(
    E,
    "Hi, just checking on 3131 and 3115, please - any movement on either since Monday?",
    [3115, 3131],
)
listing(
    E,
    "Hello, I only ever get your tickets as emails and I've deleted some of them by accident, so I'm not sure what I've raised. Could you list my tickets for me?",
)
listing(
    L, "Hi, could you show me all of my tickets please? I think I've got two or three on the go."
)
listing(
    L,
    "Hello, before I go on holiday on Friday I'd like to see everything I've got with IT, so I can hand over anything important. Could you list my tickets?",
)
listing(
    L,
    "Hey, could you bring up 3076 and 3120 for me? I want to check both before my manager asks.",
    [3076, 3120],
)
listing(
    L,
    "Hi, please show me tickets 3120 and 3121; I'm starting to think the Wi-Fi problem and the overheating might be linked.",
    [3120, 3121],
)
listing(
    L, "Hi, I'm trying to remember what I've asked IT for this year. Could you list my tickets?"
)
listing(
    L,
    "Hello there, sorry for the bother - show me 3076, 3120 and 3121 please, all three.",
    [3076, 3120, 3121],
)
listing(
    L,
    "Hi, I was wondering whether you could pull up my tickets - all of them - so I can see which ones still need something from me.",
)
listing(
    A,
    "Could you show me 3101 and 3160 side by side? I want to see whether the warehouse and Initech problems started around the same time.",
    [3101, 3160],
)

# --- Notes on an own ticket (add_note) ---------------------------------------------------------
note(
    E,
    "Hi, a bit of an update for the VPN ticket 3042: since Monday I've been working from my mum's house and the VPN stays connected there all day, so maybe it's my home router? Could you add that to 3042 please so the engineer knows.",
    3042,
    "router",
)
note(
    E,
    "Hello, re ticket 3115 - I did what Chloe suggested and signed out and back in on Tuesday, but Outlook asked for the password again this morning. Please add a note to 3115 saying it's still happening after signing out.",
    3115,
    "happening",
)
note(
    E,
    "Hi, just so you know, my manager Rachel approved the Finance SharePoint access in writing yesterday. Could you add a note to 3089 that Rachel has approved it?",
    3089,
    "Rachel",
)
note(
    E,
    "Hello, regarding 3131, the second monitor: I've measured my desk and there's room for a 27 inch one, if that helps. Could you put that on the ticket?",
    3131,
    "27",
)
note(
    E,
    "Hi, on my ticket about the VPN disconnecting at home, please add: it happened four times yesterday between 2 and 4pm.",
    3042,
    "4pm",
)
note(
    E,
    "Morning, for the Outlook ticket, could you let them know I'll be out of the office until Wednesday, so there's no point ringing me before then?",
    3115,
    "Wednesday",
)
note(
    E,
    "Hi, about my monitor request - my manager said the budget code for it is CC-4410. Could you add that to the request please?",
    3131,
    "CC-4410",
)
note(
    E,
    "Hello, on the SharePoint access request: it's actually the 'Month End' subsite I need, not the whole Finance site. Could you add that so nobody gives me too much access?",
    3089,
    "subsite",
)
note(
    E,
    "Hi, I'll be on annual leave from the 10th to the 17th, so if the network team want to test the VPN with me they'll need to do it before then. Could you note that on 3042?",
    3042,
    "leave",
)
note(
    E,
    "Hello, Chloe asked me which version of Outlook I have - it's Microsoft 365 version 2402. Could you reply on ticket 3115 with that?",
    3115,
    "2402",
)
note(
    E,
    "Hi, a colleague called Ben is leaving on Friday and has a spare monitor, so maybe there's no need to order one. Could you add to 3131 that Ben's monitor could be reused?",
    3131,
    "Ben",
)
note(
    E,
    "Hello, I'm chasing 3089 a bit, sorry. Could you add a note that I need the access by the 28th for month-end?",
    3089,
    "28th",
)
note(
    E,
    "Hello, could you please add 'tried the wired connection as suggested, same result' to 3042? I did it on Saturday.",
    3042,
    "wired",
)
note(
    L,
    "Hi, for my laptop fan ticket 3120: the fan gets loudest when I have Chrome and Excel open, and it's fine when the laptop's on the desk stand. Could you add that to the ticket?",
    3120,
    "stand",
)
note(
    L,
    "Hello, on 3076 (Mia Chen, the new starter) - HR just told me her start date has moved to the 21st. Please add a note so IT knows.",
    3076,
    "21st",
)
note(
    L,
    "Hi, the engineer asked for my asset number on the overheating ticket; it's AC-2231. Could you add that to the ticket?",
    3120,
    "AC-2231",
)
note(
    L,
    "Hi, please add to the new starter ticket that Mia will also need access to the Sales Reporting drive; her manager confirmed this morning.",
    3076,
    "Sales",
)
note(
    L,
    "Hello, just a note for 3120: I'm working from home on Mondays and Fridays, so any visit would need to be Tuesday to Thursday.",
    3120,
    "Thursday",
)
note(
    L,
    "Hi, re ticket 3076, Mia would prefer a Mac if that's at all possible. Could you let them know on the ticket?",
    3076,
    "Mac",
)
note(
    L,
    "Hello, an update on the fan: since the BIOS update the engineer pushed on Wednesday it's a bit quieter but still hot. Please note that on ticket 3120.",
    3120,
    "quieter",
)
note(
    A,
    "Could you add a note to 3101 for Noah saying a replacement scanner is on its way and should arrive on Thursday?",
    3101,
    "replacement",
)
note(
    A,
    "Please put a note on 3160 letting Samir know we've pushed a new Teams audio driver, and asking him to test it on his next call.",
    3160,
    "driver",
)

# --- Resolve an own open ticket (resolve_ticket) ---------------------------------------------
resolve(
    E,
    "Hi, good news for once! Since the network team changed something last Thursday the VPN hasn't dropped at all; I've been working from home all week without a problem. I think you can resolve my ticket about the VPN disconnecting at home now.",
    3042,
)
resolve(
    E,
    "Hello, I wanted to let you know that after Chloe's reset and a restart on Monday, Outlook has stopped asking for my password. Please go ahead and resolve 3115. Thanks so much!",
    3115,
)
resolve(
    E,
    "Hi, I was added to the Finance SharePoint site this morning (someone from Finance did it directly), so I don't need ticket 3089 any more. Could you close it?",
    3089,
)
resolve(
    E,
    "Hi, my colleague left last week and I've inherited her second monitor, so the request for a second monitor can be resolved. Thanks anyway!",
    3131,
)
resolve(
    L,
    "Hello, the engineer replaced the fan on Tuesday and my laptop's been quiet and cool all week. I think ticket 3120 can be resolved now.",
    3120,
)
resolve(
    L,
    "Hi, Mia started on Monday and everything worked - laptop, email, the lot. Please close the new starter ticket, 3076.",
    3076,
)
resolve(
    E,
    "Hey, could you resolve 3042 for me? It's been fine for two weeks now and I'd rather not leave it hanging.",
    3042,
)
resolve(
    L,
    "Hi, the laptop fan problem is sorted, touch wood. Please mark the overheating ticket as resolved.",
    3120,
)
resolve(
    E,
    "Morning! Outlook has been behaving since Friday, no password prompts at all. Could you resolve the Outlook ticket please?",
    3115,
)
resolve(
    E,
    "Hi, I no longer need the monitor - I'm moving to a hot desk from next week. Please resolve ticket 3131.",
    3131,
)

# --- Reopen a closed own ticket (reopen_ticket) -----------------------------------------------
reopen(
    E,
    "Hi, I'm afraid the printer on the 2nd floor has started jamming again since Tuesday, same as before - every second job. Could you reopen ticket 3067 please rather than me starting a new one?",
    3067,
)
reopen(
    E,
    "Hello, weird one: after my laptop was re-imaged last week the VPN client has vanished again. Could you reopen 3018?",
    3018,
)
reopen(
    E,
    "Hi, please reopen 3005 - the password reset from after my holiday never really stuck, and I've been asked to reset it again every day since Monday.",
    3005,
)
reopen(
    L,
    "Hi, the Wi-Fi in meeting room 2 has been dropping during calls again, just like before. Could you reopen 3121 please?",
    3121,
)
reopen(
    L,
    "Hello, could you reopen my Wi-Fi ticket for room 2? It was fixed, but since last Thursday it's back.",
    3121,
)
reopen(
    E,
    "Hi, I'd like to reopen my printer jamming ticket; the 2nd floor printer is doing it again and the whole floor is queuing at the other one.",
    3067,
)
reopen(
    E,
    "Hi, please reopen my old ticket about the VPN client missing on my laptop - it's missing again since the update on Monday.",
    3018,
)
reopen(
    E,
    "Hello, I was wondering whether you could reopen my password reset ticket from after the holiday? The new password stopped working on Monday.",
    3005,
)
reopen(
    L,
    "Hi, sorry to be a pain, but 3121 needs reopening - the room 2 Wi-Fi cut out twice in this morning's meeting.",
    3121,
)
reopen(
    E,
    "Morning, the paper jams are back on the 2nd floor printer. Can 3067 be reopened please?",
    3067,
)

# --- Rate a resolved own ticket (rate_ticket) --------------------------------------------------
rate(
    E,
    "Hi, I never got round to saying thanks for the printer fix a while back - Hannah was brilliant. I'd like to rate ticket 3067 five stars.",
    3067,
    5,
)
rate(
    E,
    "Hello, for the password reset ticket 3005 I'd give it 4 out of 5 - quick, but I had to ring twice.",
    3005,
    4,
)
rate(
    E,
    "Hi, I'd like to leave feedback on 3018: 3/5. It took a week to get the VPN client installed, but the engineer was nice about it.",
    3018,
    3,
)
rate(
    L,
    "Hello, Marcus sorted out the Wi-Fi in room 2 really quickly, so I'd like to rate 3121 5 stars.",
    3121,
    5,
)
rate(L, "Hi, rating for 3121 please: 4/5. It works, it just took a couple of visits.", 3121, 4)
rate(
    E,
    "Hi, to be honest the printer kept jamming for weeks before it was fixed, so I'd rate 3067 two out of five.",
    3067,
    2,
)
rate(
    E,
    "Hi, please rate my password reset ticket 3005 5 stars - Sarah was lovely and patient with me.",
    3005,
    5,
)
rate(
    L,
    "Good afternoon, I was wondering whether I could rate the Wi-Fi ticket for room 2 - 3 stars, it took a while but it works now.",
    3121,
    3,
)

# --- How-to questions (lookup kb_articles) -----------------------------------------------------
lookup(
    E,
    "Hi, I'm starting to work from home two days a week from next Monday, and I've honestly never used the VPN from home before. How do I connect to the VPN from home?",
    KB,
    "VPN",
)
lookup(
    L,
    "Hello, I've forgotten my password again (third time this year, sorry!). I was wondering whether there's a way to reset my password myself without bothering anyone?",
    KB,
    "password",
)
lookup(
    E,
    "Hi, my new phone arrived yesterday and I need to set up the Authenticator app again. How do I set up MFA on a new phone?",
    KB,
    "MFA",
)
lookup(
    L,
    "Hi there, the printer next to me jammed this morning and I don't want to bother you every time. How do I clear a paper jam myself?",
    KB,
    "jam",
)
lookup(
    L,
    "Hello, I had an email this morning asking me to confirm my bank details for payroll, which looked dodgy. How can I tell whether an email is phishing?",
    KB,
    "phishing",
)
lookup(
    E,
    "Hi, I've got a Teams meeting with an external client on Thursday and last time nobody could hear me. Is there a guide to using Teams for meetings?",
    KB,
    "Teams",
)
lookup(
    L,
    "Hello, I've just moved desks and I can't see the S: drive anymore. How do I map a network drive?",
    KB,
    "drive",
)
lookup(
    E,
    "Hi, how do I connect to the office Wi-Fi on my laptop? I've been using my phone's hotspot since Monday, which isn't ideal.",
    KB,
    "Wi-Fi",
)
lookup(
    L,
    "Hi, my manager wants me to get into a SharePoint site for our new project. How do I request access to a SharePoint site?",
    KB,
    "SharePoint",
)
lookup(
    E,
    "Hello, we have a new person joining our team in three weeks. What does IT need from us before a new starter begins?",
    KB,
    "starter",
)
lookup(
    L,
    "Hi, my laptop keeps telling me updates are waiting, and I never know whether to restart. How do I install Windows updates properly?",
    KB,
    "Windows",
)
lookup(
    E,
    "Hi, my colleague Jo's Outlook keeps asking her for her password, and she asked me to ask since I've been through it. Is there an article on what to do when Outlook keeps asking for the password?",
    KB,
    "Outlook",
)
lookup(
    L,
    "Hello, I'm going to be working from a hotel in Manchester next week. Is there a guide for connecting to the VPN remotely?",
    KB,
    "VPN",
)
lookup(
    E,
    "Hi, I was wondering whether there's a how-to for resetting my own password with self-service? I'd rather not wait for the service desk next time.",
    KB,
    "password",
)
lookup(
    L,
    "Hi, I read in the newsletter that we should all be using multi-factor authentication. How do I set up multi-factor authentication?",
    KB,
    "authentication",
)
lookup(
    E,
    "Good morning, what's the process for reporting phishing emails? I've had a couple of suspicious ones since Friday.",
    KB,
    "phishing",
)
lookup(
    L,
    "Hi, is there a knowledge base article about mapping network drives? I need the Marketing share on my laptop.",
    KB,
    "drive",
)
lookup(
    E,
    "Hello, the visitor in our office today wants to get on the Wi-Fi. How do guests connect to the office Wi-Fi?",
    KB,
    "Wi-Fi",
)
lookup(
    L,
    "Hi, people say I sound like I'm in a tunnel on calls. How do I pick the right microphone in Teams?",
    KB,
    "microphone",
)
lookup(
    E,
    "Hi, the floor printer has jammed again and everyone's at lunch. How do I clear a paper jam on the floor printers?",
    KB,
    "jam",
)

# --- Refused at plan time ---------------------------------------------------------------------
# someone else's ticket
refused(
    E,
    "Hi, Noah from the warehouse asked me to check on his ticket since he's not at a computer today. Could you tell me the status of 3101?",
)
refused(
    E,
    "Hello, Samir at Initech and I share a supplier and he mentioned his Teams audio problem; could you add a note to 3160 saying I have the same issue?",
)
refused(
    E,
    "Hi, I was wondering whether you could show me ticket 3110? A contractor I work with said it's about his VPN access.",
)
refused(E, "Hi, I think 3055 is actually fixed, Peter told me over lunch. Could you resolve 3055?")
refused(E, "Hello, Olivia at Globex says her monitor's fine now, so please close 3140 for her.")
refused(
    L,
    "Hi, Emma's off sick today and asked me to keep an eye on her VPN ticket. Could you show me 3042?",
)
refused(L, "Hello, please add a note to 3115 for Emma saying she'll be back on Monday.")
refused(
    L,
    "Hi, a friend at Initech told me their laptop won't boot after the Windows update - could you show me 3099 so I can see what they tried?",
)
# admin-only things asked by an employee
refused(
    E,
    "Hi, Marcus is the one who knows our VPN setup, so could you assign my ticket 3042 to Marcus Reid please?",
)
refused(
    E,
    "Hello, I really need the monitor before my deadline on Friday, so could you bump 3131 to critical priority?",
)
refused(
    L,
    "Hi, I'm curious how busy IT is with our sister companies. Could you list all the Globex tickets?",
)
refused(
    E,
    "Hi, my manager asked me to check the end date of the contract ACME-MSA-2026. Could you look up that contract for me?",
)
refused(
    L,
    "Hello, I'm preparing slides for the ops meeting and I'd love some numbers. Could you run the SLA compliance report for me?",
)
refused(
    E,
    "Hi, could you show me the list of all the customers you look after? Just curious who else uses this portal.",
)
refused(
    L,
    "Hi, the 2nd Line people seem better with laptops, so could you move 3120 to the 2nd Line Support team?",
)
# closed or cancelled own tickets to resolve, and rating an open one
refused(E, "Hi, the printer on the 2nd floor is fine now, so please resolve 3067.")
refused(E, "Hello, I don't need the password reset anymore, could you resolve 3005 please?")
refused(E, "Hi, the Teams camera works again since the update, so you can resolve 3150.")
refused(L, "Hi, Wi-Fi in room 2 has been great all week, please resolve ticket 3121.")
refused(
    E,
    "Hi, I know it's not finished yet, but Chloe's been so helpful on 3115 that I'd like to rate it 5 stars already.",
)

# --- Candidates: the text fits more than one of the person's tickets ------------------------
candidates(
    E,
    "Hi, I was wondering whether you could tell me the status of my VPN ticket? I've had a few VPN problems this year and I'd like to see where it's at.",
    "get_ticket",
)
candidates(
    E,
    "Hello, sorry to bother you, could you show me the VPN ticket? My manager asked what happened with it.",
    "get_ticket",
)
candidates(
    E,
    "Hi, could you pull up my password ticket please? I'd like to see what the engineer wrote.",
    "get_ticket",
)
candidates(
    E,
    "Hello, I was wondering what's going on with the ticket about my password - any news?",
    "get_ticket",
)
candidates(
    E,
    "Hi, a colleague reminded me that I can leave feedback. I'd like to rate my ticket, please.",
    "rate_ticket",
)
candidates(
    E,
    "Hi, could you add a note to my ticket saying I'm working from home on Friday, please?",
    "add_note",
)
candidates(
    L, "Hello, please add a note to my ticket: I'm away from the 3rd to the 10th.", "add_note"
)
candidates(
    E,
    "Hi, it's all working now, thanks for everything! Please resolve my ticket.",
    "resolve_ticket",
)
candidates(
    L,
    "Hi, all good now, you can close my ticket. Thanks again for your help last week.",
    "resolve_ticket",
)
candidates(E, "Hello, I'd like to check on the VPN one, please - what's the latest?", "get_ticket")

# --- Admin --------------------------------------------------------------------------------------
update(
    A,
    "Hi, could you get 3160 over to Hannah and bump it to high? Samir's been waiting since last Thursday and Daniel's off sick this week.",
    3160,
    agent_id=9,
    priority_id=2,
)
update(
    A,
    "Morning. Marcus has started on the warehouse scanner, so could you set 3101 to In Progress please?",
    3101,
    status_id=2,
)
update(
    A,
    "Initech's office is at a standstill since the Windows update broke that laptop - please make 3099 critical.",
    3099,
    priority_id=1,
)
update(
    A,
    "Daniel is snowed under this week; could you reassign 3055 to Tom Walsh for me?",
    3055,
    agent_id=11,
)
update(
    A,
    "Olivia's flickering monitor, 3140, really needs someone on site, so could you move it to the Field Services team?",
    3140,
    team_id=15,
)
update(
    A,
    "We've ordered the contractor's VPN token from the vendor, so could you put 3110 into With Supplier until it arrives?",
    3110,
    status_id=5,
)
update(
    A,
    "Could you send 3042 to the Network team and give it to Marcus? It's been bouncing around since Monday.",
    3042,
    team_id=12,
    agent_id=8,
)
update(
    A,
    "Liam says the fan is much less urgent now the engineer has been, so could you drop 3120 to low priority?",
    3120,
    priority_id=4,
)
update(
    A,
    "Emma's SharePoint request, 3089, still has nobody on it. Could you assign it to Priya Sharma please?",
    3089,
    agent_id=5,
)
update(
    A,
    "The supplier has delivered the monitors this morning, so 3131 needs us to do something now - could you set it to Action Required?",
    3131,
    status_id=3,
)
update(
    A,
    "Daniel has asked Samir to test a fix, so could you change 3160 to With User while we wait to hear back from him?",
    3160,
    status_id=4,
)
update(
    A,
    "Can you move 3101 over to 1st Line Support? Marcus says it's a device setup thing, not a network one.",
    3101,
    team_id=5,
)
update(
    A,
    "Would you assign 3115 to James O'Connor, please? Chloe's on holiday from tomorrow for two weeks.",
    3115,
    agent_id=4,
)
update(
    A,
    "For 3140, could you set the priority to medium and give it to Hannah Fischer? She's in Springfield on Wednesday anyway.",
    3140,
    priority_id=3,
    agent_id=9,
)
resolve(
    A,
    "Noah confirmed this morning that the new scanner joins the Wi-Fi fine, so please resolve 3101.",
    3101,
)
lookup(
    A,
    "I've got Globex's account manager on the phone in ten minutes and I can't remember their details. Could you look up the customer Globex for me?",
    "customers",
    "Globex",
)
lookup(
    A,
    "Before the renewal meeting on Thursday, could you find Umbrella Health in the customers list and show me what we have on them?",
    "customers",
    "Umbrella",
)
lookup(
    A,
    "Hank mentioned he works out of Cypress Creek, and I'm not sure which customer that belongs to. Could you look up the site Cypress Creek?",
    "sites",
    "Cypress",
)
lookup(
    A,
    "Could you look up the Gotham Office site for me? I need its address for the engineer visit next week.",
    "sites",
    "Gotham",
)
lookup(
    A,
    "Peter Gibbons emailed from a personal address, so could you look up the user Peter Gibbons and check his work contact details?",
    "users",
    "Gibbons",
)
lookup(
    A,
    "Someone called Happy Hogan rang the desk about the depot; could you find that user for me so I know who he is?",
    "users",
    "Hogan",
)
lookup(
    A,
    "I'm planning the rota for next month - could you tell me who's in the Network team?",
    "teams",
    "Network",
)
lookup(
    A,
    "We've got three site visits on Friday; who is on the Field Services team at the moment?",
    "teams",
    "Field",
)
lookup(
    A,
    "Emma says her laptop is getting old; could you look up asset AC-2219 and see when it was bought?",
    "assets",
    "AC-2219",
)
lookup(
    A,
    "Before the engineer goes out to Liam, could you pull up asset AC-2231 for me?",
    "assets",
    "AC-2231",
)
lookup(
    A,
    "Globex are asking what's covered this year - could you look up the contract GLX-MSP-2026?",
    "contracts",
    "GLX-MSP-2026",
)
lookup(
    A,
    "Stark Logistics asked whether their network monitoring is still active, so could you find the STARK-NETWORK contract?",
    "contracts",
    "STARK-NETWORK",
)
lookup(
    A,
    "The ops review is on Monday and I'd like the figures, so could you find the SLA compliance report for me?",
    "reports",
    "SLA",
)
lookup(
    A,
    "Finance want to budget for laptop replacements next year; could you look up the asset warranty expiry report?",
    "reports",
    "warranty",
)
add(
    A,
    "I've got Globex's account review on Friday, so could you show me all the tickets for Globex?",
    {"action": "list_tickets", "params": {"client_id": 17}},
)
add(
    A,
    "I need to see Initech's tickets before I call their office manager back this afternoon.",
    {"action": "list_tickets", "params": {"client_id": 42}},
)
add(
    A,
    "Please list Umbrella Health's tickets; their contract renewal meeting is next week and I want to know what's been going on.",
    {"action": "list_tickets", "params": {"client_id": 23}},
)
add(
    A,
    "What tickets have we got for Stark Logistics at the moment? They've been quiet and I'd like to be sure.",
    {"action": "list_tickets", "params": {"client_id": 27}},
)
add(
    A,
    "Could you show me the Wayne Foundation tickets please? Their director asked for a summary by Friday.",
    {"action": "list_tickets", "params": {"client_id": 35}},
)
create(
    A,
    "Hannah's at Globex tomorrow anyway, so could you log a ticket for Globex, Springfield Campus site: their reception printer has been jamming since Monday.",
    "printer",
    client_id=17,
    site_id=41,
)
create(
    A,
    "Could you open a ticket for Umbrella Health, site Laboratory? The PC that watches the fridge temperatures has lost its network connection since last night.",
    "network",
    client_id=23,
    site_id=52,
)
create(
    A,
    "Please raise a ticket for Stark Logistics at the Fleet Depot - the depot staff rang to say their label printer hasn't printed anything since Thursday.",
    "label",
    client_id=27,
    site_id=62,
)
