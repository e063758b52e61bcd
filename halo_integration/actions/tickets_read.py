"""The ticket reads: list tickets, show one with its conversation, download one of its files."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

from django.contrib.auth.models import User
from django.utils.translation import gettext as _

from halo_integration import access
from halo_integration import attachments as files
from halo_integration.actions.context import Context, Outcome, display_name, ticket_ref
from halo_integration.actions.registry import (
    PAGE,
    TICKET_FIELDS_ADMIN,
    TICKET_ID,
    ActionSpec,
    Param,
    default_rule,
    register,
)
from halo_integration.actions.results import ActionResult, data_of
from halo_integration.client import opened_within
from halo_integration.mirror import reads as mirror_reads
from halo_integration.models import PendingWrite
from halo_integration.presenters import NoteView, TicketView, describe_action, describe_ticket
from halo_integration.schemas import Attachment, TicketRow

LIST_TICKETS = "list_tickets"
GET_TICKET = "get_ticket"
GET_ATTACHMENT = "get_attachment"


class ListTicketsParams(TypedDict, total=False):
    open_only: bool
    closed_only: bool
    search: str
    tickettype_id: int
    status_id: int
    priority_id: int
    client_id: int
    site_id: int
    user_id: int
    team_id: int
    agent_id: int
    ticket_ids: list[int]
    opened_after: str
    opened_before: str
    page_no: int
    page_size: int


class GetTicketParams(TypedDict):
    ticket_id: int


class GetAttachmentParams(TypedDict):
    ticket_id: int
    attachment_id: int


class TicketPage(TypedDict):
    """One page of list_tickets, newest activity first."""

    tickets: list[TicketView]
    record_count: int
    page_no: int
    page_size: int
    page_count: int
    freshness: NotRequired[mirror_reads.Freshness]  # from the mirror: how recent it is


class TicketDetail(TypedDict):
    """get_ticket: the ticket, its conversation and the files its requester may download."""

    ticket: TicketView
    actions: list[NoteView]
    freshness: mirror_reads.Freshness | None
    attachments: list[Attachment]


def page_of(result: ActionResult) -> TicketPage:
    """The tickets a list_tickets result holds."""
    return data_of(result, LIST_TICKETS, TicketPage)


def detail_of(result: ActionResult) -> TicketDetail:
    """The ticket, conversation and files a get_ticket result holds."""
    return data_of(result, GET_TICKET, TicketDetail)


_LIST_FILTERS = (
    "open_only",
    "closed_only",
    "search",
    "tickettype_id",
    "status_id",
    "priority_id",
    "client_id",
    "site_id",
    "user_id",
    "team_id",
    "agent_id",
    "opened_after",
    "opened_before",
)


def list_tickets(ctx: Context, p: ListTicketsParams) -> Outcome[TicketPage]:
    if ctx.from_mirror():
        return _list_from_mirror(ctx, p)
    given: Mapping[str, Any] = p
    filters = {k: given[k] for k in _LIST_FILTERS if k in given}
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
    data: TicketPage = {
        "tickets": rows,
        "record_count": page.record_count,
        "page_no": page.page_no,
        "page_size": page.page_size,
        "page_count": page.page_count,
    }
    return Outcome(data)


def get_ticket(ctx: Context, p: GetTicketParams) -> Outcome[TicketDetail]:
    fresh: mirror_reads.Freshness | None = None
    if ctx.from_mirror():
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
                portal_author=display_name(author) if author is not None else "",
                by_viewer=author is not None and author.pk == getattr(ctx.actor, "pk", None),
            )
        )
    view = describe_ticket(catalog, ticket, admin=ctx.admin)
    data: TicketDetail = {
        "ticket": view,
        "actions": described,
        "freshness": fresh,
        "attachments": _visible_attachments(ctx, ticket),
    }
    return Outcome(data, ticket_id=p["ticket_id"], halo_ids={"ticket_id": p["ticket_id"]})


def get_attachment(ctx: Context, p: GetAttachmentParams) -> Outcome[files.AttachmentFile]:
    """One file of the requester's own ticket, only if Halo shows it to end users. A hidden or
    another ticket's file answers exactly like a missing one."""
    ticket_id, attachment_id = p["ticket_id"], p["attachment_id"]
    ctx.requesters_ticket(ticket_id)
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


_MIRROR_FILTERS = (
    "tickettype_id",
    "status_id",
    "priority_id",
    "client_id",
    "site_id",
    "agent_id",
    "team_id",
)


