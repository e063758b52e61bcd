"""Reference data every simulated tenant has, seeded or not: statuses, priorities, ticket types,
teams, agents (including the API agent), outcomes and categories.

Ids are deliberately not 1..n in order (except the statuses Halo itself ships as 1, 2 and 9), so
code that hard-codes ids fails against the simulator as it would against a real tenant.
"""

from __future__ import annotations

import uuid

from .store import STATUS_CLOSED, STATUS_OPEN, STATUS_PENDING, Row, Store

_GUID_NAMESPACE = uuid.UUID("6f1c1f52-8d1e-4a3c-9f0e-2b9a51c0ffee")

# (id, name, type, sequence, colour)
STATUSES = [
    (1, "New", STATUS_OPEN, 1, "#2e86de"),
    (2, "In Progress", STATUS_OPEN, 2, "#10ac84"),
    (3, "Action Required", STATUS_OPEN, 3, "#ee5253"),
    (4, "With User", STATUS_OPEN, 4, "#ff9f43"),
    (5, "With Supplier", STATUS_OPEN, 5, "#a55eea"),
    (28, "On Hold", STATUS_OPEN, 6, "#8395a7"),
    (25, "Pending Closure", STATUS_PENDING, 7, "#feca57"),
    (9, "Closed", STATUS_CLOSED, 8, "#576574"),
    (10, "Cancelled", STATUS_CLOSED, 9, "#c8d6e5"),
]
NEW_STATUS_ID, IN_PROGRESS_STATUS_ID, CLOSED_STATUS_ID, CANCELLED_STATUS_ID = 1, 2, 9, 10

# (priorityid, name, colour, (fix hours, response hours) per SLA)
PRIORITIES: list[tuple[int, str, str, dict[int, tuple[float, float]]]] = [
    (1, "Critical", "#e74c3c", {1: (4, 0.5), 2: (2, 0.25)}),
    (2, "High", "#e67e22", {1: (8, 1), 2: (4, 0.5)}),
    (3, "Medium", "#f1c40f", {1: (24, 4), 2: (16, 2)}),
    (4, "Low", "#3498db", {1: (72, 8), 2: (48, 4)}),
]
SLAS = {1: "Standard SLA", 2: "Premium SLA"}

# (id, name, workflow_id, default_priority, agentscanselect, enduserscanselect)
TICKET_TYPES = [
    (1, "Incident", 1, 3, True, True),
    (3, "Service Request", 2, 4, True, True),
    (21, "Problem", 3, 2, True, False),
    (22, "Change", 4, 3, True, False),
    (27, "Alert", 1, 2, True, False),
]
INCIDENT, SERVICE_REQUEST, PROBLEM, CHANGE, ALERT = 1, 3, 21, 22, 27

# (id, name, inactive)
TEAMS = [
    (2, "Service Desk", False),
    (5, "1st Line Support", False),
    (6, "2nd Line Support", False),
    (11, "Messaging", False),
    (12, "Network", False),
    (15, "Field Services", False),
    (9, "Legacy Desktop Team", True),
]
SERVICE_DESK, FIRST_LINE, SECOND_LINE, MESSAGING, NETWORK, FIELD = 2, 5, 6, 11, 12, 15

# (id, firstname, surname, team id, disabled)
AGENTS = [
    (3, "Sarah", "Mitchell", SERVICE_DESK, False),
    (4, "James", "O'Connor", FIRST_LINE, False),
    (5, "Priya", "Sharma", FIRST_LINE, False),
    (6, "Daniel", "Kim", SECOND_LINE, False),
    (7, "Chloe", "Martin", MESSAGING, False),
    (8, "Marcus", "Reid", NETWORK, False),
    (9, "Hannah", "Fischer", FIELD, False),
    (11, "Tom", "Walsh", SECOND_LINE, False),
    (10, "Rachel", "Green", FIRST_LINE, True),
]
API_AGENT_ID = 14
AGENT_EMAIL_DOMAIN = "servicedesk.example"

