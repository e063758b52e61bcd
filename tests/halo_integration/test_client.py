"""HaloClient against the in-process simulator: lists and paging, writes, and every error type."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable

import httpx
import pytest

from halo_integration.client import ENTITIES, MAX_PAGE_SIZE, HaloClient, HaloConfig, Page
from halo_integration.errors import (
    HaloError,
    HaloForbidden,
    HaloNotFound,
    HaloRateLimited,
    HaloRejected,
    HaloUnavailable,
)
from halo_integration.schemas import HaloModel, Ticket
from halo_integration.simulator import HaloSimulator
from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET, SIM_URL

ACME = 12
EMMA = 201


class Rewrite(httpx.BaseTransport):
    """Sits between the client and the simulator: may change a request, or an answer's JSON."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        request: Callable[[httpx.Request], httpx.Request] | None = None,
        body: Callable[[httpx.Request, object], object] | None = None,
    ) -> None:
        self.inner = inner
        self.rewrite_request = request
        self.rewrite_body = body

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.rewrite_request is not None:
            request = self.rewrite_request(request)
        response = self.inner.handle_request(request)
        if self.rewrite_body is None or not request.url.path.startswith("/api/"):
            return response
        response.read()
        body = self.rewrite_body(request, response.json())
        return httpx.Response(response.status_code, json=body, request=request)


def _client(
    sim: HaloSimulator, transport: httpx.BaseTransport | None = None, **kwargs
) -> HaloClient:
    config = kwargs.pop("config", None) or HaloConfig(
        url=SIM_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET
    )
    kwargs.setdefault("sleep", lambda _: None)
    return HaloClient(config, transport=transport or httpx.WSGITransport(app=sim), **kwargs)


def _calls(sim: HaloSimulator, method: str, path: str) -> list:
    return [r for r in sim.requests if r.method == method and r.path == path]


def _acme_ticket_count(sim: HaloSimulator) -> int:
    return sum(1 for t in sim.store.tickets.values() if t["client_id"] == ACME)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def recorded_halo(sim, sleeps):
    """The real client over the simulator, recording its back-off waits instead of sleeping."""
    with _client(sim, sleep=sleeps.append, max_retries=3, max_backoff=30.0) as halo:
        yield halo


# --- lists and paging ----------------------------------------------------------------------------


def test_iter_tickets_follows_pages_past_100_rows(sim, halo):
    expected = _acme_ticket_count(sim)
    assert expected > MAX_PAGE_SIZE

    rows = list(halo.iter_tickets(client_id=ACME))

    assert len(rows) == expected
    assert len({row.id for row in rows}) == expected
    assert {row.client_id for row in rows} == {ACME}
    pages = _calls(sim, "GET", "/api/Tickets")
    assert [r.query["page_no"] for r in pages] == ["1", "2"]
    assert {r.query["page_size"] for r in pages} == {"100"}
    assert {r.query["pageinate"] for r in pages} == {"true"}
    assert {r.query["client_id"] for r in pages} == {str(ACME)}


def test_a_short_page_ends_the_listing(sim, halo):
    rows = list(halo.iter_tickets(user_id=EMMA))

    assert 0 < len(rows) < MAX_PAGE_SIZE
    assert len(_calls(sim, "GET", "/api/Tickets")) == 1


def test_an_empty_answer_ends_the_listing(sim, halo):
    assert list(halo.iter_tickets(user_id=999_999)) == []

    assert len(_calls(sim, "GET", "/api/Tickets")) == 1


def test_record_count_ends_the_listing_on_an_exactly_full_last_page():
    sim = HaloSimulator(seed=False)
    for n in range(200):
        sim.add_ticket(summary=f"ticket {n}")

    with _client(sim) as halo:
        rows = list(halo.iter_tickets())

    assert len(rows) == 200
    assert [r.query["page_no"] for r in _calls(sim, "GET", "/api/Tickets")] == ["1", "2"]


def test_an_empty_page_stops_even_when_record_count_overstates_the_total():
    sim = HaloSimulator(seed=False)
    for n in range(200):
        sim.add_ticket(summary=f"ticket {n}")

    def overstate(request, body):
        return {**body, "record_count": 10_000} if isinstance(body, dict) else body

    with _client(sim, Rewrite(httpx.WSGITransport(app=sim), body=overstate)) as halo:
        rows = list(halo.iter_tickets())

    assert len(rows) == 200
    assert [r.query["page_no"] for r in _calls(sim, "GET", "/api/Tickets")] == ["1", "2", "3"]


