"""The employee pages: my tickets, one ticket (notes, resolve) and a new ticket."""

from __future__ import annotations

from django.urls import path

import portal.converters  # noqa: F401 - registers <halo_id:…>
from portal.views import tickets

urlpatterns = [
    path("tickets/", tickets.ticket_list, name="tickets"),
    path("tickets/new/", tickets.ticket_new, name="ticket-new"),
    path("tickets/new/suggest", tickets.kb_suggest, name="kb-suggest"),
    path("tickets/new/similar", tickets.duplicate_check, name="duplicate-check"),
    path("tickets/<halo_id:ticket_id>/", tickets.ticket_detail, name="ticket-detail"),
    path("tickets/<halo_id:ticket_id>/notes/", tickets.add_note, name="ticket-note"),
    path("tickets/<halo_id:ticket_id>/resolve/", tickets.resolve_ticket, name="ticket-resolve"),
    path("tickets/<halo_id:ticket_id>/reopen/", tickets.reopen_ticket, name="ticket-reopen"),
    path("tickets/<halo_id:ticket_id>/rate/", tickets.rate_ticket, name="ticket-rate"),
    path(
        "tickets/<halo_id:ticket_id>/files/<halo_id:attachment_id>/",
        tickets.download_attachment,
        name="ticket-file",
    ),
]
