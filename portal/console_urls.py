"""The admin console's URLs (included at /console/ by portal/urls.py); names start "console-"."""

from __future__ import annotations

from django.urls import path

import portal.converters  # noqa: F401 - registers <halo_id:…>
from portal.views.console import home, lookups, tickets

ticket_urls = [
    path("tickets/", tickets.ticket_search, name="console-tickets"),
    path("tickets/sites/", tickets.site_field, name="console-site-field"),
    path("tickets/new/", tickets.ticket_new, name="console-ticket-new"),
    path(
        "tickets/new/requester/",
        tickets.requester_fields,
        name="console-requester-fields",
    ),
    path("tickets/<halo_id:ticket_id>/", tickets.ticket_detail, name="console-ticket"),
    path(
        "tickets/<halo_id:ticket_id>/update/",
        tickets.ticket_update,
        name="console-ticket-update",
    ),
    path("tickets/<halo_id:ticket_id>/note/", tickets.ticket_note, name="console-ticket-note"),
    path(
        "tickets/<halo_id:ticket_id>/resolve/",
        tickets.ticket_resolve,
        name="console-ticket-resolve",
    ),
]

lookup_urls = [
    path("lookup/<slug:entity>/", lookups.lookup, name="console-lookup"),
    path("customers/<halo_id:client_id>/", lookups.customer, name="console-customer"),
]

urlpatterns = [
    path("", home.home, name="console-home"),
    *ticket_urls,
    *lookup_urls,
    path("reference/", home.reference, name="console-reference"),
    path("reference/refresh/", home.reference_refresh, name="console-reference-refresh"),
]
