"""The schemas read every real-world answer shape in tests/halo_corpus/ (REFERENCE §12).

Each corpus file names the public source its shape comes from, the REFERENCE row it stands for,
the endpoint, the model, Halo's body and what the portal must read from it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from halo_integration import schemas
from halo_integration.client import ENTITIES

CORPUS = sorted((Path(__file__).parents[1] / "halo_corpus").glob("*.json"))


def _key_for(endpoint: str) -> str | None:
    path = "/" + endpoint.split("/")[1]
    return next((e.key for e in ENTITIES.values() if e.path == path), None)


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, set):
        return sorted(value)
    return value


def test_the_corpus_covers_every_row_of_reference_section_12():
    rows = {json.loads(p.read_text())["reference_row"] for p in CORPUS}
    assert len(CORPUS) >= 15 and len(rows) >= 14


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_shape_is_read_as_the_portal_needs_it(path):
    case = json.loads(path.read_text())
    assert case["source"] and case["reference_row"], "every sample names its public source"
    model = getattr(schemas, case["model"])

    if case["single"]:
        record = schemas.parse_one(model, case["body"], source=case["endpoint"])
        records = [] if record is None else [record]
    else:
        rows = schemas.list_rows(case["body"], _key_for(case["endpoint"]))
        records = schemas.parse_rows(model, rows, source=case["endpoint"])

    assert len(records) == len(case["expect"])
    for record, expected in zip(records, case["expect"], strict=True):
        for name, wanted in expected.items():
            assert _value(getattr(record, name)) == wanted, f"{path.stem}: {name}"
