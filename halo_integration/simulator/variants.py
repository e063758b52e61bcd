"""Real-world answer shapes (REFERENCE §12), one knob each, so the portal meets them in tests.

The simulator's own answers are tidy: every field, one shape. Real instances are not. Each
variant below rewrites the simulator's JSON answers (or, for a few, its data) the way public
samples recorded from live instances show Halo answering. Turn them on with
``sim.variants.enable("name", ...)`` or ``manage.py halo_simulator --variants name,name``;
``ALL`` lists every one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .http import JSON_TYPE, Request, Response
from .store import Store

# Formats live instances use for one and the same moment (REFERENCE §12: with and without Z,
# with 0, 2 or 7 fractional digits).
_DATE_SHAPES: tuple[Callable[[str], str], ...] = (
    lambda d: d[:19],
    lambda d: d[:19] + "Z",
    lambda d: d[:19] + ".12",
    lambda d: d[:19] + ".1234567Z",
)
PLACEHOLDERS = ("1899-12-30T00:00:00", "1900-01-01T00:00:00Z")

DESCRIPTIONS: dict[str, str] = {
    "sparse_ticket_rows": "GET /Tickets rows without dateoccurred, lastactiondate, last_update, "
    "status_name, agent_name, hasbeenclosed, details, attachment_count",
    "sparse_ticket": "GET /Tickets/{id} without lastactiondate and last_update, with dateclosed "
    "and customfields[]",
    "placeholder_dates": "unset dates as 1899-12-30 / 1900-01-01 placeholders, also lastactiondate",
    "date_formats": "dates with and without Z, with 0, 2 or 7 fractional digits",
    "closed_status_type_zero": "/Status: the closed statuses have type 0",
    "per_sla_priority_names": "/Priority: each SLA names its priorities differently; another SLA "
    "is listed first",
    "actions_without_who": "/Actions rows without who (who_agentid only)",
    "actions_without_datetime": "/Actions rows without datetime",
    "actions_without_hidden_flag": "/Actions rows without hiddenfromuser",
    "html_only_notes": "note_html only with includehtmlnote=true; note itself holds HTML",
    "agents_wrapped": "/Agent rows under results; disabled agents only with includedisabled=true",
    "agent_me_claims": "/Agent/me answers {claims: [{type, value}]}",
    "kb_sparse": "KB rows with name only: no description, no resolution",
    "numbers_as_doubles": "ids as doubles (Site.client_id 12.0, Users.site_id, ticket ids)",
    "ids_as_strings": "ids and flags as strings",
    "nested_priority": "a ticket's priority as a nested object",
    "wrapped_single_ticket": "GET /Tickets/{id} wrapped as {tickets: [ ... ]}",
    "empty_post_bodies": "POST answers 201 with an empty body",
    "list_post_bodies": "POST answers 201 with a one-element list",
    "team_name_only": "tickets carry team (a name), never team_id",
    "disabled_agent_on_ticket": "tickets assigned to an agent who has since been disabled",
    "html_entities_in_notes": "plain notes with HTML entities (&amp;)",
    "lookup_rows_sparse": "look-up rows (assets, contracts, invoices, ...) with only their id and name",
}
ALL: tuple[str, ...] = tuple(DESCRIPTIONS)


@dataclass
class Variants:
    """Which real-world shapes the simulator answers with. All off by default."""

    enabled: set[str] = field(default_factory=set)
    _prepared: set[str] = field(default_factory=set, repr=False)

    def enable(self, *names: str) -> None:
        unknown = set(names) - set(ALL)
        if unknown:
            raise ValueError(
                f"unknown variant(s): {', '.join(sorted(unknown))}; known: {', '.join(ALL)}"
            )
        self.enabled.update(names)

    def reset(self) -> None:
        self.enabled.clear()
        self._prepared.clear()

    def __contains__(self, name: str) -> bool:
        return name in self.enabled

    # --- data the variants need (applied to the store once, before answering) ---------------

    def prepare(self, store: Store) -> None:
        todo = self.enabled - self._prepared
        if not todo:
            return
        self._prepared.update(todo)
        if "closed_status_type_zero" in todo:
            for status in store.statuses.values():
                status["type"] = 0 if store.is_closed_status(status["id"]) else status["type"]
        if "per_sla_priority_names" in todo:
            slas = sorted({row["slaid"] for row in store.priorities})
            if len(slas) > 1:
                for row in store.priorities:
                    if row["slaid"] == slas[-1]:
                        row["name"] = (
                            f"{row['name']} ({_SLA_WORDS.get(row['priorityid'], 'SLA 2')})"
                        )
                # Another SLA is listed first.
                store.priorities.sort(key=lambda r: (r["slaid"] != slas[-1], r["priorityid"]))
        if "disabled_agent_on_ticket" in todo:
            disabled = [a for a in store.agents.values() if a.get("isdisabled")]
            if disabled:
                for index, ticket in enumerate(
                    sorted(store.tickets.values(), key=lambda t: t["id"])
                ):
                    if index % 3 == 0 and not store.is_closed_status(ticket.get("status_id")):
                        ticket["agent_id"] = disabled[0]["id"]

    # --- answers ------------------------------------------------------------------------------

    def rewrite(self, req: Request, response: Response) -> Response:
        if not self.enabled or not response.content_type.startswith("application/json"):
            return response
        path = req.path.rstrip("/").lower()
        parts = [p for p in path.split("/") if p][1:]
        if not parts:
            return response
        resource, item = parts[0], (parts[1] if len(parts) > 1 else None)
        if req.method == "POST":
            return self._post(response)
        body = json.loads(response.body or b"null")
        body = self._get(resource, item, req, body)
        return Response(
            response.status,
            json.dumps(body, ensure_ascii=False).encode("utf-8"),
            JSON_TYPE,
            list(response.headers),
        )

    def _post(self, response: Response) -> Response:
        if response.status >= 300:
            return response
        if "empty_post_bodies" in self:
            return Response(201, b"", JSON_TYPE, list(response.headers))
        if "list_post_bodies" in self:
            body = json.loads(response.body or b"null")
            listed = body if isinstance(body, list) else [body]
            return Response(201, json.dumps(listed).encode(), JSON_TYPE, list(response.headers))
        return response

    def _get(self, resource: str, item: str | None, req: Request, body: Any) -> Any:
        if resource == "tickets":
            body = _map_rows(body, "tickets", lambda row: self._ticket(row, listed=item is None))
            if item is not None and "wrapped_single_ticket" in self and isinstance(body, dict):
                body = {"record_count": 1, "tickets": [body]}
        elif resource == "actions":
            wants_html = req.params.get("includehtmlnote", "").lower() == "true"
            body = _map_rows(body, "actions", lambda row: self._action(row, wants_html))
        elif resource == "agent":
            if item == "me" and "agent_me_claims" in self and isinstance(body, dict):
                body = {
                    "claims": [
                        {
                            "type": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
                            "value": str(body.get("id")),
                        },
                        {"type": "name", "value": body.get("name")},
                        {"type": "email", "value": body.get("email")},
                    ]
                }
            elif item is None and "agents_wrapped" in self and isinstance(body, list):
                include = req.params.get("includedisabled", "").lower() == "true"
                rows = [a for a in body if include or not a.get("isdisabled")]
                body = {"record_count": len(rows), "results": rows}
        elif resource == "kbarticle" and "kb_sparse" in self:
            body = _map_rows(body, "articles", lambda r: {"id": r.get("id"), "name": r.get("name")})
        elif resource in _LOOKUP_KEYS and "lookup_rows_sparse" in self:
            body = _map_rows(body, _LOOKUP_KEYS[resource], _only_id_and_name)
        return self._numbers(resource, body)

    def _ticket(self, row: dict[str, Any], *, listed: bool) -> dict[str, Any]:
        row = dict(row)
        if listed and "sparse_ticket_rows" in self:
            for name in (
                "dateoccurred",
                "lastactiondate",
                "last_update",
                "status_name",
                "agent_name",
                "hasbeenclosed",
                "details",
                "attachment_count",
            ):
                row.pop(name, None)
        if not listed and "sparse_ticket" in self:
            row.pop("lastactiondate", None)
            row.pop("last_update", None)
            row.setdefault("dateclosed", PLACEHOLDERS[0])
            row["customfields"] = [{"id": 1, "name": "CFReference", "value": None}]
        if "placeholder_dates" in self:
            for name in ("dateclosed", "targetdate", "fixbydate", "respondbydate"):
                if not row.get(name) or str(row.get(name)).startswith(("1899", "1900")):
                    row[name] = (
                        PLACEHOLDERS[row["id"] % 2]
                        if isinstance(row.get("id"), int)
                        else PLACEHOLDERS[0]
                    )
            if isinstance(row.get("id"), int) and row["id"] % 2 == 0 and "lastactiondate" in row:
                row["lastactiondate"] = PLACEHOLDERS[1]
        if "date_formats" in self:
            _reshape_dates(row)
        if "nested_priority" in self and "priority_id" in row:
            row["priority"] = {"id": row.pop("priority_id"), "name": ""}
        if "team_name_only" in self:
            row.pop("team_id", None)
        return row

    def _action(self, row: dict[str, Any], wants_html: bool) -> dict[str, Any]:
        row = dict(row)
        if "actions_without_who" in self and row.get("who_agentid"):
            row.pop("who", None)
        if "actions_without_datetime" in self:
            row.pop("datetime", None)
        if "actions_without_hidden_flag" in self:
            row.pop("hiddenfromuser", None)
        if "html_only_notes" in self:
            html = row.get("note_html") or row.get("note") or ""
            row["note"] = html  # `note` itself holds the HTML
            if not wants_html:
                row.pop("note_html", None)
        if "html_entities_in_notes" in self and row.get("note") and "<" not in str(row["note"]):
            row["note"] = str(row["note"]).replace("&", "&amp;") + " &amp; thanks"
            row.pop("note_html", None)  # a plain note: its text is all there is
        if "date_formats" in self:
            _reshape_dates(row)
        return row

    def _numbers(self, resource: str, body: Any) -> Any:
        if "numbers_as_doubles" in self:
            body = _deep(body, lambda key, value: float(value) if _is_id(key, value) else value)
        if "ids_as_strings" in self:
            body = _deep(body, _stringify)
        return body


_SLA_WORDS = {1: "Sev A", 2: "Sev B", 3: "Sev C", 4: "Sev D"}
_LOOKUP_KEYS = {
    "asset": "assets",
    "clientcontract": "contracts",
    "invoice": "invoices",
    "appointment": "appointments",
    "report": "reports",
    "client": "clients",
    "site": "sites",
}
_ID_KEYS = {
    "id",
    "client_id",
    "site_id",
    "user_id",
    "agent_id",
    "ticket_id",
    "status_id",
    "priority_id",
    "tickettype_id",
    "team_id",
    "outcome_id",
    "who_agentid",
}
_FLAG_KEYS = {
    "hiddenfromuser",
    "inactive",
    "isdisabled",
    "hasbeenclosed",
    "ishidden",
    "enduserscanselect",
    "hidefromuser",
}


def _map_rows(body: Any, key: str, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    if isinstance(body, list):
        return [change(row) if isinstance(row, dict) else row for row in body]
    if isinstance(body, dict) and isinstance(body.get(key), list):
        return {**body, key: [change(r) if isinstance(r, dict) else r for r in body[key]]}
    if isinstance(body, dict) and "id" in body:
        return change(body)
    return body


def _only_id_and_name(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("id", "name") if k in row}


def _reshape_dates(row: dict[str, Any]) -> None:
    for name, value in list(row.items()):
        if (
            isinstance(value, str)
            and len(value) >= 19
            and value[4:5] == "-"
            and value[10:11] == "T"
        ):
            if value.startswith(("1899", "1900")):
                continue
            shape = sum(map(ord, name + value)) % len(_DATE_SHAPES)  # stable across runs
            row[name] = _DATE_SHAPES[shape](value)


def _is_id(key: str, value: Any) -> bool:
    return key in _ID_KEYS and isinstance(value, int) and not isinstance(value, bool)


def _stringify(key: str, value: Any) -> Any:
    if _is_id(key, value):
        return str(value)
    if key in _FLAG_KEYS and isinstance(value, bool):
        return "true" if value else "false"
    return value


def _deep(body: Any, change: Callable[[str, Any], Any]) -> Any:
    if isinstance(body, list):
        return [_deep(item, change) for item in body]
    if isinstance(body, dict):
        return {key: _deep(change(key, value), change) for key, value in body.items()}
    return body
