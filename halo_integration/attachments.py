"""Files employees attach to a new ticket or a note: the limits (size, count, type), keeping them
with the write in the outbox, sending them to Halo once, and how they are served back.

Limits come from settings (ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_FILES, ATTACHMENT_TYPES) and are
checked in run_action, so every channel gets the same rules and the same clear errors."""

from __future__ import annotations

import contextlib
import hashlib
import posixpath
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from halo_integration import flight
from halo_integration.actions.registry import REGISTRY, InvalidParams
from halo_integration.client import HaloClient
from halo_integration.errors import (
    HaloError,
    HaloForbidden,
    HaloNotFound,
    HaloRejected,
    HaloTransient,
)
from halo_integration.generations import SHOWN
from halo_integration.models import ApprovalRequest, PendingAttachment, PendingWrite
from halo_integration.schemas import Attachment

# What a download is labelled as. Anything else (HTML, SVG, scripts, unknown) is sent as opaque
# bytes, so a browser never renders a file from Halo inside the portal's origin.
SAFE_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "pdf": "application/pdf",
    "txt": "text/plain; charset=utf-8",
    "log": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
OPAQUE_TYPE = "application/octet-stream"
# The first bytes each image or PDF type starts with: a renamed HTML page is not a picture.
_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "webp": (b"RIFF",),
    "pdf": (b"%PDF-",),
}
_MARKUP = re.compile(rb"^\s*(?:<\?xml|<!doctype|<html|<svg|<script)", re.IGNORECASE)


@dataclass(frozen=True)
class Upload:
    """One file as a person sent it (name, declared type and bytes)."""

    filename: str
    content: bytes = field(repr=False)
    content_type: str = ""

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class AttachmentFile:
    """A file read back from Halo, ready to be served as a download."""

    filename: str
    content: bytes = field(repr=False)

    @property
    def content_type(self) -> str:
        return download_type(self.filename)


def extension(filename: str) -> str:
    _, dot, ext = filename.rpartition(".")
    return ext.casefold() if dot else ""


def download_type(filename: str) -> str:
    return SAFE_TYPES.get(extension(filename), OPAQUE_TYPE)


def safe_filename(raw: str) -> str:
    """The base name only, without control characters or path parts; never empty."""
    name = posixpath.basename(raw.replace("\\", "/"))
    name = "".join(ch for ch in unicodedata.normalize("NFC", name) if ch.isprintable())
    name = name.strip().strip(".") or "file"
    return name[-200:]


def check_uploads(action: str, uploads: Sequence[Upload]) -> None:
    """Raises InvalidParams({"attachments": why}) for the first file that breaks a limit."""
    if not uploads:
        return
    spec = REGISTRY.get(action)
    if spec is None or not spec.takes_files:
        raise InvalidParams({"attachments": _("files can only be attached to a ticket or a note")})
    max_files = int(settings.ATTACHMENT_MAX_FILES)
    if len(uploads) > max_files:
        raise InvalidParams(
            {"attachments": _("attach at most %(n)s files at a time") % {"n": max_files}}
        )
    allowed = {t.casefold().lstrip(".") for t in settings.ATTACHMENT_TYPES}
    max_bytes = int(settings.ATTACHMENT_MAX_BYTES)
    for upload in uploads:
        name = upload.filename
        ext = extension(name)
        if ext not in allowed:
            raise InvalidParams(
                {
                    "attachments": _(
                        "%(name)s: this type of file cannot be attached (allowed: %(types)s)"
                    )
                    % {"name": name, "types": ", ".join(sorted(allowed))}
                }
            )
        if upload.size == 0:
            raise InvalidParams({"attachments": _("%(name)s is empty") % {"name": name}})
        if upload.size > max_bytes:
            raise InvalidParams(
                {
                    "attachments": _("%(name)s is too large (at most %(size)s)")
                    % {"name": name, "size": human_size(max_bytes)}
                }
            )
        signatures = _SIGNATURES.get(ext)
        looks_wrong = signatures is not None and not upload.content.startswith(signatures)
        if looks_wrong or _MARKUP.match(upload.content[:512]):
            raise InvalidParams(
                {"attachments": _("%(name)s does not contain what its name says") % {"name": name}}
            )


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return _("%(n)s MB") % {"n": round(size / (1024 * 1024), 1)}
    if size >= 1024:
        return _("%(n)s KB") % {"n": round(size / 1024)}
    return _("%(n)s bytes") % {"n": size}


