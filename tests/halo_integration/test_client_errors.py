"""HaloClient's errors and retries: Halo's messages, 4xx, 429 back-off, 5xx, timeouts, down."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from halo_integration.client import HaloClient, HaloConfig
from halo_integration.errors import (
    HaloError,
    HaloForbidden,
    HaloNotFound,
    HaloRateLimited,
    HaloRejected,
    HaloUnavailable,
)
from halo_integration.simulator import HaloSimulator
from tests.fixtures.halo import CLIENT_ID, CLIENT_SECRET, SIM_URL
from tests.halo_integration.client_support import (
    ACME,
    EMMA,
    calls_to,
    make_client,
)

# --- errors --------------------------------------------------------------------------------------


def test_a_400_carries_halos_own_message(sim, halo):
    with pytest.raises(HaloRejected) as raised:
        halo.request("POST", "/Actions", json=[{"ticket_id": 3115, "note": "no outcome"}])

    error = raised.value
    assert error.status_code == 400
    assert "An Outcome must be entered for this Action" in error.halo_message
    assert "An Outcome must be entered for this Action" in str(error)
    assert len(calls_to(sim, "POST", "/api/Actions")) == 1


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

    with (
        make_client(sim, httpx.MockTransport(reject)) as halo,
        pytest.raises(HaloRejected) as raised,
    ):
        halo.request("POST", "/Tickets", json=[{"summary": "x"}])

    assert expected in raised.value.halo_message


def test_a_403_is_forbidden_and_mentions_the_missing_scope():
    sim = HaloSimulator(seed=True, clients={"assets-only": ("pw", "read:assets")})
    config = HaloConfig(
        url=SIM_URL, client_id="assets-only", client_secret="pw", scope="read:assets"
    )

    with make_client(sim, config=config) as halo:
        assert halo.lookup("assets").rows  # allowed
        with pytest.raises(HaloForbidden) as raised:
            halo.list_tickets()

    assert "scope" in str(raised.value)
    assert [r.status for r in calls_to(sim, "GET", "/api/Tickets")] == [403]


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
    assert [r.status for r in calls_to(sim, "GET", "/api/Tickets/3115")] == [429, 429, 200]


def test_a_429_without_retry_after_backs_off_exponentially_up_to_max_backoff(sim, sleeps):
    sim.faults.fail_with_429(3, retry_after=None)

    with make_client(sim, sleep=sleeps.append, max_retries=3, max_backoff=1.0) as halo:
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

    with make_client(sim, httpx.MockTransport(busy_once), sleep=sleeps.append) as halo:
        assert halo.get_me().id == 14

    assert len(sleeps) == 1
    assert 15 <= sleeps[0] <= 20


def test_a_retry_after_longer_than_max_backoff_is_handed_to_the_caller(sim, recorded_halo, sleeps):
    sim.faults.fail_with_429(1, retry_after=120)

    with pytest.raises(HaloRateLimited) as raised:
        recorded_halo.get_me()

    assert raised.value.retry_after == 120
    assert sleeps == []
    assert len(calls_to(sim, "GET", "/api/Agent/me")) == 1


def test_a_429_that_never_clears_ends_as_rate_limited(sim, recorded_halo, sleeps):
    sim.faults.fail_with_429(100, retry_after=1)

    with pytest.raises(HaloRateLimited) as raised:
        recorded_halo.get_me()

    assert raised.value.retry_after == 1
    assert "Rate Limit Reached" in str(raised.value)
    assert sleeps == [1.0, 1.0, 1.0]
    assert len(calls_to(sim, "GET", "/api/Agent/me")) == 4  # the first try and max_retries=3


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

    assert [r.status for r in calls_to(sim, "GET", "/api/Tickets/3115")] == [503, 503, 200]
    assert sleeps == [0.5, 1.0]


def test_a_5xx_that_persists_ends_as_unavailable(sim, recorded_halo, sleeps):
    sim.faults.fail_next(100, status=500)

    with pytest.raises(HaloUnavailable) as raised:
        recorded_halo.list_statuses()

    assert raised.value.write_may_have_committed is False
    assert "500" in str(raised.value)
    assert len(calls_to(sim, "GET", "/api/Status")) == 4
    assert len(sleeps) == 3


def test_a_get_that_times_out_is_retried_then_unavailable(sim, sleeps):
    inner = httpx.WSGITransport(app=sim)

    def slow_api(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/"):
            raise httpx.ReadTimeout("timed out", request=request)
        return inner.handle_request(request)

    with (
        make_client(sim, httpx.MockTransport(slow_api), sleep=sleeps.append, max_retries=2) as halo,
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
        make_client(
            sim, httpx.MockTransport(refuse_api), sleep=sleeps.append, max_retries=2
        ) as halo,
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

    with make_client(sim, httpx.MockTransport(html_page)) as halo, pytest.raises(HaloRejected):
        halo.get_me()


def test_every_error_is_a_halo_error():
    for error in (HaloForbidden, HaloNotFound, HaloRateLimited, HaloRejected, HaloUnavailable):
        assert issubclass(error, HaloError)
