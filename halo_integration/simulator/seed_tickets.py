"""About 260 demo tickets (ids 3001..3260, plus the old ticket 789) and their actions.

A fixed random seed makes the content identical on every run; dates are relative to the
simulator's clock at start-up, so the tenant always looks like the last ~120 days.
"""

from __future__ import annotations

import html
import random
from typing import NamedTuple

from . import seed_customers as cu
from . import seed_reference as ref
from .seed_texts import (
    ACKNOWLEDGEMENTS,
    AREAS,
    DAYS,
    FLOORS,
    HIDDEN_NOTES,
    NEW_STARTERS,
    PUBLIC_NOTES,
    RESOLUTIONS,
    TEMPLATES,
    USER_REPLIES,
)
from .store import Row, Store
from .timeutil import DAY, iso

RANDOM_SEED = 20261120
FIRST_ID, LAST_ID = 3001, 3260
SPAN_DAYS = 120
HOUR = 3600.0
RESERVED_USERS = {cu.EMMA, cu.LIAM, cu.OLIVIA}  # their tickets are hand-written below
# Acme gets most of the traffic so that it has more than one Halo page (100) of open tickets.
CLIENT_WEIGHTS = {
    cu.ACME: 56,
    cu.GLOBEX: 8,
    cu.INITECH: 9,
    cu.UMBRELLA: 10,
    cu.STARK: 8,
    cu.WAYNE: 9,
}
OPEN_STATUSES = {1: 25, 2: 30, 3: 10, 4: 15, 5: 5, 28: 10, 25: 5}
PRIORITY_WEIGHTS = {1: 5, 2: 20, 3: 50, 4: 25}


class Crafted(NamedTuple):
    user_id: int
    summary: str
    details: str
    category: str
    tickettype_id: int
    team_id: int
    agent_id: int | None
    status_id: int
    priority_id: int = 3


XSS_DETAILS = (
    "<p>Outlook asks for my password every few minutes, even right after I type it in.</p>"
    "<p>Screenshot: <img src=x onerror=alert(1)></p><script>alert(1)</script>"
)
INC, SR = ref.INCIDENT, ref.SERVICE_REQUEST
# fmt: off
# A table reads better than the formatter's one-argument-per-line layout.
CRAFTED: dict[int, Crafted] = {
    # Emma Jones (Acme Inc, HQ): 4 open (one about VPN), 4 closed (one cancelled).
    3005: Crafted(cu.EMMA, "Password reset after holiday", "I've forgotten my password.", "Access>Account", SR, ref.SERVICE_DESK, 3, 9, 4),
    3018: Crafted(cu.EMMA, "VPN client missing on new laptop", "The new laptop has no VPN client.", "Network>VPN", INC, ref.NETWORK, 8, 9),
    3042: Crafted(cu.EMMA, "VPN disconnects when working from home", "<p>The VPN drops every 10 minutes at home.</p>", "Network>VPN", INC, ref.NETWORK, 8, 4, 2),
    3067: Crafted(cu.EMMA, "Printer on the 2nd floor keeps jamming", "Jams on every print job.", "Hardware>Printer", INC, ref.FIELD, 9, 9),
    3089: Crafted(cu.EMMA, "Access to the Finance SharePoint site", "<p>Please give me access to <b>Finance</b>.</p>", "Access>Permissions", SR, ref.FIRST_LINE, None, 1, 4),
    3115: Crafted(cu.EMMA, "Outlook keeps asking for my password", XSS_DETAILS, "Software>Email", INC, ref.MESSAGING, 7, 2),
    3131: Crafted(cu.EMMA, "Request for a second monitor", "A second screen would help with spreadsheets.", "Hardware>Peripherals", SR, ref.FIELD, 9, 28, 4),
    3150: Crafted(cu.EMMA, "Teams camera not detected", "Teams says no camera found.", "Software>Microsoft 365", INC, ref.SECOND_LINE, 6, 10),
    # Liam Patel (Acme Inc, HQ).
    3076: Crafted(cu.LIAM, "New starter: Mia Chen", "<p>Mia joins on Monday. Laptop and accounts please.</p>", "Access>Account", SR, ref.SERVICE_DESK, 3, 25, 3),
    3120: Crafted(cu.LIAM, "Laptop fan very loud and overheating", "The fan runs at full speed all day.", "Hardware>Laptop", INC, ref.SECOND_LINE, 6, 2),
    3121: Crafted(cu.LIAM, "Wi-Fi drops in meeting room 2", "Wi-Fi disconnects during calls in room 2.", "Network>Wi-Fi", INC, ref.NETWORK, 8, 9),
    # Olivia Brown (Globex).
    3030: Crafted(cu.OLIVIA, "Outlook calendar not syncing to phone", "Calendar on my iPhone is empty.", "Software>Email", INC, ref.MESSAGING, 7, 9),
    3110: Crafted(cu.OLIVIA, "VPN access for a contractor", "<p>A contractor needs VPN access for 3 months.</p>", "Network>VPN", SR, ref.NETWORK, 8, 2, 4),
    3140: Crafted(cu.OLIVIA, "Monitor flickering", "My monitor flickers when the blinds are open.", "Hardware>Peripherals", INC, ref.FIELD, None, 1),
    # Other fixed points: an open Acme ticket, and Initech (customer 42) work for agent 6.
    3101: Crafted(203, "Warehouse scanner cannot join Wi-Fi", "Handheld scanner 4 cannot connect.", "Network>Wi-Fi", INC, ref.NETWORK, 8, 3, 2),
    3012: Crafted(404, "Printer on the 1st floor keeps jamming", "Jams on every print job.", "Hardware>Printer", INC, ref.FIELD, 9, 9),
    3055: Crafted(401, "Blue screen on desktop PC", "Crashes with MEMORY_MANAGEMENT.", "Hardware>Laptop", INC, ref.SECOND_LINE, 6, 2, 2),
    3099: Crafted(402, "Laptop will not boot after Windows update", "Stuck on the spinning dots.", "Hardware>Laptop", INC, ref.SECOND_LINE, 6, 3, 1),
    3160: Crafted(403, "Teams calls dropping audio", "People stop hearing me after 10 minutes.", "Software>Microsoft 365", INC, ref.SECOND_LINE, 6, 4),
}
OLD_TICKET = 789
OLD_TICKET_SPEC = Crafted(cu.OLIVIA, "Laptop battery replacement", "Battery swollen, lid won't close.", "Hardware>Laptop", SR, ref.FIELD, 9, 9, 2)
# fmt: on

