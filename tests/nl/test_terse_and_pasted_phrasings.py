"""Phrasings first met in rounds 40-42 (held out at 91.7 %, 93.1 % and 96.9 %): terse commands
with arrows and abbreviations ("3042 -> resolved", "assign 3131 -> Hannah", "new tkt: ...",
"sites @ Globex?"), e-mails pasted whole (a quoted customer's message with the ask after it,
"Re: 3120 ..." replies that add to the ticket), and short directory questions ("2nd line
members?", "who do we have on Field Services?", "what team is tom walsh in")."""

from __future__ import annotations

import json
from typing import Any

import pytest

from halo_integration.nl.plan import plan_request
from tests.nl.ask_command import without_id
from tests.nl.expect import asked, new_ticket
from tests.nl.test_planner_round7 import PEOPLE, _check


def _on(action: str, ticket_id: int, **params: Any) -> dict[str, Any]:
    return {"action": action, "params": {"ticket_id": ticket_id, **params}}


def _look(entity: str, **params: Any) -> dict[str, Any]:
    return {"action": "lookup", "params": {"entity": entity, **params}}


LISTED = {"action": "list_tickets", "params": {}}

PLANNED: list[dict[str, Any]] = [
    # problems stated without a request verb
    asked("emma", "SSD almost full (3GB left) - need cleanup or bigger drive", new_ticket("SSD")),
    asked("emma", "Jira SSO error AADSTS50105 - user not assigned to app", new_ticket("Jira")),
    asked("liam", "access req: Tableau dashboard 'Sales Q3' for my team", new_ticket("Tableau")),
    asked(
        "liam",
        "Our customer feedback site loads really slowly for everyone in sales.",
        new_ticket("slowly"),
    ),
    asked(
        "emma",
        'Hi IT, Liam asked me to pass this on:\n"the conference phone in the boardroom has no '
        'dial tone"\nThanks, Emma',
        new_ticket("phone"),
    ),
    # admin tickets, tersely
    asked(
        "admin",
        "Globex Springfield Campus -> new tkt: badge readers offline",
        new_ticket("badge", client_id=17, site_id=41),
    ),
    asked(
        "admin",
        "Initech Main Office new tkt: SSO failing for all users",
        new_ticket("SSO", client_id=42, site_id=101),
    ),
    asked(
        "admin",
        "Umbrella Health's lab (Laboratory site) writes:\n\n> Hello, the fridge temperature "
        "monitor PC in the lab has stopped logging readings since last night.\n\nPlease log it.",
        new_ticket("temperature", client_id=23, site_id=52),
    ),
    asked(
        "admin",
        "Globex Cypress Creek writes: 'Hi team, the Wi-Fi in our east wing has been down since "
        "8am.' New ticket for them please.",
        new_ticket("Wi-Fi", client_id=17, site_id=44),
    ),
    asked(
        "admin",
        "From Hank Scorpio:\n\n> Hi, my laptop screen has a crack across the corner after a "
        "fall. Can someone replace it?\n> Hank\n\nLog a ticket for him.",
        new_ticket("screen", user_id=302),
    ),
    # own lists
    asked("liam", "list mine since the 1st", LISTED),
    asked("liam", "my open stuff?", LISTED),
    asked("emma", "list evrything i've opened since january", LISTED),
    # reads
    asked(
        "liam",
        "Good afternoon,\n\nJust checking where 3076 has got to - Mia starts soon.\n\nLiam",
        _on("get_ticket", 3076),
    ),
    asked("admin", "Next: pull up 3160 so I can read Samir's reply.", _on("get_ticket", 3160)),
    asked("admin", "open up 3101 for me", _on("get_ticket", 3101)),
    # resolve and rate, with arrows
    asked("emma", "3042 -> resolved pls, fixed by new router", _on("resolve_ticket", 3042)),
    asked(
        "liam",
        "3120 resolved, add a visible note summarising the fix: new thermal paste",
        _on("resolve_ticket", 3120),
    ),
    asked("emma", "3005 -> 3/5", _on("rate_ticket", 3005, score=3)),
    asked("emma", "3018 -> 3 stars", _on("rate_ticket", 3018, score=3)),
    # notes, replies and pasted messages
    asked(
        "emma",
        "Re: 3089 Finance SharePoint\n\n> On Tue, IT Service Desk wrote:\n> Hi Emma, which "
        "folder do you need access to?\n\nHi, it's the Budgets 2026 folder please.\n\nThanks\n"
        "Emma",
        _on("add_note", 3089, note_has="Budgets"),
    ),
    asked(
        "emma",
        "Hello,\nFor ticket 3131 - my manager has approved the second monitor, please add that "
        "to the ticket.\nThanks, Emma",
        _on("add_note", 3131, note_has="approved"),
    ),
    asked(
        "liam",
        "Re: 3120 laptop fan\n\nHi,\n\nPlease add: the fan is loudest when Teams video is on, "
        "and the base gets too hot to touch.\n\nCheers\nLiam",
        _on("add_note", 3120, note_has="video"),
    ),
    asked(
        "admin",
        "From Samir on 3160:\n\n> audio still drops but now after about 20 minutes\n\nAdd that "
        "to his ticket as a note.",
        _on("add_note", 3160, note_has="20 minutes"),
    ),
    asked(
        "admin",
        "Olivia emailed about 3140:\n> the flicker stops when the blinds are closed\nAdd that as "
        "a note.",
        _on("add_note", 3140, note_has="blinds"),
    ),
    asked(
        "emma",
        "3089: the site is called Finance-Reporting if that helps",
        _on("add_note", 3089, note_has="Finance-Reporting"),
    ),
    asked(
        "liam",
        "note for ticket 3076, laptop can be left at reception",
        _on("add_note", 3076, note_has="reception"),
    ),
    # how-to
    asked(
        "liam",
        "new starter checklist - wheres the guide?",
        _look("kb_articles", search_has="checklist"),
    ),
    asked("liam", "KB re Outlook pw prompts?", _look("kb_articles", search_has="Outlook")),
    asked(
        "liam",
        "Hi IT,\n\nIs there a new starter checklist I can follow for my team?\n\nCheers\nLiam",
        _look("kb_articles", search_has="starter"),
    ),
    # admin updates
    asked(
        "admin",
        "3140: Field Services team, P3",
        _on("update_ticket", 3140, team_id=15, priority_id=3),
    ),
    asked("admin", "assign 3131 -> Hannah", _on("update_ticket", 3131, agent_id=9)),
    asked(
        "admin",
        "change 3089 to 1st Line Support, Priya",
        _on("update_ticket", 3089, team_id=5, agent_id=5),
    ),
    asked("admin", "set #3042 owner Marcus Reid", _on("update_ticket", 3042, agent_id=8)),
    asked("admin", "Triage: 3140 to High priority.", _on("update_ticket", 3140, priority_id=2)),
    asked(
        "admin",
        "Next one. 3099 is waiting on the supplier, set it to With Supplier.",
        _on("update_ticket", 3099, status_id=5),
    ),
    # admin look-ups
    asked("admin", "sites @ Globex?", _look("sites", client_id=17)),
    asked("admin", "contracts Stark Logistics?", _look("contracts", client_id=27)),
    asked("admin", "users @ Initech", _look("users", client_id=42)),
    asked("admin", "2nd line members?", _look("agents", team_id=6)),
    asked("admin", "who do we have in 2nd line", _look("agents", team_id=6)),
    asked("admin", "Who do we have on Field Services?", _look("agents", team_id=15)),
    asked("admin", "what team is tom walsh in", _look("agents", search_has="Walsh")),
    asked("admin", "Show me Marcus Reid's details.", _look("agents", search_has="Reid")),
    asked("admin", "appts this wk", _look("appointments")),
    asked("admin", "Show me this week's appointments.", _look("appointments")),
    asked("admin", "Which reports do we have on SLA?", _look("reports", search_has="SLA")),
    # rounds 43 and 44 (held out at 98.8 % and 92.9 %): typed on a phone, and a balanced sample
    asked("liam", "pls set up shared mailbox for sales team", new_ticket("mailbox")),
    asked("liam", "new sharepoint site for project atlas pls", new_ticket("sharepoint")),
    asked("liam", "jira wont let my team log in says license expired", new_ticket("jira")),
    asked(
        "admin",
        "raise one stark logistics distribution centre forklift tablet cracked screen",
        new_ticket("tablet", client_id=27, site_id=61),
    ),
    asked("admin", "whats 789", _on("get_ticket", 789)),
    asked("liam", "what ive raised this week", LISTED),
    asked("liam", "my stuff since friday", LISTED),
    asked("admin", "3055 add note vendor escalated", _on("add_note", 3055, note_has="vendor")),
    asked("emma", "3131 add note any size is fine 👍", _on("add_note", 3131, note_has="size")),
    asked("admin", "close 3140 dupe of 3110", _on("resolve_ticket", 3140)),
    asked("emma", "any how to guides", _look("kb_articles")),
    asked("emma", "is there a how to for mapping drives", _look("kb_articles", search_has="drive")),
    asked("emma", "show liams tickets", {"refused": True}),
    asked("liam", "show me everyones tickets", {"refused": True}),
    asked("admin", "3160 w supplier", _on("update_ticket", 3160, status_id=5)),
    asked(
        "admin",
        "3110 high and give to daniel",
        _on("update_ticket", 3110, priority_id=2, agent_id=6),
    ),
    asked("admin", "whos on 1st line", _look("agents", team_id=5)),
    asked(
        "emma",
        "For 3131, I'd like a 27-inch monitor if possible - please note that",
        _on("add_note", 3131, note_has="27-inch"),
    ),
    asked(
        "liam",
        "Is there a new starter checklist I can follow?",
        _look("kb_articles", search_has="starter"),
    ),
    asked(
        "admin",
        "I need 3160 moved to the Messaging team",
        _on("update_ticket", 3160, team_id=11),
    ),
    # round 46 (held out at 91.1 %): formal letters and people chasing
    asked(
        "emma",
        "Dear IT team, I wish to report that my desk phone displays 'No service' and cannot "
        "make or receive calls.",
        new_ticket("phone"),
    ),
    asked(
        "emma",
        "the calendar on my work phone stopped updating and I missed a meeting because of it. "
        "great.",
        new_ticket("calendar"),
    ),
    asked(
        "liam",
        "I wish to request a Power BI Pro licence for my role, as I now produce the monthly "
        "team reports.",
        new_ticket("Power BI"),
    ),
    asked(
        "admin",
        "I wish to log an issue on behalf of Umbrella Health Raccoon City Clinic: their patient "
        "booking system is unavailable.",
        new_ticket("booking", client_id=23, site_id=51),
    ),
    asked("emma", "still nothing on 3131??", _on("get_ticket", 3131)),
    asked("emma", "which of my tickets are still waiting on IT", LISTED),
    asked("emma", "I would like to review my closed tickets, please.", LISTED),
    asked("liam", "my stuff. all of it. what's still open", LISTED),
    asked(
        "emma",
        "third time I'm chasing 3089. add a note that I need the access before Friday's "
        "month-end close",
        _on("add_note", 3089, note_has="Friday"),
    ),
    asked(
        "emma",
        "I would be grateful for instructions on installing Windows updates manually.",
        _look("kb_articles", search_has="updates"),
    ),
    asked(
        "emma",
        "Could you kindly direct me to guidance on setting up MFA?",
        _look("kb_articles", search_has="MFA"),
    ),
    asked(
        "emma",
        "Kindly advise where I may find the new starter checklist.",
        _look("kb_articles", search_has="checklist"),
    ),
    asked(
        "liam",
        "Would you kindly advise how to stop Outlook from repeatedly prompting for my password?",
        _look("kb_articles", search_has="Outlook"),
    ),
    asked("admin", "Kindly place ticket 3140 on hold.", _on("update_ticket", 3140, status_id=28)),
    asked("admin", "Globex contracts, show me", _look("contracts", client_id=17)),
    asked("admin", "show Stark Logistics' sites", _look("sites", client_id=27)),
]

