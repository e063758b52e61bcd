"""The admin console for portal admins: common.py holds what every page shares; home.py the home
and reference data, tickets.py the ticket pages, lookups.py the look-ups and customer pages."""
