"""A faithful, in-memory simulator of the Halo (HaloPSA / HaloITSM) REST API.

    sim = HaloSimulator()                       # seeded demo tenant, self-hosted
    client = httpx.Client(transport=httpx.WSGITransport(app=sim), base_url="http://halo.test")
    with serve(sim) as server:                  # or over loopback HTTP
        httpx.get(server.url + "/api/AuthInfo")

Behaviour follows the shared Halo reference (§11 checklist); field names come from Halo's OpenAPI
document through ``schema_fields.json`` (regenerate with ``extract_schema_fields.py``).

Answers the simulator chooses where Halo's own answers are unknown or vary:

* Validation errors (400) are a flat JSON object, ASP.NET model-state style, field path ->
  message: ``{"[0].summary": "Summary is required"}``,
  ``{"[0].outcome": "An Outcome must be entered for this Action"}``,
  ``{"[0].bogus": "Unknown field: 'bogus' is not a property of Faults"}``. Body-level errors use
  the key ``"$"``, bad query parameters their own name (``{"client_id": "The value 'x' is not
  valid."}``). A batch is validated as a whole and written all-or-nothing.
* Unknown write fields are refused (400) on purpose: real Halo may drop them silently.
* Token errors: ``{"error": "invalid_client" | "unsupported_grant_type" | "invalid_scope",
  "error_description": ...}``. A hosted tenant's missing or wrong ``?tenant=`` is a bare 500.
* 401 has an empty body and ``WWW-Authenticate: Bearer error="invalid_token"``; 403 is the text
  "Application does not have sufficient permission"; 404 and 405 are short texts.
* Query parameters follow the spec and unknown ones are ignored, as in Halo. GET /Tickets
  therefore ignores ``tickettype_id`` and ``team_id`` (not Halo parameters): filter with
  ``requesttype_id`` / ``requesttype`` and ``team`` (comma-separated ids).
* A lost write response (``faults.lose_next_write_response``) commits the write, then answers
  504 "The gateway timed out" in-process, or closes the connection without a response over
  loopback (the app raises a private ``DropConnection`` that ``serve``'s adapter turns into a
  hang-up; the recorded status is then None).
"""

from __future__ import annotations

from .app import HaloSimulator, RecordedRequest
from .faults import Faults
from .server import SimulatorServer, serve

__all__ = ["Faults", "HaloSimulator", "RecordedRequest", "SimulatorServer", "serve"]
