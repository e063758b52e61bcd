"""Ticket numbers outside Halo's range (1..2^31-1) answer "not found" or "invalid", never 500."""

from __future__ import annotations

import pytest

from halo_integration import actions
from halo_integration.models import PendingWrite

pytestmark = pytest.mark.django_db

TOO_BIG = [2**31, 2**63, 2**64 + 5, 10**30]


@pytest.fixture
def admin(client, portal_admin, halo_connected):
    client.force_login(portal_admin)
    return client


@pytest.mark.parametrize("number", TOO_BIG)
@pytest.mark.parametrize("suffix", ["", "notes/", "resolve/"])
def test_employee_pages_answer_not_found(emma, number, suffix):
    url = f"/tickets/{number}/{suffix}"
    response = emma.post(url, {"note": "x"}) if suffix else emma.get(url)

    assert response.status_code == 404


@pytest.mark.parametrize("number", TOO_BIG)
@pytest.mark.parametrize("suffix", ["", "update/", "note/", "resolve/"])
def test_console_pages_answer_not_found(admin, number, suffix):
    url = f"/console/tickets/{number}/{suffix}"
    response = admin.post(url, {"note": "x"}) if suffix else admin.get(url)

    assert response.status_code == 404


@pytest.mark.parametrize("number", TOO_BIG)
def test_console_customer_page_answers_not_found(admin, number):
    assert admin.get(f"/console/customers/{number}/").status_code == 404


@pytest.mark.parametrize("number", TOO_BIG)
@pytest.mark.parametrize("action", ["add_note", "resolve_ticket", "get_ticket"])
def test_actions_refuse_the_number_before_storing_or_calling_halo(
    employee, halo_connected, sim, number, action
):
    result = actions.run_action(
        actor=employee, name=action, params={"ticket_id": number, "note": "x"}, channel="web"
    )

    assert result.status == "invalid"
    assert "ticket_id" in result.errors
    assert not PendingWrite.objects.exists()


@pytest.mark.parametrize("field", ["page", "client_id", "site_id"])
def test_console_search_form_refuses_huge_numbers(admin, field):
    response = admin.get("/console/tickets/", {field: str(2**64)})

    assert response.status_code < 500


def test_the_largest_halo_number_is_still_a_ticket_number(emma):
    assert emma.get(f"/tickets/{2**31 - 1}/").status_code == 404  # asked of Halo: not there


def test_the_outbox_column_holds_64_bit_ticket_ids(employee):
    # PostgreSQL's integer is 32-bit: the column must not be what fails on a large id.
    write = PendingWrite.objects.create(
        reference="PRT-BIGID001", actor=employee, action="add_note", ticket_id=2**40, channel="web"
    )

    assert PendingWrite.objects.get(pk=write.pk).ticket_id == 2**40