def test_iter_tickets_stops_at_the_limit_without_reading_further_pages(sim, halo):
    rows = list(halo.iter_tickets(client_id=ACME, limit=5))

    assert len(rows) == 5
    assert len(_calls(sim, "GET", "/api/Tickets")) == 1


def test_rows_halo_should_have_filtered_out_are_dropped(sim):
    """Halo ignores a filter it does not know; rows that do not match never reach the caller."""

    def drop_user_filter(request: httpx.Request) -> httpx.Request:
        url = request.url.copy_remove_param("user_id")
        return httpx.Request(request.method, url, headers=request.headers, content=request.content)

    with _client(sim, Rewrite(httpx.WSGITransport(app=sim), request=drop_user_filter)) as halo:
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
    query = _calls(sim, "GET", "/api/Tickets")[0].query
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

    with _client(sim, Rewrite(httpx.WSGITransport(app=sim), body=wrap)) as halo:
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
    assert _calls(sim, "GET", "/api/Actions")[0].query["excludeprivate"] == "true"


def test_public_only_actions_stay_public_even_if_halo_ignores_excludeprivate(sim):
    def drop_excludeprivate(request: httpx.Request) -> httpx.Request:
        url = request.url.copy_remove_param("excludeprivate")
        return httpx.Request(request.method, url, headers=request.headers, content=request.content)

    transport = Rewrite(httpx.WSGITransport(app=sim), request=drop_excludeprivate)
    with _client(sim, transport) as halo:
        actions = halo.list_actions(3115, public_only=True)

    assert "excludeprivate" not in _calls(sim, "GET", "/api/Actions")[0].query
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

    with _client(sim, Rewrite(httpx.WSGITransport(app=sim), body=respell)) as halo:
        actions = halo.list_actions(3115, public_only=True)

    assert len(actions) == 3


# --- writes --------------------------------------------------------------------------------------


def test_create_ticket_posts_an_array_and_returns_the_new_ticket(sim, halo):
    created = halo.create_ticket(
        {
            "summary": "Printer offline",
            "details": "Floor 3",
            "user_id": EMMA,
            "site_id": 31,
            "id": 55,
        }
    )

    post = _calls(sim, "POST", "/api/Tickets")[0]
    assert post.body == [
        {"summary": "Printer offline", "details": "Floor 3", "user_id": EMMA, "site_id": 31}
    ]
    assert isinstance(created, Ticket)
    assert created.id != 55
    assert created.summary == "Printer offline"
    assert sim.store.tickets[created.id]["user_id"] == EMMA


def test_update_ticket_sends_the_id_and_changes_only_the_named_fields(sim, halo):
    before = dict(sim.store.tickets[3115])
    count = len(sim.store.tickets)

    updated = halo.update_ticket(3115, {"summary": "Outlook password loop"})

    assert _calls(sim, "POST", "/api/Tickets")[0].body == [
        {"summary": "Outlook password loop", "id": 3115}
    ]
    assert updated is not None and updated.id == 3115
    assert sim.store.tickets[3115]["summary"] == "Outlook password loop"
    assert sim.store.tickets[3115]["user_id"] == before["user_id"]
    assert len(sim.store.tickets) == count


def test_update_ticket_without_an_id_is_refused_before_calling_halo(sim, halo):
    with pytest.raises(ValueError):
        halo.update_ticket(0, {"summary": "would create a ticket"})

    assert sim.requests == []


def test_add_action_requires_an_outcome(sim, halo):
    with pytest.raises(ValueError, match="outcome"):
        halo.add_action(3115, note="hello")

    assert sim.requests == []


@pytest.mark.parametrize(
    ("kwargs", "outcome"),
    [({"outcome_id": 3}, "Public Note"), ({"outcome": "Private Note"}, "Private Note")],
)
def test_add_action_posts_a_note_with_its_outcome(sim, halo, kwargs, outcome):
    action = halo.add_action(
        3115, note="We are on it", hiddenfromuser=outcome == "Private Note", **kwargs
    )

    post = _calls(sim, "POST", "/api/Actions")[0]
    assert isinstance(post.body, list) and len(post.body) == 1
    assert post.body[0]["ticket_id"] == 3115
    assert action is not None and action.outcome == outcome
    assert sim.store.actions[3115][-1]["note"] == "We are on it"


