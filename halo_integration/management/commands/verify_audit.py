"""python manage.py verify_audit: check the audit log's hash chain; exit 1 if it was tampered with.

`--head` prints where the chain stands (COUNT:HASH). Keep that line outside the database (a
ticket, a log server); `--expect COUNT:HASH` later proves that no event up to there was changed
or cut off, which the chain alone cannot show once the tail and its bookkeeping are both gone."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from halo_integration.audit import ChainHead, check_head, current_head, verify_chain


class Command(BaseCommand):
    help = "Verify that no audit event was altered, removed or inserted."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--head",
            action="store_true",
            help="after verifying, print only the chain head (COUNT:HASH) to keep elsewhere",
        )
        parser.add_argument(
            "--expect",
            metavar="COUNT:HASH",
            help="a head printed earlier by --head: fail unless the log still contains it",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        expected: ChainHead | None = None
        if options["expect"] is not None:
            try:
                expected = ChainHead.parse(options["expect"])
            except ValueError as exc:
                raise CommandError(f"--expect: {exc}") from None
        problems = list(verify_chain())
        if expected is not None:
            problems += list(check_head(expected))
        for problem in problems:
            where = f"event #{problem.event_id}" if problem.event_id else "log"
            self.stderr.write(f"{where}: {problem.problem}")
        if problems:
            raise CommandError(f"audit log verification FAILED: {len(problems)} problem(s)")
        head = current_head()
        if options["head"]:
            self.stdout.write(str(head))
            return
        since = f" (contains the expected head {expected})" if expected else ""
        self.stdout.write(f"Audit log intact: {head.count} events verified{since}.")
