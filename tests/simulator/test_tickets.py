"""GET/POST/DELETE /api/Tickets: shapes, paging, filters and the upsert rules."""

from __future__ import annotations

import pytest

from halo_integration.simulator import HaloSimulator
from halo_integration.simulator.timeutil import iso
from tests.simulator import api_client

LIST_FIELDS = {
    "id",
    "summary",
    "details",
    "status_id",
    "priority_id",
    "sla_id",
    "tickettype_id",
    "agent_id",
    "team",
    "team_id",
    "client_id",
    "client_name",
    "site_id",
    "site_name",
    "user_id",
    "user_name",
    "user_email",
    "dateoccurred",
    "lastactiondate",
    "last_update",
    "hasbeenclosed",
    "dateclosed",
    "third_party_id_string",
    "attachment_count",
}


@pytest.fixture(scope="module")
def reader():
    """A seeded tenant that the read-only tests share (never write through it)."""
    sim = HaloSimulator()
    return sim, api_client(sim)


@pytest.fixture
def sim() -> HaloSimulator:
    return HaloSimulator()


@pytest.fixture
def client(sim):
    return api_client(sim)


def ids(response) -> list[int]:
    assert response.status_code == 200, response.text
    return [t["id"] for t in response.json()["tickets"]]


# --- list shape and paging -----------------------------------------------------------------------


def test_paginated_shape_caps_page_size_at_100(reader):
    sim, client = reader
    body = client.get("/api/Tickets", params={"pageinate": "true", "page_size": 1000}).json()
    assert set(body) == {"page_no", "page_size", "record_count", "tickets", "columns"}
    assert body["page_size"] == 100
    assert body["page_no"] == 1
    assert len(body["tickets"]) == 100
    assert body["record_count"] == len(sim.store.tickets) > 100
    assert body["columns"] == []


def test_list_items_carry_bare_foreign_keys_only(reader):
    _, client = reader
    item = client.get("/api/Tickets", params={"count": 1}).json()["tickets"][0]
    assert set(item) == LIST_FIELDS
    assert "status_name" not in item and "agent_name" not in item


def test_pages_walk_the_whole_result(reader):
    sim, client = reader
    seen: list[int] = []
    for page_no in (1, 2, 3):
        params = {"pageinate": "true", "page_size": 100, "page_no": page_no}
        seen += ids(client.get("/api/Tickets", params=params))
    assert sorted(seen) == sorted(sim.store.tickets)


def test_unpaginated_shape_and_count(reader):
    sim, client = reader
    everything = client.get("/api/Tickets").json()
    assert set(everything) == {"record_count", "tickets"}
    assert len(everything["tickets"]) == len(sim.store.tickets) == everything["record_count"]
    limited = client.get("/api/Tickets", params={"count": 5}).json()
    assert len(limited["tickets"]) == 5
    assert limited["record_count"] == len(sim.store.tickets)


def test_path_and_query_names_are_case_insensitive(reader):
    _, client = reader
    lower = client.get("/api/tickets", params={"count": 3}).json()
    mixed = client.get("/API/TICKETS", params={"Count": 3}).json()
    assert lower == mixed
    assert len(lower["tickets"]) == 3


def test_unknown_query_parameters_are_ignored(reader):
    sim, client = reader
    body = client.get("/api/Tickets", params={"assigned_to": 37, "tickettype_id": 21}).json()
    assert body["record_count"] == len(sim.store.tickets)


def test_invalid_integer_parameter_is_400(reader):
    _, client = reader
    response = client.get("/api/Tickets", params={"client_id": "acme"})
    assert response.status_code == 400
    assert "client_id" in response.json()


def test_ordering(reader):
    _, client = reader
    default = ids(client.get("/api/Tickets"))
    assert default == sorted(default)
    descending = ids(client.get("/api/Tickets", params={"orderdesc": "true"}))
    assert descending == sorted(default, reverse=True)
    by_date = client.get("/api/Tickets", params={"order": "dateoccurred", "orderdesc": "true"})
    dates = [t["dateoccurred"] for t in by_date.json()["tickets"]]
    assert dates == sorted(dates, reverse=True)


# --- filters -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("param", "value", "field"),
    [
        ("client_id", 42, "client_id"),
        ("site_id", 31, "site_id"),
        ("user_id", 201, "user_id"),
        ("agent_id", 6, "agent_id"),
        ("status_id", 2, "status_id"),
        ("requesttype_id", 3, "tickettype_id"),
    ],
)
def test_scalar_filters(reader, param, value, field):
    _, client = reader
    tickets = client.get("/api/Tickets", params={param: value}).json()["tickets"]
    assert tickets
    assert all(t[field] == value for t in tickets)


