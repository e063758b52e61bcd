"""Taking a name out of text, and guessing what kind of name it is.

Names (customers, sites, teams, agents, statuses ...) are never looked up here: they are taken
structurally, as the run of words after a keyword ("customer X", "site Y", "to Z"), stopping at
punctuation, a separator, a quoted passage or a word that starts the next clause.
"""

from __future__ import annotations

import re

from .text import PLACEHOLDER_RE, words

# A consumed span of text is overwritten with this character; it ends any name.
BLANK = "¦"

# Words that end a name: connectives, pronouns, field keywords and entity nouns.
NAME_STOPS = words("""
    and or but nor with without at for to from in into on of by via under over than that which
    the a an
    who whom whose where when while is are was were be been being isn't aren't wasn't has have
    had do does did it it's its this these those their them they there his her he she we you your our us i
    i'm i'll i've i'd me my mine please pls thanks thank so then also plus as because since
    about regarding re if not no yes saying showing including include whose having what whats
    what's asap urgently immediately now today tomorrow yesterday tonight soon nobody anyone
    anybody someone somebody
    priority status site sites customer customers client clients company companies team teams
    agent agents technician technicians tech engineer user users contact contacts ticket
    tickets type assign assigned reassign reassigned list show open closed resolved note notes
    contract contracts asset assets invoice invoices appointment appointments report reports
    summary details hidden visible private internal public renewal dates date raised logged
    opened created submitted reported updated last week month year done yet fixed sorted finished
    still already
    """)

# Halo's entity nouns are everyday words too ("the Teams camera ticket", "tickets mentioning
# the sales report"): inside a description or a search they are words, not field keywords.
ENTITY_WORDS = words("""
    site sites customer customers client clients team teams agent agents technician technicians
    tech engineer user users contact contacts contract contracts asset assets invoice invoices
    appointment appointments report reports
    """)
SEARCH_STOPS = NAME_STOPS - ENTITY_WORDS

# Statuses often contain small words ("Waiting on Customer", "With User", "On Hold").
STATUS_STOPS = words("""
    and or but please pls thanks priority assign assigned reassign ticket tickets team agent
    so then because since as it that which
    """)

# Abbreviations whose trailing dot does not end a name ("Acme Inc. site HQ").
_ABBREVIATIONS = words("inc ltd co corp llc plc st dr mr mrs ms jr sr bros pty gmbh ag sa bv nv")

_TOKEN_RE = re.compile(r"[ \t]*(«\d+»|[^\s,;:!?()¦\"]+)")

# Words that mark a team or queue rather than a person ("2nd Line Support", "Service Desk").
_TEAM_WORDS = words("""
    line support desk team group queue service services help helpdesk ops operations network
    networks networking infrastructure security admin admins administrators engineering tier
    level l1 l2 l3 l4 it hardware software desktop server servers cloud apps applications
    projects project sales accounts billing finance hr field messaging dev devops database
    escalations escalation onsite remote unit department dept office
    """)

_COMPANY_WORDS = words("""
    inc ltd llc plc corp corporation limited group gmbh co company holdings partners pty ag sa
    bv nv associates industries solutions systems services technologies labs bank university
    school college council trust hospital
    """)

_PERSON_WORD_RE = re.compile(r"[A-Z][a-zA-Z'-]*[a-z]")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def take_name(
    text: str, pos: int, *, stops: frozenset[str] = NAME_STOPS, max_tokens: int = 6
) -> tuple[str, int]:
    """The name that starts at `pos` (placeholders kept) and the index where it ends.

    A leading quoted passage is the whole name. Otherwise words are taken until punctuation,
    a ``-`` separator, a stop word or `max_tokens`.
    """
    tokens: list[str] = []
    end = pos
    while len(tokens) < max_tokens:
        match = _TOKEN_RE.match(text, end)
        if not match:
            break
        word = match.group(1)
        if PLACEHOLDER_RE.fullmatch(word):
            if not tokens:
                tokens.append(word)
                end = match.end()
            break
        bare = word.lower().rstrip(".").strip("'")
        if word == "-" or not bare or (bare in stops and not _is_acronym(word)):
            break
        tokens.append(word)
        end = match.end()
        if word.endswith(".") and bare not in _ABBREVIATIONS:
            break
    # A final dot goes, even after "Inc.": searching "Acme Inc" also finds "Acme Inc.".
    return " ".join(tokens).rstrip(".").strip(), end


def _is_acronym(token: str) -> bool:
    # "IT", "HQ", "US" are names even though "it", "us" are stop words.
    return len(token) > 1 and token.isupper()


def words_ok(words: str, stops: frozenset[str] = NAME_STOPS) -> bool:
    """True when a captured run of words contains no stop word (so it is one name)."""
    parts = words.split()
    return bool(parts) and all(
        re.search(r"\w", p) and (p.lower().strip(".'") not in stops or _is_acronym(p))
        for p in parts
    )


def looks_like_person(name: str) -> bool:
    """Heuristic: an e-mail address, or two or three capitalised words none of which is a
    team-ish word ("line", "support", "desk", "team" ...) and with no digits."""
    if EMAIL_RE.fullmatch(name):
        return True
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    if any(w.lower().strip(".") in _TEAM_WORDS or w.lower() in _COMPANY_WORDS for w in words):
        return False
    return all(_PERSON_WORD_RE.fullmatch(w) for w in words)


def looks_like_company(name: str) -> bool:
    return any(w.lower().strip(".,") in _COMPANY_WORDS for w in name.split())


def looks_like_owner_name(name: str) -> bool:
    """A bare "for X" names an owner only when every word looks like part of a name
    ("Tailspin Toys", "Ben & Jerry's", "Acme Inc"), not "London office printer" nor a bare
    number ("at 10: the printer jammed" is a time)."""
    return not re.fullmatch(r"[\d:.]+", name) and all(
        re.match(r"[A-Z0-9&«]|\S*@", w) or w.lower().strip(".") in _COMPANY_WORDS
        for w in name.split()
    )


def owner_kind(name: str) -> str:
    """Slot for a bare "for X": an e-mail address is a `user`, anything else a `client`.

    Customer and person names cannot be told apart by shape ("Tailspin Toys", "John Smith"),
    and in a PSA "tickets for X" is far more often a customer; the resolver may fall back to a
    user search when no customer matches.
    """
    return "user" if EMAIL_RE.fullmatch(name) else "client"


def assignee_kind(name: str) -> str:
    """Slot for "assign to X" without a team/agent keyword: `agent` for a person, else `team`."""
    return "agent" if looks_like_person(name) else "team"
