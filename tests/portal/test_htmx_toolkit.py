"""The htmx toolkit (portal/views/_htmx.py) that employee pages and the console share: page or
partial, the fragment picked by target, navigate, the problem answer, and `Vary`."""

from __future__ import annotations

import pytest
from django.core.exceptions import DisallowedRedirect, PermissionDenied
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django_htmx.middleware import HtmxDetails

from halo_integration.actions import ActionResult
from portal.views._htmx import (
    HTMX_TARGET_HEADERS,
    navigate,
    page_or_partial,
    partial_target,
    problem_response,
    vary_on_htmx_target,
)
from portal.views.console.common import CONSOLE_PROBLEMS

HX = {"HX-Request": "true"}
RESTORE = {"HX-Request": "true", "HX-History-Restore-Request": "true"}


def _request(method: str = "get", path: str = "/tickets/", headers: dict[str, str] | None = None):
    request = getattr(RequestFactory(), method)(path, headers=headers or {})
    request.htmx = HtmxDetails(request)
    return request


def _vary(response) -> set[str]:
    return {h.strip() for h in response.get("Vary", "").split(",") if h.strip()}


# --- page or partial --------------------------------------------------------------------------


def test_a_plain_request_gets_the_page():
    assert page_or_partial(_request(), "portal/x.html", "part") == "portal/x.html"


def test_an_htmx_request_gets_the_partial():
    assert page_or_partial(_request(headers=HX), "portal/x.html", "part") == "portal/x.html#part"


def test_a_history_restore_gets_the_page_although_htmx_asks():
    assert page_or_partial(_request(headers=RESTORE), "portal/x.html", "part") == "portal/x.html"


def test_the_partial_is_picked_by_target_only_among_the_named_ones():
    asked = _request(headers={**HX, "HX-Target": "ticket-results"})
    other = _request(headers={**HX, "HX-Target": "somewhere-else"})
    restore = _request(headers={**RESTORE, "HX-Target": "ticket-results"})

    assert partial_target(asked, "ticket-results", "resolve-form") == "ticket-results"
    assert partial_target(other, "ticket-results") is None
    assert partial_target(restore, "ticket-results") is None
    assert partial_target(_request(), "ticket-results") is None


def test_vary_on_htmx_target_names_every_header_the_choice_reads():
    response = vary_on_htmx_target(lambda request: HttpResponse("x"))(_request())

    assert _vary(response) == {"HX-Request", "HX-History-Restore-Request", "HX-Target"}
    assert set(HTMX_TARGET_HEADERS) == _vary(response)


# --- navigate ---------------------------------------------------------------------------------


def test_navigate_redirects_a_plain_request():
    response = navigate(_request("post"), "/tickets/3115/")

    assert response.status_code == 302
    assert response["Location"] == "/tickets/3115/"
    assert "HX-Redirect" not in response


def test_navigate_tells_htmx_to_load_the_page_itself():
    response = navigate(_request("post", headers=HX), "/tickets/3115/")

    assert response.status_code == 200
    assert response["HX-Redirect"] == "/tickets/3115/"
    assert "Location" not in response


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "http://testserver/tickets/",  # this host, but a secure request must stay on https
    ],
)
@pytest.mark.parametrize("headers", [{}, HX])
def test_navigate_refuses_to_leave_the_site(url, headers):
    request = _request("post", headers=headers, path="/tickets/new/")
    request.is_secure = lambda: True

    with pytest.raises(DisallowedRedirect):
        navigate(request, url)


def test_navigate_allows_an_absolute_url_of_this_site():
    response = navigate(_request("post"), "http://testserver/tickets/")

    assert response["Location"] == "http://testserver/tickets/"


# --- the problem answer -----------------------------------------------------------------------

DOWN = ActionResult("list_tickets", "unavailable", "Halo is unavailable right now.")


