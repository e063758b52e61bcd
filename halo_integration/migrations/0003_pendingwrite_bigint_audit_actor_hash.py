"""PendingWrite.ticket_id becomes 64-bit, and audit hashes now cover actor_id too.

Existing audit rows are re-hashed with the new field list only when their chain verifies under the
old one, so an upgrade never launders an earlier tampering: a broken chain is left as it was and
`verify_audit` keeps reporting it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import migrations, models

GENESIS = "0" * 64
OLD_FIELDS = (
    "created_at", "actor_email", "channel", "action", "params", "text", "decision", "reason",
    "approval_id", "write_reference", "halo_ids", "outcome", "error",
)  # fmt: skip
NEW_FIELDS = (
    "created_at", "actor_id", "actor_email", "channel", "action", "params", "text", "decision",
    "reason", "approval_id", "write_reference", "halo_ids", "outcome", "error",
)  # fmt: skip


def _hash(event: Any, prev_hash: str, fields: tuple[str, ...]) -> str:
    # A frozen copy of halo_integration.audit.event_hash, so later changes there cannot alter
    # what this migration computes.
    def canonical(value: Any) -> Any:
        return value.isoformat() if hasattr(value, "isoformat") else value

    content = {name: canonical(getattr(event, name)) for name in fields}
    payload = json.dumps([prev_hash, content], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def rehash(apps: Any, schema_editor: Any) -> None:
    event_model = apps.get_model("halo_integration", "AuditEvent")
    head_model = apps.get_model("halo_integration", "AuditChainHead")
    events = list(event_model.objects.order_by("id"))
    previous = GENESIS
    for event in events:
        if event.prev_hash != previous or _hash(event, previous, OLD_FIELDS) != event.hash:
            return  # tampered with (or already re-hashed): leave it for verify_audit to report
        previous = event.hash
    previous = GENESIS
    for event in events:
        new = _hash(event, previous, NEW_FIELDS)
        event_model.objects.filter(pk=event.pk).update(prev_hash=previous, hash=new)
        previous = new
    head_model.objects.filter(pk=1).update(last_hash=previous, count=len(events))


class Migration(migrations.Migration):
    dependencies = [
        ("halo_integration", "0002_llm_endpoint"),
    ]

    operations = [
        migrations.AlterField(
            model_name="pendingwrite",
            name="ticket_id",
            field=models.BigIntegerField(blank=True, null=True),
        ),
        migrations.RunPython(rehash, migrations.RunPython.noop),
    ]