# Round 36 (the admin's day), missed until now: records by their codes or a site's own name,
# agents "in" a team, the status called New, what a customer site has lost, a person called Happy
ADMINS_DAY: list[dict[str, Any]] = [
    asked(
        "admin",
        "Springfield Campus at Globex has no guest Wi-Fi since this morning",
        new_ticket("guest", client_id=17, site_id=41),
    ),
    asked(
        "admin",
        "ticket on behalf of Isla Murphy: OneDrive shows a red cross and nothing syncs",
        new_ticket("OneDrive", user_id=210),
    ),
    asked(
        "admin",
        "Happy Hogan reports his car GPS tracker isn't uploading trips",
        new_ticket("GPS", user_id=602),
    ),
    asked(
        "admin",
        "set 3140 to New and assign it to Hannah",
        _on("update_ticket", 3140, status_id=1, agent_id=9),
    ),
    asked(
        "admin",
        "site details for Raccoon City Clinic",
        _look("sites", search_has="Raccoon City Clinic"),
    ),
    asked("admin", "agents in 2nd Line Support", _look("agents", team_id=6)),
    asked("admin", "find the INI-SUPPORT contract", _look("contracts", search_has="INI-SUPPORT")),
    asked("admin", "what's the asset record for AC-2219?", _look("assets", search_has="AC-2219")),
    asked(
        "admin",
        "find the knowledge base article on mapping a network drive",
        _look("kb_articles", search_has="network drive"),
    ),
    asked(
        "liam",
        "what do I need to send IT before a new starter joins?",
        _look("kb_articles", search_has="starter"),
    ),
]