def _list_from_mirror(ctx: Context, p: ListTicketsParams) -> Outcome[TicketPage]:
    """My tickets from the mirror: the same filters, order and pages as Halo would give."""
    given: Mapping[str, Any] = p
    rows, fresh = mirror_reads.own_tickets(ctx.halo, halo_user_id=ctx.identity().halo_user_id)
    catalog = ctx.catalog()
    wanted = {name: given[name] for name in _MIRROR_FILTERS if given.get(name) not in (None, "")}
    rows = [r for r in rows if all(getattr(r, k, None) == v for k, v in wanted.items())]
    if p.get("ticket_ids"):
        ids = {int(n) for n in p["ticket_ids"]}
        rows = [r for r in rows if r.id in ids]
    if p.get("opened_after") or p.get("opened_before"):
        # The same day rule the client applies when Halo ignores the date range.
        rows = [r for r in rows if opened_within(r, given)]
    search = str(p.get("search") or "").strip().casefold()
    if search:
        rows = [r for r in rows if search == str(r.id) or search in _searchable(r)]
    described = [describe_ticket(catalog, row, admin=False) for row in rows]
    if p.get("open_only"):
        described = [row for row in described if not row.is_closed]
    if p.get("closed_only"):
        described = [row for row in described if row.is_closed]
    page_no, page_size = max(1, int(p.get("page_no", 1))), max(1, int(p.get("page_size", 25)))
    start = (page_no - 1) * page_size
    data: TicketPage = {
        "tickets": described[start : start + page_size],
        "record_count": len(described),
        "page_no": page_no,
        "page_size": page_size,
        "page_count": max(1, -(-len(described) // page_size)),
        "freshness": fresh,
    }
    return Outcome(data)


def _searchable(row: TicketRow) -> str:
    return f"{row.summary}\n{row.details}\n{row.details_html}".casefold()


def _visible_attachments(ctx: Context, ticket: TicketRow) -> list[Attachment]:
    return files.visible_files(
        ctx.halo, ticket.id, from_mirror=ctx.from_mirror(), halo_count=ticket.attachment_count
    )


def _portal_authors(ticket_id: int) -> dict[int, User]:
    """Halo action id -> the portal user whose delivered write created it."""
    writes = PendingWrite.objects.delivered_for_ticket(ticket_id).select_related("actor")
    authors: dict[int, User] = {}
    for write in writes:
        action_id = write.result.get("action_id") if isinstance(write.result, dict) else None
        if isinstance(action_id, int):
            authors[action_id] = write.actor
    return authors


def _open_or_closed(clean: Mapping[str, Any], errors: Mapping[str, str]) -> dict[str, str]:
    if clean.get("open_only") and clean.get("closed_only"):
        return {"closed_only": "cannot be combined with open_only"}
    return {}


_SENTENCE_FILTERS = (
    "client_id",
    "site_id",
    "agent_id",
    "team_id",
    "tickettype_id",
    "status_id",
    "priority_id",
    "user_id",
)


def _list_sentence(p: Mapping[str, Any], names: Mapping[str, str]) -> str:
    if p.get("ticket_ids"):
        return _("Show tickets %(ids)s") % {"ids": ", ".join(f"#{n}" for n in p["ticket_ids"])}
    scope = _("open ") if p.get("open_only") else _("closed ") if p.get("closed_only") else ""
    filters = [
        f"{key.removesuffix('_id')} {names.get(key, p[key])}"
        for key in _SENTENCE_FILTERS
        if key in p
    ]
    if p.get("opened_after"):
        until = f" {_('before')} {p['opened_before']}" if p.get("opened_before") else ""
        filters.append(f"{_('opened since')} {p['opened_after']}{until}")
    listing: str = _("List %(scope)stickets") % {"scope": scope}
    return listing + (f" ({', '.join(filters)})" if filters else "")


register(
    ActionSpec(
        name=LIST_TICKETS,
        description="List tickets (your own; admins: any, with filters).",
        params=(
            Param("open_only", bool, "only open tickets"),
            Param("closed_only", bool, "only closed tickets"),
            Param("search", str, "free text", max_length=200),
            Param("tickettype_id", int, "ticket type id"),
            Param("status_id", int, "status id"),
            Param("priority_id", int, "priority id"),
            *TICKET_FIELDS_ADMIN,
            Param("ticket_ids", list, "only these ticket numbers"),
            Param("opened_after", str, "opened on or after this date (YYYY-MM-DD)", max_length=10),
            Param("opened_before", str, "opened before this date (YYYY-MM-DD)", max_length=10),
            *PAGE,
        ),
        params_model=ListTicketsParams,
        handler=list_tickets,
        write=False,
        rule=default_rule(LIST_TICKETS),
        check=_open_or_closed,
        sentence=_list_sentence,
    )
)
register(
    ActionSpec(
        name=GET_TICKET,
        description="Show one ticket and its conversation.",
        params=(TICKET_ID,),
        params_model=GetTicketParams,
        handler=get_ticket,
        write=False,
        rule=default_rule(GET_TICKET),
        sentence=lambda p, names: _("Show %(ticket)s") % {"ticket": ticket_ref(p)},
    )
)
register(
    ActionSpec(
        name=GET_ATTACHMENT,
        description="Download a file attached to your ticket (only those Halo shows to you).",
        params=(TICKET_ID, Param("attachment_id", int, "the Halo attachment id", required=True)),
        params_model=GetAttachmentParams,
        handler=get_attachment,
        write=False,
        rule=default_rule(GET_ATTACHMENT),
        offered_in_ask=False,  # a download has no place in a plain-language answer
    )
)