@pytest.mark.parametrize(
    ("param", "values", "field"),
    [
        ("team", {6, 12}, "team_id"),
        ("status", {1, 4}, "status_id"),
        ("priority", {1, 2}, "priority_id"),
        ("agent", {6, 8}, "agent_id"),
        ("requesttype", {21, 22}, "tickettype_id"),
    ],
)
def test_array_filters(reader, param, values, field):
    _, client = reader
    joined = ",".join(str(v) for v in values)
    tickets = client.get("/api/Tickets", params={param: joined}).json()["tickets"]
    assert {t[field] for t in tickets} == values


def test_open_and_closed_only(reader):
    sim, client = reader
    opened = client.get("/api/Tickets", params={"open_only": "true"}).json()
    closed = client.get("/api/Tickets", params={"closed_only": "true"}).json()
    assert opened["record_count"] + closed["record_count"] == len(sim.store.tickets)
    assert not any(t["hasbeenclosed"] for t in opened["tickets"])
    assert all(t["hasbeenclosed"] for t in closed["tickets"])
    assert all(t["dateclosed"] != "1900-01-01T00:00:00" for t in closed["tickets"])


def test_search_matches_summary_details_or_id(reader):
    _, client = reader
    vpn = client.get("/api/Tickets", params={"search": "vpn"}).json()["tickets"]
    assert vpn
    assert all("vpn" in (t["summary"] + t["details"]).lower() for t in vpn)
    assert ids(client.get("/api/Tickets", params={"search": "3115"})) == [3115]


def test_ticketids_filter(reader):
    _, client = reader
    assert ids(client.get("/api/Tickets", params={"ticketids": "3101,789,99999"})) == [789, 3101]


def test_filters_combine(reader):
    _, client = reader
    params = {"user_id": 201, "open_only": "true", "search": "VPN"}
    assert ids(client.get("/api/Tickets", params=params)) == [3042]


# --- single ticket and delete --------------------------------------------------------------------


def test_get_one_ticket_is_a_bare_object(reader):
    _, client = reader
    ticket = client.get("/api/Tickets/3115").json()
    assert ticket["id"] == 3115
    assert ticket["status_name"] == "In Progress"
    assert ticket["user_email"] == "emma.jones@acme.example"
    assert "<script>" in ticket["details"]


def test_missing_ticket_is_404(reader):
    _, client = reader
    assert client.get("/api/Tickets/99999").status_code == 404
    assert client.get("/api/Tickets/abc").status_code == 404
    assert client.get("/api/Ticket").status_code == 404  # the resource is plural


def test_delete_ticket(client, sim):
    response = client.delete("/api/Tickets/3101")
    assert response.status_code == 200
    assert response.json() == {"id": 3101}
    assert client.get("/api/Tickets/3101").status_code == 404
    assert client.delete("/api/Tickets/3101").status_code == 404


# --- create / update -----------------------------------------------------------------------------


def test_create_from_a_one_element_array(client, sim):
    before = sim.clock()
    response = client.post(
        "/api/Tickets",
        json=[
            {
                "summary": "Keyboard missing keys",
                "details": "The Q key fell off",
                "tickettype_id": 3,
                "user_id": 201,
                "site_id": 31,
            }
        ],
    )
    assert response.status_code == 201
    ticket = response.json()
    assert isinstance(ticket, dict)
    assert ticket["id"] > 3260
    assert ticket["status_id"] == 1
    assert ticket["hasbeenclosed"] is False
    assert ticket["client_name"] == "Acme Inc"
    assert ticket["site_name"] == "HQ"
    assert ticket["user_name"] == "Emma Jones"
    assert ticket["priority_id"] == sim.store.ticket_types[3]["default_priority"]
    assert ticket["dateoccurred"] == ticket["lastactiondate"]
    assert ticket["dateoccurred"] >= iso(before)
    assert client.get(f"/api/Tickets/{ticket['id']}").json()["summary"] == "Keyboard missing keys"


def test_create_from_a_bare_object_and_from_several(client):
    single = client.post("/api/Tickets", json={"summary": "bare", "id": 0})
    assert single.status_code == 201
    assert isinstance(single.json(), dict)
    several = client.post("/api/Tickets", json=[{"summary": "one"}, {"summary": "two"}])
    assert several.status_code == 201
    assert [t["summary"] for t in several.json()] == ["one", "two"]


