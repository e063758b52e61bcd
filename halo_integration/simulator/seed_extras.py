"""Demo assets, contracts, knowledge-base articles, appointments, invoices and reports."""

from __future__ import annotations

import random

from . import seed_customers as cu
from .store import Store
from .timeutil import DAY, UNSET_DATE, iso

RANDOM_SEED = 4242
ASSET_PREFIX = {
    cu.ACME: "AC",
    cu.GLOBEX: "GX",
    cu.INITECH: "IN",
    cu.UMBRELLA: "UH",
    cu.STARK: "SL",
    cu.WAYNE: "WF",
}
ASSET_TYPES = {
    1: "Laptop",
    2: "Desktop",
    3: "Monitor",
    4: "Printer",
    5: "Mobile Phone",
    6: "Network Switch",
}
# (inventory number, asset type id, user id) fixed for the demo users; the rest are generated.
DEMO_USERS = {cu.EMMA, cu.LIAM, cu.OLIVIA}  # only the fixed assets below belong to them
FIXED_ASSETS = [
    ("AC-2219", 1, cu.EMMA),
    ("AC-2220", 3, cu.EMMA),
    ("AC-2231", 1, cu.LIAM),
    ("GX-1042", 1, cu.OLIVIA),
]

# (id, ref, client id, type name, start offset days, length days, monthly charge)
CONTRACTS = [
    (501, "ACME-MSA-2025", cu.ACME, "Managed Services", -500, 365, 4200.0),
    (502, "ACME-MSA-2026", cu.ACME, "Managed Services", -135, 365, 4500.0),
    (503, "GLX-MSP-2026", cu.GLOBEX, "Managed Services", -90, 365, 3100.0),
    (504, "GLX-BACKUP-2026", cu.GLOBEX, "Backup & Disaster Recovery", -30, 730, 650.0),
    (505, "GLX-MSP-2024", cu.GLOBEX, "Managed Services", -460, 365, 2900.0),
    (506, "INI-SUPPORT", cu.INITECH, "Break/Fix Support", -200, 365, 1200.0),
    (507, "UH-HARDWARE-2024", cu.UMBRELLA, "Hardware Maintenance", -800, 365, 800.0),
    (508, "UH-MSA-2026", cu.UMBRELLA, "Managed Services", -60, 365, 5200.0),
    (509, "STARK-NETWORK", cu.STARK, "Network Monitoring", -20, 365, 950.0),
    (510, "WAYNE-MSA-2025", cu.WAYNE, "Managed Services", -380, 365, 2400.0),
]

# (id, title, tags, description, resolution, inactive)
KB_ARTICLES = [
    (
        101,
        "How to connect to the VPN from home",
        "vpn,remote",
        "Install the VPN client and sign in with your work account.",
        "Open the VPN client, choose 'Office', sign in and approve the MFA prompt.",
        False,
    ),
    (
        102,
        "Resetting your password with self-service",
        "password,account",
        "Use the self-service password reset page if you've forgotten your password.",
        "Go to the reset page, verify with your phone and choose a new password.",
        False,
    ),
    (
        103,
        "Clearing a paper jam on the floor printers",
        "printer,hardware",
        "Most jams are in tray 2 or the rear door.",
        "Open the rear door, pull the paper out gently and close the door firmly.",
        False,
    ),
    (
        104,
        "Setting up multi-factor authentication (MFA)",
        "mfa,security,account",
        "Register the Authenticator app before your first remote sign-in.",
        "Install Microsoft Authenticator, scan the QR code on the security info page.",
        False,
    ),
    (
        105,
        "Outlook keeps asking for your password",
        "outlook,email,password",
        "Repeated password prompts usually mean a stale cached credential.",
        "Remove Office entries from Credential Manager, then restart Outlook.",
        False,
    ),
    (
        106,
        "Connecting to office Wi-Fi",
        "wifi,network",
        "Use the 'Corp' network with your work account; guests use 'Guest'.",
        "Select 'Corp', sign in with your email and password, accept the certificate.",
        False,
    ),
    (
        107,
        "Requesting access to a SharePoint site",
        "sharepoint,access",
        "Access is granted by the site owner after manager approval.",
        "Raise a Service Request naming the site; we'll contact the owner.",
        False,
    ),
    (
        108,
        "Using Microsoft Teams for meetings",
        "teams,meetings",
        "Join from the calendar invite; test your audio first.",
        "Use 'Devices' in Teams settings to pick the right microphone.",
        False,
    ),
    (
        109,
        "New starter checklist",
        "onboarding,new starter",
        "What IT needs two weeks before someone starts.",
        "Send name, start date, manager, role and equipment needs.",
        False,
    ),
    (
        110,
        "Mapping a network drive",
        "network,drive,files",
        "Departmental drives map automatically; map others by hand.",
        "In File Explorer choose 'Map network drive' and enter the share path.",
        False,
    ),
    (
        111,
        "Spotting and reporting phishing emails",
        "security,email,phishing",
        "Check the sender, links and urgency before acting.",
        "Use the 'Report Phishing' button in Outlook; never reply.",
        False,
    ),
    (
        112,
        "Installing Windows updates on your laptop",
        "windows,updates",
        "Updates install on restart; keep the laptop on power.",
        "Settings > Windows Update > Check for updates, then restart.",
        False,
    ),
    (
        113,
        "Dial-up access numbers (retired)",
        "legacy",
        "Dial-up access was retired in 2015.",
        "Use the VPN instead.",
        True,
    ),
]

