"""Intent detection: which action a request asks for.

A table of `Cue`s (action, strength, pattern) is matched against the prepared text; list and
lookup requests are recognised by a query verb and its object noun (`query_intent`). The winner
is chosen by, in order:
1. cues in the head of the request (before the first " - " or ":" separator) beat cues in the
   tail, because the tail is usually the description or note text;
2. higher strength (3: an explicit command, 2: a clear but indirect phrasing, 1: a hint such as
   a problem statement);
3. the earliest position ("Resolve ticket 3101 and add a note" resolves; the note is secondary);
4. table order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import words

IGNORE_CASE = re.IGNORECASE
UNSUPPORTED = "unsupported"

# Modifier words between an article and a ticket noun ("a HaloPSA Incident ticket"); never a
# preposition or pronoun, so "raise the priority of ticket 3115" is not "raise ... a ticket".
_MOD = (
    r"(?:(?!(?:of|for|to|on|in|with|about|from|at|by|and|that|my|this|it|its|your|the)\b)"
    r"[\w&.'/-]+\s+){0,4}?"
)
TICKET_NOUN = (
    r"(?:tickets?|cases?|calls?|jobs?|major\s+incidents?|incidents?|service\s+requests?|"
    r"change\s+requests?|requests?|problems?|changes?|issues?|faults?|questions?|tasks?|alerts?)"
)
_NO_ID = r"(?!\s*(?:#|no\.?\s|number\s|id\s)?\s*\d)"
_POLITE = (
    r"(?:please|pls|kindly|just|hey|hi|hello|ok|okay|so|can\s+you|could\s+you|would\s+you|"
    r"will\s+you|i\s+want\s+to|i'd\s+like\s+to|i\s+would\s+like\s+to|i\s+need\s+to|"
    r"you\s+should|go\s+ahead\s+and|let's|lets)"
)
_RESOLVED_WORDS = r"(?:resolved|fixed|done|solved|complete|completed|closed|finished|sorted)"
_RES_OBJECT = (
    r"(?:it\b|this\b|that\b|#|\d|ticket\b|(?:my|the|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ticket|request|case|incident|call|issue)\b)"
)
# The request mentions some ticket (needed by cues that are otherwise ordinary sentences).
TICKET_REF_RE = re.compile(
    r"\b(?:ticket|tickets|case|it|my|this\s+one|issue|problem|request)\b|#\s*\d|\b\d{2,}\b",
    IGNORE_CASE,
)
QUESTION_START_RE = re.compile(
    r"^\W*(?:why|when|who|how|did|has|have|was|were|is|are|does|do)\b(?!\s+(?:close|resolve))",
    IGNORE_CASE,
)


# "how do I reset my password?", "how to map a network drive", "hw can i ..."
HOWTO_RE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+question)\W+)*(?:how|hw|hows)\s+"
    r"(?:do|can|could|should|would|shall|does|did)\s+(?:i|we|you|one|someone|people)\b|"
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)*how\s+to\b|"
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)*how\s+(?:i|we)\s+(?:can|could|should|do|may)\b|"
    r"^\W*(?:what(?:'s|\s+is)\s+the\s+(?:best\s+)?(?:way|procedure|process|steps?)\s+(?:to|for)|"
    r"is\s+there\s+a\s+way\s+to)\b",
    IGNORE_CASE,
)
# "who is in the Network team?", "members of team Network", "which agents are in Field Services"
TEAM_MEMBERS_RE = re.compile(
    r"\bwho(?:'s|\s+is|\s+are|\s+works|\s+work)?\s+(?:in|on|part\s+of|a\s+member\s+of|"
    r"with|for)\s+(?!(?:my|ticket|it|this|that)\b|#|\d+\b)|"
    r"\bwho(?:'s|\s+is|\s+are)\s+(?:working|sitting|based)\s+in\s+(?!(?:my|ticket|it|this|that)\b|#|\d+\b)|"
    r"\bmembers?\s+(?:of|in)\s+|"
    r"\b(?:which|what)\s+(?:agents|people|technicians|techs|engineers|analysts|staff)\s+"
    r"(?:are\s+|work\s+|sit\s+)?(?:in|on)\s+|"
    r"\bhow\s+many\s+(?:people|agents|technicians|engineers|members)\s+(?:are\s+|work\s+)?"
    r"(?:in|on)\s+|"
    r"\b(?:list|show|who\s+are)\s+(?:me\s+)?(?:the\s+)?(?:people|members|agents)\s+(?:in|of|on)\s+",
    IGNORE_CASE,
)
# "which team is Daniel Kim in?", "what team does Chloe Martin belong to"
AGENT_TEAM_RE = re.compile(
    r"\b(?:which|what)\s+teams?\s+(?:is|does|do|are|has)\s+(?=(?-i:[A-Z])|«)",
    IGNORE_CASE,
)


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


def _cue(
    action: str, strength: int, pattern: str, kind: str = "", needs_ticket: bool = False
) -> Cue:
    return Cue(action, strength, re.compile(pattern, IGNORE_CASE), kind, needs_ticket)


CUES: tuple[Cue, ...] = (
    # Not a declared action: refused, with a reason, when it is the main verb.
    _cue(
        UNSUPPORTED,
        4,
        rf"^\W*(?:{_POLITE}\s+)*(?:delete|remove|erase|purge|wipe|destroy|merge|archive|export|"
        r"download|"
        r"drop\s+all|undelete)\b",
    ),
    # create_ticket
    _cue(
        "create_ticket",
        3,
        rf"\bopen\s+(?:up\s+)?(?:a\s+new|a|an|another|one|new)\s+{_MOD}{TICKET_NOUN}\b{_NO_ID}",
        "verb",
    ),
    _cue(
        "create_ticket",
        3,
        r"\b(?:raise|log|create|submit|file|lodge|start|make|add|book|put\s+in|place|register)"
        rf"\s+(?:up\s+)?(?:(?:a|an|another|one|some)\s+)?(?:new\s+)?{_MOD}{TICKET_NOUN}\b{_NO_ID}",
        "verb",
    ),
    _cue(
        "create_ticket",
        3,
        r"^\W*(?:new|create)\s+(?:halo\s*-?\s*(?:psa|itsm)\s+)?(?:(?:high|low|medium|urgent|"
        r"critical)(?:\s+priority)?\s+)?(?:ticket|incident|request|case)\b",
        "verb",
    ),
    _cue(
        "create_ticket",
        3,
        r"\bopen\s+(?:new\s+)?(?:ticket|incident|case)\s+(?=for\b|about\b|regarding\b|re\b|:|-\s)",
        "verb",
    ),
    _cue("create_ticket", 3, r"\breport\s+(?:a|an|that|the\s+following|this|some)\b", "verb"),
    _cue(
        "create_ticket",
        3,
        r"\b(?:log|raise|record|submit|file)\s+(?:this|that|the\s+following)\b",
        "passive",
    ),
    _cue(
        "create_ticket",
        2,
        r"^\W*(?:new\s+)?(?:ticket|incident|request)\s*(?:(?:please|pls|plz)\s*)?(?::|\s-\s)\s*"
        r"(?!#?\s*\d)",
        "passive",
    ),
    _cue(
        "create_ticket",
        3,
        r"\b(?:a|new|another)\s+(?:new\s+)?(?:ticket|incident|request|case)\s+"
        r"(?:opened|raised|logged|created|submitted|put\s+in)\b",
        "passive",
    ),
    _cue(
        "create_ticket",
        2,
        r"\bI\s+(?:need|want|would\s+like|'d\s+like|require)\s+(?:a|an|some|new|help|access|"
        r"assistance|support|someone|somebody|to\s+(?:get|have|order|request|install|reset|"
        r"set\s+up|replace|fix|report))\b",
        "need",
    ),
    _cue(
        "create_ticket",
        2,
        r"\b(?:can|could)\s+(?:I|we)\s+(?:get|have|order|request)\s+(?:a|an|some|new|access)\b",
        "need",
    ),
    _cue("create_ticket", 2, r"\b(?:request|order)\s+(?:a|an|some)\s+new\b", "need"),
    _cue(
        "create_ticket",
        2,
        r"\b(?:create|set\s*up|add|provision|onboard)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:user|"
        r"account|mailbox|e-?mail\s+account|login|starter|laptop|phone)\b",
        "need",
    ),
    _cue(
        "create_ticket",
        1,
        r"\b(?:reset|unlock|install|set\s+up|replace|fix|repair|help\s+me\s+with)\s+"
        r"(?:my|the|a|an|our)\b",
        "need",
    ),
    _cue(
        "create_ticket",
        1,
        r"\b(?:broken|not\s+working|doesn't\s+work|does\s+not\s+work|isn't\s+working|"
        r"won't|will\s+not|can't|cannot|can\s+not|unable\s+to|errors?|fail(?:s|ed|ing)?|"
        r"crash(?:es|ed|ing)?|is\s+down|are\s+down|went\s+down|stuck|freez(?:es|ing)|frozen|"
        r"too\s+slow|very\s+slow|is\s+slow|jams?|jammed|keeps|lost|locked\s+out|forgot|"
        r"stopped\s+working|not\s+loading|missing|disconnect(?:s|ed|ing)?|blue\s*screen|"
        r"virus|hacked|phishing|leak(?:s|ing)?|flicker(?:s|ing)?|no\s+access|"
        r"(?:have|having|got)\s+(?:a\s+|an\s+|some\s+)?(?:problem|issue|trouble)s?|"
        r"(?:problem|issue|trouble)s?\s+with|need\s+access|not\s+responding|no\s+(?:internet|wifi|wi-fi|sound|signal|power)|"
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
        r"crackl(?:e|es|ing)|muffled|blurry|pixelated|unusable|knackered|wonky|playing\s+up|"
        r"no\s+dial\s+tone|"
        r"(?:cant|cannot|wont|doesnt|isnt|didnt|aint)\s+\w+|"
        r"(?:internet|wi-?fi|network|e-?mail|server|vpn|printer|phones?|system|website|app|"
        r"power|lights|heating|aircon|a/c)\s+(?:is\s+|are\s+|went\s+|seems\s+)?(?:down|dead|out))\b",
        "problem",
    ),
    _cue(
        "create_ticket", 2, r"\b(?:get|have|need|request|given|give\s+me)\s+access\s+to\b", "need"
    ),
    _cue(
        "create_ticket",
        2,
        r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:need|want|order\s+me|get\s+me)\s+"
        r"(?:a|an|some|new)\b",
        "need",
    ),
    # "i need the adobe licence renewed": something of mine to be done to
    _cue(
        "create_ticket",
        2,
        r"^\W*(?:i|we)\s+(?:need|want|would\s+like)\s+(?:the|my|our)\s+(?!tickets?\b|#|\d)"
        r"(?:[\w-]+\s+){1,5}?"
        r"(?:renewed|fixed|installed|reset|replaced|updated|changed|unlocked|extended|repaired|"
        r"upgraded|activated|enabled|removed|moved|set\s+up|looked\s+at)\b",
        "need",
    ),
    # "new laptop please, mine is 6 years old"
    _cue(
        "create_ticket",
        2,
        r"^\W*(?:a\s+)?new\s+(?!tickets?\b|incidents?\b|requests?\b|cases?\b)[\w-]+(?:\s+[\w-]+)?"
        r"\s*(?:please|pls|plz|needed|required)\b",
        "need",
    ),
    # "raise a P2 for Initech ...": a priority names a ticket too.
    _cue("create_ticket", 3, r"\b(?:raise|log|open)\s+an?\s+(?:p[1-5]|sev\s*[1-4])\b", "verb"),
    # "ticket for Globex site Springfield Campus: badge reader offline"
    _cue(
        "create_ticket",
        2,
        r"^\W*(?:new\s+)?(?:ticket|incident|request)\s+for\s+[^:]{2,80}?(?::|\s-\s)\s*(?!#?\s*\d)\S",
        "passive",
    ),
    # add_note
    _cue(
        "add_note",
        3,
        r"\b(?:add|put|leave|post|write|append|attach|log|make|enter|record|drop|include|"
        rf"insert)\s+(?:(?:a|an|the|this|my|some|another|one)\s+)?{_MOD}"
        r"(?:note|comment|remark|update)s?\b",
    ),
    _cue("add_note", 3, r"(?:^|[.!?]\s+)\W*(?:note|comment)s?\b(?!\s+that\b)"),
    _cue("add_note", 3, r"\b(?:comment|note)\s+(?:on|to|for|against|in)\s+(?:ticket|my|the|#|\d)"),
    _cue(
        "add_note",
        3,
        r"\bupdate\s+(?:ticket|#|\d|my|the|this|it)[^:¦]*?"
        r"(?:\s*:|\s+-\s|\bwith\b|\bsaying\b|\bto\s+say\b)",
        "update_with",
    ),
    _cue(
        "add_note",
        3,
        r"\b(?:tell|let|inform|notify|ask|remind|message|advise)\s+(?:the\s+|my\s+|our\s+)?"
        r"(?:assigned\s+)?(?:technician|tech|engineer|agent|support|helpdesk|help\s+desk|"
        r"service\s+desk|it|team|analyst|person|guy|someone|whoever)\b",
        "tell",
    ),
    _cue("add_note", 3, r"\breply\s+(?:to\s+)?(?:my|the|ticket|#|\d)"),
    _cue(
        "add_note",
        3,
        r"\b(?:append|add|write|put)\s+(?:«\d+»\s+|(?:this|that|these|the\s+following|it)\s+)?"
        r"(?:to|in|into|on)\s+(?:ticket|#|\d|my|the|this|it)",
    ),
    _cue("add_note", 3, r"\badd\s+(?:to\s+[^,:]{1,40}?\s+)?that\b", "tell"),
    # reopen_ticket: before resolve, and stronger, so "reopen it, it is broken again" is not
    # read as "resolve" or as "open a ticket"
    _cue("reopen_ticket", 4, r"\b(?:re-?open|un-?resolve|reactivate)(?:ed|ing|s)?\b"),
    # "for 3131 write that the user is back": with a ticket named, "write/mention that" is a note
    _cue(
        "add_note",
        3,
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b)).*?\b(?:write|put|mention|say|state|"
        r"record|log)\s+(?:(?:down|there|in\s+it|on\s+it)\s+)?that\b",
        "tell",
    ),
    # "for ticket 3089 please note that ...", "re 3115, fyi the error is back": a remark for
    # the people on the ticket (only when a ticket is named by number or as "ticket"; alone it
    # is a description).
    _cue(
        "add_note",
        3,
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b)).*?(?:\b(?:please|pls|kindly)\s+"
        r"(?:also\s+)?note\s+(?:that|down)\b|\bfyi\b|\bfor\s+your\s+information\b|"
        r"\bjust\s+so\s+you\s+know\b)",
        "tell",
    ),
    # resolve_ticket
    _cue("resolve_ticket", 3, r"\b(?:resolve|close)(?:\s+(?:out|off|down))?\b(?!\s+(?:to|by)\b)"),
    _cue("resolve_ticket", 3, rf"\b(?:cancel|withdraw|complete|finish|shut)\s+{_RES_OBJECT}"),
    _cue(
        "resolve_ticket",
        3,
        rf"\bmark(?:ed)?\s+(?:[^,.;]{{0,40}}?\s+)?(?:as\s+)?(?:being\s+)?{_RESOLVED_WORDS}\b",
    ),
    _cue(
        "resolve_ticket", 3, r"\b(?:can|could|may|should)\s+(?:now\s+)?be\s+(?:closed|resolved)\b"
    ),
    _cue(
        "resolve_ticket",
        3,
        r"\b(?:need|want|like)\s+(?:my|the|ticket|it)\b[^.]{0,40}?\b(?:closed|resolved)\b",
    ),
    _cue(
        "resolve_ticket",
        2,
        r"\b(?:is|it's|its|are|has\s+been|have\s+been|got|now)\s+(?:now\s+|all\s+|finally\s+)?"
        r"(?:fixed|resolved|solved|sorted|working)\b(?!\s*\?)",
        "statement",
        needs_ticket=True,
    ),
    _cue(
        "resolve_ticket",
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
    # update_ticket
    _cue(
        "update_ticket",
        3,
        # after a determiner the word is a noun: "since the upgrade", "after a transfer"
        r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bour\s)"
        r"(?<!\blast\s)(?<!\brecent\s)(?<!\bmy\s)"
        r"\b(?:re-?assign|transfer|route|hand\s+(?:it\s+|#?\s*\d+\s+|ticket\s*#?\s*\d+\s+)?over|"
        r"escalate|bump|downgrade|upgrade|"
        r"de-?prioriti[sz]e|prioriti[sz]e|re-?open)\b",
    ),
    # "what about 3042", "and how about ticket 3115?"
    _cue(
        "get_ticket",
        3,
        r"^\W*(?:and\s+|so\s+)?(?:what|how)\s+about\s+(?:(?:my\s+)?ticket\s*)?(?:no\.?\s*)?"
        r"#?\s*\d{3,}\b",
        "query",
    ),
    # "open again 3150", "open 3150 again": a reopen, when a ticket is named ("the door won't
    # open again" is a problem)
    _cue(
        "update_ticket",
        3,
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b)).*?(?<!n't\s)(?<!\bnot\s)(?<!\bto\s)"
        r"\bopen\s+(?:(?:it|ticket|#?\s*\d{3,})\s+){0,2}again\b",
    ),
    # "check 3005 + 3018", "chk 3115": a look at those tickets
    _cue(
        "get_ticket",
        3,
        r"\b(?:check|chk|verify)\s+(?:on\s+)?(?:the\s+|my\s+)?(?:tickets?\s*)?(?:no\.?\s*)?"
        r"#?\s*\d{3,}\b",
        "query",
    ),
    # "3012 to critical", "#3121 -> P2": a ticket and a priority with nothing else
    _cue(
        "update_ticket",
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s+(?:to|->|=>|=)\s+(?:(?:very\s+)?(?:low|medium|normal|"
        r"high|critical|urgent)|p[1-5])\b",
    ),
    # "put 3099 in progress", "set 3012 to waiting": a status named after the ticket
    _cue(
        "update_ticket",
        3,
        r"\b(?:put|set|mark|move)\s+(?:ticket\s*)?#?\s*\d{3,}\s+(?:to\s+|as\s+)?"
        r"(?=in\s+progress\b|waiting\b|pending\b)",
    ),
    # "3121 should go to the Messaging team", "send 3055 over to Daniel Kim" (a ticket named by
    # number or as "ticket": "my emails should go to the shared mailbox" is a problem)
    _cue(
        "update_ticket",
        3,
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b)).*?(?:\b(?:should|must|can|could|"
        r"needs?\s+to|has\s+to)\s+(?:go|be\s+(?:moved|sent|passed|given|handed))\s+(?:over\s+)?"
        r"to\b|\b(?:send|pass|forward)\s+(?:it|ticket\s*#?\s*\d+|#?\s*\d{3,})\s+"
        r"(?:over\s+|back\s+)?to\b)",
    ),
    _cue("update_ticket", 3, r"\bassign\s+(?:[^,.;]{0,40}?\s+)?to\b"),
    # "give 3055 high priority"
    _cue(
        "update_ticket",
        3,
        r"\b(?:give|set|make|mark)\s+(?:ticket\s*)?#?\s*\d+\s+(?:a\s+|an\s+)?(?:(?:very\s+)?(?:low|medium|"
        r"normal|high|critical|urgent)|p[1-5])\s+priority\b",
    ),
    # "move ticket 3055 to 1st Line Support", "give 3101 to Marcus Reid"
    _cue(
        "update_ticket",
        3,
        r"\b(?:move|send|pass|give)\s+(?:ticket\s*)?#?\s*\d+\s+(?:over\s+|back\s+)?to\s+"
        r"(?!(?:me\s+)?(?:status|priority)\b)",
    ),
    _cue(
        "update_ticket",
        3,
        r"\b(?:change|set(?!\s+up)|update|modify|raise|lower|increase|decrease|move|switch|put|"
        r"make)\b[^.;¦]{0,40}?\b(?:priority|status|team|agent|technician|ticket\s*type|type|"
        r"category|site|customer|client|queue|group|on\s+hold)\b",
        needs_ticket=True,
    ),
    _cue(
        "update_ticket",
        3,
        rf"\bmark\s+(?:[^,.;]{{0,40}}?\s+)?as\s+(?!(?:being\s+)?{_RESOLVED_WORDS}\b)\w",
        needs_ticket=True,
    ),
    _cue(
        "update_ticket",
        3,
        r"\b(?:change|convert|make|switch|turn)\s+(?:ticket\s*)?#?\s*\d+\s+(?:in)?to\s+an?\s+"
        r"(?:[\w-]+\s+){1,3}?ticket\b",
    ),
    _cue(
        "update_ticket",
        3,
        r"\b(?:set|make|change|switch)\s+(?:ticket\s*)?#?\s*\d+\s+(?:to\s+)?(?:an?\s+)?"
        r"(?:very\s+)?(?:low|lowest|medium|normal|high|highest|critical|urgent|p[1-5])\b",
    ),
    _cue(
        "update_ticket",
        2,
        r"(?:#\s*\d+|\bticket\s*#?\s*\d+)\s*[,:-]?\s*(?:priority|prio)\b\s*(?:to|=|:)?\s*\w",
    ),
    # list_tickets (most lists are found by `query_intent` below)
    _cue(
        "list_tickets",
        4,
        r"\b(?:what(?:'s|s|\s+is)|show|list)\b[^.?]{0,20}?\bin\s+(?:the\s+)?(?!my\b)"
        r"[\w&-]+(?:\s+[\w&-]+){0,3}?\s+(?:queue|team's\s+queue)\b",
        "team_queue",
    ),
    _cue(
        "list_tickets",
        3,
        r"\bwhat\s+(?:have|did)\s+I\s+(?:raised?|open(?:ed)?|log(?:ged)?|submit(?:ted)?|"
        r"report(?:ed)?|file[d]?|create[d]?)\b|"
        r"\b(?:everything|anything|all)\s+(?:that\s+)?I(?:'ve|\s+have)?\s+(?:opened|raised|"
        r"logged|submitted|reported)\b",
        "query",
    ),
    _cue(
        "list_tickets",
        4,
        r"\b(?:in|on)\s+my\s+(?:queue|plate|list)\b|\bmy\s+(?:work\s+)?queue\b",
        "my_queue",  # stronger than the "queue" lookup it contains
    ),
    # "how do I ...?": a question for the knowledge base (a ticket is offered second)
    _cue("lookup", 4, HOWTO_RE.pattern, "howto"),
    # teams and the people in them
    _cue("lookup", 4, TEAM_MEMBERS_RE.pattern, "team_members"),
    _cue("lookup", 4, AGENT_TEAM_RE.pattern, "agent_team"),
    # get_ticket
    _cue(
        "get_ticket",
        3,
        r"\b(?:status|progress|eta|news|state)\s+(?:of|on|for|about|regarding|with)\b",
    ),
    _cue(
        "get_ticket",
        3,
        r"\b(?:latest|news|update)\s+on\b|\bwhat\s+did\s+(?:the\s+)?\w+\s+say\b|"
        r"\bis\s+(?:anyone|anybody|someone|somebody)\s+(?:looking|working)\b",
        needs_ticket=True,
    ),
    _cue(
        "get_ticket",
        3,
        r"^\W*(?:is|was|has|have)\s+(?:ticket\s*)?#?\s*\d+\s+(?:been\s+|got\s+)?(?:closed|resolved|"
        r"fixed|done|finished|open|assigned|looked|picked|seen|started|checked|updated|touched)\b",
    ),
    _cue(
        "get_ticket",
        3,
        r"\b(?:any|an|the\s+latest|latest|some)\s+(?:news|update|updates|progress|word|eta|"
        r"feedback|response|reply|movement)\b(?!\s+(?:to|note))",
    ),
    _cue(
        "get_ticket",
        3,
        r"\bwhat(?:'s|s|\s+is|\s+was)?\s+(?:happening|going\s+on|the\s+latest|up)\s+(?:with\b|w/|w\s)",
    ),
    _cue("get_ticket", 3, r"\bwhere\s+(?:are\s+we|is\s+it|is\s+my|are\s+things|do\s+we\s+stand)\b"),
    _cue(
        "get_ticket",
        3,
        r"\bhow(?:'s|\s+is|\s+are)\b[^?]*\b(?:going|progressing|coming\s+along|looking)\b",
    ),
    _cue(
        "get_ticket",
        3,
        r"\b(?:has|have|did)\s+(?:anyone|anybody|someone|somebody|you|the\s+\w+)\s+(?:looked|look|"
        r"picked|pick|responded|replied|seen|started|got|gotten|checked|worked)\b",
    ),
    _cue(
        "get_ticket",
        3,
        r"\bwho(?:'s|\s+is)\s+(?:working\s+on|handling|dealing\s+with|assigned\s+to|looking\s+at|on)\b",
    ),
    _cue("get_ticket", 3, r"\bwhen\s+will\b", needs_ticket=True),
    _cue(
        "get_ticket",
        3,
        r"\b(?:is|are|was|has)\s+(?:my|the|this|ticket|it|#)[^?.¦]*?\b(?:resolved|closed|fixed|"
        r"done|finished|complete|completed|open|assigned|being|been)\b",
    ),
    _cue(
        "get_ticket",
        3,
        r"\b(?:check|look\s+up|lookup|look\s+at|pull\s+up|view|see|display|get|show|open|fetch|"
        r"find|read|details\s+(?:of|for|on)|info\s+(?:on|about|for))\s+(?:me\s+)?(?:on\s+)?"
        r"(?:up\s+)?(?:the\s+|my\s+)?(?:ticket\s*(?:no\.?|number|id|ref)?\s*[:#]?\s*\d+|#\s*\d+)",
    ),
    _cue(
        "get_ticket",
        3,
        r"\b(?:check|look\s+at|view|see|show|open|pull\s+up)\s+(?:me\s+)?(?:on\s+)?my\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case|incident)\b(?!s)",
    ),
    _cue("get_ticket", 3, r"\bcheck\s+(?:in\s+)?on\b"),
    _cue(
        "get_ticket",
        3,
        r"\b(?:update|inform|tell|brief)\s+me\s+(?:on|about|regarding|of)\b",
        needs_ticket=True,
    ),
    _cue(
        "get_ticket",
        3,
        r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:show|check|view|see|open|pull\s+up)"
        r"\s+(?:me\s+)?(?:tickets?\s+)?#?\s*\d{3,}\s*(?:,|&|and|or)\s*#?\s*\d{3,}",
    ),
    _cue("get_ticket", 2, r"\b(?:status|progress)\b", needs_ticket=True),
    _cue(
        "get_ticket",
        1,
        r"^\W*(?:ticket\s*(?:no\.?|number|#)?\s*)?#?\s*\d+\s*\W*$",
    ),
)

# --- list and lookup: a query verb and the noun it asks about ------------------------------

_QUERY_VERB_RE = re.compile(
    r"\b(?:list|show|display|view|find|search|get|give|fetch|pull\s+up|see|browse|"
    r"look\s+up|lookup|look\s+for|what|which|who|how\s+many|count|do\s+I\s+have|are\s+there|"
    r"is\s+there|"
    r"any|all|every|report\s+on)\b",
    IGNORE_CASE,
)
_STRONG_LIST_VERB_RE = re.compile(r"\b(?:list|show|display|find|search|browse)\b", IGNORE_CASE)

# Entity nouns for lookups, most specific first ("ticket types" before "tickets").
ENTITY_NOUNS: tuple[tuple[str, str], ...] = (
    ("ticket_types", r"(?:ticket|request|call)\s+types?"),
    ("statuses", r"(?:ticket\s+)?statuses|status\s+(?:list|values|options)"),
    ("priorities", r"(?:ticket\s+)?priorities|priority\s+(?:levels|list|values|options)"),
    ("outcomes", r"outcomes|action\s+types"),
    (
        "kb_articles",
        r"kb(?:\s+articles?)?|knowledge\s*base(?:\s+articles?)?|knowledgebase|articles?|faqs?|"
        r"how-?to\s+guides?|guides?|instructions|documentation|solutions",
    ),
    ("appointments", r"appointments?|bookings?|site\s+visits?|visits"),
    ("invoices", r"invoices?|bills|billing"),
    ("contracts", r"contracts?|agreements?|service\s+agreements?"),
    ("reports", r"reports?"),
    ("assets", r"assets?|devices?|configuration\s+items?|cis|equipment"),
    ("sites", r"sites?|locations?"),
    ("agents", r"agents?|technicians?|techs|engineers?|analysts?"),
    ("teams", r"teams?|queues?|support\s+groups?"),
    ("users", r"users?|contacts?|end[- ]users?|people|employees|requesters?"),
    ("customers", r"customers?|clients?|compan(?:y|ies)|organi[sz]ations?|accounts"),
)
_OBJECT_RE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in ENTITY_NOUNS)
    + rf"|(?P<ticket>{TICKET_NOUN}))\b",
    IGNORE_CASE,
)
# A noun after one of these is a filter ("assigned to agent 6", "for customer X"), not the
# thing asked for.
_FILTER_WORDS = words("for of at to by from with in under on per whose")
# "the list of ticket types", "all of the contracts": "of" does not make a filter here.
_LIST_OF_RE = re.compile(
    r"\b(?:list|all|each|any|names|details|summary|info|information|overview|history|copy)"
    r"\s+of\s+(?:the\s+|my\s+)?$",
    IGNORE_CASE,
)
_GREETINGS = words("hi hello hey dear thanks cheers morning afternoon evening")
_GENERIC_AFTER_RE = re.compile(r"\s+(tickets?|cases|calls|jobs)\b", IGNORE_CASE)
_QUANTIFIER_RE = re.compile(r"\b(?:every|all|any)\s+(?:\w+\s+){0,2}$", IGNORE_CASE)


@dataclass(frozen=True)
class QueryObject:
    entity: str  # an ENTITY_NOUNS name or "ticket"
    start: int
    end: int
    plural: bool


def query_object(text: str, start: int = 0) -> QueryObject | None:
    """The first entity or ticket noun after `start` that is not a filter."""
    for match in _OBJECT_RE.finditer(text, start):
        before = re.findall(r"[A-Za-z]+", text[start : match.start()])
        if (
            before
            and before[-1].lower() in _FILTER_WORDS
            and not _LIST_OF_RE.search(text, 0, match.start())
        ):
            continue
        if before and before[-1].lower() in _GREETINGS:
            continue  # "Hi team, ..." greets; it does not ask for teams
        if text.startswith("'s ", match.end()):
            continue  # "the Service Desk team's open tickets": the team owns what is asked for
        if re.match(r"\s*(?:id\s*)?#?\s*\d+\b", text[match.end() :], IGNORE_CASE) and not re.match(
            TICKET_NOUN, match.group(0), IGNORE_CASE
        ):
            continue  # "customer 42's tickets": a customer named by its id is a filter
        entity = next(name for name, value in match.groupdict().items() if value)
        start, end = match.start(), match.end()
        generic = _GENERIC_AFTER_RE.match(text, end) if entity == "ticket" else None
        if generic:
            # "Service Request tickets": the generic noun is the object, the type its modifier.
            start, end = generic.start(1), generic.end(1)
        plural = text[start:end].lower().endswith("s") or bool(_QUANTIFIER_RE.search(text[:start]))
        return QueryObject(entity, start, end, plural)
    return None


# Words that make a request a sentence about something rather than a bare "Globex sites".
_SENTENCE_WORDS = words("""
    i i'm i've my me we our us it it's is are was were gets get got keeps kept has have had does
    do did won't can't don't doesn't isn't aren't not will would should when since after during
    because but cant wont dont doesnt isnt cannot into
    """)


def _bare_noun_phrase(text: str) -> bool:
    tokens = re.findall(r"[\w'&.-]+", text.lower())
    return len(tokens) <= 7 and not any(t in _SENTENCE_WORDS for t in tokens)


# "drops every 5 minutes", "all day", "any more": a quantifier of time asks for nothing.
_TIME_QUANTIFIER_RE = re.compile(
    r"\s+(?:\d+|few|couple|other|single|time|times|day|days|morning|mornings|night|hour|"
    r"hours|minute|minutes|second|seconds|week|weeks|month|months|now|more|longer|of\s+a\s+sudden|"
    r"over|along|the\s+time|day\s+long)\b",
    IGNORE_CASE,
)


def _query_verb(text: str) -> re.Match[str] | None:
    for verb in _QUERY_VERB_RE.finditer(text):
        word = verb.group(0).lower()
        if word in {"any", "all", "every"} and _TIME_QUANTIFIER_RE.match(text, verb.end()):
            continue
        return verb
    return None


def query_intent(text: str) -> tuple[Intent, QueryObject | None] | None:
    """List/lookup/get from "show/list/find/what ... <noun>", or a bare "my tickets"."""
    verb = _query_verb(text)
    obj = query_object(text, verb.start() if verb else 0)
    if obj is None:
        # "List every open Hardware Fault ...": an unknown noun after a quantifier is a type.
        strong = verb and _STRONG_LIST_VERB_RE.match(text, verb.start())
        if verb and strong and re.search(r"\b(?:every|all|any)\b", text, IGNORE_CASE):
            return Intent("list_tickets", 2, verb.start(), verb.end(), "query"), None
        return None
    start = verb.start() if verb else obj.start
    strength = 3 if verb else 2
    if obj.entity != "ticket" and not verb and not _bare_noun_phrase(text):
        return None  # "My laptop gets hot during Teams calls" describes; it asks for no teams
    if obj.entity != "ticket":
        strength = 3 if verb else 1
        if re.search(r"\bticket\s*#?\s*\d+|#\s*\d+", text, IGNORE_CASE):
            return Intent("get_ticket", strength, start, obj.end, "query"), obj
        return Intent("lookup", strength, start, obj.end, "query"), obj
    if obj.plural:
        return Intent("list_tickets", strength, start, obj.end, "query"), obj
    if not verb and not re.fullmatch(r"ticket|case|call", text[obj.start : obj.end], IGNORE_CASE):
        return None  # "I have a problem with my VPN" is a complaint, not a ticket reference
    if verb and verb.group(0).lower() in {"all", "any", "every"}:
        strength = 1  # "all sorted now, please close ticket 3131": "all" asks for nothing
    return Intent("get_ticket", strength if verb else 1, start, obj.end, "query"), obj


# --- choosing ------------------------------------------------------------------------------

_SEPARATOR_RE = re.compile(r"\s-\s|:")
_FIELD_BEFORE_COLON_RE = re.compile(
    r"(?<!\bthe )(?<!\bto )\b(?:priority|status|customer|client|site|team|agent|user|type|https?)\s*$",
    IGNORE_CASE,
)
_ID_BEFORE_COLON_RE = re.compile(r"\b(?:ticket|no|number|id|ref|nr)\s*$", IGNORE_CASE)


def find_separator(text: str, start: int = 0) -> re.Match[str] | None:
    """The first " - " or ":" that separates a command from its free text.

    A colon is not a separator inside a time ("10:30"), after a field name ("priority: high",
    "ticket: 3115") or in a URL.
    """
    for match in _SEPARATOR_RE.finditer(text, start):
        if match.group(0) == ":":
            before, after = text[: match.start()], text[match.end() :]
            if before[-1:].isdigit() and after[:1].isdigit():
                continue
            if after.startswith("//") or _FIELD_BEFORE_COLON_RE.search(before):
                continue
            if _ID_BEFORE_COLON_RE.search(before) and re.match(r"\s*#?\s*\d+\b", after):
                continue  # "ticket: 3115"
        return match
    return None


def _cue_intents(text: str) -> list[Intent]:
    found = []
    has_ticket = bool(TICKET_REF_RE.search(text))
    for cue in CUES:
        if cue.needs_ticket and not has_ticket:
            continue
        match = cue.pattern.search(text)
        if match:
            found.append(Intent(cue.action, cue.strength, match.start(), match.end(), cue.kind))
    return found


# A request that starts like a question or a query is one, whatever problem it mentions.
_QUERY_START_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|hi|hey)\W+)*(?:list|show|display|find|search|"
    r"look\s*up|lookup|get|give|fetch|pull|browse|what|what's|whats|which|who|who's|how|where|"
    r"when\s+will|is|are|any|all|every|do|does|did|has|have|status|check)\b",
    IGNORE_CASE,
)
_TICKET_WORD_RE = re.compile(
    r"\b(?:tickets?|cases?|requests?|incidents?)\b|#\s*\d|\b\d{3,}\b", IGNORE_CASE
)


def _problem_over_query(text: str, pool: list[Intent], best: Intent) -> Intent:
    """ "Excel crashes every time I open the monthly report" reports a problem: the Halo noun
    inside it ("report", "Teams", "site", "asset") is part of the description, not a look-up.
    Only a sentence that does not start like a query and names no ticket is read this way."""
    if best.action not in {"lookup", "list_tickets", "get_ticket"} or best.kind not in {
        "query",
        "",
    }:
        return best
    problems = [c for c in pool if c.action == "create_ticket" and c.kind in {"problem", "need"}]
    if not problems or _QUERY_START_RE.match(text) or _TICKET_WORD_RE.search(text):
        return best
    return min(problems, key=lambda c: c.start)


# Things people have problems with. A sentence about one of them that asks for nothing else is
# read as a problem to report ("keyboard on my laptop is typing double letters").
_THING_RE = re.compile(
    r"\b(?:laptop|notebook|pc|computer|desktop|screen|monitor|display|keyboard|mouse|trackpad|"
    r"printer|scanner|copier|phone|mobile|iphone|android|tablet|ipad|headset|headphones|camera|"
    r"webcam|mic|microphone|speakers?|dock|docking\s+station|charger|cable|battery|server|"
    r"network|wifi|wi-fi|internet|vpn|e-?mail|mail|mailbox|outlook|teams|zoom|excel|word|"
    r"powerpoint|sharepoint|onedrive|app|application|software|program|website|intranet|page|"
    r"portal|password|account|login|access|badge|projector|tv|room|desk|chair|noise|report|"
    r"dashboard|spreadsheet|file|folder|drive|document|calendar|browser|telephone|handset)s?\b",
    IGNORE_CASE,
)
_STATEMENT_RE = re.compile(
    r"\b(?:my|me|our|i|i'm|i've|we|we're|there's|there\s+is|it|its|it's)\b|"
    r"^\W*(?:the|a|an)\b",
    IGNORE_CASE,
)
_NOT_A_PROBLEM_START_RE = re.compile(
    r"^\W*(?:what|which|who|whom|whose|where|why|when|hi|hello|hey|thanks|thank|ok|okay|yes|no)\b",
    IGNORE_CASE,
)
_PRAISE_RE = re.compile(
    r"\b(?:love|like|likes|great|awesome|nice|good|brilliant|perfect|thanks|thank|happy|works)\b",
    IGNORE_CASE,
)


def _problem_statement(text: str) -> Intent | None:
    """A last resort before "not understood": a statement about a device or an app."""
    words_found = re.findall(r"[A-Za-z']+", text)
    if len(words_found) < 4 or _NOT_A_PROBLEM_START_RE.match(text) or _PRAISE_RE.search(text):
        return None
    thing = _THING_RE.search(text)
    if not thing or not _STATEMENT_RE.search(text):
        return None
    return Intent("create_ticket", 1, thing.start(), thing.start(), "problem")


def detect(text: str) -> tuple[Intent | None, QueryObject | None]:
    """The winning intent (see module docstring) and, for queries, the object noun."""
    candidates = _cue_intents(text)
    query = query_intent(text)
    obj = None
    if query:
        candidates.append(query[0])
        obj = query[1]
    if not candidates:
        fallback = _problem_statement(text)
        return (fallback, None) if fallback else (None, None)
    separator = find_separator(text)
    head_end = separator.start() if separator else len(text)
    in_head = [c for c in candidates if c.start < head_end]
    # The head wins only with a real cue: "Ticket 3115: please close it" closes it.
    pool = in_head if any(c.strength >= 2 for c in in_head) else candidates
    order = {id(c): i for i, c in enumerate(pool)}
    best = min(pool, key=lambda c: (-c.strength, c.start, order[id(c)]))
    best = _problem_over_query(text, pool, best)
    # "Why did you close my ticket?" asks about the ticket; it does not close it.
    if best.action in {"resolve_ticket", "update_ticket"} and QUESTION_START_RE.search(text):
        best = Intent("get_ticket", best.strength, best.start, best.end, "question")
    return best, (obj if best.kind == "query" else None)
