"""A resolution note drafted from a ticket's public conversation, for the person to edit or
confirm ("resolve it and add a note summarising the fix")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _

from halo_integration.nl.parse.text import strip_markup
from halo_integration.presenters import NoteView, TicketView

_SUMMARY_ASKED_RE = re.compile(
    r"\bsummar(?:y|ies|ise|ize|ising|izing)\b|\brecap\b|\bwhat\s+(?:was\s+done|we\s+did|fixed\s+it)\b",
    re.IGNORECASE,
)


def asks_for_summary(text: str) -> bool:
    """Whether the request asks for the note to sum up what was done."""
    return bool(_SUMMARY_ASKED_RE.search(text))


# "Thanks Noah, we've logged this ...": a receipt, not what fixed anything.
_ACKNOWLEDGEMENT_RE = re.compile(
    r"\b(?:we've|we\s+have)\s+logged\s+this\b|\bthanks\s+for\s+getting\s+in\s+touch\b|"
    r"\bwill\s+pick\s+it\s+up\b|\bwe're\s+looking\s+into\s+(?:this|it)\b",
    re.IGNORECASE,
)


def draft_fix_summary(shown: Mapping[str, Any]) -> str:
    """A resolution note drafted from the ticket's public conversation (never a hidden note):
    its summary and what the support side last told the requester."""
    ticket = shown.get("ticket")
    actions_shown: list[NoteView] = list(shown.get("actions") or [])
    requester = ticket.user_name.casefold() if isinstance(ticket, TicketView) else ""
    notes = [
        _plain(action.note or action.note_html)
        for action in actions_shown
        if not action.hiddenfromuser
        and not action.by_viewer
        and (not requester or action.author.casefold() != requester)
    ]
    notes = [note for note in notes if note and not _ACKNOWLEDGEMENT_RE.search(note)]
    summary = ticket.summary if isinstance(ticket, TicketView) else ""
    lines = [_("Resolved: %(summary)s.") % {"summary": summary.rstrip(".")}]
    if notes:
        lines.append(_("What was done: %(notes)s") % {"notes": " ".join(notes[-3:])})
    return "\n".join(lines)


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", strip_markup(html).replace("&nbsp;", " ")).strip()
