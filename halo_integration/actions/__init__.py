"""The action layer: every operation the portal performs on Halo, each declared once.

registry.py     ActionSpec, REGISTRY, parameter validation, DEFAULT_RULES
pipeline.py     run_action(): policy -> (approval) -> outbox -> Halo -> audit
outbox.py       deliver(), retries with back-off, claims
approvals.py    approve, reject, withdraw; a person's own requests
tickets_read.py, tickets_write.py, lifecycle.py, lookup.py: the actions, one group each

Adding an action is one new module that calls register(), imported below."""

from __future__ import annotations

# The action modules register themselves on import; their order is the registry's order
# (and the order the Ask box's language model is offered them in).
# isort: off
from halo_integration.actions import tickets_write as tickets_write
from halo_integration.actions import tickets_read as tickets_read
from halo_integration.actions import lifecycle as lifecycle
from halo_integration.actions import lookup as lookup

# isort: on
from halo_integration.actions.approvals import (
    WITHDRAWN,
    approvals_for,
    approve,
    reject,
    withdraw_closing_requests,
)
from halo_integration.actions.context import ActionDenied, Context, HaloAnswerUnclear, Outcome
from halo_integration.actions.outbox import (
    CLAIM_SECONDS,
    deliver,
    deliver_due_writes,
    pending_writes_for,
)
from halo_integration.actions.pipeline import CHANNELS, execute, run_action
from halo_integration.actions.registry import (
    DEFAULT_RULES,
    DESCRIPTIONS,
    MAX_COMMENT,
    MAX_TEXT,
    REGISTRY,
    ActionSpec,
    InvalidParams,
    Param,
    clean_params,
)
from halo_integration.actions.results import HTTP_STATUS, ActionResult, Status

ACTION_NAMES: tuple[str, ...] = tuple(REGISTRY)

__all__ = [
    "ACTION_NAMES",
    "CHANNELS",
    "CLAIM_SECONDS",
    "DEFAULT_RULES",
    "DESCRIPTIONS",
    "HTTP_STATUS",
    "MAX_COMMENT",
    "MAX_TEXT",
    "REGISTRY",
    "WITHDRAWN",
    "ActionDenied",
    "ActionResult",
    "ActionSpec",
    "Context",
    "HaloAnswerUnclear",
    "InvalidParams",
    "Outcome",
    "Param",
    "Status",
    "approvals_for",
    "approve",
    "clean_params",
    "deliver",
    "deliver_due_writes",
    "execute",
    "pending_writes_for",
    "reject",
    "run_action",
    "withdraw_closing_requests",
]
