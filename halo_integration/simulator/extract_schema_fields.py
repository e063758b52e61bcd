"""Regenerate ``schema_fields.json`` from Halo's OpenAPI document.

The simulator validates write bodies against the property names of Halo's own schemas. It must
not read the shared OpenAPI file at run time, so this script extracts the names once:

    .venv/bin/python -m halo_integration.simulator.extract_schema_fields \
        [../shared/halo/halo-openapi-subset.json ../shared/halo/halo-openapi-extra.json]

For every POST path, the schema of the request body's array items is followed and its property
names are written, sorted, under the schema's name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parents[2] / "shared" / "halo" / "halo-openapi-subset.json"
# Halo's own document for /Attachment and /Feedback (and webhooks), kept beside the subset.
EXTRA_SOURCE = DEFAULT_SOURCE.with_name("halo-openapi-extra.json")
DEFAULT_SOURCES = [DEFAULT_SOURCE, EXTRA_SOURCE]
TARGET = HERE / "schema_fields.json"
REF_PREFIX = "#/components/schemas/"


def _body_schema_name(operation: dict[str, Any]) -> str | None:
    content = operation.get("requestBody", {}).get("content", {})
    for media in content.values():
        schema = media.get("schema", {})
        ref: str = schema.get("items", schema).get("$ref", "")
        if ref.startswith(REF_PREFIX):
            return ref[len(REF_PREFIX) :]
    return None


def extract(document: dict[str, Any]) -> dict[str, list[str]]:
    """Map each POST request-body schema name to its sorted property names."""
    schemas = document["components"]["schemas"]
    fields: dict[str, list[str]] = {}
    for path_item in document["paths"].values():
        operation = path_item.get("post")
        name = _body_schema_name(operation) if operation else None
        if name:
            fields[name] = sorted(schemas[name].get("properties", {}))
    return dict(sorted(fields.items()))


def render(fields: dict[str, list[str]]) -> str:
    """One schema per line keeps the file diffable without making it thousands of lines long."""
    lines = [f"  {json.dumps(name)}: {json.dumps(names)}" for name, names in fields.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def extract_all(sources: list[Path]) -> dict[str, list[str]]:
    """The schemas of several documents; a later document only adds schemas the earlier lack."""
    fields: dict[str, list[str]] = {}
    for source in sources:
        document = json.loads(source.read_text(encoding="utf-8"))
        for name, names in extract(document).items():
            fields.setdefault(name, names)
    return dict(sorted(fields.items()))


def main(argv: list[str]) -> int:
    sources = [Path(arg) for arg in argv[1:]] or DEFAULT_SOURCES
    fields = extract_all(sources)
    TARGET.write_text(render(fields), encoding="utf-8")
    print(f"wrote {TARGET} ({len(fields)} schemas)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