def test_add_action_can_change_the_ticket_status(sim, halo):
    halo.add_action(3115, note="Fixed", outcome_id=3, new_status=9)

    assert sim.store.tickets[3115]["status_id"] == 9
    assert sim.store.tickets[3115]["hasbeenclosed"] is True


def test_a_post_answered_5xx_is_not_repeated(sim, recorded_halo, sleeps):
    before = len(sim.store.tickets)
    sim.faults.fail_next(1, status=500)

    with pytest.raises(HaloUnavailable) as raised:
        recorded_halo.create_ticket({"summary": "Once only", "client_id": ACME})

    assert raised.value.write_may_have_committed is True
    assert len(_calls(sim, "POST", "/api/Tickets")) == 1
    assert sleeps == []
    assert len(sim.store.tickets) == before  # this failure happened before Halo wrote anything


def test_a_post_whose_answer_is_lost_is_not_repeated_and_was_committed(sim, recorded_halo, sleeps):
    sim.faults.lose_next_write_response(1)

    with pytest.raises(HaloUnavailable) as raised:
        recorded_halo.create_ticket({"summary": "Lost answer", "client_id": ACME})

    assert raised.value.write_may_have_committed is True
    posts = _calls(sim, "POST", "/api/Tickets")
    assert [r.status for r in posts] == [504]
    assert sleeps == []
    assert [t["summary"] for t in sim.store.tickets.values()].count("Lost answer") == 1


def test_a_lost_action_answer_is_not_repeated_either(sim, halo):
    notes_before = len(sim.store.actions[3115])
    sim.faults.lose_next_write_response(1)

    with pytest.raises(HaloUnavailable) as raised:
        halo.add_action(3115, note="Lost note", outcome_id=3)

    assert raised.value.write_may_have_committed
    assert len(_calls(sim, "POST", "/api/Actions")) == 1
    assert len(sim.store.actions[3115]) == notes_before + 1


def test_a_post_answered_429_is_retried_because_halo_did_not_process_it(sim, recorded_halo, sleeps):
    sim.faults.fail_with_429(1, retry_after=2)

    created = recorded_halo.create_ticket({"summary": "Retried after 429", "client_id": ACME})

    assert [r.status for r in _calls(sim, "POST", "/api/Tickets")] == [429, 201]
    assert sleeps == [2.0]
    assert [t["id"] for t in sim.store.tickets.values() if t["summary"] == "Retried after 429"] == [
        created.id
    ]


