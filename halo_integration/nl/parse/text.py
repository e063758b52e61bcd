"""Text preparation for the rule parser: normalisation, quoted text and keyword typos.

Everything here is pure and deterministic. The parser never works on the raw text: it works on
a `Prepared` text in which
- smart quotes, dashes, non-breaking spaces and runs of whitespace are normalised,
- every quoted passage is replaced by a placeholder token ``«n»`` so that words inside a quoted
  note or summary can never be mistaken for commands or field names (the original wording is
  restored when a slot value is taken),
- common misspellings of the parser's own keywords are corrected (never names: a capitalised word
  in the middle of a sentence, an acronym or anything with digits is left alone).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .desk_refs import canonical_ticket_refs

PLACEHOLDER_RE = re.compile(r"«(\d+)»")


def words(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated string (keeps long lists readable)."""
    return frozenset(text.split())


# Typographic characters people paste from mail and chat clients. Dashes become a spaced hyphen,
# the one separator the rest of the parser knows.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2039": "'",
        "\u203a": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": " - ",
        "\u2014": " - ",
        "\u2015": " - ",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u200b": "",
    }
)

# A quoted passage: double quotes anywhere; single quotes only when they open at a word start
# and close at a word end, so apostrophes ("what's", "users' laptops") are not quotes.
_QUOTE_RE = re.compile(r"\"([^\"]+)\"|(?<![\w'])'(?=\S)(.+?)(?<=\S)'(?!\w)")

# Keywords whose misspellings are corrected. Kept small on purpose: every word here is one the
# parser's patterns rely on, and a larger list would start "correcting" ordinary words.
KEYWORDS = words("""
    ticket tickets status priority resolve close closed please note notes customer customers
    client clients assign assigned reassign contract contracts agent agents technician
    technicians team teams update create raise submit report reports search hidden private
    internal visible incident incidents request requests problem appointment appointments
    invoice invoices article articles knowledge asset assets site sites user users urgent
    critical renewal active open list show working broken escalate comment organisation
    organization company companies summary resolved unresolved outstanding thanks reopen
    contact contacts location locations device devices engineer engineers queue queues
    agreement agreements outcome outcomes priorities statuses type types details description
    comments account accounts people employee employees knowledge article solved everything
    """)

# Short forms and frequent misspellings that edit distance cannot safely catch.
ALIASES = {
    "pls": "please",
    "plz": "please",
    "pleae": "please",
    "tkt": "ticket",
    "tkts": "tickets",
    "tckts": "tickets",
    "tix": "tickets",
    "tckt": "ticket",
    # ("req 3005" is a ticket number already, see canonical_ticket_refs)
    "req": "request",
    "reqs": "requests",
    "thx": "thanks",
    "tks": "thanks",
    "ty": "thanks",
    "u": "you",
    "ur": "your",
    "abt": "about",
    "cust": "customer",
    "costumer": "customer",
    "costumers": "customers",
    "prio": "priority",
    "pri": "priority",
    "w/": "with",
    "wats": "what's",
    "hows": "how's",
    "wat": "what",
    "wot": "what",
    "whts": "what's",
    "wht": "what",
    "teh": "the",
    "hwo": "how",
    "r": "are",
    "hte": "the",
    "yuo": "you",
    "plase": "please",
    "pleas": "please",
    "pleaes": "please",
    "thnx": "thanks",
    "thanx": "thanks",
    "tnx": "thanks",
    "cld": "could",
    "shd": "should",
    "msg": "message",
    "everyones": "everyone's",
    "hapening": "happening",
    "happenning": "happening",
    "happning": "happening",
    "whos": "who's",
    "w": "with",
    "everybodys": "everybody's",
    "appt": "appointment",
    "appts": "appointments",
    "wk": "week",
    "wks": "weeks",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "2day": "today",
    "b4": "before",
    "gimme": "give me",
    "gonna": "going to",
    "wanna": "want to",
    "dunno": "don't know",
    "ppl": "people",
    "pw": "password",
    "pwd": "password",
    "passwd": "password",
    "acc": "account",
    "acct": "account",
    "rn": "right now",
    "atm": "at the moment",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "wrk": "work",
    "wrking": "working",
    # an apostrophe left out on a phone ("everything ive logged")
    "ive": "i've",
}

# Real words that sit close to a keyword and must not be "corrected".
_PROTECTED = words("""
    stats suite statue clone chance charge praise tissue mixed steam ticked tickle notice closer
    closet agenda sites noted votes those these lose clients users cause pause reset rest
    assert customs custom opens crate shown chose close closes posts poste interval intervals
    terms states nodes sizes suites sides contrast thinks resort assess wording ticker typos
    tapes spite repost cloned solve solves solver detail thank prioritise prioritize
    """)

# Inflections of a keyword are words, not typos ("opened" must stay "opened").
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ee", "ly", "r")

_WORD_RE = re.compile(r"(?<![\w@./'-])([A-Za-z]+)(?![\w@/'-]|\.\w)")


