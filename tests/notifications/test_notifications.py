"""E-mail notifications, through a real SMTP server on loopback: IT's public notes, status
changes, waiting on the employee and reminders; each once, only to the requester, never a
hidden note, per-person choices, and links that lead to a confirm step."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from halo_integration.models import PendingWrite
from notifications import service
from notifications.models import Notification, Preference
from notifications.tasks import notify_ticket_changes

WITH_USER, IN_PROGRESS = 4, 2


def _set_status(sim, ticket_id, status_id):
    sim.store.apply_status(sim.store.tickets[ticket_id], status_id, sim.clock())
    sim.add_action(ticket_id, note="", hiddenfromuser=False, new_status=status_id)


def test_a_public_note_from_it_is_mailed_once_to_the_requester(smtp, emma_in_halo, sim):
    assert service.notify_ticket_changes() == 0  # first look: the past is not news
    sim.add_action(
        3115, note="Please restart Outlook & try again.", hiddenfromuser=False, who="Sam Agent"
    )
    assert notify_ticket_changes.apply().get() == 1  # through the Celery task
    assert service.notify_ticket_changes() == 0  # seen again: not mailed again
    assert len(smtp.messages) == 1
    message = smtp.messages[0]
    assert message["To"] == "emma.jones@acme.example"
    assert smtp.envelopes[0].rcpt_tos == ["emma.jones@acme.example"]
    assert message["From"] == "IT self-service <it@acme.example>"
    assert "#3115" in message["Subject"]
    body = smtp.bodies()[0]
    assert "Please restart Outlook & try again." in body  # as written, not HTML-escaped
    assert "https://portal.acme.example/tickets/3115/" in body
    assert "https://portal.acme.example/account/e-mails/" in body
    assert smtp.logins == ["portal-mailer"]  # EMAIL_HOST_USER / EMAIL_HOST_PASSWORD used


def test_hidden_notes_are_never_mailed(smtp, emma_in_halo, sim):
    service.notify_ticket_changes()
    sim.add_action(3115, note="Internal: mailbox on the old server", hiddenfromuser=True)
    sim.add_action(3115, note="agent-only, flag unknown")  # no outcome: Halo's default
    sim.store.actions[3115][-1].pop("hiddenfromuser", None)  # no flag at all: fail closed
    service.notify_ticket_changes()
    assert smtp.messages == []
    assert not Notification.objects.filter(body__contains="old server").exists()


def test_a_status_change_and_waiting_on_me_are_mailed(smtp, emma_in_halo, sim):
    service.notify_ticket_changes()
    _set_status(sim, 3089, IN_PROGRESS)
    _set_status(sim, 3115, WITH_USER)
    assert service.notify_ticket_changes() == 2
    subjects = sorted(m["Subject"] for m in smtp.messages)
    assert any("#3089" in s and "In Progress" in s for s in subjects)
    assert any("#3115" in s and "waiting for you" in s for s in subjects)
    kinds = set(Notification.objects.values_list("kind", flat=True))
    assert kinds == {"status", "waiting"}


def test_a_ticket_closed_by_it_is_mailed(smtp, emma_in_halo, sim):
    service.notify_ticket_changes()
    _set_status(sim, 3089, 9)
    service.notify_ticket_changes()
    assert [m["Subject"] for m in smtp.messages if "#3089" in m["Subject"]]
    assert service.notify_ticket_changes() == 0


def test_a_reminder_after_nudge_days_links_to_confirm_steps_only(
    smtp, emma_in_halo, sim, client, settings
):
    settings.NUDGE_AFTER_DAYS = 3
    start = timezone.now()
    service.notify_ticket_changes(now=start)  # 3042 is With User from now on
    assert service.notify_ticket_changes(now=start + timedelta(days=2)) == 0
    assert service.notify_ticket_changes(now=start + timedelta(days=3, minutes=1)) == 1
    assert service.notify_ticket_changes(now=start + timedelta(days=5)) == 0  # once per wait
    body = smtp.bodies()[0]
    assert "Reminder" in smtp.messages[0]["Subject"] and "#3042" in smtp.messages[0]["Subject"]
    fixed = "https://portal.acme.example/tickets/3042/resolve/"
    broken = "https://portal.acme.example/tickets/3042/still-broken/"
    assert fixed in body and broken in body
    # Following either link only shows a page to confirm on: nothing is written to Halo.
    client.force_login(emma_in_halo)
    writes_before = len([r for r in sim.requests if r.method == "POST" and "/api/" in r.path])
    for url in (fixed, broken):
        page = client.get(url.removeprefix("https://portal.acme.example"))
        assert page.status_code == 200
        assert 'method="post"' in page.content.decode()
    assert "It is still not working." in page.content.decode()
    writes_after = len([r for r in sim.requests if r.method == "POST" and "/api/" in r.path])
    assert writes_after == writes_before
    assert not PendingWrite.objects.exists()


def test_the_confirm_links_answer_someone_elses_ticket_like_a_missing_one(emma_in_halo, client):
    client.force_login(emma_in_halo)
    mine_missing = client.get("/tickets/999999/still-broken/")
    not_mine = client.get("/tickets/3001/still-broken/")  # a ticket of another requester
    assert mine_missing.status_code == not_mine.status_code == 404


def test_only_the_requester_is_mailed(smtp, emma_in_halo, liam_in_halo, sim):
    service.notify_ticket_changes()
    liams = next(
        t
        for t in sim.store.tickets.values()
        if t["user_id"] == liam_in_halo.halo_identity.halo_user_id and not t["hasbeenclosed"]
    )
    sim.add_action(liams["id"], note="Liam, your laptop is ready.", hiddenfromuser=False)
    service.notify_ticket_changes()
    assert [m["To"] for m in smtp.messages] == ["liam.patel@acme.example"]


def test_my_own_portal_note_is_not_mailed_back_to_me(smtp, emma_in_halo, sim, client):
    service.notify_ticket_changes()
    client.force_login(emma_in_halo)
    client.post("/tickets/3115/notes/", {"note": "Tried rebooting twice"})
    assert PendingWrite.objects.filter(status="done").count() == 1
    assert service.notify_ticket_changes() == 0
    assert smtp.messages == []


def test_preferences_turn_kinds_of_mail_off(smtp, emma_in_halo, sim, client):
    client.force_login(emma_in_halo)
    page = client.get("/account/e-mails/")
    assert page.status_code == 200 and 'name="public_notes"' in page.content.decode()
    response = client.post("/account/e-mails/", {"status_changes": "on", "waiting": "on"})
    assert response.status_code == 302
    preference = Preference.objects.get(user=emma_in_halo)
    assert (preference.public_notes, preference.status_changes, preference.reminders) == (
        False,
        True,
        False,
    )
    service.notify_ticket_changes()
    sim.add_action(3115, note="A reply Emma does not want mailed", hiddenfromuser=False)
    _set_status(sim, 3089, IN_PROGRESS)
    service.notify_ticket_changes()
    assert [("#3089" in m["Subject"]) for m in smtp.messages] == [True]


def test_bad_preference_input_is_harmless(emma_in_halo, client):
    client.force_login(emma_in_halo)
    response = client.post("/account/e-mails/", {"public_notes": "<script>", "bogus": "1"})
    assert response.status_code == 302  # a checkbox is on or off; unknown fields are ignored
    assert Preference.objects.get(user=emma_in_halo).public_notes is True
    assert client.get("/account/e-mails/", {"x": "y" * 5000}).status_code == 200


def test_halo_down_sends_nothing_and_the_next_pass_catches_up(smtp, emma_in_halo, sim):
    service.notify_ticket_changes()
    sim.add_action(3115, note="We replaced the cable.", hiddenfromuser=False)
    sim.faults.down = True
    assert service.notify_ticket_changes() == 0
    sim.faults.down = False
    assert service.notify_ticket_changes() == 1
    assert "replaced the cable" in smtp.bodies()[0]


def test_a_mail_server_that_is_down_keeps_the_mail_for_the_next_pass(
    smtp, emma_in_halo, sim, settings
):
    service.notify_ticket_changes()
    sim.add_action(3115, note="Your new password is in the post.", hiddenfromuser=False)
    real_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 1  # nothing listens there
    assert service.notify_ticket_changes() == 0
    assert Notification.objects.get().error
    settings.EMAIL_PORT = real_port
    assert service.notify_ticket_changes() == 1
    assert service.notify_ticket_changes() == 0
    assert len(smtp.messages) == 1


def test_preferences_need_sign_in(client, halo_connected):
    assert client.get("/account/e-mails/").status_code == 302


def test_mail_is_written_in_the_language_the_person_chose(smtp, emma_in_halo, sim):
    Preference.objects.create(user=emma_in_halo, language="de")
    service.notify_ticket_changes()
    sim.add_action(3115, note="Bitte Outlook neu starten.", hiddenfromuser=False)
    service.notify_ticket_changes()
    assert smtp.messages[0]["Subject"].startswith("Die IT hat auf Ihr Ticket #3115 geantwortet")
    body = smtp.bodies()[0]
    assert "Hallo Emma," in body
    assert "Outlook keeps asking for my password" in body  # Halo's summary as it is


def test_admins_read_every_email_in_django_admin_and_cannot_change_them(
    smtp, emma_in_halo, sim, client, portal_admin
):
    service.notify_ticket_changes()
    sim.add_action(3115, note="Your mailbox was moved.", hiddenfromuser=False)
    service.notify_ticket_changes()
    notification = Notification.objects.get()
    client.force_login(portal_admin)
    listing = client.get("/admin/notifications/notification/")
    assert listing.status_code == 200 and "emma.jones@acme.example" in listing.content.decode()
    page = client.get(f"/admin/notifications/notification/{notification.pk}/change/")
    assert "Your mailbox was moved." in page.content.decode()
    client.post(f"/admin/notifications/notification/{notification.pk}/change/", {"to": "x@y.z"})
    assert Notification.objects.get().to == "emma.jones@acme.example"
