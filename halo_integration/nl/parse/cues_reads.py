"""Cues for reading: list tickets, look records up, show one ticket.

Order matters inside the table (ties are broken by table order, see `intents`)."""

from __future__ import annotations

from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS

from .cue_parts import (
    AGENT_TEAM_RE,
    HOW_I_VERB,
    HOWTO_RE,
    READ_NOUN,
    SEVERAL_IDS,
    TEAM_MEMBERS_RE,
    TERSE_QUESTION_RE,
    Cue,
    cue,
)

# The service desk the person talks to, as they name it: "you", "IT", "the helpdesk"
_THE_DESK = (
    r"(?:you|u|(?-i:IT)|support|the\s+(?:help\s*desk|service\s+desk|desk|(?-i:IT)(?:\s+team)?|"
    r"support\s+team))"
)
_WITH_THE_DESK = rf"(?:(?:still\s+)?(?:open|going|outstanding|pending|on)\s+)?with\s+{_THE_DESK}\b"

READ_CUES: tuple[Cue, ...] = (
    # "what's open for Stark Logistics", "whats still outstanding": the open tickets
    cue(
        LIST_TICKETS,
        3,
        r"^\W*what(?:'s|s|\s+is|\s+are)\s+(?:still\s+)?(?:open|outstanding|unresolved|pending)\b"
        r"(?!\s+(?:on|with|in)\s+(?:ticket\s*)?#?\s*\d)",
        "query",
    ),
    # list_tickets (most lists are found by `query_intent` below)
    cue(
        LIST_TICKETS,
        4,
        r"\b(?:what(?:'s|s|\s+is)|show|list)\b[^.?]{0,20}?\bin\s+(?:the\s+)?(?!my\b)"
        r"[\w&-]+(?:\s+[\w&-]+){0,3}?\s+(?:queue|team's\s+queue)\b",
        "team_queue",
    ),
    cue(
        LIST_TICKETS,
        3,
        r"\bwhat\s+(?:have|did)\s+I\s+(?:raised?|open(?:ed)?|log(?:ged)?|submit(?:ted)?|"
        rf"report(?:ed)?|file[d]?|create[d]?|put\s+in|ask(?:ed)?\s+(?:{_THE_DESK}\s+)?for)\b|"
        # "list what I opened in November"
        r"^\W*(?:list|show(?:\s+me)?|give\s+me)\s+what\s+I(?:'ve|\s+have)?\s+(?:ever\s+)?(?:opened|"
        rf"raised|logged|submitted|reported|put\s+in|sent\s+in|asked\s+(?:{_THE_DESK}\s+)?for)\b|"
        # "do I have anything that needs a reply from me?", "is there anything I need to do
        # something about?": what waits on the person
        r"\b(?:anything|something|which\s+(?:tickets?|ones?)|tickets?)(?:\s+of\s+mine)?\s+(?:that\s+)?"
        r"(?:needs?|requires?)\s+"
        r"(?:a\s+|an\s+|my\s+|some\s+)?(?:reply|response|answer|input|action|attention|feedback)"
        r"(?:\s+from\s+me)?\W*$|"
        r"\b(?:anything|something)\s+(?:that\s+)?I\s+(?:need|have|must|should)\s+to\s+(?:do\s+"
        r"(?:something\s+)?about|act\s+on|deal\s+with|action|respond\s+to|reply\s+to)\W*$|"
        # "what do I have with you at the moment?", "do I have anything open with IT?",
        # "anything still open with you guys for me?": what the person has with the desk
        rf"\b(?:what|anything)\s+(?:do|have|did)\s+I\s+(?:(?:got|have|still)\s+)*{_WITH_THE_DESK}|"
        rf"\bdo\s+I\s+(?:still\s+)?have\s+anything\s+{_WITH_THE_DESK}|"
        rf"\banything\s+(?:still\s+)?(?:open|outstanding|going|pending)\s+with\s+{_THE_DESK}"
        r"(?:\s+guys)?\s+for\s+me\b|"
        r"\b(?:everything|anything|all)\s+(?:that\s+)?I(?:'ve|\s+have)?\s+(?:ever\s+)?(?:opened|"
        rf"raised|logged|submitted|reported|sent|filed|put\s+in|asked\s+(?:{_THE_DESK}\s+)?for)\b|"
        r"\b(?:everything|anything|something|all|tickets?)\s+(?:that\s+)?(?:was\s+|were\s+)?"
        r"(?:opened|raised|logged|submitted|reported|filed|created)\s+by\s+me\b|"
        # "anything of mine opened since Friday", "everything of ours raised this week"
        r"\b(?:everything|anything|something|all)\s+(?:of\s+)?(?:mine|ours)\s+(?:that(?:'s)?\s+|which\s+is\s+)?"
        # ("anything of mine closed in the last month?": a state says which, too)
        r"(?:was\s+|were\s+|(?:is|are)\s+|(?:(?:has|have)\s+)?been\s+)?(?:still\s+)?(?:opened|raised|logged|"
        r"submitted|reported|updated|changed|filed|created|closed|resolved|fixed|finished|completed|"
        r"open|outstanding|pending|waiting|"
        r"on\s+hold|in\s+progress)\b|"
        r"\b(?:anything|something|everything|what(?:'s|s|\s+is)?|which\s+(?:tickets?|ones?)|tickets?)\s+"
        r"(?:is\s+|are\s+)?(?:still\s+)?(?:waiting|pending|waits)\s+(?:on|for)\s+(?:me|my)\b|"
        # "anything from IT I need to reply to?", "tickets waiting for a reply from me"
        r"\b(?:anything|something|what|which\s+(?:tickets?|ones?)|tickets?)\b[^?.!]{0,30}?\b(?:I|we)\s+"
        r"(?:still\s+)?(?:need|have|must|should|owe)\s+(?:to\s+)?(?:reply|respond|answer|get\s+back)\b|"
        r"\b(?:tickets?|anything|something|ones?)\s+(?:that\s+(?:is|are)\s+)?(?:still\s+)?(?:waiting|"
        r"pending)\s+(?:on|for)\s+(?:a\s+|an\s+|my\s+)?(?:reply|response|answer|input)\s+from\s+me\b|"
        r"^\W*(?:show\s+(?:me\s+)?)?(?:all\s+)?(?:of\s+)?my\s+(?:(?:open|closed|resolved|current|"
        r"old|recent|active|pending)\s+)?ones\b|"
        r"^\W*(?:show|list|see|view)\s+(?:me\s+)?(?:the\s+|all\s+)?(?:open|closed|resolved|current|old|"
        r"recent|active|pending)\s+ones\b|"
        r"\b(?:did|have)\s+I\s+(?:open(?:ed)?|raised?|log(?:ged)?|submit(?:ted)?|created?|report(?:ed)?|"
        r"filed?)\s+(?:anything|something|any\s+tickets?|a\s+ticket)\b|"
        # "show me everything logged since Monday", "anything raised this week?": a time says
        # which tickets
        r"\b(?:everything|anything|all|tickets?|whatever)\s+(?:that\s+)?(?:was\s+|were\s+|has\s+been\s+|"
        r"have\s+been\s+|got\s+)?(?:logged|raised|opened|submitted|reported|created|filed|came\s+in|"
        r"come\s+in)\s+(?=today|yesterday|this\s+(?:week|month|morning)|since|last|overnight|"
        r"in\s+the\s+last|over\s+the)|"
        # "what's Daniel Kim working on?", "what is chloe handling"
        r"\bwhat(?:'s|\s+is|\s+are)\s+(?!(?:he|she|they|it|that|this|you|u|happening|going)\b)"
        r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:working\s+on|handling|dealing\s+with|busy\s+with)\b|"
        # "list everything that's still open", "show me everything closed"
        r"^\W*(?:list|show|display|see|view|give)\s+(?:me\s+)?(?:all|everything)\s+(?:that(?:'s|\s+is|\s+are)\s+|"
        r"which\s+(?:is|are)\s+)?(?:still\s+)?(?:open|outstanding|pending|unresolved|closed|resolved)\b|"
        # "show me what's open", "tell me what is still pending"
        r"^\W*(?:show|list|tell|give)\s+(?:me\s+)?what(?:'s|s|\s+is)\s+(?:still\s+)?(?:open|outstanding|"
        r"pending|unresolved|closed|resolved)\b|"
        # "my stuff pls", "all my things"
        # ("my stuff in progress": a state may end it)
        r"^\W*(?:all\s+(?:of\s+)?)?my\s+(?:(?:open|closed|current|old|outstanding|pending)\s+)?"
        r"(?:stuff|things|lot)(?:\s+(?:that(?:'s|\s+is)\s+)?(?:still\s+)?"
        r"(?:open|in\s+progress|pending|outstanding|closed|resolved|done))?(?:\s+please)?"
        # ("my stuff since friday": a time may end it)
        r"(?:\s+(?:since|from|this|last|in\s+the\s+last|over\s+the)\b[^?.!]{0,30})?\W*$|"
        # "what did I send you last week?": what the person sent the desk
        r"^\W*what\s+(?:did|have)\s+I\s+(?:sent|send|asked|raised|logged)\s+(?:you|(?-i:IT)|the\s+desk)\b|"
        # "what ive raised this week": what, then when
        r"^\W*(?:(?:show|list|see|give)\s+(?:me\s+)?)?what\s+I(?:'ve|\s+have)?\s+(?:opened|raised|"
        r"logged|submitted|"
        r"reported|filed)\b(?=\s+(?:today|yesterday|this|since|last|recently|so\s+far|lately)\b|\W*$)|"
        # "list my stuff", "show me everything"
        r"^\W*(?:list|show|display|see|view|give)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+(?:stuff|things|"
        r"items|lot)|everything(?:\s+(?:of\s+mine|i\s+have|i've\s+got))?|it\s+all|all\s+of\s+it)\W*$|"
        # "Stark Logistics - anything open for them?": whose, said first
        r"(?:(?<=\s-\s)|(?<=:\s)|(?<=:))(?:is\s+there\s+|have\s+they\s+got\s+)?anything\s+(?:still\s+)?(?:open|"
        r"outstanding|pending)\s+(?:for|from)\s+(?:them|him|her)\W*$|"
        # "I need an overview of all the tickets I have with you"
        r"\b(?:overview|list|summary|rundown|recap)\s+of\s+(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+)?"
        r"(?:tickets|requests|cases)\s+(?:that\s+)?(?:I|we)\s+(?:have|'ve\s+got|raised|opened|logged)\b|"
        # "my stuff. all of it. what's still open"
        r"^\W*my\s+(?:stuff|things|tickets)\b[^?]{0,40}?\bwhat(?:'s|s|\s+is)\s+(?:still\s+)?(?:open|"
        r"outstanding|pending)\W*$|"
        # "list mine since the 1st", "show me mine"
        r"^\W*(?:list|show|display|see|view|give)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?mine\b"
        r"(?:\s+(?:since|from|this|last|in\s+the\s+last|over|that\s+are)\b[^?.!]{0,30})?\W*$|"
        # "my history", "my ticket history"
        r"^\W*(?:(?:show|see|view|list|give)\s+(?:me\s+)?)?(?:all\s+of\s+)?my\s+(?:ticket\s+|request\s+)?"
        r"history\W*$|"
        # "what came in today?", "what has arrived since Monday"
        r"\bwhat(?:'s|\s+has|\s+have)?\s+(?:come|came|arrived|landed|been\s+logged|been\s+raised)\s+"
        r"(?:in\s+)?(?=today|yesterday|this|since|overnight|last|over|in\s+the)|"
        # "everything I've got open", "all I still have pending"
        r"\b(?:everything|all|anything)\s+(?:that\s+)?(?:I|we)(?:'ve|\s+have)?\s+(?:got\s+)?(?:still\s+)?"
        r"(?:open|outstanding|pending|unresolved|in\s+progress)\b|"
        # "show my open stuff"
        r"^\W*(?:show|list|see|view|give)\s+(?:me\s+)?(?:all\s+)?my\s+(?:open|closed|current|old|"
        r"outstanding|pending)\s+(?:stuff|things|items)\W*$|"
        # "what have I got open?", "what do I still have outstanding", "which ones are open?"
        # ("what I have still open?": the same question in its writer's word order)
        r"\bwhat(?:'ve|\s+have|\s+do|\s+did)?\s*(?:I|we)(?:'ve)?\s+(?:(?:still|currently|got|have|left)\s+)*"
        r"(?:open|outstanding|pending|unresolved|in\s+progress|on\s+the\s+go|waiting|active)\b|"
        r"^\W*which\s+(?:ones?|of\s+(?:mine|them))\s+(?:are|is)\s+(?:still\s+)?(?:open|closed|"
        r"resolved|outstanding|pending|done|finished)\b|"
        # "have I got anything still open?", "do I still have anything outstanding"
        r"^\W*(?:have|do)\s+(?:I|we)\s+(?:still\s+)?(?:got|have)\s+(?:still\s+)?(?:anything|something)\s+"
        r"(?:still\s+)?(?:open|outstanding|pending|unresolved|in\s+progress)\b|"
        # "what's still open for me?", "anything still open of mine"
        r"\b(?:what(?:'s|s|\s+is)|anything|something)\s+(?:still\s+)?(?:open|outstanding|unresolved|"
        r"pending)\s+(?:for\s+me|of\s+mine|from\s+me)\b|"
        r"^\W*(?:is\s+|are\s+)?(?:there\s+)?(?:anything|something|what(?:'s|s)?)\s+(?:still\s+)?"
        # ("anything still open since Monday?": a time may end it)
        r"(?:open|outstanding|pending|unresolved)(?:\s+(?:since|from|before|after|over|during|"
        r"this|last|in\s+the\s+last)\b[^?.!]{0,30})?\W*$",
        "query",
    ),
    # "the status of everything I've got open", "progress on all my tickets"
    cue(
        LIST_TICKETS,
        4,
        r"\b(?:status|progress|state|news|updates?)(?:\s+(?:report|update|overview|summary))?\s+(?:of|on|for)\s+"
        r"(?:(?:all|each|every)\s+(?:of\s+)?)?"
        r"(?:everything|all|each|every|my\s+(?:open\s+)?(?:tickets|requests|cases))\b",
        "status_all",
    ),
    cue(
        LIST_TICKETS,
        4,
        r"\b(?:in|on)\s+my\s+(?:queue|plate|list\b(?!\s+of))\b|\bmy\s+(?:work\s+)?queue\b",
        "my_queue",  # stronger than the "queue" lookup it contains
    ),
    # "how do I ...?": a question for the knowledge base (a ticket is offered second)
    cue(LOOKUP, 4, HOWTO_RE.pattern, "howto"),
    # "I keep forgetting it - how do I change my password myself?": what led to it first, then
    # the question, ending the message (no ticket named: "note on 3115: how do I ..." tells)
    cue(
        LOOKUP,
        4,
        r"^(?![^?]*\b(?:tickets?|cases?|notes?|comments?)\b)(?![^?]*(?:#\s*|\b)\d{3,})"
        r"[^?]*?(?:[.!]\s+|\s-\s|[,;:]\s*)(?:(?:so|but|and|just|basically)\s+)?"
        # ("..., how I solve it myself?", "I have a doubt: how to reset it?": the same, in the
        # writer's word order)
        rf"(?:how\s+(?:do|can|could|should)\s+(?:i|we)\b|how\s+to\b|{HOW_I_VERB})"
        r"(?=[^.!?]*\?\s*$)",
        "howto",
    ),
    # "Outlook keeps asking for my password, is there a fix I can do myself?", "got a weird
    # email, what are the signs of phishing?", "mapping a network drive - any instructions?":
    # a way to help themselves asked for, last (no ticket named)
    cue(
        LOOKUP,
        4,
        r"^(?![^?]*\b(?:tickets?|cases?|notes?|comments?)\b)(?![^?]*(?:#\s*|\b)\d{3,})"
        r"(?:.*?(?:[.!?,;:]\s*|\s-\s|\s))??\W*(?:(?:so|but|and|also|just)\s+)?(?:"
        r"is\s+there\s+(?:a|an|any)\s+(?:fix|tip|tips|trick|way|guide|article|workaround)\s+(?:i|we)\s+"
        r"(?:can|could)\s+(?:do|try|use|follow|apply)|"
        r"is\s+there\s+(?:a|an|any)\s+(?:tip|tips|trick|guide|article|instructions?)\s+(?:for|on|about)|"
        r"what\s+are\s+the\s+(?:steps|instructions)\s+(?:to|for)|"
        r"what(?:'s|s|\s+is)\s+the\s+(?:right|best|correct|proper|easiest)\s+way\s+to|"
        r"what\s+are\s+the\s+(?:warning\s+)?signs\s+of|"
        r"where\s+(?:are|is|can\s+i\s+find)\s+the\s+(?:instructions|guide|steps|article|docs?)|"
        r"where\s+can\s+(?:i|we)\s+(?:read|find\s+out|learn)\s+(?:about|how)|"
        r"(?:any|some)\s+(?:instructions|guides?|tips|steps)(?=\s*\?)|"
        r"how\s+does\s+(?:it|this|that)\s+work)\b"
        r"(?=[^.!?]*(?:\?\W*$|$))",
        "howto",
    ),
    # teams and the people in them
    cue(LOOKUP, 4, TEAM_MEMBERS_RE.pattern, "team_members"),
    cue(LOOKUP, 4, AGENT_TEAM_RE.pattern, "agent_team"),
    # get_ticket
    # "I am writing to enquire about my request for a second monitor", "May I ask where my
    # request for access stands?": a letter asking after a ticket of the writer's
    cue(
        GET_TICKET,
        3,
        r"\b(?:enquir(?:e|ing)|inquir(?:e|ing))\s+(?:about|after|regarding|into|on)\s+"
        r"(?=(?:my|our|the|ticket|#|\d))|"
        r"\bwhere\s+(?:(?:does|do)\s+)?(?:my|our|the|ticket|#|\d)[^?.!]{0,80}?\bstands?"
        r"(?=\s*(?:now|at\s+the\s+moment|today)?\s*(?:[?.!]|$))",
    ),
    cue(
        GET_TICKET,
        3,
        # ("Good news for once!", "great news on the VPN": news told, not asked for)
        r"\b(?:status|progress|eta|(?<!\bgood\s)(?<!\bgreat\s)(?<!\bbad\s)news|state)\s+"
        r"(?:of|on|for|about|regarding|with)\b",
    ),
    cue(
        GET_TICKET,
        3,
        r"\b(?:latest|news|update)\s+on\b|"
        # "what did they write on the Teams camera one?", "what has IT replied on my ticket"
        r"\bwhat\s+(?:did|has|have)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:last\s+)?(?:say|said|"
        r"wr[io]te|written|repl(?:y|ied)|answer(?:ed)?|respond(?:ed)?|post(?:ed)?|put|note[d]?|"
        r"add(?:ed)?|suggest(?:ed)?|find|found|come\s+back\s+with|decide[d]?|end\s+up\s+(?:doing|with)|"
        r"do\s+(?:about|with|to))\b|"
        # ("which is the last answer": "which" for "what", as some languages ask it)
        r"\b(?:what|which)\s+(?:was|is|were)\s+the\s+(?:last|latest|most\s+recent|newest)\s+(?:reply|"
        r"answer|response|note|message|comment|update)\b|"
        r"\b(?:anything|something)\s+new\s+(?:on|with|about|for|regarding)\b|"
        r"\b(?:is|are)\s+(?:anyone|anybody|someone|somebody|you|u|they|(?-i:IT)|support)\s+"
        r"(?:(?:still|already|now|actually|even)\s+)?(?:looking|working)\b|"
        # "I opened a ticket about the finance sharepoint, what is the news?"
        r"\bwhat(?:'s|s|\s+is|\s+are)\s+the\s+(?:(?:latest\s+)?news|latest|progress|updates?|"
        r"situation)(?=\s*(?:[?.!]|$|(?:on|with|about|regarding|please|pls)\b))",
        needs_ticket=True,
    ),
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:is|was|has|have)\s+(?:ticket\s*)?#?\s*\d+\s+(?:been\s+|got\s+)?(?:closed|resolved|"
        r"fixed|done|finished|open|assigned|looked|picked|seen|started|checked|updated|touched)\b",
    ),
    cue(
        GET_TICKET,
        3,
        r"\b(?:any|an|the\s+latest|latest|some)\s+(?:news|update|updates|progress|word|eta|"
        r"feedback|response|reply|movement)\b(?!\s+(?:to|note))",
    ),
    cue(
        GET_TICKET,
        3,
        r"\bwhat(?:'s|s|\s+is|\s+was)?\s+(?:happening|going\s+on|the\s+latest|up)\s+(?:with\b|w/|w\s)",
    ),
    cue(
        GET_TICKET,
        3,
        r"\bwhere\s+(?:are\s+we|is\s+it|is\s+my|are\s+things|do\s+we\s+stand)\b|"
        # "could you tell me where things are with 3005?", "where we are on my VPN ticket"
        r"\bwhere\s+(?:things|we|it|matters)\s+(?:are|is|stand|stands)\s+(?:with|on|at)\b|"
        r"\bwhere(?:'s|s)\s+(?:my|it|the\s+(?:[\w-]+\s+){0,2}?(?:ticket|request|case))\b|"
        # "Could you tell me where 3131 is at?"
        # ("just checking where 3076 has got to")
        r"\bwhere\s+(?:ticket\s*)?#?\s*\d{3,}\s+(?:is|stands|has\s+got\s+to|got\s+to)\b|"
        # "could you tell me where my monitor request is at?"
        r"\bwhere\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,3}?(?:ticket|request|case|issue|one)\s+"
        r"(?:is|stands|has\s+got\s+to|got\s+to)\b",
    ),
    cue(
        GET_TICKET,
        3,
        r"\bhow(?:'s|\s+is|\s+are)\b[^?]*\b(?:going|progressing|coming\s+along|looking)\b",
    ),
    cue(
        GET_TICKET,
        3,
        # "did IT reply on the VPN issue", "has support answered my outlook ticket yet"
        r"\b(?:has|have|did)\s+(?:(?:anyone|anybody|someone|somebody|you|u|they|(?-i:IT)|support|"
        r"helpdesk|(?:the\s+[\w-]+|it)\s+(?:team|desk|guys|people|department|dept)|the\s+[\w-]+)\s+(?:looked|look|picked|pick|"
        r"responded|respond|replied|reply|answered|answer|written|write|wrote|commented|comment|"
        r"seen|started|got|gotten|get\s+back|come\s+back|came\s+back|checked|worked|contacted)|"
        # (in lower case "it" is IT only when it answers: "did it reply")
        r"it\s+(?:repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|wr[io]te|written|get\s+back|"
        r"come\s+back))\b|"
        # "the technician answered in my Outlook ticket?", "somebody wrote already in 3131?": the
        # same question without its "did", told from news by the question mark ending it
        r"^\W*(?:(?:the|my)\s+)?(?:technician|tech|engineer|agent|support|helpdesk|(?-i:IT)|"
        r"someone|somebody|anyone|anybody)\s+(?:(?:already|now|finally)\s+)?(?:answered|replied|"
        r"responded|wrote|commented)\b(?=[^.!?]*\?)",
    ),
    cue(
        GET_TICKET,
        3,
        r"\bwho(?:'s|\s+is)\s+(?:working\s+on|handling|dealing\s+with|assigned\s+to|looking\s+at|on|"
        # "who is looking after my Finance SharePoint thing?"
        r"(?:looking\s+after|taking\s+care\s+of|sorting(?:\s+out)?)(?=\s+(?:my|our|the)\b))\b",
    ),
    # "what was the fix on the meeting room 2 wifi one?", "show me my vpn one": a ticket
    # described, and how it ended or what it says asked for
    cue(
        GET_TICKET,
        3,
        r"\bwhat\s+(?:was|is|were)\s+the\s+(?:final\s+)?(?:fix|outcome|resolution|solution|result)\s+"
        r"(?:on|for|of|with|to)\s+(?:my|the|that|this)\b|"
        r"^\W*(?:(?:can|could)\s+(?:you|i)\s+)?(?:please\s+)?(?:show|see|view|pull\s+up|check)\s+"
        r"(?:me\s+)?(?:my|the|that)\s+(?:[\w-]+\s+){1,3}?one\b(?!\s+(?:of|that|which|who)\b)",
    ),
    # "I need 3042 & 3115 side by side": several tickets to read together
    cue(
        GET_TICKET,
        3,
        r"^(?=.*?\d{3,}\s*(?:,|&|\+|/|\band\b)\s*#?\s*\d{3,}).*?\b(?:side\s+by\s+side|together|"
        r"at\s+once|at\s+the\s+same\s+time|next\s+to\s+each\s+other)\b",
        "query",
    ),
    # "what's the latest on the Finance SharePoint access?": the latest asked for on something
    # of theirs is the ticket about it, whether or not it is called a ticket
    cue(
        GET_TICKET,
        3,
        r"\bwhat(?:'s|s|\s+is)\s+the\s+(?:latest|news|progress|status)\s+(?:on|with|about|regarding)"
        r"\s+(?:my|our|the)\b",
    ),
    cue(GET_TICKET, 3, r"\bwhen\s+will\b", needs_ticket=True),
    cue(
        GET_TICKET,
        3,
        r"\b(?:is|are|was|has)\s+(?!it\s+(?:possible|ok|okay|alright)\b)(?:my|the|this|ticket|it|#)"
        r"[^?.¦]*?\b(?:resolved|closed|fixed|sorted|"
        r"done|finished|complete|completed|open|assigned|being|been)\b",
    ),
    # "still nothing on 3131??", "no news on 3089 yet": chasing, to read it
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:still\s+)?(?:nothing|no\s+(?:news|word|update|reply|answer|response)|any\s+joy)\s+"
        r"(?:yet\s+)?(?:on|about|re|for|with|from)\s+(?:ticket\s*)?#?\s*\d{3,}(?:\s+yet)?\W*$",
    ),
    # "Can I see what was done on 3067?", "what happened on 3101?"
    cue(
        GET_TICKET,
        3,
        r"\bwhat\s+(?:was|has\s+been|got|is\s+being)\s+done\s+(?:on|about|with|for)\s+(?:ticket\s*)?#?\s*\d{3,}\b",
    ),
    # "I'd like to look at my password one": the one called by what it is about
    cue(
        GET_TICKET,
        3,
        r"\b(?:look\s+at|see|view|check|read)\s+my\s+(?:[\w-]+\s+){1,3}?one\b(?!\s+(?:of|that|which)\b)",
    ),
    # "whats 789", "how's 3120?": the ticket asked about, and nothing else
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:what'?s|what\s+is|what\s+about|how'?s|how\s+is)\s+(?:up\s+with\s+)?(?:ticket\s*)?"
        r"#?\s*\d{3,}\W*$",
    ),
    # "pull up 3160 so I can read the reply", "open up 3101 for me": to read it
    cue(GET_TICKET, 3, r"\b(?:pull|bring|open)\s+up\s+(?:ticket\s*)?#?\s*\d{3,}\b"),
    cue(
        GET_TICKET,
        3,
        r"\b(?:check|look\s+up|lookup|look\s+at|pull\s+up|view|see|display|get|show|open|fetch|"
        r"find|read|details\s+(?:of|for|on)|info\s+(?:on|about|for))\s+(?:me\s+)?(?:on\s+)?"
        r"(?:up\s+)?(?:the\s+|my\s+)?(?:ticket\s*(?:no\.?|number|id|ref)?\s*[:#]?\s*\d+|#\s*\d+)",
    ),
    cue(
        GET_TICKET,
        3,
        r"\b(?:check|look\s+at|view|see|show|open|pull\s+up)\s+(?:me\s+)?(?:on\s+)?my\s+"
        # ("check my laptop just in case": the idiom names no case)
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|(?<!\bin\s)case|incident)\b(?!s)|"
        # "could you check the new starter ticket for me?" ("open the ticket" may be a new one)
        r"\b(?:check|look\s+at|view|show\s+me|pull\s+up)\s+(?:on\s+)?(?:the|that|our)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|(?<!\bin\s)case|incident)\b(?!s|\s+(?:types?|categor|"
        r"fields?|templates?|forms?|priorities))",
    ),
    cue(GET_TICKET, 3, r"\bcheck\s+(?:in\s+)?on\b"),
    # "just checking in on 3131", "following up on ticket 3042", "chasing 3089 please"
    cue(
        GET_TICKET,
        3,
        r"\b(?:check(?:ing)?\s+(?:in\s+|up\s+|back\s+)?(?:on|about|regarding|re)|follow(?:ing)?[\s-]+up\s+"
        r"(?:on|about|regarding|re|with)?|chas(?:e|ing)(?:\s+up)?|nudg(?:e|ing)|ping(?:ing)?|"
        r"bump(?:ing)?)\s+(?:on\s+)?(?:ticket|#|\d|my|the|this|it\b|that\b)",
    ),
    cue(
        GET_TICKET,
        3,
        r"\b(?:update|inform|tell|brief)\s+me\s+(?:on|about|regarding|of)\b|"
        # "can you show me what IT wrote on 3115", "tell me what happened with my printer
        # ticket", "let me know how 3131 is going": a question put inside a request
        r"\b(?:tell|show|let)\s+(?:me|us)\s+(?:know\s+)?(?:what|how|whether|if|where|when)\s+"
        r"(?:(?:the\s+)?(?:(?-i:IT)|tech|techs|technician|engineer|agent|support|they|you|u|someone|"
        r"anyone)\s+(?:has\s+|have\s+)?(?:said|wrote|written|replied|answered|did|done|found|decided|"
        r"suggested)|happened|(?:is|was)\s+(?:happening|going\s+on|done|decided))\b",
        needs_ticket=True,
    ),
    # "details on the Outlook password one please", "info about my printer jam ticket"
    cue(
        GET_TICKET,
        3,
        r"\b(?:details|info|information|history|summary|overview|status|progress|notes)\s+"
        r"(?:on|of|for|about|regarding)\s+(?:the|my|that|this|our)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:ticket|request|case|incident|one|thing|issue)\b(?!s)",
    ),
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:show|check|view|see|open|pull\s+up)"
        r"\s+(?:me\s+)?(?:tickets?\s+)?#?\s*\d{3,}\s*(?:,|&|and|or)\s*#?\s*\d{3,}",
    ),
    cue(GET_TICKET, 2, r"\b(?:status|progress)\b", needs_ticket=True),
    # "3120 and 3121 - where are they at?", "I want to see 3101, 3055 and 3099 side by side":
    # several numbers and a word for reading them (a command to change them is stronger)
    cue(
        GET_TICKET,
        2,
        rf"^(?=.*?{SEVERAL_IDS})(?=.*?\b(?:see|view|look\s+at|compare|side\s+by\s+side|"
        r"where\s+(?:are|is|do)|how\s+are|what\s+about|statuses|status|progress|state|news|"
        r"updates?|details|info)\b)",
    ),
    # "status update on the sharepoint access pls", "progress on my new laptop?"
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:(?:any|a|an|quick|the)\s+)?(?:status|progress|news|eta)(?:\s+(?:update|report|check))?"
        r"\s+(?:on|of|for|about|re|regarding|with)\s+(?:the|my|our)\s+\w",
    ),
    # "show 3076", "pls check #3115"; also as the ask after a story: "... keep an eye on her VPN
    # ticket. Could you show me 3042?", "... won't boot - could you show me 3099?"
    cue(
        GET_TICKET,
        3,
        r"(?:^|(?<=[.!?])\s|\s[-–]\s)\W*(?:(?:so|and|but|anyway)\s+)?(?:(?:please|pls|can\s+you|"
        r"could\s+you|would\s+you|can\s+someone|could\s+someone|could\s+somebody)\s+)?"
        r"(?:show|check|chk|view|see|display|"
        r"pull(?:\s+up)?|bring\s+up|fetch|get|look\s+at|look\s+up|open|compare|read|find|"
        # "let me see 3121", "i want to look at 3042", "can I see #3115"
        r"(?:let\s+me|lemme|(?:can|could|may)\s+i|i\s+(?:want|need|would\s+like|'d\s+like)\s+to)\s+"
        r"(?:see|view|look\s+at|have\s+a\s+look\s+at|check|read))\s+(?:me\s+)?"
        # ("could you get 3160 over to Hannah", "get 3042 moved to Network": a hand-over)
        r"#?\s*\d{3,}\b(?!\s+(?:over|across|(?:moved|handed|passed|sent|assigned|reassigned|"
        r"escalated)\b|to\s+(?:the\s+)?(?-i:[A-Z])))|"
        r"\b(?:details|info|information|history|summary)\s+(?:of|for|on|about)\s+(?:ticket\s*)?#?\s*\d{3,}\b",
    ),
    # "3067 details pls", "details 3115?", "3042 - status", "history of #3131 please": a
    # ticket number and what to read about it, nothing else
    cue(
        GET_TICKET,
        2,
        r"^\W*(?:(?:please|the|full|quick|latest|any|current|(?:can|could|may)\s+(?:i|we)\s+"
        r"(?:get|have|see)|(?:show|give|get|send)\s+me)\s+)*"
        rf"(?:{READ_NOUN}\s*(?:on|of|for|about|re|regarding)?\s*(?:ticket\s*)?#?\s*\d{{1,10}}|"
        r"(?:tickets?\s*(?:no\.?|number|#)?\s*)?#?\s*\d{1,10}\s*(?:[:,-]\s*)?"
        rf"(?:(?:the|full|latest|any|its|current|quick)\s+)*{READ_NOUN})\b"
        r"(?:[\s,.!-]+(?:please|now|asap|thanks|thank\s+you|cheers|again|today))*\W*$",
    ),
    # "3121 show please", "ticket 3005, 3018 and 3067 - show": the numbers, then the verb to
    # read them, as some languages order it ("open" is left out: "3042 open?" asks a state)
    cue(
        GET_TICKET,
        2,
        r"^\W*(?:tickets?\s*(?:no\.?|number|#)?\s*)?#?\s*\d{3,10}"
        r"(?:\s*(?:,|&|\+|/|\band\b)\s*#?\s*\d{3,10})*\s*(?:[:,-]\s*)?"
        r"(?:show|see|view|check|display|read)(?:\s+(?:me|it|them|all))?"
        r"(?:[\s,.!-]+(?:please|pls|plz|now|thanks|thank\s+you))*\W*$",
    ),
    # "my latest request?", "the vpn one?": a ticket described, and nothing else
    cue(
        GET_TICKET,
        2,
        r"^\W*(?:(?:and|so|what\s+about|how\s+about)\s+)?(?:my|the|that|this|our)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case|incident|one)\s*[?.!]*$",
    ),
    # "may I ask whether my monitor request has been approved?": a question inside a sentence
    cue(
        GET_TICKET,
        3,
        r"\b(?:whether|if)\s+(?:my|the|this|ticket|#|\d)[^?.]*?\b(?:has|have|is|was|were|are)\s+"
        r"(?:been\s+|being\s+|now\s+|already\s+|finally\s+|yet\s+|ever\s+|properly\s+|actually\s+|"
        r"really\s+|fully\s+)*(?:approved|done|fixed|resolved|closed|"
        r"sorted|assigned|ordered|picked\s+up|looked\s+at|started|completed|delivered|progressing)\b",
    ),
    # "I haven't heard back about 3131", "still waiting for a reply on my vpn ticket"
    cue(
        GET_TICKET,
        3,
        r"\b(?:haven't|have\s+not|hasn't|has\s+not|not|never)\s+(?:yet\s+)?heard\s+(?:back|anything|from\s+"
        r"(?:you|anyone|anybody|IT|support))|\bno\s+(?:news|reply|response|word|update)\s+(?:yet\s+)?"
        r"(?:on|about|for|regarding)\b|\bstill\s+waiting\s+(?:on|for)\s+(?:a\s+|an\s+|any\s+)?(?:reply|"
        r"response|news|update|answer)\b",
        needs_ticket=True,
    ),
    # "Still waiting on that SharePoint access. Status please?": the thing awaited is asked for
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:(?:i'm|i\s+am|we're|we\s+are|am|are)\s+)?still\s+waiting\s+(?:on|for)\s+"
        r"(?:that|the|my|our)\s+\w",
    ),
    # "anything on the monitor yet?", "when r u fixing my fan", "laptop fan - news?", "mia
    # laptop ready yet?": a thing asked about, in few words (build_get reads which ticket)
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:any\s*thing|something)\s+(?:new\s+)?(?:on|about|re|regarding|for|with)\s+(?:the|my|our|"
        r"ticket|#|\d)|"
        r"\bwhen\s+(?:are|is|will|can|could)\s+(?:you|u|someone|somebody|(?-i:IT)|they|the\s+\w+)\s+"
        r"(?:be\s+)?(?:fixing|sorting|looking|coming|delivering|sending|doing|getting|finishing|replacing|"
        r"installing|setting)\b(?=.*\bmy\b)|"
        rf"{TERSE_QUESTION_RE.pattern}",
        "question",
    ),
    # "how long until my monitor request is done?", "how soon will 3131 be fixed"
    cue(
        GET_TICKET,
        3,
        r"^\W*how\s+(?:long|soon)\s+(?:until|till|before|will|does|do|is|for)\b"
        r"(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b|\bmy\b|\brequest\b))",
        "question",
    ),
    # "did my password reset get done?", "has the new laptop been ordered yet?"
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:did|has|have|was|were|is|are)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,3}?(?:get|got|been|"
        r"being)\s+(?:done|fixed|sorted|resolved|approved|processed|ordered|delivered|completed|handled|"
        r"looked\s+at|picked\s+up|sent|installed|set\s+up|shipped|dealt\s+with|actioned)\b",
        "question",
    ),
    # "3042 still open?", "3131 on hold?": a ticket and the state asked about
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:is\s+|was\s+)?(?:ticket\s*)?#?\s*\d{3,10}\s+(?:is\s+|was\s+)?(?:(?:still|already|now)\s+(?:open|closed|"
        r"resolved|done|fixed|on\s+hold|pending|assigned|in\s+progress|with\s+\w+)\b|(?:open|closed|"
        r"resolved|done|fixed|finished|sorted|on\s+hold|pending|assigned|in\s+progress|"
        r"with\s+(?:the\s+)?\w+)\s*\?)",
    ),
    # "why is my monitor request on hold?", "why was 3150 cancelled"
    cue(
        GET_TICKET,
        3,
        r"^\W*why\s+(?:is|was|has|did|does|are|were|hasn't|isn't|wasn't|haven't)\s+(?:my|the|this|that|"
        r"ticket|#|\d|it\b)",
    ),
    # "is my monitor request still on hold?", "has the printer ticket been picked up?"
    cue(
        GET_TICKET,
        2,
        r"^\W*(?:is|are|was|has|have|did|does|will)\s+(?:my|the|this|that|our)\s+"
        r"(?:[\w-]+\s+){0,4}?(?:ticket|request|case|incident|issue)\b(?!s)",
        "question",
    ),
    # "when was 3005 resolved", "what did IT last say on 3115": a question about a ticket
    cue(
        GET_TICKET,
        1,
        r"^\W*(?:what|when|who|why|how|where|which|did|has|have|was|were|is|are|does|do)\b"
        r"(?=.*?(?:#\s*\d|\b\d{3,}\b|\bticket\s+\d))",
        "question",
    ),
    cue(
        GET_TICKET,
        1,
        # (one number, or several: "#3115 #3042")
        r"^\W*(?:tickets?\s*(?:no\.?|number|#)?\s*)?(?:#\s*)?\d+\b"
        r"(?:(?:\s*(?:,|&|\+|/|\band\b|\bor\b)\s*|\s+)(?:#\s*)?\d+\b)*"
        r"(?:\s+(?:update|news|status|progress|eta|please|pls|plz)\b)*\W*$",
    ),
)
