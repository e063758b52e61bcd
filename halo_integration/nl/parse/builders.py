"""Slot builders: one per action, each turning a prepared request into raw slots.

Every builder first takes the free text it expects (`freetext`: the description, the note, the
reason), blanks it, and only then runs the field extractors of `slots` on what is left, so
words inside a description are never read as fields. The builders for one ticket are in
`change_builders`, those for lists and look-ups in `query_builders`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .change_builders import (
    build_create,
    build_get,
    build_note,
    build_reopen,
    build_resolve,
    build_update,
)
from .cue_parts import Intent
from .intents import QueryObject
from .query_builders import build_list, build_lookup
from .text import Prepared

BUILDERS: dict[str, Callable[[Prepared, Intent, QueryObject | None], dict[str, Any]]] = {
    "create_ticket": build_create,
    "add_note": build_note,
    "resolve_ticket": build_resolve,
    "reopen_ticket": build_reopen,
    "update_ticket": build_update,
    "get_ticket": build_get,
    "list_tickets": build_list,
    "lookup": build_lookup,
}