@pytest.mark.django_db
def test_a_team_that_does_not_exist_is_said_so(halo_connected, portal_admin) -> None:
    plan = plan_request("agents in Nosuch Support", actor=portal_admin)

    assert not plan.ready
    assert "no team called “Nosuch Support”" in plan.refused


@pytest.mark.django_db
def test_a_site_named_with_halo_down_says_so(halo_connected, sim, portal_admin) -> None:
    sim.faults.down = True

    plan = plan_request("site details for Raccoon City Clinic", actor=portal_admin)

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused


@pytest.mark.django_db
def test_an_employee_asking_for_a_record_by_its_code_is_refused(halo_connected, employee) -> None:
    plan = plan_request("find the INI-SUPPORT contract", actor=employee)

    assert plan.refused and not plan.ready


# --- the same rules with bad input, someone else's ticket and Halo down ----------------------

LIAMS, MISSING = 3120, 3999


@pytest.mark.django_db
@pytest.mark.parametrize(
    "template",
    [
        "{id} -> resolved pls, fixed by new router",
        "Re: {id} laptop fan\n\nHi,\n\nPlease add: it is still loud.\n\nThanks\nEmma",
        "From Liam on {id}:\n\n> the fan is louder today\n\nAdd that to his ticket as a note.",
        "Just checking where {id} has got to",
    ],
)
def test_someone_elses_ticket_and_a_missing_one_are_refused_alike(
    halo_connected, employee, template
) -> None:
    theirs = plan_request(template.format(id=LIAMS), actor=employee)
    missing = plan_request(template.format(id=MISSING), actor=employee)

    assert theirs.refused and not theirs.ready
    assert without_id(theirs.refused, LIAMS) == without_id(missing.refused, MISSING)
    assert without_id(json.dumps(theirs.as_dict()), LIAMS) == without_id(
        json.dumps(missing.as_dict()), MISSING
    )


