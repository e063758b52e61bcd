"""Fixtures shared by the whole test suite, grouped by what they stand in for.

1. Browser (Playwright driving Debian's Chromium, never a downloaded browser)
2. Sign-in: a real OpenID provider (tests/idp, node oidc-provider) for end-to-end tests, and
   `fake_idp`, an in-process fake of an IdP's HTTP endpoints (the `responses` library) for
   fast unit tests of discovery, token checks and claim mapping.

The Halo simulator, the portal wired to it and the personas are plugins in tests/fixtures/
(`pytest_plugins` below); helpers and constants are imported from those modules.

Environment variables the fixtures read (all optional):
  CHROMIUM_PATH   the Chromium binary (default /usr/bin/chromium; `apt-get install chromium`)
  NODE            the Node.js binary for the test IdP (default: `node` on PATH; Node 20+)
The test IdP needs `npm ci` in tests/idp; the `oidc_provider` fixture runs it when node_modules is
missing (scripts/system-deps.sh does it too).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.cache import cache
from django.utils import translation

from halo_integration import config_memo

if TYPE_CHECKING:
    import responses

# Fixtures every folder shares (the simulator, the portal wired to it, the personas).
pytest_plugins = ["tests.fixtures.halo", "tests.fixtures.users"]


@pytest.fixture(autouse=True)
def default_language() -> Iterator[None]:
    """A request in German leaves German active in the thread (LocaleMiddleware never resets
    it), so a later test rendering outside a request would get German words: reset it."""
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_configuration() -> None:
    """Each test's database rolls back without the signals that tell config_memo, as a restore
    from backup would: read the policies and the connection again."""
    config_memo.forget()


# --- 1. Browser ---------------------------------------------------------------------------------

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    # This network reaches only package registries; keep Chromium from phoning home.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.fail(f"{executable} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)")
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


# --- 2a. Sign-in: the real test IdP (node oidc-provider on loopback) ---------------------------

IDP_DIR = Path(__file__).parent / "idp"
IDP_CLIENT_ID = "portal"  # both defined in tests/idp/op.mjs
IDP_CLIENT_SECRET = "portal-secret"  # noqa: S105 - the test IdP's fixed secret


@dataclass(frozen=True)
class RunningIdP:
    """A running tests/idp/op.mjs. Users: `emma` (groups staff) and `admin` (it-admins);
    any password is accepted."""

    issuer: str
    client_id: str = IDP_CLIENT_ID
    client_secret: str = IDP_CLIENT_SECRET


def _ensure_idp_packages() -> None:
    if (IDP_DIR / "node_modules" / "oidc-provider").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm is missing: the sign-in tests need Node.js 20+ and npm")
    subprocess.run(  # noqa: S603 - fixed command line
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=IDP_DIR, check=True
    )


def _wait_for_ready_line(process: subprocess.Popen[bytes], log: Path, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in log.read_text(errors="replace").splitlines():
            if line.startswith("READY "):
                return line.split(" ", 1)[1].strip()
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"the test IdP did not start:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="session")
def oidc_provider(
    live_server: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningIdP]:
    """Start the test IdP once per session, with the portal's callback URLs registered."""
    node = os.environ.get("NODE") or shutil.which("node")
    if node is None:
        pytest.fail("node is missing: the sign-in tests need Node.js 20+")
    _ensure_idp_packages()
    log = tmp_path_factory.mktemp("idp") / "op.log"
    # The live server for browsers, and Django's test client (http://testserver) for tests
    # that walk the protocol with `requests` on the IdP side.
    env = {**os.environ, "RP_BASE": f"{live_server.url},http://testserver", "PORT": "0"}
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 - fixed command line
            [node, "op.mjs"], cwd=IDP_DIR, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        yield RunningIdP(issuer=_wait_for_ready_line(process, log, timeout=30))
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def sso_settings(settings: Any) -> Iterator[Any]:
    """Point the portal's SSO at an issuer: `sso_settings(issuer, client_id, secret)`.
    Also widens CSP form-action to the issuer (as settings.py does at start-up) and forgets
    any cached discovery document."""

    def configure(issuer: str, client_id: str, client_secret: str, **extra: Any) -> None:
        settings.OIDC_ISSUER = issuer
        settings.OIDC_RP_CLIENT_ID = client_id
        settings.OIDC_RP_CLIENT_SECRET = client_secret
        settings.OIDC_ADMIN_GROUPS = ["it-admins"]
        for name, value in extra.items():
            setattr(settings, name, value)
        policy = {**settings.CONTENT_SECURITY_POLICY}
        directives = {**policy["DIRECTIVES"], "form-action": ["'self'", _origin(issuer)]}
        settings.CONTENT_SECURITY_POLICY = {**policy, "DIRECTIVES": directives}
        cache.clear()

    yield configure
    cache.clear()


@pytest.fixture
def sso_with_test_idp(oidc_provider: RunningIdP, sso_settings: Any) -> RunningIdP:
    """SSO configured against the real test IdP (which also releases the `groups` scope)."""
    sso_settings(
        oidc_provider.issuer,
        oidc_provider.client_id,
        oidc_provider.client_secret,
        OIDC_RP_SCOPES="openid email profile groups",
    )
    return oidc_provider


