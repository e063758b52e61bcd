"""python manage.py seed_demo_users: the demo's sign-in accounts (local passwords)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

# E-mails match end users in the built-in Halo simulator's seed data.
DEMO_PASSWORD = "demo-portal-2026"  # noqa: S105 - a published demo login, for the simulator only
DEMO_USERS = (
    # (e-mail, first name, last name, is admin)
    ("emma.jones@acme.example", "Emma", "Jones", False),
    ("liam.patel@acme.example", "Liam", "Patel", False),
    ("admin@acme.example", "Ada", "Admin", True),
)


class Command(BaseCommand):
    help = "Create (or reset) the demo users; they sign in with the demo password."

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        for email, first, last, admin in DEMO_USERS:
            user, _ = user_model.objects.get_or_create(username=email, defaults={"email": email})
            user.email, user.first_name, user.last_name = email, first, last
            user.is_staff = user.is_superuser = admin
            user.set_password(DEMO_PASSWORD)
            user.save()
            role = "admin" if admin else "employee"
            self.stdout.write(f"  {email:<28} {DEMO_PASSWORD}   ({role})")