@dataclass(frozen=True)
class Prepared:
    """Normalised text with quoted passages swapped for ``«n»`` placeholders."""

    text: str
    quotes: tuple[str, ...]
    corrected: tuple[tuple[str, str], ...]  # (typed, corrected) pairs, for confidence

    def restore(self, value: str) -> str:
        """Put the quoted passages back into a piece of the prepared text."""
        return PLACEHOLDER_RE.sub(lambda m: self.quotes[int(m.group(1))], value)


# Markup pasted from a mail or web page is text, not structure: a script or style element is
# dropped with its content (it is code, never what the person asks), any other tag is removed
# and its text kept ("<b>printer</b> jams" -> "printer jams").
_CODE_ELEMENT_RE = re.compile(
    r"<\s*(script|style)\b[^>]*>.*?(?:<\s*/\s*\1\s*>|$)", re.IGNORECASE | re.DOTALL
)
_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)


def strip_markup(text: str) -> str:
    """The text of a request with HTML elements removed (see _CODE_ELEMENT_RE)."""
    if "<" not in text:
        return text
    return _TAG_RE.sub(" ", _CODE_ELEMENT_RE.sub(" ", text))


def has_content(text: str) -> bool:
    """True when the text says something: a letter or digit, or a symbol such as an emoji
    ("👍" is an answer, not an empty note)."""
    return any(ch.isalnum() or unicodedata.category(ch).startswith("S") for ch in text)


def normalise(raw: str) -> str:
    """Unicode-normalise, drop markup, map typographic punctuation and collapse whitespace."""
    text = strip_markup(unicodedata.normalize("NFKC", raw or "")).translate(_CHAR_MAP)
    text = re.sub(r"\s*\|\s*", ", ", text)  # "New incident | customer X | priority High"
    text = re.sub(r"\s*-{2,}\s*", " - ", text)
    text = re.sub(r"\s+-\s+", " - ", text)
    return re.sub(r"\s+", " ", text).strip()


# The verbs that say someone passed a message on ("Globex writes: ...", "Wayne Foundation
# reported: ..."): the one list the rules that read such messages start from
RELAYING_VERBS = r"(?:writes|wrote|says|said|e-?mailed|reports|reported)"
# "Globex Cypress Creek writes: '...'", "Liam asked me to pass this on: "...": what follows is
# the message passed on, not a title or a field's value
_RELAYED_BEFORE_RE = re.compile(
    rf"\b(?:{RELAYING_VERBS}|texted|messaged|asks|asked|"
    r"(?:pass|passed|passing)\s+(?:this|it)\s+on|forwarded)\s*:\s*$",
    re.IGNORECASE,
)
# A pasted e-mail reply: "On Tue, IT Service Desk wrote:" and the quoted lines under it are
# what was said before; the reply is the rest
_REPLY_HISTORY_RE = re.compile(
    r"^[ \t]*>?[ \t]*on\s+[^\n]{1,80}?\bwrote\s*:[ \t]*(?:\n[ \t]*>[^\n]*)*", re.I | re.M
)
# ... while quoted lines with no such header are the message passed on ("From Samir on 3160:
# > audio still drops ..."): the text, without its quote marks
_QUOTE_MARK_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


# "Re: 3089 Finance SharePoint" over the reply: the ticket it is about heads the reply
_SUBJECT_RE = re.compile(r"^\W*re\s*:\s*((?:ticket\s*)?#?\s*\d{3,})\b[^\n]*\n(?=\s*\S)", re.I)


def _paragraphs_ended(text: str) -> str:
    """A paragraph, or a quoted block, ends a sentence even when no full stop was typed."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        after = lines[i + 1]
        quoted_block_ends = line.lstrip().startswith(">") and not after.lstrip().startswith(">")
        if (not after.strip() or quoted_block_ends) and re.search(r"[\w)\]\"']\s*$", line):
            lines[i] = line.rstrip() + "."
    return "\n".join(lines)


def _unquote_mail(raw: str) -> str:
    """A pasted e-mail as one message: the earlier mail it replies to left out, the lines it
    quotes as text, its paragraphs as sentences, its subject's ticket as the heading."""
    text = _REPLY_HISTORY_RE.sub("", raw.replace("\r\n", "\n"))
    text = _QUOTE_MARK_RE.sub("", _paragraphs_ended(text))
    subject = _SUBJECT_RE.match(text)
    if subject:  # (the reply's greeting is after the subject: "Hi, ...")
        text = f"Re: {subject.group(1)}: {strip_courtesies(normalise(text[subject.end() :]))}"
    return text