# --- 2b. Sign-in: an in-process fake IdP for unit tests (no network) ---------------------------

FAKE_ISSUER = "https://idp.example.test"
FAKE_CLIENT_ID = "portal-client"
FAKE_CLIENT_SECRET = "portal-client-secret"  # noqa: S105 - a test value


@dataclass
class FakeIdP:
    """The HTTP side of an IdP, served through `responses` to the `requests` calls that
    portal.oidc and mozilla-django-oidc make. Tests set `id_token_claims` / `userinfo` before
    a callback; `discovery` can be edited before the first request."""

    mock: responses.RequestsMock
    issuer: str = FAKE_ISSUER
    client_id: str = FAKE_CLIENT_ID
    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    id_token_claims: dict[str, Any] = field(default_factory=dict)
    userinfo: dict[str, Any] | None = None  # None: the same claims as the ID token
    sign_userinfo: bool = False  # answer UserInfo as a signed JWT (application/jwt)
    discovery: dict[str, Any] = field(default_factory=dict)
    token_requests: list[dict[str, list[str]]] = field(default_factory=list)
    pending_nonce: str = "nonce-1"  # what the next ID token carries, and the session expects

    def __post_init__(self) -> None:
        import responses

        self.discovery = {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
            "end_session_endpoint": f"{self.issuer}/logout",
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        }
        self.mock.add_callback(
            responses.GET, f"{self.issuer}/.well-known/openid-configuration", self._discovery
        )
        self.mock.add(responses.GET, f"{self.issuer}/jwks", json=self.jwks())
        self.mock.add_callback(responses.POST, f"{self.issuer}/token", self._token)
        self.mock.add_callback(responses.GET, f"{self.issuer}/userinfo", self._userinfo)

    def jwks(self) -> dict[str, Any]:
        jwk = jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        return {"keys": [{**jwk, "kid": "test-key", "alg": "RS256", "use": "sig"}]}

    def claims(self, **overrides: Any) -> dict[str, Any]:
        now = int(time.time())
        base = {
            "iss": self.issuer,
            "aud": self.client_id,
            "sub": "emma-sub-1",
            "email": "emma.jones@acme.example",
            "email_verified": True,
            "given_name": "Emma",
            "family_name": "Jones",
            "iat": now,
            "exp": now + 300,
        }
        return {**base, **self.id_token_claims, **overrides}

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": "test-key"})

    def discovery_calls(self) -> int:
        return sum(1 for call in self.mock.calls if call.request.url.endswith("configuration"))

    def _discovery(self, request: Any) -> tuple[int, dict[str, str], str]:
        return 200, {"Content-Type": "application/json"}, json.dumps(self.discovery)

    def _token(self, request: Any) -> tuple[int, dict[str, str], str]:
        form = urllib.parse.parse_qs(request.body or "")
        self.token_requests.append(form)
        nonce = self.pending_nonce
        body = {
            "access_token": "access-token",
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": self.sign(self.claims(nonce=nonce)),
        }
        return 200, {"Content-Type": "application/json"}, json.dumps(body)

    def _userinfo(self, request: Any) -> tuple[int, dict[str, str], str]:
        if request.headers.get("Authorization") != "Bearer access-token":
            return 401, {}, ""
        if self.userinfo is not None:
            body = self.userinfo
        else:
            protocol = {"iss", "aud", "iat", "exp", "nonce"}
            body = {k: v for k, v in self.claims().items() if k not in protocol}
        if self.sign_userinfo:
            return 200, {"Content-Type": "application/jwt"}, self.sign(body)
        return 200, {"Content-Type": "application/json"}, json.dumps(body)

    def complete_sign_in(self, client: Any, *, state: str = "state-1", **query: str) -> Any:
        """Play the browser's return to /oidc/callback/ after a successful IdP sign-in: the
        state, nonce and PKCE verifier are put in the session as /oidc/authenticate/ would."""
        session = client.session
        session["oidc_states"] = {
            state: {"nonce": self.pending_nonce, "code_verifier": "v" * 64, "added_on": time.time()}
        }
        session.save()
        return client.get("/oidc/callback/", {"code": "the-code", "state": state, **query})


@pytest.fixture
def fake_idp(sso_settings: Any) -> Iterator[FakeIdP]:
    """SSO configured against FakeIdP; any other outgoing `requests` call fails the test."""
    import responses  # imported here so a missing test dependency fails only these tests

    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake = FakeIdP(mock=mock)
        sso_settings(fake.issuer, fake.client_id, FAKE_CLIENT_SECRET)
        yield fake


@pytest.fixture
def page(page: Any) -> Any:
    """Playwright's page, with the IdP's web font blocked (this network cannot reach it)."""
    page.route(re.compile(r"^https?://fonts\.(googleapis|gstatic)\.com/"), lambda r: r.abort())
    page.set_default_timeout(15_000)
    return page
