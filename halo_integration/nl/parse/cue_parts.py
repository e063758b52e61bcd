"""What intent cues are made of: the `Cue` and `Intent` types and the regex fragments and word
lists that several cue tables and slot builders share (ticket nouns, polite lead-ins, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import BLANK, words_ok
from .text import words

IGNORE_CASE = re.IGNORECASE
UNSUPPORTED = "unsupported"

# Modifier words between an article and a ticket noun ("a HaloPSA Incident ticket"); never a
# preposition or pronoun, so "raise the priority of ticket 3115" is not "raise ... a ticket",
# and never "but" or "nothing": "I make restart but nothing changes" tells what was tried.
MOD = (
    r"(?:(?!(?:of|for|to|on|in|with|about|from|at|by|and|but|nothing|not|never|that|my|this|it|its|"
    r"your|the)\b)"
    r"[\w&.'/-]+\s+){0,4}?"
)
TICKET_NOUN = (
    r"(?:tickets?|cases?|calls?|jobs?|major\s+incidents?|incidents?|service\s+requests?|"
    r"change\s+requests?|requests?|problems?|changes?|issues?|faults?|questions?|tasks?|alerts?)"
)
# "ticket for ...", "service request for ...": what an admin types before whom a new ticket is for
TICKET_FOR_LEAD = (
    r"^\W*(?:(?:a\s+)?new\s+)?(?:ticket|incident|(?:service\s+)?request|case|job|(?<=new\s)one)\s+"
    r"(?=for\s|on\s+behalf\s+of\s)"
)
TICKET_FOR_LEAD_RE = re.compile(TICKET_FOR_LEAD, IGNORE_CASE)
NO_ID = r"(?!\s*(?:#|no\.?\s|number\s|id\s)?\s*\d)"
POLITE = (
    r"(?:please|pls|kindly|just|hey|hi|hello|ok|okay|so|can\s+you|could\s+you|would\s+you|"
    r"will\s+you|i\s+want\s+to|i'd\s+like\s+to|i\s+would\s+like\s+to|i\s+need\s+to|"
    r"you\s+should|go\s+ahead\s+and|let's|lets)"
)
RESOLVED_WORDS = r"(?:resolved|fixed|done|solved|complete|completed|closed|finished|sorted)"
# A close asked NOT to happen ("please don't close 3115 yet", "do not mark it resolved", "I
# don't want 3120 closed"): never a close. NOT_NEGATED guards a close verb; NEGATED_CLOSE finds
# the request, which the desk should read as a note on that ticket.
# ("please don't go ahead and close 3067": the same refusal, with the words of a go-ahead)
NOT_NEGATED = (
    r"(?<!\bdon't\s)(?<!\bdont\s)(?<!\bdon’t\s)(?<!\bnot\s)(?<!\bnever\s)"
    r"(?<!\bdon't\sgo\sahead\sand\s)(?<!\bdont\sgo\sahead\sand\s)(?<!\bdon’t\sgo\sahead\sand\s)"
    r"(?<!\bnot\sgo\sahead\sand\s)"
)
NEGATED_CLOSE = (
    r"\b(?:don't|dont|don’t|do\s+not|never)\s+(?:go\s+ahead\s+and\s+)?"
    r"(?:close|resolve|cancel|shut|mark\b)|"
    r"\b(?:don't|dont|don’t|do\s+not)\s+(?:want|need)\s+[^.]{0,40}?\b(?:closed|resolved)\b"
)
RES_OBJECT = (
    r"(?:it\b|this\b|that\b|#|\d|ticket\b|(?:my|the|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ticket|request|case|incident|call|issue)\b)"
)
# Things people have problems with. A sentence about one of them that asks for nothing else is
# read as a problem to report ("keyboard on my laptop is typing double letters").
_THINGS = (
    r"(?:laptop|notebook|pc|computer|desktop|screen|monitor|display|keyboard|mouse|trackpad|"
    r"printer|scanner|copier|phone|mobile|iphone|android|tablet|ipad|headset|headphones|camera|"
    r"webcam|mic|microphone|speakers?|dock|docking\s+station|charger|cable|battery|server|"
    r"network|wifi|wi-fi|internet|vpn|e-?mail|mail|mailbox|outlook|teams|zoom|excel|word|"
    r"powerpoint|sharepoint|onedrive|app|application|software|program|website|intranet|page|"
    r"portal|password|account|login|access|badge|projector|tv|room|desk|chair|noise|report|"
    r"dashboard|spreadsheet|file|folder|drive|document|calendar|browser|telephone|handset|"
    r"fan|icon|sync|spam|filter|licen[cs]e|page|signal|light|cursor|pixel|touchpad|bluetooth|"
    r"adapter|power|sound|audio|volume|notification|driver|update|windows|mac|macbook|chrome|"
    r"edge|firefox|pdf|attachment|certificate|storage|disk|memory|usb|hdmi|port|toner|ink|"
    r"paper|label|sticker|door|lift|character|letter|text|font|meeting|call|invite|message|"
    r"chat|address|slack|jira|webex|skype|adobe|acrobat|photoshop|visio|office|onedrive|"
    r"dropbox|crm|erp|sap|salesforce|license|joiner|starter|recording|video|image|picture|"
    r"photo|wallpaper|background|shortcut|link|email|inbox|outbox|signature|contact|"
    # what the IT-savvy name: a blue screen, disk encryption, sign-in codes, start-up firmware
    r"bsod|bitlocker|bios|mfa|2fa|authenticator|firewall|proxy|antivirus|ssd|hdd|ram|cpu|"
    r"gpu|dns|sso|dhcp|router|tableau|power\s*bi|gps|tracker|sensor|terminal|kiosk|till|plotter|"
    r"shredder|laminator|voicemail)s?\b"
)
THING_RE = re.compile(r"\b" + _THINGS, IGNORE_CASE)


# The request mentions some ticket (needed by cues that are otherwise ordinary sentences).
TICKET_REF_RE = re.compile(
    r"\b(?:ticket|tickets|case|it|my|this\s+one|issue|problem|request)\b|#\s*\d|\b\d{2,}\b|"
    r"\b(?:the|that)\s+(?:[\w-]+\s+){1,3}?(?:one|thing|stuff)\b|"  # "the Teams camera one"
    # "Mia's laptop": someone's thing, on one of my tickets
    rf"\b(?!(?:it|that|what|there|here|who|let)'s)[a-z]+'s\s+(?:new\s+)?{_THINGS}",
    IGNORE_CASE,
)
# Kinds of request that ask for something new: "software request: visio" opens a ticket, it
# names no request the person has open.
NEW_THING_REQUEST_KINDS = (
    r"(?:software|hardware|equipment|purchase|licen[cs]e|install(?:ation)?|access|permissions?)"
)
# A size after a number: "27 inch", "24\"", "144 hz", "500 gb" (a number with a unit is a
# thing's size, never a ticket's number)
MEASURE_AFTER = (
    r"\s*(?:inch(?:es)?\b|\"|''|cm\b|mm\b|metres?\b|meters?\b|kg\b|hz\b|khz\b|mhz\b|ghz\b|"
    r"mbps\b|gbps\b|pcs\b|pieces?\b|units?\b)"
)
# A ticket number typed first on a phone, the news straight after it with no colon or dash:
# "3042 still drops every 10 min", "3120 fan even louder today". Four digits at least and no
# year ("500 error on the intranet", "2024 budget sheet"); no count of things ("1500 emails
# stuck"), no second number ("3042 and 3115 ...", which names several tickets) and no lone
# word after it.
_COUNTED_AFTER = (
    r"\s*(?:users?|people|staff|emails?|e-?mails?|messages?|files?|pages?|rows?|records?|items?|"
    r"errors?|gb|mb|tb|kb|euros?|pounds?|dollars?|eur|usd|gbp)\b"
)
BARE_ID_LEAD = (
    r"^\W*#?\s*(?!(?:19|20)\d\d\b)\d{4,10}\s+"
    rf"(?!{MEASURE_AFTER})(?!{_COUNTED_AFTER})(?![\w&,+\s]{{0,6}}?#?\b\d{{3,}})"
    # ("3121 give it a 5" rates it; "3042 give it 2 more days" may rate it or ask to wait)
    r"(?!give\s+it\b)"
    # two words at least: "3005 details" or "3076 pls" alone asks for the ticket
    r"(?=[^\W\d_][\w'-]*[\s,]+\S)"
)
BARE_ID_LEAD_RE = re.compile(BARE_ID_LEAD, IGNORE_CASE)
# A ticket named first, then what to say about it: "For 3131: ...", "Update on 3042 - ...",
# "re my VPN ticket, ...", "3042: ..." (with a colon, dash or comma after it).
SEPARATED_TICKET_HEADER = (
    r"^\W*(?:re\s*:\s*|(?:(?:an?\s+)?(?:quick\s+|small\s+|short\s+|brief\s+|little\s+)?"
    r"(?:update|info|news|note|comment|fyi|heads[\s-]up|addition|correction|clarification|detail|"
    r"point)\s+)?(?:for|on|re|about|regarding|"
    r"concerning|ref|to)\s*:?\s+)?"
    # ("the printer one from before, ...": the one asked about before)
    r"(?:(?:the|my|this|our)\s+(?:[\w&'./+-]+\s+){0,4}?(?:ticket|request|case|issue|one)"
    r"(?:\s+from\s+(?:before|earlier|yesterday|last\s+(?:week|month)))?|"
    # "re my vpn: happens on 4G too": a reply about a thing of mine
    r"(?<=re\s)(?:my|the)\s+(?:[\w&'./+-]+\s+){0,4}?[\w&'./+-]+(?=\s*(?::|\s-\s))|"
    # "vpn ticket: it dropped 5 times today" (not "new ticket: ...", which opens one)
    r"(?<![\w\s])(?:(?!(?:new|a|an|another|open|raise|log|create|submit|make|start|problem|incident|"
    rf"urgent|high|low|service|change|please|pls|kindly|can|could|{NEW_THING_REQUEST_KINDS})\b)"
    r"[\w&'./+-]+\s+){1,3}?"
    # ("teams camera ticket?? what happened": a question mark typed after it on a phone)
    # ("password one - details": the ticket called by what it is about)
    r"(?:ticket|request|case|one)(?=\s*(?::|\s-\s|\?+\s))|"
    r"(?:(?:the|my|this|our)\s+)?(?:ticket|case|request|call|incident)\s*(?:no\.?|number|nr\.?)?\s*#?"
    r"\s*\d{3,10}|"
    r"#?\s*\d{3,10})(?:\s+(?:note|comment|update|fyi|info|reply|answer|response))?\s*(?::|\s-\s|,|\?+\s)\s*"
    r"(?=[^\W\d_]|«)"
)
# ... or a bare ticket number first ("3042 still drops"): either way the header of a note
TICKET_HEADER_RE = re.compile(f"{SEPARATED_TICKET_HEADER}|{BARE_ID_LEAD}", IGNORE_CASE)
# Words of a question that asks only how a ticket is doing ("any news?", "what's the status?",
# "is anyone working on it?"). After a ticket named first such a question reads the ticket;
# anything more is said to the people on it, as a note ("For 3131: any news on the delivery?").
STATUS_QUESTION_WORDS = words("""
    any anything some the a an latest news update updates progress status eta word feedback
    response reply movement what what's whats is are was has have had did does do when will
    would where how how's hows who who's it its it's this that ticket one there here anyone
    anybody someone somebody you u they happening going on with about for of yet so far now
    today please pls plz details detail info thanks thank thx cheers ok okay done fixed resolved
    closed sorted finished looking working look looked picked up seen started handled checked
    last action assigned owner and at wheres whats where's that's
    being been be get got moving new state current stand we us me my in at all still again hi hey
    also just
    """)
QUESTION_START_RE = re.compile(
    r"^\W*(?:why|when|who|how|did|has|have|was|were|is|are|does|do)\b(?!\s+(?:close|resolve))"
    # "is it possible to close ...", "are you able to resolve ...": a request put politely
    r"(?!\s+(?:it\s+(?:possible|ok|okay|alright)|you\s+(?:able|allowed)|there\s+(?:any\s+)?"
    r"(?:way|chance))\s+(?:to|for\s+you\s+to|you\s+(?:can|could))\b)"
    r"(?!\s+you\s+mind\b)|"
    # dictated with no question mark: "Liam asked me if my outlook ticket got fixed has it",
    # "my vpn one is sorted now is it"
    # ("I was wondering if 3067 could be closed" asks politely for it to be done)
    r"\b(?:asked|wants?\s+to\s+know)\s+(?:me\s+|us\s+)?(?:if|whether)\b|"
    r"\b(?:has|did|is|was|does)(?:n'?t)?\s+it(?:\s+(?:now|yet))?\W*$",
    IGNORE_CASE,
)


# Verbs that hand a ticket to someone else ("send/move/forward ... to Field Services").
HANDOVER_VERB = r"(?:send|move|pass|give|forward|shift|push|kick|bounce|hand)"

# What a terse read asks to see of a ticket ("3067 details", "status of 3115").
READ_NOUN = (
    r"(?:status|details?|info|information|history|summary|overview|updates?|news|progress|eta|"
    r"notes|comments|thread|conversation|latest|state)"
)

# Two ticket numbers or more in a row: "3120 and 3121", "#3101, #3055 & #3099".
SEVERAL_IDS = r"\b\d{3,10}(?:\s*(?:,|&|\+|/|\band\b)\s*(?:ticket\s*)?#?\s*\d{3,10}\b)+"

# What a ticket ought to become: "3160 should be high priority", "3110 needs to go on hold".
SHOULD_BE = (
    r"(?:really\s+|now\s+)?(?:should|must|needs?\s+to|has\s+to|ought\s+to|can|could)\s+(?:now\s+)?"
    r"(?:be|become|get|have|go)\s+(?:(?:set|changed|made|raised|lowered|bumped|moved|put)\s+)?"
    r"(?:to\s+|as\s+|at\s+|in\s+)?"
)

# Where a ticket ought to sit: "needs to be with Tom Walsh", "should stay with Network"
# ("should be with the supplier" is a status).
BELONGS_WITH = (
    # ("3115 belongs with Messaging")
    r"(?:(?:should|must|needs?\s+to|has\s+to|ought\s+to|can|could)\s+(?:now\s+)?(?:be|sit|stay|go)|belongs)\s+"
    # ("3042 should be with 2nd Line Support": a team may start with its line's number)
    r"with\s+(?:the\s+)?(?=(?-i:[A-Z])|\d(?:st|nd|rd|th)\s+line\b)"
    r"(?!(?:user|supplier|customer|client|vendor|third)\b)"
)

# A person put on a ticket: "make Priya the agent on 3140", "put Marcus on 3101", "let Sarah
# Mitchell handle 3160", "have Daniel look at 3055". Group "name" is the person.
PERSON_ON_TICKET_RE = re.compile(
    r"\bmake\s+(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)\s+the\s+(?:agent|owner|assignee|"
    rf"technician|tech|engineer)\s+(?:on|of|for)\s+(?=(?:ticket\s*)?#?\s*(?:\d{{3,10}}\b|{BLANK}))|"
    r"\b(?:put|get|let|have)\s+(?P<name2>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)\s+(?:on|onto|"
    r"handle|take|look\s+at|deal\s+with|work\s+on|to\s+(?:handle|take|look\s+at))\s+"
    rf"(?=(?:ticket\s*)?#?\s*(?:\d{{3,10}}\b|{BLANK}))|"
    # "Hannah should pick up 3140", "Marcus can take 3099": the person first
    # ("can Sarah Mitchell pick up 3076?", "Tom Walsh is taking over 3110")
    r"^\W*(?:(?:can|could|will)\s+)?(?!(?:IT|we|you|they|he|she|someone|somebody|anyone|anybody|support|the|my|"
    r"our|I)\b)"
    r"(?P<name3>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)\s+(?:(?:should|can|could|will|"
    r"needs\s+to|is\s+to|is\s+going\s+to|to)\s+|(?=pick\s+up|take\s+over)|is\s+(?=taking|picking|handling))"
    r"(?:pick(?:ing)?\s+up|take(?:\s+over)?|taking(?:\s+over)?|handl(?:e|ing)|grab|own|"
    rf"look\s+at|deal\s+with|work\s+on)\s+(?=(?:ticket\s*)?#?\s*(?:\d{{3,10}}\b|{BLANK}))|"
    # ("tom walsh should take 3110", typed in lower case: a first and last name)
    r"^\W*(?!(?:someone|somebody|anyone|anybody|it|he|she|they|we|you|i)\b)"
    r"(?P<name4>(?-i:[a-z]+\s+[a-z'-]+))\s+(?:should|can|could|will|is\s+to)\s+(?:pick\s+up|"
    rf"take(?:\s+over)?|handle|own)\s+(?=(?:ticket\s*)?#?\s*(?:\d{{3,10}}\b|{BLANK}))|"
    # "have the network team look at 3160"
    r"\b(?:put|get|let|have|ask)\s+(?:the\s+)?(?P<team>[\w&'-]+(?:\s+[\w&'-]+){0,3}?\s+(?:team|desk|queue|"
    r"group))\s+(?:to\s+)?(?:on|onto|handle|take|look\s+at|deal\s+with|work\s+on)\s+"
    rf"(?=(?:ticket\s*)?#?\s*(?:\d{{3,10}}\b|{BLANK}))",
    re.IGNORECASE,
)

# A thing asked about in few words: "laptop fan - news?", "mia laptop ready yet?". Group
# "words" describes the ticket ("error 0x80070005 when installing updates" is a clause about a
# problem, not a thing).
TERSE_QUESTION_RE = re.compile(
    r"^\W*(?:is\s+|are\s+|has\s+|have\s+)?(?:the\s+|my\s+|our\s+)?"
    r"(?P<words>(?!(?:it|this|that|everything|anything|kb|knowledge|articles?|guides?|faqs?|docs?)\b|#|\d)"
    r"(?:(?!(?:when|while|whenever|after|before|during|since|if|because)\b)[\w'-]+\s+){0,3}?[\w'-]+?)\s*"
    r"(?:(?:[-:,]\s*|\s+)(?:any\s+)?(?:news|update|updates|status|progress|eta)|\s+(?:been\s+)?(?:ready|"
    r"done|fixed|sorted|finished|here|arrived|approved|delivered|ordered)\s+yet)\s*[?!.]*\s*$",
    re.IGNORECASE,
)

# The end of a terse request, a courtesy allowed: "3140 high pls", "3110 on hold now please"
TERSE_END = r"(?:\s+(?:please|pls|plz|thx|thanks|ta|now))*\s*[.!]*\s*$"
# A priority as people name it in shorthand ("critical", "very low", "P2").
PRIORITY_VALUE = (
    r"(?:(?:very\s+)?(?:low|lowest|medium|normal|high|highest|critical|urgent|top)\b|p\s?[1-5]\b)"
)
# A status named with no "status" word: "put 3099 in progress", "set 3160 to With Supplier".
STATUS_AHEAD = (
    r"(?=in\s+progress\b|waiting\b|awaiting\b|pending\b|action\s+required\b|"
    r"with\s+(?:the\s+)?(?:user|supplier|customer|client|vendor|third\s+party)\b)"
)
# What a knowledge-base article is called: "a guide for ...", "instructions on ...".
_GUIDE = (
    r"(?:(?:a|an|the|some|any)\s+)?(?:(?:step[\s-]+by[\s-]+step|kb|knowledge[\s-]*base|written|"
    r"short|quick)\s+)?(?:guides?|articles?|instructions?|steps|docs?|documentation|how-?tos?|info|"
    r"information|help|advice|"
    r"walk-?throughs?|tutorials?|manuals?)\s+(?:on|for|about|to|explaining|showing|describing|"
    r"that\s+(?:explains|shows|describes)|how)"
)
# "how do I reset my password?", "how to map a network drive", "hw can i ..."
# "Got a call from Pepper Potts ...", "email from Joanna Baker: ...": who the ticket is for
# follows the words that say how they got in touch
MESSAGE_FROM_RE = re.compile(
    r"^\W*(?:(?:just\s+)?(?:got|had|took|received)\s+)?(?:an?\s+)?(?:phone\s+)?(?:call|e-?mail|"
    r"message|ring|voicemail|text|visit|chat)\s+from\s+",
    re.IGNORECASE,
)
# "I was wondering how ...", "just curious how ...", "not sure how ...": the question asked
# indirectly, with the same words after it
_WONDER = (
    r"(?:(?:(?:i\s+was|i'?m|im|i\s+am|i|just)\s+)*(?:wondering|curious|unsure|not\s+sure|"
    r"trying\s+to\s+(?:work\s+out|figure\s+out|find\s+out))|(?:any|no)\s+idea|"
    r"(?:(?:do|does)\s+)?(?:you|anyone|anybody|someone|somebody)\s+know|"
    r"(?:i'?d|i\s+would|i)\s+(?:love|like|want|need)\s+to\s+(?:know|learn|find\s+out|understand)|"
    r"(?:i\s+)?(?:need|want|would\s+like|'d\s+like)\s+(?:some\s+)?help\s+(?:understanding|figuring\s+out|"
    r"working\s+out|learning))\s+"
)
# "how I install the updates?": "how I" and a verb, asked as a question (not "how I am ...")
HOW_I_VERB = (
    r"how\s+(?:i|we)\s+(?!(?:am|was|were|are|have|had|said|told|wrote|mentioned|explained)\b)"
    r"(?=[a-z]+\b[^.!?]*\?)"
)
# What people ask how to do, typed on a phone without the "to" or "do I" ("how map network
# drive", "set up mfa how"): a verb of doing something oneself, never "how come" or "how long"
HOWTO_VERB = (
    r"(?:reset|change|set\s*up|install|uninstall|connect|add|map|clear|fix|enable|disable|"
    r"turn\s+(?:on|off)|update|upgrade|share|book|print|scan|sync|restore|recover|unlock|use|"
    r"forward|join|configure|pair|activate|register|sign\s+in|log\s*in|create|make|save|"
    r"transfer|empty|free\s+up|request|order|mute|record|attach|renew|unblock|find|get\s+into|"
    r"access|open|send|move|switch|stop|start)\b"
)
# No ticket named: "tell me how my ticket 3115 is going" asks about the ticket, not for articles
_NO_TICKET_AHEAD = r"(?!.*?(?:\btickets?\b|\brequests?\b|\bcases?\b|#\s*\d|\b\d{3,}\b))"
HOWTO_RE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+question|question|help|please\s+help)\W+)*"
    rf"(?:{_WONDER})?(?:how|hw|hows)\s+"
    # "how on earth do you ...", "how exactly do I ...": an intensifier asks the same
    r"(?:(?:on\s+earth|the\s+(?:heck|hell)|exactly|actually|else)\s+)?"
    r"(?:do|can|could|should|would|shall|does|did)\s+(?:i|we|you|one|someone|people|they|"
    r"(?:new\s+|our\s+|the\s+|a\s+|an\s+|my\s+)?(?:users?|visitors?|guests?|staff|employees?|"
    # ("how does my team connect to the VPN from home?")
    r"colleagues?|starters?|contractors?|members?|managers?|interns?|everyone|anyone|team|"
    r"people|department|reports))\b|"
    rf"^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)*(?:{_WONDER})?how[\s-]?(?:to|2)\b|"
    # "The visitor in our office today wants to get on the Wi-Fi. How do guests connect to
    # it?": how people in general do a thing, asked after the story, is for the articles
    r"(?<=[.!?])\s+how\s+(?:do|can|should|would|does)\s+(?:(?:our|the|new)\s+)?(?:guests?|"
    r"visitors?|starters?|joiners?|users?|staff|people|employees?|contractors?|colleagues?)\b|"
    # "... I was wondering whether there's a way to reset my password myself?", "is there a
    # how-to for the scanner?": a way of doing it asked for, after the story too
    rf"(?:^|(?<=[.!?])\s)\W*(?:{_WONDER}(?:whether|if)\s+)?(?:is\s+there|there'?s|there\s+is)\s+"
    r"(?:an?|any)\s+(?:(?:easy|quick|simple|better)\s+)?(?:way|how-?to|guide)\s+(?:to|for|i\s+can)\b"
    rf"(?=[^.!?]*\?){_NO_TICKET_AHEAD}|"
    # "how clear paper jam??": the same question typed without its "to" (the verb is the topic)
    rf"^\W*(?:(?:hi|hey|hello|so|ok|okay|pls|plz|please)\W+)*(?:how|hw)\s+(?={HOWTO_VERB})"
    rf"{_NO_TICKET_AHEAD}|"
    # "set up mfa how", "book a meeting room how?": the "how" put last
    rf"^\W*(?={HOWTO_VERB}[^.!?\n]{{1,60}}?\s+how\W*$){_NO_TICKET_AHEAD}|"
    # "Guide for requesting access to a SharePoint site?", "instructions on mapping the S
    # drive pls": the kind of document first, then its topic
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay|pls|plz|please)\W+)*(?:(?:a|any|the)\s+)?(?:guide|"
    rf"instructions|steps|how-?to|walkthrough|article)s?(?:\s+(?:for|on|about|to)\s+|\s*:\s*){_NO_TICKET_AHEAD}|"
    # "is there somewhere I can read about the travel policy?"
    r"\b(?:is\s+there|do\s+you\s+have)\s+(?:somewhere|anywhere|a\s+place|a\s+page)\s+(?:where\s+)?"
    r"(?:i|we)\s+(?:can|could)\s+(?:read|find|learn|look|check)\b|"
    # "what do I do if my laptop is stolen?", "what should I do when outlook asks ..."
    r"^\W*what\s+(?:do|should|can|must)\s+(?:i|we)\s+do\s+(?:if|when|about|with|after|to)\b|"
    # "... joining in three weeks. What does IT need from us before a new starter begins?",
    # "what do I need to do before my first day?": what is needed, asked in general
    r"(?:^|(?<=[.!?])\s)\W*what\s+(?:do|does|should|must|will|would)\s+(?:i|we|you|(?-i:IT)|"
    r"the\s+(?:desk|helpdesk|service\s+desk))\s+need\s+(?:from\s+(?:me|us)\s+|to\s+(?:do|know|"
    # ("what do I need to send IT before a new starter joins?")
    r"have|prepare|send|bring|give|provide)\s+(?:(?-i:IT)\s+|you\s+|them\s+)?)?"
    rf"(?:before|for|when|if|ahead\s+of)\b(?=[^.!?]*\?){_NO_TICKET_AHEAD}|"
    # "steps to connect a second monitor?", "instructions for the scanner"
    r"^\W*(?:the\s+|any\s+|some\s+)?(?:steps|instructions|procedure|process|walk-?through|tutorial)\s+"
    r"(?:to|for|on|about)\b|"
    # "I would be grateful for instructions on ...", "kindly direct me to guidance on ...",
    # "kindly advise where I may find the checklist", "would you kindly advise how to ...": the
    # same asked formally
    r"\b(?:grateful\s+for|appreciate|direct\s+me\s+to|point\s+me\s+(?:to|towards)|send\s+me)\s+"
    r"(?:a\s+|an\s+|some\s+|the\s+|any\s+)?(?:instructions|guidance|guides?|articles?|documentation|"
    rf"steps|how-?tos?|walk-?through)\b(?:\s+(?:on|for|about|to)\b)?{_NO_TICKET_AHEAD}|"
    r"\badvise\s+(?:me\s+)?(?:on\s+)?(?:how\s+(?:to|i\s+(?:can|could|may|should))|where\s+(?:i|we)\s+"
    rf"(?:can|could|may|might)\s+find)\b{_NO_TICKET_AHEAD}|"
    # "can this show me how to add a printer on my laptop?", "show me how to map a drive"
    r"^\W*(?:(?:can|could)\s+(?:you|this|it)(?:\s+(?:thing|box|bot|tool|portal))?\s+)?(?:please\s+)?"
    r"(?:show|tell|teach)\s+me\s+how\s+(?:to|i\s+can|do\s+i)\b|"
    # "any tips for a slow laptop?", "advice on setting up MFA"
    r"^\W*(?:(?:any|some|a\s+few)\s+)?(?:tips?|tricks?|advice|hints?|pointers)\s+(?:on|for|about|to)\b|"
    # "how do windows updates work here, can i postpone them": how a thing works, in general
    r"^\W*how\s+(?:do|does)\s+(?!(?:i|we|you|my|our|it|this|that)\b)[\w\s-]{2,40}?\s+work\b"
    rf"{_NO_TICKET_AHEAD}|"
    # "how long does a new laptop take to arrive?" (not about a ticket of mine)
    r"^\W*how\s+(?:long|often|much|soon)\s+(?:does|do|will|would|should|can|is|are)\s+"
    r"(?!.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b|\bmy\b))|"
    # "who do I contact about a broken chair?"
    r"^\W*who\s+(?:do|should|can|would|could)\s+(?:i|we)\s+(?:contact|ask|talk\s+to|speak\s+to|call|"
    r"e-?mail|go\s+to|turn\s+to)\b|"
    # "what's the wifi password for guests?", "what is the process for leavers"
    r"^\W*what(?:'s|s|\s+is|\s+are)\s+the\s+(?:(?:guest|wifi|wi-fi|office|main)\s+)?(?:wifi\s+)?"
    r"(?:password|procedure|process|policy|rules?|link|url|address|phone\s+number|number|code|pin|"
    r"settings?)\s+(?:for|of|to|on)\b|"
    # ("Please, how I can map the S drive?": the question in the writer's own word order)
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay|please|pls|plz|kindly)\W+)*"
    rf"(?:{_WONDER})?how\s+(?:i|we)(?:\s+(?:can|could|should|do|may|would|might|go)|'d)\b|"
    # ("how I connect to the office wifi?": asked without its "do"; a question mark tells it
    # from "how I said on the phone, ...")
    rf"^\W*(?:(?:hi|hey|hello|so|ok|okay|please|pls|plz|kindly)\W+)*{HOW_I_VERB}|"
    rf"^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)*{_WONDER}how\s+(?:i|we|you|one)\s+(?=\w)|"
    # "how am I supposed to tell ...", "how are we meant to book ..."
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)*how\s+(?:am|are|is)\s+(?:i|we|one|anyone|someone|"
    r"people|staff|users?)\s+(?:supposed|meant|expected)\s+to\b|"
    # ("what's the correct way to ...", "whats the trick for clearing a jam": the knack asked for)
    r"^\W*(?:what(?:'s|s|\s+is|\s+are)\s+the\s+(?:(?:best|right|easiest|correct|proper|quickest|"
    r"fastest|simplest|safest|usual|normal|recommended|official)\s+)?(?:way|procedure|process|"
    r"steps?|tricks?|knack|method)\s+(?:to|for)|is\s+there\s+a\s+way\s+to)\b|"
    # "where can I find how to ...", "where do I find instructions for ..."
    # ("where I can find instructions how to ...": the same question in its writer's word order)
    r"^\W*where\s+(?:(?:can|do|could|would|should)\s+(?:i|we)|(?:i|we)(?:\s+(?:can|could|should))?)\s+"
    r"(?:find|get|see|read)\s+(?:out\s+)?"
    rf"(?:how\s+to|how\s+(?:i|we)\s+(?:can|could|should|do)|{_GUIDE}|"
    r"(?!(?:my|our)\s+(?:[\w-]+\s+){0,2}?tickets?\b|the\s+status\b)(?:the|a|an|some)\s)|"
    # "is there a guide for setting up MFA?", "do you have instructions on ..."
    r"\b(?:is\s+there|are\s+there|do\s+you\s+have|have\s+you\s+got|got|need)\s+(?:an?|any|some)\s+"
    rf"{_GUIDE}\b|"
    # "is there a new starter checklist?", "do we have a template somewhere?": a document
    # asked for by its kind, whatever it is about
    # ("there is a checklist?": the same question in its writer's word order)
    r"\b(?:is\s+there|are\s+there|do\s+you\s+have|do\s+we\s+have|have\s+you\s+got|"
    r"there\s+(?:is|are)(?=[^.!?]*\?)|is\s+there\s+(?:already|still))\s+(?:(?:an?|any|some)\s+)?(?:[\w-]+\s+){0,3}?(?:checklists?|guides?|"
    r"guidance|templates?|instructions|manuals?|walk-?throughs?|tutorials?|how-?tos?|faqs?|"
    r"(?:kb\s+|help\s+|wiki\s+)?articles?|documentation|docs|wiki\s+pages?)\b|"
    # "point me to instructions for ...", "send me a link to the guide on ..."
    r"\b(?:point|direct|send|link|refer)\s+(?:me|us)\s+(?:to|towards|at)\s+(?:a\s+link\s+to\s+)?"
    rf"{_GUIDE}\b|"
    # "where is the guide for booking a desk?", "looking for the instructions on ..."
    r"^\W*(?:(?:hi|hey|hello)\W+)?(?:where(?:'s|s|\s+is|\s+are)|(?:i'?m\s+|i\s+am\s+)?(?:looking|searching)"
    rf"\s+for|(?:i'?m\s+)?trying\s+to\s+find)\s+{_GUIDE}\b|"
    # "could you send me the instructions for the new printer?"
    rf"\b(?:send|give|forward|share|email|e-mail)\s+(?:me|us)\s+(?:a\s+link\s+to\s+)?{_GUIDE}\b|"
    # "can you tell me how to ...", "could someone explain how I ..."
    r"^\W*(?:can|could|would)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?(?:tell|show|"
    r"explain\s+to|explain)\s+(?:me\s+|us\s+)?how\s+(?:to|(?:i|we)\s+(?:can|could|should|do))\b|"
    # "could someone explain how MFA works here?", "can you explain what a VPN does?"
    r"^\W*(?:(?:can|could|would)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?|please\s+)?"
    rf"explain\s+(?:to\s+)?(?:me\s+|us\s+)?(?:how|what|why|when)\b{_NO_TICKET_AHEAD}|"
    # "where do I go to change my password?", "where should we go for a new badge?"
    rf"^\W*where\s+(?:do|can|should|would)\s+(?:i|we)\s+go\s+(?:to|for)\b{_NO_TICKET_AHEAD}|"
    # "kindly guide me how to use Teams", "please show us how we can book a room", "help me how
    # to ...": asked to be shown the way rather than to have it done
    r"^\W*(?:(?:please|pls|plz|kindly|can\s+you|could\s+you)\W+)*(?:guide|show|tell|teach|help|"
    r"advise|instruct)\s+(?:me|us)\s+(?:on\s+|about\s+|in\s+)?how\s+(?:to|(?:i|we)\s+(?:can|could|"
    r"should|do|may))\b|"
    # "any how-to for the Authenticator app?", "some instructions on the new scanner?", after
    # the problem too ("my phone gets no mail. any guide for that?")
    r"(?:^|(?<=[.!?])\s|\s-\s)\W*(?:any|some)\s+(?:(?:step[\s-]+by[\s-]+step|kb|written|short|quick)\s+)?(?:guides?|"
    r"articles?|instructions?|docs?|documentation|how-?tos?|walk-?throughs?|tutorials?|manuals?)"
    rf"\s+(?:on|for|about|to|how)\b{_NO_TICKET_AHEAD}|"
    # "what's the new starter checklist", "where is the expenses template": a document asked
    # for by its kind
    r"^\W*(?:what|where)(?:'s|s|\s+is|\s+are)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:checklists?|"
    r"templates?|manuals?|handbooks?|guides?|instructions|walk-?throughs?|how-?tos?)\b|"
    # "is there anything that explains how to ...", "do you have something covering ..."
    r"\b(?:is\s+there|do\s+you\s+have|do\s+we\s+have|have\s+you\s+got)\s+(?:anything|something|"
    r"a\s+doc\w*|a\s+page|a\s+link)\s+(?:that\s+|which\s+)?(?:explains?|shows?|describes?|covers?|"
    r"covering|explaining|showing|describing|on\s+how|about\s+how)\b",
    IGNORE_CASE,
)
# "who is in the Network team?", "members of team Network", "which agents are in Field Services"
TEAM_MEMBERS_RE = re.compile(
    # (not "... for our designer, who works with floor plans": a "who" after a noun and a comma
    # describes that person; it asks for no team)
    r"\b(?<![a-z],\s)who(?:'s|\s+is|\s+are|\s+works|\s+work)?\s+(?:in|on|part\s+of|a\s+member\s+of|"
    r"with|for)\s+(?!(?:my|ticket|it|this|that)\b|#|\d+\b)|"
    r"\bwho(?:'s|\s+is|\s+are)\s+(?:working|sitting|based)\s+in\s+(?!(?:my|ticket|it|this|that)\b|#|\d+\b)|"
    # ("a channel with the six members of the move committee" names people for a new thing)
    r"(?:^\W*|\b(?:list|show|name|see|tell|give|get|who\s+are|who's|whos)\s+(?:me\s+|us\s+)?(?:all\s+)?"
    r"(?:of\s+)?(?:the\s+)?)members?\s+(?:of|in)\s+|"
    r"\b(?:which|what)\s+(?:agents|people|technicians|techs|engineers|analysts|staff)\s+"
    r"(?:are\s+|work\s+|sit\s+)?(?:in|on)\s+|"
    r"\bhow\s+many\s+(?:people|agents|technicians|engineers|members)\s+(?:are\s+|work\s+)?"
    r"(?:in|on)\s+|"
    r"\b(?:list|show|who\s+are)\s+(?:me\s+)?(?:the\s+)?(?:people|members|agents)\s+(?:in|of|on)\s+|"
    # "list everyone on 1st Line Support", "show me everybody in the Network team"
    r"\b(?:list|show|name|who\s+is|who's)\s+(?:me\s+)?(?:all\s+)?(?:everyone|everybody|anyone|"
    r"all\s+the\s+people)\s+(?:in|on|from|at)\s+(?!(?:my|ticket|it|this|that)\b|#|\d+\b)|"
    # "network team members": the team named first
    r"\b(?:team|queue|group)\s+(?:members|membership|people|staff)\b|"
    # "who do we have on Field Services?", "who have we got in 2nd line"
    r"\bwho\s+(?:do\s+we\s+have|have\s+we\s+got|(?:have|'ve)\s+we\s+got)\s+(?:in|on)\s+"
    r"(?!(?:my|ticket|it|this|that)\b|#|\d+\b)|"
    # "2nd line members?": a team's name, then the word, and nothing else
    r"^\W*(?:the\s+)?(?=[\w&' -]{2,30}?\s+members\W*$)",
    IGNORE_CASE,
)
# "which team is Daniel Kim in?", "what team does Chloe Martin belong to"
AGENT_TEAM_RE = re.compile(
    r"\b(?:which|what)\s+teams?\s+(?:is|does|do|are|has)\s+(?=(?-i:[A-Z])|«)|"
    # ("what team is tom walsh in", typed in lower case: a name and the question's end)
    r"\b(?:which|what)\s+teams?\s+(?:is|does)\s+"
    r"(?=(?!(?:he|she|it|this|that|the|my|a|an|our|your)\b)[a-z]+\s+[a-z'-]+\s+(?:in|on|part\s+of|"
    r"belong\s+to|with)\W*$)|"
    # "Daniel Kim - which team is he on?": the agent named first
    r"^\W*(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s*(?:-|:|,)\s*(?:which|what)\s+teams?\s+"
    r"(?:is|does)\s+(?:he|she|they)\b|"
    # "is Priya in 1st Line or 2nd Line?", "does Marcus work on the Network team?"
    r"^\W*(?:is|does)\s+(?=(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+(?:in|on|part\s+of|"
    r"belong\s+to|sit\s+in|work\s+(?:in|on|for))\s+(?:the\s+)?[\w&' -]{1,40}?\s+(?:or|team|queue|"
    r"group|line)\b)",
    IGNORE_CASE,
)


def things_in(text: str) -> list[str]:
    """The things a sentence is about ("the laptop fan thing is fixed" -> laptop, fan)."""
    found = []
    for match in THING_RE.finditer(text):
        word = match.group(0).lower()
        singular = word[:-1] if word.endswith("s") and THING_RE.fullmatch(word[:-1]) else word
        found.append(singular)
    return found


# The words of a customer, site or app name run together, joined by spaces, "/", ",", "|",
# " - " or " at ": "Wayne Foundation / Gotham Office", "Stark Logistics at Distribution Centre".
_CAPITALISED = r"[A-Z][\w&.'-]*"
_ANY_CASE = (
    r"(?!(?:my|the|our|a|an|this|that|it|i|we|please|pls|hi|hello|hey|new|ticket|for|to|at|on|of|"
    r"from|with|about|re)\b)[A-Za-z][\w&.'-]*"
)


# (up to seven words: a customer, its site and a person, "Umbrella Health Raccoon City Clinic,
# Alice Abernathy: ...")
def _name_words(word: str, least: int) -> str:
    return rf"(?:{word}(?:\s*[/,|]\s*|\s+-\s+|\s+at\s+(?:the\s+)?|\s+)){{{least},6}}{word}"


# A request headed by a name, then a colon or a dash: "Initech Main Office: server room AC
# alarm", "Wayne Foundation / Gotham Office - projector is dead" (a customer and its site, or an
# app: "Microsoft Teams: ..."). Group 1 is the name: capitalised, or in any case (two words
# or more) in a request typed all in lower case.
NAME_RUN = _name_words(_CAPITALISED, 0)
# ("Umbrella Health, Laboratory site: ...": the word "site" after the site's name is no part of it)
NAME_HEADING_RE = re.compile(rf"^\W*({NAME_RUN})(?:\s+site)?\s*(?::|\s-\s)\s*(?=\S)")
NAME_HEADING_ANY_CASE_RE = re.compile(
    rf"^\W*({_name_words(_ANY_CASE, 1)})(?:\s+site)?\s*(?::|\s-\s)\s*(?=\S)"
)
# Nothing but a name: "Globex, Cypress Creek" before "- new ticket: ..."
NAME_RUN_RE = re.compile(rf"\W*{NAME_RUN}\W*")


def only_a_name(text: str) -> bool:
    """True when `text` is one name or a pair ("Globex, Cypress Creek"), not "Please "."""
    return bool(NAME_RUN_RE.fullmatch(text)) and words_ok(re.sub(r"[^\w\s&'.]", " ", text))


@dataclass(frozen=True)
class Cue:
    action: str
    strength: int
    pattern: re.Pattern[str]
    kind: str = ""  # lets a slot builder know how the intent was phrased
    needs_ticket: bool = False  # only counts when the request mentions a ticket


@dataclass(frozen=True)
class Intent:
    action: str
    strength: int
    start: int
    end: int
    kind: str = ""


def cue(
    action: str, strength: int, pattern: str, kind: str = "", needs_ticket: bool = False
) -> Cue:
    return Cue(action, strength, re.compile(pattern, IGNORE_CASE), kind, needs_ticket)


# Ticket-type head nouns ("a Service Request", "an Incident"), and nouns that name no type.
TYPE_HEADS_RE = re.compile(
    r"\b(?:incidents?|requests?|problems?|changes?|questions?|tasks?|alerts?)\b", IGNORE_CASE
)
GENERIC_NOUNS = words("ticket tickets case cases call calls job jobs issue issues")

# A priority used as a ticket modifier: "a high priority ticket", "a P2".
PRIORITY_MOD_RE = re.compile(
    r"^(?:(?:very\s+)?(?:low|medium|normal|high|critical|urgent)(?:\s+priority)?|p[1-5])$",
    IGNORE_CASE,
)


def singular(noun: str) -> str:
    return noun[:-1] if noun.lower().endswith("s") and not noun.lower().endswith("ss") else noun
