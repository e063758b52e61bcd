"""Reference lookups (bare arrays) and wrapped entity lists, plus POST /api/Users."""

from __future__ import annotations

import uuid

import pytest

from halo_integration.simulator import HaloSimulator
from tests.simulator import api_client


@pytest.fixture(scope="module")
def client():
    return api_client(HaloSimulator())


def ok(response):
    assert response.status_code == 200, response.text
    return response.json()


# --- bare arrays ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/Status",
        "/api/Priority",
        "/api/TicketType",
        "/api/Team",
        "/api/Outcome",
        "/api/Agent",
        "/api/Category",
    ],
)
def test_lookups_are_bare_arrays(client, path):
    body = ok(client.get(path))
    assert isinstance(body, list) and body
    assert all(isinstance(row["id"], int | str) for row in body)


def test_statuses_and_their_filters(client):
    names = {s["name"]: s for s in ok(client.get("/api/Status"))}
    assert names["New"]["id"] == 1 and names["Closed"]["id"] == 9 and names["On Hold"]["id"] == 28
    assert set(names["New"]) >= {"id", "name", "type", "sequence", "colour"}
    open_only = {s["name"] for s in ok(client.get("/api/Status", params={"excludeclosed": "true"}))}
    assert (
        "Closed" not in open_only
        and "Cancelled" not in open_only
        and "Pending Closure" in open_only
    )
    no_pending = {
        s["name"] for s in ok(client.get("/api/Status", params={"excludepending": "true"}))
    }
    assert "Pending Closure" not in no_pending and "Closed" in no_pending


def test_priorities_per_sla_with_guid_ids(client):
    policies = ok(client.get("/api/Priority"))
    assert sorted(p["priorityid"] for p in policies) == [1, 1, 2, 2, 3, 3, 4, 4]
    assert all(uuid.UUID(p["id"]) for p in policies)
    assert {p["name"] for p in policies if p["priorityid"] == 1} == {"Critical"}
    one_sla = ok(client.get("/api/Priority", params={"slaid": 2}))
    assert len(one_sla) == 4 and {p["slaid"] for p in one_sla} == {2}
    assert client.get("/api/Priority/1").status_code == 404


def test_ticket_types(client):
    types = {t["name"]: t for t in ok(client.get("/api/TicketType"))}
    assert {"Incident", "Service Request", "Problem", "Change"} <= set(types)
    assert [t["id"] for t in types.values()] != [1, 2, 3, 4]
    user_types = {
        t["name"] for t in ok(client.get("/api/TicketType", params={"canusercreate": "true"}))
    }
    assert user_types == {"Incident", "Service Request"}
    assert ok(client.get(f"/api/TicketType/{types['Change']['id']}"))["name"] == "Change"


def test_teams_hide_inactive_unless_asked(client):
    teams = {t["name"] for t in ok(client.get("/api/Team"))}
    assert {
        "Service Desk",
        "1st Line Support",
        "2nd Line Support",
        "Messaging",
        "Network",
        "Field Services",
    } == teams
    everything = ok(client.get("/api/Team", params={"includedisabled": "true"}))
    assert any(t["inactive"] for t in everything)


def test_outcomes(client):
    outcomes = {o["outcome"]: o for o in ok(client.get("/api/Outcome"))}
    assert outcomes["Private Note"]["hidefromuser"] is True
    assert outcomes["Public Note"]["hidefromuser"] is False
    assert outcomes["Close Ticket"]["newstatus"] == 9


def test_agents_and_agent_me(client):
    agents = ok(client.get("/api/Agent"))
    assert any(a["id"] == 6 for a in agents)
    assert not any(a["isapiagent"] or a["isdisabled"] for a in agents)
    with_api = ok(client.get("/api/Agent", params={"includeapiagents": "true"}))
    assert len(with_api) == len(agents) + 1
    me = ok(client.get("/api/Agent/me"))
    assert me["name"] == "Portal API" and me["is_agent"] is True and me["isapiagent"] is True
    network = ok(client.get("/api/Agent", params={"team": "Network"}))
    assert {a["name"] for a in network} == {"Marcus Reid"}
    assert ok(client.get("/api/Agent/6"))["name"] == "Daniel Kim"
    paged = ok(client.get("/api/Agent", params={"pageinate": "true"}))
    assert paged["record_count"] == len(agents) and len(paged["agents"]) == len(agents)


@pytest.mark.parametrize(
    "path",
    [
        "/api/Status/999",
        "/api/Team/999",
        "/api/Outcome/999",
        "/api/Agent/999",
        "/api/Client/999",
        "/api/Users/999",
        "/api/Nothing",
        "/api/Tickets/1/Actions",
    ],
)
def test_missing_items_and_routes_are_404(client, path):
    assert client.get(path).status_code == 404


def test_unsupported_method_is_405(client):
    response = client.post("/api/Status", json=[{"name": "x"}])
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]


# --- wrapped lists -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/Client", "clients"),
        ("/api/Site", "sites"),
        ("/api/Users", "users"),
        ("/api/Asset", "assets"),
        ("/api/ClientContract", "contracts"),
        ("/api/KBArticle", "articles"),
        ("/api/Appointment", "appointments"),
        ("/api/Invoice", "invoices"),
        ("/api/Report", "reports"),
    ],
)
def test_wrapped_lists_and_paging(client, path, key):
    body = ok(client.get(path))
    assert set(body) == {"record_count", key}
    assert body["record_count"] == len(body[key]) > 0
    paged = ok(client.get(path, params={"pageinate": "true", "page_size": 2, "page_no": 1}))
    assert set(paged) == {"page_no", "page_size", "record_count", key}
    assert len(paged[key]) == min(2, body["record_count"])
    counted = ok(client.get(path, params={"count": 1}))
    assert len(counted[key]) == 1
    single = ok(client.get(f"{path}/{body[key][0]['id']}"))
    assert single["id"] == body[key][0]["id"]


