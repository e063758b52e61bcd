"""The demo's simulator keeps its tenant on disk: a restart keeps tickets, notes and ids."""

from __future__ import annotations

import httpx
import pytest

from halo_integration.client import HaloClient, HaloConfig
from halo_integration.simulator import HaloSimulator

CONFIG = HaloConfig(url="http://halo.test", client_id="portal-demo", client_secret="demo-secret")


def client_for(sim: HaloSimulator) -> HaloClient:
    return HaloClient(CONFIG, transport=httpx.WSGITransport(app=sim), sleep=lambda _: None)


def test_a_restarted_simulator_keeps_its_tickets_notes_and_ids(tmp_path):
    state = tmp_path / "halo-simulator.json"
    first = HaloSimulator(state_path=state)
    with client_for(first) as halo:
        created = halo.create_ticket({"summary": "Dock flickers", "user_id": 201, "site_id": 31})
        halo.add_action(created.id, note="Tried another cable.", outcome="User Update")

    again = HaloSimulator(state_path=state)  # a new process, as after a restart
    with client_for(again) as halo:
        kept = halo.get_ticket(created.id)
        notes = [a.note for a in halo.list_actions(created.id)]
        after = halo.create_ticket({"summary": "Second dock", "user_id": 201, "site_id": 31})

    assert kept.summary == "Dock flickers"
    assert "Tried another cable." in notes
    assert after.id > created.id  # ids are never handed out twice
    assert again.store.tickets.keys() == first.store.tickets.keys() | {after.id}


def test_without_a_state_file_the_simulator_starts_afresh_every_time(tmp_path):
    first = HaloSimulator()
    with client_for(first) as halo:
        created = halo.create_ticket({"summary": "Dock flickers", "user_id": 201, "site_id": 31})

    assert created.id not in HaloSimulator().store.tickets
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_saved_state_is_refused(tmp_path):
    state = tmp_path / "halo-simulator.json"
    state.write_text('{"tickets": []}')

    with pytest.raises(ValueError, match="not a saved Halo simulator state"):
        HaloSimulator(state_path=state)
