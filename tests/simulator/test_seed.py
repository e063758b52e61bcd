"""The demo tenant's fixed points, which the demo and other test suites rely on."""

from __future__ import annotations

from collections import Counter

import pytest

from halo_integration.simulator import HaloSimulator


@pytest.fixture(scope="module")
def store():
    return HaloSimulator().store


def user_by_email(store, email):
    return next(u for u in store.users.values() if u["emailaddress"] == email)


def test_demo_users_exist(store):
    emma = user_by_email(store, "emma.jones@acme.example")
    liam = user_by_email(store, "liam.patel@acme.example")
    olivia = user_by_email(store, "olivia.brown@globex.example")
    assert (emma["client_name"], emma["site_name"]) == ("Acme Inc", "HQ")
    assert (liam["client_name"], liam["site_name"]) == ("Acme Inc", "HQ")
    assert olivia["client_name"] == "Globex"
    assert 25 <= len(store.users) <= 40


def test_emmas_tickets(store):
    mine = [t for t in store.tickets.values() if t["user_id"] == 201]
    assert len(mine) >= 6
    assert 3115 in {t["id"] for t in mine} and not store.tickets[3115]["hasbeenclosed"]
    open_vpn = [t for t in mine if not t["hasbeenclosed"] and "vpn" in t["summary"].lower()]
    assert len(open_vpn) == 1
    assert sum(1 for t in mine if t["hasbeenclosed"]) >= 2


def test_fixed_tickets(store):
    assert store.tickets[3120]["user_id"] == 202
    assert not store.tickets[3101]["hasbeenclosed"]
    assert 789 in store.tickets
    assert set(range(3001, 3261)) <= set(store.tickets)


def test_customer_42_and_agent_6(store):
    assert store.clients[42]["name"] == "Initech"
    initech = [t for t in store.tickets.values() if t["client_id"] == 42]
    assert sum(1 for t in initech if not t["hasbeenclosed"]) >= 3
    assert sum(1 for t in initech if t["hasbeenclosed"]) >= 2
    assert store.agents[6]["isdisabled"] is False
    open_incidents = [
        t
        for t in store.tickets.values()
        if t["agent_id"] == 6 and t["tickettype_id"] == 1 and not t["hasbeenclosed"]
    ]
    assert len(open_incidents) >= 3


def test_one_customer_has_more_than_a_page_of_open_tickets(store):
    open_by_client = Counter(
        t["client_id"] for t in store.tickets.values() if not t["hasbeenclosed"]
    )
    assert max(open_by_client.values()) > 100


def test_every_ticket_has_a_few_actions_public_and_hidden(store):
    assert all(1 <= len(store.actions[tid]) <= 5 for tid in store.tickets)
    every = [a for actions in store.actions.values() for a in actions]
    assert any(a["hiddenfromuser"] for a in every) and any(not a["hiddenfromuser"] for a in every)
    assert all(
        [a["id"] for a in actions] == list(range(1, len(actions) + 1))
        for actions in store.actions.values()
    )


def test_closed_tickets_are_consistent(store):
    for ticket in store.tickets.values():
        closed = store.statuses[ticket["status_id"]]["type"] == 1
        assert ticket["hasbeenclosed"] is closed
        assert (ticket["dateclosed"] != "1900-01-01T00:00:00") is closed


def test_some_details_are_hostile_html(store):
    assert "<script>" in store.tickets[3115]["details"]
    assert any("<p>" in t["details"] for t in store.tickets.values() if t["id"] != 3115)


def test_the_seed_is_deterministic(store):
    again = HaloSimulator().store
    assert [
        (t["id"], t["summary"], t["status_id"], t["user_id"]) for t in store.tickets.values()
    ] == [(t["id"], t["summary"], t["status_id"], t["user_id"]) for t in again.tickets.values()]


def test_other_entities_are_seeded(store):
    assert len(store.kb_articles) >= 12
    assert len(store.assets) == 40
    assert 8 <= len(store.appointments) <= 12
    assert len(store.invoices) == 15
    assert len(store.reports) == 5
    assert any(a["inventory_number"] == "AC-2219" for a in store.assets.values())


def test_unseeded_store_has_reference_data_only():
    empty = HaloSimulator(seed=False).store
    assert (
        empty.statuses
        and empty.priorities
        and empty.ticket_types
        and empty.outcomes
        and empty.teams
    )
    assert empty.agents[empty.api_agent_id]["isapiagent"] is True
    assert not empty.tickets and not empty.users and not empty.clients
