"""Builds the simulator's store: reference data always, the demo company when asked."""

from __future__ import annotations

from .seed_customers import seed_customers
from .seed_extras import seed_extras
from .seed_reference import seed_reference
from .seed_tickets import seed_tickets
from .store import Store


def build_store(seed: bool, now: float) -> Store:
    store = Store()
    seed_reference(store)
    if seed:
        anchor = now - now % 60  # whole minutes read more naturally in the demo
        seed_customers(store)
        seed_tickets(store, anchor)
        seed_extras(store, anchor)
    return store
