"""python manage.py verify_audit: check the audit log's hash chain; exit 1 if it was tampered with."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from halo_integration.audit import verify_chain
from halo_integration.models import AuditEvent


class Command(BaseCommand):
    help = "Verify that no audit event was altered, removed or inserted."

    def handle(self, *args: Any, **options: Any) -> None:
        problems = list(verify_chain())
        for problem in problems:
            where = f"event #{problem.event_id}" if problem.event_id else "log"
            self.stderr.write(f"{where}: {problem.problem}")
        if problems:
            raise CommandError(f"audit log verification FAILED: {len(problems)} problem(s)")
        self.stdout.write(f"Audit log intact: {AuditEvent.objects.count()} events verified.")
