"""Planning a rating ("rate 3067 5 stars", "rate my printer ticket"): the refusals a rating
has before any Confirm, the score the person wrote and their comment.

The resolver finds the ticket among the person's closed tickets they have not rated yet. Then:
a ticket that is not closed yet, one they rated already, an admin's rating of a ticket that is
not theirs (answered exactly like a missing one), or a score outside 1 to 5 is refused; a
score nobody wrote is never guessed: it stays `missing`, and the card asks for it."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from halo_integration.actions.lifecycle import MAX_SCORE, MIN_SCORE
from halo_integration.actions.registry import MAX_COMMENT
from halo_integration.identity import own_halo_user_id
from halo_integration.nl.precheck import Refuse
from halo_integration.nl.sentences import not_found_message
from halo_integration.policies import is_admin
from halo_integration.presenters import TicketView

if TYPE_CHECKING:
    from halo_integration.nl.resolve import Resolver


def score_and_comment(resolver: Resolver, rated: Set[int]) -> None:
    """Check the ticket the resolver found and take the score and comment into its params.
    Raises Refuse for what Confirm would refuse anyway."""
    if "ticket_id" in resolver.params:
        _check_rateable(resolver, int(resolver.params["ticket_id"]), rated)
    score = resolver.slots.get("score")
    if score is None:
        resolver.plan.missing.append("score")
    elif is_score(score):
        resolver.params["score"] = score
    else:
        raise Refuse(
            _("A rating is a whole number of stars from 1 to 5; “%(score)s” is not one.")
            % {"score": score}
        )
    comment = str(resolver.slots.get("comment") or "").strip()
    if comment:
        resolver.params["comment"] = comment[:MAX_COMMENT]


def is_score(value: object) -> bool:
    return type(value) is int and MIN_SCORE <= value <= MAX_SCORE


def _check_rateable(resolver: Resolver, ticket_id: int, rated: Set[int]) -> None:
    shown = resolver.ticket.get("ticket")
    if not isinstance(shown, TicketView):
        return
    if is_admin(resolver.actor) and shown.user_id != own_halo_user_id(resolver.actor):
        # An admin sees every ticket, but rates only their own: the requester's to give.
        raise Refuse(not_found_message(ticket_id))
    if not shown.is_closed:
        raise Refuse(
            _("Ticket #%(id)s is not closed yet; you can rate it once it is resolved.")
            % {"id": ticket_id}
        )
    if ticket_id in rated:
        raise Refuse(_("You have already rated ticket #%(id)s.") % {"id": ticket_id})
    resolver.names["ticket_id"] = shown.summary
