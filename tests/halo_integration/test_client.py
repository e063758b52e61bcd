"""HaloClient against the in-process simulator: lists, paging, look-ups and actions."""

from __future__ import annotations

import json

import httpx
import pytest

from halo_integration.client import ENTITIES, MAX_PAGE_SIZE, Page
from halo_integration.schemas import HaloModel
from halo_integration.simulator import HaloSimulator
from tests.halo_integration.client_support import (
    ACME,
    EMMA,
    Rewrite,
    acme_ticket_count,
    calls_to,
    make_client,
)

# --- lists and paging ----------------------------------------------------------------------------


def test_iter_tickets_follows_pages_past_100_rows(sim, halo):
    expected = acme_ticket_count(sim)
    assert expected > MAX_PAGE_SIZE

    rows = list(halo.iter_tickets(client_id=ACME))

    assert len(rows) == expected
    assert len({row.id for row in rows}) == expected
    assert {row.client_id for row in rows} == {ACME}
    pages = calls_to(sim, "GET", "/api/Tickets")
    assert [r.query["page_no"] for r in pages] == ["1", "2"]
    assert {r.query["page_size"] for r in pages} == {"100"}
    assert {r.query["pageinate"] for r in pages} == {"true"}
    assert {r.query["client_id"] for r in pages} == {str(ACME)}


def test_a_short_page_ends_the_listing(sim, halo):
    rows = list(halo.iter_tickets(user_id=EMMA))

    assert 0 < len(rows) < MAX_PAGE_SIZE
    assert len(calls_to(sim, "GET", "/api/Tickets")) == 1


def test_an_empty_answer_ends_the_listing(sim, halo):
    assert list(halo.iter_tickets(user_id=999_999)) == []

    assert len(calls_to(sim, "GET", "/api/Tickets")) == 1


def test_record_count_ends_the_listing_on_an_exactly_full_last_page():
    sim = HaloSimulator(seed=False)
    for n in range(200):
        sim.add_ticket(summary=f"ticket {n}")

    with make_client(sim) as halo:
        rows = list(halo.iter_tickets())

    assert len(rows) == 200
    assert [r.query["page_no"] for r in calls_to(sim, "GET", "/api/Tickets")] == ["1", "2"]


def test_an_empty_page_stops_even_when_record_count_overstates_the_total():
    sim = HaloSimulator(seed=False)
    for n in range(200):
        sim.add_ticket(summary=f"ticket {n}")

    def overstate(request, body):
        return {**body, "record_count": 10_000} if isinstance(body, dict) else body

    with make_client(sim, Rewrite(httpx.WSGITransport(app=sim), body=overstate)) as halo:
        rows = list(halo.iter_tickets())

    assert len(rows) == 200
    assert [r.query["page_no"] for r in calls_to(sim, "GET", "/api/Tickets")] == ["1", "2", "3"]


def test_iter_tickets_stops_at_the_limit_without_reading_further_pages(sim, halo):
    rows = list(halo.iter_tickets(client_id=ACME, limit=5))

    assert len(rows) == 5
    assert len(calls_to(sim, "GET", "/api/Tickets")) == 1


def test_rows_halo_should_have_filtered_out_are_dropped(sim):
    """Halo ignores a filter it does not know; rows that do not match never reach the caller."""

    def drop_user_filter(request: httpx.Request) -> httpx.Request:
        url = request.url.copy_remove_param("user_id")
        return httpx.Request(request.method, url, headers=request.headers, content=request.content)

    with make_client(sim, Rewrite(httpx.WSGITransport(app=sim), request=drop_user_filter)) as halo:
        rows = list(halo.iter_tickets(user_id=EMMA))
        page = halo.list_tickets(user_id=EMMA, page_size=100)

    assert rows and {row.user_id for row in rows} == {EMMA}
    assert page.rows and {row.user_id for row in page.rows} == {EMMA}
    assert page.record_count < len(sim.store.tickets)


def test_list_tickets_caps_the_page_size_at_100_and_reports_the_true_total(sim, halo):
    page = halo.list_tickets(page_size=1000, page_no=2)

    assert isinstance(page, Page)
    assert len(page.rows) == 100
    assert page.record_count == len(sim.store.tickets)
    assert (page.page_no, page.page_size) == (2, 100)
    assert page.has_next
    query = calls_to(sim, "GET", "/api/Tickets")[0].query
    assert (query["page_size"], query["page_no"]) == ("100", "2")


