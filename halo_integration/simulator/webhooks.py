"""Outbound webhooks, as Halo sends them (REFERENCE §10): after a ticket changes, a POST with the
common envelope (id, webhook_id, event, object_id, timestamp) and, depending on the payload type,
no ticket ("event"), a few key fields ("small") or the whole ticket and its actions ("full")."""

from __future__ import annotations

import base64
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

logger = logging.getLogger(__name__)
SMALL_FIELDS = (
    "id",
    "summary",
    "status_id",
    "tickettype_id",
    "client_id",
    "team_id",
    "agent_id",
    "user_id",
    "hasbeenclosed",
    "lastactiondate",
)
Sender = Callable[[dict[str, str], bytes], None]


@dataclass
class WebhookTarget:
    """One configured webhook. `send` delivers (headers, body); by default an HTTP POST."""

    url: str
    username: str = ""
    password: str = field(default="", repr=False)
    payload: str = "event"  # "event", "small" or "full"
    send: Sender | None = None
    webhook_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    delivered: list[dict[str, Any]] = field(default_factory=list)

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.username:
            token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        return headers

    def deliver(self, body: dict[str, Any]) -> None:
        raw = json.dumps(body).encode()
        self.delivered.append(body)
        try:
            if self.send is not None:
                self.send(self.headers(), raw)
            else:
                httpx.post(self.url, content=raw, headers=self.headers(), timeout=5.0)
        except Exception as exc:  # Halo records a failed delivery and moves on
            logger.warning("webhook delivery to %s failed: %s", self.url, exc)


def envelope(
    target: WebhookTarget,
    event: str,
    ticket: dict[str, Any] | None,
    actions: list[dict[str, Any]] | None,
    ticket_id: int,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "webhook_id": target.webhook_id,
        "notification_id": 1,
        "escmsg_id": str(uuid.uuid4()),
        "event": event,
        "message": f"{event} for Ticket ID: {ticket_id:07d}.",
        "object_id": ticket_id,
        "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    }
    if target.payload == "small" and ticket is not None:
        body["ticket"] = {name: ticket.get(name) for name in SMALL_FIELDS}
    elif target.payload == "full" and ticket is not None:
        body["ticket"] = ticket
        body["actions"] = actions or []
    return body
