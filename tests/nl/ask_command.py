"""`manage.py ask --json` as the planner tests run it: its exit code and its JSON answer."""

from __future__ import annotations

import json
from io import StringIO

from django.core.management import call_command


def ask(*args: str) -> tuple[int, dict]:
    out = StringIO()
    try:
        call_command("ask", *args, "--json", stdout=out)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, json.loads(out.getvalue())


def without_id(text: str, ticket_id: int) -> str:
    """The text with the ticket's number taken out, to compare two answers but for it."""
    return text.replace(str(ticket_id), "N")