# Ticket 3115's conversation, written out so tests can rely on it: (outcome id, by user?, note).
TICKET_3115_ACTIONS = [
    (ref.EMAIL_USER, False, "Hi Emma, thanks for getting in touch. We're looking into this now."),
    (
        ref.USER_UPDATE,
        True,
        "<p>Still asking every 10 minutes.</p><img src=x onerror=alert('xss')>",
    ),
    (ref.INTERNAL_NOTE, False, "Escalated to L3 internally."),
    (ref.PUBLIC_NOTE, False, "We've reset your Outlook profile. Please sign out and back in."),
]


def seed_tickets(store: Store, now: float) -> None:
    rng = random.Random(RANDOM_SEED)  # noqa: S311 - reproducible demo data, not security
    _insert(store, rng, OLD_TICKET, OLD_TICKET_SPEC, now - 400 * DAY, now)
    for ticket_id in range(FIRST_ID, LAST_ID + 1):
        opened = _opened_at(rng, ticket_id, now)
        spec = CRAFTED.get(ticket_id) or _random_spec(store, rng, opened, now)
        _insert(store, rng, ticket_id, spec, opened, now)


def _opened_at(rng: random.Random, ticket_id: int, now: float) -> float:
    progress = (ticket_id - FIRST_ID) / (LAST_ID - FIRST_ID)
    opened = now - SPAN_DAYS * DAY * (1 - progress) + rng.uniform(-0.3, 0.3) * DAY
    return min(opened, now - 2 * HOUR)


def _pick(rng: random.Random, weights: dict[int, int]) -> int:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _random_spec(store: Store, rng: random.Random, opened: float, now: float) -> Crafted:
    client_id = _pick(rng, CLIENT_WEIGHTS)
    users = [
        u
        for u in store.users.values()
        if u["client_id"] == client_id and not u["inactive"] and u["id"] not in RESERVED_USERS
    ]
    user = rng.choice(users)
    template = rng.choice(TEMPLATES)
    words = {
        "floor": rng.choice(FLOORS),
        "area": rng.choice(AREAS),
        "day": rng.choice(DAYS),
        "newstarter": rng.choice(NEW_STARTERS),
        "first": user["firstname"],
    }
    status_id = _random_status(rng, client_id, now - opened)
    agents = [
        a["id"]
        for a in store.agents.values()
        if a["team"] == store.teams[template.team_id]["name"] and not a["isdisabled"]
    ]
    unassigned = status_id == ref.NEW_STATUS_ID and rng.random() < 0.7
    return Crafted(
        user_id=user["id"],
        summary=template.summary.format(**words),
        details=template.details.format(**words),
        category=template.category,
        tickettype_id=template.tickettype_id,
        team_id=template.team_id,
        agent_id=None if unassigned or not agents else rng.choice(agents),
        status_id=status_id,
        priority_id=_pick(rng, PRIORITY_WEIGHTS),
    )


