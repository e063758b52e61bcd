"""The work behind the admin's custom pages: testing the Halo connection, exporting and verifying
the audit log. No request handling here; halo_integration/admin/ wires these into views."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone

from halo_integration import audit, crypto, identity
from halo_integration import connection as halo_connection
from halo_integration.client import HaloClient
from halo_integration.errors import HaloError
from halo_integration.models import AuditEvent, HaloConnection

# Matching asks Halo once per person, so a big directory is sampled rather than walked.
IDENTITY_CHECK_LIMIT = 200
# A tampered log can fail on every row after the edit; the first ones tell the story.
CHAIN_PROBLEMS_SHOWN = 50


@dataclass
class IdentityMatches:
    """How many active portal users with an e-mail have exactly one Halo end user."""

    total: int = 0
    limit: int = 0
    checked: int = 0
    matched: int = 0
    not_matched: int = 0
    error: str = ""

    @property
    def capped(self) -> bool:
        return self.checked < self.total and not self.error


@dataclass
class ConnectionTest:
    """What "Test connection" found, step by step; later steps are skipped after a failure."""

    token_obtained: bool = False
    scope: str = ""
    agent_name: str = ""
    working: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    error: str = ""
    identities: IdentityMatches | None = None

    @property
    def ok(self) -> bool:
        return self.token_obtained and not self.error


def run_connection_test(connection: HaloConnection) -> ConnectionTest:
    """Token, reads, API agent and identity matches for the saved connection. Never raises HaloError."""
    try:
        config = connection.to_config()
    except crypto.SecretUnreadable as exc:
        return ConnectionTest(error=str(exc))
    result = ConnectionTest()
    # The token is asked for on its own first, so "token: no" and "a read was refused" differ.
    with HaloClient(config, transport=halo_connection.transport_override, max_retries=0) as halo:
        try:
            token = halo.tokens.fetch_token()
        except HaloError as exc:
            result.error = exc.message
            return result
    result.token_obtained = True
    result.scope = token.scope or config.scope
    try:
        report = halo_connection.check_connection(config)
    except HaloError as exc:  # e.g. HaloForbidden: a read the portal needs was refused
        result.error = exc.message
        return result
    result.scope = report.scope or result.scope
    result.agent_name = report.agent_name
    result.working = list(report.working)
    result.refused = list(report.refused)
    with halo_connection.build_halo_client(config) as halo:
        result.identities = count_identity_matches(halo)
    return result


def count_identity_matches(halo: HaloClient, *, limit: int | None = None) -> IdentityMatches:
    """Ask Halo about up to `limit` active portal users. Never raises HaloError (it is reported)."""
    limit = IDENTITY_CHECK_LIMIT if limit is None else limit
    users = get_user_model().objects.filter(is_active=True).exclude(email="").order_by("pk")
    counts = IdentityMatches(total=users.count(), limit=limit)
    for user in users[:limit]:
        try:
            identity.find_halo_user(halo, user.email)
        except identity.IdentityNotFound:
            counts.not_matched += 1
        except HaloError as exc:
            counts.error = exc.message
            break
        else:
            counts.matched += 1
        counts.checked += 1
    return counts


def mark_verified(connection: HaloConnection, result: ConnectionTest) -> None:
    if not result.ok:
        return
    # update() leaves updated_at alone: a test is not an edit, and current() orders by it.
    HaloConnection.objects.filter(pk=connection.pk).update(
        api_agent_name=result.agent_name, verified_at=timezone.now()
    )


# --- audit log export ---------------------------------------------------------------------------

# Every stored column, hash chain included, so an export can be verified outside the portal.
EXPORT_FIELDS: tuple[str, ...] = tuple(f.attname for f in AuditEvent._meta.concrete_fields)
_JSON_FIELDS = frozenset({"params", "halo_ids"})
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_rows(events: QuerySet[AuditEvent]) -> Iterator[dict[str, Any]]:
    """Each event as a plain dict, oldest first (chain order), read in chunks."""
    for event in events.order_by("id").iterator(chunk_size=500):
        yield {name: _plain(getattr(event, name)) for name in EXPORT_FIELDS}


def _plain(value: Any) -> Any:
    # Full isoformat (DjangoJSONEncoder drops microseconds, and the hash covers them).
    return value.isoformat() if hasattr(value, "isoformat") else value


class _Echo:
    """csv.writer wants a file; this hands each formatted line straight back."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(EXPORT_FIELDS)
    for row in rows:
        yield writer.writerow([_csv_cell(name, row[name]) for name in EXPORT_FIELDS])


def _csv_cell(name: str, value: Any) -> Any:
    if name in _JSON_FIELDS:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if value is None:
        return ""
    # Free text comes from employees; a leading quote stops spreadsheets running it as a
    # formula (the JSON lines export keeps every value exactly as stored).
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def jsonl_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False, default=str) + "\n"


# --- audit chain verification --------------------------------------------------------------------


@dataclass
class ChainCheck:
    events: int
    problems: list[audit.ChainProblem]
    more_problems: bool

    @property
    def intact(self) -> bool:
        return not self.problems


def check_chain(*, shown: int = CHAIN_PROBLEMS_SHOWN) -> ChainCheck:
    problems: list[audit.ChainProblem] = []
    more = False
    for problem in audit.verify_chain():
        if len(problems) >= shown:
            more = True
            break
        problems.append(problem)
    return ChainCheck(events=AuditEvent.objects.count(), problems=problems, more_problems=more)
