"""POST /halo/webhook/: authentication, repeats, bursts, the portal's own echo, payloads the
portal cannot use, and a change made in Halo reaching the employee's page."""

from __future__ import annotations

import json

import pytest

from halo_integration import tasks
from halo_integration.mirror.models import MirrorState, MirrorTicket
from halo_integration.simulator.webhooks import WebhookTarget
from tests.fixtures.halo import api_calls
from tests.mirror.conftest import EMMAS_TICKET, basic

pytestmark = pytest.mark.django_db
URL = "/halo/webhook/"


@pytest.fixture
def scheduled(monkeypatch):
    """Re-reads the webhook view queued (run them with run_all)."""
    queued: list[tuple] = []
    monkeypatch.setattr(
        tasks.refresh_mirrored_ticket, "apply_async", lambda args, countdown: queued.append(args)
    )
    return queued


def run_all(queued):
    while queued:
        tasks.refresh_mirrored_ticket(*queued.pop(0))


def post(client, body, auth=None):
    headers = {"HTTP_AUTHORIZATION": auth} if auth else {}
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post(URL, raw, content_type="application/json", **headers)


def event(ticket_id=EMMAS_TICKET, delivery="d-1", **extra):
    return {
        "id": delivery,
        "webhook_id": "w-1",
        "event": "ticket updated",
        "object_id": ticket_id,
        "timestamp": "2026-12-01T10:00:00Z",
        **extra,
    }


def test_without_or_with_wrong_credentials_it_answers_401(client, halo_connected, scheduled):
    assert post(client, event()).status_code == 401
    assert post(client, event(), auth=basic(password="wrong")).status_code == 401
    assert post(client, event(), auth="Bearer x").status_code == 401
    assert post(client, event(), auth="Basic !!!").status_code == 401
    assert scheduled == []


def test_credentials_set_on_the_connection_work(client, halo_connected, scheduled, settings):
    settings.HALO_WEBHOOK_USERNAME = settings.HALO_WEBHOOK_PASSWORD = ""
    halo_connected.webhook_username = "from-admin"
    halo_connected.webhook_password = "admin-made-pw"
    halo_connected.save()

    assert post(client, event(), auth=basic("from-admin", "admin-made-pw")).status_code == 200
    assert post(client, event(delivery="d-2"), auth=basic()).status_code == 401


def test_bodies_it_cannot_use_get_200_and_change_nothing(client, halo_connected, scheduled):
    for body in (b"not json", b"", {"event": "hello"}, [1, 2], {"object_id": "abc"}):
        response = post(client, body, auth=basic())
        assert response.status_code == 200
    assert scheduled == []


def test_a_repeated_delivery_is_taken_once(client, halo_connected, scheduled):
    first = post(client, event(), auth=basic()).json()["status"]
    second = post(client, event(), auth=basic()).json()["status"]

    assert first == "re-read" and second == "duplicate"
    assert len(scheduled) == 1


def test_a_burst_for_one_ticket_causes_one_re_read(client, halo_connected, scheduled, sim):
    for n in range(10):
        assert post(client, event(delivery=f"burst-{n}"), auth=basic()).status_code == 200
    assert len(scheduled) == 1
    before = api_calls(sim)

    run_all(scheduled)

    assert api_calls(sim) - before == 2  # the ticket and its actions, once
    assert MirrorTicket.objects.get(ticket_id=EMMAS_TICKET).actions_at is not None
    state = MirrorState.objects.get()
    assert state.webhook_count == 10 and state.webhook_at is not None


def test_the_echo_of_the_portals_own_write_is_ignored(emma, sim, scheduled):
    sim.webhooks.append(
        WebhookTarget(
            URL,
            payload="event",
            send=lambda h, b: statuses.append(
                emma.post(
                    URL, b, content_type="application/json", HTTP_AUTHORIZATION=basic()
                ).json()["status"]
            ),
        )
    )
    statuses: list[str] = []
    emma.get(f"/tickets/{EMMAS_TICKET}/")
    emma.post(f"/tickets/{EMMAS_TICKET}/notes/", {"note": "Rebooted, still broken"})

    sim.send_webhooks()  # Halo's queue delivers the event about the portal's own note

    assert statuses and set(statuses) == {"echo"}
    assert scheduled == []


def test_a_small_object_without_requester_is_re_read(client, halo_connected, scheduled):
    small = event(ticket={"id": EMMAS_TICKET, "status_id": 9})
    assert post(client, small, auth=basic()).json()["status"] == "re-read"


def test_a_full_object_with_actions_is_applied_without_calling_halo(
    client, halo_connected, scheduled, sim
):
    from halo_integration.simulator.tickets import full_ticket

    ticket = full_ticket(sim.store, sim.store.tickets[EMMAS_TICKET])
    actions = [dict(a) for a in sim.store.actions[EMMAS_TICKET]]
    before = api_calls(sim)

    status = post(client, event(ticket=ticket, actions=actions), auth=basic()).json()["status"]

    assert status == "applied" and scheduled == [] and api_calls(sim) == before
    assert MirrorTicket.objects.get(ticket_id=EMMAS_TICKET).user_id == ticket["user_id"]


@pytest.mark.parametrize("payload", ["event", "small", "full"])
def test_a_change_made_in_halo_reaches_the_employees_page(emma, sim, scheduled, payload):
    sim.webhooks.append(
        WebhookTarget(
            URL,
            payload=payload,
            send=lambda h, b: emma.post(
                URL, b, content_type="application/json", HTTP_AUTHORIZATION=basic()
            ),
        )
    )
    emma.get(f"/tickets/{EMMAS_TICKET}/")

    sim.add_action(
        EMMAS_TICKET, note="Your mailbox was moved, please try now", hiddenfromuser=False
    )
    sim.send_webhooks()
    run_all(scheduled)

    page = emma.get(f"/tickets/{EMMAS_TICKET}/").content.decode()
    assert "Your mailbox was moved, please try now" in page


def test_the_connection_admin_shows_what_to_paste_into_halo(client, portal_admin, halo_connected):
    client.force_login(portal_admin)
    url = f"/admin/halo_integration/haloconnection/{halo_connected.pk}/change/"

    page = client.get(url).content.decode()
    halo_connected.refresh_from_db()

    assert "http://testserver/halo/webhook/" in page
    assert halo_connected.webhook_username in page and halo_connected.webhook_password in page
    assert "none yet" in page
    auth = basic(halo_connected.webhook_username, halo_connected.webhook_password)
    assert post(client, event(), auth=auth).status_code == 200
    assert "none yet" not in client.get(url).content.decode()
