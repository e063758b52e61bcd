"""GET/POST /api/Actions: per-ticket ids, visibility filters, outcomes and status changes."""

from __future__ import annotations

import pytest

from halo_integration.simulator import HaloSimulator
from tests.simulator import api_client

ACTION_FIELDS = {
    "id",
    "ticket_id",
    "outcome",
    "outcome_id",
    "note",
    "note_html",
    "who",
    "who_type",
    "who_agentid",
    "datetime",
    "hiddenfromuser",
    "new_status",
    "actionby_agent_id",
    "actionby_user_id",
    "actionby_application_id",
    # the history fields the ticket page's timeline reads (Actions in Halo's OpenAPI)
    "old_status",
    "new_agent",
    "new_team",
}


@pytest.fixture
def sim() -> HaloSimulator:
    return HaloSimulator()


@pytest.fixture
def client(sim):
    return api_client(sim)


def test_list_shape_and_fields(client):
    body = client.get("/api/Actions", params={"ticket_id": 3115}).json()
    assert set(body) == {"ticket_id", "record_count", "actions"}
    assert body["ticket_id"] == 3115
    assert body["record_count"] == len(body["actions"]) == 4
    assert [a["id"] for a in body["actions"]] == [1, 2, 3, 4]
    assert set(body["actions"][0]) == ACTION_FIELDS


def test_hidden_notes_are_dropped_on_request(client):
    everything = client.get("/api/Actions", params={"ticket_id": 3115}).json()["actions"]
    assert any(
        a["hiddenfromuser"] and a["note"] == "Escalated to L3 internally." for a in everything
    )
    for flag in ("excludeprivate", "conversationonly"):
        public = client.get("/api/Actions", params={"ticket_id": 3115, flag: "true"}).json()
        assert public["record_count"] == 3
        assert not any(a["hiddenfromuser"] for a in public["actions"])


def test_unfiltered_actions_are_refused(client):
    response = client.get("/api/Actions")
    assert response.status_code == 400
    assert "ticket_id" in response.json()


def test_actions_of_an_unknown_ticket_are_empty(client):
    assert client.get("/api/Actions", params={"ticket_id": 99999}).json()["record_count"] == 0


def test_paging_and_count(client):
    paged = client.get(
        "/api/Actions",
        params={"ticket_id": 3115, "pageinate": "true", "page_size": 3, "page_no": 2},
    ).json()
    assert paged["page_no"] == 2 and paged["record_count"] == 4
    assert [a["id"] for a in paged["actions"]] == [4]
    counted = client.get("/api/Actions", params={"ticket_id": 3115, "count": 2}).json()
    assert len(counted["actions"]) == 2


def test_get_one_action(client):
    action = client.get("/api/Actions/3", params={"ticket_id": 3115}).json()
    assert action["note"] == "Escalated to L3 internally."
    assert client.get("/api/Actions/99", params={"ticket_id": 3115}).status_code == 404
    assert client.get("/api/Actions/3").status_code == 400


def test_outcome_is_required_with_halos_message(client):
    response = client.post("/api/Actions", json=[{"ticket_id": 3115, "note": "hello"}])
    assert response.status_code == 400
    assert response.json() == {"[0].outcome": "An Outcome must be entered for this Action"}


def test_ticket_id_is_required_and_must_exist(client):
    missing = client.post("/api/Actions", json=[{"outcome": "Public Note", "note": "x"}])
    unknown = client.post("/api/Actions", json=[{"ticket_id": 99999, "outcome": "Public Note"}])
    assert missing.status_code == 400 and "[0].ticket_id" in missing.json()
    assert unknown.status_code == 400 and "[0].ticket_id" in unknown.json()


def test_unknown_outcome_and_unknown_field(client):
    bad_name = client.post("/api/Actions", json=[{"ticket_id": 3115, "outcome": "Telepathy"}])
    bad_id = client.post("/api/Actions", json=[{"ticket_id": 3115, "outcome_id": 999}])
    bad_field = client.post(
        "/api/Actions", json=[{"ticket_id": 3115, "outcome": "Public Note", "notes": "typo"}]
    )
    assert bad_name.status_code == 400 and "[0].outcome" in bad_name.json()
    assert bad_id.status_code == 400 and "[0].outcome_id" in bad_id.json()
    assert bad_field.status_code == 400 and "[0].notes" in bad_field.json()


def test_create_action_numbers_per_ticket_and_touches_the_ticket(client, sim):
    sim.advance(60)
    response = client.post(
        "/api/Actions", json={"ticket_id": 3115, "outcome": "public note", "note": "Any update?"}
    )
    assert response.status_code == 201
    action = response.json()
    assert action["id"] == 5
    assert action["outcome"] == "Public Note"
    assert action["hiddenfromuser"] is False
    assert action["note_html"] == "Any update?"
    assert action["who"] == "Portal API"
    assert action["actionby_application_id"] == "portal-demo"
    ticket = client.get("/api/Tickets/3115").json()
    assert ticket["lastactiondate"] == action["datetime"]
    other = client.post(
        "/api/Actions", json=[{"ticket_id": 3101, "outcome_id": 3, "note": "x"}]
    ).json()
    assert other["id"] == len(sim.store.actions[3101])


def test_hidden_default_comes_from_the_outcome(client):
    private = client.post(
        "/api/Actions", json=[{"ticket_id": 3115, "outcome": "Private Note", "note": "x"}]
    ).json()
    forced_public = client.post(
        "/api/Actions",
        json=[{"ticket_id": 3115, "outcome": "Private Note", "hiddenfromuser": False}],
    ).json()
    assert private["hiddenfromuser"] is True
    assert forced_public["hiddenfromuser"] is False


def test_close_and_reopen_through_an_action(client):
    closing = client.post(
        "/api/Actions",
        json=[{"ticket_id": 3115, "outcome": "Public Note", "note": "Done", "new_status": 9}],
    )
    assert closing.status_code == 201
    assert closing.json()["new_status"] == 9
    ticket = client.get("/api/Tickets/3115").json()
    assert ticket["status_id"] == 9 and ticket["hasbeenclosed"] is True
    client.post(
        "/api/Actions",
        json=[
            {"ticket_id": 3115, "outcome": "User Update", "note": "Broken again", "new_status": 2}
        ],
    )
    ticket = client.get("/api/Tickets/3115").json()
    assert ticket["status_id"] == 2 and ticket["hasbeenclosed"] is False


def test_an_outcome_with_newstatus_closes_the_ticket(client):
    client.post(
        "/api/Actions", json=[{"ticket_id": 3101, "outcome": "Close Ticket", "note": "Fixed"}]
    )
    assert client.get("/api/Tickets/3101").json()["hasbeenclosed"] is True


def test_unknown_new_status_is_400(client):
    response = client.post(
        "/api/Actions", json=[{"ticket_id": 3115, "outcome": "Public Note", "new_status": 77}]
    )
    assert response.status_code == 400
    assert "[0].new_status" in response.json()


def test_update_an_action_by_id(client):
    response = client.post("/api/Actions", json=[{"id": 4, "ticket_id": 3115, "note": "Edited"}])
    assert response.status_code == 201
    assert client.get("/api/Actions/4", params={"ticket_id": 3115}).json()["note"] == "Edited"


def test_delete_an_action(client):
    assert client.delete("/api/Actions/4", params={"ticket_id": 3115}).status_code == 200
    assert client.get("/api/Actions", params={"ticket_id": 3115}).json()["record_count"] == 3


def test_add_action_helper(sim):
    action = sim.add_action(3101, outcome="Public Note", note="From a test")
    assert action["id"] == len(sim.store.actions[3101])
    assert action["outcome_id"] == 3
    with pytest.raises(KeyError):
        sim.add_action(99999, outcome="Public Note")