REPORTS = [
    (1, "Open tickets by customer", "Count of open tickets per customer and status."),
    (2, "SLA compliance (last 30 days)", "Response and fix SLA percentages per priority."),
    (3, "Tickets closed per agent", "Closed ticket count per agent, last 90 days."),
    (4, "Average first response time", "Mean time to first agent action, by team."),
    (5, "Asset warranty expiry", "Assets whose warranty ends in the next 90 days."),
]


def seed_extras(store: Store, now: float) -> None:
    rng = random.Random(RANDOM_SEED)  # noqa: S311 - reproducible demo data, not security
    _assets(store, rng)
    _contracts(store, now)
    _kb(store, now)
    _appointments(store, now)
    _invoices(store, rng, now)
    store.reports = {
        rid: {"id": rid, "name": name, "description": text, "type": 0, "group_name": "Service Desk"}
        for rid, name, text in REPORTS
    }


def _asset(
    store: Store,
    asset_id: int,
    number: str,
    type_id: int,
    client_id: int,
    site_id: int,
    user_id: int | None,
) -> None:
    user = store.users.get(user_id) if user_id else None
    store.assets[asset_id] = {
        "id": asset_id,
        "inventory_number": number,
        "key_field": f"{number.replace('-', '')}-{ASSET_TYPES[type_id][:3].upper()}",
        "assettype_id": type_id,
        "assettype_name": ASSET_TYPES[type_id],
        "client_id": client_id,
        "client_name": store.clients[client_id]["name"],
        "site_id": site_id,
        "site_name": store.sites[site_id]["name"],
        "username": user["name"] if user else "",
        "user_email": user["emailaddress"] if user else "",
        "inactive": False,
        "_user_id": user_id,  # Device has no user_id property; the /Asset user_id filter uses it
    }


def _assets(store: Store, rng: random.Random) -> None:
    next_id = 1001
    for number, type_id, user_id in FIXED_ASSETS:
        user = store.users[user_id]
        _asset(store, next_id, number, type_id, user["client_id"], user["site_id"], user_id)
        next_id += 1
    serial = 2300
    while next_id <= 1040:
        client_id = rng.choice(list(ASSET_PREFIX))
        users = [
            u
            for u in store.users.values()
            if u["client_id"] == client_id and not u["inactive"] and u["id"] not in DEMO_USERS
        ]
        user = rng.choice(users)
        type_id = rng.choice(list(ASSET_TYPES))
        personal = type_id in (1, 2, 3, 5)
        serial += rng.randint(1, 9)
        number = f"{ASSET_PREFIX[client_id]}-{serial}"
        _asset(
            store,
            next_id,
            number,
            type_id,
            client_id,
            user["site_id"],
            user["id"] if personal else None,
        )
        next_id += 1


