"""Entities Halo returns wrapped as ``{"record_count": N, "<key>": [...]}``: customers, sites,
users, assets, contracts, KB articles, appointments, invoices and reports. Plus POST /Users."""

from __future__ import annotations

from .context import Ctx
from .http import Response, json_response, not_found
from .listing import Listing, combine, flag_filter, id_list_filter
from .params import Predicate, text_param
from .store import Row, Store, public
from .timeutil import parse_iso
from .validation import Errors, Item, body_items, check_unknown_fields, int_field, single_or_list

CLIENTS = Listing(
    "clients",
    "clients",
    "Customer",
    search_fields=("name",),
    int_filters={"toplevel_id": "toplevel_id"},
    inactive_field="inactive",
)
SITES = Listing(
    "sites",
    "sites",
    "Site",
    search_fields=("name",),
    int_filters={"client_id": "client_id"},
    inactive_field="inactive",
)
USERS = Listing(
    "users",
    "users",
    "User",
    search_fields=("name", "emailaddress", "firstname", "surname"),
    int_filters={"client_id": "client_id", "site_id": "site_id"},
    inactive_field="inactive",
)


def _asset_filters(ctx: Ctx) -> list[Predicate]:
    username = text_param(ctx.req, "username")
    return [lambda a: a.get("username", "").casefold() == username.casefold()] if username else []


ASSETS = Listing(
    "assets",
    "assets",
    "Asset",
    search_fields=("inventory_number", "key_field", "assettype_name", "username"),
    int_filters={
        "client_id": "client_id",
        "site_id": "site_id",
        "user_id": "_user_id",
        "assettype_id": "assettype_id",
    },
    extra_filters=_asset_filters,
    inactive_field="inactive",
)


def _contract_view(row: Row, now: float) -> Row:
    """Contract state follows the simulated clock, so advance() can expire a contract."""
    body = public(row)
    start, end = parse_iso(row["start_date"]) or 0.0, parse_iso(row["end_date"]) or 0.0
    body["expired"] = end < now
    body["active"] = start <= now <= end
    body["contract_status"] = (
        "Active" if body["active"] else ("Expired" if body["expired"] else "Pending")
    )
    return body


CONTRACTS = Listing(
    "contracts",
    "contracts",
    "Contract",
    search_fields=("ref", "contracttype_name"),
    int_filters={"client_id": "client_id", "site_id": "site_id"},
    project=_contract_view,
)
KB_ARTICLES = Listing(
    "kb_articles",
    "articles",
    "Article",
    search_fields=("name", "description"),
    inactive_field="inactive",
)


def _appointment_window(ctx: Ctx) -> list[Predicate]:
    """start_date: appointments starting after it; end_date: appointments ending before it."""
    predicates: list[Predicate] = []
    start = parse_iso(text_param(ctx.req, "start_date"))
    end = parse_iso(text_param(ctx.req, "end_date"))
    if start is not None:
        predicates.append(lambda a: (parse_iso(a["start_date"]) or 0) >= start)
    if end is not None:
        predicates.append(lambda a: (parse_iso(a["end_date"]) or 0) <= end)
    return predicates


APPOINTMENTS = Listing(
    "appointments",
    "appointments",
    "Appointment",
    search_fields=("subject",),
    int_filters={"ticket_id": "ticket_id", "client_id": "client_id"},
    extra_filters=combine(id_list_filter("agents", "agent_id"), _appointment_window),
    sort_field="start_date",
)
INVOICES = Listing(
    "invoices",
    "invoices",
    "Invoice",
    search_fields=("invoicenumber",),
    int_filters={"client_id": "client_id"},
    extra_filters=combine(
        flag_filter("postedonly", lambda i: bool(i.get("posted"))),
        flag_filter("notpostedonly", lambda i: not i.get("posted")),
    ),
)
REPORTS = Listing(
    "reports", "reports", "Report", search_fields=("name",), int_filters={"type": "type"}
)


# --- POST /Users ---------------------------------------------------------------------------------


def post_users(ctx: Ctx) -> Response:
    items = body_items(ctx.req)
    errors = Errors()
    check_unknown_fields("Users", items, errors)
    plans = [_plan_user(ctx.store, index, item, errors) for index, item in enumerate(items)]
    errors.raise_if_any()
    rows = [_apply_user(ctx.store, existing, changes) for existing, changes in plans]
    return json_response(201, single_or_list([public(row) for row in rows]))


def _plan_user(store: Store, index: int, item: Item, errors: Errors) -> tuple[Row | None, Item]:
    user_id = int_field(item, "id", index, errors)
    existing = None
    if user_id:
        existing = store.users.get(user_id)
        if existing is None:
            raise not_found(f"User {user_id} not found")
    changes = {key: value for key, value in item.items() if key != "id"}
    for name in ("site_id", "client_id"):
        if name in changes:
            changes[name] = int_field(item, name, index, errors)
    site_id = changes.get("site_id", (existing or {}).get("site_id"))
    if site_id is None:
        errors.add(index, "site_id", "Please select a Site")
    elif site_id not in store.sites:
        errors.add(index, "site_id", f"Site {site_id} does not exist")
    named = any(str(changes.get(key) or "").strip() for key in ("name", "firstname", "surname"))
    if existing is None and not named:
        errors.add(index, "name", "Name is required")
    return existing, changes


def _apply_user(store: Store, existing: Row | None, changes: Item) -> Row:
    if existing is None:
        return store.insert_user(changes)
    existing.update(changes)
    store.fill_site_names(existing)
    return existing