# (id, outcome, buttonname, newstatus, hidefromuser)
OUTCOMES = [
    (3, "Public Note", "Add Public Note", None, False),
    (7, "Internal Note", "Add Internal Note", None, True),
    (11, "Private Note", "Add Private Note", None, True),
    (14, "Email User", "Email User", None, False),
    (16, "Close Ticket", "Close", CLOSED_STATUS_ID, False),
    (19, "User Update", "Update", None, False),
    (23, "Cancel Ticket", "Cancel", CANCELLED_STATUS_ID, True),
]
PUBLIC_NOTE, INTERNAL_NOTE, PRIVATE_NOTE, EMAIL_USER, CLOSE_TICKET, USER_UPDATE, CANCEL = (
    3,
    7,
    11,
    14,
    16,
    19,
    23,
)

CATEGORIES = [
    (4, "Hardware>Laptop"),
    (5, "Hardware>Printer"),
    (6, "Hardware>Peripherals"),
    (9, "Software>Email"),
    (10, "Software>Microsoft 365"),
    (12, "Network>VPN"),
    (13, "Network>Wi-Fi"),
    (17, "Access>Account"),
    (18, "Access>Permissions"),
]


def guid(label: str) -> str:
    return str(uuid.uuid5(_GUID_NAMESPACE, label))


def seed_reference(store: Store) -> None:
    _statuses(store)
    _priorities(store)
    _ticket_types(store)
    _teams(store)
    _agents(store)
    _outcomes(store)
    store.categories = {cid: {"id": cid, "value": value, "type_id": 1} for cid, value in CATEGORIES}
    store.new_status_id = NEW_STATUS_ID
    store.default_tickettype_id = INCIDENT


def _statuses(store: Store) -> None:
    for sid, name, kind, sequence, colour in STATUSES:
        store.statuses[sid] = {
            "id": sid,
            "name": name,
            "shortname": name[:4].upper(),
            "type": kind,
            "sequence": sequence,
            "colour": colour,
        }


def _priorities(store: Store) -> None:
    for slaid in SLAS:
        for pid, name, colour, times in PRIORITIES:
            fix, response = times[slaid]
            store.priorities.append(
                {
                    "id": guid(f"priority-{slaid}-{pid}"),
                    "priorityid": pid,
                    "slaid": slaid,
                    "name": name,
                    "fixtime": float(fix),
                    "fixunits": "hours",
                    "responsetime": float(response),
                    "responseunits": "hours",
                    "ishidden": False,
                    "colour": colour,
                }
            )


def _ticket_types(store: Store) -> None:
    for tid, name, workflow, priority, agents_can, users_can in TICKET_TYPES:
        store.ticket_types[tid] = {
            "id": tid,
            "name": name,
            "workflow_id": workflow,
            "default_priority": priority,
            "default_sla": 1,
            "agentscanselect": agents_can,
            "enduserscanselect": users_can,
            "visible": True,
        }


def _teams(store: Store) -> None:
    for tid, name, inactive in TEAMS:
        store.teams[tid] = {
            "id": tid,
            "name": name,
            "inactive": inactive,
            "department_id": 1,
            "forrequests": True,
        }


def _agents(store: Store) -> None:
    for aid, first, last, team_id, disabled in AGENTS:
        team = store.teams[team_id]["name"]
        handle = f"{first}.{last}".lower().replace("'", "")
        store.agents[aid] = _agent(
            aid, first, last, f"{handle}@{AGENT_EMAIL_DOMAIN}", team_id, team
        )
        store.agents[aid]["isdisabled"] = disabled
    store.agents[API_AGENT_ID] = _agent(
        API_AGENT_ID, "Portal", "API", f"portal.api@{AGENT_EMAIL_DOMAIN}", None, ""
    )
    store.agents[API_AGENT_ID]["isapiagent"] = True
    store.api_agent_id = API_AGENT_ID


def _agent(aid: int, first: str, last: str, email: str, team_id: int | None, team: str) -> Row:
    teams = [] if team_id is None else [{"agent_id": aid, "team_id": team_id, "team_name": team}]
    return {
        "id": aid,
        "name": f"{first} {last}",
        "firstname": first,
        "surname": last,
        "email": email,
        "team": team,
        "teams": teams,
        "isdisabled": False,
        "is_agent": True,
        "isapiagent": False,
    }


def _outcomes(store: Store) -> None:
    for oid, name, button, newstatus, hidden in OUTCOMES:
        store.outcomes[oid] = {
            "id": oid,
            "outcome": name,
            "buttonname": button,
            "newstatus": newstatus,
            "hidefromuser": hidden,
        }
