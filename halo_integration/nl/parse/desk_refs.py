"""Ticket numbers written the way other service desks write them.

People who used ServiceNow, Jira Service Management or a mail-based desk before write a ticket as
"INC-3089", "INC3089", "REQ 3005", "ref 3005" or "ticket no. 3131". The rules downstream know one
spelling, "ticket 3089"; rewriting these early means every action (reads, notes, closes,
reopens, admin changes) understands them the same way, instead of each rule learning them.
"""

from __future__ import annotations

import re

# Record prefixes of other desks (incident, request, request item, service request, change,
# problem, ticket). With its number ("INC3089", "INC-3089", "INC 3089") the prefix names a
# ticket; "SR" or "problem" alone stays what it is, a ticket type.
_PREFIXED_RE = re.compile(
    r"(?<![\w-])(?:inc|req|ritm|sr|chg|prb|tkt|tck)\s?[-#:]?\s?0*([1-9]\d{2,})\b(?![.,]\d)",
    re.IGNORECASE,
)
# "T3042", "T-3115": a T fixed to a ticket number of four or more digits (a laptop model such
# as "ThinkPad T480" or "T14" has fewer)
_T_RE = re.compile(r"(?<![\w-])t[-#]?0*([1-9]\d{3,})\b(?![.,]\d)", re.IGNORECASE)
# "[3042]", "[#3115]": the ticket number in square brackets, as a desk's mail subject carries
# it; "[3042] [3115]" names both. Four or more digits, so that an error code ("[404]",
# "[0x80070005]") stays what it is.
_BRACKETED = r"\[\s*#?\s*0*[1-9]\d{3,}\s*\]"
_BRACKETED_RUN_RE = re.compile(rf"{_BRACKETED}(?:\s*[,&+]?\s*{_BRACKETED})*")
# "ref 3005", "reference no. 3005", "case ref: 3005". Someone else's reference ("order ref 4432",
# "PO ref 4432") is what a note says, not a ticket.
_REF_RE = re.compile(
    r"(?<!order\s)(?<!invoice\s)(?<!po\s)(?<!purchase\s)(?<!booking\s)(?<!tracking\s)"
    r"(?<!delivery\s)(?<!payment\s)(?<!supplier\s)(?<!vendor\s)(?<!quote\s)"
    r"(?:\b(?:ticket|case|call)\s+)?\bref(?:erence)?\.?\s*(?:no\.?|nr\.?|number|num)?\s*[:#]?\s*"
    r"([1-9]\d{2,})\b(?![.,]\d)",
    re.IGNORECASE,
)
# "ticket no. 3131", "ticket number 3131", "case nr 3131"
_NUMBERED_RE = re.compile(
    r"\b(?:ticket|case|call)\s+(?:no\.?|nr\.?|number|num)\s*[:#]?\s*([1-9]\d{2,})\b(?![.,]\d)",
    re.IGNORECASE,
)

# "add a comment to number 3131", "any news on no. 3042" (dictated): after a word that leads
# to a ticket, a number called a number ("call me on number 0161 ..." is no ticket)
_LED_NUMBER_RE = re.compile(
    r"\b(to|on|for|about|re|of|with|close|reopen|resolve|update)\s+(?:number|no\.?|nr\.?|num)\s*"
    r"[:#]?\s*([1-9]\d{2,5})\b(?![.,]\d)(?!\s*\d)",
    re.IGNORECASE,
)


def _bracketed_as_tickets(match: re.Match[str]) -> str:
    """ "[3042]" as "ticket 3042", "[3042] [3115]" as "tickets 3042 3115" (numbers side by side
    after one "tickets" are read as a list)."""
    numbers = [n.lstrip("0") for n in re.findall(r"\d+", match.group(0))]
    return ("tickets " if len(numbers) > 1 else "ticket ") + " ".join(numbers)


def canonical_ticket_refs(text: str) -> str:
    """Rewrite "INC-3089", "T3042", "ref 3005", "ticket no. 3131" and "to number 3131" as
    "ticket 3089" and so on; "[3042] [3115]" as "tickets 3042 3115"."""
    text = _PREFIXED_RE.sub(r"ticket \1", text)
    text = _BRACKETED_RUN_RE.sub(_bracketed_as_tickets, text)
    text = _T_RE.sub(r"ticket \1", text)
    text = _NUMBERED_RE.sub(r"ticket \1", text)
    text = _LED_NUMBER_RE.sub(r"\1 ticket \2", text)
    return _REF_RE.sub(r"ticket \1", text)