def _random_status(rng: random.Random, client_id: int, age: float) -> int:
    closed_chance = 0.12 if client_id == cu.ACME else (0.6 if age > 14 * DAY else 0.2)
    if rng.random() < closed_chance:
        return ref.CANCELLED_STATUS_ID if rng.random() < 0.1 else ref.CLOSED_STATUS_ID
    return _pick(rng, OPEN_STATUSES)


def _insert(
    store: Store, rng: random.Random, ticket_id: int, spec: Crafted, opened: float, now: float
) -> None:
    ticket = store.insert_ticket(
        {
            "id": ticket_id,
            "summary": spec.summary,
            "details": spec.details,
            "category_1": spec.category,
            "tickettype_id": spec.tickettype_id,
            "team_id": spec.team_id,
            "agent_id": spec.agent_id,
            "user_id": spec.user_id,
            "priority_id": spec.priority_id,
            "status_id": spec.status_id,
            "dateoccurred": iso(opened),
        },
        opened,
    )
    if ticket_id == 3115:
        _scripted_actions(store, ticket, TICKET_3115_ACTIONS, opened, now)
    else:
        _random_actions(store, rng, ticket, opened, now)
    if ticket["hasbeenclosed"]:
        ticket["dateclosed"] = ticket["lastactiondate"]


def _action_times(rng: random.Random, count: int, opened: float, now: float) -> list[float]:
    latest = min(now - 10 * 60, opened + 10 * DAY)
    earliest = opened + 5 * 60
    return sorted(rng.uniform(earliest, max(latest, earliest + 60)) for _ in range(count))


def _random_actions(
    store: Store, rng: random.Random, ticket: Row, opened: float, now: float
) -> None:
    closing = ticket["hasbeenclosed"]
    count = rng.randint(2 if closing else 1, 5)
    times = _action_times(rng, count, opened, now)
    first = store.users[ticket["user_id"]]["firstname"]
    steps: list[tuple[int, bool, str]] = [
        (ref.EMAIL_USER, False, rng.choice(ACKNOWLEDGEMENTS).format(first=first))
    ]
    for _ in range(count - (2 if closing else 1)):
        steps.append(
            rng.choice(
                [
                    (ref.INTERNAL_NOTE, False, rng.choice(HIDDEN_NOTES)),
                    (ref.PRIVATE_NOTE, False, rng.choice(HIDDEN_NOTES)),
                    (ref.PUBLIC_NOTE, False, rng.choice(PUBLIC_NOTES)),
                    (ref.USER_UPDATE, True, rng.choice(USER_REPLIES)),
                ]
            )
        )
    if closing:
        cancelled = ticket["status_id"] == ref.CANCELLED_STATUS_ID
        steps.append(
            (ref.CANCEL, False, "Cancelled: duplicate request.")
            if cancelled
            else (ref.CLOSE_TICKET, False, rng.choice(RESOLUTIONS))
        )
    _add_actions(store, ticket, steps, times)


def _scripted_actions(
    store: Store, ticket: Row, steps: list[tuple[int, bool, str]], opened: float, now: float
) -> None:
    span = min(now - 10 * 60, opened + 2 * DAY) - opened
    times = [opened + span * (n + 1) / (len(steps) + 1) for n in range(len(steps))]
    _add_actions(store, ticket, steps, times)


def _add_actions(
    store: Store, ticket: Row, steps: list[tuple[int, bool, str]], times: list[float]
) -> None:
    agent = store.agents.get(ticket["agent_id"]) or store.agents[3]
    user = store.users[ticket["user_id"]]
    final_status = ticket["status_id"]
    working_status = ref.IN_PROGRESS_STATUS_ID if ticket["hasbeenclosed"] else final_status
    status = ref.NEW_STATUS_ID  # every ticket starts New
    assigned = False
    for position, ((outcome_id, by_user, text), when) in enumerate(zip(steps, times, strict=True)):
        is_html = text.startswith("<")
        last = position == len(steps) - 1
        fields: Row = {
            "outcome_id": outcome_id,
            "note": text,
            "note_html": text if is_html else f"<p>{html.escape(text)}</p>",
            "datetime": iso(when),
            "new_status": final_status if last else working_status,
            "old_status": status,
        }
        status = fields["new_status"]
        if by_user:
            fields.update(
                who=user["name"],
                who_type=2,
                who_agentid=None,
                actionby_agent_id=None,
                actionby_user_id=user["id"],
            )
        else:
            fields.update(
                who=agent["name"],
                who_type=1,
                who_agentid=agent["id"],
                actionby_agent_id=agent["id"],
            )
            if not assigned and ticket["agent_id"] is not None:
                # The agent's first answer is where Halo's history shows them taking it.
                fields["new_agent"] = ticket["agent_id"]
                assigned = True
        store.insert_action(ticket["id"], fields, when)
