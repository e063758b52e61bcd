"""Table-driven tests of the deterministic rule parser (no database, no network).

Each row is (text, expected action, expected slot subset). A slot expected as ABSENT must not
be in the result. The verbatim phrasings of the issue are also checked for exact slots.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from halo_integration.nl.parse.names import assignee_kind, looks_like_person, owner_kind, take_name
from halo_integration.nl.parse.rules import ParsedRequest, parse
from halo_integration.nl.parse.text import correct_word, normalise, prepare, summarise
from tests.nl.phrasings import ABSENT, CASES, VERBATIM


@pytest.mark.parametrize(("text", "action", "slots"), VERBATIM, ids=[v[0][:50] for v in VERBATIM])
def test_issue_phrasings_exactly(text: str, action: str, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action
    assert parsed.slots == slots
    assert parsed.reason == ""
    assert parsed.confidence >= 0.8


@pytest.mark.parametrize(("text", "action", "slots"), CASES, ids=[c[0][:60] for c in CASES])
def test_phrasing_table(text: str, action: str | None, slots: dict[str, Any]) -> None:
    parsed = parse(text)
    assert parsed.action == action, parsed
    for key, expected in slots.items():
        if expected is ABSENT:
            assert key not in parsed.slots, parsed
        else:
            assert parsed.slots.get(key) == expected, (key, parsed)
    if action is None:
        assert parsed.slots == {}
        assert parsed.reason
        assert parsed.confidence == 0.0


def test_table_is_large_enough() -> None:
    assert len(VERBATIM) + len(CASES) >= 100


# --- contract --------------------------------------------------------------------------------

ALLOWED_SLOTS = {
    "ticket_id": int,
    "ticket_hint": str,
    "mine": bool,
    "summary": str,
    "details": str,
    "note": str,
    "hiddenfromuser": bool,
    "note_requested": bool,
    "reason": str,
    "tickettype": str,
    "priority": str,
    "status": str,
    "client": str,
    "client_id": int,
    "site": str,
    "user": str,
    "team": str,
    "agent": str,
    "agent_id": int,
    "product": str,
    "open_only": bool,
    "closed_only": bool,
    "search": str,
    "entity": str,
    "active_only": bool,
    "fields": list,
    "ticket_ids": list,
    "opened": str,
    "question": bool,
    "owner_heading": str,
    "owner_place": str,
    "owner_guess": str,
    "owner_lead": str,
    "someone_elses": bool,
    "newest": bool,
}
ENTITIES = {
    "customers",
    "sites",
    "users",
    "agents",
    "teams",
    "assets",
    "contracts",
    "kb_articles",
    "appointments",
    "invoices",
    "reports",
    "ticket_types",
    "statuses",
    "priorities",
    "outcomes",
}


@pytest.mark.parametrize(
    ("text", "action"), [(v[0], v[1]) for v in VERBATIM] + [(c[0], c[1]) for c in CASES]
)
def test_slots_follow_the_contract(text: str, action: str | None) -> None:
    parsed = parse(text)
    assert parsed.action == action
    assert 0.0 <= parsed.confidence <= 1.0
    for key, value in parsed.slots.items():
        assert key in ALLOWED_SLOTS, key
        assert type(value) is ALLOWED_SLOTS[key], (key, value)
        if isinstance(value, str) and key != "ticket_hint":
            assert value.strip() == value and value, (key, value)
    if parsed.action == "lookup":
        assert parsed.slots["entity"] in ENTITIES


def test_parsed_request_is_frozen_and_deterministic() -> None:
    first = parse("Bump ticket 789 to priority High and reassign it to 2nd Line Support")
    assert isinstance(first, ParsedRequest)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.action = "lookup"  # type: ignore[misc]
    assert parse("Bump ticket 789 to priority High and reassign it to 2nd Line Support") == first
    assert hash(first) == hash(
        parse("Bump ticket 789 to priority High and reassign it to 2nd Line Support")
    )


def test_unsupported_action_says_so() -> None:
    parsed = parse("delete all tickets")
    assert parsed.action is None
    assert "not something the portal can do" in parsed.reason


def test_lone_ticket_word_is_not_guessed() -> None:
    parsed = parse("ticket")
    assert parsed.action is None
    assert "which ticket" in parsed.reason


def test_gaps_are_reported_not_guessed() -> None:
    assert "description" in parse("Open a ticket for the Acme customer").reason
    assert "note" in parse("Add a private note to ticket 42").reason
    no_ticket = parse("add a note: I'm back tomorrow")
    assert no_ticket.action == "add_note"
    assert "which ticket" in no_ticket.reason
    assert no_ticket.slots == {"note": "I'm back tomorrow"}  # no empty ticket_hint either


def test_typos_lower_confidence() -> None:
    clean = parse("please resolve ticket 3115")
    typo = parse("plz resovle tikcet 3115")
    assert clean.action == typo.action == "resolve_ticket"
    assert typo.confidence < clean.confidence


EMPTY = "The request is empty."
UNCLEAR = "I could not tell what you want to do."
WHICH_TICKET = "No ticket number or description was given: which ticket?"


@pytest.mark.parametrize(
    ("text", "action", "slots", "reason"),
    [
        # a lone symbol or digit in quotes reads as "show me that ticket", which still needs a number
        ("«0»", "get_ticket", {}, WHICH_TICKET),
        ("'''", "get_ticket", {}, WHICH_TICKET),
        ('"', None, {}, EMPTY),
        ("#", None, {}, EMPTY),
        ("ticket #", None, {}, '"ticket" alone does not say which ticket'),
        ("- - -", None, {}, EMPTY),
        (":", None, {}, EMPTY),
        ("x" * 5000, None, {}, UNCLEAR),
        ("\u200b", None, {}, EMPTY),
        ("¦¦", None, {}, UNCLEAR),
        # a number beyond Halo's id range is no ticket number
        ("3115" * 50, None, {}, '"311531153115…" is not a ticket number.'),
    ],
    ids=[
        "guillemets",
        "quotes",
        "dquote",
        "hash",
        "ticket-hash",
        "dashes",
        "colon",
        "long-x",
        "zero-width",
        "broken-bar",
        "long-number",
    ],
)
def test_never_raises_on_odd_input(
    text: str, action: str | None, slots: dict[str, Any], reason: str
) -> None:
    parsed = parse(text)
    assert parsed.action == action
    assert parsed.slots == slots
    if reason:
        assert parsed.reason.startswith(reason), parsed.reason
    else:
        assert parsed.reason == ""


# --- helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("tikcet", "ticket"),
        ("ticekt", "ticket"),
        ("stauts", "status"),
        ("resovle", "resolve"),
        ("prioirty", "priority"),
        ("custmer", "customer"),
        ("contrcts", "contracts"),
        ("pls", "please"),
        ("plz", "please"),
        ("opne", "open"),
        ("ticket", None),
        ("items", None),
        ("states", None),
        ("opened", None),
        ("reopen", None),
        ("contacts", None),
    ],
)
def test_keyword_typos(typed: str, fixed: str | None) -> None:
    assert correct_word(typed) == fixed


def test_names_are_never_corrected() -> None:
    doc = prepare("Open a ticket for customer Tikcet Ltd")
    assert "Tikcet Ltd" in doc.text


def test_normalise_quotes_and_dashes() -> None:
    assert normalise("a\u2014b  \u201cc\u201d \u2018d\u2019") == "a - b \"c\" 'd'"
    doc = prepare("note: 'it's fine' and \"more\"")
    assert doc.quotes == ("it's fine", "more")


def test_summary_and_details() -> None:
    assert summarise("Printer jams. Since Monday.") == (
        "Printer jams",
        "Printer jams. Since Monday.",
    )
    summary, details = summarise("word " * 60)
    assert len(summary) <= 120 and details


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("2nd Line Support", "team"),
        ("Messaging", "team"),
        ("Service Desk", "team"),
        ("Jane Doe", "agent"),
        ("Maria Garcia", "agent"),
        ("jane@contoso.com", "agent"),
        ("Field Services", "team"),
    ],
)
def test_assignee_heuristic(name: str, kind: str) -> None:
    assert assignee_kind(name) == kind
    assert looks_like_person(name) == (kind == "agent")


def test_owner_heuristic() -> None:
    assert owner_kind("Tailspin Toys") == "client"
    assert owner_kind("jane@contoso.com") == "user"


def test_take_name_stops_at_clause() -> None:
    text = "customer Acme Inc. site HQ, priority High"
    assert take_name(text, len("customer "))[0] == "Acme Inc"
    assert take_name("to the IT team", len("to the "))[0] == "IT"
