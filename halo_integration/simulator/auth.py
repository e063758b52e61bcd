"""OAuth2 client-credentials tokens and scope checks, as Halo's authorisation server does them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from .http import HaloError, Request, Response, json_response, text_response

# The scopes an API application can be granted (homotechsual/HaloAPI's list, plus offline_access).
KNOWN_SCOPES = frozenset(
    [
        "all",
        "all:standard",
        "admin",
        "offline_access",
        "read:tickets",
        "edit:tickets",
        "read:calendar",
        "edit:calendar",
        "read:customers",
        "edit:customers",
        "read:crm",
        "edit:crm",
        "editMine:timesheets",
        "read:timesheets",
        "edit:timesheets",
        "read:contracts",
        "edit:contracts",
        "read:suppliers",
        "edit:suppliers",
        "read:items",
        "edit:items",
        "read:projects",
        "edit:projects",
        "read:sales",
        "edit:sales",
        "read:quotes",
        "edit:quotes",
        "read:sos",
        "edit:sos",
        "read:pos",
        "edit:pos",
        "read:invoices",
        "edit:invoices",
        "read:reporting",
        "edit:reporting",
        "read:software",
        "edit:software",
        "read:softwarelicensing",
        "edit:softwarelicensing",
        "read:kb",
        "edit:kb",
        "read:assets",
        "edit:assets",
        "access:chat",
        "access:adpasswordreset",
    ]
)
# Both grant every read/edit family. "all:standard" is treated like "all": the difference in
# Halo is about admin-only areas this simulator does not serve.
WILDCARD_SCOPES = frozenset({"all", "all:standard"})
DEFAULT_CLIENTS = {"portal-demo": ("demo-secret", "all")}
FORBIDDEN_TEXT = "Application does not have sufficient permission"


@dataclass(frozen=True)
class Grant:
    client_id: str
    scopes: frozenset[str]
    expires_at: float

    def allows(self, family: str | None, write: bool) -> bool:
        """``edit:X`` implies ``read:X``; endpoints without a family need no specific scope."""
        if family is None or self.scopes & WILDCARD_SCOPES:
            return True
        wanted = {f"edit:{family}"} if write else {f"read:{family}", f"edit:{family}"}
        return bool(self.scopes & wanted)


def _oauth_error(status: int, error: str, description: str) -> HaloError:
    return HaloError(json_response(status, {"error": error, "error_description": description}))


class TokenService:
    """Issues and checks bearer tokens; expiry follows the simulator's clock."""

    def __init__(self, clients: dict[str, tuple[str, str]] | None, tenant: str | None) -> None:
        self.clients = dict(clients if clients is not None else DEFAULT_CLIENTS)
        self.tenant = tenant
        self._tokens: dict[str, Grant] = {}

    def revoke_all(self) -> None:
        self._tokens.clear()

    def lookup(self, req: Request, now: float) -> Grant | None:
        scheme, _, token = req.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        grant = self._tokens.get(token.strip())
        if grant is None or grant.expires_at <= now:
            return None
        return grant

    def issue(self, req: Request, now: float, lifetime: int) -> Response:
        self._check_tenant(req)
        form = req.form_body()
        if form.get("grant_type") != "client_credentials":
            raise _oauth_error(
                400, "unsupported_grant_type", "Only client_credentials is supported"
            )
        client_id = form.get("client_id", "")
        allowed = self._authenticate(client_id, form.get("client_secret", ""))
        scopes = self._granted_scopes(form.get("scope", ""), allowed)
        token = secrets.token_urlsafe(32)
        self._tokens[token] = Grant(client_id, frozenset(scopes), now + lifetime)
        return json_response(
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": lifetime,
                "scope": " ".join(scopes),
            },
        )

    def _check_tenant(self, req: Request) -> None:
        """Hosted Halo answers a missing or wrong tenant with a bare 500, not an OAuth error."""
        if self.tenant is None:
            return
        sent = req.params.get("tenant", "")
        if sent.casefold() != self.tenant.casefold():
            raise HaloError(text_response(500, "An error has occurred."))

    def _authenticate(self, client_id: str, secret: str) -> frozenset[str]:
        known = self.clients.get(client_id)
        if known is None or not secrets.compare_digest(known[0], secret):
            raise _oauth_error(401, "invalid_client", "Unknown client or wrong client secret")
        return frozenset(known[1].split())

    def _granted_scopes(self, requested: str, allowed: frozenset[str]) -> list[str]:
        wanted = list(dict.fromkeys(requested.split()))
        if not wanted:
            if "all" not in allowed:
                raise _oauth_error(400, "invalid_scope", "A scope is required for this client")
            return ["all"]
        unknown = [scope for scope in wanted if scope not in KNOWN_SCOPES]
        if unknown:
            raise _oauth_error(400, "invalid_scope", f"Unknown scope: {' '.join(unknown)}")
        if not allowed & WILDCARD_SCOPES:
            refused = [scope for scope in wanted if scope not in allowed]
            if refused:
                raise _oauth_error(
                    400, "invalid_scope", f"Scope not allowed for this client: {' '.join(refused)}"
                )
        return wanted
