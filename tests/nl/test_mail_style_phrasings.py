"""Requests written like an e-mail (a greeting in the writer's own language, "Thanks &
Regards", a title before a name), questions for the articles in a second-language word order
or pointing back at the problem ("is there an article for this?"), and an admin's new ticket
that names the person right after the customer's site. First the rule parser's action and
slots, then the plan each person gets against the demo simulator."""

from __future__ import annotations

from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.expect import asked, new_ticket
from tests.nl.test_newcomer_phrasings import ABSENT, Has
from tests.nl.test_newcomer_phrasings import _check as _check_parse
from tests.nl.test_planner_round7 import PEOPLE, _check

PARSED: list[tuple[str, str | None, dict[str, Any]]] = [
    # a greeting or thanks in another language heads or ends the mail; it titles nothing
    (
        "Bonjour! My second screen stays black after lunch.",
        "create_ticket",
        {"summary": Has("screen")},
    ),
    (
        "Buenos dias, the scanner at reception does not turn on.",
        "create_ticket",
        {"summary": Has("scanner")},
    ),
    (
        "Guten Tag. My headset is not recognised by the laptop. Danke, Liam",
        "create_ticket",
        {"summary": Has("headset")},
    ),
    (
        "Greetings of the day. Outlook is not syncing my calendar.",
        "create_ticket",
        {"summary": Has("Outlook")},
    ),
    (
        "Respected Madam, my keyboard is not typing some letters.",
        "create_ticket",
        {"summary": Has("keyboard")},
    ),
    ("My mouse is not working at all. Merci, Emma", "create_ticket", {"summary": Has("mouse")}),
    (
        "Please give me access to the Finance share. Thanks and regards, Liam",
        "create_ticket",
        {"summary": Has("Finance")},
    ),
    # a title's full stop ends no sentence
    (
        "Please create an account for our new colleague Mrs. Anna Kowalska in Sales.",
        "create_ticket",
        {"summary": Has("Kowalska")},
    ),
    (
        "Dr. Mehta's laptop will not start, please check.",
        "create_ticket",
        {"summary": Has("Mehta")},
    ),
    # the articles, asked in the writer's own word order or pointing back at the problem
    (
        "Kindly guide me how to share my screen in a meeting",
        "lookup",
        {"entity": "kb_articles", "search": Has("share my screen")},
    ),
    (
        "please show me how I can add a shared mailbox",
        "lookup",
        {"entity": "kb_articles", "search": Has("shared mailbox")},
    ),
    (
        "help me how to set up the printer on my mac",
        "lookup",
        {"entity": "kb_articles", "search": Has("printer")},
    ),
    (
        "Please, how I can change my password?",
        "lookup",
        {"entity": "kb_articles", "search": Has("password")},
    ),
    (
        "Kindly, how we can book the big meeting room?",
        "lookup",
        {"entity": "kb_articles", "search": Has("meeting room")},
    ),
    (
        "where I can find a guide for the expenses app?",
        "lookup",
        {"entity": "kb_articles", "search": Has("expenses")},
    ),
    (
        "any guide for the new VPN client?",
        "lookup",
        {"entity": "kb_articles", "search": Has("VPN")},
    ),
    (
        "some instructions on the Zoom rooms please",
        "lookup",
        {"entity": "kb_articles", "search": Has("Zoom")},
    ),
    (
        "Teams drops my calls all the time - is there an article for this?",
        "lookup",
        {"entity": "kb_articles", "search": Has("Teams")},
    ),
    (
        "my phone will not get work mail. any guide for that?",
        "lookup",
        {"entity": "kb_articles", "search": Has("mail")},
    ),
    (
        "how do we order a leaver's laptop back? is there a checklist?",
        "lookup",
        {"entity": "kb_articles", "search": Has("leaver")},
    ),
    ("whats the leaver checklist", "lookup", {"entity": "kb_articles", "search": Has("leaver")}),
    (
        "where is the expenses template?",
        "lookup",
        {"entity": "kb_articles", "search": Has("expenses")},
    ),
    # a question about a ticket stays one
    ("any guide for ticket 3115?", "get_ticket", {"ticket_id": 3115, "entity": ABSENT}),
    # an admin's list of fields after the problem ends with the priority alone
    (
        "new ticket for globex springfield campus, projector dead, high",
        "create_ticket",
        {"priority": "high"},
    ),
    ("log a ticket for acme hq - wifi drops in room 2, p3", "create_ticket", {"priority": "P3"}),
    (
        "new ticket for acme hq - wifi is high on my list, but slow",
        "create_ticket",
        {"priority": ABSENT},
    ),
]


# ruff: noqa: E501 (one phrasing a line reads best)
@pytest.mark.parametrize(("text", "action", "slots"), PARSED, ids=[p[0][:60] for p in PARSED])
def test_mail_style_shapes_parse(text: str, action: str | None, slots: dict[str, Any]) -> None:
    _check_parse(text, action, slots)


PLANNED: list[dict[str, Any]] = [
    # the person named by full name right after the customer's site
    asked(
        "admin",
        "new ticket globex cypress creek karl carlson - monitor flickers",
        new_ticket("monitor", client_id=17, site_id=44, user_id=305),
    ),
    asked(
        "admin",
        "log a ticket for initech main office, michael bolton, printer out of toner",
        new_ticket("toner", client_id=42, site_id=101, user_id=402),
    ),
    asked(
        "admin",
        "create incident for umbrella health raccoon city clinic rebecca chambers cannot print",
        new_ticket("print", client_id=23, site_id=51, user_id=504),
    ),
    asked(
        "admin",
        "for stark logistics site distribution centre maria hill: scanner gun broken",
        new_ticket("scanner", client_id=27, site_id=61, user_id=603),
    ),
    asked(
        "admin",
        "new ticket for wayne foundation gotham office, alfred pennyworth, laptop slow, low",
        new_ticket("laptop", client_id=35, site_id=71, user_id=703, priority_id=4),
    ),
    # a name that is no user of that customer stays in the summary
    asked(
        "admin",
        "new ticket for globex springfield campus, peter gibbons, printer jams",
        new_ticket("peter gibbons", client_id=17, site_id=41),
    ),
    # mail-style employee reports
    asked(
        "liam",
        "Namaste. My laptop battery drains in an hour. Thanks & Regards, Liam",
        new_ticket("battery"),
    ),
    asked(
        "emma",
        "Hola! The Wi-Fi in meeting room 3 keeps dropping. Gracias, Emma",
        new_ticket("Wi-Fi"),
    ),
    # the articles
    asked(
        "emma",
        "Outlook shows my mails twice - is there an article for this?",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "Outlook"}},
    ),
    asked(
        "liam",
        "Kindly guide me how to connect to the VPN from home.",
        {"action": "lookup", "params": {"entity": "kb_articles", "search_has": "VPN"}},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in PLANNED])
def test_mail_style_shapes_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])
