"""A real SMTP server on loopback (aiosmtpd) and Emma, matched to her Halo user."""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from halo_integration.models import HaloIdentity
from tests.fixtures.web import free_port

SMTP_USER, SMTP_PASSWORD = "portal-mailer", "mail-secret-1"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.envelopes: list[Any] = []
        self.logins: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        self.messages.append(
            email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        )
        return "250 OK"

    def bodies(self) -> list[str]:
        return [_text(m) for m in self.messages]


def _text(message: Message) -> str:
    part = message.get_payload(decode=True)
    if isinstance(part, bytes):
        return part.decode(message.get_content_charset() or "utf-8")
    return str(message.get_payload())


@pytest.fixture
def smtp(settings):
    """An SMTP server on 127.0.0.1 that requires a login, wired in as the portal's mail server."""
    inbox = Inbox()

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            SMTP_USER.encode(),
            SMTP_PASSWORD.encode(),
        )
        if ok:
            inbox.logins.append(data.login.decode())
        return AuthResult(success=ok)

    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticate,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD = SMTP_USER, SMTP_PASSWORD
    settings.EMAIL_USE_TLS = False
    settings.DEFAULT_FROM_EMAIL = "IT self-service <it@acme.example>"
    settings.PORTAL_URL = "https://portal.acme.example"
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture(autouse=True)
def no_backoff(no_backoff: None) -> None:
    """The shared fixture, for every test here: Halo being down answers at once."""


@pytest.fixture
def emma_in_halo(employee, halo_connected):
    employee.last_name = "Jones"
    employee.save()
    HaloIdentity.objects.create(
        user=employee,
        email=employee.email,
        halo_user_id=201,
        halo_client_id=12,
        halo_name="Emma Jones",
    )
    return employee


@pytest.fixture
def liam_in_halo(other_employee, sim, halo_connected):
    liam = next(u for u in sim.store.users.values() if u["emailaddress"] == other_employee.email)
    HaloIdentity.objects.create(
        user=other_employee,
        email=other_employee.email,
        halo_user_id=liam["id"],
        halo_client_id=liam.get("client_id"),
    )
    return other_employee
