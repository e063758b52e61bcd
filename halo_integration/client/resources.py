"""HaloClient: the one way the portal talks to the Halo API (HaloPSA and HaloITSM share it).

It knows Halo's rules (see REFERENCE.md): OAuth2 client credentials, everything under /api,
POST bodies as arrays that upsert by `id`, list answers either wrapped ({"record_count", "<key>"})
or bare arrays, pages capped at 100 rows, 429 back-off. It knows nothing of portal users.
One typed method per thing the portal reads or writes; the call itself is HaloTransport's.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Mapping
from typing import Any

import httpx

from halo_integration import schemas
from halo_integration.client.endpoints import (
    ATTACHMENTS,
    ENTITIES,
    MAX_PAGE_SIZE,
    Entity,
    M,
    Page,
    clean_params,
    typed_rows,
)
from halo_integration.client.http import HaloTransport, decode
from halo_integration.client.ticket_filters import ticket_params, verified
from halo_integration.errors import HaloNotFound, HaloRejected
from halo_integration.schemas import (
    Action,
    Agent,
    Attachment,
    Client,
    Feedback,
    HaloModel,
    Me,
    Outcome,
    Priority,
    Site,
    Status,
    Team,
    Ticket,
    TicketRow,
    TicketType,
    User,
)


class HaloClient(HaloTransport):
    """Typed access to the Halo API. Every method raises HaloError subclasses only, and returns
    schemas models: Halo's JSON is parsed here, once."""

    # --- tickets --------------------------------------------------------------------------------

    def list_tickets(
        self, *, page_no: int = 1, page_size: int = 50, **filters: Any
    ) -> Page[TicketRow]:
        """One page of tickets. Filters: see _ticket_params. Raises HaloError subclasses."""
        page = self.page(
            ENTITIES["tickets"], ticket_params(filters), page_no=page_no, page_size=page_size
        )
        rows = verified(page.rows, filters)
        return Page(
            rows, page.record_count - (len(page.rows) - len(rows)), page.page_no, page.page_size
        )

    def iter_tickets(self, *, limit: int | None = None, **filters: Any) -> Iterator[TicketRow]:
        """Every matching ticket, following Halo's pages."""
        rows = self.iter_all(ENTITIES["tickets"], ticket_params(filters), limit=limit)
        yield from verified(rows, filters)

    def get_ticket(self, ticket_id: int) -> Ticket:
        """Raises HaloNotFound when the ticket does not exist (or Halo's answer holds none)."""
        path = f"/Tickets/{int(ticket_id)}"
        try:
            body = self.request("GET", path, params={"includedetails": "true"})
        except HaloNotFound:
            if self.observer is not None:
                self.observer.ticket_missing(int(ticket_id))
            raise
        ticket = schemas.parse_one(Ticket, body, source=path)
        if ticket is None or ticket.id != int(ticket_id):
            raise HaloNotFound(f"Halo has no ticket {int(ticket_id)}")
        if self.observer is not None:
            self.observer.tickets_seen([ticket], full=True)
        return ticket

    def create_ticket(self, fields: Mapping[str, Any]) -> Ticket | None:
        """Create a ticket; `fields` must not carry an id (that would update one).

        None: Halo accepted it (2xx) but did not answer with the record; the caller finds it."""
        body = {k: v for k, v in fields.items() if k != "id"}
        created = schemas.parse_one(
            Ticket, self.request("POST", "/Tickets", json=[body]), source="POST /Tickets"
        )
        if created is not None and self.observer is not None:
            self.observer.ticket_written(created)
        return created

    def update_ticket(self, ticket_id: int, fields: Mapping[str, Any]) -> Ticket | None:
        """Update the named fields of an existing ticket (Halo upserts by id)."""
        if not ticket_id:
            raise ValueError(
                "update_ticket needs a ticket id; without one Halo would create a ticket"
            )
        body = self.request("POST", "/Tickets", json=[{**fields, "id": int(ticket_id)}])
        updated = schemas.parse_one(Ticket, body, source="POST /Tickets")
        if updated is not None and self.observer is not None:
            self.observer.ticket_written(updated)
        return updated

    # --- actions (notes) ------------------------------------------------------------------------

    def list_actions(self, ticket_id: int, *, public_only: bool = False) -> list[Action]:
        """A ticket's actions, oldest first, with their HTML. public_only keeps only actions Halo
        marks visible to the end user: one without the flag is not shown (fail closed)."""
        params: dict[str, Any] = {"ticket_id": int(ticket_id), "includehtmlnote": "true"}
        if public_only:
            params["excludeprivate"] = "true"
        body = self.request("GET", "/Actions", params=params)
        rows = schemas.parse_rows(Action, schemas.list_rows(body, "actions"), source="/Actions")
        if public_only:  # never trust the filter alone: hidden notes must not leak
            rows = [row for row in rows if row.hiddenfromuser is False]
        rows = sorted(rows, key=lambda row: (row.at.isoformat() if row.at else "", row.id))
        if self.observer is not None:
            self.observer.actions_seen(int(ticket_id), rows)
        return rows

    def add_action(
        self,
        ticket_id: int,
        *,
        note: str,
        outcome_id: int | None = None,
        outcome: str | None = None,
        hiddenfromuser: bool = False,
        new_status: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Action | None:
        """Post a note (Halo requires an outcome on every action). None: accepted, no record sent."""
        if outcome_id is None and not outcome:
            raise ValueError("Halo requires an outcome on every action")
        body: dict[str, Any] = {
            "ticket_id": int(ticket_id),
            "note": note,
            "hiddenfromuser": hiddenfromuser,
        }
        if outcome_id is not None:
            body["outcome_id"] = int(outcome_id)
        if outcome:
            body["outcome"] = outcome
        if new_status is not None:
            body["new_status"] = int(new_status)
        body.update(extra or {})
        answer = self.request("POST", "/Actions", json=[body])
        action = schemas.parse_one(Action, answer, source="POST /Actions")
        if action is not None and self.observer is not None:
            self.observer.action_written(int(ticket_id), action)
        return action

    # --- attachments and feedback ---------------------------------------------------------------

    def list_attachments(self, ticket_id: int) -> list[Attachment]:
        """The files of one ticket (all of them: the caller decides who may see which)."""
        rows = self.iter_all(ATTACHMENTS, {"ticket_id": int(ticket_id)}, limit=MAX_PAGE_SIZE * 5)
        return typed_rows(Attachment, rows)

    def upload_attachment(
        self,
        ticket_id: int,
        *,
        filename: str,
        content: bytes,
        content_type: str = "",
        action_id: int | None = None,
        showforusers: bool = True,
    ) -> Attachment | None:
        """Attach a file to a ticket (and to one of its actions). None: accepted, no record sent."""
        body: dict[str, Any] = {
            "ticket_id": int(ticket_id),
            "filename": filename,
            "data_base64": base64.b64encode(content).decode("ascii"),
            "showforusers": showforusers,
        }
        if content_type:
            body["content_type"] = content_type
        if action_id is not None:
            body["action_id"] = int(action_id)
        answer = self.request("POST", "/Attachment", json=[body])
        return schemas.parse_one(Attachment, answer, source="POST /Attachment")

    def download_attachment(self, attachment_id: int) -> bytes:
        """A file's bytes. Halo answers the file itself; some versions answer JSON holding it."""
        path = f"/Attachment/{int(attachment_id)}"
        response: httpx.Response = self.request("GET", path, raw=True)
        if "json" not in response.headers.get("content-type", ""):
            return response.content
        record = schemas.parse_one(Attachment, decode(response), source=path)
        if record is None or not record.data_base64:
            raise HaloNotFound(f"Halo sent no content for {path}")
        try:
            return base64.b64decode(record.data_base64, validate=True)
        except (binascii.Error, ValueError):
            raise HaloRejected(
                f"Halo sent unreadable content for {path}", status_code=response.status_code
            ) from None

    def list_feedback(self, ticket_id: int) -> list[Feedback]:
        """A ticket's ratings. Raises HaloNotFound when the instance has no /Feedback endpoint."""
        body = self.request("GET", "/Feedback", params={"ticket_id": int(ticket_id)})
        rows = schemas.parse_rows(Feedback, schemas.list_rows(body, "feedback"), source="/Feedback")
        return [row for row in rows if row.ticket_id == int(ticket_id)]

    def add_feedback(self, ticket_id: int, *, score: int, comment: str = "") -> Feedback | None:
        """Rate a ticket. Raises HaloNotFound when the instance has no /Feedback endpoint."""
        body = {"ticket_id": int(ticket_id), "score": int(score), "comment": comment}
        answer = self.request("POST", "/Feedback", json=[body])
        return schemas.parse_one(Feedback, answer, source="POST /Feedback")

    # --- people and places ----------------------------------------------------------------------

    def find_users_by_email(self, email_address: str) -> list[User]:
        """End users whose e-mail is exactly this one (Halo's search is a LIKE match)."""
        wanted = email_address.strip().casefold()
        if not wanted:
            return []
        rows = self.iter_all(ENTITIES["users"], {"search": email_address.strip()}, limit=500)
        return [row for row in rows if isinstance(row, User) and wanted in row.emails]

    def get_user(self, user_id: int) -> User:
        return self._get(User, f"/Users/{int(user_id)}")

    def get_client(self, client_id: int) -> Client:
        return self._get(Client, f"/Client/{int(client_id)}")

    def get_site(self, site_id: int) -> Site:
        return self._get(Site, f"/Site/{int(site_id)}")

    def get_agent(self, agent_id: int) -> Agent:
        return self._get(Agent, f"/Agent/{int(agent_id)}", params={"includedisabled": "true"})

    def get_me(self) -> Me:
        """The agent the API application acts as (an agent record, or only its claims)."""
        me = schemas.parse_one(Me, self.request("GET", "/Agent/me"), source="/Agent/me")
        return me or Me()

    def list_clients(self, *, search: str = "", **filters: Any) -> list[Client]:
        return typed_rows(
            Client, self.iter_all(ENTITIES["customers"], {"search": search, **filters})
        )

    def list_sites(self, *, client_id: int | None = None, search: str = "") -> list[Site]:
        rows = self.iter_all(ENTITIES["sites"], {"client_id": client_id, "search": search})
        return typed_rows(Site, rows)

    def list_agents(
        self, *, search: str = "", team_id: int | None = None, include_disabled: bool = False
    ) -> list[Agent]:
        params = {"search": search, "team_id": team_id, "includedisabled": include_disabled or None}
        return typed_rows(Agent, self.iter_all(ENTITIES["agents"], params))

    # --- instance metadata ----------------------------------------------------------------------

    def list_teams(self) -> list[Team]:
        return typed_rows(Team, self.iter_all(ENTITIES["teams"], {}))

    def list_ticket_types(self) -> list[TicketType]:
        return typed_rows(TicketType, self.iter_all(ENTITIES["ticket_types"], {"showall": "true"}))

    def list_statuses(self, *, exclude_closed: bool = False) -> list[Status]:
        params = {"excludeclosed": "true"} if exclude_closed else {}
        return typed_rows(Status, self.iter_all(ENTITIES["statuses"], params))

    def list_priorities(self) -> list[Priority]:
        """Every priority of every SLA (Halo lists each priority once per SLA)."""
        return typed_rows(Priority, self.iter_all(ENTITIES["priorities"], {}))

    def list_outcomes(self) -> list[Outcome]:
        return typed_rows(Outcome, self.iter_all(ENTITIES["outcomes"], {}))

    # --- generic look-ups (customers, assets, contracts, KB, appointments, invoices, reports) --

    def lookup(
        self,
        entity: str,
        *,
        search: str = "",
        page_no: int = 1,
        page_size: int = 50,
        **filters: Any,
    ) -> Page[HaloModel]:
        """One page of any entity in ENTITIES. Raises ValueError for an unknown entity."""
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity {entity!r}; known: {', '.join(sorted(ENTITIES))}")
        params = {"search": search, **filters}
        if entity == "tickets":
            params = ticket_params({"search": search, **filters})
        if entity == "agents" and filters.get("include_disabled"):
            params = {
                **{k: v for k, v in params.items() if k != "include_disabled"},
                "includedisabled": True,
            }
        return self.page(ENTITIES[entity], params, page_no=page_no, page_size=page_size)

    def get_entity(self, entity: str, entity_id: int) -> HaloModel:
        """One record of an entity in ENTITIES. Raises HaloNotFound."""
        found = ENTITIES[entity]
        return self._get(found.model, f"{found.path}/{int(entity_id)}")

    def _get(self, model: type[M], path: str, params: Mapping[str, Any] | None = None) -> M:
        record = schemas.parse_one(model, self.request("GET", path, params=params), source=path)
        if record is None:
            raise HaloNotFound(f"Halo has no {path}")
        return record

    # --- paging ---------------------------------------------------------------------------------

    def page(
        self,
        entity: Entity,
        params: Mapping[str, Any],
        *,
        page_no: int = 1,
        page_size: int = 50,
    ) -> Page[Any]:
        """One page. Bare-array endpoints are paged here, since Halo does not page them."""
        page_no = max(1, int(page_no))
        page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        if entity.key is None:
            rows = self._parse(
                entity, self.request("GET", entity.path, params=clean_params(params))
            )
            start = (page_no - 1) * page_size
            return Page(rows[start : start + page_size], len(rows), page_no, page_size)
        query = {
            **clean_params(params),
            "pageinate": "true",
            "page_size": page_size,
            "page_no": page_no,
        }
        body = self.request("GET", entity.path, params=query)
        raw = schemas.list_rows(body, entity.key)
        rows = self._parse(entity, raw)
        self._seen(entity, rows)
        # Rows that could not be read are not counted as matches either.
        count = schemas.record_count(body, len(raw)) - (len(raw) - len(rows))
        return Page(rows, max(count, len(rows)), page_no, page_size)

    def iter_all(
        self, entity: Entity, params: Mapping[str, Any], *, limit: int | None = None
    ) -> Iterator[Any]:
        """Every row, page by page: stop at record_count, or on an empty or short page."""
        if entity.key is None:
            yield from self._parse(
                entity, self.request("GET", entity.path, params=clean_params(params))
            )[:limit]
            return
        seen = 0
        page_no = 1
        while True:
            query = {
                **clean_params(params),
                "pageinate": "true",
                "page_size": MAX_PAGE_SIZE,
                "page_no": page_no,
            }
            body = self.request("GET", entity.path, params=query)
            raw = schemas.list_rows(body, entity.key)
            parsed = self._parse(entity, raw)
            self._seen(entity, parsed)
            for row in parsed:
                yield row
                seen += 1
                if limit is not None and seen >= limit:
                    return
            total = schemas.record_count(body, len(raw))
            if not raw or len(raw) < MAX_PAGE_SIZE or page_no * MAX_PAGE_SIZE >= total:
                return
            page_no += 1

    def _seen(self, entity: Entity, rows: list[Any]) -> None:
        if self.observer is not None and entity.model is TicketRow and rows:
            self.observer.tickets_seen(rows, full=False)

    @staticmethod
    def _parse(entity: Entity, body: Any) -> list[Any]:
        rows = schemas.list_rows(body, entity.key)
        return schemas.parse_rows(entity.model, rows, source=entity.path)
