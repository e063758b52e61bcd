"""The simulator's field names come from Halo's OpenAPI document, not from memory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from halo_integration.simulator import HaloSimulator
from halo_integration.simulator import extract_schema_fields as extractor
from halo_integration.simulator.schema import EXTRA_FIELDS, fields_of
from tests.simulator import api_client

OPENAPI = extractor.DEFAULT_SOURCE

# endpoint -> (schema of its items, how to reach the rows)
ENDPOINTS = {
    "/api/Tickets/3115": ("Faults", None),
    "/api/Tickets?count=5": ("Faults", "tickets"),
    "/api/Actions?ticket_id=3115": ("Actions", "actions"),
    "/api/Actions/1?ticket_id=3115": ("Actions", None),
    "/api/Client?includeinactive=true": ("Area", "clients"),
    "/api/Site": ("Site", "sites"),
    "/api/Users": ("Users", "users"),
    "/api/Asset": ("Device", "assets"),
    "/api/ClientContract": ("ContractHeader", "contracts"),
    "/api/KBArticle": ("KBEntry", "articles"),
    "/api/Appointment": ("Appointment", "appointments"),
    "/api/Invoice": ("InvoiceHeader", "invoices"),
    "/api/Report": ("AnalyzerProfile", "reports"),
    "/api/Agent?includeapiagents=true": ("Uname", ""),
    "/api/Team?includedisabled=true": ("SectionDetail", ""),
    "/api/TicketType": ("RequestType", ""),
    "/api/Status": ("TStatus", ""),
    "/api/Priority": ("Policy", ""),
    "/api/Outcome": ("TOutcome", ""),
    "/api/Category": ("CategoryDetail", ""),
}


@pytest.fixture(scope="module")
def client():
    return api_client(HaloSimulator())


@pytest.mark.skipif(
    not all(source.exists() for source in extractor.DEFAULT_SOURCES),
    reason="the shared OpenAPI documents are not checked out",
)
def test_schema_fields_json_is_up_to_date():
    fields = extractor.extract_all(extractor.DEFAULT_SOURCES)
    assert extractor.render(fields) == extractor.TARGET.read_text(encoding="utf-8")
    assert {"Attachment", "Feedback"} <= set(fields)


def test_schema_fields_json_is_sorted_and_complete():
    raw = json.loads(Path(extractor.TARGET).read_text(encoding="utf-8"))
    assert {"Faults", "Actions", "Users", "Area", "Site"} <= set(raw)
    assert all(names == sorted(names) for names in raw.values())


@pytest.mark.parametrize("path", list(ENDPOINTS))
def test_every_returned_field_is_in_halos_schema(client, path):
    schema, key = ENDPOINTS[path]
    body = client.get(path).json()
    rows = [body] if key is None else (body if key == "" else body[key])
    assert rows
    allowed = fields_of(schema)
    for row in rows:
        assert set(row) <= allowed, set(row) - allowed


def test_extra_fields_are_few_and_documented():
    assert sum(len(names) for names in EXTRA_FIELDS.values()) <= 4
