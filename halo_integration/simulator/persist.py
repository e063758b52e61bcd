"""The simulator's tenant on disk, for the demo: a restart keeps its tickets, notes and ids.

One JSON file, rewritten atomically after every write the API accepts. Tests keep the
simulator in memory (no path)."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .store import Store

_FORMAT = 1


def save_store(store: Store, path: Path) -> None:
    """Write the whole tenant to `path` (a crash mid-write leaves the previous file intact)."""
    data = {"format": _FORMAT, "store": dataclasses.asdict(store)}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_store(path: Path) -> Store:
    """The tenant saved by save_store(). Raises ValueError for a file it did not write."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise ValueError(f"{path} is not a saved Halo simulator state")
    saved: dict[str, Any] = data["store"]
    fields: dict[str, Any] = {}
    for spec in dataclasses.fields(Store):
        if spec.name not in saved:
            continue
        value = saved[spec.name]
        # JSON object keys are strings; the tables are keyed by Halo's integer ids.
        fields[spec.name] = (
            {int(key): row for key, row in value.items()} if isinstance(value, dict) else value
        )
    return Store(**fields)
