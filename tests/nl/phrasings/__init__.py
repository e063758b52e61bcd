"""The rule parser's phrasing tables, by kind of request (tests/nl/test_rules.py runs them).

Each CASES row is (text, expected action, expected slot subset); VERBATIM rows carry the exact
slots. Variations, other tenants' vocabulary, typos, negatives and ambiguous requests."""

from tests.nl.phrasings import create, indirect, lists, other, tickets
from tests.nl.phrasings.base import ABSENT, Case
from tests.nl.phrasings.verbatim import VERBATIM

CASES: list[Case] = [
    *create.CASES,
    *indirect.CASES,
    *indirect.PROBLEM_CASES,
    *indirect.OWNER_CASES,
    *tickets.CASES,
    *lists.CASES,
    *other.CASES,
]

__all__ = ["ABSENT", "CASES", "VERBATIM", "Case"]
