"""An admin's new ticket for a customer and site said anywhere in the request, in one phrase:
"Distribution Centre at Stark Logistics reports ...", "Globex (Cypress Creek site) says ...",
"Raise a ticket for Initech at their Main Office site re: ...". The customer is taken when a
capitalised run of words names exactly one; the site when the whole name of exactly one of its
sites is in the text. A statement about a thing with its fault after it is a new ticket even
when names open it ("Umbrella Health / Raccoon City Clinic / reception PC blue-screens")."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check

PLANNED: list[dict[str, Any]] = [
    asked(
        "admin",
        "Fleet Depot at Stark Logistics says the vehicle tablets won't sync",
        new_ticket("tablets", client_id=27, site_id=62),
    ),
    asked(
        "admin",
        "Initech (Austin Branch site) reports the badge printer never prints",
        new_ticket("badge printer", client_id=42, site_id=102),
    ),
    asked(
        "admin",
        "Cypress Creek (Globex) - new docking station needed for the lab",
        new_ticket("docking station", client_id=17, site_id=44),
    ),
    asked(
        "admin",
        "Wayne Foundation / Gotham Office / boardroom screen flickers all day",
        new_ticket("screen", client_id=35, site_id=71),
    ),
    asked(
        "admin",
        "please log a ticket for Umbrella Health at their Head Office site: scanner jams",
        new_ticket("scanner", client_id=23, site_id=53),
    ),
    asked(
        "admin",
        "new ticket for Globex: the site at Springfield Campus needs a second printer",
        new_ticket("printer", client_id=17, site_id=41),
    ),
    asked(
        "admin",
        "Ticket please: Stark Logistics Distribution Centre, the label printer shows no signal",
        new_ticket("label printer", client_id=27, site_id=61),
    ),
    asked(
        "admin",
        "Acme warehouse scanners keep dropping the stock app",
        new_ticket("scanners", client_id=12, site_id=32),
    ),
    asked(
        "admin",
        "Initech, Main Office site - the meeting room phone has no dial tone, please log it",
        new_ticket("phone", client_id=42, site_id=101),
    ),
    # a site found by its own name names its customer
    asked(
        "admin",
        "new ticket, Umbrella Health, Laboratory site - the centrifuge PC stopped booting",
        new_ticket("centrifuge", client_id=23, site_id=52),
    ),
    # "reactivated" of a licence reopens nothing
    asked(
        "admin",
        "Globex's Springfield Campus: the lab PC needs its Office licence reactivated",
        new_ticket("licence", client_id=17, site_id=41),
    ),
    # an employee naming a place opens their own ticket: no customer is looked up for them
    asked(
        "emma",
        "The Warehouse printer at Acme never prints my labels",
        new_ticket("printer"),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_place_named_anywhere_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_an_employee_ticket_names_no_customer(halo_connected, employee) -> None:
    plan = plan_request("The Warehouse printer at Acme never prints my labels", actor=employee)

    assert plan.action == "create_ticket"
    assert "client_id" not in plan.params
    assert "site_id" not in plan.params


@pytest.mark.django_db
def test_two_customers_named_take_neither(halo_connected, portal_admin) -> None:
    plan = plan_request(
        "Globex and Initech both say the shared scanner never sends e-mails", actor=portal_admin
    )

    assert plan.action == "create_ticket"
    assert "client_id" not in plan.params


@pytest.mark.django_db
def test_a_place_named_with_halo_down_says_so(halo_connected, sim, portal_admin) -> None:
    sim.faults.down = True

    plan = plan_request(
        "Fleet Depot at Stark Logistics says the vehicle tablets won't sync", actor=portal_admin
    )

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused
