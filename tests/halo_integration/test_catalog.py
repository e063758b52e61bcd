"""Catalog: instance metadata read from the simulator, names resolved the way people type them."""

from __future__ import annotations

import time

import httpx
import pytest
from django.core.cache import caches

from halo_integration.catalog import Catalog
from halo_integration.client import HaloClient
from halo_integration.schemas import TicketRow
from halo_integration.simulator import HaloSimulator
from halo_integration.simulator.store import STATUS_CLOSED, STATUS_OPEN


@pytest.fixture
def catalog(halo) -> Catalog:
    return Catalog(halo)


@pytest.fixture
def shared_cache():
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def _api_gets(sim: HaloSimulator) -> list[str]:
    return [r.path for r in sim.requests if r.method == "GET" and r.path.startswith("/api/")]


# --- resolving names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "typed", "expected_id", "expected_name"),
    [
        ("priorities", "high", 2, "High"),
        ("priorities", "HIGH", 2, "High"),
        ("teams", "messaging", 11, "Messaging"),
        ("teams", "Messaging team", 11, "Messaging"),
        ("ticket_types", "incident", 1, "Incident"),
        ("ticket_types", "service request", 3, "Service Request"),
        ("teams", "2nd line support", 6, "2nd Line Support"),
        ("teams", "2nd line", 6, "2nd Line Support"),
        ("statuses", "in progress", 2, "In Progress"),
        ("outcomes", "private note", 11, "Private Note"),
        ("agents", "chloe martin", 7, "Chloe Martin"),
    ],
)
def test_names_resolve_case_insensitively(catalog, kind, typed, expected_id, expected_name):
    resolution = catalog.resolve(kind, typed)

    assert resolution.ok
    assert resolution.item.id == expected_id
    assert resolution.item.name == expected_name


def test_a_slightly_misspelt_name_still_resolves(catalog):
    assert catalog.resolve("teams", "mesaging").item.id == 11


@pytest.mark.parametrize(
    ("kind", "typed", "expected_id"),
    [("teams", "11", 11), ("teams", "#6", 6), ("priorities", "2", 2), ("statuses", 9, 9)],
)
def test_ids_resolve_to_their_item(catalog, kind, typed, expected_id):
    assert catalog.resolve(kind, typed).item.id == expected_id


def test_an_ambiguous_name_returns_the_candidates_and_no_item(catalog):
    resolution = catalog.resolve("teams", "line support")

    assert not resolution.ok
    assert resolution.item is None
    assert {c.name for c in resolution.candidates} == {"1st Line Support", "2nd Line Support"}


@pytest.mark.parametrize("typed", ["quantum computing", "", None, "999"])
def test_an_unknown_name_or_id_resolves_to_nothing(catalog, typed):
    resolution = catalog.resolve("teams", typed)

    assert resolution.item is None
    assert resolution.candidates == ()


def test_an_unknown_kind_is_refused(catalog):
    with pytest.raises(ValueError):
        catalog.items("widgets")


def test_name_of_and_get_look_up_by_id(catalog):
    assert catalog.name_of("teams", 12) == "Network"
    assert catalog.name_of("teams", 4242, default="?") == "?"
    assert catalog.name_of("teams", None, default="-") == "-"
    assert catalog.get("priorities", "3").name == "Medium"


# --- what the lists hold ------------------------------------------------------------------------


def test_priorities_are_keyed_by_integer_priorityid_and_deduplicated_across_slas(catalog, halo):
    raw = halo.list_priorities()
    items = catalog.items("priorities")

    assert len(raw) == 8  # each priority once per SLA, with a GUID id
    assert [(p.id, p.name) for p in items] == [
        (1, "Critical"),
        (2, "High"),
        (3, "Medium"),
        (4, "Low"),
    ]
    assert all(isinstance(row.id, str) and len(row.id) == 36 for row in raw)


def test_hidden_priorities_inactive_teams_and_disabled_agents_are_left_out(sim, catalog):
    for row in sim.store.priorities:
        if row["priorityid"] == 1:
            row["ishidden"] = True
    sim.store.teams[5]["inactive"] = True

    assert 1 not in {p.id for p in catalog.items("priorities")}
    assert 5 not in {t.id for t in catalog.items("teams")}
    assert 10 not in {a.id for a in catalog.items("agents")}  # Rachel Green is disabled
    assert 7 in {a.id for a in catalog.items("agents")}


def test_end_user_ticket_types_are_those_halo_lets_end_users_pick(catalog):
    assert {t.name for t in catalog.ticket_types(end_user=True)} == {"Incident", "Service Request"}
    assert {t.name for t in catalog.ticket_types()} >= {"Incident", "Problem", "Change"}


def test_note_outcome_fits_the_visibility_asked_for(catalog):
    assert catalog.note_outcome(hidden=True).name == "Private Note"
    assert catalog.note_outcome(hidden=False).name == "Public Note"


def test_note_outcome_never_picks_an_outcome_that_closes_the_ticket(sim, catalog):
    for outcome_id in (3, 7, 11, 14, 19):
        del sim.store.outcomes[outcome_id]  # only "Close Ticket" and "Cancel Ticket" remain
    sim.store.outcomes[40] = {
        "id": 40,
        "outcome": "Reply",
        "newstatus": None,
        "hidefromuser": False,
    }

    assert catalog.note_outcome(hidden=False).name == "Reply"


# --- closed statuses ------------------------------------------------------------------------------