def extract_quotes(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace each quoted passage by ``«n»``; return the new text and the passages in order."""
    quotes: list[str] = []

    def _swap(match: re.Match[str]) -> str:
        content = (match.group(1) or match.group(2) or "").strip()
        if not content:
            return match.group(0)
        if _RELAYED_BEFORE_RE.search(text, 0, match.start()) and len(content.split()) >= 4:
            return content  # "Globex writes: 'the Wi-Fi is down ...'": the message, as text
        quotes.append(content)
        return f"«{len(quotes) - 1}»"

    return _QUOTE_RE.sub(_swap, text), tuple(quotes)


def _is_inflection(word: str) -> bool:
    return any(
        word.startswith(key) and word[len(key) :] in _SUFFIXES
        for key in KEYWORDS
        if len(word) > len(key)
    )


def _within_one_edit(word: str, key: str) -> bool:
    """True when `word` is `key` with one letter added, dropped, changed, or two neighbouring
    letters swapped (Damerau-Levenshtein distance 1)."""
    if word == key or abs(len(word) - len(key)) > 1:
        return False
    if len(word) == len(key):
        diff = [i for i, (a, b) in enumerate(zip(word, key, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == key[diff[1]]
            and word[diff[1]] == key[diff[0]]
        )
    short, long_ = sorted((word, key), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def within_one_edit(word: str, other: str) -> bool:
    """Public name for the one-edit test (used to match typed hints against ticket words)."""
    return _within_one_edit(word, other)


def correct_word(word: str) -> str | None:
    """The keyword a misspelt word stands for, or None when it should be left as typed.

    Only one edit away, same first letter, and at least five letters (four-letter words only
    by a swap: "opne"): looser matching turns real words into keywords ("items" -> "teams").
    """
    low = word.lower()
    if low in ALIASES:
        return ALIASES[low]
    if low in KEYWORDS or low in _PROTECTED or len(low) < 4 or _is_inflection(low):
        return None
    candidates = [
        key
        for key in KEYWORDS
        if key[0] == low[0]
        and _within_one_edit(low, key)
        and (len(low) >= 5 or sorted(key) == sorted(low))
    ]
    return min(candidates, key=lambda key: (_edit_rank(low, key), key)) if candidates else None


def _edit_rank(word: str, key: str) -> int:
    """Prefer the likelier typo when two keywords are one edit away ("contrcts")."""
    if len(word) == len(key):
        return 0 if sorted(word) == sorted(key) else 2  # swapped letters, then a wrong one
    return 1 if len(word) < len(key) else 3  # a letter missing, then one too many


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;-\"'»"


def fix_typos(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Correct misspelt keywords; names (capitalised mid-sentence, acronyms) are left alone."""
    fixes: list[tuple[str, str]] = []

    def _fix(match: re.Match[str]) -> str:
        word = match.group(1)
        if word.isupper() and len(word) > 1:
            return word
        if word[0].isupper() and not _starts_sentence(text, match.start()):
            return word
        fixed = correct_word(word)
        if fixed is None:
            return word
        fixes.append((word, fixed))
        return fixed.capitalize() if word[0].isupper() else fixed

    return _WORD_RE.sub(_fix, text), tuple(fixes)


# Courtesies around a request: a salutation ("Hi team,", "Dear IT,", "Good morning!"), small
# talk after it ("hope you're well.", "sorry to bother you again but") and a sign-off after the
# last sentence ("Thanks, Emma", "Kind regards, Tom", ". cheers"). They say nothing about what is
# asked, and left in place they hide the command or become the ticket's summary.
_SALUTATION = (
    r"(?:hi|hello|hey|hiya|heya|hallo|helo|hii+|yo|greetings(?:\s+of\s+the\s+day)?|dear|"
    r"respected|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|"
    # a greeting in the writer's own language: "Hola!", "Bonjour,", "Dzień dobry."
    r"hola|buen[oa]s\s+(?:d[ií]as|tardes)|bonjour|salut|ciao|buongiorno|ol[aá]|bom\s+dia|"
    r"guten\s+(?:morgen|tag)|servus|moin|dzie[nń]\s+dobry|cze[sś][cć]|namaste|namaskar|"
    r"merhaba|salam|hej|hoi)"
    r"(?:\s+(?:there|team|all|everyone|everybody|guys|folks|(?-i:IT)|support|helpdesk|help\s+desk|"
    r"service\s+desk|sir|madam|ma'?am|colleagues|again|(?-i:[A-Z][a-z]+))){0,2}"
)
_SMALL_TALK = (
    # "sorry for disturb", "excuse my English": an apology for the disturbance or the
    # language, before the request (ahead of a bare "sorry", which would leave "for disturb")
    r"(?:sorry|apologies)\s+for\s+(?:the\s+)?(?:disturb(?:ing|ance)?|bother(?:ing)?|trouble|"
    r"inconvenience)(?:\s+(?:you|u))?(?=\s*[.!,:;-])|"
    r"(?:please\s+)?(?:excuse|sorry\s+for|pardon)\s+my\s+(?:(?:bad|poor|broken)\s+)?(?:english|"
    r"grammar|writing|spelling)(?=\s*[.!,:;-])|"
    r"(?:i\s+)?hope\s+(?:you(?:'re|\s+are)|all\s+is|everything\s+is|this\s+finds\s+you)"
    r"[^.!?,]{0,30}|"
    # "I hope you had a nice weekend.", "hope all's well", "I hope this makes sense",
    # "hoping you can help", "I was wondering if you could help": said before a long story
    r"(?:i\s+)?hope\s+(?:you\s+had|you'?ve\s+had|all'?s\s+well|this\s+makes\s+sense)"
    r"[^.!?,]{0,30}(?=\s*[.!])|(?:i'?m\s+|i\s+am\s+)?hoping\s+(?:you|someone|somebody)\s+"
    r"(?:can|could)\s+help(?:\s+me)?(?=\s*[.!])|i\s+was\s+wondering\s+(?:if|whether)\s+"
    r"(?:you|someone|somebody)\s+(?:can|could)\s+help(?:\s+me)?(?=\s*[.!])|"
    # "some background:", "a bit of background first:": the story follows
    r"(?:(?:a\s+(?:bit|little)\s+of|some|quick)\s+)?background(?:\s+first)?(?=\s*:)|"
    r"sorry\s+to\s+(?:bother|trouble|disturb)\s+(?:you|u)(?:\s+again)?"
    r"(?:\s+but)?|quick\s+(?:one|question)(?:\s*\([^)]{0,40}\))?|how\s+are\s+(?:you|u)(?:\s+doing)?|"
    r"(?:it'?s\s+)?me\s+again|sorry(?!\s+(?:in\s+advance\s+)?if\b|\s+to\s+(?:be|bug|pester|ask|chase)\b)(?:\s+again)?|apologies(?!\s+(?:in\s+advance\s+)?if\b)|have\s+a\s+(?:nice|good|great)\s+day|"
    r"(?:just\s+)?a\s+(?:quick\s+)?heads[\s-]up(?:\s+that)?|"
    # "I hope this is the right place", "first time using this", "im new here", "sorry if this
    # is obvious, but": the writer excusing or introducing themselves, before the request
    r"(?:i\s+)?hope\s+(?:this\s+is|i'?m\s+in|i\s+am\s+in)\s+the\s+right\s+(?:place|way|channel|spot)|"
    r"(?:not\s+sure\s+(?:if|whether)\s+)?this\s+is\s+the\s+right\s+(?:place|way|channel|spot)"
    r"(?:(?=\s*[.!?,])|\s*,?\s*but\b)|"
    r"(?:it'?s\s+)?(?:my\s+)?first\s+time\s+(?:using|here|on|doing|asking|trying)\b[^.!?,]{0,20}?"
    # ("First time using this box so bear with me.")
    r"(?:\s+(?:so\s+)?(?:please\s+)?bear\s+with\s+me)?(?=\s*[.!?,]|\s*$)|"
    r"(?:so\s+|please\s+)?bear\s+with\s+me(?=\s*[.!?,])|"
    r"(?:i'?m|i\s+am|im)\s+(?:quite\s+|very\s+|still\s+|pretty\s+)?new\s+(?:here|to\s+(?:this|the\s+\w+))|"
    r"(?:sorry|apologies)(?:\s+in\s+advance)?\s+if\s+[^.!?,:;]{3,50}?(?=\s*[.!?,:;]|\s+-\s|\s+but\b)(?:\s*,?\s*but)?|"
    r"(?:not\s+sure\s+(?:if|whether)\s+)?(?:i'?m|i\s+am)\s+asking\s+in\s+the\s+(?:right|wrong)\s+"
    r"(?:place|channel)(?:\s*,?\s*but)?|"
    # "Bit of a weird one.", "Odd one for you:", "Just started.", "Long story short,"
    r"(?:(?:a\s+)?bit\s+of\s+an?\s+|an?\s+)?(?:weird|odd|strange|tricky|random|silly|funny)\s+one"
    r"(?:\s+(?:for\s+you|here|today))?(?=\s*[.!:,])|"
    r"(?:i\s+|i'?ve\s+|i\s+have\s+)?just\s+(?:started|joined)(?:\s+(?:here|this\s+week|today))?(?=\s*[.!,])|"
    r"long\s+story\s+short|"
    # "um ...", "erm, ...", "so yeah ...": a sound said while dictating, before the request
    r"(?:u+m+|u+h+m*|e+r+m+|e+r+|h+m+)(?=[\s,.!])|(?:so\s+yeah|yeah\s+so)(?=[\s,.!])|"
    # "so basically", "so what ...": a dictated request's filler before what is asked
    r"(?:so\s+basically|basically|so(?=\s+(?:what|whats|what's|how|hows|how's|where|who|when|"
    r"is|are|can|could|has|have|did|does|do|any|the|my|our)\b))(?=\s)"
    # ("so basically what happens is ..." goes on to tell the problem)
    r"(?!\s+what\s+(?:happens|happened)\s+(?:is|was)\b)|"
    # "Ugh.", "Argh,", "Oh dear.": a sound of frustration before the problem
    r"(?:ugh+|argh+|sigh|meh|oof|grr+|ffs|oh\s+(?:dear|no|man|boy))(?=\s*[.!,])|"
    # "Not sure who to ask.", "don't know where else to go with this"
    r"(?:i'?m\s+)?(?:not\s+sure|(?:i\s+)?(?:don'?t|do\s+not)\s+know)\s+(?:who|where)\s+(?:else\s+)?"
    r"(?:to|i\s+should)\s+(?:ask|go|turn|send\s+this|put\s+this|post\s+this|raise\s+this)"
    r"(?:\s+(?:with\s+this|about\s+this|this))?(?=\s*[.!,:;])|"
    r"sorry\s+to\s+(?:be\s+a\s+(?:pain|nuisance)|be\s+annoying|bug\s+you|pester\s+you|ask\s+again|"
    r"chase(?:\s+again)?)(?:\s+again)?(?:\s*,?\s*but)?|"
    r"(?:this\s+)?(?:might|may|must)\s+be\s+a\s+(?:silly|stupid|dumb|daft|basic)\s+question(?:\s*,?\s*but)?|"
    # "Not again.", "Here we go again.": exasperation said on its own, before the problem
    r"(?:oh\s+)?(?:not|here\s+we\s+go)\s+again(?=\s*[.!])|"
    # "FYI the kitchen TV ...": a remark for a ticket only when one is named (see the note cues)
    r"(?:fyi|btw|by\s+the\s+way)(?!.*?(?:\btickets?\b|#\s*\d|\b\d{3,}\b))|"
    # "Triage: 3140 to High", "Next one. 3099 ...": the admin going through the queue
    r"(?:triage|next(?:\s+one)?|(?:and\s+)?another\s+one|moving\s+on|right|ok(?:ay)?\s+next)"
    r"(?=\s*[.!:,;-])|"
    # "Liam here.", "it's Emma from Finance": who is writing, not what they need
    # ("I am Emma from the finance.", "my name is Liam, from Sales,": the same, in full)
    r"(?-i:[A-Z][a-z]+)\s+here(?=\s*[.!,:;-])|(?:this\s+is|it'?s|i\s+am|i'm|my\s+name\s+is)\s+"
    r"(?-i:[A-Z][a-z]+)"
    r"(?:\s+(?-i:[A-Z][a-z]+))?(?:,?\s+from\s+(?:(?:the\s+)?(?-i:[a-z]+)(?:\s+(?:team|department|dept))?|"
    r"(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*))?))?(?=\s*[.!,:;-])"
)
_COURTESY_HEAD_RE = re.compile(
    rf"^\W*(?:(?:{_SALUTATION}|{_SMALL_TALK})(?:[\s,!.:;-]+|$))+",
    re.IGNORECASE,
)
_SIGN_OFF = (
    r"(?:(?:many|big|thanks|thank\s+you)\s+)?(?:thanks|thank\s+you|thx|ty|cheers|ta)"
    r"(?:\s+(?:a\s+lot|so\s+much|very\s+much|in\s+advance|again|for\s+your\s+help))?"
    r"(?:\s*(?:&|and)\s*(?:(?:kind|best|warm)\s+)?regards)?|"
    # thanks in the writer's own language: "Gracias, Emma", "Danke!"
    r"gracias|merci(?:\s+beaucoup)?|danke(?:\s+sch[oö]n)?|grazie|obrigad[oa]|dzi[eę]kuj[eę]|"
    r"(?:(?:kind|best|warm|many|with)\s+)?regards|best(?:\s+wishes)?|br|brgds|rgds|"
    # "Yours sincerely,", "Yours faithfully": a letter's close
    r"(?:yours\s+)?sincerely|yours\s+(?:faithfully|truly)|"
    r"have\s+a\s+(?:nice|good|great)\s+(?:day|weekend|evening)"
)
# After a sentence end any sign-off goes; after a comma only one that is plainly a sign-off
# (a name after it, or "regards"): "it works now, thanks" in a note is part of the note.
_COURTESY_TAIL_RE = re.compile(
    rf"(?:(?<=[.!?])\s*(?:{_SIGN_OFF})(?:[\s,]+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    rf"|[\s,]+(?:(?:{_SIGN_OFF})[\s,]+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|"
    rf"(?:(?:kind|best|warm|many)\s+)?regards(?:[\s,]+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?))"
    r"[\s.!]*$",
    re.IGNORECASE,
)


def strip_courtesies(text: str) -> str:
    """The request without a leading salutation and small talk or a trailing sign-off. Text
    that is nothing but courtesy is returned as it is (it is small talk, not an empty request)."""
    body = _COURTESY_HEAD_RE.sub("", text, count=1)
    body = _COURTESY_TAIL_RE.sub("", body, count=1).strip()
    return body if re.search(r"[A-Za-z0-9]{2}", body) else text


# "ad note 3018 ...", "ad a comment": "ad" is "add" only before a note; elsewhere it is a word
# ("the ad blocker").
_ADD_TYPO_RE = re.compile(
    r"\b(?:ad|addd|aad)(?=\s+(?:(?:a|an|the|one|my|this)\s+)?(?:note|comment)s?\b)", re.IGNORECASE
)


def unshout(text: str) -> str:
    """A request typed all in capitals, in lower case: there no word is a name or an acronym
    by its case ("WHAT HAVE I GOT OPEN" names no customer "I GOT"), so it is read like one
    typed all in lower case, keyword typos included ("PLS CLOSE TIKCET 3131")."""
    if re.search(r"[a-z]", text) or len(re.findall(r"[A-Z]{2,}", text)) < 2:
        return text
    return text.lower()


# "FW from Liam Patel: new starter ...", "From Noah's manager: 3101 is stopping the
# warehouse, set it to critical": who passed the request on comes first; the request is what
# follows it ("Fwd:", "Forwarded from the Globex office:")
_FORWARDED_RE = re.compile(
    r"^\W*(?:(?:fw|fwd|forwarded)\b\s*:?\s*(?:from\s+(?P<fw>[^:?!]{1,60}?)\s*)?:|"
    r"from\s+(?P<from>(?:(?-i:[A-Z])[\w'-]*|the|a|an|my|our)\b[^:?!.]{0,50}?):|"
    # "Liam asked me to pass this on:"
    r"[^:?!.]{0,40}?\b(?:asked\s+me\s+to\s+)?pass(?:ed|ing)?\s+(?:this|it)\s+on\s*:)\s*(?=\S)",
    re.IGNORECASE,
)
# "From Hank Scorpio: ... Log a ticket for him": the one it came from is the one it is for
_FOR_THEM_RE = re.compile(r"\bfor\s+(?:him|her|them)\b", re.IGNORECASE)
_ONE_PERSON_RE = re.compile(r"(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+)){1,2}")


# "Globex Cypress Creek writes: ...": who sent the message heads it, like "Globex Cypress Creek:"
_WRITES_RE = re.compile(
    rf"^(\W*(?-i:[A-Z])[\w&.' -]{{1,60}}?)\s+(?:{RELAYING_VERBS}|e-?mails)\s*:",
    re.IGNORECASE,
)


def _passed_on(text: str) -> str:
    forwarded = _FORWARDED_RE.match(text)
    if not forwarded:
        return _WRITES_RE.sub(r"\1:", text, count=1)
    rest = text[forwarded.end() :]
    sender = (forwarded.group("fw") or forwarded.group("from") or "").strip()
    ticket = re.search(r"\s+(?:on|about|re|for)\s+((?:ticket\s*)?#?\s*\d{3,})$", sender)
    if ticket:  # "From Samir on 3160: ...": what he said is about that ticket
        rest = f"{ticket.group(1)}: {rest}"
        sender = sender[: ticket.start()]
    if _ONE_PERSON_RE.fullmatch(sender):
        rest = _FOR_THEM_RE.sub(f"for {sender}", rest, count=1)
    return rest


# "assign 3131 -> Hannah": an arrow after a hand-over says "to"
_HAND_OVER_ARROW_RE = re.compile(
    r"\b((?:re-?)?assign|give|hand|move|send|pass|transfer|route|escalate)\b([^>→]{0,30}?)\s*(?:->|=>|→)\s*",
    re.IGNORECASE,
)


# "is there a way to view ticket 3120 in this box?", "where can I see the tickets I've logged?",
# "can this thing list what I've reported?": asking whether the box can do what it does, of
# the person's tickets, asks for it to be done
_CAN_THE_BOX_RE = re.compile(
    r"^\W*(?:is\s+there\s+(?:a|any)\s+way\s+(?:to|(?:that\s+)?i\s+can)|where\s+(?:can|do)\s+i|"
    r"(?:can|could|will|does)\s+(?:this|it|you)(?:\s+(?:thing|box|bot|tool|portal|app|assistant))?|"
    r"are\s+you\s+able\s+to)\s+"
    r"(?=(?:view|see|show(?:\s+me)?|list|check|read|pull\s+up|look\s+at)\s+[^.?!]*?"
    r"(?:\btickets?\b|\brequests?\b|\bcases?\b|#?\b\d{3,}\b|\bwhat\s+i(?:'ve|\s+have)?\s+"
    r"(?:reported|raised|logged|opened)))",
    re.IGNORECASE,
)
# "Globex contracts, show me": the command typed after what it is for
_SHOW_ME_LAST_RE = re.compile(
    r"^(?!\W*(?:show|list|find|get)\b)([^,.?!]{3,60}?)\s*[,-]\s*(show|list|find|get)\s+me"
    r"(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# "a how to for ...", "any how to guides": the noun, not the start of a question
_HOW_TO_NOUN_RE = re.compile(
    r"(?:(?<=\ba\s)|(?<=\bany\s)|(?<=\bthe\s)|(?<=\bsome\s))how\s+to"
    r"(?=\s+(?:guides?|for|on|about|articles?|docs?)\b|\W*$)",
    re.IGNORECASE,
)


def prepare(raw: str) -> Prepared:
    """Normalise, lift out quoted passages, then fix keyword typos outside them."""
    text, quotes = extract_quotes(normalise(_unquote_mail(raw or "")))
    text = unshout(text)  # (a quoted passage keeps its capitals: "ERROR 0X80" is what it says)
    text = strip_courtesies(text)
    text = _passed_on(text)
    text = _HAND_OVER_ARROW_RE.sub(r"\1\2 to ", text)
    text = re.sub(r"(?<=\s)@(?=\s)", "at", text)  # "sites @ Globex?" (an e-mail has no spaces)
    text = _HOW_TO_NOUN_RE.sub("how-to", text)  # "is there a how to for mapping drives"
    text = _SHOW_ME_LAST_RE.sub(r"\2 me \1", text)  # "Globex contracts, show me"
    text = _CAN_THE_BOX_RE.sub("", text, count=1)  # "is there a way to view ticket 3120 here?"
    text = canonical_ticket_refs(text)  # "INC-3089", "ref 3005": the one way rules read them
    text = _ADD_TYPO_RE.sub("add", text)
    text, fixes = fix_typos(text)
    return Prepared(text=text, quotes=quotes, corrected=fixes)


def clean_fragment(value: str, *, keep_end: bool = False) -> str:
    """Trim whitespace, separators and trailing punctuation from a piece of free text.

    With `keep_end` a final "?", "!" or "." stays: in a note or a reason it is part of what the
    person wrote ("any news on delivery?" asks; "any news on delivery" does not).
    """
    value = value.strip()
    value = re.sub(r"^(?:[-:,;.]\s*)+", "", value)
    value = re.sub(r"(?:\s*[-:,;]|\s+-)+$", "", value)
    value = value.rstrip(" ,;") if keep_end else value.rstrip(" .!?,;")
    return value.strip()


def strip_wrapping_quotes(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


# Where one sentence ends and the next starts: the one pattern every rule splits text with
# ("our new joiner Mr. Rahul Verma", "ticket no. 3042", "Acme Inc. called": a title's, a
# number's or a company's full stop ends no sentence)
SENTENCE_END_RE = re.compile(
    r"(?<!\bno\.)(?<!\bnr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bProf\.)"
    r"(?<!\bInc\.)(?<!\bLtd\.)(?<=[.!?])\s+(?=\S)"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, split where SENTENCE_END_RE says."""
    breaks = list(SENTENCE_END_RE.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    return list(zip(starts, [*(m.start() for m in breaks), len(text)], strict=True))


# A sentence that carries on the one before it (it starts in lower case, as a run-on) or asks
# for what is needed ("Would it be possible to ...", "I just need ...")
_SAYS_MORE_RE = re.compile(
    r"(?-i:[a-z])|\W*(?:would\s+it\s+be\s+possible|is\s+it\s+possible|(?:could|can|would)\s+"
    r"(?:you|someone|somebody|anyone|i|we)\b|(?:i|we)\s+(?:just\s+|really\s+|only\s+)?"
    r"(?:need|want|would\s+like|'d\s+like)\b|please\s+(?:can|could)\b)",
    re.IGNORECASE,
)


# "Can you look at it?", "please help me asap": a plea that names nothing new
_PLEA_RE = re.compile(
    r"^\W*(?:(?:would|is)\s+it\s+be\s+possible\s+(?:for\s+\w+\s+)?to\s+|(?:could|can|would)\s+"
    r"(?:you|someone|somebody|anyone|i|we)\s+(?:please\s+)?)?(?:[\w']+\s+){0,4}?(?:it|this|that|them|me|us|asap|please|pls|urgently|soon|today|"
    r"quickly|for\s+me|(?:a\s+)?look|help|check|sort(?:ed)?|fix(?:ed)?)\W*$",
    re.IGNORECASE,
)


# "Spotify?? no, kidding. Real one: ...": a joke taken back; what follows it is the request
_RETRACTION_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?:no|nah|nope|ok|okay|ha+|(?:ha)+|lol)\W+)*(?:just\s+)?(?:kidding|joking|jk|j/k)\b"
    r"[^.!?]{0,12}[.!?]+\s+",
    re.IGNORECASE,
)
_REAL_ONE_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|but|seriously)\W+)?(?:the\s+)?(?:real|actual|serious)\s+(?:one|issue|"
    r"problem|question|thing|request)(?:\s+is)?\s*[:,-]\s*|^\W*seriously(?:\s+though)?\s*[:,]\s*",
    re.IGNORECASE,
)


# "Brilliant. The VPN logs me out ...": a word of sarcasm said on its own titles nothing (it
# stays in the text: before "close 3115" it is sincere, and part of the reason)
_SARCASM_RE = re.compile(
    r"^\W*(?:(?:oh|just|well|yeah)\W+)?(?:great|brilliant|fantastic|lovely|wonderful|perfect|"
    r"marvellous|super|awesome|amazing|terrific|excellent)\s*[.!]+\s+(?=\S)",
    re.IGNORECASE,
)


def _after_retraction(description: str) -> str:
    # the last one near the start
    found = next(reversed(list(_RETRACTION_RE.finditer(description, 0, 80))), None)
    if found is None or found.end() >= len(description):
        return description
    return _REAL_ONE_RE.sub("", description[found.end() :], count=1)


def _opening(description: str) -> str:
    """The description from where it starts to say something: after a joke taken back or a
    word of sarcasm."""
    opening = _SARCASM_RE.sub("", _after_retraction(description), count=1)
    return _INTERJECTION_RE.sub("", opening, count=1) or opening


# "Right. Third time this week my files ...", "Honestly. ...": a word said before the story
_INTERJECTION_RE = re.compile(
    r"^\W*(?:right|ok|okay|so|well|honestly|look|listen|ugh|argh|again|seriously|sigh|"
    r"morning|afternoon|evening|hi|hello|hey)\s*[.!]+\s+(?=\S)",
    re.IGNORECASE,
)


# The ask that closes a story told first: "Could someone unlock my Concur account please?",
# "Would someone be able to look at Sage printing for me?", "Could I please request an Acrobat
# licence?", "I'd be grateful if IT could set up the forwarding for me."
_CLOSING_ASK_RE = re.compile(
    r"^\W*(?:(?:could|can|would|will)\s+(?:you|someone|somebody|anyone|(?-i:IT)|i|we)"
    r"(?:\s+please)?(?:\s+be\s+able\s+to|\s+mind)?|(?:i'?d|i\s+would)\s+be\s+(?:grateful|glad)\s+if\s+"
    r"(?:you|someone|somebody|(?-i:IT))\s+could)\s+(?:please\s+)?(?P<ask>.+?)"
    r"(?:[\s,]+(?:please|for\s+(?:me|us)|thanks|thank\s+you))*[\s?.!]*$",
    re.IGNORECASE,
)
# A story: its first sentence runs past a summary's length, or several sentences tell it and
# the first is longer than a title ("My monitor flickers." titles what follows it)
_STORY_SENTENCES = 4
# "Could someone come and have a look at it?", "Could I get it repaired?": an ask whose thing
# is a word standing for the story names nothing the story did not
_ASK_NAMES_NOTHING_RE = re.compile(
    r"\b(?:it|them)\b|\b(?:(?:this|that|these|those)(?:\s+(?:out|up|again))?|me|us|look|help|"
    r"asap|urgently|soon|today|quickly)$",
    re.IGNORECASE,
)
# "I've been locked out of my laptop this morning - I'm writing from ...": a long first
# sentence whose first clause titles the problem keeps it
_TITLE_CLAUSE_RE = re.compile(r"\s[-\u2013\u2014]\s")


def _closing_ask(sentences: list[str], limit: int) -> str:
    """What a long story asks for in its last sentence, as a summary ("Sort out my badge
    access"); "" when the text is no story, or its last sentence asks for nothing it names
    ("Could someone have a look at it?")."""
    first = len(sentences[0])
    long_story = len(sentences) >= _STORY_SENTENCES and first > limit // 2
    if len(sentences) < 2 or (first <= limit and not long_story):
        return ""
    titled = _TITLE_CLAUSE_RE.search(sentences[0], 0, limit)
    found = _CLOSING_ASK_RE.match(sentences[-1])
    if found is None or titled:
        return ""
    ask = found["ask"]
    if len(ask.split()) < 2 or _ASK_NAMES_NOTHING_RE.search(ask):
        return ""
    return ask[0].upper() + ask[1:] if len(ask) <= limit else ""


def summarise(description: str, limit: int = 120) -> tuple[str, str]:
    """Split a description into (summary, details).

    The summary is the first sentence (or, for a long story, what its closing sentence asks
    for), cut at a word boundary to at most `limit` characters; details carry the full description only when it says more than the summary.
    """
    description = description.strip()
    opening = _opening(description)
    first, *rest = SENTENCE_END_RE.split(opening, maxsplit=1)
    ask = _closing_ask(SENTENCE_END_RE.split(opening), limit)
    if ask:
        # "I've been off on leave for three weeks and came back to find ... Could you sort out
        # my badge access?": the background says why; the closing ask says what is needed
        first = ask
    elif first.endswith("?") and len(first.split()) <= 5 and rest:
        # "Where my files gone? The Projects folder is empty": a short question says little;
        # the sentence after it is the problem.
        first = first + " " + SENTENCE_END_RE.split(rest[0], maxsplit=1)[0]
    elif rest and _SAYS_MORE_RE.match(rest[0]):
        # "Outlook won't open. just sits on 'loading profile'", "I work from the Warehouse now.
        # Would it be possible to have a desk phone there?": the sentence after the first one
        # carries on the same thought or asks for what is needed, so the summary keeps it
        following = SENTENCE_END_RE.split(rest[0], maxsplit=1)[0]
        if len(first) + len(following) < limit * 1.2 and not _PLEA_RE.match(following):
            first = first.rstrip(" ") + (" " if first[-1:] in ".?!" else ". ") + following
    first = first.rstrip(" .!")
    if len(first) > limit:
        cut = first[:limit].rsplit(" ", 1)[0]
        first = (cut or first[:limit]).rstrip(" ,;:-")
    details = description if description.rstrip(" .!") != first else ""
    return first, details
