"""After a ticket is resolved: reopen it (within the reopen period) or rate how it was handled."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, NotRequired, TypedDict

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from halo_integration.actions.context import (
    ActionDenied,
    Context,
    Outcome,
    display_name,
    ticket_ref,
)
from halo_integration.actions.notes import NotePosted, post_note_once
from halo_integration.actions.registry import (
    MAX_COMMENT,
    MAX_TEXT,
    TICKET_ID,
    ActionSpec,
    InvalidParams,
    Param,
    default_rule,
    register,
)
from halo_integration.catalog import Catalog, Item
from halo_integration.errors import HaloNotFound, HaloRejected
from halo_integration.models import PendingWrite
from halo_integration.presenters import within_reopen_period
from halo_integration.schemas import Feedback, TicketRow


class Rating(TypedDict):
    """rate_ticket's result: to Halo's /Feedback, or (an instance without it) as a note."""

    ticket_id: int
    score: int
    sent_as: Literal["feedback", "note"]
    feedback_id: NotRequired[int | None]
    action_id: NotRequired[int | None]


REOPEN_TICKET = "reopen_ticket"
RATE_TICKET = "rate_ticket"
MIN_SCORE, MAX_SCORE = 1, 5  # a rating's stars


class ReopenTicketParams(TypedDict):
    ticket_id: int
    note: str


class RateTicketParams(TypedDict):
    ticket_id: int
    score: int
    comment: NotRequired[str]


def reopen_ticket(ctx: Context, p: ReopenTicketParams) -> Outcome[NotePosted]:
    """Back to an open status with the person's reason as a visible note, within REOPEN_DAYS of
    closing (admins: any time). Past that, a new ticket that refers to this one is the way."""
    ticket_id = p["ticket_id"]
    ticket = ctx.ticket(ticket_id)
    catalog = ctx.catalog()
    already_ours = ctx.write is not None and ctx.write.maybe_committed
    if not catalog.is_closed(ticket) and not already_ours:
        raise InvalidParams({"ticket_id": _("ticket %(id)s is not closed") % {"id": ticket_id}})
    if not ctx.admin and not already_ours and not can_reopen(ticket):
        raise ActionDenied(
            _(
                "ticket %(id)s was resolved more than %(days)s days ago and can no longer be "
                "reopened; please open a new ticket that refers to it"
            )
            % {"id": ticket_id, "days": settings.REOPEN_DAYS}
        )
    status = reopen_status(catalog)
    name = display_name(ctx.actor)
    note = _("Reopened by %(name)s in the self-service portal: %(reason)s") % {
        "name": name,
        "reason": p["note"],
    }
    outcome = catalog.note_outcome(hidden=False)
    result = post_note_once(
        ctx, ticket_id, note=note, outcome_id=outcome.id, hidden=False, new_status=status.id
    )
    if catalog.is_closed(ctx.halo.get_ticket(ticket_id)):  # new_status may apply lazily
        ctx.halo.update_ticket(ticket_id, {"status_id": status.id})
    result.halo_ids["status_id"] = status.id
    return result


def can_reopen(ticket: TicketRow, *, now: datetime | None = None) -> bool:
    """Resolved within REOPEN_DAYS. A ticket whose closing time Halo does not tell is judged by
    its last update; one with neither is too old to tell, so a new ticket is asked for."""
    closed_at = ticket.dateclosed or ticket.last_updated
    return within_reopen_period(
        closed_at, now=now or timezone.now(), days=int(settings.REOPEN_DAYS)
    )


def reopen_status(catalog: Catalog) -> Item:
    """The open status a reopened ticket goes back to: one named for reopening if the instance
    has it, else "In Progress", else its first open status (by id). Never hard-coded."""
    closed = catalog.closed_status_ids()
    open_statuses = [s for s in catalog.items("statuses") if s.id not in closed]
    if not open_statuses:
        raise LookupError("this Halo instance reports no open status to reopen a ticket with")
    for test in (
        lambda n: "reopen" in n or "re-open" in n,
        lambda n: n == "in progress",
        lambda n: n == "new",
    ):
        for status in open_statuses:
            if test(status.name.casefold()):
                return status
    return min(open_statuses, key=lambda s: s.id)


def rate_ticket(ctx: Context, p: RateTicketParams) -> Outcome[Rating]:
    """A rating of a resolved ticket, by its requester only: to Halo's /Feedback where the
    instance has it, else as a visible note so IT still sees it."""
    ticket_id = p["ticket_id"]
    ticket = ctx.requesters_ticket(ticket_id)
    if not ctx.catalog().is_closed(ticket):
        raise InvalidParams({"ticket_id": _("a ticket can be rated once it is resolved")})
    earlier = PendingWrite.objects.delivered_for_ticket(ticket_id).filter(
        actor=ctx.actor, action=RATE_TICKET
    )
    if ctx.write is not None:
        earlier = earlier.exclude(pk=ctx.write.pk)
    if earlier.exists():
        raise InvalidParams(
            {"ticket_id": _("you have already rated ticket %(id)s") % {"id": ticket_id}}
        )
    score, comment = p["score"], p.get("comment", "")
    try:
        feedback = _earlier_feedback(ctx, ticket_id, score=score, comment=comment)
        if feedback is None:
            feedback = ctx.halo.add_feedback(ticket_id, score=score, comment=comment)
    except (HaloNotFound, HaloRejected) as exc:
        if isinstance(exc, HaloRejected) and exc.status_code not in (404, 405):
            raise
        # This instance has no /Feedback: keep the rating as a note IT can read.
        note = _("Rating: %(score)s of 5.") % {"score": score}
        if comment:
            note += " " + comment
        outcome = ctx.catalog().note_outcome(hidden=False)
        posted = post_note_once(ctx, ticket_id, note=note, outcome_id=outcome.id, hidden=False)
        noted: Rating = {
            "ticket_id": posted.data["ticket_id"],
            "action_id": posted.data["action_id"],
            "score": score,
            "sent_as": "note",
        }
        return Outcome(
            noted, ticket_id=posted.ticket_id, halo_ids={**posted.halo_ids, "sent_as": "note"}
        )
    feedback_id = feedback.id if feedback is not None else None
    rated: Rating = {
        "ticket_id": ticket_id,
        "score": score,
        "sent_as": "feedback",
        "feedback_id": feedback_id,
    }
    return Outcome(
        rated,
        ticket_id=ticket_id,
        halo_ids={"ticket_id": ticket_id, "feedback_id": feedback_id, "sent_as": "feedback"},
    )


def rated_ticket_ids(actor: User | AnonymousUser) -> frozenset[int]:
    """The tickets this person has rated (sent, or waiting for Halo): each is rated once."""
    if not isinstance(actor, User):
        return frozenset()
    writes = PendingWrite.objects.unfailed(actor).filter(action=RATE_TICKET)
    return frozenset(int(n) for n in writes.values_list("ticket_id", flat=True) if n is not None)


def _earlier_feedback(ctx: Context, ticket_id: int, *, score: int, comment: str) -> Feedback | None:
    """After a lost answer: the rating an earlier attempt of this write already stored."""
    if ctx.write is None or not ctx.write.maybe_committed:
        return None
    same = [
        f
        for f in ctx.halo.list_feedback(ticket_id)
        if f.score == score and " ".join(f.comment.split()) == " ".join(comment.split())
    ]
    return same[-1] if same else None


# --- declarations ---------------------------------------------------------------------------------


def _score_in_range(clean: Mapping[str, Any], errors: Mapping[str, str]) -> dict[str, str]:
    too_high = clean.get("score", MIN_SCORE) > MAX_SCORE
    return {"score": f"must be from {MIN_SCORE} to {MAX_SCORE}"} if too_high else {}


def _rate_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    ticket = ticket_ref(p)
    if names.get("ticket_id"):
        ticket += f" “{names['ticket_id']}”"
    if "score" not in p:
        return _("Rate %(ticket)s") % {"ticket": ticket}
    text = _("Rate %(ticket)s %(score)s of 5 stars") % {"ticket": ticket, "score": p["score"]}
    return text + (f": “{p['comment']}”" if p.get("comment") else "")


def _reopen_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    reason = f": “{p['note']}”" if p.get("note") else ""
    return _("Reopen %(ticket)s%(reason)s") % {"ticket": ticket_ref(p), "reason": reason}


register(
    ActionSpec(
        name=REOPEN_TICKET,
        description="Reopen a resolved ticket (within the reopen period), saying why it is back.",
        params=(
            TICKET_ID,
            Param(
                "note",
                str,
                "why the problem is back (recorded as a note)",
                required=True,
                max_length=MAX_TEXT,
            ),
        ),
        params_model=ReopenTicketParams,
        handler=reopen_ticket,
        write=True,
        rule=default_rule(REOPEN_TICKET),
        done=lambda outcome: _("Ticket %(id)s reopened.") % {"id": outcome.ticket_id},
        label=gettext_lazy("Reopening"),
        sentence=_reopen_sentence,
    )
)
register(
    ActionSpec(
        name=RATE_TICKET,
        description="Rate how a resolved ticket was handled (1 to 5, with a comment).",
        params=(
            TICKET_ID,
            Param("score", int, "how satisfied: 1 (not at all) to 5 (very)", required=True),
            Param("comment", str, "what went well or not", max_length=MAX_COMMENT),
        ),
        params_model=RateTicketParams,
        handler=rate_ticket,
        write=True,
        rule=default_rule(RATE_TICKET),
        done=lambda outcome: _("Thank you for rating ticket %(id)s.") % {"id": outcome.ticket_id},
        label=gettext_lazy("Rating"),
        check=_score_in_range,
        sentence=_rate_sentence,
    )
)
