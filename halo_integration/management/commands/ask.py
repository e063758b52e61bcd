"""python manage.py ask --as EMAIL [--json] [--execute] "TEXT": a plain-language request, planned
(and with --execute, run) as that portal user, through the same policies as the pages."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from halo_integration.nl.plan import Plan, execute_plan, plan_request
from halo_integration.presenters import to_jsonable


class Command(BaseCommand):
    help = "Plan (and with --execute, run) a plain-language request as a portal user."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--as",
            dest="as_email",
            required=True,
            metavar="EMAIL",
            help="the portal user; a new e-mail becomes an employee, as at a first SSO sign-in",
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument(
            "--execute", action="store_true", help="run the plan when it is complete"
        )
        parser.add_argument("text", nargs="+", help='the request, e.g. "show my open tickets"')

    def handle(self, *args: Any, **options: Any) -> None:
        text = " ".join(options["text"]).strip()
        if not text:
            raise CommandError("say what you need")
        actor = _portal_user(options["as_email"])
        plan = plan_request(text, actor=actor, channel="command")
        output: dict[str, Any] = _plan_output(plan)
        failed = not plan.ready
        if options["execute"] and plan.ready:
            result = execute_plan(plan, actor=actor, channel="command")
            output.update(
                ok=result.ok, result=result.as_dict(), error="" if result.ok else result.message
            )
            failed = not result.ok
        elif options["execute"]:
            output.update(ok=False, result=None, error=_why_not_ready(plan))
        if options["json"]:
            self.stdout.write(json.dumps(to_jsonable(output), ensure_ascii=False))
        else:
            self._print_human(plan, output)
        if failed:
            raise SystemExit(1)

    def _print_human(self, plan: Plan, output: dict[str, Any]) -> None:
        self.stdout.write(plan.summary or "")
        for candidate in plan.candidates:
            self.stdout.write(f"  - {candidate['param']}={candidate['id']}: {candidate['label']}")
        if plan.missing:
            self.stdout.write(f"Missing: {', '.join(plan.missing)}")
        if "ok" in output:
            self.stdout.write(
                ("Done: " if output["ok"] else "Not done: ")
                + (output["result"] or {}).get("message", output["error"])
            )


def _plan_output(plan: Plan) -> dict[str, Any]:
    data = plan.as_dict()
    return {key: data[key] for key in ("action", "params", "missing", "candidates", "summary")} | {
        "refused": plan.refused,
        "source": plan.source,
        # "how do I ...?": articles answer first, this ticket is offered second
        "offer": plan.offer,
        "drafted": plan.drafted,  # the note was drafted from the ticket's public history
    }


def _why_not_ready(plan: Plan) -> str:
    if plan.refused:
        return plan.refused
    if plan.candidates:
        return "several matches; say which one"
    return f"missing: {', '.join(plan.missing)}"


def _portal_user(email: str) -> Any:
    email = email.strip()
    if "@" not in email:
        raise CommandError(f"--as needs an e-mail address, got {email!r}")
    users = get_user_model().objects
    user = users.filter(email__iexact=email).first() or users.filter(username__iexact=email).first()
    if user is None:
        user = users.create_user(
            username=email.lower(), email=email
        )  # an employee, as at first SSO sign-in
    if not user.is_active:
        raise CommandError(f"{email} is deactivated")
    return user
