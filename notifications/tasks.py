"""Celery tasks: thin wrappers around the notification service."""

from __future__ import annotations

from celery import shared_task

from notifications import service


@shared_task(ignore_result=True)
def notify_ticket_changes() -> int:
    """Run by beat every NOTIFY_EVERY_SECONDS: mail what IT changed since the last pass."""
    return service.notify_ticket_changes()
