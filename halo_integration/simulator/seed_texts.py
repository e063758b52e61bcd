"""Ticket and action wording for the demo tenant: realistic IT service-desk traffic."""

from __future__ import annotations

from typing import NamedTuple

from .seed_reference import (
    CHANGE,
    FIELD,
    FIRST_LINE,
    INCIDENT,
    MESSAGING,
    NETWORK,
    PROBLEM,
    SECOND_LINE,
    SERVICE_DESK,
    SERVICE_REQUEST,
)


class Template(NamedTuple):
    summary: str
    details: str
    category: str
    tickettype_id: int
    team_id: int


# Some details are HTML on purpose: Halo stores rich text, and the portal must sanitise it.
TEMPLATES = [
    Template(
        "Printer on the {floor} floor keeps jamming",
        "The printer near the kitchen jams on every second page. I've cleared it twice.",
        "Hardware>Printer",
        INCIDENT,
        FIELD,
    ),
    Template(
        "VPN disconnects every few minutes",
        "<p>Working from home, the VPN drops roughly every 5 minutes.</p><p>Error 809.</p>",
        "Network>VPN",
        INCIDENT,
        NETWORK,
    ),
    Template(
        "Outlook not receiving new emails",
        "Outlook says 'Updating folders' but nothing new has arrived since this morning.",
        "Software>Email",
        INCIDENT,
        MESSAGING,
    ),
    Template(
        "Laptop will not boot after Windows update",
        "Stuck on the spinning dots after last night's update. Tried a hard restart.",
        "Hardware>Laptop",
        INCIDENT,
        SECOND_LINE,
    ),
    Template(
        "MFA prompt not arriving on my phone",
        "<p>I changed phones last week and now the Authenticator app never gets the prompt.</p>",
        "Access>Account",
        INCIDENT,
        FIRST_LINE,
    ),
    Template(
        "Teams calls dropping audio",
        "Other people can't hear me after about 10 minutes in any Teams call.",
        "Software>Microsoft 365",
        INCIDENT,
        SECOND_LINE,
    ),
    Template(
        "Wi-Fi very slow in meeting rooms",
        "<p>Speed test shows <b>2 Mbps</b> in meeting rooms 1 to 3. Fine at my desk.</p>",
        "Network>Wi-Fi",
        INCIDENT,
        NETWORK,
    ),
    Template(
        "Account locked out after password change",
        "I changed my password this morning and now I'm locked out everywhere.",
        "Access>Account",
        INCIDENT,
        SERVICE_DESK,
    ),
    Template(
        "Shared mailbox missing from Outlook",
        "The Accounts shared mailbox disappeared from my folder list.",
        "Software>Email",
        INCIDENT,
        MESSAGING,
    ),
    Template(
        "Blue screen on desktop PC",
        "Desktop crashed twice today with a blue screen (MEMORY_MANAGEMENT).",
        "Hardware>Laptop",
        INCIDENT,
        SECOND_LINE,
    ),
    Template(
        "OneDrive stuck on 'processing changes'",
        "OneDrive has been syncing for two days and files aren't showing on my other laptop.",
        "Software>Microsoft 365",
        INCIDENT,
        FIRST_LINE,
    ),
    Template(
        "Docking station not detecting second monitor",
        "Only one of my two monitors works when the laptop is docked.",
        "Hardware>Peripherals",
        INCIDENT,
        FIELD,
    ),
    Template(
        "Password reset for {first}",
        "Please reset my password, I've forgotten it after the holidays.",
        "Access>Account",
        SERVICE_REQUEST,
        SERVICE_DESK,
    ),
    Template(
        "Access to the {area} SharePoint site",
        "<p>Could I get <i>edit</i> access to the {area} SharePoint site? My manager has approved.</p>",
        "Access>Permissions",
        SERVICE_REQUEST,
        FIRST_LINE,
    ),
    Template(
        "New starter: {newstarter}",
        "<p>New starter joining next Monday.</p><ul><li>Laptop</li><li>Email</li><li>Teams</li></ul>",
        "Access>Account",
        SERVICE_REQUEST,
        SERVICE_DESK,
    ),
    Template(
        "Request for a replacement laptop",
        "My laptop is five years old and the battery lasts under an hour.",
        "Hardware>Laptop",
        SERVICE_REQUEST,
        FIELD,
    ),
    Template(
        "Install Adobe Acrobat Pro",
        "I need to edit PDFs for contracts; please install Acrobat Pro.",
        "Software>Microsoft 365",
        SERVICE_REQUEST,
        FIRST_LINE,
    ),
    Template(
        "Add me to the {area} distribution list",
        "Please add me to the {area} team's distribution list.",
        "Software>Email",
        SERVICE_REQUEST,
        MESSAGING,
    ),
    Template(
        "Guest Wi-Fi for visitors on {day}",
        "We have six visitors on {day} who will need guest Wi-Fi access.",
        "Network>Wi-Fi",
        SERVICE_REQUEST,
        NETWORK,
    ),
    Template(
        "Recurring VPN drops for remote staff",
        "Problem record linking the VPN disconnect incidents from remote workers.",
        "Network>VPN",
        PROBLEM,
        NETWORK,
    ),
    Template(
        "Intermittent email delivery delays",
        "Problem record: inbound mail delayed up to 40 minutes several times a week.",
        "Software>Email",
        PROBLEM,
        MESSAGING,
    ),
    Template(
        "Upgrade core switch firmware",
        "Planned change: upgrade the core switch stack to the latest firmware out of hours.",
        "Network>Wi-Fi",
        CHANGE,
        NETWORK,
    ),
    Template(
        "Migrate file shares to SharePoint",
        "Planned change: move the departmental S: drive shares to SharePoint Online.",
        "Software>Microsoft 365",
        CHANGE,
        SECOND_LINE,
    ),
]

FLOORS = ["1st", "2nd", "3rd", "4th"]
AREAS = ["Finance", "HR", "Marketing", "Operations", "Sales", "Legal"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
NEW_STARTERS = ["Zoe Adams", "Oscar Bell", "Ruby Clarke", "Leo Dixon", "Freya Evans", "Max Foster"]

ACKNOWLEDGEMENTS = [
    "Thanks {first}, we've logged this and a technician will pick it up shortly.",
    "Hi {first}, thanks for getting in touch. We're looking into this now.",
]
PUBLIC_NOTES = [
    "Could you confirm whether this still happens after a restart?",
    "We've applied a fix remotely. Please let us know if the problem comes back.",
    "A technician will come to your desk this afternoon.",
    "We've ordered the replacement part; it should arrive in two working days.",
    "Could you send us a screenshot of the error message?",
]
HIDDEN_NOTES = [
    "Escalated to L3 internally.",
    "Checked AD: account locked after 5 failed sign-ins from an old phone.",
    "Vendor case opened with HP, ref HP-55821.",
    "Internal: user is a VIP, keep the response time tight.",
    "Remote session: cleared Credential Manager and rebuilt the Outlook profile.",
    "Suspect the firewall rule change on Tuesday. Checking with Network.",
]
USER_REPLIES = [
    "Still happening, I'm afraid.",
    "Thanks, that seems to have fixed it!",
    "I'm out this afternoon, could you come tomorrow morning?",
    "Screenshot attached. It says 'Something went wrong'.",
]
RESOLUTIONS = [
    "Resolved: the issue is fixed and confirmed with the user. Closing this ticket.",
    "Resolved remotely. Closing; reply to reopen if it happens again.",
]