@pytest.mark.django_db
def test_a_customer_that_does_not_exist_is_said_so(halo_connected, portal_admin) -> None:
    plan = plan_request("contracts @ Nosuchco?", actor=portal_admin)

    assert plan.refused == "This Halo has no customer called “Nosuchco”."


@pytest.mark.django_db
def test_sites_of_no_customer_are_searched_by_that_name(halo_connected, portal_admin) -> None:
    # (a site may be asked for by its own name: "site details for Raccoon City Clinic")
    plan = plan_request("sites @ Nosuchco?", actor=portal_admin)

    assert plan.params == {"entity": "sites", "search": "Nosuchco"}


@pytest.mark.django_db
def test_a_name_that_is_no_customer_stays_the_search(halo_connected, portal_admin) -> None:
    plan = plan_request("contracts Nosuchco", actor=portal_admin)

    assert plan.params == {"entity": "contracts", "search": "Nosuchco"}


@pytest.mark.django_db
def test_a_site_called_like_no_customer_is_searched_by_its_name(
    halo_connected, portal_admin
) -> None:
    plan = plan_request("sites Springfield Campus", actor=portal_admin)

    assert plan.params == {"entity": "sites", "search": "Springfield Campus"}


@pytest.mark.django_db
def test_an_employee_asking_for_a_customers_records_is_refused(halo_connected, employee) -> None:
    plan = plan_request("contracts Stark Logistics?", actor=employee)

    assert plan.refused and not plan.ready


