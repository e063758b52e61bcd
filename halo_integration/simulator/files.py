"""``/api/Attachment`` (a ticket's files) and ``/api/Feedback`` (ratings), per Halo's OpenAPI
(``halo-openapi-extra.json``): POST bodies are arrays of ``Attachment`` / ``Feedback``; the
list answers ``Attachment_View`` ({record_count, attachments}); ``GET /Attachment/{id}``
answers the file itself, and its JSON record with ``includedetails=true``.

``store.has_feedback = False`` makes ``/Feedback`` answer 404, as on instances without it."""

from __future__ import annotations

import base64
import binascii

from .context import Ctx
from .http import Response, bad_request, json_response, not_found
from .params import Paging, flag, int_param
from .store import Row, public
from .timeutil import iso
from .validation import (
    Errors,
    body_items,
    bool_field,
    check_unknown_fields,
    int_field,
    single_or_list,
)

# Attachment_List: what a list row carries (no ticket_id, no content_type, no data).
ATTACHMENT_LIST_FIELDS = [
    "id",
    "filename",
    "datecreated",
    "note",
    "filesize",
    "type",
    "unique_id",
    "desc",
    "isimage",
    "showforusers",
    "showonchild",
    "showonrelated",
    "download_url",
]
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


def list_attachments(ctx: Ctx) -> Response:
    ticket_id = int_param(ctx.req, "ticket_id")
    rows = [
        a
        for a in ctx.store.attachments.values()
        if ticket_id is None or a["ticket_id"] == ticket_id
    ]
    action_id = int_param(ctx.req, "action_id")
    if action_id is not None:
        rows = [a for a in rows if a.get("action_id") == action_id]
    rows.sort(key=lambda a: a["id"])
    items = [{name: a.get(name) for name in ATTACHMENT_LIST_FIELDS} for a in rows]
    paging = Paging.from_request(ctx.req)
    return json_response(200, paging.envelope("attachments", items, ticket_id=ticket_id))


def get_attachment(ctx: Ctx, raw_id: str) -> Response:
    row = ctx.store.attachments.get(int(raw_id)) if raw_id.isdigit() else None
    if row is None:
        raise not_found(f"Attachment {raw_id} not found")
    if flag(ctx.req, "includedetails"):
        return json_response(200, {k: v for k, v in public(row).items() if k != "data_base64"})
    content = base64.b64decode(row["data_base64"])
    return Response(200, content, row.get("content_type") or "application/octet-stream")


def delete_attachment(ctx: Ctx, raw_id: str) -> Response:
    row = ctx.store.attachments.pop(int(raw_id), None) if raw_id.isdigit() else None
    if row is None:
        raise not_found(f"Attachment {raw_id} not found")
    return json_response(200, {"id": row["id"]})


def post_attachments(ctx: Ctx) -> Response:
    items = body_items(ctx.req)
    errors = Errors()
    check_unknown_fields("Attachment", items, errors)
    planned: list[Row] = []
    for index, item in enumerate(items):
        ticket_id = int_field(item, "ticket_id", index, errors)
        action_id = int_field(item, "action_id", index, errors)
        shown = bool_field(item, "showforusers", index, errors)
        if ticket_id is None or ticket_id not in ctx.store.tickets:
            errors.add(index, "ticket_id", f"Ticket {ticket_id} does not exist")
            continue
        if action_id is not None and not any(
            a["id"] == action_id for a in ctx.store.actions.get(ticket_id, [])
        ):
            errors.add(index, "action_id", f"Action {action_id} does not exist on this ticket")
        filename = str(item.get("filename") or "").strip()
        if not filename:
            errors.add(index, "filename", "A file name must be given")
        try:
            content = base64.b64decode(str(item.get("data_base64") or ""), validate=True)
        except (binascii.Error, ValueError):
            errors.add(index, "data_base64", "The file content is not valid base64")
            continue
        if not content:
            errors.add(index, "data_base64", "The file is empty")
        content_type = str(item.get("content_type") or "application/octet-stream")
        planned.append(
            {
                "ticket_id": ticket_id,
                "action_id": action_id,
                "filename": filename,
                "content_type": content_type,
                "filesize": len(content),
                "isimage": content_type in IMAGE_TYPES,
                # Halo's default for a file an agent or the API adds: visible to the end user.
                "showforusers": True if shown is None else shown,
                "data_base64": base64.b64encode(content).decode("ascii"),
            }
        )
    errors.raise_if_any()
    created = [ctx.store.insert_attachment(row, ctx.now) for row in planned]
    answers = [{k: v for k, v in public(row).items() if k != "data_base64"} for row in created]
    return json_response(201, single_or_list(answers))


# --- /Feedback ------------------------------------------------------------------------------------


def _feedback_available(ctx: Ctx) -> None:
    if not ctx.store.has_feedback:
        raise not_found("Not Found")


def list_feedback(ctx: Ctx) -> Response:
    _feedback_available(ctx)
    ticket_id = int_param(ctx.req, "ticket_id")
    rows = [public(f) for f in ctx.store.feedback.values() if ticket_id in (None, f["ticket_id"])]
    return json_response(200, rows)


def get_feedback(ctx: Ctx, raw_id: str) -> Response:
    _feedback_available(ctx)
    row = ctx.store.feedback.get(int(raw_id)) if raw_id.isdigit() else None
    if row is None:
        raise not_found(f"Feedback {raw_id} not found")
    return json_response(200, public(row))


def delete_feedback(ctx: Ctx, raw_id: str) -> Response:
    _feedback_available(ctx)
    row = ctx.store.feedback.pop(int(raw_id), None) if raw_id.isdigit() else None
    if row is None:
        raise not_found(f"Feedback {raw_id} not found")
    return json_response(200, {"id": row["id"]})


def post_feedback(ctx: Ctx) -> Response:
    _feedback_available(ctx)
    items = body_items(ctx.req)
    errors = Errors()
    check_unknown_fields("Feedback", items, errors)
    planned: list[Row] = []
    for index, item in enumerate(items):
        ticket_id = int_field(item, "ticket_id", index, errors)
        score = int_field(item, "score", index, errors)
        if ticket_id is None or ticket_id not in ctx.store.tickets:
            errors.add(index, "ticket_id", f"Ticket {ticket_id} does not exist")
        if score is None or not 1 <= score <= 5:
            errors.add(index, "score", "The score must be between 1 and 5")
            continue
        planned.append(
            {
                "ticket_id": ticket_id,
                "score": score,
                "comment": str(item.get("comment") or ""),
                "date": iso(ctx.now),
            }
        )
    errors.raise_if_any()
    created = [ctx.store.insert_feedback(row) for row in planned]
    if not created:
        raise bad_request({"$": "Nothing to save"})
    return json_response(201, single_or_list([public(row) for row in created]))
