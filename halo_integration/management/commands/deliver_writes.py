"""python manage.py deliver_writes: send the queued writes whose time has come, once.

The same sweep the Celery beat runs every minute; for eager mode (no worker), cron, or an operator
who does not want to wait."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from halo_integration import actions
from halo_integration.models import PendingWrite


class Command(BaseCommand):
    help = "Send queued writes to Halo now (one sweep); prints how many were tried and are left."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--limit", type=int, default=100, help="at most this many writes")

    def handle(self, *args: Any, **options: Any) -> None:
        tried = actions.deliver_due_writes(limit=options["limit"])
        left = PendingWrite.objects.queued().count()
        self.stdout.write(f"{tried} write(s) tried; {left} still waiting for Halo.")
