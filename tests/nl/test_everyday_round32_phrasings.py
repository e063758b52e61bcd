"""Everyday phrasings first met in rounds 31 to 33: a ticket's note among several tickets named
("About 3042 and 3115 - add a note to 3115 that ..."), closing with a note ("Closing 3101:
summary note for the customer - ...", "wrap up 3042 with a visible note: ..."), a hand-over said
person first ("Hannah should pick up 3140"), own lists ("list what I opened in November",
"anything that needs a reply from me?"), reads of a ticket described ("show me my printer
one", "what was the fix on the wifi one?"), reopens ("I need my printer ticket opened again",
"bring 3067 back to life"), notes headed as such ("3120 add: ...", "Update for ticket 3042 -
..."), and a report run by an employee, refused when planned."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check


def _on(action: str, ticket_id: int, **params: Any) -> dict[str, Any]:
    return {"action": action, "params": {"ticket_id": ticket_id, **params}}


LISTED = {"action": "list_tickets", "params": {}}

PLANNED: list[dict[str, Any]] = [
    # a note for one of the tickets named
    asked(
        "emma",
        "Re 3089 and 3131 - please add a note to 3131 that any 24 inch screen is fine",
        _on("add_note", 3131, note_has="24 inch"),
    ),
    asked(
        "liam",
        "about 3076 and 3120: on 3120 note that the fan is quieter after the clean",
        _on("add_note", 3120, note_has="quieter"),
    ),
    # closing with a note
    asked(
        "admin",
        "Closing 3160: note for the user - audio driver rolled back, calls are clear",
        _on("resolve_ticket", 3160),
    ),
    asked(
        "admin",
        "wrap up 3110 with a customer-visible note: contractor VPN profile issued",
        _on("resolve_ticket", 3110),
    ),
    asked(
        "emma",
        "resolve 3089 please - the access works now, put that in a note",
        _on("resolve_ticket", 3089),
    ),
    # hand-overs said person first, and a team starting with its line's number
    asked("admin", "Priya should pick up 3055", _on("update_ticket", 3055, agent_id=5)),
    asked("admin", "Tom Walsh can take 3101 please", _on("update_ticket", 3101, agent_id=11)),
    asked(
        "admin",
        "3160 should be with 1st Line Support, high priority",
        _on("update_ticket", 3160, team_id=5, priority_id=2),
    ),
    asked("emma", "Daniel should take 3042", {"refused": True}),
    # own lists
    asked("emma", "list what I opened in October", LISTED),
    asked("liam", "what did I put in since Tuesday?", LISTED),
    asked("emma", "what have I asked you for so far?", LISTED),
    asked("liam", "anything that needs a reply from me?", LISTED),
    asked("emma", "is there anything I need to act on?", LISTED),
    asked("liam", "my stuff in progress please", LISTED),
    asked("emma", "my open tickets, all of them", LISTED),
    asked("liam", "hi, could I get an overview of everything I've raised?", LISTED),
    # a ticket described, read
    asked("emma", "show me my printer one", _on("get_ticket", 3067)),
    asked("liam", "what was the fix on the wifi one?", _on("get_ticket", 3121)),
    asked("liam", "the fan ticket, who's handling it?", _on("get_ticket", 3120)),
    asked("emma", "what's the latest on the second monitor?", _on("get_ticket", 3131)),
    asked("emma", "who is looking after my Finance SharePoint access?", _on("get_ticket", 3089)),
    asked(
        "emma",
        "both please: #3089, #3131",
        {"action": "get_ticket", "params": {"ticket_ids": [3089, 3131]}},
    ),
    # reopens
    asked(
        "emma",
        "I need my printer jam ticket opened again, it's chewing paper",
        _on("reopen_ticket", 3067),
    ),
    asked("admin", "bring 3030 back to life please", _on("reopen_ticket", 3030)),
    # notes headed as such
    asked(
        "liam",
        "3120 add: the serial number is on the sticker under the lid",
        _on("add_note", 3120, note_has="sticker"),
    ),
    asked(
        "emma",
        "Update for my monitor request 3131 - I've moved to desk 14 on the 3rd floor",
        _on("add_note", 3131, note_has="desk 14"),
    ),
    asked(
        "emma",
        "just so the tech knows on 3115, I'm on leave Friday",
        _on("add_note", 3115, note_has="Friday"),
    ),
    asked(
        "admin",
        "3099: user confirmed the laptop still hangs after the BIOS update",
        _on("add_note", 3099, note_has="hangs"),
    ),
    # ratings, reports, problems that only look like something else
    asked("liam", "rate my Wi-Fi ticket 3121 a 4", _on("rate_ticket", 3121, score=4)),
    asked("emma", "run the SLA compliance report for me", {"refused": True}),
    asked(
        "admin",
        "kb articles about phishing emails",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "phishing"}},
    ),
    asked(
        "emma",
        "Not sure if this counts as a ticket, but my chair wheel came off",
        new_ticket("chair"),
    ),
    asked(
        "liam", "I have to join a Webex call tomorrow and Webex won't install", new_ticket("Webex")
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_everyday_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_a_note_among_several_with_halo_down_says_so(halo_connected, sim, employee) -> None:
    sim.faults.down = True

    plan = plan_request(
        "Re 3089 and 3131 - please add a note to 3131 that any 24 inch screen is fine",
        actor=employee,
    )

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused
