"""Cues for the actions that change a ticket's life: create, add a note, reopen, resolve.

Order matters inside the table (ties are broken by table order, see `intents`)."""

from __future__ import annotations

from halo_integration.actions.lifecycle import REOPEN_TICKET
from halo_integration.actions.tickets_write import ADD_NOTE, CREATE_TICKET, RESOLVE_TICKET

from .cue_parts import (
    BARE_ID_LEAD,
    MOD,
    NEGATED_CLOSE,
    NEW_THING_REQUEST_KINDS,
    NO_ID,
    NOT_NEGATED,
    POLITE,
    RES_OBJECT,
    RESOLVED_WORDS,
    SEPARATED_TICKET_HEADER,
    TICKET_FOR_LEAD,
    TICKET_NOUN,
    UNSUPPORTED,
    Cue,
    cue,
)

# What a person is added to or taken off ("the Sales distribution list", "the HR group")
_MEMBERSHIP = (
    r"(?:list|group|channel|team|distribution|dl|mailbox|calendar|folder|share|site|chat|drive|"
    r"rota|licen[cs]e|role)"
)
_LOWER_CLIENT_SITE = (
    r"(?=(?-i:[^A-Z])*$)\W*for\s+(?:the\s+)?(?:(?:customer|client)\s+)?[\w&.'-]+"
    r"(?:\s+[\w&.'-]+){0,3}?(?=,?\s+(?:at\s+)?(?:the\s+)?site\s+[a-z0-9])"
)

TICKET_CUES: tuple[Cue, ...] = (
    # Not a declared action: refused, with a reason, when it is the main verb.
    cue(
        UNSUPPORTED,
        4,
        rf"^\W*(?:{POLITE}\s+)*(?:delete|remove|erase|purge|wipe|destroy|merge|archive|export|"
        r"download|"
        r"drop\s+all|undelete)\b"
        # ("remove Jack's access to everything" asks IT to revoke access: a new ticket)
        r"(?!\s+(?:[\w'-]+\s+){0,3}?(?:access|permissions?|rights|licen[cs]es?|accounts?|logins?)\b)"
        # ... of tickets and their records ("remove me from the sales list" asks IT for something)
        r"(?=.*?(?:\b(?:tickets?|notes?|comments?|records?|requests?|cases?|history|everything)\b|"
        r"#\s*\d|\b\d{3,}\b|\b(?:it|them|this|that)\W*$))",
    ),
    # create_ticket
    cue(
        CREATE_TICKET,
        3,
        rf"\bopen\s+(?:up\s+)?(?:a\s+new|a|an|another|one|new)\s+{MOD}{TICKET_NOUN}\b{NO_ID}",
        "verb",
    ),
    cue(
        CREATE_TICKET,
        3,
        r"\b(?:raise|log|create|submit|file|lodge|start|make|add|book|put\s+in|place|register)"
        # "make 3160 a problem ticket" changes ticket 3160; it creates nothing
        r"(?!\s+(?:ticket\s*)?#?\s*\d{3,}\b)"
        rf"\s+(?:up\s+)?(?:(?:a|an|another|one|some)\s+)?(?:new\s+)?{MOD}{TICKET_NOUN}\b{NO_ID}",
        "verb",
    ),
    # "please raise the onboarding ticket": a ticket to raise is a new one, whatever "the"
    cue(
        CREATE_TICKET,
        3,
        r"\b(?:please\s+|can\s+you\s+|could\s+you\s+)(?:raise|log|create|submit|lodge)\s+the\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case)\b(?!\s*(?:#|\d))",
        "raise_the",  # (its words describe the ticket; they name no ticket type)
    ),
    cue(
        CREATE_TICKET,
        3,
        # ("URGENT new ticket ...", "new p1 ticket ...": how urgent, before or in it; "new
        # problem ticket ...": its kind)
        r"^\W*(?:(?:urgent|asap|emergency|critical|p[1-5])\W+)?(?:new|create)\s+"
        r"(?:halo\s*-?\s*(?:psa|itsm)\s+)?(?:(?:(?:high|low|medium|urgent|critical)(?:\s+priority)?|"
        r"p[1-5])\s+)?(?:(?:problem|change|incident|service|alert|major)\s+)?"
        r"(?:ticket|incident|request|case)\b",
        "verb",
    ),
    cue(
        CREATE_TICKET,
        3,
        r"\bopen\s+(?:new\s+)?(?:ticket|incident|case)\s+(?=for\b|about\b|regarding\b|re\b|:|-\s)",
        "verb",
    ),
    # "I should put a ticket in for the projector", "pop one in, the dock is dead": the ticket
    # placed, said as it is spoken (not "put the ticket in progress")
    cue(
        CREATE_TICKET,
        3,
        r"\b(?:put|stick|pop|get|bung|throw)\s+(?:(?:a|an|another)\s+(?:new\s+)?(?:ticket|request|call)|"
        r"one)\s+in\b(?!\s+(?:progress|hold)\b)",
        "verb",
    ),
    # "raise one for Initech: ...", "create for stark logistics site fleet depot: ...",
    # "log one - the scanner is dead": the ticket implied
    cue(
        CREATE_TICKET,
        3,
        r"\b(?:raise|log|open|create|file|put\s+in|start)\s+(?:a\s+new\s+|another\s+|a\s+)?"
        r"(?:one|something)\s+(?=for\b|about\b|re\b|regarding\b|:|-\s)|"
        r"^\W*(?:create|raise|log|new)\s+(?=for\s)|"
        # "raise one stark logistics distribution centre forklift tablet cracked": the command,
        # then the names and the problem in one breath
        r"^\W*(?:please\s+)?(?:raise|log|open|create)\s+(?:a\s+new\s+|another\s+|a\s+)?one\s+(?=\w)|"
        # "Need a ticket for Globex, Springfield Campus: ...": the ticket wanted, for someone
        r"\b(?:need|want|would\s+like|'d\s+like)\s+(?:a|an|another)\s+(?:new\s+)?(?:ticket|incident|case)\s+"
        r"(?=for\b|about\b|re\b|regarding\b|:|-\s)",
        "verb",
    ),
    # "ticket please for Umbrella Health / Laboratory - ..."
    cue(
        CREATE_TICKET,
        3,
        r"^\W*(?:new\s+)?(?:ticket|incident|request)\s+(?:please|pls|plz)\s+(?=for\s)",
        "verb",
    ),
    # "acme warehouse forklift terminal no network, new tkt": the command after the problem
    cue(
        CREATE_TICKET,
        3,
        r"(?:(?<=[,;.:])\s*|(?<=\s-\s)|(?<=\bplease\s)|(?<=\bpls\s))"
        # ("globex: open tickets" asks for the ones still open)
        r"(?!open\s+(?:tickets|tix|tkts|cases|incidents|calls)(?:\s+(?:please|pls|thanks))?\W*$)"
        r"(?:new|create|raise|log|open)\s+"
        r"(?:(?:a|one)\s+)?"
        rf"(?:new\s+)?{TICKET_NOUN}(?:\s+(?:for\s+(?:it|this|that|them|him|her)|please|pls))*\W*$",
        "verb",
    ),
    # "... badge reader offline - pls log", "..., raise it please"
    cue(
        CREATE_TICKET,
        3,
        r"(?:(?<=[,;.:])\s*|(?<=\s-\s))(?:please\s+)?(?:log|raise)(?:\s+(?:it|this|one))?"
        r"(?:\s+please)?\W*$",
        "verb",
    ),
    cue(CREATE_TICKET, 3, r"\breport\s+(?:a|an|that|the\s+following|this|some)\b", "verb"),
    cue(
        CREATE_TICKET,
        3,
        r"\b(?:log|raise|record|submit|file)\s+(?:this|that|the\s+following)\b",
        "passive",
    ),
    cue(
        CREATE_TICKET,
        1,
        # "for Globex, site Springfield Campus, laptop needed": a customer and its site open
        # the request and the problem follows; nothing but a new ticket is phrased this way.
        # Weak, so that a command later in the request ("...: new ticket, ...") still leads.
        r"^\W*for\s+(?:the\s+)?(?:(?:customer|client)\s+)?(?:«\d+»|(?-i:[A-Z0-9])[\w&.'-]*)"
        r"(?:\s+[\w&.'-]+){0,3}?(?=,?\s+(?:at\s+)?(?:the\s+)?site\s+(?:«|(?-i:[A-Z0-9])))",
        "passive",
    ),
    # the same typed all in lower case: "for globex site springfield campus: wifi drops"; with
    # no separator ("... campus wifi drops") only Halo can tell where the site's name ends, so
    # the whole text describes it (see owner_lead)
    cue(CREATE_TICKET, 1, rf"^{_LOWER_CLIENT_SITE}(?=.*?(?::|\s-\s))", "passive"),
    cue(CREATE_TICKET, 1, rf"^(?!.*?(?::|\s-\s)){_LOWER_CLIENT_SITE}", "problem"),
    cue(
        CREATE_TICKET,
        2,
        r"^\W*(?:new\s+)?(?:ticket|incident|request)\s*(?:(?:please|pls|plz)\s*)?(?::|\s-\s)\s*"
        r"(?!#?\s*\d)",
        "passive",
    ),
    cue(
        CREATE_TICKET,
        3,
        r"\b(?:a|new|another)\s+(?:new\s+)?(?:ticket|incident|request|case)\s+"
        r"(?:opened|raised|logged|created|submitted|put\s+in)\b",
        "passive",
    ),
    cue(
        CREATE_TICKET,
        2,
        # ("we would like a new Teams channel", "our team needs access to ...": a group's need)
        r"(?:\b(?:I|we)(?:\s+need|\s+want|\s+would\s+like|\s*'d\s+like|\s+require|\s+wish)|"
        r"\b(?:our|my)\s+(?:team|department|dept|office|group|unit|manager|boss)\s+(?:needs|wants|"
        r"would\s+like|requires))\s+(?:a|an|some|new|help|access|"
        r"assistance|support|someone|somebody|to\s+(?:get|have|order|request|install|reset|"
        r"set\s+up|replace|fix|report|(?:ask|apply)\s+for))\b(?!\s+(?:update|status|news|progress|"
        # ("I need an overview of all the tickets I have with you": a list)
        r"eta|answer|reply|response|feedback|overview|list|summary|rundown|recap)\b)",
        "need",
    ),
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:can|could|may)\s+(?:I|we)\s+(?:please\s+)?(?:get|have|order|request|ask\s+for|borrow)\s+"
        r"(?:a|an|some|new|access|another|more)\b(?!\s+(?:list|overview|summary|rundown)\s+of\b)"
        r"(?!\s+(?:update|status|news|progress|eta|word|answer|"
        r"reply|response|feedback)\b)|\bI(?:'m|\s+am)\s+(?:requesting|asking\s+for)\s+"
        r"(?:a|an|some|new|access|another|more)\b",
        "need",
    ),
    cue(CREATE_TICKET, 2, r"\b(?:request|order)\s+(?:a|an|some)\s+new\b", "need"),
    # "request for a new starter laptop", "disable his account", "leaver: ..."
    cue(
        CREATE_TICKET,
        2,
        r"^\W*(?:a\s+|new\s+)?request\s+(?:for|to)\s+(?:a|an|some|new|the|my|our)\b|"
        r"\b(?:disable|deactivate|enable|activate|block|suspend|lock|unlock|extend|renew|close\s+down)\s+"
        r"(?:my|his|her|their|the|a|an|our|this)\s+(?:[\w-]+\s+){0,2}?(?:account|login|access|licen[cs]e|"
        r"mailbox|subscription|phone|sim|badge|card|e-?mail|vpn|user)s?\b|"
        r"^\W*(?:new\s+)?(?:leaver|joiner|starter|mover)s?\s*(?::|\s-\s)|"
        # "software request: notepad++ and 7-zip", "hardware request - a dock"
        rf"^\W*(?:new\s+)?{NEW_THING_REQUEST_KINDS}\s+request\s*(?::|\s-\s)",
        "need",
    ),
    # "password reset pls", "laptop replacement please", "need excel licence": the thing to be
    # done, in few words
    cue(
        CREATE_TICKET,
        2,
        # (not "kb password reset": a knowledge-base search for the thing)
        r"^\W*(?!(?:kb|knowledge\s*base)\b)(?:(?:a|an|new)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:reset|unlock|replacement|repair|install(?:ation)?|"
        r"upgrade|set[\s-]?up|access|licen[cs]e|renewal)\s*(?:please|needed|required|asap|urgently|for\s+me)?"
        r"\W*$|"
        r"^\W*(?:i\s+)?(?:need|want|require)\s+(?!(?:to\s+know|to\s+see|an?\s+update|updates?|news|status|"
        r"tickets?|it|this|that|an?\s+(?:overview|list|summary|rundown|recap)\s+of)\b)"
        r"(?:a\s+|an\s+|some\s+|new\s+|more\s+)?[\w-]",
        "need",
    ),
    # "ordering a new phone charger please", "can you buy me two cables"
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:request(?:ing)?|order(?:ing)?|buy(?:ing)?|purchas(?:e|ing)|get(?:ting)?)\s+(?:me\s+|us\s+)?"
        # ("order six headsets for the desk", "buy a couple of spare mice"): how many said in words
        r"(?:a\s+new|a|an|some|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"twenty|a\s+(?:few|couple(?:\s+of)?|pair\s+of|dozen)|\d+)\s+(?!tickets?\b|requests?\b|updates?\b|status\b|"
        r"news\b|progress\b|eta\b|word\b|answer\b|reply\b|response\b|feedback\b|"
        # ("can I get a list of all the customers": a list asked for, not a thing)
        r"(?:list|overview|summary|rundown)\s+of\b)\w",
        "need",
    ),
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:create|set\s*up|add|provision|onboard)\s+(?:a\s+|an\s+)?(?:new\s+)?"
        # ("pls set up shared mailbox for sales team")
        r"(?:(?:shared|team|generic|group|guest|test)\s+)?(?:user|"
        r"account|mailbox|e-?mail\s+account|login|starter|laptop|phone|calendar|channel|"
        r"distribution\s+list|folder|drive)\b",
        "need",
    ),
    cue(
        CREATE_TICKET,
        1,
        r"\b(?:reset|unlock|install|set\s+up|replace|fix|repair|help\s+me\s+with)\s+"
        r"(?:my|the|a|an|our)\b",
        "need",
    ),
    # "Sam Wood is leaving at the end of the month, please collect his laptop": a leaver
    cue(
        CREATE_TICKET,
        2,
        r"^\W*(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z'-]+))?\s+(?:is|will\s+be)\s+leaving\b|"
        r"\bcollect\s+(?:his|her|their)\s+(?:laptop|phone|badge|equipment|kit|devices?)\b",
        "need",
    ),
    # "Please give my team access to the Contracts folder": access asked for is a request,
    # whatever the folder is called
    cue(
        CREATE_TICKET,
        4,
        r"\b(?:give|grant)\s+(?:me|us|my\s+(?:team|department|manager|colleagues?)|[\w'-]+"
        r"(?:\s+(?:in|from|on)\s+my\s+(?:team|department))?)\s+"
        r"(?:\([^)]{0,60}\)\s*)?(?:read\s+|write\s+|edit\s+|full\s+)?access\s+to\b",
        "need",
    ),
    # "could someone come and look at the plotter, it smudges", "I'd like to ask IT for a
    # wireless keyboard", "Pepper Potts needs her docking station replaced"
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:could|can|would)\s+(?:someone|somebody|you|anyone)\s+(?:please\s+)?(?:come\s+(?:and|to)\s+)?"
        r"(?:look\s+at|check|have\s+a\s+look\s+at|fix|sort\s+out)\s+(?:my|the|our|a|this)\b"
        r"(?![^.?!]*\b(?:tickets?|#\s*\d|\d{3,})\b)|"
        r"\bask\s+(?:(?-i:IT)|you|the\s+(?:desk|helpdesk|service\s+desk))\s+for\s+(?:a|an|some|new|another)\b|"
        r"^\W*(?-i:[A-Z][a-z]+\s+[A-Z][a-z'-]+)\s+(?:needs|wants|requires|is\s+asking\s+for)\s+"
        r"(?:a|an|new|her|his|their|access|help|some)\b",
        "need",
    ),
    # "can you install python on my laptop", "I need Visio installed for ..."
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:re|un)?install\s+(?!(?:it|this|that|them)\b)[\w.+-]+|"
        r"\b(?:need|want|like|get|have)\s+(?!(?:tickets?|it|this|that)\b|#|\d)(?:[\w.+-]+\s+){1,4}?"
        r"(?:installed|set\s+up|enabled|activated|renewed|upgraded|unlocked|unblocked|licen[cs]ed)\b",
        "need",
    ),
    cue(
        CREATE_TICKET,
        1,
        r"\b(?:broken|not\s+working|doesn't\s+work|does\s+not\s+work|isn't\s+working|"
        r"won't|will\s+not|can't|cannot|can\s+not|unable\s+to|not\s+able\s+to|errors?|fail(?:s|ed|ing)?|"
        # "the folder is empty today", "where have my files gone", "getting 'disk full'"
        r"(?:is|are)\s+(?:suddenly\s+|now\s+|completely\s+)?(?:empty|gone)|gone\s*\?|"
        # "spell check gone in word", "templates folder gone from sharepoint", "site loading
        # forever": typed on a phone without the "is"
        r"gone\s+(?:from|in|on|off)|(?:loading|takes?|taking|spinning)\s+forever|"
        r"(?:getting|get|got|keep\s+getting|receiving)\s+(?:an?\s+|the\s+|this\s+)?(?:«\d+(?=»)|"
        r"(?:error|warning|pop-?up)\b)|"
        # "the TV shows a 'no signal' message", "Excel says 'file is locked'"
        r"(?:shows?|says|displays?|gives?|throws?|reads)\s+(?:me\s+)?(?:an?\s+|the\s+|this\s+)?«\d+(?=»)|"
        r"crash(?:es|ed|ing)?|tim(?:es|ed|ing)\s+out|is\s+down|are\s+down|went\s+down|stuck|freez(?:es|ing)|frozen|"
        r"too\s+slow|very\s+slow|is\s+slow|jams?|jammed|keeps|lost|locked\s+out|forgot|"
        r"stopped\s+working|not\s+loading|missing|disconnect(?:s|ed|ing)?|blue\s*screen|"
        r"virus|hacked|phishing|leak(?:s|ing)?|flicker(?:s|ing)?|no\s+access|"
        r"(?:have|having|got)\s+(?:a\s+|an\s+|some\s+)?(?:problem|issue|trouble)s?|"
        r"(?:problem|issue|trouble)s?\s+with|need\s+access|not\s+responding|"
        r"no\s+(?:internet|wifi|wi-fi|sound|signal|power|network|connectivity)|"
        # "scanner 2 screen smashed", "email bouncing": damage or a failure in one word
        r"smashed|shattered|snapped|torn|ripped|bounc(?:es|ed|ing)|"
        r"expired|locked|blocked|corrupt(?:ed)?|overheat(?:s|ing)?|cracked|damaged|"
        r"(?:is|went|seems)\s+dead|offline|not\s+printing|no\s+connection|slow|"
        r"gets?\s+(?:very\s+|really\s+|so\s+)?(?:hot|stuck|slow)|overheat(?:s|ed|ing)?|"
        r"dies|died|keeps\s+dying|wrong|garbled|beeping|is\s+full|fell\s+off|frayed|"
        r"(?:won't|doesn't|does\s+not|can't)\s+\w+|stuck|paused|no\s+signal|broke|"
        r"(?:isn't|is\s+not|aren't|are\s+not|not)\s+(?:being\s+)?(?:detected|recogni[sz]ed|showing|"
        r"charging|syncing|connecting|loading|opening|starting|turning\s+on|booting|responding)|"
        r"returns?\s+(?:an?\s+)?(?:error|\d{3})|noise|noisy|smell|smoke|sparks|weird|strange|"
        r"needs?\s+(?:a|an|some|new|access|to\s+be)|not\s+\w+ing|asking\s+(?:for|me)|again|"
        r"choppy|laggy|lagging|glitch(?:y|es|ing)?|buggy|flaky|unstable|distorted|echo(?:es|ing)?|"
        r"crackl(?:e|es|ing)|flood(?:s|ed|ing)?|overflow(?:s|ed|ing)?|on\s+fire|sparking|buzz(?:es|ing)?|humm?(?:s|ing)|hiss(?:es|ing)?|static|interference|muffled|blurry|pixelated|unusable|knackered|wonky|playing\s+up|"
        r"no\s+dial\s+tone|upside\s+down|sideways|gibberish|nonsense|scrambled|"
        r"swollen|bulging|leaking|smoking|burnt|melted|bent|loose|wobbly|drained|"
        r"there(?:'s|\s+is|\s+are)\s+no\b|"
        r"(?:black|blank|white|blue)\s+screen|gr[ae]yed\s+out|disappear(?:s|ed|ing)?|vanish(?:es|ed)|"
        r"(?:don't|dont|do\s+not|didn't|did\s+not|hasn't|haven't|wasn't|weren't)\s+"
        r"(?!(?:need|want|know|think|mind|worry)\b)\w+|"
        r"\bnot\s+(?:be\s+)?(?:work|start|boot|open|load|print|sync|connect|show|pick|respond|"
        r"turn|charge|save|send|receive|ring|play|update|install|log|sign|recogni[sz]e|detect)\w*|"
        r"(?:cant|cannot|wont|doesnt|isnt|didnt|aint)\s+\w+|"
        r"(?:internet|wi-?fi|network|e-?mail|server|vpn|printer|phones?|system|website|app|"
        r"power|lights|heating|aircon|a/c)\s+(?:is\s+|are\s+|went\s+|seems\s+)?(?:down|dead|out))\b",
        "problem",
    ),
    # More ways a thing is said to misbehave: "none of the USB ports work", "no longer has a
    # dial tone", "the space bar sticks", "shows everyone as busy", "showing 'No internet'",
    # "this came up when I logged in: ...", "deleted it by accident, can it be restored?"
    cue(
        CREATE_TICKET,
        1,
        r"\bnone\s+of\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,7}?(?:work|works|respond|charge|load|"
        r"open|print|connect|show|turn)\w*|"
        r"\bno\s+longer\s+\w+|"
        # "the screen goes black", "the phone went silent"
        r"\b(?:goes|go|went|going|turns|turned|turning)\s+(?:completely\s+)?(?:black|blank|white|dark|dead|"
        r"grey|gray|silent|quiet|haywire|crazy|mad)\b|"
        # "the webcam works in Zoom but not in Teams"
        r"\b(?:works?|working|worked|fine)\b[^.!?]{0,40}?\bbut\s+not\b|"
        # "the VPN logs me out every ten minutes", "Teams kicks me off"
        r"\b(?:logs?|logging|logged|kicks?|kicking|kicked|signs?|signing|signed|throws?|"
        r"throwing|threw|boots?|booting|booted)\s+(?:me|us|everyone|people)\s+(?:out|off)\b|"
        r"\b(?:sticks|sticking|sticky|jamming|by\s+(?:it|them)sel(?:f|ves)|on\s+(?:its|their)\s+own|"
        r"sounds?\s+like\s+an?\b|out\s+of\s+date|outdated|never\s+(?:arrived|came|turned\s+up|worked))|"
        r"\b(?:shows?|showing|displays?|displaying|lists?|listing)\s+(?:[\w'-]+\s+){1,3}?as\s+"
        r"(?:zero|0|blank|empty|busy|offline|away|unknown|expired|invalid|unavailable|disabled)\b|"
        r"\b(?:showing|saying|displaying|throwing|giving)\s+(?:me\s+)?(?:an?\s+|the\s+|this\s+)?«\d+(?=»)|"
        r"\b(?:came|comes|pops?|popped|popping|appeared|appears)\s+up\b|"
        r"\b(?:deleted|removed|overwrote|overwritten|lost|wiped)\b(?=.*?\b(?:by\s+(?:accident|mistake)|"
        r"accidentally|restored?|recover(?:ed)?|get\s+(?:it|them)\s+back)\b)|"
        r"\b(?:can|could)\s+(?:it|this|that|they|them|these|those)\s+be\s+(?:restored|recovered|"
        r"retrieved|undone|brought\s+back)\b|"
        r"\b(?:calls?|connection|signal|line|sound|audio)\b(?:\s+(?!and\b|but\b)[\w-]+){0,6}?\s+"
        r"(?:keeps?\s+|keep\s+)?(?:drops?|dropping|dropped|cuts?\s+out|cutting\s+out)\b|"
        r"\b(?:go|goes|going|went|gone)\s+(?:straight\s+|directly\s+)?to\s+voice\s*mail\b|"
        r"\b(?:black|blank|white|blue|frozen|grey|gray)\s+(?:image|picture|page|window|box|video)\b|"
        # "a popup saying my computer is infected", "a dodgy-looking email": a threat is a problem
        r"\b(?:an?|this|the|some)\s+(?:[\w-]+\s+)?pop-?ups?\b|\binfected\b|\bmalware\b|"
        r"\bransomware\b|\bscam\b|\bsuspicious\b|\bdodgy\b",
        "problem",
    ),
    cue(CREATE_TICKET, 2, r"\b(?:get|have|need|request|given|give\s+me)\s+access\s+to\b", "need"),
    # "please allow-list github.com", "can someone whitelist zoom.us": a site or an app to be let
    # through the company's filter
    cue(CREATE_TICKET, 2, r"\b(?:allow|white|safe)[\s-]?list(?:ed|ing)?\b", "need"),
    # "new contractor needs vpn access from monday", "laptop for the new intern who starts on
    # the 15th": someone joining needs things set up; a question about it ("is the new
    # starter's laptop ready?") asks about a ticket instead
    cue(
        CREATE_TICKET,
        2,
        r"^(?![^?]*\?)(?!.*?\b(?:tickets?|requests?|cases?)\b)"
        r"(?=.*?\b(?:needs?|requires?|will\s+need|arrange|organi[sz]e|prepare|provide|"
        r"set\s*up|order|starts?|starting|joins?|joining|arriv(?:es|ing))\b)"
        r".*?\b(?:new|incoming|upcoming)\s+(?:[\w-]+\s+)?(?:starters?|joiners?|hires?|employees?|"
        r"colleagues?|contractors?|interns?|trainees?|apprentices?|recruits?|consultants?|temps?|"
        r"(?:team|staff)\s+members?|member\s+of\s+(?:staff|the\s+team))\b",
        "need",
    ),
    # "please assign an Adobe licence to me", "allocate me a Visio seat": a licence given to
    # someone is a request (a ticket handed to an agent is an update, see cues_fields)
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:assign|allocate|issue)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|one\s+)?(?:[\w.+-]+\s+){0,2}?"
        r"(?:licen[cs]es?|seats?|subscriptions?)\b",
        "need",
    ),
    # "please arrange a laptop for ...", "can you organise two headsets for the trainees":
    # something to be got ready for someone
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:arrange|organi[sz]e|prepare|sort\s+out|provide|ship|deliver)\s+(?:me\s+|us\s+)?"
        r"(?:a|an|some|two|three|four|\d+|new|the\s+(?:usual|standard))\s+"
        r"(?!(?:meeting|call|chat|update|ticket|time|date|slot|reply|answer)s?\b)\w",
        "need",
    ),
    # "remove Jack's access to everything", "revoke the contractor's licences": for IT to do
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:remove|revoke|cancel|cut\s+off|take\s+away|withdraw)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:access|permissions?|rights|licen[cs]es?|accounts?|logins?)\b",
        "need",
    ),
    # "add me to the sales distribution list", "remove Mia from the HR group"
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:add|remove|take|put)\s+(?:me|us|him|her|them|(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)\s+"
        r"(?:to|from|on|in|into|off|out\s+of)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:[\w&@.-]+\s+){0,4}?"
        rf"{_MEMBERSHIP}s?\b|"
        # "could I be added to the Sales distribution list?", "I'd like to get put on the rota"
        r"\b(?:be|get|getting|being)\s+(?:added|put|included|taken\s+off|removed)\s+"
        r"(?:to|from|on|in|into|off)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:[\w&@.-]+\s+){0,4}?"
        rf"{_MEMBERSHIP}s?\b|"
        # "please create a distribution list for the Sales team", "set up a shared mailbox"
        r"\b(?:create|set\s*up|make|add|start)\s+(?:a|an|new)\s+(?:new\s+)?(?:[\w&@.-]+\s+){0,2}?"
        r"(?:distribution\s+list|dl|mailing\s+list|(?:security\s+|shared\s+)?group|shared\s+mailbox|"
        r"channel|shared\s+folder|share|team\s+site|shared\s+drive|shared\s+calendar)s?\b",
        "need",
    ),
    # "any chance of getting Adobe Acrobat?", "could we get Tableau for ...": software or a
    # thing wanted, named by itself
    cue(
        CREATE_TICKET,
        2,
        r"\b(?:any\s+chance|possible|possibility|chance)\s+(?:of|to|for\s+me\s+to)\s+(?:get(?:ting)?|"
        r"hav(?:e|ing)|order(?:ing)?|borrow(?:ing)?)\b|"
        r"\b(?:can|could|may)\s+(?:I|we)\s+(?:please\s+)?(?:get|have)\s+(?-i:[A-Z])[\w+.-]*"
        r"(?:\s+(?-i:[A-Z])[\w+.-]*)*\s+(?:for|on|installed|licen[cs]e)",
        "need",
    ),
    # "please give Mia Chen access to the Sales site": access for someone is a new ticket,
    # not a look-up of what follows "give".
    cue(
        CREATE_TICKET,
        3,
        r"\b(?:give|grant)\s+(?:me|us|him|her|them|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,2})"
        r"\s+(?:(?:full|read(?:-only)?|write|edit|admin|the\s+same)\s+)?(?:access|permissions?|rights)\b",
        "need",
    ),
    cue(
        CREATE_TICKET,
        2,
        r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:need|want|order\s+me|get\s+me)\s+"
        r"(?:a|an|some|new|another|more|a\s+few|\d+|two|three|four|five)\b",
        "need",
    ),
    # "i need the adobe licence renewed": something of mine to be done to
    cue(
        CREATE_TICKET,
        2,
        r"^\W*(?:i|we)\s+(?:need|want|would\s+like)\s+(?:the|my|our)\s+(?!tickets?\b|#|\d)"
        r"(?:[\w-]+\s+){1,5}?"
        r"(?:renewed|fixed|installed|reset|replaced|updated|changed|unlocked|extended|repaired|"
        r"upgraded|activated|enabled|removed|moved|set\s+up|looked\s+at)\b",
        "need",
    ),
    # "new laptop please, mine is 6 years old"
    cue(
        CREATE_TICKET,
        2,
        r"^\W*(?:a\s+)?new\s+(?!tickets?\b|incidents?\b|requests?\b|cases?\b)[\w-]+(?:\s+[\w-]+)?"
        # ("new sharepoint site for project atlas pls": what it is for may follow)
        r"(?:\s+for\s+[\w' -]{2,40}?)?\s*(?:please|pls|plz|needed|required)\b",
        "need",
    ),
    # "Wayne Foundation, site Gotham Office - new ticket for Lucius Fox: ...": the fields first
    cue(
        CREATE_TICKET,
        3,
        r"(?:(?<=[,;:])\s*|(?<=\s-\s)|(?<=->)\s*|"
        # ("Initech Main Office new ticket: SSO failing")
        r"(?<=\w\s)(?=new\s+(?:ticket|incident|request|case)\s*:))"
        r"(?:(?:a|please)\s+)?(?:new|create\s+(?:a\s+)?(?:new\s+)?)\s*"
        r"(?:ticket|incident|request|case)\b(?=\s+for\b|\s*[:,-])",
        "verb",
    ),
    # "raise a P2 for Initech ...": a priority names a ticket too.
    cue(CREATE_TICKET, 3, r"\b(?:raise|log|open)\s+an?\s+(?:p[1-5]|sev\s*[1-4])\b", "verb"),
    # "ticket for Globex site Springfield Campus: badge reader offline"
    cue(
        CREATE_TICKET,
        2,
        r"^\W*(?:new\s+)?(?:ticket|incident|request)\s+(?:for|on\s+behalf\s+of)\s+[^:]{2,80}?(?::|\s-\s)\s*"
        r"(?!#?\s*\d)\S|"
        # "ticket for olivia brown, monitor flickers"
        r"^\W*(?:new\s+)?(?:ticket|incident|request)\s+for\s+(?!(?:my|the|a|an|this|that)\b)"
        r"[\w.@'-]+(?:\s+[\w.@'-]+){0,3}?\s*,\s*(?!#?\s*\d)\S",
        "passive",
    ),
    # "ticket for initech main office peter gibbons printer jam", "service request for
    # wayne foundation / gotham office ...": a ticket for someone, then what it is about, in
    # one breath. Told like a problem, so that the names are found as in "for globex site
    # ... wifi drops" (see freetext.description); a question ("ticket for globex?") reads it.
    cue(
        CREATE_TICKET,
        2,
        rf"{TICKET_FOR_LEAD}(?!(?:my|me|the|a|an|this|that|it|us|our)\b|#|\d)[\w.@'&-]+"
        r"(?:\s*[\s/,]\s*[\w.@'&-]+){3,}(?![^?]*\?)",
        "problem",
    ),
    # add_note
    cue(
        ADD_NOTE,
        3,
        r"\b(?:add|put|leave|post|write|append|attach|log|make|enter|record|drop|include|"
        rf"insert)\s+(?:(?:a|an|the|this|my|some|another|one)\s+)?{MOD}"
        r"(?:note|comment|remark|update)s?\b",
    ),
    # "note: ...", "internal note 3099 - waiting for parts"
    cue(
        ADD_NOTE,
        3,
        r"(?:^|[.!?]\s+)\W*(?:(?:an?|the)\s+)?(?:(?:internal|private|hidden|public|visible|quick|"
        r"short|staff)\s+)?(?:note|comment)s?\b(?!\s+that\b)",
    ),
    cue(ADD_NOTE, 3, r"\b(?:comment|note)\s+(?:on|to|for|against|in)\s+(?:ticket|my|the|#|\d)"),
    cue(
        ADD_NOTE,
        3,
        r"\bupdate\s+(?:ticket|#|\d|my|the|this|it)[^:¦]*?"
        r"(?:\s*:|\s+-\s|\bwith\b|\bsaying\b|\bto\s+say\b)",
        "update_with",
    ),
    cue(
        ADD_NOTE,
        3,
        # ("jira wont let my team log in": to let someone is to tell them only with "know")
        # ("I'd like to ask IT for a wireless keyboard": asking for a thing is a request)
        r"\b(?:tell|let(?=[^.?!]{1,80}?\bknow\b)|inform|notify|ask(?![^.?!]{0,30}?\bfor\b)|remind|"
        r"message|advise)\s+"
        r"(?:the\s+|my\s+|our\s+)?"
        r"(?:assigned\s+)?(?:technician|tech|engineer|agent|support|helpdesk|help\s+desk|"
        r"service\s+desk|it|team|analyst|person|guy|someone|whoever|them|him|her|"
        # "tell the people on 3042 ...": a crowd is the ticket's people only with a ticket named
        r"(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b))(?:user|customer|requester|caller|people|"
        r"folks|guys|everyone|everybody|staff|crew))\b",
        "tell",
    ),
    # "3140 tell the user a tech is coming", "for 3101, let the customer know ...": a ticket
    # named first, so the people told are the ones on it
    cue(
        ADD_NOTE,
        3,
        r"^\W*(?:(?:for|on|re|about)\s+)?(?:ticket\s*)?#?\s*\d{3,10}\b[\s,:-]*(?:please\s+)?"
        r"(?:tell|let|inform|notify|ask|remind|message|advise|update)\s+(?:the\s+)?(?:user|customer|"
        r"requester|caller|client|people|folks|everyone|everybody|staff)\b",
        "tell",
    ),
    # "need to give an update on one of my tickets", "posting some info for ticket 3120":
    # news given to a ticket's people is a note ("kindly provide an update on ticket 3076",
    # "could you send an update on my vpn ticket" ask IT for one)
    cue(
        ADD_NOTE,
        3,
        r"(?<!\bkindly\s)(?<!\bplease\s)(?<!\bpls\s)(?<!\byou\s)(?<!\byou\splease\s)"
        r"\b(?:give|giving|post|posting|send|sending|provide|providing|pass\s+on)\s+(?:(?:you|them|IT)\s+)?"
        r"(?:an?\s+|some\s+|more\s+)?(?:(?:quick|short|small|brief)\s+)?(?:update|info|information|"
        r"news)\s+(?:on|to|for|about|in)\s+(?=(?:one\s+of\s+)?(?:my|the|this|that|ticket|#|\d))",
    ),
    # "3076 note mias start date moved", "3055 internal note ordered ram", "3099 private
    # note: engineer booked": the ticket, the word "note" and the note itself
    cue(
        ADD_NOTE,
        3,
        r"^\W*(?:(?:for|on|re|to)\s+)?(?:ticket\s*)?#?\s*\d{3,10}\s*[,:-]?\s+(?:(?:internal|"
        r"private|hidden|public|visible|quick|short|staff)\s+)?(?:note|comment)"
        r"(?:\s*[:-]\s*|\s+(?!that\b|(?:on|of|for)\b))(?=\w)",
        "tell",
    ),
    # "on 3076 mia also needs a phone", "re 3042 it dropped again at noon": news headed by
    # the ticket it is for (a question or a command after it is a stronger cue)
    cue(
        ADD_NOTE,
        2,
        # (with a colon, or ending as a question, the head is read as it always was)
        r"^\W*(?:on|re|about|regarding)\s+(?:ticket\s*)?#?\s*\d{3,10}\b\s+(?=\w)(?![^?]*\?\W*$)",
        "tell",
    ),
    # "Please record on ticket 3042 that the router was replaced", "In reply to your question
    # on ticket 3042: yes, ...": what is put on record on the ticket, or answers it there
    cue(
        ADD_NOTE,
        3,
        r"\b(?:record|note\s+down|log|mention|put\s+down)\s+(?:on|against|in)\s+(?:ticket\s*)?#?\s*"
        r"\d{3,10}\s+that\b|"
        r"^\W*(?:in\s+(?:reply|response|answer)|replying|responding)\s+to\s+(?:your|the)\s+"
        r"(?:question|query|message|note|comment|e-?mail)\s+(?:on|about|for|in|re)\s+(?:ticket\s*)?#?\s*"
        r"\d{3,10}\b\s*[:,-]?\s*(?=\w)",
        "tell",
    ),
    # "Could you note that on 3042?", "please log this against my VPN ticket": what was told
    # before, put on record on the ticket
    cue(
        ADD_NOTE,
        3,
        r"\b(?:note|log|record|jot|put)\s+(?:that|this|it)(?:\s+down)?\s+(?:on|against|in|to)\s+"
        r"(?:(?:ticket\s*)?#?\s*\d{3,10}\b|(?:my|the)\s+(?:[\w-]+\s+){0,3}?(?:ticket|request|case)\b)",
    ),
    # "Tell Olivia on 3140 that ...", "ask Marcus on #3101 whether ...": a person named, then
    # the ticket they are on: what to tell them is a note on it
    cue(
        ADD_NOTE,
        3,
        r"\b(?:tell|let|inform|notify|ask|remind|message|advise|update)\s+(?-i:[A-Z])[\w'-]+"
        r"(?:\s+(?-i:[A-Z])[\w'-]+)?(?=\s+(?:on|for|in|re|about)\s+(?:ticket\s*)?#?\s*\d{3,10}\b)",
        "tell",
    ),
    cue(
        ADD_NOTE,
        3,
        r"\breply\s+(?:to\s+|on\s+|in\s+)?(?:my|the|ticket|#|\d)|"
        r"\b(?:respond|answer)\s+(?:to\s+|on\s+|in\s+)?(?:ticket\b|#\s*\d|\d{3,})",
    ),
    # "on 3115 add: it happens on my phone too", "for #3042 note: ..."
    # ("On 3115 please note the prompts started ...": the words after the verb are the note)
    cue(
        ADD_NOTE,
        3,
        r"^\W*(?:on|to|for|in|re)\s+(?:ticket\s*)?#?\s*\d{3,}\s*,?\s*(?:please\s+)?"
        r"(?:add|note|comment|write|put|say|mention)\b|"
        # ("On Mia's ticket 3076, please note she'll also need ...": whose ticket, said first)
        r"^\W*(?:on|to|for|in|re)\s+[\w'-]+(?:'s|s')\s+(?:[\w-]+\s+){0,3}?(?:ticket|request)\s*#?\s*"
        r"\d{3,}\s*,?\s*(?:please\s+)?(?:add|note|comment|write|put|say|mention)\b|"
        # "on my ticket about the VPN dropping, please add: ...": the ticket described
        r"^\W*(?:on|to|for|in|re)\s+(?:my|the)\s+[^:.?!]{0,60}?\b(?:ticket|request|case)\b"
        r"[^:.?!]{0,60}?,\s*(?:please\s+)?(?:add|note|write|put)\s*:",
        "tell",
    ),
    cue(
        ADD_NOTE,
        3,
        r"\b(?:append|add|write|put)\s+(?:please\s+)?(?:«\d+»\s+|(?:this|that|these|the\s+following|it)\s+|"
        # "could I add something to 3120?", "one more thing to add to my monitor request"
        r"(?:(?<=add\s)|(?<=append\s))(?:something|anything|(?:one|a|another|two)\s+(?:more\s+|other\s+|small\s+|quick\s+)?"
        r"(?:things?|points?|details?|bits?))\s+(?:(?:else|more)\s+)?|"
        # "I want to add some info to my VPN ticket: ..."
        # ("add this info in ticket 3042 - ...")
        r"(?:(?:some|more|a\s+bit\s+of|extra|additional|a\s+few|further|this|that|these|the|my|"
        r"the\s+following)\s+)?(?:info|information|"
        r"details|context|words|lines)\s+)?(?:to|in|into|on)\s+(?:ticket|#|\d|my|the|this|it|"
        # "add to mia chen ticket: she needs a mac": a ticket called by what it is about
        r"(?:[\w&'./+-]+\s+){1,3}?(?:ticket|request|case|one)(?=\s*(?::|\s-\s)))",
    ),
    # ("... but i'll add that later": what the person will add themselves, nothing to add now)
    cue(
        ADD_NOTE,
        3,
        r"(?<!'ll\s)(?<!\bwill\s)(?<!\bshall\s)\badd\s+(?:to\s+[^,:]{1,40}?\s+)?that\b",
        "tell",
    ),
    # reopen_ticket: before resolve, and stronger, so "reopen it, it is broken again" is not
    # read as "resolve" or as "open a ticket"
    cue(
        REOPEN_TICKET,
        4,
        r"\b(?:re-?open(?:ed|ing|s)?|un-?resolve(?:s)?|un-?close)\b|"
        # ("the PC needs its Windows licence reactivated": a licence, not a ticket)
        r"\bre-?activate(?:s)?\s+(?=it\b|this\b|that\b|(?:ticket\s*)?#?\s*\d|(?:my|the|this|that)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case|one)\b)|"
        r"\b(?:it|ticket|request|case|one|\d{3,})\s+(?:to\s+be\s+|be\s+|been\s+|get\s+|got\s+)?"
        r"re-?activated\b|\bre-?activate\W*$|"
        # "can you open my old ticket back up?", "open it back up please"
        r"\bopen\s+(?:(?:it|this|that|(?:ticket\s*)?#?\s*\d{3,10}|(?:my|the|this|that)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case|one))\s+)?back\s+up\b|"
        # "I need my password reset ticket opened again", "bring 789 back to life"
        r"(?:\b(?:ticket|request|case|one)\s+|(?<=\d\s))(?:to\s+be\s+|be\s+)?(?:opened|open)\s+"
        r"(?:again|back\s+up)\b|"
        r"\b(?:put|set|make|mark)\s+(?:it|this|that|(?:ticket\s*)?#?\s*\d{3,10})\s+(?:back\s+)?(?:to\s+|as\s+)?"
        r"(?:open|opened)(?:\s+again)?\b(?!\s+(?:tickets?|a|an|the)\b)|"
        r"\bbring\s+(?:it|this|that|(?:ticket\s*)?#?\s*\d{3,10}|(?:my|the|this|that)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case|one))\s+back(?:\s+to\s+life)?\b",
    ),
    # "for 3131 write that the user is back": with a ticket named, "write/mention that" is a note
    cue(
        ADD_NOTE,
        3,
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b)).*?\b(?:write|put|mention|say|state|"
        # ("..., put that in a note": what was said before goes in the note)
        r"record|log)\s+(?:(?:down|there|in\s+it|on\s+it)\s+)?that\b"
        r"(?!\s+(?:in|into|on|as|down\s+(?:in|as))\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:note|comment|ticket)\b)|"
        # "tell in ticket 3120 that ...", "say to the technician of 3042 that ...": where it
        # is said, then what
        r"\b(?:write|put|mention|say|tell|state|record)\s+(?:(?:to|in|on|into)\s+)"
        r"(?:(?:the|my)\s+)?(?:(?:technician|tech|engineer|agent|person|people)\s+(?:of|on|for|in)\s+)?"
        r"(?:(?:the\s+)?ticket\s*)?#?\s*\d{3,10}\s+that\b",
        "tell",
    ),
    # "for ticket 3089 please note that ...", "re 3115, fyi the error is back": a remark for
    # the people on the ticket (only when a ticket is named by number or as "ticket"; alone it
    # is a description).
    cue(
        ADD_NOTE,
        3,
        # ("for the sharepoint request please note that ...": a ticket described counts too)
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b|\b(?:my|the|this|that)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:request|case)\b)).*?(?:\b(?:please|pls|kindly|(?:can|could|would)\s+(?:you|someone)"
        r"(?:\s+please)?)\s+(?:also\s+)?note\s+(?:that|down)\b|\bfyi\b|\bfor\s+your\s+information\b|"
        r"\b(?:just\s+)?(?:to\s+|wanted\s+to\s+|want\s+to\s+)?let\s+(?:you|u|you\s+guys|it|IT)\s+know\b|"
        r"\bpass\s+(?:a\s+message|this|it|that|word|on\s+a\s+message)\s+(?:on\s+)?to\b|"
        # "could you pass on to whoever has 3089 that ...", "let whoever is on 3042 know ..."
        r"\bpass\s+(?:it\s+|this\s+|that\s+)?(?:on|along)\s+to\b|\blet\s+whoever\b|"
        r"\bjust\s+so\s+(?:you|(?:the\s+)?(?:tech|technician|engineer|agent)s?|they|(?-i:IT)|support)\s+"
        r"(?:knows?|are\s+aware|is\s+aware)\b)",
        "tell",
    ),
    # "Update for my VPN drop-out ticket 3042 - I've tried a cable ...", "3120 add: asset tag is
    # AC-2231": news for a ticket, headed as such (a question after it asks instead)
    cue(
        ADD_NOTE,
        3,
        r"^\W*(?:an?\s+|quick\s+|small\s+)?update\s+(?:for|on|re|regarding|about|to)\s+[^:?]{0,60}?"
        r"(?:ticket\s*)?#?\s*\d{3,10}\s*(?::|\s-\s|,)\s*(?=[^?]+$)|"
        r"^\W*(?:ticket\s*)?#?\s*\d{3,10}\s*(?:-\s*)?(?:add|note|append|comment)\s*:\s*(?=\S)|"
        # "on my Outlook ticket add: it happens on my phone too now"
        r"\b(?:ticket|request|case|one)\s+(?:add|note|append)\s*:\s*(?=\S)|"
        # "hi, just adding to 3089: the site is called Finance Team Hub"
        r"^\W*(?:(?:hi|hello|hey)\W+)?(?:just\s+)?adding\s+(?:this\s+)?(?:to|on)\s+(?:ticket\s*)?#?\s*\d{3,10}"
        r"\s*(?::|\s-\s|,)\s*(?=\S)|"
        # "internal only on 3042: suspect her router", "jot on 3055 (internal): ..."
        r"^\W*(?:internal|private|public|visible|staff)(?:\s+only)?\s+(?:on|for|to)\s+(?:ticket\s*)?#?\s*"
        r"\d{3,10}\s*(?::|\s-\s)\s*(?=\S)|"
        r"\bjot\s+(?:down\s+|this\s+)?(?:on|for|to|against|in)\s+(?:ticket\s*)?#?\s*\d{3,10}\b",
    ),
    # "3042: tried the new config, still drops", "for my vpn ticket: it happens on the home
    # wifi only", "Update on 3042 - the drops are every 10 min": a ticket named first, then
    # what to tell about it. Weakest cue: "3115: please close it" closes it; "3115: any news?"
    # asks (see intents.header_note). ("3115 - priority high" is an update: see `update_with`)
    cue(ADD_NOTE, 1, SEPARATED_TICKET_HEADER, "update_with"),
    # "3042 still drops every 10 min": the same typed on a phone with nothing after the number;
    # weaker still, so that any other reading of the words wins ("3140 team please" reads it)
    cue(ADD_NOTE, 0, BARE_ID_LEAD, "update_with"),
    # "please don't close 3115 yet": what the desk should know about that ticket, never a close
    cue(ADD_NOTE, 3, NEGATED_CLOSE, "keep_open"),
    # resolve_ticket
    # ("month-end close is tomorrow", "the year-end close": the accounting close, a noun)
    cue(
        RESOLVE_TICKET,
        3,
        # ("the noise stops when I close Chrome": what the person does, in a time clause)
        r"(?<!-end\s)(?<!\bend\s)(?<!\bthe\s)(?<!\bwhen\sI\s)(?<!\bif\sI\s)(?<!\bonce\sI\s)"
        r"(?<!\bafter\sI\s)(?<!\bbefore\sI\s)(?<!\bwhenever\sI\s)(?<!\bas\ssoon\sas\sI\s)"
        # ("Excel won't close", "the laptop case will not close": a thing that fails to close)
        r"(?<!\bwon't\s)(?<!\bwont\s)(?<!\bwill\snot\s)(?<!\bdoesn't\s)(?<!\bdoesnt\s)"
        r"(?<!\bdoes\snot\s)(?<!\bwouldn't\s)(?<!\bwould\snot\s)(?<!\blonger\s)"
        rf"{NOT_NEGATED}\b(?:resolve|close)(?:\s+(?:out|off|down))?\b"
        r"(?!\s+(?:to|by|is|was|date|period|deadline|process)\b)",
    ),
    cue(
        RESOLVE_TICKET,
        3,
        rf"{NOT_NEGATED}\b(?:cancel|withdraw|complete|finish|shut)\s+{RES_OBJECT}",
    ),
    cue(
        RESOLVE_TICKET,
        3,
        rf"{NOT_NEGATED}\bmark(?:ed)?\s+(?:[^,.;]{{0,40}}?\s+)?(?:as\s+)?(?:being\s+)?{RESOLVED_WORDS}\b",
    ),
    cue(RESOLVE_TICKET, 3, r"\b(?:can|could|may|should)\s+(?:now\s+)?be\s+(?:closed|resolved)\b"),
    # "Closing 3101: summary note for the customer - ...", "wrap up 3042 for Emma with a note"
    cue(
        RESOLVE_TICKET,
        3,
        r"^\W*(?:closing|resolving)\s+(?:ticket\s*)?#?\s*\d{3,}\b|"
        rf"{NOT_NEGATED}\bwrap(?:ping)?\s+up\s+{RES_OBJECT}",
    ),
    # "we're done with 3076", "finished with the laptop one"
    cue(
        RESOLVE_TICKET,
        3,
        r"\b(?:done|finished|through)\s+with\s+(?:ticket\s*#?\s*\d+|#?\s*\d{3,}|it\b|this\s+one\b|"
        r"(?:my|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:ticket|request|case|one)\b)",
    ),
    # "consider 3089 done", "treat my vpn ticket as closed"
    cue(
        RESOLVE_TICKET,
        3,
        rf"\b(?:consider|treat|count)\s+{RES_OBJECT}(?:[^,.;]{{0,30}}?\s)?(?:as\s+)?{RESOLVED_WORDS}\b",
    ),
    cue(
        RESOLVE_TICKET,
        3,
        # "I need ticket 3115 closed", "please get 3042 resolved", "I'd like it cancelled"
        rf"{NOT_NEGATED}\b(?:need|want|like|get|have)\s+(?:my|the|this|that|ticket|it|#\s*\d|\d{{3,}})"
        r"[^.]{0,40}?\b(?:closed|resolved|cancell?ed|withdrawn|shut)\b",
    ),
    cue(
        RESOLVE_TICKET,
        2,
        r"\b(?:is|it's|its|are|has\s+been|have\s+been|got|now)\s+(?:now\s+|all\s+|finally\s+)?"
        # ("we are working on it", "it is working but slow" say nothing is done)
        r"(?:fixed|resolved|solved|sorted|working(?!\s+(?:on|from|with|at|in|for|hard|late)\b))\b"
        r"(?!\s*\?)(?![^.!?]*\b(?:but|except|though|although|however)\b)|"
        # "Happy for 3120 to be closed.", "fine to close 3042 now"
        r"\b(?:happy|fine|ok|okay|good)\s+(?:for\s+(?:ticket\s*)?#?\s*\d{3,}\s+to\s+be\s+(?:closed|resolved)|"
        r"(?:for\s+you\s+)?to\s+close\s+(?:ticket\s*)?#?\s*\d{3,})\b|"
        # "3042 sorted, thanks!", "#3131 all good now"
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s*(?:(?:->|=>|→|:)\s*|\s)(?:is\s+)?(?:now\s+)?(?:fixed|resolved|solved|sorted|"
        r"done|working(?:\s+again)?|all\s+good|ok|fine)\b(?!\s*\?)",
        "statement",
        needs_ticket=True,
    ),
    # "the laptop fan is fine now", "fan issue resolved, thanks": what works again, and
    # nothing else (the resolver takes the one ticket about that thing, or offers choices)
    cue(
        RESOLVE_TICKET,
        2,
        r"^\W*(?!(?:i|we|you|they|he|she|it|this|that|everything|all|nothing)\b)(?:the\s+|my\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|all\s+|finally\s+)?"
        r"(?:fine|ok|okay|working|fixed|sorted|solved|resolved|stable|back\s+to\s+normal|behaving)|"
        r"(?:now\s+|all\s+|finally\s+)?(?:fixed|sorted|solved|resolved|working\s+again|back\s+up))"
        r"(?:[\s,.!]+(?:again|now|today|thanks?|thank\s+you|cheers|ty)|\s+since\s+\w+)*[\s.!]*$",
        "statement",
    ),
    cue(
        RESOLVE_TICKET,
        2,
        r"\bworks\s+(?:again|now|fine)\b|\bworking\s+again\b|\bno\s+longer\s+(?:need|needed|"
        r"required|an\s+issue|a\s+problem)\b|\ball\s+good\s+now\b|"
        r"\b(?:don't|do\s+not|no\s+longer)\s+need\s+(?:it|this|that|ticket\s*#?\s*\d+|#?\d{3,}|"
        r"(?:the|my)\s+(?:[\w-]+\s+){0,2}?ticket)(?:\s+any\s*more)?\b|"
        r"\b(?:has|have)\s+gone\s+away\b|\bwent\s+away\b|\bstopped\s+happening\b|"
        r"\b(?:fixed|sorted|resolved)\s+itself\b",
        "statement",
        needs_ticket=True,
    ),
)