def test_customers(client):
    clients = {c["name"]: c for c in ok(client.get("/api/Client"))["clients"]}
    assert {
        "Acme Inc",
        "Globex",
        "Initech",
        "Umbrella Health",
        "Stark Logistics",
        "Wayne Foundation",
    } <= set(clients)
    assert clients["Initech"]["id"] == 42
    assert not any(c["inactive"] for c in clients.values())
    found = ok(client.get("/api/Client", params={"search": "glob"}))["clients"]
    assert [c["name"] for c in found] == ["Globex"]
    everything = ok(client.get("/api/Client", params={"includeinactive": "true"}))["clients"]
    assert len(everything) == len(clients) + 1


def test_sites_by_customer(client):
    acme = ok(client.get("/api/Site", params={"client_id": 12}))["sites"]
    assert {s["name"] for s in acme} == {"HQ", "Warehouse", "Remote Workers"}
    assert {s["client_name"] for s in acme} == {"Acme Inc"}


def test_users_search_and_filters(client):
    emma = ok(client.get("/api/Users", params={"search": "emma.jones@acme.example"}))["users"]
    assert len(emma) == 1
    assert emma[0]["site_name"] == "HQ" and emma[0]["client_name"] == "Acme Inc"
    by_name = ok(client.get("/api/Users", params={"search": "PATEL"}))["users"]
    assert [u["emailaddress"] for u in by_name] == ["liam.patel@acme.example"]
    hq = ok(client.get("/api/Users", params={"client_id": 12, "site_id": 31}))["users"]
    assert hq and all(u["site_id"] == 31 for u in hq)
    assert not any(u["inactive"] for u in hq)


def test_assets(client):
    emma_assets = ok(client.get("/api/Asset", params={"user_id": 201}))["assets"]
    assert {a["inventory_number"] for a in emma_assets} == {"AC-2219", "AC-2220"}
    assert "_user_id" not in emma_assets[0]
    found = ok(client.get("/api/Asset", params={"search": "ac-2219"}))["assets"]
    assert [a["inventory_number"] for a in found] == ["AC-2219"]
    assert all(
        a["client_id"] == 17
        for a in ok(client.get("/api/Asset", params={"client_id": 17}))["assets"]
    )


def test_contracts_state(client):
    globex = ok(client.get("/api/ClientContract", params={"client_id": 17}))["contracts"]
    assert sum(1 for c in globex if c["active"]) >= 2
    assert any(c["expired"] for c in globex)
    assert all(c["contract_status"] in {"Active", "Expired", "Pending"} for c in globex)


def test_contract_expiry_follows_the_clock():
    sim = HaloSimulator(token_lifetime=10 * 365 * 86400)
    reader = api_client(sim)
    sim.advance(3 * 365 * 86400)
    contracts = ok(reader.get("/api/ClientContract"))["contracts"]
    assert all(c["expired"] for c in contracts)


def test_kb_search(client):
    found = ok(client.get("/api/KBArticle", params={"search": "vpn"}))["articles"]
    assert found and all("vpn" in (a["name"] + a["description"]).lower() for a in found)


def test_appointments_filters(client):
    by_ticket = ok(client.get("/api/Appointment", params={"ticket_id": 3115}))["appointments"]
    assert [a["subject"] for a in by_ticket] == ["Remote session: Outlook password prompts"]
    by_agents = ok(client.get("/api/Appointment", params={"agents": "8"}))["appointments"]
    assert by_agents and {a["agent_id"] for a in by_agents} == {8}


def test_invoices_by_customer(client):
    invoices = ok(client.get("/api/Invoice", params={"client_id": 12}))["invoices"]
    assert invoices and {i["client_name"] for i in invoices} == {"Acme Inc"}
    assert all(i["invoicenumber"].startswith("INV-") for i in invoices)


# --- POST /Users ---------------------------------------------------------------------------------


def test_create_and_update_user():
    sim = HaloSimulator()
    writer = api_client(sim)
    created = writer.post(
        "/api/Users",
        json=[
            {
                "firstname": "Nia",
                "surname": "Okafor",
                "emailaddress": "nia.okafor@acme.example",
                "site_id": 32,
            }
        ],
    )
    assert created.status_code == 201
    user = created.json()
    assert (
        user["name"] == "Nia Okafor"
        and user["client_id"] == 12
        and user["site_name"] == "Warehouse"
    )
    found = ok(writer.get("/api/Users", params={"search": "nia.okafor"}))["users"]
    assert [u["id"] for u in found] == [user["id"]]
    updated = writer.post(
        "/api/Users", json=[{"id": user["id"], "phonenumber": "+1 555 0100"}]
    ).json()
    assert updated["phonenumber"] == "+1 555 0100" and updated["name"] == "Nia Okafor"


def test_user_validation():
    writer = api_client(HaloSimulator())
    no_site = writer.post("/api/Users", json=[{"name": "Nobody"}])
    assert no_site.status_code == 400 and "[0].site_id" in no_site.json()
    bad_field = writer.post("/api/Users", json=[{"name": "X", "site_id": 31, "email": "x@y"}])
    assert bad_field.status_code == 400 and "[0].email" in bad_field.json()
    assert writer.post("/api/Users", json=[{"id": 99999, "name": "X"}]).status_code == 404


def test_add_user_helper():
    sim = HaloSimulator(seed=False)
    user = sim.add_user(name="Solo", emailaddress="solo@example.com")
    assert sim.store.users[user["id"]] is user
