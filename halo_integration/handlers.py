"""What each declared action does in Halo, once policy has allowed it. Called only by actions.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from halo_integration import access, identity
from halo_integration import attachments as files
from halo_integration.catalog import Catalog
from halo_integration.client import HaloClient
from halo_integration.client import _opened_within as opened_within
from halo_integration.connection import build_catalog
from halo_integration.errors import (
    HaloNotFound,
    HaloRejected,
    HaloTransient,
)
from halo_integration.mirror import reads as mirror_reads
from halo_integration.models import HaloConnection, HaloIdentity, PendingWrite
from halo_integration.params import InvalidParams
from halo_integration.policies import Rule, can_look_up, is_admin, limited_to_own_tickets
from halo_integration.presenters import (
    describe_action,
    describe_ticket,
    with_reference,
    within_reopen_period,
)
from halo_integration.schemas import Action, Attachment, Contract, KBArticle, Ticket, TicketRow


class HaloAnswerUnclear(HaloTransient):
    """Halo accepted a write but its answer does not show the result: it may have committed."""

    write_may_have_committed = True


class ActionDenied(Exception):
    """The person may not do this to this ticket; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Context:
    """Who is acting, through which Halo, under which rule; things loaded once per run."""

    actor: Any
    halo: HaloClient
    rule: Rule
    write: PendingWrite | None = None
    # The employee pages are self-service for admins too (their own tickets); the console is not.
    self_service: bool = False
    _catalog: Catalog | None = field(default=None, repr=False)
    _identity: HaloIdentity | None = field(default=None, repr=False)

    @property
    def admin(self) -> bool:
        return is_admin(self.actor)

    @property
    def own_only(self) -> bool:
        return self.self_service or limited_to_own_tickets(self.rule, self.actor)

    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = build_catalog(self.halo)
        return self._catalog

    def identity(self) -> HaloIdentity:
        if self._identity is None:
            self._identity = identity.halo_identity_for(self.actor, self.halo)
        return self._identity

    def ticket(self, ticket_id: int) -> Ticket:
        own = self.identity().halo_user_id if self.own_only else None
        return access.get_ticket_for(ticket_id, halo=self.halo, own_user_id=own)

    def remember_baseline(self, baseline: dict[str, Any]) -> None:
        if self.write is not None and self.write.baseline is None:
            self.write.baseline = baseline
            PendingWrite.objects.filter(pk=self.write.pk).update(baseline=baseline)


@dataclass
class Outcome:
    data: Any
    ticket_id: int | None = None
    halo_ids: dict[str, Any] = field(default_factory=dict)


# --- reads ----------------------------------------------------------------------------------------


