"""Cues for changing a ticket's fields: update (and a few reads and reopens phrased like one,
kept here for their place in the table). The reads are in `cues_reads`.

Order matters inside the table (ties are broken by table order, see `intents`)."""

from __future__ import annotations

from halo_integration.actions.lifecycle import REOPEN_TICKET
from halo_integration.actions.tickets_read import GET_TICKET
from halo_integration.actions.tickets_write import UPDATE_TICKET

from .cue_parts import (
    BELONGS_WITH,
    HANDOVER_VERB,
    PERSON_ON_TICKET_RE,
    PRIORITY_VALUE,
    READ_NOUN,
    RESOLVED_WORDS,
    SHOULD_BE,
    STATUS_AHEAD,
    TERSE_END,
    Cue,
    cue,
)

# Between a field named first and its new value: the ticket ("prio 3099 critical", "status
# of 3131 to in progress"); after a ticket and its field: how the value is introduced.
_TICKET_THEN = (
    r"(?:(?:of|on|for)\s+)?(?:ticket\s*)?#?\s*\d{3,}\s*(?:[,:-]\s*)?(?:(?:to|=|->|as)\s*)?"
)
_VALUE_LEAD = r"(?:(?:to|=|->|as|:)\s*)?"
_STATUS_VALUE = rf"(?:{STATUS_AHEAD}|on\s+hold\b)"
# One new value typed as terse after the ticket: "p2", "high prio", "team network", "on hold"
_TERSE_VALUE = (
    rf"{PRIORITY_VALUE}(?:\s+(?:priority|prio)\b)?|(?:priority|prio)\s+{PRIORITY_VALUE}|"
    r"(?:on\s+hold|in\s+progress|with\s+(?:the\s+)?\w+|waiting(?:\s+(?:on|for)\s+(?:the\s+)?\w+)?)\b|"
    r"(?:team|queue)\s+(?!(?:assign|re-?assign)\b)[\w&-]+(?:\s+(?!(?:assign|re-?assign)\b)[\w&-]+)?"
)

