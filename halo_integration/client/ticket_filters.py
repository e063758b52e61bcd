"""Ticket list filters: our names to Halo's query parameters, and re-checking the rows Halo
answers, because Halo silently ignores a query parameter it does not know."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from halo_integration.schemas import TicketRow
from halo_integration.values import int_or_none

# Ticket filters whose value a row carries under the same name: rows that do not match are
# dropped, because Halo silently ignores a query parameter it does not know.
VERIFIABLE_TICKET_FILTERS = (
    "client_id",
    "site_id",
    "agent_id",
    "status_id",
    "tickettype_id",
    "priority_id",
    "team_id",
)

# Filters Halo takes under our name.
PASSED_AS_IS = (
    "user_id",
    "client_id",
    "site_id",
    "agent_id",
    "status_id",
    "search",
    "order",
    "ticketids",
)
# Every filter ticket_params knows: any other name is a caller's mistake, refused rather than
# sent to Halo, which would ignore it and answer unfiltered rows.
KNOWN_TICKET_FILTERS = frozenset(
    {
        *PASSED_AS_IS,
        "tickettype_id",
        "team_id",
        "priority_id",
        "open_only",
        "closed_only",
        "orderdesc",
        "opened_after",
        "opened_before",
    }
)


def ticket_params(filters: Mapping[str, Any]) -> dict[str, Any]:
    """Our filter names -> Halo's query parameters (some filters are arrays of ids in Halo)."""
    params: dict[str, Any] = {}
    for name in PASSED_AS_IS:
        if filters.get(name) not in (None, ""):
            params[name] = filters[name]
    if filters.get("tickettype_id") not in (None, ""):
        # REFERENCE §11 names tickettype_id; Halo's OpenAPI names it requesttype_id. Unknown
        # parameters are ignored, so sending both is safe.
        params["tickettype_id"] = params["requesttype_id"] = filters["tickettype_id"]
    if filters.get("team_id") not in (None, ""):
        params["team"] = filters["team_id"]
    if filters.get("priority_id") not in (None, ""):
        params["priority"] = filters["priority_id"]
    if filters.get("open_only"):
        params["open_only"] = "true"
    if filters.get("closed_only"):
        params["closed_only"] = "true"
    if "orderdesc" in filters:
        params["orderdesc"] = "true" if filters["orderdesc"] else "false"
    if filters.get("opened_after") or filters.get("opened_before"):
        # REFERENCE §11: the date field to search ("dateoccured" is Halo's spelling) and a range.
        params["datesearch"] = "dateoccured"
        if filters.get("opened_after"):
            params["startdate"] = filters["opened_after"]
        if filters.get("opened_before"):
            params["enddate"] = filters["opened_before"]
    unknown = set(filters) - KNOWN_TICKET_FILTERS
    if unknown:
        raise ValueError(f"unknown ticket filter(s): {', '.join(sorted(unknown))}")
    return params


def verified(rows: Iterable[TicketRow], filters: Mapping[str, Any]) -> list[TicketRow]:
    """Rows that match the filters Halo may have ignored. The requester filter fails closed: a
    row that does not name its requester is not anyone's to see."""
    wanted = {
        name: int_or_none(filters[name])
        for name in VERIFIABLE_TICKET_FILTERS
        if filters.get(name) not in (None, "")
    }
    user_id = int_or_none(filters.get("user_id"))
    requester_filtered = filters.get("user_id") not in (None, "")
    return [
        row
        for row in rows
        if (not requester_filtered or (user_id is not None and row.user_id == user_id))
        and all(_matches(row, name, value) for name, value in wanted.items())
        and opened_within(row, filters)
    ]


def opened_within(row: TicketRow, filters: Mapping[str, Any]) -> bool:
    """A date range Halo did not apply is applied here (the day part of dateoccurred)."""
    if row.dateoccurred is None:
        return True
    opened = row.dateoccurred.date().isoformat()
    after, before = filters.get("opened_after"), filters.get("opened_before")
    return (not after or opened >= str(after)) and (not before or opened < str(before))


def _matches(row: TicketRow, name: str, wanted: int | None) -> bool:
    value = _row_value(row, name)
    if value is None:
        # List rows name their team (`team`), not its id: the team filter cannot be checked
        # here. Any other filtered field a row leaves out does not match.
        return name == "team_id"
    return value == wanted


def _row_value(row: TicketRow, name: str) -> int | None:
    value = getattr(row, name, None)
    return value if isinstance(value, int) else None
