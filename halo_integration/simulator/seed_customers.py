"""The demo customers, their sites and end users (contacts)."""

from __future__ import annotations

from .store import Store

TOP_LEVEL = (1, "Managed Customers")

# (client id, name, web domain, inactive, [(site id, site name, timezone)])
CUSTOMERS = [
    (
        12,
        "Acme Inc",
        "acme.example",
        False,
        [
            (31, "HQ", "GMT Standard Time"),
            (32, "Warehouse", "GMT Standard Time"),
            (33, "Remote Workers", "GMT Standard Time"),
        ],
    ),
    (
        17,
        "Globex",
        "globex.example",
        False,
        [
            (41, "Springfield Campus", "Central Standard Time"),
            (44, "Cypress Creek", "Central Standard Time"),
        ],
    ),
    (
        42,
        "Initech",
        "initech.example",
        False,
        [
            (101, "Main Office", "Central Standard Time"),
            (102, "Austin Branch", "Central Standard Time"),
        ],
    ),
    (
        23,
        "Umbrella Health",
        "umbrella-health.example",
        False,
        [
            (51, "Raccoon City Clinic", "Eastern Standard Time"),
            (52, "Laboratory", "Eastern Standard Time"),
            (53, "Head Office", "Eastern Standard Time"),
        ],
    ),
    (
        27,
        "Stark Logistics",
        "stark-logistics.example",
        False,
        [
            (61, "Distribution Centre", "Pacific Standard Time"),
            (62, "Fleet Depot", "Pacific Standard Time"),
        ],
    ),
    (
        35,
        "Wayne Foundation",
        "wayne-foundation.example",
        False,
        [(71, "Gotham Office", "Eastern Standard Time")],
    ),
    (
        38,
        "Hooli (former customer)",
        "hooli.example",
        True,
        [(81, "Palo Alto", "Pacific Standard Time")],
    ),
]
ACME, GLOBEX, INITECH, UMBRELLA, STARK, WAYNE = 12, 17, 42, 23, 27, 35
ACME_HQ, ACME_WAREHOUSE, ACME_REMOTE = 31, 32, 33

# (user id, firstname, surname, site id, inactive)
USERS = [
    (201, "Emma", "Jones", ACME_HQ, False),
    (202, "Liam", "Patel", ACME_HQ, False),
    (203, "Noah", "Williams", ACME_WAREHOUSE, False),
    (204, "Ava", "Thompson", ACME_REMOTE, False),
    (205, "Lucas", "Garcia", ACME_HQ, False),
    (206, "Mia", "Chen", ACME_HQ, False),
    (207, "Ethan", "Wright", ACME_WAREHOUSE, False),
    (208, "Sophie", "Turner", ACME_REMOTE, False),
    (209, "Jack", "Robinson", ACME_HQ, True),
    (210, "Isla", "Murphy", ACME_HQ, False),
    (301, "Olivia", "Brown", 41, False),
    (302, "Hank", "Scorpio", 44, False),
    (303, "Frank", "Grimes", 41, False),
    (304, "Lenny", "Leonard", 41, False),
    (305, "Karl", "Carlson", 44, False),
    (401, "Peter", "Gibbons", 101, False),
    (402, "Michael", "Bolton", 101, False),
    (403, "Samir", "Nagheenanajar", 101, False),
    (404, "Joanna", "Baker", 102, False),
    (405, "Bill", "Lumbergh", 101, False),
    (501, "Alice", "Abernathy", 51, False),
    (502, "Carlos", "Oliveira", 52, False),
    (503, "Jill", "Valentine", 53, False),
    (504, "Rebecca", "Chambers", 51, False),
    (601, "Pepper", "Potts", 61, False),
    (602, "Happy", "Hogan", 62, False),
    (603, "Maria", "Hill", 61, False),
    (701, "Lucius", "Fox", 71, False),
    (702, "Barbara", "Gordon", 71, False),
    (703, "Alfred", "Pennyworth", 71, False),
]
EMMA, LIAM, OLIVIA = 201, 202, 301


def seed_customers(store: Store) -> None:
    for client_id, name, domain, inactive, sites in CUSTOMERS:
        store.clients[client_id] = {
            "id": client_id,
            "name": name,
            "inactive": inactive,
            "toplevel_id": TOP_LEVEL[0],
            "toplevel_name": TOP_LEVEL[1],
            "main_site_id": sites[0][0],
            "website": f"https://www.{domain}",
            "is_vip": False,
            "_domain": domain,
        }
        for position, (site_id, site_name, timezone) in enumerate(sites):
            store.sites[site_id] = {
                "id": site_id,
                "name": site_name,
                "client_id": client_id,
                "client_name": name,
                "inactive": inactive,
                "phonenumber": f"+1 555 01{client_id:02d} {position:02d}0",
                "timezone": timezone,
            }
    for user_id, first, last, site_id, inactive in USERS:
        domain = store.clients[store.sites[site_id]["client_id"]]["_domain"]
        store.insert_user(
            {
                "id": user_id,
                "firstname": first,
                "surname": last,
                "emailaddress": f"{first}.{last}@{domain}".lower(),
                "site_id": site_id,
                "inactive": inactive,
                "phonenumber": f"+1 555 02{user_id:03d}",
            }
        )