FIELD_CUES: tuple[Cue, ...] = (
    # update_ticket
    cue(
        UPDATE_TICKET,
        3,
        # after a determiner the word is a noun: "since the upgrade", "after a transfer"
        r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bour\s)"
        r"(?<!\blast\s)(?<!\brecent\s)(?<!\bmy\s)"
        r"\b(?:re-?assign|route|hand\s+(?:it\s+|#?\s*\d+\s+|ticket\s*#?\s*\d+\s+)?over|"
        r"escalate|de-?prioriti[sz]e|prioriti[sz]e|re-?open|"
        # ... these only with a ticket: "upgrade my laptop RAM", "transfer my files" ask for work
        r"(?:transfer|bump|downgrade|upgrade)(?:\s+up)?(?=\s+(?:ticket|#|\d|it\b|this\b|that\b|the\s+priority|"
        r"priority|(?:my|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:ticket|request|case|incident|one)\b)))\b",
    ),
    # "what about 3042", "and how about ticket 3115?"
    cue(
        GET_TICKET,
        3,
        r"^\W*(?:and\s+|so\s+)?(?:what|how)\s+about\s+(?:(?:my\s+)?ticket\s*)?(?:no\.?\s*)?"
        r"#?\s*\d{3,}\b",
        "query",
    ),
    # "open again 3150", "open 3150 again": a reopen, when a ticket is named ("the door won't
    # open again" is a problem)
    cue(
        REOPEN_TICKET,
        4,
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b)).*?(?<!n't\s)(?<!\bnot\s)(?<!\bto\s)"
        r"\bopen\s+(?:(?:it|ticket|#?\s*\d{3,})\s+){0,2}again\b",
    ),
    # "details 3140 and 3160", "status of 3012, 3055": a read of those tickets
    cue(
        GET_TICKET,
        3,
        rf"^\W*{READ_NOUN}\s+(?:(?:of|for|on)\s+)?(?:tickets?\s*)?#?\s*\d{{3,}}"
        r"(?:\s*(?:,|&|\+|/|\band\b)?\s*#?\s*\d{3,})+\W*$",
        "query",
    ),
    # "check 3005 + 3018", "chk 3115": a look at those tickets
    cue(
        GET_TICKET,
        3,
        r"\b(?:check|chk|verify)\s+(?:on\s+)?(?:the\s+|my\s+)?(?:tickets?\s*)?(?:no\.?\s*)?"
        r"#?\s*\d{3,}\b",
        "query",
    ),
    # "3012 to critical", "#3121 -> P2": a ticket and a priority with nothing else
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s+(?:to|->|=>|=)\s+(?:(?:very\s+)?(?:low|medium|normal|"
        r"high|critical|urgent)|p[1-5])\b",
    ),
    # "3140 is low priority, it can wait"
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s+is\s+(?:now\s+)?(?:a\s+)?(?:(?:very\s+)?(?:low|medium|normal|high|"
        r"critical|urgent)|p[1-5])\s+priority\b",
    ),
    # "3101 is stopping the warehouse, set it to critical": the ticket named first, then "it"
    cue(
        UPDATE_TICKET,
        3,
        # (a ticket number first: "my laptop is broken, make it high priority" opens one)
        r"^(?=.*?(?:#\s*\d|\b\d{3,}\b)).*?\b(?:set|make|change|bump|raise|move|put|mark)\s+it\s+"
        r"(?:up\s+)?(?:to\s+|as\s+)?(?:(?:very\s+)?(?:low|medium|normal|high|critical|urgent)|p[1-5])\b",
    ),
    # "3131 back to In Progress, monitors arrived", "3055 action required - waiting on our
    # side now": a ticket and its new status first
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s+(?:(?:back\s+)?to\s+|now\s+|->\s*|=>\s*)?(?:status\s+)?(?:new|"
        r"in\s+progress|action\s+required|with\s+(?:the\s+)?(?:user|supplier)|on\s+hold|"
        r"pending\s+closure)\b(?![^?]*\?)",
    ),
    # "3099 to Daniel Kim please", "3235 over to Field Services" ("3089 to priya" when typed
    # all in lower case)
    cue(
        UPDATE_TICKET,
        3,
        # ("3099 to team 2nd line, agent Tom Walsh": a team named as one)
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s+(?:over\s+)?to\s+(?:the\s+)?(?:(?-i:[A-Z0-9])|"
        r"(?:team|queue|group)\s+\w|"
        r"(?=(?-i:[^A-Z])*$)(?!(?:me|my|you|it|do|be|see|check|know)\b)[a-z]|"
        # (in lower case, a name that ends the request: "3055 to tom")
        r"(?!(?:me|you|it|them|p[1-5]|low|medium|normal|high|critical|urgent)\b)[a-z][\w'-]*"
        r"(?:\s+[a-z][\w'-]*){0,2}\s*(?:please|pls|thanks)?\W*$)",
    ),
    # "change 3101 to a Problem", "make 3160 critical"
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:change|convert|turn|switch|make)\s+(?:ticket\s*)?#?\s*\d{3,}\s+(?:(?:in)?to\s+an?\s+\w|"
        r"(?:an?\s+)?(?:(?:very\s+)?(?:low|medium|normal|high|critical|urgent)|p[1-5])\b)",
    ),
    # "put 3099 in progress", "set 3012 to waiting", "change 3131 to in progress": a status
    # named after the ticket
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:put|place|set|mark|move|change|switch|flip)\s+(?:ticket\s*)?#?\s*\d{3,}\s+(?:back\s+)?"
        r"(?:to\s+|as\s+|in(?:to)?\s+)?(?:" + STATUS_AHEAD + r"|on\s+hold\b)|"
        # ("3160 put in action required": the ticket first, then the verb, as some write it)
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s*(?:[,:-]\s*)?(?:please\s+)?(?:put|set|mark|move|change|"
        r"switch|flip)\s+(?:back\s+)?(?:to\s+|as\s+|in(?:to)?\s+)?(?:"
        + STATUS_AHEAD
        + r"|on\s+hold\b)",
    ),
    # "3055 ... flip it to with supplier", "3099 put it with user": the ticket first, then a
    # status for "it"; "park 3110 for now": put on hold, in service-desk words
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\b[^?]*?\b(?:put|set|mark|move|change|switch|flip)\s+it\s+"
        r"(?:back\s+)?(?:to\s+|as\s+|in\s+)?(?=with\s+(?:the\s+)?(?:user|supplier|customer|client|"
        r"vendor|third\s+party)\b|in\s+progress\b|on\s+hold\b)|"
        r"^\W*park\s+(?:ticket\s*)?#?\s*\d{3,}\b(?!\s+(?:in|at|on)\s+(?!hold\b))",
    ),
    # "set 3140 to New and assign it to Hannah": the status New, capitalised as a name
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:set|put|change|move|switch|mark)\s+(?:ticket\s*)?#?\s*\d{3,}\s+(?:back\s+)?(?:to|as)\s+"
        r"(?-i:New)\b(?!\s+(?-i:[A-Z]))",
    ),
    # "3101 needs Field Services": the team (or person) it needs, named and nothing else
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s+needs\s+(?:to\s+go\s+to\s+)?(?:the\s+)?"
        r"(?:\d(?:st|nd|rd|th)\s+line|(?-i:[A-Z])[\w&-]*)(?:\s+(?-i:[A-Z])[\w&-]*){0,3}"
        r"(?:\s+(?:team|queue))?(?:\s+(?:please|pls|asap|now))?\W*$",
    ),
    # "I need 3160 moved to the Messaging team": the hand-over wanted
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:need|want|would\s+like|'d\s+like)\s+(?:ticket\s*)?#?\s*\d{3,}\s+(?:moved|assigned|"
        r"reassigned|given|passed|sent|escalated|transferred|handed)\s+(?:over\s+)?to\b",
    ),
    # "change 3089 to 1st Line Support, Priya", "set #3042 owner Marcus Reid": a ticket moved
    # to a team or a person
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:change|move|switch|put|shift)\s+(?:ticket\s*)?#?\s*\d{3,}\s+(?:over\s+)?to\s+"
        r"(?:the\s+)?(?=\w)|"
        r"^\W*(?:set\s+|change\s+)?(?:ticket\s*)?#?\s*\d{3,}(?:'s)?\s+owner\b",
    ),
    # "3235 priority low", "#3160 status: With Supplier", "3250 -> Network team"
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s*(?:[,:-]\s*)?(?:(?:priority|prio)\s*(?:to|=|:|->)?\s*"
        r"(?!(?:pls|please|plz|level)\b)\w|(?:status|team|agent|type)\s*(?:to|=|:|->)\s*\w|"
        r"status\s+" + STATUS_AHEAD + "|"  # "3160: status in progress"
        # ("3042 -> resolved", "3005 -> 3/5": a close and a rating said with an arrow)
        r"(?:->|=>|→)\s*(?!(?:resolved|closed|fixed|done|sorted|solved)\b|\d\s*(?:/\s*\d|stars?\b))\w)",
    ),
    # Shorthand: "prio 3099 critical", "status 3131 in progress" (the field, the ticket, the
    # value); "3131 status in progress", "set 3110 status with supplier" (the ticket, the
    # field, the value); "3089 assign priya"; "drop 3055 to low priority", "knock 3140 down
    # to P4" (a verb of moving and a priority)
    cue(
        UPDATE_TICKET,
        3,
        rf"^\W*{PRIORITY_VALUE}\s+(?:for\s+)?(?:ticket\s*)?#?\s*\d{{3,}}{TERSE_END}|"  # "p1 3140"
        rf"^\W*(?:(?:set|change|update)\s+)?(?:(?:priority|prio)\s+{_TICKET_THEN}{PRIORITY_VALUE}|"
        rf"status\s+{_TICKET_THEN}{_STATUS_VALUE})|"
        rf"^\W*(?:(?:set|change|update|put|make)\s+)?(?:ticket\s*)?#?\s*\d{{3,}}\s*(?:[,:-]\s*)?"
        rf"(?:'s\s+)?(?:(?:priority|prio)\s+{_VALUE_LEAD}{PRIORITY_VALUE}|"
        rf"status\s+{_VALUE_LEAD}{_STATUS_VALUE})",
    ),
    # the ticket and nothing but its new value: "3160 p1", "3160 high prio", "3055 on hold",
    # "3110 with supplier", "3140 team network", "3099 now in progress" (a question mark makes
    # it a question: "3110 on hold?" reads it)
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s*(?:[,:-]\s*)?(?:(?:to|is\s+now|now)\s+)?(?:"
        rf"{PRIORITY_VALUE}\s*(?:(?:priority|prio)\b)?|{_STATUS_VALUE}[\w\s]*|"
        r"(?:team|queue|type|ticket\s+type)\s+(?!(?:please|pls|plz|thanks|list|members)\b)\w[\w\s&-]*)"
        + TERSE_END,
    ),
    # "3089 assign priya", and after other new values of the ticket typed as terse: "3160 p2
    # assign daniel kim", "3140 team network, assign tom", "3099 on hold + assign chloe"
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s*(?:[,:-]\s*)?"
        rf"(?:(?:{_TERSE_VALUE})\s*(?:[,;&+/]\s*|and\s+|then\s+)?){{0,3}}"
        r"(?:re-?assign|assign)\s+(?:it\s+)?(?:to\s+)?(?!(?:priority|status|team|agent)\b)\w",
    ),
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:drop|lower|raise|bump|knock|bring|take|push|move|set|put|downgrade|upgrade)\s+"
        r"(?:ticket\s*)?#?\s*\d{3,}\s+(?:(?:down|up|back)\s+)?(?:to\s+)?(?:an?\s+)?"
        + PRIORITY_VALUE,
    ),
    # "3101 - bump to critical", "3055: drop it to low", "#3140 raise priority to P1": the
    # ticket heads the request, the change follows it
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,}\s*(?:[,:-]\s*)?(?:please\s+|pls\s+|can\s+you\s+)?"
        r"(?:drop|lower|raise|bump|knock|bring|push|move|reduce|increase|decrease|downgrade|"
        r"upgrade|escalate|set|change|make)\s+(?:it\s+|this\s+)?(?:(?:the\s+|its\s+)?(?:priority|"
        r"prio|urgency)\s+)?(?:(?:down|up|back)\s+)?(?:to\s+)?(?:an?\s+)?" + PRIORITY_VALUE,
    ),
    # "drop the priority of 3131 to low", "knock the urgency on ticket 3140 down to P4"
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:drop|lower|raise|bump|knock|bring|push|move|reduce|increase|decrease|downgrade|"
        r"upgrade)\s+(?:the\s+|its\s+)?(?:priority|prio|urgency)\s+(?:of|on|for)\s+"
        r"(?:ticket\s*)?#?\s*\d{3,}",
    ),
    # "3121 should go to the Messaging team", "send 3055 over to Daniel Kim" (a ticket named by
    # number or as "ticket": "my emails should go to the shared mailbox" is a problem)
    cue(
        UPDATE_TICKET,
        3,
        r"^(?=.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b)).*?(?:\b(?:should|must|can|could|"
        r"needs?\s+to|has\s+to)\s+(?:go|be\s+(?:moved|sent|passed|given|handed))\s+(?:over\s+)?"
        r"to\b|\b(?:send|pass|forward)\s+(?:it|ticket\s*#?\s*\d+|#?\s*\d{3,})\s+"
        r"(?:over\s+|back\s+)?to\b)",
    ),
    # ("assign a licence to me", "assign it to my account": a thing given to a person's account
    # is a request, not a ticket handed to an agent)
    cue(
        UPDATE_TICKET,
        3,
        r"\bassign\s+(?!(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+)?(?:licen[cs]es?|seats?|"
        r"subscriptions?|roles?|permissions?)\b)(?:[^,.;]{0,40}?\s+)?to\b"
        r"(?!\s+(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:account|user|profile|login|mailbox|"
        r"laptop|pc|computer|machine|device|phone|e-?mail|username)s?\b)",
    ),
    # "assign tom walsh on 3055", "assign daniel kim and team network for ticket 3160": the
    # person first, then the ticket they take
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:re-?)?assign\s+(?!(?:it|this|that|them|ticket|tickets)\b)[^,.;?]{1,40}?\s+"
        r"(?:on|for|onto)\s+(?:ticket\s*)?#?\s*\d{3,10}\b",
    ),
    # "make Priya the agent on 3140", "put Marcus on 3101", "let Sarah Mitchell handle 3160"
    cue(UPDATE_TICKET, 3, PERSON_ON_TICKET_RE.pattern, "assign"),
    # "3099 should be a problem", "3099 is a problem, not an incident": its ticket type
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,10}\s+(?:should\s+be|is\s+(?:actually|really)|is)\s+an?\s+"
        r"(?:problem|incident|service\s+request|change(?:\s+request)?|alert)\b"
        r"(?=(?:\s*,?\s*not\s+an?\s+\w+)?\s*[.!]?\s*$)(?<!\bis\s\w)",
    ),
    # "switch 3101 to Marcus Reid", "swap 3099 over to Network"
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:switch|swap)\s+(?:ticket\s*)?#?\s*\d{3,10}\s+(?:over\s+)?to\s+(?:the\s+)?(?=(?-i:[A-Z]))"
        r"(?!(?-i:P[1-5])\b)",
    ),
    # "can 3160 go to Hannah please"
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:can|could|should|would|will)\s+(?:ticket\s*)?#?\s*\d{3,10}\s+(?:please\s+)?(?:go|be\s+(?:moved|"
        r"sent|passed|given|handed|assigned))\s+(?:over\s+)?to\b",
    ),
    # "3110 is now with the supplier", "3099 is in progress now" (a question reads it)
    cue(
        UPDATE_TICKET,
        3,
        r"^\W*(?:ticket\s*)?#?\s*\d{3,10}\s+(?:is|are)\s+(?:now\s+)?(?:on\s+hold|"
        + STATUS_AHEAD
        + r")"
        r"(?!.*\?\s*$)",
    ),
    # "3160 should be high priority", "ticket 3055 needs to be P1", "3110 should be on hold":
    # what a ticket named by number ought to be
    cue(
        UPDATE_TICKET,
        3,
        rf"(?:\bticket\s*#?\s*\d+|#\s*\d+|\b\d{{3,10}})\s+{SHOULD_BE}(?:(?:an?|the)\s+)?"
        r"(?:(?:priority|prio)\b|(?:very\s+)?(?:low|medium|normal|high|critical|urgent|top)\b|p[1-5]\b|"
        r"on\s+hold\b|" + STATUS_AHEAD + ")",
    ),
    # "send my VPN ticket to Field Services", "move the outlook one over to Messaging": a
    # ticket described, handed to a team or a person ("send it to the network team" only with
    # a team word or a name after "to": "send it to my phone" hands nothing over)
    cue(
        UPDATE_TICKET,
        3,
        rf"\b{HANDOVER_VERB}\s+(?:my|the|this|that|our|his|her|their)\s+(?:[\w&'./+-]+\s+){{0,4}}?"
        r"(?:ticket|request|case|incident|issue|call|one)\s+(?:over\s+|back\s+|up\s+|on\s+)?to\s+"
        r"(?!(?:me|my|you|your|him|her|them|us|our)\b)\S|"
        rf"\b{HANDOVER_VERB}\s+(?:it|this|that)\s+(?:over\s+|back\s+|up\s+|on\s+)?to\s+(?:the\s+)?"
        r"(?:(?:[\w&-]+\s+){0,3}?(?:team|queue|group|desk|support|line|services?)\b|"
        r"(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)",
    ),
    # "I need to get 3140 over to Hannah", "please get 3099 to Marcus", "3160 needs to be with
    # Tom Walsh now"
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:get|take|bring)\s+(?:ticket\s*)?#?\s*\d{3,10}\s+(?:(?:over|across)\s+to\s+\S|"
        r"to\s+(?:the\s+)?(?-i:[A-Z]))|"
        rf"(?:\bticket\s*#?\s*\d+|#\s*\d+|\b\d{{3,10}})\s+(?:now\s+)?{BELONGS_WITH}",
    ),
    # "give 3055 high priority"
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:give|set|make|mark)\s+(?:ticket\s*)?#?\s*\d+\s+(?:a\s+|an\s+)?(?:(?:very\s+)?(?:low|medium|"
        r"normal|high|critical|urgent)|p[1-5])\s+priority\b",
    ),
    # "move ticket 3055 to 1st Line Support", "give 3101 to Marcus Reid" (or "3140 give to
    # team field services": the ticket first, then the verb)
    cue(
        UPDATE_TICKET,
        3,
        rf"(?:\b{HANDOVER_VERB}\s+(?:ticket\s*)?#?\s*\d+\s+|"
        rf"^\W*(?:ticket\s*)?#?\s*\d{{3,}}\s*(?:[,:-]\s*)?(?:please\s+)?{HANDOVER_VERB}\s+(?:it\s+)?)"
        r"(?:over\s+|back\s+)?to\s+(?!(?:me\s+)?(?:status|priority)\b)",
    ),
    cue(
        UPDATE_TICKET,
        3,
        # ("after the update I have to type ...": after an article the word is a noun)
        # ("since yesterday's update the CRM shows ...": after a possessive too)
        r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!'s\s)(?<!\bthis\s)(?<!\blast\s)(?<!\blatest\s)"
        r"\b(?:change|set(?!\s+up)|update|modify|raise|lower|increase|decrease|move|switch|put|"
        r"make)\b[^.;¦]{0,40}?\b(?:priority|status|team|agent|technician|ticket\s*type|type|"
        r"category|site|customer|client|queue|group|on\s+hold)\b",
        needs_ticket=True,
    ),
    cue(
        UPDATE_TICKET,
        3,
        rf"\bmark\s+(?:[^,.;]{{0,40}}?\s+)?as\s+(?!(?:being\s+)?{RESOLVED_WORDS}\b)\w",
        needs_ticket=True,
    ),
    cue(
        UPDATE_TICKET,
        3,
        # "turn 3160 into a Problem ticket", "make 3160 a problem ticket"
        r"\b(?:change|convert|make|switch|turn)\s+(?:ticket\s*)?#?\s*\d+\s+(?:(?:in)?to\s+)?an?\s+"
        r"(?:[\w-]+\s+){1,3}?ticket\b",
    ),
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:set|make|change|switch)\s+(?:ticket\s*)?#?\s*\d+\s+(?:to\s+)?(?:an?\s+)?"
        r"(?:very\s+)?(?:low|lowest|medium|normal|high|highest|critical|urgent|p[1-5])\b",
    ),
    cue(
        UPDATE_TICKET,
        2,
        r"(?:#\s*\d+|\bticket\s*#?\s*\d+)\s*[,:-]?\s*(?:priority|prio)\b\s*(?:to|=|:)?\s*\w",
    ),
    # "make my outlook ticket urgent", "set the vpn one to high priority"
    cue(
        UPDATE_TICKET,
        3,
        r"\b(?:make|set|mark|bump|change|put|move|raise|lower)\s+(?:my|the|this|that|our)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ticket|request|case|issue|one)\s+(?:up\s+)?(?:to\s+|as\s+|at\s+|on\s+)?"
        r"(?:an?\s+)?(?:(?:very\s+)?(?:low|medium|normal|high|critical|urgent)\b|p[1-5]\b|top\s+priority|"
        r"priority\b|hold\b|" + STATUS_AHEAD + ")|"
        # "change my monitor request to a Problem", "turn the vpn one into an incident"
        r"\b(?:change|convert|turn|switch|make)\s+(?:my|the|this|that|our)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:ticket|request|case|issue|one)\s+(?:in)?to\s+an?\s+(?:problem|incident|service\s+request|"
        r"change|alert|(?-i:[A-Z])\w*)\b",
    ),
)
