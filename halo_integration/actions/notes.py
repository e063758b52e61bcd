"""Writing a note to a ticket exactly once, and sending a write's files once its ticket or note
exists: what the ticket-writing and lifecycle actions share."""

from __future__ import annotations

from typing import TypedDict, TypeVar

from django.utils.html import strip_tags

from halo_integration import attachments as files
from halo_integration.actions.context import Context, Outcome
from halo_integration.client import HaloClient
from halo_integration.models import PendingWrite
from halo_integration.schemas import Action

D = TypeVar("D")


class NotePosted(TypedDict):
    """The result of a write that posts a note (add_note, resolve_ticket, reopen_ticket)."""

    ticket_id: int
    action_id: int | None


def post_note_once(
    ctx: Context,
    ticket_id: int,
    *,
    note: str,
    outcome_id: int,
    hidden: bool,
    new_status: int | None = None,
) -> Outcome[NotePosted]:
    """Post a note, unless an earlier attempt of this same write already did (its response lost)."""
    if ctx.write is not None:
        if ctx.write.baseline is None:
            ctx.remember_baseline({"same_notes": _same_notes(ctx.halo, ticket_id, note)})
        elif ctx.write.maybe_committed:
            already = _same_notes(ctx.halo, ticket_id, note)
            if len(already) > len(ctx.write.baseline.get("same_notes", [])):
                done: NotePosted = {"ticket_id": ticket_id, "action_id": already[-1]}
                return Outcome(done, ticket_id=ticket_id, halo_ids={**done})
    action = ctx.halo.add_action(
        ticket_id, note=note, outcome_id=outcome_id, hiddenfromuser=hidden, new_status=new_status
    )
    action_id = action.id if action is not None else None
    if action_id is None and ctx.write is not None and ctx.write.baseline is not None:
        # Halo accepted it (201) without answering the record: it is the note that is new.
        known = set(ctx.write.baseline.get("same_notes", []))
        new = [a for a in _same_notes(ctx.halo, ticket_id, note) if a not in known]
        action_id = new[-1] if new else None
    posted: NotePosted = {"ticket_id": ticket_id, "action_id": action_id}
    return Outcome(posted, ticket_id=ticket_id, halo_ids={**posted})


def _same_notes(halo: HaloClient, ticket_id: int, note: str) -> list[int]:
    wanted = " ".join(note.split())
    return [a.id for a in halo.list_actions(ticket_id) if _note_text(a) == wanted]


def _note_text(action: Action) -> str:
    # Halo may store a plain note as HTML (or answer only note_html): compare the words.
    text = action.note if action.note.strip() else strip_tags(action.note_html)
    return " ".join(text.split())


def with_files(ctx: Context, outcome: Outcome[D], *, action_id: int | None) -> Outcome[D]:
    """Send the write's files once its ticket or note exists in Halo."""
    if ctx.write is None or outcome.ticket_id is None or not files.has_pending(ctx.write):
        return outcome
    # From here on a retry must look for the ticket or note before sending it again.
    PendingWrite.objects.filter(pk=ctx.write.pk).update(
        maybe_committed=True, ticket_id=outcome.ticket_id
    )
    ids = files.send_pending(
        ctx.halo,
        ctx.write,
        ticket_id=outcome.ticket_id,
        action_id=action_id,
    )
    outcome.halo_ids["attachment_ids"] = ids
    return outcome
