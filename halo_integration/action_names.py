"""The names of the portal's declared actions (a stable interface: commands, tests and admins use them)."""

ACTION_NAMES = (
    "create_ticket",
    "add_note",
    "resolve_ticket",
    "list_tickets",
    "get_ticket",
    "update_ticket",
    "lookup",
    "reopen_ticket",
    "rate_ticket",
    "get_attachment",
)
