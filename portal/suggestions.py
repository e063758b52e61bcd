"""What to show before someone opens a ticket: knowledge-base articles that may answer it, and
their own open tickets that look like the same problem (used by New ticket and the Ask box)."""

from __future__ import annotations

import re
from typing import Any

from halo_integration import actions
from halo_integration.actions.lookup import LOOKUP, rows_of
from halo_integration.actions.tickets_read import LIST_TICKETS, page_of
from halo_integration.policies import Actor
from halo_integration.presenters import TicketView
from halo_integration.schemas import KBArticle

MAX_SUGGESTIONS = 5
# Words that say nothing about the problem, left out when matching summaries. Besides the
# grammar words, the everyday words of any complaint ("keeps", "again", "not working"): two
# summaries sharing only those ("VPN keeps dropping", "Outlook keeps asking ...") are about
# different things. keywords() drops a plural "s" before looking here ("keeps" -> "keep").
STOP_WORDS = frozenset(
    {
        "a", "an", "and", "are", "but", "can", "cannot", "does", "doesn", "for", "from", "get",
        "has", "have", "help", "how", "i", "in", "is", "it", "its", "my", "new", "not", "of",
        "on", "or", "our", "please", "since", "still", "the", "this", "to", "was", "when",
        "why", "will", "with",
        # everyday words of a complaint
        "after", "again", "all", "always", "any", "anymore", "asking", "broken",
        "could", "day", "don", "every", "getting", "got", "issue", "just", "keep", "keeping",
        "need", "now", "problem", "some", "stopped", "than", "that", "there", "time", "today",
        "trying", "very", "want", "won", "work", "worked", "working", "would", "you", "your",
    }
)  # fmt: skip


def suggestions_for(actor: Actor, summary: str, *, channel: str = "web") -> dict[str, Any]:
    """KB articles that may answer the summary, and my open tickets that look like it.
    Suggestions are a courtesy: if Halo cannot give them, the form works without."""
    words = keywords(summary)
    return {
        "articles": matching_articles(actor, words, channel=channel),
        "similar": similar_open_tickets(actor, words, channel=channel),
    }


def matching_articles(actor: Actor, words: list[str], *, channel: str = "web") -> list[KBArticle]:
    # Halo's search is one LIKE '%text%', so a whole sentence rarely matches: search the most
    # telling words one by one and rank the articles by how many of the words they contain.
    found: dict[int, KBArticle] = {}
    for word in sorted(words, key=len, reverse=True)[:3]:
        params = {"entity": "kb_articles", "search": word, "page_size": 10}
        result = actions.run_action(actor=actor, name=LOOKUP, params=params, channel=channel)
        for row in rows_of(result)["rows"] if result.ok else []:
            if isinstance(row, KBArticle):
                found.setdefault(row.id, row)

    def score(row: KBArticle) -> int:
        text = f"{row.name} {row.description} {row.tag_string}".lower()
        return sum(word in text for word in words)

    return sorted(found.values(), key=score, reverse=True)[:MAX_SUGGESTIONS]


def similar_open_tickets(
    actor: Actor, words: list[str], *, channel: str = "web"
) -> list[TicketView]:
    if not words:
        return []
    params = {"open_only": True, "page_size": 100}
    # "You already have ...": the person's own tickets, an admin's too (not every customer's).
    result = actions.run_action(
        actor=actor, name=LIST_TICKETS, params=params, channel=channel, self_service=True
    )
    if not result.ok:
        return []
    wanted = set(words)
    scored = []
    for ticket in page_of(result)["tickets"]:
        shared = wanted & set(keywords(ticket.summary))
        # A third of the words I typed appear in that summary: perhaps the same problem. A hint
        # too many costs a glance; a duplicate ticket costs IT time.
        if shared and len(shared) * 3 >= len(wanted):
            scored.append((len(shared), ticket))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [ticket for _, ticket in scored[:3]]


def keywords(text: str) -> list[str]:
    words = re.findall(r"[^\W_]+", text.lower())
    stems = (w[:-1] if len(w) > 4 and w.endswith("s") else w for w in words)
    return list(dict.fromkeys(w for w in stems if len(w) > 2 and w not in STOP_WORDS))