def list_tickets(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    if _from_mirror(ctx):
        return _list_from_mirror(ctx, p)
    filters = {k: p[k] for k in ("open_only", "closed_only", "search", "tickettype_id", "status_id", "priority_id",
                                 "client_id", "site_id", "user_id", "team_id", "agent_id",
                                 "opened_after", "opened_before") if k in p}  # fmt: skip
    if p.get("ticket_ids"):
        filters["ticketids"] = ",".join(str(n) for n in p["ticket_ids"])
    if ctx.own_only:
        filters["user_id"] = ctx.identity().halo_user_id
    page = ctx.halo.list_tickets(
        page_no=p.get("page_no", 1),
        page_size=p.get("page_size", 25),
        order="lastactiondate",
        orderdesc=True,
        **filters,
    )
    catalog = ctx.catalog()
    rows = [describe_ticket(catalog, row, admin=ctx.admin) for row in page.rows]
    if p.get("open_only"):
        rows = [row for row in rows if not row.is_closed]
    if p.get("closed_only"):
        rows = [row for row in rows if row.is_closed]
    rows.sort(
        key=lambda row: row.last_updated.isoformat() if row.last_updated else "", reverse=True
    )
    data = {
        "tickets": rows,
        "record_count": page.record_count,
        "page_no": page.page_no,
        "page_size": page.page_size,
        "page_count": page.page_count,
    }
    return Outcome(data)


def get_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    fresh: mirror_reads.Freshness | None = None
    if _from_mirror(ctx):
        ticket, notes, fresh = mirror_reads.own_ticket(
            ctx.halo, halo_user_id=ctx.identity().halo_user_id, ticket_id=p["ticket_id"]
        )
    else:
        ticket = ctx.ticket(p["ticket_id"])
        notes = ctx.halo.list_actions(p["ticket_id"], public_only=not ctx.admin)
    catalog = ctx.catalog()
    if not ctx.admin:  # defence in depth: the client already keeps only public actions
        notes = [note for note in notes if access.visible_to_end_user(note)]
    authors = _portal_authors(p["ticket_id"])
    described = []
    for note in notes:
        # Halo credits the API agent; the portal knows who wrote it.
        author = authors.get(note.id)
        described.append(
            describe_action(
                catalog,
                note,
                admin=ctx.admin,
                portal_author=_display_name(author) if author is not None else "",
                by_viewer=author is not None and author.pk == getattr(ctx.actor, "pk", None),
            )
        )
    data = {
        "ticket": describe_ticket(catalog, ticket, admin=ctx.admin),
        "actions": described,
        "freshness": fresh,
    }
    data["attachments"] = _visible_attachments(ctx, p["ticket_id"])
    return Outcome(data, ticket_id=p["ticket_id"], halo_ids={"ticket_id": p["ticket_id"]})


def lookup(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    entity = p["entity"]
    decision = can_look_up(ctx.actor, entity)
    if not decision.allowed:
        raise ActionDenied(decision.reason)
    if "id" in p:
        rows = _visible_articles(ctx, entity, [ctx.halo.get_entity(entity, p["id"])])
        if not rows:  # an article employees may not read answers like a missing one
            raise HaloNotFound(f"Halo has no {entity} {p['id']}")
        data = {
            "entity": entity,
            "rows": rows,
            "record_count": 1,
            "page_no": 1,
            "page_size": 1,
            "page_count": 1,
        }
        return Outcome(data)
    filters = {k: p[k] for k in ("client_id", "site_id", "team_id") if k in p}
    search = p.get("search", "")
    page = ctx.halo.lookup(
        entity,
        search=search,
        page_no=p.get("page_no", 1),
        page_size=p.get("page_size", 25),
        **filters,
    )
    if not page.rows and len(search) > 3 and search.endswith("s"):
        # Halo's search is a plain "contains" match: "printers" misses "Printer jams".
        page = ctx.halo.lookup(
            entity,
            search=search[:-1],
            page_no=p.get("page_no", 1),
            page_size=p.get("page_size", 25),
            **filters,
        )
    rows = _visible_articles(ctx, entity, page.rows)
    if entity == "contracts" and p.get("active_only"):
        now = timezone.now()
        rows = [row for row in rows if isinstance(row, Contract) and row.is_active(now)]
    data = {
        "entity": entity,
        "rows": rows,
        "record_count": page.record_count,
        "page_no": page.page_no,
        "page_size": page.page_size,
        "page_count": page.page_count,
    }
    return Outcome(data)


def _visible_articles(ctx: Context, entity: str, rows: list[Any]) -> list[Any]:
    """For employees, only the KB articles Halo lets their customer's end users see."""
    if entity != "kb_articles" or ctx.admin:
        return rows
    client_id = ctx.identity().halo_client_id
    return [r for r in rows if isinstance(r, KBArticle) and r.visible_to_client(client_id)]


# --- writes ---------------------------------------------------------------------------------------


def create_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    catalog = ctx.catalog()
    body: dict[str, Any] = {"summary": p["summary"]}
    _set_requester(ctx, p, body)
    body["tickettype_id"] = _ticket_type(ctx, catalog, p.get("tickettype_id"))
    if "priority_id" in p:
        body["priority_id"] = _known(catalog, "priorities", p["priority_id"], "priority_id")
    if "team_id" in p:
        body["team"] = catalog.name_of("teams", _known(catalog, "teams", p["team_id"], "team_id"))
    if "agent_id" in p:
        body["agent_id"] = _known(catalog, "agents", p["agent_id"], "agent_id")
    reference = ctx.write.reference if ctx.write else ""
    body["details"] = with_reference(p.get("details", ""), reference)
    if ctx.write is not None and ctx.write.maybe_committed:
        existing = _find_committed_ticket(ctx.halo, body, reference)
        if existing is not None:
            return _with_files(ctx, _created(existing), action_id=None)
    created: TicketRow | None = ctx.halo.create_ticket(body)
    if created is None and reference:
        # Halo accepted it (201) without answering the record: the ticket exists, find it.
        created = _find_committed_ticket(ctx.halo, body, reference)
    if created is None:
        raise HaloAnswerUnclear(
            _("Halo accepted the ticket but did not say its number; it will be looked up.")
        )
    return _with_files(ctx, _created(created), action_id=None)


def add_note(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    ticket = ctx.ticket(p["ticket_id"])
    catalog = ctx.catalog()
    if not ctx.admin and catalog.is_closed(ticket):
        raise ActionDenied(_("the ticket is closed"))
    hidden = bool(p.get("hiddenfromuser", False))
    outcome = catalog.note_outcome(hidden=hidden)
    posted = _post_note_once(
        ctx, p["ticket_id"], note=p["note"], outcome_id=outcome.id, hidden=hidden
    )
    return _with_files(ctx, posted, action_id=posted.data.get("action_id"))


def resolve_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    ticket_id = p["ticket_id"]
    ticket = ctx.ticket(ticket_id)
    catalog = ctx.catalog()
    closed = catalog.closed_status()
    already_ours = ctx.write is not None and ctx.write.maybe_committed
    if catalog.is_closed(ticket) and not already_ours:
        raise InvalidParams({"ticket_id": _("ticket %(id)s is already closed") % {"id": ticket_id}})
    hidden = bool(p.get("hiddenfromuser", False))
    name = _display_name(ctx.actor)
    note = p.get("note") or _("Resolved by %(name)s in the self-service portal.") % {"name": name}
    outcome = catalog.note_outcome(hidden=hidden)
    result = _post_note_once(
        ctx, ticket_id, note=note, outcome_id=outcome.id, hidden=hidden, new_status=closed.id
    )
    # Some Halo versions apply an action's new_status lazily; the ticket itself must end closed.
    if not catalog.is_closed(ctx.halo.get_ticket(ticket_id)):
        ctx.halo.update_ticket(ticket_id, {"status_id": closed.id})
    result.halo_ids["status_id"] = closed.id
    return result


def update_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    ticket_id = p["ticket_id"]
    ctx.ticket(ticket_id)
    catalog = ctx.catalog()
    fields: dict[str, Any] = {}
    if "priority_id" in p:
        fields["priority_id"] = _known(catalog, "priorities", p["priority_id"], "priority_id")
    if "team_id" in p:
        # Halo's ticket record names its team (`team`); there is no team_id field to write.
        fields["team"] = catalog.name_of("teams", _known(catalog, "teams", p["team_id"], "team_id"))
    if "agent_id" in p:
        fields["agent_id"] = _known(catalog, "agents", p["agent_id"], "agent_id")
    if "status_id" in p:
        fields["status_id"] = _known(catalog, "statuses", p["status_id"], "status_id")
    if "tickettype_id" in p:
        fields["tickettype_id"] = _known(
            catalog, "ticket_types", p["tickettype_id"], "tickettype_id"
        )
    updated = ctx.halo.update_ticket(ticket_id, fields) or ctx.halo.get_ticket(ticket_id)
    data = {"ticket": describe_ticket(catalog, updated, admin=True), "changed": sorted(fields)}
    return Outcome(data, ticket_id=ticket_id, halo_ids={"ticket_id": ticket_id})


def reopen_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
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
    name = _display_name(ctx.actor)
    note = _("Reopened by %(name)s in the self-service portal: %(reason)s") % {
        "name": name,
        "reason": p["note"],
    }
    outcome = catalog.note_outcome(hidden=False)
    result = _post_note_once(
        ctx, ticket_id, note=note, outcome_id=outcome.id, hidden=False, new_status=status.id
    )
    if catalog.is_closed(ctx.halo.get_ticket(ticket_id)):  # new_status may apply lazily
        ctx.halo.update_ticket(ticket_id, {"status_id": status.id})
    result.halo_ids["status_id"] = status.id
    return result


def can_reopen(ticket: TicketRow, *, now: Any = None) -> bool:
    """Resolved within REOPEN_DAYS. A ticket whose closing time Halo does not tell is judged by
    its last update; one with neither is too old to tell, so a new ticket is asked for."""
    closed_at = ticket.dateclosed or ticket.last_updated
    return within_reopen_period(
        closed_at, now=now or timezone.now(), days=int(settings.REOPEN_DAYS)
    )


def reopen_status(catalog: Catalog) -> Any:
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


def rate_ticket(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    """A rating of a resolved ticket, by its requester only: to Halo's /Feedback where the
    instance has it, else as a visible note so IT still sees it."""
    ticket_id = p["ticket_id"]
    ticket = _requesters_ticket(ctx, ticket_id)
    if not ctx.catalog().is_closed(ticket):
        raise InvalidParams({"ticket_id": _("a ticket can be rated once it is resolved")})
    earlier = PendingWrite.objects.filter(
        actor=ctx.actor, action="rate_ticket", ticket_id=ticket_id, status=PendingWrite.Status.DONE
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
        posted = _post_note_once(ctx, ticket_id, note=note, outcome_id=outcome.id, hidden=False)
        posted.data.update(score=score, sent_as="note")
        posted.halo_ids["sent_as"] = "note"
        return posted
    feedback_id = feedback.id if feedback is not None else None
    return Outcome(
        {"ticket_id": ticket_id, "score": score, "sent_as": "feedback", "feedback_id": feedback_id},
        ticket_id=ticket_id,
        halo_ids={"ticket_id": ticket_id, "feedback_id": feedback_id, "sent_as": "feedback"},
    )


def _earlier_feedback(ctx: Context, ticket_id: int, *, score: int, comment: str) -> Any:
    """After a lost answer: the rating an earlier attempt of this write already stored."""
    if ctx.write is None or not ctx.write.maybe_committed:
        return None
    same = [
        f
        for f in ctx.halo.list_feedback(ticket_id)
        if f.score == score and " ".join(f.comment.split()) == " ".join(comment.split())
    ]
    return same[-1] if same else None


def get_attachment(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    """One file of the requester's own ticket, only if Halo shows it to end users. A hidden or
    another ticket's file answers exactly like a missing one."""
    ticket_id, attachment_id = p["ticket_id"], p["attachment_id"]
    _requesters_ticket(ctx, ticket_id)
    listed = {a.id: a for a in ctx.halo.list_attachments(ticket_id)}
    found = listed.get(attachment_id)
    if found is None or found.showforusers is not True:
        raise access.TicketNotVisible(
            f"attachment {attachment_id} is not a visible file of ticket {ticket_id}"
        )
    content = ctx.halo.download_attachment(attachment_id)
    data = files.AttachmentFile(files.safe_filename(found.filename), content)
    halo_ids = {"ticket_id": ticket_id, "attachment_id": attachment_id}
    return Outcome(data, ticket_id=ticket_id, halo_ids=halo_ids)


def _from_mirror(ctx: Context) -> bool:
    """Employees read their own tickets from the mirror; admins (the console) read Halo live."""
    return mirror_reads.enabled() and ctx.own_only and not ctx.admin


_MIRROR_FILTERS = ("tickettype_id", "status_id", "priority_id", "client_id", "site_id", "agent_id",
                   "team_id")  # fmt: skip


def _list_from_mirror(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    """My tickets from the mirror: the same filters, order and pages as Halo would give."""
    rows, fresh = mirror_reads.own_tickets(ctx.halo, halo_user_id=ctx.identity().halo_user_id)
    catalog = ctx.catalog()
    wanted = {name: p[name] for name in _MIRROR_FILTERS if p.get(name) not in (None, "")}
    rows = [r for r in rows if all(getattr(r, k, None) == v for k, v in wanted.items())]
    if p.get("ticket_ids"):
        ids = {int(n) for n in p["ticket_ids"]}
        rows = [r for r in rows if r.id in ids]
    if p.get("opened_after") or p.get("opened_before"):
        # The same day rule the client applies when Halo ignores the date range.
        rows = [r for r in rows if opened_within(r, p)]
    search = str(p.get("search") or "").strip().casefold()
    if search:
        rows = [r for r in rows if search == str(r.id) or search in
                f"{r.summary}\n{r.details}\n{r.details_html}".casefold()]  # fmt: skip
    described = [describe_ticket(catalog, row, admin=False) for row in rows]
    if p.get("open_only"):
        described = [row for row in described if not row.is_closed]
    if p.get("closed_only"):
        described = [row for row in described if row.is_closed]
    page_no, page_size = max(1, int(p.get("page_no", 1))), max(1, int(p.get("page_size", 25)))
    start = (page_no - 1) * page_size
    data = {
        "tickets": described[start : start + page_size],
        "record_count": len(described),
        "page_no": page_no,
        "page_size": page_size,
        "page_count": max(1, -(-len(described) // page_size)),
        "freshness": fresh,
    }
    return Outcome(data)


HANDLERS: dict[str, Callable[[Context, Mapping[str, Any]], Outcome]] = {
    "create_ticket": create_ticket,
    "add_note": add_note,
    "resolve_ticket": resolve_ticket,
    "list_tickets": list_tickets,
    "get_ticket": get_ticket,
    "update_ticket": update_ticket,
    "lookup": lookup,
    "reopen_ticket": reopen_ticket,
    "rate_ticket": rate_ticket,
    "get_attachment": get_attachment,
}


# --- internals ------------------------------------------------------------------------------------


def _requesters_ticket(ctx: Context, ticket_id: int) -> Ticket:
    """The ticket, only if the person is its requester: admins too (their files and ratings
    are the requester's to see and give)."""
    own = ctx.identity().halo_user_id
    return access.get_ticket_for(ticket_id, halo=ctx.halo, own_user_id=own)


def _with_files(ctx: Context, outcome: Outcome, *, action_id: Any) -> Outcome:
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
        action_id=action_id if isinstance(action_id, int) else None,
    )
    outcome.halo_ids["attachment_ids"] = ids
    return outcome


def _visible_attachments(ctx: Context, ticket_id: int) -> list[Attachment]:
    return files.visible_files(ctx.halo, ticket_id, from_mirror=_from_mirror(ctx))


def _set_requester(ctx: Context, p: Mapping[str, Any], body: dict[str, Any]) -> None:
    if ctx.admin and not ctx.own_only and any(k in p for k in ("user_id", "client_id", "site_id")):
        user_id, client_id, site_id = p.get("user_id"), p.get("client_id"), p.get("site_id")
        if user_id and (not site_id or not client_id):
            user = ctx.halo.get_user(user_id)  # Halo requires a site whenever a user is set
            site_id = site_id or user.site_id
            client_id = client_id or user.client_id
        if site_id and not client_id:
            client_id = ctx.halo.get_site(site_id).client_id
        for key, value in (("user_id", user_id), ("client_id", client_id), ("site_id", site_id)):
            if value:
                body[key] = int(value)
        return
    me = ctx.identity()
    body["user_id"] = me.halo_user_id
    site_id, client_id = me.halo_site_id, me.halo_client_id
    if not site_id:
        user = ctx.halo.get_user(me.halo_user_id)
        site_id, client_id = user.site_id, client_id or user.client_id
    if client_id:
        body["client_id"] = int(client_id)
    if site_id:
        body["site_id"] = int(site_id)


def _ticket_type(ctx: Context, catalog: Catalog, wanted: int | None) -> int:
    allowed = catalog.ticket_types(end_user=not ctx.admin)
    if wanted is not None:
        if any(t.id == wanted for t in allowed):
            return wanted
        raise InvalidParams({"tickettype_id": _("is not a ticket type you may choose")})
    connection = HaloConnection.objects.current()
    default = connection.default_tickettype_id if connection else None
    every = catalog.ticket_types()
    if default and any(t.id == default for t in every):
        return default
    if not allowed:
        raise InvalidParams(
            {"tickettype_id": _("this Halo instance offers no ticket type to choose")}
        )
    return allowed[0].id


def _known(catalog: Catalog, kind: str, item_id: int, name: str) -> int:
    if catalog.get(kind, item_id) is None:
        raise InvalidParams(
            {name: _("%(id)s is not known on this Halo instance") % {"id": item_id}}
        )
    return item_id


def _find_committed_ticket(
    halo: HaloClient, body: Mapping[str, Any], reference: str
) -> TicketRow | None:
    """The ticket an earlier attempt created (its answer lost or empty), found by its reference."""
    filters = {k: body[k] for k in ("user_id", "client_id") if body.get(k)}
    if not filters:
        filters = {"search": body["summary"]}
    for row in halo.iter_tickets(limit=1000, order="id", orderdesc=True, **filters):
        if row.summary != body["summary"]:
            continue
        full: TicketRow = row if (row.details or row.details_html) else halo.get_ticket(row.id)
        if reference in full.details + full.details_html:
            return full
    return None


def _created(ticket: TicketRow) -> Outcome:
    return Outcome(
        {"ticket_id": ticket.id, "summary": ticket.summary},
        ticket_id=ticket.id,
        halo_ids={"ticket_id": ticket.id},
    )


def _post_note_once(
    ctx: Context,
    ticket_id: int,
    *,
    note: str,
    outcome_id: int,
    hidden: bool,
    new_status: int | None = None,
) -> Outcome:
    """Post a note, unless an earlier attempt of this same write already did (its response lost)."""
    if ctx.write is not None:
        if ctx.write.baseline is None:
            ctx.remember_baseline({"same_notes": _same_notes(ctx.halo, ticket_id, note)})
        elif ctx.write.maybe_committed:
            already = _same_notes(ctx.halo, ticket_id, note)
            if len(already) > len(ctx.write.baseline.get("same_notes", [])):
                return Outcome({"ticket_id": ticket_id, "action_id": already[-1]}, ticket_id=ticket_id,
                               halo_ids={"ticket_id": ticket_id, "action_id": already[-1]})  # fmt: skip
    action = ctx.halo.add_action(
        ticket_id, note=note, outcome_id=outcome_id, hiddenfromuser=hidden, new_status=new_status
    )
    action_id = action.id if action is not None else None
    if action_id is None and ctx.write is not None and ctx.write.baseline is not None:
        # Halo accepted it (201) without answering the record: it is the note that is new.
        known = set(ctx.write.baseline.get("same_notes", []))
        new = [a for a in _same_notes(ctx.halo, ticket_id, note) if a not in known]
        action_id = new[-1] if new else None
    return Outcome({"ticket_id": ticket_id, "action_id": action_id}, ticket_id=ticket_id,
                   halo_ids={"ticket_id": ticket_id, "action_id": action_id})  # fmt: skip


def _same_notes(halo: HaloClient, ticket_id: int, note: str) -> list[int]:
    wanted = " ".join(note.split())
    return [a.id for a in halo.list_actions(ticket_id) if _note_text(a) == wanted]


def _note_text(action: Action) -> str:
    # Halo may store a plain note as HTML (or answer only note_html): compare the words.
    from django.utils.html import strip_tags

    text = action.note if action.note.strip() else strip_tags(action.note_html)
    return " ".join(text.split())


def _portal_authors(ticket_id: int) -> dict[int, Any]:
    """Halo action id -> the portal user whose delivered write created it."""
    writes = PendingWrite.objects.filter(
        ticket_id=ticket_id, status=PendingWrite.Status.DONE
    ).select_related("actor")
    authors: dict[int, Any] = {}
    for write in writes:
        action_id = write.result.get("action_id") if isinstance(write.result, dict) else None
        if isinstance(action_id, int):
            authors[action_id] = write.actor
    return authors


def _display_name(user: Any) -> str:
    full = f"{getattr(user, 'first_name', '')} {getattr(user, 'last_name', '')}".strip()
    return full or getattr(user, "email", "") or getattr(user, "username", "")
