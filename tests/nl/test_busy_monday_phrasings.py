"""Phrasings first met in rounds 28, 29, 36 and 37: requests forwarded by an admin ("FW from
Liam Patel: ...", "From Noah's manager: 3101 ..., set it to critical"), self-help questions
asked after the problem ("Outlook keeps asking for my password, is there a fix I can do
myself?", "... - any instructions?", "how does my team connect to the VPN?"), questions after
a ticket that read it, hand-overs said person first, statuses as list items, a first sentence
that only names the customer and site or the user, and words that only look like Halo fields
("the site map", "the customer portal", "the whole team", "our weekly call")."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check


def _on(action: str, ticket_id: int, **params: Any) -> dict[str, Any]:
    return {"action": action, "params": {"ticket_id": ticket_id, **params}}


def _howto(words: str) -> dict[str, Any]:
    return {"action": "lookup", "params": {"entity": "kb_articles", "search_has": words}}


LISTED = {"action": "list_tickets", "params": {}}

PLANNED: list[dict[str, Any]] = [
    # forwarded by the admin
    asked(
        "admin",
        "FW from Emma Jones: the Warehouse label printer is offline, please raise the ticket",
        new_ticket("label printer"),
    ),
    asked(
        "admin",
        "From Samir's manager: 3160 is blocking sales, set it to critical",
        _on("update_ticket", 3160, priority_id=1),
    ),
    asked(
        "admin",
        "Fwd from a Globex manager: please pull up the Globex customer record",
        {"action": "lookup", "params": {"entity": "customers", "search_has": "Globex"}},
    ),
    # self-help asked after the problem
    asked(
        "emma", "Teams keeps freezing on calls, is there a fix I can do myself?", _howto("Teams")
    ),
    asked(
        "liam",
        "got an odd text about a parcel, what are the signs of phishing?",
        _howto("phishing"),
    ),
    asked("emma", "connecting to the office Wi-Fi on a Mac - any instructions?", _howto("Wi-Fi")),
    asked(
        "liam",
        "Windows keeps nagging about updates, what's the right way to install them",
        _howto("updates"),
    ),
    asked(
        "emma", "Where can I read about setting up the Authenticator app?", _howto("Authenticator")
    ),
    asked("liam", "Password self-service - how does it work?", _howto("Password")),
    asked("emma", "how does my team map the shared drive?", _howto("shared drive")),
    asked("liam", "guide: setting up a second screen", _howto("second screen")),
    # questions after the ticket read it
    asked("emma", "3131 - what did they actually do? I need to know", _on("get_ticket", 3131)),
    asked("liam", "Ticket 3120, anyone? hello??", _on("get_ticket", 3120)),
    asked("emma", "ticket 3089 - who is working on it?? I'd like a name", _on("get_ticket", 3089)),
    asked("liam", "ticket 3076 - what's it waiting on?", _on("get_ticket", 3076)),
    asked(
        "admin",
        "I need 3055 & 3099 side by side",
        {"action": "get_ticket", "params": {"ticket_ids": [3055, 3099]}},
    ),
    # notes
    asked(
        "liam",
        "3120 -- the fan is louder when charging. add that please",
        _on("add_note", 3120, note_has="charging"),
    ),
    asked(
        "emma",
        "on my monitor ticket add: any brand is fine",
        _on("add_note", 3131, note_has="brand"),
    ),
    asked(
        "admin",
        "internal only on 3099: suspect the ISP router",
        _on("add_note", 3099, hiddenfromuser=True),
    ),
    asked(
        "admin",
        "jot on 3110 (internal): contractor starts Monday",
        _on("add_note", 3110, hiddenfromuser=True),
    ),
    # hand-overs, statuses and priorities said shortly
    asked("admin", "can Marcus Reid pick up 3140?", _on("update_ticket", 3140, agent_id=8)),
    asked(
        "admin", "3099 belongs with Network, route it there", _on("update_ticket", 3099, team_id=12)
    ),
    asked(
        "admin",
        "3110 - on hold, low priority",
        _on("update_ticket", 3110, status_id=28, priority_id=4),
    ),
    asked(
        "admin",
        "priority on 3055 should be high, the whole team is blocked",
        _on("update_ticket", 3055, priority_id=2),
    ),
    asked("liam", "Wi-Fi ticket came back, please put it back open", _on("reopen_ticket", 3121)),
    # lists
    asked("emma", "can you remind me what I've got open with IT", LISTED),
    asked("liam", "anything of mine that needs a reply from me?", LISTED),
    asked("emma", "give me a list of every ticket I have with you people", LISTED),
    asked("liam", "list everything I've raised. I'm building a case for my manager.", LISTED),
    # new tickets: names first, and words that only look like fields
    asked(
        "admin",
        "Globex, Cypress Creek. Projector bulb blown, user needs a spare",
        new_ticket("Projector", client_id=17, site_id=44),
    ),
    asked(
        "admin",
        "Joanna Baker — her Outlook signature vanished, please raise",
        new_ticket("signature", user_id=404),
    ),
    asked(
        "admin",
        "new one for Hank Scorpio: Excel crashes when he opens the budget",
        new_ticket("Excel", user_id=302),
    ),
    asked(
        "admin",
        "ticket: Wayne Foundation - the customer portal login page times out",
        new_ticket("portal", client_id=35),
    ),
    asked(
        "emma",
        "I'd like to report that the site map on the intranet shows a 404 error",
        new_ticket("site map"),
    ),
    asked(
        "liam",
        "is it possible to get Visio installed? I need it for a client contract",
        new_ticket("Visio"),
    ),
    asked(
        "emma",
        "Can you set me up with Webex? A supplier uses it for our weekly call",
        new_ticket("Webex"),
    ),
    asked(
        "liam",
        "When I try to scan to e-mail nothing happens, the scanner just beeps",
        new_ticket("scan"),
    ),
    asked(
        "emma",
        "Power BI won't refresh the sales dashboard. my boss is asking. please escalate",
        new_ticket("Power BI"),
    ),
    asked("emma", "3042 back to in progress please", {"refused": True}),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_busy_monday_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_a_self_help_question_offers_a_ticket_second(halo_connected, employee) -> None:
    plan = plan_request(
        "Teams keeps freezing on calls, is there a fix I can do myself?", actor=employee
    )

    assert plan.action == "lookup"
    assert plan.offer["action"] == "create_ticket"


@pytest.mark.django_db
def test_a_forwarded_change_with_halo_down_says_so(halo_connected, sim, portal_admin) -> None:
    sim.faults.down = True

    plan = plan_request(
        "From Samir's manager: 3160 is blocking sales, set it to critical", actor=portal_admin
    )

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused


@pytest.mark.django_db
def test_a_word_outside_the_description_tells_no_ticket_apart(halo_connected, employee) -> None:
    # both password tickets fit "password"; only 3005's text has "forgot", which describes
    # what Emma did, not the ticket
    plan = plan_request(
        "I forgot what I wrote in my password ticket, can I see it?", actor=employee
    )

    assert plan.action == "get_ticket"
    assert {c["id"] for c in plan.candidates} == {3005, 3115}


@pytest.mark.django_db
def test_a_word_after_the_description_still_tells(halo_connected, employee) -> None:
    plan = plan_request("Where is my ticket about the VPN disconnecting at home?", actor=employee)

    assert not plan.candidates
    assert plan.params["ticket_id"] == 3042


# Rounds 38 and 39 (held out at 92.8 % and 90.4 %): reads and ratings said shortly, statuses
# and priorities after the number, reopens asked as a question.
SHORT: list[dict[str, Any]] = [
    asked("liam", "Could you tell me where 3120 is at?", _on("get_ticket", 3120)),
    asked(
        "emma",
        "3089, 3131 - what happened on those?",
        {"action": "get_ticket", "params": {"ticket_ids": [3089, 3131]}},
    ),
    asked("emma", "anything of mine that's on hold?", LISTED),
    asked("liam", "anything of mine still waiting on IT?", LISTED),
    asked("emma", "score ticket 3067 as 5", _on("rate_ticket", 3067, score=5)),
    asked("liam", "3121 deserves a 3, took a while", _on("rate_ticket", 3121, score=3)),
    asked(
        "emma",
        "The VPN client is missing again. Can 3018 be opened again?",
        _on("reopen_ticket", 3018, note_has="missing again"),
    ),
    asked("admin", "status of 3101 -> In Progress", _on("update_ticket", 3101, status_id=2)),
    asked("admin", "3110 is low priority, it can wait", _on("update_ticket", 3110, priority_id=4)),
    asked("admin", "Initech: open tickets please", {"action": "list_tickets", "params": {}}),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", SHORT, ids=[f"{c['as']}: {c['text'][:60]}" for c in SHORT])
def test_said_shortly_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_the_reopen_note_leaves_out_the_asking(halo_connected, employee) -> None:
    plan = plan_request(
        "The VPN client is missing again. Can 3018 be opened again?", actor=employee
    )

    assert plan.params == {"ticket_id": 3018, "note": "The VPN client is missing again"}