def test_closed_statuses_are_discovered_from_halo(catalog, sim):
    assert catalog.closed_status_ids() == frozenset({9, 10})
    assert catalog.closed_status().name == "Closed"
    excluded = [r for r in sim.requests if r.path == "/api/Status" and r.query]
    assert excluded and excluded[0].query == {"excludeclosed": "true"}


def test_a_renumbered_closed_status_is_found_without_assuming_9(sim, halo):
    del sim.store.statuses[9]
    sim.store.statuses[9] = {"id": 9, "name": "Awaiting Parts", "type": STATUS_OPEN, "sequence": 3}
    sim.store.statuses[57] = {"id": 57, "name": "Resolved", "type": STATUS_CLOSED, "sequence": 8}
    catalog = Catalog(halo)

    assert catalog.closed_status_ids() == frozenset({10, 57})
    assert catalog.closed_status().id == 57  # "Resolved" beats "Cancelled"
    assert not catalog.is_closed(TicketRow(id=1, status_id=9))
    assert catalog.is_closed(TicketRow(id=1, status_id=57))


def test_a_renamed_closed_status_is_still_closed(sim, halo):
    sim.store.statuses[9]["name"] = "Done"
    sim.store.statuses[10]["name"] = "Binned"
    catalog = Catalog(halo)

    assert catalog.closed_status_ids() == frozenset({9, 10})
    assert catalog.closed_status().id == 9


def test_is_closed_follows_the_discovered_statuses(catalog):
    assert catalog.is_closed(TicketRow(id=1, status_id=9))
    assert catalog.is_closed(TicketRow.model_validate({"id": 1, "status_id": "10"}))
    assert not catalog.is_closed(TicketRow.model_validate({"id": 1, "status_id": 2}))
    assert catalog.is_closed(TicketRow.model_validate({"id": 1, "hasbeenclosed": True}))


def test_no_closed_status_at_all_raises_lookup_error(sim, halo):
    for status in sim.store.statuses.values():
        status["type"] = STATUS_OPEN
        if status["name"] in ("Closed", "Cancelled"):
            status["name"] = "Archived " + status["name"][0]

    with pytest.raises(LookupError):
        Catalog(halo).closed_status()


# --- caching --------------------------------------------------------------------------------------


def test_a_second_catalog_sharing_the_cache_does_not_call_halo_again(sim, halo, shared_cache):
    first = Catalog(halo, cache=shared_cache, ttl=300)
    for kind in ("ticket_types", "statuses", "priorities", "teams", "agents", "outcomes"):
        first.items(kind)
    first.closed_status_ids()
    calls = len(_api_gets(sim))

    other_client = HaloClient(halo.config, transport=httpx.WSGITransport(app=sim))
    second = Catalog(other_client, cache=shared_cache, ttl=300)
    assert second.resolve("priorities", "high").item.id == 2
    assert second.closed_status().id == 9
    assert second.note_outcome(hidden=True).id == 11

    assert len(_api_gets(sim)) == calls


def test_one_catalog_reads_each_list_once(sim, catalog):
    catalog.resolve("teams", "network")
    catalog.resolve("teams", "messaging")
    catalog.name_of("teams", 6)

    assert _api_gets(sim).count("/api/Team") == 1


def test_refresh_reads_halo_again(sim, halo, shared_cache):
    catalog = Catalog(halo, cache=shared_cache)
    assert catalog.resolve("teams", "messaging").ok
    sim.store.teams[11]["name"] = "Collaboration"

    assert catalog.name_of("teams", 11) == "Messaging"  # still cached
    catalog.refresh()
    assert catalog.resolve("teams", "collaboration").item.id == 11
    assert _api_gets(sim).count("/api/Team") == 2
    # the shared cache was cleared too: a new catalog sees the new name without asking again
    assert Catalog(halo, cache=shared_cache).name_of("teams", 11) == "Collaboration"
    assert _api_gets(sim).count("/api/Team") == 2


def test_cached_lists_are_kept_for_the_ttl(halo):
    class RecordingCache(dict):
        timeouts: list = []

        def set(self, key, value, timeout=None):
            self[key] = value
            self.timeouts.append(timeout)

        def delete(self, key):
            self.pop(key, None)

    cache = RecordingCache()
    before = time.time()
    Catalog(halo, cache=cache, ttl=123).closed_status()

    # Fresh for the TTL; kept longer, so a stale copy can serve while Halo is away.
    assert cache and all(
        before + 123 <= e["fresh_until"] <= time.time() + 123 for e in cache.values()
    )
    assert cache.timeouts and all(t > 123 for t in cache.timeouts)
    assert any(key.endswith("closed_status_ids") for key in cache)


def test_a_stale_catalog_is_served_while_one_refresh_reloads_it(sim, halo, shared_cache):
    catalog = Catalog(halo, cache=shared_cache, ttl=60)
    assert catalog.name_of("teams", 11) == "Messaging"
    key = catalog._prefix + "teams"
    shared_cache.set(key, {**shared_cache.get(key), "fresh_until": 0}, timeout=3600)  # expired
    sim.faults.down = True  # expired and Halo away: the old copy still answers
    assert Catalog(halo, cache=shared_cache, ttl=60).name_of("teams", 11) == "Messaging"
    sim.faults.down = False
    sim.store.teams[11]["name"] = "Collaboration"
    assert Catalog(halo, cache=shared_cache, ttl=60).name_of("teams", 11) == "Collaboration"
