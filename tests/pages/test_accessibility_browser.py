"""axe-core on every page of the portal, in the light and the dark colour scheme (Chromium).

Employee pages (and their Ask cards, problem pages and sign-in), the admin console, and the
Django admin pages the portal adds or configures. Each test visits a group of pages and reports
every violation of the group at once. Pages must also load without a failed request (a missing
icon, a stylesheet) besides the 404 page's own answer. Screenshots go to /tmp/portal-a11y/.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, Response, expect

from halo_integration import actions
from halo_integration.models import ActionPolicy, ApprovalRequest, HaloConnection
from tests.pages.browser_session import DESKTOP, sign_in_browser

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path("/tmp/portal-a11y")  # every page checked, for a human to look at
# Every look-up the console offers.
LOOKUPS = (
    "customers",
    "sites",
    "users",
    "agents",
    "teams",
    "assets",
    "contracts",
    "kb_articles",
    "appointments",
    "invoices",
    "reports",
)


@pytest.fixture(params=["light", "dark"])
def browser_context_args(
    request: pytest.FixtureRequest, browser_context_args: dict[str, Any]
) -> dict[str, Any]:
    return {**browser_context_args, **DESKTOP, "color_scheme": request.param}


class Sweep:
    """Visits pages, runs axe on each and collects what it finds."""

    def __init__(self, page: Page, base: str) -> None:
        self.page, self.base = page, base
        self.problems: list[str] = []
        self.failed: list[str] = []
        self.shots = 0
        page.on("response", self._response)

    def _response(self, response: Response) -> None:
        if response.status >= 400 and response.request.resource_type != "document":
            self.failed.append(f"{response.status} {response.url}")

    def visit(self, path: str, then: Callable[[Page], None] | None = None) -> None:
        self.page.goto(self.base + path)
        if then is not None:
            then(self.page)
        self.check(path)

    def check(self, name: str) -> None:
        self.page.wait_for_load_state("networkidle")
        scheme = self.page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
        self.shots += 1
        slug = name.strip("/").replace("/", "-").replace("?", "-") or "home"
        SCREENSHOTS.mkdir(exist_ok=True)
        shot = SCREENSHOTS / f"{'dark' if scheme else 'light'}-{self.shots:02d}-{slug}.png"
        self.page.screenshot(path=str(shot), full_page=True)
        results = Axe().run(self.page)
        for violation in results.response["violations"]:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]][:4]
            why = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")[:300]
            self.problems.append(
                f"{name}: {violation['id']} x{len(violation['nodes'])} {targets}: {why}"
            )

    def assert_clean(self) -> None:
        assert not self.problems, "\n".join(self.problems)
        assert not self.failed, "\n".join(self.failed)


def ask(text: str, shows: str) -> Callable[[Page], None]:
    def run(page: Page) -> None:
        page.get_by_role("textbox", name="Ask in plain language").fill(text)
        page.get_by_role("button", name="Ask", exact=True).click()
        expect(page.locator("#ask-card")).to_contain_text(shows)

    return run


def ask_without_htmx(text: str) -> Callable[[Page], None]:
    """The Ask page a browser without JavaScript gets: a native submit, which htmx ignores."""

    def run(page: Page) -> None:
        with page.expect_navigation():
            page.evaluate(
                """text => {
                    const form = document.querySelector('.ask-box form');
                    form.querySelector('[name=text]').value = text;
                    HTMLFormElement.prototype.submit.call(form);
                }""",
                text,
            )
        expect(page.get_by_role("heading", level=1)).to_have_text("Ask")

    return run


def type_summary(text: str) -> Callable[[Page], None]:
    def run(page: Page) -> None:
        page.get_by_label("Summary").fill(text)
        expect(page.get_by_role("heading", name="Does this help?")).to_be_visible()
        expect(page.locator("#duplicate-check")).to_contain_text("looks similar")

    return run


def test_employee_pages(
    page: Page, live_server: Any, halo_over_loopback: HaloConnection, employee: Any, sim: Any
) -> None:
    sweep = Sweep(page, live_server.url)
    sweep.visit("/accounts/login/")
    sweep.visit("/accounts/breakglass/")
    sign_in_browser(page, live_server, employee)
    sweep.visit("/")
    sweep.visit("/tickets/")
    sweep.visit("/tickets/?state=closed")
    sweep.visit("/tickets/?state=all&q=zebra")
    sweep.visit("/tickets/?state=all&page=99")
    sweep.visit("/tickets/3115/")
    sweep.visit("/tickets/3115/resolve/")
    sweep.visit("/tickets/3018/")  # closed
    sweep.visit("/tickets/new/")
    sweep.visit("/tickets/new/", then=type_summary("Outlook asking for password again"))
    sweep.visit("/tickets/", then=ask("What's the status of my ticket 3115?", "Status"))
    sweep.visit("/", then=ask("Open a ticket - VPN keeps dropping at home", "Confirm"))
    sweep.visit("/", then=ask("show my open tickets", "ticket"))
    sweep.visit("/", then=ask("resolve ticket 9999", ""))
    sweep.visit("/", then=ask_without_htmx("Open a ticket - my printer jams"))
    sweep.visit("/", then=ask_without_htmx("close my ticket"))  # which one? candidates
    sweep.visit("/no-such-page/")
    sim.faults.down = True
    sweep.visit("/tickets/")  # Halo unavailable
    sweep.assert_clean()


def test_employee_pages_with_approvals_and_without_a_halo_user(
    page: Page,
    live_server: Any,
    halo_over_loopback: HaloConnection,
    employee: Any,
    unknown_employee: Any,
    portal_admin: Any,
) -> None:
    ActionPolicy.objects.create(action="resolve_ticket", audience="both", requires_approval=True)
    ActionPolicy.objects.create(action="create_ticket", audience="both", requires_approval=True)
    actions.run_action(
        actor=employee,
        name="resolve_ticket",
        params={"ticket_id": 3115},
        channel="web",
        self_service=True,
    )
    actions.run_action(
        actor=employee,
        name="create_ticket",
        params={"summary": "Chair"},
        channel="web",
        self_service=True,
    )
    actions.reject(
        ApprovalRequest.objects.get(action="create_ticket"),
        admin=portal_admin,
        reason="Facilities orders chairs",
    )
    sweep = Sweep(page, live_server.url)
    sign_in_browser(page, live_server, employee)
    sweep.visit("/tickets/")
    sweep.visit("/tickets/3115/")
    page.context.clear_cookies()
    sign_in_browser(page, live_server, unknown_employee)
    sweep.visit("/tickets/")  # not set up in Halo
    sweep.assert_clean()


def test_console_pages(
    page: Page, live_server: Any, halo_over_loopback: HaloConnection, portal_admin: Any
) -> None:
    sweep = Sweep(page, live_server.url)
    sign_in_browser(page, live_server, portal_admin)
    for path in [
        "/console/",
        "/console/tickets/",
        "/console/tickets/?client_id=12&state=open",
        "/console/tickets/new/",
        "/console/tickets/3115/",
        "/console/tickets/3115/resolve/",
        "/console/customers/12/",
        "/console/reference/",
        *[f"/console/lookup/{entity}/" for entity in LOOKUPS],
    ]:
        sweep.visit(path)
    sweep.visit("/console/", then=ask("show open tickets for Acme", "ticket"))
    sweep.assert_clean()


def test_django_admin_pages_the_portal_adds(
    page: Page,
    live_server: Any,
    halo_over_loopback: HaloConnection,
    employee: Any,
    portal_admin: Any,
) -> None:
    ActionPolicy.objects.create(action="resolve_ticket", audience="both", requires_approval=True)
    actions.run_action(
        actor=employee,
        name="resolve_ticket",
        params={"ticket_id": 3115},
        channel="web",
        self_service=True,
    )
    actions.run_action(actor=employee, name="list_tickets", params={}, channel="web")
    approval = ApprovalRequest.objects.get()
    policy = ActionPolicy.objects.get(action="resolve_ticket")
    sweep = Sweep(page, live_server.url)
    sign_in_browser(page, live_server, portal_admin)
    admin = "/admin/halo_integration"
    for path in [
        "/admin/",
        f"{admin}/haloconnection/",
        f"{admin}/haloconnection/{halo_over_loopback.pk}/change/",
        f"{admin}/haloconnection/{halo_over_loopback.pk}/test/",
        f"{admin}/actionpolicy/",
        f"{admin}/actionpolicy/{policy.pk}/change/",
        f"{admin}/approvalrequest/",
        f"{admin}/approvalrequest/{approval.pk}/change/",
        f"{admin}/auditevent/",
        f"{admin}/auditevent/verify/",
        f"{admin}/pendingwrite/",
        f"{admin}/haloidentity/",
        f"{admin}/llmendpoint/",
        f"{admin}/llmendpoint/add/",
        "/admin/portal/ssoidentity/",
    ]:
        sweep.visit(path)
    sweep.assert_clean()