def test_a_post_that_never_connected_is_retried(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)
    refused = {"left": 1}

    def refuse_first_post(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path == "/api/Tickets" and refused["left"]:
            refused["left"] -= 1
            raise httpx.ConnectError("connection refused", request=request)
        return inner.handle_request(request)

    with _client(sim, httpx.MockTransport(refuse_first_post), sleep=sleeps.append) as halo:
        created = halo.create_ticket({"summary": "After refusal", "client_id": ACME})

    assert len(_calls(sim, "POST", "/api/Tickets")) == 1
    assert created is not None and created.summary == "After refusal"
    assert len(sleeps) == 1


def test_a_post_that_timed_out_reading_is_not_retried(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)

    def read_timeout_on_post(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.startswith("/api/"):
            inner.handle_request(request)  # Halo got it and wrote it; the answer never came
            raise httpx.ReadTimeout("timed out", request=request)
        return inner.handle_request(request)

    with (
        _client(sim, httpx.MockTransport(read_timeout_on_post), sleep=sleeps.append) as halo,
        pytest.raises(HaloUnavailable) as raised,
    ):
        halo.create_ticket({"summary": "Slow write", "client_id": ACME})

    assert raised.value.write_may_have_committed
    assert len(_calls(sim, "POST", "/api/Tickets")) == 1
    assert sleeps == []


# --- errors --------------------------------------------------------------------------------------


def test_a_400_carries_halos_own_message(sim, halo):
    with pytest.raises(HaloRejected) as raised:
        halo.request("POST", "/Actions", json=[{"ticket_id": 3115, "note": "no outcome"}])

    error = raised.value
    assert error.status_code == 400
    assert "An Outcome must be entered for this Action" in error.halo_message
    assert "An Outcome must be entered for this Action" in str(error)
    assert len(_calls(sim, "POST", "/api/Actions")) == 1


def test_a_400_on_create_ticket_names_the_field(halo):
    with pytest.raises(HaloRejected) as raised:
        halo.create_ticket({"details": "no summary"})

    assert "Summary is required" in raised.value.halo_message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"errorMessage": "CODE:APP03/2 Please select the CAB members to approve"}, "CODE:APP03/2"),
        (
            {"ClassName": "X", "Message": "Invalid advanced search parameter"},
            "Invalid advanced search",
        ),
        ({"error": "Please enter a valid URL"}, "Please enter a valid URL"),
        ({"errors": ["first problem", "second problem"]}, "second problem"),
        ({"[0].id": ["Ticket 5 is locked"]}, "Ticket 5 is locked"),
        ("plain text reason", "plain text reason"),
    ],
)
def test_halos_error_shapes_all_yield_its_message(sim, body, expected):
    inner = httpx.WSGITransport(app=sim)

    def reject(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/"):
            if isinstance(body, str):
                return httpx.Response(400, text=body)
            return httpx.Response(400, json=body)
        return inner.handle_request(request)

    with _client(sim, httpx.MockTransport(reject)) as halo, pytest.raises(HaloRejected) as raised:
        halo.request("POST", "/Tickets", json=[{"summary": "x"}])

    assert expected in raised.value.halo_message


def test_a_403_is_forbidden_and_mentions_the_missing_scope():
    sim = HaloSimulator(seed=True, clients={"assets-only": ("pw", "read:assets")})
    config = HaloConfig(
        url=SIM_URL, client_id="assets-only", client_secret="pw", scope="read:assets"
    )

    with _client(sim, config=config) as halo:
        assert halo.lookup("assets").rows  # allowed
        with pytest.raises(HaloForbidden) as raised:
            halo.list_tickets()

    assert "scope" in str(raised.value)
    assert [r.status for r in _calls(sim, "GET", "/api/Tickets")] == [403]


@pytest.mark.parametrize(
    "call",
    [
        lambda halo: halo.get_ticket(999_999),
        lambda halo: halo.get_user(999_999),
        lambda halo: halo.get_client(999_999),
        lambda halo: halo.get_site(999_999),
        lambda halo: halo.get_agent(999_999),
        lambda halo: halo.get_entity("assets", 999_999),
        lambda halo: halo.request("GET", "/NoSuchThing"),
    ],
)
def test_a_404_is_not_found(halo, call):
    with pytest.raises(HaloNotFound):
        call(halo)


def test_single_records_come_back_as_objects(halo):
    assert halo.get_ticket(3115).summary == "Outlook keeps asking for my password"
    assert halo.get_user(EMMA).emailaddress == "emma.jones@acme.example"
    assert halo.get_client(ACME).name == "Acme Inc"
    assert halo.get_site(31).name == "HQ"
    assert halo.get_agent(7).name == "Chloe Martin"
    assert halo.get_me().id == 14


def test_a_429_is_retried_after_the_retry_after_seconds(sim, recorded_halo, sleeps):
    sim.faults.fail_with_429(2, retry_after=3)

    assert recorded_halo.get_ticket(3115).id == 3115

    assert sleeps == [3.0, 3.0]
    assert [r.status for r in _calls(sim, "GET", "/api/Tickets/3115")] == [429, 429, 200]


def test_a_429_without_retry_after_backs_off_exponentially_up_to_max_backoff(sim, sleeps):
    sim.faults.fail_with_429(3, retry_after=None)

    with _client(sim, sleep=sleeps.append, max_retries=3, max_backoff=1.0) as halo:
        halo.get_me()

    assert sleeps == [0.5, 1.0, 1.0]
    assert all(wait <= 1.0 for wait in sleeps)


def test_a_retry_after_given_as_an_http_date_is_honoured(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)
    busy = {"left": 1}

    def busy_once(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/") and busy["left"]:
            busy["left"] -= 1
            when = email.utils.formatdate(time.time() + 20, usegmt=True)
            return httpx.Response(429, headers={"Retry-After": when}, text="Rate Limit Reached")
        return inner.handle_request(request)

    with _client(sim, httpx.MockTransport(busy_once), sleep=sleeps.append) as halo:
        assert halo.get_me().id == 14

    assert len(sleeps) == 1
    assert 15 <= sleeps[0] <= 20


def test_a_retry_after_longer_than_max_backoff_is_handed_to_the_caller(sim, recorded_halo, sleeps):
    sim.faults.fail_with_429(1, retry_after=120)

    with pytest.raises(HaloRateLimited) as raised:
        recorded_halo.get_me()

    assert raised.value.retry_after == 120
    assert sleeps == []
    assert len(_calls(sim, "GET", "/api/Agent/me")) == 1


def test_a_429_that_never_clears_ends_as_rate_limited(sim, recorded_halo, sleeps):
    sim.faults.fail_with_429(100, retry_after=1)

    with pytest.raises(HaloRateLimited) as raised:
        recorded_halo.get_me()

    assert raised.value.retry_after == 1
    assert "Rate Limit Reached" in str(raised.value)
    assert sleeps == [1.0, 1.0, 1.0]
    assert len(_calls(sim, "GET", "/api/Agent/me")) == 4  # the first try and max_retries=3


def test_the_rolling_rate_limit_window_is_honoured(sim, recorded_halo, sleeps):
    sim.faults.rate_limit(2, window_seconds=60)
    recorded_halo.get_me()
    recorded_halo.get_me()

    with pytest.raises(HaloRateLimited) as raised:
        recorded_halo.get_me()
    assert 30 < raised.value.retry_after <= 60  # longer than max_backoff: not waited for here
    assert "2 Requests per rolling 1 minute window" in str(raised.value)

    sim.advance(61)
    assert recorded_halo.get_me().id == 14
    assert sleeps == []


def test_a_5xx_on_a_get_is_retried(sim, recorded_halo, sleeps):
    sim.faults.fail_next(2, status=503)

    assert recorded_halo.get_ticket(3115).id == 3115

    assert [r.status for r in _calls(sim, "GET", "/api/Tickets/3115")] == [503, 503, 200]
    assert sleeps == [0.5, 1.0]


def test_a_5xx_that_persists_ends_as_unavailable(sim, recorded_halo, sleeps):
    sim.faults.fail_next(100, status=500)

    with pytest.raises(HaloUnavailable) as raised:
        recorded_halo.list_statuses()

    assert raised.value.write_may_have_committed is False
    assert "500" in str(raised.value)
    assert len(_calls(sim, "GET", "/api/Status")) == 4
    assert len(sleeps) == 3


def test_a_get_that_times_out_is_retried_then_unavailable(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)

    def slow_api(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/"):
            raise httpx.ReadTimeout("timed out", request=request)
        return inner.handle_request(request)

    with (
        _client(sim, httpx.MockTransport(slow_api), sleep=sleeps.append, max_retries=2) as halo,
        pytest.raises(HaloUnavailable) as raised,
    ):
        halo.get_me()

    assert raised.value.write_may_have_committed is False
    assert "ReadTimeout" in str(raised.value)
    assert len(sleeps) == 2


def test_connection_refused_is_unavailable():
    config = HaloConfig(
        url="http://127.0.0.1:9", client_id=CLIENT_ID, client_secret=CLIENT_SECRET, timeout=2
    )

    with HaloClient(config, sleep=lambda _: None) as halo, pytest.raises(HaloUnavailable) as raised:
        halo.get_me()

    assert "127.0.0.1:9" in str(raised.value)


def test_connection_refused_after_the_token_is_retried_then_unavailable(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)

    def refuse_api(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/"):
            raise httpx.ConnectError("connection refused", request=request)
        return inner.handle_request(request)

    with (
        _client(sim, httpx.MockTransport(refuse_api), sleep=sleeps.append, max_retries=2) as halo,
        pytest.raises(HaloUnavailable) as raised,
    ):
        halo.create_ticket({"summary": "never sent"})

    assert "cannot reach Halo" in str(raised.value)
    assert raised.value.write_may_have_committed is False
    assert len(sleeps) == 2


def test_halo_down_fails_at_the_token_step(sim, halo):
    sim.faults.down = True

    with pytest.raises(HaloUnavailable) as raised:
        halo.list_tickets()

    assert "token" in str(raised.value)
    assert [r.path for r in sim.requests] == ["/auth/token"]


def test_halo_coming_back_after_being_down_works_again(sim, halo):
    sim.faults.down = True
    with pytest.raises(HaloUnavailable):
        halo.get_me()

    sim.faults.reset()
    assert halo.get_me().id == 14


def test_an_answer_that_is_not_json_is_rejected_not_crashed_on(sim):
    inner = httpx.WSGITransport(app=sim)

    def html_page(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/"):
            return httpx.Response(200, html="<html>login</html>")
        return inner.handle_request(request)

    with _client(sim, httpx.MockTransport(html_page)) as halo, pytest.raises(HaloRejected):
        halo.get_me()


def test_every_error_is_a_halo_error():
    for error in (HaloForbidden, HaloNotFound, HaloRateLimited, HaloRejected, HaloUnavailable):
        assert issubclass(error, HaloError)
