"""The helpers a blind set writes its cases with, once for every set that uses them:

    book = CaseBook()
    CASES = book.cases
    create, get, note = book.create, book.get, book.note
    create("emma", "my printer jams", "printer")

Each helper adds one case in the shape scripts/measure_ask.py reads; `add` takes any `expect`."""

from __future__ import annotations

from typing import Any


class CaseBook:
    def __init__(self) -> None:
        self.cases: list[dict[str, Any]] = []

    def add(self, who: str, text: str, expect: dict[str, Any]) -> None:
        self.cases.append({"as": who, "text": text, "expect": expect})

    def create(self, who: str, text: str, word: str | None = None, **ids: int) -> None:
        params: dict[str, Any] = dict(ids)
        if word:
            params["summary_has"] = word
        self.add(who, text, {"action": "create_ticket", "params": params})

    def get(self, who: str, text: str, ticket_id: int) -> None:
        self.add(who, text, {"action": "get_ticket", "params": {"ticket_id": ticket_id}})

    def listing(self, who: str, text: str, ids: list[int] | None = None) -> None:
        params: dict[str, Any] = {"ticket_ids": sorted(ids)} if ids else {}
        self.add(who, text, {"action": "list_tickets", "params": params})

    def note(self, who: str, text: str, ticket_id: int, word: str | None = None) -> None:
        params: dict[str, Any] = {"ticket_id": ticket_id}
        if word:
            params["note_has"] = word
        self.add(who, text, {"action": "add_note", "params": params})

    def resolve(self, who: str, text: str, ticket_id: int) -> None:
        self.add(who, text, {"action": "resolve_ticket", "params": {"ticket_id": ticket_id}})

    def reopen(self, who: str, text: str, ticket_id: int) -> None:
        self.add(who, text, {"action": "reopen_ticket", "params": {"ticket_id": ticket_id}})

    def rate(self, who: str, text: str, ticket_id: int, score: int) -> None:
        params = {"ticket_id": ticket_id, "score": score}
        self.add(who, text, {"action": "rate_ticket", "params": params})

    def update(self, who: str, text: str, ticket_id: int, **ids: int) -> None:
        params = {"ticket_id": ticket_id, **ids}
        self.add(who, text, {"action": "update_ticket", "params": params})

    def lookup(self, who: str, text: str, entity: str, search: str | None = None) -> None:
        """A look-up of one entity; "kb" is short for the knowledge base's articles."""
        params: dict[str, Any] = {"entity": "kb_articles" if entity == "kb" else entity}
        if search:
            params["search_has"] = search
        self.add(who, text, {"action": "lookup", "params": params})

    def howto(self, who: str, text: str, search: str | None = None) -> None:
        """A how-to question: answered from the knowledge base, never by a new ticket."""
        self.lookup(who, text, "kb_articles", search)

    def team_members(self, who: str, text: str, team_id: int) -> None:
        """Who is in a team: a look-up of the agents of that team."""
        params = {"entity": "agents", "team_id": team_id}
        self.add(who, text, {"action": "lookup", "params": params})

    def customer_records(self, who: str, text: str, entity: str, client_id: int) -> None:
        """A customer's sites, contracts, users, assets or invoices: filtered by that customer."""
        params = {"entity": entity, "client_id": client_id}
        self.add(who, text, {"action": "lookup", "params": params})

    def customer_tickets(self, who: str, text: str, client_id: int) -> None:
        """The admin listing one customer's tickets."""
        self.add(who, text, {"action": "list_tickets", "params": {"client_id": client_id}})

    def refused(self, who: str, text: str) -> None:
        self.add(who, text, {"refused": True})

    def candidates(self, who: str, text: str, action: str) -> None:
        self.add(who, text, {"candidates": True, "action": action})