def test_the_last_page_has_no_next(sim, halo):
    total = len(sim.store.tickets)
    last = -(-total // 100)

    page = halo.list_tickets(page_size=100, page_no=last)

    assert page.page_count == last
    assert not page.has_next
    assert len(page.rows) == total - (last - 1) * 100


def test_an_unknown_ticket_filter_is_refused_before_calling_halo(sim, halo):
    with pytest.raises(ValueError):
        halo.list_tickets(assigned_to=37)

    assert sim.requests == []


def test_wrapped_lists_are_unwrapped(sim, halo):
    raw = halo.request("GET", "/Client")
    clients = halo.list_clients()

    assert isinstance(raw, dict) and isinstance(raw["clients"], list)
    assert {c.name for c in clients} >= {"Acme Inc", "Globex"}
    assert [s.client_id for s in halo.list_sites(client_id=ACME)] == [ACME] * 3


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("list_statuses", "/Status"),
        ("list_agents", "/Agent"),
        ("list_teams", "/Team"),
        ("list_priorities", "/Priority"),
        ("list_ticket_types", "/TicketType"),
        ("list_outcomes", "/Outcome"),
    ],
)
def test_bare_array_lists_are_read_as_they_come(halo, method, path):
    raw = halo.request("GET", path)
    rows = getattr(halo, method)()

    assert isinstance(raw, list)
    assert rows and all(isinstance(row, HaloModel) for row in rows)
    assert [str(row.id) for row in rows] == [str(item["id"]) for item in raw]


@pytest.mark.parametrize("key", ["results", "agents"])
def test_agents_are_read_whether_halo_wraps_them_or_not(sim, key):
    def wrap(request, body):
        return {"record_count": len(body), key: body} if isinstance(body, list) else body

    with make_client(sim, Rewrite(httpx.WSGITransport(app=sim), body=wrap)) as halo:
        agents = halo.list_agents()

    assert {a.name for a in agents} >= {"Sarah Mitchell", "Chloe Martin"}


def test_list_agents_and_statuses_pass_their_filters(sim, halo):
    second_line = halo.list_agents(team_id=6)
    open_statuses = halo.list_statuses(exclude_closed=True)

    assert {a.id for a in second_line} == {6, 11}
    assert {s.id for s in open_statuses}.isdisjoint({9, 10})


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_lookup_returns_a_page_for_every_entity(sim, halo, entity):
    page = halo.lookup(entity, page_size=5)

    assert isinstance(page, Page)
    assert 0 < len(page.rows) <= 5
    assert page.record_count >= len(page.rows)
    assert (page.page_no, page.page_size) == (1, 5)
    assert all(isinstance(row, ENTITIES[entity].model) for row in page.rows)


def test_lookup_pages_bare_arrays_itself(halo):
    everything = halo.list_statuses()

    second = halo.lookup("statuses", page_no=2, page_size=3)

    assert second.rows == everything[3:6]
    assert second.record_count == len(everything)


def test_lookup_searches_and_filters(halo):
    page = halo.lookup("customers", search="acme")
    sites = halo.lookup("sites", client_id=ACME)

    assert [row.name for row in page.rows] == ["Acme Inc"]
    assert page.record_count == 1
    assert sites.record_count == 3


def test_lookup_refuses_an_unknown_entity(sim, halo):
    with pytest.raises(ValueError, match="unknown entity"):
        halo.lookup("spaceships")

    assert sim.requests == []


def test_find_users_by_email_matches_exactly_despite_halo_searching_like(sim, halo):
    sim.add_user(
        firstname="Emma", surname="Jonesy", emailaddress="emma.jones@acme.example.org", site_id=31
    )

    users = halo.find_users_by_email("  Emma.Jones@ACME.example ")

    assert [u.id for u in users] == [EMMA]
    assert halo.find_users_by_email("") == []


# --- actions -----------------------------------------------------------------------------------------


def test_list_actions_returns_the_conversation_oldest_first(halo):
    actions = halo.list_actions(3115)

    assert len(actions) == 4
    assert [a.id for a in actions] == sorted(a.id for a in actions)
    assert any(a.hiddenfromuser for a in actions)


def test_public_only_actions_never_include_hidden_ones(sim, halo):
    actions = halo.list_actions(3115, public_only=True)

    assert actions and not any(a.hiddenfromuser for a in actions)
    assert calls_to(sim, "GET", "/api/Actions")[0].query["excludeprivate"] == "true"


def test_public_only_actions_stay_public_even_if_halo_ignores_excludeprivate(sim):
    def drop_excludeprivate(request: httpx.Request) -> httpx.Request:
        url = request.url.copy_remove_param("excludeprivate")
        return httpx.Request(request.method, url, headers=request.headers, content=request.content)

    transport = Rewrite(httpx.WSGITransport(app=sim), request=drop_excludeprivate)
    with make_client(sim, transport) as halo:
        actions = halo.list_actions(3115, public_only=True)

    assert "excludeprivate" not in calls_to(sim, "GET", "/api/Actions")[0].query
    assert len(actions) == 3
    assert not any(a.hiddenfromuser for a in actions)
    assert "Escalated to L3 internally." not in json.dumps(
        [a.model_dump(mode="json") for a in actions]
    )


@pytest.mark.parametrize("hidden_value", ["true", "True", 1])
def test_hidden_actions_are_recognised_however_halo_spells_true(sim, hidden_value):
    def respell(request, body):
        for action in body.get("actions", []) if isinstance(body, dict) else []:
            if action["hiddenfromuser"]:
                action["hiddenfromuser"] = hidden_value
        return body

    with make_client(sim, Rewrite(httpx.WSGITransport(app=sim), body=respell)) as halo:
        actions = halo.list_actions(3115, public_only=True)

    assert len(actions) == 3