def test_create_fills_team_name_and_accepts_team_by_name(client):
    by_id = client.post("/api/Tickets", json=[{"summary": "a", "team_id": 12}]).json()
    by_name = client.post("/api/Tickets", json=[{"summary": "b", "team": "network"}]).json()
    assert by_id["team"] == "Network"
    assert by_name["team_id"] == 12


def test_unknown_field_is_rejected_by_name(client, sim):
    count = len(sim.store.tickets)
    response = client.post("/api/Tickets", json=[{"summary": "x", "bogus": 1, "Summary": "y"}])
    assert response.status_code == 400
    errors = response.json()
    assert "[0].bogus" in errors
    assert "[0].Summary" in errors
    assert len(sim.store.tickets) == count


def test_summary_is_required(client):
    response = client.post("/api/Tickets", json=[{"details": "no summary"}])
    assert response.status_code == 400
    assert response.json() == {"[0].summary": "Summary is required"}


def test_site_required_when_a_user_is_set(client):
    response = client.post("/api/Tickets", json=[{"summary": "x", "user_id": 201}])
    assert response.status_code == 400
    assert response.json()["[0].site_id"] == "Please select a Site for this User"
    general = client.post("/api/Tickets", json=[{"summary": "x", "user_id": -1, "client_id": 42}])
    assert general.status_code == 201
    assert general.json()["user_name"] == "General User"
    assert general.json()["client_id"] == 42


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("tickettype_id", 2),
        ("priority_id", 9),
        ("status_id", 6),
        ("agent_id", 999),
        ("team_id", 1),
        ("client_id", 1),
        ("site_id", 1),
        ("user_id", 1),
        ("priority_id", "high"),
    ],
)
def test_unknown_references_are_400(client, field, value):
    body = {"summary": "x", field: value}
    if field == "user_id":
        body["site_id"] = 31
    response = client.post("/api/Tickets", json=[body])
    assert response.status_code == 400
    assert f"[0].{field}" in response.json()


def test_batch_is_all_or_nothing(client, sim):
    count = len(sim.store.tickets)
    response = client.post("/api/Tickets", json=[{"summary": "fine"}, {"details": "no summary"}])
    assert response.status_code == 400
    assert list(response.json()) == ["[1].summary"]
    assert len(sim.store.tickets) == count


def test_malformed_bodies(client):
    assert (
        client.post(
            "/api/Tickets", content=b"{not json", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert client.post("/api/Tickets", json=[]).status_code == 400
    assert client.post("/api/Tickets", json=[1, 2]).status_code == 400


def test_update_merges_fields(client, sim):
    before = dict(sim.store.tickets[3115])
    response = client.post("/api/Tickets", json=[{"id": 3115, "priority_id": 1, "agent_id": 6}])
    assert response.status_code == 201
    ticket = response.json()
    assert ticket["priority_id"] == 1
    assert ticket["agent_id"] == 6
    assert ticket["summary"] == before["summary"]
    assert ticket["user_id"] == before["user_id"]


def test_update_of_a_missing_ticket_is_404(client):
    assert client.post("/api/Tickets", json=[{"id": 99999, "status_id": 9}]).status_code == 404


def test_close_and_reopen_through_the_ticket(client, sim):
    closed = client.post("/api/Tickets", json=[{"id": 3101, "status_id": 9}]).json()
    assert closed["hasbeenclosed"] is True
    assert closed["dateclosed"] != "1900-01-01T00:00:00"
    assert 3101 in ids(client.get("/api/Tickets", params={"closed_only": "true"}))
    reopened = client.post("/api/Tickets", json=[{"id": 3101, "status_id": 2}]).json()
    assert reopened["hasbeenclosed"] is False
    assert reopened["dateclosed"] == "1900-01-01T00:00:00"


def test_cancelled_counts_as_closed(client):
    assert (
        client.post("/api/Tickets", json=[{"id": 3101, "status_id": 10}]).json()["hasbeenclosed"]
        is True
    )


def test_add_ticket_helper(sim):
    ticket = sim.add_ticket(summary="Helper ticket", user_id=202)
    assert ticket["site_id"] == 31
    assert ticket["client_name"] == "Acme Inc"
    assert sim.store.tickets[ticket["id"]] is ticket