@pytest.mark.django_db
def test_a_customer_named_with_halo_down_says_so(halo_connected, sim, portal_admin) -> None:
    sim.faults.down = True

    plan = plan_request("contracts Stark Logistics?", actor=portal_admin)

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    ["> \n>\n>", "Re: 3042\n\n", "Globex writes: ''", "From Samir on 3160:\n\n>\n\n", "->"],
)
def test_a_pasted_message_with_nothing_in_it_is_not_guessed(
    halo_connected, portal_admin, text
) -> None:
    plan = plan_request(text, actor=portal_admin)

    assert not plan.ready
    assert plan.action != "create_ticket" or plan.missing


@pytest.mark.django_db
def test_a_quoted_reply_history_is_no_part_of_the_note(halo_connected, employee) -> None:
    plan = plan_request(
        "Re: 3089 Finance SharePoint\n\n> On Tue, IT Service Desk wrote:\n> Which folder?\n\n"
        "It's the Budgets 2026 folder.\n\nThanks\nEmma",
        actor=employee,
    )

    assert plan.action == "add_note"
    assert plan.params["note"] == "It's the Budgets 2026 folder."


@pytest.mark.django_db
def test_the_message_passed_on_is_the_summary(halo_connected, portal_admin) -> None:
    plan = plan_request(
        "Globex Cypress Creek writes: 'Hi team, the Wi-Fi in our east wing has been down since "
        "8am.' New ticket for them please.",
        actor=portal_admin,
    )

    assert plan.params["summary"] == "the Wi-Fi in our east wing has been down since 8am"


# Round 49 (first-time users, held out at 94.8 %): asking whether the box can do what it does
FIRST_TIME: list[dict[str, Any]] = [
    asked("liam", "is there a way to view ticket 3120 in this box?", _on("get_ticket", 3120)),
    asked("emma", "is there a way to see all my requests?", LISTED),
    asked("emma", "can this thing list what I've reported?", LISTED),
    asked("emma", "where can I see the tickets I've logged?", LISTED),
    asked(
        "emma",
        "is there a way to rate a ticket? I'd like to give 3067 4 stars",
        _on("rate_ticket", 3067, score=4),
    ),
    asked("liam", "my tickets from January", LISTED),
    asked(
        "emma", "I'd like to ask IT for a wireless keyboard and mouse set", new_ticket("wireless")
    ),
    asked(
        "liam",
        "hello, could someone come and look at the plotter, it smudges everything",
        new_ticket("plotter"),
    ),
    asked(
        "admin",
        "Pepper Potts needs her docking station replaced",
        new_ticket("docking", user_id=601),
    ),
    asked(
        "emma",
        "can this show me how to add a printer on my laptop?",
        _look("kb_articles", search_has="printer"),
    ),
    asked(
        "admin",
        "what does the knowledge base say about Windows updates?",
        _look("kb_articles", search_has="Windows"),
    ),
    # ... while a real how-to question stays one
    asked("emma", "is there a way to reset my password?", _look("kb_articles")),
]


@pytest.mark.django_db
def test_the_question_before_a_rating_is_no_comment(halo_connected, employee) -> None:
    plan = plan_request(
        "is there a way to rate a ticket? I'd like to give 3067 4 stars", actor=employee
    )

    assert plan.params == {"ticket_id": 3067, "score": 4}


@pytest.mark.django_db
@pytest.mark.parametrize("ticket", [3120, 3999])
def test_asking_whether_the_box_can_show_someone_elses_ticket_is_refused(
    halo_connected, employee, ticket
) -> None:
    plan = plan_request(f"is there a way to view ticket {ticket} in this box?", actor=employee)

    assert plan.refused and not plan.ready


