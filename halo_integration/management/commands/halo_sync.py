"""python manage.py halo_sync [--full]: one pass of the mirror's sync."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from halo_integration.connection import build_halo_client
from halo_integration.errors import HaloError
from halo_integration.mirror import sync


class Command(BaseCommand):
    help = (
        "Bring the local mirror up to date: tickets changed in Halo since the last pass, or "
        "with --full every ticket (deleted tickets and requester changes)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--full", action="store_true", help="read every ticket")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            halo = build_halo_client()
            report = sync.full(halo) if options["full"] else sync.delta(halo)
        except HaloError as exc:
            raise CommandError(f"sync failed: {exc.message}") from None
        self.stdout.write(str(report))
