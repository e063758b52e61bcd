"""What a handler receives for one API call."""

from __future__ import annotations

from dataclasses import dataclass

from .auth import Grant
from .http import Request
from .store import Store


@dataclass
class Ctx:
    store: Store
    req: Request
    now: float
    grant: Grant | None