def _contracts(store: Store, now: float) -> None:
    for cid, ref, client_id, type_name, start_days, length, charge in CONTRACTS:
        start = now + start_days * DAY
        store.contracts[cid] = {
            "id": cid,
            "ref": ref,
            "client_id": client_id,
            "client_name": store.clients[client_id]["name"],
            "site_id": store.clients[client_id]["main_site_id"],
            "site_name": store.sites[store.clients[client_id]["main_site_id"]]["name"],
            "contracttype_name": type_name,
            "start_date": iso(start),
            "end_date": iso(start + length * DAY),
            "periodchargeamount": charge,
            "billingdescription": "Monthly",
        }


def _kb(store: Store, now: float) -> None:
    for kid, name, tags, description, resolution, inactive in KB_ARTICLES:
        store.kb_articles[kid] = {
            "id": kid,
            "name": name,
            "description": f"<p>{description}</p>",
            "resolution": f"<p>{resolution}</p>",
            "tag_string": tags,
            "inactive": inactive,
            "type": 0,
            "view_count": (kid * 37) % 500,
            "date_created": iso(now - (kid - 90) * 20 * DAY),
        }


# (id, ticket id or None, agent id, subject, type, start offset days, hour, duration hours)
APPOINTMENTS = [
    (1, 3115, 7, "Remote session: Outlook password prompts", "Remote Session", 1, 10, 0.5),
    (2, 3131, 9, "Deliver and set up second monitor", "Site Visit", 3, 14, 1),
    (3, 3120, 6, "Laptop inspection", "Site Visit", 2, 11, 1),
    (4, None, 8, "Core switch firmware upgrade window", "Maintenance", 6, 20, 3),
    (5, 3101, 8, "Warehouse Wi-Fi survey", "Site Visit", -2, 9, 2),
    (6, 3055, 6, "Replace desktop memory", "Site Visit", -5, 15, 1),
    (7, None, 3, "Acme quarterly service review", "Meeting", 10, 13, 1),
    (8, 3140, 9, "Check flickering monitor", "Site Visit", 4, 10, 0.5),
    (9, 3042, 8, "VPN troubleshooting call", "Remote Session", 0, 16, 0.5),
    (10, None, 11, "Patch Tuesday rollout", "Maintenance", -14, 19, 2),
]


def _appointments(store: Store, now: float) -> None:
    midnight = now - now % DAY
    for aid, ticket_id, agent_id, subject, kind, days, hour, hours in APPOINTMENTS:
        ticket = store.tickets.get(ticket_id) if ticket_id else None
        start = midnight + days * DAY + hour * 3600
        store.appointments[aid] = {
            "id": aid,
            "subject": subject,
            "appointment_type_name": kind,
            "start_date": iso(start),
            "end_date": iso(start + hours * 3600),
            "allday": False,
            "is_private": False,
            "agent_id": agent_id,
            "agent_name": store.agents[agent_id]["name"],
            "ticket_id": ticket_id or 0,
            "client_id": ticket["client_id"] if ticket else cu.ACME,
            "client_name": ticket["client_name"] if ticket else "Acme Inc",
            "site_id": ticket["site_id"] if ticket else cu.ACME_HQ,
            "site_name": ticket["site_name"] if ticket else "HQ",
            "user_id": ticket["user_id"] if ticket else None,
            "user_name": ticket["user_name"] if ticket else "",
        }


def _invoices(store: Store, rng: random.Random, now: float) -> None:
    clients = [cu.ACME, cu.GLOBEX, cu.INITECH, cu.UMBRELLA, cu.STARK]
    for n in range(15):
        invoice_id = 2001 + n
        client_id = clients[n % len(clients)]
        issued = now - (n // len(clients)) * 30 * DAY - (n % 5) * DAY - 2 * DAY
        total = round(rng.uniform(300, 6000), 2)
        paid = issued < now - 30 * DAY
        store.invoices[invoice_id] = {
            "id": invoice_id,
            "invoicenumber": f"INV-{4500 + n:06d}",
            "client_id": client_id,
            "client_name": store.clients[client_id]["name"],
            "invoice_date": iso(issued),
            "duedate": iso(issued + 30 * DAY),
            "total": total,
            "amountpaid": total if paid else 0.0,
            "amountdue": 0.0 if paid else total,
            "datepaid": iso(issued + 20 * DAY) if paid else UNSET_DATE,
            "posted": True,
        }