@pytest.mark.django_db
def test_a_page_problem_is_a_page_with_its_status(employee):
    request = _request()
    request.user = employee

    response = problem_response(request, DOWN)

    assert response.status_code == 503
    assert "Halo is unavailable right now" in response.content.decode()
    assert "HX-Retarget" not in response


@pytest.mark.django_db
def test_a_page_problem_for_htmx_lands_in_the_messages_region(employee):
    request = _request(headers=HX)
    request.user = employee

    response = problem_response(request, DOWN)

    assert response.status_code == 200
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#messages", "innerHTML show:top")
    assert response["HX-Push-Url"] == "false"
    assert "Halo is unavailable right now" in response.content.decode()


@pytest.mark.django_db
def test_a_console_problem_for_htmx_lands_in_the_console_alert(portal_admin):
    request = _request(path="/console/tickets/", headers=HX)
    request.user = portal_admin

    response = problem_response(request, DOWN, pages=CONSOLE_PROBLEMS)

    assert response.status_code == 200
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#console-alert", "innerHTML")
    assert "HX-Push-Url" not in response
    assert 'class="console-problem"' in response.content.decode()


@pytest.mark.parametrize(
    ("status", "raised"),
    [("not_found", Http404), ("denied", PermissionDenied), ("no_identity", PermissionDenied)],
)
@pytest.mark.parametrize("headers", [{}, HX])
def test_the_console_leaves_missing_and_refused_to_djangos_own_pages(status, raised, headers):
    request = _request(path="/console/tickets/1/", headers=headers)

    with pytest.raises(raised):
        problem_response(request, ActionResult("get_ticket", status, "no"), pages=CONSOLE_PROBLEMS)


# --- Vary on real pages -----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "target"),
    [
        (reverse("console-tickets") + "?client_id=12", "ticket-results"),
        (reverse("console-lookup", args=["customers"]), "lookup-results"),
        (reverse("console-ticket", args=[3115]), "ticket-live"),
        (reverse("console-ticket-resolve", args=[3115]), "resolve-form"),
        (reverse("console-ticket-new"), "new-ticket-form"),
    ],
)
def test_console_fragments_vary_on_the_target_they_were_picked_by(
    client, portal_admin, halo_connected, url, target
):
    client.force_login(portal_admin)

    fragment = client.get(url, headers={**HX, "HX-Target": target})
    page = client.get(url)

    assert fragment.status_code == page.status_code == 200
    assert "</html>" not in fragment.content.decode() and "</html>" in page.content.decode()
    # A cache must tell the fragment from the page, and one target's fragment from another's.
    assert {"HX-Request", "HX-History-Restore-Request", "HX-Target"} <= _vary(fragment)
    assert {"HX-Request", "HX-History-Restore-Request", "HX-Target"} <= _vary(page)


@pytest.mark.django_db
def test_a_console_problem_notice_varies_on_htmx_too(client, portal_admin, halo_connected, sim):
    client.force_login(portal_admin)
    sim.faults.down = True

    response = client.get(reverse("console-ticket", args=[3115]), headers=HX)

    assert response.status_code == 200 and response["HX-Retarget"] == "#console-alert"
    assert {"HX-Request", "HX-Target"} <= _vary(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "partial_marker"),
    [
        ("/tickets/?state=open", 'form="ticket-search"'),
        ("/tickets/3115/resolve/", 'name="note"'),
        ("/tickets/new/", '<form class="new-ticket"'),
    ],
)
def test_employee_pages_vary_on_htmx_and_restore_the_whole_page(
    client, employee, halo_connected, url, partial_marker
):
    client.force_login(employee)

    partial = client.get(url, headers=HX)
    restored = client.get(url, headers=RESTORE)

    assert "</html>" not in partial.content.decode()
    assert partial_marker in partial.content.decode()
    assert "</html>" in restored.content.decode()  # htmx swaps a history restore in whole
    assert {"HX-Request", "HX-History-Restore-Request"} <= _vary(partial)
    assert {"HX-Request", "HX-History-Restore-Request"} <= _vary(restored)
