"""Slot builders: one per action, each turning a prepared request into raw slots.

Every builder first takes the free text it expects (`freetext`: the description, the note, the
reason), blanks it, and only then runs the field extractors of `slots` on what is left, so
words inside a description are never read as fields. The builder for a new ticket is in
`create_builders`, those for one existing ticket in `change_builders`, those for lists and
look-ups in `query_builders`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from halo_integration.actions.lifecycle import RATE_TICKET, REOPEN_TICKET
from halo_integration.actions.lookup import LOOKUP
from halo_integration.actions.tickets_read import GET_TICKET, LIST_TICKETS
from halo_integration.actions.tickets_write import (
    ADD_NOTE,
    CREATE_TICKET,
    RESOLVE_TICKET,
    UPDATE_TICKET,
)

from .change_builders import (
    build_get,
    build_note,
    build_reopen,
    build_resolve,
    build_update,
)
from .create_builders import build_create
from .cue_parts import Intent
from .intents import QueryObject
from .query_builders import build_list, build_lookup
from .rating import build_rating
from .text import Prepared

BUILDERS: dict[str, Callable[[Prepared, Intent, QueryObject | None], dict[str, Any]]] = {
    CREATE_TICKET: build_create,
    ADD_NOTE: build_note,
    RESOLVE_TICKET: build_resolve,
    REOPEN_TICKET: build_reopen,
    RATE_TICKET: build_rating,
    UPDATE_TICKET: build_update,
    GET_TICKET: build_get,
    LIST_TICKETS: build_list,
    LOOKUP: build_lookup,
}