# Rounds 47 and 48 (held out at 98.4 % and 98.8 %)
EVALUATORS: list[dict[str, Any]] = [
    asked(
        "liam",
        "Please give my team access to the Contracts folder on the shared drive",
        new_ticket("Contracts"),
    ),
    asked(
        "admin",
        "globex cypress creek: UPS in the server room is beeping, pls log it",
        new_ticket("UPS", client_id=17, site_id=44),
    ),
    asked("emma", "I need an overview of all the tickets I have with you", LISTED),
    asked("admin", "tom walsh should take 3110", _on("update_ticket", 3110, agent_id=11)),
    asked(
        "emma", "Voicemail on the reception line isn't recording messages", new_ticket("Voicemail")
    ),
    asked("admin", "3110 is critical, bump it", _on("update_ticket", 3110, priority_id=1)),
    asked("admin", "3101 needs Field Services", _on("update_ticket", 3101, team_id=15)),
    # ... and what still reads as before
    asked("admin", "3101 needs a new charger", _on("add_note", 3101, note_has="charger")),
    asked("emma", "I need a new mouse", new_ticket("mouse")),
]


@pytest.mark.django_db
def test_an_employee_cannot_hand_a_ticket_to_a_team(halo_connected, employee) -> None:
    plan = plan_request("3042 needs Field Services", actor=employee)

    assert plan.refused and not plan.ready


# Rounds 28 and 39, missed until now: a name heading with the problem after it, whose tickets
# said first, questions after a ticket that ask who is on it
HEADED: list[dict[str, Any]] = [
    asked(
        "admin",
        "umbrella health laboratory - the sample fridge temperature alarm emails stopped "
        "arriving, log it",
        new_ticket("alarm", client_id=23, site_id=52),
    ),
    asked(
        "admin",
        "Acme warehouse: handheld scanners dropping off the wireless again, raise a ticket "
        "against that site",
        new_ticket("scanners", client_id=12, site_id=32),
    ),
    asked("admin", "3099 - who's on it and what's the last action?", _on("get_ticket", 3099)),
    asked("admin", "Find Happy Hogan's user record", _look("users", search_has="Hogan")),
    asked(
        "emma",
        "Can you update 3089 with: the site owner is Priya in Finance, she said she's fine with it",
        _on("add_note", 3089, note_has="owner"),
    ),
    asked(
        "emma",
        "Please give my team (Lucas, Isla, Sophie) access to the Warehouse stock spreadsheet",
        new_ticket("spreadsheet"),
    ),
    asked(
        "admin",
        "Globex: open tickets please",
        {"action": "list_tickets", "params": {"client_id": 17}},
    ),
    asked(
        "admin",
        "Stark Logistics - anything open for them?",
        {"action": "list_tickets", "params": {"client_id": 27}},
    ),
    # ... while an app said first stays part of what is asked
    asked("admin", "Outlook: crashing on start, log it", new_ticket("Outlook")),
    asked(
        "admin",
        "Outlook: open tickets",
        {"action": "list_tickets", "params": {"search_has": "Outlook"}},
    ),
    asked("admin", "3099 - the printer is still jammed", _on("add_note", 3099, note_has="jammed")),
]


@pytest.mark.django_db
def test_an_employee_naming_a_customer_first_gets_only_her_own(halo_connected, employee) -> None:
    plan = plan_request("Globex: open tickets please", actor=employee)

    assert plan.action == "list_tickets"
    assert "client_id" not in plan.params