def keep(
    uploads: Iterable[Upload],
    *,
    write: PendingWrite | None = None,
    approval: ApprovalRequest | None = None,
) -> None:
    """Store the files beside their write (or approval request), in the same transaction."""
    PendingAttachment.objects.bulk_create(
        PendingAttachment(
            write=write,
            approval=approval,
            filename=upload.filename,
            content_type=download_type(upload.filename),
            size=upload.size,
            content=upload.content,
        )
        for upload in uploads
    )


def move_to_write(approval: ApprovalRequest, write: PendingWrite) -> None:
    """An approved request's files travel on with the write that runs it."""
    PendingAttachment.objects.filter(approval=approval, write__isnull=True).update(write=write)


# A ticket's file list as last read. Pages that read the mirror show it without asking Halo;
# re-reading the ticket (a page's background refresh, a webhook) renews it, an upload drops it.
LISTING_SECONDS = 7 * 24 * 3600
READ_AGAIN = "read again"  # kept instead of a list: the next page reads the files from Halo


def listing_key(halo: HaloClient, ticket_id: int) -> str:
    """The cache key of a ticket's file list."""
    instance = hashlib.sha256(halo.config.base_url.encode()).hexdigest()[:12]
    return f"halo-attachments:{instance}:{int(ticket_id)}"


def visible_files(
    halo: HaloClient, ticket_id: int, *, from_mirror: bool, halo_count: int | None = None
) -> list[Attachment]:
    """The ticket's files its requester may download: only those Halo marks visible to users
    (without the flag, not shown); none on an instance whose API offers no attachments.

    From the mirror, the list kept from the last read is shown, so a page view costs no Halo
    call; only a ticket nobody has listed yet is read, once for everyone asking at that moment,
    unless the ticket as Halo sent it says it has no file at all (`halo_count` 0)."""
    key = listing_key(halo, ticket_id)
    if not from_mirror:
        return _read_listing(halo, ticket_id)
    if halo_count == 0 and cache.get(key) is None:
        return []  # nothing to list (a file the portal just sent leaves READ_AGAIN behind)
    return flight.once(
        f"files:{key}", ready=lambda: _kept(key), load=lambda: _read_listing(halo, ticket_id)
    )


def renew_listing(halo: HaloClient, ticket_id: int) -> None:
    """After the ticket was re-read from Halo: read its files again too, if a page shows them."""
    if _kept(listing_key(halo, ticket_id)) is not None:
        with contextlib.suppress(HaloError):  # the page keeps the list it had
            _read_listing(halo, ticket_id)


def _kept(key: str) -> list[Attachment] | None:
    kept = cache.get(key)
    return kept if isinstance(kept, list) else None


def _read_listing(halo: HaloClient, ticket_id: int) -> list[Attachment]:
    key = listing_key(halo, ticket_id)
    try:
        rows = halo.list_attachments(ticket_id)
    except (HaloNotFound, HaloForbidden, HaloRejected):
        rows = []  # an instance (or API application) without attachments
    except HaloTransient:  # Halo is away: the page still shows, with the files last seen
        return _kept(key) or []
    visible = [row for row in rows if row.showforusers is True]
    if _kept(key) != visible:
        SHOWN.bump()  # the ticket page lists other files now
    cache.set(key, visible, timeout=LISTING_SECONDS)
    return visible


def send_pending(
    halo: HaloClient, write: PendingWrite, *, ticket_id: int, action_id: int | None
) -> list[int]:
    """Send the write's files that Halo does not have yet; returns every Halo id. A file already
    sent by an earlier attempt is not sent again."""
    ids: list[int] = []
    for item in PendingAttachment.objects.filter(write=write).order_by("id"):
        if item.halo_attachment_id is None:
            created = halo.upload_attachment(
                ticket_id,
                filename=item.filename,
                content=bytes(item.content),
                content_type=item.content_type,
                action_id=action_id,
                showforusers=True,
            )
            # 0: Halo took it without saying its id; never send it again either way.
            item.halo_attachment_id = created.id if created is not None else 0
            item.save(update_fields=["halo_attachment_id"])
        if item.halo_attachment_id:
            ids.append(item.halo_attachment_id)
    if ids:
        # The ticket page lists them at once, though the mirror's copy of the ticket may still
        # say it has no file.
        cache.set(listing_key(halo, ticket_id), READ_AGAIN, timeout=LISTING_SECONDS)
        SHOWN.bump()
    return ids


def has_pending(write: PendingWrite | None) -> bool:
    return write is not None and write.attachments.filter(halo_attachment_id__isnull=True).exists()
