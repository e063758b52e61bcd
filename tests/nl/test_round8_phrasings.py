"""Shapes missed by round 8 of blind phrasings, written afresh (not the round 8 sentences):
the rule parser's action and slots, then the plan each person gets against the demo
simulator (ids resolved, nothing guessed)."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a customer and its site open the request; the problem follows
    (
        "for Acme Inc, site Warehouse, the label printer is offline",
        "create_ticket",
        {"client": "Acme Inc", "site": "Warehouse", "summary": "the label printer is offline"},
    ),
    (
        "for Globex site Cypress Creek: badge reader rejects every card",
        "create_ticket",
        {"client": "Globex", "site": "Cypress Creek", "summary": "badge reader rejects every card"},
    ),
    (
        "For customer Umbrella Health site Laboratory - freezer sensor alerts",
        "create_ticket",
        {"client": "Umbrella Health", "site": "Laboratory", "summary": "freezer sensor alerts"},
    ),
    # "for" alone is no request: "for Acme Inc" names nobody's site
    ("for Acme Inc", None, {}),
    # the people on a ticket are told through a note; without a ticket nobody is meant
    (
        "Tell the folks on ticket 3115 that I am out until Monday",
        "add_note",
        {"ticket_id": 3115, "note": "I am out until Monday"},
    ),
    ("tell the people in accounting that lunch is here", None, {}),
    (
        "respond on #3101: works again, cheers!",
        "add_note",
        {"ticket_id": 3101, "note": Has("works again")},
    ),
    ("answer the phone in reception, it keeps ringing", "create_ticket", {"ticket_id": ABSENT}),
    # "anything of mine opened since ...": my tickets in a date range
    (
        "anything of mine raised this week",
        "list_tickets",
        {"mine": True, "opened": "this week"},
    ),
    (
        "everything of mine that was logged yesterday",
        "list_tickets",
        {"mine": True, "opened": "yesterday"},
    ),
    # "make <number> a <type> ticket" changes the type; it opens nothing
    (
        "make #3101 a Service Request ticket",
        "update_ticket",
        {"ticket_id": 3101, "tickettype": "Service Request", "summary": ABSENT},
    ),
    (
        "please make ticket 3115 an incident ticket",
        "update_ticket",
        {"ticket_id": 3115, "tickettype": "incident"},
    ),
    (
        "make a problem ticket: the badge readers reboot at night",
        "create_ticket",
        {"ticket_id": ABSENT, "summary": Has("badge readers")},
    ),
    # "for <owner> at <place>": a customer's site or a person's customer, kept for the resolver
    (
        "raise a ticket for Globex at Cypress Creek - door badge reader dead",
        "create_ticket",
        {"client": "Globex", "owner_place": "Cypress Creek", "summary": Has("badge")},
    ),
    (
        "log a ticket for Acme Inc at 7am: backups failed",
        "create_ticket",
        {"client": "Acme Inc", "owner_place": ABSENT, "summary": "backups failed"},
    ),
    # a bare name heading the request: maybe a customer and site, maybe an app
    (
        "Globex Cypress Creek: water leak near the switch cupboard",
        "create_ticket",
        {"owner_heading": "Globex Cypress Creek", "summary": Has("water leak")},
    ),
    (
        "Microsoft Teams: my status is stuck on away",
        "create_ticket",
        {"owner_heading": "Microsoft Teams", "client": ABSENT, "summary": Has("stuck on away")},
    ),
    (
        "Open a ticket: Microsoft Teams: my status is stuck on away",
        "create_ticket",
        {"owner_heading": ABSENT},
    ),
    # problem reports in everyday words
    (
        "Good morning, we are not able to scan to e-mail since Monday. Thanks in advance",
        "create_ticket",
        {"summary": Has("not able to scan")},
    ),
    (
        "Where did my emails go? The Archive folder in Outlook is empty since this morning",
        "create_ticket",
        {"summary": Has("Archive folder")},
    ),
    (
        "we keep getting 'disk quota exceeded' on the build server",
        "create_ticket",
        {"summary": Has("quota")},
    ),
    (
        "my whole Downloads folder is gone since the update",
        "create_ticket",
        {"summary": Has("Downloads")},
    ),
    # access for someone is a request, and "site" in it names no Halo site
    (
        "could you give Ethan Wright access to the Finance Teams site",
        "create_ticket",
        {"summary": Has("Ethan Wright"), "site": ABSENT, "entity": ABSENT},
    ),
    (
        "please grant her read access to the Board minutes site",
        "create_ticket",
        {"summary": Has("read access"), "site": ABSENT},
    ),
    # a short question followed by a sentence keeps both in the summary; a long one stays alone
    (
        "Open a ticket: why is this so slow every morning when I log in? It takes ten minutes",
        "create_ticket",
        {"summary": "why is this so slow every morning when I log in?"},
    ),
    (
        "open a ticket for Acme Inc at Noon - nothing prints",
        "create_ticket",
        {"client": "Acme Inc", "owner_place": ABSENT},
    ),
]


@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_round8_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    # a customer name followed at once by one of its sites' names
    {
        "as": "admin",
        "text": "log a ticket for Umbrella Health Laboratory, centrifuge display is blank",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "centrifuge", "client_id": 23, "site_id": 52},
        },
    },
    {
        "as": "admin",
        "text": "raise a ticket for Acme Inc Warehouse - scanner guns will not charge",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "scanner", "client_id": 12, "site_id": 32},
        },
    },
    {
        "as": "admin",
        "text": "for Stark Logistics, site Distribution Centre, forklift tablet cracked",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "forklift", "client_id": 27, "site_id": 61},
        },
    },
    {
        "as": "admin",
        "text": "log a ticket for Umbrella Health at the Head Office - lift alarm keeps ringing",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "alarm", "client_id": 23, "site_id": 53},
        },
    },
    {
        "as": "admin",
        "text": "new ticket for Frank Grimes at Globex - his monitor flickers",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "monitor", "client_id": 17, "user_id": 303},
        },
    },
    {
        "as": "admin",
        "text": "Acme Inc Remote Workers: the VPN concentrator rejects logins",
        "expect": {
            "action": "create_ticket",
            "params": {
                "summary": "the VPN concentrator rejects logins",
                "client_id": 12,
                "site_id": 33,
            },
        },
    },
    {
        "as": "admin",
        "text": "Wayne Foundation: the lobby kiosk is frozen",
        "expect": {
            "action": "create_ticket",
            "params": {"summary": "the lobby kiosk is frozen", "client_id": 35, "site_id": None},
        },
    },
    # a heading that names no customer stays the summary, for admins and employees alike
    {
        "as": "admin",
        "text": "Microsoft Teams: status stuck on away for everyone",
        "expect": {
            "action": "create_ticket",
            "params": {
                "summary": "Microsoft Teams: status stuck on away for everyone",
                "client_id": None,
            },
        },
    },
    {
        "as": "emma",
        "text": "Microsoft Teams: my status is stuck on away",
        "expect": {
            "action": "create_ticket",
            "params": {"summary_has": "Microsoft Teams: my status"},
        },
    },
    {
        "as": "liam",
        "text": "please give Isla Murphy access to the Marketing SharePoint site",
        "expect": {"action": "create_ticket", "params": {"summary_has": "Isla Murphy"}},
    },
    # notes: the people on a ticket, a reply on a number (thanks and all), a described ticket
    {
        "as": "emma",
        "text": "tell everyone on 3042 that the VPN works from the hotel too",
        "expect": {"action": "add_note", "params": {"ticket_id": 3042, "note_has": "hotel"}},
    },
    {
        "as": "emma",
        "text": "Reply to 3042 - all good on my side now, thank you!",
        "expect": {"action": "add_note", "params": {"ticket_id": 3042, "note_has": "all good"}},
    },
    {
        "as": "liam",
        "text": "update my laptop ticket - the charger light blinks orange",
        "expect": {"action": "add_note", "params": {"ticket_id": 3120, "note_has": "orange"}},
    },
    {
        "as": "emma",
        "text": "anything of mine raised since last Monday",
        "expect": {"action": "list_tickets", "params": {"opened_after_has": "-"}},
    },
    {
        "as": "admin",
        "text": "make 3115 a problem ticket please",
        "expect": {
            "action": "update_ticket",
            "params": {"ticket_id": 3115, "tickettype_id": 21},
        },
    },
    # a person's name is still a person when no customer starts it
    {
        "as": "admin",
        "text": "open a ticket for Lucius Fox - his docking station is dead",
        "expect": {"action": "create_ticket", "params": {"summary_has": "docking", "user_id": 701}},
    },
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_round8_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
