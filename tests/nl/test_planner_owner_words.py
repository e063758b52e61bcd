"""An admin's new ticket names its customer, site or person around the problem, in the words
people use; the plan resolves them against the simulator's seed and keeps the problem in the
summary."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request

pytestmark = pytest.mark.django_db

# (text, the ids expected, a word the summary keeps)
ADMIN_TICKETS: list[tuple[str, dict[str, Any], str]] = [
    # a person "at"/"from" a customer
    ("Pepper Potts at Stark Logistics has a cracked phone screen", {"user_id": 601, "client_id": 27}, "phone"),
    ("Joanna Baker from Initech says the projector has no signal", {"user_id": 404, "client_id": 42}, "projector"),
    ("Lucius Fox at the Wayne Foundation says his monitor flickers", {"user_id": 701, "client_id": 35}, "monitor"),
    ("Joanna Baker (Initech) cannot open the shared drive", {"user_id": 404, "client_id": 42}, "drive"),
    ("Got a call from Pepper Potts at Stark Logistics, her docking station is dead", {"user_id": 601, "client_id": 27}, "docking"),
    ("Need a ticket for Globex, Springfield Campus: two laptops need reimaging", {"client_id": 17, "site_id": 41}, "laptops"),
    # a customer's own site, or a customer and site after "at"
    ("Initech's Austin Branch has no internet", {"client_id": 42, "site_id": 102}, "internet"),
    ("At Umbrella Health, the Laboratory site, the fridge sensor is offline", {"client_id": 23, "site_id": 52}, "fridge"),
    # capitalised words that name no person: a customer and its site
    ("Initech Austin Branch site, the door badge reader is dead", {"client_id": 42, "site_id": 102}, "badge"),
    # a site's name ends where its capitalised words end
    ("for Umbrella Health site Laboratory fridge alarm beeping", {"client_id": 23, "site_id": 52}, "fridge"),
    ("for Stark Logistics site Fleet Depot tracker offline, vans invisible", {"client_id": 27, "site_id": 62}, "tracker"),
    # a heading names the place even when the person is named after the problem
    ("Stark Logistics Fleet Depot: tracker offline, user Pepper Potts", {"client_id": 27, "site_id": 62, "user_id": 601}, "tracker"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ids", "word"), ADMIN_TICKETS, ids=[t[0][:40] for t in ADMIN_TICKETS]
)
def test_admin_ticket_names_its_owner_around_the_problem(halo_connected, portal_admin, text, ids, word):  # fmt: skip
    plan = plan_request(text, actor=portal_admin)

    assert plan.action == "create_ticket", plan.as_dict()
    assert {key: plan.params.get(key) for key in ids} == ids, plan.as_dict()
    assert word in plan.params["summary"].lower()


def test_an_employee_naming_someone_at_a_customer_gets_no_owner_looked_up(halo_connected, employee):
    plan = plan_request("Lucius Fox at Wayne Foundation needs a replacement laptop", actor=employee)

    assert plan.action == "create_ticket", plan.as_dict()
    assert not {"user_id", "client_id", "site_id"} & plan.params.keys()