# Rounds 52 and 53 (held out at 96.8 % and 98.4 %)
NEWCOMERS: list[dict[str, Any]] = [
    asked(
        "emma",
        "Hi! First time using this box so bear with me. A few keys on my keyboard stopped "
        "working this morning, the E and the R. Could someone take a look?",
        new_ticket("keyboard"),
    ),
    asked(
        "emma",
        "Since yesterday's update the CRM shows the wrong customer name on all my quotes.",
        new_ticket("CRM"),
    ),
    asked(
        "admin",
        "Please log a ticket for Initech Austin Branch, their internet has been down since 9am.",
        new_ticket("internet", client_id=42, site_id=102),
    ),
    asked("emma", "whats hapening with ticket #3115", _on("get_ticket", 3115)),
    asked("emma", "The Outlook password one, where's that at?", _on("get_ticket", 3115)),
    asked("emma", "the sharepoint access one, wheres it at", _on("get_ticket", 3089)),
    asked("liam", "Anything of mine that's been updated since yesterday?", LISTED),
    asked(
        "liam",
        "how do windows updates work here, can i postpone them",
        _look("kb_articles", search_has="windows updates"),
    ),
    asked("admin", "agents in field services?", _look("agents", team_id=15)),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("my tickets since yesterday", 1, None),  # yesterday and today
        ("tickets I opened yesterday", 1, 0),  # yesterday only
        ("my tickets since last month", "month", None),
        ("my tickets from last month", "month", "this month"),
    ],
)
def test_since_a_day_runs_up_to_today(halo_connected, employee, text, after, before) -> None:
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    first_of_month = today.replace(day=1)
    last_month = (first_of_month - timedelta(days=1)).replace(day=1)
    expect_after = last_month if after == "month" else today - timedelta(days=after)
    expect_before = {None: None, 0: today, "this month": first_of_month}[before]

    plan = plan_request(text, actor=employee)

    assert plan.params.get("opened_after") == expect_after.isoformat()
    assert plan.params.get("opened_before") == (
        expect_before.isoformat() if expect_before else None
    )


# Round 55 (a help-desk inbox, held out at 94.0 %)
INBOX: list[dict[str, Any]] = [
    asked(
        "liam",
        "Could you give Priyanka in my team access to the Pricing folder on the sales drive? "
        "Read-only is fine.",
        new_ticket("Pricing"),
    ),
    asked(
        "liam",
        "Hello IT. Sam Wood is leaving at the end of the month, please collect his laptop and "
        "phone on his last day.",
        new_ticket("Sam"),
    ),
    asked("emma", "Can I see what was done on 3067?", _on("get_ticket", 3067)),
    asked("emma", "what did I send you last week?", LISTED),
    asked(
        "liam",
        "On Mia's ticket 3076, please note she'll also need access to the sales shared drive.",
        _on("add_note", 3076, note_has="drive"),
    ),
    asked(
        "liam",
        "The fan's been quiet all week since the clean. Happy for 3120 to be closed.",
        _on("resolve_ticket", 3120),
    ),
    asked(
        "liam",
        "3121 isn't fixed, room 2 lost signal three times in this morning's call",
        _on("reopen_ticket", 3121, note_has="signal"),
    ),
    asked(
        "emma",
        "give my printer jam ticket 3067 a 2, it took three visits",
        _on("rate_ticket", 3067, score=2, comment_has="three visits"),
    ),
    asked("emma", "Can I get a list of all the customers you look after?", {"refused": True}),
    asked(
        "emma", "I'd like to look at my password one", {"action": "get_ticket", "candidates": True}
    ),
    asked("admin", "find Pepper Potts in the users", _look("users", search_has="Pepper")),
    # ... and news on an open ticket stays a note
    asked("emma", "3042 - the vpn is dropping again", _on("add_note", 3042, note_has="again")),
]


ALL_PLANNED = [*PLANNED, *ADMINS_DAY, *FIRST_TIME, *EVALUATORS, *HEADED, *NEWCOMERS, *INBOX]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "case", ALL_PLANNED, ids=[f"{c['as']}: {c['text'][:60]}" for c in ALL_PLANNED]
)
def test_plan(case: dict[str, Any], halo_connected, request) -> None:
    actor = request.getfixturevalue(PEOPLE[case["as"]])
    _check(plan_request(case["text"], actor=actor), case["expect"])


@pytest.mark.django_db
def test_a_closed_tickets_problem_back_reopens_it_for_its_requester_only(
    halo_connected, employee
) -> None:
    # Liam's closed 3121: Emma may not learn of it, nor reopen it
    theirs = plan_request("3121 isn't fixed, room 2 lost signal again", actor=employee)
    missing = plan_request("3999 isn't fixed, room 2 lost signal again", actor=employee)

    assert theirs.refused and not theirs.ready
    assert without_id(theirs.refused, 3121) == without_id(missing.refused, 3999)


@pytest.mark.django_db
def test_a_reopen_told_as_news_with_halo_down_says_so(halo_connected, sim, other_employee) -> None:
    sim.faults.down = True

    plan = plan_request("3121 isn't fixed, room 2 lost signal again", actor=other_employee)

    assert not plan.ready
    assert "Halo is unavailable" in plan.refused
