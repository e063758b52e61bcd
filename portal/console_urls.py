"""The admin console's URLs (included at /console/ by portal/urls.py); names start "console-"."""

from __future__ import annotations

from django.urls import path

import portal.converters  # noqa: F401 - registers <halo_id:…>
from portal.views import console, console_lookups, console_tickets

ticket_urls = [
    path("tickets/", console_tickets.ticket_search, name="console-tickets"),
    path("tickets/sites/", console_tickets.site_field, name="console-site-field"),
    path("tickets/new/", console_tickets.ticket_new, name="console-ticket-new"),
    path(
        "tickets/new/requester/",
        console_tickets.requester_fields,
        name="console-requester-fields",
    ),
    path("tickets/<halo_id:ticket_id>/", console_tickets.ticket_detail, name="console-ticket"),
    path(
        "tickets/<halo_id:ticket_id>/update/",
        console_tickets.ticket_update,
        name="console-ticket-update",
    ),
    path(
        "tickets/<halo_id:ticket_id>/note/", console_tickets.ticket_note, name="console-ticket-note"
    ),
    path(
        "tickets/<halo_id:ticket_id>/resolve/",
        console_tickets.ticket_resolve,
        name="console-ticket-resolve",
    ),
]

lookup_urls = [
    path("lookup/<slug:entity>/", console_lookups.lookup, name="console-lookup"),
    path("customers/<halo_id:client_id>/", console_lookups.customer, name="console-customer"),
]

urlpatterns = [
    path("", console.home, name="console-home"),
    *ticket_urls,
    *lookup_urls,
    path("reference/", console.reference, name="console-reference"),
    path("reference/refresh/", console.reference_refresh, name="console-reference-refresh"),
]
